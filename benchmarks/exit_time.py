"""How long ``dlviz`` takes to exit once its window has closed (issue 19 item 17: goal < 1 s).

Runs dlviz's own entry point in a child process (offscreen, a fresh settings folder
that does not ask to save on close), presses Play, closes the window 2 s later and
prints, per run: the time from the close to the process's exit, how long the close
itself took (the worker and the training process ending), and the exit status.
Run: python benchmarks/exit_time.py [--runs 5] [dlviz window args, e.g. --compare optimizer=sgd,adam]

Measured on a 2-core machine with other jobs running (load average 6-9):
before (HEAD of 6 Dec 2026) 1.0-1.6 s, after 0.10-0.25 s for one run, 0.32-0.68 s
for a 4-run comparison. The time had gone to the training process's interpreter
teardown (0.2-0.5 s, and up to the 2 s wait before a kill), which the window waits for.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

DRIVER = r'''
import sys, time
from PySide6.QtCore import QTimer
from dlviz.ui import main_window as mw

shown = mw.MainWindow.show

def show(self):
    shown(self)
    def close():
        t = time.time()
        self.close()
        print("CLOSED", t, time.time() - t, file=sys.stderr, flush=True)
    QTimer.singleShot(500, self.play)
    QTimer.singleShot(2500, close)

mw.MainWindow.show = show
from dlviz.cli import main
sys.argv = ["dlviz", *sys.argv[1:]]
sys.exit(main())
'''


def once(args: list[str]) -> tuple[int, float | None, float | None]:
    xdg = tempfile.mkdtemp()
    os.makedirs(os.path.join(xdg, "dlviz"))
    with open(os.path.join(xdg, "dlviz", "dlviz.conf"), "w") as f:
        f.write("[General]\nask_save_on_close=false\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=xdg)
    p = subprocess.Popen([sys.executable, "-c", DRIVER, *args], stderr=subprocess.PIPE, text=True, env=env)
    closed = close_took = None
    for line in p.stderr:
        if line.startswith("CLOSED"):
            closed, close_took = float(line.split()[1]), float(line.split()[2])
    p.wait(120)
    end = time.time()
    return p.returncode, (end - closed) if closed else None, close_took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ns, rest = ap.parse_known_args()
    exits = []
    for _ in range(ns.runs):
        rc, exit_s, close_s = once(rest)
        print(f"exit status {rc}: close took {close_s or float('nan'):.3f} s, "
              f"exit {exit_s or float('nan'):.3f} s after the close", flush=True)
        if exit_s is not None:
            exits.append(exit_s)
    if exits:
        print(f"median {statistics.median(exits):.3f} s, max {max(exits):.3f} s (goal: < 1 s)")


if __name__ == "__main__":
    main()
