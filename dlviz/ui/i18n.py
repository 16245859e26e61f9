"""The window's language: English (the source strings) or Korean (``resources/i18n/dlviz_ko.qm``).

The choice, first that applies: ``dlviz --lang ko``, the remembered View ▸ Language
("language" in QSettings), the system locale. Korean installs dlviz's own
translator and Qt's (``qtbase_ko``, so standard buttons such as Close read 닫기 too).
Strings are translated when a widget is built, so a new choice takes effect when
the window is built again: View ▸ Language says so and offers to do it now.

``dlviz.ui.i18n_update`` refreshes ``dlviz_ko.ts`` from the sources and
compiles it; ``current_language()`` is what other modules ask (lessons pick their
text by it).
"""

from __future__ import annotations

import gc
import sys
from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from ..common.messages import Message, compiled_languages, message_of
from . import gc_policy

def _languages() -> dict[str, str]:
    """English and every compiled translation (resources/i18n/dlviz_<code>.qm), each named in itself."""
    return {code: "English" if code == "en" else QLocale(code).nativeLanguageName() or code
            for code in compiled_languages()}


#: The languages the window speaks, by code, each named in itself: a new language is a new
#: ``.ts`` file compiled to its ``.qm`` (``python -m dlviz.ui.i18n_update --new <code>``).
LANGUAGES = _languages()
SETTINGS_KEY = "language"

_current = "en"
_installed: list[QTranslator] = []  # installed by us (the app holds no reference of its own)


def _tr(text: str) -> str:
    return QCoreApplication.translate("i18n", text)


#: pyqtgraph's own strings the window shows (the plots' right-click menu), from
#: pyqtgraph/GraphicsScene/GraphicsScene.py and graphicsItems/ViewBox/ViewBoxMenu.py: lupdate is
#: not run over site-packages, so they are marked here (tests/ui/test_translations.py checks that
#: the installed pyqtgraph asks for no other).
PYQTGRAPH_STRINGS = (
    QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),
    QT_TRANSLATE_NOOP("ViewBox", "ViewBox options"),
    QT_TRANSLATE_NOOP("ViewBox", "View All"),
    QT_TRANSLATE_NOOP("ViewBox", "axis"),
    QT_TRANSLATE_NOOP("ViewBox", "Mouse Mode"),
    QT_TRANSLATE_NOOP("ViewBox", "3 button"),
    QT_TRANSLATE_NOOP("ViewBox", "1 button"),
)
#: The files of the installed pyqtgraph whose ``translate("ctx", "text")`` calls PYQTGRAPH_STRINGS covers.
PYQTGRAPH_FILES = ("GraphicsScene/GraphicsScene.py", "graphicsItems/ViewBox/ViewBoxMenu.py")


#: The context of the Qt-free layers' messages (``dlviz.common.messages.Message`` templates).
ERRORS_CONTEXT = "errors"


def explain(error: BaseException | Message | str) -> str:
    """An error from below the window (ConfigError, DataError, ExperimentError, ...) in the
    window's language: its Message's template translated in the context "errors" and
    filled with its values; an error without a Message, or a template with no
    translation, reads as its English text."""
    message = error if isinstance(error, (Message, str)) else message_of(error)
    if isinstance(message, str):
        return message
    return message.render(lambda template: QCoreApplication.translate(ERRORS_CONTEXT, template))


def system_language() -> str:
    """"ko" when the system locale is Korean, else "en"."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def current_language() -> str:
    """The language installed now: "en" or "ko"."""
    return _current


def stored_language(settings: QSettings | None) -> str | None:
    """The remembered View ▸ Language choice, or None (none stored, or not a language)."""
    if settings is None:
        return None
    value = settings.value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def choose(lang: str | None = None, settings: QSettings | None = None) -> str:
    """The language to use: ``lang``, else the stored choice, else the system's."""
    if lang is not None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
        return lang
    return stored_language(settings) or system_language()


def qm_file(lang: str):
    """dlviz's compiled translation for ``lang`` (an importlib.resources Traversable)."""
    return resources.files("dlviz.resources") / "i18n" / f"dlviz_{lang}.qm"


def uninstall(app=None) -> None:
    """Remove the translators :func:`install` added: the window is English again."""
    global _current
    app = app or QCoreApplication.instance()
    while _installed:
        t = _installed.pop()
        if app is not None:
            app.removeTranslator(t)
    _current = "en"


def _load(name: str, folder: str) -> QTranslator | None:
    t = QTranslator()
    return t if t.load(name, folder) and not t.isEmpty() else None


def install(app=None, lang: str | None = None, settings: QSettings | None = None) -> str:
    """Install the translators of the chosen language (see :func:`choose`) into
    ``app`` (default: the running QCoreApplication) before the window is built;
    the language now in use. A missing or unreadable ``.qm`` leaves the window in
    English with a warning on stderr."""
    global _current
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("i18n.install() needs a QApplication first")
    wanted = choose(lang, settings)
    uninstall(app)
    if wanted == "en":
        return _current
    ours = None
    try:
        qm = qm_file(wanted)
        if qm.is_file():
            # From bytes we hold, not the file: QTranslator maps a file it loads, and a .qm rewritten
            # while the window runs (an upgrade, a translation refresh) then crashed it in translate().
            data = qm.read_bytes()
            t = QTranslator()
            if t.load(data) and not t.isEmpty():
                t.qm_data = data  # Qt reads from it as long as the translator lives
                ours = t
    except (OSError, ValueError) as e:
        print(f"dlviz: warning: cannot read the {LANGUAGES[wanted]} translation: {e}", file=sys.stderr)
        return _current
    if ours is None:
        print(f"dlviz: warning: the {LANGUAGES[wanted]} translation ({qm_file(wanted).name}) is missing or "
              "unreadable; the window stays in English", file=sys.stderr)
        return _current
    qt_own = _load(f"qtbase_{wanted}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for t in (qt_own, ours):  # the last installed is asked first
        if t is not None and app.installTranslator(t):
            _installed.append(t)
    _current = wanted
    return _current


# -- View ▸ Language ---------------------------------------------------------------------------

#: What the message says, in the language just chosen (translated with that language's translator,
#: before it is installed).
_RESTART_TEXT = (QT_TRANSLATE_NOOP("i18n", "The language changes when dlviz starts again."),
                 QT_TRANSLATE_NOOP("i18n", "Restart now"), QT_TRANSLATE_NOOP("i18n", "Later"))
_UNSAFE_TEXT = QT_TRANSLATE_NOOP("i18n", "Restarting now would lose the runs you are comparing or have pinned: "
                                         "save them first (File ▸ Save experiment…).")


def translated_in(lang: str, context: str, text: str) -> str:
    """``text`` in ``lang`` (whichever language is installed now); English where it has none."""
    if lang == "en":
        return text
    t = QTranslator()
    try:
        data = qm_file(lang).read_bytes()
    except OSError:
        return text
    if not t.load(data):
        return text
    return t.translate(context, text) or text


def language_menu(win):
    """Add View ▸ Language (objectName "language_menu") to ``win``, a MainWindow, and return it:
    English / 한국어, the one in use checked; a choice is stored in the window's
    QSettings and applies when the window is built again ("Restart now")."""
    view = win.menu("view")
    view.addSeparator()
    menu = view.addMenu(QCoreApplication.translate("i18n", "Language"))
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code, name in LANGUAGES.items():
        a = QAction(name, menu)  # each language named in itself, so it is found whatever the window speaks
        a.setObjectName(f"language_{code}")
        a.setCheckable(True)
        a.setChecked(code == current_language())
        a.setData(code)
        a.triggered.connect(lambda _=False, c=code: choose_language(win, c))
        group.addAction(a)
        menu.addAction(a)
    return menu


def restart_is_safe(win) -> bool:
    """Can the window be built again without losing work? Not while comparing or with
    pinned runs (they live only in this window); the config and layout are stored."""
    c = win.controller
    return win.settings is not None and not c.compare and not win.pinned.ghosts


def choose_language(win, lang: str) -> QMessageBox | None:
    """Store ``lang`` as the window's language and say when it applies (with a
    "Restart now" button when the window can be rebuilt safely). The message box
    (for tests), or None when ``lang`` is already in use and stored."""
    if win.settings is not None:
        if stored_language(win.settings) == lang and lang == current_language():
            return None
        win.settings.setValue(SETTINGS_KEY, lang)
        win.settings.sync()
    if lang == current_language():
        return None
    text, now, later = (translated_in(lang, "i18n", t) for t in _RESTART_TEXT)
    box = QMessageBox(QMessageBox.Icon.Information, LANGUAGES[lang], text, parent=win)
    box.setObjectName("language_dialog")
    restart = None
    if restart_is_safe(win):
        restart = box.addButton(now, QMessageBox.ButtonRole.AcceptRole)
        restart.setObjectName("restart_now")
    else:
        box.setInformativeText(translated_in(lang, "i18n", _UNSAFE_TEXT))
    box.addButton(later, QMessageBox.ButtonRole.RejectRole)
    box.finished.connect(lambda _: rebuild(win, lang) if restart is not None and box.clickedButton() is restart
                         else None)
    box.open()
    return box


def rebuild(win, lang: str):
    """Close ``win`` (saving its settings), install ``lang``, open a new MainWindow
    on the same settings at the same place; the new window."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    geometry, settings = win.saveGeometry(), win.settings
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
    frozen = gc.get_freeze_count() > 0
    if frozen:
        gc_policy.thaw()  # the old window was frozen with start-up: its cycles must be freed now
    try:
        win.close()  # stores config, geometry and docks; stops the training process
        install(app, lang)
        new = type(win)(settings=settings)  # (a MainWindow: this module is below the window)
        new.restoreGeometry(geometry)
        new.show()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
    if frozen:  # once the old window is deleted: collect what it left, freeze the new one
        win.destroyed.connect(lambda: QTimer.singleShot(0, gc_policy.freeze))
    gc_policy.release(win)  # the Qt objects it holds without a Qt parent (pyqtgraph's menus) too
    win.deleteLater()  # its Qt objects die now, in the GUI thread, not when a collection finds them
    _windows[:] = [new]  # the old one was held by run_app's frame; this one by us
    return new


_windows: list = []
