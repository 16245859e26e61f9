"""The window: the only package that imports Qt.

``MainWindow`` is loaded on first use, so Qt-free helpers in this package (such
as :mod:`dlviz.ui.frame`) can be imported without starting Qt.
"""


def __getattr__(name):
    if name == "MainWindow":
        from .main_window import MainWindow

        return MainWindow
    raise AttributeError(name)


__all__ = ["MainWindow"]
