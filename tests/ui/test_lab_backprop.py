"""Train ▸ Step through backprop…: the Backprop dock follows one training sample through the run's
current weights, step by step, with the numbers on the network diagram (issue 22 §1)."""

from __future__ import annotations

import os
import signal

import numpy as np
from PySide6.QtTest import QTest

from dlviz.config import Config
from dlviz.training import backprop
from dlviz.training.trainer import Trainer
from dlviz.ui.views.backprop import chain_lines

TIMEOUT = 30_000
SMALL = Config(samples=120, hidden=(5, 4), activation="sigmoid", seed=2)
n = backprop._n


def open_backprop(w, qtbot):
    w.labs.backprop.action.trigger()
    dock = w.docks["backprop_dock"]
    view = w.views["backprop_dock"]
    assert dock.isVisible() and view.isVisible()
    qtbot.waitUntil(lambda: view.walk is not None or bool(view.error), timeout=TIMEOUT)
    assert view.walk is not None, view.error
    return view


def test_the_dock_steps_through_the_runs_numbers_on_the_diagram(open_window, qtbot):
    w = open_window(SMALL)  # paused at the fresh weights
    assert w.labs.backprop.action.objectName() == "backprop_action"
    assert not w.docks["backprop_dock"].isVisible()  # no layout shows it until asked for
    view = open_backprop(w, qtbot)
    assert w.tabifiedDockWidgets(w.docks["network_dock"]) and w.docks["backprop_dock"] in \
        w.tabifiedDockWidgets(w.docks["network_dock"])
    # The numbers are the run's own: a Trainer of the same settings has the same fresh weights and points.
    t = Trainer(SMALL)
    sample, walk = backprop.walk_trainer(t, 0)
    assert view.sample.index == 0 and view.sample.label == sample.label
    np.testing.assert_allclose(view.walk.layers[0].grad_W, walk.layers[0].grad_W, rtol=1e-12)
    assert view.walk.loss == walk.loss
    d = view.diagram
    # forward 3 layers, the loss, backward 3 layers, the update
    assert len(view.steps) == 8 and view.index == 0
    assert view.title.text() == "Forward: hidden layer 1"
    notes = d.notes()
    assert notes[-1] == [n(v) for v in walk.features]  # the inputs' values beside the input nodes
    assert notes[0] == [f"z {n(z)}\na {n(a)}" for z, a in zip(walk.layers[0].z, walk.layers[0].a)]
    assert d.note_item(0, 0).strong and not d.note_item(-1, 0).strong
    assert not view.back_button.isEnabled()
    view.next_button.click()  # hidden layer 2: layer 1's a stays, muted
    assert notes[0] != d.notes()[0] and d.notes()[0] == [f"a {n(a)}" for a in walk.layers[0].a]
    assert d.notes()[1] == [f"z {n(z)}\na {n(a)}" for z, a in zip(walk.layers[1].z, walk.layers[1].a)]
    view.next_button.click()
    view.next_button.click()
    assert view.title.text() == "The loss" and n(walk.loss) in view.formula.text()
    y = sample.label
    assert d.notes()[2][y] == f"p {n(walk.probs[y])}  ← y"
    view.next_button.click()
    assert view.formula.text().startswith("δ₃ = p − y")
    assert d.notes()[2] == [f"p−y {n(v)}" for v in walk.layers[2].delta]
    view.next_button.click()  # hidden layer 2: the sigmoid's lesson
    assert view.title.text() == "Backward: hidden layer 2" and "vanishing gradient" in view.notes.text()
    assert d.notes()[1] == [f"f′ {n(f)}\nδ {n(v)}" for f, v in zip(walk.layers[1].f_prime, walk.layers[1].delta)]
    assert d.notes()[2] == [f"δ {n(v)}" for v in walk.layers[2].delta]
    view.go(99)
    assert view.index == 7 and not view.next_button.isEnabled()
    assert view.title.text() == "The update: w ← w − η·g"
    assert view.formula.text().endswith(f"= {n(walk.chain.new_weight)}")
    assert d.edges.marked == d.edges.index(0, 0, 0)  # W₁[1,1]: from x₁ to unit 1
    # Back goes back.
    view.back_button.click()
    assert view.index == 6 and d.edges.marked is None


def test_hovering_a_weight_writes_out_its_chain_rule(open_window, qtbot):
    w = open_window(SMALL)
    view = open_backprop(w, qtbot)
    d = view.diagram
    view.go(99)
    # W₂[2,3]: from unit 3 of hidden layer 1 to unit 2 of hidden layer 2 (edge layer 1, i 2, j 1)
    pos = d.edge_point(1, 2, 1)
    assert d.edge_at(pos) == (1, 2, 1)
    QTest.mouseMove(d.viewport(), pos)
    qtbot.waitUntil(lambda: view.hovered is not None, timeout=5000)
    assert view.hovered == (2, 2, 3) and view.chain.isVisible()
    assert d.edges.marked == d.edges.index(1, 2, 1)
    _, ref = backprop.walk_trainer(Trainer(SMALL), 0, (2, 2, 3))
    c = ref.chain
    assert view.chain_for_edge(1, 2, 1) == c  # every number: dlviz.training.backprop's own
    text = view.chain.text()
    assert text == "\n".join(chain_lines(c))
    assert text.splitlines()[0] == "Chain rule for W₂[2,3]:"
    # ∂L/∂w = δ_j · a_i, δ_j's own product one level down, and the update with its numbers
    assert f"∂L/∂W₂[2,3] = {n(c.delta)} · {backprop._p(c.a_in)} = {n(c.grad)}" in text
    assert f"= {n(c.back)} · {backprop._p(c.f_prime)} = {n(c.delta)}" in text
    assert f"W₂[2,3] ← {n(c.weight)} − {backprop._p(c.lr)} · {backprop._p(c.grad)} = {n(c.new_weight)}" in text
    assert c.new_weight == c.weight - c.lr * c.grad and c.grad == ref.layers[1].grad_W[1, 2]
    assert view.formula.text().endswith(f"= {n(c.new_weight)}")  # the update step follows the weight
    assert d.tooltip_at(pos) == text
    # The output layer's: δ = p − y
    pos = d.edge_point(2, 0, 1)
    QTest.mouseMove(d.viewport(), pos)
    qtbot.waitUntil(lambda: view.hovered == (3, 2, 1), timeout=5000)
    c = backprop.walk_trainer(Trainer(SMALL), 0, (3, 2, 1))[1].chain
    assert f"δ₃[2] = p₂ − y₂ = {n(c.p)} − {n(c.y)} = {n(c.delta)}" in view.chain.text()
    # Off the edges: the chain rule goes, the update step keeps the last weight.
    QTest.mouseMove(d.viewport(), d.mapFromScene(d.sceneRect().topLeft()) + d.rect().topLeft())
    qtbot.waitUntil(lambda: view.hovered is None, timeout=5000)
    assert not view.chain.isVisible() and view.weight == (3, 2, 1)
    assert d.edges.marked == d.edges.index(2, 0, 1)


def test_clicking_a_training_point_follows_the_nearest(open_window, qtbot):
    w = open_window(SMALL)
    view = open_backprop(w, qtbot)
    X = view.training_points()
    t = Trainer(SMALL)
    np.testing.assert_array_equal(X, t.X_train_raw)
    x, y = X[9] + 0.01
    assert view.nearest(x, y) == 9
    w.decision_view.point_clicked.emit(float(x), float(y))
    qtbot.waitUntil(lambda: view.sample.index == 9, timeout=TIMEOUT)
    _, walk = backprop.walk_trainer(t, 9)
    assert view.walk.loss == walk.loss and view.sample_box.value() == 9
    assert view.sample_text.text().startswith(f"({n(X[9][0])}, {n(X[9][1])}): class ")
    marker = w.labs.backprop.window.marker  # the followed sample ringed on the decision regions
    assert marker.isVisible() and marker.data["x"][0] == X[9][0] and marker.data["y"][0] == X[9][1]
    # By number: the spin box and Follow (or Enter).
    view.sample_box.setValue(4)
    view.follow_button.click()
    qtbot.waitUntil(lambda: view.sample.index == 4, timeout=TIMEOUT)
    view.sample_box.setValue(6)
    view.sample_box.lineEdit().returnPressed.emit()
    qtbot.waitUntil(lambda: view.sample.index == 6, timeout=TIMEOUT)
    assert marker.data["x"][0] == X[6][0]
    # A hidden dock does not take the clicks.
    w.docks["backprop_dock"].hide()
    w.decision_view.point_clicked.emit(float(X[9][0]), float(X[9][1]))
    assert not view.waiting and view.sample.index == 6 and not marker.isVisible()


def test_a_deep_sigmoid_nets_delta_shrinks_towards_the_input(open_window, qtbot):
    """The vanishing gradient's "why": f′ ≤ 0.25 at every sigmoid layer."""
    config = Config(samples=120, hidden=(8, 8, 8, 8, 8), activation="sigmoid", seed=1)
    w = open_window(config)
    view = open_backprop(w, qtbot)
    shown = view.bars.values
    assert len(shown) == 6 and view.bars.labels[0] == "δ₁" and view.bars.shrinking
    assert shown == view.walk.delta_sizes()
    assert all(a < b for a, b in zip(shown, shown[1:])), shown  # smaller at every layer towards the input
    assert shown[0] < shown[-1] / 100
    view.grab().save(os.devnull, "PNG")  # (the bars paint)


def test_a_bad_sample_says_so_and_changes_nothing(open_window, qtbot):
    w = open_window(SMALL)
    view = open_backprop(w, qtbot)
    before = view.walk
    n_train = Trainer(SMALL).n_train
    assert view.sample_box.maximum() == n_train - 1
    view.wanted.emit(n_train + 5)  # (the spin box cannot go there)
    view.waiting = True
    qtbot.waitUntil(lambda: bool(view.error), timeout=TIMEOUT)
    assert f"training point 0 to {n_train - 1}" in view.status.text() and view.walk is before
    assert "#CC0000" in view.status.styleSheet() and not view.waiting


def test_a_training_process_that_dies_ends_computing_with_a_message(open_window, qtbot):
    """The old dialog stayed "Computing…" for ever when the training process died before it answered."""
    w = open_window(SMALL)
    view = open_backprop(w, qtbot)
    pid = w.controller.training_pid
    os.kill(pid, signal.SIGSTOP)  # it cannot answer now
    try:
        view.follow(7)
        assert view.waiting and view.status.text() == "Computing…"
    finally:
        os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not view.waiting, timeout=TIMEOUT)
    assert "stopped unexpectedly" in view.status.text() and "#CC0000" in view.status.styleSheet()
    assert view.walk is not None and view.sample.index == 0  # the last walk stays


def _view():
    from dlviz.ui.viewspec import VIEWS

    return VIEWS["backprop_dock"].factory()


def test_a_headless_export_shows_sample_0_at_the_first_hidden_layers_backward_step(qtbot):
    from dlviz.ui.export import _walk_for_export

    config = Config(samples=120, hidden=(6, 5), activation="sigmoid", seed=3)
    t = Trainer(config)
    t.run_epoch()
    view = _view()
    qtbot.addWidget(view)
    _walk_for_export(t, view)
    _, walk = backprop.walk_trainer(t, 0)
    assert view.walk.loss == walk.loss and view.sample.index == 0
    assert view.steps[view.index].kind == "backward" and view.steps[view.index].layer == 1
    assert view.title.text() == "Backward: hidden layer 1"
    assert view.bars.values == walk.delta_sizes()


def test_an_image_sample_is_shown_as_a_small_picture(qtbot):
    """Image data (digits): the sample picker shows the sample itself, not 64 numbers."""
    view = _view()
    qtbot.addWidget(view)
    pixels = np.linspace(0.0, 1.0, 64)
    sample = backprop.Sample(5, pixels, pixels, 3)
    view._show_sample(sample, "3", (8, 8))
    assert not view.sample_image.isHidden() and view.sample_text.text() == "class 3"
    img = view.sample_image.pixmap().toImage()
    assert (img.width(), img.height()) == (40, 40)
    # ink is dark: pixel 0 (value 0) white, the last (value 1) black
    assert img.pixelColor(0, 0).value() == 255 and img.pixelColor(39, 39).value() == 0
    view._show_sample(backprop.Sample(1, np.array([0.5, -0.25]), np.array([0.5, -0.25]), 0), "class 0", None)
    assert view.sample_image.isHidden() and view.sample_text.text() == "(0.5, -0.25): class 0"


def test_a_new_run_and_a_step_refresh_the_walk(open_window, qtbot):
    """The numbers are always the focused run's current weights: a new run (a new seed) follows
    the same sample through it, and a paused run's Step follows it through the new weights."""
    w = open_window(SMALL)
    view = open_backprop(w, qtbot)
    view.follow(5)
    qtbot.waitUntil(lambda: view.sample is not None and view.sample.index == 5 and not view.waiting, timeout=TIMEOUT)
    w.controller.set_value("seed", 7)
    other = SMALL.replace(seed=7)
    _, fresh = backprop.walk_trainer(Trainer(other), 5)
    qtbot.waitUntil(lambda: view.walk is not None and view.walk.loss == fresh.loss, timeout=TIMEOUT)
    assert view.sample.index == 5 and view.walk_step == 0
    w.controller.step_epoch()  # one epoch, paused after it
    qtbot.waitUntil(lambda: view.walk_step not in (None, 0) and not view.waiting, timeout=TIMEOUT)
    t = Trainer(other)
    t.run_epoch()
    assert view.walk_step == t.step
    _, after = backprop.walk_trainer(t, 5)
    np.testing.assert_allclose(view.walk.layers[0].grad_W, after.layers[0].grad_W, rtol=1e-9, atol=1e-15)
