"""The learning-rate range test (Smith 2017, as fast.ai runs it).

From fresh weights of a Config, train with the learning rate growing
exponentially from 1e-5 to 10 over max(300 steps, one epoch), one lr per step,
and record the loss of every step. The curve is smoothed with a bias-corrected
running mean; the test stops early once the smoothed loss exceeds 4x its
minimum. The suggested lr is where the smoothed loss falls fastest against
log lr.

The bands split the lr axis where the curve changes character:

- **crawls**: from the first lr until the smoothed loss has made 10 % of its
  total fall (start to minimum): the weights barely move.
- **learns**: from there to the lr of the smoothed minimum: a bigger lr gives a
  faster fall.
- **diverges**: beyond the minimum: a bigger lr makes the loss worse, and the
  test's end (4x the minimum) is a blow-up.

The run uses a Trainer of its own; no other trainer is touched. Qt-free.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..config import Config
from ..data import Dataset
from .trainer import Trainer

LR_START, LR_END = 1e-5, 10.0
MIN_STEPS = 300
BETA = 0.9  # smoothing weight of the running mean: ~10 steps, a fifth of a decade over 300 steps
STOP_FACTOR = 4.0
CRAWL_SHARE = 0.1  # share of the total fall that ends "crawls"
SKIP = 10  # the first steps' smoothed values rest on too few losses to take a slope from
SLOPE_WINDOW = 0.2  # decades of lr each side of a point for its slope
CHUNK = 25  # steps between two polls of should_stop


@dataclass(frozen=True)
class LRFinderResult:
    """The range test's curve and what it suggests.

    ``lr``, ``loss`` and ``smoothed`` hold one value per step taken. ``bands``
    maps "crawls", "learns" and "diverges" to (low lr, high lr).
    """

    lr: np.ndarray
    loss: np.ndarray
    smoothed: np.ndarray
    suggested_lr: float
    min_lr: float  # lr at the smoothed minimum
    bands: dict[str, tuple[float, float]]
    planned_steps: int
    stopped_early: bool  # the smoothed loss passed 4x its minimum (or the loss blew up)
    cancelled: bool = False

    def to_json(self) -> dict:
        return {
            "lr": self.lr.tolist(), "loss": self.loss.tolist(), "smoothed_loss": self.smoothed.tolist(),
            "suggested_lr": self.suggested_lr, "min_lr": self.min_lr,
            "bands": {k: list(v) for k, v in self.bands.items()},
            "steps": len(self.lr), "planned_steps": self.planned_steps, "stopped_early": self.stopped_early,
        }


def lr_schedule(steps: int, start: float = LR_START, end: float = LR_END) -> np.ndarray:
    """The test's learning rates: ``steps`` values from ``start`` to ``end``, evenly on a log scale."""
    return np.geomspace(start, end, steps)


def smooth(loss: np.ndarray, beta: float = BETA) -> np.ndarray:
    """Bias-corrected running mean: a_t = β a_(t-1) + (1-β) L_t, shown as a_t / (1 - β^t)."""
    out = np.empty(len(loss))
    avg = 0.0
    for t, x in enumerate(loss, start=1):
        avg = beta * avg + (1.0 - beta) * float(x)
        out[t - 1] = avg / (1.0 - beta**t)
    return out


def find_lr(config: Config, dataset: Dataset | None = None, should_stop: Callable[[], bool] | None = None,
            progress: Callable[[int, int], None] | None = None) -> LRFinderResult:
    """Run the range test for ``config`` (its lr and schedule are ignored) on
    ``dataset`` (default: the one the config names).

    ``should_stop()`` is polled every 25 steps; a cancelled test returns what it
    has (at least 25 steps). ``progress(done, planned)`` is called as often.
    """
    # No epoch budget: the test decides its own length.
    trainer = Trainer(config.replace(epochs=0, schedule="constant"), dataset=dataset)
    planned = max(MIN_STEPS, trainer.steps_per_epoch)
    lrs = lr_schedule(planned)
    lr_list = lrs.tolist()  # Python floats: a NumPy scalar in float32 arithmetic is slow
    # The trainer reads the lr of every step from its schedule: the test's schedule.
    trainer.lr_at = lambda step: lr_list[min(step, planned - 1)]
    losses = trainer.history.step_loss
    avg, best, n, stopped, cancelled = 0.0, math.inf, 0, False, False
    smoothed: list[float] = []
    while n < planned and not stopped:
        trainer.run(min(CHUNK, planned - trainer.step))
        new = losses.view()[n:]
        for x in new.tolist():
            n += 1
            avg = BETA * avg + (1.0 - BETA) * x
            s = avg / (1.0 - BETA**n)
            smoothed.append(s)
            best = min(best, s)
            if not math.isfinite(s) or s > STOP_FACTOR * best:
                stopped = True
                break
        if trainer.diverged:  # the trainer's own blow-up check came first
            stopped = True
        if progress is not None:
            progress(n, planned)
        if not stopped and n < planned and should_stop is not None and should_stop():
            cancelled = True
            break
        if not len(new) and not stopped:  # nothing more will come (cannot happen with epochs=0)
            break
    if n < 2 * SKIP:  # the trainer blew up at lr ~1e-5: no curve to read
        raise ValueError(f"the range test stopped after {n} steps: too few to read a curve from")
    loss = np.array(losses.view()[:n], dtype=np.float64)
    sm = np.array(smoothed)
    lr = lrs[:n].copy()
    suggested, lo_learn, i_min = _read_curve(lr, sm)
    bands = {"crawls": (float(lr[0]), lo_learn), "learns": (lo_learn, float(lr[i_min])),
             "diverges": (float(lr[i_min]), float(lr[-1]))}
    return LRFinderResult(lr, loss, sm, suggested, float(lr[i_min]), bands, planned, stopped, cancelled)


def _read_curve(lr: np.ndarray, sm: np.ndarray) -> tuple[float, float, int]:
    """(suggested lr, start of "learns", index of the minimum) of a smoothed curve."""
    n = len(sm)
    i_min = int(np.nanargmin(np.where(np.isfinite(sm), sm, np.nan)))
    # "learns" starts where the curve falls below, and stays below, its starting
    # level less 10 % of its fall (the start averaged over the first steps: one
    # batch's loss is noisy).
    start = float(sm[: 2 * SKIP].mean())
    drop = start - sm[i_min]
    above = np.nonzero(sm[: i_min + 1] > start - CRAWL_SHARE * drop)[0] if drop > 0 else [i_min]
    first = min(int(above[-1]) + 1 if len(above) else 0, i_min)
    # The steepest fall, within "learns", against log lr over a window of about a
    # fifth of a decade each side (narrower, and single batches' noise would pick it).
    # A short curve (a long test cancelled early spans a sliver of a decade) gets
    # the widest window that fits in it.
    w = max(2, min(round(SLOPE_WINDOW * (n - 1) / math.log10(lr[-1] / lr[0])), (n - 1 - SKIP) // 2))
    lo = max(first, SKIP + w)
    i = np.arange(lo, max(i_min, lo + 1))
    a, b = np.maximum(i - w, 0), np.minimum(i + w, n - 1)
    slope = (sm[b] - sm[a]) / np.log10(lr[b] / lr[a])
    suggested = float(lr[i[int(np.argmin(slope))]])
    return suggested, float(lr[first]), i_min
