"""Your own images: a folder of class sub-folders read with Qt's image reader, and the
one clear message each bad folder gets (here and on the command line)."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from dlviz.data import DataError, LoadCancelled
from dlviz.ui import image_folder
from dlviz.ui.image_folder import load_image_folder

ROOT = Path(__file__).resolve().parents[2]


def _image(path: Path, w: int, h: int, ink: tuple[int, int, int, int], colour=False) -> None:
    """A white w x h image with a black (or red) rectangle at ink = (x0, y0, x1, y1) (exclusive)."""
    im = QImage(w, h, QImage.Format.Format_RGB32)
    im.fill(QColor("white"))
    x0, y0, x1, y1 = ink
    for x in range(x0, x1):
        for y in range(y0, y1):
            im.setPixelColor(x, y, QColor("red" if colour else "black"))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert im.save(str(path))


def _folder(tmp_path: Path) -> Path:
    """Two classes: "bars" (a vertical bar on the left) and "blocks" (a bottom block)."""
    root = tmp_path / "mine"
    for i in range(4):
        _image(root / "bars" / f"{i}.png", 16, 16, (0, 0, 4 + i % 2, 16))
        _image(root / "blocks" / f"{i}.jpg", 16, 16, (0, 10, 16, 16))
    return root


def test_a_folder_of_class_subfolders_becomes_a_grey_image_dataset(tmp_path):
    root = _folder(tmp_path)
    (root / "readme.txt").write_text("not an image, beside the classes: ignored")
    (root / "bars" / "notes.txt").write_text("not an image type: ignored")
    loaded = load_image_folder(root, size=8)
    ds = loaded.dataset
    assert loaded.skipped == 0 and loaded.note() is None
    assert ds.kind == "image" and ds.image_shape == (8, 8) and ds.class_names == ("bars", "blocks")
    assert ds.name == "mine" and len(ds) == 8 and np.bincount(ds.y).tolist() == [4, 4]
    # Dark ink on white paper: ink becomes 1, paper 0 (as the digits have it).
    bar = ds.X[ds.y == 0][0].reshape(8, 8)
    assert bar[:, 0].min() > 0.9 and bar[:, -1].max() < 0.1
    block = ds.X[ds.y == 1][0].reshape(8, 8)
    assert block[-1].min() > 0.8 and block[0].max() < 0.15  # (JPEG: nearly)


def test_mixed_sizes_and_colours_are_scaled_to_the_chosen_size(tmp_path):
    root = tmp_path / "mixed"
    _image(root / "a" / "big.png", 120, 60, (0, 0, 60, 60), colour=True)  # the left half red
    _image(root / "a" / "small.png", 5, 5, (0, 0, 2, 5))
    _image(root / "b" / "tall.jpeg", 30, 90, (0, 45, 30, 90))
    ds = load_image_folder(root, size=12).dataset
    assert ds.X.shape == (3, 144) and ds.image_shape == (12, 12)
    big = ds.X[0].reshape(12, 12)
    assert big[:, :5].mean() > 0.5 > big[:, 7:].mean()  # red ink made grey, then ink


@pytest.mark.parametrize("size", [7, 29, 16.0])
def test_the_size_must_be_8_to_28(tmp_path, size):
    with pytest.raises(DataError, match="8 to 28"):
        load_image_folder(_folder(tmp_path), size=size)


def _bad(tmp_path: Path, what: str) -> Path:
    if what == "missing":
        return tmp_path / "nowhere"
    if what == "file":
        p = tmp_path / "a.png"
        _image(p, 8, 8, (0, 0, 1, 1))
        return p
    root = tmp_path / what
    root.mkdir()
    if what == "empty_subfolders":
        (root / "a").mkdir()
        (root / "b").mkdir()
        (root / "b" / "x.txt").write_text("x")
    elif what == "single_class":
        for i in range(3):
            _image(root / "cats" / f"{i}.png", 8, 8, (0, 0, 2, 2))
    elif what == "all_unreadable":
        for c in ("a", "b"):
            (root / c).mkdir()
            (root / c / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    return root


@pytest.mark.parametrize("what, needle", [
    ("missing", "no such folder"),
    ("file", "not a folder"),
    ("empty", "no images found"),
    ("empty_subfolders", "no images found"),
    ("single_class", "only one class (cats)"),
    ("all_unreadable", "no images found"),
])
def test_each_bad_folder_gets_one_clear_message(tmp_path, what, needle):
    with pytest.raises(DataError) as err:
        load_image_folder(_bad(tmp_path, what))
    text = str(err.value)
    assert needle in text and "\n" not in text


@pytest.mark.parametrize("what, needle", [("single_class", "only one class"), ("empty", "no images found")])
def test_the_cli_says_it_in_one_line_and_exits_2(tmp_path, what, needle):
    folder = _bad(tmp_path, what)
    r = subprocess.run([sys.executable, "-m", "dlviz", "train", "--image-folder", str(folder), "--epochs", "1"],
                       capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                       timeout=120)
    assert r.returncode == 2 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in r.stderr


def test_the_cli_trains_on_a_folder_and_notes_skipped_files(tmp_path):
    root = _folder(tmp_path)
    (root / "bars" / "corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    r = subprocess.run([sys.executable, "-m", "dlviz", "train", "--image-folder", str(root), "--image-size", "8",
                        "--epochs", "3", "--json"],
                       capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                       timeout=120)
    assert r.returncode == 0, r.stderr
    notes = [line for line in r.stderr.splitlines() if "skipped" in line]
    assert len(notes) == 1 and "skipped 1 file" in notes[0] and "corrupt.png" in notes[0]
    assert '"epochs": 3' in r.stdout.splitlines()[-1]


def test_unreadable_files_are_skipped_and_counted(tmp_path):
    root = _folder(tmp_path)
    (root / "bars" / "zz_corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    (root / "blocks" / "empty.jpg").write_bytes(b"")
    loaded = load_image_folder(root, size=8)
    assert len(loaded.dataset) == 8 and loaded.skipped == 2
    assert loaded.first_skipped == os.path.join("bars", "zz_corrupt.png")
    assert "skipped 2 file(s)" in str(loaded.note())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_never_opened_but_skipped(tmp_path):
    root = _folder(tmp_path)
    os.mkfifo(root / "bars" / "pipe.png")  # opening it for reading would block for ever
    loaded = load_image_folder(root, size=8)
    assert loaded.skipped == 1 and loaded.first_skipped.endswith("pipe.png") and len(loaded.dataset) == 8


def test_too_many_files_are_refused_before_any_is_read(tmp_path, monkeypatch):
    root = _folder(tmp_path)
    monkeypatch.setattr(image_folder, "MAX_IMAGES", 7)
    read = []
    monkeypatch.setattr(image_folder, "_read", lambda *a: read.append(a))
    with pytest.raises(DataError, match="more than 7 image files"):
        load_image_folder(root)
    assert read == []


def _many(tmp_path: Path, n: int) -> Path:
    """n small PNGs in two classes: copies of two files (writing 10,000 images takes long)."""
    root = tmp_path / "many"
    _image(root / "a" / "0.png", 10, 10, (0, 0, 3, 10))
    _image(root / "b" / "0.png", 10, 10, (0, 7, 10, 10))
    data = {c: (root / c / "0.png").read_bytes() for c in "ab"}
    for i in range(1, n // 2):
        for c in "ab":
            (root / c / f"{i}.png").write_bytes(data[c])
    return root


def test_ten_thousand_files_load_with_progress_and_bounded_memory(tmp_path):
    root = _many(tmp_path, 10_000)
    seen = []
    ds = load_image_folder(root, size=8, progress=lambda done, total: seen.append((done, total))).dataset
    assert len(ds) == 10_000 and ds.X.nbytes == 10_000 * 64 * 8
    assert seen[-1] == (10_000, 10_000) and len(seen) > 100  # told as it goes (a progress bar, a cancel)


def test_a_long_load_stops_when_asked(tmp_path):
    root = _many(tmp_path, 2_000)
    polls = []

    def stop():
        polls.append(1)
        return len(polls) > 3

    with pytest.raises(LoadCancelled):
        load_image_folder(root, should_stop=stop)
    assert len(polls) == 4  # it stopped at the fourth look, after ~3 x 64 files of 2,000
