"""The comparison's curves: every run's loss and accuracy on one pair of axes.

One colour per run (not a class colour), the legend naming each run's differing
value(s). The x axis is epochs, steps or training seconds: the batch-size lesson
needs "per epoch" against "per second".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from .common import (R2_FLOOR, axes, dress, feed, finite, legend_item, loss_name, make_curve, point_budget,
                     regression, score_axis, score_range, score_scale, score_title)

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frames

#: Paul Tol's "muted" set, far from the Okabe-Ito class colours of the regions: its
#: nine colours, made to be told apart with the common colour-vision deficiencies, are
#: a 3 x 3 comparison's runs (sand, the palest, last: only the ninth run has it).
RUN_COLORS = ((0x33, 0x22, 0x88), (0xCC, 0x66, 0x77), (0x11, 0x77, 0x33), (0x88, 0x22, 0x55),
              (0x44, 0xAA, 0x99), (0x99, 0x99, 0x33), (0xAA, 0x44, 0x99), (0x88, 0xCC, 0xEE),
              (0xDD, 0xCC, 0x77))
X_AXES = ("epoch", "step", "seconds")
DIVERGED_EDGE = (0x33, 0x33, 0x33)  # the rim of a diverged run's ✕: seen on white and on its own curve
# Below this height the upper plot's x label goes (the lower one names the shared
# axis), as in the loss view: at 1366 x 768 the accuracy plot was cut off.
SHORT_VIEW = 330  # px
MIN_HEIGHT = 230  # px: the two plots, their titles and axes; the dock is never shorter


def run_rgb(i: int) -> tuple[int, int, int]:
    return RUN_COLORS[i % len(RUN_COLORS)]


def train_pen(rgb) -> pg.QtGui.QPen:
    """A run's train curves: solid and thin (the loss view draws train solid too)."""
    return pg.mkPen(rgb, width=1.5)


def val_pen(rgb) -> pg.QtGui.QPen:
    """A run's validation curves, the ones compared: dashed, as in the loss view, and thicker."""
    return pg.mkPen(rgb, width=2.5, style=pg.QtCore.Qt.PenStyle.DashLine)


class CompareCurves(QWidget):
    """Train (solid) and validation (dashed) loss and accuracy of every run: the line
    styles of the loss view, where validation is dashed too."""

    run_clicked = Signal(int)  # the index of the run whose legend entry was clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_curves")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        # The x-axis choice in a row of its own; a window may move it elsewhere (the
        # comparison dock puts it beside its tabs: the plots need every pixel of height).
        self.x_row = QWidget()
        self.x_row.setObjectName("compare_x_row")
        row = QHBoxLayout(self.x_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("views", "x axis")))
        self.x_axis = QComboBox()
        self.x_axis.setObjectName("compare_x")
        for key, text in zip(X_AXES, (QCoreApplication.translate("views", "epochs"), QCoreApplication.translate("views", "steps"), QCoreApplication.translate("views", "seconds of training"))):
            self.x_axis.addItem(text, key)
        self.x_axis.setToolTip(QCoreApplication.translate("views", "Compare per epoch, per update step, or per second of training time: "
                                  "a small batch wins per epoch and may lose per second."))
        self.x_axis.currentIndexChanged.connect(lambda _: self._redraw())
        row.addWidget(self.x_axis)
        row.addStretch(1)
        lay.addWidget(self.x_row)
        self.glw = pg.GraphicsLayoutWidget()
        # pyqtgraph's layout draws past a view too short for it (the accuracy plot was
        # cut off at 1366 x 768): the dock keeps this much room for it.
        self.glw.setMinimumHeight(MIN_HEIGHT)
        lay.addWidget(self.glw, 1)
        self.loss_plot = self.glw.addPlot(row=0, col=0, axisItems=axes())
        self.acc_plot = self.glw.addPlot(row=1, col=0, axisItems=axes())
        # No setXLink (pyqtgraph aligns linked views by pixel): both get the same x range.
        # The legends stand right of both plots, one column spanning their height (the
        # run colours hold for both): beside the loss plot alone, four runs' legend was
        # taller than the plot and pushed the accuracy plot out of the view.
        side = self.glw.addLayout(row=0, col=1, rowspan=2)
        side.setContentsMargins(4, 8, 0, 0)
        self.legend = legend_item()  # the runs
        self.loss_plot.legend = self.legend  # (PlotItem.plot(name=...) adds its curves here)
        # The line styles, as in the loss view: solid train, dashed validation.
        self.style_legend = legend_item()
        for r, leg in enumerate((self.legend, self.style_legend)):
            side.addItem(leg, row=r, col=0)
            side.layout.setAlignment(leg, pg.QtCore.Qt.AlignmentFlag.AlignTop | pg.QtCore.Qt.AlignmentFlag.AlignLeft)
        side.layout.setRowStretchFactor(2, 1)
        side.addLabel("", row=2, col=0)  # takes the height left over
        side.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.glw.ci.layout.setColumnStretchFactor(0, 1)  # the plots take the width left over
        for text, pen in ((QCoreApplication.translate("views", "train"), train_pen((90, 90, 90))), (QCoreApplication.translate("views", "validation"), val_pen((90, 90, 90)))):
            self.style_legend.addItem(pg.PlotDataItem([0, 1], [0, 0], pen=pen), text)
        self.curves: list[tuple[pg.PlotDataItem, ...]] = []  # per run: val loss, train loss, val acc, train acc
        self._smoothed = True  # the curves antialias (not while runs train: see _smooth)
        # Per run: an ✕ at the end of its loss and accuracy curves once it diverged.
        self.diverged_marks: list[tuple[pg.ScatterPlotItem, pg.ScatterPlotItem]] = []
        self._diverged: list[bool] = []  # the runs whose legend entry says "diverged"
        self._frames: Frames | None = None
        self._labels: tuple[str, ...] = ()
        self._ghosts: tuple = ()
        self._ghost_curves: list[tuple] = []  # (ghost index, loss curve, accuracy curve)
        self._run = None  # a RunInfo of the runs compared: their task names the loss and the score
        self._score_range = (0.0, 100.0)
        self._dress()
        self._dressed = self.x_key
        self._ranges = (0.0, 0.0)  # the x and loss-y ranges set last
        self.glw.installEventFilter(self)  # its height decides the upper x label

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.glw and event.type() == QEvent.Type.Resize:
            self.loss_plot.getAxis("bottom").showLabel(event.size().height() >= SHORT_VIEW)
        return False

    def _dress(self) -> None:
        x = {"epoch": QCoreApplication.translate("views", "epoch"), "step": QCoreApplication.translate("views", "training step"), "seconds": QCoreApplication.translate("views", "training time (s)")}[self.x_key]
        run = self._run
        dress(self.loss_plot, QCoreApplication.translate("views", "Loss: mean squared error") if regression(run)
              else QCoreApplication.translate("views", "Loss"), x, loss_name(run, short=True))
        dress(self.acc_plot, score_title(run), x, score_axis(run))
        self._score_ticks()

    def _score_ticks(self) -> None:
        lo, hi = self._score_range
        ticks = (lo, 0.0, 0.5, 1.0) if regression(self._run) and lo < 0 else (
            (0, 0.5, 1) if regression(self._run) else (0, 50, 100))  # readable when short
        self.acc_plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in ticks], []])

    def _scores(self, values) -> np.ndarray:
        """Stored scores as shown: accuracy in %, R² as it is (at least R2_FLOOR)."""
        v = score_scale(self._run) * np.asarray(values, dtype=np.float64)
        return np.maximum(v, R2_FLOOR) if regression(self._run) else v

    @property
    def export_target(self) -> pg.GraphicsLayoutWidget:
        """What a PNG export draws: the plots, not the x-axis chooser."""
        return self.glw

    @property
    def x_key(self) -> str:
        return self.x_axis.currentData()

    def update_frames(self, frames: Frames, labels: tuple[str, ...]) -> None:
        """Draw every run of ``frames``; ``labels[i]`` names run i in the legend."""
        self._frames = frames
        first = next(iter(frames), None)  # (Frames, or any sequence of Frame)
        run = first.info if first is not None else None
        if run is not None and (self._run is None or regression(run) != regression(self._run)):
            self._run = run  # (the labels change with the task: re-dressed below)
            self._dressed = None
        elif run is not None:
            self._run = run
        if labels != self._labels or len(self.curves) != len(labels):
            self._rebuild(labels)
        self._smooth(not any(f.state == "training" for f in frames))  # (RunState is a str enum)
        self._redraw()

    def _smooth(self, on: bool) -> None:
        """Antialias the curves, or not while runs train. Up to 36 thick curves (16 of
        them dashed, which cannot be drawn as cheap segments) were most of a comparison's
        GUI time, and antialiasing is 2-3x of their paint: the 10 ms timer's p99 sat at
        ~50 ms. In motion the steps do not show; paused, ended and every PNG export
        (pyqtgraph's exporter antialiases on its own) get the smooth lines."""
        if on == self._smoothed:
            return
        self._smoothed = on
        for group in self.curves:
            for c in group:
                c.opts["antialias"] = on
                c.curve.opts["antialias"] = on
                c.curve.update()

    def set_ghosts(self, ghosts) -> None:
        """Pinned runs (``name``, ``curves``, ``visible``) as faded dash-dot lines."""
        from .. import style

        for _, lc, ac in self._ghost_curves:
            self.loss_plot.removeItem(lc)
            self.acc_plot.removeItem(ac)
            self.legend.removeItem(lc)
        self._ghost_curves = []
        self._ghosts = tuple(ghosts)
        for i, g in enumerate(self._ghosts):
            if g.visible:
                pen = pg.mkPen((*style.ghost_rgb(i), 150), width=2, style=pg.QtCore.Qt.PenStyle.DashDotLine)
                lc, ac = self.loss_plot.plot(pen=pen), self.acc_plot.plot(pen=pen)
                lc.setZValue(-2)
                ac.setZValue(-2)
                self.legend.addItem(lc, g.name if len(g.name) <= 24 else g.name[:23] + "…")
                self._ghost_curves.append((i, lc, ac))
        self._same_legend_width()
        self._redraw()

    def _ghost_x(self, g) -> np.ndarray:
        c = g.curves
        if self.x_key == "step":
            return np.asarray(c["epoch_step"], float)
        if self.x_key == "seconds":
            return np.asarray(c["epoch_seconds"], float)
        e = c.get("epoch")  # (each row's epoch: a long run's history is thinned)
        return np.asarray(e, float) if e is not None else np.arange(1, len(c["train_loss"]) + 1, dtype=np.float64)

    def _rebuild(self, labels: tuple[str, ...]) -> None:
        for group in self.curves:
            for c in group:
                c.getViewBox().removeItem(c) if c.getViewBox() else None
        for marks in self.diverged_marks:
            for m in marks:
                m.getViewBox().removeItem(m) if m.getViewBox() else None
        self.legend.clear()
        self.curves, self.diverged_marks = [], []
        self._smoothed = True  # (new curves antialias, as pyqtgraph's config says)
        self._diverged = [False] * len(labels)
        # Nine runs' entries, each a line of 10 pt, were taller than the dock at 1366 x 768
        # (the accuracy plot was cut off): more than six runs get a smaller, tighter legend.
        many = len(labels) > 6
        self.legend.opts["labelTextSize"] = "9pt" if many else "10pt"
        self.legend.layout.setVerticalSpacing(-4 if many else 0)
        for i, label in enumerate(labels):
            rgb = run_rgb(i)
            val = make_curve(self.loss_plot, rgb, name=label)
            train = make_curve(self.loss_plot, rgb)
            vacc = make_curve(self.acc_plot, rgb)
            tacc = make_curve(self.acc_plot, rgb)
            for c in (val, vacc):
                c.setPen(val_pen(rgb))
                c.curve.setSegmentedLineMode("off")  # segments would each restart the dashes: solid-looking
            for c in (train, tacc):
                c.setPen(train_pen(rgb))
            self.curves.append((val, train, vacc, tacc))
            marks = []
            for plot in (self.loss_plot, self.acc_plot):
                # In the run's colour, which ties it to its curve and legend entry.
                m = pg.ScatterPlotItem(symbol="x", size=17, pen=pg.mkPen(DIVERGED_EDGE, width=1), brush=pg.mkBrush(rgb))
                m.setZValue(10)  # over every curve
                plot.addItem(m)
                marks.append(m)
            self.diverged_marks.append(tuple(marks))
        self._labels = labels
        # ...and the two line styles go side by side.
        self.style_legend.setColumnCount(2 if many else 1)
        # A click on a run's legend entry (swatch or name) focuses that run, as a click
        # on its tile does (pyqtgraph's default would hide the curve instead).
        vals = [group[0] for group in self.curves]
        for sample, label in self.legend.items:
            if sample.item in vals:
                i = vals.index(sample.item)
                for part in (sample, label):
                    part.mouseClickEvent = lambda ev, i=i: (ev.accept(), self.run_clicked.emit(i))
        self._same_legend_width()

    def _same_legend_width(self) -> None:
        legends = (self.legend, self.style_legend)
        for leg in legends:
            leg.setMinimumWidth(0)
            leg.updateSize()
        w = max(leg.sizeHint(pg.QtCore.Qt.SizeHint.PreferredSize).width() for leg in legends)
        for leg in legends:
            leg.setMinimumWidth(w)

    def _x(self, f) -> np.ndarray:
        if self.x_key == "step":
            return np.asarray(f.epoch_step, float)
        if self.x_key == "seconds":
            return np.asarray(f.epoch_seconds, float)
        return np.asarray(f.epoch, float)

    def _redraw(self) -> None:
        if self._dressed != self.x_key:  # (re-labelling lays the plots out anew: only on a switch)
            self._dressed = self.x_key
            self._dress()
        if self._frames is None:
            self._frames = ()  # pinned runs may be drawn before any comparison
        # Every run's whole history would cost seconds a paint (issue 19). Up to 16
        # thick curves share these plots, and their paint is most of a comparison's
        # frame: each gets one point per pixel of the plot's width (half the single
        # views' budget; a mean per pixel column looks the same, and paints in half the time).
        budget = max(2, point_budget(self.loss_plot) // 2)
        for f, (val, train, vacc, tacc) in zip(self._frames, self.curves):
            x = self._x(f)
            for curve, y in ((val, f.val_loss), (train, f.train_loss), (vacc, self._scores(f.val_acc)),
                             (tacc, self._scores(f.train_acc))):
                feed(curve, *finite(x, np.asarray(y, float)), budget)
        ends = [float(self._x(f)[-1]) for f in self._frames if len(f.epoch)]
        ends += [self._diverged_x(f) for f in self._frames if f.snap.diverged_at_step]
        for i, lc, ac in self._ghost_curves:
            g = self._ghosts[i]
            x = self._ghost_x(g)
            val = np.isfinite(g.curves["val_loss"]).any()
            loss, acc = (g.curves["val_loss"], g.curves["val_acc"]) if val else (g.curves["train_loss"],
                                                                                 g.curves["train_acc"])
            feed(lc, *finite(x, np.asarray(loss, float)), budget)
            feed(ac, *finite(x, self._scores(acc)), budget)
            if len(x):
                ends.append(float(x[-1]))
        # Ranges in round steps (1, 2, 5 x 10^k): they change now and then, not on every
        # redraw, and an unchanged axis is not laid out and painted anew (that was most
        # of the cost of a redraw of these two plots).
        x1 = nice_ceil(max(ends) if ends else 1.0)
        tops = [float(np.nanmax(c.yData)) for c in self._loss_curves() if c.yData is not None and len(c.yData)]
        y1 = nice_ceil(max(tops)) if tops else 1.0
        scores = [c.yData for c in self.acc_plot.listDataItems() if getattr(c, "yData", None) is not None and len(c.yData)]
        r = score_range(self._run, np.concatenate(scores) if scores else ())
        if (x1, y1, r) != self._ranges:
            self._ranges = (x1, y1, r)
            for plot in (self.loss_plot, self.acc_plot):
                plot.setXRange(0, x1, padding=0.02)
            self.acc_plot.setYRange(*r, padding=0.02)
            if r != self._score_range:
                self._score_range = r
                self._score_ticks()
            self.loss_plot.setYRange(0, y1, padding=0.02)
        for i, (f, _) in enumerate(zip(self._frames, self.curves)):
            self._mark_diverged(i, f)

    def _diverged_x(self, f) -> float:
        """Where run ``f`` diverged on the x axis shown."""
        if self.x_key == "step":
            return float(f.snap.diverged_at_step)
        if self.x_key == "seconds":
            return float(f.snap.train_seconds)
        return f.snap.diverged_at_step / max(1, f.snap.steps_per_epoch)

    def _mark_diverged(self, i: int, f) -> None:
        """Run ``i``'s ✕ at the last point of its loss and accuracy curves (the
        validation ones, else the train ones), and "diverged" in its legend entry.
        A run that blew up in its first epoch has no point: its ✕ sits where it
        diverged, at the top of the loss plot (the loss went off it)."""
        diverged = bool(f.snap.diverged_at_step)
        val, train, vacc, tacc = self.curves[i]
        for mark, curves in zip(self.diverged_marks[i], ((val, train), (vacc, tacc))):
            drawn = next((c for c in curves if c.xData is not None and len(c.xData)), None)
            if diverged and drawn is not None:
                mark.setData([drawn.xData[-1]], [drawn.yData[-1]])
            elif diverged and mark.getViewBox() is self.loss_plot.vb:
                # (half the symbol below the top, not clipped)
                top = self.loss_plot.vb.viewRange()[1][1] - 9 * (self.loss_plot.vb.viewPixelSize()[1] or 0.0)
                mark.setData([self._diverged_x(f)], [top])
            elif len(mark.data):
                mark.setData([], [])
        if diverged != self._diverged[i]:
            self._diverged[i] = diverged
            label = self.legend.getLabel(val)
            if label is not None:
                name = self._labels[i]
                label.setText(QCoreApplication.translate("views", "{run} (diverged)").format(run=name) if diverged else name)
                self._same_legend_width()

    def _loss_curves(self):
        return [c for group in self.curves for c in group[:2]] + [lc for _, lc, _ in self._ghost_curves]


def nice_ceil(x: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is >= ``x``."""
    if not np.isfinite(x) or x <= 0:
        return 1.0
    power = 10.0 ** np.floor(np.log10(x))
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if m * power >= x * (1 - 1e-12):
            return float(m * power)
    return float(10 * power)
