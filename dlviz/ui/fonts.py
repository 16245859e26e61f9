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
_system_hangul: bool | None = None  # whether a font of the system's own has Hangul (see system_draws_hangul)
PROBE = "학"  # a Hangul syllable: what a font lacking Korean draws as a box


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
    system_draws_hangul()  # asked now: once the bundled font is the fallback, every font "has" Hangul
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


def font_has_glyphs(font, text: str = PROBE) -> bool:
    """Whether Qt draws every character of ``text`` in ``font`` with a real glyph: from
    the font or from the fallback Qt finds for it (fontconfig's, then ours), not a box."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = [run.rawFont() for run in layout.glyphRuns()]
    return bool(runs) and all(any(r.supportsCharacter(ord(c)) for r in runs) for c in text if not c.isspace())


def system_draws_hangul() -> bool:
    """Whether the system has a font of its own with Hangul (the bundled one aside).
    Checked once, before :func:`register_fonts` adds the bundled font; needs a QGuiApplication."""
    global _system_hangul
    if _system_hangul is None:
        from PySide6.QtGui import QFont, QGuiApplication

        if QGuiApplication.instance() is None:
            raise RuntimeError("system_draws_hangul() needs a QApplication first")
        if _registered is not None:  # (too late to tell the system's fonts from ours: ask fontconfig)
            _system_hangul = _fontconfig_has(PROBE)
        else:
            _system_hangul = font_has_glyphs(QFont(QGuiApplication.font()))
    return _system_hangul


def _fontconfig_has(text: str) -> bool:
    import shutil
    import subprocess

    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    try:
        out = subprocess.run([fc_list, f":charset={ord(text[0]):x}", "family"], capture_output=True, text=True,
                             timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(out.strip())


def has_hangul(text: str) -> bool:
    """Whether ``text`` holds a Hangul syllable or jamo."""
    return any("\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f" for c in text)


def wm_title(text: str, source: str) -> str:
    """The title to give a top-level window: ``text`` (translated), or ``source`` (its
    English) when ``text`` has Hangul that no system font has. The window manager draws
    title bars with the system's fonts, not with the font dlviz bundles, so a Korean
    title on a machine without a Korean font shows boxes there, while the window's own
    text (drawn by Qt with the bundled font) is fine."""
    if not has_hangul(text) or system_draws_hangul():
        return text
    return source
