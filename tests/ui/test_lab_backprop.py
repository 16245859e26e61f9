"""Train ▸ Step through backprop…: one training point through the run's current weights, step by step."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QDialog

from dlviz.config import Config
from dlviz.training import backprop
from dlviz.training.trainer import Trainer

TIMEOUT = 30_000
SMALL = Config(samples=120, hidden=(5, 4), activation="sigmoid", seed=2)


def open_backprop(w, qtbot):
    w.labs.backprop.action.trigger()
    dialog = w.findChild(QDialog, "backprop_dialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.walk is not None or bool(dialog.error), timeout=TIMEOUT)
    assert dialog.walk is not None, dialog.error
    return dialog


def test_the_dialog_steps_through_the_runs_numbers(open_window, qtbot):
    w = open_window(SMALL)  # paused at the fresh weights
    assert w.labs.backprop.action.objectName() == "backprop_action"
    dialog = open_backprop(w, qtbot)
    # The numbers are the run's own: a Trainer of the same settings has the same fresh weights and points.
    t = Trainer(SMALL)
    sample, walk = backprop.walk_trainer(t, 0)
    assert dialog.sample.index == 0 and dialog.sample.label == sample.label
    np.testing.assert_allclose(dialog.walk.layers[0].grad_W, walk.layers[0].grad_W, rtol=1e-12)
    assert dialog.walk.loss == walk.loss
    # forward 3 layers, the loss, backward 3 layers, the update
    assert len(dialog.steps) == 8 and dialog.index == 0
    assert dialog.title.text() == "Forward: hidden layer 1" and dialog.table.rowCount() == 5
    assert dialog.table.item(0, 1).text() == backprop._n(walk.layers[0].z[0])
    assert not dialog.back_button.isEnabled()
    for _ in range(3):
        dialog.next_button.click()
    assert dialog.title.text() == "The loss" and backprop._n(walk.loss) in dialog.formula.text()
    dialog.next_button.click()
    assert dialog.formula.text() == "δ₃ = p − y"
    dialog.next_button.click()  # hidden layer 2: the sigmoid's lesson
    assert dialog.title.text() == "Backward: hidden layer 2" and "vanishing gradient" in dialog.notes.text()
    assert dialog.table.item(0, 3).text() == backprop._n(walk.layers[1].delta[0])
    dialog.go(99)
    assert dialog.index == 7 and not dialog.next_button.isEnabled()
    assert dialog.title.text() == "The update of W_1[1,1]"
    assert dialog.table.rowCount() == len(walk.chain.lines())
    assert dialog.table.item(dialog.table.rowCount() - 1, 0).text() == walk.chain.lines()[-1]
    # the training points are drawn; picking one follows it (as a click does)
    assert len(dialog.scatter.data) == t.n_train
    dialog.weight_boxes[0].setValue(2)
    dialog.pick(9)
    qtbot.waitUntil(lambda: dialog.sample.index == 9, timeout=TIMEOUT)
    assert dialog.walk.chain.name == "W_2[1,1]" and dialog.index == 7  # the step shown stays
    assert dialog.sample_box.maximum() == t.n_train - 1 and dialog.weight_boxes[0].maximum() == 3


def test_a_bad_weight_says_so_and_changes_nothing(open_window, qtbot):
    w = open_window(SMALL)
    dialog = open_backprop(w, qtbot)
    before = dialog.walk
    dialog.weight_boxes[0].setValue(1)
    dialog.weight_boxes[1].setMaximum(256)
    dialog.weight_boxes[1].setValue(200)  # layer 1 has 5 units
    dialog.request()
    qtbot.waitUntil(lambda: bool(dialog.error), timeout=TIMEOUT)
    assert "layer 1 has units 1 to 5" in dialog.status.text()
    assert dialog.walk is before
