"""Frames: what the views draw, built from a run's snapshots. Imports no Qt.

The training process sends history as deltas; the worker thread folds them into
a :class:`FrameAccumulator` and hands the GUI an immutable :class:`Frame` (arrays
read-only). The per-step loss is kept in at most ``max_points`` bins whose width
doubles as the run grows, so a curve of a million steps costs what 2,000 do.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.inside import Inside
from ..engine.session import RunInfo, Snapshot


def _ro(a: np.ndarray) -> np.ndarray:
    v = a.view()
    v.flags.writeable = False
    return v


class _Series:
    """A float64 array that grows by doubling; prefix views stay valid forever."""

    def __init__(self):
        self._a = np.empty(256)
        self.n = 0

    def extend(self, x: np.ndarray) -> None:
        if self.n + len(x) > len(self._a):
            bigger = np.empty(max(2 * len(self._a), self.n + len(x)))
            bigger[: self.n] = self._a[: self.n]
            self._a = bigger
        self._a[self.n : self.n + len(x)] = x
        self.n += len(x)

    def view(self) -> np.ndarray:
        # Only ever appended to past ``n``, so this prefix never changes.
        return _ro(self._a[: self.n])

    def last(self) -> float:
        return float(self._a[self.n - 1])


class _Rows:
    """Rows of ``width`` floats, appended one at a time; views stay valid."""

    def __init__(self, width: int):
        self._a = np.empty((64, width))
        self.n = 0

    def append(self, row) -> None:
        if self.n == len(self._a):
            bigger = np.empty((2 * len(self._a), self._a.shape[1]))
            bigger[: self.n] = self._a
            self._a = bigger
        self._a[self.n] = row
        self.n += 1

    def view(self) -> np.ndarray:
        return _ro(self._a[: self.n])


class BinnedLoss:
    """Per-step losses averaged in bins of ``width`` steps (width doubles when full)."""

    def __init__(self, max_points: int = 2000):
        self.max_points = max_points
        self.width = 1
        self.sums = np.zeros(2 * max_points + 2)
        self.counts = np.zeros(2 * max_points + 2)
        self.n = 0  # bins in use (the last may be partial)
        self.steps = 0

    def extend(self, losses: np.ndarray) -> None:
        x = np.asarray(losses, dtype=np.float64)
        while len(x):
            if self.n and self.counts[self.n - 1] < self.width:
                take = int(min(self.width - self.counts[self.n - 1], len(x)))
                self.sums[self.n - 1] += x[:take].sum()
                self.counts[self.n - 1] += take
            else:
                room = len(self.sums) - self.n
                full = min(len(x) // self.width, room)
                take = full * self.width
                if full:
                    self.sums[self.n : self.n + full] = x[:take].reshape(full, self.width).sum(axis=1)
                    self.counts[self.n : self.n + full] = self.width
                    self.n += full
                elif room:
                    take = len(x)  # less than a bin: a partial bin
                    self.sums[self.n] = x.sum()
                    self.counts[self.n] = take
                    self.n += 1
            self.steps += take
            x = x[take:]
            if self.n > 2 * self.max_points or (len(x) and self.n == len(self.sums)):
                self._halve()

    def _halve(self) -> None:
        m = self.n // 2
        s, c = self.sums, self.counts
        s[:m] = s[0 : 2 * m : 2] + s[1 : 2 * m : 2]
        c[:m] = c[0 : 2 * m : 2] + c[1 : 2 * m : 2]
        if self.n % 2:  # an odd last bin becomes the (partial) bin m
            s[m], c[m] = s[self.n - 1], c[self.n - 1]
            m += 1
        s[m:], c[m:] = 0, 0
        self.n = m
        self.width *= 2

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, mean loss): x is the step at each bin's centre (1-based steps)."""
        c = self.counts[: self.n]
        start = np.arange(self.n) * self.width
        x = start + (c + 1) / 2.0
        return _ro(x), _ro(self.sums[: self.n] / np.maximum(c, 1))


@dataclass(frozen=True)
class Frame:
    """Everything a view may draw: the run's fixed info, its latest snapshot, the
    latest grid and the whole history so far (all arrays read-only)."""

    info: RunInfo
    snap: Snapshot
    grid: np.ndarray  # (K, res, res), the newest grid received
    step_x: np.ndarray  # per-step loss, binned: bin centres in steps
    step_loss: np.ndarray
    epoch: np.ndarray  # 1, 2, ..., E
    epoch_step: np.ndarray
    train_loss: np.ndarray
    train_acc: np.ndarray
    val_loss: np.ndarray  # NaN where there is no validation set
    val_acc: np.ndarray
    epoch_lr: np.ndarray
    # Diagnostics over time, one row per snapshot that had them (not per step):
    diag_step: np.ndarray  # (n,) the step each row was taken at
    grad_norm: np.ndarray  # (n, weight layers), input side first
    dead_fraction: np.ndarray  # (n, hidden layers)
    saturated: np.ndarray  # (n, hidden layers)
    inside: "Inside | None" = None  # the newest look inside the network

    @property
    def run_id(self) -> int:
        return self.info.run_id

    @property
    def has_validation(self) -> bool:
        return len(self.info.y_val) > 0


class FrameAccumulator:
    """Folds one run's snapshots into Frames."""

    def __init__(self, info: RunInfo, max_points: int = 2000):
        self.info = info
        self.loss = BinnedLoss(max_points)
        self.cols = {k: _Series() for k in ("epoch_step", "train_loss", "train_acc", "val_loss", "val_acc", "lr")}
        self.grid: np.ndarray | None = None
        self.inside: Inside | None = None
        self.last: Snapshot | None = None
        n_w = len(info.sizes) - 1
        self.diag_step = _Series()
        self.diag = {"grad_norm": _Rows(n_w), "dead_fraction": _Rows(n_w - 1), "saturated": _Rows(n_w - 1)}

    def add(self, snap: Snapshot) -> None:
        if snap.run_id != self.info.run_id:
            raise ValueError("snapshot of another run")
        if self.last is not None and snap.seq != self.last.seq + 1:
            raise ValueError(f"snapshot {snap.seq} after {self.last.seq}: history would have a gap")
        self.loss.extend(snap.new_step_loss)
        rows = snap.new_epochs
        for k, series in self.cols.items():
            series.extend(getattr(rows, k))
        if snap.grid is not None:
            self.grid = snap.grid
        if snap.inside is not None:
            self.inside = snap.inside
        d = snap.diagnostics
        if d is not None and (self.diag_step.n == 0 or self.diag_step.last() != snap.step):
            self.diag_step.extend(np.array([snap.step], float))
            self.diag["grad_norm"].append(d.grad_norm)
            self.diag["dead_fraction"].append(d.dead_fraction)
            self.diag["saturated"].append(d.saturated_fraction)
        self.last = snap

    def frame(self) -> Frame | None:
        if self.last is None or self.grid is None:
            return None
        x, y = self.loss.arrays()
        c = {k: s.view() for k, s in self.cols.items()}
        n = len(c["train_loss"])
        return Frame(
            info=self.info, snap=self.last, grid=self.grid, step_x=x, step_loss=y,
            epoch=_ro(np.arange(1, n + 1, dtype=np.float64)), epoch_step=c["epoch_step"],
            train_loss=c["train_loss"], train_acc=c["train_acc"], val_loss=c["val_loss"],
            val_acc=c["val_acc"], epoch_lr=c["lr"], diag_step=self.diag_step.view(),
            grad_norm=self.diag["grad_norm"].view(), dead_fraction=self.diag["dead_fraction"].view(),
            saturated=self.diag["saturated"].view(), inside=self.inside,
        )
