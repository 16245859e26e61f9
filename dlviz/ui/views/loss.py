"""The loss view: loss (top) and accuracy (bottom) against epochs, x-linked."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF

from .. import style
from .common import (R2_FLOOR, axes, dress, dress_axis, feed, finite, font, hex_rgb, legend_beside, loss_name,
                     point_budget, put_legend, regression, score_axis, score_range, score_scale, score_title,
                     take_frame)

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

DIVERGED_COLOR = (0xCC, 0x00, 0x00)
CHANCE_COLOR = (0x66, 0x66, 0x66)


def ema(y: np.ndarray, s: float) -> np.ndarray:
    """Exponential moving average ``m[t] = s * m[t-1] + (1 - s) * y[t]``, ``m[0] = y[0]``.

    Vectorised in blocks: within a block the recurrence is a cumulative sum of
    ``y[i] / s^i``, and blocks are short enough that ``s^-i`` stays far from overflow.
    """
    y = np.asarray(y, dtype=np.float64)
    if s <= 0 or len(y) < 2:
        return y.copy()
    out = np.empty_like(y)
    block = max(1, min(len(y), int(200.0 / -math.log(s))))  # s^-block <= e^200
    powers = s ** np.arange(block + 1, dtype=np.float64)  # s^0 .. s^block
    inv = 1.0 / powers[:block]
    carry = y[0]
    for a in range(0, len(y), block):
        seg = y[a : a + block]
        m = len(seg)
        # m[j] = s^(j+1) * carry + (1 - s) * s^j * sum_{i<=j} y[i] s^-i
        out[a : a + m] = powers[1 : m + 1] * carry + (1.0 - s) * powers[:m] * np.cumsum(seg * inv[:m])
        carry = out[a + m - 1]
    return out


# Where the chance line's label may sit, in order of preference: (position along
# the line 0..1, the label's anchor); (1, 1) is its bottom right corner, so above
# the line. Runs start at about ln K and fall: above the line at the right end
# is free in most runs.
CHANCE_SPOTS = ((0.98, (1, 1)), (0.98, (1, 0)), (0.5, (0.5, 1)), (0.5, (0.5, 0)), (0.02, (0, 1)), (0.02, (0, 0)))
CHANCE_GAP = 3  # px kept free around the label
LEGEND_SHARE = 0.3  # of the view's width, at most, for a legend beside the plots
LEGEND_SAMPLE = 60  # px of a legend row that are not its text (the line sample, margins)
LEGEND_MIN_NAME = 48  # px: a pinned run's name is never cut shorter than this
EPOCH_CURVE_WEIGHT = 100  # a point of an epoch curve under the label, against 1 of the per-step one


# Below this height the upper plot's x label goes (the lower one names the shared
# axis): both labels did not fit in a 1366 x 768 window's compact layout.
SHORT_VIEW = 380  # px


class LossView(pg.GraphicsLayoutWidget):
    """Loss and accuracy curves of the current run, per step and per epoch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("loss_plot")
        self.setBackground(style.BACKGROUND)
        self.loss_plot: pg.PlotItem = self.addPlot(row=0, col=0, axisItems=axes())
        self.acc_plot: pg.PlotItem = self.addPlot(row=1, col=0, axisItems=axes())
        # Slim margins: at 1920 x 1080 with every view shown the dock is ~310 px tall,
        # and pyqtgraph's default 9 px margins pushed the lower x label out of view.
        self.ci.setContentsMargins(6, 4, 6, 2)
        self.ci.layout.setSpacing(2)
        dress(self.loss_plot, QCoreApplication.translate("views", "Loss"), QCoreApplication.translate("views", "epoch"), QCoreApplication.translate("views", "cross-entropy"))
        dress(self.acc_plot, QCoreApplication.translate("views", "Accuracy"), QCoreApplication.translate("views", "epoch"), QCoreApplication.translate("views", "accuracy (%)"))
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0, 100, padding=0.02)
        # Fixed ticks: the range never changes, and 0 and 100 must be labelled.
        self.acc_plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)], []])
        self.acc_plot.setMouseEnabled(x=True, y=False)
        self.acc_plot.enableAutoRange(x=True, y=False)
        self.loss_plot.showGrid(x=True, y=True, alpha=0.15)
        # A y grid makes pyqtgraph hide the labels 0 and 100 at the plot's edges, so the
        # accuracy plot draws its horizontal grid lines itself.
        self.acc_plot.showGrid(x=True, y=False, alpha=0.15)
        self._grid_lines = [pg.InfiniteLine(v, angle=0, pen=pg.mkPen((0, 0, 0, 28))) for v in range(20, 101, 20)]
        for line in self._grid_lines:
            self.acc_plot.addItem(line, ignoreBounds=True)
        self._regress = False  # the run is a regression: R² (a number to 1), not accuracy in %
        self._score_range = (0.0, 100.0)
        self._tall = True
        for p in (self.loss_plot, self.acc_plot):
            p.setClipToView(True)
            p.disableAutoRange()  # update_frame sets the ranges itself
            p.getAxis("left").setWidth(60)  # both plots' axes line up

        # Legends right of the plots, not on them: a learning curve sooner or later
        # passes through every corner of its plot.
        self.loss_legend = legend_beside(self.loss_plot)
        self.acc_legend = legend_beside(self.acc_plot)
        # Each beside its plot and its x axis both: beside the plot alone, its height was
        # each plot's minimum, and a dock under ~290 px (the loss tab beside the
        # comparison's at 1920 x 1080) cut off the accuracy plot's "epoch".
        for plot, legend in ((self.loss_plot, self.loss_legend), (self.acc_plot, self.acc_legend)):
            put_legend(plot, legend, below=False, columns=1)
        train_pen = pg.mkPen(style.TRAIN_COLOR, width=2.5)
        val_pen = pg.mkPen(style.VAL_COLOR, width=2.5, style=Qt.PenStyle.DashLine)
        self.step_curve = self.loss_plot.plot(pen=pg.mkPen(style.STEP_COLOR, width=1), name=QCoreApplication.translate("views", "per step"))
        self.train_curve = self.loss_plot.plot(pen=train_pen, name=QCoreApplication.translate("views", "train"))
        self.val_curve = self.loss_plot.plot(pen=val_pen, name=QCoreApplication.translate("views", "validation"))
        self.train_acc_curve = self.acc_plot.plot(pen=train_pen, name=QCoreApplication.translate("views", "train"))
        self.val_acc_curve = self.acc_plot.plot(pen=val_pen, name=QCoreApplication.translate("views", "validation"))
        self.step_curve.setZValue(-1)
        # Thick antialiased lines are what painting costs here (34 ms for 2,000
        # epochs, on the GUI thread): every curve is averaged down to about two points
        # per pixel (8 ms) before pyqtgraph sees it (common.feed: a million epochs
        # cost what 2,000 do). Thin lines would be cheaper, but these go on slides.
        self.curves = (self.step_curve, self.train_curve, self.val_curve, self.train_acc_curve, self.val_acc_curve)
        # Same width for both legends, so the x-linked plots line up.
        width = max(lg.preferredWidth() for lg in (self.loss_legend, self.acc_legend))
        for lg in (self.loss_legend, self.acc_legend):
            lg.setFixedWidth(width + 6)

        # The divergence marker, on both plots; labelled on the loss plot. Not added with
        # ignoreBounds: a vertical line widens the x auto-range to its position, which
        # keeps it in view when the run blew up past the last recorded step.
        diverged_pen = pg.mkPen(DIVERGED_COLOR, width=2, style=Qt.PenStyle.DashLine)
        self.diverged_line = pg.InfiniteLine(
            angle=90, movable=False, pen=diverged_pen, label=QCoreApplication.translate("views", "diverged"),
            labelOpts={"position": 0.85, "color": DIVERGED_COLOR, "fill": (255, 255, 255, 230),
                       "anchors": [(1, 0.5), (1, 0.5)]})
        self.diverged_line.label.setFont(font(10))
        self.diverged_acc_line = pg.InfiniteLine(angle=90, movable=False, pen=diverged_pen)
        self.loss_plot.addItem(self.diverged_line)
        self.acc_plot.addItem(self.diverged_acc_line)
        for line in (self.diverged_line, self.diverged_acc_line):
            line.hide()
        # Chance: a network that says 1/K for every class scores ln K. ignoreBounds: the
        # line must not stretch the y range of a run far below it.
        # Its label goes where no curve is (see _place_chance_label): fixed under the
        # line at the right end, it sat on a slow run's curves.
        self.chance_line = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen(CHANCE_COLOR, width=1.5, style=Qt.PenStyle.DashLine),
            label=QCoreApplication.translate("views", "chance"), labelOpts={"position": CHANCE_SPOTS[0][0], "color": CHANCE_COLOR,
                                           "fill": (255, 255, 255, 220), "anchors": [CHANCE_SPOTS[0][1]] * 2})
        self.chance_line.label.setFont(font(9))
        self.loss_plot.addItem(self.chance_line, ignoreBounds=True)
        self.chance_line.hide()
        self._chance = None  # ln K of the run
        self._chance_spot = CHANCE_SPOTS[0]
        self._chance_titled = (False, None)  # the label in the title (and its text), not on the plot
        self._x_end = 0.0  # where a diverged run ended (the x range reaches it)
        # A new height changes the room the label needs above its line: ranges anew.
        self.loss_plot.vb.sigResized.connect(lambda _: self._set_ranges(self._x_end) if getattr(self, "_frame", None) else None)
        self.loss_plot.vb.sigRangeChangedManually.connect(self._place_chance_label)

        # Replay's cursor: where in training the replayed snapshot was taken, on both plots.
        # ignoreBounds: it must not move the ranges.
        cursor_pen = pg.mkPen(style.FOREGROUND, width=1.5)
        self.cursor_line = pg.InfiniteLine(angle=90, movable=False, pen=cursor_pen)
        self.cursor_acc_line = pg.InfiniteLine(angle=90, movable=False, pen=cursor_pen)
        for plot, line in ((self.loss_plot, self.cursor_line), (self.acc_plot, self.cursor_acc_line)):
            line.setZValue(5)
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        self.cursor_step: float | None = None

        self._smoothing = 0.0
        self._log = False
        self._frame: Frame | None = None
        self._info = None
        self._epochs_drawn = -1  # epochs in the per-epoch curves
        self._has_val = True
        self._ghost_curves: list[pg.PlotDataItem] = []  # pinned runs: (loss, accuracy) per ghost
        self._ghost_names: dict = {}  # a pinned run's loss curve -> its whole name (the legend may cut it)

    # -- pinned runs --------------------------------------------------------------------------

    def set_ghosts(self, ghosts) -> None:
        """Draw pinned runs (objects with ``name``, ``curves`` and ``visible``) as faded
        lines: validation loss and accuracy (train, for a run without validation)."""
        for c in self._ghost_curves:
            for plot, legend in ((self.loss_plot, self.loss_legend), (self.acc_plot, self.acc_legend)):
                if c.getViewBox() is plot.getViewBox():
                    plot.removeItem(c)
                    legend.removeItem(c)
        self._ghost_curves = []
        for i, g in enumerate(ghosts):
            if not g.visible:
                continue
            val = np.isfinite(g.curves["val_loss"]).any()
            loss, acc = (g.curves["val_loss"], g.curves["val_acc"]) if val else (g.curves["train_loss"],
                                                                                 g.curves["train_acc"])
            e = ghost_epochs(g)
            pen = pg.mkPen((*style.ghost_rgb(i), 150), width=2, style=Qt.PenStyle.DashDotLine)
            lc, ac = self.loss_plot.plot(pen=pen), self.acc_plot.plot(pen=pen)
            budget = point_budget(self.loss_plot)
            feed(lc, *finite(e, np.asarray(loss, float), self._log), budget)
            feed(ac, *finite(e, self._score_values(acc)), budget)
            self.loss_legend.addItem(lc, g.name)
            self._ghost_names[lc] = g.name
            for c in (lc, ac):
                c.setZValue(-2)  # under the live run
            self._ghost_curves += [lc, ac]
        self._ghost_names = {c: n for c, n in self._ghost_names.items() if c in self._ghost_curves}
        self._fit_legends()
        if self._frame is not None:
            self._set_ranges(0.0)

    def _fit_legends(self) -> None:
        """Pinned runs' names cut to fit a legend of at most LEGEND_SHARE of the view's
        width (a pinned run's name made it 45 % of a laptop's dock), then both legends
        one width, so that the x-linked plots line up."""
        room = max(LEGEND_MIN_NAME, LEGEND_SHARE * self.width() - LEGEND_SAMPLE)
        metrics = QFontMetricsF(font(10))
        for curve, name in self._ghost_names.items():
            label = self.loss_legend.getLabel(curve)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            if label is not None and label.text != text:
                label.setText(text)
        legends = (self.loss_legend, self.acc_legend)
        for lg in legends:
            lg.setMinimumWidth(0)
            lg.setMaximumWidth(10_000)
            lg.updateSize()
        width = max(lg.preferredWidth() for lg in legends)
        for lg in legends:
            lg.setFixedWidth(width + 6)

    # -- settings -----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        # pyqtgraph calls this with None while the base class is being built, and
        # again from close() after it has cleared the scene (the plots are gone then).
        if event is not None and hasattr(self, "loss_plot") and not getattr(self, "closed", False):
            tall = event.size().height() >= SHORT_VIEW
            self.loss_plot.getAxis("bottom").showLabel(tall)
            self._tall = tall
            self._score_ticks()
            if getattr(self, "_ghost_names", None) and event.size().width() != event.oldSize().width():
                self._fit_legends()
        super().resizeEvent(event)

    def _score_ticks(self) -> None:
        """The score axis's fixed ticks, and its grid lines: 0-100 % in steps of 20 (50 when
        short: six labels in 60 px touch one another); R² in steps of 0.2 or 0.5."""
        lo, hi = self._score_range
        if self._regress:
            step = (0.2 if lo >= 0 else 0.5) if self._tall else (0.5 if lo >= 0 else 1.0)
            ticks = [round(v, 2) for v in np.arange(lo, hi + 1e-9, step)]
            labels = [(v, f"{v:g}") for v in ticks]
        else:
            step = 20 if self._tall else 50
            ticks = list(range(0, 101, step))
            labels = [(v, str(v)) for v in ticks]
        self.acc_plot.getAxis("left").setTicks([labels, []])
        # Grid lines at the ticks but the lowest (the axis is there).
        for i, line in enumerate(self._grid_lines):
            on = i + 1 < len(ticks)
            line.setVisible(on)
            if on:
                line.setPos(ticks[i + 1])

    def _set_score_range(self, values=()) -> None:
        r = score_range(self._info, values)
        if r != self._score_range:
            self._score_range = r
            self.acc_plot.setYRange(*r, padding=0.02)
            self._score_ticks()

    def _new_run(self, info) -> None:
        """A new run's frame: empty curves, and the validation lines only if it has a validation set."""
        self._info = info
        self._clear_curves()
        regress = regression(info)
        if regress != self._regress:  # the labels and the score's scale follow the run's task
            self._regress = regress
            self.acc_plot.setTitle(score_title(info), size="12pt", color=style.FOREGROUND)
            dress_axis(self.acc_plot.getAxis("left"), score_axis(info))
            dress_axis(self.loss_plot.getAxis("left"), loss_name(info, short=True))
            # (the full name in the title: a short dock's axis cut "mean squared error")
            self.loss_plot.setTitle(QCoreApplication.translate("views", "Loss: mean squared error") if regress
                                    else QCoreApplication.translate("views", "Loss"), size="12pt", color=style.FOREGROUND)
        self._score_range = (None, None)
        self._set_score_range()
        if regress:  # no chance level: a regression has no classes to guess among
            self._chance = None
            self.chance_line.hide()
            self._place_chance_label()
        else:
            self._chance = math.log(len(info.class_names))
            self.chance_line.show()  # (before the text: a hidden label ignores new text)
            self.chance_line.label.setFormat(QCoreApplication.translate("views", "chance: ln K = {v}").format(v=f"{self._chance:.2f}"))
            self._place_chance()
        has_val = len(info.y_val) > 0
        if has_val != self._has_val:
            self._has_val = has_val
            for legend, curve in ((self.loss_legend, self.val_curve), (self.acc_legend, self.val_acc_curve)):
                curve.setVisible(has_val)
                if has_val:
                    legend.addItem(curve, QCoreApplication.translate("views", "validation"))
                else:
                    legend.removeItem(curve)

    def set_smoothing(self, s: float) -> None:
        """EMA weight of the per-step curve, 0 (raw) .. 0.99 (very smooth)."""
        self._smoothing = float(min(max(s, 0.0), 0.99))
        if self._frame is not None:
            self._draw_steps(self._frame)

    def set_log(self, log: bool) -> None:
        self._log = bool(log)
        self.loss_plot.setLogMode(y=self._log)
        self._place_chance()
        if self._frame is not None:  # a log axis drops the values <= 0
            frame, self._frame, self._epochs_drawn = self._frame, None, -1
            self.update_frame(frame)

    def _place_chance(self) -> None:
        """The ln K line at its height (a log axis is in log10 units)."""
        if self._chance is not None:
            self.chance_line.setPos(math.log10(self._chance) if self._log else self._chance)
            self._place_chance_label()

    def _clear_curves(self) -> None:
        for c in (self.step_curve, self.train_curve, self.val_curve, self.train_acc_curve, self.val_acc_curve):
            c.setData([], [])
        self.diverged_line.hide()
        self.diverged_acc_line.hide()
        self.set_cursor(None)
        self._frame: Frame | None = None
        self._epochs_drawn = -1

    # -- drawing ------------------------------------------------------------------------------

    def update_frame(self, frame: Frame) -> None:
        """Draw the frame's loss and accuracy history (a new run's frame starts over)."""
        if not take_frame(self, frame):
            return
        self._draw_steps(frame)
        e = frame.epoch
        if len(e) != self._epochs_drawn:  # most frames of a slow run add steps, not epochs
            self._epochs_drawn = len(e)
            budget = point_budget(self.loss_plot)
            feed(self.train_curve, *finite(e, frame.train_loss, self._log), budget)
            shown = self._score_values(frame.train_acc), self._score_values(frame.val_acc)
            feed(self.train_acc_curve, *finite(e, shown[0]), budget)
            if frame.has_validation:
                feed(self.val_curve, *finite(e, frame.val_loss, self._log), budget)
                feed(self.val_acc_curve, *finite(e, shown[1]), budget)
            if self._regress:
                self._set_score_range(np.concatenate(shown))
        snap = frame.snap
        diverged = snap.state == "diverged" and snap.diverged_at_step is not None
        for line in (self.diverged_line, self.diverged_acc_line):
            if line.isVisible() != diverged:
                line.setVisible(diverged)
                line.informViewBoundsChanged()  # re-run the auto-range with (or without) it
        x_end = 0.0
        if diverged:
            x_end = float(self._epochs_at(frame, np.array([float(snap.diverged_at_step)]))[0])
            # (a hidden label ignores new text, so this comes after the show)
            self.diverged_line.label.setFormat(QCoreApplication.translate("views", "diverged at step {n}").format(n=snap.diverged_at_step))
            for line in (self.diverged_line, self.diverged_acc_line):
                line.setPos(x_end)
        self._set_ranges(x_end)
        if self.cursor_step is not None:
            self.set_cursor(self.cursor_step)

    def set_cursor(self, step: float | None) -> None:
        """A vertical line at training step ``step`` (drawn at its epoch, as the curves
        are) on both plots: replay's "now"; None hides it."""
        self.cursor_step = None if step is None else float(step)
        show = step is not None and self._frame is not None
        if show:
            x = float(self._epochs_at(self._frame, np.array([float(step)]))[0])
            for line in (self.cursor_line, self.cursor_acc_line):
                line.setPos(x)
        for line in (self.cursor_line, self.cursor_acc_line):
            line.setVisible(show)

    @property
    def cursor_epoch(self) -> float | None:
        """Where the cursor stands, in epochs (None: hidden)."""
        return float(self.cursor_line.value()) if self.cursor_line.isVisible() else None

    def _score_values(self, values) -> np.ndarray:
        """Stored scores as the plot shows them: accuracy in %; R² as it is, a value
        below the plot's floor drawn at the floor (a bad start is far below 0)."""
        v = score_scale(self._info) * np.asarray(values, dtype=np.float64)
        return np.maximum(v, R2_FLOOR) if self._regress else v

    def _set_ranges(self, x_end: float) -> None:
        """Set both plots' ranges from the data in one go. pyqtgraph's auto-range
        works after a paint and asks for another: two or three paints of the
        costliest view per frame instead of one."""
        self._x_end = x_end
        xs, ys = [x_end], []
        for c in (self.step_curve, self.train_curve, self.val_curve, *self._ghost_curves[::2]):
            # The data given, not getData(): that is the displayed part, clipped to
            # the current range, and would keep the range from ever growing.
            x, y = c.xData, c.yData
            if x is not None and len(x) and c.isVisible():
                xs.append(float(x[-1]))
                ys.append((float(np.min(y)), float(np.max(y))))
        x1 = max(xs) or 1.0
        self.loss_plot.setXRange(0.0, x1, padding=0.02)
        if ys:
            lo, hi = min(y[0] for y in ys), max(y[1] for y in ys)
            if self._log:  # the curves hold the values, a log axis's range is in decades
                lo, hi = math.log10(lo), math.log10(hi)
            if hi <= lo:
                lo, hi = lo - 0.5, hi + 0.5
            lo, hi = lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)  # (the padding, done here)
            hi = self._room_above_chance(lo, hi)
            self.loss_plot.setYRange(lo, hi, padding=0)
        self._place_chance_label()

    def _room_above_chance(self, lo: float, hi: float) -> float:
        """The top of the loss range, raised (a little) so that the chance label fits
        above its line when the line is in view: the curves start near ln K, and the
        label under the line sat on them."""
        if self._chance is None:
            return hi
        c = self.chance_line.value()
        h = self.loss_plot.vb.height()
        k = (self.chance_line.label.boundingRect().height() + 2 * CHANCE_GAP + 1) / h if h > 0 else 0.0
        if not lo < c < hi or not 0 < k < 0.4:
            return hi
        # top - c >= k * (top - lo), solved for top
        return max(hi, (c - k * lo) / (1 - k))

    def _place_chance_label(self) -> None:
        """Put the chance label at the first of CHANCE_SPOTS where it covers no curve
        (else where it covers the fewest points, the epoch curves counting most)."""
        label = self.chance_line.label
        vb = self.loss_plot.vb
        if self._chance is None or not self.chance_line.isVisible():
            self._chance_in_title(False)
            return
        if vb.width() <= 0 or vb.height() <= 0:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        if x1 <= x0 or y1 <= y0:
            return
        sx, sy = vb.width() / (x1 - x0), vb.height() / (y1 - y0)  # px per data unit
        c = self.chance_line.value()
        lw, lh = label.boundingRect().width() + 2 * CHANCE_GAP, label.boundingRect().height() + 2 * CHANCE_GAP
        curves = []
        for curve, weight in ((self.train_curve, EPOCH_CURVE_WEIGHT), (self.val_curve, EPOCH_CURVE_WEIGHT),
                              (self.step_curve, 1)):
            x, y = curve.xData, curve.yData
            if x is not None and len(x) and curve.isVisible():
                x, y = finite(np.asarray(x, float), np.asarray(y, float), self._log)
                curves.append(((x - x0) * sx, (y1 - (np.log10(y) if self._log else y)) * sy, weight))
        best, best_cost = None, None
        for spot in CHANCE_SPOTS:
            pos, (ax, ay) = spot
            left = pos * vb.width() - ax * lw
            top = (y1 - c) * sy - ay * lh
            if top < -1 or top + lh > vb.height() + 1:  # (a px of rounding)
                continue  # out of the view
            cost = sum(w * covered(px, py, left, left + lw, top, top + lh) for px, py, w in curves)
            if best_cost is None or cost < best_cost:
                best, best_cost = spot, cost
            if cost == 0:
                break
        if best is not None and best != self._chance_spot:
            self._chance_spot = best
            label.anchors = [best[1]] * 2
            label.setPosition(best[0])
        # Every spot covers an epoch curve (a short plot, curves all about ln K): the
        # label goes into the title as a key, off the data.
        self._chance_in_title(best_cost is not None and best_cost >= EPOCH_CURVE_WEIGHT)

    def _chance_in_title(self, on: bool) -> None:
        state = (on, self.chance_line.label.format if on else None)  # (a new run's K: a new text)
        if state == self._chance_titled:
            return
        self._chance_titled = state
        title = QCoreApplication.translate("views", "Loss")
        if on:
            key = f"<span style='color:{hex_rgb(CHANCE_COLOR)}'>╌╌</span> {self.chance_line.label.format}"
            title += f"&nbsp;&nbsp;&nbsp;<span style='font-size:9pt; font-weight:normal'>{key}</span>"
        self.chance_line.label.setVisible(not on)
        self.loss_plot.setTitle(title, size="12pt", color=style.FOREGROUND)

    def _draw_steps(self, frame: Frame) -> None:
        x, y = finite(frame.step_x, frame.step_loss, self._log)
        if self._smoothing > 0:
            y = ema(y, self._smoothing)
        feed(self.step_curve, self._epochs_at(frame, x), y, point_budget(self.loss_plot))

    @staticmethod
    def _epochs_at(frame, steps: np.ndarray) -> np.ndarray:
        """Steps as (fractional) epochs. Epoch boundaries come from the history, so a live
        batch-size change (which changes the steps per epoch) does not skew the x axis;
        past the last finished epoch the current steps per epoch apply."""
        ends = frame.epoch_step
        if len(ends) == 0:
            return steps / max(1, frame.snap.steps_per_epoch)
        # (the epoch numbers, not the row numbers: a long run's older rows are thinned)
        last_step, last_epoch = ends[-1], float(frame.epoch[-1])
        x = np.interp(steps, np.concatenate(([0.0], ends)), np.concatenate(([0.0], frame.epoch)))
        past = steps > last_step
        if past.any():
            x[past] = last_epoch + (steps[past] - last_step) / max(1, frame.snap.steps_per_epoch)
        return x


def covered(px: np.ndarray, py: np.ndarray, left: float, right: float, top: float, bottom: float) -> int:
    """How many points of the polyline (``px``, ``py``; pixels) lie in the rectangle,
    counting one if the line only passes through it between two points."""
    if len(px) == 0:
        return 0
    inside = (px >= left) & (px <= right)
    ys = list(py[inside])
    # The line where it crosses the rectangle's sides (its points may lie either side).
    for edge in (left, right):
        if px[0] <= edge <= px[-1]:
            ys.append(float(np.interp(edge, px, py)))
    if not ys:
        return 0
    ys = np.asarray(ys)
    hits = int(((ys >= top) & (ys <= bottom)).sum())
    # A continuous line that runs from above the rectangle to below it within its
    # width passes through it.
    return hits or int(ys.min() < top and ys.max() > bottom)


def ghost_epochs(g) -> np.ndarray:
    """A pinned run's epoch of each row (1, 2, ... for a ghost saved before histories were thinned)."""
    e = g.curves.get("epoch")
    return np.asarray(e, dtype=np.float64) if e is not None else np.arange(1, len(g.curves["train_loss"]) + 1,
                                                                         dtype=np.float64)
