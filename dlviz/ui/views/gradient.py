"""The gradient flow view: the norm of each weight layer's gradient over time.

A log axis, one line per weight layer, coloured light (input side) to dark
(output side): in a deep sigmoid network the light lines sit decades below the
dark ones, and "the gradient vanishes toward the input" reads at a glance.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from ...training.messages import RunInfo
from .. import style
from ...training.frames import Frame
from .common import dress as _dress, finite as _finite, legend_beside as _legend

# Viridis from light yellow-green to dark purple: sequential, colour-blind safe, and
# neighbouring layers still differ in hue. The lightest end (yellow) is left out:
# it vanishes on white.
RAMP_LIGHT, RAMP_DARK = 0.82, 0.0
Y_FLOOR = 1e-12  # a gradient this small is zero for the learner; keeps the log range sane
DECADES = range(-12, 4)  # horizontal grid lines at 1e-12 .. 1e3
GRID_PEN = (0, 0, 0, 38)
POINTS_PER_PIXEL = 0.25  # curves are averaged down to one point per four pixels


def make_curve(plot: pg.PlotItem, rgb, name: str | None = None) -> pg.PlotDataItem:
    """A thick line that stays cheap to paint with thousands of points.

    Painting is what costs: one antialiased 2.5 px polyline of 300 noisy points took
    about 4 ms, nine of them 40 ms. Drawn as separate segments it is three times
    cheaper and looks the same. Downsampling is fixed by :func:`feed_curve` rather
    than left to pyqtgraph's auto mode, which recomputes every curve on every range
    change (three times a frame: the new data, the new x range, the new y range)."""
    c = plot.plot(pen=pg.mkPen(rgb, width=2.5), name=name)
    c.setDownsampling(ds=1, auto=False, method="mean")
    c.setClipToView(False)  # the view always shows the whole run
    c.setDynamicRangeLimit(None)  # the values are bounded: no re-render on a y range change
    c.curve.setSegmentedLineMode("on")
    return c


def feed_curve(curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray, pixels: float, force: bool = False) -> bool:
    """``curve.setData(x, y)``, averaged down to about ``POINTS_PER_PIXEL`` per pixel of
    ``pixels``; skipped (False) when that would draw the same points again, unless ``force``.

    The mean downsampling draws ``len(x) // ds`` points and leaves out the last
    ``len(x) % ds`` rows, so a new row changes the picture only once every ``ds``
    rows: a run of thousands of rows is redrawn about once a second, not 30 times
    (its ``xData`` lags by those few rows until then; views force the feed once a run
    stops). ``x`` and ``y`` must extend what the curve was last fed (diagnostics
    only grow within a run; :func:`clear_curve` starts over)."""
    ds = max(1, int(len(x) / max(pixels * POINTS_PER_PIXEL, 1.0)))
    key = (ds, len(x) // ds, len(x) if force else None)
    if getattr(curve, "_dlviz_fed", None) == key:
        return False
    curve._dlviz_fed = key
    # Set quietly: setDownsampling would redraw the old data once more; setData redraws.
    curve.opts["downsample"] = ds
    curve.setData(x, y)
    return True


def clear_curve(curve: pg.PlotDataItem) -> None:
    curve._dlviz_fed = None
    curve.setData([], [])


def layer_colors(n: int) -> list[tuple[int, int, int]]:
    """``n`` colours from light (layer 1, input side) to dark (the last layer)."""
    cmap = pg.colormap.get("viridis")
    t = np.linspace(RAMP_LIGHT, RAMP_DARK, n) if n > 1 else np.array([0.35])
    return [tuple(int(c) for c in rgba[:3]) for rgba in cmap.map(t, mode="byte")]


def weight_layer_names(n: int) -> list[str]:
    """"layer 1 (input)", "layer 2", ..., "output" for ``n`` weight layers."""
    if n == 1:
        return ["output"]
    return ["layer 1 (input)"] + [f"layer {i + 1}" for i in range(1, n - 1)] + ["output"]


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def log_tick_label(value: float) -> str:
    """1, 2 and 5 times a power of ten as a learner reads them: 0.01 .. 500 plainly,
    beyond that as powers (10⁻³, 5·10⁻⁴); anything else gets no label."""
    if not value > 0 or not np.isfinite(value):
        return ""
    e = int(np.floor(np.log10(value) + 1e-9))
    m = round(value / 10.0**e, 6)
    if m not in (1.0, 2.0, 5.0):
        return ""
    if -2 <= e <= 2:
        return f"{value:.{max(0, -e)}f}"
    power = "10" + str(e).translate(_SUPERSCRIPT)
    return power if m == 1.0 else f"{m:g}·{power}"


class LogAxis(pg.AxisItem):
    """A log axis labelled at 1, 2 and 5 times a power of ten, in one style:
    pyqtgraph labels every minor tick of a short range (0.06 0.07 0.08 0.09
    overlap) and mixes "0.0001" with "10⁻⁵"."""

    def logTickStrings(self, values, scale, spacing):
        return [log_tick_label(10.0**v * scale) for v in values]


class GradientView(pg.PlotWidget):
    """‖∂L/∂W‖ of every weight layer against the training step, log scale."""

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND, axisItems={"left": LogAxis("left")})
        self.setObjectName("gradient_plot")
        plot = self.getPlotItem()
        _dress(plot, "Gradient flow", "step", "gradient norm ‖∂L/∂W‖ (log scale)")
        plot.setLogMode(y=True)
        # pyqtgraph's grid (every minor tick of a log axis) cost 5 ms a paint; a line a
        # decade, drawn once, costs nothing and is what the eye reads a log axis by.
        for d in DECADES:
            plot.addItem(pg.InfiniteLine(d, angle=0, pen=pg.mkPen(GRID_PEN)), ignoreBounds=True)
        plot.disableAutoRange()  # update_frame sets the ranges: auto-range costs extra paints
        plot.setMouseEnabled(x=True, y=False)
        plot.hideButtons()
        plot.getAxis("left").setWidth(60)
        # Right of the plot, not on it: the lines fill the whole height sooner or later.
        self.legend = _legend(plot)
        self.curves: list[pg.PlotDataItem] = []
        self._n_drawn: tuple | None = None  # (diagnostic rows, whole) in the curves
        self._frame: Frame | None = None
        self._info: RunInfo | None = None
        self._x1 = 1.0  # the ranges shown: x 0 .. x1, y in log10
        self._y = (-4.0, 0.0)

    @property
    def export_target(self) -> pg.PlotWidget:
        return self

    def set_run(self, info: RunInfo) -> None:
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
        for c in self.curves:
            clear_curve(c)
        self._n_drawn = None
        self._frame = None
        self._x1 = 1.0
        self._y = (-4.0, 0.0)
        plot.setRange(xRange=(0.0, self._x1), yRange=self._y, padding=0.03)

    def update_frame(self, frame: Frame) -> None:
        if frame is self._frame:
            return
        if frame.info is not self._info:  # a run that set_run never saw: start over
            self.set_run(frame.info)
        self._frame = frame
        g, steps = frame.grad_norm, frame.diag_step
        key = history_key(frame, g, len(self.curves), self._n_drawn)
        if key is None:
            return
        self._n_drawn, whole = key, key[1]
        plot = self.getPlotItem()
        pixels = plot.vb.width() or 400.0
        lo, hi = np.inf, -np.inf
        fed = False
        for l, c in enumerate(self.curves):
            x, y = _finite(steps, g[:, l], positive=True)
            fed |= feed_curve(c, x, y, pixels, force=whole)
            if len(y):
                lo, hi = min(lo, float(y.min())), max(hi, float(y.max()))
        if not fed:
            return  # the same picture: leave the ranges too
        x1 = grow_x(self._x1, float(steps[-1]) if len(steps) else 0.0)
        y = self._y
        if hi >= lo:
            y = fit_log_range(self._y, max(lo, Y_FLOOR), max(hi, Y_FLOOR))
        if (x1, y) != (self._x1, self._y):
            self._x1, self._y = x1, y
            plot.setRange(xRange=(0.0, x1), yRange=y, padding=0.03)  # one range change, not two


def history_key(frame: Frame, table: np.ndarray, n_curves: int, drawn: tuple | None) -> tuple | None:
    """What a per-layer history plot draws ``table`` (one row per diagnostic, one
    column per curve) under: (rows, whole), whole meaning that a stopped run shows
    (and holds) every row. None when that is already drawn (most frames of a paused
    run) or the table does not fit the curves."""
    key = (len(frame.diag_step), frame.snap.state != "training")
    if key == drawn or table.ndim != 2 or table.shape[1] != n_curves:
        return None
    return key


def grow_x(x1: float, last: float, headroom: float = 1.1) -> float:
    """The right end of a step axis: grows by ``headroom`` when the data reach it.

    A range that changes every frame redraws every axis and re-measures every curve
    (pyqtgraph, in Python): a third of a frame's cost. This one changes once per
    10 % of growth."""
    if last <= x1:
        return x1
    return max(1.0, last * headroom)


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
