"""Sweeps in the window: Train ▸ Sweep… trains a grid over one or two settings
(:func:`dlviz.training.sweep.run_sweep`: every cell from the same data and seed,
in worker processes) and shows a heatmap of the cells' final loss or accuracy,
with its colour bar, each cell as soon as it has finished. A click on a cell makes
it the current run.

The sweep runs in a superqt worker thread that waits on its worker processes, so the GUI
never blocks; a cancel reaches every worker through run_sweep's ``should_stop``, and
each finished cell comes back (run_sweep's ``on_cell``) to the GUI thread by a signal.
``install(window)`` adds the menu entry.
"""

from __future__ import annotations

import copy
import math
import threading

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QSpinBox, QVBoxLayout)
from superqt.utils import create_worker

from ...common.numbers import sig3
from ...config import MAX_EPOCHS, REGISTRIES, Config, ConfigError
from ...data import DataError
from ...training import sweep as sweeps
from .. import style
from ..compare import axis_pickers, comparable_keys, key_label
from ..i18n import explain
from ..views.common import R2_FLOOR, axes, dress, dress_axis, font, regression
from ..fonts import wm_title

DEFAULT_EPOCHS = 20
DIVERGED_RGB = (0xBB, 0xBB, 0xBB)
NOT_RUN_RGB = (0xF4, 0xF4, 0xF4)
#: A few values worth sweeping, by key; a registry's key gets its choices.
SUGGESTED = {"lr": "0.0003,0.003,0.03,0.3,3", "batch_size": "1,8,32,128", "hidden_layers": "1,2,3,4",
             "neurons": "2,4,8,16", "dropout": "0,0.2,0.5", "weight_decay": "0,0.0001,0.001,0.01",
             "samples": "100,200,500", "noise": "0,0.2,0.4"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("sweep", text)


def metrics(regress: bool = False) -> dict[str, str]:
    """The heatmap's choices: a cell's summary key and its label (a regression's score,
    kept under the accuracy keys, is R²)."""
    if regress:
        return {"val_loss": QCoreApplication.translate("sweep", "validation loss"), "val_accuracy": QCoreApplication.translate("sweep", "validation R²"),
                "train_loss": QCoreApplication.translate("sweep", "training loss"), "train_accuracy": QCoreApplication.translate("sweep", "training R²")}
    return {"val_loss": QCoreApplication.translate("sweep", "validation loss"), "val_accuracy": QCoreApplication.translate("sweep", "validation accuracy"),
            "train_loss": QCoreApplication.translate("sweep", "training loss"), "train_accuracy": QCoreApplication.translate("sweep", "training accuracy")}


def sweepable_keys() -> list[str]:
    """The comparison's keys, but the epoch budget (every cell has the same)."""
    return [k for k in comparable_keys() if k != "epochs"]


def cell_text(cell: dict | None, metric: str, pending: bool = False, regress: bool = False) -> str:
    """What a cell of the heatmap reads: its value (accuracy in %, R² as it is), or why
    there is none ("…" for a cell still training, when ``pending``)."""
    if cell is None:
        return "…" if pending else QCoreApplication.translate("sweep", "not run")
    if cell.get("diverged"):
        return QCoreApplication.translate("sweep", "✕ diverged\nat step {n}").format(n=cell.get("diverged_at_step"))
    v = cell.get(metric)
    if v is None:
        return "–"
    return f"{sig3(100 * v)}%" if metric.endswith("accuracy") and not regress else sig3(v)


def _luminance(rgb) -> float:
    """WCAG relative luminance of an sRGB colour (0-255 channels)."""
    c = np.asarray(rgb[:3], float) / 255.0
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return float(0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2])


def ink(rgb) -> tuple[int, int, int]:
    """White or black, whichever contrasts more with ``rgb`` (WCAG ratio): at least
    4.5:1 on every colour, viridis' mid teals included, where grey text was 3.3:1."""
    lum = _luminance(rgb)
    return (255, 255, 255) if (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.05) else (0, 0, 0)


def bar_ticks(lo: float, hi: float) -> list[list[tuple[float, str]]]:
    """The colour bar's ticks: both ends of the range, to 3 digits, and round values
    between them that keep clear of the ends."""
    if not hi > lo:
        return [[(lo, sig3(lo))], []]
    raw = (hi - lo) / 5
    mag = 10.0 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    inner = np.arange(math.ceil(lo / step) * step, hi, step)
    inner = [v for v in inner if lo + 0.1 * (hi - lo) < v < hi - 0.1 * (hi - lo)]
    return [[(lo, sig3(lo)), (hi, sig3(hi))], [(float(v), sig3(v)) for v in inner]]


class SweepHeatmap(pg.PlotWidget):
    """One coloured cell per grid point, its number on it; rows are the first key's
    values (top to bottom), columns the second's (one row for a one-key sweep).
    Beside it, the colour bar of the metric (viridis, bright is better: high
    accuracy, low loss) and what grey means. Cells can come one at a time: the ones
    still training are light and read "…"."""

    cell_clicked = Signal(int)  # the cell's index in grid order

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND, axisItems=axes())
        self.setObjectName("sweep_heatmap")
        p = self.plot_item = self.getPlotItem()
        p.setMenuEnabled(False)
        p.hideButtons()
        p.setMouseEnabled(x=False, y=False)
        p.getViewBox().invertY(True)  # the first value on top, as in a table
        dress(p, QCoreApplication.translate("sweep", "Sweep"), "", "")
        self.image = pg.ImageItem(axisOrder="row-major")
        p.addItem(self.image)
        # Thin white lines between the cells: neighbours alike (diverged, still training) stay apart.
        self.grid_lines = pg.PlotCurveItem(pen=pg.mkPen(style.BACKGROUND, width=2), connect="pairs")
        p.addItem(self.grid_lines)
        self.texts: list[pg.TextItem] = []
        self.shape = (0, 0)
        #: A key as the axes name it: the control panel's label for it (see SweepDialog).
        self.key_label = lambda key: key
        self.values = np.zeros((0, 0))  # the numbers shown (NaN: diverged, not run or still training)
        #: The sweep's runs are regressions: their score is R² (set by the lab before drawing).
        self.regress = False
        #: The colour bar's range in the metric's units (accuracy in %), None before a cell is in.
        self.levels: tuple[float, float] | None = None
        viridis = pg.colormap.get("viridis")
        backwards = copy.deepcopy(viridis)
        backwards.reverse()  # in place
        # Bright is good either way, so a loss runs the map backwards: its low end is yellow.
        self.cmaps = {True: viridis, False: backwards}
        self.bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=viridis, interactive=False, width=16,
                                   colorMapMenu=False)
        self.bar.axis.setWidth(62)  # room for "0.0123" and the label, steady as cells come in
        p.layout.addItem(self.bar, 2, 5)  # as ColorBarItem.setImageItem(insert_in=...) does, but the
        p.layout.setColumnFixedWidth(4, 6)  # cells are coloured here (grey for diverged): no lookup table
        self.legend = pg.LabelItem("", justify="left")
        p.layout.addItem(self.legend, 3, 5)
        self.scene().sigMouseClicked.connect(self._on_click)

    def show_sweep(self, axes_: dict[str, tuple[str, ...]], cells: list[dict | None], metric: str,
                   epochs: int, pending: bool = False, preview: bool = False) -> None:
        """Draw ``cells`` (grid order; None: not run, or still training if ``pending``).
        A ``preview`` is the grid before it runs: empty cells, the axes named."""
        keys = list(axes_)
        rows = len(axes_[keys[0]]) if len(keys) == 2 else 1
        cols = len(axes_[keys[-1]])
        vals = np.full(rows * cols, np.nan)
        for i, c in enumerate(cells):
            if c is not None and not c.get("diverged") and c.get(metric) is not None:
                vals[i] = float(c[metric])
        self.values = vals.reshape(rows, cols)
        rgba = np.empty((rows * cols, 4), np.ubyte)
        ok = np.isfinite(vals)
        acc = metric.endswith("accuracy")
        r2 = acc and self.regress  # R²: 1 at best, as it is (not in %), no lower bound
        scale = 100.0 if acc and not r2 else 1.0  # the bar reads as the cells do: accuracy in %
        lo, hi = 0.0, 1.0
        if ok.any():
            if r2:  # down to the worst cell (at most to R2_FLOOR: worse ones take its colour)
                lo, hi = max(R2_FLOOR, min(0.0, float(vals[ok].min()))), 1.0
            else:
                lo, hi = (0.0, 1.0) if acc else (float(vals[ok].min()), float(vals[ok].max()))
            self.levels = (lo * scale, hi * scale)
            if hi <= lo:  # one value so far (or all alike): mid-scale, a range around it
                pad = max(abs(lo) * 0.1, 1e-3)
                lo, hi = lo - pad, hi + pad
            rgba[ok] = self.cmaps[acc].map(np.clip((vals[ok] - lo) / (hi - lo), 0.0, 1.0), mode="byte")
        else:
            self.levels = None
        for i, c in enumerate(cells):
            if not ok[i]:
                rgba[i] = (*(DIVERGED_RGB if c is not None and c.get("diverged") else NOT_RUN_RGB), 255)
        self.image.setImage(rgba.reshape(rows, cols, 4), levels=None, autoLevels=False)
        self.image.setRect(QRectF(0, 0, cols, rows))
        xs = [v for c in range(1, cols) for v in (c, c)] + [v for _ in range(1, rows) for v in (0, cols)]
        ys = [v for _ in range(1, cols) for v in (0, rows)] + [v for r in range(1, rows) for v in (r, r)]
        self.grid_lines.setData(np.array(xs, float), np.array(ys, float))
        if (rows, cols) != self.shape or len(self.texts) != len(cells):
            for t in self.texts:
                self.plot_item.removeItem(t)
            self.texts = []
            for i in range(len(cells)):
                r, col = divmod(i, cols)
                item = pg.TextItem("", anchor=(0.5, 0.5))
                item.setFont(font(11 if cols * rows <= 20 else 9, bold=True))
                item.setPos(col + 0.5, r + 0.5)
                self.plot_item.addItem(item)
                self.texts.append(item)
        self.shape = (rows, cols)
        for i, (c, item) in enumerate(zip(cells, self.texts)):
            item.setText("" if preview else cell_text(c, metric, pending, self.regress))
            item.setColor(style.FOREGROUND if c is None else ink(rgba[i]))
        self._show_bar(metric, acc, lo * scale, hi * scale, percent=not r2)
        bottom, left = self.plot_item.getAxis("bottom"), self.plot_item.getAxis("left")
        bottom.setTicks([[(j + 0.5, v) for j, v in enumerate(axes_[keys[-1]])], []])
        dress_axis(bottom, self.key_label(keys[-1]))
        if len(keys) == 2:
            left.setTicks([[(j + 0.5, v) for j, v in enumerate(axes_[keys[0]])], []])
            dress_axis(left, self.key_label(keys[0]))
        else:
            left.setTicks([[], []])
            dress_axis(left, "")
        self.plot_item.setXRange(0, cols, padding=0)
        self.plot_item.setYRange(0, rows, padding=0)
        title = QCoreApplication.translate("sweep", "{metric} after {n} epochs").format(metric=metrics(self.regress)[metric], n=epochs)
        self.plot_item.setTitle(title[:1].upper() + title[1:], size="12pt", color=style.FOREGROUND)

    def _show_bar(self, metric: str, acc: bool, lo: float, hi: float, percent: bool = True) -> None:
        """The colour bar: bright is better (``acc``: a score, else a loss); a score in %
        (accuracy) or as it is (``percent`` False: R²)."""
        self.bar.setColorMap(self.cmaps[acc])
        self.bar.setLevels((lo, hi))
        if self.levels is None:  # no cell yet: the colours, no numbers
            self.bar.axis.setTicks([[], []])
        elif acc and not percent:
            self.bar.axis.setTicks(bar_ticks(lo, hi))
        elif acc:
            self.bar.axis.setTicks([[(v, f"{v:g}") for v in (0, 50, 100)], [(v, f"{v:g}") for v in (25, 75)]])
        else:
            self.bar.axis.setTicks(bar_ticks(*self.levels))
        label = metrics(self.regress)[metric]
        dress_axis(self.bar.axis, f"{label} (%)" if acc and percent else label)
        grey = "#%02X%02X%02X" % DIVERGED_RGB
        self.legend.setText(f'<span style="background-color:{grey}; color:{grey}">&#9608;&#9608;</span> '
                            + QCoreApplication.translate("sweep", "diverged"), size="10pt", color="#333333")

    def cell_at(self, x: float, y: float) -> int | None:
        """The index of the cell at view coordinates (x, y), or None."""
        rows, cols = self.shape
        col, row = math.floor(x), math.floor(y)
        if 0 <= row < rows and 0 <= col < cols:
            return row * cols + col
        return None

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.shape[0]:
            return
        p = self.plot_item.getViewBox().mapSceneToView(event.scenePos())
        i = self.cell_at(p.x(), p.y())
        if i is not None:
            self.cell_clicked.emit(i)


class SweepDialog(QDialog):
    """Pick one or two keys and their values, the epochs and the workers; Run trains
    the grid in worker processes, Cancel stops them; the heatmap shows each cell as it
    finishes (``cells``: grid order, None until then).

    ``result`` is the last :class:`dlviz.training.sweep.SweepResult` (None before one
    ends or after an error, which ``error`` names); ``finished_sweep`` is emitted
    with it (or None) in the GUI thread."""

    finished_sweep = Signal(object)
    _done = Signal(int, object, object)  # from the sweep's thread: token, result, error (a Message or text)
    _progress = Signal(int, int, int)  # token, cells done, cells in all
    _cell = Signal(int, int, object)  # token, the cell's index in grid order, its result (a copy)
    #: Cells train in worker processes even with one worker: in the window's own
    #: process they would hold the GIL its event loop needs. (A test that must hold
    #: a cell from outside sets it True, and trains in the sweep's thread.)
    in_process = False

    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self.setObjectName("sweep_dialog")
        self.setWindowTitle(wm_title(QCoreApplication.translate("sweep", "Sweep"), "Sweep"))
        self.setModal(False)
        self.result: sweeps.SweepResult | None = None
        self.error = ""
        self.busy = False
        self.grid: list[tuple[str, Config]] = []  # (label, config) of the cells, grid order
        self.axes_run: dict[str, tuple[str, ...]] | None = None  # the grid of the sweep shown
        self.cells: list[dict | None] = []  # its cells so far, grid order (None: not finished)
        self._token = 0
        self._stop = threading.Event()
        self._ended = threading.Event()  # the sweep's worker thread has returned
        self._ended.set()
        # The worker processes, kept from one sweep to the next while the dialog is open:
        # a sweep after the first starts at once (a worker's start, ~0.4 s, is longer
        # than a 5 x 5 sweep's training on the compiled engine). In a box that the
        # dialog's end reaches without the dialog: its workers end with it, however it goes.
        self._pool_box: list[sweeps.SweepPool | None] = [None]
        box = self._pool_box
        self.destroyed.connect(lambda *_: _release(box))

        lay = QVBoxLayout(self)
        form = QFormLayout()
        panel = window.panel  # the window's control panel names the keys

        def label(key: str) -> str:
            return key_label(key, panel)

        self.key_label = label
        self.rows = axis_pickers("sweep", sweepable_keys(), QCoreApplication.translate("sweep", "2 to 8 values, separated by commas"), self._suggest,
                                 label=label)
        for n, (key, values) in enumerate(self.rows, 1):
            row = QHBoxLayout()
            row.addWidget(key)
            row.addWidget(values, 1)
            form.addRow(QCoreApplication.translate("sweep", "Sweep") if n == 1 else QCoreApplication.translate("sweep", "and"), row)
        for (key, _), default in zip(self.rows, ("lr", "batch_size")):
            key.setCurrentIndex(key.findData(default))
        self._suggest(*self.rows[0])
        self._suggest(*self.rows[1])
        config = window.controller.config
        self.epochs = QSpinBox()
        self.epochs.setObjectName("sweep_epochs")
        self.epochs.setRange(1, MAX_EPOCHS)
        self.epochs.setValue(config.epochs or DEFAULT_EPOCHS)
        self.epochs.setToolTip(QCoreApplication.translate("sweep", "Every cell trains this many epochs (or until it diverges)"))
        self.workers = QSpinBox()
        self.workers.setObjectName("sweep_workers")
        cores = sweeps.default_workers()
        self.workers.setRange(1, max(cores, 1))
        self.workers.setValue(cores)
        self.workers.setToolTip(QCoreApplication.translate("sweep", "Worker processes: cells train in parallel, one per core"))
        sizes = QHBoxLayout()
        sizes.addWidget(self.epochs)
        sizes.addSpacing(12)
        sizes.addWidget(QLabel(QCoreApplication.translate("sweep", "Workers")))
        sizes.addWidget(self.workers)
        sizes.addStretch(1)
        form.addRow(QCoreApplication.translate("sweep", "Epochs"), sizes)
        lay.addLayout(form)
        note = QLabel(QCoreApplication.translate("sweep", "Every other setting, the seed included, is the current run's: every cell starts from "
                          "the same data and, where the layer shapes match, the same weights."))
        note.setWordWrap(True)
        lay.addWidget(note)

        bar = QHBoxLayout()
        self.run_button = QPushButton(QCoreApplication.translate("sweep", "Run"))
        self.run_button.setObjectName("sweep_run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(QCoreApplication.translate("sweep", "Cancel"))
        self.cancel_button.setObjectName("sweep_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("sweep_progress")
        self.progress.setFormat(QCoreApplication.translate("sweep", "%v of %m cells"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        bar.addWidget(self.run_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.progress, 1)
        lay.addLayout(bar)

        show = QHBoxLayout()
        show.addWidget(QLabel(QCoreApplication.translate("sweep", "Show")))
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("sweep_metric")
        for key, text in metrics().items():
            self.metric_box.addItem(text, key)
        self.metric_box.setToolTip(QCoreApplication.translate("sweep", "What the cells' colours and numbers show: each cell's value at the end"))
        self.metric_box.currentIndexChanged.connect(lambda _: self._redraw())
        show.addWidget(self.metric_box)
        show.addStretch(1)
        lay.addLayout(show)
        self.heatmap = SweepHeatmap()
        self.heatmap.key_label = label
        self.heatmap.setMinimumSize(440, 260)
        self.heatmap.setToolTip(QCoreApplication.translate("sweep", "Click a cell to make its settings the current run"))
        self.heatmap.cell_clicked.connect(self.open_cell)
        lay.addWidget(self.heatmap, 1)
        self.status = QLabel()
        self.status.setObjectName("sweep_status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        close = QPushButton(QCoreApplication.translate("sweep", "Close"))
        close.setObjectName("sweep_close")
        close.clicked.connect(self.close)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(close)
        lay.addLayout(end)
        self._done.connect(self._on_done)
        self._progress.connect(self._on_progress)
        self._cell.connect(self._on_cell)
        # Before the first run: the grid as picked, its cells empty, and how many there are.
        for key, values in self.rows:
            key.currentIndexChanged.connect(lambda _: self._preview())
            values.textChanged.connect(lambda _: self._preview())
        self.epochs.valueChanged.connect(lambda _: self._preview())
        self._preview()
        self._show_state()

    @staticmethod
    def _suggest(key: QComboBox, values: QLineEdit) -> None:
        k = key.currentData()
        values.setEnabled(bool(k))
        values.setToolTip(QCoreApplication.translate("sweep", "Choices: {c}").format(c=", ".join(REGISTRIES[k])) if k in REGISTRIES else "")
        if k in REGISTRIES:
            values.setText(",".join(list(REGISTRIES[k])[: sweeps.MAX_VALUES]))
        else:
            values.setText(SUGGESTED.get(k, ""))

    def picked(self) -> dict[str, tuple[str, ...]]:
        """The grid as picked so far, unchecked: each chosen key and its non-empty values."""
        out: dict[str, tuple[str, ...]] = {}
        for key, values in self.rows:
            k = key.currentData()
            vals = tuple(v.strip() for v in values.text().split(",") if v.strip())
            if k and vals and k not in out:
                out[k] = vals[: sweeps.MAX_VALUES]
        return out

    def _preview(self) -> None:
        """Before the first sweep (and never during one): the picked grid, empty, and
        "0 of N cells"."""
        if self.busy or self.axes_run is not None:
            return
        picked = self.picked()
        n = math.prod(len(v) for v in picked.values()) if picked else 0
        self.progress.setRange(0, max(n, 1))
        self.progress.setValue(0)
        self.progress.setFormat(QCoreApplication.translate("sweep", "%v of %m cells") if n else QCoreApplication.translate("sweep", "no cells"))
        if picked:
            self._task()
            self.heatmap.show_sweep(picked, [None] * n, self.metric_box.currentData(), self.epochs.value(),
                                    preview=True)

    def axes(self) -> dict[str, list[str]]:
        """The chosen keys and their values, as run_sweep takes them."""
        out: dict[str, list[str]] = {}
        for key, values in self.rows:
            k = key.currentData()
            if k:
                if k in out:
                    raise ConfigError(QCoreApplication.translate("sweep", "{key} is chosen twice: pick two different settings").format(key=k))
                out[k] = [v.strip() for v in values.text().split(",")]
        return out

    # -- the sweep --------------------------------------------------------------------------------

    def start(self) -> bool:
        """Check the grid and start training it; False (and the reason shown) if it is not valid."""
        if self.busy:
            return False
        c = self.win.controller
        try:
            axes_ = self.axes()
            base = c.config.replace(epochs=self.epochs.value())
            self.grid = sweeps.cells(base, axes_)  # every cell checked here, before anything trains
            dataset = c.csv_dataset if base.csv else None
            if dataset is not None and sweeps.DATA_KEYS & set(axes_):
                raise ConfigError(QCoreApplication.translate("sweep", "The data is a CSV file: sweep a setting other than the data's"))
        except ConfigError as e:
            self.error = explain(e)
            self._show_state(self.error, error=True)
            return False
        workers = self.workers.value()
        if self._pool_box[0] is None:
            self._pool_box[0] = sweeps.SweepPool()
        workers_pool = self._pool_box[0]
        self._token += 1
        token = self._token
        self._stop = stop = threading.Event()
        self._ended = ended = threading.Event()
        self.busy, self.result, self.error = True, None, ""
        self.progress.setFormat(QCoreApplication.translate("sweep", "%v of %m cells"))
        self.progress.setRange(0, len(self.grid))
        self.progress.setValue(0)
        self.axes_run = {k: tuple(v) for k, v in axes_.items()}
        self.cells = [None] * len(self.grid)
        self._redraw()
        w = min(workers, len(self.grid))
        self._show_state((QCoreApplication.translate("sweep", "Training {n} cells of {e} epochs in {w} processes…") if w > 1 else
                          QCoreApplication.translate("sweep", "Training {n} cells of {e} epochs in one worker process…")).format(
            n=len(self.grid), e=base.epochs, w=w))

        def work() -> None:
            try:
                r = sweeps.run_sweep(base, axes_, dataset, workers, stop.is_set,
                                     lambda done, total: self._emit(self._progress, token, done, total),
                                     on_cell=lambda i, cell: self._emit(self._cell, token, i, dict(cell)),
                                     in_process=self.in_process, pool=workers_pool)
                self._emit(self._done, token, r, "")
            except sweeps.SweepFailed as e:  # a worker died or stopped answering: the cells done stay
                self._emit(self._done, token, e.result, e.message)
            except (ConfigError, DataError, ValueError) as e:
                self._emit(self._done, token, None, str(e))
            except Exception as e:  # noqa: BLE001 - a worker that died, say: the dialog says what happened
                self._emit(self._done, token, None, f"{type(e).__name__}: {e}")
            finally:
                ended.set()

        # A superqt worker (the GUI's one way to run a thread); it only waits on the
        # sweep's processes. It holds a slot of the global pool (one per core) for
        # minutes: the pool gets one more, so a CSV load or a lesson's check never
        # waits behind it.
        pool = QThreadPool.globalInstance()
        pool.setMaxThreadCount(max(pool.maxThreadCount(), pool.activeThreadCount() + 2))
        create_worker(work, _start_thread=True)
        return True

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the dialog is gone: nobody waits for this
            pass

    def cancel(self) -> None:
        """Stop the sweep: every worker stops within a second; finished cells stay."""
        if self.busy:
            self._stop.set()
            self._show_state(QCoreApplication.translate("sweep", "Cancelling…"))
            self.cancel_button.setEnabled(False)

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait for the sweep's thread to end (True if it has)."""
        return self._ended.wait(timeout)

    def _on_progress(self, token: int, done: int, total: int) -> None:
        if token == self._token:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_cell(self, token: int, index: int, cell: dict) -> None:
        """A cell has finished: the heatmap shows it now, with the others so far."""
        if token == self._token and 0 <= index < len(self.cells):
            self.cells[index] = cell
            self._redraw()

    def _on_done(self, token: int, r, error) -> None:
        if token != self._token:
            return
        self.busy = False
        if error:
            self.result, self.error = None, explain(error)
            if r is not None:
                self.cells = list(r.cells)
                self.progress.setValue(r.done)
            self._redraw()  # the cells that finished stay; the rest read "not run"
            self._show_state(QCoreApplication.translate("sweep", "The sweep failed: {why}").format(why=self.error), error=True)
            r = None
        else:
            done = sum(c is not None for c in r.cells)
            self.progress.setValue(done)
            self.cells = list(r.cells)
            self._redraw()
            diverged = sum(bool(c and c.get("diverged")) for c in r.cells)
            if r.cancelled:
                text = QCoreApplication.translate("sweep", "Cancelled: {done} of {n} cells done.").format(done=done, n=len(r.cells))
            else:
                text = QCoreApplication.translate("sweep", "{n} cells in {s} s.").format(n=len(r.cells), s=f"{r.seconds:.1f}")
            if diverged:
                text += " " + QCoreApplication.translate("sweep", "{d} diverged (grey).").format(d=diverged)
            self._show_state(text + " " + QCoreApplication.translate("sweep", "Click a cell to make it the current run."))
        self.finished_sweep.emit(r)

    def _task(self) -> None:
        """The heatmap and the metric choices follow the runs' task (R² for a regression)."""
        run = self.grid[0][1] if self.grid else (self.win.frame.info if self.win.frame is not None
                                                  else self.win.controller.config)
        regress = regression(run)
        if regress != self.heatmap.regress:
            self.heatmap.regress = regress
            for i, text in enumerate(metrics(regress).values()):
                self.metric_box.setItemText(i, text)

    def _redraw(self) -> None:
        self._task()
        if self.axes_run is not None and self.grid:
            self.heatmap.show_sweep(self.axes_run, self.cells, self.metric_box.currentData(), self.grid[0][1].epochs,
                                    pending=self.busy)
        else:
            self._preview()

    def _show_state(self, text: str = "", error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #CC0000;" if error else "")
        self.run_button.setEnabled(not self.busy)
        self.cancel_button.setEnabled(self.busy)

    def open_cell(self, index: int) -> Config | None:
        """Make cell ``index`` the window's run: its config, from fresh weights (as the
        cell started), paused. Says so in the dialog and the status bar."""
        if not 0 <= index < len(self.grid):
            return None
        label, config = self.grid[index]
        self.win.apply_config(config)
        self.win.controller.reset()  # fresh weights even when only live settings differ
        named = ", ".join(f"{self.key_label(k)} = {v}" for k, _, v in (p.partition("=") for p in label.split(", ")))
        text = QCoreApplication.translate("sweep", "The current run is now {cell} ({e} epochs): press Play to train it.").format(
            cell=named, e=config.epochs)
        self.status.setText(text)
        self.status.setStyleSheet("")
        self.win.statusBar().showMessage(text, 8000)
        return config

    def done(self, code: int) -> None:  # Esc or Close: the workers stop too
        self.cancel()
        self.release_workers()
        super().done(code)

    def closeEvent(self, event) -> None:
        self.cancel()
        self.release_workers()
        super().closeEvent(event)

    def release_workers(self) -> None:
        """End the worker processes kept for the next sweep (the next one starts new ones)."""
        _release(self._pool_box)


def _release(box: list) -> None:
    """End the pool in ``box`` without waiting (its idle workers are killed: they hold
    nothing; a sweep still running stops its own as it is cancelled)."""
    pool, box[0] = box[0], None
    if pool is not None:
        pool.close(wait=False)


def make(win) -> SweepDialog:
    dialog = SweepDialog(win)
    dialog.resize(720, 620)
    return dialog


def show(win, dialog: SweepDialog) -> None:
    if dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
    dialog.show()


def open_dialog(win) -> SweepDialog:
    """Show the window's sweep dialog (one per window)."""
    return win.labs.sweep.open()


def add_to(win, lab) -> None:
    """Train ▸ Sweep… (objectName ``sweep_action``)."""
    lab.action = win.add_action("train", QCoreApplication.translate("sweep", "Sweep…"), lab.open, name="sweep_action",
                                tip=QCoreApplication.translate("sweep", "Train a grid over one or two settings in parallel and compare the cells' results"))
