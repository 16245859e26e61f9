"""Issue 22's goal for images: ``dlviz train --dataset digits --json`` reaches >= 95 %
validation accuracy in <= 10 s with the defaults the digits declare (dataset registry
entry "digits": 64 hidden ReLU units, Adam lr 0.003, batch 32, 30 epochs on the CLI, all
1,797 images, 20 % held out).

For each engine (the compiled kernel and the NumPy reference) and each seed, the whole
command runs as a user runs it, in a fresh process (start-up, loading the bundled digits
and training included): its val accuracy, its training time as it reports it, and the
process's CPU and wall time. Then the same with the hand-made features (ink per row and
column, no hidden layer), the comparison of the lesson on unstructured data.

    python benchmarks/digits_speed.py [--seeds 0,1,2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_ACC, GOAL_SECONDS = 0.95, 10.0


def run(flags: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "dlviz", "train", "--dataset", "digits", *flags, "--json"],
                         capture_output=True, text=True, env=env, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return {**result, "process_cpu": cpu, "process_wall": wall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="0,1,2")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    ok = True
    print(f"{'job':<34} {'engine':<9} {'seed':>4} {'val acc':>8} {'train s':>8} {'proc CPU s':>10} {'proc wall s':>11}")
    jobs = [("MLP on pixels (the defaults)", [], True),
            ("ink per row + column, no hidden", ["--features", "rows,cols", "--hidden", ""], False)]
    for label, flags, goal in jobs:
        for engine in ("compiled", "numpy"):
            for seed in seeds:
                r = run([*flags, "--engine", engine, "--seed", str(seed)])
                met = r["val_accuracy"] >= GOAL_ACC and r["process_wall"] <= GOAL_SECONDS
                if goal:
                    ok &= met
                mark = (" ✓" if met else " ✗") if goal else ""
                print(f"{label:<34} {r['engine']:<9} {seed:>4} {100 * r['val_accuracy']:>7.1f}% {r['seconds']:>8.2f} "
                      f"{r['process_cpu']:>10.2f} {r['process_wall']:>11.2f}{mark}", flush=True)
    print(f"goal (>= {100 * GOAL_ACC:.0f} % val accuracy within {GOAL_SECONDS:g} s wall, whole command): "
          + ("met" if ok else "NOT met"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
