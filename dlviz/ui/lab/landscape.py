"""The loss-landscape window: the run's training loss on a 2-D slice through weight
space around its current weights, with the path training took drawn on it.

View ▸ Loss landscape… opens it for the current run (in a comparison, the focused
one). The slice is computed in the training process (``RunController.
request_landscape``), so the window never waits: it says "Computing…" until
``landscape_ready`` (or ``landscape_failed``) answers its request. The drawing
itself is :class:`LandscapePlot`, fed a :class:`dlviz.training.landscape.Landscape`.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from ...common.numbers import sig3
from ...training.landscape import DEFAULT_RESOLUTION, MAX_RESOLUTION, METHODS, MIN_RESOLUTION, Landscape
from .. import style
from ..views.common import axes, dress, dress_axis, fixed, font, hex_rgb, legend_beside
from .common import bring_up, contour_image, decade
from ..fonts import wm_title

UPSAMPLE = 5  # display pixels per grid cell: a 61 x 61 slice drawn smooth, not as 61 blocks
ISOLINES = 9
PATH_COLOR = (0xD5, 0x5E, 0x00)  # vermillion: far from every colour of the surface's map
ERROR_COLOR = (0xCC, 0x00, 0x00)


def _tr(text: str) -> str:
    return QCoreApplication.translate("landscape", text)


def method_labels() -> dict[str, str]:
    """The combo's text for each method of ``landscape.METHODS`` (a new one shows its name)."""
    known = {"pca": QCoreApplication.translate("landscape", "Main directions of the trajectory (PCA)"),
             "random": QCoreApplication.translate("landscape", "Random directions, filter-normalised")}
    return {m: known.get(m, m) for m in METHODS}


def log_loss(loss: np.ndarray) -> np.ndarray:
    """log10 of the loss: what the contours draw (a slice spans decades of loss).
    A point left undone (NaN) or at zero loss is drawn at the lowest level."""
    with np.errstate(divide="ignore", invalid="ignore"):
        L = np.log10(np.asarray(loss, dtype=np.float64))
    ok = np.isfinite(L)
    if not ok.all():
        L = np.where(ok, L, L[ok].min() if ok.any() else 0.0)
    return L


def upsample(a: np.ndarray, factor: int) -> np.ndarray:
    """Bilinear upsampling of a grid (rows, cols) to ((rows-1)·factor+1, (cols-1)·factor+1):
    every ``factor``-th pixel is a grid value exactly, the ones between interpolate."""
    r, c = a.shape
    ri = np.linspace(0, r - 1, (r - 1) * factor + 1)
    ci = np.linspace(0, c - 1, (c - 1) * factor + 1)
    rows = np.array([np.interp(ci, np.arange(c), row) for row in a])  # along x first
    return np.array([np.interp(ri, np.arange(r), col) for col in rows.T]).T


def log_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """Colour-bar ticks for log10 values from ``lo`` to ``hi``: each decade, and 2 and 5
    times each when the bar spans under three decades (a loss read as 0.2, not 10^-0.7)."""
    few = hi - lo < 3  # then plain numbers throughout: 0.1, 0.2, 0.5, 1
    ticks = [(float(k), sig3(10.0**k) if few else decade(k)) for k in range(math.ceil(lo), math.floor(hi) + 1)]
    if few:
        ticks += [(math.log10(m) + k, sig3(m * 10.0**k)) for k in range(math.floor(lo), math.ceil(hi) + 1)
                  for m in (2, 5) if lo <= math.log10(m) + k <= hi]
    if len(ticks) < 2:  # under a factor of 2: the loss values themselves
        ticks = [(float(v), sig3(10**v)) for v in np.linspace(lo, hi, 5)]
    return sorted(ticks)


def axis_labels(ls: Landscape) -> tuple[str, str]:
    """"direction 1 (63.2% of variance)" for PCA; the kind of direction otherwise."""
    if ls.method == "pca" and ls.explained is not None:
        return tuple(QCoreApplication.translate("landscape", "direction {k} ({pct}% of variance)").format(k=k, pct=sig3(100 * e))
                     for k, e in ((1, ls.explained[0]), (2, ls.explained[1])))
    return QCoreApplication.translate("landscape", "random direction 1 (filter-normalised)"), QCoreApplication.translate("landscape", "random direction 2 (filter-normalised)")


class LandscapePlot(pg.GraphicsLayoutWidget):
    """Filled log-scaled contours of the loss on the slice, a colour bar, and the
    trajectory projected onto the slice (line and dots, the start and the current
    weights marked), with a legend beside the plot."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("landscape_plot")
        self.setBackground(style.BACKGROUND)
        self.plot = self.addPlot(row=0, col=0, axisItems=axes())
        dress(self.plot, QCoreApplication.translate("landscape", "Loss landscape"), QCoreApplication.translate("landscape", "direction 1"), QCoreApplication.translate("landscape", "direction 2"))
        fixed(self.plot)
        self.cmap, self.image, self.isolines = contour_image(self.plot, ISOLINES)
        self.bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=self.cmap, interactive=False, width=16,
                                   colorMapMenu=False)
        self.bar.axis.setWidth(64)  # room for "10⁻²" (see paths.PathsPlot)
        dress_axis(self.bar.axis, QCoreApplication.translate("landscape", "training loss (log scale)"))
        self.ci.addItem(self.bar, row=0, col=1)

        self.path = pg.PlotDataItem(pen=pg.mkPen(PATH_COLOR, width=2.5), symbol="o", symbolSize=5,
                                    symbolPen=pg.mkPen(PATH_COLOR, width=1), symbolBrush=pg.mkBrush(255, 255, 255))
        self.start = pg.ScatterPlotItem(symbol="s", size=12, pen=pg.mkPen((0, 0, 0), width=2),
                                        brush=pg.mkBrush(255, 255, 255), pxMode=True)
        self.now = pg.ScatterPlotItem(symbol="star", size=20, pen=pg.mkPen((0, 0, 0), width=1.2),
                                      brush=pg.mkBrush(PATH_COLOR), pxMode=True)
        for z, item in enumerate((self.path, self.start, self.now)):
            item.setZValue(5 + z)
            self.plot.addItem(item)
        self.legend = legend_beside(self.plot)
        self.legend.addItem(self.path, QCoreApplication.translate("landscape", "training's path (projected)"))
        self.legend.addItem(self.start, QCoreApplication.translate("landscape", "initial weights"))
        self.legend.addItem(self.now, QCoreApplication.translate("landscape", "current weights (the centre)"))
        self.landscape: Landscape | None = None

    def set_landscape(self, ls: Landscape, subtitle: str = "") -> None:
        """Draw ``ls``: its losses as contours, its trajectory (if any) on top."""
        self.landscape = ls
        L = log_loss(ls.loss)
        lo, hi = float(L.min()), float(L.max())
        if hi - lo < 1e-9:  # a flat slice: give the colour bar some range
            lo, hi = lo - 0.5, hi + 0.5
        self.image.setImage(upsample(L, UPSAMPLE), autoLevels=False, levels=(lo, hi))
        a0, a1, b0, b1 = ls.alphas[0], ls.alphas[-1], ls.betas[0], ls.betas[-1]
        ra, rb = len(ls.alphas), len(ls.betas)
        da, db = (a1 - a0) / ((ra - 1) * UPSAMPLE), (b1 - b0) / ((rb - 1) * UPSAMPLE)
        self.image.setRect(a0 - da / 2, b0 - db / 2, a1 - a0 + da, b1 - b0 + db)  # pixel centres on grid points
        shown = self.image.image
        for iso, level in zip(self.isolines, np.linspace(lo, hi, ISOLINES + 2)[1:-1]):
            iso.setData(shown, level=level)
        self.bar.setLevels((lo, hi))
        self.bar.axis.setTicks([log_ticks(lo, hi)])
        x, y = axis_labels(ls)
        dress_axis(self.plot.getAxis("bottom"), x)
        dress_axis(self.plot.getAxis("left"), y)
        title = QCoreApplication.translate("landscape", "Loss landscape around the current weights")
        if subtitle:
            title += " — " + subtitle
        self.plot.setTitle(title, size="12pt", color=style.FOREGROUND)
        if ls.trajectory is not None and len(ls.trajectory):
            t = np.asarray(ls.trajectory, dtype=np.float64)
            self.path.setData(t[:, 0], t[:, 1])
            self.start.setData(pos=t[:1])
        else:
            self.path.setData([], [])
            self.start.setData([])
        self.now.setData(pos=[(0.0, 0.0)])  # the slice is centred on the current weights
        self.plot.setRange(xRange=(a0, a1), yRange=(b0, b1), padding=0)


class LandscapeWindow(QMainWindow):
    """The window: method, resolution, seed and Recompute above the plot; it asks
    ``controller`` for the slice and draws the answer to its newest request."""

    drawn = Signal(object)  # the Landscape just drawn (tests wait on it)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("landscape_window")
        self.setWindowTitle(wm_title(QCoreApplication.translate("landscape", "Loss landscape"), "Loss landscape"))
        self.controller = controller
        self.request_id: int | None = None
        self._subtitle = ""

        self.method_box = QComboBox()
        self.method_box.setObjectName("landscape_method")
        for name, label in method_labels().items():
            self.method_box.addItem(label, name)
        self.method_box.setToolTip(QCoreApplication.translate("landscape", 
            "PCA: the plane in which the weights moved most while training (their path lies nearly in it). "
            "Random: two random directions, each unit's scaled to that unit's weights (Li et al. 2018)."))
        self.resolution_box = QSpinBox()
        self.resolution_box.setObjectName("landscape_resolution")
        self.resolution_box.setRange(MIN_RESOLUTION, MAX_RESOLUTION)
        self.resolution_box.setSingleStep(2)  # odd: the current weights are a grid point
        self.resolution_box.setValue(DEFAULT_RESOLUTION)
        self.resolution_box.setToolTip(QCoreApplication.translate("landscape", "Grid points per side (odd); the loss is evaluated at each"))
        self.seed_box = QSpinBox()
        self.seed_box.setObjectName("landscape_seed")
        self.seed_box.setRange(0, 2**31 - 1)
        self.seed_box.setToolTip(QCoreApplication.translate("landscape", "Which random directions"))
        self.recompute_button = QPushButton(QCoreApplication.translate("landscape", "Recompute"))
        self.recompute_button.setObjectName("recompute")
        self.recompute_button.setToolTip(QCoreApplication.translate("landscape", "The slice around the weights as they are now"))
        self.status = QLabel()
        self.status.setObjectName("landscape_status")
        self.status.setWordWrap(True)
        self.status.setFont(font(10.5))

        bar = QHBoxLayout()
        for text, w in ((QCoreApplication.translate("landscape", "Directions"), self.method_box), (QCoreApplication.translate("landscape", "Resolution"), self.resolution_box),
                        (QCoreApplication.translate("landscape", "Seed"), self.seed_box)):
            bar.addWidget(QLabel(text))
            bar.addWidget(w)
        bar.addWidget(self.recompute_button)
        bar.addStretch(1)
        self.plot = LandscapePlot()
        central = QWidget()
        col = QVBoxLayout(central)
        col.addLayout(bar)
        col.addWidget(self.status)
        col.addWidget(self.plot, 1)
        self.setCentralWidget(central)

        self.method_box.currentIndexChanged.connect(self._method_changed)
        self.recompute_button.clicked.connect(self.compute)
        controller.landscape_ready.connect(self._on_ready)
        controller.landscape_failed.connect(self._on_failed)
        self._method_changed()
        self.resize(1100, 760)

    @property
    def method(self) -> str:
        return self.method_box.currentData()

    @property
    def computing(self) -> bool:
        return self.request_id is not None

    def _method_changed(self) -> None:
        self.seed_box.setEnabled(self.method == "random")

    def compute(self) -> int:
        """Ask for the slice around the run's weights now; the window says "Computing…"
        until the answer comes (a newer request replaces an older one)."""
        self._subtitle = self.controller.run_label()
        self.request_id = self.controller.request_landscape(method=self.method,
                                                            resolution=self.resolution_box.value(),
                                                            seed=self.seed_box.value())
        self._set_status(QCoreApplication.translate("landscape", "Computing… ({run}, {method}); training goes on meanwhile").format(
            run=self._subtitle, method=self.method_box.currentText()))
        return self.request_id

    def show_landscape(self, ls: Landscape, subtitle: str = "") -> None:
        """Draw ``ls`` (from the controller, or computed directly)."""
        self.plot.set_landscape(ls, subtitle)
        note = QCoreApplication.translate("landscape", "Loss at the current weights: {loss}. {n} × {n} points.").format(
            loss=sig3(ls.center_loss), n=len(ls.alphas))
        if ls.method == "pca" and ls.explained is not None:
            note += " " + QCoreApplication.translate("landscape", "The two directions hold {pct}% of the path's variance.").format(
                pct=sig3(100 * (ls.explained[0] + ls.explained[1])))
        if ls.cancelled:
            note += " " + QCoreApplication.translate("landscape", "(cancelled: part of the grid is missing)")
        self._set_status(note)
        self.drawn.emit(ls)

    def _on_ready(self, request_id: int, ls) -> None:
        if request_id != self.request_id:
            return  # an older request, or another window's
        self.request_id = None
        self.show_landscape(ls, self._subtitle)

    def _on_failed(self, request_id: int, why: str) -> None:
        if request_id != self.request_id:
            return
        self.request_id = None
        self._set_status(QCoreApplication.translate("landscape", "No landscape: {why}").format(why=why), error=True)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {hex_rgb(ERROR_COLOR)};" if error else "")


def make(win) -> LandscapeWindow:
    return LandscapeWindow(win.controller, win)


def show(win, w: LandscapeWindow) -> None:
    """Shown, and computing the slice for the current run."""
    bring_up(w)
    w.compute()


def open_for(win) -> LandscapeWindow:
    """The main window's landscape window (made on first use, then kept), shown and
    computing the slice for the current run."""
    return win.labs.landscape.open()


def add_to(win, lab) -> None:
    """View ▸ Loss landscape… opens the window for the current run."""
    lab.action = win.add_action("view", QCoreApplication.translate("landscape", "Loss landscape…"), lab.open, name="landscape_action",
                                tip=QCoreApplication.translate("landscape", "The training loss around the current weights, with the path training took"))
