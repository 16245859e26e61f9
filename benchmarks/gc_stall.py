"""What Python's cycle collector costs the GUI thread, with dlviz's policy and without.

Opens the window offscreen with every view shown, trains (``--compare``: a 4-run
comparison, as issue 19's soak does, whose curves have stalls of their own) and,
for ``--seconds``, measures how late a 10 ms timer fires (the stall: p50, p99, max),
and every collection: which thread ran it, which generation, how long it took
(``gc.callbacks``). Each mode runs in a subprocess of its own (the collector's state is
the process's):

- ``policy``: dlviz's (dlviz.ui.gc_policy): automatic collection off, young generations
  on a GUI timer, the oldest after 25 % growth, ``gc.freeze()`` after start-up;
- ``auto``: CPython's automatic collection, in whichever thread allocates (before);
- ``pyqtgraph``: pyqtgraph's GarbageCollector (tried and reverted: a full collection
  whenever gen 2's count passes 10).

    python benchmarks/gc_stall.py [--seconds 30] [--only policy] [--heap 0] [--compare]

``--heap N`` adds N long-lived tracked objects first (a bigger heap: the cost of a
full collection grows with it).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import threading
import time

MODES = ("policy", "auto", "pyqtgraph")


def measure(mode: str, seconds: float, heap: int, compare: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from dlviz.config import Config
    from dlviz.ui import gc_policy
    from dlviz.ui.app import application, quiet_qt_messages

    if mode != "policy":
        gc_policy.install = lambda: None
    app = application()
    quiet_qt_messages()
    keep = [[i] for i in range(heap)]  # noqa: F841 - long-lived tracked objects: only full collections walk them
    if mode == "auto":
        gc.enable()
    elif mode == "pyqtgraph":
        from pyqtgraph.util.garbage_collector import GarbageCollector

        collector = GarbageCollector(interval=0.5)  # noqa: F841 - it lives as long as its timer
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(Config(dataset="spiral", classes=2, samples=500, val_fraction=0.5, noise=0.1, batch_size=10,
                            optimizer="sgd", lr=0.03, epochs=0, hidden=(8, 8), activation="relu"))
    win.resize(1920, 1080)
    win.show()
    win.apply_layout("all")
    runs = 4 if compare else 0
    if compare:
        win.start_compare({"optimizer": ["sgd", "momentum", "rmsprop", "adam"]})
    win.play()
    loop = QEventLoop()
    deadline = time.monotonic() + 60
    while (win.frame is None or len(win.controller.compare) != runs) and time.monotonic() < deadline:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    QTimer.singleShot(5000, loop.quit)  # warm up: the tiles and curves are built on the first frames
    loop.exec()
    if mode == "policy":
        gc_policy.freeze()  # as run_app does once the window stands

    collections_: list = []
    started: dict = {}

    def on_gc(phase, info):
        t = threading.current_thread()
        if phase == "start":
            started[t] = time.perf_counter()
        elif t in started:
            collections_.append((info["generation"], time.perf_counter() - started.pop(t),
                                 t is threading.main_thread()))

    gc.callbacks.append(on_gc)
    stalls: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(10)

    def on_tick():
        if clock.isValid():
            stalls.append(max(0.0, clock.nsecsElapsed() / 1e6 - 10.0))
        clock.restart()

    tick.timeout.connect(on_tick)
    tick.start()
    frames0 = [f.snap.epoch for f in win.controller.frames]
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    tick.stop()
    gc.callbacks.remove(on_gc)
    epochs = sum(f.snap.epoch for f in win.controller.frames) - sum(frames0)
    heap_now = len(gc.get_objects())
    win.close()

    def q(xs, p):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else 0.0

    by_gen = {}
    for g in (0, 1, 2):
        d = [s for gg, s, _ in collections_ if gg == g]
        by_gen[g] = {"n": len(d), "p50_ms": q(d, 0.5) * 1e3, "p99_ms": q(d, 0.99) * 1e3, "max_ms": max(d, default=0) * 1e3}
    return {"mode": mode, "stall_p50_ms": q(stalls, 0.5), "stall_p99_ms": q(stalls, 0.99),
            "stall_max_ms": max(stalls, default=0.0), "ticks": len(stalls), "heap_objects": heap_now,
            "frozen": gc.get_freeze_count(), "epochs_all_runs": epochs,
            "collections_off_gui_thread": sum(1 for *_, main in collections_ if not main),
            "collections": by_gen}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--only", choices=MODES)
    p.add_argument("--heap", type=int, default=0)
    p.add_argument("--compare", action="store_true")
    p.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.seconds, args.heap, args.compare)), flush=True)
        return
    for mode in [args.only] if args.only else MODES:
        run = subprocess.run([sys.executable, __file__, "--child", mode, "--seconds", str(args.seconds),
                              "--heap", str(args.heap), *["--compare"] * args.compare], capture_output=True,
                             text=True)
        lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
        if run.returncode or not lines:
            print(f"{mode}: failed (exit {run.returncode})\n{run.stderr[-2000:]}")
            continue
        r = json.loads(lines[-1])
        gens = "; ".join(f"gen {g}: {c['n']}x p50 {c['p50_ms']:.2f} p99 {c['p99_ms']:.2f} max {c['max_ms']:.1f} ms"
                         for g, c in r["collections"].items())
        print(f"{mode:9s} 10 ms timer late by p50 {r['stall_p50_ms']:.1f} / p99 {r['stall_p99_ms']:.1f} / "
              f"max {r['stall_max_ms']:.1f} ms over {r['ticks']} ticks; heap {r['heap_objects']:,} objects "
              f"(+{r['frozen']:,} frozen); {r['epochs_all_runs']:,} epochs; collections off the GUI thread: "
              f"{r['collections_off_gui_thread']}\n          {gens}")


if __name__ == "__main__":
    main()
