"""The fonts bundled in ``resources/fonts``: registered at startup so that Hangul
renders on a machine with no Korean font of its own (CI, a fresh Linux, an
exported PNG).

NanumGothic (SIL OFL 1.1, ``resources/fonts/OFL-NanumGothic.txt``) is added to
Qt's application fonts and made the fallback of the fonts the window really
uses: the Latin text keeps the system's font, and any glyph it lacks (Hangul)
comes from NanumGothic.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FONT_SUFFIXES = (".ttf", ".otf")

_registered: list[str] | None = None  # families added, once per process


def bundled_fonts() -> list:
    """The font files in ``resources/fonts`` (importlib.resources Traversables), by name."""
    folder = resources.files("dlviz.resources") / "fonts"
    return sorted((f for f in folder.iterdir() if f.name.lower().endswith(FONT_SUFFIXES)), key=lambda f: f.name)


def _add(font) -> list[str]:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QFontDatabase

    path = Path(str(font))
    # A real file is memory-mapped by Qt; from a zipped install only its bytes can be handed over.
    fid = (QFontDatabase.addApplicationFont(str(path)) if path.is_file()
           else QFontDatabase.addApplicationFontFromData(QByteArray(font.read_bytes())))
    return list(QFontDatabase.applicationFontFamilies(fid)) if fid >= 0 else []


def register_fonts() -> list[str]:
    """Add every bundled font to Qt and make them the fallback for the glyphs the
    window's fonts lack; the families added. Needs a QGuiApplication; calling it
    again does nothing more and returns the same families."""
    global _registered
    if _registered is not None:
        return list(_registered)
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QApplication first")
    families: list[str] = []
    for font in bundled_fonts():
        families += [f for f in _add(font) if f not in families]
    # Qt 6.8 has QFontDatabase.addApplicationFallbackFontFamily(script, family), but
    # PySide6 does not bind QChar::Script, so a substitution does the same job: Qt
    # tries a family's substitutes for each glyph the family does not have. It is
    # set on the *resolved* families (e.g. "DejaVu Sans"), not on aliases such as
    # "Sans Serif": a substitute of an alias would replace the Latin font as well.
    used = [QGuiApplication.font()] + [QFontDatabase.systemFont(kind) for kind in (
        QFontDatabase.SystemFont.GeneralFont, QFontDatabase.SystemFont.FixedFont,
        QFontDatabase.SystemFont.TitleFont)]
    for name in dict.fromkeys(QFontInfo(f).family() for f in used):
        if name and name not in families:
            QFont.insertSubstitutions(name, families)
    _registered = families
    return list(families)
