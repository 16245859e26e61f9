"""The labs of a MainWindow (``window.labs``): each made on first use and kept for the session."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject

from . import backprop, landscape, lr_finder, paths, sweep
from .common import bring_up


class Lab:
    """One lab: its menu ``action``, and its dialog or ``window`` (None until first opened)."""

    def __init__(self, win, make: Callable, show: Callable):
        self._win, self._make, self._show = win, make, show
        self.window = None
        self.action = None

    def open(self, *_):
        """Make the lab (the first time) and show it in front; the lab's window."""
        if self.window is None:
            self.window = self._make(self._win)
        self._show(self._win, self.window)
        return self.window


class Labs(QObject):
    """``lr_finder`` (Train ▸ Find learning rate…), ``sweep`` (Train ▸ Sweep…), ``paths``
    (View ▸ Optimizer paths lab…), ``landscape`` (View ▸ Loss landscape…) and ``backprop``
    (Train ▸ Step through backprop…)."""

    def __init__(self, win):
        super().__init__(win)
        self.lr_finder = Lab(win, lr_finder.make, lr_finder.show)
        self.sweep = Lab(win, sweep.make, sweep.show)
        self.paths = Lab(win, paths.make, lambda _, w: bring_up(w))
        self.landscape = Lab(win, landscape.make, landscape.show)
        self.backprop = Lab(win, backprop.make, backprop.show)
        for module, lab in ((lr_finder, self.lr_finder), (sweep, self.sweep), (paths, self.paths),
                            (landscape, self.landscape), (backprop, self.backprop)):
            module.add_to(win, lab)
        win.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        """The window closes: a sweep still running stops (its workers would keep the
        program alive until their cells end), and so does an LR test (within 25 steps)."""
        if event.type() == QEvent.Type.Close:
            if self.sweep.window is not None:
                self.sweep.window.cancel()
                self.sweep.window.wait(5.0)
                self.sweep.window.release_workers()
            if self.lr_finder.window is not None:
                self.lr_finder.window.cancel()
        return False
