"""The losses and their output layers: softmax with mean cross-entropy on integer
labels (classification), identity with mean squared error on float targets
(regression). ``LOSSES`` is their registry."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..common.messages import QT_TRANSLATE_NOOP
from ..common.registry import Entry, Registry


def softmax(logits: np.ndarray, out: np.ndarray | None = None, axis: int = 1) -> np.ndarray:
    """Softmax along ``axis`` (classes; 1: one row per sample, 0: one column per
    sample, as the network stores them), p_k = exp(z_k - max z) / sum_j exp(z_j - max z).

    Subtracting the maximum keeps every exponent <= 0, so logits of ±1e4 (or
    ±1e30) give finite probabilities that sum to 1. ``out`` may be ``logits``.
    """
    if out is None:
        out = np.empty_like(logits)
    np.subtract(logits, logits.max(axis=axis, keepdims=True), out=out)
    np.exp(out, out=out)
    out /= out.sum(axis=axis, keepdims=True)
    return out


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise log-softmax, z_k - max z - log sum_j exp(z_j - max z)."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def cross_entropy(logits: np.ndarray, y: np.ndarray) -> float:
    """Mean cross-entropy -1/n sum_i log p_{i, y_i}, computed from the logits.

    Working from log-softmax (not log of the probabilities) keeps the loss
    finite even when a probability underflows to 0.
    """
    lsm = log_softmax(logits)
    return float(-lsm[np.arange(len(y)), y].mean())


def mean_squared_error(pred: np.ndarray, y: np.ndarray) -> float:
    """Mean squared error 1/n sum_i (yhat_i - y_i)^2 over the samples (and outputs).

    No factor 1/2: this is the MSE scikit-learn's ``mean_squared_error`` and torch's
    ``nn.MSELoss()`` report, and what the views, the history and the JSON show. Its
    gradient with respect to a prediction is 2 (yhat_i - y_i) / n.
    """
    pred = np.asarray(pred, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64).reshape(pred.shape)
    return float(np.mean((pred - y) ** 2))


def r2_score(pred: np.ndarray, y: np.ndarray) -> float:
    """Coefficient of determination R^2 = 1 - sum (yhat - y)^2 / sum (y - mean y)^2
    (scikit-learn's ``r2_score``): 1 is a perfect fit, 0 no better than predicting the
    mean; negative is worse than that. NaN for no samples; a constant target gives 1.0
    for a perfect fit and 0.0 otherwise (as scikit-learn does)."""
    pred = np.asarray(pred, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    if y.size == 0:
        return float("nan")
    sse = float(np.sum((pred - y) ** 2))
    return r2_from_sums(sse, float(np.sum((y - y.mean()) ** 2)))


def r2_from_sums(sse: float, sst: float) -> float:
    """R^2 from the summed squared error and the summed squared deviation of the targets."""
    if sst > 0:
        return 1.0 - sse / sst
    return 1.0 if sse == 0 else 0.0


@dataclass(frozen=True)
class Loss:
    """A loss with the output layer it pairs with.

    name : the registry key.
    output : ``"softmax"`` (one output per class, integer labels) or ``"identity"``
        (the outputs are the predictions themselves, float targets).
    task : the dataset task it trains, ``"classify"`` or ``"regress"``.
    metric : the score the history keeps beside the loss: ``"accuracy"`` or ``"r2"``.
    """

    name: str
    output: str
    task: str
    metric: str


#: name -> Entry whose factory gives the :class:`Loss`. The loss follows the dataset's
#: task (:func:`loss_for_task`): cross-entropy for classification, MSE for regression.
LOSSES = Registry("loss", (
    Entry("cross_entropy", QT_TRANSLATE_NOOP("registry", "Cross-entropy"),
          QT_TRANSLATE_NOOP("registry", "Softmax output, mean of −log p(true class): for classification"),
          lambda: Loss("cross_entropy", "softmax", "classify", "accuracy")),
    Entry("mse", QT_TRANSLATE_NOOP("registry", "Mean squared error"),
          QT_TRANSLATE_NOOP("registry", "Identity output, mean of (prediction − target)²: for regression"),
          lambda: Loss("mse", "identity", "regress", "r2")),
))


def loss_for_task(task: str) -> str:
    """The loss a dataset task trains with: ``"cross_entropy"`` or ``"mse"``."""
    for name, entry in LOSSES.items():
        if entry.build().task == task:
            return name
    raise ValueError(f"no loss for task {task!r}")
