"""History as CSV: the columns, the values read back exactly, a run column, no half files."""

from __future__ import annotations

import csv
import os

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training import history_csv
from dlviz.training.trainer import Trainer


def read(path, reader=csv.reader) -> list:
    with open(path, newline="") as f:
        return list(reader(f))


def trained(**kw) -> Trainer:
    t = Trainer(Config(samples=80, hidden=(4,), epochs=3, **kw))
    while not t.finished:
        t.run_epoch()
    return t


def test_one_row_per_epoch_with_every_column(tmp_path):
    t = trained()
    path = history_csv.write(tmp_path / "h.csv", [(None, t.history)])
    rows = read(path, csv.DictReader)
    assert list(rows[0]) == list(history_csv.COLUMNS)
    assert [int(r["epoch"]) for r in rows] == [1, 2, 3]
    assert [int(r["step"]) for r in rows] == list(t.history.epoch_step.view().astype(int))
    np.testing.assert_array_equal([float(r["train_loss"]) for r in rows], t.history.train_loss.view())
    np.testing.assert_array_equal([float(r["val_acc"]) for r in rows], t.history.val_acc.view())
    seconds = [float(r["seconds"]) for r in rows]
    assert seconds == sorted(seconds) and 0 < seconds[-1] <= t.train_seconds


def test_a_run_column_when_several_and_empty_validation_cells(tmp_path):
    a, b = trained(), trained(val_fraction=0.0)
    rows = read(history_csv.write(tmp_path / "h.csv", [("lr=0.1", a.history), ("x", b.history)]))
    assert rows[0] == ["run", *history_csv.COLUMNS]
    assert [r[0] for r in rows[1:]] == ["lr=0.1"] * 3 + ["x"] * 3
    assert rows[-1][-2:] == ["", ""]  # no validation set


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "h.csv"
    target.write_text("old")

    def full_disk(*a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        history_csv.write(target, [(None, trained().history)])
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["h.csv"]
