"""The LR range test: its schedule, smoothing, early stop, bands, and a
suggestion that trains the reference job."""

import math

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training.lr_finder import BETA, STOP_FACTOR, find_lr, lr_schedule, smooth
from dlviz.training.trainer import Trainer

# benchmarks/engine_speed.py's reference job
JOB = Config(dataset="spiral", classes=3, samples=1200, noise=0.2, hidden=(32, 32), activation="relu",
             optimizer="adam", lr=0.01, schedule="constant", batch_size=32, epochs=20, val_fraction=0.0, seed=0)
SMALL = Config(dataset="xor", samples=300, hidden=(16, 16), batch_size=16, optimizer="momentum", seed=3)


def test_the_suggestion_trains_the_reference_job_to_90_percent_in_20_epochs():
    r = find_lr(JOB)
    assert 1e-4 < r.suggested_lr < 1.0
    t = Trainer(JOB.replace(lr=r.suggested_lr))
    t.run(10**9)
    assert t.epoch == 20 and not t.diverged
    assert t.evaluate()["train_accuracy"] >= 0.9


def test_schedule_is_exponential_from_1e5_to_10():
    lrs = lr_schedule(300)
    assert lrs[0] == pytest.approx(1e-5) and lrs[-1] == pytest.approx(10.0)
    ratios = lrs[1:] / lrs[:-1]
    np.testing.assert_allclose(ratios, (1e6) ** (1 / 299), rtol=1e-9)


def test_every_step_trains_at_its_lr_from_fresh_weights():
    # batch 1: one epoch (240 steps) is shorter than 300, so the test runs 300 steps
    config = SMALL.replace(batch_size=1)
    r = find_lr(config)
    assert r.planned_steps == 300
    np.testing.assert_allclose(r.lr, lr_schedule(300)[: len(r.lr)])
    # The same losses from a fresh trainer stepped by hand at those learning rates.
    t = Trainer(config.replace(epochs=0))
    for lr in r.lr[:60]:
        t.lr_at = lambda step, lr=float(lr): lr
        t.run(1)
    np.testing.assert_array_equal(r.loss[:60], t.history.step_loss.view()[:60])


def test_one_epoch_when_it_is_longer_than_300_steps():
    config = Config(dataset="blobs", samples=500, val_fraction=0.2, batch_size=1, optimizer="adam", seed=1)
    r = find_lr(config)
    assert r.planned_steps == 400  # 400 training points, batch 1


def test_smoothing_is_a_bias_corrected_running_mean():
    loss = np.array([2.0, 1.0, 4.0])
    b = BETA
    a1 = (1 - b) * 2.0
    a2 = b * a1 + (1 - b) * 1.0
    a3 = b * a2 + (1 - b) * 4.0
    np.testing.assert_allclose(smooth(loss), [a1 / (1 - b), a2 / (1 - b**2), a3 / (1 - b**3)])
    assert smooth(np.full(5, 3.0)) == pytest.approx([3.0] * 5)


def test_stops_early_when_the_smoothed_loss_passes_4x_its_minimum():
    r = find_lr(SMALL)
    assert r.stopped_early and len(r.lr) < r.planned_steps
    np.testing.assert_allclose(r.smoothed, smooth(r.loss))
    # the last step is the first past 4x the minimum so far
    assert r.smoothed[-1] > STOP_FACTOR * r.smoothed.min()
    running_min = np.minimum.accumulate(r.smoothed)
    assert (r.smoothed[:-1] <= STOP_FACTOR * running_min[:-1]).all()


def test_bands_tile_the_tried_range_and_hold_the_suggestion():
    r = find_lr(JOB)
    c, l, d = r.bands["crawls"], r.bands["learns"], r.bands["diverges"]
    assert c[0] == r.lr[0] and d[1] == r.lr[-1]
    assert c[1] == l[0] and l[1] == d[0] == r.min_lr
    assert c[0] <= c[1] <= r.suggested_lr <= l[1] <= d[1]
    i_min = int(np.argmin(r.smoothed))
    assert r.min_lr == r.lr[i_min]
    j = int(np.searchsorted(r.lr, l[0]))  # from the start of "learns" on, the curve stays lower
    start = r.smoothed[:20].mean()
    assert (r.smoothed[j : i_min + 1] <= start - 0.1 * (start - r.smoothed[i_min])).all()
    data = r.to_json()
    assert set(data) >= {"lr", "loss", "smoothed_loss", "suggested_lr", "bands"}
    assert data["bands"]["learns"] == list(l) and len(data["lr"]) == len(data["loss"])


def test_cancel_and_progress():
    seen = []
    r = find_lr(JOB, should_stop=lambda: len(seen) >= 2, progress=lambda d, t: seen.append((d, t)))
    assert r.cancelled and not r.stopped_early
    assert seen == [(25, 300), (50, 300)] and len(r.lr) == 50
    assert math.isfinite(r.suggested_lr)
