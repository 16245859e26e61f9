"""A regression run end to end: the linear case against the closed-form least-squares
fit, R² and MSE in the history, the Evaluation a curve or a surface sends its views,
the training process's snapshots and frames, and files (history CSV, experiment)."""

import json
import math

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.data import make_dataset, make_features
from dlviz.engine import kernel
from dlviz.engine.losses import mean_squared_error, r2_score
from dlviz.training import experiment, history_csv
from dlviz.training.frames import RunFolder
from dlviz.training.messages import Control, NewRun, RunInfo
from dlviz.training.regression import CURVE_POINTS, evaluate, straight_pieces
from dlviz.training.session import Session
from dlviz.training.trainer import Trainer

ENGINES = ["numpy"] + (["compiled"] if kernel.AVAILABLE else [])


def _train(config, dtype=np.float32):
    t = Trainer(config, dtype=dtype)
    while not t.finished and not t.diverged:
        t.run(10**6)
    return t


def _lstsq(t):
    """The least-squares fit of the training targets on the run's features (and a bias)."""
    F = make_features(t.X_train_raw, t.config.features, t.dataset.bounds, dtype=np.float64)
    A = np.column_stack((F, np.ones(len(F))))
    coef, *_ = np.linalg.lstsq(A, t.y_train, rcond=None)
    return coef, A


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("dataset, features", [("plane", ("x1", "x2")), ("sine", ("x1", "x1sq", "sin_x1")),
                                               ("bump", ("x1", "x2", "x1x2", "x1sq"))])
def test_no_hidden_layer_converges_to_the_least_squares_fit(engine, dataset, features):
    """Without a hidden layer the network is ŷ = w·features + b and the MSE is convex:
    full-batch gradient descent must land on np.linalg.lstsq's solution."""
    c = Config(dataset=dataset, samples=300, noise=0.3, hidden=(), features=features, optimizer="sgd", lr=0.5,
               batch_size=1_000_000, epochs=3000, engine=engine, seed=2)
    t = _train(c, dtype=np.float64)
    assert t.engine == engine and not t.diverged
    coef, A = _lstsq(t)
    got = np.concatenate((t.net.weights[0][:, 0], t.net.biases[0]))
    np.testing.assert_allclose(got, coef, rtol=0, atol=1e-6)
    best = mean_squared_error(A @ coef, t.y_train)
    assert t.evaluate()["train_mse"] == pytest.approx(best, rel=1e-9)


def test_mse_and_r2_in_the_history_are_sklearns_of_the_predictions():
    t = _train(Config(dataset="sine", samples=200, hidden=(8,), epochs=20, seed=1))
    F = make_features(t.X_val_raw, t.config.features, t.dataset.bounds, dtype=t.dtype)
    pred = t.net.predict(F)
    ev = t.evaluate()
    assert ev["val_mse"] == ev["val_loss"] == pytest.approx(mean_squared_error(pred, t.y_val), rel=1e-5)
    assert ev["val_r2"] == pytest.approx(r2_score(pred, t.y_val), rel=1e-5, abs=1e-6)
    assert t.history.val_acc.view()[-1] == pytest.approx(ev["val_r2"], rel=1e-5, abs=1e-6)
    assert t.history.val_loss.view()[-1] == pytest.approx(ev["val_mse"], rel=1e-5)
    assert math.isnan(ev["val_accuracy"]) and t.history.metric == "r2" and t.metric == "r2"
    s = t.summary()
    assert (s["task"], s["metric"], s["val_accuracy"]) == ("regress", "r2", None)
    assert s["val_r2"] == round(ev["val_r2"], 6) and s["train_mse"] == s["train_loss"]
    json.dumps(s, allow_nan=False)


def test_a_relu_net_fits_the_regression_sets():
    for name, r2 in (("sine", 0.95), ("abs", 0.95), ("plane", 0.9), ("steps", 0.85)):
        t = _train(Config(dataset=name, samples=400, hidden=(16, 16), epochs=100, seed=0))
        assert t.evaluate()["val_r2"] > r2, name


def test_a_blown_up_regression_run_diverges():
    t = _train(Config(dataset="sine", samples=100, hidden=(8,), optimizer="sgd", lr=80.0, batch_size=10, epochs=50))
    assert t.diverged and np.isfinite(t.net.flat).all()


def test_curve_evaluation_parts_add_up_to_the_curve():
    t = _train(Config(dataset="abs", samples=200, hidden=(5,), activation="relu", epochs=30, seed=3))
    e = evaluate(t)
    assert e.kind == "curve" and e.step == t.step and e.surface is None
    assert e.curve_x.shape == e.curve_y.shape == (CURVE_POINTS,)
    assert e.curve_x[0] == t.dataset.bounds[0] and e.curve_x[-1] == t.dataset.bounds[1]
    assert e.unit_parts.shape == (5, CURVE_POINTS) and not e.curve_y.flags.writeable
    np.testing.assert_allclose(e.unit_parts.sum(axis=0) + float(t.net.biases[-1][0]), e.curve_y, atol=1e-5)
    F = make_features(e.curve_x[:, None], t.config.features, t.dataset.bounds, dtype=t.dtype)
    np.testing.assert_allclose(e.curve_y, t.net.predict(F), atol=1e-6)
    # the held-out rows: their targets and the net's predictions
    m = len(e.rows)
    assert m == min(len(t.y_val), 400) and e.y_true.dtype == np.float64
    np.testing.assert_array_equal(e.y_true, t.y_val[e.rows])
    np.testing.assert_allclose(e.y_pred, t.net.predict(make_features(t.X_val_raw[e.rows], t.config.features,
                                                                      t.dataset.bounds, dtype=t.dtype)), atol=1e-6)
    # a ReLU unit's part is a hinge: at most one bend inside the range
    assert all(straight_pieces(e.curve_x, p) <= 2 for p in e.unit_parts)


@pytest.mark.parametrize("seed", range(4))
def test_abs_with_three_relu_units_fits_at_most_four_straight_pieces(seed):
    """The regression-relu-pieces lesson's claim: n ReLU units bend the line at most n times."""
    t = _train(Config(dataset="abs", hidden=(3,), activation="relu", epochs=100, seed=seed))
    e = evaluate(t)
    assert 2 <= straight_pieces(e.curve_x, e.curve_y) <= 4
    assert t.evaluate()["val_r2"] > 0.9


def test_without_an_activation_it_stays_a_line():
    t = _train(Config(dataset="sine", hidden=(8, 8), activation="linear", epochs=30))
    e = evaluate(t)
    assert straight_pieces(e.curve_x, e.curve_y) == 1


def test_straight_pieces_of_polylines():
    x = np.linspace(-1, 1, 201)
    assert straight_pieces(x, 3 * x + 1) == 1
    assert straight_pieces(x, np.abs(x)) == 2
    assert straight_pieces(x, np.maximum(x - 0.5, 0) + np.maximum(-x - 0.5, 0) + np.maximum(x, 0)) == 4
    assert straight_pieces(x, (3 * x + 1).astype(np.float32)) == 1  # float32 rounding is no bend


def test_surface_evaluation_is_the_prediction_grid():
    t = _train(Config(dataset="bump", samples=200, hidden=(8,), epochs=5, val_fraction=0.0))
    e = evaluate(t, resolution=20)
    assert e.kind == "surface" and e.curve_x is None and e.unit_parts is None
    assert e.surface.shape == (20, 20) and e.surface.dtype == np.float32
    np.testing.assert_array_equal(e.surface, t.predict_grid(20)[0])
    # no validation set: the training rows are shown
    np.testing.assert_array_equal(e.y_true, t.y_train[e.rows])


@pytest.mark.parametrize("dataset, kind", [("sine", "curve"), ("plane", "surface")])
def test_the_training_process_sends_the_metric_and_an_evaluation(dataset, kind):
    sent = []
    s = Session(type("Out", (), {"send": lambda self, m: sent.append(m)})())
    s.handle(NewRun(1, Config(dataset=dataset, samples=100, hidden=(4,)), play=True))
    for _ in range(3):
        s.train_chunk()
    s.handle(Control("pause"))
    s.publish()  # (paused: a snapshot always carries the grid, and so the evaluation)
    info = next(m for m in sent if isinstance(m, RunInfo))
    assert (info.metric, info.kind, info.sizes[-1]) == ("r2", kind, 1)
    folder = RunFolder()
    folder.want((1,))
    for m in sent:
        folder.add(m)
    frame = folder.frames().primary
    assert frame.metric == "r2" and frame.evaluation is not None and frame.evaluation.kind == kind
    assert frame.evaluation.step == frame.snap.step
    assert (frame.evaluation.curve_y if kind == "curve" else frame.evaluation.surface) is not None


def test_classification_runs_say_accuracy_and_send_no_evaluation():
    sent = []
    s = Session(type("Out", (), {"send": lambda self, m: sent.append(m)})())
    s.handle(NewRun(1, Config(dataset="xor", samples=100, hidden=(4,)), play=False))
    info = next(m for m in sent if isinstance(m, RunInfo))
    assert (info.metric, info.kind) == ("accuracy", "points")
    assert all(snap.evaluation is None for m in sent if hasattr(m, "runs") for snap in m.runs)


def test_history_csv_names_the_regression_columns(tmp_path):
    t = _train(Config(dataset="plane", samples=100, hidden=(4,), epochs=3))
    p = history_csv.write(tmp_path / "h.csv", [(None, t.history)])
    lines = p.read_text().splitlines()
    assert lines[0] == "epoch,step,seconds,lr,train_mse,train_r2,val_mse,val_r2"
    last = lines[-1].split(",")
    assert float(last[5]) == pytest.approx(t.history.train_acc.view()[-1])


def test_experiment_file_round_trip_of_generated_and_csv_regression(tmp_path):
    csv = tmp_path / "d.csv"
    csv.write_text("x1,x2,t\n" + "".join(f"{i / 10},{(i * 7 % 10) / 10},{i / 20 + 1}\n" for i in range(40)))
    runs = []
    for c in (Config(dataset="steps", samples=100, hidden=(6,), epochs=3),
              Config(csv=str(csv), target_column="t", hidden=(5,), epochs=3, batch_size=8)):
        t = _train(c)
        t.run(2)  # (finished: nothing more)
        runs.append(experiment.SavedRun(c.dataset, t))
    path = experiment.save(tmp_path / "e.dlviz", runs)
    csv.unlink()  # the file keeps the data
    loaded = experiment.load_experiment(path)
    for old, new in zip(runs, loaded.runs):
        a, b = old.trainer, new.trainer
        assert b.regression and b.metric == "r2" and b.dataset.task == "regress"
        np.testing.assert_array_equal(a.net.flat, b.net.flat)
        np.testing.assert_array_equal(a.dataset.y, b.dataset.y)
        assert a.evaluate() == b.evaluate()
        ca, cb = a.config.replace(epochs=5), b.config.replace(epochs=5)
        a.apply_live(ca)
        b.apply_live(cb)
        _ = [x.run(10**6) for x in (a, b)]
        np.testing.assert_array_equal(a.net.flat, b.net.flat)  # resumes bit-identically


def test_a_curves_maps_over_the_plane_vary_with_x_only():
    """The inside views draw units over the plane: for a curve, the plane's y axis is the
    target's, not an input, so every map is the same from bottom to top."""
    from dlviz.training import inside

    t = _train(Config(dataset="sine", samples=100, hidden=(4,), epochs=2, features=("x1", "x2", "x1sq")))
    ins = inside.inside(t, resolution=12)
    for m in (*ins.unit_maps, t.predict_grid(12)):
        m = np.asarray(m)
        np.testing.assert_array_equal(m, np.broadcast_to(m[..., :1, :], m.shape))
    maps = inside.input_maps(t.dataset.bounds, t.config.features, 12, curve=True)
    np.testing.assert_array_equal(maps[1], 0.0)  # x2 is 0 on a curve
    assert np.ptp(maps[0]) > 1.5


def test_lesson_metrics_read_r2_of_a_regression_run():
    from dlviz.training.lessons import METRICS, _metric

    assert {"train_r2", "val_r2"} <= set(METRICS)
    t = _train(Config(dataset="plane", samples=100, hidden=(4,), epochs=3))
    assert _metric(t, "val_r2", {}) == pytest.approx(t.evaluate()["val_r2"])
    assert _metric(t, "val_r2", {"at": "first"}) == pytest.approx(t.history.val_acc.view()[0])
    assert _metric(t, "val_accuracy", {}) is None
    c = _train(Config(dataset="xor", samples=100, hidden=(4,), epochs=2))
    assert _metric(c, "val_r2", {}) is None and _metric(c, "val_r2", {"at": "end"}) is None
