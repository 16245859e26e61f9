"""Closing with a comparison or pinned runs not saved asks first ("Don't ask again" is
remembered); a save or export killed half-way leaves no temporary file for good."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QMessageBox

from dlviz.common.files import remove_stale_temps, replacing
from dlviz.config import Config
from dlviz.ui import runs

TIMEOUT = 20_000


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "dlviz.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def make_window(qtbot, settings):
    """A shown window with (test) settings, as the app makes it; closed after the test,
    whatever it asks."""
    from dlviz.ui.main_window import MainWindow

    made = []

    def make():
        w = MainWindow(Config(samples=100, hidden=(8,)), settings=settings)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitUntil(lambda: w.frame is not None, timeout=TIMEOUT)
        made.append(w)
        return w

    yield make
    for w in made:
        w.runs.close_ok = True  # (no question in the teardown)
        w.close()


def _compare(win, qtbot):
    assert win.start_compare({"optimizer": ["sgd", "adam"]})
    qtbot.waitUntil(lambda: win.controller.frames is not None and len(win.controller.frames) == 2, timeout=TIMEOUT)


def _question(win) -> QMessageBox:
    box = win.findChild(QMessageBox, "save_before_close")
    assert box is not None and box.isVisible()
    return box


def _click(box: QMessageBox, which) -> None:
    box.button(which).click()


def test_closing_an_unsaved_comparison_asks_and_cancel_keeps_it(make_window, qtbot):
    win = make_window()
    _compare(win, qtbot)
    assert not win.close()  # it asks first
    box = _question(win)
    assert box.text() == "Save the comparison before closing?"
    assert box.checkBox().text() == "Don't ask again"
    _click(box, QMessageBox.StandardButton.Cancel)
    assert win.isVisible() and win.controller.compare  # nothing lost
    assert not win.close()  # and asks again next time
    _click(_question(win), QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=TIMEOUT)


def test_dont_ask_again_is_remembered(make_window, qtbot, settings):
    win = make_window()
    _compare(win, qtbot)
    assert not win.close()
    box = _question(win)
    box.findChild(QCheckBox, "dont_ask_again").setChecked(True)
    _click(box, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=TIMEOUT)
    assert settings.value(runs.ASK_ON_CLOSE_KEY) in (False, "false")
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)  # as the next start reads it
    assert not runs.asks_on_close(again)
    win2 = make_window()
    _compare(win2, qtbot)
    assert win2.close()  # no question this time
    assert win2.findChild(QMessageBox, "save_before_close") is None


def test_save_then_close_writes_the_file(make_window, qtbot, tmp_path, monkeypatch):
    win = make_window()
    win.play()
    qtbot.waitUntil(lambda: win.frame.snap.epoch >= 1, timeout=TIMEOUT)
    assert win.pinned.pin()  # a pinned run, no comparison
    target = tmp_path / "kept.dlviz"
    monkeypatch.setattr(runs, "save_path_dialog", lambda w: str(target))
    assert not win.close()
    box = _question(win)
    assert box.text() == "Save the pinned runs before closing?"
    _click(box, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=TIMEOUT)
    assert target.is_file() and target.stat().st_size > 0


def test_nothing_unsaved_nothing_asked(make_window, qtbot, tmp_path):
    win = make_window()
    assert not runs.unsaved(win)  # one run and no pins: nothing a save would keep
    _compare(win, qtbot)
    win.pause()
    qtbot.waitUntil(lambda: win.controller.state != "training", timeout=TIMEOUT)
    with qtbot.waitSignal(win.experiments.saved, timeout=TIMEOUT):
        assert win.save_experiment(tmp_path / "now.dlviz")
    qtbot.waitUntil(lambda: not runs.unsaved(win), timeout=TIMEOUT)
    assert win.close()  # saved as it is: no question


def test_a_script_window_never_asks(open_window, qtbot):
    win = open_window(Config(samples=100, hidden=(8,)))  # no settings: a script's or a test's window
    _compare(win, qtbot)
    assert win.close()


# -- temporary files left by a killed save ------------------------------------------------------


def _old(path, seconds=3600):
    path.write_bytes(b"half a file")
    os.utime(path, (time.time() - seconds,) * 2)
    return path


def test_the_next_save_removes_a_killed_saves_temporary_file(tmp_path):
    target = tmp_path / "run.dlviz"
    stale = _old(tmp_path / ".run.dlviz.1a2b3c4d.tmp")
    busy = tmp_path / ".run.dlviz.5e6f7a8b.tmp"  # a save in progress elsewhere: fresh
    busy.write_bytes(b"")
    other = _old(tmp_path / ".other.dlviz.1a2b3c4d.tmp")  # another file's
    mine = _old(tmp_path / ".run.dlviz.notes.txt")  # not a temporary file
    with replacing(target) as tmp:
        tmp.write_bytes(b"whole")
    assert target.read_bytes() == b"whole"
    assert not stale.exists()
    assert busy.exists() and other.exists() and mine.exists()
    assert remove_stale_temps(target, older_than=0.0) == [busy]


def test_a_start_removes_the_temporary_files_beside_recent_experiments(qtbot, settings, tmp_path):
    from dlviz.ui.main_window import MainWindow

    target = tmp_path / "exp.dlviz"
    target.write_bytes(b"saved before")
    stale = _old(tmp_path / ".exp.dlviz.0badf00d.tmp")
    settings.setValue(runs.RECENT_KEY, [str(target)])
    w = MainWindow(Config(samples=100), settings=settings)
    qtbot.addWidget(w)
    assert not stale.exists() and target.read_bytes() == b"saved before"
    w.close()
