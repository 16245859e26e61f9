"""A run's per-epoch history as CSV: one row per epoch, a ``run`` column when several.

Columns: epoch, step, seconds (training time so far), lr, train_loss, train_acc,
val_loss, val_acc (empty without a validation set). A run of more than
``trainer.HISTORY_CAP`` epochs keeps its older epochs thinned (every other one,
again and again; the newest ``HISTORY_CAP / 2`` all): its file has a row for each
epoch kept, numbered by epoch. Written to a temporary file
beside the target and renamed, so a failed write leaves no half file.
"""

from __future__ import annotations

import csv
import math
import os
from pathlib import Path

import numpy as np

from ..common.files import replacing

COLUMNS = ("epoch", "step", "seconds", "lr", "train_loss", "train_acc", "val_loss", "val_acc")


def _cell(x: float) -> str:
    return "" if math.isnan(x) else repr(float(x))  # repr: every digit, read back exactly


def _columns(run) -> tuple[np.ndarray, ...]:
    """step, seconds, lr, train_loss, train_acc, val_loss, val_acc of a trainer's
    History or of a GUI Frame (which carries the same per-epoch columns)."""
    if hasattr(run, "epoch_lr"):  # a Frame
        return (run.epoch_step, run.epoch_seconds, run.epoch_lr, run.train_loss, run.train_acc, run.val_loss,
                run.val_acc)
    return tuple(getattr(run, k).view() for k in ("epoch_step", "seconds", "lr", "train_loss", "train_acc",
                                                   "val_loss", "val_acc"))


def _epochs(run) -> np.ndarray:
    """Each row's epoch number: a long run's older rows are thinned (every other one
    kept, again and again), so the file then holds fewer rows than epochs."""
    e = getattr(run, "epoch", None)
    if e is None:
        return np.arange(1, len(_columns(run)[3]) + 1)
    return e if isinstance(e, np.ndarray) else e.view()


def rows(run) -> list[list[str]]:
    """The epochs of ``run`` (a History or a Frame) as CSV rows (without a run column)."""
    cols = _columns(run)
    epochs = _epochs(run)
    return [[str(int(epochs[i])), str(int(cols[0][i])), *(_cell(c[i]) for c in cols[1:])] for i in range(len(cols[3]))]


def write(path: str | os.PathLike, runs: list[tuple[str | None, object]]) -> Path:
    """Write the histories of ``runs`` ((label, History or Frame) pairs; a label None for a
    single run: no run column) to ``path``; OSError if it cannot be written."""
    path = Path(path)
    with replacing(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as f:
        write_to(f, runs)
    return path


def write_to(f, runs: list[tuple[str | None, object]]) -> None:
    """The CSV text of ``runs`` into the open text file ``f``."""
    labelled = any(label is not None for label, _ in runs)
    out = csv.writer(f)
    out.writerow((("run",) if labelled else ()) + COLUMNS)
    for label, history in runs:
        for row in rows(history):
            out.writerow(([label] if labelled else []) + row)
