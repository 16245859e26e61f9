"""The LR finder dialog: the range test of the current settings, plotted; one click applies it."""

from __future__ import annotations

import math
import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from dlviz.config import Config
from dlviz.training.lr_finder import find_lr
from dlviz.training.session import limit_blas_threads
from dlviz.ui.lab import lr_finder as lab

TIMEOUT = 30_000
SMALL = Config(samples=200, hidden=(8,), seed=3)


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

    def fails(*a, **kw):
        raise ValueError("the range test stopped after 3 steps: too few to read a curve from")

    monkeypatch.setattr(lab, "find_lr", fails)
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


def test_cancel_stops_the_test_and_says_so(open_window, qtbot, monkeypatch):
    w = open_window(SMALL)
    started, ended = threading.Event(), threading.Event()

    def slow(config, dataset=None, should_stop=None, progress=None):
        started.set()
        while not should_stop():  # polls as find_lr does
            threading.Event().wait(0.01)
        ended.set()
        return find_lr(config, dataset, lambda: True)

    monkeypatch.setattr(lab, "find_lr", slow)
    dialog = open_finder(w, qtbot)
    assert "Computing" in dialog.status.text()
    cancel = dialog.findChild(QPushButton, "cancel_lr")
    assert cancel.isEnabled()
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.computed, timeout=TIMEOUT) as got:
        cancel.click()
    assert got.args == [None] and "Cancelled" in dialog.status.text()
    qtbot.waitUntil(ended.is_set, timeout=TIMEOUT)
    dialog._thread.join(10)
    assert not dialog._thread.is_alive()
    assert dialog.result is None and not dialog.findChild(QPushButton, "use_lr").isEnabled()
