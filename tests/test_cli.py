"""``python -m dlviz train``: results, errors, config files.

Every subprocess is started at once by one module fixture (they are independent),
so the file costs about as much wall time as its slowest run."""

import json
import math
import os
import subprocess
import sys

import numpy as np
import pytest

from dlviz.cli import CLI_DEFAULT_EPOCHS, build_parser, config_from_args, flag, main
from dlviz.config import Config, ConfigError, config_keys

SUMMARY_KEYS = {
    "epochs", "steps", "seconds", "steps_per_second", "train_loss", "train_accuracy", "val_loss", "val_accuracy",
    "diverged", "diverged_at_step", "engine", "task", "metric",
}

XOR = ["--dataset", "xor", "--samples", "400", "--noise", "0.1", "--hidden", "8,8", "--activation", "tanh",
       "--optimizer", "adam", "--lr", "0.03", "--epochs", "60", "--val-fraction", "0.2"]
SPIRAL = ["--dataset", "spiral", "--classes", "3", "--samples", "600", "--noise", "0.1", "--hidden", "32,32",
          "--activation", "relu", "--optimizer", "adam", "--lr", "0.01", "--batch-size", "32", "--epochs", "150"]
SMALL = ["--samples", "60", "--epochs", "2"]

CONFIG_FILE = {"dataset": "xor", "samples": 200, "hidden": [8, 8], "activation": "tanh", "optimizer": "adam",
               "lr": 0.03, "epochs": 3, "val_fraction": 0.0, "batch_size": 50}

BAD = {
    "unknown-activation": SMALL + ["--activation", "swish"],
    "negative-lr": SMALL + ["--lr", "-1"],
    "batch-size-0": SMALL + ["--batch-size", "0"],
    "hidden-a-b": SMALL + ["--hidden", "a,b"],
    "missing-csv": SMALL + ["--csv", "{tmp}/missing.csv"],
    "unknown-flag": SMALL + ["--learning-rate", "0.1"],
    "csv-bad-line": SMALL + ["--csv", "{tmp}/bad.csv"],
}

RUNS = {
    "xor": XOR + ["--json"],
    "spiral": SPIRAL + ["--json"],
    "diverge": ["--dataset", "spiral", "--samples", "200", "--optimizer", "sgd", "--lr", "100", "--epochs", "20",
                "--json"],
    "no-hidden": ["--dataset", "xor", "--samples", "300", "--hidden", "", "--lr", "0.03", "--epochs", "30", "--json"],
    "progress": ["--dataset", "blobs", "--samples", "100", "--epochs", "10"],
    "config": ["--config", "{tmp}/config.json", "--epochs", "2", "--json"],
    "defaults": ["--json"],
    **{"bad:" + k: v for k, v in BAD.items()},
}


def _write_files(tmp):
    (tmp / "config.json").write_text(json.dumps(CONFIG_FILE), encoding="utf-8")
    rows = [f"{x / 10:.2f},{(x % 7) / 7:.2f},{'a' if x % 2 else 'b'}" for x in range(40)]
    (tmp / "good.csv").write_text("x1,x2,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    rows[5] = "0.5,oops,a"
    (tmp / "bad.csv").write_text("x1,x2,label\n" + "\n".join(rows) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    _write_files(tmp)
    procs = {}
    for name, args in RUNS.items():
        argv = [a.replace("{tmp}", str(tmp)) for a in args]
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", "dlviz", "train", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp,
        )
    out = {}
    try:
        for name, p in procs.items():
            stdout, stderr = p.communicate(timeout=120)
            out[name] = (p.returncode, stdout, stderr)
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.communicate()
    return out


def _summary(runs, name):
    rc, stdout, stderr = runs[name]
    assert rc == 0, stderr
    assert "Traceback" not in stderr
    line = stdout.strip().splitlines()[-1]
    s = json.loads(line)
    assert set(s) == SUMMARY_KEYS
    return s


def test_xor_json(runs):
    s = _summary(runs, "xor")
    assert s["epochs"] == 60 and s["steps"] == 60 * 10  # 320 training samples, batch 32
    assert s["train_accuracy"] >= 0.95
    assert s["val_accuracy"] is not None and s["val_loss"] is not None
    assert s["diverged"] is False and s["diverged_at_step"] is None
    assert s["seconds"] > 0 and s["steps_per_second"] > 0
    assert 0 < s["train_loss"] < 0.3
    assert runs["xor"][1].strip().count("\n") == 0  # --json prints only the JSON line


def test_three_arm_spiral_json(runs):
    s = _summary(runs, "spiral")
    assert s["epochs"] == 150
    assert s["train_accuracy"] >= 0.95


def test_defaults_learn(runs):
    """``dlviz train`` with no flags shows learning: >= 90 % validation accuracy."""
    s = _summary(runs, "defaults")
    assert s["epochs"] == CLI_DEFAULT_EPOCHS
    assert s["val_accuracy"] >= 0.9 and s["train_accuracy"] >= 0.9


def test_sgd_lr_100_diverges(runs):
    s = _summary(runs, "diverge")
    assert s["diverged"] is True
    assert type(s["diverged_at_step"]) is int and s["diverged_at_step"] >= 1
    assert s["epochs"] < 20


def test_empty_hidden_trains_without_hidden_layer(runs):
    s = _summary(runs, "no-hidden")
    assert s["epochs"] == 30
    # a straight boundary cannot separate xor
    assert s["train_accuracy"] < 0.8
    args = build_parser().parse_args(["train", "--hidden", "", "--samples", "50"])
    config = config_from_args(args)
    assert config.hidden == ()
    from dlviz.training.trainer import Trainer

    t = Trainer(config)
    assert t.net.sizes == [2, t.dataset.n_classes] and t.net.n_layers == 1


def test_progress_lines_without_json(runs):
    rc, stdout, stderr = runs["progress"]
    assert rc == 0, stderr
    lines = stdout.strip().splitlines()
    progress = [ln for ln in lines if ln.startswith("epoch")]
    assert len(progress) == 10
    assert progress[0].startswith("epoch 1/10") and progress[-1].startswith("epoch 10/10")
    assert all("loss" in ln and "acc" in ln for ln in progress)
    assert lines[-1].startswith("done: 10 epochs")
    with pytest.raises(json.JSONDecodeError):
        json.loads(lines[-1])


def test_config_file_is_honoured_and_flags_override_it(runs):
    s = _summary(runs, "config")
    assert s["epochs"] == 2  # the flag, not the file's 3
    assert s["steps"] == 2 * 4  # the file's 200 samples, no validation, batch 50
    assert s["val_loss"] is None and s["val_accuracy"] is None  # val_fraction 0 from the file


@pytest.mark.parametrize("name", list(BAD))
def test_bad_arguments_exit_2_with_one_line(runs, name):
    rc, stdout, stderr = runs["bad:" + name]
    assert rc == 2, (stdout, stderr)
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "error" in lines[0]
    assert stdout == ""


def test_bad_argument_messages_name_the_problem(runs):
    msg = {name: runs["bad:" + name][2] for name in BAD}
    assert "activation" in msg["unknown-activation"] and "relu" in msg["unknown-activation"]
    assert "lr" in msg["negative-lr"]
    assert "batch_size" in msg["batch-size-0"]
    assert "hidden" in msg["hidden-a-b"]
    assert "missing.csv" in msg["missing-csv"]
    assert "--learning-rate" in msg["unknown-flag"]
    assert "line 7" in msg["csv-bad-line"] and "oops" in msg["csv-bad-line"]


# -- in-process: how flags and the config file combine ---------------------------------------


def _config(*argv):
    return config_from_args(build_parser().parse_args(["train", *argv]))


def test_every_config_field_has_a_flag():
    parser = build_parser()
    for key in set(config_keys()) - {"option_values"}:
        args = parser.parse_args(["train", flag(key), "v"])
        assert getattr(args, key) == "v"
    assert flag("batch_size") == "--batch-size"


def test_cli_default_epochs_and_flags():
    c = _config()
    assert c.epochs == CLI_DEFAULT_EPOCHS
    c = _config("--lr", "0.2", "--hidden", "4,3", "--features", "x1,x2,x1x2", "--seed", "7")
    assert c.lr == 0.2 and c.hidden == (4, 3) and c.features == ("x1", "x2", "x1x2") and c.seed == 7
    assert _config("--hidden-layers", "3", "--neurons", "5").hidden == (5, 5, 5)


def test_flags_override_file_in_process(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"lr": 0.5, "hidden": [4, 4], "epochs": 5, "activation": "relu"}), encoding="utf-8")
    c = _config("--config", str(path))
    assert (c.lr, c.hidden, c.epochs, c.activation) == (0.5, (4, 4), 5, "relu")
    c = _config("--config", str(path), "--lr", "0.1", "--hidden", "6")
    assert (c.lr, c.hidden, c.epochs, c.activation) == (0.1, (6,), 5, "relu")
    path.write_text(json.dumps({"hidden_layers": 2, "neurons": 7}), encoding="utf-8")
    assert _config("--config", str(path)).hidden == (7, 7)
    assert _config("--config", str(path), "--hidden", "3").hidden == (3,)  # an explicit list wins


@pytest.mark.parametrize(
    "content,match",
    [
        ({"epochs": 0}, "epochs"),
        ({"epochs": 2, "learning_rate": 0.1}, "learning_rate"),
        ("{epochs: 2", "c.json"),
        ([1, 2], "JSON object"),
        ({"hidden": "300"}, "hidden"),
    ],
    ids=["epochs-0", "unknown-key", "not-json", "not-object", "too-wide"],
)
def test_bad_config_files(tmp_path, content, match):
    path = tmp_path / "c.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with pytest.raises(ConfigError, match=match):
        _config("--config", str(path))


def test_csv_file_trains(tmp_path):
    _write_files(tmp_path)
    from dlviz.training.trainer import Trainer

    t = Trainer(_config("--csv", str(tmp_path / "good.csv"), "--epochs", "3", "--batch-size", "8"))
    assert t.dataset.n_classes == 2 and t.n_train + len(t.y_val) == 40
    t.run(10**9)
    assert t.epoch == 3 and t.step == 3 * 4  # 32 training rows at batch 8


def test_hidden_layers_flag_keeps_units_from_config_file(tmp_path):
    """With a file saying hidden [4, 4], ``--hidden-layers 3`` gives (4, 4, 4): the
    missing unit count comes from the ``hidden`` given in the same call."""
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"hidden": [4, 4]}), encoding="utf-8")
    assert _config("--config", str(path), "--hidden-layers", "3").hidden == (4, 4, 4)
    assert Config.from_dict({"hidden": [4, 4], "hidden_layers": 3}).hidden == (4, 4, 4)


# -- every number is range-checked before anything is built ----------------------------------

HUGE_LAYERS = ["-1", "100000000", "10000000000", "99999999999999999999"]


def _one_line_error(capsys, rc, *words):
    out = capsys.readouterr()
    assert rc == 2, out
    assert out.out == "" and len(out.err.strip().splitlines()) == 1, out.err
    assert "Traceback" not in out.err
    for w in words:
        assert w in out.err, out.err
    return out.err


@pytest.mark.parametrize("value", HUGE_LAYERS)
def test_hidden_layers_out_of_range_is_one_line_at_once(value, capsys, tmp_path):
    rc = main(["train", "--hidden-layers", value, "--neurons", "4", "--epochs", "1"])
    _one_line_error(capsys, rc, "hidden_layers", value)
    cfg = tmp_path / "c.json"
    cfg.write_text(f'{{"hidden_layers": {value}, "neurons": 4, "epochs": 1}}', encoding="utf-8")
    rc = main(["train", "--config", str(cfg)])
    _one_line_error(capsys, rc, "hidden_layers")


INT_KEYS = ["samples", "classes", "batch_size", "epochs", "seed", "neurons", "decay_epochs", "warmup_epochs"]


@pytest.mark.parametrize("key", INT_KEYS)
@pytest.mark.parametrize("value", ["-1", "99999999999999999999", "1e400", "nan", "2.5"])
def test_every_integer_flag_is_checked(key, value, capsys):
    rc = main(["train", flag(key) + "=" + value, "--samples", "60"] if key != "samples" else
              ["train", flag(key) + "=" + value])
    _one_line_error(capsys, rc, key)


@pytest.mark.parametrize("key", ["lr", "noise", "val_fraction", "dropout", "weight_decay", "l1", "momentum",
                                 "beta1", "beta2", "leaky_slope", "elu_alpha", "lr_decay"])
@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400"])
def test_every_float_flag_must_be_finite(key, value, capsys):
    rc = main(["train", flag(key) + "=" + value, "--samples", "60", "--epochs", "1"])
    _one_line_error(capsys, rc, key)


@pytest.mark.parametrize("key", INT_KEYS + ["hidden_layers"])
def test_huge_integers_in_a_config_file(key, capsys, tmp_path):
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({key: 10**20}), encoding="utf-8")
    _one_line_error(capsys, main(["train", "--config", str(cfg)]), key)


# -- a CSV named in --config: checked up front, read once ------------------------------------


def test_csv_in_config_file_is_checked_before_training(tmp_path, capsys):
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"csv": str(tmp_path / "gone.csv"), "epochs": 1}), encoding="utf-8")
    _one_line_error(capsys, main(["train", "--config", str(cfg)]), "gone.csv")
    _one_line_error(capsys, main(["--config", str(cfg)]), "gone.csv")  # the window's --config too


def test_csv_in_config_file_is_read_once(tmp_path, capsys, monkeypatch):
    import dlviz.cli
    import dlviz.training.trainer

    _write_files(tmp_path)
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"csv": str(tmp_path / "good.csv"), "epochs": 2, "batch_size": 8}), encoding="utf-8")
    reads = []
    real = dlviz.cli.load_csv
    monkeypatch.setattr(dlviz.cli, "load_csv", lambda path: reads.append(path) or real(path))
    monkeypatch.setattr(dlviz.training.trainer, "load_csv", lambda path: pytest.fail("read the CSV again"))
    assert main(["train", "--config", str(cfg), "--json"]) == 0, capsys.readouterr().err
    assert reads == [str(tmp_path / "good.csv")]
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["steps"] == 2 * 4  # 32 training rows


def test_window_keeps_the_csv_it_read(tmp_path):
    """The window gets the Dataset itself; deleting the file later changes nothing."""
    from dlviz.cli import _window_args

    _write_files(tmp_path)
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"csv": str(tmp_path / "good.csv")}), encoding="utf-8")
    args = build_parser().parse_args(["--config", str(cfg), "--screenshot", str(tmp_path / "s.png")])
    window = _window_args(args)
    (tmp_path / "good.csv").unlink()
    assert window["config"].csv == str(tmp_path / "good.csv")
    assert window["dataset"].X.shape == (40, 2) and set(window["dataset"].class_names) == {"a", "b"}


# -- output paths are checked before training ------------------------------------------------


@pytest.mark.parametrize("where", ["file", "under-file"])
def test_bad_export_path_fails_before_training(tmp_path, capsys, where):
    taken = tmp_path / "taken"
    taken.write_text("x", encoding="utf-8")
    target = taken if where == "file" else taken / "figs"
    rc = main(["train", "--samples", "60", "--epochs", "3", "--export", str(target)])
    _one_line_error(capsys, rc, str(target))  # and no epoch line: nothing was trained


def test_unwritable_export_folder_fails_before_training(read_only_dir, capsys):
    rc = main(["train", "--samples", "60", "--epochs", "3", "--export", str(read_only_dir / "figs")])
    _one_line_error(capsys, rc, "Permission denied")


@pytest.mark.parametrize("where", ["no-folder", "a-folder"])
def test_bad_screenshot_path_is_one_line_and_exit_2(tmp_path, capsys, where):
    target = tmp_path / "nodir" / "x.png" if where == "no-folder" else tmp_path
    _one_line_error(capsys, main(["--screenshot", str(target)]), str(target))


# -- no display, version, environment --------------------------------------------------------


def test_no_display_says_how_to_get_pictures(monkeypatch, capsys):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    err = _one_line_error(capsys, main([]), "no display")
    assert "--screenshot" in err and "QT_QPA_PLATFORM=offscreen" in err


def test_no_display_check_runs_before_qt_in_a_fresh_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = "import sys; from dlviz.cli import main; rc = main([]); " \
           "assert 'PySide6' not in sys.modules; sys.exit(rc)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env,
                          cwd=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "no display" in proc.stderr


def test_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.strip() == f"dlviz {version('dlviz')}"


def test_importing_dlviz_leaves_the_environment_alone(tmp_path):
    code = ("import os, json; before = dict(os.environ); import dlviz, dlviz.cli, dlviz.ui.app, dlviz.ui.export; "
            "print(json.dumps([k for k in set(before) | set(os.environ) if before.get(k) != os.environ.get(k)]))")
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


def test_train_runs_with_blas_limited_to_one_thread(monkeypatch, capsys):
    import contextlib

    import dlviz.training.session as session
    from dlviz.training.trainer import Trainer

    inside = []
    real_limit, real_epoch = session.limit_blas_threads, Trainer.run_epoch

    @contextlib.contextmanager
    def limit():
        with real_limit():
            inside.append(True)
            yield
            inside.pop()

    def run_epoch(self):
        assert inside, "training outside limit_blas_threads()"
        return real_epoch(self)

    monkeypatch.setattr(session, "limit_blas_threads", limit)
    monkeypatch.setattr(Trainer, "run_epoch", run_epoch)
    assert main(["train", "--samples", "60", "--epochs", "2", "--json"]) == 0, capsys.readouterr().err


def test_an_export_that_fails_at_the_end_keeps_the_results(tmp_path, capsys, monkeypatch):
    from pathlib import Path

    import dlviz.ui.export as export

    def fail(trainer, folder, recorder=None):
        raise export.ExportError([Path(folder) / "loss.png"], [(Path(folder) / "network.png", "No space left on device")])

    monkeypatch.setattr(export, "export_headless", fail)
    rc = main(["train", "--samples", "60", "--epochs", "2", "--export", str(tmp_path), "--json"])
    out = capsys.readouterr()
    assert rc == 2
    summary = json.loads(out.out.strip().splitlines()[-1])
    assert summary["epochs"] == 2 and summary["exported"] == [str(tmp_path / "loss.png")]
    assert out.err.strip().splitlines() == [
        f"dlviz train: error: could not write 1 of 2 PNG files: {tmp_path / 'network.png'}: No space left on device"]


# -- issue 19: bad window timings, empty names, special targets, closed pipes, the divergence summary ---


@pytest.mark.parametrize("value", ["inf", "nan", "1e12", "-5", "-inf", "3601"])
def test_train_seconds_out_of_range_is_one_line(value, capsys, tmp_path):
    # inf, nan and 1e12 reached Qt's timer (a traceback, then a hang); -5 was taken silently.
    rc = main(["--screenshot", str(tmp_path / "s.png"), f"--train-seconds={value}"])
    err = _one_line_error(capsys, rc, "--train-seconds must be 0 to 3,600")
    assert not (tmp_path / "s.png").exists(), err


def test_train_seconds_goes_with_a_screenshot(capsys):
    _one_line_error(capsys, main(["--train-seconds", "3"]), "--train-seconds goes with --screenshot")


def test_the_window_s_limit_on_train_seconds_is_the_cli_s():
    import math

    from dlviz import cli
    from dlviz.ui import app

    assert app.MAX_TRAIN_SECONDS == cli.MAX_TRAIN_SECONDS
    for bad in (math.nan, math.inf, -1.0):  # a script calling run_app directly is stopped before Qt starts
        with pytest.raises(ValueError, match="train_seconds"):
            app.run_app(screenshot="x.png", train_seconds=bad)


EMPTY = [
    ["train", "--csv", ""], ["train", "--save", ""], ["train", "--export", ""], ["train", "--lesson", ""],
    ["train", "--history", ""], ["train", "--resume", ""], ["train", "--config", " "], ["lr-find", "--csv", ""],
    ["sweep", "--grid", "lr=0.1,0.2", "--csv", ""], ["paths", "--export", ""], ["--screenshot", ""],
    ["--lesson", ""], ["--config", ""], ["--open", ""],
]


@pytest.mark.parametrize("argv", EMPTY, ids=[" ".join(a) for a in EMPTY])
def test_an_empty_file_name_is_refused_not_ignored(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr()
    assert e.value.code == 2 and out.out == ""
    option = [a for a in argv if a.startswith("--") and a != "--grid"][-1]
    assert out.err.count("\n") == 1 and f"argument {option}: expected a " in out.err, out.err
    assert "got an empty string" in out.err and "Traceback" not in out.err


def test_an_empty_hidden_list_still_means_no_hidden_layer():
    assert _config("--hidden", "").hidden == ()


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux's /proc")
@pytest.mark.parametrize("argv", [["--screenshot", "/proc/x.png"], ["train", "--save", "/proc/x.dlviz"],
                                  ["train", "--history", "/proc/x.csv"], ["train", "--export", "/proc/figs"],
                                  ["paths", "--export", "/proc/figs"]])
def test_a_place_where_no_file_can_be_made_is_named_before_any_work(argv, capsys):
    # os.access says /proc is writable to root; the write at the end then named a hidden
    # temporary file (/proc/.x.png.kv3mb2lq.part) after the training was done.
    rc = main(argv + (["--samples", "60", "--epochs", "2"] if argv[0] == "train" else []))
    err = _one_line_error(capsys, rc, f"{argv[-1]}: cannot create a file in /proc")
    assert ".part" not in err and "/proc/." not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("argv", [["--screenshot"], ["train", "--save"], ["train", "--history"]])
def test_a_fifo_or_device_is_never_replaced_by_an_output_file(argv, capsys, tmp_path):
    # (A FIFO stands for /dev/null, which root's `dlviz --screenshot /dev/null` replaced with a PNG.)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    rc = main(argv + [str(fifo)] + (["--samples", "60", "--epochs", "2"] if argv[0] == "train" else []))
    _one_line_error(capsys, rc, f"{fifo}: not a regular file")
    assert not fifo.is_file()


def test_a_diverged_run_s_summary_agrees_with_its_step(capsys):
    rc = main(["train", "--dataset", "spiral", "--samples", "200", "--optimizer", "sgd", "--lr", "100",
               "--epochs", "20"])
    out = capsys.readouterr().out.strip().splitlines()
    assert rc == 0
    import re

    at = re.fullmatch(r"diverged at step (\d+), in epoch (\d+): the loss blew up \(try a smaller lr\)", out[-2])
    assert at, out
    step, epoch = int(at[1]), int(at[2])
    done = re.match(r"stopped there: (\d+) steps? trained \((\d+) whole epochs?\) in ", out[-1])
    assert done, out  # not "done: 0 epochs, 4 steps" after "diverged at step 5"
    assert int(done[1]) == step - 1 and int(done[2]) == epoch - 1
    rc = main(["train", "--dataset", "spiral", "--samples", "200", "--optimizer", "sgd", "--lr", "100",
               "--epochs", "20", "--json"])
    s = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (s["diverged_at_step"], s["steps"], s["epochs"]) == (step, step - 1, epoch - 1)


def test_one_epoch_is_singular(capsys):
    assert main(["train", "--samples", "60", "--epochs", "1"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("done: 1 epoch, ")


# Each command whose reader has gone before it writes a word (a pipe whose read end is
# closed: the first write fails, whatever the output's size). It used to end in a
# BrokenPipeError traceback (rc 1, or 120 from the flush at exit).
CLOSED_PIPE = {
    "paths-json": (["paths", "--json", "--steps", "3000"], 0),
    "paths": (["paths"], 0),
    "train": (["train", "--samples", "60", "--epochs", "3"], 0),
    "train-json": (["train", "--samples", "60", "--epochs", "3", "--json"], 0),
    "train-compare": (["train", "--samples", "60", "--epochs", "2", "--compare", "lr=0.01,0.1"], 0),
    "train-save": (["train", "--samples", "60", "--epochs", "2", "--save", "{tmp}/kept.dlviz"], 0),
    "train-bad": (["train", "--lr", "-1"], 2),
    "lessons": (["lessons"], 0),
    "lessons-json": (["lessons", "--json"], 0),
    "lr-find": (["lr-find", "--samples", "100"], 0),
    "sweep": (["sweep", "--grid", "lr=0.01,0.1", "--samples", "60", "--epochs", "2", "--workers", "1"], 0),
    "version": (["--version"], 0),
    "help": (["train", "--help"], 0),
    "screenshot": (["--screenshot", "{tmp}/shot.png", "--train-epochs", "1", "--size", "640x480"], 0),
}


@pytest.fixture(scope="module")
def closed_pipe(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pipe")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = {}
    for name, (args, _) in CLOSED_PIPE.items():
        read, write = os.pipe()
        os.close(read)  # the reader is gone before the command starts
        argv = [a.replace("{tmp}", str(tmp)) for a in args]
        procs[name] = subprocess.Popen([sys.executable, "-m", "dlviz", *argv], stdout=write, stderr=subprocess.PIPE,
                                       text=True, cwd=tmp, env=env)
        os.close(write)
    out = {}
    try:
        for name, p in procs.items():
            out[name] = (p.wait(timeout=240), p.stderr.read())
            p.stderr.close()
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.wait()
    return tmp, out


# ~16 processes at once (windows, sweeps, lessons): the slow tier; the quick one keeps the
# half-way reader and the closed stderr below.
@pytest.mark.slow
@pytest.mark.parametrize("name", list(CLOSED_PIPE))
def test_a_reader_that_went_away_ends_no_command_with_a_traceback(closed_pipe, name):
    tmp, out = closed_pipe
    rc, stderr = out[name]
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr and "Exception ignored" not in stderr, stderr
    assert rc == CLOSED_PIPE[name][1], stderr
    if name == "train-bad":
        assert stderr.count("\n") == 1 and "lr" in stderr
    else:
        assert stderr == ""
    if name == "train-save":  # the output nobody reads is dropped; the file is still written
        assert (tmp / "kept.dlviz").stat().st_size > 0
    if name == "screenshot":
        assert (tmp / "shot.png").stat().st_size > 0


def test_a_reader_that_stops_half_way_as_head_does(tmp_path):
    p = subprocess.Popen([sys.executable, "-m", "dlviz", "paths", "--json", "--steps", "5000"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    assert p.stdout.read(100).startswith(b'{"surface"')
    p.stdout.close()  # `| head -c 100`
    stderr = p.stderr.read().decode()
    p.stderr.close()
    assert p.wait(timeout=120) == 0, stderr
    assert stderr == ""


def test_a_closed_stderr_drops_the_error_line_and_keeps_the_status(tmp_path):
    read, write = os.pipe()
    os.close(read)
    proc = subprocess.run([sys.executable, "-m", "dlviz", "train", "--lr", "-1"], stdout=write, stderr=write,
                          cwd=tmp_path, timeout=120)
    os.close(write)
    assert proc.returncode == 2


def test_main_restores_the_streams(capsys):
    before = sys.stdout, sys.stderr
    main(["lessons"])
    assert (sys.stdout, sys.stderr) == before
    assert "Traceback" not in capsys.readouterr().err


# -- dlviz backprop: one sample, every number ------------------------------------------------

BACKPROP_LAYER_KEYS = {"layer", "kind", "z", "a", "f_prime", "delta", "grad_W", "grad_b", "mean_abs_delta"}


def _finite_numbers(obj, path="$"):
    """Every number in a parsed JSON value is finite (json.loads takes NaN and Infinity)."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            _finite_numbers(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            _finite_numbers(v, f"{path}[{i}]")
    elif isinstance(obj, float):
        assert math.isfinite(obj), path


def _no_constants(name):
    raise AssertionError(f"not valid JSON: {name}")


def test_backprop_json_has_every_field(capsys):
    rc = main(["backprop", "--dataset", "xor", "--samples", "120", "--hidden", "5,4", "--activation", "sigmoid",
               "--sample", "7", "--weight", "2,3,4", "--json"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    lines = out.out.strip().splitlines()
    assert len(lines) == 1 and lines[0].isascii()  # (δ, ←: escaped, so any locale can print it)
    r = json.loads(lines[0], parse_constant=_no_constants)  # strict: no NaN, no Infinity
    _finite_numbers(r)
    assert {"config", "weights", "sample", "layers", "loss", "probabilities", "predicted", "chain_rule", "update",
            "dropout", "sizes", "epochs_trained"} <= set(r)
    assert r["config"]["activation"] == "sigmoid" and r["config"]["epochs"] == 0 and r["epochs_trained"] == 0
    assert r["sizes"] == [2, 5, 4, 2]
    assert set(r["sample"]) >= {"index", "x", "features", "label"} and r["sample"]["index"] == 7
    assert len(r["sample"]["x"]) == 2 and r["sample"]["label"] in (0, 1)
    assert [len(w["W"]) for w in r["weights"]] == [5, 4, 2] and [len(w["W"][0]) for w in r["weights"]] == [2, 5, 4]
    assert [layer["kind"] for layer in r["layers"]] == ["hidden", "hidden", "output"]
    for layer, w in zip(r["layers"], r["weights"]):
        assert set(layer) == BACKPROP_LAYER_KEYS
        n = len(w["b"])
        assert len(layer["z"]) == len(layer["a"]) == len(layer["delta"]) == len(layer["grad_b"]) == n
        assert np.shape(layer["grad_W"]) == np.shape(w["W"])
        np.testing.assert_allclose(layer["grad_W"], np.outer(layer["delta"], r["sample"]["features"]
                                   if layer["layer"] == 1 else r["layers"][layer["layer"] - 2]["a"]))
        if layer["kind"] == "hidden":
            assert len(layer["f_prime"]) == n and max(layer["f_prime"]) <= 0.25
        else:
            assert layer["f_prime"] is None
    assert r["loss"] == pytest.approx(-math.log(r["probabilities"][r["sample"]["label"]]))
    c = r["chain_rule"]
    assert c["weight"] == "W_2[3,4]" and c["grad"] == r["layers"][1]["grad_W"][2][3]
    assert c["new_value"] == pytest.approx(c["value"] - c["lr"] * c["grad"])


def test_backprop_epochs_default_to_none_and_train_when_asked(capsys):
    from dlviz.cli import BACKPROP_DEFAULT_EPOCHS
    from dlviz.training.trainer import Trainer

    assert BACKPROP_DEFAULT_EPOCHS == 0
    base = ["backprop", "--samples", "100", "--hidden", "6", "--optimizer", "sgd", "--engine", "numpy",
            "--sample", "0", "--json"]
    assert main(base) == 0
    fresh = json.loads(capsys.readouterr().out)
    assert main(base + ["--epochs", "3"]) == 0
    trained = json.loads(capsys.readouterr().out)
    assert fresh["steps_trained"] == 0 and trained["epochs_trained"] == 3 and trained["steps_trained"] > 0
    t = Trainer(Config.from_dict({**fresh["config"], "epochs": 3}))  # the weights of `dlviz train --epochs 3`
    for _ in range(3):
        t.run_epoch()
    np.testing.assert_array_equal(np.array(trained["weights"][0]["W"]), t.net.weights[0].T.astype(np.float64))
    assert trained["weights"] != fresh["weights"]


def test_backprop_text(capsys):
    rc = main(["backprop", "--hidden", "3,3", "--activation", "tanh", "--sample", "4"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    text = out.out
    for words in ("sample 4", "dropout off", "forward:", "z_1 = W_1 x + b_1", "a_2 = tanh(z_2)", "p = softmax(z_3)",
                  "loss: −log p_", "backward:", "δ_3 = p − y", "δ_1 = (W_2ᵀ δ_2) ⊙ f′(z_1)",
                  "chain rule for W_1[1,1]", "W_1[1,1] ←", "update w ← w − η·g"):
        assert words in text, words
    assert "{" not in text


@pytest.mark.parametrize("argv, words", [
    (["--sample", "400"], ["0 to 399", "400"]),
    (["--sample", "-1"], ["0 to 399", "-1"]),
    (["--sample", "two"], ["--sample", "whole number"]),
    (["--sample", "1", "--epochs", "-1"], ["epochs", "-1"]),
    (["--sample", "1", "--epochs", "1.5"], ["epochs"]),
    (["--sample", "1", "--weight", "4,1,1"], ["layer must be 1 to 3"]),
    (["--sample", "1", "--weight", "1,17,1"], ["units 1 to 16"]),
    (["--sample", "1", "--weight", "1,1"], ["--weight", "L,J,I"]),
    (["--sample", "1", "--lr", "-1"], ["lr"]),
])
def test_backprop_bad_input_is_one_line(argv, words, capsys):
    rc = main(["backprop", *argv])
    _one_line_error(capsys, rc, *words)


def test_backprop_needs_a_sample(capsys):
    with pytest.raises(SystemExit) as e:  # (argparse's own one-line error)
        main(["backprop", "--json"])
    assert e.value.code == 2
    out = capsys.readouterr()
    assert out.out == "" and "--sample" in out.err and len(out.err.strip().splitlines()) == 1
