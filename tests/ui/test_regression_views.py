"""A regression run in the window: its centre view (the fitted curve with each hidden
unit's part, or the predicted surface) and R² in place of accuracy everywhere, fed
Frames built by hand from a known ReLU net (tests/ui/regression_frames.py)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
import regression_frames as rf  # noqa: E402

from dlviz.config import Config  # noqa: E402
from dlviz.data.metric import metric_of, task_of  # noqa: E402
from dlviz.training import ghosts  # noqa: E402
from dlviz.training.frames import Frames  # noqa: E402
from dlviz.training.messages import RunState  # noqa: E402
from dlviz.training.session import Cursor, make_snapshot, run_info  # noqa: E402
from dlviz.training.frames import FrameAccumulator  # noqa: E402
from dlviz.training.trainer import Trainer  # noqa: E402
from dlviz.ui import style  # noqa: E402
from dlviz.ui.compare import SummaryTable, TileGrid  # noqa: E402
from dlviz.ui.controller import status_text  # noqa: E402
from dlviz.ui.inspector import Inspector  # noqa: E402
from dlviz.ui.lab.sweep import cell_text, metrics  # noqa: E402
from dlviz.ui.runs import describe, thumbnail  # noqa: E402
from dlviz.ui.views import LossView  # noqa: E402
from dlviz.ui.views.compare_curves import CompareCurves  # noqa: E402
from dlviz.ui.views.regression import RegressionView  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def _pyqtgraph_config():
    style.configure_pyqtgraph()


@pytest.fixture(scope="module")
def classify_frame():
    """A small classification run's frame after two epochs."""
    t = Trainer(Config(dataset="moons", samples=120, hidden=(4,), epochs=0))
    cur = Cursor()
    acc = FrameAccumulator(run_info(t, run_id=7))
    acc.add(make_snapshot(t, 7, "ready", cur))
    for _ in range(2):
        t.run_epoch()
    acc.add(make_snapshot(t, 7, "paused", cur))
    return acc.frame()


def shown(qtbot, widget, size=(640, 520)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    return widget


# -- the one lookup ---------------------------------------------------------------------------------


def test_the_task_is_read_from_the_run(classify_frame):
    f = rf.frame("curve")
    assert task_of(f.info) == task_of(f) == "regress" and metric_of(f.info) == "r2"
    assert task_of(classify_frame.info) == "classify" and metric_of(classify_frame) == "accuracy"
    assert task_of(rf.dataset("surface")[0]) == "regress"
    assert task_of(Config()) == "classify"


# -- the centre view -----------------------------------------------------------------------------


def test_the_fitted_curve_is_the_evaluations_with_one_faint_line_per_unit(qtbot):
    v = shown(qtbot, RegressionView())
    f = rf.frame("curve")
    ev = f.evaluation
    v.update_frame(f)
    assert v.kind == "curve" and v.frames_drawn == 1
    np.testing.assert_array_equal(v.fit.xData, ev.curve_x)
    np.testing.assert_array_equal(v.fit.yData, ev.curve_y)
    assert len(v.parts) == ev.unit_parts.shape[0] == 3
    for line, part in zip(v.parts, ev.unit_parts):
        np.testing.assert_array_equal(line.yData, part)
        assert line.opts["pen"].color().alpha() < 255  # faint
        assert line.opts["pen"].widthF() < v.fit.opts["pen"].widthF()
    # The parts add up to the fit (less the output bias): the lines drawn are the net's.
    bias = ev.curve_y - ev.unit_parts.sum(axis=0)
    assert np.ptp(bias) < 1e-9
    # The data under it: the training points at (x, target).
    xs, ys = v.train_scatter.getData()
    assert set(np.round(ys, 9)) <= set(np.round(f.info.y_train, 9))
    names = [label.text for _, label in v.legend.items]
    assert "prediction ŷ" in names and "each hidden unit's part" in names and "validation" in names
    assert v.getPlotItem().getAxis("left").labelText == "y" and v.getPlotItem().getAxis("bottom").labelText == "x"


def test_a_hovered_unit_s_part_is_drawn_bold(qtbot):
    v = shown(qtbot, RegressionView())
    v.update_frame(rf.frame("curve"))
    v.highlight_part(1)
    widths = [c.opts["pen"].widthF() for c in v.parts]
    assert widths[1] > widths[0] == widths[2] and v.parts[1].opts["pen"].color().alpha() == 255
    v.highlight_part(None)
    assert len({c.opts["pen"].widthF() for c in v.parts}) == 1


def test_the_view_redraws_only_for_a_new_evaluation(qtbot):
    v = shown(qtbot, RegressionView())
    f = rf.frame("curve")
    v.update_frame(f)
    v.update_frame(dataclasses.replace(f, step_loss=f.step_loss))  # a new frame, the same Evaluation
    assert v.frames_drawn == 1
    net = rf.ReluNet([[1.0, 1.0]], [0.0, -0.5], [1.0, 2.0], 0.0)  # two units now
    v.update_frame(dataclasses.replace(f, evaluation=rf.evaluation("curve", net, f.info, 999)))
    assert v.frames_drawn == 2 and len(v.parts) == 2
    np.testing.assert_allclose(v.fit.yData, net.predict(v.fit.xData[:, None]))


def test_the_surface_heatmap_and_its_colour_bar_cover_the_targets(qtbot):
    v = shown(qtbot, RegressionView())
    f = rf.frame("surface")
    v.update_frame(f)
    assert v.kind == "surface" and v.bar.isVisible()
    np.testing.assert_array_equal(v.image.image, f.evaluation.surface)
    lo, hi = v.image.getLevels()
    targets = np.concatenate([f.info.y_train, f.info.y_val])
    assert lo <= targets.min() and hi >= targets.max()
    assert tuple(v.bar.levels()) == pytest.approx((lo, hi))
    # The points are coloured by their target on the same scale.
    xs, ys = v.train_scatter.getData()
    for i in (0, 1, 2):
        j = int(np.argmin(np.hypot(f.info.X_train[:, 0] - xs[i], f.info.X_train[:, 1] - ys[i])))
        want = v.cmap.map((f.info.y_train[j] - lo) / (hi - lo), mode="byte")[:3]
        assert v.train_scatter.data["brush"][i].color().getRgb()[:3] == tuple(int(c) for c in want)
    # The image spans the plane's bounds.
    x0, x1, y0, y1 = f.info.bounds
    r = v.image.mapRectToParent(v.image.boundingRect())
    assert (r.left(), r.right(), r.top(), r.bottom()) == pytest.approx((x0, x1, y0, y1))


def test_the_regression_view_exports_a_png(qtbot, tmp_path):
    from dlviz.ui.export import export_views

    v = shown(qtbot, RegressionView())
    v.update_frame(rf.frame("curve"))
    qtbot.wait(1)
    paths = export_views({"regression_plot": v}, tmp_path, 1.0)
    assert [p.name for p in paths] == ["regression.png"] and paths[0].stat().st_size > 1000


# -- R² in place of accuracy ---------------------------------------------------------------------


def test_the_loss_view_reads_r2_and_mse_for_a_regression(qtbot, classify_frame):
    v = shown(qtbot, LossView(), (720, 540))
    f = rf.frame("curve")
    v.update_frame(f)
    assert v.acc_plot.titleLabel.text == "R²"
    assert v.acc_plot.getAxis("left").labelText == "R²"
    assert v.loss_plot.getAxis("left").labelText == "MSE" and v.loss_plot.titleLabel.text == "Loss: mean squared error"
    np.testing.assert_allclose(v.val_acc_curve.yData, np.maximum(f.val_acc, -1.0))  # as it is, not in %
    lo, hi = v.acc_plot.viewRange()[1]
    assert lo < 0 < 0.9 < hi < 1.1  # the bad start below 0 is in view
    assert not v.chance_line.isVisible()
    v.update_frame(classify_frame)
    assert v.acc_plot.titleLabel.text == "Accuracy" and v.acc_plot.getAxis("left").labelText == "accuracy (%)"
    assert v.loss_plot.getAxis("left").labelText == "cross-entropy" and v.loss_plot.titleLabel.text == "Loss"
    np.testing.assert_allclose(v.train_acc_curve.yData, 100 * classify_frame.train_acc)


def test_comparison_curves_tiles_and_summary_read_r2(qtbot, classify_frame):
    fs = Frames((rf.frame("curve", run_id=1), rf.frame("curve", run_id=2, seed=1)))
    labels = {1: "lr 0.01", 2: "lr 0.1"}
    curves = shown(qtbot, CompareCurves(), (860, 640))
    curves.update_frames(fs, tuple(labels.values()))
    assert curves.acc_plot.titleLabel.text == "R²" and curves.acc_plot.getAxis("left").labelText == "R²"
    np.testing.assert_allclose(curves.curves[0][2].yData, np.maximum(fs.frames[0].val_acc, -1.0))
    table = shown(qtbot, SummaryTable())
    table.update_frames(fs, labels)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "train R²" in headers and "val R²" in headers and not any("acc" in h for h in headers)
    assert table.item(0, 4).text() == f"{fs.frames[0].val_acc[-1]:.3g}"
    tiles = shown(qtbot, TileGrid(lambda _: None), (880, 420))
    tiles.set_runs(tuple(labels.items()))
    tiles.update_frames(fs, labels, focus=1)
    assert all(isinstance(t, RegressionView) for t in tiles.tiles)
    assert all("R²" in t.title and "%" not in t.title for t in tiles.tiles)
    # A classification comparison keeps accuracy.
    cf = Frames((classify_frame,))
    curves.update_frames(cf, ("run",))
    assert curves.acc_plot.titleLabel.text == "Accuracy" and curves.acc_plot.getAxis("left").labelText == "accuracy (%)"
    table.update_frames(cf, {7: "run"})
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "val acc %" in headers and not any("R²" in h for h in headers)
    tiles.set_runs(((7, "run"),))
    tiles.update_frames(cf, {7: "run"}, focus=7)
    assert "R²" not in tiles.tiles[0].title and not isinstance(tiles.tiles[0], RegressionView)


def test_status_bar_and_pinned_runs_read_r2(classify_frame):
    f = rf.frame("curve")
    text = status_text(RunState.PAUSED, f)
    assert f"R² {f.train_acc[-1]:.3g}" in text and "accuracy" not in text
    assert "accuracy" in status_text(RunState.PAUSED, classify_frame)
    g = ghosts.from_frame(f, "zigzag")
    assert f"val R² {f.val_acc[-1]:.3g}" in describe(g)
    assert not thumbnail(g).isNull()  # (one input: drawn as (x, y), never X[:, 1])
    assert "val accuracy" in describe(ghosts.from_frame(classify_frame, "moons"))


def test_sweep_cells_read_r2(qtbot):
    from dlviz.ui.lab.sweep import SweepHeatmap

    heat = shown(qtbot, SweepHeatmap())
    axes_ = {"lr": ("0.01", "0.1")}
    cells = [{"val_accuracy": -0.4}, {"val_accuracy": 0.9}]
    heat.regress = True
    heat.show_sweep(axes_, cells, "val_accuracy", 10)
    assert [t.textItem.toPlainText() for t in heat.texts] == ["-0.4", "0.9"]
    assert heat.bar.axis.labelText == "validation R²" and "%" not in heat.plot_item.titleLabel.text
    assert heat.levels == pytest.approx((-0.4, 1.0))  # down to the worst cell, up to a perfect fit
    heat.regress = False
    heat.show_sweep(axes_, [{"val_accuracy": 0.4}, {"val_accuracy": 0.9}], "val_accuracy", 10)
    assert [t.textItem.toPlainText() for t in heat.texts] == ["40%", "90%"]
    assert heat.bar.axis.labelText == "validation accuracy (%)"
    assert metrics(regress=True)["val_accuracy"] == "validation R²"
    assert metrics()["val_accuracy"] == "validation accuracy"
    assert cell_text({"val_accuracy": 0.8771}, "val_accuracy", regress=True) == "0.877"
    assert cell_text({"val_accuracy": 0.8771}, "val_accuracy") == "87.7%"


def test_the_inspector_shows_prediction_and_target_not_a_softmax(qtbot):
    ins = shown(qtbot, Inspector(), (420, 700))
    f = rf.frame("curve")
    _, net = rf.dataset("curve")
    ins.new_run(f.info)
    x, y = float(f.info.X_train[0, 0]), float(f.info.y_train[0])
    pt = ins.set_point((x, y))
    assert pt == (x,) and ins.target == y and ins.marker_at == (x, y)
    ins.show_probe(rf.probe(net, pt), f.config)
    y_hat = float(net.predict(np.array([[x]]))[0])
    text = ins.regression.text()
    assert f"ŷ = z<sub>out</sub> = <b>{y_hat:.3g}</b>" in text
    assert f"({y_hat:.3g} − {y:.3g})² = <b>{(y_hat - y) ** 2:.3g}</b>" in text
    assert ins.table.isHidden() and ins.bars.isHidden() and ins.label_box.isHidden()
    assert not ins.regression.isHidden()
    # The output unit: no softmax.
    ins.set_unit((1, 0))
    ins.show_probe(dataclasses.replace(rf.probe(net, pt), unit=(1, 0), unit_weights=net.w2, unit_bias=net.b2),
                   f.config)
    assert "no softmax" in ins.activation.text() and "probability" not in ins.activation.text()


def test_the_window_puts_the_regression_view_in_the_centre(open_window, qtbot, tmp_path):
    w = open_window(Config(dataset="moons", samples=100, hidden=(3,)))
    w.pause()
    qtbot.waitUntil(lambda: w.state != RunState.TRAINING and w.frame.state != RunState.TRAINING, timeout=10_000)
    assert w.centre_view is w.decision_view
    f = rf.frame("curve", run_id=w.run_id)
    with qtbot.waitSignal(w.frame_drawn, timeout=10_000):
        w.scheduler.submit(Frames((f,)))
    assert w.centre_view is w.regression_view and w.regression_view.isVisible() and not w.decision_view.isVisible()
    assert w.regression_view.frames_drawn == 1 and not w.show_thinned.isVisible()
    assert "regression_plot" in w.plot_widgets and "decision_plot" not in w.plot_widgets
    assert w.loss_view.acc_plot.titleLabel.text == "R²"
    # A click on the curve inspects the input there.
    x, y = float(f.info.X_train[3, 0]), float(f.info.y_train[3])
    w.regression_view.point_clicked.emit(x, y)
    assert w.inspector.widget.point == (x,) and w.inspector.regression_marker.isVisible()
    assert w.inspector.dock.windowTitle() == "Prediction inspector"
    # Hovering hidden unit 2 of the (last) hidden layer draws its part of the curve bold.
    w.network_view.unit_hovered.emit(0, 2)
    assert w.regression_view._highlight == 2
    w.network_view.unit_left.emit()
    assert w.regression_view._highlight is None



def test_the_colour_bar_has_a_few_round_ticks():
    from dlviz.ui.views.regression import bar_ticks

    assert bar_ticks(0.98) == [-0.5, 0.0, 0.5]
    assert bar_ticks(2.1) == [-2.0, -1.0, 0.0, 1.0, 2.0]
    assert bar_ticks(0.3) == pytest.approx([-0.2, 0.0, 0.2])
