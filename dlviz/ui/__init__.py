"""The window: the only package that imports Qt.

``from dlviz.ui import MainWindow`` gives the window (imported on first use, so that
importing ``dlviz.ui`` alone stays cheap and Qt-free)."""

from __future__ import annotations

__all__ = ["MainWindow"]


def __getattr__(name: str):
    if name == "MainWindow":
        from .main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
