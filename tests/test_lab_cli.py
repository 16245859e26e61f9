"""``dlviz lr-find``, ``dlviz paths`` and ``dlviz sweep``: their JSON, and one clear
line with exit code 2 for every bad input."""

import json
import os
import signal
import subprocess
import sys

import numpy as np
import pytest

from dlviz.cli import main
from dlviz.engine.surfaces import get_surface
from dlviz.training.paths import PathSpec, compute_paths

TINY = ["--dataset", "spiral", "--samples", "120", "--hidden", "8", "--seed", "3"]


def _json(capsys, argv):
    assert main(argv) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1  # --json prints only the JSON line
    return json.loads(out[0])


def test_paths_json_is_the_paths(capsys):
    argv = ["paths", "--surface", "rosenbrock", "--start", "-1.5,2", "--optimizers", "sgd,momentum,adam",
            "--lr", "0.001,0.001,0.05", "--steps", "500", "--json"]
    data = _json(capsys, argv)
    assert data["surface"] == "rosenbrock" and data["start"] == [-1.5, 2.0] and data["steps"] == 500
    assert list(data["paths"]) == ["sgd", "momentum", "adam"]
    want = compute_paths("rosenbrock", (-1.5, 2.0), [PathSpec("sgd", 0.001), PathSpec("momentum", 0.001),
                                                     PathSpec("adam", 0.05)], 500)
    for name, path in want.items():
        assert np.array_equal(np.array(data["paths"][name]), path.points)
        assert data["lr"][name] == path.lr and data["diverged_at"][name] is None
    assert len(data["paths"]["sgd"]) == 501 and data["paths"]["sgd"][0] == [-1.5, 2.0]


def test_paths_defaults_options_and_divergence(capsys):
    data = _json(capsys, ["paths", "--surface", "quadratic", "--optimizers", "sgd,momentum", "--lr", "0.2",
                          "--momentum", "0.5", "--steps", "50", "--json"])
    s = get_surface("quadratic")
    assert data["start"] == list(s.start) and data["lr"] == {"sgd": 0.2, "momentum": 0.2}
    assert data["diverged_at"]["sgd"] is not None  # 0.2 > 2 / 20
    want = compute_paths(s, None, [PathSpec("momentum", 0.2, options={"momentum": 0.5})], 50)["momentum"]
    assert np.array_equal(np.array(data["paths"]["momentum"]), want.points)
    assert main(["paths", "--surface", "quadratic", "--optimizers", "sgd", "--lr", "0.2", "--steps", "50"]) == 0
    assert "sgd (lr 0.2): diverged at step" in capsys.readouterr().out


def test_lr_find_json(capsys):
    data = _json(capsys, ["lr-find", *TINY, "--json"])
    assert {"lr", "loss", "suggested_lr", "smoothed_loss", "bands"} <= set(data)
    assert len(data["lr"]) == len(data["loss"]) >= 20
    assert data["lr"][0] == pytest.approx(1e-5) and data["lr"][0] <= data["suggested_lr"] <= data["lr"][-1]
    assert set(data["bands"]) == {"crawls", "learns", "diverges"}
    assert main(["lr-find", *TINY]) == 0
    assert "suggested lr:" in capsys.readouterr().out


def test_sweep_json_cells_equal_train_alone(capsys):
    data = _json(capsys, ["sweep", *TINY, "--grid", "lr=0.003,0.03", "--grid", "batch_size=8,32",
                          "--epochs", "5", "--workers", "2", "--json"])
    assert data["axes"] == {"lr": ["0.003", "0.03"], "batch_size": ["8", "32"]}
    assert len(data["cells"]) == 4
    cell = data["cells"][1]
    assert cell["config"]["lr"] == 0.003 and cell["config"]["batch_size"] == 32
    alone = _json(capsys, ["train", *TINY, "--lr", "0.003", "--batch-size", "32", "--epochs", "5", "--json"])
    timing = {"seconds", "steps_per_second"}
    assert {k: v for k, v in cell.items() if k not in timing | {"label", "config"}} == \
        {k: v for k, v in alone.items() if k not in timing}


BAD = {
    "paths-unknown-surface": (["paths", "--surface", "sphere"], "surface 'sphere'"),
    "paths-unknown-optimizer": (["paths", "--optimizers", "sgd,lbfgs"], "optimizer 'lbfgs'"),
    "paths-lr-count": (["paths", "--optimizers", "sgd,adam,rmsprop", "--lr", "0.1,0.2"], "one per optimizer (3), got 2"),
    "paths-bad-start": (["paths", "--start", "1"], "--start must be X,Y"),
    "paths-start-text": (["paths", "--start", "a,b"], "--start must be a number"),
    "paths-lr-negative": (["paths", "--lr", "-0.1"], "positive"),
    "paths-steps": (["paths", "--steps", "0"], "--steps must be 1 to"),
    "paths-momentum": (["paths", "--momentum", "2"], "momentum must be 0 to"),
    "lr-find-bad-flag": (["lr-find", "--activation", "swish"], "activation 'swish'"),
    "sweep-no-grid": (["sweep", *TINY], "give --grid"),
    "sweep-one-value": (["sweep", "--grid", "lr=0.1"], "2 to 8 values, got 1"),
    "sweep-bad-key": (["sweep", "--grid", "speed=1,2"], "unknown key 'speed'"),
    "sweep-bad-value": (["sweep", "--grid", "lr=0.1,abc"], "lr=abc"),
    "sweep-workers-0": (["sweep", "--grid", "lr=0.1,0.2", "--workers", "0"], "--workers must be at least 1"),
    "sweep-workers-text": (["sweep", "--grid", "lr=0.1,0.2", "--workers", "all"], "--workers must be a whole number"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_inputs_give_one_line_and_exit_2(capsys, name):
    argv, words = BAD[name]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and f"dlviz {argv[0]}: error:" in lines[0] and words in lines[0], captured.err


def test_the_commands_run_as_a_module():
    p = subprocess.run([sys.executable, "-m", "dlviz", "paths", "--start", "-1.5,2", "--steps", "5", "--json"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["paths"]["adam"][0] == [-1.5, 2.0]
    p = subprocess.run([sys.executable, "-m", "dlviz", "sweep", "--grid", "lr=0.1"], capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 2 and p.stdout == "" and "Traceback" not in p.stderr and len(p.stderr.splitlines()) == 1


# -- a sweep whose workers die or stop, or that is stopped: the cells done, one line, exit 2, nothing left --

#: Two quick cells (one full batch an epoch), then two that take minutes (a batch of one).
MIXED = ["sweep", "--dataset", "spiral", "--samples", "400", "--hidden", "8", "--seed", "1", "--epochs", "3000",
         "--grid", "batch_size=400,1", "--grid", "lr=0.01,0.02", "--workers", "2"]


def _sweep_workers(pid):
    """The sweep's worker processes: the children of ``pid`` (from /proc)."""
    def read(path, mode="r"):
        with open(path, mode) as f:
            return f.read()

    kids = [int(k) for t in os.listdir(f"/proc/{pid}/task") for k in read(f"/proc/{pid}/task/{t}/children").split()]
    return [k for k in kids if b"dlviz.training.sweep" in read(f"/proc/{k}/cmdline", "rb")]


def _ended(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads /proc (Linux)")
@pytest.mark.parametrize("how", [pytest.param(h, marks=pytest.mark.slow) for h in ("SIGKILL worker", "SIGSTOP worker",
                                                                          "SIGTERM")] + ["SIGINT"])  # a sweep's processes each
def test_a_sweep_that_breaks_prints_its_cells_and_one_line(how):
    what, _, whom = how.partition(" ")
    # The workers' silence limit is 10 s: a stopped one is noticed then.
    p = subprocess.Popen([sys.executable, "-m", "dlviz", *MIXED], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    try:
        first = p.stdout.readline()  # printed as it finishes: a quick cell
        assert first.startswith("batch_size=400, lr=0.0") and "3000 epochs" in first, first
        workers = _sweep_workers(p.pid)
        assert len(workers) == 2
        os.kill(workers[0] if whom else p.pid, getattr(signal, what))
        # (read through the same file objects: readline() may have buffered the next cell's line,
        # which communicate(), reading the pipe itself, would lose)
        out, err = p.stdout.read(), p.stderr.read()
        p.stdout.close(), p.stderr.close()
        p.wait(timeout=120)
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
    lines = [first, *out.splitlines(keepends=True)]
    assert p.returncode == 2, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    reason = {"SIGKILL": f"a worker process (pid {workers[0]}) ended during the cell batch_size=",
              "SIGSTOP": f"a worker process (pid {workers[0]}) has not answered for",
              "SIGTERM": "stopped by SIGTERM", "SIGINT": "stopped by SIGINT"}[what]
    assert err.startswith("dlviz sweep: error: " + reason), err
    assert what != "SIGKILL" or ": killed by signal 9 (SIGKILL) (" in err
    # Every finished cell is printed (the quick ones at least), and the count says as many.
    assert all(line.startswith("batch_size=") for line in lines)
    assert len(lines) >= 1 and err.rstrip().endswith(f"({len(lines)} of 4 cells done)"), (lines, err)
    assert all(_ended(w) for w in workers)  # reaped: nothing left behind, a stopped worker neither
