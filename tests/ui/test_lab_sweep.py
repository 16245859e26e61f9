"""The sweep dialog: a grid trained in worker processes, a heatmap of the cells, a click opens one."""

from __future__ import annotations

import os
import signal

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QProgressBar, QPushButton, QSpinBox

from dlviz.config import Config
from dlviz.training.sweep import run_sweep
from dlviz.ui.lab import sweep as lab

TIMEOUT = 60_000
TINY = Config(samples=60, hidden=(4,), batch_size=16, seed=5)


def open_sweep(w):
    w.labs.sweep.action.trigger()
    dialog = w.findChild(QDialog, "sweep_dialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def set_axes(dialog, first, second=None):
    for n, axis in ((1, first), (2, second)):
        key = dialog.findChild(QComboBox, f"sweep_key{n}")
        values = dialog.findChild(QLineEdit, f"sweep_values{n}")
        if axis is None:
            key.setCurrentIndex(key.findData(""))
        else:
            key.setCurrentIndex(key.findData(axis[0]))
            values.setText(",".join(axis[1]))


def two_worker_dialog(w, lrs, epochs):
    """The window's sweep dialog, set for a sweep of ``lrs`` of ``epochs`` epochs on 2 workers."""
    dialog = open_sweep(w)
    set_axes(dialog, ("lr", lrs))
    dialog.findChild(QSpinBox, "sweep_epochs").setValue(epochs)
    dialog.findChild(QSpinBox, "sweep_workers").setValue(2)
    return dialog


def click_cell(qtbot, heatmap, row, col):
    vb = heatmap.plot_item.getViewBox()
    pos = heatmap.mapFromScene(vb.mapViewToScene(QPointF(col + 0.5, row + 0.5)))
    qtbot.mouseClick(heatmap.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_small_sweep_fills_the_heatmap_and_a_click_opens_a_cell(open_window, qtbot):
    w = open_window(TINY)
    assert w.labs.sweep.action.objectName() == "sweep_action"
    dialog = open_sweep(w)
    axes = {"lr": ("0.01", "0.1"), "batch_size": ("8", "32")}
    set_axes(dialog, ("lr", axes["lr"]), ("batch_size", axes["batch_size"]))
    dialog.findChild(QSpinBox, "sweep_epochs").setValue(3)
    dialog.findChild(QSpinBox, "sweep_workers").setValue(min(2, os.cpu_count() or 1))
    with qtbot.waitSignal(dialog.finished_sweep, timeout=TIMEOUT) as got:
        dialog.findChild(QPushButton, "sweep_run").click()
        assert dialog.busy and not dialog.findChild(QPushButton, "sweep_run").isEnabled()
    r = got.args[0]
    assert r is not None and not r.cancelled, dialog.error
    bar = dialog.findChild(QProgressBar, "sweep_progress")
    assert bar.maximum() == 4 and bar.value() == 4
    # The same cells as run_sweep gives for the same base (each = that config alone).
    expected = run_sweep(TINY.replace(epochs=3), axes, workers=1)
    got_cells = [c["val_loss"] for c in r.cells]
    assert got_cells == [c["val_loss"] for c in expected.cells]
    # The heatmap: rows are lr, columns batch_size, each cell its number.
    hm = dialog.heatmap
    assert hm.shape == (2, 2)
    np.testing.assert_array_equal(hm.values.ravel(), got_cells)
    assert [t.toPlainText() for t in hm.texts] == [f"{v:.3g}" for v in got_cells]
    bottom, left = hm.plot_item.getAxis("bottom"), hm.plot_item.getAxis("left")
    assert bottom.labelText == "Batch size" and left.labelText == "Learning rate"  # the control panel's names
    assert [t[1] for t in bottom._tickLevels[0]] == ["8", "32"]
    assert [t[1] for t in left._tickLevels[0]] == ["0.01", "0.1"]
    # Beside it the colour bar: the metric's name and the range of the cells' values.
    assert hm.bar.levels() == (min(got_cells), max(got_cells)) == hm.levels
    assert hm.bar.axis.labelText == "validation loss"
    assert "diverged" in hm.legend.text
    # The switch: validation accuracy, in %, on a bar from 0 to 100 %.
    metric = dialog.findChild(QComboBox, "sweep_metric")
    metric.setCurrentIndex(metric.findData("val_accuracy"))
    assert [t.toPlainText() for t in hm.texts] == [f"{100 * c['val_accuracy']:.3g}%" for c in r.cells]
    assert hm.bar.levels() == (0.0, 100.0) and hm.bar.axis.labelText == "validation accuracy (%)"
    # A click on the cell lr=0.1, batch_size=8 (row 1, column 0) makes it the current run.
    run = w.run_id
    click_cell(qtbot, hm, 1, 0)
    assert w.config == TINY.replace(lr=0.1, batch_size=8, epochs=3)
    assert "Learning rate = 0.1, Batch size = 8" in dialog.status.text()
    qtbot.waitUntil(lambda: w.run_id != run and w.frame.run_id == w.run_id, timeout=TIMEOUT)
    assert w.frame.config == TINY.replace(lr=0.1, batch_size=8, epochs=3)


def test_cells_appear_as_they_finish_and_the_colour_bar_grows_with_them(open_window, qtbot, monkeypatch):
    import threading

    from dlviz.training import sweep as sweeps

    # One worker, in the sweep's thread: each cell waits for its gate, so the test says when it ends.
    gates = [threading.Event() for _ in range(3)]
    real = sweeps.train_cell

    def gated(config, dataset=None, stop=None, label="", keep_state=False):
        i = [lbl for lbl, _ in dialog.grid].index(label)
        while not gates[i].wait(0.05):  # a cancel (the window closing) still ends it
            if stop is not None and stop():
                return None
        return real(config, dataset, stop, label, keep_state)

    monkeypatch.setattr(sweeps, "train_cell", gated)
    w = open_window(TINY)
    dialog = open_sweep(w)
    set_axes(dialog, ("lr", ("0.01", "0.1", "1")))
    dialog.findChild(QSpinBox, "sweep_epochs").setValue(3)
    dialog.findChild(QSpinBox, "sweep_workers").setValue(1)
    dialog.in_process = True  # the gates live in this process
    assert dialog.start()
    hm = dialog.heatmap
    assert [t.toPlainText() for t in hm.texts] == ["…"] * 3 and hm.levels is None
    want = [real(TINY.replace(lr=lr, epochs=3))["val_loss"] for lr in (0.01, 0.1, 1.0)]

    def shown(i):
        return hm.texts[i].toPlainText() != "…"

    gates[0].set()
    qtbot.waitUntil(lambda: shown(0), timeout=TIMEOUT)
    assert dialog.busy  # the sweep goes on: cells 1 and 2 wait for their gates
    assert hm.texts[0].toPlainText() == f"{want[0]:.3g}" and hm.values[0, 0] == want[0]
    assert [t.toPlainText() for t in hm.texts[1:]] == ["…", "…"] and np.isnan(hm.values[0, 1:]).all()
    assert hm.levels == (want[0], want[0])
    assert dialog.findChild(QProgressBar, "sweep_progress").value() == 1
    # The second cell: the bar's range spans the two cells so far.
    gates[1].set()
    qtbot.waitUntil(lambda: shown(1), timeout=TIMEOUT)
    assert dialog.busy and hm.texts[2].toPlainText() == "…"
    assert hm.bar.levels() == (min(want[:2]), max(want[:2]))
    with qtbot.waitSignal(dialog.finished_sweep, timeout=TIMEOUT) as got:
        gates[2].set()
    assert [c["val_loss"] for c in got.args[0].cells] == want
    assert [t.toPlainText() for t in hm.texts] == [f"{v:.3g}" for v in want]
    assert hm.bar.levels() == (min(want), max(want))


def test_cell_text_reads_on_dark_and_light_cells():
    assert lab.ink((68, 1, 84)) == (255, 255, 255)  # viridis' dark end
    assert lab.ink((253, 231, 37)) == (0, 0, 0)  # its bright end
    for t in np.linspace(0, 1, 33):  # every colour of the map: at least 4.5:1 (WCAG AA)
        rgb = pg.colormap.get("viridis").map(np.array([t]), mode="byte")[0]
        lum, ink = lab._luminance(rgb), lab._luminance(lab.ink(rgb))
        assert (max(lum, ink) + 0.05) / (min(lum, ink) + 0.05) >= 4.5
    assert lab.cell_text(None, "val_loss", pending=True) == "…"
    assert lab.cell_text(None, "val_loss") == "not run"


def test_diverged_cells_are_marked(open_window, qtbot):
    w = open_window(TINY.replace(optimizer="sgd"))
    dialog = open_sweep(w)
    set_axes(dialog, ("lr", ("0.01", "80")))
    dialog.findChild(QSpinBox, "sweep_epochs").setValue(5)
    dialog.findChild(QSpinBox, "sweep_workers").setValue(1)
    with qtbot.waitSignal(dialog.finished_sweep, timeout=TIMEOUT) as got:
        dialog.start()
    r = got.args[0]
    assert r is not None and [c["diverged"] for c in r.cells] == [False, True]
    # One worker is still a process of its own: never the window's (its GIL is the event loop's).
    assert len(r.worker_pids) == 1 and os.getpid() not in r.worker_pids
    hm = dialog.heatmap
    assert hm.shape == (1, 2)
    assert "diverged" in hm.texts[1].toPlainText() and "diverged" not in hm.texts[0].toPlainText()
    assert np.isnan(hm.values[0, 1]) and np.isfinite(hm.values[0, 0])
    assert "1 diverged" in dialog.status.text()


def test_cancel_ends_the_sweep_and_says_cancelled(open_window, qtbot):
    w = open_window(Config(samples=2000, batch_size=1, seed=1))
    dialog = open_sweep(w)
    set_axes(dialog, ("lr", ("0.001", "0.01")), ("neurons", ("8", "16")))
    dialog.findChild(QSpinBox, "sweep_epochs").setValue(10_000)  # minutes: only a cancel ends it
    dialog.findChild(QSpinBox, "sweep_workers").setValue(2)
    assert dialog.start()
    with qtbot.waitSignal(dialog.finished_sweep, timeout=TIMEOUT) as got:
        dialog.findChild(QPushButton, "sweep_cancel").click()
    r = got.args[0]
    assert r is not None and r.cancelled
    assert "Cancelled" in dialog.status.text()
    assert dialog.wait(5.0) and not dialog.busy
    assert dialog.findChild(QPushButton, "sweep_run").isEnabled()
    for pid in r.worker_pids:  # every worker process is gone
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_bad_grid_is_said_in_the_dialog(open_window, qtbot):
    w = open_window(TINY)
    dialog = open_sweep(w)
    set_axes(dialog, ("lr", ("0.1",)))
    assert not dialog.start()
    assert "2 to 8 values" in dialog.status.text() and not dialog.busy
    set_axes(dialog, ("lr", ("0.1", "fast")))
    assert not dialog.start()
    assert "lr" in dialog.status.text()
    set_axes(dialog, ("lr", ("0.1", "0.2")), ("lr", ("0.3", "0.4")))
    assert not dialog.start()
    assert "twice" in dialog.status.text()
    assert w.config == TINY


def test_the_dialogs_keys_are_the_comparisons_but_epochs(open_window):
    from dlviz.ui.compare import comparable_keys

    w = open_window(TINY)
    dialog = open_sweep(w)
    key = dialog.findChild(QComboBox, "sweep_key1")
    assert [key.itemData(i) for i in range(key.count())] == [k for k in comparable_keys() if k != "epochs"]
    assert lab.sweepable_keys() == [k for k in comparable_keys() if k != "epochs"]


def _workers_of(pid):
    """The sweep workers among the children of process ``pid`` (from /proc)."""
    def read(path, mode="r"):
        with open(path, mode) as f:
            return f.read()

    kids = [int(k) for t in os.listdir(f"/proc/{pid}/task") for k in read(f"/proc/{pid}/task/{t}/children").split()]
    return [k for k in kids if b"dlviz.training.sweep" in read(f"/proc/{k}/cmdline", "rb")]


def _gone(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


SLOW = Config(samples=2000, batch_size=1, seed=1)

needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads /proc (Linux)")


@needs_proc
def test_a_stopped_worker_is_noticed_and_said(open_window, qtbot, monkeypatch):
    from dlviz.training import sweep as sweeps

    monkeypatch.setattr(sweeps, "WATCHDOG", 2.0)  # (10 s in use)
    monkeypatch.setattr(sweeps, "STARTUP", 2.0)
    dialog = two_worker_dialog(open_window(SLOW), ("0.001", "0.01"), 10_000)  # minutes: only the watchdog ends it
    assert dialog.start()
    qtbot.waitUntil(lambda: len(_workers_of(os.getpid())) == 2, timeout=TIMEOUT)
    workers = _workers_of(os.getpid())
    with qtbot.waitSignal(dialog.finished_sweep, timeout=TIMEOUT) as got:
        os.kill(workers[0], signal.SIGSTOP)
    assert got.args[0] is None and "has not answered" in dialog.error
    assert "The sweep failed" in dialog.status.text() and not dialog.busy
    assert dialog.findChild(QPushButton, "sweep_run").isEnabled()
    assert all(_gone(p) for p in workers)  # the stopped one too: nothing is left to wait for at exit


@needs_proc
def test_cancel_ends_a_sweep_with_a_stopped_worker(open_window, qtbot):
    dialog = two_worker_dialog(open_window(SLOW), ("0.001", "0.01"), 10_000)
    assert dialog.start()
    qtbot.waitUntil(lambda: len(_workers_of(os.getpid())) == 2, timeout=TIMEOUT)
    workers = _workers_of(os.getpid())
    os.kill(workers[0], signal.SIGSTOP)
    with qtbot.waitSignal(dialog.finished_sweep, timeout=TIMEOUT) as got:
        dialog.findChild(QPushButton, "sweep_cancel").click()
    assert got.args[0] is not None and got.args[0].cancelled
    dialog.close()
    assert dialog.wait(5.0)
    assert all(_gone(p) for p in workers)  # Python's exit would otherwise wait for the stopped one


@needs_proc
def test_a_second_sweep_reuses_the_workers_and_closing_the_dialog_ends_them(open_window, qtbot):
    dialog = two_worker_dialog(open_window(TINY), ("0.01", "0.1"), 3)
    runs = []
    for _ in range(2):
        with qtbot.waitSignal(dialog.finished_sweep, timeout=TIMEOUT) as got:
            dialog.findChild(QPushButton, "sweep_run").click()
        assert got.args[0] is not None and got.args[0].done == 2, dialog.error
        runs.append(sorted(got.args[0].worker_pids))
    assert runs[0] == runs[1] and len(runs[0]) == 2  # the same processes: the second started at once
    assert sorted(_workers_of(os.getpid())) == runs[0]  # waiting for a third
    dialog.done(0)  # Close
    qtbot.waitUntil(lambda: all(_gone(p) for p in runs[0]), timeout=TIMEOUT)


def test_before_the_first_sweep_the_grid_is_shown_empty(open_window):
    w = open_window(TINY)
    dialog = open_sweep(w)
    # The README's defaults: 5 learning rates x 4 batch sizes, 20 epochs.
    assert dialog.findChild(QComboBox, "sweep_key1").currentData() == "lr"
    assert dialog.findChild(QLineEdit, "sweep_values1").text() == "0.0003,0.003,0.03,0.3,3"
    assert dialog.findChild(QComboBox, "sweep_key2").currentData() == "batch_size"
    assert dialog.findChild(QLineEdit, "sweep_values2").text() == "1,8,32,128"
    assert dialog.findChild(QSpinBox, "sweep_epochs").value() == 20
    bar = dialog.findChild(QProgressBar, "sweep_progress")
    assert (bar.value(), bar.maximum()) == (0, 20) and bar.text() == "0 of 20 cells"
    hm = dialog.heatmap
    assert hm.shape == (5, 4) and [t.toPlainText() for t in hm.texts] == [""] * 20
    assert hm.plot_item.getViewBox().viewRange() == [[0, 4], [0, 5]]  # the cells, not -0.4..0.4
    assert [t[1] for t in hm.plot_item.getAxis("left")._tickLevels[0]] == ["0.0003", "0.003", "0.03", "0.3", "3"]
    assert hm.plot_item.getAxis("bottom").labelText == "Batch size"
    set_axes(dialog, ("lr", ("0.1", "0.2", "0.3")))  # the picks change: so does the preview
    assert hm.shape == (1, 3) and bar.text() == "0 of 3 cells"
    set_axes(dialog, ("lr", ("",)))
    assert bar.text() == "no cells"
    assert dialog.result is None and not dialog.busy


def test_the_dialog_and_the_heatmap_speak_korean(qapp, open_window):
    from dlviz.ui import i18n

    assert i18n.install(qapp, "ko") == "ko"
    try:
        w = open_window(TINY)
        dialog = open_sweep(w)
        key = dialog.findChild(QComboBox, "sweep_key1")
        texts = {key.itemData(i): key.itemText(i) for i in range(key.count())}
        assert (texts["lr"], texts["optimizer"], texts["batch_size"]) == ("학습률", "옵티마이저", "배치 크기")
        assert all(t != k for k, t in texts.items())  # the control panel's names: no raw key left
        hm = dialog.heatmap
        assert hm.plot_item.getAxis("bottom").labelText == "배치 크기"
        assert hm.plot_item.getAxis("left").labelText == "학습률"
    finally:
        i18n.uninstall(qapp)


@pytest.mark.slow  # a program with its worker processes
@needs_proc
def test_the_program_ends_after_cancel_and_close_with_a_stopped_worker(tmp_path):
    # The whole program, as a user runs it: a worker stopped (SIGSTOP), Cancel, the dialog and the
    # window closed: the process ends (it once waited forever for the stopped worker at exit).
    import subprocess
    import sys
    import textwrap

    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent("""
        import os, signal, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from dlviz.config import Config
        from dlviz.ui.main_window import MainWindow
        from dlviz.ui.lab import sweep as lab

        app = QApplication(sys.argv)
        w = MainWindow(Config(samples=2000, batch_size=1, seed=1))
        w.show()
        d = lab.open_dialog(w)
        d.rows[0][1].setText("0.001,0.01")
        d.rows[1][0].setCurrentIndex(d.rows[1][0].findData(""))
        d.epochs.setValue(10_000)
        d.workers.setValue(2)
        assert d.start()

        def workers():
            kids = []
            for t in os.listdir("/proc/self/task"):
                with open(f"/proc/self/task/{t}/children") as f:
                    kids += [int(k) for k in f.read().split()]
            out = []
            for k in kids:
                with open(f"/proc/{k}/cmdline", "rb") as f:
                    if b"dlviz.training.sweep" in f.read():
                        out.append(k)
            return out

        def check():
            found = workers()
            if len(found) < 2:
                return
            timer.stop()
            os.kill(found[0], signal.SIGSTOP)
            print(*found, flush=True)
            d.cancel_button.click()
            d.close()
            w.close()
            app.quit()

        timer = QTimer()
        timer.timeout.connect(check)
        timer.start(50)
        app.exec()
        print("left the event loop", flush=True)
        """), encoding="utf-8")
    p = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[-1] == "left the event loop"
    assert all(_gone(int(pid)) for pid in lines[0].split())
