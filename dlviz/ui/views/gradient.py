"""The gradient flow view: the norm of each weight layer's gradient over time.

A log axis, one line per weight layer, coloured light (input side) to dark
(output side): in a deep sigmoid network the light lines sit decades below the
dark ones, and "the gradient vanishes toward the input" reads at a glance.

A gradient of exactly 0 (a layer under a step activation) has no place on a log
axis: it is drawn on the plot's floor, which is then labelled "0".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF

from .. import style
from .common import (Axis, CountAxis, axes, clear_curve, dress, dress_axis, feed_curve, finite, font, grow_x,
                     history_key, layer_colors, legend_beside, legend_size, make_curve, put_legend, take_frame)

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

Y_FLOOR = 1e-12  # a gradient this small is zero for the learner; keeps the log range sane
DECADES = range(-12, 4)  # horizontal grid lines at 1e-12 .. 1e3
GRID_PEN = (0, 0, 0, 38)
MIN_PLOT = 80  # px: the least height of the plot that a legend under it leaves


def weight_layer_names(n: int) -> list[str]:
    """"layer 1 (input)", "layer 2", ..., "output" for ``n`` weight layers."""
    if n == 1:
        return [QCoreApplication.translate("views", "output")]
    return [QCoreApplication.translate("views", "layer 1 (input)")] + [QCoreApplication.translate("views", "layer {n}").format(n=i + 1) for i in range(1, n - 1)] + [QCoreApplication.translate("views", "output")]


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def log_tick_label(value: float) -> str:
    """1, 2 and 5 times a power of ten, all in one style: 10⁻³, 2·10⁻³, 10⁰, 5·10¹;
    anything else gets no label. (Plain decimals for the middle decades mixed
    "0.01" with "10⁻³" on one axis.)"""
    if not value > 0 or not np.isfinite(value):
        return ""
    e = int(np.floor(np.log10(value) + 1e-9))
    m = round(value / 10.0**e, 6)
    if m not in (1.0, 2.0, 5.0):
        return ""
    power = "10" + str(e).translate(_SUPERSCRIPT)
    return power if m == 1.0 else f"{m:g}·{power}"


class LogAxis(Axis):
    """A log axis labelled at 1, 2 and 5 times a power of ten: pyqtgraph labels
    every minor tick of a short range (0.06 0.07 0.08 0.09 overlap)."""

    def logTickStrings(self, values, scale, spacing):
        return [log_tick_label(10.0**v * scale) for v in values]


class GradientView(pg.PlotWidget):
    """‖∂L/∂W‖ of every weight layer against the training step, log scale."""

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND,
                         axisItems=axes(left=LogAxis("left"), bottom=CountAxis("bottom")))
        self.setObjectName("gradient_plot")
        plot = self.getPlotItem()
        # Short: the long "gradient norm ‖∂L/∂W‖ (log scale)" ran off a 300 px high dock.
        dress(plot, QCoreApplication.translate("views", "Gradient flow"), QCoreApplication.translate("views", "training step"), QCoreApplication.translate("views", "‖∂L/∂W‖ (log scale)"))
        plot.setLogMode(y=True)
        # pyqtgraph's grid (every minor tick of a log axis) cost 5 ms a paint; a line a
        # decade, drawn once, costs nothing and is what the eye reads a log axis by.
        for d in DECADES:
            plot.addItem(pg.InfiniteLine(d, angle=0, pen=pg.mkPen(GRID_PEN)), ignoreBounds=True)
        plot.disableAutoRange()  # update_frame sets the ranges: auto-range costs extra paints
        plot.setMouseEnabled(x=True, y=False)
        plot.hideButtons()
        plot.getAxis("left").setWidth(72)  # "5·10⁻²" and the label beside it, not on it
        # Right of the plot, not on it: the lines fill the whole height sooner or later.
        # A deep net's legend (nine lines for 8 hidden layers) is taller than a laptop's
        # dock: it pushed the x axis out of the view. Then it goes under the plot, in
        # columns, or beside it in two (see _fit_legend).
        self.legend = legend_beside(plot)
        self._legend_place = (False, 1)  # (below, columns)
        plot.geometryChanged.connect(self._fit_legend)
        plot.vb.sigResized.connect(self._fit_label)  # (the legend moving under it shrinks it too)
        self.curves: list[pg.PlotDataItem] = []
        self._n_drawn: tuple | None = None  # (diagnostic rows, last step, whole) in the curves
        self._frame: Frame | None = None
        self._info = None
        self._x1 = 1.0  # the ranges shown: x 0 .. x1, y in log10
        self._y = (-4.0, 0.0)
        # "0" on the floor, where exact zeros are drawn; shown only while a curve has one.
        self.zero_label = pg.TextItem("0", color=style.FOREGROUND, anchor=(0.0, 1.0))  # just above the floor
        self.zero_label.setFont(font(11))
        self.zero_label.setVisible(False)
        plot.addItem(self.zero_label, ignoreBounds=True)

    @property
    def export_target(self) -> pg.PlotWidget:
        return self

    def _new_run(self, info) -> None:
        self._info = info
        plot = self.getPlotItem()
        n = len(info.sizes) - 1
        if len(self.curves) != n:
            for c in self.curves:
                self.legend.removeItem(c)
                plot.removeItem(c)
            self.curves = []
            for name, rgb in zip(weight_layer_names(n), layer_colors(n)):
                self.curves.append(make_curve(plot, rgb, name))
            # Output side on top: it is the reference the others are read against.
            for z, c in enumerate(self.curves):
                c.setZValue(z)
            self._legend_place = None  # (the legend was laid out anew)
            self._fit_legend()
        for c in self.curves:
            clear_curve(c)
        self._n_drawn = None
        self._x1 = 1.0
        self._y = (-4.0, 0.0)
        plot.setRange(xRange=(0.0, self._x1), yRange=self._y, padding=0.03)

    def _fit_legend(self) -> None:
        """The legend beside the plot while it fits the height of the plot and its x
        axis; else where it leaves the plot the larger area: under it in as many
        columns as fit its width, or beside it in as few columns as fit its height."""
        plot = self.getPlotItem()
        n = len(self.legend.items)
        left, top, right, bottom = plot.layout.getContentsMargins()
        # The room of the view box and legend: the plot less its fixed-size parts.
        axis_h = plot.getAxis("bottom").height()
        w0 = plot.width() - left - right - plot.getAxis("left").width()
        h0 = plot.height() - top - bottom - plot.layout.rowMaximumHeight(0) - axis_h
        if n == 0 or w0 <= 1 or h0 <= 1:
            return
        def size(k):
            return legend_size(self.legend, k)

        place = (False, 1)
        if size(1).height() > h0 + axis_h:
            across = max([k for k in range(1, n + 1) if size(k).width() <= w0] or [1])
            below_h = h0 - size(across).height() - 6
            up = next((k for k in range(2, n + 1) if size(k).height() <= h0 + axis_h), n)
            beside_w = w0 - size(up).width()
            below = below_h >= MIN_PLOT or below_h * w0 >= beside_w * h0
            place = (True, across) if below else (False, up)
        if place != self._legend_place:
            self._legend_place = place
            put_legend(plot, self.legend, *place)

    def _fit_label(self) -> None:
        """The y label in full while the plot is tall enough for it; else without its
        "(log scale)" (the decades on the axis say it), so it never reaches the title."""
        axis = self.getPlotItem().getAxis("left")
        long, short = QCoreApplication.translate("views", "‖∂L/∂W‖ (log scale)"), QCoreApplication.translate("views", "‖∂L/∂W‖")
        room = self.getPlotItem().vb.height() + 10  # the label may pass the box a little
        fm = QFontMetricsF(font(11))  # dress_axis's label size
        text = long if fm.horizontalAdvance(long) <= room else short
        if axis.labelText != text:
            dress_axis(axis, text)

    @property
    def legend_below(self) -> bool:
        """Is the legend under the plot (too tall to stand beside it)?"""
        return bool(self._legend_place and self._legend_place[0])

    def update_frame(self, frame: Frame) -> None:
        """Draw the frame's per-epoch gradient rows (a new run's frame starts over)."""
        if not take_frame(self, frame):
            return
        g, steps = frame.grad_norm, frame.diag_step
        key = history_key(frame, g, len(self.curves), self._n_drawn)
        if key is None:
            return
        self._n_drawn, whole = key, key[-1]
        plot = self.getPlotItem()
        pixels = plot.vb.width() or 400.0
        lo, hi = np.inf, -np.inf
        series, zeros = [], False
        for l in range(len(self.curves)):
            x, y = finite(steps, g[:, l])
            x, y = x[y >= 0], y[y >= 0]  # (a norm is never negative: such a value is not shown)
            series.append((x, y))
            pos = y[y > 0]
            zeros |= len(pos) < len(y)
            if len(pos):
                lo, hi = min(lo, float(pos.min())), max(hi, float(pos.max()))
        y = self._y
        if hi >= lo:
            y = fit_log_range(self._y, max(lo, Y_FLOOR), max(hi, Y_FLOOR))
        floor = 10.0 ** y[0]  # exact zeros lie on the floor of the range (the padding is below it)
        fed = False
        for c, (x, v) in zip(self.curves, series):
            fed |= feed_curve(c, x, np.where(v > 0, v, floor), pixels, force=whole or (zeros and y != self._y))
        if not fed:
            return  # the same picture: leave the ranges too
        x1 = grow_x(self._x1, float(steps[-1]) if len(steps) else 0.0)
        self.zero_label.setVisible(zeros)
        if zeros:
            self.zero_label.setPos(0.0, y[0])  # (a log plot places items in log10 units)
        if (x1, y) != (self._x1, self._y):
            self._x1, self._y = x1, y
            plot.setRange(xRange=(0.0, x1), yRange=y, padding=0.03)  # one range change, not two


def fit_log_range(current: tuple[float, float], lo: float, hi: float, margin: float = 0.25) -> tuple[float, float]:
    """(log10 low, log10 high) holding [lo, hi]: kept while it fits and is not more than
    two decades too wide, else refitted with ``margin`` decades either side."""
    y0, y1 = np.log10(lo), np.log10(hi)
    c0, c1 = current
    if c0 <= y0 and y1 <= c1 and (c1 - c0) - (y1 - y0) <= 2.0:
        return current
    if y1 - y0 < 1.0:  # at least a decade: small wiggles must not look like a cliff
        mid = 0.5 * (y0 + y1)
        y0, y1 = mid - 0.5, mid + 0.5
    return (float(y0 - margin), float(y1 + margin))
