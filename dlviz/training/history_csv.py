"""A run's per-epoch history as CSV: one row per epoch, a ``run`` column when several.

Columns: epoch, step, seconds (training time so far), lr, train_loss, train_acc,
val_loss, val_acc (empty without a validation set). Written to a temporary file
beside the target and renamed, so a failed write leaves no half file.
"""

from __future__ import annotations

import csv
import math
import os
import tempfile
from pathlib import Path

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
    labelled = any(label is not None for label, _ in runs)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow((("run",) if labelled else ()) + COLUMNS)
            for label, history in runs:
                for row in rows(history):
                    out.writerow(([label] if labelled else []) + row)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
