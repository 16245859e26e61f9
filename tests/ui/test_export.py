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


# -- the window's export in a comparison ------------------------------------------------------


def test_a_comparisons_export_holds_its_tiles_curves_summary_and_names(open_window, qtbot, tmp_path, monkeypatch):
    """The export of a comparison held the focused run's regions alone, unnamed; views in a
    hidden tab were drawn at a stale size ("run so fa" cut in the schedule's legend)."""
    from dlviz.config import Config
    from dlviz.ui.compare import short

    win = open_window(Config(samples=150, hidden=(8,)))
    assert win.controller.start_compare({"optimizer": ["sgd", "momentum", "rmsprop", "adam"]})
    win.play()
    qtbot.waitUntil(lambda: len(win.comparison.tiles.tiles) == 4 and win.frame.snap.epoch >= 3
                    and win.comparison.table.rowCount() == 4, timeout=20_000)
    win.pause()
    qtbot.waitUntil(lambda: win.frame.state != "training", timeout=20_000)
    qtbot.waitUntil(lambda: win.comparison.dock.isVisible(), timeout=20_000)
    in_front = not win.comparison.dock.visibleRegion().isEmpty()
    seen = {}
    real = export.render_plot

    def spy(widget, scale=export.DEFAULT_SCALE):
        target = getattr(widget, "export_target", widget)
        view = target.mapToScene(target.viewport().rect()).boundingRect() if isinstance(target, pg.GraphicsView) \
            else None
        legends = [getattr(widget, n) for n in ("legend", "loss_legend", "acc_legend", "style_legend")
                   if isinstance(getattr(widget, n, None), pg.LegendItem)]
        seen[widget.objectName()] = {
            "title": widget.getPlotItem().titleLabel.text if isinstance(widget, pg.PlotWidget) else "",
            "width": target.width(),
            "legends": [(view.contains(lg.mapRectToScene(lg.boundingRect())),
                         lg.mapRectToScene(lg.boundingRect()).width()) for lg in legends if lg.isVisible()]}
        return real(widget, scale)

    monkeypatch.setattr(export, "render_plot", spy)
    paths = win.export_png(tmp_path, 1.0)
    names = {p.name for p in paths}
    assert {"compare_decision_regions.png", "compare_loss_accuracy.png", "compare_summary.png",
            "decision_regions.png", "loss.png", "schedule_plot.png", "window.png"} <= names
    assert all(_is_png(p) for p in paths)
    # The single decision view names the focused run; the window's own title comes back.
    focused = short(dict(win.controller.compare)[win.controller.run_id])
    assert focused in seen["decision_plot"]["title"]
    assert focused not in win.decision_view.title
    # Every legend whole in its picture, and beside its plot, not half of it.
    for name in ("schedule_plot", "loss_plot", "gradient_plot", "compare_curves"):
        assert seen[name]["legends"], name
        for inside, width in seen[name]["legends"]:
            assert inside, name
            assert width <= 0.35 * seen[name]["width"], (name, width, seen[name]["width"])
    # The summary whole: every column, every run.
    summary = QImage(str(tmp_path / "compare_summary.png"))
    header = win.comparison.table.horizontalHeader()
    assert summary.width() >= sum(header.sectionSizeFromContents(c).width() for c in range(header.count()))
    # The window as it was: the comparison's tab in front as before.
    qtbot.waitUntil(lambda: (not win.comparison.dock.visibleRegion().isEmpty()) == in_front, timeout=5_000)


def test_a_stale_temporary_file_is_removed_by_the_next_export(views, tmp_path):
    """A killed export left ``.loss.png.XXXX.part`` beside the picture for ever."""
    import time

    stale = tmp_path / ".loss.png.k1ll3d_x.part"
    stale.write_bytes(b"half a png")
    os.utime(stale, (time.time() - 3600,) * 2)
    fresh = tmp_path / ".loss.png.wr1t1ng.part"  # another export writing it right now
    fresh.write_bytes(b"")
    export_views(views, tmp_path, scale=1.0)
    assert not stale.exists() and fresh.exists()
