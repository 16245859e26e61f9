"""Learning-rate schedules: each a pure function of the step number (0-based).

A schedule's factory takes the base lr, the planned number of steps, the steps
per epoch and its own options, which are counted in epochs (as the learner sets
them); :func:`make_schedule` also takes them in steps.
"""

from __future__ import annotations

import math
from typing import Callable

from ..common.registry import Entry, Option, Registry
from ..common.messages import QT_TRANSLATE_NOOP

Schedule = Callable[[int], float]


def constant(lr: float, total_steps: int, steps_per_epoch: int) -> Schedule:
    """lr(t) = lr."""
    # (its ``constant`` says so: a caller wanting many steps' rates need not call it for each)
    def lr_at(t: int) -> float:
        return lr

    lr_at.constant = lr
    return lr_at


def step(lr: float, total_steps: int, steps_per_epoch: int, gamma: float, decay_epochs: float) -> Schedule:
    """lr(t) = lr · γ^floor(t / D): a drop by γ every D = decay_epochs epochs."""
    decay_steps = max(int(decay_epochs * steps_per_epoch), 1)
    return lambda t: lr * gamma ** (t // decay_steps)


def exponential(lr: float, total_steps: int, steps_per_epoch: int, gamma: float, decay_epochs: float) -> Schedule:
    """lr(t) = lr · γ^(t / D): the same decay as ``step``, smoothly."""
    decay_steps = max(int(decay_epochs * steps_per_epoch), 1)
    return lambda t: lr * gamma ** (t / decay_steps)


def cosine(lr: float, total_steps: int, steps_per_epoch: int) -> Schedule:
    """lr(t) = lr · (1 + cos(π t / T)) / 2 for t < T, then 0 (T = the planned steps)."""

    def lr_at(t: int) -> float:
        return 0.5 * lr * (1.0 + math.cos(math.pi * min(t, total_steps) / total_steps))

    return lr_at


def warmup_cosine(lr: float, total_steps: int, steps_per_epoch: int, warmup_epochs: float) -> Schedule:
    """Linear warm-up from lr/W to lr over W = warmup_epochs, then cosine to 0 at the end."""
    warmup_steps = max(int(warmup_epochs * steps_per_epoch), 1)
    rest = max(total_steps - warmup_steps, 1)

    def lr_at(t: int) -> float:
        if t < warmup_steps:
            return lr * (t + 1) / warmup_steps
        u = min(t - warmup_steps, rest) / rest
        return 0.5 * lr * (1.0 + math.cos(math.pi * u))

    return lr_at


_GAMMA = Option("lr_decay", 0.5, 1e-6, 1.0, QT_TRANSLATE_NOOP("registry", "Decay factor γ"), QT_TRANSLATE_NOOP("registry", "the lr is multiplied by γ every decay_epochs epochs"),
                arg="gamma", live=True)
_DECAY = Option("decay_epochs", 10, 1, 100_000, QT_TRANSLATE_NOOP("registry", "Decay every (epochs)"), QT_TRANSLATE_NOOP("registry", "epochs per decay by γ"), integer=True,
                live=True)
_WARMUP = Option("warmup_epochs", 5, 1, 100_000, QT_TRANSLATE_NOOP("registry", "Warm-up (epochs)"), QT_TRANSLATE_NOOP("registry", "epochs of linear warm-up"), integer=True,
                 live=True)


def _entry(name: str, label: str, factory, *options: Option) -> Entry:
    return Entry(name, label, (factory.__doc__ or "").strip().splitlines()[0], factory, options)


#: name -> Entry; ``SCHEDULES[name].build(config_values, lr=, total_steps=, steps_per_epoch=)``.
SCHEDULES = Registry("schedule", (
    _entry("constant", QT_TRANSLATE_NOOP("registry", "Constant"), constant),
    _entry("step", QT_TRANSLATE_NOOP("registry", "Step decay"), step, _GAMMA, _DECAY),
    _entry("exponential", QT_TRANSLATE_NOOP("registry", "Exponential decay"), exponential, _GAMMA, _DECAY),
    _entry("cosine", QT_TRANSLATE_NOOP("registry", "Cosine"), cosine),
    _entry("warmup_cosine", QT_TRANSLATE_NOOP("registry", "Warm-up + cosine"), warmup_cosine, _WARMUP),
))


def make_schedule(
    name: str,
    lr: float,
    total_steps: int = 1000,
    *,
    decay_steps: int | None = None,
    gamma: float = 0.5,
    warmup_steps: int | None = None,
    steps_per_epoch: int | None = None,
    **epoch_options,
) -> Schedule:
    """Return ``lr_at(step) -> float`` for the schedule registered under ``name``.

    Options in steps (``decay_steps``, ``gamma``, ``warmup_steps``), or, with
    ``steps_per_epoch``, by their option keys in epochs (``decay_epochs``,
    ``lr_decay``, ``warmup_epochs``). Defaults in steps: ``decay_steps`` a tenth
    of ``total_steps``, ``warmup_steps`` a twentieth.
    """
    entry = SCHEDULES.get_entry(name)
    total_steps = max(int(total_steps), 1)
    if steps_per_epoch is None:
        steps_per_epoch = 1  # options given in steps: one "epoch" is one step
        epoch_options = {
            "lr_decay": float(gamma),
            "decay_epochs": max(int(decay_steps if decay_steps is not None else total_steps // 10), 1),
            "warmup_epochs": max(int(warmup_steps if warmup_steps is not None else total_steps // 20), 1),
        }
    return entry.build(epoch_options, lr=float(lr), total_steps=total_steps, steps_per_epoch=int(steps_per_epoch))

#: For the translators: the first lines of the docstrings above, which the window shows as the entries' descriptions. pyside6-lupdate reads no docstrings or f-strings;
#: tests/ui/test_translations.py fails when one here no longer matches.
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("registry", "lr(t) = lr."),
    QT_TRANSLATE_NOOP("registry", "lr(t) = lr · γ^floor(t / D): a drop by γ every D = decay_epochs epochs."),
    QT_TRANSLATE_NOOP("registry", "lr(t) = lr · γ^(t / D): the same decay as ``step``, smoothly."),
    QT_TRANSLATE_NOOP("registry", "lr(t) = lr · (1 + cos(π t / T)) / 2 for t < T, then 0 (T = the planned steps)."),
    QT_TRANSLATE_NOOP("registry", "Linear warm-up from lr/W to lr over W = warmup_epochs, then cosine to 0 at the end."),
)
