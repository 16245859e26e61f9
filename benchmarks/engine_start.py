"""Start-up of the compiled engine: cold (nothing cached: numba compiles) and warm (the
disk cache holds the code), to the first epoch of the Playground job, each in a fresh
process, against NumPy's start in the same run.

Goals (issue 21): cold <= 20 s, once; warm <= 1 s to the first epoch.

The cold start is measured in an empty cache folder (NUMBA_CACHE_DIR), so the figure is
the compiling of the specialisation a run uses (float32); ``--both`` also times
``dlviz warmup`` (float32 and float64) in an empty folder. Each figure is given in wall
time and in CPU time (the machines here are shared; the load inflates wall time only).

    python benchmarks/engine_start.py [--repeats 3] [--both]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

FIRST_EPOCH = """
import time
t0 = time.perf_counter()
from dlviz.config import Config
from dlviz.training.trainer import Trainer
t = Trainer(Config(dataset="spiral", classes=2, samples=500, val_fraction=0.5, batch_size=10, optimizer="sgd",
                   lr=0.03, hidden=(8, 8), engine="{engine}"))
t.run_epoch()
assert t.engine == "{engine}" and t.epoch == 1
print(time.perf_counter() - t0, time.process_time())
"""


def timed(engine: str, cache: str) -> tuple[float, float, float, float]:
    """(wall seconds of the whole process, wall seconds from its first import to the first
    epoch, CPU seconds of the whole process, CPU seconds of the process to the first epoch).
    The machines here are shared: CPU time is what the load does not inflate."""
    env = {**os.environ, "NUMBA_CACHE_DIR": cache}
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", FIRST_EPOCH.format(engine=engine)], env=env, capture_output=True,
                         text=True, check=True)
    wall = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    first_wall, first_cpu = map(float, out.stdout.strip().splitlines()[-1].split())
    return wall, first_wall, (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime), first_cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--both", action="store_true", help="also time `dlviz warmup` (both dtypes) from empty")
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("seconds, wall: whole process / to the first epoch | CPU: whole process / to the first epoch")

    def row(name, r, goal=""):
        print(f"{name:32s} {r[0]:6.2f} / {r[1]:6.2f} | {r[2]:6.2f} / {r[3]:6.2f}   {goal}", flush=True)

    with tempfile.TemporaryDirectory() as cache:
        row("compiled, cold (empty cache):", timed("compiled", cache), "goal <= 20 s, once")
        warm = [timed("compiled", cache) for _ in range(args.repeats)]
        row(f"compiled, warm (best of {args.repeats}):", min(warm, key=lambda w: w[3]), "goal <= 1 s")
        row(f"numpy (best of {args.repeats}):", min((timed("numpy", cache) for _ in range(args.repeats)),
                                                  key=lambda w: w[3]))
    if args.both:
        with tempfile.TemporaryDirectory() as cache:
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "dlviz", "warmup"], env={**os.environ, "NUMBA_CACHE_DIR": cache},
                           check=True, capture_output=True)
            print(f"dlviz warmup from empty (float32 + float64): {time.perf_counter() - t0:6.2f}")
    # CPU time says what the load on a shared machine hides
    print(f"(this process and children: {sum(os.times()[2:4]):.1f} s CPU)")


if __name__ == "__main__":
    main()
