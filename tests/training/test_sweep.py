"""Sweeps: the grid, cells bit-identical to solo runs, worker processes, cancel,
workers that die or stop, and scripts without a main guard."""

import os
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from dlviz.config import Config, ConfigError
from dlviz.data import load_csv
from dlviz.training import sweep as sweep_mod
from dlviz.training.sweep import MAX_VALUES, SweepFailed, cells, parse_grid, run_sweep, train_cell
from dlviz.training.trainer import Trainer

BASE = Config(dataset="spiral", samples=200, hidden=(8, 8), epochs=8, seed=5)
TIMING = {"seconds", "steps_per_second"}


def _gone(pid):
    """Ended: no such process, or a zombie (ended, its exit status not yet read by its parent,
    e.g. init after a killed caller)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


def _solo(config, dataset=None):
    t = Trainer(config, dataset=dataset)
    t.run(10**9)
    return t


def test_grid_is_the_product_first_axis_slowest():
    grid = cells(BASE, parse_grid(["lr=0.001,0.01,0.1", "batch_size=8,32"]))
    assert [label for label, _ in grid] == [
        "lr=0.001, batch_size=8", "lr=0.001, batch_size=32", "lr=0.01, batch_size=8", "lr=0.01, batch_size=32",
        "lr=0.1, batch_size=8", "lr=0.1, batch_size=32"]
    assert [(c.lr, c.batch_size) for _, c in grid][3] == (0.01, 32)
    assert all(c.seed == 5 and c.epochs == 8 for _, c in grid)
    assert len(cells(BASE, {"lr": [str(x) for x in range(1, MAX_VALUES + 1)]})) == MAX_VALUES


@pytest.mark.parametrize("specs, match", [
    (["learning_rate=1,2"], "unknown key 'learning_rate'"),
    (["lr"], "write KEY=V1,V2"),
    (["lr=0.1"], "2 to 8 values, got 1"),
    (["lr=" + ",".join(str(i / 100) for i in range(1, 10))], "2 to 8 values, got 9"),
    (["lr=0.1,0.1"], "given twice"),
    (["lr=0.1,"], "empty value"),
    (["lr=0.1,0.2", "lr=0.3,0.4"], "'lr' twice"),
    (["hidden=8,16"], "hidden_layers or neurons"),
    (["epochs=5,10"], "same epoch budget"),
    (["lr=0.1,-1"], "lr=-1: lr must be"),
    (["optimizer=adam,lbfgs"], "unknown optimizer 'lbfgs'"),
])
def test_bad_grids_are_named(specs, match):
    with pytest.raises(ConfigError, match=match):
        cells(BASE, parse_grid(specs))


def test_three_keys_and_bad_workers_are_refused():
    with pytest.raises(ConfigError, match="one or two keys"):
        cells(BASE, {"lr": ["1", "2"], "batch_size": ["1", "2"], "seed": ["1", "2"]})
    for bad in (0, -2, 1.5, True):
        with pytest.raises(ConfigError, match="workers must be"):
            run_sweep(BASE, {"lr": ["0.1", "0.2"]}, workers=bad)
    with pytest.raises(ConfigError, match="epoch budget"):
        run_sweep(BASE.replace(epochs=0), {"lr": ["0.1", "0.2"]})


def test_cells_in_worker_processes_equal_solo_runs_bit_for_bit(monkeypatch):
    # A cell trained in this process would hit this: the workers have their own modules.
    monkeypatch.setattr(sweep_mod, "Trainer", None)
    seen = []
    axes = {"lr": ["0.003", "0.03", "100"], "optimizer": ["adam", "sgd"]}
    r = run_sweep(BASE, axes, workers=2, keep_state=True, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, 6) for i in range(1, 7)]
    assert r.shape == (3, 2) and not r.cancelled
    assert len(r.worker_pids) == 2 and os.getpid() not in r.worker_pids
    assert all(_gone(p) for p in r.worker_pids)
    for (label, config), cell in zip(cells(BASE, axes), r.cells):
        solo = _solo(config)
        assert cell["label"] == label and cell["config"] == config.to_dict()
        want = solo.summary()
        assert {k: v for k, v in cell.items() if k not in TIMING | {"label", "config", "state"}} == \
            {k: v for k, v in want.items() if k not in TIMING}
        scalars, arrays = cell["state"]
        np.testing.assert_array_equal(arrays["params"], solo.net.flat)
        np.testing.assert_array_equal(arrays["history.step_loss"], solo.history.step_loss.view())
    sgd_100 = r.cells[5]
    assert sgd_100["diverged"] is True and sgd_100["diverged_at_step"] >= 1
    assert r.cells[0]["diverged"] is False
    js = r.to_json()
    assert "state" not in js["cells"][0] and js["axes"] == {k: list(v) for k, v in axes.items()}


def test_one_worker_trains_here_and_agrees():
    axes = {"batch_size": ["16", "64"]}
    r = run_sweep(BASE, axes, workers=1)
    assert r.worker_pids == []
    for (_, config), cell in zip(cells(BASE, axes), r.cells):
        assert cell["train_loss"] == _solo(config).summary()["train_loss"]


def test_a_csv_dataset_goes_to_every_worker(tmp_path):
    rng = np.random.default_rng(0)
    pts = rng.uniform(-1, 1, (120, 2))
    rows = [f"{x:.4f},{y:.4f},{'in' if x * x + y * y < 0.5 else 'out'}" for x, y in pts]
    path = tmp_path / "ring.csv"
    path.write_text("x1,x2,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    base = Config(csv=str(path), hidden=(6,), epochs=5, seed=2)
    axes = {"lr": ["0.01", "0.1"]}
    r = run_sweep(base, axes, workers=2)
    ds = load_csv(str(path))
    for (_, config), cell in zip(cells(base, axes), r.cells):
        assert cell["train_loss"] == _solo(config, ds).summary()["train_loss"]
    with pytest.raises(ConfigError, match="the data is fixed"):
        run_sweep(base, {"samples": ["100", "200"]}, workers=2)


SLOW = Config(dataset="spiral", samples=1200, hidden=(32, 32), batch_size=8, epochs=400, seed=0)


def test_cancel_reaches_every_worker():
    polls = []

    def stop():
        polls.append(1)
        return True

    # Each cell takes many seconds; the cancel comes at the first poll, mid-cell.
    r = run_sweep(SLOW, {"lr": ["0.001", "0.002", "0.003", "0.004"]}, workers=2, should_stop=stop)
    assert r.cancelled and r.cells == [None] * 4 and r.error is None
    assert len(polls) == 1  # the first True ends the sweep: nothing waits for a cell
    assert len(r.worker_pids) == 2
    assert all(_gone(p) for p in r.worker_pids)  # gone (and reaped) when run_sweep returns


def test_workers_that_do_not_leave_are_terminated(monkeypatch):
    # No grace at all: the workers are still mid-chunk, so they are terminated.
    monkeypatch.setattr(sweep_mod, "GRACE", 0.0)
    r = run_sweep(SLOW, {"lr": ["0.001", "0.002"]}, workers=2, should_stop=lambda: True)
    assert r.cancelled and len(r.worker_pids) == 2 and all(_gone(p) for p in r.worker_pids)


def _without_timing(c):
    return {k: v for k, v in c.items() if k not in TIMING}


def test_a_pool_keeps_its_workers_for_the_next_sweep_with_the_same_cells():
    axes = {"lr": ["0.003", "0.03"], "batch_size": ["8", "32"]}
    fresh = run_sweep(BASE, axes, workers=2)
    with sweep_mod.SweepPool() as pool:
        first = run_sweep(BASE, axes, workers=2, pool=pool)
        kept = pool.pids
        assert sorted(kept) == sorted(first.worker_pids) and not any(_gone(p) for p in kept)  # waiting, alive
        second = run_sweep(BASE.replace(epochs=5), {"lr": ["0.01", "0.1"]}, workers=2, pool=pool)
        assert sorted(second.worker_pids) == sorted(kept)  # the same processes: no new start
        third = run_sweep(BASE, axes, workers=1, in_process=False, pool=pool)  # fewer: one of them
        assert len(third.worker_pids) == 1 and third.worker_pids[0] in kept
        assert len(pool.pids) == 2
    assert pool.pids == [] and all(_gone(p) for p in kept)  # closed: none is left
    for a, b, c in zip(fresh.cells, first.cells, third.cells):
        assert _without_timing(a) == _without_timing(b) == _without_timing(c)
    for (_, config), cell in zip(cells(BASE.replace(epochs=5), {"lr": ["0.01", "0.1"]}), second.cells):
        assert cell["train_loss"] == _solo(config).summary()["train_loss"]
    with pytest.raises(RuntimeError, match="closed"):
        run_sweep(BASE, axes, workers=2, pool=pool)


def test_a_cancel_stops_a_pools_workers_and_the_next_sweep_starts_new_ones():
    with sweep_mod.SweepPool() as pool:
        r = run_sweep(SLOW, {"lr": ["0.001", "0.002"]}, workers=2, should_stop=lambda: True, pool=pool)
        assert r.cancelled and all(_gone(p) for p in r.worker_pids) and pool.pids == []
        again = run_sweep(BASE, {"lr": ["0.01", "0.1"]}, workers=2, pool=pool)
        assert again.done == 2 and not set(again.worker_pids) & set(r.worker_pids)
        # One that died while waiting is replaced
        os.kill(again.worker_pids[0], signal.SIGKILL)
        _wait_gone([again.worker_pids[0]])
        third = run_sweep(BASE, {"lr": ["0.01", "0.1"]}, workers=2, pool=pool)
        assert third.done == 2 and again.worker_pids[0] not in third.worker_pids
        assert again.worker_pids[1] in third.worker_pids


def test_a_pool_closed_without_waiting_ends_its_workers_and_spares_a_running_sweep():
    pool = sweep_mod.SweepPool()
    run_sweep(BASE, {"lr": ["0.01", "0.1"]}, workers=2, pool=pool)
    idle = pool.pids
    assert len(idle) == 2
    pool.close(wait=False)  # what the sweep dialog does from the GUI thread
    _wait_gone(idle)
    assert all(_gone(p) for p in idle)
    pool._thread.join(10.0)
    assert not pool._thread.is_alive()

    pool = sweep_mod.SweepPool()
    closed = []

    def progress(done, total):  # closed while the sweep holds the workers
        if not closed:
            closed.append(done)
            pool.close(wait=False)

    r = run_sweep(BASE, {"lr": ["0.01", "0.1", "0.3", "1.0"]}, workers=2, pool=pool, progress=progress)
    assert closed == [1] and r.done == 4 and not r.cancelled and r.error is None  # its workers were not killed
    assert all(_gone(p) for p in r.worker_pids) and pool.pids == []  # stopped when the sweep gave them back
    pool._thread.join(10.0)
    assert not pool._thread.is_alive()


def test_a_failure_stops_a_pools_workers(monkeypatch):
    monkeypatch.setattr(sweep_mod, "WATCHDOG", 1.0)
    with sweep_mod.SweepPool() as pool:
        run_sweep(BASE, {"lr": ["0.01", "0.1"]}, workers=2, pool=pool)
        waiting = pool.pids
        os.kill(waiting[0], signal.SIGSTOP)  # stopped while it waits: silent in the next sweep
        try:
            with pytest.raises(SweepFailed, match="has not answered"):
                run_sweep(SLOW.replace(epochs=100_000), {"lr": ["0.001", "0.002"]}, workers=2, pool=pool)
        finally:
            try:
                os.kill(waiting[0], signal.SIGCONT)
            except ProcessLookupError:  # (the sweep killed it: as it should)
                pass
        assert pool.pids == [] and all(_gone(p) for p in waiting)


def test_train_cell_stops_when_told():
    assert train_cell(SLOW, stop=lambda: True) is None
    cell = train_cell(BASE, label="x")
    assert cell["label"] == "x" and cell["epochs"] == 8


@pytest.mark.parametrize("workers", [1, 2])
def test_on_cell_gets_each_finished_cell_once_with_its_index(workers):
    # The window's heatmap fills from these as the cells finish.
    calls = []
    axes = {"lr": ["0.003", "0.03"], "batch_size": ["16", "64"]}
    r = run_sweep(BASE, axes, workers=workers, on_cell=lambda i, cell: calls.append(("cell", i, cell)),
                  progress=lambda d, t: calls.append(("progress", d, t)))
    cell_calls = [c for c in calls if c[0] == "cell"]
    assert sorted(i for _, i, _ in cell_calls) == [0, 1, 2, 3]  # every cell, exactly once
    for _, i, cell in cell_calls:
        assert cell is r.cells[i] and cell["label"] == cells(BASE, axes)[i][0]
    # Each cell comes just before the progress count that includes it.
    assert [c[0] for c in calls] == ["cell", "progress"] * 4
    assert [c[1] for c in calls if c[0] == "progress"] == [1, 2, 3, 4]
    if workers == 1:  # one after another: grid order
        assert [i for _, i, _ in cell_calls] == [0, 1, 2, 3]


def test_on_cell_is_not_called_for_cells_a_cancel_left_undone():
    got = []
    r = run_sweep(SLOW, {"lr": ["0.001", "0.002"]}, workers=2, should_stop=lambda: True,
                  on_cell=lambda i, cell: got.append(i))
    assert r.cancelled and r.cells == [None, None] and got == []


# -- workers that die or stop, and what is left behind --------------------------------------------


def _workers_of(pid):
    """The sweep workers among the children of process ``pid`` (from /proc)."""
    kids = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                kids += [int(k) for k in f.read().split()]
        except OSError:
            pass
    out = []
    for k in kids:
        try:
            with open(f"/proc/{k}/cmdline", "rb") as f:
                if b"dlviz.training.sweep" in f.read():
                    out.append(k)
        except OSError:
            pass
    return out


#: Two quick cells (one full batch an epoch), then two that take minutes (a batch of one).
MIXED = Config(dataset="spiral", samples=400, hidden=(8,), epochs=3000, seed=1)
MIXED_AXES = {"batch_size": ["400", "1"], "lr": ["0.01", "0.02"]}

needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads /proc (Linux)")


@pytest.mark.slow  # worker processes, one killed
@needs_proc
def test_a_killed_worker_ends_the_sweep_and_keeps_the_cells_done():
    killed = []

    def kill_one(i, cell):
        if not killed:
            killed.append(_workers_of(os.getpid())[0])
            os.kill(killed[0], signal.SIGKILL)

    with pytest.raises(SweepFailed) as got:
        run_sweep(MIXED, MIXED_AXES, workers=2, on_cell=kill_one)
    e = got.value
    assert f"pid {killed[0]}" in str(e) and "killed by signal 9 (SIGKILL)" in str(e)
    assert e.message.template.startswith("a worker process") and e.result.error == str(e)
    assert e.result.done >= 1 and e.result.cells[2:] == [None, None]  # the quick cells came, the slow did not
    assert sorted(e.result.worker_pids) == sorted(set(e.result.worker_pids)) and len(e.result.worker_pids) == 2
    assert all(_gone(p) for p in e.result.worker_pids)


@needs_proc
def test_a_stopped_worker_is_noticed_and_killed(monkeypatch):
    monkeypatch.setattr(sweep_mod, "STARTUP", 2.0)  # a worker stopped before its first word: the same limit
    stopped = []

    def stop_all(i, cell):
        if not stopped:
            stopped.extend(_workers_of(os.getpid()))
            for pid in stopped:
                os.kill(pid, signal.SIGSTOP)

    with pytest.raises(SweepFailed) as got:
        run_sweep(MIXED, MIXED_AXES, workers=2, on_cell=stop_all, watchdog=2.0)
    e = got.value
    assert "has not answered" in str(e) and any(f"pid {p}" in str(e) for p in stopped)
    assert e.result.done >= 1
    assert len(stopped) == 2 and all(_gone(p) for p in stopped)  # SIGKILL ends a stopped process too


def _run_script(code, tmp_path, cwd=None, **kw):
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script)], cwd=cwd or tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def test_a_script_without_a_main_guard_runs_once(tmp_path):
    # The workers never import the caller's __main__ (multiprocessing's spawn and forkserver do).
    count = tmp_path / "count.txt"
    p = _run_script(f"""
        from dlviz.config import Config
        from dlviz.training.sweep import run_sweep
        with open({str(count)!r}, "a") as f:
            f.write("ran\\n")
        r = run_sweep(Config(dataset="xor", samples=60, hidden=(4,), epochs=2, seed=1), {{"lr": ["0.01", "0.1"]}},
                      workers=2)
        print(r.done, len(r.worker_pids))
        """, tmp_path)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    assert out.split() == ["2", "2"]
    assert count.read_text().splitlines() == ["ran"]


@pytest.mark.slow  # a program with its worker processes
def test_workers_import_the_callers_dlviz_from_a_folder_holding_a_checkout(tmp_path):
    # The current folder holds a "dlviz" folder (a checkout) that is no package: a worker that put
    # the current folder first on its path would import it as an empty namespace package.
    (tmp_path / "hold" / "dlviz" / "dlviz").mkdir(parents=True)
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    # As pip's console script "dlviz" is (its folder first on the path, not the current one).
    (bin_ / "dlviz").write_text("import sys\nfrom dlviz.cli import main\nif __name__ == '__main__':\n"
                                "    sys.exit(main())\n")
    p = subprocess.run([sys.executable, str(bin_ / "dlviz"), "sweep", "--dataset", "xor", "--samples", "60",
                        "--hidden", "4", "--epochs", "2", "--grid", "lr=0.01,0.1", "--workers", "2"],
                       cwd=tmp_path / "hold", capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stderr == "" and p.stdout.splitlines()[-1].startswith("2 cells in")


def _wait_gone(pids, timeout=30.0):
    """Wait until every process of ``pids`` has ended (pidfds: no polling)."""
    import select

    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue
        try:
            select.select([fd], [], [], timeout)
        finally:
            os.close(fd)


@needs_proc
@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="pidfd_open (Linux 5.3)")
@pytest.mark.parametrize("stop_one", [False, True])
def test_no_worker_outlives_a_killed_caller(tmp_path, stop_one):
    # The caller is SIGKILLed mid-sweep (no cleanup runs): its workers go too, a stopped one included.
    p = _run_script("""
        import os
        from dlviz.config import Config
        from dlviz.training.sweep import run_sweep

        def running():  # polled by the sweep: the workers run their own code (threads) once they have asked
            kids = []  # to die with their caller
            for t in os.listdir("/proc/self/task"):
                with open(f"/proc/self/task/{t}/children") as f:
                    kids += [int(k) for k in f.read().split()]
            if len(kids) == 2 and all(len(os.listdir(f"/proc/{k}/task")) >= 3 for k in kids):
                print(*kids, flush=True)
            return False

        run_sweep(Config(dataset="spiral", samples=1200, hidden=(32, 32), batch_size=8, epochs=400, seed=0),
                  {"lr": ["0.001", "0.002"]}, workers=2, should_stop=running)
        """, tmp_path)
    workers = [int(w) for w in p.stdout.readline().split()]
    assert len(workers) == 2 and set(workers) == set(_workers_of(p.pid))
    if stop_one:
        os.kill(workers[0], signal.SIGSTOP)
    p.kill()
    p.communicate(timeout=60)
    _wait_gone(workers)
    assert all(_gone(w) for w in workers)
