"""The main window driven as a learner would: play, pause, step, drag, break things."""

from __future__ import annotations

import os
import random

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dlviz.config import Config
from dlviz.engine.activations import get_activation
from dlviz.ui.main_window import MainWindow
from dlviz.ui.views.common import POINTS_PER_PX

TIMEOUT = 15_000  # ms; the first run also spawns the training process


@pytest.fixture
def win(open_window):
    return open_window(Config(samples=300, hidden=(8, 8), activation="tanh"))


def _alive(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)  # reap it if it has ended
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def ctl(w, key) -> QWidget:
    c = w.findChild(QWidget, key)
    assert c is not None, f"no control named {key}"
    return c


def epoch(w) -> int:
    return w.frame.snap.epoch if w.frame is not None else 0


def test_defaults_ready(win):
    assert win.state == "ready"
    assert win.frame.info.config.dataset == "spiral"
    assert "epoch 0" in win.status_label.text()
    for key in ("dataset", "samples", "noise", "classes", "val_fraction", "features", "hidden_layers", "neurons",
                "activation", "init", "dropout", "optimizer", "lr", "schedule", "batch_size", "epochs",
                "weight_decay", "l1", "seed", "play", "step", "reset", "decision_plot", "loss_plot",
                "activation_plot", "dropout_plot"):
        ctl(win, key)


def test_play_advances_and_pause_stops(win, qtbot):
    win.play()
    qtbot.waitUntil(lambda: epoch(win) >= 3, timeout=TIMEOUT)
    assert "epoch" in win.status_label.text()
    win.pause()
    qtbot.waitUntil(lambda: win.frame.snap.state == "paused", timeout=TIMEOUT)
    stopped = win.frame.snap.step
    with qtbot.assertNotEmitted(win.frame_drawn, wait=300):
        pass  # paused: no further frames
    assert win.frame.snap.step == stopped
    assert win.state == "paused"


def test_step_runs_exactly_one_epoch(win, qtbot):
    spe = win.frame.info.steps_per_epoch
    ctl(win, "step").click()
    qtbot.waitUntil(lambda: epoch(win) == 1 and win.frame.snap.state != "training", timeout=TIMEOUT)
    assert win.frame.snap.step == spe
    ctl(win, "step").click()
    qtbot.waitUntil(lambda: epoch(win) == 2 and win.frame.snap.state != "training", timeout=TIMEOUT)
    assert win.frame.snap.step == 2 * spe
    assert len(win.frame.train_loss) == 2


def test_reset_clears_curves_and_epoch(win, qtbot):
    win.play()
    qtbot.waitUntil(lambda: epoch(win) >= 2, timeout=TIMEOUT)
    win.pause()
    old_run = win.run_id
    ctl(win, "reset").click()
    qtbot.waitUntil(lambda: win.frame.run_id == old_run + 1, timeout=TIMEOUT)
    assert win.frame.snap.epoch == 0 and win.frame.snap.step == 0
    assert len(win.frame.train_loss) == 0
    x = win.loss_view.train_curve.xData
    assert x is None or len(x) == 0


def test_live_lr_change_keeps_weights(win, qtbot):
    win.play()
    qtbot.waitUntil(lambda: epoch(win) >= 2, timeout=TIMEOUT)
    run, step_before = win.run_id, win.frame.snap.step
    ctl(win, "lr").setValue(0.003)
    assert win.config.lr == pytest.approx(0.003, rel=0.05)
    qtbot.waitUntil(lambda: abs(win.frame.snap.lr - win.config.lr) < 1e-9, timeout=TIMEOUT)
    # Same run, history continued: the weights were kept.
    assert win.run_id == run and win.frame.run_id == run
    assert win.frame.snap.step > step_before
    assert win.frame.epoch_lr[-1] == pytest.approx(win.config.lr)


def test_changing_hidden_layers_restarts(win, qtbot):
    win.play()
    qtbot.waitUntil(lambda: epoch(win) >= 2, timeout=TIMEOUT)
    run = win.run_id
    ctl(win, "hidden_layers").setValue(3)
    qtbot.waitUntil(lambda: win.frame.run_id > run, timeout=TIMEOUT)
    assert win.frame.info.sizes[1:-1] == (8, 8, 8)
    assert win.playing  # it keeps playing
    qtbot.waitUntil(lambda: win.frame.snap.epoch >= 1 and win.frame.run_id == win.run_id, timeout=TIMEOUT)


@pytest.mark.own_process  # the process and the thread are what is tested
def test_rapid_random_changes(win, qtbot):
    rng = random.Random(0)
    win.play()
    pid = win.training_pid
    edits = [
        ("lr", lambda: 10 ** rng.uniform(-4, -1)),
        ("batch_size", lambda: rng.randint(1, 64)),
        ("dropout", lambda: rng.choice([0.0, 0.1, 0.3, 0.5])),
        ("hidden_layers", lambda: rng.randint(0, 4)),
        ("neurons", lambda: rng.randint(1, 32)),
        ("noise", lambda: rng.uniform(0, 0.5)),
        ("samples", lambda: rng.randint(50, 400)),
        ("activation", lambda: rng.choice(["relu", "tanh", "sigmoid", "gelu", "leaky_relu"])),
        ("optimizer", lambda: rng.choice(["sgd", "adam", "momentum", "rmsprop"])),
        ("dataset", lambda: rng.choice(["spiral", "xor", "moons", "circles"])),
        ("weight_decay", lambda: rng.choice([0.0, 1e-4, 1e-2])),
        ("seed", lambda: rng.randint(0, 1000)),
    ]
    for i in range(300):
        key, value = edits[rng.randrange(len(edits))]
        c = ctl(win, key)
        v = value()
        if hasattr(c, "setCurrentText") and isinstance(v, str):
            c.setCurrentText(v)
        else:
            c.setValue(v)
        if i % 25 == 0:
            QApplication.processEvents()  # let queued events through now and then, as a real drag does
    final = win.config
    qtbot.waitUntil(lambda: not win.restart_pending and win.frame.run_id == win.run_id
                    and win.frame.snap.step > 0, timeout=TIMEOUT)
    cfg = win.frame.info.config
    for key in ("dataset", "samples", "activation", "optimizer", "seed", "hidden"):
        assert getattr(cfg, key) == getattr(final, key), key
    qtbot.waitUntil(lambda: abs(win.frame.snap.lr - final.lr) < 1e-9 or win.frame.snap.state != "training",
                    timeout=TIMEOUT)
    assert win.training_pid == pid  # one training process served every run
    threads = [t for t in __import__("dlviz.ui.worker", fromlist=["x"]).live_threads() if t.isRunning()]
    assert len(threads) == 1


def test_lr_10_diverges(win, qtbot):
    ctl(win, "optimizer").setCurrentText("sgd")
    ctl(win, "lr").setValue(10.0)
    qtbot.waitUntil(lambda: not win.restart_pending and win.frame.run_id == win.run_id, timeout=TIMEOUT)
    win.play()
    qtbot.waitUntil(lambda: win.state == "diverged", timeout=TIMEOUT)
    # (the views draw the newest frame a moment after the controller has it)
    qtbot.waitUntil(lambda: win.frame.snap.diverged_at_step is not None, timeout=TIMEOUT)
    assert f"diverged at step {win.frame.snap.diverged_at_step}" in win.status_label.text()
    assert not win.playing
    qtbot.waitUntil(lambda: win.loss_view.step_curve.yData is not None, timeout=TIMEOUT)
    for curve in (win.loss_view.train_curve, win.loss_view.step_curve):
        y = curve.yData
        assert y is not None and len(y) > 0 and np.isfinite(y).all()  # the blow-up is not drawn as inf
    assert np.isfinite(win.frame.grid).all()
    # A change recovers, and plays on as it was playing when the run diverged.
    ctl(win, "lr").setValue(0.01)
    qtbot.waitUntil(lambda: win.state == "training" and win.frame.run_id == win.run_id
                    and win.frame.snap.step > 0, timeout=TIMEOUT)


def test_bad_csv_keeps_old_data(win, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n0.1,0.2,a\n0.3,oops,b\n")
    run, cfg = win.run_id, win.config
    with qtbot.waitSignal(win.csv_loaded, timeout=TIMEOUT) as loaded:
        win.load_csv(str(bad))
    assert loaded.args == [False]
    # A warning that does not block (training and the curves go on while it shows).
    shown = [b for b in win.findChildren(QMessageBox, "csv_failed") if b.isVisible()]
    assert len(shown) == 1 and "line 3" in shown[0].text()
    shown[0].close()
    assert win.config == cfg and win.run_id == run and win.csv_dataset is None
    good = tmp_path / "good.csv"
    good.write_text("x1,x2,label\n" + "".join(f"{i / 10},{(i * 7 % 10) / 10},{'ab'[i % 2]}\n" for i in range(40)))
    with qtbot.waitSignal(win.csv_loaded, timeout=TIMEOUT) as loaded:
        win.load_csv(str(good))
    assert loaded.args == [True]
    qtbot.waitUntil(lambda: win.frame.run_id == win.run_id, timeout=TIMEOUT)
    assert win.frame.info.class_names == ("a", "b")


def test_big_csv_loads_without_freezing_the_window(win, qtbot, tmp_path, monkeypatch):
    """A large file loads in the background: the event loop keeps turning meanwhile. No
    clock: the read waits (in the loading thread) until a GUI-thread timer has fired three
    times, which it could never do if the read held the GUI thread."""
    import threading

    from dlviz.ui import csv_loading

    rng = np.random.default_rng(0)
    pts = rng.uniform(-1, 1, (200_000, 2))
    big = tmp_path / "big.csv"
    big.write_text("".join(f"{x:.4f},{y:.4f},{int(x * y > 0)}\n" for x, y in pts))
    ticks, turned, reader = [], threading.Event(), []
    real = csv_loading.load_csv

    def load_after_the_gui_turned(*args, **kwargs):
        reader.append(threading.current_thread())
        if not turned.wait(20):
            raise RuntimeError("the GUI thread did not turn while the file was read")
        return real(*args, **kwargs)

    monkeypatch.setattr(csv_loading, "load_csv", load_after_the_gui_turned)
    from PySide6.QtCore import QTimer

    def tick():
        ticks.append(1)
        if len(ticks) >= 3:
            turned.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    with qtbot.waitSignal(win.csv_loaded, timeout=60_000) as loaded:
        win.load_csv(str(big))
    timer.stop()
    assert loaded.args == [True]
    assert reader and reader[0] is not threading.main_thread()
    assert len(ticks) >= 3  # the GUI thread ran its timers while the file was read
    qtbot.waitUntil(lambda: win.frame.run_id == win.run_id and len(win.frame.info.y_train) > 100_000,
                    timeout=TIMEOUT)


def test_a_csv_load_that_ends_after_its_window_was_deleted_says_nothing(qtbot, tmp_path, monkeypatch):
    """A load still reading when its window is closed and deleted ends without a word: its
    result has nobody to go to (it raised "Signal source has been deleted" in the loading
    thread, and the next test's event loop reported it)."""
    import threading

    from PySide6.QtCore import QThreadPool

    from dlviz.ui import csv_loading

    f = tmp_path / "two.csv"
    f.write_text("x1,x2,label\n0,0,a\n1,1,b\n0,1,a\n1,0,b\n")
    started, release = threading.Event(), threading.Event()
    real = csv_loading.load_csv

    def slow_load(*args, **kwargs):
        started.set()
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(csv_loading, "load_csv", slow_load)
    w = MainWindow(Config(samples=100, hidden=(4,)))
    w.load_csv(str(f))
    assert started.wait(10)
    w.close()
    with qtbot.waitSignal(w.destroyed, timeout=TIMEOUT):
        w.deleteLater()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()  # (an exception in the loading thread fails the test: pytest-qt captures it)


def test_export_writes_pngs(win, qtbot, tmp_path):
    win.play()
    qtbot.waitUntil(lambda: epoch(win) >= 2, timeout=TIMEOUT)
    win.pause()
    paths = win.export_png(tmp_path, scale=1.0)
    names = {p.name for p in paths}
    assert {"decision_regions.png", "loss.png", "activation.png", "dropout_masks.png", "window.png"} <= names
    from PySide6.QtGui import QImage

    for p in paths:
        img = QImage(str(p))
        assert img.width() > 100 and img.height() > 100, p.name
        # Not blank: more than a handful of distinct colours.
        colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
        assert len(colours) > 5, p.name


def test_export_brings_views_in_hidden_tabs_up_to_date(win, qtbot, tmp_path):
    """In the compact layout the dead-units view sits in a hidden tab, never drawn
    while training; its exported PNG must still show the run."""
    win.apply_layout("compact")
    qtbot.waitUntil(lambda: not win.on_screen(win.health_view), timeout=TIMEOUT)
    win.play()
    qtbot.waitUntil(lambda: epoch(win) >= 3 and win.frame.diag_step is not None and len(win.frame.diag_step) >= 2,
                    timeout=TIMEOUT)
    win.pause()
    qtbot.waitUntil(lambda: win.frame.snap.state == "paused", timeout=TIMEOUT)
    assert not win.on_screen(win.health_view)
    # Not drawn while training (a relayout may have shown it the run's first frame, no more).
    curves = win.health_view.dead_curves
    rows = win.frame.diag_step
    before = curves[0].getData()[0] if curves else None
    assert before is None or len(before) == 0 or before[-1] < rows[-1]
    win.export_png(tmp_path, scale=1.0)
    # Drawn to the pause, whatever the run's length: the curve is averaged down to its
    # pixel budget (a loaded machine trains more rows before the pause: issue 19's
    # flaky "shapes (130,), (390,)" compared the averaged curve with every row).
    c = win.health_view.dead_curves[0]
    x, y = c.getData()
    assert x[-1] == rows[-1] and rows[0] <= x[0] <= rows[-1]
    assert len(x) <= min(len(rows), POINTS_PER_PX * c.getViewBox().width())
    if len(x) == len(rows):
        np.testing.assert_array_equal(x, rows)
    np.testing.assert_allclose(y[-1], 100.0 * win.frame.dead_fraction[-1, 0])


@pytest.mark.own_process  # the process and the thread are what is tested
def test_close_while_training_ends_thread_and_process(qtbot):
    w = MainWindow(Config(samples=200))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.frame is not None, timeout=TIMEOUT)
    w.play()
    qtbot.waitUntil(lambda: epoch(w) >= 1, timeout=TIMEOUT)
    thread, pid = w.worker_thread, w.training_pid
    assert pid is not None
    w.close()
    assert thread.isFinished()
    assert not _alive(pid)


def test_activation_plot_follows_control(win, qtbot):
    for name in ("step", "relu", "gelu", "leaky_relu"):
        ctl(win, "activation").setCurrentText(name)
        # The view takes the activation from the new run's frames, nothing else.
        qtbot.waitUntil(lambda: win.frame.run_id == win.run_id and win.frame.config.activation == name,
                        timeout=TIMEOUT)
        z, f, df = win.activation_view.curve_data()
        act = get_activation(name, leaky_slope=win.config.leaky_slope)
        np.testing.assert_allclose(f, act.fn(z), atol=1e-12)
        np.testing.assert_allclose(df, act.grad(z), atol=1e-12)


def test_space_does_not_toggle_while_typing(win, qtbot):
    lr = ctl(win, "lr")
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    edit = lr.findChild(QLineEdit) or lr.findChild(QAbstractSpinBox)
    assert edit is not None, "the learning rate can be typed"
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    qtbot.keyClick(edit, Qt.Key_Space)
    assert not win.playing
    win.decision_view.setFocus()
    qtbot.waitUntil(win.decision_view.hasFocus, timeout=2000)
    qtbot.keyClick(win.decision_view, Qt.Key_Space)
    assert win.playing


@pytest.mark.own_process  # the process and the thread are what is tested
def test_a_stopped_training_process_is_noticed_and_restarted(win, qtbot, monkeypatch):
    """Issue 9 item 4: SIGSTOP the child; the window says it is not responding and a
    click on "Restart training" brings training back in a new process."""
    import signal

    from dlviz.ui import worker

    monkeypatch.setattr(worker, "WATCHDOG_SECONDS", 1.0)
    win.play()
    qtbot.waitUntil(lambda: epoch(win) >= 1, timeout=TIMEOUT)
    pid = win.training_pid
    os.kill(pid, signal.SIGSTOP)
    try:
        qtbot.waitUntil(lambda: win.state == "error", timeout=TIMEOUT)
        assert "not responding" in win.status_label.text() and "steps/s" not in win.status_label.text()
        box = win.findChild(QMessageBox, "restart_dialog")
        assert box is not None and box.isVisible()
        restart = next(b for b in box.buttons() if "Restart" in b.text())
        restart.click()
        qtbot.waitUntil(lambda: win.state == "training" and win.training_pid not in (None, pid)
                        and win.frame.run_id == win.run_id and win.frame.snap.step > 0, timeout=TIMEOUT)
    finally:
        try:
            os.kill(pid, signal.SIGCONT)
        except ProcessLookupError:
            pass


def test_a_window_that_fails_to_build_leaves_no_thread_running(qtbot, monkeypatch):
    """Qt aborts the whole app (SIGABRT) when a running QThread is destroyed: a
    failure while the window is built must not have started the worker yet."""
    from dlviz.ui import main_window, worker

    def broken(*a, **k):
        raise RuntimeError("a panel that cannot be built")

    monkeypatch.setattr(main_window, "ControlPanel", broken)
    with pytest.raises(RuntimeError, match="cannot be built"):
        MainWindow(Config(samples=100))
    assert [t for t in worker.live_threads() if t.isRunning()] == []


def test_a_csv_read_up_front_is_kept_in_memory(qtbot, tmp_path):
    """Issue 9 item 8: the Dataset given with the config serves every run; the file
    may be gone by the next one."""
    from dlviz.data import load_csv

    path = tmp_path / "points.csv"
    path.write_text("x1,x2,label\n" + "".join(f"{i / 10},{(i * 7 % 10) / 10},{'pq'[i % 2]}\n" for i in range(60)))
    ds = load_csv(path)
    path.unlink()
    w = MainWindow(Config(csv=str(path), hidden=(4,)), dataset=ds)
    qtbot.addWidget(w)
    try:
        qtbot.waitUntil(lambda: w.frame is not None, timeout=TIMEOUT)
        assert w.frame.info.class_names == ("p", "q")
        first = w.run_id
        w.apply_config(w.config.replace(activation="tanh"))  # a new run, the file deleted
        qtbot.waitUntil(lambda: w.frame.run_id == w.run_id > first, timeout=TIMEOUT)
        assert w.frame.info.class_names == ("p", "q") and len(w.frame.info.y_train) + len(w.frame.info.y_val) == 60
    finally:
        w.close()


def test_menus_read_file_train_view(win):
    assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Train", "&View", "&Help"]


def test_a_csv_with_x1_and_one_numeric_column_is_a_regression_in_the_window(win, qtbot, tmp_path, monkeypatch):
    """Load CSV… on a file whose header names x1 and no label: its other column is the
    target (a regression run, R²); with several, the learner picks one; Cancel changes nothing."""
    from PySide6.QtWidgets import QInputDialog

    one = tmp_path / "height.csv"
    one.write_text("x1,height\n" + "".join(f"{i / 20},{np.sin(i / 5):.4f}\n" for i in range(60)))
    with qtbot.waitSignal(win.csv_loaded, timeout=TIMEOUT) as loaded:
        win.load_csv(str(one))
    assert loaded.args == [True] and win.config.target_column == "height"
    qtbot.waitUntil(lambda: win.frame.run_id == win.run_id, timeout=TIMEOUT)
    assert win.frame.info.metric == "r2" and win.frame.info.kind == "curve"
    two = tmp_path / "two.csv"
    two.write_text("x1,x2,a,b\n" + "".join(f"{i / 20},{i % 3},{i},{2 * i}\n" for i in range(60)))
    run = win.run_id
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    win.load_csv(str(two))  # cancelled: nothing loads
    assert win.run_id == run and not win.csv_loader.csv_busy and win.config.target_column == "height"
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: asked.append(a[3]) or ("b", True)))
    with qtbot.waitSignal(win.csv_loaded, timeout=TIMEOUT) as loaded:
        win.load_csv(str(two))
    assert loaded.args == [True] and asked == [["a", "b"]] and win.config.target_column == "b"
    qtbot.waitUntil(lambda: win.frame.run_id == win.run_id, timeout=TIMEOUT)
    assert win.frame.info.kind == "surface"
    good = tmp_path / "good.csv"  # a labelled file again: no target
    good.write_text("x1,x2,label\n" + "".join(f"{i / 10},{(i * 7 % 10) / 10},{'ab'[i % 2]}\n" for i in range(40)))
    with qtbot.waitSignal(win.csv_loaded, timeout=TIMEOUT) as loaded:
        win.load_csv(str(good))
    assert loaded.args == [True] and win.config.target_column == ""
