"""Compare mode in the window: tiles per run, overlaid curves, a summary, focus by click."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from dlviz.config import Config
from dlviz.ui.compare import CompareDialog

TIMEOUT = 20_000


@pytest.fixture
def win(open_window):
    return open_window(Config(samples=200, hidden=(8,)))


def test_a_comparison_shows_a_tile_per_run_curves_and_a_summary(win, qtbot):
    assert win.controller.start_compare({"optimizer": ["sgd", "adam", "rmsprop"]})
    win.play()
    qtbot.waitUntil(lambda: len(win.comparison.tiles.tiles) == 3 and win.frame.snap.epoch >= 3
                    and win.comparison.table.rowCount() == 3, timeout=TIMEOUT)
    win.pause()
    qtbot.waitUntil(lambda: win.frame.state != "training", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: win.comparison.table.item(2, 0) is not None, timeout=TIMEOUT)
    assert win.centralWidget().currentWidget() is win.comparison.tiles
    titles = [t.getPlotItem().titleLabel.text for t in win.comparison.tiles.tiles]
    assert [t.split(" · ")[0] for t in titles] == ["sgd", "adam", "rmsprop"]
    assert all("% val" in t for t in titles)
    assert [win.comparison.table.item(r, 0).text() for r in range(3)] == ["sgd", "adam", "rmsprop"]
    curves = win.comparison.curves.curves
    assert len(curves) == 3 and all(len(c[0].xData) >= 3 for c in curves)
    # Each run's curve is its own history.
    ids = [i for i, _ in win.controller.compare]
    assert not np.array_equal(curves[0][0].yData, curves[1][0].yData)
    # The x axis switch: steps.
    win.comparison.curves.x_axis.setCurrentIndex(1)
    assert curves[0][0].xData[-1] > curves[0][0].xData.size  # steps, not epochs
    # A click on the third tile focuses its run: the single-run views follow.
    tile = win.comparison.tiles.tiles[2]
    qtbot.mouseClick(tile.viewport(), Qt.LeftButton, pos=QPoint(tile.width() // 2, tile.height() // 2))
    assert win.controller.run_id == ids[2]
    qtbot.waitUntil(lambda: win.frame is not None and win.frame.run_id == ids[2], timeout=TIMEOUT)
    # So does a click on a run's name in the curves' legend (the curve stays shown).
    glw = win.comparison.curves.glw
    _, label = next((s, lab) for s, lab in win.comparison.curves.legend.items if lab.text == "adam")
    where = glw.mapFromScene(label.sceneBoundingRect().center())
    qtbot.mouseClick(glw.viewport(), Qt.LeftButton, pos=where)
    assert win.controller.run_id == ids[1] and curves[1][0].isVisible()
    # Stop comparing: one run again, the single decision view back.
    win.comparison.stop_action.trigger()
    qtbot.waitUntil(lambda: win.centralWidget().currentIndex() == 0 and win.controller.compare == (),
                    timeout=TIMEOUT)


def test_a_compared_run_is_named_by_its_setting():
    """Issue 23: a tile titled "0 · 46.2% val" or "0.5" did not say what was compared."""
    from dlviz.ui.compare import short

    assert short("hidden_layers=0") == "0 hidden layers" and short("hidden_layers=1") == "1 hidden layer"
    assert short("dropout=0.5") == "dropout 0.5" and short("batch_size=8") == "batch 8"
    assert short("optimizer=sgd, lr=0.1") == "sgd, lr 0.1"  # a registry's choice names itself
    assert short("activation=leaky_relu") == "leaky_relu" and short("run") == "run"


def test_the_dialog_gives_the_axes(qtbot):
    d = CompareDialog()
    qtbot.addWidget(d)
    key, values = d.rows[0]
    key.setCurrentText("batch_size")
    values.setText("1, 32 ,all")
    d.rows[1][0].setCurrentText("lr")
    d.rows[1][1].setText("0.1,0.01")
    assert d.axes() == {"batch_size": ["1", "32", "all"], "lr": ["0.1", "0.01"]}
    d.rows[1][0].setCurrentIndex(0)  # (none)
    assert list(d.axes()) == ["batch_size"]


def test_export_history_writes_every_run_of_a_comparison(win, qtbot, tmp_path):
    import csv

    from dlviz.ui import export

    win.play()
    qtbot.waitUntil(lambda: win.frame.snap.epoch >= 2, timeout=TIMEOUT)
    single = tmp_path / "one.csv"
    export.export_history(win.controller, single)
    with open(single, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "epoch" and len(rows) - 1 >= 2
    assert win.controller.start_compare({"lr": ["0.1", "0.01"]})
    qtbot.waitUntil(lambda: win.controller.frames is not None and len(win.controller.frames) == 2
                    and min(f.snap.epoch for f in win.controller.frames) >= 2, timeout=TIMEOUT)
    both = tmp_path / "both.csv"
    export.export_history(win.controller, both)
    with open(both, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["run", "epoch"]
    assert {r[0] for r in rows[1:]} == {"lr=0.1", "lr=0.01"}


def test_the_compared_keys_control_is_marked_while_comparing(win, qtbot):
    from PySide6.QtWidgets import QWidget

    control = win.panel.findChild(QWidget, "optimizer")
    tip = control.toolTip()
    assert control.isEnabled()
    win.controller.start_compare({"optimizer": ["sgd", "adam"]})
    qtbot.waitUntil(lambda: not control.isEnabled(), timeout=TIMEOUT)
    assert "sgd, adam" in control.toolTip() and "Compare" in control.toolTip()
    assert win.panel.findChild(QWidget, "lr").isEnabled()
    win.controller.start_compare({})
    qtbot.waitUntil(lambda: control.isEnabled(), timeout=TIMEOUT)
    assert control.toolTip() == tip


def test_the_dialog_names_the_keys_as_the_control_panel_does(qtbot, qapp):
    """In Korean the dialog listed `optimizer`, `lr`, `batch_size`: the panel's labels now,
    the keys still what it gives."""
    from PySide6.QtWidgets import QWidget

    from dlviz.ui import i18n
    from dlviz.ui.main_window import MainWindow

    assert i18n.install(qapp, "ko") == "ko"
    try:
        w = MainWindow(Config(samples=100, hidden=(8,)))
        qtbot.addWidget(w)
        d = CompareDialog(w)
        qtbot.addWidget(d)
        key, values = d.rows[0]
        texts = {key.itemData(i): key.itemText(i) for i in range(key.count())}
        assert texts["optimizer"] == "옵티마이저" and texts["lr"] == "학습률" and texts["batch_size"] == "배치 크기"
        for k, text in texts.items():
            assert text == w.panel.findChild(QWidget, k).accessibleName() and text != k
        assert key.currentData() == "optimizer" and key.currentText() == "옵티마이저"
        key.setCurrentIndex(key.findData("lr"))
        values.setText("0.1,0.01")
        assert d.axes() == {"lr": ["0.1", "0.01"]}
        w.close()
    finally:
        i18n.uninstall(qapp)


def test_a_training_comparison_draws_one_tile_a_turn_and_every_tile_soon(win, qtbot):
    """Issue 19: in a 4-run comparison every batch of frames drew every tile (and the
    curves) at once, and the GUI stalled past 50 ms. While training the tiles take
    turns: each turn of the window's frame scheduler draws at most one, round-robin,
    and every tile is drawn again within a few turns."""
    assert win.controller.start_compare({"optimizer": ["sgd", "momentum", "rmsprop", "adam"]})
    win.play()
    qtbot.waitUntil(lambda: len(win.comparison.tiles.tiles) == 4 and all(t.frames_drawn >= 1 for t in win.comparison.tiles.tiles),
                    timeout=TIMEOUT)
    tiles = win.comparison.tiles.tiles
    turns = []  # after each turn of the scheduler (this runs after the window's own slots): frames drawn per tile
    win.scheduler.drawn.connect(lambda _: turns.append([t.frames_drawn for t in tiles]))
    # Every tile drawn 4 more times: none waits for the others.
    qtbot.waitUntil(lambda: len(turns) > 1 and min(np.subtract(turns[-1], turns[0])) >= 4, timeout=TIMEOUT)
    assert win.frame.state == "training"
    per_turn = np.diff(np.array(turns), axis=0).sum(axis=1)
    assert per_turn.sum() >= 16 and per_turn.max() == 1, np.bincount(per_turn)
    # Round-robin: between two draws of a tile, the other tiles' turns (twice at most: a
    # tile whose run has no new grid yet gives up its turn).
    order = [int(np.argmax(np.diff(pair, axis=0))) for pair in zip(turns, turns[1:]) if np.any(np.diff(pair, axis=0))]
    for tile in range(4):
        at = [k for k, t in enumerate(order) if t == tile]
        assert all(b - a <= 8 for a, b in zip(at, at[1:])), order


NINE = {"optimizer": ["sgd", "momentum", "adam"], "lr": ["0.003", "0.01", "0.03"]}


def test_a_3x3_comparison_trains_nine_tiles_in_three_rows_with_nine_colours(win, qtbot):
    """Issue 21: two keys of three values each train nine runs, in a 3 x 3 grid (rows
    by the first key, columns by the second), every one in a colour of its own; at
    1366 x 768 each tile's plot stays inside its tile (a 160 px tile's title and its
    hidden legend made the plot wider and taller than the tile: the tiles drew blank)."""
    win.resize(1366, 768)
    assert win.controller.start_compare(NINE)
    win.play()
    grid = win.comparison.tiles
    qtbot.waitUntil(lambda: len(grid.tiles) == 9 and all(t.frames_drawn >= 1 for t in grid.tiles)
                    and win.frame.snap.epoch >= 2, timeout=TIMEOUT)
    win.pause()
    qtbot.waitUntil(lambda: win.frame.state != "training", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(win.comparison.curves.curves) == 9
                    and all(c[0].xData is not None and len(c[0].xData) >= 1 for c in win.comparison.curves.curves), timeout=TIMEOUT)
    places = [grid.grid.getItemPosition(grid.grid.indexOf(t.parentWidget()))[:2] for t in grid.tiles]
    assert places == [(r, c) for r in range(3) for c in range(3)]
    labels = [label for _, label in win.controller.compare]
    assert labels[1] == "optimizer=sgd, lr=0.01" and labels[3] == "optimizer=momentum, lr=0.003"
    colours = {c[0].opts["pen"].color().getRgb()[:3] for c in win.comparison.curves.curves}
    assert len(colours) == 9
    assert win.comparison.table.rowCount() == 9
    qtbot.waitUntil(lambda: all(t.getPlotItem().geometry().width() <= t.width() + 1
                                and t.getPlotItem().geometry().height() <= t.height() + 1 for t in grid.tiles),
                    timeout=TIMEOUT)
    # The x axis of a 90 px plane labelled at one level of round steps ("-1.0-0.5 0 0.51.0" ran together).
    assert all(len(t.getAxis("bottom")._tickSpacing or ()) == 1 for t in grid.tiles)
    # Every title whole: on one line or two (values over result), never wider than its tile.
    for t in grid.tiles:
        label = t.getPlotItem().titleLabel
        assert "% val" in label.text and label.itemRect().width() <= t.width() + 1


@pytest.mark.parametrize("axes", [{"lr": ["0.1", "0.2", "0.3", "0.4"], "optimizer": ["sgd", "adam", "momentum"]},
                                  {"lr": ["0.1", "0.2", "0.3", "0.4", "0.5"]}])
def test_more_than_nine_runs_or_four_values_are_refused_and_nothing_changes(win, qtbot, axes):
    assert win.controller.start_compare({"optimizer": ["sgd", "adam"]})
    qtbot.waitUntil(lambda: len(win.comparison.tiles.tiles) == 2, timeout=TIMEOUT)
    before = win.controller.compare
    with qtbot.waitSignal(win.controller.notice, timeout=TIMEOUT) as said:
        assert not win.controller.start_compare(axes)
    assert ("at most 9" in said.args[0]) if len(axes) == 2 else ("2 to 4 values" in said.args[0])
    assert len(said.args[0].splitlines()) == 1
    assert win.controller.compare == before and win.controller.compared_values == {"optimizer": ["sgd", "adam"]}


def _bytes(text: str) -> float:
    number, unit = text.split()
    return float(number) * {"B": 1, "KB": 1024, "MB": 1024 ** 2}[unit]


def test_the_summary_and_the_status_bar_show_each_runs_time_and_memory(win, qtbot):
    """batch-memory: time per step and per epoch, and the bytes one batch's activations
    take, for every run (not only in the lesson)."""
    from dlviz.ui.compare import SummaryTable

    assert win.controller.start_compare({"batch_size": [8, 64]})
    win.play()
    table = win.comparison.table
    qtbot.waitUntil(lambda: table.rowCount() == 2 and win.frame.snap.epoch >= 2, timeout=TIMEOUT)
    win.pause()
    qtbot.waitUntil(lambda: win.frame.state != "training", timeout=TIMEOUT)
    col = {h: i for i, h in enumerate(SummaryTable.HEADERS)}
    qtbot.waitUntil(lambda: table.item(1, col["batch memory"]) is not None
                    and table.item(1, col["per epoch"]).text() != "–", timeout=TIMEOUT)
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert {"per step", "per epoch", "batch memory"} <= set(headers)
    small, large = (_bytes(table.item(r, col["batch memory"]).text()) for r in range(2))
    assert large == pytest.approx(8 * small, rel=0.01)  # the memory grows with the batch
    for r in range(2):
        for key in ("per step", "per epoch"):
            assert table.item(r, col[key]).text().split()[-1] in ("µs", "ms", "s")
    text = win.status_label.text()
    assert "/step, " in text and "/epoch, " in text and "/batch" in text
    shown = {table.item(r, col["batch memory"]).text() for r in range(2)}
    assert any(text.endswith(f"{b}/batch") for b in shown)  # the focused run's, as in its row
