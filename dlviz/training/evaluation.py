"""What the views of a run that is not 2-D classification draw (images, regression),
computed in the training process and sent with a snapshot. NumPy only.

2-D classification runs send a decision grid instead (``Snapshot.grid``); an
``Evaluation`` is sent, like the grid, when the views ask for a fresh one.
Arrays are read-only; every field a kind does not use is None.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Held-out rows an evaluation shows at most (sample grid, misclassified, PCA map).
EVAL_ROWS = 400


@dataclass(frozen=True)
class Evaluation:
    """One look at a run's predictions, as of ``step``.

    kind : the dataset's kind, ``"image"``, ``"curve"`` or ``"surface"``.
    rows : (m,) int64, indices into the run's validation set (its training set when
        it has none) of the samples shown, m <= EVAL_ROWS.
    y_true, y_pred : (m,) labels (int64) or targets and predictions (float64).
    proba : images: (m, K) float32 class probabilities.
    confusion : images: (K, K) int64 counts over the whole held-out set,
        ``confusion[true, predicted]``.
    embedding : images: (m, 2) float32, the last hidden layer's activations of the
        ``rows`` projected on their first two principal components (None without
        a hidden layer).
    first_weights : images: (units, h, w) float32, the first layer's weights of each
        of the first units, drawn as images ("what each unit looks for").
    curve_x, curve_y : curve: (R,) float64, the fitted function on a grid over x.
    unit_parts : curve: (units, R) float64, each last-hidden unit's contribution
        w_j * h_j(x) to the output (a ReLU net bends once per unit).
    surface : surface: (R, R) float32 predictions over the plane's grid, rows = y
        from the bottom (the decision grid's layout, ``grid_points``).
    """

    kind: str
    step: int
    rows: np.ndarray
    y_true: np.ndarray
    y_pred: np.ndarray
    proba: np.ndarray | None = None
    confusion: np.ndarray | None = None
    embedding: np.ndarray | None = None
    first_weights: np.ndarray | None = None
    curve_x: np.ndarray | None = None
    curve_y: np.ndarray | None = None
    unit_parts: np.ndarray | None = None
    surface: np.ndarray | None = None
