"""The activation view: f(z) and f'(z) of the hidden layers' activation."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from ...engine.activations import get_activation
from ...training.messages import RunInfo
from .. import style
from ...training.frames import Frame
from .common import StaticSample, dress

Z = np.linspace(-5.0, 5.0, 801)  # includes z = 0 exactly, where step and ReLU kink
Y_FLOOR, Y_CEIL = -1.5, 5.0  # the view never goes past these, whatever f does
TITLE_HEIGHT = 50  # two lines: name and formula


class ActivationView(pg.PlotWidget):
    """Plots an activation and its derivative from the engine's own ``fn`` and ``grad``."""

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND)
        self.setObjectName("activation_plot")
        plot = self.getPlotItem()
        dress(plot, None, "z (pre-activation)", "output")
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.disableAutoRange()
        plot.showGrid(x=True, y=True, alpha=0.15)

        self.zero_line = pg.InfiniteLine(pos=0, angle=0, movable=False, pen=pg.mkPen((150, 150, 150), width=1))
        self.zero_line.setZValue(-5)
        plot.addItem(self.zero_line, ignoreBounds=True)
        self.fn_curve = plot.plot(pen=pg.mkPen(style.FN_COLOR, width=3))
        # Dashed and above f: where f' coincides with f (the flat zero of step and ReLU
        # for z < 0) or with the zero line, both stay visible.
        self.deriv_curve = plot.plot(pen=pg.mkPen(style.DERIV_COLOR, width=2.5, style=Qt.PenStyle.DashLine))
        self.deriv_curve.setZValue(1)
        self.legend = pg.LegendItem(offset=(8, 8), labelTextSize="10pt", labelTextColor=style.FOREGROUND,
                                    brush=(255, 255, 255, 220), pen=(200, 200, 200), sampleType=StaticSample)
        # pyqtgraph's legends ignore transformations, so a 2x PNG export drew them at 1x.
        self.legend.setFlag(self.legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.legend.setParentItem(plot.vb)  # top-left: every activation leaves it empty
        self.legend.addItem(self.fn_curve, "f(z)")
        self.legend.addItem(self.deriv_curve, "f′(z)")

        self._z = Z
        self._f = np.zeros_like(Z)
        self._df = np.zeros_like(Z)
        self._key: tuple[str, float] | None = None
        self.set_activation("tanh")

    def set_run(self, info: RunInfo) -> None:
        self.set_activation(info.config.activation, info.config.leaky_slope)

    def update_frame(self, frame: Frame) -> None:
        """Nothing here changes during a run."""

    def set_activation(self, name: str, leaky_slope: float = 0.01) -> None:
        key = (name, float(leaky_slope))
        if key == self._key:
            return
        act = get_activation(name, leaky_slope=leaky_slope)
        self._key = key
        self._f = np.asarray(act.fn(Z), dtype=np.float64)
        self._df = np.asarray(act.grad(Z), dtype=np.float64)
        self.fn_curve.setData(Z, self._f)
        self.deriv_curve.setData(Z, self._df)

        plot = self.getPlotItem()
        plot.setTitle(f"Activation: {html.escape(act.label)}<br>"
                      f"<span style='font-size:11pt; font-weight:normal'>{html.escape(act.formula)}</span>",
                      size="12pt", color=style.FOREGROUND)
        plot.titleLabel.setMaximumHeight(TITLE_HEIGHT)
        plot.layout.setRowFixedHeight(0, TITLE_HEIGHT)
        # The same frame for every activation that fits in it (-1.2 .. 1.2, enough for
        # sigmoid, tanh, step), so zero sits away from the axis and the curves of
        # several activations compare by eye; unbounded ones open to +5.
        lo = min(float(self._f.min()), float(self._df.min()), 0.0)
        hi = max(float(self._f.max()), float(self._df.max()), 1.0)
        y0 = max(Y_FLOOR, min(-1.2, lo - 0.2))
        y1 = min(Y_CEIL + 0.2, max(1.2, hi + 0.2))
        plot.setXRange(-5, 5, padding=0.02)
        plot.setYRange(y0, y1, padding=0)

    def curve_data(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(z, f(z), f'(z)) as drawn."""
        return self._z, self._f, self._df
