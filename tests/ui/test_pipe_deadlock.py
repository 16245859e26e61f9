"""Issue 19 item 2: big commands and big answers at once never deadlock the two pipes.

On the old worker both ends wrote at once into full pipes: the worker sent the
NewRuns (each carrying a 100k-row dataset, or a saved run's state) while the
training process sent their RunInfos and snapshots, and each waited for ever
for the other to read ("training · epoch 0" for ever). These tests hang there,
and fail on their timeout."""

from __future__ import annotations

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.data import load_csv
from dlviz.training import experiment
from dlviz.training.trainer import Trainer

pytestmark = pytest.mark.own_process  # the pipes between the worker and a fresh process are what is tested

TIMEOUT = 120_000  # generous: 4 x 100k rows on a busy 2-core machine; a deadlock never ends


def _frames_by_run(win) -> dict:
    return {f.run_id: f for f in (win.controller.frames or ())}


@pytest.fixture
def big_csv(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(100_000, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    path = tmp_path / "big.csv"
    np.savetxt(path, np.column_stack([X, y]), fmt=["%.4f", "%.4f", "%d"], delimiter=",", header="x1,x2,label",
               comments="")
    return path


def test_a_four_run_comparison_on_a_100k_row_csv_shows_and_trains_every_run(qtbot, big_csv):
    from dlviz.ui.main_window import MainWindow

    ds = load_csv(big_csv)
    assert len(ds.y) == 100_000
    win = MainWindow(Config(csv=str(big_csv), hidden=(8,)), dataset=ds)
    qtbot.addWidget(win)
    try:
        win.resize(1366, 768)
        win.show()
        assert win.controller.start_compare({"optimizer": ["sgd", "momentum", "rmsprop", "adam"]})
        win.play()
        ids = [i for i, _ in win.controller.compare]
        assert len(ids) == 4
        qtbot.waitUntil(lambda: set(_frames_by_run(win)) == set(ids)
                        and all(f.snap.step > 0 for f in _frames_by_run(win).values()), timeout=TIMEOUT)
        frames = _frames_by_run(win)
        assert [frames[i].snap.config.optimizer for i in ids] == ["sgd", "momentum", "rmsprop", "adam"]
        assert all(frames[i].info.X_train.shape[0] + frames[i].info.X_val.shape[0] == 100_000 for i in ids)
    finally:
        assert win.controller.close()
        win.close()


# ``running`` in the slow tier: ~10 s of CPU each, and ``at_start`` (every command in one
# burst before the process has started) is the harder case, kept in the quick one.
@pytest.mark.parametrize("when", [pytest.param("running", marks=pytest.mark.slow), "at_start"])
def test_a_sixteen_run_file_opens_and_trains(open_window, qtbot, tmp_path, when):
    """``running``: File > Open in a window that trains already; ``at_start``: as
    ``dlviz --open`` does, before the training process has even started (every
    command then goes out in one burst while it imports NumPy)."""
    from dlviz.ui.main_window import MainWindow

    saved = []
    for i in range(16):
        t = Trainer(Config(samples=300, hidden=(16, 16), lr=0.01 * (i + 1), seed=i))
        t.run(40)
        saved.append(experiment.SavedRun(f"lr {0.01 * (i + 1):g}", t))
    path = experiment.save(tmp_path / "sixteen.dlviz", saved)
    steps = [r.trainer.step for r in saved]

    if when == "running":
        win = open_window(Config(samples=100, hidden=(4,)))
        assert win.open_experiment(path)
    else:
        win = MainWindow(Config(samples=100, hidden=(4,)))
        qtbot.addWidget(win)
        assert win.open_experiment(path)
        win.resize(1366, 768)
        win.show()
    ids = [i for i, _ in win.controller.compare]
    assert len(ids) == 16
    qtbot.waitUntil(lambda: set(_frames_by_run(win)) == set(ids), timeout=TIMEOUT)
    frames = _frames_by_run(win)
    assert [frames[i].snap.step for i in ids] == steps  # each where it was saved
    win.play()
    qtbot.waitUntil(lambda: all(f.snap.step > s for f, s in zip((_frames_by_run(win).get(i) for i in ids), steps)
                                if f is not None) and set(_frames_by_run(win)) == set(ids), timeout=TIMEOUT)
    win.pause()
    if when == "at_start":
        assert win.controller.close()
        win.close()
