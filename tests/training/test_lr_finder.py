"""The LR range test: its schedule, smoothing, early stop, bands, and a
suggestion that trains the reference job."""

import math

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training.lr_finder import BETA, STOP_FACTOR, find_lr, lr_schedule, smooth
from dlviz.training.trainer import Trainer

# benchmarks/engine_speed.py's reference job
JOB = Config(dataset="spiral", classes=3, samples=1200, noise=0.2, hidden=(32, 32), activation="relu",
             optimizer="adam", lr=0.01, schedule="constant", batch_size=32, epochs=20, val_fraction=0.0, seed=0)
SMALL = Config(dataset="xor", samples=300, hidden=(16, 16), batch_size=16, optimizer="momentum", seed=3)


def test_the_suggestion_trains_the_reference_job_to_90_percent_in_20_epochs():
    r = find_lr(JOB)
    assert 1e-4 < r.suggested_lr < 1.0
    t = Trainer(JOB.replace(lr=r.suggested_lr))
    t.run(10**9)
    assert t.epoch == 20 and not t.diverged
    assert t.evaluate()["train_accuracy"] >= 0.9


def test_schedule_is_exponential_from_1e5_to_10():
    lrs = lr_schedule(300)
    assert lrs[0] == pytest.approx(1e-5) and lrs[-1] == pytest.approx(10.0)
    ratios = lrs[1:] / lrs[:-1]
    np.testing.assert_allclose(ratios, (1e6) ** (1 / 299), rtol=1e-9)


def test_every_step_trains_at_its_lr_from_fresh_weights():
    # batch 1: one epoch (240 steps) is shorter than 300, so the test runs 300 steps
    config = SMALL.replace(batch_size=1)
    r = find_lr(config)
    assert r.planned_steps == 300
    np.testing.assert_allclose(r.lr, lr_schedule(300)[: len(r.lr)])
    # The same losses from a fresh trainer stepped by hand at those learning rates.
    t = Trainer(config.replace(epochs=0))
    for lr in r.lr[:60]:
        t.lr_at = lambda step, lr=float(lr): lr
        t.run(1)
    np.testing.assert_array_equal(r.loss[:60], t.history.step_loss.view()[:60])


def test_one_epoch_when_it_is_longer_than_300_steps():
    config = Config(dataset="blobs", samples=500, val_fraction=0.2, batch_size=1, optimizer="adam", seed=1)
    r = find_lr(config)
    assert r.planned_steps == 400  # 400 training points, batch 1


def test_smoothing_is_a_bias_corrected_running_mean():
    loss = np.array([2.0, 1.0, 4.0])
    b = BETA
    a1 = (1 - b) * 2.0
    a2 = b * a1 + (1 - b) * 1.0
    a3 = b * a2 + (1 - b) * 4.0
    np.testing.assert_allclose(smooth(loss), [a1 / (1 - b), a2 / (1 - b**2), a3 / (1 - b**3)])
    assert smooth(np.full(5, 3.0)) == pytest.approx([3.0] * 5)


def test_stops_early_when_the_smoothed_loss_passes_4x_its_minimum():
    r = find_lr(SMALL)
    assert r.stopped_early and len(r.lr) < r.planned_steps
    np.testing.assert_allclose(r.smoothed, smooth(r.loss))
    # the last step is the first past 4x the minimum so far
    assert r.smoothed[-1] > STOP_FACTOR * r.smoothed.min()
    running_min = np.minimum.accumulate(r.smoothed)
    assert (r.smoothed[:-1] <= STOP_FACTOR * running_min[:-1]).all()


def test_bands_tile_the_tried_range_and_hold_the_suggestion():
    r = find_lr(JOB)
    c, l, d = r.bands["crawls"], r.bands["learns"], r.bands["diverges"]
    assert c[0] == r.lr[0] and d[1] == r.lr[-1]
    assert c[1] == l[0] and l[1] == d[0] == r.min_lr
    assert c[0] <= c[1] <= r.suggested_lr <= l[1] <= d[1]
    i_min = int(np.argmin(r.smoothed))
    assert r.min_lr == r.lr[i_min]
    j = int(np.searchsorted(r.lr, l[0]))  # from the start of "learns" on, the curve stays lower
    start = r.smoothed[:20].mean()
    assert (r.smoothed[j : i_min + 1] <= start - 0.1 * (start - r.smoothed[i_min])).all()
    data = r.to_json()
    assert set(data) >= {"lr", "loss", "smoothed_loss", "suggested_lr", "bands"}
    assert data["bands"]["learns"] == list(l) and len(data["lr"]) == len(data["loss"])


def test_cancel_and_progress():
    seen = []
    r = find_lr(JOB, should_stop=lambda: len(seen) >= 2, progress=lambda d, t: seen.append((d, t)))
    assert r.cancelled and not r.stopped_early
    assert seen == [(25, 300), (50, 300)] and len(r.lr) == 50
    assert math.isfinite(r.suggested_lr)


def test_the_training_process_runs_it_and_cancels_it():
    """The session runs the range test in a thread, reports its progress and answers
    with find_lr's result; a cancel ends one early. (Issue 20 item 5.)"""
    from dlviz.training.messages import LRFinderCancel, LRFinderProgress, LRFinderReady, LRFinderRequest
    from dlviz.training.session import Session

    class Out:
        def __init__(self):
            self.sent = []

        def send(self, msg):
            self.sent.append(msg)

    cfg = Config(samples=200, hidden=(8,), seed=3)
    s = Session(Out())
    s.handle(LRFinderRequest(4, cfg))
    assert s.pending == 1 and 4 in s.lr_stops

    def answer():
        msgs = []
        while True:
            msg, final = s.results.get(timeout=60)  # blocks until the thread puts it
            msgs.append(msg)
            if final:
                return msgs

    msgs = answer()
    ready = msgs[-1]
    assert isinstance(ready, LRFinderReady) and ready.request_id == 4 and ready.error == ""
    expected = find_lr(cfg)
    np.testing.assert_array_equal(ready.result.smoothed, expected.smoothed)
    assert ready.result.suggested_lr == expected.suggested_lr
    progress = [m for m in msgs if isinstance(m, LRFinderProgress)]
    assert progress and all(p.request_id == 4 for p in progress) and progress[-1].done == len(expected.lr)
    for m in msgs:  # the loop sends them in order
        s.results.put((m, m is ready))
    s.send_results()
    assert s.out.sent == msgs and s.pending == 0 and not s.lr_stops
    # A long test (160,000 steps through 128,128 units on the NumPy engine: seconds; with 8
    # units compiled it could end before the cancel), cancelled once it has started.
    s.handle(LRFinderRequest(5, cfg.replace(samples=200_000, batch_size=1, hidden=(128, 128), engine="numpy")))
    msg, final = s.results.get(timeout=60)
    assert isinstance(msg, LRFinderProgress) and not final
    s.handle(LRFinderCancel(5))
    s.handle(LRFinderCancel(99))  # unknown: nothing happens
    while not final:
        msg, final = s.results.get(timeout=60)
    assert isinstance(msg, LRFinderReady) and msg.result.cancelled and len(msg.result.lr) < 160_000
    # A bad request is answered with why.
    s.handle(LRFinderRequest(6, cfg.replace(csv="/nonexistent/points.csv")))
    while True:
        msg, final = s.results.get(timeout=60)
        if final:
            break
    assert msg.result is None and "points.csv" in msg.error


def test_a_long_test_cancelled_early_still_reads_its_short_curve():
    """160,000 steps planned, cancelled after 50: the slope window (a fifth of a decade)
    is wider than the curve; it used to index past its end (IndexError)."""
    cfg = Config(samples=200_000, hidden=(8,), seed=3, batch_size=1)
    polls = []
    r = find_lr(cfg, should_stop=lambda: polls.append(1) or len(polls) >= 2)
    assert r.cancelled and len(r.lr) == 50 and r.planned_steps == 160_000
    assert r.lr[0] <= r.suggested_lr <= r.lr[-1]
    assert r.bands["crawls"][0] == r.lr[0] and r.bands["diverges"][1] == r.lr[-1]


def test_a_range_test_in_the_training_process_adds_no_snapshot_and_no_heartbeat_flood(monkeypatch):
    """The request changes no run: no snapshot is due (one would redraw every view). While
    it runs the loop wakes every 20 ms for its progress; heartbeats still go out once
    per HEARTBEAT_SECONDS, not at every wake."""
    import multiprocessing as mp
    import threading
    import types

    from dlviz.training import session as session_mod
    from dlviz.training.messages import (Control, Heartbeat, LRFinderCancel, LRFinderProgress, LRFinderReady,
                                         LRFinderRequest, NewRun, Update)
    from dlviz.training.session import Session

    cfg = Config(samples=200, hidden=(8,), seed=3)
    s = Session(type("Out", (), {"send": lambda self, m: None})())
    s.dirty = False
    s.handle(LRFinderRequest(1, cfg))
    s.handle(LRFinderCancel(1))
    assert not s.dirty

    # The loop's clock moves 2 ms per reading, not with the wall: a heartbeat period
    # (HEARTBEAT_SECONDS) is ~250 of the loop's turns, far more than the test takes.
    ticks = iter(range(10**9))
    monkeypatch.setattr(session_mod, "time", types.SimpleNamespace(perf_counter=lambda: 1000.0 + 0.002 * next(ticks)))
    cmd_in, cmd_out = mp.Pipe(duplex=False)
    msg_in, msg_out = mp.Pipe(duplex=False)
    loop = threading.Thread(target=session_mod.serve, args=(cmd_in, msg_out), daemon=True)
    loop.start()
    cmd_out.send(NewRun(1, cfg))
    got = []
    while not any(isinstance(m, Heartbeat) for m in got):  # the first one (the clock's only period)
        assert msg_in.poll(10.0), "nothing came within 10 s"
        got.append(msg_in.recv())
    cmd_out.send(LRFinderRequest(2, cfg.replace(samples=200_000, batch_size=1)))  # 160,000 steps
    during = []
    while sum(isinstance(m, LRFinderProgress) for m in during) < 40:  # 1,000 steps: many 20 ms wakes
        assert msg_in.poll(30.0), "no progress within 30 s"
        during.append(msg_in.recv())
    cmd_out.send(LRFinderCancel(2))
    while not isinstance(during[-1], LRFinderReady):
        assert msg_in.poll(30.0)
        during.append(msg_in.recv())
    cmd_out.send(Control("quit"))
    loop.join(10.0)
    assert not loop.is_alive()
    kinds = {type(m).__name__ for m in during}
    assert kinds == {"LRFinderProgress", "LRFinderReady"}, kinds  # no Heartbeat, no Update
    # (cancelled, or ended by divergence first: the compiled engine can get there before the cancel)
    assert during[-1].result.cancelled or during[-1].result.stopped_early
    assert not any(isinstance(m, (Heartbeat, Update)) for m in during)
