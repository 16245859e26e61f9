"""The four views, fed real Frames built from a Trainer (no training process)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.engine.activations import ACTIVATIONS, get_activation
from dlviz.training.session import Cursor, make_snapshot, run_info
from dlviz.training.trainer import Trainer
from dlviz.ui import style
from dlviz.training.frames import FrameAccumulator
from dlviz.ui.views import ActivationView, DecisionView, DropoutView, LossView


def data(curve):
    """The data given to a curve (getData() answers with what is displayed:
    downsampled and clipped to the view)."""
    return curve.xData, curve.yData


@pytest.fixture(scope="module", autouse=True)
def _pyqtgraph_config():
    style.configure_pyqtgraph()


def build(config: Config, epochs: int = 0, steps: int = 0, state: str = "training"):
    """(info, frames): a frame after the "ready" snapshot, then one per epoch (or one
    after ``steps`` steps)."""
    t = Trainer(config)
    cur = Cursor()
    acc = FrameAccumulator(run_info(t, run_id=1))
    acc.add(make_snapshot(t, 1, "ready", cur))
    frames = [acc.frame()]
    if steps:
        t.run(steps)
        acc.add(make_snapshot(t, 1, "diverged" if t.diverged else state, cur))
        frames.append(acc.frame())
    for _ in range(epochs):
        t.run_epoch()
        acc.add(make_snapshot(t, 1, state, cur))
        frames.append(acc.frame())
    return acc.info, frames


@pytest.fixture(scope="module")
def spiral():
    return build(Config(dataset="spiral", classes=3, dropout=0.3), epochs=20)


@pytest.fixture(scope="module")
def diverged():
    return build(Config(optimizer="sgd", lr=100), steps=1000)


def make(qtbot, cls, size=(600, 450)):
    w = cls()
    qtbot.addWidget(w)
    w.resize(*size)
    return w


def show(qtbot, w):
    w.show()
    qtbot.waitExposed(w)


def rgb(brush) -> tuple[int, int, int]:
    return brush.color().getRgb()[:3]


def live(frame, **changes):
    """``frame`` as after a live change of its run's config (the starting config stays)."""
    config = dataclasses.replace(frame.config, **changes)
    return dataclasses.replace(frame, snap=dataclasses.replace(frame.snap, config=config))


# -- decision ---------------------------------------------------------------------------------


def test_decision_image_is_the_argmax_class_colour(qtbot, spiral):
    info, frames = spiral
    frame = frames[-1]
    view = make(qtbot, DecisionView)
    assert view.objectName() == "decision_plot"
    view.update_frame(frame)
    img = view.image.image
    assert img.shape == (100, 100, 3) and img.dtype == np.uint8
    grid = frame.grid
    top = grid.argmax(axis=0)
    rng = np.random.default_rng(1)
    for iy, ix in rng.integers(0, 100, size=(12, 2)):
        k = top[iy, ix]
        c = np.array(style.class_rgb(k), float)
        px = img[iy, ix].astype(float)
        # px = white + (class colour - white) * t for one t in [0.15, 0.75]: the class hue.
        t = (255.0 - px) / (255.0 - c)
        t = t[np.abs(255.0 - c) > 30]
        assert np.ptp(t) < 0.05, (iy, ix, k, px)
        assert 0.14 <= t.mean() <= 0.76
    np.testing.assert_array_equal(img, style.region_image(grid))


def test_decision_image_covers_the_bounds_and_view_is_fixed(qtbot, spiral):
    info, frames = spiral
    view = make(qtbot, DecisionView)
    view.update_frame(frames[-1])
    show(qtbot, view)
    x0, x1, y0, y1 = info.bounds
    r = view.image.mapRectToParent(view.image.boundingRect())
    assert (r.left(), r.right(), r.top(), r.bottom()) == pytest.approx((x0, x1, y0, y1))
    # Image row 0 is the bottom row: grid cell (iy, ix) is drawn at its own centre.
    p = view.image.mapToParent(view.image.boundingRect().topLeft())
    assert (p.x(), p.y()) == pytest.approx((x0, y0))
    vb = view.getPlotItem().vb

    def tight():  # the axes hug the plane once the layout has settled
        (vx0, vx1), (vy0, vy1) = vb.viewRange()
        return vx1 - vx0 < 1.03 * (x1 - x0) and vy1 - vy0 < 1.03 * (y1 - y0)

    qtbot.waitUntil(tight, timeout=2000)
    (vx0, vx1), (vy0, vy1) = vb.viewRange()
    assert vx0 <= x0 + 1e-9 and vx1 >= x1 - 1e-9 and vy0 <= y0 + 1e-9 and vy1 >= y1 - 1e-9
    assert not vb.state["mouseEnabled"][0] and not vb.state["mouseEnabled"][1]
    assert vb.state["aspectLocked"] == 1.0


def test_decision_scatter_points_and_class_brushes(qtbot, spiral):
    info, frames = spiral
    view = make(qtbot, DecisionView)
    view.update_frame(frames[-1])
    k = len(info.class_names)
    assert len(view.train_scatter.data) == len(info.y_train)
    assert len(view.val_scatter.data) == len(info.y_val)
    colours = [rgb(b) for b in view.train_scatter.data["brush"]]
    for c in range(k):
        assert colours.count(style.class_rgb(c)) == np.count_nonzero(info.y_train == c)
    # every point sits where its sample is, with its own class colour
    by_pos = {tuple(np.round(p, 6)): col for p, col in zip(info.X_train, info.y_train)}
    for x, y, b in zip(view.train_scatter.data["x"], view.train_scatter.data["y"], colours):
        assert style.class_rgb(by_pos[(round(x, 6), round(y, 6))]) == b
    names = [label.text for _, label in view.legend.items]
    assert names == [*info.class_names, "validation"]


def test_decision_validation_toggle(qtbot, spiral):
    info, frames = spiral
    view = make(qtbot, DecisionView)
    view.update_frame(frames[-1])
    assert view.val_scatter.isVisible()
    view.set_show_validation(False)
    assert not view.val_scatter.isVisible()
    assert "validation" not in [label.text for _, label in view.legend.items]
    view.set_show_validation(True)
    assert view.val_scatter.isVisible()
    assert [label.text for _, label in view.legend.items][-1] == "validation"


def test_decision_counts_only_new_grids_and_shows_maps(qtbot, spiral):
    info, frames = spiral
    view = make(qtbot, DecisionView)
    view.update_frame(frames[-2])
    view.update_frame(frames[-1])
    view.update_frame(frames[-1])  # the same grid again: nothing drawn
    assert view.frames_drawn == 2
    unit = np.tanh(np.linspace(-3, 3, 50))[None, :] * np.ones((40, 1))
    view.show_map(unit, "Layer 1, unit 3")
    assert "Layer 1, unit 3" in view.getPlotItem().titleLabel.text
    np.testing.assert_array_equal(view.image.image, style.diverging_rgb(unit, np.abs(unit).max()))
    # The view scales a map by its own max |value|: a ReLU unit's 0 .. 7 map uses the whole scale.
    relu = 7.0 * np.maximum(unit, 0)
    view.show_map(relu, "Hidden layer 1, unit 1")
    np.testing.assert_array_equal(view.image.image, style.diverging_rgb(relu, 7.0 * np.abs(unit).max()))
    assert tuple(view.image.image[0, -1]) == style.POSITIVE  # the largest value: the full colour
    r = view.image.mapRectToParent(view.image.boundingRect())
    assert (r.left(), r.right(), r.top(), r.bottom()) == pytest.approx(info.bounds)
    view.show_map(None)
    assert "Decision regions" in view.getPlotItem().titleLabel.text
    np.testing.assert_array_equal(view.image.image, style.region_image(frames[-1].grid))


@pytest.mark.parametrize("classes", [2, 8])
def test_decision_many_points_are_subsampled(qtbot, classes):
    info, frames = build(Config(dataset="blobs", classes=classes, samples=6000), epochs=1)
    view = make(qtbot, DecisionView)
    view.update_frame(frames[-1])
    n = len(view.train_scatter.data) + len(view.val_scatter.data)
    assert 2900 <= n <= 3000
    assert len(view.legend.items) == classes + 1
    colours = {rgb(b) for b in view.train_scatter.data["brush"]}
    assert colours == {style.class_rgb(c) for c in range(classes)}


# -- loss ---------------------------------------------------------------------------------------


def test_loss_curves(qtbot, spiral):
    info, frames = spiral
    frame = frames[-1]
    view = make(qtbot, LossView)
    assert view.objectName() == "loss_plot"
    view.update_frame(frame)
    n = len(frame.epoch)
    assert n == 20
    for curve in (view.train_curve, view.val_curve, view.train_acc_curve, view.val_acc_curve):
        x, y = data(curve)
        assert len(x) == len(y) == n
        assert np.isfinite(x).all() and np.isfinite(y).all()
        np.testing.assert_array_equal(x, np.arange(1, n + 1))
    np.testing.assert_allclose(data(view.train_acc_curve)[1], 100 * frame.train_acc)
    x, y = data(view.step_curve)
    assert len(x) == len(frame.step_x) and np.isfinite(y).all()
    # per-step points at step / steps_per_epoch epochs
    np.testing.assert_allclose(x, frame.step_x / info.steps_per_epoch)
    assert view.acc_plot.vb.viewRange()[1] == pytest.approx([-2, 102])


def test_loss_log_and_smoothing(qtbot, spiral):
    info, frames = spiral
    view = make(qtbot, LossView)
    view.update_frame(frames[-1])
    view.set_log(True)
    assert view.loss_plot.getAxis("left").logMode
    view.set_log(False)
    assert not view.loss_plot.getAxis("left").logMode

    raw = data(view.step_curve)[1].copy()
    view.set_smoothing(0.9)
    smooth = data(view.step_curve)[1]
    assert len(smooth) == len(raw)
    assert not np.allclose(smooth, raw)
    assert np.std(np.diff(smooth)) < np.std(np.diff(raw))  # smoother
    view.set_smoothing(0)
    np.testing.assert_allclose(data(view.step_curve)[1], raw)


def test_loss_ema_matches_the_recurrence():
    from dlviz.ui.views.loss import ema

    y = np.random.default_rng(0).random(5000)
    for s in (0.0, 1e-6, 0.3, 0.9, 0.99):
        m, want = y[0], []
        for v in y:
            m = s * m + (1 - s) * v
            want.append(m)
        np.testing.assert_allclose(ema(y, s), want, rtol=1e-9)


def test_loss_diverged_marker(qtbot, diverged, spiral):
    info, frames = diverged
    frame = frames[-1]
    assert frame.snap.state == "diverged" and frame.snap.diverged_at_step is not None
    view = make(qtbot, LossView)
    view.update_frame(frame)
    assert view.diverged_line.isVisible()
    assert view.diverged_line.value() == pytest.approx(frame.snap.diverged_at_step / info.steps_per_epoch)
    show(qtbot, view)
    assert f"step {frame.snap.diverged_at_step}" in view.diverged_line.label.toPlainText()
    x0, x1 = view.loss_plot.vb.viewRange()[0]
    assert x0 <= view.diverged_line.value() <= x1  # in view, though no loss was recorded there
    for curve in (view.step_curve, view.train_curve):
        assert np.isfinite(data(curve)[1]).all() if data(curve)[1] is not None else True
    # a run that did not diverge hides it again
    view.update_frame(spiral[1][-1])  # another run's frame
    assert not view.diverged_line.isVisible()


def test_loss_clear_and_no_validation(qtbot, spiral):
    info, frames = spiral
    view = make(qtbot, LossView)
    view.update_frame(frames[-1])
    info2, frames2 = build(Config(dataset="spiral", val_fraction=0.0), epochs=3)
    view.update_frame(frames2[0])  # a new run's first frame clears the old run's curves
    for curve in (view.train_curve, view.val_curve, view.train_acc_curve, view.val_acc_curve):
        x, _ = data(curve)
        assert x is None or len(x) == 0
    assert not view.diverged_line.isVisible()
    view.update_frame(frames2[-1])
    assert not view.val_curve.isVisible() and not view.val_acc_curve.isVisible()
    assert [label.text for _, label in view.loss_legend.items] == ["per step", "train"]
    assert len(data(view.train_curve)[0]) == 3


# -- activation -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_activation_curves_match_the_engine(qtbot, name):
    view = make(qtbot, ActivationView)
    assert view.objectName() == "activation_plot"
    _, frames = build(Config(activation=name, leaky_slope=0.1, elu_alpha=0.5))
    view.update_frame(frames[0])
    z, f, df = view.curve_data()
    act = get_activation(name, leaky_slope=0.1, elu_alpha=0.5)
    assert len(z) >= 801 and z[0] == -5 and z[-1] == 5
    np.testing.assert_allclose(f, act.fn(z))
    np.testing.assert_allclose(df, act.grad(z))
    np.testing.assert_allclose(view.fn_curve.getData()[1], f)
    np.testing.assert_allclose(view.deriv_curve.getData()[1], df)
    title = view.getPlotItem().titleLabel.text
    assert act.label in title
    y0, y1 = view.getPlotItem().vb.viewRange()[1]
    assert y0 < -0.5 and y1 > 1.0  # zero well inside the view, f' = 1 visible
    assert y0 >= -1.6 and y1 <= 5.5
    if name == "step":
        assert not df.any()


def test_activation_follows_the_live_config(qtbot, spiral):
    info, frames = spiral
    view = make(qtbot, ActivationView)
    view.update_frame(frames[-1])
    assert f"Activation: {get_activation(info.config.activation).label}" in view.getPlotItem().titleLabel.text
    # A live change of the option shows at once, though info.config still holds the start.
    _, frames2 = build(Config(activation="leaky_relu", leaky_slope=0.2))
    view.update_frame(frames2[0])
    assert view.curve_data()[1][0] == pytest.approx(-1.0)  # 0.2 * -5
    view.update_frame(live(frames2[0], leaky_slope=0.5))
    assert view.curve_data()[1][0] == pytest.approx(-2.5)
    view.update_frame(live(frames2[0], activation="tanh"))
    assert "Tanh" in view.getPlotItem().titleLabel.text


def test_activation_without_hidden_layers_says_none_is_used(qtbot):
    _, frames = build(Config(dataset="spiral", hidden=(), activation="tanh"))
    view = make(qtbot, ActivationView)
    view.update_frame(frames[0])
    z, f, df = view.curve_data()
    assert len(f) == len(df) == 0
    assert data(view.fn_curve)[0] is None or len(data(view.fn_curve)[0]) == 0
    assert "Tanh" not in view.getPlotItem().titleLabel.text
    assert "no hidden layer" in view.message.toPlainText() and not view.legend.isVisible()
    _, frames = build(Config(dataset="spiral", hidden=(4,), activation="tanh"))
    view.update_frame(frames[0])  # and back
    assert len(view.curve_data()[1]) == 801 and view.message.toPlainText() == ""


@pytest.mark.parametrize("name", ["linear", "elu", "gelu", "sigmoid"])
def test_activation_legend_covers_no_curve(qtbot, name):
    """The legend sat on the plot, over f'(z) = 1 of linear and the peaks of others."""
    _, frames = build(Config(activation=name))
    view = make(qtbot, ActivationView)
    show(qtbot, view)
    view.update_frame(frames[0])
    vb = view.getPlotItem().vb
    legend = view.legend.mapRectToScene(view.legend.boundingRect())
    plane = vb.mapRectToScene(vb.boundingRect())
    overlap = legend.intersected(plane)
    assert overlap.width() < 1 or overlap.height() < 1  # beside the data area (edges may touch)
    assert legend.width() > 20 and view.legend.isVisible()


# -- dropout --------------------------------------------------------------------------------------


def test_dropout_images_are_the_masks(qtbot, spiral):
    info, frames = spiral
    frame = frames[-1]
    view = make(qtbot, DropoutView)
    assert view.objectName() == "dropout_plot"
    view.update_frame(frame)
    masks = frame.snap.masks
    assert len(view.images) == len(info.sizes) - 2 == len(masks)
    for img, m in zip(view.images, masks):
        np.testing.assert_array_equal(img.image, m.astype(np.uint8))
        assert img.levels is not None and list(img.levels) == [0, 1]
        r = img.mapRectToParent(img.boundingRect())
        assert (r.width(), r.height()) == (m.shape[1], m.shape[0])
    assert view.plots[0].scene() is view.scene()
    assert view.message.scene() is None
    assert "p = 0.3" in view.title.text and "% kept" in view.plots[0].titleLabel.text


def test_dropout_off_message_and_live_switch(qtbot):
    info, frames = build(Config(dataset="spiral", dropout=0.0), epochs=1)
    view = make(qtbot, DropoutView)
    view.update_frame(frames[-1])
    assert view.message.scene() is view.scene()
    assert "Dropout is off" in view.message.text
    assert all(p.scene() is None for p in view.plots)
    assert len(view.plots) == 2  # built anyway: dropout can be switched on live
    # switched on live: masks arrive with the next steps
    t = Trainer(Config(dataset="spiral", dropout=0.0))
    t.apply_live(Config(dataset="spiral", dropout=0.5))
    cur = Cursor()
    acc = FrameAccumulator(run_info(t, run_id=1))
    acc.add(make_snapshot(t, 1, "ready", cur))
    t.run_epoch()
    acc.add(make_snapshot(t, 1, "training", cur))
    view.update_frame(live(acc.frame(), dropout=0.5))
    assert view.plots[0].scene() is view.scene() and view.message.scene() is None
    assert "p = 0.5" in view.title.text
    view.update_frame(live(acc.frame(), dropout=0.0))
    assert view.message.scene() is view.scene()


def test_dropout_no_hidden_layers_and_wide_layers(qtbot):
    info, frames = build(Config(dataset="spiral", dropout=0.2, hidden=()), epochs=1)
    view = make(qtbot, DropoutView)
    view.update_frame(frames[-1])
    assert view.message.text == "No hidden layers"
    info, frames = build(Config(dataset="spiral", dropout=0.2, hidden=(256, 8)), epochs=1)
    view.update_frame(frames[-1])
    assert [img.image.shape[0] for img in view.images] == [256, 8]
    info, frames = build(Config(dataset="spiral", dropout=0.2, hidden=(8,) * 8), epochs=1)
    view.update_frame(frames[-1])
    assert len(view.plots) == 8
    show(qtbot, view)
    heights = [p.vb.height() for p in view.plots]
    assert min(heights) > 10  # every layer gets some room at 600 x 450
    # ...and at 450 x 330 both columns fit the dock (the right one was cut off).
    view.resize(450, 330)
    qtbot.waitUntil(lambda: view.plots[1].sceneBoundingRect().right() <= 450, timeout=2000)
    assert all(p.sceneBoundingRect().right() <= 450 and p.vb.height() > 10 for p in view.plots)
    # ...and in a 1920 x 1080 window's 180 px dock: one column, layers named on their axes.
    view.resize(180, 300)
    qtbot.waitUntil(lambda: all(p.sceneBoundingRect().right() <= 180 for p in view.plots), timeout=2000)
    assert len({p.sceneBoundingRect().left() for p in view.plots}) == 1
    assert view.plots[0].getAxis("left").labelText == "L1" and not view.plots[0].titleLabel.isVisible()
    assert view.title.item.boundingRect().width() <= 180 and view.plots[0].scene() is view.scene()
    np.testing.assert_array_equal(view.images[7].image, frames[-1].snap.masks[7].astype(np.uint8))
    view.resize(600, 450)  # and back to titled columns
    qtbot.waitUntil(lambda: view.plots[0].titleLabel.isVisible(), timeout=2000)
    assert "% kept" in view.plots[0].titleLabel.text


def test_loss_range_follows_the_whole_run(qtbot):
    """The x range grows with the run (it once followed the clipped display data
    and stayed at the first epochs)."""
    info, frames = build(Config(samples=200, hidden=(8,)), epochs=30)
    view = make(qtbot, LossView)
    view.resize(500, 400)
    view.show()
    for f in frames[:5]:
        view.update_frame(f)
    view.update_frame(frames[-1])
    x0, x1 = view.loss_plot.vb.viewRange()[0]
    assert x1 >= 30
    y0, y1 = view.loss_plot.vb.viewRange()[1]
    assert y0 <= float(np.min(frames[-1].train_loss)) and y1 >= float(np.max(frames[-1].train_loss))


def test_decision_plot_follows_a_shrinking_view(qtbot):
    """Padding fitted to a tall view must not hold the plot taller than the view once
    it shrinks (it did when a second view appeared below it)."""
    info, frames = build(Config(samples=200, hidden=(8,)), epochs=1)
    view = make(qtbot, DecisionView, size=(570, 787))
    view.show()
    view.update_frame(frames[-1])
    qtbot.waitUntil(lambda: view.getPlotItem().size().height() >= 780, timeout=5000)
    view.resize(570, 391)
    qtbot.waitUntil(lambda: view.getPlotItem().size().height() <= 391, timeout=5000)
    vb = view.getPlotItem().vb
    (x0, x1), (y0, y1) = vb.viewRange()
    assert y0 <= -1.0 + 1e-6 and y1 >= 1.0 - 1e-6  # the whole plane is in view


def test_short_loss_view_keeps_one_epoch_label_and_fewer_accuracy_ticks(qtbot):
    """In a short dock (1366 x 768, compact layout) both plots' x labels did not fit."""
    from dlviz.ui.views.loss import SHORT_VIEW

    view = make(qtbot, LossView)
    show(qtbot, view)
    upper = view.loss_plot.getAxis("bottom").label
    lower = view.acc_plot.getAxis("bottom").label

    def acc_ticks():
        return [v for v, _ in view.acc_plot.getAxis("left")._tickLevels[0]]

    view.resize(600, SHORT_VIEW - 60)
    qtbot.waitUntil(lambda: not upper.isVisible(), timeout=2000)
    assert lower.isVisible()
    assert acc_ticks() == [0, 50, 100]
    view.resize(600, SHORT_VIEW + 120)
    qtbot.waitUntil(upper.isVisible, timeout=2000)
    assert lower.isVisible()
    assert acc_ticks() == [0, 20, 40, 60, 80, 100]


def test_decision_plane_fills_a_tall_view(qtbot, spiral):
    """At 1366 x 768 the centre is tall and narrow (435 x 655): with the legend beside
    it the plane was ~265 px wide with ~200 px blank above and below."""
    info, frames = spiral
    view = make(qtbot, DecisionView, size=(435, 655))
    show(qtbot, view)
    view.update_frame(frames[-1])
    vb = view.getPlotItem().vb
    qtbot.waitUntil(lambda: view.legend_below and abs(vb.width() - vb.height()) < 2, timeout=3000)
    assert vb.width() >= 0.8 * view.width()
    legend = view.legend.mapRectToScene(view.legend.boundingRect())
    assert legend.top() >= vb.mapRectToScene(vb.boundingRect()).bottom()  # under the plane, not on it
    # A wide view keeps the legend beside the plane.
    view.resize(600, 450)
    qtbot.waitUntil(lambda: not view.legend_below and vb.height() >= 0.8 * view.height(), timeout=3000)


def test_views_run_without_the_training_package():
    """The views take everything from frames: importing them loads no dlviz.training
    (type hints name Frame under TYPE_CHECKING only)."""
    import subprocess
    import sys

    code = "import sys, dlviz.ui.views; print(sorted(m for m in sys.modules if m.startswith('dlviz.training')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_loss_below_one_is_labelled_as_it_is(qtbot):
    """pyqtgraph 0.14 turned a unit-less axis spanning 0.63-0.70 into "630-700"."""
    from dlviz.ui.views.compare_curves import CompareCurves

    view = CompareCurves()
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    view.loss_plot.setYRange(0.63, 0.70, padding=0)
    view.x_axis.setCurrentIndex(1)  # a redraw re-labels the axes
    axis = view.loss_plot.getAxis("left")
    assert axis.autoSIPrefixScale == 1.0
    assert axis.tickStrings([0.64, 0.66], axis.autoSIPrefixScale, 0.02) == ["0.64", "0.66"]
