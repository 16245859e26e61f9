"""Frames per second of the optimizer-paths lab (issue 11: goal >= 30 fps).

Opens the real lab window offscreen with all 7 optimizers ticked on Rosenbrock
(500 steps, the 200x200 contour grid with its isolines), then times frames as
the animation draws them: every path revealed a few more steps, the rows and the
step counter updated, and the window painted, so the time includes pyqtgraph
drawing the image, isolines, 7 paths and heads. Two ways: as the event loop paints
(``processEvents()`` after each frame) and with the plot repainted at once
(``repaint()``); each line says how many times the plot was painted.

Prints frames per second, best / median of the repeats, for the frame as the
animation draws it and for the plot alone; and the one-off costs: computing the
7 paths and switching the surface (grid, image, isolines).

    python benchmarks/paths_lab_speed.py [--repeats 5] [--size 1366x768]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402


class PaintCounter:
    """Counts the paint events of a widget: proof that each timed frame was drawn."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, obj, ev):  # noqa: N805
                if ev.type() == QEvent.Type.Paint:
                    self.n += 1
                return False

        self.n = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--size", default="1366x768", help="window size, WxH")
    args = ap.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))

    app = QApplication.instance() or QApplication([])
    from dlviz.ui.app import quiet_qt_messages
    from dlviz.ui.lab.paths import PathsLab
    from dlviz.ui.style import configure_pyqtgraph

    quiet_qt_messages()
    configure_pyqtgraph()
    lab = PathsLab()
    lab.resize(width, height)
    lab.show()
    for _ in range(3):
        app.processEvents()
    lab.set_surface("rosenbrock")
    for name in lab.checks:
        lab.set_enabled(name, True)
    app.processEvents()
    print(f"window {width}x{height}, {len(lab.paths)} paths x {lab.steps} steps, "
          f"{lab.plot.image.image.shape[1]}x{lab.plot.image.image.shape[0]} contour, "
          f"{lab.steps_per_frame()} steps per frame", flush=True)

    def frames(paint) -> float:
        """Frames/s over one whole animation (step 0 to the end)."""
        lab.show_step(0)
        paint()
        n, t0 = 0, time.perf_counter()
        step = 0
        while step < lab.steps:
            step += lab.steps_per_frame()
            lab.show_step(step)
            paint()
            n += 1
        return n / (time.perf_counter() - t0)

    painted = PaintCounter(lab.plot.viewport())
    for label, paint in (("frame as the event loop draws it", app.processEvents),
                         ("frame, plot repainted at once", lab.plot.viewport().repaint)):
        fps, shown = [], []
        for _ in range(args.repeats):
            painted.n = 0
            fps.append(frames(paint))
            shown.append(painted.n)
        print(f"{label:50s} best {max(fps):6.1f} fps   median {statistics.median(fps):6.1f} fps   (goal >= 30); "
              f"plot painted {min(shown)} times for {-(-lab.steps // lab.steps_per_frame()) + 1} frames", flush=True)

    def once(fn, repeats=args.repeats) -> list[float]:
        out = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            out.append(1000 * (time.perf_counter() - t0))
        return out

    for label, fn in (("computing the 7 paths (a setting changed)", lambda: lab._recompute(keep_step=True)),
                      ("drawing a new surface (grid, image, isolines)",
                       lambda: (lab.plot.set_surface(lab.surface), lab.plot.viewport().repaint()))):
        ms = once(fn)
        print(f"{label:50s} best {min(ms):6.1f} ms   median {statistics.median(ms):6.1f} ms")
    lab.close()


if __name__ == "__main__":
    main()
