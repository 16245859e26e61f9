"""The training process's loop without a window: the protocol (runs by id, commands,
updates), and the decision grid's resolution while training."""

import pytest

from dlviz.config import Config
from dlviz.training.frames import RunFolder
from dlviz.training.messages import (Control, LiveChange, NewRun, RemoveRun, RunInfo, RunState, Update,
                                     ViewRequest)
from dlviz.training import session as session_mod
from dlviz.training.session import GRID_BUDGET, GRID_MIN_RESOLUTION, GRID_RESOLUTION, Session


class _Out:
    """Stands for the pipe to the GUI: keeps what is sent."""

    def __init__(self):
        self.sent = []

    def send(self, msg):
        self.sent.append(msg)

    def updates(self):
        return [m for m in self.sent if isinstance(m, Update)]

    def snapshots(self, run_id=1):
        return [snap for u in self.updates() for snap in u.runs if snap.run_id == run_id]


def _session(play: bool) -> tuple[Session, _Out]:
    out = _Out()
    s = Session(out)
    cfg = Config(dataset="spiral", classes=3, samples=200, hidden=(16, 16), activation="tanh")
    s.handle(NewRun(1, cfg, play=play))
    return s, out


@pytest.mark.parametrize(
    "full_cost, expected",
    [
        (0.2 * GRID_BUDGET, GRID_RESOLUTION),  # cheap: full resolution
        (GRID_BUDGET, GRID_RESOLUTION),
        (2.0 * GRID_BUDGET, 70),  # sqrt(1/2) * 100 = 70.7
        (4.0 * GRID_BUDGET, max(50, GRID_MIN_RESOLUTION)),
        (100.0 * GRID_BUDGET, GRID_MIN_RESOLUTION),  # never coarser than the floor
    ],
)
def test_training_resolution_fits_the_budget(full_cost, expected):
    s, _ = _session(play=False)
    run = s.runs[1]
    run.point_cost = full_cost / GRID_RESOLUTION**2
    assert run.next_resolution() == expected


def test_training_resolution_holds_inside_the_band():
    s, _ = _session(play=False)
    run = s.runs[1]
    run.resolution = 70
    # 70 x 70 at 1.2 x the budget: inside the band, no change (no flicker from noise).
    run.point_cost = 1.2 * GRID_BUDGET / 70**2
    assert run.next_resolution() == 70
    # Twice as slow: it must come down.
    run.point_cost = 2.0 * GRID_BUDGET / 70**2
    assert run.next_resolution() == max(50, GRID_MIN_RESOLUTION)
    # Four times as fast: back up.
    run.point_cost = 0.25 * GRID_BUDGET / 70**2
    assert run.next_resolution() == GRID_RESOLUTION


def test_training_snapshots_use_the_training_resolution_and_paused_ones_the_full():
    s, out = _session(play=True)
    s.train_chunk()
    run = s.runs[1]
    run.resolution = 60
    run.point_cost = 1.0 * GRID_BUDGET / 60**2  # keeps 60: inside the band
    run.last_grid = 0.0
    s.publish()
    training = out.snapshots()[-1]
    assert training.state == "training"
    assert training.grid.shape == (3, 60, 60)

    s.handle(Control("pause"))
    s.publish()
    paused = out.snapshots()[-1]
    assert paused.state == "paused"
    assert paused.grid.shape == (3, GRID_RESOLUTION, GRID_RESOLUTION)
    assert paused.grid.sum(axis=0) == pytest.approx(1.0, abs=1e-4)


def test_a_new_run_starts_at_full_resolution(monkeypatch):
    # The clock stands still: the first grid pass then costs nothing, so how long it really
    # took (long on a busy machine: a coarser grid next time) cannot decide the result.
    monkeypatch.setattr(session_mod.time, "perf_counter", lambda: 1000.0)
    s, out = _session(play=True)
    s.runs[1].resolution, s.runs[1].point_cost = 60, 1.0
    cfg = Config(dataset="xor", hidden=(4,))
    s.handle(NewRun(2, cfg, play=True))
    assert list(s.runs) == [2]  # (its resolution may already have moved: a slow first pass, under load)
    first = out.snapshots(2)[0]  # (under load a later one may already be coarser)
    assert first.run_id == 2 and first.grid.shape[1:] == (GRID_RESOLUTION, GRID_RESOLUTION)


# -- the protocol: several runs by id --------------------------------------------------------------


def _two_runs(play=True):
    out = _Out()
    s = Session(out)
    s.handle(NewRun(1, Config(dataset="xor", samples=100, hidden=(4,), lr=0.05), play=play))
    s.handle(NewRun(2, Config(dataset="xor", samples=100, hidden=(4,), lr=0.001), play=play, keep_others=True))
    return s, out


def test_runs_are_held_by_id_and_one_update_carries_each():
    s, out = _two_runs()
    assert list(s.runs) == [1, 2]
    assert [m.run_id for m in out.sent if isinstance(m, RunInfo)] == [1, 2]
    for _ in range(3):
        s.train_chunk()
    s.publish()
    last = out.updates()[-1]
    assert [snap.run_id for snap in last.runs] == [1, 2]
    assert all(snap.state == RunState.TRAINING and snap.step > 0 for snap in last.runs)
    # Each run's snapshot carries its own live config.
    assert [snap.config.lr for snap in last.runs] == [0.05, 0.001]


def test_live_change_to_one_run_or_every_run():
    s, out = _two_runs(play=False)
    s.handle(LiveChange({"dropout": 0.5}, run_id=2))
    assert s.runs[1].trainer.config.dropout == 0.0 and s.runs[2].trainer.config.dropout == 0.5
    s.handle(LiveChange({"lr": 0.2}))
    assert [r.trainer.config.lr for r in s.runs.values()] == [0.2, 0.2]
    s.publish()
    assert [snap.config.dropout for snap in out.updates()[-1].runs] == [0.0, 0.5]


def test_step_trains_every_run_one_epoch_and_remove_drops_one():
    s, out = _two_runs(play=False)
    s.handle(Control("step"))
    while s.busy:
        s.train_chunk()
    assert [r.trainer.epoch for r in s.runs.values()] == [1, 1]
    s.handle(RemoveRun(1))
    s.publish()
    assert [snap.run_id for snap in out.updates()[-1].runs] == [2]


def test_reset_restarts_the_same_run_ids_from_fresh_weights():
    s, out = _two_runs(play=True)
    s.train_chunk()
    before = s.runs[1].trainer.net.flat.copy()
    s.handle(Control("reset"))
    assert list(s.runs) == [1, 2] and all(r.trainer.step == 0 for r in s.runs.values())
    assert s.playing is False
    # Same config and seed: the fresh weights are the run's initial weights again.
    fresh = Session(_Out())
    fresh.handle(NewRun(1, s.runs[1].trainer.config))
    assert (fresh.runs[1].trainer.net.flat == s.runs[1].trainer.net.flat).all()
    assert not (before == s.runs[1].trainer.net.flat).all()


def test_inside_only_for_the_viewed_run():
    s, out = _two_runs(play=False)
    s.handle(ViewRequest(inside=True, run_id=2))
    s.publish()
    inside = {snap.run_id: snap.inside is not None for snap in out.updates()[-1].runs}
    assert inside == {1: False, 2: True}


def test_folder_keeps_only_wanted_runs_and_builds_frames_per_run():
    s, out = _two_runs(play=True)
    s.train_chunk()
    s.publish()
    folder = RunFolder()
    folder.want((2,))
    started = [folder.add(m) for m in out.sent]
    assert started.count(True) == 1  # run 1's RunInfo is not wanted
    frames = folder.frames()
    assert [f.run_id for f in frames] == [2] and frames.primary.config.lr == 0.001
    assert folder.frames() is None  # nothing new since
    folder.want((1,), keep=True)
    assert folder.wanted == (2, 1)


def test_a_long_epoch_step_goes_in_slices():
    """A "step" of one huge epoch must not keep the process deaf (and silent) until it ends."""
    out = _Out()
    s = Session(out)
    s.handle(NewRun(1, Config(samples=4000, val_fraction=0.0, batch_size=1, hidden=(8,)), play=False))
    s.handle(Control("step"))
    chunks = 0
    while s.busy:
        s.train_chunk()
        chunks += 1
    t = s.runs[1].trainer
    assert t.epoch == 1 and t.step == t.steps_per_epoch == 4000
    assert chunks > 1  # several chunks, commands read between them


def test_an_idle_process_sends_heartbeats():
    """Silence must mean stopped: idle, the loop says it is alive every HEARTBEAT_SECONDS."""
    import multiprocessing as mp
    import threading

    from dlviz.training.messages import Heartbeat
    from dlviz.training.session import serve

    cmd_in, cmd_out = mp.Pipe(duplex=False)
    msg_in, msg_out = mp.Pipe(duplex=False)
    loop = threading.Thread(target=serve, args=(cmd_in, msg_out), daemon=True)
    loop.start()
    cmd_out.send(NewRun(1, Config(samples=60, hidden=(4,))))
    got = []
    while not any(isinstance(m, Heartbeat) for m in got):
        assert msg_in.poll(5.0), "nothing came within 5 s"
        got.append(msg_in.recv())
    assert isinstance(got[0], RunInfo)
    cmd_out.send(Control("quit"))
    loop.join(5.0)
    assert not loop.is_alive()


def test_runs_of_a_comparison_train_in_lockstep():
    """A run with 4x the steps per epoch is never an epoch behind the others."""
    out = _Out()
    s = Session(out)
    s.handle(NewRun(1, Config(samples=200, hidden=(4,), batch_size=40), play=True))
    s.handle(NewRun(2, Config(samples=200, hidden=(4,), batch_size=10), play=True, keep_others=True))
    spread = set()
    for _ in range(300):
        s.train_chunk()
        epochs = [r.trainer.epoch for r in s.runs.values()]
        spread.add(max(epochs) - min(epochs))
    assert min(r.trainer.epoch for r in s.runs.values()) >= 3
    assert spread <= {0, 1}


def test_a_cold_compiled_engine_is_prepared_while_numpy_trains(monkeypatch):
    """First start after an install: the runs train with NumPy at once, the progress goes
    to the window, and when the other process has compiled the code they switch over."""
    import sys

    from dlviz.engine import engines, kernel
    from dlviz.training.messages import EngineStatus
    from dlviz.training.session import EnginePrep

    if not kernel.AVAILABLE:
        pytest.skip("no numba")
    kernel.warmup()  # the real cache is warm; the test pretends it is cold until the "compiler" is done
    cached = {"now": False}
    monkeypatch.setattr(kernel, "is_cached", lambda dtype=None: cached["now"])
    monkeypatch.setattr(kernel, "_READY", set())
    monkeypatch.setattr(EnginePrep, "command", (sys.executable, "-c", "print('prepared 1/2'); print('prepared 2/2')"))
    out = _Out()
    s = Session(out)
    try:
        s.handle(NewRun(1, Config(dataset="xor", samples=100, hidden=(4,)), play=True))
        t = s.runs[1].trainer
        assert s.prep.state == "preparing" and t.engine == "numpy"  # trains at once, with NumPy
        s.train_chunk()
        assert t.step > 0
        cached["now"] = True  # (what the warmup process leaves behind)
        s.prep.proc.wait(timeout=60)
        for _ in range(100):
            s.poll_engine()
            if s.prep.state != "preparing":
                break
            s.prep.proc.wait(timeout=1)
        assert s.prep.state == "ready"
        assert s.runs[1].trainer is t and t.engine == "compiled"
        step = t.step
        s.train_chunk()
        assert t.step > step
        news = [m for m in out.sent if isinstance(m, EngineStatus)]
        assert [(m.done, m.total) for m in news] == [(0, 2), (1, 2), (2, 2), (2, 2)]
        assert str(news[0].message).startswith("Preparing the fast engine")
        assert str(news[-1].message) == "The fast engine is ready"
    finally:
        s.prep.stop()
        engines.hold(False)
