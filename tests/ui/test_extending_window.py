"""The README's "Extending dlviz" recipes for the window: a lab is a module with
``make``/``show``/``add_to`` held by a :class:`~dlviz.ui.lab.labs.Lab`, and a language is a
new ``.ts`` compiled to its ``.qm``, then offered by View ▸ Language and ``dlviz --lang``."""

from __future__ import annotations

import importlib.resources
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QVBoxLayout

from dlviz.config import Config
from dlviz.ui import MainWindow, i18n, i18n_update
from dlviz.ui.lab.common import bring_up
from dlviz.ui.lab.labs import Lab

CONFIG = Config(dataset="xor", samples=100, hidden=(4,), epochs=2)


# -- a lab: make, show, add_to -------------------------------------------------------------------


class EpochLab(QDialog):
    """A lab that shows the current run's epoch (a lab reads the run through ``win``)."""

    made = 0

    def __init__(self, win):
        super().__init__(win)
        EpochLab.made += 1
        self.setObjectName("epoch_lab")
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self._win = win
        win.frame_drawn.connect(self.refresh)

    def refresh(self, *_):
        frame = self._win.frame
        self.label.setText(f"epoch {frame.snap.epoch if frame is not None else 0}")


def make(win) -> EpochLab:
    return EpochLab(win)


def show(win, w: EpochLab) -> None:
    bring_up(w)
    w.refresh()


def add_to(win, lab: Lab) -> None:
    lab.action = win.add_action("view", "Epoch lab…", lab.open, name="epoch_lab_action", separator=True)


def test_a_lab_module_plugs_into_the_window_through_its_public_api(qtbot):
    EpochLab.made = 0
    win = MainWindow(CONFIG)
    qtbot.addWidget(win)
    try:
        lab = Lab(win, make, show)
        add_to(win, lab)
        assert lab.window is None and lab.action in win.menus["view"].actions()  # made on first use only
        lab.action.trigger()
        first = lab.window
        assert isinstance(first, EpochLab) and first.isVisible() and EpochLab.made == 1
        win.play()
        qtbot.waitUntil(lambda: win.state.ended and first.label.text() == "epoch 2", timeout=30_000)
        first.close()
        lab.action.trigger()
        assert lab.window is first and first.isVisible() and EpochLab.made == 1  # kept for the session
        assert {n: type(getattr(win.labs, n)) for n in ("lr_finder", "sweep", "paths", "landscape")} == dict.fromkeys(
            ("lr_finder", "sweep", "paths", "landscape"), Lab)  # the four built-in labs are the same shape
    finally:
        win.close()


# -- a language: a new .ts, compiled, offered -----------------------------------------------------


@pytest.fixture
def japanese(tmp_path, monkeypatch, qapp):
    """resources/ as the package has it, plus dlviz_ja.qm: made by i18n_update's lupdate (as
    ``--new ja`` does), one entry translated by hand, compiled by its lrelease."""
    real = Path(str(importlib.resources.files("dlviz.resources")))
    fake = tmp_path / "resources"
    fake.mkdir()
    for entry in real.iterdir():
        if entry.name != "i18n":
            (fake / entry.name).symlink_to(entry)
    (fake / "i18n").mkdir()
    for qm in (real / "i18n").glob("dlviz_*.qm"):
        (fake / "i18n" / qm.name).symlink_to(qm)
    ts = tmp_path / "dlviz_ja.ts"
    i18n_update.lupdate(ts, language="ja")
    assert ("i18n", "Language") in i18n_update.unfinished(ts)  # every string starts unfinished
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "i18n":
            for message in context.iter("message"):
                if message.findtext("source") == "Language":
                    translation = message.find("translation")
                    translation.text = "言語"
                    translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    assert ("i18n", "Language") not in i18n_update.unfinished(ts)
    i18n_update.lrelease(ts, fake / "i18n" / "dlviz_ja.qm")

    files = importlib.resources.files
    monkeypatch.setattr(importlib.resources, "files",
                        lambda package: fake if package == "dlviz.resources" else files(package))
    monkeypatch.setattr(i18n, "LANGUAGES", i18n._languages())  # (what the module computes on import)
    yield
    i18n.uninstall(qapp)


def test_a_new_language_is_a_ts_file_compiled_and_offered(japanese, qapp, qtbot):
    from dlviz.cli import build_parser

    assert i18n.LANGUAGES == {"en": "English", "ja": "日本語", "ko": "한국어"}  # each named in itself
    assert build_parser().parse_args(["--lang", "ja"]).lang == "ja"  # dlviz --lang ja
    assert i18n.install(qapp, "ja") == "ja"
    assert QCoreApplication.translate("i18n", "Language") == "言語"
    win = MainWindow(CONFIG)
    qtbot.addWidget(win)
    try:
        menu = win.findChild(QMenu, "language_menu")
        assert menu.title() == "言語"
        offered = {a.objectName(): (a.text(), a.isChecked()) for a in menu.actions()}
        assert offered == {"language_en": ("English", False), "language_ja": ("日本語", True),
                           "language_ko": ("한국어", False)}
    finally:
        win.close()
