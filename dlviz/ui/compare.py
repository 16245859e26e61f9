"""Compare mode in the window: the Compare… dialog, a decision tile per run, the
overlaid curves and a summary table. The RunController runs the comparison;
this module only shows it (the window makes its :class:`Comparison`).
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QLabel,
                               QLineEdit, QStackedWidget, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..common.numbers import sig3
from ..config import REGISTRIES, config_keys
from ..training.messages import RunState
from .views import DecisionView
from .views.decision import TITLE_POINTS, title_points
from .views.compare_curves import CompareCurves, run_rgb
from .fonts import wm_title

SLOW_HZ = 4  # the curves and the table: read, not watched
NOT_COMPARED = ("csv", "features", "hidden", "option_values")  # lists and paths: not 2-4 values


def _tr(text: str) -> str:
    return QCoreApplication.translate("compare", text)


def comparable_keys() -> list[str]:
    """The keys a comparison may vary: the registries' choices first, then the numbers."""
    keys = [k for k in config_keys() if k not in NOT_COMPARED]
    keys += ["hidden_layers", "neurons"]
    return sorted(keys, key=lambda k: (k not in REGISTRIES, k))


def short(label: str) -> str:
    """A run's values without their keys ("sgd, 0.1"): tiles and legends are narrow,
    and a title wider than its tile would push the plane out of it."""
    return ", ".join(part.split("=", 1)[-1] for part in label.split(", "))


def key_label(key: str, panel=None) -> str:
    """A Config key as the control panel labels it ("Learning rate", in Korean 학습률),
    taken from the panel's control for it (its accessible name is its label); the
    key itself where there is no such control."""
    control = panel.findChild(QWidget, key) if panel is not None else None
    return (control.accessibleName() if control is not None else "") or key


def axis_pickers(prefix: str, keys, placeholder: str, suggest, label=None) -> list[tuple[QComboBox, QLineEdit]]:
    """Two (key, values) pickers for a grid of runs, named ``{prefix}_key1``/``_values1``
    and ``..2``; the second key may be "(none)". ``suggest(key, values)`` fills in
    values whenever a key is chosen. ``label(key)`` is the text shown for a key (its
    item data stays the key; default: the key itself)."""
    rows = []
    for n in (1, 2):
        key = QComboBox()
        key.setObjectName(f"{prefix}_key{n}")
        if n == 2:
            key.addItem(_tr("(none)"), "")
        for k in keys:
            key.addItem(label(k) if label is not None else k, k)
        values = QLineEdit()
        values.setObjectName(f"{prefix}_values{n}")
        values.setPlaceholderText(placeholder)
        key.currentIndexChanged.connect(lambda _, k=key, v=values: suggest(k, v))
        rows.append((key, values))
    return rows


class CompareDialog(QDialog):
    """Pick one key (or two) and 2-4 values each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(wm_title(_tr("Compare runs"), "Compare runs"))
        form = QFormLayout(self)
        panel = parent.panel if parent is not None else None  # the window's control panel names the keys
        self.rows = axis_pickers("compare", comparable_keys(), _tr("2 to 4 values, separated by commas"), self._suggest,
                                 label=lambda k: key_label(k, panel))
        for n, (key, values) in enumerate(self.rows, 1):
            form.addRow(_tr("Vary") if n == 1 else _tr("and"), key)
            form.addRow(_tr("Values"), values)
        self.rows[0][0].setCurrentIndex(self.rows[0][0].findData("optimizer"))
        self._suggest(*self.rows[0])
        form.addRow(QLabel(_tr("Every other setting, the seed included, is the same in every run.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _suggest(key: QComboBox, values: QLineEdit) -> None:
        k = key.currentData()
        values.setEnabled(bool(k))
        values.setToolTip(_tr("Choices: {c}").format(c=", ".join(REGISTRIES[k])) if k in REGISTRIES else "")
        if k in REGISTRIES:
            values.setText(",".join(list(REGISTRIES[k])[:4]) if k != "optimizer" else "sgd,momentum,rmsprop,adam")
        elif k == "lr":
            values.setText("0.1,0.01,0.001")
        else:
            values.clear()

    def axes(self) -> dict[str, list[str]]:
        """The chosen keys and their values, as the controller takes them."""
        out = {}
        for key, values in self.rows:
            if key.currentData():
                out[key.currentData()] = [v.strip() for v in values.text().split(",") if v.strip()]
        return out


class TileGrid(QWidget):
    """A decision-region tile per run, labelled by its value(s) and val accuracy; a click focuses it."""

    def __init__(self, on_click, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_tiles")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setSpacing(6)
        self.tiles: list[DecisionView] = []
        self._ids: list[int] = []
        self._on_click = on_click
        self._titled = 0.0  # when the titles were last set
        self._titles: dict[int, str] = {}  # run id -> its tile's title
        self.title_pt = TITLE_POINTS[0]  # one size for every tile's title

    def set_runs(self, runs: tuple[tuple[int, str], ...]) -> None:
        if [i for i, _ in runs] == self._ids:
            return
        for t in self.tiles:
            box = t.parentWidget()
            self.grid.removeWidget(box)
            box.hide()
            box.deleteLater()  # (not setParent(None): that makes it a top-level window until deleted)
        self.tiles, self._ids = [], [i for i, _ in runs]
        self._titles = {}
        cols = 1 if len(runs) <= 2 and self.height() > self.width() else 2
        # Equal cells whatever their titles say (a title never widens its tile).
        for n in range(4):
            self.grid.setColumnStretch(n, 1 if n < cols else 0)
            self.grid.setRowStretch(n, 1 if n < -(-len(runs) // cols) else 0)
        for n, (run_id, _) in enumerate(runs):
            tile = DecisionView()
            tile.setObjectName(f"tile_{n}")
            tile.setMinimumSize(160, 160)
            tile.set_legend_visible(False)
            tile.viewport().installEventFilter(self)
            # The run's colour as a frame around the tile (a stylesheet on the
            # plot itself upsets pyqtgraph's layout).
            box = QFrame()
            box.setObjectName("tile_box")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(3, 3, 3, 3)
            inner.addWidget(tile)
            self.grid.addWidget(box, n // cols, n % cols)
            self.tiles.append(tile)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            for run_id, tile in zip(self._ids, self.tiles):
                if tile.viewport() is obj:
                    self._on_click(run_id)
        return False

    def update_frames(self, frames, labels: dict[int, str], focus: int) -> None:
        # A title is rich text laid out anew on each change: at SLOW_HZ while training
        # (it cost the GUI more than the tiles' images), at once otherwise.
        now = time.monotonic()
        retitle = now - self._titled >= 1.0 / SLOW_HZ or any(f.state != RunState.TRAINING for f in frames)
        if retitle:
            self._titled = now
        for run_id, tile in zip(self._ids, self.tiles):
            f = frames.get(run_id)
            if f is None:
                continue
            tile.update_frame(f)
            box = tile.parentWidget()
            i = self._ids.index(run_id)
            width = 3 if run_id == focus else 1
            if box.property("shown") != (width, i):  # restyle only on a change: it relayouts the tile
                box.setProperty("shown", (width, i))
                box.setStyleSheet("QFrame#tile_box {border: %dpx solid #%02x%02x%02x;}" % (width, *run_rgb(i)))
            # A diverged run's regions fade: what is left is the last picture before the blow-up.
            tile.set_faded(bool(f.snap.diverged_at_step))
            if not retitle and tile.frames_drawn > 1:
                continue
            if f.snap.diverged_at_step:
                what = _tr("diverged at step {n}").format(n=f.snap.diverged_at_step)
            elif len(f.val_acc) and f.has_validation:
                what = _tr("{v}% val").format(v=sig3(100 * float(f.val_acc[-1])))
            else:
                what = _tr("epoch {n}").format(n=f.snap.epoch)
            self._titles[run_id] = f"{short(labels.get(run_id, ''))} · {what}"
        if retitle or any(t.frames_drawn <= 1 for t in self.tiles):
            self._retitle()

    def _retitle(self) -> None:
        """Every tile's title at one size: the largest at which the longest fits its
        tile (tiles of different sizes of type looked like runs of different weight)."""
        titled = [(t, self._titles[i]) for i, t in zip(self._ids, self.tiles) if i in self._titles]
        if not titled:
            return
        self.title_pt = min(title_points(text, t.width(), t.font()) for t, text in titled)
        for t, text in titled:
            t.set_title(text, self.title_pt)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Once the tiles have their new widths (the titles follow the widths, never the reverse).
        QTimer.singleShot(0, self, self._retitle)


class SummaryTable(QTableWidget):
    """Per run: final train/val loss and accuracy, best val epoch, steps/s, diverged at."""

    # QT_TRANSLATE_NOOP marks them for lupdate; they are translated where the header is set.
    HEADERS = (
        QT_TRANSLATE_NOOP("compare", "run"), QT_TRANSLATE_NOOP("compare", "train loss"),
        QT_TRANSLATE_NOOP("compare", "train acc %"), QT_TRANSLATE_NOOP("compare", "val loss"),
        QT_TRANSLATE_NOOP("compare", "val acc %"), QT_TRANSLATE_NOOP("compare", "best val epoch"),
        QT_TRANSLATE_NOOP("compare", "epochs"), QT_TRANSLATE_NOOP("compare", "seconds"),
        QT_TRANSLATE_NOOP("compare", "steps/s"), QT_TRANSLATE_NOOP("compare", "diverged at"))

    def __init__(self, parent=None):
        super().__init__(0, len(self.HEADERS), parent)
        self.setObjectName("compare_table")
        self.setHorizontalHeaderLabels([_tr(h) for h in self.HEADERS])
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.NoEditTriggers)

    def update_frames(self, frames, labels: dict[int, str]) -> None:
        fs = [f for f in frames if f.run_id in labels]
        self.setRowCount(len(fs))
        def last(a, scale=1.0) -> str:
            return sig3(scale * float(a[-1]) if len(a) else None)

        for r, f in enumerate(fs):
            val = np.asarray(f.val_loss)
            best = int(np.nanargmin(val)) + 1 if len(val) and np.isfinite(val).any() else None
            secs = f.snap.train_seconds
            # Steps per second of training time over the whole run: the same figure live,
            # paused and headless (the live rate of the last second jumps about).
            rate = f.snap.step / secs if secs > 0 else 0.0
            cells = (short(labels[f.run_id]), last(f.train_loss), last(f.train_acc, 100), last(f.val_loss),
                     last(f.val_acc, 100), str(best or "–"), str(f.snap.epoch), f"{secs:.1f}",
                     f"{rate:,.0f}" if rate else "–", str(f.snap.diverged_at_step or "–"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment((Qt.AlignLeft if c == 0 else Qt.AlignRight) | Qt.AlignVCenter)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()


class Comparison:
    """Compare mode in a MainWindow (made by the window): menu and toolbar actions,
    ``tiles`` in the centre while comparing, and a Comparison ``dock`` with the
    ``curves`` and the summary ``table``."""

    def __init__(self, win):
        c = win.controller
        single = win.takeCentralWidget()
        stack = QStackedWidget()
        stack.setObjectName("centre_stack")
        stack.addWidget(single)
        self.tiles = TileGrid(c.focus_run)
        stack.addWidget(self.tiles)
        win.setCentralWidget(stack)

        self.curves, self.table = CompareCurves(), SummaryTable()
        self.curves.run_clicked.connect(lambda i: c.focus_run(c.compare[i][0]) if i < len(c.compare) else None)
        split = QTabWidget()  # tabs, not a split: on a laptop the curves need the dock's whole height
        split.setObjectName("compare_tabs")
        split.addTab(self.curves, _tr("Curves"))
        split.addTab(self.table, _tr("Summary"))
        # The x-axis choice beside the tabs, not in a row over the plots: at 1366 x 768
        # the accuracy plot needs that height. Only the curves have an x axis.
        x_row = self.curves.x_row
        x_row.layout().setContentsMargins(8, 0, 2, 2)
        split.setCornerWidget(x_row, Qt.TopRightCorner)
        split.currentChanged.connect(lambda i: x_row.setVisible(split.widget(i) is self.curves))
        # placed beside the loss curves when a comparison starts
        self.dock = dock = win.add_tool_dock("compare_dock", _tr("Comparison"), split)

        def ask() -> None:
            dialog = CompareDialog(win)
            if dialog.exec() == QDialog.Accepted:
                c.start_compare(dialog.axes())

        self.action = win.add_action("train", _tr("Compare…"), ask, name="compare_action", separator=True,
                                     tip=_tr("Train 2 to 4 runs that differ in one setting, side by side"))
        self.stop_action = win.add_action("train", _tr("Stop comparing"), lambda: c.start_compare({}))
        self.stop_action.setEnabled(False)
        win.toolbar.addSeparator()
        win.toolbar.addAction(self.action)
        win.toolbar.widgetForAction(self.action).setObjectName("compare")

        shown = {"at": 0.0, "on": False, "marked": {}}

        def mark_compared() -> None:
            """The compared keys' controls show the base value only: disable them and say
            where the runs' values are set (a drag there would change nothing)."""
            values = c.compared_values if c.compare else {}
            for key, (widget, tip) in list(shown["marked"].items()):
                if key not in values:
                    widget.setEnabled(True)
                    widget.setToolTip(tip)
                    del shown["marked"][key]
            for key, vals in values.items():
                widget = win.panel.findChild(QWidget, key)
                if widget is None:
                    continue
                if key not in shown["marked"]:
                    # (a choice box composes its tooltip from a base text: keep that)
                    shown["marked"][key] = (widget, getattr(widget, "_base_tip", widget.toolTip()))
                widget.setEnabled(False)
                widget.setToolTip(_tr("Compared: {values}. Change them in Train ▸ Compare…").format(
                    values=", ".join(map(str, vals))))

        def on_frames(frames) -> None:
            on = bool(c.compare)
            axes = c.compared_values if on else {}
            if axes != shown.get("axes"):
                shown["axes"] = axes
                mark_compared()
            if on != shown["on"]:
                shown["on"] = on
                stack.setCurrentIndex(1 if on else 0)
                self.stop_action.setEnabled(on)
                if on:
                    win.tabifyDockWidget(win.docks["loss_dock"], dock)  # beside the single run's curves
                    dock.show()
                    dock.raise_()
                else:
                    dock.hide()
            if not on:
                return
            labels = dict(c.compare)
            self.tiles.set_runs(c.compare)
            self.tiles.update_frames(frames, labels, c.run_id)
            now = time.monotonic()
            if now - shown["at"] >= 1.0 / SLOW_HZ or frames.primary.state != RunState.TRAINING:
                shown["at"] = now
                self.curves.update_frames(frames, tuple(short(labels[f.run_id]) for f in frames))
                self.table.update_frames(frames, labels)

        c.frames_ready.connect(on_frames)
