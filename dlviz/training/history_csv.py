"""A run's per-epoch history as CSV: one row per epoch, a ``run`` column when several.

Columns: epoch, step, seconds (training time so far), lr, train_loss, train_acc,
val_loss, val_acc (empty without a validation set). Written to a temporary file
beside the target and renamed, so a failed write leaves no half file.
"""

from __future__ import annotations

import csv
import math
import os
from pathlib import Path

from ..common.files import replacing

COLUMNS = ("epoch", "step", "seconds", "lr", "train_loss", "train_acc", "val_loss", "val_acc")


def _cell(x: float) -> str:
    return "" if math.isnan(x) else repr(float(x))  # repr: every digit, read back exactly


def rows(history) -> list[list[str]]:
    """The history's epochs as CSV rows (without a run column)."""
    h = history
    cols = (h.epoch_step.view(), h.seconds.view(), h.lr.view(), h.train_loss.view(), h.train_acc.view(),
            h.val_loss.view(), h.val_acc.view())
    return [[str(i + 1), str(int(cols[0][i])), *(_cell(c[i]) for c in cols[1:])] for i in range(h.epochs)]


def write(path: str | os.PathLike, runs: list[tuple[str | None, object]]) -> Path:
    """Write the histories of ``runs`` ((label, History) pairs; a label None for a
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
