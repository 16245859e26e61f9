"""Learning-rate schedules: each a pure function of the step number (0-based)."""

from __future__ import annotations

import math
from typing import Callable

Schedule = Callable[[int], float]


def constant(lr: float, total_steps: int, decay_steps: int, gamma: float, warmup_steps: int) -> Schedule:
    """lr(t) = lr."""
    return lambda t: lr


def step(lr: float, total_steps: int, decay_steps: int, gamma: float, warmup_steps: int) -> Schedule:
    """lr(t) = lr · γ^floor(t / decay_steps): a drop by γ every ``decay_steps``."""
    return lambda t: lr * gamma ** (t // decay_steps)


def exponential(lr: float, total_steps: int, decay_steps: int, gamma: float, warmup_steps: int) -> Schedule:
    """lr(t) = lr · γ^(t / decay_steps): the same decay as ``step``, smoothly."""
    return lambda t: lr * gamma ** (t / decay_steps)


def cosine(lr: float, total_steps: int, decay_steps: int, gamma: float, warmup_steps: int) -> Schedule:
    """lr(t) = lr · (1 + cos(π t / T)) / 2 for t < T, then 0 (T = total_steps)."""

    def lr_at(t: int) -> float:
        return 0.5 * lr * (1.0 + math.cos(math.pi * min(t, total_steps) / total_steps))

    return lr_at


def warmup_cosine(lr: float, total_steps: int, decay_steps: int, gamma: float, warmup_steps: int) -> Schedule:
    """Linear warm-up from lr/W to lr over W = warmup_steps, then cosine to 0 at total_steps."""
    rest = max(total_steps - warmup_steps, 1)

    def lr_at(t: int) -> float:
        if t < warmup_steps:
            return lr * (t + 1) / warmup_steps
        u = min(t - warmup_steps, rest) / rest
        return 0.5 * lr * (1.0 + math.cos(math.pi * u))

    return lr_at


SCHEDULES: dict[str, Callable[..., Schedule]] = {
    "constant": constant,
    "step": step,
    "exponential": exponential,
    "cosine": cosine,
    "warmup_cosine": warmup_cosine,
}

SCHEDULE_LABELS = {
    "constant": "Constant",
    "step": "Step decay",
    "exponential": "Exponential decay",
    "cosine": "Cosine",
    "warmup_cosine": "Warm-up + cosine",
}


def make_schedule(
    name: str,
    lr: float,
    total_steps: int = 1000,
    *,
    decay_steps: int | None = None,
    gamma: float = 0.5,
    warmup_steps: int | None = None,
) -> Schedule:
    """Return ``lr_at(step) -> float`` for the schedule registered under ``name``.

    ``decay_steps`` (step, exponential) defaults to a tenth of ``total_steps``;
    ``warmup_steps`` (warmup_cosine) to a twentieth.
    """
    try:
        factory = SCHEDULES[name]
    except KeyError:
        raise ValueError(f"unknown schedule {name!r}; choose from {', '.join(SCHEDULES)}") from None
    total_steps = max(int(total_steps), 1)
    decay_steps = max(int(decay_steps if decay_steps is not None else total_steps // 10), 1)
    warmup_steps = max(int(warmup_steps if warmup_steps is not None else total_steps // 20), 1)
    return factory(float(lr), total_steps, decay_steps, float(gamma), warmup_steps)
