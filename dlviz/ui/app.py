"""Starting the application: the window, or an offscreen screenshot of it."""

from __future__ import annotations

import os
import sys

SCREENSHOT_SIZE = (1920, 1080)


def run_app(screenshot: str | None = None, train_seconds: float = 2.0, config=None,
            size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
    """Open the window (with ``config``, else the remembered settings) and run the
    event loop; with ``screenshot``, open it offscreen at ``size``, train for
    ``train_seconds``, save a PNG of it and exit."""
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dlviz")
    app.setOrganizationName("dlviz")
    if screenshot:
        win = MainWindow(config)  # not the user's saved settings: a reproducible picture
        win.resize(*size)
        win.show()
        result = {"code": 0}

        def grab():
            if win.isVisible():
                win.grab().save(screenshot) or result.update(code=1)
                win.close()

        def on_frame(frame):
            # The paused frame carries the full-resolution grid (a deep net trains
            # on a coarser one); the views that redraw in turn get a moment more.
            if frame.snap.state != "training":
                win.frame_drawn.disconnect(on_frame)
                QTimer.singleShot(400, grab)

        def shoot():
            win.frame_drawn.connect(on_frame)
            win.pause()
            QTimer.singleShot(3000, grab)  # should the paused frame never come

        def start():
            win.play()
            QTimer.singleShot(int(max(train_seconds, 0) * 1000), shoot)

        QTimer.singleShot(300, start)
        app.exec()
        if result["code"] == 0:
            print(f"wrote {screenshot}")
        return result["code"]
    settings = QSettings("dlviz", "dlviz")
    win = MainWindow(config, settings=settings)
    win.resize(1366, 768) if win.size().width() < 800 else None
    win.show()
    return app.exec()
