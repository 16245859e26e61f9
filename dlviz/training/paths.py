"""Optimizer paths on a 2-D surface: what each optimizer does from one start.

The point (x, y) is the parameter array and the surface's gradient the gradient:
each optimizer is the engine's own class, built from ``OPTIMIZERS`` and stepped
with ``step([p], [g])`` exactly as the trainer steps a network, so a path shows
what training does. All paths advance together, one step each per round, so a
caller can stop between rounds (``should_stop``) and an animation shows them side
by side. Qt-free.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import numpy as np

from ..engine.optimizers import OPTIMIZERS
from ..engine.surfaces import Surface, get_surface

MAX_STEPS = 100_000

#: A path has diverged when its point is no longer finite, or lies farther from the
#: view box's centre than this many times the box's half-size along either axis.
FAR = 10.0


@dataclass(frozen=True)
class PathSpec:
    """One optimizer of a path run: its registry name, learning rate and options
    (``momentum``, ``beta1``, ``beta2`` by key; missing ones at their defaults)."""

    optimizer: str
    lr: float
    weight_decay: float = 0.0
    options: Mapping[str, float] | None = None


@dataclass(frozen=True)
class Path:
    """Where one optimizer went.

    ``points`` is (n + 1, 2): the start, then the point after each step taken.
    ``loss`` is f at each of those points. ``diverged_at`` is the step (1-based)
    whose point was not finite or far outside the box; that point is left out,
    so ``points`` ends at the last good one. None if the path never diverged.
    """

    optimizer: str
    lr: float
    points: np.ndarray
    loss: np.ndarray
    diverged_at: int | None

    @property
    def steps(self) -> int:
        return len(self.points) - 1

    def to_json(self) -> dict:
        return {"lr": self.lr, "points": self.points.tolist(), "loss": self.loss.tolist(),
                "diverged_at": self.diverged_at}


def check_specs(specs: Sequence[PathSpec]) -> None:
    """ValueError naming the problem: no optimizer, an unknown or repeated name, a
    learning rate that is not a positive finite number, a bad option."""
    if not specs:
        raise ValueError("give at least one optimizer")
    names = [s.optimizer for s in specs]
    for s in specs:
        entry = OPTIMIZERS.get_entry(s.optimizer)
        if not (isinstance(s.lr, (int, float)) and math.isfinite(s.lr) and s.lr > 0):
            raise ValueError(f"{s.optimizer}: the learning rate must be a positive number, got {s.lr!r}")
        if not (math.isfinite(s.weight_decay) and 0 <= s.weight_decay <= 1):
            raise ValueError(f"{s.optimizer}: weight_decay must be 0 to 1, got {s.weight_decay!r}")
        declared = {o.key: o for o in entry.options}
        for key, value in (s.options or {}).items():
            if key in declared:
                declared[key].check(value)
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise ValueError(f"optimizer {dup[0]!r} is given twice")


def compute_paths(surface: Surface | str, start: tuple[float, float] | None, specs: Sequence[PathSpec],
                  steps: int = 500, should_stop: Callable[[], bool] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> dict[str, Path]:
    """The path of every optimizer in ``specs`` from ``start`` (default: the
    surface's), ``steps`` steps each, by optimizer name in the order given.

    ``should_stop()`` is polled every 64 rounds; a stopped run returns the paths so
    far (all of the same length). ``progress(done, steps)`` is called as often.
    """
    surf = get_surface(surface) if isinstance(surface, str) else surface
    check_specs(specs)
    if not (isinstance(steps, int) and 1 <= steps <= MAX_STEPS):
        raise ValueError(f"steps must be 1 to {MAX_STEPS:,}, got {steps!r}")
    x0, y0 = surf.start if start is None else start
    if not (math.isfinite(x0) and math.isfinite(y0)):
        raise ValueError(f"the start must be two finite numbers, got {start!r}")
    bx0, bx1, by0, by1 = surf.bounds
    cx, cy, hx, hy = (bx0 + bx1) / 2, (by0 + by1) / 2, (bx1 - bx0) / 2, (by1 - by0) / 2

    opts = [OPTIMIZERS[s.optimizer].build(s.options or {}, lr=s.lr, weight_decay=s.weight_decay) for s in specs]
    n = len(specs)
    pts = np.empty((n, steps + 1, 2))
    pts[:, 0] = x0, y0
    params = [np.array([x0, y0], dtype=np.float64) for _ in specs]
    alive = [True] * n
    diverged: list[int | None] = [None] * n
    ends = [steps] * n  # index of each path's last good point
    done = 0
    # Overflow on a blow-up is expected and handled below: no warnings for it.
    with np.errstate(over="ignore", invalid="ignore"):
        for t in range(1, steps + 1):
            for i, (opt, p) in enumerate(zip(opts, params)):
                if not alive[i]:
                    continue
                opt.step([p], [surf.gradient(p)])
                x, y = p
                if not (math.isfinite(x) and math.isfinite(y)) or abs(x - cx) > FAR * hx or abs(y - cy) > FAR * hy:
                    alive[i], diverged[i], ends[i] = False, t, t - 1
                else:
                    pts[i, t] = p
            done = t
            if t % 64 == 0 or t == steps:
                if progress is not None:
                    progress(t, steps)
                if should_stop is not None and t < steps and should_stop():
                    break
        out = {}
        for i, s in enumerate(specs):
            last = min(ends[i], done)
            points = pts[i, : last + 1].copy()
            loss = np.asarray(surf.f(points[:, 0], points[:, 1]), dtype=np.float64)
            out[s.optimizer] = Path(s.optimizer, float(s.lr), points, loss, diverged[i])
    return out
