"""A 5 x 5 sweep of the Playground job, 300 epochs a cell, with each engine (issue 21:
the compiled one >= 5x faster than the NumPy engine every sweep used before it), in the
same run, interleaved so that both see the same load.

The grid: lr (0.003, 0.01, 0.03, 0.1, 0.3) x batch size (5, 10, 20, 25, 50), the rest as
TensorFlow Playground's job (spiral, 250 training points, 8,8 ReLU, SGD). Run as
``run_sweep`` runs it, on every core, in the sweep's worker processes, two ways:

- cold: the sweep starts its workers and stops them at its end (``dlviz sweep``, one
  sweep per command). Each worker's start (Python, NumPy, numba, the kernel's code)
  is part of the figure.
- warm: the workers of a :class:`SweepPool`, kept from the sweep before (the sweep
  dialog keeps them while it is open): what a learner sweeping again waits.

Each figure is the wall time of the whole sweep, best of ``--repeats``, and the cells'
summed training seconds (what the cells themselves took, whatever the pool cost). The
ratio compares with the NumPy engine's cold sweep, what every sweep was before the kernel.

    python benchmarks/sweep_speed.py [--repeats 3] [--workers N] [--epochs 300]
"""

from __future__ import annotations

import argparse
import os
import time

from dlviz.config import Config
from dlviz.training.sweep import SweepPool, default_workers, run_sweep

BASE = dict(dataset="spiral", classes=2, samples=500, val_fraction=0.5, noise=0.1, hidden=(8, 8), activation="relu",
            optimizer="sgd", seed=0)
GRID = {"lr": ["0.003", "0.01", "0.03", "0.1", "0.3"], "batch_size": ["5", "10", "20", "25", "50"]}


def timed(engine: str, epochs: int, workers: int, pool: SweepPool | None = None) -> tuple[float, float, int]:
    """(wall seconds, summed training seconds of the cells, cells done) of one sweep."""
    base = Config(**BASE, epochs=epochs, engine=engine)
    t0 = time.perf_counter()
    r = run_sweep(base, GRID, workers=workers, pool=pool)
    wall = time.perf_counter() - t0
    cells = [c for c in r.cells if c is not None]
    assert all(c["engine"] == engine for c in cells), f"{engine} asked, {sorted({c['engine'] for c in cells})} used"
    return wall, sum(c["seconds"] for c in cells), len(cells)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--epochs", type=int, default=300)
    args = ap.parse_args()
    timed("compiled", 1, args.workers)  # untimed: the kernel cache and the files the workers import, read once
    runs: dict[str, list[tuple[float, float, int]]] = {}
    with SweepPool() as pool_np, SweepPool() as pool_c:
        pools = {"numpy": pool_np, "compiled": pool_c}
        for engine, pool in pools.items():  # untimed: starts the pools' workers
            timed(engine, 1, args.workers, pool)
        for _ in range(args.repeats):
            for engine in ("numpy", "compiled"):
                runs.setdefault(f"{engine}, cold", []).append(timed(engine, args.epochs, args.workers))
                runs.setdefault(f"{engine}, warm", []).append(timed(engine, args.epochs, args.workers, pools[engine]))
    print(f"load average {os.getloadavg()[0]:.1f}; 5 x 5 sweep x {args.epochs} epochs, {args.workers} workers, "
          f"best of {args.repeats}")
    print("| engine, workers | sweep, wall | cells' training, summed | cells | vs NumPy cold |")
    print("|---|---|---|---|---|")
    best = {k: min(rs) for k, rs in runs.items()}
    ref = best["numpy, cold"][0]
    for name, (wall, train, n) in best.items():
        print(f"| {name} | {wall:.2f} s | {train:.2f} s | {n} | {ref / wall:.1f}x |")
    print(f"compiled sweep: {ref / best['compiled, cold'][0]:.1f}x cold, {ref / best['compiled, warm'][0]:.1f}x "
          f"with the workers kept (goal >= 5x)")


if __name__ == "__main__":
    main()
