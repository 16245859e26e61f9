"""The softmax and cross-entropy inspector in the window: a click on the plane or on
a unit, the numbers it shows against the training process's probe, the chance line
on the loss plot and an output node's 0-1 probability map."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction

from dlviz.common.numbers import sig3
from dlviz.config import Config
from dlviz.ui import inspector as insp
from dlviz.ui import style

TIMEOUT = 15_000


@pytest.fixture
def win(open_window, qtbot):
    w = open_window(Config(dataset="spiral", classes=3, samples=300, hidden=(20, 6), activation="tanh", seed=3),
                    ready=lambda w: w.frame.inside is not None)
    w.play()
    qtbot.waitUntil(lambda: w.frame.snap.epoch >= 5, timeout=TIMEOUT)
    w.pause()
    qtbot.waitUntil(lambda: w.frame.state == "paused", timeout=TIMEOUT)
    return w


def click_plane(win, qtbot, x: float, y: float) -> None:
    """A real left click on the decision plane at data point (x, y)."""
    dv = win.decision_view
    vb = dv.getPlotItem().getViewBox()
    pos = dv.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(dv.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def wait_probe(win, qtbot, unit=None):
    ins = win.inspector.widget

    def ok():
        p = ins.probe
        return p is not None and p.point == ins.point and (unit is None or p.unit == unit)

    qtbot.waitUntil(ok, timeout=TIMEOUT)
    return ins.probe


def cells(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def empty_spot(info):
    """A point of the plane with no sample within the snap radius."""
    x0, x1, y0, y1 = info.bounds
    for x in np.linspace(x0, x1, 25):
        for y in np.linspace(y0, y1, 25):
            if insp.nearest_sample(info, (x, y), 2 * insp.SNAP) is None:
                return float(x), float(y)
    raise AssertionError("no empty spot on the plane")


def test_click_near_a_sample_snaps_to_it_and_shows_the_probe(win, qtbot):
    info = win.frame.info
    i = 7
    sx, sy = (float(v) for v in info.X_train[i])
    dx = 0.01 * (info.bounds[1] - info.bounds[0])  # 1 % of the plane away: within the snap radius
    near = insp.nearest_sample(info, (sx + dx, sy))
    click_plane(win, qtbot, sx + dx, sy)
    ins = win.inspector.widget
    assert win.inspector.dock.isVisible()
    assert ins.point == near[0] and ins.sample == (near[1], near[2])  # the nearest sample, taken whole
    assert ins.label == near[1] and not ins.label_box.isEnabled()
    assert win.controller.probe == ins.point
    np.testing.assert_allclose(win.inspector.marker.getData()[0], [ins.point[0]])
    assert win.inspector.marker.isVisible()
    p = wait_probe(win, qtbot)
    z, probs = p.logits, p.probs
    k = len(info.class_names)
    assert cells(ins.table, 1)[:k] == [sig3(v) for v in z]
    assert cells(ins.table, 2)[:k] == [insp.exp_text(v) for v in z]
    assert cells(ins.table, 3)[:k] == [sig3(v) for v in probs]
    assert cells(ins.table, 3)[k] == "1"  # Σ pᵢ
    assert cells(ins.table, 2)[k] == sig3(np.exp(z).sum())
    np.testing.assert_allclose(ins.bars.heights, probs)
    y = near[1]
    ce = -math.log(probs[y])
    assert sig3(ce) in ins.loss.text() and "ln 3 = <b>1.10</b>" in ins.loss.text()
    assert sig3(probs[y]) in ins.formula.text() and info.class_names[y] in ins.formula.text()


def test_without_a_sample_the_label_is_picked_and_defaults_to_the_prediction(win, qtbot):
    info = win.frame.info
    x, y = empty_spot(info)
    win.decision_view.point_clicked.emit(x, y)
    ins = win.inspector.widget
    assert ins.sample is None and ins.point == (x, y) and ins.label_box.isEnabled()
    p = wait_probe(win, qtbot)
    assert ins.label == int(np.argmax(p.probs))
    other = (ins.label + 1) % len(info.class_names)
    ins.label_box.setCurrentIndex(other)
    ins.label_box.activated.emit(other)
    assert ins.label == other
    assert sig3(-math.log(p.probs[other])) in ins.loss.text()
    assert sig3(p.probs[other]) in ins.formula.text()
    # Clear: the cross goes, the process stops probing.
    ins.clear_button.click()
    assert not win.inspector.marker.isVisible() and win.controller.probe is None


def node_pos(view, layer, unit):
    node = view.node(layer, unit)
    return view.mapFromScene(node.mapToScene(node.rect().center()))


@pytest.mark.parametrize("layer, unit", [(0, 4), (1, 2), (2, 1)])
def test_a_clicked_unit_shows_its_sum(win, qtbot, layer, unit):
    view = win.docks["network_dock"].raise_() or win.network_view
    qtbot.waitUntil(lambda: view.isVisible(), timeout=TIMEOUT)
    with qtbot.waitSignal(view.unit_clicked, timeout=TIMEOUT) as got:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=node_pos(view, layer, unit))
    assert got.args == [layer, unit]
    ins = win.inspector.widget
    assert ins.point is not None  # no point yet: the first training sample is inspected
    p = wait_probe(win, qtbot, unit=(layer, unit))
    qtbot.waitUntil(lambda: ins.terms.isVisible(), timeout=TIMEOUT)
    a_in = p.inputs(layer)
    n = len(a_in)
    t = ins.terms
    assert t.rowCount() == n + 2
    assert cells(t, 1)[:n] == [sig3(v) for v in a_in]
    assert cells(t, 2)[:n] == [sig3(v) for v in p.unit_weights]
    assert cells(t, 3)[:n] == [sig3(v) for v in p.unit_weights * a_in]
    assert cells(t, 3)[n] == sig3(p.unit_bias)
    z = p.z[layer][unit]
    assert cells(t, 3)[n + 1] == sig3(z)  # the sum shown is the unit's z
    assert float(cells(t, 3)[n + 1]) == pytest.approx(float((p.unit_weights * a_in).sum() + p.unit_bias), rel=5e-3,
                                                      abs=1e-3)
    if layer < 2:
        assert "Tanh" in ins.activation.text() and sig3(p.a[layer][unit]) in ins.activation.text()
    else:
        assert "softmax" in ins.activation.text() and sig3(p.probs[unit]) in ins.activation.text()
    # A click on a point of the plane keeps the unit: its sum is shown for the new point.
    x, y = (float(v) for v in win.frame.info.X_train[20])
    win.decision_view.point_clicked.emit(x, y)
    p2 = wait_probe(win, qtbot, unit=(layer, unit))
    qtbot.waitUntil(lambda: cells(ins.terms, 3)[-1] == sig3(p2.z[layer][unit]), timeout=TIMEOUT)


def test_numbers_follow_training(win, qtbot):
    x, y = empty_spot(win.frame.info)
    win.decision_view.point_clicked.emit(x, y)
    first = wait_probe(win, qtbot)
    win.play()
    qtbot.waitUntil(lambda: win.inspector.widget.probe is not first
                    and not np.allclose(win.inspector.widget.probe.logits, first.logits), timeout=TIMEOUT)
    win.pause()


def test_chance_line_on_the_loss_plot(win, qtbot):
    lv = win.loss_view
    line = lv.chance_line
    assert line.isVisible()
    assert line.value() == pytest.approx(math.log(3))
    assert line.label.toPlainText() == "chance: ln K = 1.10"
    lv.set_log(True)
    assert line.value() == pytest.approx(math.log10(math.log(3)))  # a log axis is in decades
    lv.set_log(False)
    assert line.value() == pytest.approx(math.log(3))
    # A run with other K: the line moves.
    win.apply_config(win.config.replace(classes=5))
    qtbot.waitUntil(lambda: len(win.frame.info.class_names) == 5 and lv._info is win.frame.info, timeout=TIMEOUT)
    assert line.value() == pytest.approx(math.log(5))
    assert line.label.toPlainText() == "chance: ln K = 1.61"


def test_output_node_map_is_white_to_class_colour_on_a_0_1_scale(win, qtbot):
    dv = win.decision_view
    win.docks["network_dock"].raise_()
    win.network_view.hover_node(2, 1)
    qtbot.waitUntil(lambda: win.frame.inside.focus == (2, 1) and win.frame.inside.focus_map is not None,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dv.image.image.shape[:2] == win.frame.inside.focus_map.shape, timeout=TIMEOUT)
    bar = dv.prob_bar
    assert bar.isVisible()
    assert tuple(bar.levels()) == (0.0, 1.0)
    assert bar.getAxis("right").labelText == "p(class 1)"
    lut = bar.colorMap().getLookupTable(0.0, 1.0, 2, alpha=False)
    assert tuple(lut[0]) == (255, 255, 255) and tuple(lut[-1]) == style.class_rgb(1)
    # Every cell is white blended toward the class colour by its probability.
    p = np.asarray(win.frame.inside.focus_map, float)
    expected = (255.0 + (np.array(style.class_rgb(1), float) - 255.0) * np.clip(p, 0, 1)[..., None]).astype(np.uint8)
    np.testing.assert_array_equal(dv.image.image, expected)
    # A hidden unit keeps the signed map, without the 0-1 scale.
    win.network_view.hover_node(0, 1)
    assert not bar.isVisible() and dv.showing_map
    win.network_view.leave_node()
    assert not bar.isVisible() and not dv.showing_map


def test_probability_map_extremes():
    from dlviz.ui.views import DecisionView

    class Info:
        bounds = (-1.0, 1.0, -1.0, 1.0)
        class_names = ("a", "b", "c")

    dv = DecisionView()
    dv._info = Info()
    dv.show_map(np.array([[0.0, 0.5, 1.0]]), "Output: probability of c", probability_of=2)
    img = dv.image.image
    assert tuple(img[0, 0]) == (255, 255, 255) and tuple(img[0, 2]) == style.class_rgb(2)
    assert dv.prob_bar.isVisible() and dv.prob_bar.getAxis("right").labelText == "p(c)"
    dv.show_map(None)
    assert not dv.prob_bar.isVisible()
    dv.close()


def test_dock_and_view_menu(win):
    dock = win.inspector.dock
    assert dock.objectName() == "inspector_dock" and dock.windowTitle() == "Softmax inspector"
    action = win.findChild(QAction, "inspector_action")
    assert action is not None and action is dock.toggleViewAction()
    assert action in next(a.menu() for a in win.menuBar().actions()
                          if a.menu() and win.docks["loss_dock"].toggleViewAction() in a.menu().actions()).actions()
    # The View menu shows it beside the loss curves, in front.
    action.trigger()
    assert dock.isVisible() and dock in win.tabifiedDockWidgets(win.docks["loss_dock"])
    action.trigger()
    assert not dock.isVisible()
    # A layout switch keeps it tabbed beside the loss curves.
    win.decision_view.point_clicked.emit(0.0, 0.0)
    win.apply_layout("all")
    assert dock in win.tabifiedDockWidgets(win.docks["loss_dock"])
    win.apply_layout("compact")
    assert dock in win.tabifiedDockWidgets(win.docks["loss_dock"])


def test_exp_text_past_float_range():
    assert insp.exp_text(0.0) == "1"
    assert insp.exp_text(2.0) == sig3(math.exp(2.0))
    assert insp.exp_text(1000.0) == "1.97e+434"
