"""Train ▸ Step through backprop…: opens (or raises) the Backprop dock
(:class:`dlviz.ui.views.backprop.BackpropView`, a registered view) and connects it.

The dock draws; this module asks. A sample it wants is asked of the training process
(``RunController.request_backprop``: :func:`dlviz.training.backprop.walk_trainer` on the
focused run's current weights, microseconds there, never in the GUI thread); the answer,
or why there is none (a bad sample, no run, or the training process gone: the worker
answers every request it can no longer get an answer to), goes back to the dock. A click
on the decision regions while the dock is on screen follows the nearest training point.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

DOCK = "backprop_dock"


class BackpropLink:
    """The dock's view and the request it waits for (``token``: 0 for none); ``marker``
    rings the sample followed on the decision regions while the dock is on screen."""

    def __init__(self, win):
        self.win = win
        self.view = win.views[DOCK]
        self.dock = win.docks[DOCK]
        self.token = 0
        self.marker = pg.ScatterPlotItem(size=17, symbol="o", pen=pg.mkPen((0, 0, 0), width=2.5),
                                         brush=pg.mkBrush(None))
        self.marker.setZValue(5)
        self.marker.hide()
        win.decision_view.getPlotItem().addItem(self.marker)
        c = win.controller
        self.view.wanted.connect(self.request)
        c.backprop_ready.connect(self._on_ready)
        win.decision_view.point_clicked.connect(self._on_point)
        self.dock.visibilityChanged.connect(self._on_visible)

    def request(self, index: int) -> int:
        self.token = self.win.controller.request_backprop(int(index))
        return self.token

    def _on_ready(self, msg) -> None:
        if msg.request_id == self.token:
            self.token = 0
            self.view.show_answer(msg)
            self._mark()

    def _mark(self) -> None:
        s = self.view.sample
        x = None if s is None else s.x
        if x is None or len(x) != 2 or not self.dock.isVisible():
            self.marker.hide()
            return
        self.marker.setData([float(x[0])], [float(x[1])])
        self.marker.show()

    def _on_point(self, x: float, y: float) -> None:
        if self.dock.isVisible():
            self.view.pick_point(x, y)

    def _on_visible(self, shown: bool) -> None:
        # Brought to the front: a first walk (or the one the view waits for, asked again).
        if shown and self.view.walk is None and not self.token:
            self.view.follow(self.view.sample_box.value())
        self._mark()


def make(win) -> BackpropLink:
    return win.labs.backprop.window


def show(win, link: BackpropLink) -> None:
    """Show the Backprop dock in front: a tab with the Network the first time (unless the
    user has put it elsewhere), and follow its sample on the current weights."""
    dock = link.dock
    if not dock.isVisible() and not dock.isFloating():
        net = win.docks.get("network_dock")
        if net is not None and net.isVisible() and not net.isFloating():
            win.tabifyDockWidget(net, dock)
        dock.show()
        dock.raise_()
        _make_room(win, dock)
    dock.show()
    dock.raise_()
    if not link.token:
        link.view.follow(link.view.sample_box.value())



def _make_room(win, dock) -> None:
    """The walk-through needs room (a diagram with numbers, its formulas): the dock takes
    the height of its area from the views above or below it and about half the window's
    width, the decision regions (where a point is clicked) keeping the rest."""
    area = win.dockWidgetArea(dock)
    others = [d for d in win.docks.values() if d is not dock and d.isVisible() and not d.isFloating()
              and win.dockWidgetArea(d) == area and d not in win.tabifiedDockWidgets(dock)
              and d.objectName() != "controls_dock"]
    if others:
        win.resizeDocks([*others, dock], [1] * len(others) + [win.height()], Qt.Orientation.Vertical)
    centre = win.centralWidget()
    spare = centre.width() - 420 if centre is not None else 0  # the decision regions keep 420 px
    want = min(int(win.width() * 0.46), dock.width() + max(spare, 0))
    if dock.width() < want:
        win.resizeDocks([dock], [want], Qt.Orientation.Horizontal)


def add_to(win, lab) -> None:
    """Train ▸ Step through backprop… (objectName ``backprop_action``)."""
    lab.window = BackpropLink(win)
    lab.action = win.add_action("train", QCoreApplication.translate("backprop", "Step through backprop…"), lab.open,
                                name="backprop_action",
                                tip=QCoreApplication.translate("backprop", "Follow one training point forward and backward "
                                                               "through the network, with every number"))
