"""Remembered settings that are corrupt or cannot be written (issue 9 item 2)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from dlviz.config import Config
from dlviz.ui import settings as stored
from dlviz.ui.main_window import MainWindow

TIMEOUT = 15_000


def ini(tmp_path, text: str = "") -> QSettings:
    path = tmp_path / "dlviz.ini"
    path.write_text(text)
    return QSettings(str(path), QSettings.IniFormat)


def open_window(qtbot, s: QSettings) -> MainWindow:
    w = MainWindow(settings=s)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.frame is not None, timeout=TIMEOUT)
    return w


@pytest.mark.parametrize("line", ["geometry=garbage", "geometry=1", "geometry=a, b", "window_state=3, 4",
                                  "window_state=garbage"])
def test_a_corrupt_stored_window_starts_with_defaults_and_says_so(qtbot, tmp_path, line):
    w = open_window(qtbot, ini(tmp_path, f"[General]\n{line}\n"))
    try:
        assert "reset" in w.statusBar().currentMessage()
        assert w.config == Config()
    finally:
        w.close()


def test_each_bad_stored_config_value_falls_back_alone(tmp_path):
    s = ini(tmp_path)
    s.setValue("config", json.dumps({"lr": 0.05, "hidden_layers": 99999999999999999999, "activation": "nope",
                                     "dropout": 0.2, "csv": "/gone.csv"}))
    cfg, bad = stored.stored_config(s)
    assert bad
    assert cfg.lr == 0.05 and cfg.dropout == 0.2  # the good values are kept
    assert cfg.hidden == Config().hidden and cfg.activation == Config().activation and cfg.csv == ""


@pytest.mark.parametrize("raw", ["not json", "[1, 2]", "99999999999999999999"])
def test_a_stored_config_that_is_not_a_dict_is_dropped(tmp_path, raw):
    s = ini(tmp_path)
    s.setValue("config", raw)
    assert stored.stored_config(s) == (None, True)


def test_good_settings_round_trip_without_a_word(qtbot, tmp_path):
    s = ini(tmp_path)
    w = open_window(qtbot, s)
    w.controller.apply_config(w.config.replace(lr=0.03))
    w.close()
    w2 = open_window(qtbot, ini_again(tmp_path))
    try:
        assert w2.config.lr == 0.03
        assert w2.statusBar().currentMessage() == ""
    finally:
        w2.close()


def ini_again(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "dlviz.ini"), QSettings.IniFormat)


def test_an_unwritable_settings_location_is_reported(qtbot, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the settings folder should be")
    s = QSettings(str(blocker / "dlviz.ini"), QSettings.IniFormat)
    assert "cannot be saved" in stored.unwritable(s)
    w = open_window(qtbot, s)
    try:
        assert "cannot be saved" in w.statusBar().currentMessage()
    finally:
        w.close()


def test_the_suite_never_touches_the_user_s_settings(qapp):
    """Hermetic suite (issue 20 item 8): the app's QSettings, in the test process and in
    every process a test starts, are in a folder of the test run's own (tests/conftest.py),
    not the user's ~/.config."""
    import os
    from pathlib import Path

    home = Path(os.environ["XDG_CONFIG_HOME"])
    assert home.name.startswith("dlviz-tests-config-")
    where = Path(QSettings("dlviz", "dlviz").fileName())
    assert home in where.parents, where
