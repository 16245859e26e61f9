"""The RunController without a window: state, debounce, live changes, CSV loading, failures."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from dlviz.config import Config
from dlviz.training.messages import RunState
from dlviz.ui.controller import RunController, status_text
from dlviz.ui.csv_loading import CsvLoader

TIMEOUT = 15_000


def settle():
    """Wait for every background load to end, then deliver what it sent."""
    assert QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


@pytest.fixture
def ctl(qtbot):
    c = RunController(Config(samples=200, hidden=(8,), activation="tanh", epochs=0))
    frames = []
    c.frames_ready.connect(lambda fs: frames.append(fs.primary))
    c.frames = frames  # the test's own record
    c.start()
    qtbot.waitUntil(lambda: c.frame is not None, timeout=TIMEOUT)
    yield c
    c.close()


@pytest.fixture
def loader(ctl):
    """The CSV loading unit of ``ctl`` (the window holds one beside its RunController)."""
    return CsvLoader(ctl)


def test_no_widget_is_made(qtbot):
    before = set(QApplication.topLevelWidgets())  # other tests' leftovers (pyqtgraph menus...)
    c = RunController(Config(samples=100))
    c.start()
    qtbot.waitUntil(lambda: c.frame is not None, timeout=TIMEOUT)
    try:
        assert set(QApplication.topLevelWidgets()) - before == set()
        assert c.state == RunState.READY and not c.playing
    finally:
        c.close()


def test_play_pause_and_state(ctl, qtbot):
    states = []
    ctl.state_changed.connect(states.append)
    ctl.play()
    qtbot.waitUntil(lambda: ctl.frame.snap.epoch >= 2, timeout=TIMEOUT)
    assert ctl.state == RunState.TRAINING and ctl.playing
    ctl.pause()
    qtbot.waitUntil(lambda: ctl.frame.state == RunState.PAUSED, timeout=TIMEOUT)
    assert states[:2] == [RunState.TRAINING, RunState.PAUSED]
    assert "paused" in ctl.status_text() and "steps/s" not in ctl.status_text()


def test_changes_that_need_a_new_run_are_debounced(ctl, qtbot):
    first = ctl.run_id
    for n in (3, 5, 7):  # a dragged slider: only the last value makes a run
        assert ctl.set_value("neurons", n)
    assert ctl.restart_pending and ctl.run_id == first
    qtbot.waitUntil(lambda: ctl.frame.run_id == first + 1, timeout=TIMEOUT)
    assert ctl.run_id == first + 1
    assert ctl.frame.info.sizes[1] == 7


def test_live_change_keeps_the_run_and_reaches_the_frame(ctl, qtbot):
    run = ctl.run_id
    ctl.set_value("dropout", 0.25)
    assert not ctl.restart_pending
    ctl.play()
    qtbot.waitUntil(lambda: ctl.frame.config.dropout == 0.25, timeout=TIMEOUT)
    assert ctl.run_id == run and ctl.frame.info.config.dropout == 0.0  # info keeps the starting config


def test_a_refused_value_says_why_and_shows_the_old_config(ctl, qtbot):
    with qtbot.waitSignal(ctl.notice, timeout=1000) as said, qtbot.waitSignal(ctl.config_changed) as shown:
        assert not ctl.set_value("lr", -1)
    assert "lr" in said.args[0]
    assert shown.args[0] == ctl.config and ctl.config.lr > 0


def test_a_change_after_divergence_keeps_playing(ctl, qtbot):
    """Issue 9 item 10: the new run a change makes after a divergence plays on."""
    ctl.apply_config(ctl.config.replace(optimizer="sgd", lr=10.0))
    qtbot.waitUntil(lambda: not ctl.restart_pending and ctl.frame.run_id == ctl.run_id, timeout=TIMEOUT)
    ctl.play()
    qtbot.waitUntil(lambda: ctl.state == RunState.DIVERGED, timeout=TIMEOUT)
    assert not ctl.playing
    ctl.play()  # an ended run does not play: it says so
    assert ctl.state == RunState.DIVERGED
    diverged_run = ctl.run_id
    ctl.set_value("lr", 0.01)
    qtbot.waitUntil(lambda: ctl.frame.run_id == ctl.run_id > diverged_run and ctl.frame.snap.step > 0,
                    timeout=TIMEOUT)
    assert ctl.playing and ctl.state == RunState.TRAINING


def test_the_newest_csv_choice_wins(ctl, loader, qtbot, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("".join(f"{i % 97 / 10},{i % 89 / 10},{'ab'[i % 2]}\n" for i in range(300_000)))
    small = tmp_path / "small.csv"
    small.write_text("".join(f"{i / 10},{i % 7},{'xy'[i % 2]}\n" for i in range(50)))
    ends = []
    loader.csv_loaded.connect(ends.append)
    loader.load_csv(big)
    loader.load_csv(small)
    qtbot.waitUntil(lambda: True in ends, timeout=TIMEOUT)
    assert ctl.config.csv == str(small) and len(ctl.csv_dataset.y) == 50
    qtbot.waitUntil(lambda: ctl.frame.run_id == ctl.run_id, timeout=TIMEOUT)
    assert ctl.frame.info.class_names == ("x", "y")
    settle()  # the overtaken big load ends too: it must change nothing
    assert ctl.config.csv == str(small)


def test_a_toy_dataset_chosen_while_loading_cancels_the_load(ctl, loader, qtbot, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("".join(f"{i % 97 / 10},{i % 89 / 10},{i % 2}\n" for i in range(300_000)))
    failed = []
    loader.csv_failed.connect(failed.append)
    loader.load_csv(big)
    assert loader.csv_busy
    with qtbot.waitSignal(loader.csv_loaded, timeout=1000) as ended:
        ctl.set_value("dataset", "moons")
    assert ended.args == [False] and not loader.csv_busy
    qtbot.waitUntil(lambda: ctl.frame.run_id == ctl.run_id, timeout=TIMEOUT)
    assert ctl.config.dataset == "moons" and ctl.config.csv == "" and ctl.csv_dataset is None
    assert failed == []  # a cancel is not an error


def test_a_fifo_fails_at_once(ctl, loader, qtbot, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with qtbot.waitSignal(loader.csv_failed, timeout=TIMEOUT) as failed:
        loader.load_csv(fifo)
    assert "not a regular file" in failed.args[0]
    assert not loader.csv_busy and ctl.config.csv == ""


def test_closing_while_a_csv_loads_says_nothing_afterwards(qtbot, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("".join(f"{i % 97 / 10},{i % 89 / 10},{i % 2}\n" for i in range(300_000)))
    c = RunController(Config(samples=100))
    loader = CsvLoader(c)
    c.start()
    said = []
    loader.csv_failed.connect(said.append)
    loader.csv_loaded.connect(said.append)
    loader.load_csv(big)
    loader.close()  # (the window closes both)
    c.close()
    settle()
    assert said == [] and c.config.csv == ""


def test_a_lost_process_is_an_error_and_play_recovers(ctl, qtbot):
    ctl.play()
    qtbot.waitUntil(lambda: ctl.frame.snap.epoch >= 1, timeout=TIMEOUT)
    pid = ctl.training_pid
    os.kill(pid, 9)
    qtbot.waitUntil(lambda: ctl.state == RunState.ERROR, timeout=TIMEOUT)
    text = ctl.status_text()
    assert text.startswith("error: ") and "steps/s" not in text and "None" not in text
    assert not ctl.playing
    ctl.play()
    qtbot.waitUntil(lambda: ctl.state == RunState.TRAINING and ctl.frame.run_id == ctl.run_id
                    and ctl.frame.snap.step > 0, timeout=TIMEOUT)
    assert ctl.training_pid not in (None, pid)


def test_status_text_before_any_frame():
    assert status_text(RunState.READY, None) == "ready   ·   epoch 0   ·   step 0"
    assert status_text(RunState.ERROR, None, "gone").startswith("error: gone")


def test_hidden_layers_back_from_zero_keep_their_width(ctl):
    ctl.set_value("neurons", 7)
    ctl.set_value("hidden_layers", 0)
    assert ctl.config.hidden == ()
    ctl.set_value("hidden_layers", 3)
    assert ctl.config.hidden == (7, 7, 7)  # not Config's default 16


def test_a_comparison_trains_every_run_in_lockstep_and_focus_picks_one(ctl, qtbot):
    assert ctl.start_compare({"optimizer": ["sgd", "adam"], "lr": [0.1, 0.01]})
    assert [label for _, label in ctl.compare] == ["optimizer=sgd, lr=0.1", "optimizer=sgd, lr=0.01",
                                                   "optimizer=adam, lr=0.1", "optimizer=adam, lr=0.01"]
    got = []
    ctl.frames_ready.connect(got.append)
    ctl.play()
    qtbot.waitUntil(lambda: bool(got) and len(got[-1]) == 4 and min(f.snap.epoch for f in got[-1]) >= 2, timeout=TIMEOUT)
    fs = got[-1]
    assert [f.config.optimizer for f in fs] == ["sgd", "sgd", "adam", "adam"]
    assert max(f.snap.epoch for f in fs) - min(f.snap.epoch for f in fs) <= 1  # lockstep
    assert fs.primary.run_id == ctl.compare[0][0]
    ctl.set_value("dropout", 0.1)  # a live key reaches every run ...
    ctl.set_value("lr", 0.5)  # ... but not the compared one
    qtbot.waitUntil(lambda: all(f.config.dropout == 0.1 for f in got[-1]), timeout=TIMEOUT)
    assert sorted({f.config.lr for f in got[-1]}) == [0.01, 0.1]
    third = ctl.compare[2][0]
    ctl.focus_run(third)
    qtbot.waitUntil(lambda: got[-1].primary.run_id == third and got[-1].primary.inside is not None, timeout=TIMEOUT)
    assert ctl.frame.run_id == third
    ctl.start_compare({})  # back to one run
    qtbot.waitUntil(lambda: len(got[-1]) == 1 and got[-1].primary.run_id == ctl.run_id, timeout=TIMEOUT)
    assert ctl.compare == ()


def test_a_bad_comparison_is_refused_with_a_notice(ctl, qtbot):
    with qtbot.waitSignal(ctl.notice, timeout=1000) as said:
        assert not ctl.start_compare({"lr": [0.1, -1]})
    assert "lr" in said.args[0] and ctl.compare == ()
