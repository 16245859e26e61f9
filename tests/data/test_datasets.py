"""Tests for dlviz.data.datasets: generators, validation and the split."""

import numpy as np
import pytest

from dlviz.data import DATASETS, MAX_CLASSES, Dataset, make_dataset, train_val_split

NAMES = [name for name, spec in DATASETS.items()  # the 2-D point sets (regression: test_regression_data.py)
         if not spec.extra.get("image_shape") and spec.extra["task"] == "classify"]
MULTI = [name for name, spec in DATASETS.items() if spec.extra["uses_classes"]]


def test_registry_order_and_specs():
    assert NAMES == ["spiral", "xor", "circles", "moons", "blobs", "linear", "checkerboard"]
    assert list(DATASETS) == NAMES + ["sine", "abs", "steps", "plane", "bump", "digits", "shapes"]
    assert MULTI == ["spiral", "blobs"]
    for spec in DATASETS.values():
        assert callable(spec.factory)
        assert spec.doc.endswith(".") and len(spec.doc) > 10


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("noise", [0.0, 0.1, 1.0])
def test_shapes_dtypes_labels_box(name, noise):
    d = make_dataset(name, samples=301, noise=noise, classes=3, seed=7)
    k = 3 if name in MULTI else 2
    assert d.X.shape == (301, 2) and d.X.dtype == np.float64
    assert d.y.shape == (301,) and d.y.dtype == np.int64
    assert d.n_classes == k
    assert d.class_names == tuple(f"class {i}" for i in range(k))
    assert d.name == name
    assert d.bounds == (-1.0, 1.0, -1.0, 1.0)
    assert set(np.unique(d.y).tolist()) == set(range(k))
    assert np.all(d.X >= -1.0) and np.all(d.X <= 1.0)
    assert np.all(np.isfinite(d.X))
    counts = np.bincount(d.y, minlength=k)
    assert counts.max() - counts.min() <= 1


@pytest.mark.parametrize("name", NAMES)
def test_clean_shapes_stay_inside_point_nine(name):
    d = make_dataset(name, samples=400, noise=0.0, classes=4, seed=1)
    # blobs are gaussian even when clean, so allow their tails.
    limit = 1.0 if name == "blobs" else 0.9 + 1e-12
    assert np.abs(d.X).max() <= limit


@pytest.mark.parametrize("name", NAMES)
def test_rows_are_shuffled(name):
    y = make_dataset(name, 200, 0.1, 3, seed=0).y
    assert np.any(np.diff(y) < 0)  # not sorted into blocks by class


@pytest.mark.parametrize("name", NAMES)
def test_deterministic_per_seed(name):
    a = make_dataset(name, 200, 0.2, 3, seed=5)
    b = make_dataset(name, 200, 0.2, 3, seed=5)
    c = make_dataset(name, 200, 0.2, 3, seed=6)
    assert a.X.tobytes() == b.X.tobytes() and a.y.tobytes() == b.y.tobytes()
    assert not np.array_equal(a.X, c.X)


@pytest.mark.parametrize("name", NAMES)
def test_clean_data_differs_per_seed_too(name):
    a = make_dataset(name, 100, 0.0, 2, seed=0)
    b = make_dataset(name, 100, 0.0, 2, seed=1)
    assert not np.array_equal(a.X, b.X)


@pytest.mark.parametrize("name", MULTI)
@pytest.mark.parametrize("k", range(2, MAX_CLASSES + 1))
def test_multiclass_honours_classes(name, k):
    d = make_dataset(name, samples=10 * k + 3, noise=0.1, classes=k, seed=2)
    assert d.n_classes == k
    counts = np.bincount(d.y, minlength=k)
    assert len(counts) == k and counts.min() >= 10 and counts.max() - counts.min() <= 1


@pytest.mark.parametrize("name", [n for n in NAMES if n not in MULTI])
def test_two_class_datasets_ignore_classes(name):
    for classes in (2, 5, 99):
        assert make_dataset(name, 50, 0.1, classes, 0).n_classes == 2


def test_minimum_samples_every_class_present():
    d = make_dataset("spiral", samples=10, classes=MAX_CLASSES, seed=3)
    assert sorted(set(d.y.tolist())) == list(range(MAX_CLASSES))


def test_arrays_are_read_only():
    d = make_dataset("xor", 20)
    with pytest.raises(ValueError):
        d.X[0, 0] = 5.0
    with pytest.raises(ValueError):
        d.y[0] = 1


def test_dataset_copies_callers_array_before_freezing():
    X = np.zeros((3, 2))
    y = np.array([0, 1, 0])
    d = Dataset(X, y, ("a", "b"), "t", (0.0, 1.0, 0.0, 1.0))
    assert X.flags.writeable and not d.X.flags.writeable
    X[0, 0] = 9.0
    assert d.X[0, 0] == 0.0
    assert d.y.dtype == np.int64


@pytest.mark.parametrize(
    "kwargs, match",
    [
        (dict(X=np.zeros((3, 3)), y=np.zeros(3)), "X must have shape"),
        (dict(X=np.zeros((3, 2)), y=np.zeros(4)), "y must have shape"),
        (dict(X=np.zeros((3, 2)), y=np.array([0, 1, 2])), "labels must lie in 0..1"),
    ],
)
def test_dataset_rejects_inconsistent_arrays(kwargs, match):
    with pytest.raises(ValueError, match=match):
        Dataset(class_names=("a", "b"), name="t", **kwargs)


def test_linear_has_margin_when_clean():
    d = make_dataset("linear", 2000, noise=0.0, seed=4)
    # Some direction must separate the classes with the 2 x 0.05 margin.
    angles = np.linspace(0.0, 2.0 * np.pi, 3600, endpoint=False)
    proj = d.X @ np.stack((np.cos(angles), np.sin(angles)))
    gap = proj[d.y == 1].min(axis=0) - proj[d.y == 0].max(axis=0)
    assert gap.max() >= 0.099
    noisy = make_dataset("linear", 2000, noise=0.3, seed=4)
    proj = noisy.X @ np.stack((np.cos(angles), np.sin(angles)))
    assert (proj[noisy.y == 1].min(axis=0) - proj[noisy.y == 0].max(axis=0)).max() < 0


def test_xor_labels_follow_quadrant_when_clean():
    d = make_dataset("xor", 500, noise=0.0, seed=0)
    assert np.all((d.X[:, 0] * d.X[:, 1] > 0) == (d.y == 0))


def test_circles_radii_when_clean():
    d = make_dataset("circles", 500, noise=0.0, seed=0)
    r = np.hypot(d.X[:, 0], d.X[:, 1])
    assert r[d.y == 0].max() <= 0.45 + 1e-12
    assert r[d.y == 1].min() >= 0.63 - 1e-12


def test_checkerboard_labels_follow_cells_when_clean():
    d = make_dataset("checkerboard", 800, noise=0.0, seed=0)
    cell = np.floor((d.X + 0.9) / 0.45).astype(int)
    assert np.all((cell.sum(axis=1) % 2) == d.y)


@pytest.mark.parametrize(
    "kwargs, param",
    [
        (dict(name="nope"), "name"),
        (dict(name="xor", samples=9), "samples"),
        (dict(name="xor", samples=1_000_001), "samples"),
        (dict(name="xor", samples=10.0), "samples"),
        (dict(name="xor", samples=True), "samples"),
        (dict(name="xor", noise=-0.1), "noise"),
        (dict(name="xor", noise=1.5), "noise"),
        (dict(name="xor", noise=float("nan")), "noise"),
        (dict(name="xor", noise="0.1"), "noise"),
        (dict(name="spiral", classes=1), "classes"),
        (dict(name="blobs", classes=MAX_CLASSES + 1), "classes"),
        (dict(name="spiral", classes=2.0), "classes"),
        (dict(name="xor", seed=-1), "seed"),
    ],
)
def test_bad_arguments_name_the_parameter(kwargs, param):
    with pytest.raises(ValueError) as info:
        make_dataset(**kwargs)
    message = str(info.value)
    assert message.startswith(param)
    bad = kwargs.get(param)
    assert repr(bad) in message or (param == "noise" and "nan" in message)


def test_bad_name_lists_choices():
    with pytest.raises(ValueError, match="spiral, xor, circles, moons, blobs, linear, checkerboard"):
        make_dataset("Spiral")


# ------------------------------------------------------------------ split


def _data(counts):
    y = np.repeat(np.arange(len(counts)), counts)
    X = np.column_stack((np.arange(len(y), dtype=float), -np.arange(len(y), dtype=float)))
    return X, y


def test_split_sizes_and_disjoint_cover():
    X, y = _data([50, 30, 20])
    Xt, yt, Xv, yv = train_val_split(X, y, 0.2, seed=0)
    assert len(yv) == 20 and len(yt) == 80
    assert Xt.shape == (80, 2) and Xv.shape == (20, 2)
    ids = np.concatenate((Xt[:, 0], Xv[:, 0]))
    assert sorted(ids.tolist()) == list(range(100))
    # Rows stay paired with their labels.
    for Xs, ys in ((Xt, yt), (Xv, yv)):
        assert np.array_equal(y[Xs[:, 0].astype(int)], ys)
        assert np.array_equal(Xs[:, 1], -Xs[:, 0])


def test_split_is_stratified():
    X, y = _data([50, 30, 20])
    _, yt, _, yv = train_val_split(X, y, 0.2, seed=1)
    assert np.bincount(yv).tolist() == [10, 6, 4]
    assert np.bincount(yt).tolist() == [40, 24, 16]


def test_split_keeps_a_training_sample_per_class():
    X, y = _data([30, 1, 2])
    _, yt, _, yv = train_val_split(X, y, 0.9, seed=0)
    assert set(yt.tolist()) == {0, 1, 2}
    assert np.bincount(yt, minlength=3).min() >= 1
    # round(0.9 * 33) = 30 asked; 29 of class 0 and 1 of class 2 can be given.
    assert len(yv) == 30
    assert np.bincount(yt, minlength=3).tolist() == [1, 1, 1]


@pytest.mark.parametrize("counts", [[1], [1, 1], [2, 1]])
def test_split_tiny_classes_stay_in_training(counts):
    X, y = _data(counts)
    _, yt, _, yv = train_val_split(X, y, 0.9, seed=0)
    assert np.bincount(yt, minlength=len(counts)).tolist() == [1] * len(counts)
    assert len(yv) == sum(counts) - len(counts)


def test_split_is_shuffled_and_deterministic():
    X, y = _data([100, 100])
    a = train_val_split(X, y, 0.25, seed=3)
    b = train_val_split(X, y, 0.25, seed=3)
    c = train_val_split(X, y, 0.25, seed=4)
    for u, v in zip(a, b):
        assert np.array_equal(u, v)
    assert not np.array_equal(a[2], c[2])
    assert not np.all(np.diff(a[0][:, 0]) > 0)  # not in input order


def test_split_zero_fraction_gives_empty_validation():
    X, y = _data([5, 5])
    Xt, yt, Xv, yv = train_val_split(X, y, 0.0, seed=0)
    assert Xv.shape == (0, 2) and yv.shape == (0,)
    assert len(yt) == 10 and sorted(Xt[:, 0].tolist()) == list(range(10))


@pytest.mark.parametrize("bad", [-0.1, 0.95, 1.0, float("nan"), "0.2", None])
def test_split_rejects_bad_fraction(bad):
    X, y = _data([5, 5])
    with pytest.raises(ValueError, match="val_fraction"):
        train_val_split(X, y, bad, seed=0)


def test_split_rejects_mismatched_arrays():
    with pytest.raises(ValueError, match="y must have shape"):
        train_val_split(np.zeros((4, 2)), np.zeros(3, dtype=int), 0.2, seed=0)


def test_split_of_generated_dataset():
    d = make_dataset("blobs", 500, classes=5, seed=0)
    Xt, yt, Xv, yv = train_val_split(d.X, d.y, 0.3, seed=0)
    assert len(yv) == 150
    assert np.bincount(yv).tolist() == [30] * 5
    assert Xt.flags.writeable  # a fresh copy, unlike the frozen dataset arrays
