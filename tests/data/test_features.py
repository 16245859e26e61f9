"""Tests for dlviz.data.features."""

import math

import numpy as np
import pytest

from dlviz.data import DEFAULT_FEATURES, FEATURES, features_of_kind, grid_points, make_features, normalize, parse_features

POINTS = np.array([[0.5, -0.25], [-1.0, 1.0], [0.0, 0.5]])
S = math.sqrt(0.5)
EXPECTED = {
    "x1": [0.5, -1.0, 0.0],
    "x2": [-0.25, 1.0, 0.5],
    "x1sq": [0.25, 1.0, 0.0],
    "x2sq": [0.0625, 1.0, 0.25],
    "x1x2": [-0.125, -1.0, 0.0],
    "sin_x1": [1.0, 0.0, 0.0],
    "sin_x2": [-S, 0.0, 1.0],
}


def test_registry_order_and_defaults():
    assert list(FEATURES) == ["x1", "x2", "x1sq", "x2sq", "x1x2", "sin_x1", "sin_x2", "pixels", "rows", "cols"]
    assert DEFAULT_FEATURES == ("x1", "x2")
    assert all(f.label for f in FEATURES.values())
    assert set(EXPECTED) == set(features_of_kind("points"))  # (the image features: tests/data/test_image_sets.py)


@pytest.mark.parametrize("name", features_of_kind("points"))
def test_feature_values(name):
    got = make_features(POINTS, [name], dtype=np.float64)
    assert got.shape == (3, 1)
    np.testing.assert_allclose(got[:, 0], EXPECTED[name], atol=1e-12)


def test_make_features_columns_dtype_layout():
    names = ("x1", "x1x2", "sin_x2")
    F = make_features(POINTS, names)
    assert F.dtype == np.float32 and F.shape == (3, 3) and F.flags.c_contiguous
    for j, name in enumerate(names):
        np.testing.assert_allclose(F[:, j], EXPECTED[name], atol=1e-6)


def test_make_features_uses_bounds():
    X = np.array([[100.0, 10.0], [200.0, 30.0], [150.0, 20.0]])
    F = make_features(X, ["x1", "x2", "x1sq"], bounds=(100, 200, 10, 30), dtype=np.float64)
    np.testing.assert_allclose(F, [[-1, -1, 1], [1, 1, 1], [0, 0, 0]], atol=1e-12)


def test_make_features_fills_out():
    out = np.full((3, 2), np.nan, dtype=np.float32)
    got = make_features(POINTS, "x2, x1", out=out)
    assert got is out
    np.testing.assert_allclose(out, np.column_stack((EXPECTED["x2"], EXPECTED["x1"])), atol=1e-6)


@pytest.mark.parametrize(
    "out",
    [np.empty((3, 3), np.float32), np.empty((3, 2), np.float64), np.empty((2, 3), np.float32).T],
)
def test_make_features_rejects_bad_out(out):
    with pytest.raises(ValueError, match="out must be"):
        make_features(POINTS, ["x1", "x2"], out=out)


@pytest.mark.parametrize("names", [[], ["x3"], ["x1", "x1"]])
def test_make_features_rejects_bad_names(names):
    with pytest.raises(ValueError):
        make_features(POINTS, names)


@pytest.mark.parametrize(
    "given, expected",
    [
        ("x1,x2", ("x1", "x2")),
        (" x1x2 , x1 ", ("x1", "x1x2")),
        ("sin_x2,x2sq,x1", ("x1", "x2sq", "sin_x2")),
        (["x2", "X1"], ("x1", "x2")),
        (("sin_x1",), ("sin_x1",)),
        (",".join(reversed(list(FEATURES))), tuple(FEATURES)),
    ],
)
def test_parse_features_good(given, expected):
    assert parse_features(given) == expected


@pytest.mark.parametrize(
    "given, match",
    [
        ("", "empty"),
        ("   ", "empty"),
        ([], "empty"),
        ("x1,,x2", "empty feature name"),
        ("x1,x3", "unknown feature 'x3'; valid: x1, x2, x1sq, x2sq, x1x2, sin_x1, sin_x2"),
        ("x1, x2, x1", "duplicate feature 'x1'"),
        ([1, 2], "must be strings"),
        (5, "comma-separated"),
    ],
)
def test_parse_features_bad(given, match):
    with pytest.raises(ValueError, match=match):
        parse_features(given)


def test_normalize_csv_like_bounds():
    X = np.array([[100.0, -5.0], [200.0, 5.0], [125.0, 0.0]])
    U = normalize(X, (100.0, 200.0, -5.0, 5.0))
    np.testing.assert_allclose(U, [[-1, -1], [1, 1], [-0.5, 0]], atol=1e-12)
    assert U.dtype == np.float64


def test_normalize_padded_bounds_land_inside():
    rng = np.random.default_rng(0)
    X = rng.uniform([100, -3], [200, 7], size=(500, 2))
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = 0.05 * (hi - lo)
    U = normalize(X, (lo[0] - pad[0], hi[0] + pad[0], lo[1] - pad[1], hi[1] + pad[1]))
    assert U.min() >= -1 and U.max() <= 1
    assert U.min() < -0.85 and U.max() > 0.85


def test_normalize_degenerate_axis_is_zero():
    U = normalize(np.array([[3.0, 1.0], [3.0, 2.0]]), (3.0, 3.0, 0.0, 2.0))
    np.testing.assert_array_equal(U, [[0.0, 0.0], [0.0, 1.0]])


@pytest.mark.parametrize("bounds", [(0, 1, 0), (1, 0, 0, 1), (0, 1, 0, float("inf")), "abcd"])
def test_normalize_rejects_bad_bounds(bounds):
    with pytest.raises(ValueError, match="bounds"):
        normalize(np.zeros((1, 2)), bounds)


def test_normalize_rejects_bad_points():
    with pytest.raises(ValueError, match=r"shape \(n, 2\)"):
        normalize(np.zeros((4, 3)), (0, 1, 0, 1))


def test_grid_points_layout():
    P = grid_points((0.0, 4.0, 10.0, 12.0), 4)
    assert P.shape == (16, 2) and P.dtype == np.float64
    np.testing.assert_allclose(P[0], [0.5, 10.25])  # bottom-left cell centre
    np.testing.assert_allclose(P[1], [1.5, 10.25])  # one step in x
    np.testing.assert_allclose(P[4], [0.5, 10.75])  # next row: one step in y
    np.testing.assert_allclose(P[-1], [3.5, 11.75])  # top-right cell centre
    grid = P.reshape(4, 4, 2)
    ix, iy = 2, 3
    np.testing.assert_allclose(grid[iy, ix], [0.5 + ix, 10.25 + 0.5 * iy])


def test_grid_points_feed_make_features():
    bounds = (-1.0, 1.0, -1.0, 1.0)
    F = make_features(grid_points(bounds, 2), ["x1", "x2"], bounds)
    np.testing.assert_allclose(F, [[-0.5, -0.5], [0.5, -0.5], [-0.5, 0.5], [0.5, 0.5]])


@pytest.mark.parametrize("res", [0, -3, 2.5, True])
def test_grid_points_rejects_bad_resolution(res):
    with pytest.raises(ValueError, match="resolution"):
        grid_points((0, 1, 0, 1), res)
