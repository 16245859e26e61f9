"""Issue 19, item 3: a run that trains until paused must not grow memory without end.
The trainer's history and the window's frames keep at most HISTORY_CAP rows (older
rows thinned by two, again and again; the newest half whole) and STEP_CAP step
losses; saving, resuming, the history CSV and the views' deltas still hold."""

from __future__ import annotations

import io

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training import history_csv
from dlviz.training import trainer as trainer_mod
from dlviz.training.frames import BinnedLoss, FrameAccumulator
from dlviz.training.session import Cursor, make_snapshot, run_info
from dlviz.training.trainer import Trainer, thin
from dlviz.common.arrays import Growing

CAP, STEP_CAP = 64, 256
CONFIG = Config(dataset="xor", samples=60, batch_size=20, hidden=(3,))  # 3 steps an epoch, trained until paused


@pytest.fixture
def small_caps(monkeypatch):
    monkeypatch.setattr(trainer_mod, "HISTORY_CAP", CAP)
    monkeypatch.setattr(trainer_mod, "STEP_CAP", STEP_CAP)


def test_thin_keeps_the_first_and_the_newest_half():
    cols = {"a": Growing(), "b": Growing(2)}
    cols["a"].extend(np.arange(1.0, 12))
    cols["b"].extend(np.arange(22.0).reshape(11, 2))
    old = cols["a"].view()
    assert thin(cols, 10)
    assert list(cols["a"].view()) == [1, 3, 5, 7, 8, 9, 10, 11]
    assert np.array_equal(cols["b"].view()[:, 0], (cols["a"].view() - 1) * 2)
    assert list(old) == list(range(1, 12))  # a view handed out earlier is never changed
    assert not thin(cols, 10)


def test_a_long_run_keeps_a_bounded_history(small_caps):
    t = Trainer(CONFIG)
    cur, acc = Cursor(), FrameAccumulator(run_info(t, run_id=0))
    sizes = []
    for _ in range(100):
        for _ in range(5):
            t.run_epoch()
        acc.add(make_snapshot(t, 0, "training", cur, resolution=10))
        h = t.history
        sizes.append((h.rows, h.diag_step.n, h.step_loss.n))
    h = t.history
    assert t.epoch == 500 and h.epochs == 500
    assert max(s[0] for s in sizes) <= CAP and max(s[1] for s in sizes) <= CAP
    assert max(s[2] for s in sizes) <= STEP_CAP
    assert sizes[-1][0] >= CAP // 2  # (thinned, not emptied)
    e = h.epoch.view()
    assert e[0] == 1 and e[-1] == 500 and np.all(np.diff(e) > 0)
    assert np.array_equal(e[-CAP // 2:], np.arange(500 - CAP // 2 + 1, 501))  # the newest half: every epoch
    # Thinned geometrically: the older the rows, the wider apart.
    gaps = np.diff(e)
    assert gaps[0] > gaps[-1] == 1
    # The rows kept are the epochs' own (not averaged): a row's step is its epoch's end.
    assert np.array_equal(h.epoch_step.view(), e * t.steps_per_epoch)
    # The window's frame: the same bound, the same newest rows, epoch numbers that fit.
    f = acc.frame()
    assert len(f.epoch) <= CAP and f.epoch[-1] == 500 and np.all(np.diff(f.epoch) > 0)
    assert np.array_equal(f.epoch[-CAP // 2:], e[-CAP // 2:])
    assert np.array_equal(f.train_loss[-CAP // 2:], h.train_loss.view()[-CAP // 2:])
    assert np.array_equal(f.epoch_step, f.epoch * t.steps_per_epoch)
    assert len(f.diag_step) <= CAP and f.diag_step[-1] == h.diag_step.last()
    # The per-step loss: bounded bins that reach the last step.
    assert len(f.step_x) <= 2 * 2000 and f.step_x[-1] == pytest.approx(t.step, abs=acc.loss.width)


def test_the_history_csv_numbers_the_rows_kept_by_epoch(small_caps):
    t = Trainer(CONFIG)
    for _ in range(200):
        t.run_epoch()
    text = io.StringIO()
    history_csv.write_to(text, [(None, t.history)])
    lines = text.getvalue().splitlines()
    epochs = [int(line.split(",")[0]) for line in lines[1:]]
    assert len(epochs) == t.history.rows <= CAP and epochs[0] == 1 and epochs[-1] == 200
    assert epochs == [int(v) for v in t.history.epoch.view()]


def test_save_and_resume_a_thinned_history(small_caps):
    t = Trainer(CONFIG)
    for _ in range(200):
        t.run_epoch()
    scalars, arrays = t.state()
    r = Trainer(CONFIG)
    r.restore(scalars, arrays)
    for k in Trainer.HISTORY_FIELDS:
        assert np.array_equal(getattr(r.history, k).view(), getattr(t.history, k).view()), k
    for _ in range(30):
        t.run_epoch()
        r.run_epoch()
    assert np.array_equal(r.net.flat, t.net.flat)
    assert np.array_equal(r.history.epoch.view(), t.history.epoch.view())
    # Opened in a window (a fresh cursor): the frame starts where the kept step losses
    # do, with the epochs' own numbers.
    acc = FrameAccumulator(run_info(r, run_id=0))
    acc.add(make_snapshot(r, 0, "paused", Cursor()))
    f = acc.frame()
    assert np.array_equal(f.epoch, r.history.epoch.view()) and f.epoch[-1] == 230
    first_kept = r.step - r.history.step_loss.n
    assert first_kept > 0 and f.step_x[np.isfinite(f.step_loss)][0] > first_kept
    assert f.step_x[-1] == pytest.approx(r.step, abs=acc.loss.width)


def test_a_file_from_before_thinning_resumes():
    t = Trainer(CONFIG)
    for _ in range(5):
        t.run_epoch()
    scalars, arrays = t.state()
    del arrays["history.epoch"]
    r = Trainer(CONFIG)
    r.restore(scalars, arrays)
    assert list(r.history.epoch.view()) == [1, 2, 3, 4, 5]
    arrays["history.epoch"] = np.array([1.0, 2, 2, 4, 5])
    with pytest.raises(ValueError, match="history.epoch"):
        Trainer(CONFIG).restore(scalars, arrays)


def test_binned_loss_skips_steps_it_never_got():
    b = BinnedLoss(max_points=4)
    b.extend(np.ones(3))
    b.skip(10_000)
    b.extend(np.full(5, 2.0))
    x, y = b.arrays()
    assert b.steps == 10_008 and len(x) <= 8 and np.nanmax(y) == 2.0
    assert np.isnan(y).any() and x[-1] == pytest.approx(10_008, abs=b.width)
    assert np.nansum(b.sums) == 13.0 and b.counts.sum() == 8
