"""The LR finder in the window (issue 20 item 5: the range test runs in the training
process): how long the dialog's whole test takes, and how long the GUI thread goes
without running its event loop meanwhile (a 5 ms timer's gaps).

Reference job as benchmarks/lab_speed.py; the window's own run is paused.

    python benchmarks/lr_finder_window.py [--repeats 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lab_speed import JOB  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    from dlviz.ui.main_window import MainWindow

    w = MainWindow(JOB)
    w.resize(1366, 768)
    w.show()
    while w.frame is None:
        app.processEvents()
        time.sleep(0.005)
    w.find_lr_action.trigger()  # the first test (warm-up)
    dialog = w.lr_finder_dialog
    loop = QEventLoop()
    dialog.computed.connect(lambda _r: loop.quit())
    loop.exec()
    gaps, last = [], [0.0]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=5, timeout=tick)
    secs = []
    for _ in range(args.repeats):
        t = last[0] = time.perf_counter()
        timer.start()
        dialog.start()
        loop.exec()
        timer.stop()
        secs.append(time.perf_counter() - t)
    gaps.sort()
    print(f"LR finder in the window, whole test: best {min(secs):.3f} s, median {statistics.median(secs):.3f} s")
    print(f"GUI event loop meanwhile (5 ms timer): p99 gap {1000 * gaps[int(0.99 * (len(gaps) - 1))]:.0f} ms, "
          f"max {1000 * gaps[-1]:.0f} ms")
    w.close()


if __name__ == "__main__":
    main()
