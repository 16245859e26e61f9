"""What a regression run's views draw, computed in the training process: the fitted
curve with each last-hidden unit's share of it (1-D), or the prediction surface (2-D).
NumPy only.

A curve's output is ŷ(x) = b + Σ_j w_j h_j(x) over the last hidden layer's units h_j:
``Evaluation.unit_parts[j]`` is w_j h_j(x) on the curve's grid, so the parts add up
to the curve (less the bias). With ReLU units and one hidden layer each part is a
hinge, one bend each: :func:`straight_pieces` counts the pieces of the sum.
"""

from __future__ import annotations

import numpy as np

from ..common.arrays import frozen
from ..data import make_features
from .evaluation import EVAL_ROWS, Evaluation

#: Points of a curve's grid over x.
CURVE_POINTS = 256


def curve_grid(bounds, n: int = CURVE_POINTS) -> np.ndarray:
    """``n`` evenly spaced x values over a curve's x range ``bounds[:2]``, ends included."""
    return np.linspace(float(bounds[0]), float(bounds[1]), n)


def _outputs(trainer, X: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The network's output (n,) float64 for raw inputs ``X`` (n, d) and each hidden
    layer's outputs (n, units), in evaluation mode (no dropout)."""
    net = trainer.net
    feats = make_features(X, trainer.config.features, trainer.dataset.bounds, dtype=net.dtype)
    hidden = net.hidden_outputs(feats)  # (a fresh forward pass; its logits stay in the work arrays)
    out = net.logits(feats)[:, 0].astype(np.float64)
    return out, hidden


def evaluate(trainer, resolution: int = 100, grid: np.ndarray | None = None) -> Evaluation:
    """The :class:`Evaluation` of a regression trainer's current weights.

    rows / y_true / y_pred: the first ``EVAL_ROWS`` held-out samples (training samples
    when there is no validation set). A curve adds ``curve_x``, ``curve_y`` over
    :func:`curve_grid` and ``unit_parts`` (None without a hidden layer); a surface adds
    ``surface``, the (resolution, resolution) predictions over the plane (``grid``: the
    trainer's ``predict_grid(resolution)`` if the caller has it already).
    """
    ds = trainer.dataset
    held_out = len(trainer.y_val) > 0
    X = trainer.X_val_raw if held_out else trainer.X_train_raw
    y = trainer.y_val if held_out else trainer.y_train
    m = min(len(y), EVAL_ROWS)
    rows = np.arange(m, dtype=np.int64)
    y_pred, _ = _outputs(trainer, X[:m])
    fields = dict(kind=ds.kind, step=int(trainer.step), rows=frozen(rows), y_true=frozen(np.asarray(y[:m], np.float64)),
                  y_pred=frozen(y_pred))
    if ds.kind == "curve":
        xs = curve_grid(ds.bounds)
        out, hidden = _outputs(trainer, xs[:, None])
        fields.update(curve_x=frozen(xs), curve_y=frozen(out))
        if hidden:
            w = trainer.net.weights[-1][:, 0].astype(np.float64)  # (units,) last hidden -> output
            fields["unit_parts"] = frozen((hidden[-1].astype(np.float64) * w).T)
    else:
        if grid is None:
            grid = trainer.predict_grid(resolution)
        fields["surface"] = frozen(np.asarray(grid[0], np.float32).reshape(resolution, resolution))
    return Evaluation(**fields)


def straight_pieces(x: np.ndarray, y: np.ndarray, tol: float = 1e-3) -> int:
    """How many straight pieces the polyline (x, y) is made of: 1 + the number of places
    where its slope changes by more than ``tol`` of the largest slope (float32 rounding
    stays far below 1e-3). Two bends
    closer than two grid steps count once (a kink between grid points shows on two
    segments). For a ReLU net's curve this is 1 + the bends inside the x range."""
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    if len(x) < 3:
        return 1
    slope = np.diff(y) / np.diff(x)
    scale = max(float(np.abs(slope).max()), 1e-12)
    bent = np.abs(np.diff(slope)) > tol * scale
    pieces, last = 1, -3
    for i in np.flatnonzero(bent):
        if i - last > 1:
            pieces += 1
        last = i
    return pieces
