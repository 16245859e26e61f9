"""Sweeps on any concurrent.futures executor, and on a Dask cluster (``dlviz sweep --dask``):
the same cells as a local sweep, cell for cell; an unreachable cluster or no Dask is one line;
a stop cancels the cells and leaves nothing running on the cluster."""

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from dlviz.config import Config, ConfigError
from dlviz.training import sweep as sweep_mod
from dlviz.training.sweep import SweepFailed, cells, run_sweep, sweep_cell

BASE = Config(dataset="spiral", samples=200, hidden=(8, 8), epochs=20, seed=5)
AXES = {"lr": ["0.01", "0.1"], "batch_size": ["16", "64"]}
TIMING = {"seconds", "steps_per_second"}
#: Cells that take minutes (a batch of one, 3,000 epochs) after two quick ones (one batch an epoch).
MIXED = Config(dataset="spiral", samples=400, hidden=(8,), epochs=3000, seed=1)
MIXED_AXES = {"batch_size": ["400", "1"], "lr": ["0.01", "0.02"]}
CLI = [sys.executable, "-m", "dlviz", "sweep", "--dataset", "spiral", "--samples", "200", "--hidden", "8,8",
       "--epochs", "20", "--seed", "5", "--grid", "lr=0.01,0.1", "--grid", "batch_size=16,64"]


def _plain(result):
    """Every cell without its timings (the rest must be equal, bit for bit)."""
    return [{k: v for k, v in c.items() if k not in TIMING} for c in result.cells]


@pytest.fixture(scope="module")
def local():
    """The local sweep (its own worker processes), the reference."""
    r = run_sweep(BASE, AXES, workers=2)
    assert r.done == 4 and len(r.worker_pids) == 2
    return _plain(r)


def _wait_until(check, timeout):
    """Poll ``check()`` every 50 ms until it is true; False after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not check():
        if time.monotonic() > deadline:
            return False
        pause.wait(0.05)
    return True


def _env():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(sweep_mod.__file__))))
    return dict(os.environ, PYTHONPATH=os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]))


# -- any executor ----------------------------------------------------------------------------------


def test_sweep_cell_is_a_plain_call_with_plain_results():
    label, config = cells(BASE, AXES)[1]
    cell = sweep_cell(config.to_dict(), None, label)
    assert cell["label"] == label and cell["config"] == config.to_dict() and cell["epochs"] == 20
    assert all(isinstance(v, (str, int, float, bool, dict, type(None))) for v in cell.values())
    # The engine the caller chose trains; the cell still holds the config as given.
    pinned = sweep_cell(config.to_dict(), None, label, engine="numpy")
    assert pinned["engine"] == "numpy" and pinned["config"]["engine"] == config.engine


def test_a_thread_pool_gives_the_local_cells(local):
    seen = []
    with ThreadPoolExecutor(2) as ex:
        r = run_sweep(BASE, AXES, executor=ex, on_cell=lambda i, c: seen.append(i))
    assert sorted(seen) == [0, 1, 2, 3] and r.worker_pids == [] and not r.cancelled
    assert _plain(r) == local


def test_a_process_pool_gives_the_local_cells(local, monkeypatch):
    # A cell trained in this process would hit this: the pool's processes (spawned) have their own.
    monkeypatch.setattr(sweep_mod, "Trainer", None)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as ex:
        r = run_sweep(BASE, AXES, executor=ex)
    assert _plain(r) == local


def test_a_cell_that_raises_on_the_executor_ends_the_sweep(monkeypatch):
    class Boom:
        def __init__(self, config, dataset=None):
            raise RuntimeError(f"boom at lr {config.lr:g}")

    monkeypatch.setattr(sweep_mod, "Trainer", Boom)
    with ThreadPoolExecutor(1) as ex, pytest.raises(SweepFailed) as got:  # one thread: the first cell fails first
        run_sweep(BASE, AXES, executor=ex)
    e = got.value
    assert str(e) == "the cell lr=0.01, batch_size=16 failed: RuntimeError: boom at lr 0.01"
    assert e.result.error == str(e) and e.result.done == 0


def test_an_executor_takes_axes_of_up_to_32_values():
    lrs = [f"{0.001 * (i + 1):g}" for i in range(sweep_mod.MAX_CLUSTER_VALUES)]
    small = BASE.replace(epochs=1, samples=60)
    with ThreadPoolExecutor(2) as ex:
        r = run_sweep(small, {"lr": lrs}, executor=ex)
        assert r.done == 32 and [c["label"] for c in r.cells] == [f"lr={v}" for v in lrs]
        with pytest.raises(ConfigError, match="2 to 32 values, got 33"):
            run_sweep(small, {"lr": lrs + ["1"]}, executor=ex)
    with pytest.raises(ConfigError, match="2 to 8 values, got 9"):  # on this machine: 8
        run_sweep(small, {"lr": lrs[:9]}, workers=1)


def test_a_stop_cancels_the_cells_not_started():
    with ThreadPoolExecutor(1) as ex:
        r = run_sweep(BASE, AXES, executor=ex, should_stop=lambda: True)
    assert r.cancelled and r.cells == [None] * 4 and r.error is None


# -- a Dask cluster on loopback (slow: the cluster takes 5-15 s to start, each CLI run seconds) ----


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    # No dashboard; the scheduler's own HTTP server (metrics) on a free port, not on 8787 (which
    # another cluster of this machine may hold: Dask would warn, and a warning fails a test here).
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       host="127.0.0.1", scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    client = distributed.Client(cluster, set_as_default=False)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _tasks_on_workers(client):
    """Every task each worker still holds, with its state (a running cell: "executing" or "cancelled")."""
    return client.run(lambda dask_worker: {k: ts.state for k, ts in dask_worker.state.tasks.items()})


@pytest.mark.slow
def test_a_dask_cluster_gives_the_local_cells(local, dask_client, monkeypatch):
    from dlviz.training import cluster

    monkeypatch.setattr(sweep_mod, "Trainer", None)  # the cells train on the cluster's workers
    r = run_sweep(BASE, AXES, executor=cluster.executor(dask_client))
    assert r.done == 4 and not r.cancelled
    assert _plain(r) == local


@pytest.mark.slow
def test_a_stopped_dask_sweep_leaves_nothing_running(dask_client):
    from dlviz.training import cluster

    def both_busy():  # stop once a slow cell runs on each worker
        return sum(s == "executing" for tasks in _tasks_on_workers(dask_client).values() for s in tasks.values()) >= 2

    r = run_sweep(MIXED.replace(epochs=400), {"batch_size": ["1", "2"], "lr": ["0.01", "0.02"]},
                  executor=cluster.executor(dask_client), should_stop=both_busy)
    assert r.cancelled and r.done == 0
    # A Dask task's thread cannot be stopped from outside: the cells see their task cancelled and
    # stop within a chunk (each would take minutes more).
    assert _wait_until(lambda: not any(_tasks_on_workers(dask_client).values()), 20), _tasks_on_workers(dask_client)


@pytest.mark.slow
def test_the_cli_on_dask_prints_the_local_cells(local, dask_client):
    p = subprocess.run(CLI + ["--json", "--dask", dask_client.scheduler.address], capture_output=True, text=True,
                       timeout=120, env=_env())
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout.splitlines()[-1])
    assert [{k: v for k, v in c.items() if k not in TIMING} for c in got["cells"]] == local


@pytest.mark.slow
def test_a_terminated_cli_on_dask_prints_the_finished_cells_and_cancels_the_rest(dask_client):
    cmd = [sys.executable, "-m", "dlviz", "sweep", "--dataset", "spiral", "--samples", "400", "--hidden", "8",
           "--epochs", "3000", "--seed", "1", "--grid", "batch_size=400,1", "--grid", "lr=0.01,0.02",
           "--dask", dask_client.scheduler.address]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        first = p.stdout.readline()  # a quick cell is done: the slow ones run
        assert first.startswith("batch_size=400, lr=0.0"), p.stderr.read() if not first else first
        p.send_signal(signal.SIGTERM)
        # (read through the same file objects: readline() may have buffered the next cell's line,
        # which communicate(), reading the pipe itself, would lose)
        out, err = p.stdout.read(), p.stderr.read()
        p.stdout.close(), p.stderr.close()
        p.wait(timeout=60)
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
    assert p.returncode == 2
    done = [first] + out.splitlines()
    assert 1 <= len(done) <= 2 and all(line.startswith("batch_size=400, ") for line in done)
    assert err.splitlines() == [f"dlviz sweep: error: stopped by SIGTERM ({len(done)} of 4 cells done)"]
    assert _wait_until(lambda: not any(_tasks_on_workers(dask_client).values()), 20), _tasks_on_workers(dask_client)


# -- no cluster ------------------------------------------------------------------------------------


def test_an_unreachable_address_is_one_line_naming_it():
    pytest.importorskip("distributed")
    address = "tcp://127.0.0.1:1"  # nothing listens on port 1
    p = subprocess.run(CLI + ["--dask", address], capture_output=True, text=True, timeout=10, env=_env())
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.splitlines() == [f"dlviz sweep: error: cannot reach the Dask scheduler at {address}: Connection refused"]


def test_something_else_at_the_address_is_one_line():
    pytest.importorskip("distributed")
    import socket

    with socket.socket() as srv:  # a server that answers in another protocol
        srv.bind(("127.0.0.1", 0))
        srv.listen()
        address = f"tcp://127.0.0.1:{srv.getsockname()[1]}"

        srv.settimeout(0.1)
        over = threading.Event()

        def serve():  # every connection (the CLI tries the address twice), until the test is over
            while not over.is_set():
                try:
                    conn, _ = srv.accept()
                except TimeoutError:
                    continue
                with conn:
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n" * 4)

        t = threading.Thread(target=serve, daemon=True)
        t.start()
        try:
            p = subprocess.run(CLI + ["--dask", address], capture_output=True, text=True, timeout=60, env=_env())
        finally:
            over.set()
            t.join(5)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.splitlines() == [f"dlviz sweep: error: no Dask scheduler answers at {address}: something else listens there"]


def test_a_refused_address_is_told_before_dask_is_asked(monkeypatch):
    distributed = pytest.importorskip("distributed")
    from dlviz.training import cluster

    def no(*a, **k):
        raise AssertionError("Dask asked")

    monkeypatch.setattr(distributed, "Client", no)
    monkeypatch.setattr(cluster, "_identify", no)
    with pytest.raises(cluster.ClusterError, match=r"^cannot reach the Dask scheduler at tcp://127.0.0.1:1: Connection refused$"):
        cluster.connect("tcp://127.0.0.1:1")


def test_a_silent_server_at_the_address_costs_the_budget_only():
    pytest.importorskip("distributed")
    import socket

    from dlviz.training import cluster

    with socket.socket() as srv:  # the kernel completes the TCP handshake; nobody ever answers
        srv.bind(("127.0.0.1", 0))
        srv.listen()
        address = f"tcp://127.0.0.1:{srv.getsockname()[1]}"
        with pytest.raises(cluster.ClusterError) as got:
            cluster.connect(address, budget=cluster.MIN_TIMEOUT)  # Dask's handshake gives up, then we do
    assert str(got.value).startswith(f"cannot reach the Dask scheduler at {address}: ")


def test_without_dask_one_line():
    code = ("import sys; sys.modules['distributed'] = None\n"  # import distributed: an ImportError
            "from dlviz.cli import main\n"
            f"sys.exit(main({CLI[3:] + ['--dask', 'tcp://127.0.0.1:8786']!r}))\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=_env())
    assert p.returncode == 2 and p.stdout == ""
    lines = p.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("dlviz sweep: error: --dask needs Dask")
    assert "pip install 'dlviz[cluster]'" in lines[0]


def test_the_cli_takes_32_values_with_dask_only():
    lrs = ",".join(f"{0.001 * (i + 1):g}" for i in range(32))
    base = CLI[:CLI.index("--grid")]
    p = subprocess.run(base + ["--grid", f"lr={lrs}"], capture_output=True, text=True, timeout=60, env=_env())
    assert p.returncode == 2 and "give 2 to 8 values, got 32" in p.stderr
    # With --dask the grid passes (and the missing cluster is what stops it).
    p = subprocess.run(base + ["--grid", f"lr={lrs}", "--dask", "tcp://127.0.0.1:1"], capture_output=True, text=True,
                       timeout=60, env=_env())
    assert p.returncode == 2 and p.stderr.startswith("dlviz sweep: error: cannot reach the Dask scheduler")
    p = subprocess.run(base + ["--grid", f"lr={lrs},1", "--dask", "tcp://127.0.0.1:1"], capture_output=True,
                       text=True, timeout=60, env=_env())
    assert p.returncode == 2 and "give 2 to 32 values, got 33" in p.stderr


def test_dask_and_workers_together_are_refused():
    p = subprocess.run(CLI + ["--dask", "tcp://127.0.0.1:1", "--workers", "2"], capture_output=True, text=True,
                       timeout=60, env=_env())
    assert p.returncode == 2
    assert p.stderr.splitlines() == ["dlviz sweep: error: --workers goes with a sweep on this machine, not with --dask"]
