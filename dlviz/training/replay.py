"""Replay: every run keeps weight snapshots, and any of them can be drawn again. Qt-free.

A :class:`Timeline` records a trainer's weights every ``stride`` steps (at first an
eighth of an epoch). Past its cap it is thinned as the landscape's snapshots are
(:meth:`.landscape.Snapshots.thin`: every other one kept, the first and the last
always) and the stride doubles, so the snapshots stay evenly spread over the whole
run. The bound: at most ``MAX_SNAPSHOTS`` snapshots and ``MAX_BYTES`` of weights
per run (a 2-D net of a few hundred weights: 1,024 snapshots of ~1 KB; a digits net
of 64-32-10, 2,410 weights: 1,024 snapshots, 9.9 MB; bigger nets keep fewer, never
under ``MIN_SNAPSHOTS``).

A snapshot is drawn by a :class:`Player`: a twin of the run's trainer (the same
data, features and architecture, built from its config) whose weights are set to
the snapshot's. :func:`centre_picture` makes "the centre picture" of a trainer,
whatever its kind: the decision grid for 2-D points; other kinds register their
own maker in :data:`PICTURES` (kind -> ``maker(trainer, resolution) -> Picture``),
and replay, the timeline and the GIF export use it unchanged.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..common.arrays import frozen
from .evaluation import Evaluation
from .trainer import Trainer

MAX_SNAPSHOTS = 1024
MIN_SNAPSHOTS = 64
MAX_BYTES = 32 << 20  # of weights kept per run
PER_EPOCH = 8  # snapshots per epoch at first (the stride: steps per epoch / 8)


def epoch_position(trainer: Trainer) -> float:
    """Where the trainer stands in epochs (fractional: 2.5 is half-way through the third),
    counted as the loss view's x axis counts steps: from the last epoch's end, in the
    current steps per epoch."""
    ends = trainer.history.epoch_step
    last = float(ends.last()) if ends.n else 0.0
    return float(trainer.epoch + min(1.0, max(0.0, (trainer.step - last) / trainer.steps_per_epoch)))


class Timeline:
    """A run's weight snapshots, evenly spread over its steps and bounded in memory.

    The weights at creation are the first snapshot; call :meth:`take` after
    training steps (it records only when ``stride`` steps have passed since the
    last one), ``take(force=True)`` to record the weights as they are now."""

    def __init__(self, trainer: Trainer, cap: int = MAX_SNAPSHOTS, max_bytes: int = MAX_BYTES,
                 per_epoch: int = PER_EPOCH, stride: int | None = None):
        self.trainer = trainer
        per = max(1, trainer.net.flat.nbytes)
        self.cap = max(MIN_SNAPSHOTS, min(int(cap), int(max_bytes) // per))
        self.stride = max(1, int(stride) if stride else trainer.steps_per_epoch // max(1, per_epoch))
        self._weights: list[np.ndarray] = []
        self._steps: list[int] = []
        self._epochs: list[float] = []
        self._record()

    def _record(self) -> None:
        t = self.trainer
        self._weights.append(t.net.flat.copy())
        self._steps.append(int(t.step))
        self._epochs.append(epoch_position(t))
        self._next = (t.step // self.stride + 1) * self.stride

    def take(self, force: bool = False) -> bool:
        """Record the weights if ``stride`` steps have passed (or, with ``force``, if any
        step has) since the last snapshot; True if it did."""
        step = self.trainer.step
        if step == self._steps[-1] or (step < self._next and not force):
            return False
        self._record()
        if len(self._weights) > self.cap:
            self.thin()
        return True

    def thin(self) -> None:
        """Keep every other snapshot (the first and the last always), and take them half
        as often from now on: a long run's snapshots in bounded memory."""
        for rows in (self._weights, self._steps, self._epochs):
            rows[1:-1] = rows[2:-1:2]
        self.stride *= 2
        self._next = (self.trainer.step // self.stride + 1) * self.stride

    def __len__(self) -> int:
        return len(self._weights)

    @property
    def due(self) -> int:
        """The step at which the next snapshot is taken."""
        return self._next

    def weights(self, i: int) -> np.ndarray:
        """Snapshot ``i``'s flat weights (negative: from the end)."""
        return self._weights[i]

    @property
    def steps(self) -> np.ndarray:
        """(snapshots,) the step each was taken at, oldest first."""
        return np.array(self._steps, dtype=np.int64)

    @property
    def epochs(self) -> np.ndarray:
        """(snapshots,) the (fractional) epoch each was taken at."""
        return np.array(self._epochs, dtype=np.float64)

    @property
    def nbytes(self) -> int:
        return sum(w.nbytes for w in self._weights)


@dataclass(frozen=True)
class Picture:
    """What the centre view draws of a run at some weights: the decision grid (2-D
    points: (K, R, R) probabilities, ``Snapshot.grid``'s layout) or an Evaluation
    (images, regression: ``Snapshot.evaluation``)."""

    grid: np.ndarray | None = None
    evaluation: Evaluation | None = None


def _points_picture(trainer: Trainer, resolution: int) -> Picture:
    return Picture(grid=frozen(trainer.predict_grid(resolution).copy()))


def _image_picture(trainer: Trainer, resolution: int) -> Picture:
    return Picture(evaluation=trainer.evaluation())  # (the PCA map, samples, confusion ...)


def _regression_picture(trainer: Trainer, resolution: int) -> Picture:
    from .regression import evaluate

    return Picture(evaluation=evaluate(trainer, resolution))  # (the curve or the surface)


#: kind (``Dataset.kind``) -> maker(trainer, resolution) -> Picture. A kind that has
#: no entry draws nothing in replay (its centre view keeps the live picture).
PICTURES: dict[str, Callable[[Trainer, int], Picture]] = {
    "points": _points_picture, "image": _image_picture, "curve": _regression_picture,
    "surface": _regression_picture}


def centre_picture(trainer: Trainer, resolution: int = 100, step: int | None = None) -> Picture:
    """The centre view's picture of ``trainer`` at its current weights; ``step``: the
    training step they are of, which an Evaluation carries (a replay's twin never trains,
    and the views redraw on a new step)."""
    maker = PICTURES.get(getattr(trainer.dataset, "kind", "points"))
    picture = maker(trainer, resolution) if maker is not None else Picture()
    if step is not None and picture.evaluation is not None:
        picture = Picture(picture.grid, dataclasses.replace(picture.evaluation, step=int(step)))
    return picture


class Player:
    """Draws a run's snapshots: a twin of its trainer (built from the same config and
    data, so the same split, features and architecture) that never trains; its
    weights are set to the snapshot's. The run's own trainer is never touched."""

    def __init__(self, trainer: Trainer):
        self.twin = Trainer(trainer.config.replace(engine="numpy"), trainer.dataset, dtype=trainer.dtype)
        self.source = trainer

    def load(self, weights: np.ndarray) -> Trainer:
        """The twin with ``weights``: read it (pictures, the look inside), do not keep it."""
        np.copyto(self.twin.net.flat, weights)
        return self.twin

    def picture(self, weights: np.ndarray, resolution: int = 100, step: int | None = None) -> Picture:
        return centre_picture(self.load(weights), resolution, step)


def frame_indices(n: int, frames: int) -> np.ndarray:
    """Which of ``n`` snapshots ``frames`` evenly spread frames show: the first and the
    last always, no snapshot twice (at most ``n`` frames)."""
    frames = max(1, min(int(frames), int(n)))
    if frames == 1:
        return np.array([n - 1], dtype=np.int64)
    return np.unique(np.round(np.linspace(0, n - 1, frames)).astype(np.int64))
