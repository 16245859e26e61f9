"""The optimizer-paths lab: the engine's optimizers on a 2-D test function.

View ▸ Optimizer paths lab… opens a window with a surface from the registry drawn
as log-scaled filled contours, one row per registered optimizer (tick, its own
learning rate, its own colour) and Play / Pause / Reset. Each path is computed
once with :func:`dlviz.training.paths.compute_paths` (the engine's optimizer
classes, unchanged) and revealed a few steps per frame, so all of them advance
together. A click on the plane sets the start. ``dlviz paths ... --export DIR``
draws the same plot headless (:func:`export_paths`).
"""

from __future__ import annotations

import math
import os
from pathlib import Path as FilePath
from typing import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMainWindow, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...common.numbers import finite_number, sig3
from ...engine.optimizers import OPTIMIZERS
from ...engine.surfaces import SURFACES, Surface, get_surface
from ...training.paths import Path, PathSpec, compute_paths
from .. import style
from ..views.common import axes, dress, dress_axis, fixed, font, hex_rgb, legend_beside
from ..fonts import wm_title
from ..export import DEFAULT_SCALE, show_and_export
from ..qt_messages import quiet_qt_messages
from ..style import configure_pyqtgraph
from .common import contour_image, decade

RESOLUTION = 200  # the contour grid: 200 x 200 evaluations of f
MAX_STEPS = 2000  # in the window: a whole path set is computed at once (~20 µs a step each)
DEFAULT_STEPS = 500
ANIMATION_SECONDS = 8.0  # a whole path set is revealed in about this long
FPS = 30
ISOLINES = 9  # contour lines, evenly spaced in log(f)
DEFAULT_ON = ("sgd", "momentum", "rmsprop", "adam")  # ticked when the lab opens (others: one click)

#: One colour per optimizer, by registry order: Okabe-Ito without its yellow, which
#: vanishes on the light end of the surface's colour map.
PATH_COLORS = ((0xE6, 0x9F, 0x00), (0x00, 0x72, 0xB2), (0x00, 0x9E, 0x73), (0xD5, 0x5E, 0x00),
               (0xCC, 0x79, 0xA7), (0x56, 0xB4, 0xE9), (0x00, 0x00, 0x00))
DIVERGED_COLOR = (0xCC, 0x00, 0x00)

#: Learning rates that show each optimizer's character on each surface within a few
#: hundred steps (measured: the path moves visibly, neither jumping to the minimum in
#: a step nor blowing up). Scale-free optimizers (RMSprop, Adagrad, Adam) take steps of
#: about lr whatever the gradient, so theirs are much larger than SGD's on steep
#: surfaces. An optimizer or surface missing here starts at the surface's own lr.
DEFAULT_LR: Mapping[str, Mapping[str, float]] = {
    "quadratic": {"sgd": 0.05, "momentum": 0.01, "nesterov": 0.01, "rmsprop": 0.03, "adagrad": 0.5,
                  "adam": 0.1, "adamw": 0.1},
    "rosenbrock": {"sgd": 0.001, "momentum": 0.0005, "nesterov": 0.0005, "rmsprop": 0.01, "adagrad": 0.5,
                   "adam": 0.1, "adamw": 0.1},
    "beale": {"sgd": 0.01, "momentum": 0.001, "nesterov": 0.001, "rmsprop": 0.01, "adagrad": 0.5,
              "adam": 0.05, "adamw": 0.05},
    "saddle": {"sgd": 0.05, "momentum": 0.01, "nesterov": 0.01, "rmsprop": 0.01, "adagrad": 0.1,
               "adam": 0.01, "adamw": 0.01},
    "himmelblau": {"sgd": 0.01, "momentum": 0.001, "nesterov": 0.001, "rmsprop": 0.05, "adagrad": 0.5,
                   "adam": 0.1, "adamw": 0.1},
    "six_hump_camel": {"sgd": 0.01, "momentum": 0.01, "nesterov": 0.01, "rmsprop": 0.03, "adagrad": 0.3,
                       "adam": 0.03, "adamw": 0.03},
}
DECOUPLED_WEIGHT_DECAY = 0.01  # torch's default λ for AdamW: without it AdamW's path is Adam's


def _tr(text: str) -> str:
    return QCoreApplication.translate("paths_lab", text)


def _registry_text(text: str) -> str:
    """A registry's label or description in the user's language (marked QT_TRANSLATE_NOOP("registry", ...) where declared)."""
    return QCoreApplication.translate("registry", text)


def default_lr(surface: Surface | str, optimizer: str) -> float:
    """The lab's starting learning rate for ``optimizer`` on ``surface``."""
    surf = get_surface(surface) if isinstance(surface, str) else surface
    return float(DEFAULT_LR.get(surf.name, {}).get(optimizer, surf.lr))


def default_weight_decay(optimizer: str) -> float:
    """λ for the lab: torch's default for a decoupled optimizer (AdamW), else 0."""
    return DECOUPLED_WEIGHT_DECAY if OPTIMIZERS[optimizer].build(lr=1.0).decoupled else 0.0


def path_color(optimizer: str) -> tuple[int, int, int]:
    """Each registered optimizer's own colour (a new entry gets the next one)."""
    return PATH_COLORS[list(OPTIMIZERS).index(optimizer) % len(PATH_COLORS)]


def log_surface(Z: np.ndarray, f_min: float | None = None) -> tuple[np.ndarray, float, float]:
    """``(L, base, eps)`` with ``L = log10(Z - base + eps)``: what the contours draw.

    ``base`` is the lowest of the grid and the known minimum (so that Z - base >= 0);
    ``eps``, a thousandth of the grid's median height above it, keeps log finite at
    the minimum and the basin's floor in view: a fraction of the range instead let
    Beale's corners (10⁵) paint its whole basin one colour."""
    lo = float(np.min(Z))
    base = lo if f_min is None else min(lo, float(f_min))
    eps = max(1e-3 * float(np.median(Z - base)), 1e-12)
    return np.log10(Z - base + eps), base, eps


def surface_image(surface: Surface, Z: np.ndarray) -> tuple[np.ndarray, bool]:
    """What the contours draw for ``Z`` on ``surface`` and whether it is a log scale:
    :func:`log_surface` when the surface has a lowest value, else f itself (a log of
    "f - f_min" means nothing on a saddle, which is unbounded below)."""
    if surface.f_min is None:
        return np.asarray(Z, dtype=np.float64), False
    return log_surface(Z, surface.f_min)[0], True


def path_label(optimizer: str, lr: float, weight_decay: float = 0.0) -> str:
    """"Adam, lr 0.1" (and ", λ 0.01" with weight decay)."""
    text = QCoreApplication.translate("paths_lab", "{name}, lr {lr}").format(name=_registry_text(OPTIMIZERS[optimizer].label), lr=sig3(lr))
    if weight_decay:
        text += QCoreApplication.translate("paths_lab", ", λ {wd}").format(wd=sig3(weight_decay))
    return text


class PathsPlot(pg.GraphicsLayoutWidget):
    """The surface as log-scaled filled contours with its minima, the start and the
    paths; a colour bar and a legend beside it (never on the paths).

    ``start_clicked(x, y)`` when the plane is clicked (left button)."""

    start_clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("paths_plot")
        self.setBackground(style.BACKGROUND)
        self.plot = self.addPlot(row=0, col=0, axisItems=axes())
        dress(self.plot, "", "x", "y", label_ends=True)
        fixed(self.plot)
        self.plot.setAspectLocked(True, ratio=1.0)  # a circle looks round: gradients meet contours square

        self.cmap, self.image, self.isolines = contour_image(self.plot, ISOLINES)
        self.bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=self.cmap, interactive=False, width=16,
                                   colorMapMenu=False)
        # Wide enough for "10⁻³": the superscripts come from a fallback font that the
        # axis does not measure, and the label then ran over them.
        self.bar.axis.setWidth(64)
        self.ci.addItem(self.bar, row=0, col=1)

        self.minima = pg.ScatterPlotItem(symbol="star", size=18, pen=pg.mkPen((30, 30, 30), width=1.2),
                                         brush=pg.mkBrush(255, 255, 255), pxMode=True)
        self.saddles = pg.ScatterPlotItem(symbol="x", size=14, pen=pg.mkPen((30, 30, 30), width=1),
                                          brush=pg.mkBrush(255, 255, 255), pxMode=True)
        self.start_marker = pg.ScatterPlotItem(symbol="o", size=13, pen=pg.mkPen((0, 0, 0), width=2.5),
                                               brush=pg.mkBrush(255, 255, 255), pxMode=True)
        self.heads = pg.ScatterPlotItem(pxMode=True)
        for z, item in enumerate((self.minima, self.saddles, self.start_marker)):
            item.setZValue(5 + z)
            self.plot.addItem(item)
        self.heads.setZValue(10)
        self.plot.addItem(self.heads)
        self.legend = legend_beside(self.plot)

        self.curves: dict[str, pg.PlotDataItem] = {}
        self.halos: dict[str, pg.PlotDataItem] = {}
        self.paths: dict[str, Path] = {}
        self.labels: dict[str, str] = {}
        self.surface: Surface | None = None
        self.levels = (0.0, 1.0)
        self.step = 0
        self._diverged_shown: dict[str, bool] = {}
        self.scene().sigMouseClicked.connect(self._on_click)

    # -- the surface -------------------------------------------------------------------------

    def set_surface(self, surface: Surface) -> None:
        """Draw ``surface`` over its view box: the image, isolines, colour bar, minima, title."""
        self.surface = surface
        xs, ys, Z = surface.grid(RESOLUTION)
        L, log = surface_image(surface, Z)
        lo, hi = float(L.min()), float(L.max())
        self.levels = (lo, hi)
        self.image.setImage(L, autoLevels=False, levels=(lo, hi))
        x0, x1, y0, y1 = surface.bounds
        dx, dy = (x1 - x0) / (RESOLUTION - 1), (y1 - y0) / (RESOLUTION - 1)
        # Pixel centres on the grid's points: the image reaches half a cell past the box.
        self.image.setRect(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy)
        for iso, level in zip(self.isolines, np.linspace(lo, hi, ISOLINES + 2)[1:-1]):
            iso.setData(L, level=level)
        self.bar.setLevels((lo, hi))
        if log:
            dress_axis(self.bar.axis, QCoreApplication.translate("paths_lab", "f − f_min (log scale)"))
            self.bar.axis.setTicks([[(k, decade(k)) for k in range(math.ceil(lo), math.floor(hi) + 1)]])
        else:
            dress_axis(self.bar.axis, QCoreApplication.translate("paths_lab", "f"))
            self.bar.axis.setTicks(None)
        self.minima.setData(pos=np.array(surface.minima, dtype=float).reshape(-1, 2))
        self.saddles.setData(pos=np.array(surface.saddles, dtype=float).reshape(-1, 2))
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.plot.setTitle(f"{_registry_text(surface.label)}: {surface.formula}", size="12pt", color=style.FOREGROUND)

    def set_start(self, x: float, y: float) -> None:
        self.start_marker.setData(pos=[(x, y)])

    # -- the paths ---------------------------------------------------------------------------

    def set_paths(self, paths: Mapping[str, Path], labels: Mapping[str, str]) -> None:
        """New paths (by optimizer name) with their legend labels; nothing revealed yet."""
        for name in list(self.curves):
            if name not in paths:
                self.plot.removeItem(self.curves.pop(name))
                self.plot.removeItem(self.halos.pop(name))
        self.paths, self.labels = dict(paths), dict(labels)
        self.legend.clear()
        for name in paths:
            curve = self.curves.get(name)
            if curve is None:
                dashed = default_weight_decay(name) > 0  # AdamW dashed: it may run over Adam's path
                pen = pg.mkPen(path_color(name), width=2.5, style=Qt.DashLine if dashed else Qt.SolidLine)
                curve = self.curves[name] = pg.PlotDataItem(pen=pen, connect="finite", skipFiniteCheck=True)
                curve.setZValue(8)
                self.plot.addItem(curve)
                # A white edge under each path: it stays visible on the dark valley floor and
                # where paths run over each other. Not antialiased: half the cost, and the
                # coloured line on top is.
                halo = self.halos[name] = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 200), width=5),
                                                          connect="finite", skipFiniteCheck=True, antialias=False)
                halo.setZValue(7)
                self.plot.addItem(halo)
            self.legend.addItem(curve, labels[name])
        self._diverged_shown = {name: False for name in paths}
        self.step = -1

    def show_step(self, step: int) -> None:
        """Every path up to ``step`` (clipped to its length), its head marked; a path
        that has diverged by then says so in the legend."""
        self.step = step
        spots = []
        for name, p in self.paths.items():
            pts = p.points[: step + 1]
            self.curves[name].setData(pts[:, 0], pts[:, 1])
            self.halos[name].setData(pts[:, 0], pts[:, 1])
            gone = p.diverged_at is not None and step >= p.diverged_at
            rgb = path_color(name)
            spots.append({"pos": tuple(pts[-1]), "size": 14 if gone else 10, "symbol": "x" if gone else "o",
                          "pen": pg.mkPen(DIVERGED_COLOR if gone else (30, 30, 30), width=1.5),
                          "brush": pg.mkBrush(DIVERGED_COLOR if gone else rgb)})
            if gone != self._diverged_shown[name]:
                self._diverged_shown[name] = gone
                self._relabel(name, gone)
        self.heads.setData(spots)

    def _relabel(self, name: str, gone: bool) -> None:
        text = self.labels[name]
        if gone:
            text = QCoreApplication.translate("paths_lab", "{label}: diverged at step {step}").format(label=text, step=self.paths[name].diverged_at)
        for sample, label in self.legend.items:
            if sample.item is self.curves[name]:
                label.setText(text, color=hex_rgb(DIVERGED_COLOR) if gone else hex_rgb(style.FOREGROUND))

    def legend_text(self, name: str) -> str:
        """The legend's text for ``name``'s path (tests and the window's rows read it)."""
        for sample, label in self.legend.items:
            if sample.item is self.curves.get(name):
                return label.text
        return ""

    # -- clicks ------------------------------------------------------------------------------

    def _on_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        ev.accept()
        self.start_clicked.emit(float(p.x()), float(p.y()))


class PathsLab(QMainWindow):
    """The lab window: a surface, one row per optimizer, Play / Pause / Reset, steps."""

    step_shown = Signal(int)  # the step just drawn (tests wait on it)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("paths_lab")
        self.setWindowTitle(wm_title(QCoreApplication.translate("paths_lab", "Optimizer paths lab"), "Optimizer paths lab"))
        self.plot = PathsPlot()
        self.surface = get_surface(next(iter(SURFACES)))
        self.start = self.surface.start
        self.paths: dict[str, Path] = {}
        self.step = 0
        self.timer = QTimer(self)
        self.timer.setInterval(round(1000 / FPS))
        self.timer.timeout.connect(self._tick)

        side = QWidget()
        side.setObjectName("paths_controls")
        side.setMaximumWidth(420)
        col = QVBoxLayout(side)
        form = QFormLayout()
        self.surface_box = QComboBox()
        self.surface_box.setObjectName("surface")
        for name, entry in SURFACES.items():
            self.surface_box.addItem(_registry_text(entry.label), name)
            self.surface_box.setItemData(self.surface_box.count() - 1, entry.doc, Qt.ToolTipRole)  # the formula
        self.surface_box.setToolTip(QCoreApplication.translate("paths_lab", "The function the optimizers minimise, in its textbook form"))
        form.addRow(QCoreApplication.translate("paths_lab", "Surface"), self.surface_box)
        self.steps_box = QSpinBox()
        self.steps_box.setObjectName("steps")
        self.steps_box.setRange(1, MAX_STEPS)
        self.steps_box.setValue(DEFAULT_STEPS)
        self.steps_box.setToolTip(QCoreApplication.translate("paths_lab", "How many steps each optimizer takes"))
        form.addRow(QCoreApplication.translate("paths_lab", "Steps"), self.steps_box)
        col.addLayout(form)

        group = QGroupBox(QCoreApplication.translate("paths_lab", "Optimizers"))
        grid = QGridLayout(group)
        grid.addWidget(QLabel(QCoreApplication.translate("paths_lab", "learning rate")), 0, 2)
        self.checks: dict[str, QCheckBox] = {}
        self.lr_edits: dict[str, QLineEdit] = {}
        self.status: dict[str, QLabel] = {}
        self._lr: dict[str, float] = {}
        for row, (name, entry) in enumerate(OPTIMIZERS.items(), start=1):
            check = QCheckBox(_registry_text(entry.label))
            check.setObjectName(f"path_{name}")
            check.setChecked(name in DEFAULT_ON)
            check.setToolTip(_registry_text(entry.doc))
            swatch = QLabel("━━")
            swatch.setStyleSheet(f"color: {hex_rgb(path_color(name))}; font-weight: bold;")
            edit = QLineEdit()
            edit.setObjectName(f"lr_{name}")
            edit.setMaximumWidth(90)
            edit.setToolTip(QCoreApplication.translate("paths_lab", "Learning rate of {name} on this surface").format(name=_registry_text(entry.label)))
            status = QLabel()
            status.setObjectName(f"status_{name}")
            status.setWordWrap(True)
            grid.addWidget(swatch, row, 0)
            grid.addWidget(check, row, 1)
            grid.addWidget(edit, row, 2)
            grid.addWidget(status, row, 3)
            self.checks[name], self.lr_edits[name], self.status[name] = check, edit, status
            check.toggled.connect(lambda _on: self._recompute(keep_step=True))
            edit.editingFinished.connect(lambda n=name: self._lr_edited(n))
        grid.setColumnStretch(3, 1)
        col.addWidget(group)

        buttons = QHBoxLayout()
        self.play_button = QPushButton(QCoreApplication.translate("paths_lab", "Play"))
        self.play_button.setObjectName("play")
        self.play_button.setToolTip(QCoreApplication.translate("paths_lab", "Animate the paths, a few steps per frame"))
        self.reset_button = QPushButton(QCoreApplication.translate("paths_lab", "Reset"))
        self.reset_button.setObjectName("reset")
        self.reset_button.setToolTip(QCoreApplication.translate("paths_lab", "Back to step 0"))
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.reset_button)
        col.addLayout(buttons)
        self.step_label = QLabel()
        self.step_label.setObjectName("step_label")
        self.step_label.setFont(font(11, bold=True))
        col.addWidget(self.step_label)
        hint = QLabel(QCoreApplication.translate("paths_lab", "Click the plane to start every path there. ★ marks a minimum, ✕ a saddle point; "
                          "the white dot is the start."))
        hint.setWordWrap(True)
        col.addWidget(hint)
        col.addStretch(1)

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(side)
        row.addWidget(self.plot, 1)
        self.setCentralWidget(central)

        self.surface_box.currentIndexChanged.connect(lambda _i: self.set_surface(self.surface_box.currentData()))
        self.steps_box.valueChanged.connect(lambda _v: self._recompute(keep_step=True))
        self.play_button.clicked.connect(self.toggle_play)
        self.reset_button.clicked.connect(self.reset)
        self.plot.start_clicked.connect(self._on_start_clicked)
        self.set_surface(self.surface.name)
        self.resize(1280, 760)

    # -- settings ----------------------------------------------------------------------------

    @property
    def steps(self) -> int:
        return self.steps_box.value()

    def specs(self) -> list[PathSpec]:
        """What the ticked rows ask for, in registry order."""
        return [PathSpec(name, self._lr[name], default_weight_decay(name))
                for name, check in self.checks.items() if check.isChecked()]

    def set_surface(self, name: str) -> None:
        """Show surface ``name`` with its default start and learning rates, at step 0."""
        self.surface = get_surface(name)
        if self.surface_box.currentData() != name:
            self.surface_box.blockSignals(True)
            self.surface_box.setCurrentIndex(self.surface_box.findData(name))
            self.surface_box.blockSignals(False)
        for opt, edit in self.lr_edits.items():
            self._lr[opt] = default_lr(self.surface, opt)
            edit.setText(sig3(self._lr[opt]))
        self.plot.set_surface(self.surface)
        self.set_start(*self.surface.start)

    def set_start(self, x: float, y: float) -> None:
        """Every path starts at (x, y) from step 0."""
        self.start = (float(x), float(y))
        self.plot.set_start(*self.start)
        self._recompute(keep_step=False)

    def set_lr(self, optimizer: str, lr: float) -> None:
        self.lr_edits[optimizer].setText(sig3(lr) if lr == float(sig3(lr)) else repr(lr))
        self._lr[optimizer] = float(lr)
        self._recompute(keep_step=True)

    def set_enabled(self, optimizer: str, on: bool) -> None:
        self.checks[optimizer].setChecked(on)

    def _lr_edited(self, name: str) -> None:
        edit = self.lr_edits[name]
        try:
            lr = finite_number("lr", edit.text().strip())
            if lr <= 0:
                raise ValueError
        except ValueError:
            self.status[name].setText(QCoreApplication.translate("paths_lab", "the learning rate must be a positive number"))
            self.status[name].setStyleSheet(f"color: {hex_rgb(DIVERGED_COLOR)};")
            edit.setText(sig3(self._lr[name]))
            return
        if lr != self._lr[name]:
            self._lr[name] = lr
            self._recompute(keep_step=True)

    def _on_start_clicked(self, x: float, y: float) -> None:
        self.set_start(x, y)
        self.play()

    # -- the paths ---------------------------------------------------------------------------

    def _recompute(self, keep_step: bool) -> None:
        """Compute every ticked path whole (the engine's optimizers, from the start) and
        show it up to the current step (or step 0)."""
        specs = self.specs()
        self.paths = compute_paths(self.surface, self.start, specs, self.steps) if specs else {}
        labels = {s.optimizer: path_label(s.optimizer, s.lr, s.weight_decay) for s in specs}
        self.plot.set_paths(self.paths, labels)
        self.show_step(min(self.step, self.steps) if keep_step else 0)

    def show_step(self, step: int) -> None:
        """Draw every path up to ``step``; the rows and the counter say where each is."""
        self.step = max(0, min(int(step), self.steps))
        self.plot.show_step(self.step)
        for name, label in self.status.items():
            p = self.paths.get(name)
            label.setStyleSheet("")
            if p is None:
                label.setText("")
            elif p.diverged_at is not None and self.step >= p.diverged_at:
                label.setText(QCoreApplication.translate("paths_lab", "diverged at step {step}").format(step=p.diverged_at))
                label.setStyleSheet(f"color: {hex_rgb(DIVERGED_COLOR)}; font-weight: bold;")
            else:
                label.setText(QCoreApplication.translate("paths_lab", "f = {f}").format(f=sig3(p.loss[min(self.step, p.steps)])))
        self.step_label.setText(QCoreApplication.translate("paths_lab", "step {step} / {steps}").format(step=self.step, steps=self.steps))
        self.step_shown.emit(self.step)

    # -- animation ---------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def steps_per_frame(self) -> int:
        return max(1, math.ceil(self.steps / (ANIMATION_SECONDS * FPS)))

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def play(self) -> None:
        if self.step >= self.steps:
            self.show_step(0)  # Play at the end starts over
        self.timer.start()
        self.play_button.setText(QCoreApplication.translate("paths_lab", "Pause"))

    def pause(self) -> None:
        self.timer.stop()
        self.play_button.setText(QCoreApplication.translate("paths_lab", "Play"))

    def reset(self) -> None:
        self.pause()
        self.show_step(0)

    def _tick(self) -> None:
        self.show_step(self.step + self.steps_per_frame())
        if self.step >= self.steps:
            self.pause()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        super().closeEvent(event)


# -- headless: dlviz paths --export DIR --------------------------------------------------------

EXPORT_NAME = "optimizer_paths"  # -> optimizer_paths.png
EXPORT_SIZE = (1000, 720)


def export_paths(surface: Surface | str, paths: Mapping[str, Path], specs: Sequence[PathSpec],
                 folder: str | os.PathLike, scale: float | None = None) -> list[FilePath]:
    """Draw whole ``paths`` (from :func:`compute_paths` with ``specs``) on ``surface``
    offscreen, as the lab shows them, and write ``optimizer_paths.png`` into ``folder``.
    :class:`dlviz.ui.export.ExportError` if it cannot be written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    quiet_qt_messages()
    configure_pyqtgraph()
    surf = get_surface(surface) if isinstance(surface, str) else surface
    plot = PathsPlot()
    plot.resize(*EXPORT_SIZE)
    plot.set_surface(surf)
    first = next(iter(paths.values()))
    plot.set_start(*first.points[0])
    plot.set_paths(paths, {s.optimizer: path_label(s.optimizer, s.lr, s.weight_decay) for s in specs})
    plot.show_step(max(p.steps for p in paths.values()) + 1)  # + 1: a path that diverged at its last step
    return show_and_export(app, {EXPORT_NAME: plot}, folder, DEFAULT_SCALE if scale is None else scale)


# -- the window --------------------------------------------------------------------------------

def make(win) -> PathsLab:
    return PathsLab(win)  # a window of its own, closed with the main one


def open_for(win) -> PathsLab:
    """The main window's lab (made on first use, then kept for the session), shown."""
    return win.labs.paths.open()


def add_to(win, lab) -> None:
    """View ▸ Optimizer paths lab… opens the lab (``lab``: the window's :class:`~.labs.Lab`)."""
    lab.action = win.add_action("view", QCoreApplication.translate("paths_lab", "Optimizer paths lab…"), lab.open, name="paths_lab_action",
                                separator=True,
                                tip=QCoreApplication.translate("paths_lab", "SGD, momentum, Adam and the others on 2-D test functions, side by side"))
