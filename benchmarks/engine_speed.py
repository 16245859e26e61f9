"""Training speed of the engine on the reference job, and grid prediction time.

Reference job: spiral, 3 classes, 1,200 samples, noise 0.2, hidden 32,32, relu,
adam lr 0.01, batch 32, 20 epochs, no validation. Prints steps per second of
dlviz's trainer, of a straightforward NumPy loop on the same job (the usual
per-array code, for scale), and of scikit-learn's MLPClassifier when installed.

    python benchmarks/engine_speed.py [--repeats 7]
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings


import numpy as np

from dlviz.config import Config
from dlviz.data import make_dataset
from dlviz.training.session import limit_blas_threads
from dlviz.training.trainer import Trainer

JOB = Config(
    dataset="spiral", classes=3, samples=1200, noise=0.2, hidden=(32, 32), activation="relu",
    optimizer="adam", lr=0.01, schedule="constant", batch_size=32, epochs=20, val_fraction=0.0, seed=0,
)


def dlviz_steps_per_second() -> float:
    t = Trainer(JOB)
    t.run(10**9)
    return t.step / t.train_seconds


def straightforward_steps_per_second() -> float:
    """The per-array loop most tutorials write: z = a @ W + b, Adam per array."""
    ds = make_dataset("spiral", 1200, 0.2, 3, 0)
    X, y = ds.X.astype(np.float32), ds.y
    rng = np.random.default_rng(0)
    sizes = [2, 32, 32, 3]
    params = []
    for i, o in zip(sizes[:-1], sizes[1:]):
        params += [rng.normal(0, np.sqrt(2 / i), (i, o)).astype(np.float32), np.zeros(o, np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, b1, b2, eps, t = 0.01, 0.9, 0.999, 1e-8, 0
    start = time.perf_counter()
    steps = 0
    for _ in range(20):
        perm = rng.permutation(len(y))
        for s in range(0, len(y), 32):
            idx = perm[s : s + 32]
            xb, yb = X[idx], y[idx]
            acts, zs = [xb], []
            for l in range(3):
                z = acts[-1] @ params[2 * l] + params[2 * l + 1]
                zs.append(z)
                acts.append(np.maximum(z, 0) if l < 2 else z)
            z = acts[-1] - acts[-1].max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            loss = -np.log(p[np.arange(len(yb)), yb]).mean()
            d = p
            d[np.arange(len(yb)), yb] -= 1
            d /= len(yb)
            grads = [None] * 6
            for l in range(2, -1, -1):
                grads[2 * l] = acts[l].T @ d
                grads[2 * l + 1] = d.sum(axis=0)
                if l:
                    d = (d @ params[2 * l].T) * (zs[l - 1] > 0)
            t += 1
            for i, (pp, g) in enumerate(zip(params, grads)):
                m[i] = b1 * m[i] + (1 - b1) * g
                v[i] = b2 * v[i] + (1 - b2) * g * g
                mh = m[i] / (1 - b1**t)
                vh = v[i] / (1 - b2**t)
                pp -= lr * mh / (np.sqrt(vh) + eps)
            steps += 1
    assert np.isfinite(loss)
    return steps / (time.perf_counter() - start)


def sklearn_steps_per_second() -> float | None:
    try:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None
    ds = make_dataset("spiral", 1200, 0.2, 3, 0)
    clf = MLPClassifier(
        hidden_layer_sizes=(32, 32), activation="relu", solver="adam", learning_rate_init=0.01,
        batch_size=32, max_iter=20, alpha=0.0, tol=0.0, n_iter_no_change=10**9, random_state=0, shuffle=True,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        start = time.perf_counter()
        clf.fit(ds.X, ds.y)
        secs = time.perf_counter() - start
    return clf.t_ / len(ds.y) * 32 / secs if clf.t_ else None


def grid_ms(resolution: int = 200, repeats: int = 30) -> float:
    t = Trainer(JOB)
    t.run(200)
    t.predict_grid(resolution)
    times = []
    for _ in range(repeats):
        s = time.perf_counter()
        t.predict_grid(resolution)
        times.append(time.perf_counter() - s)
    return 1000 * statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args()

    def best_and_median(fn):
        runs = [fn() for _ in range(args.repeats)]
        return max(runs), statistics.median(runs)

    print(f"reference job: {JOB.dataset} K={JOB.classes} n={JOB.samples} hidden={JOB.hidden} "
          f"{JOB.activation} {JOB.optimizer} batch {JOB.batch_size}, {JOB.epochs} epochs "
          f"({args.repeats} runs each: best / median)")
    best, med = best_and_median(dlviz_steps_per_second)
    print(f"dlviz trainer:            {best:8.0f} / {med:8.0f} steps/s")
    best, med = best_and_median(straightforward_steps_per_second)
    print(f"straightforward NumPy:    {best:8.0f} / {med:8.0f} steps/s")
    sk = sklearn_steps_per_second()
    print(f"scikit-learn MLP:         {sk:8.0f} steps/s" if sk else "scikit-learn MLP:         not installed")
    print(f"predict 200x200 grid:     {grid_ms():8.2f} ms (median)")


if __name__ == "__main__":
    with limit_blas_threads():  # as the training process and `dlviz train` do
        main()
