"""The sample grid: held-out images of an image run with their true and predicted labels.

As many images as fit at a readable size fill the view. A right prediction reads
"✓ 3" (green); a wrong one has a red frame and reads "✗ 3 → 5" (true → predicted)
in bold red: the mark and the text tell it, not the colour alone.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from .common import ImageRunView, TileSheet, class_label, held_out_images, image_shape, ink_rgb, rgb_qimage

MIN_TILE = 44  # px: an 8x8 digit is still readable at this size
MOST = 120  # tiles at most, however large the view


def sample_caption(true: str, pred: str) -> str:
    if true == pred:
        return QCoreApplication.translate("views", "✓ {label}").format(label=true)
    return QCoreApplication.translate("views", "✗ {true} → {predicted}").format(true=true, predicted=pred)


class SampleGridView(ImageRunView):
    """Held-out images, each with "✓ label" or "✗ true → predicted"."""

    def __init__(self, parent=None):
        super().__init__(TileSheet(min_side=MIN_TILE), parent)
        self.setObjectName("samples_plot")
        self.rows = np.zeros(0, np.int64)  # Evaluation.rows of the tiles, in order

    def title_text(self) -> str:
        return QCoreApplication.translate("views", "✓ right · ✗ true → predicted")

    def draw_evaluation(self, info, ev) -> None:
        n = min(len(ev.rows), MOST)
        pixels = held_out_images(info, ev)[:n]
        names = [class_label(c) for c in info.class_names]
        h, w = image_shape(info, ev)
        true, pred = np.asarray(ev.y_true[:n]), np.asarray(ev.y_pred[:n])
        self.rows = np.asarray(ev.rows[:n])
        self.sheet.set_tiles([rgb_qimage(ink_rgb(px)) for px in pixels],
                             [sample_caption(names[t], names[p]) for t, p in zip(true, pred)],
                             list(true != pred), aspect=h / w)
