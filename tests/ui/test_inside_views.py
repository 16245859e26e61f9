"""The gradient flow, unit health and weights views, fed real Frames built from a
Trainer (no training process)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.engine.activations import get_activation
from dlviz.common.display import PREACT_EDGES
from dlviz.training.session import Cursor, make_snapshot, run_info
from dlviz.training.trainer import Trainer
from dlviz.ui import style
from dlviz.training.frames import FrameAccumulator
from dlviz.ui.views.common import POINTS_PER_PX
from dlviz.ui.views.gradient import GradientView, layer_colors, log_tick_label
from dlviz.ui.views.health import HealthView, saturated_spans
from dlviz.ui.views.weights import WeightsView, grid_columns


@pytest.fixture(scope="module", autouse=True)
def _pyqtgraph_config():
    style.configure_pyqtgraph()


def data(curve):
    """The data given to a curve (getData() answers with what is displayed:
    downsampled and clipped to the view)."""
    return curve.xData, curve.yData


def build(snapshots: int = 5, **kw):
    """(trainer, accumulator, cursor, frame) after a "ready" snapshot and ``snapshots``
    more, one epoch apart (the trainer records a diagnostics row at each epoch's end)."""
    cfg = dict(dataset="spiral", classes=3, hidden=(16,) * 6, optimizer="sgd", lr=0.1)
    cfg.update(kw)
    t = Trainer(Config(**cfg))
    cur = Cursor()
    acc = FrameAccumulator(run_info(t, run_id=1))
    acc.add(make_snapshot(t, 1, "ready", cur))
    for _ in range(snapshots):
        t.run_epoch()
        acc.add(make_snapshot(t, 1, "training", cur))
    return t, acc, cur, acc.frame()


@pytest.fixture(scope="module")
def sigmoid6():
    return build(activation="sigmoid", init="xavier")[3]


@pytest.fixture(scope="module")
def relu6():
    return build(activation="relu", init="he")[3]


@pytest.fixture(scope="module")
def tanh6():
    return build(activation="tanh", init="xavier")[3]


@pytest.fixture(scope="module")
def no_hidden():
    return build(hidden=(), activation="relu", snapshots=2)[3]


def make(qtbot, cls, frame, size=(600, 420)):
    w = cls()
    qtbot.addWidget(w)
    w.resize(*size)
    w.update_frame(frame)
    return w


def live(frame, **changes):
    """``frame`` as after a live change of its run's config."""
    config = dataclasses.replace(frame.config, **changes)
    return dataclasses.replace(frame, snap=dataclasses.replace(frame.snap, config=config))


# -- gradient flow --------------------------------------------------------------------------


def test_gradient_curves_are_the_grad_norms(qtbot, sigmoid6):
    frame = sigmoid6
    view = make(qtbot, GradientView, frame)
    assert view.objectName() == "gradient_plot" and view.export_target is view
    assert len(view.curves) == 7 == frame.grad_norm.shape[1]
    for l, c in enumerate(view.curves):
        x, y = data(c)
        np.testing.assert_array_equal(x, frame.diag_step)
        np.testing.assert_array_equal(y, frame.grad_norm[:, l])
    labels = [label.text for _, label in view.legend.items]
    assert labels == ["layer 1 (input)"] + [f"layer {i}" for i in range(2, 7)] + ["output"]
    plot = view.getPlotItem()
    assert plot.titleLabel.text == "Gradient flow"
    assert plot.getAxis("left").logMode
    assert "‖∂L/∂W‖" in plot.getAxis("left").labelText and plot.getAxis("bottom").labelText == "training step"


def test_gradient_vanishes_toward_the_input_in_a_deep_sigmoid_net(qtbot, sigmoid6):
    view = make(qtbot, GradientView, sigmoid6)
    first, out = data(view.curves[0])[1][-1], data(view.curves[-1])[1][-1]
    # About 1e-4 here: sigmoid's f' <= 1/4 per layer, six layers deep.
    assert first < 0.01 * out
    # ...and the view's y range spans both, on the log axis.
    (_, _), (y0, y1) = view.getPlotItem().vb.viewRange()
    assert y0 <= np.log10(first) and np.log10(out) <= y1


def test_gradient_reaches_the_input_in_a_relu_net(qtbot, relu6):
    view = make(qtbot, GradientView, relu6)
    first, out = data(view.curves[0])[1][-1], data(view.curves[-1])[1][-1]
    # He-initialised ReLU keeps the gradient's size through the layers (0.5 .. 1.2 here).
    assert 0.1 < first / out < 10


def test_gradient_drops_values_a_log_axis_cannot_show(qtbot, sigmoid6):
    g = np.array(sigmoid6.grad_norm)
    g[1, 0], g[2, 0] = np.inf, np.nan
    frame = dataclasses.replace(sigmoid6, grad_norm=g)
    view = make(qtbot, GradientView, frame)
    x, y = data(view.curves[0])
    assert len(y) == len(g) - 2 and np.all(y > 0)
    np.testing.assert_array_equal(x, np.delete(frame.diag_step, [1, 2]))
    assert not view.zero_label.isVisible()


def test_gradient_draws_an_exact_zero_on_the_floor_labelled_0(qtbot, sigmoid6):
    """Issue 23: a step layer's gradient is exactly 0; it was dropped (a log axis cannot
    show 0), so "layer 1's line lies on the floor" pointed at nothing."""
    g = np.array(sigmoid6.grad_norm)
    g[:, 0] = 0.0  # layer 1 gets no gradient at all
    frame = dataclasses.replace(sigmoid6, grad_norm=g)
    view = make(qtbot, GradientView, frame)
    x, y = data(view.curves[0])
    np.testing.assert_array_equal(x, frame.diag_step)  # every row is drawn...
    (_, _), (y0, y1) = view.getPlotItem().vb.viewRange()
    assert np.all(y == y[0]) and y0 <= np.log10(y[0]) < y0 + 0.1 * (y1 - y0)  # ...flat, on the floor
    others = np.concatenate([data(c)[1] for c in view.curves[1:]])
    assert np.log10(y[0]) <= np.log10(others.min())  # the range is the other layers' (no 1e-12 squash)
    assert np.log10(others.min()) - y0 < 1.0
    assert view.zero_label.isVisible() and view.zero_label.textItem.toPlainText() == "0"
    assert view.zero_label.pos().y() == pytest.approx(np.log10(y[0]))


def test_layer_colours_run_light_to_dark():
    lum = [0.2126 * r + 0.7152 * g + 0.0722 * b for r, g, b in layer_colors(9)]
    assert lum == sorted(lum, reverse=True) and lum[0] - lum[-1] > 100


def test_log_tick_labels():
    # One style on the whole axis: "0.01" beside "10⁻³" read as two kinds of number.
    assert [log_tick_label(v) for v in (1e-5, 5e-4, 1e-3, 0.01, 0.02, 0.3, 1.0, 50.0, 2000.0)] == [
        "10⁻⁵", "5·10⁻⁴", "10⁻³", "10⁻²", "2·10⁻²", "", "10⁰", "5·10¹", "2·10³"]


def test_gradient_feeds_long_runs_only_when_the_picture_changes(qtbot, sigmoid6):
    view = make(qtbot, GradientView, sigmoid6)
    n = 3000
    rows = dict(diag_step=np.arange(1.0, n + 1), grad_norm=np.full((n, 7), 0.1))
    view.update_frame(dataclasses.replace(sigmoid6, **rows))
    c = view.curves[-1]
    ds = c._dlviz_fed[0]  # (averaged here, before pyqtgraph sees it: its xData are the bins)
    assert ds > 1 and len(data(c)[0]) == n // ds and c.opts["downsample"] == 1
    assert len(data(c)[0]) <= POINTS_PER_PX * view.getPlotItem().vb.width()
    # One more row: the mean downsampling leaves it out, so nothing is redrawn...
    more = dict(diag_step=np.arange(1.0, n + 2), grad_norm=np.full((n + 1, 7), 0.1))
    if (n + 1) // ds == n // ds:
        before = data(c)[0]
        view.update_frame(dataclasses.replace(sigmoid6, **more))
        assert data(c)[0] is before
    # ...until a full bin has come in...
    k = (n // ds + 1) * ds
    view.update_frame(dataclasses.replace(sigmoid6, diag_step=np.arange(1.0, k + 1),
                                          grad_norm=np.full((k, 7), 0.1)))
    assert len(data(c)[0]) == k // ds and data(c)[0][-1] == np.mean(np.arange(k - ds + 1.0, k + 1))
    # ...or the run stops: then the curves reach the last row, within the same budget.
    rows = dict(diag_step=np.arange(1.0, k + 2), grad_norm=np.full((k + 1, 7), 0.1))
    snap = dataclasses.replace(sigmoid6.snap, state="paused")
    view.update_frame(dataclasses.replace(sigmoid6, snap=snap, **rows))
    x = data(c)[0]
    assert x[-1] == k + 1 and x[0] < 1 + ds and len(x) <= (n // ds) + 1 and np.all(np.diff(x) > 0)


# -- unit health ----------------------------------------------------------------------------


def test_health_dead_curves_are_the_dead_fractions(qtbot, relu6):
    frame = relu6
    view = make(qtbot, HealthView, frame)
    assert view.objectName() == "health_plot"
    assert view.export_target is view.glw
    assert len(view.dead_curves) == 6
    for l, c in enumerate(view.dead_curves):
        x, y = data(c)
        np.testing.assert_array_equal(x, frame.diag_step)
        np.testing.assert_allclose(y, 100.0 * frame.dead_fraction[:, l])
    # Same colours as the gradient view's lines of the same weight layer.
    assert [c.opts["pen"].color().getRgb()[:3] for c in view.dead_curves] == layer_colors(7)[:6]
    assert view.dead_plot.vb.viewRange()[1] == pytest.approx((-10, 110), abs=1)


def test_health_no_dead_units_with_tanh(qtbot, tanh6):
    view = make(qtbot, HealthView, tanh6)
    for c in view.dead_curves:
        assert np.all(data(c)[1] == 0)


def test_health_shows_units_pushed_to_die(qtbot):
    t, acc, cur, _ = build(activation="relu", init="he", snapshots=1)
    t.net.biases[0][:] = -50.0  # every first-layer unit below zero for every input
    t.run_epoch()
    acc.add(make_snapshot(t, 1, "training", cur))
    frame = acc.frame()
    view = make(qtbot, HealthView, frame)
    assert data(view.dead_curves[0])[1][-1] == 100.0
    assert frame.inside.preact_hist[0][0] == frame.inside.preact_hist[0].sum()  # all in the -6 bin


def test_health_histogram_follows_the_chosen_layer(qtbot, sigmoid6):
    frame = sigmoid6
    view = make(qtbot, HealthView, frame)
    assert [view.combo.itemText(i) for i in range(view.combo.count())] == [f"Layer {i}" for i in range(1, 7)]
    np.testing.assert_array_equal(view.histogram(), frame.inside.preact_hist[0])
    np.testing.assert_array_equal(view.bars.opts["x0"], PREACT_EDGES[:-1])
    view.set_layer(3)
    assert view.layer == 3 and view.combo.currentIndex() == 3
    np.testing.assert_array_equal(view.histogram(), frame.inside.preact_hist[3])
    assert "Pre-activations of layer 4" in view.pre_plot.titleLabel.text
    view.combo.setCurrentIndex(5)  # the learner's way
    assert view.layer == 5
    np.testing.assert_array_equal(view.histogram(), frame.inside.preact_hist[5])
    assert not np.array_equal(frame.inside.preact_hist[5], frame.inside.preact_hist[3])
    # The y axis holds the tallest bar.
    assert view.pre_plot.vb.viewRange()[1][1] >= frame.inside.preact_hist[5].max()
    # A new run keeps the choice when the layer still exists.
    view.update_frame(dataclasses.replace(frame, info=dataclasses.replace(frame.info, run_id=2)))
    assert view.layer == 5


def test_health_activation_curve_and_saturated_zones(qtbot, sigmoid6):
    view = make(qtbot, HealthView, sigmoid6)  # "sigmoid", from the frame's live config
    z, f = view.activation_curve()
    assert z[0] == -6 and z[-1] == 6 and 0.0 in z
    np.testing.assert_allclose(f, get_activation("sigmoid").fn(z))
    spans = [r.getRegion() for r in view.regions]
    # sigmoid' = s(1 - s) < 5 % of 1/4 where |z| > 4.36
    assert len(spans) == 2
    assert spans[0][0] == -6 and spans[0][1] == pytest.approx(-4.36, abs=0.05)
    assert spans[1][0] == pytest.approx(4.36, abs=0.05) and spans[1][1] == 6
    assert "Sigmoid f(z)" in view.pre_plot.titleLabel.text and "right" in view.pre_plot.titleLabel.text

    view.update_frame(live(sigmoid6, activation="relu"))
    np.testing.assert_allclose(view.activation_curve()[1], np.maximum(z, 0))
    assert [r.getRegion() for r in view.regions] == [(-6, pytest.approx(0.025))]  # the dead side
    view.update_frame(live(sigmoid6, activation="leaky_relu", leaky_slope=0.2))
    np.testing.assert_allclose(view.activation_curve()[1], get_activation("leaky_relu", leaky_slope=0.2).fn(z))
    assert view.regions == []  # f' = 0.2 is 20 % of its peak: not saturated
    assert "5 %" not in view.pre_plot.titleLabel.text
    view.update_frame(live(sigmoid6, activation="tanh"))
    (a, b), (c, d) = (r.getRegion() for r in view.regions)
    # 1 - tanh² < 0.05 where |z| > atanh(√0.95) = 2.18
    assert b == pytest.approx(-2.18, abs=0.05) and c == pytest.approx(2.18, abs=0.05)


def test_saturated_spans():
    z = np.linspace(-6, 6, 241)
    assert saturated_spans(z, np.zeros(len(z), bool)) == []
    assert saturated_spans(z, np.ones(len(z), bool)) == [(-6, 6)]  # step: f' = 0 everywhere
    assert saturated_spans(z, z < 0) == [(-6, pytest.approx(-0.025))]


# -- weights --------------------------------------------------------------------------------


def test_weights_bars_and_bias_outline_are_the_histograms(qtbot, sigmoid6):
    frame = sigmoid6
    view = make(qtbot, WeightsView, frame)
    assert view.objectName() == "weights_plot" and view.export_target is view.glw
    ins = frame.inside
    assert len(view.layers) == 7
    assert [lay.plot.titleLabel.text for lay in view.layers] == [f"Layer {i}" for i in range(1, 7)] + ["Output"]
    for l, lay in enumerate(view.layers):
        np.testing.assert_array_equal(lay.hist.weights, ins.weight_hist[l])
        np.testing.assert_array_equal(lay.hist.biases, ins.bias_hist[l])
        np.testing.assert_array_equal(lay.hist.edges, ins.weight_edges)
        (x0, x1), (y0, y1) = lay.plot.vb.viewRange()
        assert x0 <= ins.weight_edges[0] and ins.weight_edges[-1] <= x1
        assert y0 <= 0 and max(ins.weight_hist[l].max(), ins.bias_hist[l].max()) <= y1
    assert [label.text for _, label in view.legend.items] == ["weights &lt; 0", "weights &gt; 0", "biases"]


def test_weights_update_in_place(qtbot):
    t, acc, cur, frame = build(activation="relu", init="he", snapshots=1)
    view = make(qtbot, WeightsView, frame)
    items = [lay.hist for lay in view.layers]
    t.run(50)
    acc.add(make_snapshot(t, 1, "training", cur))
    later = acc.frame()
    view.update_frame(later)
    assert [lay.hist for lay in view.layers] == items  # same items, new data
    np.testing.assert_array_equal(items[2].weights, later.inside.weight_hist[2])
    assert not np.array_equal(later.inside.weight_hist[2], frame.inside.weight_hist[2])


def test_weights_grid_stays_within_three_columns(qtbot):
    assert [grid_columns(n) for n in range(1, 10)] == [1, 2, 3, 2, 3, 3, 3, 3, 3]
    frame = build(hidden=(16,) * 8, activation="relu", snapshots=1)[3]
    view = make(qtbot, WeightsView, frame, size=(500, 400))
    cells = {(view.histogram_grid.layout.itemAt(i).geometry().x(), view.histogram_grid.layout.itemAt(i).geometry().y())
             for i in range(view.histogram_grid.layout.count())}
    assert len(view.layers) == 9 and len(cells) == 9


# -- edge cases -----------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [GradientView, HealthView, WeightsView])
def test_views_take_a_frame_without_inside(qtbot, sigmoid6, cls):
    frame = dataclasses.replace(sigmoid6, inside=None)
    view = make(qtbot, cls, frame)
    if cls is GradientView:  # its rows come with every frame, inside or not
        for l, c in enumerate(view.curves):
            np.testing.assert_array_equal(data(c)[1], frame.grad_norm[:, l])
    if cls is HealthView:
        assert np.all(view.histogram() == 0) and len(view.histogram()) == len(PREACT_EDGES) - 1
        np.testing.assert_array_equal(data(view.dead_curves[0])[0], frame.diag_step)
        view.set_layer(2)
        assert np.all(view.histogram() == 0)
    if cls is WeightsView:
        assert all(len(lay.hist.weights) == 0 for lay in view.layers)
    view.update_frame(sigmoid6)  # and the next frame with it draws
    if cls is HealthView:
        np.testing.assert_array_equal(view.histogram(), sigmoid6.inside.preact_hist[2])
    if cls is WeightsView:
        for l, lay in enumerate(view.layers):
            np.testing.assert_array_equal(lay.hist.weights, sigmoid6.inside.weight_hist[l])
    if cls is GradientView:
        assert len(view.curves) == 7 and len(data(view.curves[0])[0]) == len(sigmoid6.diag_step)


def test_views_of_a_net_without_hidden_layers(qtbot, no_hidden):
    frame = no_hidden
    g = make(qtbot, GradientView, frame)
    assert len(g.curves) == 1 and [label.text for _, label in g.legend.items] == ["output"]
    np.testing.assert_array_equal(data(g.curves[0])[1], frame.grad_norm[:, 0])

    h = make(qtbot, HealthView, frame)
    h.show()
    qtbot.waitExposed(h)
    assert h.dead_curves == [] and "No hidden layers" in h.message.text
    assert h.message.scene() is not None and h.dead_plot.scene() is None
    assert not h.combo.isVisible()
    h.set_layer(3)  # nothing to choose: no error
    # ...and back to a net with hidden layers.
    deep = build(activation="relu", snapshots=1)[3]
    h.update_frame(deep)
    assert h.combo.isVisible() and h.dead_plot.scene() is not None and h.message.scene() is None

    w = make(qtbot, WeightsView, frame)
    assert [lay.plot.titleLabel.text for lay in w.layers] == ["Output"]
    np.testing.assert_array_equal(w.layers[0].hist.weights, frame.inside.weight_hist[0])


def colour_share(img, rgb, tol: int = 12) -> float:
    """The share of ``img``'s pixels within ``tol`` of ``rgb``."""
    from PySide6.QtGui import QImage

    img = img.convertToFormat(QImage.Format.Format_RGB888)
    a = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())[:, : 3 * img.width()]
    a = a.reshape(img.height(), img.width(), 3).astype(int)
    return float(np.mean(np.abs(a - np.array(rgb)).max(axis=2) <= tol))


def test_views_paint(qtbot, sigmoid6):
    """Rendered at a dock's size, each view paints what it holds (pytest-qt also fails on Qt warnings)."""
    from dlviz.ui.views.health import BAR_COLOR

    wanted = {GradientView: [layer_colors(7)[-1], layer_colors(7)[0]], HealthView: [BAR_COLOR, style.FN_COLOR],
              WeightsView: [style.NEGATIVE, style.POSITIVE]}
    for cls, colours in wanted.items():
        view = make(qtbot, cls, sigmoid6)
        view.show()
        qtbot.waitExposed(view)
        img = view.grab().toImage()
        assert img.width() == 600 and img.height() == 420
        for rgb in colours:
            assert colour_share(img, rgb) > 0.001, (cls.__name__, rgb)
        assert colour_share(img, (255, 255, 255)) > 0.3  # and not painted over


# -- views that broke on real settings (issue 9) ---------------------------------------------


def drawn_texts(axis):
    """(rect, text) of every tick label the axis draws at its current size."""
    from PySide6.QtGui import QImage, QPainter

    img = QImage(10, 10, QImage.Format.Format_ARGB32)
    p = QPainter(img)
    try:
        specs = axis.generateDrawSpecs(p)
    finally:
        p.end()
    return [(rect, text) for rect, _, text in specs[2]] if specs else []


def test_step_axes_read_thousands_and_labels_never_touch(qtbot, sigmoid6):
    """Gradient flow's x labels ran together ("020000400006000080000") in a narrow dock."""
    from dlviz.ui.views.common import count_label

    assert [count_label(v) for v in (0, 950, 20000, 125000, 1.5e6, -0.0)] == ["0", "950", "20k", "125k", "1.5M", "0"]
    n = 400
    rows = dict(diag_step=np.linspace(256.0, 100_000.0, n), grad_norm=np.full((n, 7), 0.1),
                dead_fraction=np.zeros((n, 6)))
    frame = dataclasses.replace(sigmoid6, **rows)
    for cls in (GradientView, HealthView):
        view = make(qtbot, cls, frame, size=(450, 330))
        view.show()
        qtbot.waitExposed(view)
        axis = (view.getPlotItem() if cls is GradientView else view.dead_plot).getAxis("bottom")
        texts = drawn_texts(axis)
        labels = [t for _, t in texts]
        assert len(labels) >= 3 and "20k" in labels or "50k" in labels, labels
        assert all(t == "0" or t.endswith("k") for t in labels), labels
        rects = [r for r, _ in texts]
        assert all(a.right() + 8 < b.left() for a, b in zip(rects, rects[1:])), labels


def test_gradient_log_axis_uses_one_style(qtbot, sigmoid6):
    view = make(qtbot, GradientView, sigmoid6)
    view.show()
    qtbot.waitExposed(view)
    labels = [t for _, t in drawn_texts(view.getPlotItem().getAxis("left"))]
    assert labels and all(t.startswith(("10", "2·10", "5·10")) for t in labels), labels


def test_a_short_run_has_a_point_per_epoch(qtbot):
    """The window sampled the newest diagnostics ~10 times a second, so a quick run had
    2-3 points; the frame's per-epoch rows give one point per epoch."""
    frame = build(activation="relu", init="he", snapshots=6, samples=100)[3]
    epochs = len(frame.epoch)
    assert epochs == 6 and len(frame.diag_step) == epochs
    g = make(qtbot, GradientView, frame)
    h = make(qtbot, HealthView, frame)
    for curve in (*g.curves, *h.dead_curves):
        np.testing.assert_array_equal(data(curve)[0], frame.epoch_step)
    np.testing.assert_array_equal(data(g.curves[2])[1], frame.grad_norm[:, 2])
    np.testing.assert_allclose(data(h.dead_curves[1])[1], 100 * frame.dead_fraction[:, 1])


def test_clipped_preactivations_are_marked(qtbot, sigmoid6):
    from PySide6.QtCore import Qt

    view = make(qtbot, HealthView, sigmoid6)
    ticks = dict(view.pre_plot.getAxis("bottom")._tickLevels[0])
    assert ticks[-6.0] == "≤ −6" and ticks[6.0] == "≥ 6" and ticks[0.0] == "0"
    assert not any(t.startswith("-") for t in ticks.values())
    brushes = view.bars.opts["brushes"]
    assert brushes[0].style() == brushes[-1].style() == Qt.BrushStyle.BDiagPattern
    assert all(b.style() == Qt.BrushStyle.SolidPattern for b in brushes[1:-1])


def test_dead_units_key_has_room_under_its_title(qtbot, relu6):
    view = make(qtbot, HealthView, relu6)
    label = view.dead_plot.titleLabel
    spaced = label.item.boundingRect().height()
    label.setText(label.text.replace("<div style=", "<br><span style=").replace("</div>", "</span>"))
    assert spaced >= label.item.boundingRect().height() + 3


def test_no_negative_zero_on_any_axis():
    from dlviz.ui.views.common import Axis, no_negative_zero

    assert [no_negative_zero(s) for s in ("-0", "-0.0", "-0.00", "-0.5", "0", "-10")] == [
        "0", "0.0", "0.00", "-0.5", "0", "-10"]
    axis = Axis("bottom")
    assert axis.tickStrings([-1e-17, 0.2, -0.2], 1.0, 0.2) == ["0", "0.2", "-0.2"]  # pyqtgraph: "-1e-17"


@pytest.mark.parametrize("size", [(600, 450), (450, 330)])
def test_weights_of_eight_hidden_layers_stay_readable(qtbot, size):
    """Nine histograms in a dock were ~10 px tall with overprinted ticks: rows keep a
    readable height and the grid scrolls."""
    from dlviz.ui.views.weights import ROW_MIN_HEIGHT

    frame = build(hidden=(12,) * 8, activation="relu", snapshots=1)[3]
    view = make(qtbot, WeightsView, frame, size=size)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.layers[-1].plot.vb.height() > 0, timeout=2000)
    heights = [lay.plot.vb.height() for lay in view.layers]
    assert min(heights) >= 60, heights
    scrolls = view.verticalScrollBar().maximum() > 0
    assert scrolls == (size[1] < 450)  # 1920 x 1080 docks (600 x 450) show all nine
    img = view.export_target.grab().toImage()  # the export holds every layer
    assert img.height() >= 3 * ROW_MIN_HEIGHT


def test_gradient_y_label_fits_beside_its_ticks(qtbot, sigmoid6):
    """In a 420 x 280 dock the y label ran off the top and over the "5·10⁻¹" ticks."""
    view = make(qtbot, GradientView, sigmoid6, size=(420, 280))
    view.show()
    qtbot.waitExposed(view)
    axis = view.getPlotItem().getAxis("left")
    label = axis.label.boundingRect()  # drawn rotated: its width runs along the axis
    assert label.width() <= axis.height()
    texts = drawn_texts(axis)
    assert texts
    label_right = axis.label.mapRectToParent(label).right()
    assert all(rect.left() >= label_right for rect, _ in texts), (label_right, [r.left() for r, _ in texts])
