"""The watch speed (Pace) and landscape requests in the training process's loop."""

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training import landscape as _landscape
from dlviz.training import session as session_mod
from dlviz.training.messages import Control, LandscapeReady, LandscapeRequest, NewRun, Pace
from dlviz.training.session import PACE_BURST, Session
from dlviz.training.trainer import Trainer


class _Out:
    def __init__(self):
        self.sent = []

    def send(self, msg):
        self.sent.append(msg)


class _Clock:
    """A perf_counter the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def perf_counter(self):
        return self.now


CFG = Config(dataset="xor", samples=200, hidden=(4,), batch_size=10, epochs=1000, seed=3)


@pytest.fixture
def clock(monkeypatch):
    c = _Clock()
    monkeypatch.setattr(session_mod.time, "perf_counter", c.perf_counter)
    return c


def _playing(pace):
    s = Session(_Out())
    s.handle(NewRun(1, CFG, play=False))
    s.handle(Pace(pace))
    s.handle(Control("play"))
    return s


def test_pace_trains_that_many_epochs_a_second(clock):
    s = _playing(4.0)
    spe = s.runs[1].trainer.steps_per_epoch
    for _ in range(200):  # two seconds in 10 ms ticks
        clock.now += 0.01
        s.train_chunk()
    steps = s.runs[1].trainer.step
    assert abs(steps - 8 * spe) <= 1, (steps, spe)


def test_pace_does_not_burst_after_a_long_gap(clock):
    s = _playing(10.0)
    spe = s.runs[1].trainer.steps_per_epoch
    clock.now += 60.0  # the machine slept: a minute of credit must not arrive at once
    s.train_chunk()
    assert 1 <= s.runs[1].trainer.step <= max(1, int(10 * spe * PACE_BURST))


def test_wait_seconds_until_the_next_step(clock):
    s = _playing(1.0)
    spe = s.runs[1].trainer.steps_per_epoch
    clock.now += 1.0 / spe  # one step's worth
    s.train_chunk()
    assert s.runs[1].trainer.step == 1
    assert s.wait_seconds() == pytest.approx(1.0 / spe, rel=1e-6)
    clock.now += 0.5 / spe
    assert s.wait_seconds() == pytest.approx(0.5 / spe, rel=1e-6)


def test_no_pace_is_as_fast_as_it_goes(clock):
    s = _playing(None)
    clock.now += 0.01
    s.train_chunk()  # the fake clock never reaches the deadline: the slice runs until the epoch checks end it
    assert s.wait_seconds() == 0.0
    assert s.runs[1].trainer.step > 10


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf"), "fast"])
def test_a_bad_pace_is_refused(bad):
    s = Session(_Out())
    with pytest.raises(ValueError, match="watch speed"):
        s.handle(Pace(bad))
    assert s.pace is None


def _answer(s: Session, request_id: int) -> LandscapeReady:
    """Wait for the background thread's answer, then let the loop send it."""
    s.results.put(s.results.get(timeout=60))
    s.send_results()
    return [m for m in s.out.sent if isinstance(m, LandscapeReady) and m.request_id == request_id][0]


def test_landscape_of_a_run_matches_the_direct_computation():
    s = Session(_Out())
    cfg = Config(dataset="spiral", samples=150, hidden=(6,), epochs=30, seed=1)
    s.handle(NewRun(1, cfg, play=False))
    for _ in range(5):
        s.handle(Control("step"))
        while s.busy:
            s.train_chunk()
    run = s.runs[1]
    assert len(run.snapshots) == 6  # the start and five epoch ends
    weights = run.trainer.net.flat.copy()
    s.handle(LandscapeRequest(7, 1, "pca", 11, 0))
    msg = _answer(s, 7)
    assert (msg.request_id, msg.run_id, msg.error) == (7, 1, "")
    expected = _landscape.landscape(run.trainer, run.snapshots.array, "pca", 11)
    np.testing.assert_allclose(msg.landscape.loss, expected.loss, rtol=1e-6)
    np.testing.assert_array_equal(msg.landscape.center, weights)
    assert msg.landscape.trajectory.shape == (6, 2)
    assert s.pending == 0


def test_landscape_before_training_says_why():
    s = Session(_Out())
    s.handle(NewRun(1, CFG, play=False))
    s.handle(LandscapeRequest(1, None, "pca"))
    msg = [m for m in s.out.sent if isinstance(m, LandscapeReady)][0]
    assert msg.landscape is None and "train a few epochs" in msg.error
    s.handle(LandscapeRequest(2, None, "sideways"))
    msg = _answer(s, 2)
    assert "unknown landscape method" in msg.error


def test_snapshots_are_thinned_past_the_limit(monkeypatch):
    monkeypatch.setattr(session_mod, "MAX_SNAPSHOTS", 8)
    t = Trainer(CFG)
    run = session_mod._Run(1, t, None)
    for _ in range(20):
        t.run_epoch()
        run.take_snapshot()
    assert len(run.snapshots) <= 8
    np.testing.assert_array_equal(run.snapshots.array[-1], t.net.flat)
