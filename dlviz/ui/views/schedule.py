"""The schedule view: the learning rate against the step, planned and run.

The whole planned schedule of the run (its epoch budget, or the trainer's horizon
when it has none) is drawn faintly, from the engine's own schedule registry with
the run's live config, so it is exactly what the trainer will use; the part
already run is drawn solid and ends at the frame's step. A live change of the lr,
the schedule or the batch size re-plans the future; the part already run keeps
what it was: it is drawn from the run's log of config changes (``Frame.config_log``,
kept by the worker for every snapshot), so a change made while this view was hidden
in its tab shows too (issue 19); a frame without that log (tests) is followed by
what the view itself saw.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from ...common.numbers import sig3
from ...config import Config
from ...engine.schedules import SCHEDULES
from .. import style
from .common import CountAxis, axes, downsample, dress, font, legend_beside, point_budget, take_frame

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

#: The trainer's horizon, in epochs, for a run with no epoch budget
#: (``dlviz.training.trainer.DEFAULT_HORIZON_EPOCHS``; the window passes it in,
#: views may not import training, and a test keeps the two equal).
HORIZON_EPOCHS = 100
MAX_POINTS = 4000  # the planned curve: every step up to this many, evenly sampled steps beyond
RUN_COLOR = style.TRAIN_COLOR
PLANNED_RGBA = (*style.TRAIN_COLOR, 90)


def schedule_key(config: Config, steps_per_epoch: int) -> tuple:
    """What the trainer's lr function depends on: it is rebuilt exactly when this changes."""
    return (config.schedule, config.lr, tuple(sorted(config.options_for("schedule").items())), config.epochs,
            int(steps_per_epoch))


def lr_function(config: Config, steps_per_epoch: int, horizon_epochs: int = HORIZON_EPOCHS):
    """(lr_at(step), planned steps): the schedule as the trainer builds it for ``config``."""
    spe = max(1, int(steps_per_epoch))
    total = max((config.epochs or horizon_epochs) * spe, 1)
    lr_at = SCHEDULES[config.schedule].build(config.options_for("schedule"), lr=config.lr, total_steps=total,
                                             steps_per_epoch=spe)
    return lr_at, total


def sample_steps(first: int, end: int, max_points: int = MAX_POINTS) -> np.ndarray:
    """Integer steps ``first .. end - 1``: all of them, or ``max_points`` evenly spread (both ends kept)."""
    if end - first <= max_points:
        return np.arange(first, end, dtype=np.int64)
    return np.unique(np.linspace(first, end - 1, max_points).round().astype(np.int64))


class ScheduleView(pg.GraphicsLayoutWidget):
    """The learning rate of every step: planned (faint) and run so far (solid)."""

    def __init__(self, horizon_epochs: int = HORIZON_EPOCHS, parent=None):
        super().__init__(parent)
        self.setObjectName("schedule_plot")
        self.setBackground(style.BACKGROUND)
        self.horizon_epochs = int(horizon_epochs)
        self.plot: pg.PlotItem = self.addPlot(axisItems=axes(bottom=CountAxis("bottom")))
        dress(self.plot, QCoreApplication.translate("views", "Learning-rate schedule"), QCoreApplication.translate("views", "step"), QCoreApplication.translate("views", "learning rate"))
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.getAxis("left").setWidth(60)  # lines up with the loss view's axis in the same dock stack
        self.legend = legend_beside(self.plot)
        self.planned_curve = self.plot.plot(pen=pg.mkPen(PLANNED_RGBA, width=2, style=Qt.PenStyle.DashLine),
                                            name=QCoreApplication.translate("views", "planned"))
        self.run_curve = self.plot.plot(pen=pg.mkPen(RUN_COLOR, width=2.5), name=QCoreApplication.translate("views", "run so far"))
        self.now_dot = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(RUN_COLOR), pen=pg.mkPen("w", width=1.5))
        self.plot.addItem(self.now_dot)
        self.now_text = pg.TextItem(color=style.FOREGROUND, anchor=(1.0, 1.0), fill=(255, 255, 255, 210))
        self.now_text.setFont(font(10))
        self.plot.addItem(self.now_text, ignoreBounds=True)
        self._frame: Frame | None = None
        self._info = None
        self._reset_run()

    # -- state per run -------------------------------------------------------------------------

    def _reset_run(self) -> None:
        self._key = None  # schedule_key of the current segment
        self._lr_at = None
        self._total = 0
        self._end = 0  # the planned curve covers steps 0 .. _end - 1
        self._px = np.zeros(0, np.int64)  # planned steps and their lr
        self._py = np.zeros(0)
        # What the view saw itself, for frames without a config log: (step, spe, config).
        self._seen: list[tuple[int, int, Config]] = []
        self._functions: dict[tuple, object] = {}  # schedule_key -> lr function
        self._done: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}  # finished segments' points
        self._last_step = 0

    def _new_run(self, info) -> None:
        self._info = info
        self._reset_run()
        for c in (self.planned_curve, self.run_curve):
            c.setData([], [])
        self.now_dot.setData([], [])
        self.now_text.setText("")

    # -- what is drawn (the tests read these) -----------------------------------------------------

    def planned(self) -> tuple[np.ndarray, np.ndarray]:
        """(steps, lr) of the faint curve: the whole planned schedule."""
        return self._px, self._py

    def run_so_far(self) -> tuple[np.ndarray, np.ndarray]:
        """(steps, lr) of the solid curve: the schedule as it ran, up to the frame's step."""
        x, y = self.run_curve.xData, self.run_curve.yData
        return (np.zeros(0), np.zeros(0)) if x is None else (x, y)

    # -- drawing ---------------------------------------------------------------------------------

    def update_frame(self, frame: Frame) -> None:
        if not take_frame(self, frame):
            return
        snap = frame.snap
        step, spe = int(snap.step), max(1, int(snap.steps_per_epoch))
        key = schedule_key(frame.config, spe)
        if key != self._key:
            self._key = key
            self._lr_at, self._total = lr_function(frame.config, spe, self.horizon_epochs)
            self._functions[key] = self._lr_at
            self._end = 0
            if not self._seen or schedule_key(self._seen[-1][2], self._seen[-1][1]) != key:
                self._seen.append((self._last_step if self._seen else 0, spe, frame.config))
        budget = point_budget(self.plot)
        # Past the plan (a run with no budget goes beyond the horizon): plan further, in 50 % steps.
        end = max(self._total, step + 1)
        if end > self._end:
            self._end = end if end == self._total else max(end, int(1.5 * self._end))
            # Half the budget: the solid line takes these steps too, plus two ends per segment.
            self._px = sample_steps(0, self._end, min(MAX_POINTS, max(2, budget // 2)))
            self._py = np.array([self._lr_at(int(t)) for t in self._px], dtype=np.float64)
            self._done.clear()  # (their points came from the old plan's steps)
            self.planned_curve.setData(self._px.astype(np.float64), self._py)
        self._last_step = step
        parts = []
        segments = self._segments(frame)
        for i, (first, seg_spe, config) in enumerate(segments):
            last = segments[i + 1][0] if i + 1 < len(segments) else step
            if last < first or first > step:
                continue
            parts.append(self._segment(first, min(last, step), config, seg_spe, done=i + 1 < len(segments)))
        x, y = (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])) if parts else ([], [])
        # (within the budget as it is, but for hundreds of changes: averaged down then)
        self.run_curve.setData(*downsample(np.asarray(x, float), np.asarray(y, float), budget))
        lr_now = float(self._lr_at(step))
        self.now_dot.setData([float(step)], [lr_now])
        self.now_text.setText(QCoreApplication.translate("views", "lr {lr} at step {n}").format(lr=sig3(lr_now), n=f"{step:,}"))
        self._set_ranges(step, lr_now)

    def _segments(self, frame) -> list[tuple[int, int, Config]]:
        """(first step, steps per epoch, config) of each stretch of the run under one lr
        function, oldest first: from the frame's config log, else what this view saw."""
        log = getattr(frame, "config_log", None) or self._seen
        out: list[tuple[int, int, Config]] = []
        for first, spe, config in log:
            key = schedule_key(config, spe)
            if out and schedule_key(out[-1][2], out[-1][1]) == key:
                continue  # (another field changed: the same lr function)
            if out and first <= out[-1][0]:
                out[-1] = (out[-1][0], spe, config)  # two changes seen at one step: the later holds
                continue
            out.append((int(first), int(spe), config))
        return out

    def _segment(self, first: int, last: int, config: Config, spe: int, done: bool) -> tuple[np.ndarray, np.ndarray]:
        """Steps ``first .. last`` (both included) under the lr function of ``config``,
        at the planned curve's steps between them. A ``done`` segment is computed once."""
        key = schedule_key(config, spe)
        cached = (first, last, key)
        if done and cached in self._done:
            return self._done[cached]
        lr_at = self._functions.get(key)
        if lr_at is None:
            lr_at = self._functions[key] = lr_function(config, spe, self.horizon_epochs)[0]
        inner = self._px[(self._px > first) & (self._px < last)]
        x = np.concatenate(([first], inner, [last])) if last > first else np.array([first])
        y = np.array([lr_at(int(t)) for t in x], dtype=np.float64)
        out = (x.astype(np.float64), y)
        if done:
            self._done[cached] = out
        return out

    def _set_ranges(self, step: int, lr_now: float) -> None:
        ys = [self._py, self.run_curve.yData]
        hi = max(float(np.max(y)) for y in ys if y is not None and len(y))
        hi = hi if math.isfinite(hi) and hi > 0 else 1.0
        x1 = float(max(self._end - 1, step, 1))
        self.plot.setXRange(0.0, x1, padding=0.02)
        self.plot.setYRange(0.0, hi, padding=0.06)
        # The label beside the dot, inside the plot: right of it in the first half (the
        # label would run into the y axis), left of it beyond; below it near the top.
        left = step > 0.55 * x1
        below = lr_now > 0.8 * hi
        self.now_text.setAnchor((1.05 if left else -0.05, -0.1 if below else 1.1))
        self.now_text.setPos(float(step), lr_now)
