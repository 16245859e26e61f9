"""Regression data: the generated sets (sine, abs, steps, plane, bump), the features of
a curve's one input, and CSV files with a numeric target column."""

import numpy as np
import pytest

from dlviz.data import DATASETS, DataError, load_csv, make_dataset, make_features, task_of
from dlviz.data.datasets import curve_bounds

CURVES = ["sine", "abs", "steps"]
SURFACES = ["plane", "bump"]
CLEAN = {  # y without noise, from x (n, d)
    "sine": lambda X: np.sin(np.pi * X[:, 0]),
    "abs": lambda X: 2 * np.abs(X[:, 0]) - 1,
    "plane": lambda X: (X[:, 0] + X[:, 1]) / 2,
}


def test_registry_entries_say_their_task():
    assert [n for n in DATASETS if task_of(n) == "regress"] == CURVES + SURFACES
    assert task_of("spiral") == "classify"


@pytest.mark.parametrize("name", CURVES + SURFACES)
@pytest.mark.parametrize("noise", [0.0, 0.1, 1.0])
def test_shapes_kinds_and_determinism(name, noise):
    ds = make_dataset(name, 300, noise, seed=5)
    d = 1 if name in CURVES else 2
    assert ds.task == "regress" and ds.kind == ("curve" if d == 1 else "surface")
    assert ds.X.shape == (300, d) and ds.y.shape == (300,) and ds.y.dtype == np.float64
    assert ds.class_names == ("y",) and ds.n_classes == 1 and ds.n_inputs == d
    assert np.isfinite(ds.X).all() and np.isfinite(ds.y).all()
    assert ds.X.min() >= -1 and ds.X.max() <= 1
    if d == 1:  # the curve's view shows every target
        assert ds.bounds[:2] == (-1.0, 1.0) and ds.bounds[2] < ds.y.min() and ds.bounds[3] > ds.y.max()
    again = make_dataset(name, 300, noise, seed=5)
    np.testing.assert_array_equal(ds.X, again.X)
    np.testing.assert_array_equal(ds.y, again.y)
    assert not np.array_equal(ds.y, make_dataset(name, 300, noise, seed=6).y)


@pytest.mark.parametrize("name", list(CLEAN))
def test_clean_targets_are_the_function_and_noise_is_half_the_setting(name):
    clean = make_dataset(name, 4000, 0.0, seed=1)
    np.testing.assert_allclose(clean.y, CLEAN[name](clean.X), atol=1e-12)
    noisy = make_dataset(name, 4000, 0.2, seed=1)
    resid = noisy.y - CLEAN[name](noisy.X)
    assert abs(resid.std() - 0.1) < 0.01  # sd = 0.5 x noise, as a fraction of the box


def test_steps_and_bumps_shapes():
    s = make_dataset("steps", 2000, 0.0, seed=0)
    assert set(np.round(s.y, 12)) == {-0.75, -0.25, 0.25, 0.75}
    assert np.all(np.diff(s.y[np.argsort(s.X[:, 0])]) >= 0)  # a staircase going up
    b = make_dataset("bump", 4000, 0.0, seed=0)
    assert -1 <= b.y.min() < -0.9 and 0.9 < b.y.max() <= 1  # bumps up and down
    # the top row's centre bump goes down, the bottom row's up (Playground's pattern)
    near = lambda cx, cy: b.y[np.hypot(b.X[:, 0] - cx, b.X[:, 1] - cy) < 0.08]  # noqa: E731
    assert near(0, 0.4167).mean() < -0.8 and near(0, -0.4167).mean() > 0.8


def test_curve_bounds_widen_to_hold_the_targets():
    assert curve_bounds(np.array([0.0, 0.5])) == pytest.approx((-1.1, 1.1))
    lo, hi = curve_bounds(np.array([-3.0, 0.5]))
    assert lo < -3 and hi > 1


def test_features_of_a_curve_use_x1_and_leave_x2_at_zero():
    X = np.array([[-1.0], [0.0], [0.5], [1.0]])
    F = make_features(X, ("x1", "x2", "x1sq", "x2sq", "x1x2", "sin_x1", "sin_x2"), (-1, 1, -5, 7), dtype=np.float64)
    np.testing.assert_allclose(F[:, 0], X[:, 0])
    np.testing.assert_allclose(F[:, 2], X[:, 0] ** 2)
    np.testing.assert_allclose(F[:, 5], np.sin(np.pi * X[:, 0]), atol=1e-12)
    np.testing.assert_array_equal(F[:, [1, 3, 4, 6]], 0.0)  # whatever the y range of the bounds
    F2 = make_features(np.array([[2.0], [4.0]]), ("x1",), (2, 4, 0, 1), dtype=np.float64)
    np.testing.assert_allclose(F2[:, 0], [-1, 1])  # x normalised by the x range
    with pytest.raises(ValueError, match="shape"):
        make_features(np.zeros((3, 3)), ("x1",))


# -- CSV files with a numeric target ------------------------------------------------------------


def _csv(tmp_path, text, name="r.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


CURVE_CSV = "x1,Height,note\n" + "".join(f"{x:.2f},{2 * x + 1:.3f},n{i}\n" for i, x in enumerate(np.linspace(0, 3, 12)))


def test_csv_target_column_makes_a_curve(tmp_path):
    ds = load_csv(_csv(tmp_path, CURVE_CSV), target_column="height")  # any case
    assert ds.task == "regress" and ds.kind == "curve" and ds.class_names == ("height",)
    assert ds.X.shape == (12, 1) and ds.y.dtype == np.float64
    np.testing.assert_allclose(ds.y, 2 * ds.X[:, 0] + 1, atol=0.02)  # (x written with 2 decimals)
    assert ds.bounds[0] < 0 < 3 < ds.bounds[1] and ds.bounds[2] < 1 and ds.bounds[3] > 7


def test_csv_target_column_with_x2_makes_a_surface(tmp_path):
    text = "z;x2;x1\n" + "".join(f"{i * 0.5};{i % 3};{i}\n" for i in range(10))
    ds = load_csv(_csv(tmp_path, text), target_column="z")
    assert ds.kind == "surface" and ds.X.shape == (10, 2)
    np.testing.assert_array_equal(ds.X[:, 0], np.arange(10))
    np.testing.assert_array_equal(ds.y, np.arange(10) * 0.5)


@pytest.mark.parametrize("bad, line", [("abc", 5), ("nan", 5), ("inf", 5), ("-Infinity", 5), ("", 5), ("1e400", 5)])
def test_csv_target_that_is_not_a_finite_number_is_one_clear_message(tmp_path, bad, line):
    rows = CURVE_CSV.splitlines()
    x, _, note = rows[line - 1].split(",")
    rows[line - 1] = f"{x},{bad},{note}"
    with pytest.raises(DataError) as e:
        load_csv(_csv(tmp_path, "\n".join(rows) + "\n"), target_column="Height")
    msg = str(e.value)
    assert msg.startswith(f"r.csv, line {line}: the target Height must be a finite number, got ")
    assert repr(bad) in msg and "\n" not in msg


@pytest.mark.parametrize("text, target, needle", [
    ("x1,y\n1,2\n", "height", "no target column 'height'; its columns: x1, y"),
    ("a,height\n1,2\n", "height", "needs a header naming the input x1"),
    ("1,2\n3,4\n", "height", "no target column"),
    ("x1,height\n", "height", "header but no data rows"),
    ("x1,height,height\n1,2,3\n", "height", "more than once"),
    ("x1,height\n1,2\nfoo,3\n", "height", "line 3: x1 'foo' is not a number"),
    ("x1,height\n1,2\n3\n", "height", "line 3: found 1 field, expected 2"),
])
def test_csv_regression_file_problems(tmp_path, text, target, needle):
    with pytest.raises(DataError, match=None) as e:
        load_csv(_csv(tmp_path, text), target_column=target)
    assert needle in str(e.value)


def test_target_column_is_a_config_key_and_a_cli_flag(tmp_path):
    from dlviz.cli import build_parser, config_from_args, dataset_of
    from dlviz.config import Config

    p = _csv(tmp_path, CURVE_CSV)
    c = config_from_args(build_parser().parse_args(["train", "--csv", str(p), "--target-column", "Height"]))
    assert c.target_column == "Height" and Config.from_dict(c.to_dict()) == c
    assert dataset_of(c).task == "regress"


def test_a_curve_starts_from_x_alone_and_a_switch_away_brings_the_planes_features_back():
    """A curve has one input: x2 would be a constant 0 drawn as an input node."""
    from dlviz.config import Config

    c = Config(dataset="sine")
    assert c.features == ("x1",)
    assert c.replace(dataset="spiral").features == ("x1", "x2")
    assert Config(dataset="abs", features="x1,x1sq").features == ("x1", "x1sq")  # (a choice is kept)


def test_target_candidates_are_a_regression_files_other_columns(tmp_path):
    """What the window offers to fit: the header names x1 and no label."""
    from dlviz.data.csv_loader import target_candidates

    cases = {"x1,height\n0.1,2\n": ("height",), "X1;x2;a;B\n1;2;3;4\n": ("a", "B"),
             "x1,x2,label\n1,2,a\n": (), "1,2,3\n": (), "": (), "x2,y\n1,2\n": ()}
    for i, (text, want) in enumerate(cases.items()):
        p = tmp_path / f"f{i}.csv"
        p.write_text(text)
        assert target_candidates(p) == want, text
    assert target_candidates(tmp_path) == () and target_candidates(tmp_path / "missing.csv") == ()


def test_target_candidates_read_a_bounded_head_of_the_file(tmp_path):
    """It runs in the GUI thread: a header after a few blank lines is found, one past the
    first HEADER_SCAN_CHARS characters is not looked for (the load itself then says why)."""
    from dlviz.data.csv_loader import HEADER_SCAN_CHARS, target_candidates

    near, far = tmp_path / "near.csv", tmp_path / "far.csv"
    near.write_text("\n" * 5 + "x1,height\n0.1,2\n")
    far.write_text("\n" * (HEADER_SCAN_CHARS + 1) + "x1,height\n0.1,2\n")
    assert target_candidates(near) == ("height",)
    assert target_candidates(far) == ()
