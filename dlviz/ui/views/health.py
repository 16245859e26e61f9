"""The unit health view: dead units over time (top) and one hidden layer's
pre-activations drawn over its activation function (bottom).

The bottom plot shades where |f'(z)| is below 5 % of its peak (the trainer's
"saturated" test), so pre-activations piling up in the flat tails of sigmoid or
tanh, or on ReLU's dead side, are seen for what they are: units that pass
(almost) no gradient back.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...common.display import PREACT_EDGES, PREACT_RANGE
from ...common.numbers import sig3
from ...engine.activations import SATURATION, saturated_below
from .. import style
from .common import (CountAxis, activation_of, axes, clear_curve, dress, dress_axis, feed_curve, finite, take_frame,
                     fixed, grow_x, hex_rgb, history_key, layer_colors, make_curve)

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

# Step 0.05: smooth at any dock size, includes z = 0 where ReLU kinks; the saturated
# zones are found on the same grid, to within 0.025.
Z = np.linspace(-PREACT_RANGE, PREACT_RANGE, 241)
BAR_COLOR = style.STEP_COLOR
BAR_PEN = (0x6F, 0x97, 0xBD)
SATURATED_BRUSH = (0, 0, 0, 28)
SATURATED_KEY = "#c4c4c4"  # the shading's colour as a key glyph (a touch darker: glyphs are small)
TITLE_HEIGHT = 52  # two lines: the title and its key, with air between them and the plot
# The keys sit in the titles (as in the dropout view): a legend box beside or above
# two stacked plots took a third of a 600 x 420 dock.
KEY_STYLE = "font-size:9pt; font-weight:normal"
KEY_GAP = 4  # px between a title and its key


def _title(title: str, key: str) -> str:
    # A block with a top margin, not a <br>: the key sat right under the title.
    return f"{title}<div style='{KEY_STYLE}; margin-top:{KEY_GAP}px'>{key}</div>"


ONE_LINE_TITLE = 30  # px: pyqtgraph's title row


def _set_title(plot: pg.PlotItem, text: str, key: bool = True) -> None:
    """The title, with a key line under it (``key``) or alone."""
    plot.setTitle(text, size="12pt", color=style.FOREGROUND)
    # pyqtgraph's setTitle makes the title row 30 px again: the key under the title then
    # hung over the plot's top (on the "100" of the dead units' axis).
    height = TITLE_HEIGHT if key else ONE_LINE_TITLE
    plot.titleLabel.setMaximumHeight(height)
    plot.layout.setRowFixedHeight(0, height)


def preact_ticks() -> list[tuple[float, str]]:
    """Ticks of the pre-activation axis: its ends hold every value beyond them."""
    r = int(PREACT_RANGE)
    inner = [(float(v), sig3(v).replace("-", "−")) for v in range(-r + 2, r - 1, 2)]
    return [(-PREACT_RANGE, "≤ −" + sig3(PREACT_RANGE)), *inner, (PREACT_RANGE, "≥ " + sig3(PREACT_RANGE))]


def saturated_spans(z: np.ndarray, flat: np.ndarray) -> list[tuple[float, float]]:
    """The intervals of ``z`` where ``flat`` (the activation is saturated) holds."""
    flat = np.asarray(flat, bool)
    if not flat.any():
        return []
    half = 0.5 * (z[1] - z[0])
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flat.view(np.int8), [0]))))
    return [(max(z[0], z[a] - half), min(z[-1], z[b - 1] + half)) for a, b in zip(edges[::2], edges[1::2])]


class HealthView(QWidget):
    """Dead units per hidden layer over time, and the pre-activations of one layer.

    ``set_layer(l)`` picks the layer whose histogram is drawn (0-based, as the
    frame's arrays; the combo box names it "Layer l+1")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("health_plot")
        # White like the plots: the combo row and the plots read as one panel.
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)

        self.combo = QComboBox()
        self.combo.setObjectName("health_layer")
        self.combo.setToolTip(self.tr("The hidden layer whose pre-activations the lower plot shows"))
        self.combo.currentIndexChanged.connect(self._combo_changed)
        self.combo_label = QLabel(self.tr("Pre-activations of:"))
        self.combo_label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 4)
        row.addWidget(self.combo_label)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.glw = pg.GraphicsLayoutWidget()
        self.glw.setBackground(style.BACKGROUND)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.glw, 1)
        box.addLayout(row)  # under the histogram it picks

        # -- dead units ---------------------------------------------------------------------
        self.dead_plot = pg.PlotItem(axisItems=axes(bottom=CountAxis("bottom")))
        dress(self.dead_plot, QCoreApplication.translate("views", "Dead units"), QCoreApplication.translate("views", "training step"), QCoreApplication.translate("views", "dead (%)"))
        # Padding enough for the "100" label to stay below the title's key line.
        self.dead_plot.setYRange(0, 100, padding=0.1)
        self.dead_plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 50, 100)], []])
        # A y grid hides the edge labels 0 and 100 (see the loss view): draw the lines.
        for v in (25, 50, 75, 100):
            self.dead_plot.addItem(pg.InfiniteLine(v, angle=0, pen=pg.mkPen((0, 0, 0, 28))), ignoreBounds=True)
        self.dead_curves: list[pg.PlotDataItem] = []

        # -- pre-activation histogram over f(z) ---------------------------------------------
        self.pre_plot = pg.PlotItem(axisItems=axes("right"))
        dress(self.pre_plot, QCoreApplication.translate("views", "Pre-activations"), QCoreApplication.translate("views", "pre-activation z"), QCoreApplication.translate("views", "count"))
        # The end bins hold everything beyond ±6 (clipped): their ticks and hatching say so.
        self.pre_plot.getAxis("bottom").setTicks([preact_ticks(), []])
        self.pre_plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)  # the end labels overhang
        # No pyqtgraph grid (5 ms a paint): a line at z = 0 is the one reference needed.
        self.pre_plot.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen((0, 0, 0, 60))), ignoreBounds=True)
        self.pre_plot.setXRange(float(PREACT_EDGES[0]), float(PREACT_EDGES[-1]), padding=0.02)
        self.pre_plot.setYRange(0, 1, padding=0)
        # f(z) on its own axis, right: its values are read, not its shape alone.
        self.pre_plot.showAxis("right")
        self.f_box = pg.ViewBox(enableMenu=False)
        self.f_box.setMouseEnabled(x=False, y=False)
        self.f_box.setParentItem(self.pre_plot)
        self.f_box.setXLink(self.pre_plot.vb)
        self.f_box.setZValue(self.pre_plot.vb.zValue() + 1)  # the curve above the bars
        self.pre_plot.getAxis("right").linkToView(self.f_box)
        dress_axis(self.pre_plot.getAxis("right"), "f(z)")
        self.pre_plot.vb.sigResized.connect(self._sync_f_box)
        n_bins = len(PREACT_EDGES) - 1
        clipped = QBrush(QColor(*BAR_PEN), Qt.BrushStyle.BDiagPattern)
        self.bar_brushes = [clipped] + [pg.mkBrush(BAR_COLOR)] * (n_bins - 2) + [clipped]
        self.bars = pg.BarGraphItem(x0=PREACT_EDGES[:-1], x1=PREACT_EDGES[1:], height=np.zeros(n_bins),
                                    brushes=self.bar_brushes, pen=pg.mkPen(BAR_PEN, width=1))
        self.pre_plot.addItem(self.bars)
        self.f_curve = pg.PlotDataItem(pen=pg.mkPen(style.FN_COLOR, width=3))
        self.f_curve.curve.setSegmentedLineMode("on")  # see make_curve: a third of the paint cost
        self.f_box.addItem(self.f_curve)
        self.regions: list[pg.LinearRegionItem] = []

        for p in (self.dead_plot, self.pre_plot):
            fixed(p)
            p.getAxis("left").setWidth(60)  # both plots' axes line up
            p.titleLabel.setMaximumHeight(TITLE_HEIGHT)
            p.layout.setRowFixedHeight(0, TITLE_HEIGHT)
            # The title (with its key) spans the axes too, not only the data area: a
            # key as wide as the data area pushed the right axis out of a narrow dock.
            p.layout.removeItem(p.titleLabel)
            p.layout.addItem(p.titleLabel, 0, 0, 1, 3)
        self.message = pg.LabelItem(QCoreApplication.translate("views", "No hidden layers:<br>no unit can die or saturate"), size="12pt",
                                    color=style.FOREGROUND)

        self._content: str | None = None
        self._layer = 0
        self._n_hidden = 0
        self._act_key = None
        self._act_label = ""
        self._frame: Frame | None = None
        self._info = None
        self._n_drawn: tuple | None = None  # (diagnostic rows, last step, whole) in the curves
        self._inside_drawn = None
        self._hist_max = 0.0
        self._x1 = 1.0
        self._show("plots")

    @property
    def export_target(self) -> pg.GraphicsLayoutWidget:
        return self.glw

    # -- run and layer --------------------------------------------------------------------

    def _new_run(self, info) -> None:
        self._info = info
        n = len(info.sizes) - 2
        if n != len(self.dead_curves):
            for c in self.dead_curves:
                self.dead_plot.removeItem(c)
            # The colours of the gradient view: hidden layer l is the output of weight layer l.
            colors = layer_colors(n + 1)
            self.dead_curves = [make_curve(self.dead_plot, colors[l]) for l in range(n)]
            key = " ".join(f"<span style='color:{hex_rgb(c)}'>━━</span>&nbsp;{l + 1}"
                           for l, c in enumerate(colors[:n]))
            title = QCoreApplication.translate("views", "Dead units: no gradient on 99 % of the batch")
            # One hidden layer, one line: no key (its room goes to the plot).
            _set_title(self.dead_plot, _title(title, QCoreApplication.translate("views", "layer") + " " + key) if n > 1 else title, key=n > 1)
        for c in self.dead_curves:
            clear_curve(c)
        self._n_hidden = n
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems([self.tr("Layer {n}").format(n=l + 1) for l in range(n)])
        self.combo.blockSignals(False)
        self.combo.setEnabled(n > 0)
        self.combo.setVisible(n > 0)
        self.combo_label.setVisible(n > 0)
        self._frame: Frame | None = None
        self._n_drawn = None
        self._inside_drawn = None
        self._x1 = 1.0
        self.dead_plot.setXRange(0, self._x1, padding=0.02)
        self.set_layer(min(self._layer, max(n - 1, 0)), force=True)
        self._show("plots" if n > 0 else "message")

    def _set_activation(self, config) -> None:
        """Draw the live f(z) and shade its saturated zones (the trainer's own test)."""
        key, act = activation_of(config)
        if key == self._act_key:
            return
        self._act_key = key
        f = np.asarray(act.fn(Z), dtype=np.float64)
        spans = saturated_spans(Z, saturated_below(act, Z))
        self.f_curve.setData(Z, f)
        lo, hi = min(float(f.min()), 0.0), max(float(f.max()), 1.0)
        self.f_box.setYRange(lo, hi, padding=0.08)
        self._act_label = act.label
        for r in self.regions:
            self.pre_plot.removeItem(r)
        self.regions = []
        for a, b in spans:
            r = pg.LinearRegionItem((a, b), movable=False, brush=SATURATED_BRUSH, pen=pg.mkPen(None))
            r.setZValue(-10)
            self.pre_plot.addItem(r, ignoreBounds=True)
            self.regions.append(r)
        self._retitle_pre()

    def set_layer(self, layer: int, force: bool = False) -> None:
        """Show the pre-activations of hidden layer ``layer`` (0-based)."""
        layer = int(np.clip(layer, 0, max(self._n_hidden - 1, 0)))
        if layer == self._layer and not force:
            return
        self._layer = layer
        if self.combo.currentIndex() != layer and layer < self.combo.count():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(layer)
            self.combo.blockSignals(False)
        self._retitle_pre()
        self._inside_drawn = None
        if self._frame is not None:
            self._draw_hist(self._frame)

    @property
    def layer(self) -> int:
        return self._layer

    def _combo_changed(self, index: int) -> None:
        if index >= 0:
            self.set_layer(index)

    # -- drawing --------------------------------------------------------------------------

    def update_frame(self, frame: Frame) -> None:
        """Draw the frame's per-epoch dead-unit rows, its histogram and its live activation."""
        if not take_frame(self, frame):
            return
        self._set_activation(frame.config)
        d, steps = frame.dead_fraction, frame.diag_step
        key = history_key(frame, d, len(self.dead_curves), self._n_drawn)
        if key is not None:
            self._n_drawn, whole = key, key[-1]
            pixels = self.dead_plot.vb.width() or 400.0
            for l, c in enumerate(self.dead_curves):
                feed_curve(c, *finite(steps, 100.0 * d[:, l]), pixels, force=whole)
            x1 = grow_x(self._x1, float(steps[-1]) if len(steps) else 0.0)
            if x1 != self._x1:
                self._x1 = x1
                self.dead_plot.setXRange(0.0, x1, padding=0.02)
        self._draw_hist(frame)

    def _draw_hist(self, frame: Frame) -> None:
        inside = frame.inside
        if inside is self._inside_drawn:
            return
        self._inside_drawn = inside
        if inside is None or self._layer >= len(inside.preact_hist):
            h = np.zeros(len(PREACT_EDGES) - 1)
        else:
            h = np.asarray(inside.preact_hist[self._layer], dtype=np.float64)
        self.bars.setOpts(height=h)
        top = float(h.max()) if len(h) else 0.0
        # Grow at once, shrink only by half: the axis does not jump with every batch.
        if top > self._hist_max or top < 0.5 * self._hist_max:
            self._hist_max = max(top, 1.0)
            self.pre_plot.setYRange(0, self._hist_max * 1.08, padding=0)

    def histogram(self) -> np.ndarray:
        """The bar heights drawn."""
        return np.asarray(self.bars.opts["height"], dtype=np.float64)

    def activation_curve(self) -> tuple[np.ndarray, np.ndarray]:
        return self.f_curve.xData, self.f_curve.yData

    # -- layout ---------------------------------------------------------------------------

    def _retitle_pre(self) -> None:
        key = (f"<span style='color:{hex_rgb(BAR_COLOR)}'>■</span> " + QCoreApplication.translate("views", "count")
               + " &nbsp; "
               + f"<span style='color:{hex_rgb(style.FN_COLOR)}'>━━</span> "
               + QCoreApplication.translate("views", "{name} f(z), right axis").format(name=html.escape(self._act_label)))
        if self.regions:
            key += (f" &nbsp; <span style='color:{SATURATED_KEY}'>■</span> "
                    + QCoreApplication.translate("views", "|f′| &lt; {p} % of peak").format(p=sig3(100 * SATURATION)))
        _set_title(self.pre_plot, _title(QCoreApplication.translate("views", "Pre-activations of layer {n}").format(n=self._layer + 1), key))

    def _sync_f_box(self) -> None:
        self.f_box.setGeometry(self.pre_plot.vb.geometry())
        self.f_box.linkedViewChanged(self.pre_plot.vb, self.f_box.XAxis)

    def _show(self, what: str) -> None:
        if what == self._content:
            return
        ci = self.glw.ci
        if self._content == "plots":
            ci.removeItem(self.dead_plot)
            ci.removeItem(self.pre_plot)
        elif self._content == "message":
            ci.removeItem(self.message)
        if what == "plots":
            ci.addItem(self.dead_plot, row=0, col=0)
            ci.addItem(self.pre_plot, row=1, col=0)
            ci.layout.setRowStretchFactor(0, 2)
            ci.layout.setRowStretchFactor(1, 3)
        else:
            ci.addItem(self.message, row=0, col=0)
        self._content = what
