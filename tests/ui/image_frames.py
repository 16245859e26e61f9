"""Frames of an image run for the image views' tests and screenshots, built by hand.

Until the training process sends an Evaluation for image runs, this trains a small
NumPy MLP on the bundled digits for a few epochs and fills an ``Evaluation`` the way
its docstring says (held-out rows, labels, probabilities, the confusion matrix, the
last hidden layer's PCA map and the first layer's weights as images), then puts it on
a real Frame (from a 2-D run) with the digits' RunInfo. The views read only
``Frame.evaluation`` and ``Frame.info``.
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from dlviz.config import Config
from dlviz.data.datasets import train_val_split
from dlviz.data.images import load_digits
from dlviz.engine.network import MLP
from dlviz.engine.optimizers import make_optimizer
from dlviz.training.evaluation import EVAL_ROWS, Evaluation
from dlviz.training.frames import FrameAccumulator
from dlviz.training.session import Cursor, make_snapshot, run_info
from dlviz.training.trainer import Trainer


def _ro(a):
    a = np.array(a)
    a.setflags(write=False)
    return a


@functools.cache
def digits_split(seed: int = 0, classes: int = 10):
    """(class names, (X_train, y_train, X_val, y_val)) of the digits 0 .. classes - 1."""
    d = load_digits()
    keep = d.y < classes
    split = train_val_split(d.X[keep], d.y[keep], 0.25, seed)
    return d.class_names[:classes], split


def train_mlp(hidden=(32,), epochs: int = 3, seed: int = 0, lr: float = 0.01, batch: int = 32, classes: int = 10):
    """A NumPy MLP trained ``epochs`` epochs on the digits' training part."""
    d, (Xtr, ytr, Xva, yva) = digits_split(classes=classes)
    net = MLP([64, *hidden, classes], activation="relu", seed=seed)
    opt = make_optimizer("adam", lr=lr)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(ytr))
        for i in range(0, len(order), batch):
            b = order[i:i + batch]
            _, grads = net.loss_and_grads(Xtr[b], ytr[b])
            opt.step(net.params, grads)
    return net


def pca2(h: np.ndarray) -> np.ndarray:
    c = h - h.mean(axis=0)
    _, _, vt = np.linalg.svd(c, full_matrices=False)
    return (c @ vt[:2].T).astype(np.float32)


def evaluate(net: MLP, step: int, units: int = 32) -> Evaluation:
    """The Evaluation of ``net`` on the digits' held-out part, filled as the pipeline will."""
    k = net.sizes[-1]
    d, (Xtr, ytr, Xva, yva) = digits_split(classes=k)
    rows = np.arange(min(EVAL_ROWS, len(yva)), dtype=np.int64)
    proba_all = net.predict_proba(Xva)
    pred_all = proba_all.argmax(axis=1)
    confusion = np.zeros((k, k), np.int64)
    np.add.at(confusion, (yva, pred_all), 1)
    hidden = net.hidden_outputs(Xva[rows])
    embedding = pca2(hidden[-1]) if hidden else None
    w0 = np.asarray(net.weights[0])  # (inputs, units)
    first = w0.T[:units].reshape(-1, 8, 8).astype(np.float32)
    return Evaluation(kind="image", step=step, rows=_ro(rows), y_true=_ro(yva[rows].astype(np.int64)),
                      y_pred=_ro(pred_all[rows].astype(np.int64)), proba=_ro(proba_all[rows].astype(np.float32)),
                      confusion=_ro(confusion), embedding=None if embedding is None else _ro(embedding),
                      first_weights=_ro(first))


@functools.cache
def points_frame():
    """A real frame of a 2-D points run (its history and snapshot)."""
    t = Trainer(Config())
    acc = FrameAccumulator(run_info(t, run_id=1))
    acc.add(make_snapshot(t, 1, "paused", Cursor()))
    return acc.frame()


def digits_info(base, classes: int = 10):
    d, (Xtr, ytr, Xva, yva) = digits_split(classes=classes)
    return dataclasses.replace(base.info, sizes=(64, 32, classes), class_names=d, X_train=_ro(Xtr),
                               y_train=_ro(ytr), X_val=_ro(Xva), y_val=_ro(yva), feature_labels=(), input_maps=None)


def image_frame(ev: Evaluation, info=None):
    """A Frame of an image run carrying ``ev`` (``info``: the run's, to keep one run)."""
    base = points_frame()
    return dataclasses.replace(base, info=info or digits_info(base), evaluation=ev)
