"""Starting the application: the window, or an offscreen screenshot of it."""

from __future__ import annotations

import os
import sys
from importlib import resources

from .qt_messages import SIZE_HINTS_NOTICE, quiet_qt_messages  # (app.quiet_qt_messages, as before)

SCREENSHOT_SIZE = (1920, 1080)
EPOCHS_TIMEOUT_S = 300  # --train-epochs: give up (no picture) if the run has not ended by then
MAX_TRAIN_SECONDS = 3600.0  # --train-seconds (dlviz.cli's, not imported here: a test keeps them equal)

__all__ = ["SIZE_HINTS_NOTICE", "quiet_qt_messages", "application", "run_app", "icon_path"]


def icon_path(ext: str = "svg"):
    """The application icon shipped in ``resources/icons``."""
    return resources.files("dlviz.resources") / "icons" / f"dlviz.{ext}"


def application():
    """The QApplication, made once, with dlviz's name and icon; Python's cycle
    collector runs in its thread only, on a timer (see :mod:`dlviz.ui.gc_policy`)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from . import gc_policy
    from .fonts import register_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dlviz")
    app.setOrganizationName("dlviz")
    app.setDesktopFileName("dlviz")  # Wayland matches the window to dlviz.desktop by this
    icon = QIcon()
    for ext in ("svg", "png"):
        with resources.as_file(icon_path(ext)) as path:
            icon.addFile(str(path))
    app.setWindowIcon(icon)
    register_fonts()  # Hangul renders even where the system has no Korean font
    gc_policy.install()
    return app


def run_app(screenshot: str | None = None, train_seconds: float = 2.0, config=None,
            size: tuple[int, int] = SCREENSHOT_SIZE, train_epochs: int | None = None, dataset=None,
            compare: dict | None = None, open_file: str | None = None, lang: str | None = None,
            lesson=None) -> int:
    """Open the window (with ``config``, else the remembered settings) and run the
    event loop; with ``screenshot``, open it offscreen at ``size``, train for
    ``train_epochs`` epochs (else ``train_seconds``), save a PNG of it and exit.
    ``dataset`` is the CSV ``config`` names, already loaded; ``compare`` ({key: values})
    opens a comparison; ``open_file`` opens an experiment file (.dlviz); ``lang`` ("en", "ko")
    overrides the remembered language and the system's; ``lesson`` (an id or a Lesson) opens
    that lesson in the Lessons dock. Returns the exit status: 2, with one line, when the
    system lacks libraries that Qt's X11 platform needs (checked before Qt starts)."""
    if screenshot and train_epochs is None and not 0 <= train_seconds <= MAX_TRAIN_SECONDS:
        raise ValueError(f"train_seconds must be 0 to {MAX_TRAIN_SECONDS:g}, got {train_seconds}")
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from . import xcb

    missing = xcb.problem()  # else Qt aborts the process (rc 134) naming one package of several
    if missing:
        print(f"dlviz: error: {missing}", file=sys.stderr)
        return 2
    from PySide6.QtCore import QSettings

    from ..config import Config
    from . import gc_policy, i18n
    from .main_window import MainWindow

    app = application()
    settings = None if screenshot else QSettings("dlviz", "dlviz")
    i18n.install(app, lang, settings)  # before any widget: strings are translated as they are built
    if screenshot:
        quiet_qt_messages()
        if train_epochs is not None:
            # The budget ends the run after exactly N epochs: the same picture everywhere.
            config = (config or Config()).replace(epochs=train_epochs)
        win = MainWindow(config, dataset=dataset)  # not the user's saved settings: a reproducible picture
        if compare:
            win.start_compare(compare)
        if open_file:
            win.open_experiment(open_file)
        if lesson is not None:
            win.resize(*size)  # first: the Lessons dock is placed by the window's height
            win.open_lesson(lesson)
        return _screenshot(app, win, screenshot, size, None if train_epochs is not None else train_seconds)
    win = MainWindow(config, settings=settings, dataset=dataset)
    if compare:
        win.start_compare(compare)
    if open_file:
        win.open_experiment(open_file)
    # A first start fills the screen's free area; a remembered size is kept where it fits.
    from PySide6.QtCore import Qt, QTimer

    from .layouts import fit_to_screen

    fill = not win.testAttribute(Qt.WA_Resized)
    fit_to_screen(win, fill=fill)
    win.show()
    QTimer.singleShot(0, lambda: fit_to_screen(win, fill=fill))  # again with the real frame
    if lesson is not None:
        win.open_lesson(lesson)  # once shown: the dock is placed by the window's size
    gc_policy.freeze()  # what start-up built stays: no full collection walks it again
    return app.exec()


def _screenshot(app, win, path: str, size: tuple[int, int], train_seconds: float | None) -> int:
    """Train (for ``train_seconds``, or until the run's epoch budget ends), pause,
    save a PNG of ``win`` to ``path``; the exit status."""
    from PySide6.QtCore import QTimer

    from .export import ExportError, export_window

    win.resize(*size)
    win.show()
    result = {"code": 1, "why": "the window closed before the picture was taken", "at": ""}
    by_epochs = train_seconds is None

    def grab(why_not: str = ""):
        if not win.isVisible():
            return
        try:
            if why_not:
                raise ValueError(why_not)
            export_window(win, path, scale=1.0)
            result.update(code=0)
        except (ExportError, OSError, ValueError) as e:
            result.update(why=str(e))
        win.close()

    def on_frame(frame):
        # The paused (or finished) frame carries the full-resolution grid (a deep
        # net trains on a coarser one); the views that redraw in turn get a moment more.
        state = frame.snap.state
        result["at"] = f" (epoch {frame.snap.epoch}, {state})"
        ended = state in ("finished", "diverged") if by_epochs else state != "training"
        if ended:
            win.frame_drawn.disconnect(on_frame)
            QTimer.singleShot(400, grab)

    def start():
        win.frame_drawn.connect(on_frame)  # by epochs: the run's end is the moment
        win.play()
        if by_epochs:
            QTimer.singleShot(EPOCHS_TIMEOUT_S * 1000, lambda: grab(
                f"training did not reach its epochs within {EPOCHS_TIMEOUT_S} s"))
        else:
            win.frame_drawn.disconnect(on_frame)
            QTimer.singleShot(int(max(train_seconds, 0) * 1000), shoot)

    def shoot():
        win.frame_drawn.connect(on_frame)
        win.pause()
        QTimer.singleShot(3000, grab)  # should the paused frame never come

    QTimer.singleShot(300, start)
    app.exec()
    if result["code"] == 0:
        print(f"wrote {path}{result['at']}")
    else:
        print(f"dlviz: error: no screenshot: {result['why']}", file=sys.stderr)
    return result["code"]
