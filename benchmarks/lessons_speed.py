"""How long the bundled lessons take to run headless, and how firmly their claims hold.

Prints each lesson's training time and, with ``--seeds N``, in how many of the
seeds 0..N-1 every expectation holds (the files fix seed 0; other seeds show the
claims are not luck). The goal: the whole set, seed 0, in well under a minute
(the test suite runs it). Run: python benchmarks/lessons_speed.py [--seeds 8]
"""

from __future__ import annotations

import argparse
import dataclasses
import time

from dlviz.training.lessons import load_lessons, run_lesson


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=1, help="also run the lessons with seeds 0..N-1")
    n = parser.parse_args().seeds
    total = 0.0
    for lesson in load_lessons():
        held, seconds = 0, []
        for seed in range(n):
            t0 = time.perf_counter()
            result = run_lesson(dataclasses.replace(lesson, config=lesson.config.replace(seed=seed)))
            seconds.append(time.perf_counter() - t0)
            held += all(e["holds"] for e in result["expectations"])
        total += seconds[0]
        runs = len(lesson.runs())
        print(f"{lesson.order:3d}  {lesson.id:20s} {runs} run(s)  {seconds[0]:5.2f} s   holds for {held}/{n} seed(s)")
    print(f"all lessons, seed 0: {total:.1f} s")


if __name__ == "__main__":
    main()
