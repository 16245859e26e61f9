"""Softmax output with mean cross-entropy on integer labels."""

from __future__ import annotations

import numpy as np


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
