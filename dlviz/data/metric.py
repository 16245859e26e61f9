"""Which score a run is read by: accuracy (classification) or R² (regression).

The one place that decides it, so every label ("accuracy" or "R²"), every number
(93.1 % or 0.953) and every centre view follows the run's task. A run's history
keeps its score in the ``train_acc`` / ``val_acc`` columns either way: the fraction
correct, or R² = 1 − SS_res / SS_tot. NumPy only.
"""

from __future__ import annotations

import numpy as np

from .datasets import DATASETS, TASKS

#: The score of each task.
METRICS = {"classify": "accuracy", "regress": "r2"}


def task_of(run) -> str:
    """``"classify"`` or ``"regress"``: of a RunInfo, a Frame, a Dataset, a Config or a
    pinned run (anything that says its ``task``, carries its data or names its dataset)."""
    # Said outright: a RunInfo or Frame's metric ("accuracy" | "r2"), a Dataset's task.
    metric = getattr(run, "metric", None)
    if metric in METRICS.values():
        return next(t for t, m in METRICS.items() if m == metric)
    task = getattr(run, "task", None)
    if task in TASKS:
        return task
    info = getattr(run, "info", None)  # a Frame
    if info is not None and info is not run:
        return task_of(info)
    # The data: regression targets are floats, class labels integers.
    y = getattr(run, "y_train", None)
    if y is not None:
        return "regress" if np.asarray(y).dtype.kind == "f" else "classify"
    config = getattr(run, "config", run)
    task = getattr(config, "task", None)
    if task in TASKS:
        return task
    if getattr(config, "target_column", ""):  # a CSV read with a numeric target
        return "regress"
    name = getattr(config, "dataset", None)
    entry = DATASETS.get(name) if isinstance(name, str) else None
    if entry is not None:
        return str(entry.extra.get("task", "classify"))
    return "classify"


def is_regression(run) -> bool:
    """Is ``run`` (see :func:`task_of`) a regression, read by R²?"""
    return task_of(run) == "regress"


def metric_of(run) -> str:
    """``"accuracy"`` or ``"r2"``: the score ``run`` (see :func:`task_of`) is read by."""
    return METRICS[task_of(run)]
