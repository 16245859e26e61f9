"""The watch speed in the window and the controller, and landscape requests through the worker."""

from __future__ import annotations

import time

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training import landscape as _landscape
from dlviz.ui.controller import RunController

TIMEOUT = 15_000


@pytest.fixture
def ctl(qtbot):
    c = RunController(Config(dataset="xor", samples=200, hidden=(4,), batch_size=20, epochs=0, seed=2))
    c.start()
    qtbot.waitUntil(lambda: c.frame is not None, timeout=TIMEOUT)
    yield c
    c.close()


def test_watch_speed_holds_training_to_that_many_epochs_a_second(ctl, qtbot):
    ctl.set_watch_speed(5)
    ctl.play()
    qtbot.waitUntil(lambda: ctl.frame.snap.epoch >= 1, timeout=TIMEOUT)
    t0, e0 = time.monotonic(), ctl.frame.snap.epoch
    qtbot.waitUntil(lambda: ctl.frame.snap.epoch >= e0 + 3, timeout=TIMEOUT)
    elapsed, epochs = time.monotonic() - t0, ctl.frame.snap.epoch - e0
    # An upper bound only (a busy machine may train slower, never faster): 5 epochs/s
    # plus the short catch-up a paced run is allowed, plus one frame's delay.
    assert epochs <= 5 * elapsed + 2, (epochs, elapsed)
    ctl.set_watch_speed(None)  # max: far past 5 a second on any machine
    e1 = ctl.frame.snap.epoch
    qtbot.waitUntil(lambda: ctl.frame.snap.epoch >= e1 + 100, timeout=TIMEOUT)


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
    datas = [box.itemData(i) for i in range(box.count())]
    assert datas[:4] == [1, 2, 3.0, 5] and datas[-1] is None
    w.set_watch_speed(None)
    assert box.currentText() == "max"


def test_a_restarted_process_keeps_the_watch_speed(ctl, qtbot):
    ctl.set_watch_speed(2)
    with qtbot.waitSignal(ctl.run_started, timeout=TIMEOUT):
        ctl.restart()
    ctl.pause()
    ctl.play()
    qtbot.waitUntil(lambda: ctl.frame.snap.epoch >= 1, timeout=TIMEOUT)
    t0, e0 = time.monotonic(), ctl.frame.snap.epoch
    qtbot.waitUntil(lambda: time.monotonic() - t0 > 1.0, timeout=TIMEOUT)
    assert ctl.frame.snap.epoch - e0 <= 2 * (time.monotonic() - t0) + 2


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
