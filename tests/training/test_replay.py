"""Replay without a window: a run's weight snapshots (bounded, evenly spread, thinned as
the landscape's), drawn again at any of them, and the training process's answer."""

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training import headless, replay
from dlviz.training.messages import Control, NewRun, ReplayFrame, ReplayRequest
from dlviz.training.session import Session
from dlviz.training.trainer import Trainer

CFG = Config(dataset="spiral", classes=3, samples=200, hidden=(16, 16), activation="tanh", epochs=20,
             engine="numpy")


class _Out:
    def __init__(self):
        self.sent = []

    def send(self, msg):
        self.sent.append(msg)

    def replays(self):
        return [m for m in self.sent if isinstance(m, ReplayFrame)]


def test_a_timeline_is_bounded_and_stays_evenly_spread():
    t = Trainer(CFG.replace(epochs=0))
    tl = replay.Timeline(t, cap=64, stride=1)
    assert tl.cap == 64
    for _ in range(1000):
        t.run(1)
        tl.take()
    assert len(tl) <= 64  # the bound
    steps = tl.steps
    assert steps[0] == 0 and steps[-1] == 992  # the first, and the newest at a multiple of the stride
    gaps = np.diff(steps)
    assert len(set(gaps.tolist())) == 1 and gaps[0] == tl.stride == 16  # thinned four times: 1 -> 16
    tl.take(force=True)
    assert tl.steps[-1] == 1000
    assert np.all(np.diff(tl.epochs) > 0)


def test_the_bound_in_bytes_keeps_fewer_snapshots_of_a_big_net():
    t = Trainer(CFG.replace(hidden=(256, 256), epochs=0))
    tl = replay.Timeline(t, max_bytes=4 << 20)
    assert tl.cap == max(replay.MIN_SNAPSHOTS, (4 << 20) // t.net.flat.nbytes)
    assert tl.cap < replay.MAX_SNAPSHOTS


def test_take_records_each_stride_and_force_records_now():
    t = Trainer(CFG)
    tl = replay.Timeline(t, stride=10)
    t.run(5)
    assert not tl.take() and len(tl) == 1
    assert tl.take(force=True) and tl.steps[-1] == 5
    assert not tl.take(force=True)  # nothing new since
    t.run(5)
    assert tl.take() and tl.steps.tolist() == [0, 5, 10]
    assert tl.epochs[-1] == pytest.approx(10 / t.steps_per_epoch)


def test_the_centre_picture_at_a_snapshot_is_the_run_as_it_was():
    t = Trainer(CFG)
    tl = headless.animation_timeline(t, 20)
    with headless.blas_limited():
        headless.train(t, timeline=tl)
    assert len(tl) >= 21 and tl.steps[-1] == t.step
    player = replay.Player(t)
    last = player.picture(tl.weights(-1), 40).grid
    np.testing.assert_allclose(last, t.predict_grid(40), atol=1e-6)  # the last snapshot: the run now
    first = player.picture(tl.weights(0), 40).grid
    assert np.abs(first - last).max() > 0.3  # training changed the regions
    fresh = Trainer(CFG)  # the first snapshot: the initial weights
    np.testing.assert_allclose(first, fresh.predict_grid(40), atol=1e-6)
    np.testing.assert_array_equal(t.net.flat, tl.weights(-1))  # the run itself was not touched


def test_kinds_plug_their_own_picture_in(monkeypatch):
    t = Trainer(CFG)
    seen = []
    monkeypatch.setitem(replay.PICTURES, "points", lambda trainer, res: seen.append(res) or replay.Picture())
    assert replay.centre_picture(t, 7) == replay.Picture() and seen == [7]


@pytest.mark.parametrize("n, frames, expected", [(101, 100, 100), (10, 100, 10), (5, 2, 2), (1, 3, 1)])
def test_frame_indices_spread_over_the_snapshots(n, frames, expected):
    idx = replay.frame_indices(n, frames)
    assert len(idx) == expected and idx[-1] == n - 1 and len(set(idx.tolist())) == expected
    if expected > 1:
        assert idx[0] == 0


def test_the_training_process_draws_a_snapshot_on_request():
    out = _Out()
    s = Session(out)
    s.handle(NewRun(1, CFG))
    s.handle(Control("play"))
    while s.busy:
        s.train_chunk()
    run = s.runs[1]
    s.handle(ReplayRequest(7, 1, None))
    info = out.replays()[-1]
    assert info.request_id == 7 and info.index == -1 and info.grid is None
    assert info.steps[-1] == run.trainer.step and len(info.steps) == len(run.timeline) >= 2
    s.handle(ReplayRequest(8, 1, 0))
    s.handle(ReplayRequest(9, 1, -1))
    first, last = out.replays()[-2:]
    assert (first.index, last.index) == (0, len(info.steps) - 1)
    assert first.inside is not None and first.grid.shape == last.grid.shape == (3, 100, 100)
    np.testing.assert_allclose(last.grid, run.trainer.predict_grid(100), atol=1e-6)
    assert np.abs(first.grid - last.grid).max() > 0.3
    s.handle(ReplayRequest(10, 99, 0))  # no such run
    assert out.replays()[-1].error


@pytest.mark.parametrize("config, kind", [
    (Config(dataset="digits", samples=400, hidden=(16,), epochs=6, engine="numpy"), "image"),
    (Config(dataset="sine", hidden=(8,), epochs=30, engine="numpy"), "curve"),
])
def test_an_image_or_regression_run_replays_its_own_picture_at_the_snapshots_step(config, kind):
    """Images and regression draw an Evaluation, not a grid: the snapshot's, stamped with
    the snapshot's step (the views redraw on a new step; the twin never trains)."""
    out = _Out()
    s = Session(out)
    s.handle(NewRun(1, config))
    s.handle(Control("play"))
    while s.busy:
        s.train_chunk()
    s.handle(ReplayRequest(1, 1, None))
    steps = out.replays()[-1].steps
    s.handle(ReplayRequest(2, 1, 0))
    s.handle(ReplayRequest(3, 1, -1))
    first, last = out.replays()[-2:]
    assert first.evaluation.kind == last.evaluation.kind == kind
    assert (first.evaluation.step, last.evaluation.step) == (int(steps[0]), int(steps[-1])) and steps[-1] > steps[0]
    a, b = (first.evaluation.y_pred, last.evaluation.y_pred)
    assert not np.allclose(a, b)  # (the fresh net's predictions, then the trained one's)
