"""Pinned runs, experiment files in the window, recent files and drag-and-drop."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dlviz.config import Config
from dlviz.training.trainer import Trainer

TIMEOUT = 20_000
SMALL = Config(samples=160, hidden=(6,), epochs=6, seed=4)


def train_epochs(win, qtbot, n: int) -> None:
    for _ in range(n):
        epoch = win.frame.snap.epoch
        win.controller.step_epoch()
        qtbot.waitUntil(lambda: win.frame.snap.epoch == epoch + 1 and win.frame.state != "training",
                        timeout=TIMEOUT)


def test_a_pinned_run_stays_as_faded_curves_and_a_tile(open_window, qtbot):
    win = open_window(SMALL)
    train_epochs(win, qtbot, 3)
    val = np.array(win.frame.val_loss)
    assert win.pinned.pin()
    g = win.pinned.ghosts[0]
    assert g.epoch == 3 and np.array_equal(g.curves["val_loss"], val)
    assert win.runs.dock.isVisible() and win.runs.list.list.count() == 1
    lines = win.loss_view._ghost_curves
    assert len(lines) == 2 and np.array_equal(lines[0].yData, val)
    assert not win.runs.list.list.item(0).icon().isNull()
    # A new run: the ghost stays while the live curves start over.
    win.controller.set_value("lr", 0.5)
    win.controller.reset()
    qtbot.waitUntil(lambda: len(win.frame.val_loss) == 0, timeout=TIMEOUT)
    assert len(win.loss_view._ghost_curves) == 2
    # Rename, hide, remove from the list.
    item = win.runs.list.list.item(0)
    item.setText("first try")
    assert win.pinned.ghosts[0].name == "first try"
    win.runs.list.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not win.pinned.ghosts[0].visible and win.loss_view._ghost_curves == []
    win.runs.list.list.setCurrentRow(0)
    win.runs.list.remove_button.click()
    assert win.pinned.ghosts == () and win.runs.list.list.count() == 0


def test_at_most_eight_pins(open_window, qtbot):
    win = open_window(SMALL)
    notices = []
    win.pinned.notice.connect(notices.append)
    for _ in range(8):
        assert win.pinned.pin()
    assert not win.pinned.pin()
    assert len(win.pinned.ghosts) == 8 and "At most 8" in notices[-1]


def test_a_pinned_run_comes_back_into_a_comparison(open_window, qtbot):
    win = open_window(SMALL)
    train_epochs(win, qtbot, 1)
    win.pinned.pin()
    win.controller.set_value("optimizer", "sgd")
    assert win.pinned.compare_with_ghost(0)
    assert [label for _, label in win.controller.compare] == ["optimizer=adam", "optimizer=sgd"]
    # The same settings, or more than two keys apart: a notice, no comparison.
    notices = []
    win.pinned.notice.connect(notices.append)
    win.controller.start_compare({})
    assert not win.pinned.pin()  # the new run has no frame yet: nothing to pin
    qtbot.waitUntil(lambda: win.frame.run_id == win.run_id, timeout=TIMEOUT)
    assert win.pinned.pin()  # (sgd now)
    assert not win.pinned.compare_with_ghost(1) and "current settings" in notices[-1]
    win.controller.apply_config(win.config.replace(lr=0.2, batch_size=8, dropout=0.1))
    assert not win.pinned.compare_with_ghost(1) and "differs in" in notices[-1]


def save(win, qtbot, path) -> None:
    with qtbot.waitSignal(win.experiments.saved, timeout=TIMEOUT) as sig:
        assert win.save_experiment(path)
    assert sig.args == [str(path), ""]


def test_open_goes_on_bit_identically_with_ghosts_and_views(open_window, qtbot, tmp_path):
    win = open_window(SMALL)
    train_epochs(win, qtbot, 3)
    win.pinned.pin("three epochs")
    path = tmp_path / "run.dlviz"
    save(win, qtbot, path)
    assert path.name in [a.text() for a in win.runs.recent_menu.actions()]
    other = open_window(Config(samples=300, hidden=(4, 4)))
    assert other.open_experiment(path)
    qtbot.waitUntil(lambda: other.frame.run_id == other.run_id and other.frame.snap.epoch == 3, timeout=TIMEOUT)
    assert other.config == win.config and other.state == "paused"
    assert [g.name for g in other.pinned.ghosts] == ["three epochs"]
    other.play()
    qtbot.waitUntil(lambda: other.state == "finished" and other.frame.snap.epoch == 6, timeout=TIMEOUT)
    straight = Trainer(SMALL)
    while not straight.finished:
        straight.run_epoch()
    h = straight.history
    assert np.array_equal(other.frame.train_loss, h.train_loss.view())
    assert np.array_equal(other.frame.val_acc, h.val_acc.view())


def test_a_comparison_is_saved_and_opened_as_one(open_window, qtbot, tmp_path):
    win = open_window(SMALL)
    win.start_compare({"optimizer": ["sgd", "adam"]})
    qtbot.waitUntil(lambda: len(win.controller.frames) == 2, timeout=TIMEOUT)
    train_epochs(win, qtbot, 2)
    win.controller.focus_run(win.controller.compare[1][0])
    win.comparison.curves.x_axis.setCurrentIndex(2)
    path = tmp_path / "cmp.dlviz"
    save(win, qtbot, path)
    other = open_window(SMALL)
    assert other.open_experiment(path)
    c = other.controller
    assert [label for _, label in c.compare] == ["optimizer=sgd", "optimizer=adam"]
    assert c.compared_keys == ("optimizer",) and c.run_id == c.compare[1][0]
    assert other.comparison.curves.x_key == "seconds"
    qtbot.waitUntil(lambda: c.frames is not None and len(c.frames) == 2
                    and all(f.snap.epoch == 2 for f in c.frames), timeout=TIMEOUT)
    assert other.centralWidget().currentWidget() is other.comparison.tiles


@pytest.mark.parametrize("content, words", [
    (b"not a zip", "not a dlviz file"),
    (b"PK\x03\x04 cut short", "not a dlviz file"),
])
def test_a_bad_file_changes_nothing_and_says_why(open_window, qtbot, tmp_path, content, words):
    win = open_window(SMALL)
    bad = tmp_path / "bad.dlviz"
    bad.write_bytes(content)
    before = (win.run_id, win.config)
    assert not win.open_experiment(bad)
    box = win.findChild(QMessageBox, "open_failed")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=TIMEOUT)
    assert words in box.text() and "bad.dlviz" in box.text()
    assert (win.run_id, win.config) == before
    box.close()


def drop(win, path) -> bool:
    """Drag ``path`` over the window and drop it (Qt delivers a drop only after an accepted enter)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = win.rect().center()
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, event)
    return event.isAccepted()


def test_dropping_files_opens_an_experiment_or_loads_a_csv(open_window, qtbot, tmp_path):
    win = open_window(SMALL)
    train_epochs(win, qtbot, 2)
    path = tmp_path / "dropped.dlviz"
    save(win, qtbot, path)
    csv = tmp_path / "points.csv"
    csv.write_text("x1,x2,label\n" + "".join(f"{i / 10},{(i * 7 % 10) / 10},{i % 2}\n" for i in range(40)))
    with qtbot.waitSignal(win.csv_loaded, timeout=TIMEOUT) as sig:
        assert drop(win, csv)
    assert sig.args == [True] and win.config.csv == str(csv)
    old = win.run_id
    assert drop(win, path)
    assert win.run_id != old and win.config == SMALL
    qtbot.waitUntil(lambda: win.frame.run_id == win.run_id and win.frame.snap.epoch == 2, timeout=TIMEOUT)
    assert not drop(win, tmp_path / "notes.txt.bak")  # not ours: refused
