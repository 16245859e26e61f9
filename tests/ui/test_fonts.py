"""The bundled Korean font: registered, the fallback for Hangul, drawn in widgets and plots.

A missing glyph is drawn as the same empty box whatever the character, so two
different Hangul strings of the same length rendering to the same pixels means
no font drew them; after registration they must differ."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _render(text: str, font=None):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    img = QImage(160, 40, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setFont(font or QGuiApplication.font())
    p.setPen(QColor("black"))
    p.drawText(img.rect(), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return img


def _dark_pixels(img) -> int:
    return sum(1 for y in range(img.height()) for x in range(img.width()) if img.pixelColor(x, y).value() < 128)


def _glyph_fonts(text: str, font):
    """The raw fonts Qt picks for each run of ``text`` laid out in ``font``."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont() for run in layout.glyphRuns()]


def test_the_font_and_its_licence_ship():
    from dlviz.ui.fonts import bundled_fonts

    names = [f.name for f in bundled_fonts()]
    assert "NanumGothic.ttf" in names
    licence = (ROOT / "resources" / "fonts" / "OFL-NanumGothic.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Version 1.1" in licence and "NAVER" in licence


def test_register_fonts_adds_nanum_gothic_once(qapp):
    from PySide6.QtGui import QFontDatabase

    from dlviz.ui.fonts import register_fonts

    families = register_fonts()
    assert families == ["NanumGothic"]
    assert "NanumGothic" in QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    assert register_fonts() == families  # a second call adds nothing


def test_hangul_draws_in_the_default_font(qapp):
    from PySide6.QtGui import QFontMetrics, QGuiApplication

    from dlviz.ui.fonts import register_fonts

    register_fonts()
    font = QGuiApplication.font()
    runs = _glyph_fonts("Loss 학습률", font)
    hangul = [r for r in runs if r.supportsCharacter(ord("학"))]
    assert hangul and all(r.supportsCharacter(ord(c)) for r in hangul for c in "학습률")
    # The Latin text keeps the system's font: the fallback covers only what it lacks.
    latin = [r for r in runs if not r.supportsCharacter(ord("학"))]
    assert not latin or latin[0].familyName() != "NanumGothic"
    assert QFontMetrics(font).horizontalAdvance("학습률") > 0
    a, b = _render("학습률"), _render("가나다")
    assert a != b, "two different Hangul words drew the same pixels: empty boxes"
    assert _dark_pixels(a) > 30


def _latin_font() -> Path | None:
    """DejaVu Sans, where the system has it: a Latin font without Hangul."""
    for folder in ("/usr/share/fonts", "/usr/local/share/fonts", "/usr/X11R6/lib/X11/fonts", "/Library/Fonts"):
        found = sorted(Path(folder).rglob("DejaVuSans.ttf")) if Path(folder).is_dir() else []
        if found:
            return found[0]
    return None


def _isolated_fonts(tmp_path: Path, *files: Path) -> dict:
    """The environment of a process whose fontconfig sees only ``files``: whatever fonts
    this machine has (a CJK one included), that process has no Korean font of its own."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    for f in files:
        (folder / f.name).write_bytes(f.read_bytes())
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{folder}</dir>
  <cachedir>{tmp_path / "cache"}</cachedir>
</fontconfig>
""", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FONTCONFIG_", "QT_QPA_FONTDIR"))}
    return {**env, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}


_BEFORE_AND_AFTER = """
import json, os
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
def bits(text):
    img = QImage(160, 40, QImage.Format.Format_RGB32); img.fill(QColor("white"))
    p = QPainter(img); p.setFont(app.font()); p.setPen(QColor("black")); p.drawText(5, 30, text); p.end()
    return bytes(img.constBits())
families = QFontDatabase.families()
system_korean = bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))
before = bits("학습률") != bits("가나다")
from dlviz.ui import fonts
system_hangul = fonts.system_draws_hangul()
fonts.register_fonts()
after = bits("학습률") != bits("가나다")
title = fonts.wm_title("dlviz — 학습률", "dlviz — learning rate")
print(json.dumps({"families": families, "system_korean": system_korean, "system_hangul": system_hangul,
                  "before": before, "after": after, "title": title}))
"""


def _before_and_after(env: dict) -> dict:
    proc = subprocess.run([sys.executable, "-c", _BEFORE_AND_AFTER], capture_output=True, text=True, timeout=60,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_without_registration_hangul_is_boxes_with_it_glyphs(tmp_path):
    """In a fresh process whose fontconfig holds a Latin font only (whatever this
    machine has installed: a CJK font once made this test fail): before
    register_fonts() the words are boxes, after it they are glyphs."""
    latin = _latin_font()
    got = _before_and_after(_isolated_fonts(tmp_path, *([latin] if latin else [])))
    assert "NanumGothic" not in got["families"]
    assert got["system_korean"] is False and got["system_hangul"] is False
    assert got["before"] is False  # what the window shows without the bundled font
    assert got["after"] is True
    assert got["title"] == "dlviz — learning rate"  # the window manager could not draw the Korean title


def test_a_system_korean_font_is_noticed(tmp_path):
    """The same with a Korean font installed on the system (here a copy of the bundled
    one): Hangul draws before registration, and titles may be Korean."""
    from dlviz.ui.fonts import bundled_fonts

    nanum = next(Path(str(f)) for f in bundled_fonts() if f.name == "NanumGothic.ttf")
    latin = _latin_font()
    got = _before_and_after(_isolated_fonts(tmp_path, nanum, *([latin] if latin else [])))
    assert got["system_hangul"] is True and got["before"] is True and got["after"] is True
    assert got["title"] == "dlviz — 학습률"


def test_wm_title_keeps_latin_and_falls_back_to_english(monkeypatch):
    from dlviz.ui import fonts

    monkeypatch.setattr(fonts, "_system_hangul", False)
    assert fonts.wm_title("손실 곡선", "Loss curves") == "Loss curves"
    assert fonts.wm_title("Sweep", "Sweep") == "Sweep"
    assert fonts.wm_title("dlviz — café", "x") == "dlviz — café"  # Latin text is drawn by any font
    monkeypatch.setattr(fonts, "_system_hangul", True)
    assert fonts.wm_title("손실 곡선", "Loss curves") == "손실 곡선"
    assert fonts.has_hangul("ㄱ") and fonts.has_hangul("학") and not fonts.has_hangul("dlviz — 1.5e-3")


@pytest.mark.parametrize("system_hangul, title", [(False, "dlviz — watch a neural network learn"),
                                                  (True, "dlviz — 신경망이 배우는 모습 보기")])
def test_the_korean_window_s_title_bar_never_shows_boxes(qapp, qtbot, monkeypatch, system_hangul, title):
    from dlviz.ui import fonts, i18n
    from dlviz.ui.main_window import MainWindow

    monkeypatch.setattr(fonts, "_system_hangul", system_hangul)
    assert i18n.install(qapp, "ko") == "ko"
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.windowTitle() == title
        assert w.menuBar().actions()[0].text() != "&File"  # the window itself is Korean either way
    finally:
        i18n.uninstall(qapp)


def test_every_window_title_goes_through_wm_title():
    """The labs, dialogs and the glossary are top-level windows too: each title bar is
    drawn by the window manager, so each title must fall back to English like the main one."""
    import re

    root = Path(__file__).resolve().parents[2] / "dlviz" / "ui"
    bare = [f"{p.relative_to(root)}: {line.strip()}" for p in root.rglob("*.py")
            for line in p.read_text(encoding="utf-8").splitlines()
            if re.search(r"setWindowTitle\((?!wm_title\()", line)]
    assert not bare, bare


def test_application_registers_the_fonts(qapp):
    from PySide6.QtGui import QFontDatabase

    from dlviz.ui.app import application

    application()
    assert "NanumGothic" in QFontDatabase.families(QFontDatabase.WritingSystem.Korean)


def _plot_png(qtbot, title: str, path: Path):
    import pyqtgraph as pg
    from pyqtgraph.exporters import ImageExporter
    from PySide6.QtGui import QImage

    w = pg.PlotWidget(background="w")
    qtbot.addWidget(w)
    w.setTitle(title, color="k", size="16pt")
    w.setLabel("bottom", "에포크")
    w.setLabel("left", "손실 (교차 엔트로피)")
    w.plot([1, 2, 3, 4], [1.1, 0.7, 0.5, 0.45], pen=pg.mkPen("#0072B2", width=2))
    w.resize(480, 320)
    w.show()
    qtbot.waitExposed(w)
    ImageExporter(w.plotItem).export(str(path))
    return QImage(str(path))


def test_a_korean_plot_title_renders(qapp, qtbot, tmp_path):
    from dlviz.ui.fonts import register_fonts

    register_fonts()
    a = _plot_png(qtbot, "학습률에 따른 손실", tmp_path / "a.png")
    b = _plot_png(qtbot, "배치크기와 손실값", tmp_path / "b.png")  # as many syllables, other glyphs
    assert not a.isNull() and a.size() == b.size()
    top = a.height() // 8  # the title's band
    rows_a = [[a.pixel(x, y) for x in range(a.width())] for y in range(top)]
    rows_b = [[b.pixel(x, y) for x in range(b.width())] for y in range(top)]
    assert rows_a != rows_b, "the two titles drew the same pixels: empty boxes"
    if os.environ.get("DLVIZ_KEEP_FONT_PNG"):  # to look at the picture by eye
        a.save(os.environ["DLVIZ_KEEP_FONT_PNG"])


_SCRIPT_WINDOW = """
import json
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
app = QApplication([])  # a script's own application, not dlviz's
before = "NanumGothic" in QFontDatabase.families()
from dlviz.ui import MainWindow  # as the README's Python API has it
w = MainWindow()
after = "NanumGothic" in QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
w.close()
print(json.dumps({"before": before, "after": after, "type": type(w).__module__}))
"""


def test_a_window_built_from_a_script_registers_the_korean_font(tmp_path):
    """``from dlviz.ui import MainWindow`` works, and its window draws Hangul (a CSV's
    Korean class names, say) on a system without a Korean font, as `dlviz` does."""
    latin = _latin_font()
    proc = subprocess.run([sys.executable, "-c", _SCRIPT_WINDOW], capture_output=True, text=True, timeout=120,
                          env=_isolated_fonts(tmp_path, *([latin] if latin else [])))
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got == {"before": False, "after": True, "type": "dlviz.ui.main_window"}
