"""Image data in the window: picking digits while training, File ▸ Open image folder…
(loaded in the background; a bad folder gets one translated message and changes nothing)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from dlviz.config import Config
from dlviz.training.messages import RunState

pytestmark = pytest.mark.timeout(180)
TIMEOUT = 30_000  # ms; the machine may be busy


def _png(path: Path, ink: tuple[int, int, int, int]) -> None:
    im = QImage(10, 10, QImage.Format.Format_RGB32)
    im.fill(QColor("white"))
    x0, y0, x1, y1 = ink
    for x in range(x0, x1):
        for y in range(y0, y1):
            im.setPixelColor(x, y, QColor("black"))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert im.save(str(path))


def _folder(root: Path, n: int = 6) -> Path:
    for i in range(n):
        _png(root / "left" / f"{i}.png", (0, 0, 3 + i % 2, 10))
        _png(root / "right" / f"{i}.png", (6 - i % 2, 0, 10, 10))
    return root


def _warnings(w) -> list[QMessageBox]:
    return [b for b in w.findChildren(QMessageBox) if b.isVisible()]


def test_picking_digits_while_training_trains_on_images_without_an_error(open_window, qtbot):
    w = open_window(Config(samples=100, hidden=(8,)))
    w.controller.play()
    qtbot.waitUntil(lambda: w.frame.snap.epoch >= 1, timeout=TIMEOUT)
    w.panel.findChild(object, "dataset").setCurrentText("digits")  # as a user picks it
    qtbot.waitUntil(lambda: w.frame is not None and w.frame.info.class_names[-1] == "9"
                    and w.frame.evaluation is not None and w.frame.snap.epoch >= 1, timeout=TIMEOUT)
    c = w.config
    # Its own defaults came with it (the user had set hidden=(8,) and samples=100: kept).
    assert c.dataset == "digits" and c.features == ("pixels",) and c.hidden == (8,) and c.samples == 100
    assert w.frame.grid is None and w.frame.info.sizes[0] == 64 and w.controller.state != RunState.ERROR
    assert w.frame.evaluation.confusion.sum() == len(w.frame.info.y_val)
    assert not w.controller.error and not _warnings(w)
    # Pinning (drawn as regions over the plane) says no, once, instead of failing.
    notices = []
    w.pinned.notice.connect(notices.append)
    assert w.pinned.pin() is False and w.pinned.ghosts == () and len(notices) == 1 and "2-D points" in notices[0]
    # Pixels only for images: the 2-D features' boxes are hidden, and back for points.
    features = w.panel.findChild(object, "features")
    assert features.box("pixels").isVisible() and not features.box("x1").isVisible()
    w.panel.findChild(object, "dataset").setCurrentText("moons")
    qtbot.waitUntil(lambda: w.frame.info.sizes[0] == 2 and w.frame.grid is not None, timeout=TIMEOUT)
    assert w.config.features == ("x1", "x2") and features.box("x1").isVisible()
    assert not features.box("pixels").isVisible()


def test_open_image_folder_loads_in_the_background_and_trains_on_it(open_window, qtbot, tmp_path):
    w = open_window(Config(samples=100, hidden=(8,)))
    root = _folder(tmp_path / "sides")
    (root / "left" / "zz_broken.png").write_bytes(b"not a png")
    notes = []
    w.csv_loader.folder_note.connect(notes.append)
    action = next(a for a in w.menus["file"].actions() if a.objectName() == "open_image_folder")
    assert action.text() == "Open image folder…"
    with qtbot.waitSignal(w.csv_loaded, timeout=TIMEOUT) as ended:
        w.load_image_folder(root)
    assert ended.args == [True]
    assert len(notes) == 1 and "skipped 1 file(s)" in notes[0] and "zz_broken.png" in notes[0]
    assert w.config.image_folder == str(root) and w.config.features == ("pixels",) and w.config.csv == ""
    ds = w.csv_dataset
    assert ds.image_shape == (16, 16) and ds.class_names == ("left", "right") and len(ds) == 12
    qtbot.waitUntil(lambda: w.frame.info.class_names == ("left", "right") and w.frame.evaluation is not None,
                    timeout=TIMEOUT)
    assert w.frame.info.sizes[0] == 256
    # A toy dataset replaces the folder.
    w.controller.set_value("dataset", "xor")
    assert w.config.image_folder == "" and w.csv_dataset is None


@pytest.mark.parametrize("what", ["single_class", "empty", "file"])
def test_a_bad_folder_gets_one_message_and_nothing_changes(open_window, qtbot, tmp_path, what):
    w = open_window(Config(samples=100, hidden=(8,)))
    before, run_id = w.config, w.run_id
    if what == "single_class":
        bad = tmp_path / "one"
        _png(bad / "only" / "a.png", (0, 0, 2, 2))
    elif what == "empty":
        bad = tmp_path / "empty"
        bad.mkdir()
    else:
        bad = tmp_path / "a.png"
        _png(bad, (0, 0, 2, 2))
    with qtbot.waitSignal(w.csv_loaded, timeout=TIMEOUT) as ended:
        w.load_image_folder(bad)
    assert ended.args == [False]
    qtbot.waitUntil(lambda: len(_warnings(w)) == 1, timeout=TIMEOUT)
    box = _warnings(w)[0]
    assert box.objectName() == "folder_failed" and box.windowTitle() == "Cannot open the image folder"
    assert {"single_class": "only one class", "empty": "no images found", "file": "not a folder"}[what] in box.text()
    assert w.config == before and w.run_id == run_id and w.csv_dataset is None
    box.close()


def test_esc_cancels_a_long_folder_load(open_window, qtbot, tmp_path):
    w = open_window(Config(samples=100, hidden=(8,)))
    root = tmp_path / "many"
    _folder(root, 2)
    for c in ("left", "right"):
        data = (root / c / "0.png").read_bytes()
        for i in range(2, 3000):
            (root / c / f"{i}.png").write_bytes(data)
    before = w.config
    with qtbot.waitSignal(w.csv_loaded, timeout=TIMEOUT) as ended:
        w.load_image_folder(root)
        assert w.cancel_csv_action.isEnabled()
        w.cancel_csv_action.trigger()
    assert ended.args == [False]
    assert w.config == before and not _warnings(w)
    assert w.csv_dataset is None and w.config.image_folder == ""


def test_a_stored_image_folder_is_not_read_again_at_start(tmp_path):
    """The window remembers its config; an image folder (like a CSV) is not reopened at the
    next start: the run starts on the generated data, without the pixel features."""
    import json

    from PySide6.QtCore import QSettings

    from dlviz.ui import settings as stored

    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    mine = Config(image_folder="/gone/pets", lr=0.05, hidden=(32,))
    s.setValue("config", json.dumps(mine.to_dict()))
    cfg, bad = stored.stored_config(s)
    assert not bad and cfg.image_folder == "" and cfg.features == ("x1", "x2") and cfg.data_kind == "points"
    assert cfg.lr == 0.05 and cfg.hidden == (32,)  # the rest as it was
