"""Frames: what the views draw, built from runs' snapshots. Imports no Qt.

The training process sends history as deltas; the worker thread folds each
run's into a :class:`FrameAccumulator` and hands the GUI immutable
:class:`Frames` (one :class:`Frame` per run, arrays read-only). The per-step loss
is kept in at most ``2 * max_points`` bins whose width doubles as the run grows, so
a curve of a million steps costs what 2,000 do; the per-epoch and diagnostics rows
are thinned past ``trainer.HISTORY_CAP`` rows, as the training process's are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..common.arrays import Growing, read_only
from ..config import Config
from .evaluation import Evaluation
from .inside import Inside
from . import trainer as _trainer
from .trainer import thin
from .messages import DIAG_COLUMNS, EPOCH_COLUMNS, RunInfo, RunState, Snapshot, Update


class BinnedLoss:
    """Per-step losses averaged in bins of ``width`` steps (width doubles when full).

    Bin ``i`` covers steps ``i * width .. (i + 1) * width - 1`` (0-based). Steps may be
    skipped (:meth:`skip`: losses the training process no longer holds): their bins
    are empty, and their mean NaN (the views leave NaN out)."""

    def __init__(self, max_points: int = 2000):
        self.max_points = max_points
        self.width = 1
        self.sums = np.zeros(2 * max_points + 2)
        self.counts = np.zeros(2 * max_points + 2)
        self.steps = 0

    @property
    def n(self) -> int:
        """Bins in use (the last may be partial)."""
        return -(-self.steps // self.width)

    def _fit(self, end: int) -> None:
        """Halve until the bins up to step ``end`` fit in ``2 * max_points``."""
        while -(-end // self.width) > 2 * self.max_points:
            self._halve()

    def extend(self, losses: np.ndarray) -> None:
        x = np.asarray(losses, dtype=np.float64)
        if not len(x):
            return
        self._fit(self.steps + len(x))
        first = self.steps // self.width
        idx = (self.steps + np.arange(len(x))) // self.width - first
        m = int(idx[-1]) + 1
        self.sums[first : first + m] += np.bincount(idx, weights=x, minlength=m)
        self.counts[first : first + m] += np.bincount(idx, minlength=m)
        self.steps += len(x)

    def skip(self, steps: int) -> None:
        """Go past ``steps`` steps whose losses are not known."""
        if steps > 0:
            self._fit(self.steps + steps)
            self.steps += int(steps)

    def _halve(self) -> None:
        n = self.n
        m = -(-n // 2)
        s, c = self.sums, self.counts
        pad_s, pad_c = np.zeros(2 * m), np.zeros(2 * m)
        pad_s[:n], pad_c[:n] = s[:n], c[:n]
        s[:] = 0
        c[:] = 0
        s[:m] = pad_s[0::2] + pad_s[1::2]
        c[:m] = pad_c[0::2] + pad_c[1::2]
        self.width *= 2

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, mean loss): x is the step at each bin's centre (1-based steps)."""
        n, w = self.n, self.width
        start = np.arange(n, dtype=np.float64) * w
        filled = np.minimum(self.steps - start, w)  # the last bin may be partial
        x = start + (filled + 1) / 2.0
        c = self.counts[:n]
        with np.errstate(invalid="ignore", divide="ignore"):
            y = np.where(c > 0, self.sums[:n] / np.maximum(c, 1), np.nan)
        return read_only(x), read_only(y)


@dataclass(frozen=True)
class Frame:
    """Everything a view may draw of one run: its fixed info, its latest snapshot,
    the latest grid and the whole history so far (all arrays read-only)."""

    info: RunInfo
    snap: Snapshot
    grid: np.ndarray | None  # (K, res, res), the newest grid received; None for images (see evaluation)
    step_x: np.ndarray  # per-step loss, binned: bin centres in steps
    step_loss: np.ndarray
    epoch: np.ndarray  # 1, 2, ..., E
    epoch_step: np.ndarray
    train_loss: np.ndarray
    train_acc: np.ndarray
    val_loss: np.ndarray  # NaN where there is no validation set
    val_acc: np.ndarray
    epoch_lr: np.ndarray
    epoch_seconds: np.ndarray  # training time when each epoch ended
    # Diagnostics over time: a row at every epoch's end (and every few hundred
    # steps within a long epoch), recorded in the training process:
    diag_step: np.ndarray  # (n,) the step each row was taken at
    grad_norm: np.ndarray  # (n, weight layers), input side first
    dead_fraction: np.ndarray  # (n, hidden layers)
    saturated: np.ndarray  # (n, hidden layers)
    inside: "Inside | None" = None  # the newest look inside the network
    # Where the run's config changed: ((step, steps per epoch, config), ...), the first
    # at the first snapshot seen. The schedule view draws the lr as it ran from it
    # (a live lr change while the view was hidden must still show).
    config_log: tuple = ()
    # Images and regression: the newest predictions their views draw (2-D
    # classification has ``grid`` instead).
    evaluation: Evaluation | None = None

    @property
    def run_id(self) -> int:
        return self.info.run_id

    @property
    def config(self) -> Config:
        """The run's live config (a live change of lr or dropout shows here)."""
        return self.snap.config

    @property
    def state(self) -> RunState:
        return self.snap.state

    @property
    def metric(self) -> str:
        """What ``train_acc`` / ``val_acc`` hold: "accuracy" or "r2" (a regression run's R²)."""
        return self.info.metric

    @property
    def has_validation(self) -> bool:
        return len(self.info.y_val) > 0


@dataclass(frozen=True)
class Frames:
    """The newest frame of every run the GUI shows, in the order the runs were made."""

    frames: tuple[Frame, ...]
    focus: int | None = None  # the run the single-run views show (None: the first)

    @property
    def primary(self) -> Frame | None:
        """The focused run's frame (the first when none is; the only one outside a comparison)."""
        chosen = self.get(self.focus) if self.focus is not None else None
        return chosen or (self.frames[0] if self.frames else None)

    def get(self, run_id: int) -> Frame | None:
        return next((f for f in self.frames if f.run_id == run_id), None)

    def __len__(self) -> int:
        return len(self.frames)

    def __iter__(self):
        return iter(self.frames)


#: Config changes kept per run (a learner's drags): past it, the older half is thinned.
CONFIG_LOG_CAP = 512


class FrameAccumulator:
    """Folds one run's snapshots into Frames.

    Bounded like the trainer's history (``HISTORY_CAP`` rows of per-epoch and of
    diagnostics history, older rows thinned; the per-step loss in at most
    ``2 * max_points`` bins), so a run that trains for hours costs what a few
    minutes do."""

    def __init__(self, info: RunInfo, max_points: int = 2000, cap: int | None = None):
        self.info = info
        self.cap = _trainer.HISTORY_CAP if cap is None else cap
        self.loss = BinnedLoss(max_points)
        n_w = len(info.sizes) - 1
        widths = {"grad_norm": n_w, "dead_fraction": n_w - 1, "saturated": n_w - 1}
        self.cols = {k: Growing(widths.get(k)) for k in (*EPOCH_COLUMNS, *DIAG_COLUMNS)}
        self.grid: np.ndarray | None = None
        self.inside: Inside | None = None
        self.evaluation: Evaluation | None = None
        self.last: Snapshot | None = None
        self.config_log: tuple = ()

    def add(self, snap: Snapshot) -> None:
        if snap.run_id != self.info.run_id:
            raise ValueError("snapshot of another run")
        if self.last is not None and snap.seq != self.last.seq + 1:
            raise ValueError(f"snapshot {snap.seq} after {self.last.seq}: history would have a gap")
        # The training process keeps the newest STEP_CAP losses: a run opened from a
        # file may start later than step 1.
        self.loss.skip(int(snap.step) - len(snap.new_step_loss) - self.loss.steps)
        self.loss.extend(snap.new_step_loss)
        rows = snap.new_epochs
        for k, series in self.cols.items():
            series.extend(getattr(rows, k))
        for group in (EPOCH_COLUMNS, DIAG_COLUMNS):
            cols = {k: self.cols[k] for k in group}
            if thin(cols, self.cap):
                self.cols.update(cols)
        if self.last is None or snap.config != self.last.config or snap.steps_per_epoch != self.last.steps_per_epoch:
            log = self.config_log
            if len(log) >= CONFIG_LOG_CAP:
                half = len(log) // 2
                log = log[:1] + log[1:half:2] + log[half:]
            # Where the training process applied it, not where a snapshot first showed it:
            # on a busy machine one snapshot may hold hundreds of steps.
            self.config_log = (*log, (int(snap.config_step if self.last is not None else 0),
                                      int(snap.steps_per_epoch), snap.config))
        if snap.grid is not None:
            self.grid = snap.grid
        if snap.inside is not None:
            self.inside = snap.inside
        if snap.evaluation is not None:
            self.evaluation = snap.evaluation
        self.last = snap

    def frame(self) -> Frame | None:
        if self.last is None or (self.grid is None and self.evaluation is None):
            return None  # (a run without a plane, images, has an evaluation instead of a grid)
        x, y = self.loss.arrays()
        c = {k: s.view() for k, s in self.cols.items()}
        return Frame(
            info=self.info, snap=self.last, grid=self.grid, step_x=x, step_loss=y,
            epoch=c["epoch"], epoch_step=c["epoch_step"],
            train_loss=c["train_loss"], train_acc=c["train_acc"], val_loss=c["val_loss"],
            val_acc=c["val_acc"], epoch_lr=c["lr"], epoch_seconds=c["seconds"],
            diag_step=c["diag_step"],
            grad_norm=c["grad_norm"], dead_fraction=c["dead_fraction"],
            saturated=c["saturated"], inside=self.inside, config_log=self.config_log,
            evaluation=self.evaluation,
        )


class RunFolder:
    """Folds the training process's messages into Frames for the runs the GUI wants.

    The worker thread owns one. ``want(ids)`` names the current runs (anything of
    another run is dropped: no stale run is ever drawn); ``add`` takes a RunInfo
    or an Update; ``frames()`` is the newest Frames, or None when nothing changed.
    """

    def __init__(self):
        self.wanted: tuple[int, ...] = ()
        self.accs: dict[int, FrameAccumulator] = {}
        self.changed = False

    def want(self, run_ids, keep: bool = False) -> None:
        """The runs the GUI shows now: ``run_ids``, added to the current ones if ``keep``."""
        ids = tuple(dict.fromkeys((*self.wanted, *run_ids) if keep else run_ids))
        self.wanted = ids
        self.accs = {i: a for i, a in self.accs.items() if i in ids}

    def drop(self, run_id: int) -> None:
        self.want(tuple(i for i in self.wanted if i != run_id))

    def add(self, msg) -> bool:
        """Fold one message in; True if it was a RunInfo of a wanted run."""
        if isinstance(msg, RunInfo):
            if msg.run_id in self.wanted:
                self.accs[msg.run_id] = FrameAccumulator(msg)
                return True
        elif isinstance(msg, Update):
            for snap in msg.runs:
                acc = self.accs.get(snap.run_id)
                if acc is not None:
                    acc.add(snap)
                    self.changed = True
        return False

    def frames(self) -> Frames | None:
        if not self.changed:
            return None
        self.changed = False
        built = [self.accs[i].frame() for i in self.wanted if i in self.accs]
        built = [f for f in built if f is not None]
        return Frames(tuple(built)) if built else None
