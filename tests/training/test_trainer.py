"""Trainer: reproducibility, chunked running, epochs, divergence, live changes,
regularisation, diagnostics, the decision grid, and that it really learns."""

import json
import math

import numpy as np
import pytest

from dlviz.config import Config, live_keys
from dlviz.data import grid_points, make_features
from dlviz.training.trainer import Diagnostics, Trainer

SMALL = Config(dataset="spiral", samples=200, classes=3, noise=0.1, hidden=(16, 16), activation="tanh", batch_size=16, epochs=5, seed=3)


def _history_arrays(t):
    h = t.history
    return {
        name: getattr(h, name).view().copy()
        for name in ("step_loss", "epoch_step", "train_loss", "train_acc", "val_loss", "val_acc", "lr")
    }


def _mean_abs_weights(t):
    return float(np.mean(np.concatenate([np.abs(W).ravel() for W in t.net.weights])))


# -- reproducibility -------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["numpy", "compiled"])
@pytest.mark.parametrize("dropout", [0.0, 0.3])
def test_same_config_gives_bit_identical_runs_in_any_chunking(dropout, engine):
    c = SMALL.replace(dropout=dropout, engine=engine)
    a = Trainer(c)
    assert a.run(10**9) == 5 * a.steps_per_epoch
    b = Trainer(c)
    chunks = []
    while (n := b.run(7)) > 0:
        chunks.append(n)
    assert max(chunks) == 7 and sum(chunks) == a.step
    c1 = Trainer(c)
    while c1.run_epoch():
        pass
    assert a.engine == engine or engine == "compiled" and a.engine_note is not None  # (no numba here)
    for other in (b, c1):
        assert other.step == a.step and other.epoch == a.epoch == 5
        assert a.history.step_loss.view().tobytes() == other.history.step_loss.view().tobytes()
        assert a.net.flat.tobytes() == other.net.flat.tobytes()
        ha, ho = _history_arrays(a), _history_arrays(other)
        for k in ha:
            np.testing.assert_array_equal(ha[k], ho[k], err_msg=k)


def test_different_seed_differs():
    a, b = Trainer(SMALL), Trainer(SMALL.replace(seed=4))
    a.run(20)
    b.run(20)
    assert not np.array_equal(a.history.step_loss.view(), b.history.step_loss.view())
    assert not np.array_equal(a.net.flat, b.net.flat)


def test_fresh_trainers_start_identical():
    a, b = Trainer(SMALL), Trainer(SMALL)
    assert a.net.flat.tobytes() == b.net.flat.tobytes()
    np.testing.assert_array_equal(a.y_train, b.y_train)
    np.testing.assert_array_equal(a.X_val_raw, b.X_val_raw)


# -- stepping and epochs ----------------------------------------------------------------------


def test_run_does_at_most_n_steps():
    t = Trainer(SMALL.replace(epochs=2))
    spe = t.steps_per_epoch
    assert spe == math.ceil(t.n_train / 16) == 10  # 160 training samples
    assert t.run(0) == 0 and t.run(-3) == 0 and t.step == 0
    assert t.history.step_loss.n == 0
    assert t.run(5) == 5 and t.step == 5
    assert t.history.step_loss.n == 5
    assert t.run(1) == 1 and t.step == 6
    # the budget stops it short of n
    assert t.run(10**9) == 2 * spe - 6
    assert t.step == 2 * spe and t.finished
    assert t.run(5) == 0 and t.step == 2 * spe


def test_run_epoch_advances_epoch_by_exactly_one():
    t = Trainer(SMALL.replace(epochs=0))  # no budget
    assert t.run_epoch() == t.steps_per_epoch
    assert t.epoch == 1 and t.step == t.steps_per_epoch
    t.run(3)  # mid-epoch: run_epoch finishes the current epoch
    assert t.epoch == 1
    assert t.run_epoch() == t.steps_per_epoch - 3
    assert t.epoch == 2 and t.step == 2 * t.steps_per_epoch
    for e in range(3, 6):
        t.run_epoch()
        assert t.epoch == e
    np.testing.assert_array_equal(t.history.epoch_step.view(), np.arange(1, 6) * t.steps_per_epoch)
    assert t.history.epochs == 5 and not t.finished


def test_epoch_budget_finishes():
    t = Trainer(SMALL.replace(epochs=3))
    assert not t.finished
    t.run(10**9)
    assert t.finished and t.epoch == 3 and t.history.epochs == 3
    assert t.step == 3 * t.steps_per_epoch == t.history.step_loss.n
    assert t.run_epoch() == 0 and t.epoch == 3
    # raising the budget live lets it go on
    t.apply_live(t.config.replace(epochs=4))
    assert not t.finished
    assert t.run(10**9) == t.steps_per_epoch and t.epoch == 4


def test_epoch_history_matches_evaluate():
    t = Trainer(SMALL.replace(epochs=2))
    t.run(10**9)
    ev = t.evaluate()
    h = t.history
    assert h.train_loss.view()[-1] == pytest.approx(ev["train_loss"], rel=1e-12)
    assert h.train_acc.view()[-1] == ev["train_accuracy"]
    assert h.val_loss.view()[-1] == pytest.approx(ev["val_loss"], rel=1e-12)
    assert h.val_acc.view()[-1] == ev["val_accuracy"]
    assert 0 <= ev["train_accuracy"] <= 1 and ev["train_loss"] > 0


def test_no_validation_set_gives_nan_and_none():
    t = Trainer(SMALL.replace(val_fraction=0.0, epochs=1))
    assert t.n_train == 200
    t.run(10**9)
    assert np.isnan(t.history.val_loss.view()).all()
    s = t.summary()
    assert s["val_loss"] is None and s["val_accuracy"] is None
    assert s["train_loss"] is not None


def test_schedule_drives_the_lr():
    t = Trainer(SMALL.replace(schedule="step", lr=0.04, lr_decay=0.5, decay_epochs=1, epochs=4))
    assert t.lr == pytest.approx(0.04)
    t.run(10**9)
    # the lr of each epoch's last step: halved once per epoch
    np.testing.assert_allclose(t.history.lr.view(), [0.04, 0.02, 0.01, 0.005], rtol=1e-12)
    assert t.lr == pytest.approx(0.04 * 0.5**4)


# -- divergence -------------------------------------------------------------------------------


@pytest.mark.parametrize("dataset", ["spiral", "xor"])
def test_sgd_lr_100_diverges_cleanly(dataset):
    t = Trainer(Config(dataset=dataset, samples=200, optimizer="sgd", lr=100.0, epochs=20))
    t.run(10**9)
    assert t.diverged is True
    assert type(t.diverged_at_step) is int
    assert 1 <= t.diverged_at_step <= t.step + 1
    assert t.history.step_loss.n == t.step == t.diverged_at_step - 1
    assert t.run(10) == 0 and t.run_epoch() == 0  # a diverged run stays stopped
    assert np.isfinite(t.net.flat).all()
    for name, arr in _history_arrays(t).items():
        assert np.isfinite(arr).all(), name
    grid = t.predict_grid(24)
    assert np.isfinite(grid).all()
    s = t.summary()
    assert s["diverged"] is True and s["diverged_at_step"] == t.diverged_at_step
    json.dumps(s, allow_nan=False)  # strict JSON: no NaN or Infinity
    d = t.diagnostics()
    if d is not None:
        assert all(math.isfinite(x) for x in d.grad_norm + d.preact_mean + d.preact_std)


def test_normal_adam_run_does_not_diverge():
    t = Trainer(SMALL.replace(epochs=10, optimizer="adam", lr=0.01))
    t.run(10**9)
    assert not t.diverged and t.diverged_at_step is None
    loss = t.history.train_loss.view()
    assert loss[-1] < loss[0]
    assert t.summary()["diverged"] is False


def test_large_initial_loss_is_not_divergence():
    """A net that *starts* above 10 x ln K (init="normal" on a 64-wide ReLU net:
    loss ~15 > 11) is not a blow-up: with adam 0.01 it trains to ~96% accuracy."""
    t = Trainer(Config(dataset="spiral", samples=300, init="normal", hidden=(64, 64), activation="relu",
                       optimizer="adam", lr=0.01, epochs=20))
    t.run(10**9)
    assert not t.diverged, f"flagged as diverged at step {t.diverged_at_step}"
    loss = t.history.step_loss.view()
    assert loss[-20:].mean() < 0.5 * loss[0]


# -- live changes -------------------------------------------------------------------------------


def test_apply_live_lr_keeps_weights_and_is_used_next_step():
    t = Trainer(SMALL.replace(optimizer="sgd", lr=0.01, epochs=0))
    t.run(3)
    before = t.net.flat.copy()
    t.apply_live(t.config.replace(lr=0.5))
    np.testing.assert_array_equal(t.net.flat, before)  # apply_live itself leaves the weights
    assert t.lr == 0.5 and t.config.lr == 0.5
    assert t.opt.lr == pytest.approx(0.01)  # not yet used
    assert t.run(1) == 1
    assert t.opt.lr == 0.5
    # the step really took lr 0.5: plain sgd moves the weights by -lr * grad
    np.testing.assert_allclose(t.net.flat - before, -0.5 * t.net.flat_grad, rtol=1e-4, atol=1e-7)
    assert np.abs(t.net.flat_grad).max() > 0
    assert t.step == 4 and t.history.step_loss.n == 4


@pytest.mark.parametrize(
    "change",
    [
        {"activation": "relu"},
        {"hidden": (8,)},
        {"seed": 9},
        {"dataset": "xor"},
        {"optimizer": "sgd"},
        {"init": "he"},
        {"samples": 300},
        {"features": ("x1", "x2", "x1x2")},
    ],
    ids=lambda c: next(iter(c)),
)
def test_apply_live_rejects_non_live_changes(change):
    t = Trainer(SMALL)
    t.run(2)
    before, config = t.net.flat.copy(), t.config
    with pytest.raises(ValueError, match="new run"):
        t.apply_live(config.replace(**change))
    assert t.config is config
    np.testing.assert_array_equal(t.net.flat, before)
    assert t.run(1) == 1  # and it still trains


@pytest.mark.parametrize(
    "change",
    [
        {"lr": 0.05},
        {"schedule": "cosine"},
        {"batch_size": 8},
        {"dropout": 0.2},
        {"weight_decay": 0.01},
        {"l1": 0.001},
        {"epochs": 9},
    ],
    ids=lambda c: next(iter(c)),
)
def test_apply_live_accepts_every_live_key(change):
    assert set(change) <= live_keys()
    t = Trainer(SMALL)
    t.run(3)
    before = t.net.flat.copy()
    t.apply_live(t.config.replace(**change))
    np.testing.assert_array_equal(t.net.flat, before)
    for k, v in change.items():
        assert getattr(t.config, k) == v
    assert t.run(2) == 2 and np.isfinite(t.net.flat).all()


def test_live_weight_decay_and_dropout_reach_the_engine():
    t = Trainer(SMALL)
    t.apply_live(t.config.replace(weight_decay=0.02, dropout=0.4, l1=0.003, batch_size=8))
    assert t.opt.weight_decay == 0.02
    assert t.net.dropout == 0.4
    assert t.l1 == 0.003
    assert t.batch_size == 8 and t.steps_per_epoch == 20


def _record_batches(t):
    """Wrap the network's training step to record each batch's input columns."""
    seen = []
    inner = t.net.train_grads

    def spy(Xt, Yt):
        seen.append(np.array(Xt[:-1].T))
        return inner(Xt, Yt)

    t.net.train_grads = spy
    return seen


def test_batch_size_change_mid_epoch_still_covers_every_sample_once():
    # (spies on the NumPy engine's batches; the compiled engine reads the same rows: tests/engine/test_kernel.py)
    t = Trainer(SMALL.replace(batch_size=32, epochs=0, engine="numpy"), dtype=np.float64)
    n = t.n_train
    assert n == 160
    seen = _record_batches(t)
    assert t.run(2) == 2  # 64 samples at batch 32
    t.apply_live(t.config.replace(batch_size=10))
    assert t.epoch == 0
    done = t.run_epoch()  # the remaining 96 samples at batch 10: 9 x 10 + 6
    assert done == 10
    assert t.epoch == 1 and t.history.epoch_step.view()[0] == 12
    sizes = [len(b) for b in seen]
    assert sizes == [32, 32] + [10] * 9 + [6]
    rows = np.concatenate(seen)
    expected = make_features(t.X_train_raw, t.config.features, t.dataset.bounds, dtype=np.float64)
    order = lambda a: a[np.lexsort(a.T[::-1])]  # noqa: E731
    np.testing.assert_array_equal(order(rows), order(expected))  # each sample exactly once
    # the next epoch is cut in the new size throughout
    seen.clear()
    assert t.run_epoch() == 16
    assert [len(b) for b in seen] == [10] * 16
    np.testing.assert_array_equal(order(np.concatenate(seen)), order(expected))


def test_batch_size_larger_than_training_set():
    t = Trainer(SMALL.replace(batch_size=10_000))
    assert t.batch_size == t.n_train and t.steps_per_epoch == 1
    assert t.run_epoch() == 1 and t.epoch == 1


# -- dropout and regularisation -------------------------------------------------------------------


def test_dropout_masks_exist_only_with_dropout():
    t = Trainer(SMALL.replace(dropout=0.3, batch_size=64))
    t.run(1)
    masks = t.net.last_masks
    assert len(masks) == 2
    for m, units in zip(masks, (16, 16)):
        assert m is not None and m.dtype == bool and m.shape == (units, 64)
        assert 0.55 < m.mean() < 0.85  # about 70% kept
    t0 = Trainer(SMALL)
    t0.run(1)
    assert t0.net.last_masks == [None, None]
    # switched on live
    t0.apply_live(t0.config.replace(dropout=0.5))
    t0.run(1)
    assert all(m is not None and 0.3 < m.mean() < 0.7 for m in t0.net.last_masks)
    t0.apply_live(t0.config.replace(dropout=0.0))
    t0.run(1)
    assert t0.net.last_masks == [None, None]


def test_dropout_is_off_in_evaluation():
    t = Trainer(SMALL.replace(dropout=0.5))
    t.run(5)
    a = t.predict_grid(10).copy()
    b = t.predict_grid(10).copy()
    np.testing.assert_array_equal(a, b)


REG_BASE = Config(dataset="moons", samples=200, epochs=20, hidden=(16, 16), optimizer="adam", lr=0.01, seed=1)


def test_l1_pushes_weights_toward_zero():
    plain, l1 = Trainer(REG_BASE), Trainer(REG_BASE.replace(l1=0.01))
    plain.run(10**9)
    l1.run(10**9)
    assert _mean_abs_weights(l1) < 0.7 * _mean_abs_weights(plain)
    # L1 makes many weights (nearly) zero; and the biases are left alone
    small = lambda t: np.mean(np.concatenate([np.abs(W).ravel() for W in t.net.weights]) < 0.01)  # noqa: E731
    assert small(l1) > small(plain) + 0.1


def test_l1_adds_l1_times_sign_of_weights_to_the_gradient():
    l1, lr = 0.05, 0.1
    t = Trainer(REG_BASE.replace(optimizer="sgd", lr=lr, l1=l1, engine="numpy"), dtype=np.float64)
    t.run(2)
    batches = []
    inner = t.net.train_grads
    t.net.train_grads = lambda Xt, Yt: (batches.append((Xt.copy(), Yt.copy())), inner(Xt, Yt))[1]
    before = t.net.flat.copy()
    assert t.run(1) == 1
    after = t.net.flat.copy()
    # the loss gradient alone, on the same batch at the same weights
    t.net.flat[:] = before
    inner(*batches[0])
    data_grad = t.net.flat_grad.copy()
    mask = t.net.weight_mask
    expected = before - lr * (data_grad + l1 * np.sign(before) * mask)
    np.testing.assert_allclose(after, expected, rtol=1e-12, atol=1e-14)
    # biases get no L1 term
    np.testing.assert_allclose(after[~mask], before[~mask] - lr * data_grad[~mask], rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("optimizer,wd", [("adam", 0.05), ("adamw", 0.5), ("sgd", 0.05)])
def test_weight_decay_pushes_weights_toward_zero(optimizer, wd):
    lr = 0.1 if optimizer == "sgd" else 0.01
    base = REG_BASE.replace(optimizer=optimizer, lr=lr)
    plain, decayed = Trainer(base), Trainer(base.replace(weight_decay=wd))
    plain.run(10**9)
    decayed.run(10**9)
    assert _mean_abs_weights(decayed) < 0.9 * _mean_abs_weights(plain)


# -- diagnostics ------------------------------------------------------------------------------------


def test_diagnostics_none_before_first_step_then_per_layer():
    t = Trainer(SMALL.replace(hidden=(8, 6, 4), activation="tanh"))
    assert t.diagnostics() is None
    t.run(1)
    d = t.diagnostics()
    assert isinstance(d, Diagnostics)
    assert len(d.grad_norm) == 4  # three hidden layers and the output layer
    for field in (d.dead_fraction, d.preact_mean, d.preact_std, d.saturated_fraction):
        assert isinstance(field, tuple) and len(field) == 3
    assert all(g > 0 for g in d.grad_norm)
    assert d.dead_fraction == (0.0, 0.0, 0.0)  # tanh is never exactly zero
    assert all(s > 0 for s in d.preact_std)
    assert all(0 <= s <= 1 for s in d.saturated_fraction)
    assert d.lr == t.opt.lr == pytest.approx(0.01)
    # grad norms are the norms of each layer's [W; b] gradient block
    np.testing.assert_allclose(d.grad_norm, [np.linalg.norm(g) for g in t.net.gblocks], rtol=1e-6)


def test_no_hidden_layer_diagnostics():
    t = Trainer(SMALL.replace(hidden=()))
    t.run(1)
    d = t.diagnostics()
    assert len(d.grad_norm) == 1 and d.dead_fraction == ()


def test_dead_relu_units_are_reported():
    t = Trainer(SMALL.replace(activation="relu"))
    for b in t.net.biases[:-1]:
        b[:] = -50.0
    t.run(1)
    d = t.diagnostics()
    assert d.dead_fraction == (1.0, 1.0)
    assert d.saturated_fraction == (1.0, 1.0)
    # no gradient reaches a dead layer's weights; the output bias still learns
    assert d.grad_norm[0] == 0.0 and d.grad_norm[1] == 0.0
    assert d.grad_norm[2] > 0


def test_relu_with_huge_sgd_lr_kills_units():
    t = Trainer(Config(dataset="spiral", samples=200, activation="relu", optimizer="sgd", lr=5.0, epochs=3))
    t.run(10**9)
    d = t.diagnostics()
    assert d is not None and max(d.dead_fraction) > 0


def test_sigmoid_gradients_vanish_toward_the_input():
    t = Trainer(SMALL.replace(hidden=(16,) * 6, activation="sigmoid", init="xavier"))
    t.run(1)
    g = t.diagnostics().grad_norm
    assert len(g) == 7
    assert g[0] < g[-1] / 100  # first (input side) far smaller than last
    assert all(a < b for a, b in zip(g, g[1:]))  # shrinking layer by layer


# -- the decision grid ------------------------------------------------------------------------------


@pytest.mark.parametrize("res", [1, 7, 40])
def test_predict_grid_shape_and_normalisation(res):
    t = Trainer(SMALL)
    t.run(20)
    g = t.predict_grid(res)
    assert g.shape == (3, res, res)
    assert np.isfinite(g).all() and (g >= 0).all()
    np.testing.assert_allclose(g.sum(axis=0), 1.0, atol=1e-5)


def test_predict_grid_layout_matches_predict_proba():
    t = Trainer(SMALL, dtype=np.float64)
    t.run(30)
    res = 9
    g = t.predict_grid(res).copy()
    pts = grid_points(t.dataset.bounds, res)  # row-major, y rows from the bottom
    feats = make_features(pts, t.config.features, t.dataset.bounds, dtype=np.float64)
    p = t.net.predict_proba(feats)  # (res * res, K)
    np.testing.assert_allclose(g, p.T.reshape(3, res, res), rtol=1e-10, atol=1e-12)
    # [k, iy, ix]: iy = 0 is the bottom row
    assert pts[1][0] > pts[0][0] and pts[res][1] > pts[0][1]


def test_predict_grid_does_not_disturb_training():
    a, b = Trainer(SMALL), Trainer(SMALL)
    for _ in range(5):
        a.run(3)
        a.predict_grid(16)
        a.evaluate()
        a.diagnostics()
        b.run(3)
    assert a.history.step_loss.view().tobytes() == b.history.step_loss.view().tobytes()


# -- it learns ------------------------------------------------------------------------------------------


def test_reaches_95_percent_on_xor():
    c = Config(dataset="xor", samples=400, noise=0.1, hidden=(8, 8), activation="tanh", optimizer="adam", lr=0.03,
               epochs=60, val_fraction=0.2)
    t = Trainer(c)
    t.run(10**9)
    assert t.finished and not t.diverged
    assert t.evaluate()["train_accuracy"] >= 0.95
    assert t.history.train_acc.view()[-1] >= 0.95


def test_summary_keys_and_values():
    t = Trainer(SMALL.replace(epochs=2))
    t.run(10**9)
    s = t.summary()
    assert set(s) == {
        "epochs", "steps", "seconds", "steps_per_second", "train_loss", "train_accuracy", "val_loss",
        "val_accuracy", "diverged", "diverged_at_step", "engine", "task", "metric",
    }
    assert (s["task"], s["metric"]) == ("classify", "accuracy")
    assert s["engine"] == t.engine in ("compiled", "numpy")
    assert s["epochs"] == 2 and s["steps"] == t.step
    assert s["seconds"] >= 0 and s["diverged"] is False and s["diverged_at_step"] is None
    json.dumps(s, allow_nan=False)


@pytest.mark.parametrize("new_batch", [1, 7, 57, 10_000])
def test_batch_size_change_near_epoch_end(new_batch):
    """A batch size larger than what is left of the epoch (or than the data) still
    finishes the epoch with every sample used once."""
    t = Trainer(Config(samples=100, val_fraction=0.0, batch_size=16, epochs=0))
    t.run(6)  # 96 of 100 samples used: 4 left
    t.apply_live(t.config.replace(batch_size=new_batch))
    t.run_epoch()
    assert t.epoch == 1
    assert t.history.epoch_step.view()[-1] == t.step
    t.run_epoch()
    assert t.epoch == 2


def test_a_live_change_records_the_step_it_holds_from():
    """The schedule view draws a live lr change where the training process applied it
    (Snapshot.config_step), not where the next snapshot happened to show it."""
    from dlviz.training.session import Cursor, make_snapshot, trainer_state

    t = Trainer(Config(samples=60, hidden=(4,), epochs=0, lr=0.003))
    t.run(7)
    assert t.config_step == 0
    t.apply_live(t.config.replace(lr=0.05))
    t.apply_live(t.config)  # the same config again: no change
    t.run(30)
    assert t.config_step == 7
    snap = make_snapshot(t, 1, trainer_state(t, True), Cursor())
    assert (snap.step, snap.config_step, snap.config.lr) == (37, 7, 0.05)
