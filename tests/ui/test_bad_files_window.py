"""Bad files in the window (issue 19 items 7, 10, 11): File ▸ Open (and --open, which takes the
same path) of a bad or special file shows one translated warning and changes nothing; a pinned
run that cannot be drawn never crashes the app; a corrupt stored config never stops it starting.
(The catalogue of bad files itself: tests/training/test_bad_files.py.)"""

from __future__ import annotations

import io
import json
import os
import zipfile

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from dlviz.config import Config
from dlviz.training import experiment as ex
from dlviz.training import ghosts as gh
from dlviz.training.trainer import Trainer
from dlviz.ui import runs
from dlviz.ui import settings as stored

pytestmark = pytest.mark.timeout(180)  # a FIFO read in the GUI thread would hang: fail instead
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                                reason="FIFOs and /dev/zero are POSIX")
TIMEOUT = 30_000  # ms; the machine may be busy


def _trainer() -> Trainer:
    t = Trainer(Config(samples=60, hidden=(4,), epochs=2))
    while not t.finished:
        t.run_epoch()
    return t


def _ghost(t: Trainer, **changes) -> gh.Ghost:
    h, ds = t.history, t.dataset
    curves = {"epoch_step": h.epoch_step.view().astype(float), "epoch_seconds": h.seconds.view(),
              "train_loss": h.train_loss.view(), "train_acc": h.train_acc.view(),
              "val_loss": h.val_loss.view(), "val_acc": h.val_acc.view()}
    g = gh.Ghost(name="pinned", config=t.config, class_names=tuple(ds.class_names), bounds=tuple(ds.bounds),
                 grid=t.predict_grid(16).astype(np.float32), X_train=np.array(t.X_train_raw[:40]),
                 y_train=np.array(t.y_train[:40]), curves=curves, epoch=t.epoch)
    import dataclasses

    return dataclasses.replace(g, **changes)


@pytest.fixture(scope="module")
def trainer():
    return _trainer()


def _edited(data: bytes, name: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info)
            dst.writestr(info.filename, change(blob) if info.filename == name else blob)
    return out.getvalue()


def _json_key(k, v):
    return lambda blob: json.dumps({**json.loads(blob), k: v}).encode()


def _npz_key(k, f):
    def change(blob):
        with np.load(io.BytesIO(blob)) as z:
            arrays = {n: z[n] for n in z.files}
        arrays[k] = f(arrays[k])
        buf = io.BytesIO()
        np.savez(buf, **arrays)
        return buf.getvalue()
    return change


EDITS = {
    "ghost bounds all zero": ("ghosts/0/ghost.json", _json_key("bounds", [0, 0, 0, 0])),
    "ghost bounds NaN": ("ghosts/0/ghost.json", _json_key("bounds", [float("nan")] * 4)),
    "ghost X_train infinite": ("ghosts/0/ghost.npz", _npz_key("X_train", lambda a: a + np.inf)),
    "ghost epoch Infinity": ("ghosts/0/ghost.json", _json_key("epoch", float("inf"))),
    "ghost diverged_at_step a list": ("ghosts/0/ghost.json", _json_key("diverged_at_step", [])),
    "step Infinity": ("runs/0/state.json", _json_key("step", float("inf"))),
    "optimizer_t 400 digits": ("runs/0/state.json", _json_key("optimizer_t", 10 ** 400)),
    "window 100k deep": ("window.json", lambda blob: b"[" * 100_000 + b"]" * 100_000),
    "manifest 100k deep": ("manifest.json", lambda blob: b"[" * 100_000 + b"]" * 100_000),
}


@pytest.mark.parametrize("changes", [dict(bounds=(0.0, 0.0, 0.0, 0.0)), dict(bounds=(np.nan,) * 4),
                                     dict(bounds=(-1.0, np.inf, -1.0, 1.0)), dict(X_train="inf"),
                                     dict(grid="nan"), dict(X_train="huge")])
def test_a_thumbnail_of_any_ghost_draws_and_ends_its_painter(qapp, trainer, changes):
    """A pinned run's tile raised on degenerate bounds and left its QPainter active: SIGSEGV."""
    g = _ghost(trainer)
    if changes.get("X_train") == "inf":
        changes = dict(X_train=g.X_train + np.inf)
    elif changes.get("X_train") == "huge":
        changes = dict(X_train=g.X_train * 1e300)
    elif changes.get("grid") == "nan":
        changes = dict(grid=g.grid * np.nan)
    pix = runs.thumbnail(_ghost(trainer, **changes))
    assert (pix.width(), pix.height()) == (runs.THUMB, runs.THUMB)
    assert not pix.paintingActive()
    assert runs.describe(_ghost(trainer, **changes))


def _box(w, qtbot) -> str:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in w.findChildren(QMessageBox, "open_failed")), timeout=TIMEOUT)
    box = next(b for b in w.findChildren(QMessageBox, "open_failed") if b.isVisible())
    text = box.text()
    box.close()
    return text


def _special(tmp_path, kind) -> str:
    if kind == "/dev/zero":
        return kind
    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe.dlviz")
        return str(tmp_path / "pipe.dlviz")
    if kind == "symlink to /dev/zero":
        (tmp_path / "z.dlviz").symlink_to("/dev/zero")
        return str(tmp_path / "z.dlviz")
    (tmp_path / "folder.dlviz").mkdir()
    return str(tmp_path / "folder.dlviz")


@needs_fifo
def test_opening_bad_files_in_the_window_warns_once_each_and_changes_nothing(open_window, qtbot, tmp_path, trainer):
    w = open_window(Config(samples=100, hidden=(4,)))
    good = ex.save(tmp_path / "good.dlviz", [ex.SavedRun("run", trainer)], window={"focus": 0},
                   ghosts=[_ghost(trainer)]).read_bytes()
    config, run_id, ghosts = w.controller.config, w.controller.run_id, w.pinned.ghosts
    cases = {kind: tmp_path / f"{i}.dlviz" for i, kind in enumerate(EDITS)}
    for kind, path in cases.items():
        name, change = EDITS[kind]
        path.write_bytes(_edited(good, name, change))
    specials = {kind: _special(tmp_path, kind) for kind in ("/dev/zero", "fifo", "symlink to /dev/zero", "folder")}
    for kind, path in [*cases.items(), *specials.items()]:
        assert w.open_experiment(path) is False, kind
        text = _box(w, qtbot)
        assert str(path) in text and "\n" not in text.strip(), (kind, text)
        assert (w.controller.config, w.controller.run_id, w.pinned.ghosts) == (config, run_id, ghosts), kind
    assert w.controller.state.name != "ERROR"
    assert w.open_experiment(tmp_path / "good.dlviz") is True  # the window still works
    assert len(w.pinned.ghosts) == 1 and w.runs.list.list.count() == 1


@pytest.fixture
def korean(qapp):
    from dlviz.ui import i18n

    assert i18n.install(qapp, "ko") == "ko", "the Korean translation did not load"
    yield
    i18n.uninstall(qapp)


@needs_fifo
def test_a_special_file_reads_in_korean(korean, open_window, qtbot, tmp_path):
    w = open_window(Config(samples=100, hidden=(4,)))
    os.mkfifo(tmp_path / "파이프.dlviz")
    assert not w.open_experiment(tmp_path / "파이프.dlviz")
    text = _box(w, qtbot)
    assert "파이프.dlviz" in text and "일반 파일이 아닙니다" in text, text


def _ini(tmp_path, raw) -> QSettings:
    s = QSettings(str(tmp_path / "dlviz.ini"), QSettings.IniFormat)
    s.setValue("config", raw)
    s.sync()
    return QSettings(str(tmp_path / "dlviz.ini"), QSettings.IniFormat)


@pytest.mark.parametrize("raw", ["[" * 100_000 + "]" * 100_000, '{"lr": ' + "[" * 5000 + "]" * 5000 + "}",
                                 '{"lr": 0.1, "pad": "' + "x" * 300_000 + '"}', '{"option_values": 5}',
                                 '{"samples": ' + "9" * 5000 + "}"],
                         ids=["100k deep", "lr 5000 deep", "300 KB", "option_values", "5000 digits"])
def test_a_corrupt_stored_config_is_dropped_and_the_window_starts(qtbot, tmp_path, raw):
    """A stored config that made json.loads raise RecursionError stopped dlviz from ever starting again."""
    from dlviz.ui.main_window import MainWindow

    s = _ini(tmp_path, raw)
    cfg, bad = stored.stored_config(s)
    assert bad and (cfg is None or cfg == Config())
    w = MainWindow(settings=s)
    qtbot.addWidget(w)
    w.show()
    try:
        qtbot.waitUntil(lambda: w.frame is not None, timeout=TIMEOUT)
        assert w.config == Config()
        assert "reset" in w.statusBar().currentMessage()
    finally:
        w.close()
