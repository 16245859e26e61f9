"""Speed of the learning-rate and optimizer lab's numerics (issue 11).

Prints, best / median over the repeats:

- the LR range test on the reference job (target < 1 s);
- the loss landscape of the trained reference net (2-32-32-3) on a 41x41 grid,
  PCA and random directions (target < 2 s);
- a 20-cell sweep of 50 epochs on the reference job, on every core and with the
  cells one after another in this process (target >= 1.6x on 2 cores);
- optimizer paths: 7 optimizers x 500 steps on Rosenbrock, and the 200x200
  contour grid of a surface.

Reference job: spiral, 3 classes, 1,200 samples, noise 0.2, hidden 32,32, ReLU,
Adam lr 0.01, batch 32, no validation (as benchmarks/engine_speed.py).

    python benchmarks/lab_speed.py [--repeats 3] [--workers N] [--only lr|landscape|sweep|paths]
"""

from __future__ import annotations

import argparse
import statistics
import time

from dlviz.config import Config
from dlviz.engine.optimizers import OPTIMIZERS
from dlviz.engine.surfaces import get_surface
from dlviz.training.landscape import landscape, train_recording
from dlviz.training.lr_finder import find_lr
from dlviz.training.paths import PathSpec, compute_paths
from dlviz.training.session import limit_blas_threads
from dlviz.training.sweep import default_workers, run_sweep
from dlviz.training.trainer import Trainer

JOB = Config(
    dataset="spiral", classes=3, samples=1200, noise=0.2, hidden=(32, 32), activation="relu",
    optimizer="adam", lr=0.01, schedule="constant", batch_size=32, epochs=20, val_fraction=0.0, seed=0,
)
# 5 x 4 = 20 cells of equal size (batch 32 throughout), so the parallel figure
# measures the pool, not an unlucky split of unequal cells.
GRID = {"lr": ["0.001", "0.003", "0.01", "0.03", "0.1"], "optimizer": ["sgd", "momentum", "rmsprop", "adam"]}


def timed(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def show(label: str, secs: list[float], unit: str = "s") -> None:
    print(f"{label:58s} best {min(secs):7.3f} {unit}   median {statistics.median(secs):7.3f} {unit}", flush=True)


def bench_lr(repeats: int) -> None:
    with limit_blas_threads():
        r = find_lr(JOB)
        show(f"LR range test, reference job ({len(r.lr)} steps)", timed(lambda: find_lr(JOB), repeats))
    print(f"  suggested lr {r.suggested_lr:.3g}; bands " +
          ", ".join(f"{k} {lo:.2g}-{hi:.2g}" for k, (lo, hi) in r.bands.items()))


def bench_landscape(repeats: int) -> None:
    with limit_blas_threads():
        t = Trainer(JOB)
        snaps = train_recording(t)
        for method in ("pca", "random"):
            show(f"landscape 41x41, 2-32-32-3, {method}", timed(lambda: landscape(t, snaps, method), repeats))


def bench_sweep(repeats: int, workers: int) -> None:
    base = JOB.replace(epochs=50)
    # The first sweep of a process also starts the forkserver (warm_up() does it ahead).
    show(f"sweep 20 cells x 50 epochs, {workers} workers, first of the process",
         timed(lambda: run_sweep(base, GRID, workers=workers), 1))
    par, seq, par_busy, seq_busy = [], [], [], []

    def one(n: int, secs: list[float], busy: list[float]) -> None:
        t0 = time.perf_counter()
        r = run_sweep(base, GRID, workers=n)
        secs.append(time.perf_counter() - t0)
        busy.append(sum(c["seconds"] for c in r.cells))  # the cells' own training time

    for _ in range(repeats):  # interleaved: this VM's speed wanders
        one(workers, par, par_busy)
        one(1, seq, seq_busy)
    show(f"sweep 20 cells x 50 epochs, {workers} workers, later ones", par)
    show("sweep 20 cells x 50 epochs, one after another", seq)
    print(f"  speed-up: best {min(seq) / min(par):.2f}x, median {statistics.median(seq) / statistics.median(par):.2f}x")
    # Where a shortfall from {workers}x comes from: the cells training slower side by
    # side (shared cores, a busy host) or the pool's own cost (start, dispatch, results).
    slow = statistics.median(p / s for p, s in zip(par_busy, seq_busy))
    overhead = statistics.median(w - b / workers for w, b in zip(par, par_busy))
    print(f"  the cells train {slow:.2f}x slower side by side than alone; "
          f"the pool's own cost is {overhead:.2f} s per sweep")


def bench_paths(repeats: int) -> None:
    specs = [PathSpec(name, 0.001) for name in OPTIMIZERS]
    secs = timed(lambda: compute_paths("rosenbrock", None, specs, 500), repeats)
    show("paths: 7 optimizers x 500 steps on Rosenbrock", secs)
    print(f"  {7 * 500 / min(secs):,.0f} optimizer steps/s; a 500-step animation of 7 paths costs "
          f"{1000 * min(secs):.0f} ms once")
    s = get_surface("rosenbrock")
    show("surface contour grid 200x200", [x * 1000 for x in timed(lambda: s.grid(200), max(repeats, 20))], "ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--only", choices=["lr", "landscape", "sweep", "paths"])
    a = ap.parse_args()
    print(f"{default_workers()} cores; {a.repeats} repeats")
    for name, fn in (("lr", lambda: bench_lr(max(a.repeats, 5))), ("landscape", lambda: bench_landscape(a.repeats)),
                     ("sweep", lambda: bench_sweep(a.repeats, a.workers)), ("paths", lambda: bench_paths(a.repeats))):
        if a.only in (None, name):
            fn()


if __name__ == "__main__":
    main()
