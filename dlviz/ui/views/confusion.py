"""The confusion matrix of an image run: counts over the whole held-out set.

Rows are the true classes, columns the predicted ones; the diagonal is right. Each
cell shows its count; its shade is the count's share of its row (white 0 → dark blue
all), so a small class's mistakes show as clearly as a large one's.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from .. import style
from .common import ImageRunView, PaintedSheet, class_label, font

DARK = np.array((0x08, 0x30, 0x6B), float)  # the darkest cell (a whole row)


def cell_rgb(share: float) -> tuple[int, int, int]:
    t = float(np.clip(share, 0.0, 1.0)) ** 0.7  # a few mistakes still tint their cell
    return tuple(int(v) for v in np.array((255.0, 255.0, 255.0)) + (DARK - 255.0) * t)


class MatrixSheet(PaintedSheet):
    """A K x K matrix of counts with its axis labels and class names, painted."""

    def __init__(self):
        super().__init__(min_size=(200, 180))
        self.counts = np.zeros((0, 0), np.int64)
        self.names: list[str] = []
        self.cell_texts: list[list[str]] = []  # what each cell shows, [true][predicted]

    def set_matrix(self, counts: np.ndarray, names: list[str]) -> None:
        self.counts = np.asarray(counts, dtype=np.int64)
        k = len(self.counts)
        self.names = [names[i] if i < len(names) else str(i) for i in range(k)]
        self.cell_texts = [[str(int(v)) for v in row] for row in self.counts]
        self.message = ""
        self.update()

    def draw(self, p, rect) -> None:
        k = len(self.counts)
        if not k:
            return
        label_f, name_f = font(11), font(10)
        fm_l, fm_n = QFontMetricsF(label_f), QFontMetricsF(name_f)
        name_w = max(fm_n.horizontalAdvance(n) for n in self.names) + 8
        left = fm_l.height() + 6 + name_w  # the rotated "true class" and the names
        top = fm_l.height() + 4 + fm_n.height() + 4  # "predicted class" and the names
        bottom = fm_n.height() + 8  # the accuracy line
        cell = min((rect.width() - left - 8) / k, (rect.height() - top - bottom) / k)
        if cell <= 4:
            return
        side = cell * k
        x0 = rect.left() + left + max(0.0, (rect.width() - left - 8 - side) / 2)
        y0 = rect.top() + top
        fg = QColor(*style.FOREGROUND)
        # Column heads: "predicted class" over the names.
        p.setPen(fg)
        p.setFont(label_f)
        p.drawText(QRectF(x0, rect.top(), side, fm_l.height() + 2), int(Qt.AlignmentFlag.AlignCenter),
                   QCoreApplication.translate("views", "predicted class"))
        p.setFont(name_f)
        for j, name in enumerate(self.names):
            p.drawText(QRectF(x0 + j * cell, y0 - fm_n.height() - 4, cell, fm_n.height() + 2),
                       int(Qt.AlignmentFlag.AlignCenter), name)
            p.drawText(QRectF(x0 - name_w, y0 + j * cell, name_w - 6, cell),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), name)
        # Row heads: "true class", turned up the left side.
        p.save()
        p.setFont(label_f)
        p.translate(QPointF(x0 - name_w - 4, y0 + side / 2))
        p.rotate(-90)
        p.drawText(QRectF(-side / 2, -fm_l.height() - 2, side, fm_l.height() + 2), int(Qt.AlignmentFlag.AlignCenter),
                   QCoreApplication.translate("views", "true class"))
        p.restore()
        # The cells.
        totals = self.counts.sum(axis=1)
        count_f = font(max(7.5, min(13.0, cell * 0.36)))
        p.setFont(count_f)
        for i in range(k):
            for j in range(k):
                share = self.counts[i, j] / totals[i] if totals[i] else 0.0
                box = QRectF(x0 + j * cell, y0 + i * cell, cell, cell)
                p.fillRect(box, QColor(*cell_rgb(share)))
                dark = share ** 0.7 > 0.45
                p.setPen(QColor(255, 255, 255) if dark else (QColor(170, 170, 170) if self.counts[i, j] == 0 else fg))
                p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.cell_texts[i][j])
        p.setPen(QPen(QColor(*style.FOREGROUND), 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for i in range(k):  # the diagonal (right answers) outlined
            p.drawRect(QRectF(x0 + i * cell, y0 + i * cell, cell, cell))
        p.setPen(QPen(QColor(190, 190, 190), 1))
        p.drawRect(QRectF(x0, y0, side, side))
        n, right = int(self.counts.sum()), int(np.trace(self.counts))
        p.setPen(fg)
        p.setFont(name_f)
        p.drawText(QRectF(rect.left(), y0 + side + 4, rect.width(), fm_n.height() + 4),
                   int(Qt.AlignmentFlag.AlignHCenter), QCoreApplication.translate(
                       "views", "{right} of {n} held-out images right ({acc} %)").format(
                       right=right, n=n, acc=f"{100 * right / max(n, 1):.1f}"))


class ConfusionView(ImageRunView):
    """Counts of (true, predicted) over the held-out set; the diagonal is right."""

    def __init__(self, parent=None):
        super().__init__(MatrixSheet(), parent)
        self.setObjectName("confusion_plot")

    def title_text(self) -> str:
        return QCoreApplication.translate("views", "Confusion matrix (held-out set)")

    def draw_evaluation(self, info, ev) -> None:
        if ev.confusion is None:
            self.sheet.set_message(QCoreApplication.translate("views", "No confusion matrix in this evaluation."))
            return
        self.sheet.set_matrix(ev.confusion, [class_label(c) for c in info.class_names])
