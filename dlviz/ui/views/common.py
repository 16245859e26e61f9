"""The look every view shares: titles, axes, fonts and legends sized for a slide."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy

from .. import style


def font(points: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def dress_axis(axis: pg.AxisItem, label: str) -> None:
    """One axis in the house colours and fonts, with its label."""
    axis.setPen(style.FOREGROUND)
    axis.setTextPen(style.FOREGROUND)
    axis.setStyle(tickFont=font(10))
    axis.setLabel(label, **{"font-size": "11pt", "color": "#333333"})
    axis.enableAutoSIPrefix(False)  # "epoch (x0.001)" or rescaled CSV units would puzzle a learner


def dress(plot: pg.PlotItem, title: str | None, x: str, y: str, label_ends: bool = False) -> None:
    """Title, axis labels and fonts large enough for a slide, in the house colours.

    ``label_ends``: label the axis ends even when their text overhangs (the
    decision view's bounds are worth reading)."""
    if title is not None:
        plot.setTitle(title, size="12pt", color=style.FOREGROUND)
    for side, text in (("bottom", x), ("left", y)):
        axis = plot.getAxis(side)
        dress_axis(axis, text)
        if label_ends:
            axis.setStyle(hideOverlappingLabels=False)


def finite(x: np.ndarray, y: np.ndarray, positive: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The points where both are finite (and y > 0 on a log axis): pyqtgraph must never see NaN/inf."""
    ok = np.isfinite(x) & np.isfinite(y)
    if positive:
        ok &= y > 0
    if ok.all():
        return x, y
    return x[ok], y[ok]


def legend_beside(plot: pg.PlotItem) -> pg.LegendItem:
    """A legend right of the plot area, not on it: a learning curve sooner or later
    passes through every corner of its plot."""
    legend = pg.LegendItem(labelTextSize="10pt", labelTextColor=style.FOREGROUND, brush=(255, 255, 255),
                           pen=(200, 200, 200))
    # pyqtgraph's legends ignore transformations, so a 2x PNG export drew them at 1x.
    legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
    legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    plot.layout.addItem(legend, 2, 3, alignment=Qt.AlignmentFlag.AlignTop)
    plot.legend = legend  # PlotItem.plot(name=...) adds its curves here
    return legend


class StaticSample(ItemSample):
    """A legend swatch that ignores clicks (pyqtgraph's toggles its item's visibility)."""

    def mouseClickEvent(self, ev):
        ev.accept()
