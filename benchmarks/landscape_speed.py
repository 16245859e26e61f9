"""Seconds per loss landscape at a few resolutions (issue 21: a finer default, under ~1 s).

Usage: PYTHONPATH=. python benchmarks/landscape_speed.py [RESOLUTION ...]
Trains the window's default run (Config()) and a Playground-sized one for their
epochs, recording the trajectory, then times landscape() (PCA directions) at each
resolution: the median of 3, wall-clock and CPU seconds (on a machine shared with
other jobs the CPU time is what an idle one would take). BLAS on one thread, as in the
training process (session.py). Measured when the default went from 41 to 61 (issue 21),
load average ~30 on 2 cores:

    default window run  41: cpu 0.22 s   61: cpu 0.57 s   81: cpu 0.85 s
    playground 8,8 relu 41: cpu 0.07 s   61: cpu 0.15 s   81: cpu 0.28 s
"""

from __future__ import annotations

import statistics
import sys
import time

from dlviz.config import Config
from dlviz.training.landscape import landscape, train_recording
from dlviz.training.trainer import Trainer

JOBS = {
    "default window run": Config(epochs=60),
    "playground 8,8 relu": Config(dataset="circles", samples=250, hidden=(8, 8), batch_size=10, lr=0.03,
                                  optimizer="sgd", epochs=60),
}


def main(resolutions) -> None:
    for name, config in JOBS.items():
        t = Trainer(config)
        snaps = train_recording(t)
        for r in resolutions:
            wall, cpu = [], []
            for _ in range(3):
                t0, c0 = time.perf_counter(), time.process_time()
                landscape(t, snaps, resolution=r)
                wall.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            print(f"{name:22s} {r:4d} x {r:<4d} wall {statistics.median(wall):6.3f} s  cpu {statistics.median(cpu):6.3f} s")


if __name__ == "__main__":
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    main([int(a) for a in sys.argv[1:]] or [41, 61, 81])
