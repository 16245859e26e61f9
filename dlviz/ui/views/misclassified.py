"""The misclassified examples of an image run: image, true → predicted, confidence.

The most confident mistakes first: the ones that teach most (a 7 called a 1 at 98 %
says more than one at 35 %). Only wrong predictions are shown; every one when they
fit, else as many as fit at a readable size.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from .common import ImageRunView, TileSheet, class_label, held_out_images, image_shape, ink_rgb, rgb_qimage

MIN_TILE = 48
MOST = 100


def mistake_caption(true: str, pred: str, confidence: float) -> str:
    return QCoreApplication.translate("views", "{true} → {predicted}\n{p} %").format(
        true=true, predicted=pred, p=f"{100 * confidence:.0f}")


class MisclassifiedView(ImageRunView):
    """The held-out images the network got wrong, most confident first."""

    def __init__(self, parent=None):
        super().__init__(TileSheet(min_side=MIN_TILE, caption_lines=2), parent)
        self.setObjectName("mistakes_plot")
        self.rows = np.zeros(0, np.int64)  # Evaluation.rows of the tiles, in order
        self.confidence = np.zeros(0)

    def title_text(self) -> str:
        return QCoreApplication.translate("views", "Misclassified: true → predicted (confidence)")

    def draw_evaluation(self, info, ev) -> None:
        true, pred = np.asarray(ev.y_true), np.asarray(ev.y_pred)
        wrong = np.flatnonzero(true != pred)
        conf = (np.asarray(ev.proba, dtype=np.float64)[wrong, pred[wrong]] if ev.proba is not None
                else np.ones(len(wrong)))
        order = np.argsort(-conf, kind="stable")[:MOST]
        idx, conf = wrong[order], conf[order]
        self.rows, self.confidence = np.asarray(ev.rows)[idx], conf
        if not len(idx):
            self.sheet.set_tiles([], [], [])
            self.sheet.set_message(QCoreApplication.translate(
                "views", "No mistakes among the {n} held-out images shown.").format(n=len(true)))
            return
        pixels = held_out_images(info, ev)[idx]
        names = [class_label(c) for c in info.class_names]
        h, w = image_shape(info, ev)
        self.sheet.set_tiles([rgb_qimage(ink_rgb(px)) for px in pixels],
                             [mistake_caption(names[true[i]], names[pred[i]], c) for i, c in zip(idx, conf)],
                             [True] * len(idx), aspect=h / w)
