"""The image views (sample grid, first-layer weights, confusion matrix, mistakes, and the
centre's PCA map), fed Frames that carry an Evaluation filled by hand from a small
NumPy MLP trained on the digits (tests/ui/image_frames.py)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabBar

from dlviz.ui import style
from dlviz.ui.export import export_views, plot_file
from dlviz.ui.views.confusion import ConfusionView
from dlviz.ui.views.embedding import EmbeddingView
from dlviz.ui.views.first_layer import FirstLayerView
from dlviz.ui.views.misclassified import MisclassifiedView
from dlviz.ui.views.sample_grid import SampleGridView
from dlviz.ui.viewspec import VIEWS

from image_frames import digits_info, evaluate, image_frame, points_frame, train_mlp  # (pytest puts this folder on sys.path)

DOCKED = (SampleGridView, FirstLayerView, ConfusionView, MisclassifiedView)


@pytest.fixture(scope="module", autouse=True)
def _pyqtgraph_config():
    style.configure_pyqtgraph()


@pytest.fixture(scope="module")
def run():
    """(net, frame after 2 epochs, frame of the same run after 4 epochs)."""
    net = train_mlp(epochs=2)
    first = image_frame(evaluate(net, step=100))
    net4 = train_mlp(epochs=4)
    later = image_frame(evaluate(net4, step=200), info=first.info)
    return net, first, later


def make(qtbot, cls, size=(700, 520)):
    v = cls()
    qtbot.addWidget(v)
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    return v


def paint(qtbot, v):
    v.grab()  # paints every item now (the tiles shown depend on the size they are painted at)


def test_the_confusion_matrix_draws_the_evaluations_counts(qtbot, run):
    _, f, _ = run
    v = make(qtbot, ConfusionView)
    v.update_frame(f)
    cm = f.evaluation.confusion
    assert v.sheet.cell_texts == [[str(int(c)) for c in row] for row in cm]
    assert v.sheet.names == [str(k) for k in range(10)]
    assert cm.sum() == len(f.info.y_val)  # the whole held-out set, not just the rows shown


def test_the_misclassified_view_shows_exactly_the_wrong_rows_most_confident_first(qtbot, run):
    _, f, _ = run
    ev = f.evaluation
    v = make(qtbot, MisclassifiedView, (1200, 900))
    v.update_frame(f)
    paint(qtbot, v)
    wrong = ev.rows[ev.y_true != ev.y_pred]
    assert len(wrong) > 0
    assert sorted(v.rows.tolist()) == sorted(wrong.tolist())
    i = np.searchsorted(ev.rows, v.rows)
    np.testing.assert_allclose(v.confidence, ev.proba[i, ev.y_pred[i]])
    assert np.all(np.diff(v.confidence) <= 0)
    assert v.sheet.shown == len(wrong)  # every one fits at this size
    assert all(m is True for m in v.sheet.marked)
    t, p = ev.y_true[i[0]], ev.y_pred[i[0]]
    assert v.sheet.captions[0].startswith(f"{t} → {p}")


def test_the_sample_grid_marks_the_wrong_ones_with_a_cross_and_both_labels(qtbot, run):
    _, f, _ = run
    ev = f.evaluation
    v = make(qtbot, SampleGridView)
    v.update_frame(f)
    paint(qtbot, v)
    n = len(v.sheet.images)
    assert 0 < v.sheet.shown <= n
    wrong = ev.y_true[:n] != ev.y_pred[:n]
    assert v.sheet.marked == wrong.tolist()
    for cap, bad, t, p in zip(v.sheet.captions, wrong, ev.y_true, ev.y_pred):
        assert cap == (f"✗ {t} → {p}" if bad else f"✓ {t}")
    np.testing.assert_array_equal(v.rows, ev.rows[:n])


def test_a_larger_sample_grid_shows_more_images(qtbot, run):
    _, f, _ = run
    small, large = make(qtbot, SampleGridView, (400, 300)), make(qtbot, SampleGridView, (1100, 800))
    for v in (small, large):
        v.update_frame(f)
        paint(qtbot, v)
    assert 0 < small.sheet.shown < large.sheet.shown


def test_the_first_layers_weight_images_have_levels_symmetric_about_zero(qtbot, run):
    net, f, _ = run
    v = make(qtbot, FirstLayerView)
    v.update_frame(f)
    lo, hi = v.levels
    assert lo == -hi and hi == pytest.approx(float(np.abs(f.evaluation.first_weights).max()))
    assert v.bar.vmax == hi
    assert len(v.sheet.images) == len(f.evaluation.first_weights) == 32
    # A tile's pixel is the unit's weight from that pixel: the strongest weight of all gets
    # the diverging map's full colour at its place, in its unit's tile.
    fw = f.evaluation.first_weights
    u, r, c = np.unravel_index(np.argmax(np.abs(fw)), fw.shape)
    w = fw[u]
    img = v.sheet.images[u]
    colour = img.pixelColor(int(c), int(r))
    want = tuple(style.diverging_rgb(np.array([w[r, c]]), hi)[0])
    assert (colour.red(), colour.green(), colour.blue()) == want
    assert want in (style.NEGATIVE, style.POSITIVE)


def test_the_pca_map_colours_points_by_class_with_a_legend_and_axis_labels(qtbot, run):
    _, f, _ = run
    ev = f.evaluation
    v = make(qtbot, EmbeddingView)
    v.update_frame(f)
    assert len(v.scatters) == 10
    for k, s in enumerate(v.scatters):
        np.testing.assert_allclose(np.c_[s.data["x"], s.data["y"]], ev.embedding[ev.y_true == k])
    colours = {s.opts["brush"].color().getRgb()[:3] for s in v.scatters}
    assert len(colours) == 10  # ten distinguishable classes
    assert len({s.opts["symbol"] for s in v.scatters}) == 10  # and shapes: not colour alone
    assert len(v.wrong.data) == int((ev.y_true != ev.y_pred).sum())
    plot = v.getPlotItem()
    assert plot.getAxis("bottom").labelText == "PC 1" and plot.getAxis("left").labelText == "PC 2"
    assert [label.text for _, label in v.legend.items][:10] == [str(k) for k in range(10)]


@pytest.mark.parametrize("cls", (*DOCKED, EmbeddingView))
def test_a_view_redraws_only_when_a_new_evaluation_arrives(qtbot, run, cls):
    _, f, later = run
    v = make(qtbot, cls)
    v.update_frame(f)
    assert v.draws == 1
    for _ in range(5):  # new frames (more history) with the same evaluation: nothing to draw
        v.update_frame(dataclasses.replace(f, epoch=np.arange(3)))
    assert v.draws == 1
    v.update_frame(later)
    assert v.draws == 2


@pytest.mark.parametrize("cls", DOCKED)
def test_a_points_run_gets_a_note_that_the_view_is_for_images(qtbot, cls):
    v = make(qtbot, cls)
    v.update_frame(points_frame())
    assert "image data" in v.sheet.message
    assert v.draws == 0


def test_the_pca_map_draws_nothing_for_a_points_run(qtbot):
    v = make(qtbot, EmbeddingView)
    v.update_frame(points_frame())
    assert v.draws == 0 and all(len(s.data) == 0 for s in v.scatters)


def test_every_image_view_exports_a_non_empty_png_of_its_size(qtbot, run, tmp_path):
    _, f, _ = run
    views = {}
    for cls in (*DOCKED, EmbeddingView):
        v = make(qtbot, cls, (640, 480))
        v.update_frame(f)
        views[v.objectName()] = v
    paths = export_views(views, tmp_path, scale=2.0)
    assert sorted(p.name for p in paths) == sorted(plot_file(n) for n in views)
    assert "pca_map.png" in {p.name for p in paths}
    for p in paths:
        img = QImage(str(p))
        assert (img.width(), img.height()) == (1280, 960), p.name
        a = np.frombuffer(img.convertToFormat(QImage.Format.Format_RGB888).constBits(), np.uint8)
        assert (a < 200).mean() > 0.005, p.name  # something dark drawn (not a blank page)


def test_the_image_views_are_registered_docks(qtbot):
    by_plot = VIEWS.by_plot()
    for cls in DOCKED:
        v = cls()
        qtbot.addWidget(v)
        spec = by_plot[v.objectName()]
        assert spec.factory is cls and spec.export_file.endswith(".png")
        assert "all" in spec.layouts and spec.kinds == ("image",)


def test_an_image_run_puts_the_pca_map_in_the_centre_and_a_points_run_the_regions(open_window, run, tmp_path):
    from dlviz.config import Config

    _, f, _ = run
    win = open_window(Config())
    win._draw_fast(f)
    assert win.embedding_view.isVisible() and not win.decision_view.isVisible()
    assert not win.show_val.isVisible()
    assert win.embedding_view.draws == 1
    assert "embedding_plot" in win.plot_widgets and "confusion_plot" in win.plot_widgets
    assert "decision_plot" not in win.plot_widgets  # no plane to export
    assert "mistakes_plot" not in win.plot_widgets  # closed at 1366: not a sliver in the export
    win.docks["mistakes_dock"].show()
    assert "mistakes_plot" in win.plot_widgets
    win._draw_fast(points_frame())
    assert win.decision_view.isVisible() and not win.embedding_view.isVisible()
    assert "embedding_plot" not in win.plot_widgets
    assert "samples_plot" not in win.plot_widgets  # a 2-D run's export has no image views
    assert "decision_plot" in win.plot_widgets


def test_the_image_docks_open_for_an_image_run_and_close_for_points(open_window, run):
    from dlviz.config import Config

    _, f, _ = run
    win = open_window(Config())
    names = [s.name for s in VIEWS.values() if s.kinds == ("image",)]
    assert len(names) == 4
    assert all(win.docks[n].isHidden() for n in names)  # a points run: not in the tab bars
    win._draw_fast(f)
    assert [n for n in names if win.docks[n].isHidden()] == ["mistakes_dock"]  # (the View menu opens it)
    # In the compact layout: tabs beside the curves, every title whole.
    tabbed = {"samples_dock", "confusion_dock", "first_layer_dock"}
    assert set(win.tabifiedDockWidgets(win.docks["loss_dock"])) >= {win.docks[n] for n in tabbed}
    QApplication.processEvents()
    bar = next(b for b in win.findChildren(QTabBar) if b.parent() is win and b.isVisible()
               and "Samples" in [b.tabText(i) for i in range(b.count())])
    for i in range(bar.count()):
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), f"{bar.tabText(i)!r} is elided"
    win._draw_fast(points_frame())
    assert all(win.docks[n].isHidden() for n in names)


@pytest.mark.parametrize("cls", DOCKED)
def test_a_narrow_view_keeps_its_drawing_inside_it(qtbot, run, cls):
    """A 273 px dock (the 1920 layout's): the long title pushed the tiles out of sight."""
    _, f, _ = run
    v = make(qtbot, cls, (273, 282))
    v.update_frame(f)
    assert v.ci.size().width() <= v.width()
    assert v.sheet.size().width() <= v.width()


def test_a_headless_export_of_an_image_run_draws_the_pca_map_and_the_image_views(qtbot, run, tmp_path, monkeypatch):
    """`dlviz train --export` for an image run: the centre's picture is the PCA map (there
    is no plane), and each image view is written at its registered size."""
    from dlviz.config import Config
    from dlviz.training.recorder import Recorder
    from dlviz.training.trainer import Trainer
    from dlviz.ui.export import export_headless

    t = Trainer(Config(classes=3))
    t.run_epoch()
    rec = Recorder(t)
    base = rec.acc.frame
    ev = evaluate(train_mlp(epochs=2, classes=3), step=100)  # the digits 0, 1 and 2

    def image_run_frame():  # the newest frame, with the digits' data and an Evaluation
        b = base()
        info = dataclasses.replace(digits_info(b, classes=3), sizes=b.info.sizes)
        return dataclasses.replace(b, info=info, evaluation=ev)

    monkeypatch.setattr(rec.acc, "frame", image_run_frame)
    names = {p.name: p for p in export_headless(t, tmp_path, scale=1.0, recorder=rec)}
    assert "pca_map.png" in names and "decision_regions.png" not in names
    for spec in VIEWS.values():
        if spec.kinds == ("image",):
            img = QImage(str(names[spec.export_file]))
            assert (img.width(), img.height()) == spec.size


def test_long_class_names_get_tiles_wide_enough_for_their_captions(qtbot, run):
    """A folder's class names ("seven", "eight"): "✗ seven → eight" was elided to "✗ sev…"."""
    from PySide6.QtGui import QFontMetricsF

    from dlviz.ui.views.common import font

    _, f, _ = run
    names = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    long = dataclasses.replace(f, info=dataclasses.replace(f.info, class_names=names))
    short, wide = make(qtbot, SampleGridView), make(qtbot, SampleGridView)
    short.update_frame(f)
    wide.update_frame(long)
    fm = QFontMetricsF(font(wide.sheet.CAPTION_PT, bold=True))
    widest = max(fm.horizontalAdvance(c) for c in wide.sheet.captions)
    assert wide.sheet.min_side >= widest - 4 > short.sheet.min_side
    paint(qtbot, short)
    paint(qtbot, wide)
    assert 0 < wide.sheet.shown < short.sheet.shown
