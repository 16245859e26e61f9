"""Experiment files: saved and resumed equals straight, bit for bit; every kind of bad file is one clear message."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest

from dlviz.cli import main
from dlviz.config import Config
from dlviz.training import experiment as ex
from dlviz.training.trainer import Trainer

RESULT_KEYS = ("epochs", "steps", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "diverged")


def trained(config: Config, steps: int | None = None) -> Trainer:
    t = Trainer(config)
    if steps is not None:
        t.run(steps)
    while steps is None and not t.finished:
        t.run_epoch()
    return t


def same_history(a: Trainer, b: Trainer) -> None:
    for k in Trainer.HISTORY_FIELDS:
        if k != "seconds":  # wall time
            np.testing.assert_array_equal(getattr(a.history, k).view(), getattr(b.history, k).view(), err_msg=k)


@pytest.mark.parametrize("engine", ["numpy", "compiled"])
@pytest.mark.parametrize("extra", [dict(), dict(dropout=0.3, optimizer="momentum"), dict(optimizer="rmsprop", l1=1e-3)])
def test_saved_and_resumed_equals_straight(tmp_path, extra, engine):
    cfg = Config(samples=150, hidden=(8, 8), epochs=8, engine=engine, **extra)
    straight = trained(cfg)
    half = trained(cfg.replace(epochs=4))
    path = ex.save(tmp_path / "r.dlviz", [ex.SavedRun("half", half)])
    (run,) = ex.load(path)
    t = run.trainer
    t.apply_live(t.config.replace(epochs=8))
    while not t.finished:
        t.run_epoch()
    np.testing.assert_array_equal(t.net.flat, straight.net.flat)
    same_history(t, straight)


@pytest.mark.parametrize("engine", ["numpy", "compiled"])
def test_a_run_saved_mid_epoch_goes_on_the_same(tmp_path, engine):
    cfg = Config(samples=150, hidden=(6,), epochs=3, dropout=0.2, engine=engine)
    straight = trained(cfg)
    (run,) = ex.load(ex.save(tmp_path / "m.dlviz", [ex.SavedRun("mid", trained(cfg, steps=5))]))
    while not run.trainer.finished:
        run.trainer.run_epoch()
    np.testing.assert_array_equal(run.trainer.net.flat, straight.net.flat)
    same_history(run.trainer, straight)


@pytest.mark.parametrize("engine", ["numpy", "compiled"])
def test_cli_20_saved_and_20_resumed_equal_40_straight(tmp_path, capsys, engine):
    base = ["train", "--samples", "200", "--hidden", "8", "--schedule", "step", "--json", "--engine", engine]
    saved = tmp_path / "run.dlviz"
    assert main([*base, "--epochs", "20", "--save", str(saved)]) == 0
    capsys.readouterr()
    assert main(["train", "--resume", str(saved), "--epochs", "20", "--json"]) == 0
    resumed = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert main([*base, "--epochs", "40"]) == 0
    straight = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert {k: resumed[k] for k in RESULT_KEYS} == {k: straight[k] for k in RESULT_KEYS}


def test_a_csv_run_keeps_its_data_in_the_file(tmp_path):
    csv = tmp_path / "pts.csv"
    csv.write_text("x1,x2,label\n" + "".join(f"{i / 10},{i % 7 / 10},{'ab'[i % 2]}\n" for i in range(50)))
    t = Trainer(Config(csv=str(csv), hidden=(4,), epochs=2))
    t.run_epoch()
    path = ex.save(tmp_path / "c.dlviz", [ex.SavedRun("csv", t)])
    csv.unlink()
    (run,) = ex.load(path)
    assert run.trainer.dataset.class_names == ("a", "b")
    np.testing.assert_array_equal(run.trainer.dataset.X, t.dataset.X)


# -- bad files: one message naming the problem --------------------------------------------------


def good_file(tmp_path) -> bytes:
    t = trained(Config(samples=60, hidden=(4,), epochs=1))
    return ex.save(tmp_path / "good.dlviz", [ex.SavedRun("g", t)]).read_bytes()


def rewrite(data: bytes, change) -> bytes:
    """A copy of the archive with ``change(name, bytes)`` -> (name, bytes) or None applied to each member."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            got = change(info.filename, src.read(info))
            if got is not None:
                dst.writestr(got[0], got[1])
    return out.getvalue()


def npz(**arrays) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def _manifest(version):
    return lambda n, b: (n, json.dumps({**json.loads(b), "version": version}).encode()) if n == "manifest.json" \
        else (n, b)


def _state(arrays):
    def change(n, b):
        if n.endswith("state.npz"):
            with np.load(io.BytesIO(b)) as f:
                a = {k: f[k] for k in f.files}
            return n, npz(**arrays(a))
        return n, b
    return change


BAD = {
    "not a zip": (lambda data: b"just some text", "not a dlviz file"),
    "truncated": (lambda data: data[: len(data) // 2], "not a dlviz file, or cut short"),
    "missing manifest": (lambda data: rewrite(data, lambda n, b: None if n == "manifest.json" else (n, b)),
                         "manifest.json is missing"),
    "newer version": (lambda data: rewrite(data, _manifest(99)), "newer dlviz"),
    "wrong array shapes": (lambda data: rewrite(data, _state(lambda a: {**a, "params": a["params"][:-3]})),
                           "params has shape"),
    "pickled array": (lambda data: rewrite(data, _state(lambda a: {**a, "params": np.array([{"x": 1}], object)})),
                      "pickle"),
    "path traversal": (lambda data: rewrite(data, lambda n, b: ("../evil.json", b) if n.endswith("config.json")
                                            else (n, b)), "points outside the archive"),
}


@pytest.mark.parametrize("kind", [*BAD, "huge declared size"])
def test_a_bad_file_is_one_clear_message(tmp_path, kind, capsys):
    data = good_file(tmp_path)
    path = tmp_path / "bad.dlviz"
    if kind == "huge declared size":
        path.write_bytes(data)
        (member,) = [i for i in zipfile.ZipFile(path).infolist() if i.filename.endswith("state.npz")]
        blob = bytearray(data)
        # The central directory's uncompressed size for that member: claim 4 GB - 1.
        at = data.rfind(b"PK\x01\x02", 0, data.rfind(member.filename.encode()))
        blob[at + 24 : at + 28] = (0xFFFFFFFE).to_bytes(4, "little")
        path.write_bytes(bytes(blob))
        words = "declares"
    else:
        make, words = BAD[kind]
        path.write_bytes(make(data))
    with pytest.raises(ex.ExperimentError, match=words):
        ex.load(path)
    before = path.read_bytes()
    assert main(["train", "--resume", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(path) in err[0]
    assert path.read_bytes() == before  # reading changed nothing


def test_a_failed_save_leaves_the_old_file(tmp_path, monkeypatch):
    import os

    target = tmp_path / "keep.dlviz"
    target.write_bytes(b"old")

    def full(*a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError):
        ex.save(target, [ex.SavedRun("x", trained(Config(samples=60, hidden=(4,), epochs=1)))])
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["keep.dlviz"]


def _ghost(t: Trainer, name="pinned"):
    from dlviz.training.ghosts import Ghost

    h = t.history
    curves = {"epoch_step": h.epoch_step.view().astype(float), "epoch_seconds": h.seconds.view(),
              "train_loss": h.train_loss.view(), "train_acc": h.train_acc.view(),
              "val_loss": h.val_loss.view(), "val_acc": h.val_acc.view()}
    ds = t.dataset
    return Ghost(name=name, config=t.config, class_names=tuple(ds.class_names), bounds=tuple(ds.bounds),
                 grid=t.predict_grid(20).astype(np.float32), X_train=t.X_train_raw[:50], y_train=t.y_train[:50],
                 curves=curves, epoch=t.epoch)


def test_pinned_runs_and_the_window_state_come_back(tmp_path):
    t = trained(Config(samples=60, hidden=(4,), epochs=2))
    g = _ghost(t, "first").shown(False)
    path = ex.save(tmp_path / "w.dlviz", [ex.SavedRun("run", t)], window={"focus": 0, "layout": "all"}, ghosts=[g])
    got = ex.load_experiment(path)
    assert got.window == {"focus": 0, "layout": "all"}
    [back] = got.ghosts
    assert (back.name, back.visible, back.epoch, back.config) == ("first", False, 2, t.config)
    assert np.array_equal(back.grid, g.grid) and np.array_equal(back.curves["val_loss"], g.curves["val_loss"])


@pytest.mark.parametrize("change, words", [
    (lambda a: {**a, "grid": a["grid"][0]}, "grid has shape"),
    (lambda a: {**a, "val_loss": a["val_loss"][:-1]}, "one row per epoch"),
    (lambda a: {k: v for k, v in a.items() if k != "X_train"}, "X_train is missing"),
])
def test_a_bad_pinned_run_is_one_clear_message(tmp_path, change, words):
    t = trained(Config(samples=60, hidden=(4,), epochs=2))
    data = ex.save(tmp_path / "w.dlviz", [ex.SavedRun("run", t)], ghosts=[_ghost(t)]).read_bytes()

    def edit(n, b):
        if n.endswith("ghost.npz"):
            with np.load(io.BytesIO(b)) as f:
                return n, npz(**change({k: f[k] for k in f.files}))
        return n, b
    bad = tmp_path / "bad.dlviz"
    bad.write_bytes(rewrite(data, edit))
    with pytest.raises(ex.ExperimentError, match=words) as e:
        ex.load_experiment(bad)
    assert "bad.dlviz" in str(e.value) and "ghosts/0/" in str(e.value)


def test_a_diverged_run_and_its_pin_save_and_open(tmp_path):
    """A run that blew up records the step it was taking (one past the last it kept):
    its file must open again, pin included (a stricter check once refused it)."""
    t = Trainer(Config(samples=60, hidden=(4,), epochs=50, lr=100, optimizer="sgd"))
    while not (t.finished or t.diverged):
        t.run_epoch()
    assert t.diverged and t.diverged_at_step == t.step + 1
    g = _ghost(t, "blew up")
    path = ex.save(tmp_path / "d.dlviz", [ex.SavedRun("run", t)], ghosts=[g])
    got = ex.load_experiment(path)
    [run] = got.runs
    assert run.trainer.diverged and run.trainer.diverged_at_step == t.diverged_at_step
    assert got.ghosts[0].name == "blew up"
