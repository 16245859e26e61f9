"""The LR finder dialog: the range test of the current settings, plotted; one click applies it."""

from __future__ import annotations

import math
import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from dlviz.config import Config
from dlviz.data import Dataset
from dlviz.training.lr_finder import find_lr
from dlviz.training.session import limit_blas_threads
from dlviz.ui.lab import lr_finder as lab

TIMEOUT = 30_000
SMALL = Config(samples=200, hidden=(8,), seed=3)
# A long range test: 160,000 steps of batch 1 (one epoch) through 128,128 units on the NumPy
# engine, seconds where a cancel or a restart takes milliseconds (with 8 units on the compiled
# engine the whole test ended first on a fast machine, and the test saw a result).
LONG = SMALL.replace(samples=200_000, batch_size=1, hidden=(128, 128), engine="numpy")


def open_finder(w, qtbot):
    w.labs.lr_finder.action.trigger()
    dialog = w.findChild(QDialog, "lr_finder_dialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def wait_result(dialog, qtbot):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    return dialog.result


def test_the_menu_entry_runs_the_test_and_its_result_is_find_lrs(open_window, qtbot):
    w = open_window(SMALL)
    assert w.labs.lr_finder.action.objectName() == "find_lr_action"
    assert w.labs.lr_finder.action in w.menuBar().findChild(type(w.menuBar().actions()[0].menu()), "train_menu").actions()
    dialog = open_finder(w, qtbot)
    r = wait_result(dialog, qtbot)
    assert r is not None, dialog.error
    with limit_blas_threads():
        expected = find_lr(SMALL)
    np.testing.assert_array_equal(r.lr, expected.lr)
    np.testing.assert_array_equal(r.smoothed, expected.smoothed)
    assert r.suggested_lr == expected.suggested_lr and r.bands == expected.bands
    # What is drawn: the smoothed and raw curves on a log lr axis, the bands, the suggestion.
    plot = dialog.plot
    assert plot.plot_item.ctrl.logXCheck.isChecked()
    np.testing.assert_array_equal(plot.smooth_curve.xData, r.lr)
    np.testing.assert_array_equal(plot.smooth_curve.yData, r.smoothed)
    np.testing.assert_array_equal(plot.raw_curve.yData, r.loss[np.isfinite(r.loss)])
    assert plot.getAxis("bottom").labelText == "learning rate"
    assert plot.getAxis("left").labelText == "loss (smoothed)"
    for key, (lo, hi) in r.bands.items():
        assert plot.bands[key].getRegion() == pytest.approx((math.log10(lo), math.log10(hi)))
        assert plot.band_labels[key].toPlainText() == key
    assert plot.suggested_line.value() == pytest.approx(math.log10(r.suggested_lr))
    assert f"{r.suggested_lr:.3g}" in plot.suggested_line.label.toPlainText()
    assert f"{r.suggested_lr:.3g}" in dialog.status.text()
    # The run being trained was not touched.
    assert w.config == SMALL


def test_use_applies_exactly_the_suggested_lr(open_window, qtbot):
    w = open_window(SMALL)
    run = w.run_id
    dialog = open_finder(w, qtbot)
    use = dialog.findChild(QPushButton, "use_lr")
    r = wait_result(dialog, qtbot)
    assert r is not None and use.isEnabled()
    use.click()
    assert w.config.lr == r.suggested_lr
    assert w.config == SMALL.replace(lr=r.suggested_lr)
    assert w.panel.control("lr").value() == pytest.approx(r.suggested_lr, rel=1e-3)
    # A live change: the same run goes on with its weights.
    qtbot.waitUntil(lambda: w.frame.snap.config.lr == r.suggested_lr, timeout=TIMEOUT)
    assert w.run_id == run


def test_an_error_shows_in_the_dialog(open_window, qtbot, monkeypatch):
    w = open_window(SMALL)
    # Data whose first feature overflows float32: the range test's trainer (in the training
    # process) blows up at its first step, and the test fails with too few steps.
    X = np.random.default_rng(0).normal(size=(200, 2))
    X[:, 0] *= 1e300
    huge = Dataset(X, (X[:, 1] > 0).astype(int), ("a", "b"), "huge")
    monkeypatch.setattr(lab, "dataset_for", lambda controller: huge)
    dialog = open_finder(w, qtbot)
    with qtbot.waitSignal(dialog.computed, timeout=TIMEOUT) as got:
        pass
    assert got.args == [None] and dialog.result is None
    assert "too few to read a curve" in dialog.status.text()
    assert not dialog.findChild(QPushButton, "use_lr").isEnabled()
    assert dialog.findChild(QPushButton, "rerun_lr").isEnabled()
    assert dialog.isVisible() and w.config == SMALL


def test_a_real_failure_of_the_test_is_reported_too(open_window, qtbot):
    """A csv-backed config whose file is gone: the test cannot make its data."""
    w = open_window(SMALL)
    w.controller.config = SMALL.replace(csv="/nonexistent/points.csv")  # as if the file went away
    w.controller.csv_dataset = None
    dialog = open_finder(w, qtbot)
    wait_result(dialog, qtbot)
    assert dialog.result is None and dialog.error
    assert "points.csv" in dialog.status.text()


def test_cancel_stops_the_test_and_says_so(open_window, qtbot):
    w = open_window(SMALL)
    w.controller.config = LONG  # far longer than the test takes to cancel it
    c = w.controller
    answers = []  # every answer the training process sends, the dropped ones too
    c.lr_finder_ready.connect(lambda rid, r, error: answers.append((rid, r, error)))
    progress = []
    c.lr_finder_progress.connect(lambda rid, n, planned: progress.append((rid, n, planned)))
    dialog = open_finder(w, qtbot)
    request = dialog._token
    assert "Computing" in dialog.status.text()
    cancel = dialog.findChild(QPushButton, "cancel_lr")
    assert cancel.isEnabled()
    qtbot.waitUntil(lambda: bool(progress), timeout=TIMEOUT)  # it has started, in the training process
    assert progress[0][0] == request and progress[0][2] == 160_000
    assert "of 160000" in dialog.status.text()
    with qtbot.waitSignal(dialog.computed, timeout=TIMEOUT) as got:
        cancel.click()
    assert got.args == [None] and "Cancelled" in dialog.status.text()
    # The process's test saw the cancel: it answers, cancelled, long before its end (and the dialog drops it).
    qtbot.waitUntil(lambda: bool(answers), timeout=TIMEOUT)
    rid, r, error = answers[0]
    assert rid == request and error == "" and r.cancelled and len(r.lr) < r.planned_steps == 160_000
    assert "Cancelled" in dialog.status.text()
    assert dialog.result is None and not dialog.findChild(QPushButton, "use_lr").isEnabled()


def test_the_test_trains_in_the_training_process_not_in_the_window(open_window, qtbot, monkeypatch):
    """Issue 20 item 5: the window's process never trains for the LR finder."""
    from dlviz.engine.network import MLP
    from dlviz.training import lr_finder as finder
    from dlviz.training.trainer import Trainer

    with limit_blas_threads():
        expected = find_lr(SMALL)
    w = open_window(SMALL)
    threads = {t.ident for t in threading.enumerate()}

    def trains_here(*a, **kw):
        raise AssertionError("the window's process trained")

    # In this (the window's) process, training or running the range test fails.
    monkeypatch.setattr(MLP, "train_grads", trains_here)
    monkeypatch.setattr(Trainer, "run", trains_here)
    monkeypatch.setattr(finder, "find_lr", trains_here)
    progress = []
    w.controller.lr_finder_progress.connect(lambda rid, n, planned: progress.append(n))
    dialog = open_finder(w, qtbot)
    assert {t.ident for t in threading.enumerate()} <= threads  # no thread of its own here
    r = wait_result(dialog, qtbot)
    assert r is not None, dialog.error
    np.testing.assert_array_equal(r.smoothed, expected.smoothed)
    assert r.suggested_lr == expected.suggested_lr
    assert progress and progress[-1] == len(r.lr)  # its progress came from the training process too


def test_a_training_process_that_dies_during_the_test_fails_it(open_window, qtbot):
    w = open_window(SMALL)
    w.controller.config = LONG  # far longer than the restart takes
    progress = []
    w.controller.lr_finder_progress.connect(lambda rid, n, planned: progress.append(n))
    dialog = open_finder(w, qtbot)
    qtbot.waitUntil(lambda: bool(progress), timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.computed, timeout=TIMEOUT) as got:
        w.controller.restart()  # kills the process; the window starts a new one
    assert got.args == [None] and dialog.result is None and not dialog.busy
    assert "restarted" in dialog.status.text() and dialog.error
    assert dialog.findChild(QPushButton, "rerun_lr").isEnabled()


def test_with_no_training_process_the_test_says_so_at_once(open_window, qtbot):
    import os
    import signal

    from dlviz.training.messages import RunState

    w = open_window(SMALL)
    os.kill(w.controller.training_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: w.controller.state == RunState.ERROR and w.controller.training_pid is None,
                    timeout=TIMEOUT)
    dialog = open_finder(w, qtbot)
    with qtbot.waitSignal(dialog.computed, timeout=TIMEOUT) as got:
        pass
    assert got.args == [None] and dialog.result is None and not dialog.busy
    assert "not running" in dialog.status.text() and "Play" in dialog.status.text()
    assert dialog.findChild(QPushButton, "rerun_lr").isEnabled()
