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


#: First-layer units whose weights an evaluation sends as images, at most.
MAX_WEIGHT_IMAGES = 64


def _ro(a: np.ndarray, dtype=None) -> np.ndarray:
    a = np.array(a, dtype=dtype, copy=True)
    a.flags.writeable = False
    return a


def pca_2d(H: np.ndarray) -> np.ndarray:
    """(m, 2) projection of the rows of ``H`` (m, units) on their first two principal
    components, each component's sign fixed (its largest loading positive) so that
    the map does not flip from one evaluation to the next. Fewer than two directions
    of spread: the missing coordinate is 0."""
    H = np.asarray(H, dtype=np.float64)
    out = np.zeros((len(H), 2))
    if len(H) < 2 or H.shape[1] == 0:
        return out
    C = H - H.mean(axis=0)
    _, s, Vt = np.linalg.svd(C, full_matrices=False)
    k = min(2, int(np.count_nonzero(s > 1e-12 * max(s[0], 1e-300))))
    for j in range(k):
        v = Vt[j]
        v = v if v[np.argmax(np.abs(v))] >= 0 else -v
        out[:, j] = C @ v
    return out


def image_evaluation(trainer) -> Evaluation:
    """The :class:`Evaluation` of an image run (``trainer``, a Trainer on image data): the
    first ``EVAL_ROWS`` held-out images (the training set's without a validation set),
    their labels, predictions and probabilities, the confusion matrix over every
    held-out image, the last hidden layer's 2-D PCA map of the shown rows, and the first
    layer's weights of the pixel inputs as (units, h, w) images."""
    ds, net = trainer.dataset, trainer.net
    has_val = len(trainer.y_val) > 0
    X_raw = trainer.X_val_raw if has_val else trainer.X_train_raw
    y = trainer.y_val if has_val else trainer.y_train
    K = ds.n_classes
    inputs = trainer.inputs(X_raw)
    proba = np.empty((len(y), K), np.float32)
    for a in range(0, len(y), 2048):  # blocks: bounded work arrays
        proba[a:a + 2048] = net.predict_proba(inputs[a:a + 2048])
    pred = proba.argmax(axis=1).astype(np.int64)
    confusion = np.bincount(y * K + pred, minlength=K * K).reshape(K, K).astype(np.int64)
    m = min(EVAL_ROWS, len(y))
    embedding = None
    if net.n_layers > 1 and m:
        embedding = pca_2d(net.hidden_outputs(inputs[:m])[-1]).astype(np.float32)
    first = None
    names = trainer.config.features
    if "pixels" in names and ds.image_shape is not None:
        h, w = ds.image_shape
        # The pixel columns come first in the canonical feature order.
        start = 0
        W = np.asarray(net.weights[0])[start:start + h * w, :MAX_WEIGHT_IMAGES]
        first = W.T.reshape(-1, h, w).astype(np.float32)
    return Evaluation(
        kind="image", step=int(trainer.step), rows=_ro(np.arange(m, dtype=np.int64)),
        y_true=_ro(y[:m], np.int64), y_pred=_ro(pred[:m]), proba=_ro(proba[:m]),
        confusion=_ro(confusion), embedding=None if embedding is None else _ro(embedding),
        first_weights=None if first is None else _ro(first),
    )
