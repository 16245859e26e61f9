"""The regression view, the centre of a regression run: for one input the fitted
curve over the data with each hidden unit's part drawn faintly (a ReLU net bends
the line once per unit); for two inputs the predictions over the plane as a
heatmap, the data on top coloured by their targets on the same scale.

It draws ``frame.evaluation`` (kind ``"curve"`` or ``"surface"``) and the run's
data in ``frame.info``, and redraws only when a new Evaluation arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal

from .. import style
from .common import StaticSample, axes, dress, fixed, legend_beside, put_legend, show_validation_points

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

MAX_POINTS = 3000  # data points drawn; more only slows drawing down
MAX_PARTS = 64  # hidden units whose part is drawn (more would be a grey smear)
PAD = 0.06  # of the targets' span, above and below the data
FIT_COLOR = (0x22, 0x22, 0x22)  # the network's answer: the darkest line
PART_RGBA = (0xE6, 0x9F, 0x00, 150)  # each unit's part: thin and faint (orange, as positive weights)
POINT_RGB = (0x56, 0xB4, 0xE9)  # training data of a curve (sky blue)


def target_colormap() -> pg.ColorMap:
    """The house diverging map (NEGATIVE, white at 0, POSITIVE) as a pyqtgraph ColorMap:
    a target is a signed value like a weight."""
    return pg.ColorMap([0.0, 0.5, 1.0], [style.NEGATIVE, (255, 255, 255), style.POSITIVE])


def target_levels(*targets: np.ndarray) -> tuple[float, float]:
    """(-m, m), m the largest |target|: zero is white and every target is on the scale."""
    vals = [np.asarray(t, dtype=np.float64).ravel() for t in targets if t is not None and len(t)]
    v = np.concatenate(vals) if vals else np.zeros(0)
    v = v[np.isfinite(v)]
    m = float(np.abs(v).max()) if v.size else 1.0
    return -(m if m > 1e-12 else 1.0), (m if m > 1e-12 else 1.0)


def bar_ticks(m: float) -> list[float]:
    """Round ticks over [-m, m], 0 among them: the largest step of 1, 2 or 5 x 10^k
    that still leaves at least 1.5 steps each side (two to five labels a side)."""
    if not m > 0:
        return [0.0]
    power = 10.0 ** np.floor(np.log10(m))
    step = next(f * p for p in (power, power / 10) for f in (5, 2, 1) if m / (f * p) >= 1.5 - 1e-9)
    n = int(np.floor(m / step + 1e-9))
    return [round(k * step, 12) for k in range(-n, n + 1)]


class RegressionView(pg.PlotWidget):
    """The fitted curve (one input) or the predicted surface (two inputs) of a
    regression run. ``point_clicked(x, y)``: a left click, in data coordinates
    (for a curve, y is the height clicked; the input is x alone)."""

    point_clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND, axisItems=axes())
        self.setObjectName("regression_plot")
        self.frames_drawn = 0
        plot = self.getPlotItem()
        fixed(plot)
        self._info = None
        self._evaluation = None  # the Evaluation drawn last
        self._kind = ""  # "curve" or "surface"
        self._title = ""
        self._title_pt: int | None = None
        self._show_val = True
        self._legend_wanted = True

        # The surface: an image on the target's colour scale, with its colour bar.
        self.cmap = target_colormap()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.image.setColorMap(self.cmap)
        plot.addItem(self.image)
        self.levels = (-1.0, 1.0)
        self.bar = pg.ColorBarItem(values=self.levels, colorMap=self.cmap, width=14, interactive=False,
                                   colorMapMenu=False, pen=(150, 150, 150))
        self.bar.setVisible(False)
        self._bar_in_layout = False

        # The curve: the parts first (under), then the data, then the fit.
        self.parts: list[pg.PlotDataItem] = []
        self.part_pen = pg.mkPen(PART_RGBA, width=1.3)
        self.bold_part_pen = pg.mkPen(PART_RGBA[:3], width=3)
        self._highlight: int | None = None
        self.fit = pg.PlotDataItem(pen=pg.mkPen(FIT_COLOR, width=3))
        self.fit.setZValue(5)
        self.train_scatter = pg.ScatterPlotItem(symbol="o", size=6, pxMode=True)
        self.val_scatter = pg.ScatterPlotItem(symbol="t1", size=8, pxMode=True)
        self.train_scatter.setZValue(1)
        self.val_scatter.setZValue(2)
        for item in (self.fit, self.train_scatter, self.val_scatter):
            plot.addItem(item)

        self.legend = legend_beside(plot, sampleType=StaticSample)
        self._part_swatch = pg.PlotDataItem(pen=self.part_pen)  # the parts' one legend entry (never in the plot)
        self._train_swatch = pg.ScatterPlotItem(symbol="o", size=9)
        self._val_swatch = pg.ScatterPlotItem(symbol="t1", size=10, brush=pg.mkBrush("w"),
                                              pen=pg.mkPen(style.FOREGROUND, width=1.5))
        self.scene().sigMouseClicked.connect(self._on_click)
        self._aspect = 1.0  # a surface's plane: width / height on screen
        self._legend_below: bool | None = None
        self._pad = (0.0, 0.0)
        self._base_margins = plot.layout.getContentsMargins()
        plot.vb.sigResized.connect(self._fit)

    # -- the run ------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        """``"curve"``, ``"surface"`` or "" before a run."""
        return self._kind

    def _new_run(self, info) -> None:
        self._info = info
        self._evaluation = None
        d = np.asarray(info.X_train).shape[1] if np.asarray(info.X_train).ndim == 2 else 1
        self._kind = "curve" if d == 1 else "surface"
        plot = self.getPlotItem()
        target = info.class_names[0] if info.class_names else "y"
        inputs = tuple(info.feature_labels) or (("x",) if d == 1 else ("x₁", "x₂"))
        self.image.clear()
        self.fit.setData([], [])
        for c in self.parts:
            c.setData([], [])
        self.legend.clear()
        rng = np.random.default_rng(0)  # one fixed subsample per run: no flicker
        n_tr, n_va = len(info.y_train), len(info.y_val)
        scale = min(1.0, MAX_POINTS / max(1, n_tr + n_va))
        tr = rng.permutation(n_tr)[: int(round(n_tr * scale))]
        va = rng.permutation(n_va)[: int(round(n_va * scale))]
        X_tr, y_tr = np.asarray(info.X_train, float)[tr], np.asarray(info.y_train, float)[tr]
        X_va, y_va = np.asarray(info.X_val, float)[va], np.asarray(info.y_val, float)[va]
        x0, x1, y0, y1 = (float(b) for b in info.bounds)
        if self._kind == "curve":
            self._title = QCoreApplication.translate("views", "Fitted curve")
            plot.setAspectLocked(False)
            self._show_bar(False)
            self.train_scatter.setData(x=X_tr[:, 0], y=y_tr, brush=pg.mkBrush(*POINT_RGB, 200),
                                       pen=pg.mkPen((40, 40, 40), width=0.6))
            self.val_scatter.setData(x=X_va[:, 0], y=y_va, brush=pg.mkBrush(255, 255, 255, 235),
                                     pen=pg.mkPen(style.VAL_COLOR, width=1.6))
            ys = np.concatenate([y_tr, y_va, [y0, y1]])
            ys = ys[np.isfinite(ys)]
            lo, hi = float(ys.min()), float(ys.max())
            pad = PAD * ((hi - lo) or 1.0)
            plot.setRange(xRange=(x0, x1), yRange=(lo - pad, hi + pad), padding=0)
            dress(plot, None, inputs[0], target)
            self.legend.addItem(self.fit, QCoreApplication.translate("views", "prediction ŷ"))
            self.legend.addItem(self._part_swatch, QCoreApplication.translate("views", "each hidden unit's part"))
            self._train_swatch.setData(brush=pg.mkBrush(*POINT_RGB), pen=pg.mkPen((40, 40, 40), width=0.6))
            self.legend.addItem(self._train_swatch, QCoreApplication.translate("views", "training data"))
        else:
            self._title = QCoreApplication.translate("views", "Predicted surface")
            span_x, span_y = (x1 - x0) or 1.0, (y1 - y0) or 1.0
            # 1:1, or square for a CSV whose inputs differ wildly in span (see _fit).
            self._aspect = span_x / span_y if 1 / 3 <= span_x / span_y <= 3 else 1.0
            plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self.levels = target_levels(info.y_train, info.y_val)
            outline = pg.mkPen((40, 40, 40), width=0.8)
            self.train_scatter.setData(pos=X_tr, brush=[pg.mkBrush(c) for c in self._colors(y_tr)], pen=outline)
            self.val_scatter.setData(pos=X_va, brush=[pg.mkBrush(c) for c in self._colors(y_va)],
                                     pen=pg.mkPen(style.FOREGROUND, width=1.6))
            dress(plot, None, inputs[0], inputs[1] if len(inputs) > 1 else "x₂")
            self.bar.setLevels(self.levels)
            # A few round labels: pyqtgraph's own ran 19 of them together.
            self.bar.getAxis("right").setTicks([[(v, f"{v:g}") for v in bar_ticks(self.levels[1])], []])
            self.bar.setLabel("right", target, color=style.FOREGROUND)
            self.bar.getAxis("right").setTextPen(style.FOREGROUND)
            self._show_bar(True)
            self._train_swatch.setData(brush=pg.mkBrush(235, 235, 235), pen=outline)
            self.legend.addItem(self._train_swatch, QCoreApplication.translate("views", "training data"))
        self._legend_below = None
        self._place_legend()
        self._show_title()
        self._update_val_visibility()
        self._pad = (-1.0, -1.0)
        self._fit()

    def _place_legend(self) -> None:
        """The legend under the plot (a surface's always, so its colour bar sits close
        beside the plane; a curve's in a view taller than wide, where beside it took
        half the plot's width), or beside it."""
        below = self._kind == "surface" or self.height() > 0.9 * self.width()
        if below != self._legend_below:
            self._legend_below = below
            put_legend(self.getPlotItem(), self.legend, below=below, columns=2 if below else 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "_kind", ""):
            self._place_legend()

    def _fit(self, *_) -> None:
        """A surface's plane at its aspect (1:1), centred: the plot is padded rather than
        the view box stretched (an aspect lock would widen the axes past the data)."""
        plot = self.getPlotItem()
        left, top, right, bottom = self._base_margins
        pad = (0.0, 0.0)
        if self._kind == "surface":
            w = plot.vb.width() + 2 * self._pad[0]
            h = plot.vb.height() + 2 * self._pad[1]
            if w <= 1 or h <= 1:
                return
            pad = (max(0.0, (w - h * self._aspect) / 2), max(0.0, (h - w / self._aspect) / 2))
        if abs(pad[0] - self._pad[0]) < 0.5 and abs(pad[1] - self._pad[1]) < 0.5:
            return
        self._pad = pad
        plot.layout.setContentsMargins(left + pad[0], top + pad[1], right + pad[0], bottom + pad[1])

    def _colors(self, targets: np.ndarray) -> np.ndarray:
        lo, hi = self.levels
        return self.cmap.map((np.asarray(targets, float) - lo) / (hi - lo), mode="byte")

    def _show_bar(self, on: bool) -> None:
        if on and not self._bar_in_layout:
            self.getPlotItem().layout.addItem(self.bar, 2, 4)
            self._bar_in_layout = True
        self.bar.setVisible(on)

    # -- drawing ------------------------------------------------------------------------------

    def update_frame(self, frame: Frame) -> None:
        """Draw the frame's Evaluation (a new run's frame redraws the data too); a frame
        without a new Evaluation changes nothing."""
        if frame.info is not self._info:
            self._new_run(frame.info)
        ev = frame.evaluation
        if ev is None or ev is self._evaluation:
            return
        self._evaluation = ev
        if ev.kind == "curve" and ev.curve_x is not None and ev.curve_y is not None:
            self._draw_curve(ev)
        elif ev.kind == "surface" and ev.surface is not None:
            self._draw_surface(ev)
        else:
            return
        self.frames_drawn += 1

    def _draw_curve(self, ev) -> None:
        x = np.asarray(ev.curve_x, dtype=np.float64)
        self.fit.setData(x, np.nan_to_num(np.asarray(ev.curve_y, dtype=np.float64)))
        parts = np.zeros((0, len(x))) if ev.unit_parts is None else np.asarray(ev.unit_parts, np.float64)
        parts = parts[:MAX_PARTS]
        plot = self.getPlotItem()
        while len(self.parts) < len(parts):
            c = pg.PlotDataItem(pen=self.part_pen)
            c.setZValue(0)
            plot.addItem(c)
            self.parts.append(c)
        while len(self.parts) > len(parts):
            plot.removeItem(self.parts.pop())
        for c, y in zip(self.parts, parts):
            c.setData(x, np.nan_to_num(y))
        self.highlight_part(self._highlight)

    def highlight_part(self, unit: int | None) -> None:
        """Draw hidden unit ``unit``'s part bold and opaque (a hovered unit of the last
        hidden layer: where it bends the line), the others faint; None: all faint."""
        self._highlight = unit
        for j, c in enumerate(self.parts):
            pen = self.bold_part_pen if j == unit else self.part_pen
            if c.opts["pen"] is not pen:
                c.setPen(pen)
                c.setZValue(4 if j == unit else 0)

    def _draw_surface(self, ev) -> None:
        self.image.setImage(np.nan_to_num(np.asarray(ev.surface, dtype=np.float32)), autoLevels=False,
                            levels=self.levels)
        # Cells centred on the grid points: the image spans the bounds exactly (set after
        # the image: pyqtgraph scales the rect by the image's size).
        x0, x1, y0, y1 = (float(b) for b in self._info.bounds)
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))

    # -- what the window asks of its centre ---------------------------------------------------

    def set_show_validation(self, show: bool) -> None:
        self._show_val = bool(show)
        self._update_val_visibility()

    def _update_val_visibility(self) -> None:
        show = self._show_val and self._info is not None and len(self._info.y_val) > 0
        show_validation_points(self.val_scatter, self.legend, self._val_swatch, show)

    def set_legend_visible(self, visible: bool) -> None:
        self._legend_wanted = bool(visible)
        self.legend.setVisible(self._legend_wanted)

    @property
    def title(self) -> str:
        return self._title

    def set_title(self, title: str, points: int | None = None) -> None:
        """The plot's title (a comparison's tile names its run), at ``points`` pt (None: 12)."""
        if (title, points) == (self._title, self._title_pt):
            return
        self._title, self._title_pt = title, points
        self._show_title()

    def _show_title(self) -> None:
        label = self.getPlotItem().titleLabel
        self.getPlotItem().setTitle(self._title, size=f"{self._title_pt or 12}pt", color=style.FOREGROUND)
        label.setMinimumWidth(0)  # never wider than the view: a long title is cut, the plot stays

    def set_faded(self, faded: bool) -> None:
        """Fade the prediction (a diverged run's tile); the data stay clear."""
        opacity = 0.3 if faded else 1.0
        for item in (self.image, self.fit):
            if item.opacity() != opacity:
                item.setOpacity(opacity)

    def _on_click(self, event) -> None:
        vb = self.getPlotItem().getViewBox()
        if event.button() != Qt.MouseButton.LeftButton or self._info is None \
                or not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.point_clicked.emit(float(p.x()), float(p.y()))
