"""How long the GUI thread stalls while a CSV loads in the background.

Prints, for a 1,000,000-row file and a 200 MB one-line file, how long the load
took and the longest gap between two ticks of a 5 ms QTimer on the GUI thread
meanwhile (the goal: no stall over 100 ms). Run: python benchmarks/csv_load_stall.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402


def make_files(folder: Path) -> dict[str, Path]:
    rng = np.random.default_rng(0)
    big = folder / "million.csv"
    pts = rng.uniform(-1, 1, (1_000_000, 2))
    labels = (pts[:, 0] * pts[:, 1] > 0).astype(int)
    np.savetxt(big, np.column_stack([pts, labels]), fmt=["%.5f", "%.5f", "%d"], delimiter=",")
    line = folder / "one_line.csv"
    with open(line, "w") as f:
        chunk = "0.5," * 250_000
        for _ in range(200 * 1024 * 1024 // len(chunk)):
            f.write(chunk)
        f.write("1\n")
    return {"1,000,000 rows": big, "200 MB on one line": line}


def measure(path: Path) -> tuple[float, float, float, bool]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from dlviz.config import Config
    from dlviz.ui.controller import RunController
    from dlviz.ui.csv_loading import CsvLoader

    app = QApplication.instance() or QApplication([])
    c = RunController(Config(samples=100))
    loader = CsvLoader(c)
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(5)
    tick.timeout.connect(lambda: gaps.append(clock.restart()))
    result = {}
    loader.csv_loaded.connect(lambda ok: (result.update(ok=ok), app.quit()))
    loader.csv_failed.connect(lambda why: result.update(why=why))
    clock.start()
    tick.start()
    t0 = time.perf_counter()
    loader.load_csv(path)
    app.exec()
    seconds = time.perf_counter() - t0
    tick.stop()
    c.close()
    gaps = gaps or [0.0]  # ended before the first tick
    return seconds, max(gaps), statistics.median(gaps), bool(result.get("ok"))


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        for name, path in make_files(Path(d)).items():
            seconds, worst, median, ok = measure(path)
            print(f"{name:>20}: {'loaded' if ok else 'refused'} in {seconds:5.2f} s; GUI timer gap "
                  f"median {median:.0f} ms, max {worst:.0f} ms")


if __name__ == "__main__":
    main()
