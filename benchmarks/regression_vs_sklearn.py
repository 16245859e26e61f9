"""Regression against scikit-learn's MLPRegressor: issue 22's goal is a validation MSE
within 1.5x of MLPRegressor's with the same hidden sizes on the same data and epochs.

For each regression set (sine, abs, steps: one input x; plane, bump: two), both models
get the same training rows (the run's own split) and the same input features (x for a
curve, x1, x2 for a surface, each in [-1, 1]), the same hidden layers and activation,
and the same number of epochs. scikit-learn trains as dlviz's defaults do (Adam, lr 0.01,
batch 32, no L2 penalty: ``alpha=0``) and never stops early (``tol=0``,
``n_iter_no_change=epochs``); a second column gives MLPRegressor with its own defaults
(lr 0.001, batch 200, alpha 1e-4) for the same epochs. MSE is the mean of (ŷ − y)² on the
validation rows, no factor ½, for both (sklearn.metrics.mean_squared_error), the median
over seeds 0-2. The noise floor is the noise's variance: (0.5 x noise)² = 0.0025 at the
default noise 0.1.

    python benchmarks/regression_vs_sklearn.py [--epochs 200] [--hidden 16,16] [--seeds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings

import numpy as np

from dlviz.config import Config, parse_hidden
from dlviz.data import make_features
from dlviz.training.session import limit_blas_threads
from dlviz.training.trainer import Trainer

SETS = ("sine", "abs", "steps", "plane", "bump")
GOAL = 1.5


def one(name: str, hidden: tuple[int, ...], epochs: int, seed: int) -> tuple[float, float, float, float]:
    """(dlviz val MSE, sklearn matched, sklearn defaults, dlviz seconds) for one set and seed."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.metrics import mean_squared_error
    from sklearn.neural_network import MLPRegressor

    feats = ("x1",) if name in ("sine", "abs", "steps") else ("x1", "x2")
    c = Config(dataset=name, samples=500, hidden=hidden, activation="relu", optimizer="adam", lr=0.01,
               batch_size=32, epochs=epochs, features=feats, seed=seed)
    t = Trainer(c)
    t0 = time.perf_counter()
    while not t.finished and not t.diverged:
        t.run(10**6)
    secs = time.perf_counter() - t0
    ours = t.evaluate()["val_mse"]
    F = lambda X: make_features(X, feats, t.dataset.bounds, dtype=np.float64)  # noqa: E731
    Xtr, Xva = F(t.X_train_raw), F(t.X_val_raw)
    out = []
    for kw in (dict(learning_rate_init=0.01, batch_size=32, alpha=0.0), {}):
        m = MLPRegressor(hidden_layer_sizes=hidden, activation="relu", solver="adam", max_iter=epochs, tol=0.0,
                         n_iter_no_change=epochs, random_state=seed, **kw)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            m.fit(Xtr, t.y_train)
        out.append(mean_squared_error(t.y_val, m.predict(Xva)))
    return ours, out[0], out[1], secs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=200)
    ap.add_argument("--hidden", default="16,16")
    ap.add_argument("--seeds", type=int, default=3)
    a = ap.parse_args()
    hidden = parse_hidden(a.hidden)
    print(f"validation MSE, median of seeds 0-{a.seeds - 1}; {a.epochs} epochs, hidden {hidden}, ReLU, 500 points "
          f"(400 train / 100 val), noise 0.1 (floor 0.0025)")
    print(f"{'set':<7}{'dlviz':>10}{'sklearn':>10}{'ratio':>8}{'  sklearn (its defaults)':>26}{'dlviz s':>9}  goal")
    ok = True
    with limit_blas_threads():
        for name in SETS:
            rows = [one(name, hidden, a.epochs, s) for s in range(a.seeds)]
            ours, skl, skl_def, secs = (statistics.median(r[i] for r in rows) for i in range(4))
            ratio = ours / skl
            met = ratio <= GOAL
            ok &= met
            print(f"{name:<7}{ours:>10.5f}{skl:>10.5f}{ratio:>8.2f}{skl_def:>26.5f}{secs:>9.2f}  "
                  f"{'met' if met else 'MISSED'} (<= {GOAL}x)")
    print("goal met on every set" if ok else "goal missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
