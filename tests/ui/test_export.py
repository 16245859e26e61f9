"""PNG export: every file checked, written whole or not at all, failures named with their reason."""

import errno
import os
import stat

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from dlviz.ui import export
from dlviz.ui.export import ExportError, export_views


@pytest.fixture
def views(qtbot):
    out = {}
    for name in ("loss_plot", "decision_plot", "weights_plot"):
        w = pg.PlotWidget(title=name)
        w.plot(np.arange(10), np.arange(10) ** 2)
        w.resize(320, 240)
        qtbot.addWidget(w)
        w.show()
        out[name] = w
    qtbot.waitExposed(out["weights_plot"])
    return out


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith(".")]


def _is_png(path):
    img = QImage(str(path))
    return not img.isNull() and img.width() > 100


def test_every_file_is_written_and_readable(views, tmp_path):
    paths = export_views(views, tmp_path / "figs", scale=1.0)
    assert sorted(p.name for p in paths) == ["decision_regions.png", "loss.png", "weights.png"]
    assert all(_is_png(p) for p in paths)
    mode = stat.S_IMODE(paths[0].stat().st_mode)
    assert mode & stat.S_IRGRP or os.umask(os.umask(0)) & 0o040  # not left private as a temp file is
    assert _leftovers(tmp_path / "figs") == []


def test_target_name_taken_by_a_folder(views, tmp_path):
    (tmp_path / "loss.png").mkdir()
    with pytest.raises(ExportError) as e:
        export_views(views, tmp_path, scale=1.0)
    assert e.value.failed == [(tmp_path / "loss.png", "Is a directory")]
    assert sorted(p.name for p in e.value.written) == ["decision_regions.png", "weights.png"]
    assert str(tmp_path / "loss.png") in str(e.value) and "Is a directory" in str(e.value)
    assert all(_is_png(p) for p in e.value.written) and _leftovers(tmp_path) == []


def test_read_only_old_file_is_kept_and_reported(views, tmp_path):
    old = tmp_path / "weights.png"
    old.write_bytes(b"old")
    old.chmod(0o444)
    with pytest.raises(ExportError) as e:
        export_views(views, tmp_path, scale=1.0)
    assert e.value.failed == [(old, "Permission denied")]
    assert old.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_read_only_folder(views, read_only_dir):
    with pytest.raises(ExportError) as e:
        export_views(views, read_only_dir, scale=1.0)
    assert len(e.value.failed) == 3 and e.value.written == []
    assert all(reason == "Permission denied" for _, reason in e.value.failed)
    for name in ("loss.png", "decision_regions.png", "weights.png"):
        assert name in str(e.value)
    assert list(read_only_dir.iterdir()) == []


def test_full_disk_leaves_no_partial_file(views, tmp_path, monkeypatch):
    real = export._write_bytes
    calls = []

    def write(fd, data):
        calls.append(1)
        if len(calls) == 2:  # the second file: half of it, then the disk is full
            os.write(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd, data)

    (tmp_path / "decision_regions.png").write_bytes(b"previous")
    monkeypatch.setattr(export, "_write_bytes", write)
    with pytest.raises(ExportError) as e:
        export_views(views, tmp_path, scale=1.0)
    assert e.value.failed == [(tmp_path / "decision_regions.png", "No space left on device")]
    assert "No space left on device" in str(e.value) and "1 of 3" in str(e.value)
    assert (tmp_path / "decision_regions.png").read_bytes() == b"previous"  # the old file, whole
    assert _leftovers(tmp_path) == [] and all(p.stat().st_size > 0 for p in tmp_path.iterdir())


def test_export_folder_is_a_file(views, tmp_path):
    (tmp_path / "figs").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError) as e:
        export_views(views, tmp_path / "figs", scale=1.0)
    assert e.value.written == [] and str(tmp_path / "figs") in str(e.value)


def test_window_is_part_of_the_same_export(views, tmp_path, qtbot):
    from PySide6.QtWidgets import QLabel

    window = QLabel("the whole window")
    window.resize(400, 300)
    qtbot.addWidget(window)
    assert export.export_window(window, tmp_path / "w.png", scale=2.0) == tmp_path / "w.png"
    assert QImage(str(tmp_path / "w.png")).width() == 800
    (tmp_path / "window.png").mkdir()
    with pytest.raises(ExportError) as e:
        export_views(views, tmp_path, scale=1.0, window=window)
    assert e.value.failed == [(tmp_path / "window.png", "Is a directory")] and len(e.value.written) == 3
