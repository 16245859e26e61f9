"""The watch speed in the window and the controller, and landscape requests through the worker."""

from __future__ import annotations

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training import landscape as _landscape
from dlviz.training.messages import Pace
from dlviz.ui.controller import RunController

TIMEOUT = 15_000


@pytest.fixture
def ctl(qtbot):
    c = RunController(Config(dataset="xor", samples=200, hidden=(4,), batch_size=20, epochs=0, seed=2))
    c.start()
    qtbot.waitUntil(lambda: c.frame is not None, timeout=TIMEOUT)
    yield c
    c.close()


@pytest.fixture
def sent(monkeypatch):
    """Every command the window's worker hands to a training process, as (sender, command):
    each process has a sender of its own."""
    from dlviz.ui import worker

    got = []
    real = worker._Sender.send

    def spy(self, cmd):
        got.append((self, cmd))
        return real(self, cmd)

    monkeypatch.setattr(worker._Sender, "send", spy)
    return got


def test_the_watch_speed_reaches_the_training_process(ctl, qtbot, sent):
    ctl.set_watch_speed(5)
    ctl.play()
    qtbot.waitUntil(lambda: ctl.frame.snap.epoch >= 1, timeout=TIMEOUT)
    assert [c for _, c in sent if isinstance(c, Pace)] == [Pace(5.0)]
    ctl.set_watch_speed(None)  # max: far past 5 a second on any machine
    e1 = ctl.frame.snap.epoch
    qtbot.waitUntil(lambda: ctl.frame.snap.epoch >= e1 + 100, timeout=TIMEOUT)
    assert [c for _, c in sent if isinstance(c, Pace)] == [Pace(5.0), Pace(None)]


class _Clock:
    """A perf_counter that the test moves: each reading is a millisecond after the last."""

    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        self.t += 0.001
        return self.t


@pytest.mark.parametrize("pace", [5.0, 0.5])
def test_the_training_process_takes_that_many_epochs_a_second(monkeypatch, pace):
    # The cause, counted on a clock the test drives: the steps a paced run may take
    # never run ahead of pace x steps per epoch x the time gone by.
    import types

    from dlviz.training import session as session_mod
    from dlviz.training.messages import NewRun

    clock = _Clock()
    monkeypatch.setattr(session_mod, "time", types.SimpleNamespace(perf_counter=clock, monotonic=clock,
                                                                   sleep=lambda s: None))

    class Out:
        def send(self, msg):
            pass

    s = session_mod.Session(Out())
    s.handle(NewRun(1, Config(dataset="xor", samples=200, hidden=(4,), batch_size=20, epochs=0, seed=2), play=True))
    s.handle(Pace(pace))
    t = s.runs[1].trainer
    per_second = pace * t.steps_per_epoch  # 8 steps an epoch
    t0, steps = clock.t, []
    for _ in range(2000):
        s.train_chunk()
        steps.append((clock.t - t0, t.step))
    for seconds, step in steps:
        assert step <= per_second * seconds + 1, (seconds, step)
    seconds, step = steps[-1]
    assert step >= 0.9 * per_second * seconds - 2  # and it keeps that pace: not slower
    s.handle(Pace(None))  # max: no limit from the clock
    before = t.step
    s.train_chunk()
    assert t.step - before > per_second * (clock.t - steps[-1][0] - t0) + 2


@pytest.mark.parametrize("bad", [0, -3, float("nan"), float("inf"), "fast", True])
def test_a_bad_watch_speed_changes_nothing(ctl, bad):
    ctl.set_watch_speed(10)
    with pytest.raises(ValueError, match="watch speed"):
        ctl.set_watch_speed(bad)
    assert ctl.watch_speed == 10.0


def test_the_toolbar_combo_follows_and_drives_the_controller(open_window, qtbot):
    w = open_window(Config(samples=100, hidden=(4,)))
    box = w.watch_speed_box
    assert box.objectName() == "watch_speed" and box.currentData() is None  # starts at max
    box.setCurrentIndex(box.findData(10))
    assert w.controller.watch_speed == 10.0
    w.set_watch_speed(3)  # a lesson's speed that the list lacks: added in order, shown
    assert box.currentData() == 3.0
    assert w.controller.watch_speed == 3.0  # (the insert moved the current item: that once set it back to 10)
    datas = [box.itemData(i) for i in range(box.count())]
    assert datas[:4] == [1, 2, 3.0, 5] and datas[-1] is None
    w.set_watch_speed(None)
    assert box.currentText() == "max"
    w.set_watch_speed(40)  # from "max", a speed inserted before it: it holds, not "max" again
    assert w.controller.watch_speed == 40.0 and box.currentData() == 40.0


def test_a_restarted_process_keeps_the_watch_speed(ctl, qtbot, sent):
    ctl.set_watch_speed(2)
    qtbot.waitUntil(lambda: [c for _, c in sent] == [Pace(2.0)], timeout=TIMEOUT)  # told to the first process
    first = {sender for sender, _ in sent}
    with qtbot.waitSignal(ctl.run_started, timeout=TIMEOUT):
        ctl.restart()
    qtbot.waitUntil(lambda: any(isinstance(c, Pace) for sender, c in sent if sender not in first), timeout=TIMEOUT)
    fresh = [c for sender, c in sent if sender not in first]
    # The new process is told its run, then the watch speed, which it had never heard.
    assert type(fresh[0]).__name__ == "NewRun" and fresh[1] == Pace(2.0)
    assert [c for c in fresh if isinstance(c, Pace)] == [Pace(2.0)]


def test_landscape_request_answers_with_the_runs_landscape(ctl, qtbot):
    ctl.set_watch_speed(None)
    for _ in range(4):
        with qtbot.waitSignal(ctl.frames_ready, timeout=TIMEOUT, check_params_cb=lambda fs: fs.primary.snap.epoch >= 1):
            ctl.step_epoch()
        qtbot.waitUntil(lambda: not ctl.playing and ctl.frame.state.value != "training", timeout=TIMEOUT)
    got = []
    ctl.landscape_ready.connect(lambda i, land: got.append((i, land)))
    rid = ctl.request_landscape("random", 9, seed=4)
    qtbot.waitUntil(lambda: bool(got), timeout=30_000)
    i, land = got[0]
    assert i == rid and land.loss.shape == (9, 9) and land.method == "random"
    assert np.isfinite(land.loss).all()
    # The centre of the slice is the run's loss at its current weights.
    assert land.loss[4, 4] == pytest.approx(land.center_loss, rel=1e-5)
    assert land.trajectory.shape[0] >= 4  # the start and the epochs trained


def test_landscape_failure_is_reported(ctl, qtbot):
    with qtbot.waitSignal(ctl.landscape_failed, timeout=TIMEOUT) as sig:
        rid = ctl.request_landscape("pca")  # no epoch trained yet: no trajectory
    assert sig.args[0] == rid and "train a few epochs" in sig.args[1]
