"""dlviz train --compare: runs that differ in one or two keys only."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dlviz.cli import main
from dlviz.config import Config, ConfigError
from dlviz.training.compare import parse_specs, variants

BASE = ["train", "--samples", "120", "--epochs", "6", "--hidden-layers", "1", "--neurons", "6", "--seed", "3"]
RESULT_KEYS = ("epochs", "steps", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "diverged",
               "diverged_at_step")


def last_json(capsys) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


@pytest.mark.parametrize("engine", ["numpy", "compiled"])
def test_each_run_is_bit_identical_to_its_config_alone(capsys, engine):
    base = [*BASE, "--engine", engine]
    assert main([*base, "--compare", "optimizer=sgd,adam", "--compare", "lr=0.3,0.03", "--json"]) == 0
    runs = last_json(capsys)["runs"]
    assert [r["label"] for r in runs] == ["optimizer=sgd, lr=0.3", "optimizer=sgd, lr=0.03",
                                         "optimizer=adam, lr=0.3", "optimizer=adam, lr=0.03"]
    assert len({r["train_loss"] for r in runs}) == 4  # the varied keys made a difference
    for r in runs:
        assert main([*base, "--optimizer", r["config"]["optimizer"], "--lr", str(r["config"]["lr"]), "--json"]) == 0
        alone = last_json(capsys)
        assert alone["engine"] == r["engine"] == engine
        assert {k: r[k] for k in RESULT_KEYS} == {k: alone[k] for k in RESULT_KEYS}, r["label"]


def test_only_the_compared_key_differs():
    runs = variants(Config(dropout=0.2, seed=5), {"activation": ["tanh", "relu", "gelu"]})
    configs = [c for _, c in runs]
    assert [c.activation for c in configs] == ["tanh", "relu", "gelu"]
    assert all(c.replace(activation="tanh") == configs[0] for c in configs)


@pytest.mark.parametrize("specs, words", [
    (["lr=0.1"], "2 to 4 values"),
    (["lr=1,2,3,4,5"], "2 to 4 values"),
    (["lr"], "KEY=V1,V2"),
    (["colour=red,blue"], "unknown key"),
    (["lr=0.1,0.1"], "twice"),
    (["lr=0.1,-1"], "lr must be"),
    (["lr=0.1,1", "lr=2,3"], "same key twice"),
    (["lr=0.1,1", "seed=1,2", "noise=0,0.1"], "one or two keys"),
    (["lr=0.1,0.2,0.3,0.4", "seed=1,2,3"], "4 × 3 values make 12 runs; at most 9"),
    (["lr=0.1,0.2,0.3,0.4", "seed=1,2,3,4"], "4 × 4 values make 16 runs; at most 9"),
    (["hidden=8,8"], "hidden_layers or neurons"),
])
def test_a_bad_comparison_is_one_line_and_nothing_trains(specs, words, capsys):
    with pytest.raises(ConfigError, match=words):
        variants(Config(), parse_specs(specs))
    args = [*BASE]
    for spec in specs:
        args += ["--compare", spec]
    assert main(args) == 2
    out = capsys.readouterr()
    assert out.out == "" and len(out.err.strip().splitlines()) == 1 and words.split()[0] in out.err


def test_runs_share_the_initial_weights_where_the_shapes_match():
    import numpy as np

    from dlviz.training.trainer import Trainer

    (_, one), (_, two) = variants(Config(hidden=(16,), init="he"), {"hidden_layers": [1, 2]})
    a, b = Trainer(one), Trainer(two)
    np.testing.assert_array_equal(a.net.params[0], b.net.params[0])  # input -> first hidden layer
    assert a.net.params[2].shape != b.net.params[2].shape


def test_history_csv_of_a_comparison_has_a_run_column(tmp_path, capsys):
    import csv

    out = tmp_path / "h.csv"
    assert main([*BASE, "--compare", "lr=0.1,0.01", "--history", str(out)]) == 0
    with open(out, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["run", "epoch", "step"]
    assert [r[0] for r in rows[1:]] == ["lr=0.1"] * 6 + ["lr=0.01"] * 6


@pytest.mark.parametrize("argv, words", [
    (["--compare", "lr=0.1", "--screenshot", "x.png"], "2 to 4 values"),
    (["--compare", "nope=1,2", "--screenshot", "x.png"], "unknown key"),
])
def test_the_window_checks_its_comparison_first(argv, words, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert words in capsys.readouterr().err and not (tmp_path / "x.png").exists()


def test_a_config_file_may_hold_a_comparison(tmp_path, monkeypatch):
    from dlviz import cli

    lesson = tmp_path / "lesson.json"
    lesson.write_text(json.dumps({"dataset": "xor", "compare": {"activation": ["relu", "tanh"]}}))
    args = cli.build_parser().parse_args(["--config", str(lesson), "--screenshot", str(tmp_path / "x.png")])
    got = cli._window_args(args)
    assert got["compare"] == {"activation": ["relu", "tanh"]} and got["config"].dataset == "xor"
    lesson.write_text(json.dumps({"compare": ["relu"]}))
    with pytest.raises(ConfigError, match="compare must map keys to lists"):
        cli._window_args(cli.build_parser().parse_args(["--config", str(lesson), "--screenshot", "y.png"]))


def test_export_of_a_comparison_writes_tiles_curves_and_table(tmp_path, capsys):
    from PySide6.QtGui import QImage

    out = tmp_path / "pngs"
    assert main([*BASE, "--compare", "optimizer=sgd,adam,rmsprop", "--export", str(out), "--json"]) == 0
    result = last_json(capsys)
    names = sorted(p.rsplit("/", 1)[-1] for p in result["exported"])
    assert names == ["compare_decision_regions.png", "compare_loss_accuracy.png", "compare_summary.png"]
    tiles = QImage(str(out / "compare_decision_regions.png"))
    assert tiles.width() > tiles.height() > 400  # two columns, two rows of tiles at 2x
    assert len(result["runs"]) == 3


def test_the_window_checks_an_experiment_file_first(tmp_path, capsys):
    bad = tmp_path / "bad.dlviz"
    bad.write_bytes(b"not a zip at all")
    assert main(["--open", str(bad), "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "bad.dlviz" in err and "not a dlviz file" in err and not (tmp_path / "x.png").exists()
    good = tmp_path / "good.dlviz"
    assert main([*BASE, "--save", str(good), "--json"]) == 0
    capsys.readouterr()
    assert main(["--open", str(good), "--compare", "lr=0.1,0.2", "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "does not go with" in capsys.readouterr().err


def test_a_3x3_comparison_trains_nine_runs_and_exports_them_as_a_grid(tmp_path, capsys):
    """Issue 21: two keys of three values: nine runs, headless too; the export lays
    the tiles out 3 x 3 (rows by the first key), the curves in nine colours."""
    from PySide6.QtGui import QImage

    from dlviz.ui.views.compare_curves import run_rgb

    out = tmp_path / "pngs"
    assert main([*BASE, "--epochs", "3", "--compare", "optimizer=sgd,momentum,adam", "--compare", "lr=0.003,0.01,0.03",
                 "--export", str(out), "--json"]) == 0
    result = last_json(capsys)
    assert [r["label"] for r in result["runs"]][:4] == ["optimizer=sgd, lr=0.003", "optimizer=sgd, lr=0.01",
                                                        "optimizer=sgd, lr=0.03", "optimizer=momentum, lr=0.003"]
    assert len(result["runs"]) == 9 and len(result["exported"]) == 3
    tiles = QImage(str(out / "compare_decision_regions.png"))
    assert 0.9 < tiles.width() / tiles.height() < 1.2  # three columns of three rows (2 x 5 was 0.4)
    assert len({run_rgb(i) for i in range(9)}) == 9


def test_nine_run_colours_are_told_apart():
    """The runs' colours: nine, none near another (nor near white, the plots' ground)."""
    from dlviz.ui.views.compare_curves import run_rgb

    rgb = np.array([run_rgb(i) for i in range(9)], float)
    gaps = np.linalg.norm(rgb[:, None] - rgb[None], axis=-1) + np.eye(9) * 1e9
    assert gaps.min() > 50  # (Paul Tol's rose and purple, the nearest pair: 59)
    assert np.linalg.norm(rgb - 255, axis=1).min() > 100


def test_a_3x3_comparison_saves_and_resumes_as_nine_runs(tmp_path, capsys):
    """An experiment file holds the nine runs; resumed, each goes on where it stopped."""
    path = tmp_path / "nine.dlviz"
    nine = ["--compare", "optimizer=sgd,momentum,adam", "--compare", "lr=0.003,0.01,0.03"]
    assert main([*BASE, "--epochs", "2", *nine, "--save", str(path), "--json"]) == 0
    saved = last_json(capsys)["runs"]
    assert main(["train", "--resume", str(path), "--epochs", "1", "--json"]) == 0
    resumed = last_json(capsys)["runs"]
    assert [r["label"] for r in resumed] == [r["label"] for r in saved] and len(resumed) == 9
    assert [r["epochs"] for r in resumed] == [3] * 9
