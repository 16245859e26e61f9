"""The network diagram, fed real Frames built from a Trainer (no training process)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtTest import QTest

from dlviz.config import Config
from dlviz.training.session import Cursor, make_snapshot, run_info
from dlviz.training.trainer import Trainer
from dlviz.ui import style
from dlviz.training.frames import FrameAccumulator
from dlviz.ui.views.network import NetworkView


def build(config: Config, epochs: int = 1, before=None):
    """The frame after ``epochs`` epochs; ``before(trainer)`` runs just before the last step."""
    t = Trainer(config)
    cur = Cursor()
    acc = FrameAccumulator(run_info(t, run_id=1))
    acc.add(make_snapshot(t, 1, "ready", cur))
    for _ in range(epochs):
        t.run_epoch()
    if before is not None:
        before(t)
        t.run(1)
    acc.add(make_snapshot(t, 1, "training", cur))
    return acc.frame()


@pytest.fixture(scope="module")
def wide():
    return build(Config(dataset="spiral", classes=3, dropout=0.3, hidden=(32, 8), activation="tanh"))


@pytest.fixture(scope="module")
def flat():
    return build(Config(dataset="spiral", classes=3, hidden=()))


def make(qtbot, frame=None, size=(1000, 600)):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(*size)
    if frame is not None:
        view.update_frame(frame)
    return view


def show(qtbot, view):
    view.show()
    qtbot.waitExposed(view)


def node_point(view, layer, unit) -> QPoint:
    """The viewport point at the centre of a node."""
    node = view.node(layer, unit)
    return view.mapFromScene(node.mapToScene(node.rect().center()))


# -- structure --------------------------------------------------------------------------------


def test_nodes_per_layer_are_capped_at_16_with_a_more_mark(qtbot, wide):
    view = make(qtbot, wide)
    assert view.objectName() == "network_view"
    assert view.export_target is view
    assert view.node_count() == {-1: 2, 0: 16, 1: 8, 2: 3}
    assert view.has_more_mark(0) == 16
    assert view.has_more_mark(-1) is None and view.has_more_mark(1) is None and view.has_more_mark(2) is None
    assert view.header_text(-1) == "Inputs"
    assert view.header_text(0) == "Hidden 1 (32 units)"
    assert view.header_text(1) == "Hidden 2 (8 units)"
    assert view.header_text(2) == "Output"


def test_a_network_without_hidden_layers(qtbot, flat):
    view = make(qtbot, flat)
    assert view.node_count() == {-1: 2, 0: 3}
    assert all(view.has_more_mark(l) is None for l in (-1, 0))
    W = flat.inside.weights[0]
    assert W.shape == (2, 3)
    for i in range(2):
        for j in range(3):
            assert view.edge_color(0, i, j) == (style.NEGATIVE if W[i, j] < 0 else style.POSITIVE)
    assert view.node(0, 1).image is not None
    view.grab()  # paints without error


def test_a_new_runs_frame_rebuilds_and_others_make_no_items(qtbot, wide, flat):
    view = make(qtbot, wide)
    n = len(view.scene().items())
    view.update_frame(dataclasses.replace(wide, inside=None))
    view.update_frame(wide)
    assert len(view.scene().items()) == n
    view.update_frame(flat)  # another run: rebuilt for its architecture
    assert view.node_count() == {-1: 2, 0: 3}
    assert len(view.scene().items()) < n  # the old nodes are gone


def test_a_frame_that_does_not_fit_the_diagram_is_ignored(qtbot, wide, flat):
    view = make(qtbot)
    view.update_frame(dataclasses.replace(wide, inside=flat.inside))  # a look inside of another architecture
    assert view.node(0, 0).image is None
    assert view.edge_color(0, 0, 0) is None


def test_inside_none_draws_blank_nodes(qtbot, wide):
    view = make(qtbot)
    view.update_frame(dataclasses.replace(wide, inside=None))
    assert view.node(-1, 0).image is not None  # the inputs come with the run
    assert view.node(0, 0).image is None and view.node(2, 0).image is None
    assert view.edge_color(0, 0, 0) is None
    assert "no data yet" in view.node_tooltip(0, 0)
    view.grab()
    view.update_frame(wide)
    assert view.node(0, 0).image is not None
    view.update_frame(dataclasses.replace(wide, inside=None))
    assert view.node(0, 0).image is None


# -- edges --------------------------------------------------------------------------------------


def test_edge_colour_follows_the_weight_sign(qtbot, wide):
    view = make(qtbot, wide)
    seen = set()
    for l, W in enumerate(wide.inside.weights):
        for (i, j), w in np.ndenumerate(W):
            want = style.NEGATIVE if w < 0 else style.POSITIVE if w > 0 else None
            assert view.edge_color(l, i, j) == want
            seen.add(want)
    assert {style.NEGATIVE, style.POSITIVE} <= seen


def test_edge_width_grows_with_the_weight(qtbot, wide):
    view = make(qtbot, wide)
    edges = view.edges
    for l, W in enumerate(wide.inside.weights):
        a = np.abs(W).ravel()
        widths = edges.widths[edges.offsets[l]: edges.offsets[l + 1]]
        dropped = view.edge_dimmed
        keep = np.array([not dropped(l, *divmod(k, W.shape[1])) for k in range(a.size)])
        order = np.argsort(a[keep])
        assert np.all(np.diff(widths[keep][order]) >= 0)  # never thinner for a larger |w|
        assert widths[keep][order][-1] > widths[keep][order][0]


def test_hovering_an_edge_shows_its_weight(qtbot, flat):
    view = make(qtbot, flat)
    show(qtbot, view)
    seg = view.edges.segments[view.edges.index(0, 0, 2)]
    p = QPointF(*(seg[:2] + 0.25 * (seg[2:] - seg[:2])))  # a quarter of the way: no crossing
    pos = view.mapFromScene(p)
    assert view.edge_at(pos) == (0, 0, 2)
    w = float(flat.inside.weights[0][0, 2])
    assert view.tooltip_at(pos) == f"w = {w:.3g} (Input x₁ → Output: probability of class 2)"


# -- dead and dropped ------------------------------------------------------------------------------


def test_dead_units_are_marked(qtbot):
    def kill(t):
        t.net.biases[0][:] = -50

    frame = build(Config(dataset="spiral", classes=3, activation="relu", hidden=(8, 8)), before=kill)
    assert frame.inside.dead[0].all()
    view = make(qtbot, frame)
    assert all(view.node(0, i).dead for i in range(8))
    assert "dead: yes" in view.node_tooltip(0, 0)
    assert "dead" in view.legend.kinds()
    view.grab()


def test_a_healthy_tanh_net_has_no_dead_marks(qtbot, wide):
    view = make(qtbot, wide)
    assert not any(view.node(l, i).dead for l in (0, 1, 2) for i in range(view.node_count()[l]))
    assert "dead: no" in view.node_tooltip(0, 0)


def test_dropped_units_follow_the_mini_batch(qtbot, wide):
    view = make(qtbot, wide)
    dropped = wide.inside.dropped
    assert dropped[0] is not None and dropped[0].any()
    for l in (0, 1):
        assert [view.node(l, i).dropped for i in range(len(dropped[l]))] == dropped[l].tolist()
    assert not any(view.node(2, j).dropped for j in range(3))
    # An edge is dimmed when either end was dropped.
    for (i, j), _ in np.ndenumerate(wide.inside.weights[1]):
        if wide.inside.weights[1][i, j] != 0:
            assert view.edge_dimmed(1, i, j) == bool(dropped[0][i] or dropped[1][j])
    i = int(np.flatnonzero(dropped[0])[0])
    assert "dropped now: yes" in view.node_tooltip(0, i)
    assert "dropped" in view.legend.kinds()


def test_without_dropout_nothing_is_dropped(qtbot):
    frame = build(Config(dataset="spiral", classes=3, hidden=(8,)))
    view = make(qtbot, frame)
    assert not any(view.node(0, i).dropped for i in range(8))
    assert "dropped now: dropout off" in view.node_tooltip(0, 0)
    assert "dropped" not in view.legend.kinds()


# -- hover --------------------------------------------------------------------------------------


def test_hover_node_and_leave_node_emit_the_signals(qtbot, wide):
    view = make(qtbot, wide)
    with qtbot.waitSignal(view.unit_hovered, timeout=1000) as hovered:
        view.hover_node(1, 5)
    assert hovered.args == [1, 5]
    assert view.node(1, 5).hovered
    # Moving straight to another node: left, then hovered.
    events = []
    view.unit_left.connect(lambda: events.append("left"))
    view.unit_hovered.connect(lambda layer, unit: events.append((layer, unit)))
    view.hover_node(-1, 1)
    assert events == ["left", (-1, 1)]
    assert not view.node(1, 5).hovered
    with qtbot.waitSignal(view.unit_left, timeout=1000):
        view.leave_node()
    assert view.hovered() is None
    with qtbot.assertNotEmitted(view.unit_left):
        view.leave_node()  # nothing hovered: nothing to leave
    with pytest.raises(IndexError):
        view.hover_node(0, 16)  # not drawn


def test_the_mouse_hovers_nodes(qtbot, wide):
    view = make(qtbot, wide, size=(700, 450))
    show(qtbot, view)
    for layer, unit in ((0, 3), (2, 1), (-1, 0)):
        with qtbot.waitSignal(view.unit_hovered, timeout=1000) as hovered:
            qtbot.mouseMove(view.viewport(), node_point(view, layer, unit))
        assert hovered.args == [layer, unit]
    with qtbot.waitSignal(view.unit_left, timeout=1000):
        qtbot.mouseMove(view.viewport(), QPoint(3, 3))  # a corner: no node there
    assert view.hovered() is None


def test_node_tooltips_name_the_unit_and_its_range(qtbot, wide):
    view = make(qtbot, wide, size=(700, 450))
    show(qtbot, view)
    m = wide.inside.unit_maps[1][4]
    text = view.tooltip_at(node_point(view, 1, 4))
    assert text.startswith("Hidden 2, unit 5 — Tanh")
    assert f"output range [{m.min():.3g}, {m.max():.3g}] over the plane" in text
    assert view.node_tooltip(0, 0).startswith("Hidden 1, unit 1 of 32")
    assert view.node_tooltip(-1, 1).startswith("Input x₂")
    assert view.node_tooltip(2, 0).startswith("Output: class 0")


# -- look -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(700, 450), (1000, 600)])
def test_deep_net_fits_and_renders(qtbot, size):
    frame = build(Config(dataset="spiral", classes=3, hidden=(16,) * 8))
    view = make(qtbot, frame, size=size)
    show(qtbot, view)
    img = view.grab().toImage()
    assert (img.width(), img.height()) == size
    # Every node lies inside the viewport, at a legible size.
    vp = view.viewport().rect()
    for layer, n in view.node_count().items():
        for unit in range(n):
            node = view.node(layer, unit)
            r = view.mapFromScene(node.mapToScene(node.rect())).boundingRect()
            assert vp.contains(r)
            assert r.width() >= 18
    # Headers of neighbouring columns do not overlap.
    heads = [view.headers[c] for c in range(len(view.headers))]
    boxes = [h.deviceTransform(view.viewportTransform()).mapRect(h.boundingRect()) for h in heads]
    for a, b in zip(boxes, boxes[1:]):
        assert a.right() < b.left()


# The offscreen platform (tests only) cannot raise the tooltip's window, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_tooltip_event_shows_the_node_text(qtbot, wide):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = make(qtbot, wide, size=(700, 450))
    show(qtbot, view)
    pos = node_point(view, 0, 2)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == view.node_tooltip(0, 2)
    QToolTip.hideText()


def test_export_target_renders_into_a_pixmap_at_2x(qtbot, wide):
    from PySide6.QtGui import QPixmap

    view = make(qtbot, wide, size=(700, 450))
    pix = QPixmap(1400, 900)
    pix.setDevicePixelRatio(2.0)
    pix.fill()
    view.export_target.render(pix)  # as the window export does: a paint device, not a painter
    img = pix.toImage()
    assert (img.width(), img.height()) == (1400, 900)
    # x₁'s node is NEGATIVE at its left edge (x₁ smallest) and POSITIVE at its right.
    node = view.node(-1, 0)
    for fx, want in ((0.12, style.NEGATIVE), (0.88, style.POSITIVE)):
        p = view.mapFromScene(node.mapToScene(QPointF(fx * node.rect().width(), node.rect().height() / 2))) * 2
        got = img.pixelColor(p.x(), p.y()).getRgb()[:3]
        assert np.abs(np.subtract(got, want)).max() < 60, (got, want)


def test_nodes_use_a_short_docks_height(qtbot):
    """A 1366 x 768 dock (573 x 265) drew 16-unit columns as ~9 px maps: the legend's
    two rows below took the height the nodes needed. Beside them it leaves ~12 px."""
    frame = build(Config(dataset="spiral", classes=3, hidden=(16, 16), dropout=0.2))
    view = make(qtbot, frame, size=(573, 265))
    show(qtbot, view)
    node = view.node(0, 0)
    r = view.mapFromScene(node.mapToScene(node.rect())).boundingRect()
    assert r.width() >= 11 and view.legend_beside
    vp = view.viewport().rect()
    assert all(vp.contains(view.mapFromScene(view.node(0, u).mapToScene(view.node(0, u).rect())).boundingRect())
               for u in range(16))
    legend = view.legend.mapRectToScene(view.legend.boundingRect())
    assert vp.contains(view.mapFromScene(legend).boundingRect())


def test_tooltips_read_the_live_activation(qtbot, wide):
    view = make(qtbot, wide)
    assert "Tanh" in view.node_tooltip(0, 0)
    config = dataclasses.replace(wide.config, activation="relu")
    view.update_frame(dataclasses.replace(wide, snap=dataclasses.replace(wide.snap, config=config)))
    assert "ReLU" in view.node_tooltip(0, 0)


def test_unit_names(wide):
    from dlviz.ui.views.common import unit_name

    info = wide.info
    assert unit_name(info, -1, 0) == "Input x₁"
    assert unit_name(info, 1, 2) == "Hidden layer 2, unit 3"
    assert unit_name(info, 2, 1) == "Output: probability of class 1"


@pytest.mark.parametrize("classes, size", [(3, (520, 260)), (5, (573, 265)), (3, (1000, 600))])
def test_class_labels_never_overlap(qtbot, classes, size):
    """Three output nodes beside 16-unit columns in a 1366 x 768 dock sat 12 px apart,
    and their 10 pt labels ("class 0", "class 1", ...) ran into one another."""
    frame = build(Config(dataset="spiral", classes=classes, hidden=(16, 16)))
    view = make(qtbot, frame, size=size)
    show(qtbot, view)
    n_in = len(view._columns[0])
    # (labels ignore the view's scale: their device transform places them)
    rects = [lab.deviceTransform(view.viewportTransform()).mapRect(lab.boundingRect()).adjusted(0, 1, 0, -1)
             for lab in view._labels[n_in:]]
    assert len(rects) == classes
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    vp = QRectF(view.viewport().rect())
    assert all(vp.contains(r) for r in rects)


# -- numbers beside the nodes and hovered edges (the Backprop dock's diagram) ---------------------


def test_notes_sit_beside_their_nodes_in_a_gap_wide_enough_and_shrink_to_one_line_when_crowded(qtbot):
    frame = build(Config(dataset="spiral", classes=3, hidden=(16, 4)))
    view = make(qtbot, frame, size=(900, 700))
    show(qtbot, view)
    texts = [f"z {k}.123\na 0.{k}456" for k in range(16)]
    view.set_notes({0: (texts, True), 1: (["δ 0.5"] * 4, False)})
    assert view.notes()[0] == texts and view.notes()[1] == ["δ 0.5"] * 4
    for k in range(16):  # right of its node, at its height, clear of the next column
        node, note = view.node(0, k), view.note_item(0, k)
        assert note.x() > node.x() + 30 and abs(note.y() - (node.y() + 15)) < 1e-6
        right = view.mapFromScene(note.mapToScene(note.boundingRect().topRight())).x()
        assert right < view.mapFromScene(view.node(1, 0).pos()).x()
    assert view.note_item(0, 0).strong and not view.note_item(1, 0).strong
    short = make(qtbot, frame, size=(900, 260))  # 16 units in ~200 px: one line each (the unit's a)
    short.set_notes({0: (texts, True)})
    show(qtbot, short)
    assert short.notes()[0] == [t.split("\n")[1] for t in texts]
    view.set_notes({})
    assert view.notes() == {}


def test_hovered_edges_are_signalled_and_marked_only_when_asked_for(qtbot, wide):
    view = make(qtbot, wide)
    show(qtbot, view)
    got = []
    view.edge_hovered.connect(lambda *e: got.append(e))
    view.edge_left.connect(lambda: got.append(None))
    pos = view.edge_point(1, 3, 2)
    assert view.edge_at(pos) == (1, 3, 2)
    QTest.mouseMove(view.viewport(), pos)
    assert got == [] and view.edges.marked is None  # the Network dock: no cost, no marks
    view.hover_edges = True
    QTest.mouseMove(view.viewport(), pos + QPoint(0, 0))
    view.hover_edge(view.edge_at(pos))
    assert got[-1] == (1, 3, 2) and view.edges.marked == view.edges.index(1, 3, 2)
    view.hover_edge(None)
    assert got[-1] is None and view.edges.marked is None
    view.edge_text = lambda layer, i, j: f"chain {layer} {i} {j}"
    assert view.tooltip_at(pos) == "chain 1 3 2"
