"""The activation view: f(z) and f'(z) of the hidden layers' activation."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from .. import style
from .common import StaticSample, activation_of, axes, dress, fixed, legend_beside

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

Z = np.linspace(-5.0, 5.0, 801)  # includes z = 0 exactly, where step and ReLU kink
Y_FLOOR, Y_CEIL = -1.5, 5.0  # the view never goes past these, whatever f does
TITLE_HEIGHT = 56  # two lines: name and formula (50 clipped the first)


class ActivationView(pg.PlotWidget):
    """Plots the run's live activation and its derivative from the engine's own ``fn`` and ``grad``."""

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND, axisItems=axes())
        self.setObjectName("activation_plot")
        plot = self.getPlotItem()
        dress(plot, None, QCoreApplication.translate("views", "z (pre-activation)"), QCoreApplication.translate("views", "output"))
        fixed(plot)
        plot.showGrid(x=True, y=True, alpha=0.15)

        self.zero_line = pg.InfiniteLine(pos=0, angle=0, movable=False, pen=pg.mkPen((150, 150, 150), width=1))
        self.zero_line.setZValue(-5)
        plot.addItem(self.zero_line, ignoreBounds=True)
        self.fn_curve = plot.plot(pen=pg.mkPen(style.FN_COLOR, width=3))
        # Dashed and above f: where f' coincides with f (the flat zero of step and ReLU
        # for z < 0) or with the zero line, both stay visible.
        self.deriv_curve = plot.plot(pen=pg.mkPen(style.DERIV_COLOR, width=2.5, style=Qt.PenStyle.DashLine))
        self.deriv_curve.setZValue(1)
        # Beside the plot, not on it: on it, it covered f' of linear (1 everywhere)
        # and the peak of ELU's or GELU's f' in one corner or another.
        self.legend = legend_beside(plot, sampleType=StaticSample)
        self.legend.addItem(self.fn_curve, "f(z)")
        self.legend.addItem(self.deriv_curve, "f′(z)")
        self.message = pg.TextItem(anchor=(0.5, 0.5), color=style.FOREGROUND)
        self.message.setFont(pg.QtGui.QFont(self.font().family(), 12))
        self.message.setPos(0, 0)
        plot.addItem(self.message, ignoreBounds=True)
        plot.titleLabel.setMaximumHeight(TITLE_HEIGHT)
        plot.layout.setRowFixedHeight(0, TITLE_HEIGHT)

        self._f = np.zeros(0)
        self._df = np.zeros(0)
        self._key = None  # what is drawn: (activation key) or "none" without hidden layers
        self._frame: Frame | None = None
        plot.setXRange(-5, 5, padding=0.02)
        plot.setYRange(-1.2, 1.2, padding=0)

    def update_frame(self, frame: Frame) -> None:
        """Draw the activation of ``frame.config`` (live: a change shows at once)."""
        if frame is self._frame:
            return
        self._frame = frame
        if len(frame.info.sizes) <= 2:
            self._show_none()
            return
        key, act = activation_of(frame.config)
        if key == self._key:
            return
        self._key = key
        self._f = np.asarray(act.fn(Z), dtype=np.float64)
        self._df = np.asarray(act.grad(Z), dtype=np.float64)
        self.fn_curve.setData(Z, self._f)
        self.deriv_curve.setData(Z, self._df)
        self.message.setText("")
        self.legend.setVisible(True)
        plot = self.getPlotItem()
        self._set_title(QCoreApplication.translate("views", "Activation: {name}").format(name=html.escape(act.label)), html.escape(act.formula))
        # The same frame for every activation that fits in it (-1.2 .. 1.2, enough for
        # sigmoid, tanh, step), so zero sits away from the axis and the curves of
        # several activations compare by eye; unbounded ones open to +5.
        lo = min(float(self._f.min()), float(self._df.min()), 0.0)
        hi = max(float(self._f.max()), float(self._df.max()), 1.0)
        y0 = max(Y_FLOOR, min(-1.2, lo - 0.2))
        y1 = min(Y_CEIL + 0.2, max(1.2, hi + 0.2))
        plot.setYRange(y0, y1, padding=0)

    def _show_none(self) -> None:
        """A network without hidden layers applies no activation: say so, draw nothing."""
        if self._key == "none":
            return
        self._key = "none"
        self._f, self._df = np.zeros(0), np.zeros(0)
        self.fn_curve.setData([], [])
        self.deriv_curve.setData([], [])
        self.legend.setVisible(False)
        self._set_title(QCoreApplication.translate("views", "Activation: none"), QCoreApplication.translate("views", "no hidden layer"))
        self.message.setText(QCoreApplication.translate("views", "This network has no hidden layer,\nso no layer uses an activation function.\n"
                                "The output is the softmax of a linear map."))
        self.getPlotItem().setYRange(-1.2, 1.2, padding=0)

    def _set_title(self, title: str, subtitle: str) -> None:
        self.getPlotItem().setTitle(f"{title}<br><span style='font-size:11pt; font-weight:normal'>{subtitle}</span>",
                                    size="12pt", color=style.FOREGROUND)

    def curve_data(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(z, f(z), f'(z)) as drawn (empty without hidden layers)."""
        return (Z if len(self._f) else np.zeros(0)), self._f, self._df
