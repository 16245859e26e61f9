"""The weights view: a histogram of every weight layer's weights and biases.

Weights are bars coloured by sign (the app's one diverging pair), biases an
outlined step curve on the same axes. All layers share one set of bins (the
snapshot's ``weight_edges``, symmetric about 0), so their spreads compare.

A deep net's histograms keep a readable height (``ROW_MIN_HEIGHT``) and the grid
scrolls when the dock is shorter, rather than one layer at a time behind a
selector: all layers stay in one picture (and one exported PNG) to compare.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPicture
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy

from .. import style
from .common import StaticSample, axes, fixed, font, take_frame

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

BIAS_PEN = pg.mkPen(style.FOREGROUND, width=1.5)
ROW_MIN_HEIGHT = 128  # px per row of histograms: title, ticks and a readable data area
HEADER_HEIGHT = 56  # px of the title and the legend above the grid


def weight_layer_titles(n: int) -> list[str]:
    return [QCoreApplication.translate("views", "Layer {n}").format(n=i + 1) for i in range(n - 1)] + [QCoreApplication.translate("views", "Output")]


def grid_columns(n: int) -> int:
    """1-3 columns: one row up to 3 plots, then 2x2, then 3 wide (up to 3x3)."""
    return n if n <= 3 else 2 if n == 4 else 3


def _step_path(edges: np.ndarray, counts: np.ndarray) -> QPainterPath:
    """The outline of a histogram's bars, from the baseline round to the baseline."""
    if len(counts) == 0:
        return QPainterPath()
    xs = np.repeat(edges, 2)
    ys = np.concatenate(([0.0], np.repeat(counts, 2), [0.0]))
    return pg.arrayToQPath(xs, ys, connect="all")


class HistItem(pg.GraphicsObject):
    """Weights as bars coloured by sign and biases as a step outline, in one item.

    Written here rather than two ``BarGraphItem`` and a step ``PlotDataItem`` per
    layer: with nine layers redrawn at 30 Hz, pyqtgraph's per-item Python work
    (bounds, pixel vectors, data checks) cost 25 ms a frame; one item that
    records a QPicture when fed and plays it when painted costs a few."""

    def __init__(self):
        super().__init__()
        self.edges = np.zeros(0)
        self.weights = np.zeros(0)  # counts per bin
        self.biases = np.zeros(0)
        self._picture: QPicture | None = None
        self._rect = QRectF()
        self._neg = pg.mkBrush(style.NEGATIVE)
        self._pos = pg.mkBrush(style.POSITIVE)

    def set_data(self, edges: np.ndarray, weights: np.ndarray, biases: np.ndarray) -> None:
        self.edges, self.weights, self.biases = edges, weights, biases
        pic = QPicture()
        p = QPainter(pic)
        if len(edges) > 1:
            w = np.asarray(weights, dtype=np.float64)
            k = int(np.searchsorted(0.5 * (edges[:-1] + edges[1:]), 0.0))  # bins left of zero
            # Each sign's bars are one filled step outline: two fills, not forty rectangles.
            p.fillPath(_step_path(edges[: k + 1], w[:k]), self._neg)
            p.fillPath(_step_path(edges[k:], w[k:]), self._pos)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(BIAS_PEN)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(_step_path(edges, np.asarray(biases, dtype=np.float64)))
        p.end()
        self.prepareGeometryChange()
        self._picture = pic
        if len(edges) > 1:
            top = float(max(np.max(weights, initial=0), np.max(biases, initial=0), 1))
            self._rect = QRectF(float(edges[0]), 0.0, float(edges[-1] - edges[0]), top)
        else:
            self._rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p, *args) -> None:
        if self._picture is not None:
            self._picture.play(p)


class _LayerHist:
    """One weight layer's plot."""

    def __init__(self, title: str, left: bool, bottom: bool, small: bool):
        self.plot = p = pg.PlotItem(axisItems=axes())
        p.setTitle(title, size="10pt", color=style.FOREGROUND)
        p.titleLabel.setMaximumHeight(20)
        p.layout.setRowFixedHeight(0, 20)
        fixed(p)  # update_frame sets the ranges
        for side, text in (("bottom", QCoreApplication.translate("views", "value") if bottom else None), ("left", QCoreApplication.translate("views", "count") if left else None)):
            axis = p.getAxis(side)
            axis.setPen(style.FOREGROUND)
            axis.setTextPen(style.FOREGROUND)
            axis.setStyle(tickFont=font(9), tickTextOffset=3)
            axis.enableAutoSIPrefix(False)
            if text:
                axis.setLabel(text, **{"font-size": "10pt", "color": "#333333"})
        p.getAxis("left").setWidth(46 if left else 34)
        if small:  # a small plot has room for few ticks
            p.getAxis("bottom").setStyle(maxTickLevel=0)
            p.getAxis("left").setStyle(maxTickLevel=0)
        self.hist = HistItem()
        p.addItem(self.hist)
        self.zero = pg.InfiniteLine(0, angle=90, pen=pg.mkPen((0, 0, 0, 60), width=1))
        self.zero.setZValue(-1)
        p.addItem(self.zero, ignoreBounds=True)
        p.setRange(xRange=(-1, 1), yRange=(0, 1), padding=0)
        self._y_max = 0.0
        self._x_half = 0.0

    def draw(self, edges: np.ndarray | None, w: np.ndarray | None, b: np.ndarray | None) -> None:
        if edges is None or w is None or b is None:
            self.hist.set_data(np.zeros(0), np.zeros(0), np.zeros(0))
            return
        self.hist.set_data(edges, w, b)
        # The bins follow the largest |parameter| every snapshot; the axis only when
        # they outgrow it or shrink to half of it (an axis redraw is ~1 ms, nine plots).
        m = float(edges[-1])
        x_half = self._x_half
        if m > x_half or m < 0.5 * x_half:
            x_half = m * 1.15
        top = float(max(w.max(initial=0), b.max(initial=0)))
        y_max = self._y_max
        if top > y_max or top < 0.5 * y_max:  # grow at once, shrink only by half
            y_max = max(top, 1.0)
        if (x_half, y_max) != (self._x_half, self._y_max):
            self._x_half, self._y_max = x_half, y_max
            self.plot.setRange(xRange=(-x_half, x_half), yRange=(0, y_max * 1.1), padding=0)


class WeightsView(QScrollArea):
    """Histograms of each weight layer's weights (bars, by sign) and biases (outline),
    in a grid that scrolls when a deep net's rows would be squeezed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weights_plot")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.glw = pg.GraphicsLayoutWidget()
        self.glw.setBackground(style.BACKGROUND)
        self.setWidget(self.glw)
        ci = self.glw.ci
        self.title = ci.addLabel(QCoreApplication.translate("views", "Weights and biases"), row=0, col=0, size="12pt", color=style.FOREGROUND)
        self.legend = pg.LegendItem(labelTextSize="10pt", labelTextColor=style.FOREGROUND, brush=(255, 255, 255),
                                    pen=(200, 200, 200), colCount=3, sampleType=StaticSample)
        # pyqtgraph's legends ignore transformations, so a 2x PNG export drew them at 1x.
        self.legend.setFlag(self.legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # Stand-ins: the swatches must not toggle (or stand for) one plot's items.
        one = np.ones(1)
        self._keys = (pg.BarGraphItem(x0=0 * one, x1=one, height=one, brush=style.NEGATIVE, pen=None),
                      pg.BarGraphItem(x0=0 * one, x1=one, height=one, brush=style.POSITIVE, pen=None),
                      pg.PlotDataItem(pen=BIAS_PEN))
        for item, name in zip(self._keys, (QCoreApplication.translate("views", "weights &lt; 0"), QCoreApplication.translate("views", "weights &gt; 0"), QCoreApplication.translate("views", "biases"))):
            self.legend.addItem(item, name)
        ci.addItem(self.legend, row=1, col=0)
        ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter)
        ci.layout.setRowStretchFactor(2, 1)
        self.layers: list[_LayerHist] = []
        self.histogram_grid: pg.GraphicsLayout | None = None
        self._inside_drawn = None
        self._frame: Frame | None = None
        self._info = None

    @property
    def export_target(self) -> pg.GraphicsLayoutWidget:
        """The whole grid, scrolled-away rows included."""
        return self.glw

    def _new_run(self, info) -> None:
        self._info = info
        n = len(info.sizes) - 1
        if self.histogram_grid is not None:
            self.glw.ci.removeItem(self.histogram_grid)
        ncols = grid_columns(n)
        nrows = -(-n // ncols)
        box = pg.GraphicsLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.layout.setHorizontalSpacing(4)
        box.layout.setVerticalSpacing(2)
        self.layers = []
        for i, title in enumerate(weight_layer_titles(n)):
            r, c = divmod(i, ncols)
            # x labelled under each column's lowest plot, y left of each row
            bottom = i + ncols >= n
            layer = _LayerHist(title, left=c == 0, bottom=bottom, small=nrows >= 3 or ncols >= 3)
            box.addItem(layer.plot, row=r, col=c)
            self.layers.append(layer)
        self.glw.ci.addItem(box, row=2, col=0)
        self.glw.setMinimumHeight(HEADER_HEIGHT + nrows * ROW_MIN_HEIGHT)
        self.histogram_grid = box
        self._inside_drawn = None

    def update_frame(self, frame: Frame) -> None:
        """Draw the frame's histograms (a new run's frame rebuilds the grid)."""
        if not take_frame(self, frame):
            return
        inside = frame.inside
        if inside is self._inside_drawn:
            return
        self._inside_drawn = inside
        for l, layer in enumerate(self.layers):
            if inside is None or l >= len(inside.weight_hist):
                layer.draw(None, None, None)
            else:
                layer.draw(inside.weight_edges, inside.weight_hist[l], inside.bias_hist[l])
