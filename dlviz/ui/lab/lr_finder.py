"""The LR finder in the window: Train ▸ Find learning rate… runs the range test
(:func:`dlviz.training.lr_finder.find_lr`) on the current settings from fresh
weights, in the training process (``RunController.request_lr_finder``, as the
loss landscape), and plots it; one click applies the suggestion.

The run being trained is untouched until "Use this learning rate" is pressed.
``install(window)`` adds the menu entry.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...common.numbers import sig3
from ...training.lr_finder import LRFinderResult
from .. import style
from ..views.common import axes, dress, font, legend_beside
from ..fonts import wm_title

#: The bands' colours (Okabe-Ito: sky blue, green, vermillion), faint behind the curve.
BAND_COLORS = {"crawls": (0x56, 0xB4, 0xE9), "learns": (0x00, 0x9E, 0x73), "diverges": (0xD5, 0x5E, 0x00)}
BAND_ALPHA = 45
RAW_RGBA = (0x99, 0x99, 0x99, 110)
SUGGESTED_COLOR = (0x00, 0x00, 0x00)


def _tr(text: str) -> str:
    return QCoreApplication.translate("lr_finder", text)


def band_names() -> dict[str, str]:
    """Each band's key and its label on the plot."""
    return {"crawls": QCoreApplication.translate("lr_finder", "crawls"), "learns": QCoreApplication.translate("lr_finder", "learns"), "diverges": QCoreApplication.translate("lr_finder", "diverges")}


def dataset_for(controller):
    """The dataset the current run uses when it is a loaded CSV (None: the config makes its own)."""
    return controller.csv_dataset if controller.config.csv else None


class LRFinderPlot(pg.PlotWidget):
    """Smoothed loss against lr on a log axis, the raw loss faint, the three bands and the suggestion."""

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND, axisItems=axes())
        self.setObjectName("lr_finder_plot")
        p = self.plot_item = self.getPlotItem()
        dress(p, QCoreApplication.translate("lr_finder", "Learning-rate range test"), QCoreApplication.translate("lr_finder", "learning rate"), QCoreApplication.translate("lr_finder", "loss (smoothed)"))
        p.setLogMode(x=True, y=False)
        p.showGrid(x=True, y=True, alpha=0.15)
        p.setMenuEnabled(False)
        # Every decade labelled the same way (pyqtgraph's own log ticks mixed "0.01" and "10¹").
        decades = range(-6, 3)
        p.getAxis("bottom").setTicks([[(k, f"{10.0 ** k:g}") for k in decades],
                                      [(k + math.log10(m), "") for k in decades for m in range(2, 10)]])
        self.legend = legend_beside(p)
        self.bands: dict[str, pg.LinearRegionItem] = {}
        self.band_labels: dict[str, pg.TextItem] = {}
        for key, text in band_names().items():
            region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(*BAND_COLORS[key], BAND_ALPHA),
                                         pen=pg.mkPen(None))
            region.setZValue(-10)
            p.addItem(region, ignoreBounds=True)
            label = pg.TextItem(text, color=tuple(int(0.7 * c) for c in BAND_COLORS[key]), anchor=(0.5, 0.0))
            label.setFont(font(10, bold=True))
            p.addItem(label, ignoreBounds=True)
            self.bands[key], self.band_labels[key] = region, label
        self.raw_curve = p.plot(pen=pg.mkPen(RAW_RGBA, width=1), name=QCoreApplication.translate("lr_finder", "loss of each step"))
        self.smooth_curve = p.plot(pen=pg.mkPen(style.TRAIN_COLOR, width=2.5), name=QCoreApplication.translate("lr_finder", "smoothed loss"))
        self.suggested_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(SUGGESTED_COLOR, width=1.5, style=Qt.PenStyle.DashLine),
            label="", labelOpts={"position": 0.55, "color": SUGGESTED_COLOR, "fill": (255, 255, 255, 230),
                                 "anchors": [(0, 0.5), (0, 0.5)]})
        self.suggested_line.label.setFont(font(10))
        p.addItem(self.suggested_line, ignoreBounds=True)
        self.show_result(None)

    def show_result(self, r: LRFinderResult | None) -> None:
        """Draw ``r`` (None: an empty plot)."""
        shown = r is not None
        for item in (*self.bands.values(), *self.band_labels.values(), self.suggested_line):
            item.setVisible(shown)
        if r is None:
            self.raw_curve.setData([], [])
            self.smooth_curve.setData([], [])
            return
        ok = np.isfinite(r.loss)
        self.raw_curve.setData(r.lr[ok], r.loss[ok])
        sm_ok = np.isfinite(r.smoothed)
        self.smooth_curve.setData(r.lr[sm_ok], r.smoothed[sm_ok])
        # y: the smoothed curve (the raw loss of the last steps may be far above it)
        sm = r.smoothed[sm_ok]
        lo, hi = float(sm.min()), float(sm.max())
        if not hi > lo:
            lo, hi = lo - 0.5, hi + 0.5
        pad = 0.08 * (hi - lo)
        y0, y1 = lo - pad, hi + 2.5 * pad  # room on top for the bands' labels
        x0, x1 = math.log10(r.lr[0]), math.log10(r.lr[-1])
        self.plot_item.setXRange(x0, x1, padding=0.02)
        self.plot_item.setYRange(y0, y1, padding=0)
        for key, (a, b) in r.bands.items():
            la, lb = math.log10(a), math.log10(b)
            self.bands[key].setRegion((la, lb))
            label = self.band_labels[key]
            label.setVisible(lb > la)  # an empty band (the test stopped at its minimum) has no label
            label.setPos(0.5 * (la + lb), y1)
        self.suggested_line.setPos(math.log10(r.suggested_lr))
        self.suggested_line.label.setFormat(QCoreApplication.translate("lr_finder", "suggested {lr}").format(lr=sig3(r.suggested_lr)))


class LRFinderDialog(QDialog):
    """Non-modal: runs the range test for the window's current settings, plots it,
    and applies the suggested lr on request.

    ``result`` holds the last test's :class:`LRFinderResult` (None before one ends
    or after an error, which ``error`` then names); ``computed`` is emitted with it
    (or None) when a test ends. The training process runs the test and the
    controller passes on its progress and answer: this dialog only draws."""

    computed = Signal(object)  # LRFinderResult, or None (failed or cancelled before any result)

    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self.setObjectName("lr_finder_dialog")
        self.setWindowTitle(wm_title(QCoreApplication.translate("lr_finder", "Find a learning rate"), "Find a learning rate"))
        self.setModal(False)
        self.result: LRFinderResult | None = None
        self.error = ""
        self.config = None  # the config of the last test started
        self.busy = False
        self._token = 0  # the request id of the test awaited (0: none)

        lay = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("lr_finder", 
            "From fresh weights of the current settings, the learning rate grows from 0.00001 to 10, one step at "
            "a time. Where the loss falls fastest is a good learning rate. The run you are training is not "
            "changed until you use it."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.plot = LRFinderPlot()
        self.plot.setMinimumSize(480, 300)
        lay.addWidget(self.plot, 1)
        self.status = QLabel()
        self.status.setObjectName("lr_finder_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.rerun_button = QPushButton(QCoreApplication.translate("lr_finder", "Run again"))
        self.rerun_button.setObjectName("rerun_lr")
        self.rerun_button.setToolTip(QCoreApplication.translate("lr_finder", "Run the test again on the current settings"))
        self.rerun_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(QCoreApplication.translate("lr_finder", "Cancel"))
        self.cancel_button.setObjectName("cancel_lr")
        self.cancel_button.clicked.connect(self.cancel)
        self.use_button = QPushButton(QCoreApplication.translate("lr_finder", "Use this learning rate"))
        self.use_button.setObjectName("use_lr")
        self.use_button.setToolTip(QCoreApplication.translate("lr_finder", "Set the learning rate of the current run to the suggested one"))
        self.use_button.clicked.connect(self.use)
        self.use_button.setDefault(True)
        close = QPushButton(QCoreApplication.translate("lr_finder", "Close"))
        close.setObjectName("close_lr")
        close.clicked.connect(self.close)
        row.addWidget(self.rerun_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.use_button)
        row.addWidget(close)
        lay.addLayout(row)
        window.controller.lr_finder_ready.connect(self._on_done)
        window.controller.lr_finder_progress.connect(self._on_progress)
        self._show_state()

    # -- the test ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Run the test on the window's current config (a test still running is cancelled)."""
        self.cancel()
        c = self.win.controller
        self.config = config = c.config
        self.busy, self.result, self.error = True, None, ""
        self.plot.show_result(None)
        self._show_state(QCoreApplication.translate("lr_finder", "Computing…"))
        # The training process runs it, in a thread of its own: the window never
        # trains, and its run goes on meanwhile.
        self._token = c.request_lr_finder(config, dataset_for(c))

    def cancel(self) -> None:
        """Stop a test in progress (it ends within 25 steps); its result is dropped."""
        if not self.busy:
            return
        self.win.controller.cancel_lr_finder(self._token)
        self._token = 0
        self.busy = False
        self._show_state(QCoreApplication.translate("lr_finder", "Cancelled."))
        self.computed.emit(None)

    def _on_progress(self, token: int, n: int, planned: int) -> None:
        if token == self._token and self.busy:
            self._show_state(QCoreApplication.translate("lr_finder", "Computing… step {n} of {planned}").format(n=n, planned=planned))

    def _on_done(self, token: int, r, error: str) -> None:
        if token != self._token or not self.busy:
            return  # cancelled, or a newer test started
        self.busy = False
        self.result, self.error = r, error
        if r is None:
            self._show_state(QCoreApplication.translate("lr_finder", "The test failed: {why}").format(why=error), error=True)
        else:
            self.plot.show_result(r)
            end = (QCoreApplication.translate("lr_finder", "it stopped when the loss passed 4× its minimum") if r.stopped_early
                   else QCoreApplication.translate("lr_finder", "it ran the whole range"))
            self._show_state(QCoreApplication.translate("lr_finder", "Suggested learning rate: {lr} (where the smoothed loss falls fastest). "
                                 "{steps} steps; {end}.").format(lr=sig3(r.suggested_lr), steps=len(r.lr), end=end))
        self.computed.emit(r)

    def _show_state(self, text: str = "", error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #CC0000;" if error else "")
        self.cancel_button.setEnabled(self.busy)
        self.rerun_button.setEnabled(not self.busy)
        self.use_button.setEnabled(self.result is not None and not self.busy)

    def use(self) -> bool:
        """Set the window's lr to the suggested one (exactly); False if there is none."""
        if self.result is None:
            return False
        lr = self.result.suggested_lr
        ok = self.win.controller.set_value("lr", lr)
        if ok:
            self._show_state(QCoreApplication.translate("lr_finder", "The learning rate is now {lr}.").format(lr=sig3(lr)))
        return ok

    def done(self, code: int) -> None:  # Esc and close end a running test too
        self.cancel()
        super().done(code)

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)


def make(win) -> LRFinderDialog:
    dialog = LRFinderDialog(win)
    dialog.resize(760, 520)
    return dialog


def show(win, dialog: LRFinderDialog) -> None:
    """Show the window's LR finder and run the test if the settings changed since its last one."""
    if dialog.isVisible():  # behind the main window: bring it forward
        dialog.raise_()
        dialog.activateWindow()
    dialog.show()
    if not dialog.busy and (dialog.result is None or dialog.config != win.controller.config):
        dialog.start()


def open_dialog(win) -> LRFinderDialog:
    """Show the window's LR finder (one per window; see :func:`show`)."""
    return win.labs.lr_finder.open()


def add_to(win, lab) -> None:
    """Train ▸ Find learning rate… (objectName ``find_lr_action``)."""
    lab.action = win.add_action("train", QCoreApplication.translate("lr_finder", "Find learning rate…"), lab.open, name="find_lr_action", separator=True,
                                tip=QCoreApplication.translate("lr_finder", "The learning-rate range test: train from fresh weights with a growing learning rate "
                                        "and suggest where the loss falls fastest"))
