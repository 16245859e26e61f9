"""Compare mode in the window: the Compare… dialog, a decision tile per run, the
overlaid curves and a summary table. The RunController runs the comparison;
this module only shows it (the window makes its :class:`Comparison`).
"""

from __future__ import annotations

import time
from typing import Callable

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QLabel,
                               QLineEdit, QStackedWidget, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..common.numbers import sig3
from ..config import REGISTRIES, config_keys
from ..training.compare import MAX_RUNS
from ..training.lessons import run_costs
from ..training.messages import RunState
from .views import DecisionView
from .views.common import regression, score_text
from .views.regression import RegressionView
from .views.decision import TITLE_POINTS, title_points
from .views.compare_curves import CompareCurves, run_rgb
from .fonts import wm_title

TITLE_OVER_AXIS = 70  # px of a tile's width its title may take over the left axis
SLOW_HZ = 4  # the curves and the table: read, not watched
NOT_COMPARED = ("csv", "target_column", "features", "hidden", "option_values",  # lists, paths, names: not 2-4 values
                "image_folder", "image_size")  # (the folder's images are read once, at one size)


def _tr(text: str) -> str:
    return QCoreApplication.translate("compare", text)


def comparable_keys() -> list[str]:
    """The keys a comparison may vary: the registries' choices first, then the numbers."""
    keys = [k for k in config_keys() if k not in NOT_COMPARED]
    keys += ["hidden_layers", "neurons"]
    return sorted(keys, key=lambda k: (k not in REGISTRIES, k))


#: How a run's value is named where its key is not obvious from the value: "0 hidden
#: layers", "dropout 0.5" (a bare "0" or "0.5" on a tile said nothing). A registry's
#: choice ("adam", "relu") names itself and stays bare; "{v}" is the value.
SETTING_NAMES = {
    "hidden_layers": QT_TRANSLATE_NOOP("compare", "{v} hidden layers"),
    "neurons": QT_TRANSLATE_NOOP("compare", "{v} units"),
    "dropout": QT_TRANSLATE_NOOP("compare", "dropout {v}"),
    "lr": QT_TRANSLATE_NOOP("compare", "lr {v}"),
    "batch_size": QT_TRANSLATE_NOOP("compare", "batch {v}"),
    "epochs": QT_TRANSLATE_NOOP("compare", "{v} epochs"),
    "samples": QT_TRANSLATE_NOOP("compare", "{v} points"),
    "noise": QT_TRANSLATE_NOOP("compare", "noise {v}"),
    "classes": QT_TRANSLATE_NOOP("compare", "{v} classes"),
    "val_fraction": QT_TRANSLATE_NOOP("compare", "validation {v}"),
    "weight_decay": QT_TRANSLATE_NOOP("compare", "L2 {v}"),
    "l1": QT_TRANSLATE_NOOP("compare", "L1 {v}"),
    "seed": QT_TRANSLATE_NOOP("compare", "seed {v}"),
    "leaky_slope": QT_TRANSLATE_NOOP("compare", "slope {v}"),
    "elu_alpha": QT_TRANSLATE_NOOP("compare", "ELU α {v}"),
    "momentum": QT_TRANSLATE_NOOP("compare", "momentum {v}"),
    "beta1": QT_TRANSLATE_NOOP("compare", "β1 {v}"),
    "beta2": QT_TRANSLATE_NOOP("compare", "β2 {v}"),
    "lr_decay": QT_TRANSLATE_NOOP("compare", "decay {v}"),
    "decay_epochs": QT_TRANSLATE_NOOP("compare", "decay every {v}"),
    "warmup_epochs": QT_TRANSLATE_NOOP("compare", "warm-up {v}"),
    "schedule": QT_TRANSLATE_NOOP("compare", "{v} schedule"),
}
#: ...and where the value is 1.
SETTING_ONE = {
    "hidden_layers": QT_TRANSLATE_NOOP("compare", "1 hidden layer"),
    "neurons": QT_TRANSLATE_NOOP("compare", "1 unit"),
    "epochs": QT_TRANSLATE_NOOP("compare", "1 epoch"),
}


def short(label: str) -> str:
    """A run's values, each named by its setting where the value alone says nothing
    ("sgd, lr 0.1", "0 hidden layers", in Korean "은닉층 0개"); short, since tiles
    and legends are narrow and a title wider than its tile would push the plane out of it."""
    parts = []
    for part in label.split(", "):
        key, sep, value = part.partition("=")
        name = (SETTING_ONE.get(key) if value == "1" else None) or SETTING_NAMES.get(key) if sep else None
        parts.append(_tr(name).format(v=value) if name else part.split("=", 1)[-1])
    return ", ".join(parts)


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
            key.addItem(QCoreApplication.translate("compare", "(none)"), "")
        for k in keys:
            key.addItem(label(k) if label is not None else k, k)
        values = QLineEdit()
        values.setObjectName(f"{prefix}_values{n}")
        values.setPlaceholderText(placeholder)
        key.currentIndexChanged.connect(lambda _, k=key, v=values: suggest(k, v))
        rows.append((key, values))
    return rows


class CompareDialog(QDialog):
    """Pick one key (or two) and 2-4 values each, at most 9 runs in all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(wm_title(QCoreApplication.translate("compare", "Compare runs"), "Compare runs"))
        form = QFormLayout(self)
        panel = parent.panel if parent is not None else None  # the window's control panel names the keys
        self.rows = axis_pickers("compare", comparable_keys(), QCoreApplication.translate("compare", "2 to 4 values, separated by commas; at most 9 runs in all"), self._suggest,
                                 label=lambda k: key_label(k, panel))
        for n, (key, values) in enumerate(self.rows, 1):
            form.addRow(QCoreApplication.translate("compare", "Vary") if n == 1 else QCoreApplication.translate("compare", "and"), key)
            form.addRow(QCoreApplication.translate("compare", "Values"), values)
        self.rows[0][0].setCurrentIndex(self.rows[0][0].findData("optimizer"))
        self._suggest(*self.rows[0])
        form.addRow(QLabel(QCoreApplication.translate("compare", "Every other setting, the seed included, is the same in every run.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _suggest(key: QComboBox, values: QLineEdit) -> None:
        k = key.currentData()
        values.setEnabled(bool(k))
        values.setToolTip(QCoreApplication.translate("compare", "Choices: {c}").format(c=", ".join(REGISTRIES[k])) if k in REGISTRIES else "")
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


def tile_columns(labels, tall: bool = False) -> int:
    """How many columns of tiles for runs named ``labels`` ("k1=v, k2=w", first key
    slowest): two keys make a grid with the second key's values across (a 3 x 3
    comparison, rows by the first key); one key two columns (one, if two runs in a
    tall area)."""
    seconds = {label.split(", ", 1)[1] for label in labels if ", " in label}
    if seconds:
        return len(seconds)
    return 1 if len(labels) <= 2 and tall else min(2, max(1, len(labels)))


def fits(title: str, width: float, font: QFont) -> bool:
    """Does ``title`` fit a view ``width`` px wide at the smallest title size (as
    :func:`title_points` measures)?"""
    f = QFont(font)
    f.setPointSizeF(TITLE_POINTS[-1])
    return QFontMetricsF(f).horizontalAdvance(title) <= max(60.0, width - 85.0)


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
        self._titled: dict[int, float] = {}  # run id -> when its tile's title was last set
        self._titles: dict[int, str] = {}  # run id -> its tile's title
        self.title_pt = TITLE_POINTS[0]  # one size for every tile's title
        self._two_lines = False  # the titles' values and result on two lines (small tiles)
        self._frames, self._labels, self._focus = None, {}, None  # the newest, drawn tile by tile
        self._next = 0  # whose turn it is among the tiles and the other jobs
        # Other drawing that takes its turn with the tiles (the window's curves and summary):
        # each returns True if it drew something.
        self.jobs: list[Callable[[], bool]] = []

    def set_runs(self, runs: tuple[tuple[int, str], ...]) -> None:
        if [i for i, _ in runs] == self._ids:
            return
        for t in self.tiles:
            box = t.parentWidget()
            self.grid.removeWidget(box)
            box.hide()
            box.deleteLater()  # (not setParent(None): that makes it a top-level window until deleted)
        self.tiles, self._ids = [], [i for i, _ in runs]
        self._titles, self._titled, self._next = {}, {}, 0
        cols = tile_columns([label for _, label in runs], tall=self.height() > self.width())
        # Equal cells whatever their titles say (a title never widens its tile).
        for n in range(MAX_RUNS):
            self.grid.setColumnStretch(n, 1 if n < cols else 0)
            self.grid.setRowStretch(n, 1 if n < -(-len(runs) // cols) else 0)
        for n, (run_id, _) in enumerate(runs):
            tile = self._make_tile(n, DecisionView)
            # The run's colour as a frame around the tile (a stylesheet on the
            # plot itself upsets pyqtgraph's layout).
            box = QFrame()
            box.setObjectName("tile_box")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(3, 3, 3, 3)
            inner.addWidget(tile)
            self.grid.addWidget(box, n // cols, n % cols)
            self.tiles.append(tile)

    def _make_tile(self, n: int, kind):
        """Tile ``n``: a DecisionView, or a RegressionView for a regression run."""
        tile = kind()
        tile.setObjectName(f"tile_{n}")
        tile.setMinimumSize(160, 160)
        tile.set_legend_visible(False)
        # The title over the axis too, not over the plane alone: a 3 x 3 grid's tiles
        # are 160 px wide at 1366 x 768, and a title centred on the plane was cut off.
        plot = tile.getPlotItem()
        plot.layout.removeItem(plot.titleLabel)
        plot.layout.addItem(plot.titleLabel, 0, 0, 1, 3)
        tile.viewport().installEventFilter(self)
        return tile

    def _tile_for(self, i: int, f):
        """Tile ``i``, made anew if its run's task needs the other kind of view."""
        tile = self.tiles[i]
        kind = RegressionView if regression(f.info) else DecisionView
        if type(tile) is not kind:
            box = tile.parentWidget()
            new = self._make_tile(i, kind)
            box.layout().replaceWidget(tile, new)
            tile.hide()
            tile.deleteLater()
            self.tiles[i] = tile = new
            self._titles.pop(self._ids[i], None)
        return tile

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            for run_id, tile in zip(self._ids, self.tiles):
                if tile.viewport() is obj:
                    self._on_click(run_id)
        return False

    def update_frames(self, frames, labels: dict[int, str], focus: int | None) -> None:
        """Take the newest frames. While a run trains they are drawn by :meth:`turn`, a
        tile (or a job) at a time; otherwise (paused, ended, an export) all at once."""
        self._frames, self._labels, self._focus = frames, labels, focus
        if not any(f.state == RunState.TRAINING for f in frames if f.run_id in self._ids):
            self.draw_all()

    def draw_all(self) -> None:
        """Every tile (and job) at the newest frame now (a run stopped, or an export is due)."""
        now = time.monotonic()
        for i in range(len(self.tiles)):
            self._draw_tile(i, now)
        for job in self.jobs:
            job()

    def turn(self) -> bool:
        """One turn of the window's frame scheduler: the next tile or job in turn that has
        something new, round-robin; True if one did. Painting every tile (with the curves
        and a slow view) in one turn stalled the GUI past 50 ms in a 4-run comparison;
        a frame comes up to 30 times a second, so each of 4 tiles still gets several."""
        if self._retitle_if_due():
            return True
        tiles, now = len(self.tiles), time.monotonic()
        n = tiles + len(self.jobs)
        for k in range(n):
            i = (self._next + k) % n
            if self._draw_tile(i, now) if i < tiles else self.jobs[i - tiles]():
                self._next = (i + 1) % n
                return True
        return False

    def _draw_tile(self, i: int, now: float) -> bool:
        """Bring tile ``i`` to its run's newest frame; True if that changed anything."""
        run_id = self._ids[i]
        f = self._frames.get(run_id) if self._frames is not None else None
        if f is None:
            return False
        tile = self._tile_for(i, f)
        drawn = tile.frames_drawn
        tile.update_frame(f)  # (nothing to do if its grid is the one shown)
        changed = tile.frames_drawn != drawn
        self._thin_ticks(tile, f.info.bounds)
        box = tile.parentWidget()
        width = 3 if run_id == self._focus else 1
        if box.property("shown") != (width, i):  # restyle only on a change: it relayouts the tile
            box.setProperty("shown", (width, i))
            box.setStyleSheet("QFrame#tile_box {border: %dpx solid #%02x%02x%02x;}" % (width, *run_rgb(i)))
            changed = True
        # A diverged run's regions fade: what is left is the last picture before the blow-up.
        tile.set_faded(bool(f.snap.diverged_at_step))
        # A title is rich text laid out anew on each change: at most SLOW_HZ a tile while
        # training (it cost the GUI more than the tiles' images), at once otherwise.
        if f.snap.diverged_at_step:
            what = QCoreApplication.translate("compare", "diverged at step {n}").format(n=f.snap.diverged_at_step)
        elif len(f.val_acc) and f.has_validation and regression(f.info):
            what = QCoreApplication.translate("compare", "val R² {v}").format(v=score_text(f.info, f.val_acc[-1]))
        elif len(f.val_acc) and f.has_validation:
            what = QCoreApplication.translate("compare", "{v}% val").format(v=sig3(100 * float(f.val_acc[-1])))
        else:
            what = QCoreApplication.translate("compare", "epoch {n}").format(n=f.snap.epoch)
        text = f"{short(self._labels.get(run_id, ''))} · {what}"
        due = f.state != RunState.TRAINING or tile.frames_drawn <= 1 or now - self._titled.get(run_id, 0.0) >= 1.0 / SLOW_HZ
        if text != self._titles.get(run_id) and due:
            self._titles[run_id], self._titled[run_id] = text, now
            self._retitle(tile)
            changed = True
        return changed

    @staticmethod
    def _thin_ticks(tile: DecisionView, bounds) -> None:
        """A small tile's x axis labelled at round steps of about half its span: pyqtgraph
        labels at least four intervals, and on a 3 x 3 grid's 90 px plane
        "-1.0-0.5 0 0.51.0" ran together. A larger tile keeps pyqtgraph's own ticks."""
        width = tile.getPlotItem().vb.width()
        key = (int(width) // 20, bounds[0], bounds[1])  # (set anew only when these change)
        if tile.property("ticks") == key:
            return
        tile.setProperty("ticks", key)
        axis = tile.getAxis("bottom")
        span = float(bounds[1] - bounds[0])
        if width >= 130 or not span > 0:
            axis.setTickSpacing()  # pyqtgraph's own
            return
        power = 10.0 ** np.floor(np.log10(span / 2.5))
        step = next(m * power for m in (1, 2, 5, 10) if m * power >= span / 2.5)
        axis.setTickSpacing(levels=[(step, 0.0)])

    def _retitle(self, only: DecisionView | None = None) -> None:
        """Every tile's title at one size: the largest at which the longest fits its
        tile (tiles of different sizes of type looked like runs of different weight).
        ``only``: that tile's title changed (the others are set only if the size did)."""
        titled = [(t, self._titles[i]) for i, t in zip(self._ids, self.tiles) if i in self._titles]
        if not titled:
            return
        # A title too long for its tile even at the smallest size (a 3 x 3 grid's
        # "momentum, lr 0.003 · 30% val" in 160 px) takes two lines, run over result;
        # the tiles have the height. Every tile alike.
        two = not all(fits(text, t.width() + TITLE_OVER_AXIS, t.font()) for t, text in titled)
        if two:
            titled = [(t, text.replace(" · ", "<br>")) for t, text in titled]
        # (title_points keeps a view's left axis free of its title: a tile's spans it)
        pt = min(title_points(line, t.width() + TITLE_OVER_AXIS, t.font())
                 for t, text in titled for line in text.split("<br>"))
        if only is not None and pt == self.title_pt and two == self._two_lines:
            only.set_title(dict((id(t), text) for t, text in titled)[id(only)], pt)
            return
        self.title_pt, self._two_lines = pt, two
        for t, text in titled:
            t.set_title(text, self.title_pt)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Once the tiles have their new widths (the titles follow the widths, never the reverse):
        # at the next turn while a run trains (under a stream of frames Qt runs a 0 ms timer
        # late), by the timer otherwise.
        self._retitle_due = True
        QTimer.singleShot(0, self, self._retitle_if_due)

    def _retitle_if_due(self) -> bool:
        if not getattr(self, "_retitle_due", False):
            return False
        self._retitle_due = False
        self._retitle()
        return True


class SummaryTable(QTableWidget):
    """Per run: final train/val loss and accuracy, the time per step and per epoch and the
    bytes one batch's activations take, best val epoch, seconds, steps/s, diverged at."""

    # QT_TRANSLATE_NOOP marks them for lupdate; they are translated where the header is set.
    HEADERS = (
        QT_TRANSLATE_NOOP("compare", "run"), QT_TRANSLATE_NOOP("compare", "train loss"),
        QT_TRANSLATE_NOOP("compare", "train acc %"), QT_TRANSLATE_NOOP("compare", "val loss"),
        QT_TRANSLATE_NOOP("compare", "val acc %"),
        # What a run costs, beside how well it did (the dock shows about eight columns at 1366 px):
        QT_TRANSLATE_NOOP("compare", "per step"), QT_TRANSLATE_NOOP("compare", "per epoch"),
        QT_TRANSLATE_NOOP("compare", "batch memory"), QT_TRANSLATE_NOOP("compare", "best val epoch"),
        QT_TRANSLATE_NOOP("compare", "epochs"), QT_TRANSLATE_NOOP("compare", "seconds"),
        QT_TRANSLATE_NOOP("compare", "steps/s"), QT_TRANSLATE_NOOP("compare", "diverged at"))
    #: A regression's columns in place of the accuracy ones (by column).
    REGRESSION_HEADERS = {2: QT_TRANSLATE_NOOP("compare", "train R²"), 4: QT_TRANSLATE_NOOP("compare", "val R²")}

    def __init__(self, parent=None):
        super().__init__(0, len(self.HEADERS), parent)
        self.setObjectName("compare_table")
        self.setHorizontalHeaderLabels([_tr(h) for h in self.HEADERS])
        tips = {"per step": QCoreApplication.translate("compare", "Training time per step, measured (it varies from run to run)"),
                "per epoch": QCoreApplication.translate("compare", "Training time per epoch, measured (it varies from run to run)"),
                "batch memory": QCoreApplication.translate("compare", "The bytes one batch's activations take: every layer's values for every point of the batch, kept until the backward pass")}
        for c, h in enumerate(self.HEADERS):
            if h in tips:
                self.horizontalHeaderItem(c).setToolTip(tips[h])
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.NoEditTriggers)
        self._lengths: list[tuple[int, ...]] = []  # the cells' text lengths at the last column sizing
        self._regress = False  # the headers name R², not accuracy

    def _set_headers(self, regress: bool) -> None:
        if regress == self._regress:
            return
        self._regress = regress
        names = dict(enumerate(self.HEADERS))
        if regress:
            names.update(self.REGRESSION_HEADERS)
        self.setHorizontalHeaderLabels([_tr(names[c]) for c in range(len(self.HEADERS))])

    def update_frames(self, frames, labels: dict[int, str]) -> None:
        fs = [f for f in frames if f.run_id in labels]
        if fs:
            self._set_headers(regression(fs[0].info))
        self.setRowCount(len(fs))
        lengths = []
        def last(a, scale=1.0) -> str:
            return sig3(scale * float(a[-1]) if len(a) else None)

        for r, f in enumerate(fs):
            val = np.asarray(f.val_loss)
            best = int(np.nanargmin(val)) + 1 if len(val) and np.isfinite(val).any() else None
            secs = f.snap.train_seconds
            # Steps per second of training time over the whole run: the same figure live,
            # paused and headless (the live rate of the last second jumps about).
            rate = f.snap.step / secs if secs > 0 else 0.0
            costs = run_costs(f.snap)
            scale = 1.0 if regression(f.info) else 100.0  # R² as it is, accuracy in %
            cells = (short(labels[f.run_id]), last(f.train_loss), last(f.train_acc, scale), last(f.val_loss),
                     last(f.val_acc, scale), costs["step"], costs["epoch"], costs["bytes"], str(best or "–"),
                     str(f.snap.epoch), f"{secs:.1f}", f"{rate:,.0f}" if rate else "–",
                     str(f.snap.diverged_at_step or "–"))
            for c, text in enumerate(cells):
                item = self.item(r, c)
                if item is None:
                    item = QTableWidgetItem(text)
                    item.setTextAlignment((Qt.AlignLeft if c == 0 else Qt.AlignRight) | Qt.AlignVCenter)
                    self.setItem(r, c, item)
                elif item.text() != text:  # (most cells do not change from one update to the next)
                    item.setText(text)
            lengths.append(tuple(len(t) for t in cells))
        if lengths != self._lengths:  # measuring every cell again only when a text got longer or shorter
            self._lengths = lengths
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
        split.addTab(self.curves, QCoreApplication.translate("compare", "Curves"))
        split.addTab(self.table, QCoreApplication.translate("compare", "Summary"))
        # The x-axis choice beside the tabs, not in a row over the plots: at 1366 x 768
        # the accuracy plot needs that height. Only the curves have an x axis.
        x_row = self.curves.x_row
        x_row.layout().setContentsMargins(8, 0, 2, 2)
        split.setCornerWidget(x_row, Qt.TopRightCorner)
        split.currentChanged.connect(lambda i: x_row.setVisible(split.widget(i) is self.curves))
        # placed beside the loss curves when a comparison starts
        self.dock = dock = win.add_tool_dock("compare_dock", QCoreApplication.translate("compare", "Comparison"), split)

        def ask() -> None:
            dialog = CompareDialog(win)
            if dialog.exec() == QDialog.Accepted:
                c.start_compare(dialog.axes())

        self.action = win.add_action("train", QCoreApplication.translate("compare", "Compare…"), ask, name="compare_action", separator=True,
                                     tip=QCoreApplication.translate("compare", "Train up to 9 runs that differ in one or two settings, side by side"))
        self.stop_action = win.add_action("train", QCoreApplication.translate("compare", "Stop comparing"), lambda: c.start_compare({}))
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
                widget.setToolTip(QCoreApplication.translate("compare", "Compared: {values}. Change them in Train ▸ Compare…").format(
                    values=", ".join(map(str, vals))))

        due = {"curves": False, "table": False}

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
            now = time.monotonic()
            if now - shown["at"] >= 1.0 / SLOW_HZ or frames.primary.state != RunState.TRAINING:
                shown["at"] = now
                due.update(curves=True, table=True)
            self.tiles.set_runs(c.compare)
            # The tiles, the curves and the summary in their turns (or all now, if stopped).
            self.tiles.update_frames(frames, dict(c.compare), c.run_id)

        def draw_curves() -> bool:
            """The curves and the summary when due: one turn for both (the summary costs little).
            The curves only on screen (hidden, they paint nothing, but handing them the
            histories costs): behind a tab they are drawn when they come to the front, and an
            export draws them."""
            if c.frames is None or not c.compare:
                return False
            labels = dict(c.compare)
            if any(f.run_id not in labels for f in c.frames):
                return False  # a new comparison's first frames are on their way
            drew = False
            if due["curves"] and self.curves.isVisible():
                due["curves"], drew = False, True
                self.curves.update_frames(c.frames, tuple(short(labels[f.run_id]) for f in c.frames))
            if due["table"]:
                due["table"], drew = False, True
                self.table.update_frames(c.frames, labels)
            return drew

        self.tiles.jobs.append(draw_curves)

        def came_up(*_) -> None:
            if c.compare and c.frames is not None:
                due["curves"] = True
                QTimer.singleShot(0, win, draw_curves)

        split.currentChanged.connect(came_up)
        dock.visibilityChanged.connect(came_up)
        c.frames_ready.connect(on_frames)
        # Each turn of the frame scheduler (one per batch of frames) draws one tile or job.
        win.scheduler.drawn.connect(lambda _: self.tiles.turn() if c.compare else None)
