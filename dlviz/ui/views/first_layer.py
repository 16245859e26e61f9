"""The first layer's weights of an image run drawn as images: what each unit looks for.

Tile j is hidden unit j's weight from every pixel, laid out as the image is, in the
app's diverging colours centred on 0 (blue: this pixel's ink lowers the unit's input,
orange: raises it, white: no matter). All tiles share one symmetric scale, shown in the
colour bar below, so their strengths compare.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPen

from .. import style
from .common import ImageRunView, PaintedSheet, TileSheet, font, rgb_qimage

MIN_TILE = 24  # px: 32 units fit a 420 x 250 dock (the 1920 layout's)
BAR_HEIGHT = 64  # px: the colour bar and its labels


def level_text(v: float) -> str:
    return f"{v:.3g}"


class ColourBar(PaintedSheet):
    """The weights' colour scale: −m (blue) … 0 (white) … +m (orange), labelled."""

    def __init__(self):
        super().__init__(min_size=(160, BAR_HEIGHT))
        self.setMaximumHeight(BAR_HEIGHT)
        self.vmax = 0.0

    def set_levels(self, vmax: float) -> None:
        self.vmax = float(vmax)
        self.update()

    def draw(self, p, rect) -> None:
        if not self.vmax:
            return
        f = font(10)
        p.setFont(f)
        fm = QFontMetricsF(f)
        width = min(360.0, rect.width() - 40)
        x0 = rect.left() + (rect.width() - width) / 2
        bar = QRectF(x0, rect.top() + 4, width, 14)
        g = QLinearGradient(bar.left(), 0, bar.right(), 0)
        g.setColorAt(0.0, QColor(*style.NEGATIVE))
        g.setColorAt(0.5, QColor(255, 255, 255))
        g.setColorAt(1.0, QColor(*style.POSITIVE))
        p.fillRect(bar, g)
        p.setPen(QPen(QColor(150, 150, 150), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(bar)
        p.setPen(QColor(*style.FOREGROUND))
        y = bar.bottom() + 2
        for t, text in ((0.0, "−" + level_text(self.vmax)), (0.5, "0"), (1.0, "+" + level_text(self.vmax))):
            x = bar.left() + t * bar.width()
            p.drawLine(int(x), int(bar.bottom()), int(x), int(bar.bottom() + 3))
            tw = fm.horizontalAdvance(text)
            p.drawText(QRectF(x - tw / 2 - 2, y + 2, tw + 4, fm.height()), int(Qt.AlignmentFlag.AlignCenter), text)
        key = QCoreApplication.translate("views", "weight from each pixel: negative · 0 · positive")
        p.drawText(QRectF(rect.left(), y + fm.height() + 4, rect.width(), fm.height() + 2),
                   int(Qt.AlignmentFlag.AlignHCenter), key)


class FirstLayerView(ImageRunView):
    """One tile per first-layer unit: its weights over the image's pixels."""

    def __init__(self, parent=None):
        super().__init__(TileSheet(min_side=MIN_TILE), parent)
        self.setObjectName("first_layer_plot")
        self.bar = ColourBar()
        self.ci.addItem(self.bar, row=2, col=0)
        self.levels = (0.0, 0.0)  # the colour scale's ends, symmetric about 0

    def title_text(self) -> str:
        return QCoreApplication.translate("views", "First layer: what each unit (1, 2, …) looks for")

    def show_not_image(self) -> None:
        super().show_not_image()
        self.bar.set_levels(0.0)

    def draw_evaluation(self, info, ev) -> None:
        w = ev.first_weights
        if w is None or not len(w):
            self.bar.set_levels(0.0)
            self.sheet.set_message(QCoreApplication.translate("views", "No first-layer weights in this evaluation."))
            return
        w = np.asarray(w, dtype=np.float64)
        vmax = float(np.max(np.abs(w))) or 1.0
        self.levels = (-vmax, vmax)
        self.bar.set_levels(vmax)
        captions = [str(j + 1) for j in range(len(w))]  # the unit's number (the title says "unit")
        self.sheet.set_tiles([rgb_qimage(style.diverging_rgb(tile, vmax)) for tile in w], captions,
                             [None] * len(w), aspect=w.shape[1] / w.shape[2])
