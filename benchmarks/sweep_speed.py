"""A 5 x 5 sweep of the Playground job, 300 epochs a cell, with each engine (issue 21:
the compiled one >= 5x faster than the NumPy engine every sweep used before it), in the
same run, interleaved so that both see the same load.

The grid: lr (0.003, 0.01, 0.03, 0.1, 0.3) x batch size (5, 10, 20, 25, 50), the rest as
TensorFlow Playground's job (spiral, 250 training points, 8,8 ReLU, SGD). Run as
``dlviz sweep`` runs it (``run_sweep`` on every core, in the sweep's worker processes);
each figure is the wall time of the whole sweep, best of ``--repeats``, and the cells'
summed training seconds (what the cells themselves took, whatever the pool cost).

    python benchmarks/sweep_speed.py [--repeats 3] [--workers N] [--epochs 300]
"""

from __future__ import annotations

import argparse
import os
import time

from dlviz.config import Config
from dlviz.training.sweep import default_workers, run_sweep

BASE = dict(dataset="spiral", classes=2, samples=500, val_fraction=0.5, noise=0.1, hidden=(8, 8), activation="relu",
            optimizer="sgd", seed=0)
GRID = {"lr": ["0.003", "0.01", "0.03", "0.1", "0.3"], "batch_size": ["5", "10", "20", "25", "50"]}


def timed(engine: str, epochs: int, workers: int) -> tuple[float, float, int]:
    """(wall seconds, summed training seconds of the cells, cells done) of one sweep."""
    base = Config(**BASE, epochs=epochs, engine=engine)
    t0 = time.perf_counter()
    r = run_sweep(base, GRID, workers=workers)
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
    runs: dict[str, list[tuple[float, float, int]]] = {"numpy": [], "compiled": []}
    for _ in range(args.repeats):
        for engine in runs:
            runs[engine].append(timed(engine, args.epochs, args.workers))
    print(f"load average {os.getloadavg()[0]:.1f}; 5 x 5 sweep x {args.epochs} epochs, {args.workers} workers, "
          f"best of {args.repeats}")
    print("| engine | sweep, wall | cells' training, summed | cells |")
    print("|---|---|---|---|")
    best = {}
    for engine, rs in runs.items():
        wall, train, n = min(rs)
        best[engine] = wall
        print(f"| {engine} | {wall:.2f} s | {train:.2f} s | {n} |")
    print(f"compiled sweep {best['numpy'] / best['compiled']:.1f}x faster than the NumPy engine's (goal >= 5x)")


if __name__ == "__main__":
    main()
