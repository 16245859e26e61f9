"""The centre of an image run: a 2-D PCA map of the last hidden layer.

Where a run of 2-D points shows its decision regions, an image run has no plane to
colour: each held-out image is drawn instead where the last hidden layer puts it,
projected on that layer's first two principal components (``Evaluation.embedding``).
Points take their true class's colour and shape; a ring marks a wrong prediction.
Classes that the network has learned to tell apart form separate clusters.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from .. import style
from .common import axes, class_label, dress, fixed, frame_kind, legend_beside, take_frame

#: Ten classes (the digits) in colours that stay apart: Okabe-Ito's eight, then grey and
#: brown; each class has its own shape too, so no class is told by colour alone.
PALETTE = style.CLASS_COLORS + ((0x99, 0x99, 0x99), (0x8C, 0x51, 0x0A))
SYMBOLS = ("o", "s", "t", "d", "star", "t1", "p", "h", "t2", "t3")
WRONG_PEN = pg.mkPen((0x33, 0x33, 0x33), width=1.5)


def class_color(k: int) -> tuple[int, int, int]:
    return PALETTE[k % len(PALETTE)]


def class_symbol(k: int) -> str:
    return SYMBOLS[k % len(SYMBOLS)]


class EmbeddingView(pg.PlotWidget):
    """The held-out images on the last hidden layer's first two principal components."""

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND, axisItems=axes())
        self.setObjectName("embedding_plot")
        plot = self.getPlotItem()
        dress(plot, self._title(), QCoreApplication.translate("views", "PC 1"),
              QCoreApplication.translate("views", "PC 2"))
        fixed(plot)
        self.legend = legend_beside(plot)
        self.scatters: list[pg.ScatterPlotItem] = []
        self.wrong = pg.ScatterPlotItem(symbol="o", size=15, pen=WRONG_PEN, brush=None, pxMode=True)
        self.wrong.setZValue(2)
        plot.addItem(self.wrong)
        self._frame = None
        self._info = None
        self._drawn_key = None
        self.draws = 0

    @staticmethod
    def _title() -> str:
        return QCoreApplication.translate("views", "Last hidden layer, mapped to 2-D (PCA)")

    def _new_run(self, info) -> None:
        self._info = info
        self._drawn_key = None
        plot = self.getPlotItem()
        for s in self.scatters:
            plot.removeItem(s)
        self.legend.clear()
        self.scatters = []
        for k, name in enumerate(info.class_names):
            rgb = class_color(k)
            s = pg.ScatterPlotItem(symbol=class_symbol(k), size=9, pxMode=True, brush=pg.mkBrush(*rgb, 220),
                                   pen=pg.mkPen(tuple(int(v * 0.7) for v in rgb), width=1))
            plot.addItem(s)
            self.scatters.append(s)
            self.legend.addItem(s, class_label(name))
        self.legend.addItem(self.wrong, QCoreApplication.translate("views", "wrong"))
        self.wrong.setData([], [])

    def update_frame(self, frame) -> None:
        """Draw the frame's Evaluation (only when a new one has come: its step changed)."""
        if not take_frame(self, frame):
            return
        ev = frame.evaluation
        if frame_kind(frame) != "image" or ev is None:
            return
        key = ev.step
        if key == self._drawn_key:
            return
        self._drawn_key = key
        self.draws += 1
        plot = self.getPlotItem()
        if ev.embedding is None:
            plot.setTitle(QCoreApplication.translate("views", "No hidden layer: nothing to map (add one)"),
                          size="12pt", color=style.FOREGROUND)
            for s in self.scatters:
                s.setData([], [])
            self.wrong.setData([], [])
            return
        plot.setTitle(self._title(), size="12pt", color=style.FOREGROUND)
        xy = np.asarray(ev.embedding, dtype=np.float64)
        true, pred = np.asarray(ev.y_true), np.asarray(ev.y_pred)
        for k, s in enumerate(self.scatters):
            s.setData(pos=xy[true == k])
        self.wrong.setData(pos=xy[true != pred])
        ok = np.isfinite(xy).all(axis=1)
        if ok.any():
            (x0, y0), (x1, y1) = xy[ok].min(axis=0), xy[ok].max(axis=0)
            plot.setRange(xRange=(x0, x1 if x1 > x0 else x0 + 1), yRange=(y0, y1 if y1 > y0 else y0 + 1),
                          padding=0.06)
