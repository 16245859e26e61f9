"""Regression Frames built by hand, for the views' tests and screenshots until the
training process sends its own: a known ReLU net written in NumPy, its Evaluation
(the fitted curve and each unit's part, or the surface), its look inside, and a
history whose score columns hold R².

Only what the views read is filled: ``Frame.info``, ``Frame.evaluation`` and the
history; the same fields the real pipeline fills.
"""

from __future__ import annotations

import numpy as np

from dlviz.common.arrays import frozen
from dlviz.common.display import PREACT_BINS
from dlviz.config import Config
from dlviz.data.datasets import Dataset
from dlviz.training.evaluation import Evaluation
from dlviz.training.frames import Frame, Frames
from dlviz.training.inside import Inside, Probe
from dlviz.training.messages import EpochRows, RunInfo, Snapshot

CURVE_RES = 200
SURFACE_RES = 40


class ReluNet:
    """y = Σⱼ w2ⱼ relu(x·W1[:, j] + b1ⱼ) + b2: one hidden ReLU layer."""

    def __init__(self, W1, b1, w2, b2):
        self.W1, self.b1 = np.asarray(W1, float), np.asarray(b1, float)
        self.w2, self.b2 = np.asarray(w2, float), float(b2)

    @property
    def units(self) -> int:
        return len(self.b1)

    def hidden(self, X) -> np.ndarray:
        return np.maximum(0.0, np.asarray(X, float) @ self.W1 + self.b1)

    def parts(self, X) -> np.ndarray:
        """(units, n): each unit's contribution w2ⱼ hⱼ(x) to the output."""
        return (self.hidden(X) * self.w2).T

    def predict(self, X) -> np.ndarray:
        return self.hidden(X) @ self.w2 + self.b2


def curve_net(units: int = 3) -> ReluNet:
    """A ReLU net of one input whose kinks sit at x = -0.5, 0, 0.5, ... (a zig-zag)."""
    kinks = np.linspace(-0.6, 0.6, units)
    W1 = np.ones((1, units))
    b1 = -kinks
    w2 = np.array([1.5 if j % 2 == 0 else -3.0 for j in range(units)])
    return ReluNet(W1, b1, w2, -0.2)


def surface_net() -> ReluNet:
    """A ReLU net of two inputs: a ridge along x₁ = x₂ on a tilted plane."""
    W1 = np.array([[1.0, -1.0, 0.8], [-1.0, 1.0, 0.6]])
    return ReluNet(W1, [0.0, 0.0, 0.2], [-0.9, -0.9, 1.1], 0.4)


def r2(y, p) -> float:
    y, p = np.asarray(y, float), np.asarray(p, float)
    return float(1.0 - ((y - p) ** 2).sum() / max(((y - y.mean()) ** 2).sum(), 1e-12))


def dataset(kind: str = "curve", n: int = 160, seed: int = 0) -> tuple[Dataset, ReluNet]:
    """A regression Dataset drawn from the known net, with noise."""
    rng = np.random.default_rng(seed)
    if kind == "curve":
        net = curve_net()
        X = rng.uniform(-1, 1, (n, 1))
        y = net.predict(X) + rng.normal(0, 0.05, n)
        lo, hi = float(y.min()), float(y.max())
        ds = Dataset(X, y, ("y",), "zigzag", bounds=(-1.0, 1.0, lo, hi), task="regress")
    else:
        net = surface_net()
        X = rng.uniform(-1, 1, (n, 2))
        y = net.predict(X) + rng.normal(0, 0.05, n)
        ds = Dataset(X, y, ("y",), "ridge", task="regress")
    return ds, net


def evaluation(kind: str, net: ReluNet, info: RunInfo, step: int) -> Evaluation:
    X, y = (info.X_val, info.y_val) if len(info.y_val) else (info.X_train, info.y_train)
    rows = np.arange(min(len(y), 400))
    common = dict(kind=kind, step=step, rows=frozen(rows), y_true=frozen(np.asarray(y, float)[rows]),
                  y_pred=frozen(net.predict(np.asarray(X)[rows])))
    x0, x1, y0, y1 = info.bounds
    if kind == "curve":
        xs = np.linspace(x0, x1, CURVE_RES)
        return Evaluation(**common, curve_x=frozen(xs), curve_y=frozen(net.predict(xs[:, None])),
                          unit_parts=frozen(net.parts(xs[:, None])))
    gx, gy = np.meshgrid(np.linspace(x0, x1, SURFACE_RES), np.linspace(y0, y1, SURFACE_RES))
    pts = np.column_stack([gx.ravel(), gy.ravel()])
    return Evaluation(**common, surface=frozen(net.predict(pts).reshape(SURFACE_RES, SURFACE_RES).astype(np.float32)))


def inside(net: ReluNet, d: int, res: int = 24) -> Inside:
    """The look inside the known net (maps left blank)."""
    u = net.units
    return Inside(
        unit_maps=(frozen(np.zeros((u, res, res), np.float32)), frozen(np.zeros((1, res, res), np.float32))),
        weights=(frozen(net.W1.astype(np.float32)), frozen(net.w2[:, None].astype(np.float32))),
        biases=(frozen(net.b1.astype(np.float32)), frozen(np.array([net.b2], np.float32))),
        dead=(frozen(np.zeros(u, bool)),), dropped=(None,),
        preact_hist=(frozen(np.zeros(PREACT_BINS, np.int32)),),
        weight_hist=(frozen(np.zeros(PREACT_BINS, np.int32)), frozen(np.zeros(PREACT_BINS, np.int32))),
        bias_hist=(frozen(np.zeros(PREACT_BINS, np.int32)), frozen(np.zeros(PREACT_BINS, np.int32))),
        weight_edges=frozen(np.linspace(-3, 3, PREACT_BINS + 1)),
    )


def probe(net: ReluNet, point) -> Probe:
    """The known net at ``point`` (its inputs), as the training process would answer."""
    x = np.asarray(point, float)
    z1 = x @ net.W1 + net.b1
    a1 = np.maximum(0.0, z1)
    z2 = np.array([a1 @ net.w2 + net.b2])
    return Probe(point=tuple(float(v) for v in point), features=frozen(x), z=(frozen(z1), frozen(z2)),
                 a=(frozen(a1), frozen(z2)))


def _rows(n: int) -> EpochRows:
    e = np.zeros(0)
    return EpochRows(e, e, e, e, e, e, e, e, e, np.zeros((0, 2)), np.zeros((0, 1)), np.zeros((0, 1)))


def frame(kind: str = "curve", epochs: int = 30, run_id: int = 1, state: str = "paused", val: bool = True,
          seed: int = 0, config: Config | None = None) -> Frame:
    """A regression run's Frame after ``epochs`` epochs: its history rises to the known
    net's R² (the score columns hold R²; a bad start is below 0)."""
    ds, net = dataset(kind, seed=seed)
    n_val = 40 if val else 0
    X, y = ds.X, ds.y
    # (RunInfo says its metric and kind once the regression pipeline is in: set them then)
    said = {k: v for k, v in (("metric", "r2"), ("kind", kind)) if k in RunInfo.__dataclass_fields__}
    info = RunInfo(**said, run_id=run_id, config=config or Config(hidden=(net.units,), activation="relu", epochs=0),
                   sizes=(ds.n_inputs, net.units, 1), class_names=ds.class_names, bounds=ds.bounds,
                   X_train=frozen(X[n_val:]), y_train=frozen(y[n_val:]), X_val=frozen(X[:n_val]),
                   y_val=frozen(y[:n_val]), steps_per_epoch=4,
                   feature_labels=("x",) if kind == "curve" else ("x₁", "x₂"))
    final_tr = r2(info.y_train, net.predict(info.X_train))
    final_va = r2(info.y_val, net.predict(info.X_val)) if val else np.nan
    ep = np.arange(1, epochs + 1, dtype=float)
    t = 1.0 - np.exp(-ep / 6.0)
    score = lambda end: -0.6 + (end + 0.6) * t  # noqa: E731
    loss = 0.02 + 0.6 * np.exp(-ep / 6.0)
    ev = evaluation(kind, net, info, epochs * 4)
    snap = Snapshot(run_id=run_id, seq=epochs, state=state, config=info.config, epoch=epochs, step=epochs * 4,
                    steps_per_second=0.0, lr=0.03, steps_per_epoch=4, new_step_loss=np.zeros(0, np.float32),
                    new_epochs=_rows(0), grid=None, masks=(None,), diagnostics=None,
                    inside=inside(net, ds.n_inputs), train_seconds=1.5, evaluation=ev)
    diag = np.arange(1, epochs + 1, dtype=float) * 4
    return Frame(info=info, snap=snap, grid=frozen(np.zeros((1, 2, 2), np.float32)),
                 step_x=frozen(np.arange(1, epochs * 4 + 1, dtype=float)),
                 step_loss=frozen(np.repeat(loss, 4) * 1.1),
                 epoch=frozen(ep), epoch_step=frozen(ep * 4), train_loss=frozen(loss), train_acc=frozen(score(final_tr)),
                 val_loss=frozen(loss * 1.1 if val else np.full(epochs, np.nan)),
                 val_acc=frozen(score(final_va) if val else np.full(epochs, np.nan)),
                 epoch_lr=frozen(np.full(epochs, 0.03)), epoch_seconds=frozen(ep * 0.05),
                 diag_step=frozen(diag), grad_norm=frozen(np.full((epochs, 2), 0.1)),
                 dead_fraction=frozen(np.zeros((epochs, 1))), saturated=frozen(np.zeros((epochs, 1))),
                 inside=inside(net, ds.n_inputs), evaluation=ev)


def frames(*fs: Frame) -> Frames:
    return Frames(tuple(fs))
