"""``dlviz lr-find``, ``dlviz paths`` and ``dlviz sweep``: their JSON, and one clear
line with exit code 2 for every bad input."""

import json
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
