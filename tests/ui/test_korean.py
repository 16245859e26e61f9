"""The window in Korean: every visible string goes through the translation, none is left in English.

With the Korean translator installed, the window (and each lab window that exists) is built,
trained a little so every view has drawn, and walked: widgets (text, tooltip, title,
placeholder, combo items, tabs, group boxes, docks, table headers), actions and menus, and
every text item in the pyqtgraph scenes (titles, axis labels, legends, markers). A string
that still holds a Latin word, but for proper names and math symbols, fails the test.
"""

from __future__ import annotations

import html
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialog, QDockWidget, QGraphicsSimpleTextItem,
                               QGraphicsTextItem, QGraphicsView, QGroupBox, QLabel, QLineEdit, QMenu, QTabBar,
                               QTableWidget, QWidget)

from dlviz.config import REGISTRIES, Config, config_keys
from dlviz.ui import i18n
from dlviz.ui.panels.control_panel import KEYS as PANEL_KEYS

ROOT = Path(__file__).resolve().parents[2]

#: Latin words a Korean window may show: proper names, units, file kinds, key names, math.
ALLOWED = {
    # optimizers, activations, initialisations, named functions and people
    "SGD", "NumPy", "numba", "Adam", "AdamW", "RMSprop", "Adagrad", "ReLU", "GELU", "ELU", "SiLU", "Leaky", "XOR", "He", "Xavier",
    "PyTorch", "Softmax",
    # files, the program, keys
    "CSV", "PNG", "GIF", "dlviz", "json", "Ctrl", "Shift", "Alt", "Meta", "Esc", "Space", "Right", "Left", "Up", "Down",
    "Del", "Return", "Enter", "Backspace", "Tab", "PgUp", "PgDown", "Home", "End",
    # math: functions, norms, penalties
    "tanh", "sin", "cos", "exp", "ln", "log", "max", "min", "softmax", "N", "L1", "L2", "f_min", "PCA", "Li", "al",
    # an activation's formula is code-like math, built from its parameters (leaky ReLU's slope):
    # "f(z) = z if z > 0 else 0.01·z"
    "if", "else",
    # units of the measured times and memory (the status bar, the comparison's summary): SI symbols
    "ms", "s", "B", "KB", "MB",
    # each language in the Language menu is named in itself
    "English",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_TAGS = re.compile(r"<[^>]*>")
_MATH_PRODUCT = re.compile(r"^[xyz]+$")  # xy, xyz: products of the plane's coordinates


def _source_words() -> set[str]:
    """Every word of the window's English text (the .ts file's sources)."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "i18n" / "dlviz_ko.ts"
    return {w for m in ET.parse(ts).getroot().iter("source") for w in _WORD.findall(m.text or "")}


#: Config's own vocabulary: the registries' keys ("sgd", "leaky_relu") are the item data of their
#: drop-downs (which show the translated label; the open list adds the key) and name runs
#: ("sgd · 검증 71%"), as in a config file and on the command line. A key that is also a word of
#: the window's own English text ("step", "momentum") is allowed only in a drop-down's list.
REGISTRY_KEYS = {name for reg in REGISTRIES.values() for name in reg}
KEY_WORDS = REGISTRY_KEYS - _source_words()
#: The Config keys (and the panel's own, hidden_layers and neurons) are the vocabulary too: as
#: the items of a drop-down that picks a setting (Compare, Sweep), they stand as they are.
VOCABULARY = REGISTRY_KEYS | set(config_keys()) | set(PANEL_KEYS)
#: The lab windows and dialogs other modules add, by objectName: the module they are built
#: from, when it exists.
LAB_WINDOWS = {"lr_finder_dialog": "dlviz.ui.lab.lr_finder", "sweep_dialog": "dlviz.ui.lab.sweep",
               "paths_lab": "dlviz.ui.lab.paths", "landscape_window": "dlviz.ui.lab.landscape"}


def latin_words(text: str, extra: frozenset = frozenset()) -> list[str]:
    """The words of ``text`` (markup stripped) that are English: Latin, longer than one
    letter (x, z, f, p are symbols), and not allowed."""
    plain = html.unescape(_TAGS.sub(" ", text))
    words = (w for w in _WORD.findall(plain) if len(w.rstrip("0123456789")) > 1)
    return [w for w in words if w not in ALLOWED and w not in extra and w not in KEY_WORDS
            and not _MATH_PRODUCT.match(w)]


def _texts_of_widget(w: QWidget):
    yield "toolTip", w.toolTip()
    if w.isWindow() or isinstance(w, QDockWidget):
        yield "windowTitle", w.windowTitle()
    if isinstance(w, (QLabel, QAbstractButton)):
        yield "text", w.text()
    if isinstance(w, QLineEdit):
        yield "placeholderText", w.placeholderText()
    if isinstance(w, QGroupBox):
        yield "title", w.title()
    if isinstance(w, QComboBox):
        delegate = w.itemDelegate()
        for i in range(w.count()):
            text, key = w.itemText(i), w.itemData(i)
            if hasattr(delegate, "display") and isinstance(key, str):  # a registry's: the label shown, the key held
                yield f"item {i}", text  # what the closed box shows: no key allowed
                yield f"item {i} in the list", "\x00" + key + "\x01" + delegate.display(key)
            else:
                yield f"item {i}", ("\x00" + text if text in VOCABULARY else "") + "\x01" + text
            yield f"item {i} toolTip", str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
    if isinstance(w, QTabBar):
        for i in range(w.count()):
            yield f"tab {i}", w.tabText(i)
            yield f"tab {i} toolTip", w.tabToolTip(i)
    if isinstance(w, QTableWidget):
        for i in range(w.columnCount()):
            item = w.horizontalHeaderItem(i)
            yield f"column {i}", item.text() if item is not None else ""
    if isinstance(w, QMenu):
        yield "title", w.title()


def _texts_of_scene(view: QGraphicsView):
    import pyqtgraph as pg

    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.AxisItem):
            if item.isVisible() and item.label.isVisible():
                yield f"axis {item.orientation}", item.labelText + " " + item.labelUnits
        elif isinstance(item, (QGraphicsTextItem,)):
            yield type(item).__name__, item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            yield type(item).__name__, item.text()
        elif isinstance(item, pg.LabelItem):
            yield "LabelItem", item.text
        elif callable(getattr(item, "text", None)):  # the views' own text items (the network's labels)
            try:
                text = item.text()
            except TypeError:
                continue
            if isinstance(text, str):
                yield type(item).__name__, text


def english_strings(root: QWidget) -> list[str]:
    """Every string shown by ``root`` and what it holds that still reads as English."""
    found = []
    widgets = [root] + root.findChildren(QWidget)
    for w in widgets:
        where = f"{type(w).__name__}({w.objectName()!r})"
        for what, text in _texts_of_widget(w):
            extra = frozenset()
            if text.startswith("\x00"):  # a registry key as a combo item: the key is vocabulary
                key, _, text = text[1:].partition("\x01")
                extra = frozenset({key}) | frozenset(_WORD.findall(key))
                text = text.replace(key, "", 1)
            text = text.lstrip("\x01")
            text = text.split("\t")[0] if what == "text" else text  # "Play\tSpace": the key is the system's
            bad = latin_words(text, extra)
            if bad:
                found.append(f"{where}.{what}: {text!r} ({', '.join(bad)})")
        if isinstance(w, QComboBox) and w.objectName() in REGISTRIES:  # a registry's drop-down shows labels
            reg = REGISTRIES[w.objectName()]
            for i in range(w.count()):
                key = w.itemData(i)
                label = QCoreApplication.translate("registry", reg[key].label) if key in reg else key
                if w.itemText(i) != label:
                    found.append(f"{where}.item {i}: {w.itemText(i)!r} (not its label {label!r})")
        if isinstance(w, QGraphicsView):
            for what, text in _texts_of_scene(w):
                bad = latin_words(text)
                if bad:
                    found.append(f"{where} scene {what}: {_TAGS.sub('', text)[:120]!r} ({', '.join(bad)})")
    for a in root.findChildren(QAction):
        where = f"QAction({a.objectName() or a.text()!r})"
        for what, text in (("text", a.text().split("\t")[0]), ("iconText", a.iconText()), ("toolTip", a.toolTip())):
            bad = latin_words(text)
            if bad:
                found.append(f"{where}.{what}: {text!r} ({', '.join(bad)})")
    return sorted(set(found))


@pytest.fixture
def korean(qapp, monkeypatch):
    """The Korean translators installed for one test; English again after it. The
    machine counts as having a Korean font of its own, so that the title bars are
    Korean too (without one they stay English: see dlviz.ui.fonts.wm_title)."""
    from dlviz.ui import fonts

    monkeypatch.setattr(fonts, "_system_hangul", True)
    assert i18n.install(qapp, "ko") == "ko", "the Korean translation did not load"
    yield
    i18n.uninstall(qapp)
    assert i18n.current_language() == "en"


def _trained_window(qtbot, config: Config):
    from dlviz.ui.main_window import MainWindow

    w = MainWindow(config)
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    w.apply_layout("all")  # every dock on screen, so every view draws
    qtbot.waitUntil(lambda: w.frame is not None, timeout=15_000)
    w.play()
    qtbot.waitUntil(lambda: w.frame is not None and w.frame.snap.epoch >= 3 and w.frame.inside is not None,
                    timeout=30_000)
    w.pause()
    qtbot.waitUntil(lambda: not w.playing, timeout=10_000)
    w.scheduler.draw_all()
    return w


def test_translation_is_korean(korean):
    assert QCoreApplication.translate("layouts", "Loss and accuracy") == "손실과 정확도"
    assert QCoreApplication.translate("registry", "Adam") == "Adam"  # a proper name stays
    assert i18n.current_language() == "ko"


def test_no_english_left_in_the_window(korean, qtbot):
    # Dropout on, so the dropout view, the thinned network and their texts exist too.
    w = _trained_window(qtbot, Config(dataset="spiral", classes=3, hidden=(6, 6), dropout=0.2))
    for dock in w.findChildren(QDockWidget):  # the docks others add (lessons, ...) included
        dock.show()
    w.scheduler.draw_all()  # the views behind tabs and in the docks just shown too
    left = english_strings(w)  # the decision view with its legend of classes
    w.show_thinned.setChecked(True)  # the thinned network below it, the legend hidden
    left += english_strings(w)
    w.close()
    assert not left, f"{len(left)} strings still in English:\n" + "\n".join(sorted(set(left)))


def test_no_english_left_in_a_comparison(korean, qtbot):
    w = _trained_window(qtbot, Config(dataset="xor", hidden=(4,)))
    assert w.start_compare({"optimizer": ["sgd", "adam"]})
    qtbot.waitUntil(lambda: w.frame is not None and len(getattr(w.frame, "runs", ()) or ()) >= 0, timeout=5_000)
    w.play()
    qtbot.waitUntil(lambda: w.comparison.table.rowCount() == 2, timeout=30_000)
    w.pause()
    left = english_strings(w)
    w.close()
    assert not left, f"{len(left)} strings still in English:\n" + "\n".join(left)


def lab_windows(win) -> dict[str, QWidget]:
    """The lab windows and dialogs that exist now, built for ``win``: {objectName: widget}."""
    built = {}
    for name, module in LAB_WINDOWS.items():
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        found = win.findChild(QWidget, name)
        if found is None:
            opener = getattr(mod, "open_for", None) or getattr(mod, "show_for", None)
            for attr in dir(mod):
                obj = getattr(mod, attr)
                if opener is None and isinstance(obj, type) and issubclass(obj, QWidget) and obj.__module__ == module:
                    try:
                        widget = obj(win) if issubclass(obj, QDialog) else obj()
                    except TypeError:
                        continue
                    if widget.objectName() == name:
                        found = widget
                        break
                    widget.deleteLater()
            if found is None and opener is not None:
                found = opener(win)
        if found is not None:
            built[name] = found
    return built


def test_no_english_left_in_the_labs(korean, qtbot):
    w = _trained_window(qtbot, Config(dataset="moons", hidden=(4,)))
    labs = lab_windows(w)
    print("lab windows walked:", sorted(labs))
    left = []
    for name, lab in labs.items():
        lab.resize(1366, 768)
        lab.show()
        qtbot.waitExposed(lab)
        left += [f"{name}: {s}" for s in english_strings(lab)]
        lab.close()
    w.close()
    assert not left, f"{len(left)} strings still in English:\n" + "\n".join(left)


# Every entry translated, placeholders kept, the .ts and .qm current: tests/ui/test_translations.py.


def test_language_choice_order(qapp, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.choose(None, s) == "en"  # nothing stored: the system's
    s.setValue("language", "ko")
    assert i18n.choose(None, s) == "ko"  # stored beats the system
    assert i18n.choose("en", s) == "en"  # --lang beats both
    s.setValue("language", "klingon")
    assert i18n.choose(None, s) == "en"  # a bad stored value is ignored
    with pytest.raises(ValueError, match="unknown language"):
        i18n.choose("fr")


def test_missing_qm_stays_english(qapp, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(i18n, "qm_file", lambda lang: tmp_path / f"dlviz_{lang}.qm")
    assert i18n.install(qapp, "ko") == "en"
    assert "warning" in capsys.readouterr().err
    (tmp_path / "dlviz_ko.qm").write_bytes(b"not a qm file")
    assert i18n.install(qapp, "ko") == "en"
    assert "warning" in capsys.readouterr().err
    assert QCoreApplication.translate("layouts", "Loss and accuracy") == "Loss and accuracy"
    assert i18n.current_language() == "en"


def test_language_menu_stores_and_offers_restart(qapp, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from dlviz.ui.main_window import MainWindow

    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Config(), settings=s)
    qtbot.addWidget(w)
    menu = w.findChild(QMenu, "language_menu")
    assert menu is not None
    texts = {a.data(): a for a in menu.actions()}
    assert set(texts) == set(i18n.LANGUAGES) and texts["en"].isChecked()
    box = i18n.choose_language(w, "ko")
    assert s.value("language") == "ko"
    assert box is not None and box.text() == "언어는 dlviz를 다시 시작하면 바뀝니다."
    assert box.findChild(QAbstractButton, "restart_now") is not None  # nothing compared or pinned: safe
    box.close()
    w.close()


def test_restart_now_rebuilds_the_window_in_korean(qapp, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from dlviz.ui.main_window import MainWindow

    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Config(), settings=s)
    qtbot.addWidget(w)
    w.show()
    try:
        new = i18n.rebuild(w, "ko")
        qtbot.addWidget(new)
        assert i18n.current_language() == "ko"
        assert new.docks["loss_dock"].windowTitle() == "손실과 정확도"
        assert new.findChild(QMenu, "language_menu").actions()[1].isChecked()
        new.close()
    finally:
        i18n.uninstall(qapp)


def test_cli_lang_flag():
    from dlviz.cli import build_parser

    parser = build_parser()
    action = next(a for a in parser._actions if "--lang" in a.option_strings)
    assert tuple(action.choices) == tuple(i18n.LANGUAGES)
    run = subprocess.run([sys.executable, "-m", "dlviz", "--lang", "fr"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "--lang" in run.stderr and "invalid choice" in run.stderr


# -- the drop-downs and the errors of the layers below the window --------------------------------

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_closed_drop_downs_show_the_label_and_the_config_keeps_the_key(korean, open_window, qtbot):
    from dlviz.ui.panels.widgets import ChoiceBox

    w = open_window(Config(dataset="spiral", optimizer="adam", schedule="cosine"))
    dataset, optimizer, schedule = (w.findChild(ChoiceBox, k) for k in ("dataset", "optimizer", "schedule"))
    assert dataset.currentText() == "나선" and dataset.value() == "spiral"
    assert optimizer.currentText() == "Adam"  # a proper name stays
    assert schedule.currentText() == "코사인"
    dataset.setCurrentText("moons")  # by key, as tests and lessons do
    assert _HANGUL.search(dataset.currentText()) and dataset.currentText() != "moons"
    assert w.config.dataset == "moons" and dataset.value() == "moons"
    optimizer.setValue("sgd")
    assert optimizer.currentText() == "SGD" and w.config.optimizer == "sgd"
    assert optimizer.findData("momentum") >= 0 and optimizer.itemText(optimizer.findData("momentum")) == "모멘텀"
    assert w.controller.config.to_dict()["dataset"] == "moons"  # the JSON key and value stay English
    # The open list adds the key where it differs from the label: the name a config file uses.
    assert dataset.itemDelegate().display("moons") == f"{dataset.currentText()} — moons"
    assert optimizer.itemDelegate().display("adam") == "Adam"


def test_config_errors_read_in_korean(korean):
    from dlviz.config import ConfigError
    from dlviz.ui.i18n import explain

    with pytest.raises(ConfigError) as e:
        Config().replace(lr=500)
    assert str(e.value) == "lr must be 1e-05 to 100, got 500"  # the CLI's text is unchanged
    said = explain(e.value)
    assert _HANGUL.search(said) and "lr" in said and "500" in said and "1e-05" in said
    with pytest.raises(ConfigError) as e:
        Config(optimizer="adamm")
    said = explain(e.value)
    assert _HANGUL.search(said) and "'adamm'" in said and "sgd" in said
    assert explain(ValueError("plain English")) == "plain English"  # no template: its own text


def test_a_corrupt_experiment_file_says_why_in_korean(korean, open_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    w = open_window(Config(samples=100, hidden=(4,)))
    bad = tmp_path / "망가진.dlviz"
    bad.write_bytes(b"PK\x03\x04 cut short")
    assert not w.open_experiment(bad)
    box = w.findChild(QMessageBox, "open_failed")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=10_000)
    text = box.text()
    assert "망가진.dlviz" in text and "중간에 잘렸습니다" in text and "zip file" in text  # the zipfile's own detail
    assert "not a dlviz file" not in text
    box.close()


def test_a_bad_csv_says_why_in_korean(korean, open_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    def said():  # the window's warning (it does not block: the curves go on)
        boxes = [b for b in w.findChildren(QMessageBox, "csv_failed") if b.isVisible()]
        assert len(boxes) == 1
        box = boxes[0]
        title, text = box.windowTitle(), box.text()
        box.close()  # (it deletes itself on close: read it first)
        return title, text

    w = open_window(Config(samples=100, hidden=(4,)))
    bad = tmp_path / "points.csv"
    bad.write_text("x1,x2,label\n0.1,0.2,a\n0.3,oops,b\n")
    with qtbot.waitSignal(w.csv_loader.csv_loaded, timeout=10_000):
        w.csv_loader.load_csv(bad)
    title, text = said()
    assert _HANGUL.search(title)
    assert text == "points.csv, 3번째 줄: x2 값 'oops'은(는) 숫자가 아닙니다", text
    wide = tmp_path / "wide.csv"
    wide.write_text("1,2\n3,4\n")
    with qtbot.waitSignal(w.csv_loader.csv_loaded, timeout=10_000):
        w.csv_loader.load_csv(wide)
    text = said()[1]
    assert text == "wide.csv, 1번째 줄: 필드 2개가 있습니다. 3개(x1, x2, label)여야 합니다", text


def test_a_compared_run_is_named_by_its_setting_in_korean(korean):
    """Issue 23: tiles read "0 · 검증 46.2%" and "0.5"; they name the setting."""
    from dlviz.ui.compare import short

    assert short("hidden_layers=0") == "은닉층 0개"
    assert short("dropout=0.5") == "드롭아웃 0.5"
    assert short("optimizer=adam, lr=0.1") == "adam, 학습률 0.1"
