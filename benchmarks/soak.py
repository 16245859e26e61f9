"""Soak: the real window (offscreen) training for minutes, a single run and then a
4-run comparison, with figures printed every minute.

Each minute: the p99 (and max) lateness of a 10 ms QTimer on the GUI thread, the
decision view's frames per second (single run) or tile redraws per second (all
tiles of a comparison together), training epochs per second, the resident
memory (VmRSS) of the GUI process and of the training process, the GUI process's
CPU use (cores) and the machine's load average: on a busy machine the stalls
measure the load as much as the app, the GUI's CPU use does not.

Goals (issue 19): p99 stall < 50 ms in every minute, steady frames and tiles per
second, and both RSS levelling off (the histories are bounded, see
``dlviz.training.frames.THIN_CAP``).

A run that ends is started again, as a learner would press Reset, and counted: trained
flat out (8,000+ epochs/s here) the Playground job overfits until SGD's fixed step
makes its loss run away, ~17 million steps in, and the divergence rule stops it; a
soak must go on training for its whole length. In a comparison, runs that diverge drop
out one by one (the column "runs" counts those still training) and the comparison
starts again when every run has ended.

    python benchmarks/soak.py [--minutes 30] [--only single|compare] [--interval 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dlviz.config import Config  # noqa: E402

# TensorFlow Playground's job, trained until paused (epochs=0: the default).
CONFIG = Config(dataset="spiral", classes=2, samples=500, val_fraction=0.5, noise=0.1, batch_size=10,
                optimizer="sgd", lr=0.03, epochs=0, hidden=(8, 8), activation="relu")
COMPARE = {"optimizer": ["sgd", "momentum", "rmsprop", "adam"]}
PERIOD_MS = 10


def rss_mb(pid: int | None) -> float:
    """VmRSS of ``pid`` in MB (NaN if it cannot be read)."""
    if not pid:
        return float("nan")
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")


def p99(values: list[float]) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[int(0.99 * (len(s) - 1))]


def soak(mode: str, minutes: float, interval: float, size=(1366, 768)) -> list[dict]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from dlviz.ui.app import application, quiet_qt_messages
    from dlviz.ui.main_window import MainWindow

    quiet_qt_messages()
    app = application()
    win = MainWindow(CONFIG)
    win.resize(*size)
    win.show()
    app.processEvents()
    deadline = time.perf_counter() + 30
    while win.frame is None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    if win.frame is None:
        raise RuntimeError("the window never drew a first frame")
    if mode == "compare":
        win.controller.start_compare(COMPARE)
        deadline = time.perf_counter() + 30
        while len(win.comparison.tiles.tiles) < len(COMPARE["optimizer"]) and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)

    seen: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # view -> its frames counted
    counted = [0]

    def drawn() -> int:
        """Frames drawn so far: the decision view's, or every tile's together (a new
        comparison brings new tiles: each view's frames are counted as they grow, read
        every second, so the ones of tiles gone since are in)."""
        views = win.comparison.tiles.tiles if mode == "compare" else [win.decision_view]
        for v in views:
            n = v.frames_drawn
            counted[0] += n - seen.get(v, 0)
            seen[v] = n
        return counted[0]

    stalls: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(PERIOD_MS)
    tick.timeout.connect(lambda: stalls.append(max(0, clock.restart() - PERIOD_MS)))
    rows: list[dict] = []
    state = {"t": time.perf_counter(), "drawn": drawn(), "epoch": 0, "minute": 0, "cpu": time.process_time(),
             "ended_epochs": 0, "restarts": 0}

    def epochs_now() -> int:
        """Epochs trained so far, the runs that ended and were started again included."""
        frames = win.controller.frames
        return state["ended_epochs"] + (sum(f.snap.epoch for f in frames) if frames else 0)

    def training_runs() -> int:
        frames = win.controller.frames or ()
        return sum(1 for f in frames if f.snap.diverged_at_step is None)

    def again_if_ended() -> None:
        """Every run ended (diverged): start afresh, as Reset does, and count it."""
        drawn()
        if not win.controller.state.ended:
            return
        state["ended_epochs"] = epochs_now()
        state["restarts"] += 1
        if mode == "compare":
            win.controller.start_compare(COMPARE)
        else:
            win.controller.reset()
        win.play()

    def report() -> None:
        now = time.perf_counter()
        dt = now - state["t"]
        epoch = epochs_now()
        d = drawn()
        state["minute"] += 1
        row = {"minute": state["minute"] * interval / 60.0, "p99_ms": p99(stalls),
               "max_ms": max(stalls) if stalls else float("nan"), "per_s": (d - state["drawn"]) / dt,
               "epochs_per_s": (epoch - state["epoch"]) / dt, "gui_mb": rss_mb(os.getpid()),
               "child_mb": rss_mb(win.training_pid), "epochs": epoch,
               "gui_cores": (time.process_time() - state["cpu"]) / dt, "load": os.getloadavg()[0],
               "runs": training_runs(), "restarts": state["restarts"]}
        rows.append(row)
        what = "tiles/s" if mode == "compare" else "frames/s"
        print(f"  {row['minute']:5.1f} min  p99 {row['p99_ms']:5.0f} ms  max {row['max_ms']:5.0f} ms  "
              f"{row['per_s']:5.1f} {what}  {row['epochs_per_s']:6.0f} epochs/s  "
              f"GUI {row['gui_mb']:6.1f} MB  child {row['child_mb']:6.1f} MB  GUI CPU {row['gui_cores']:4.2f}  "
              f"load {row['load']:4.1f}  runs {row['runs']}  restarts {row['restarts']}  ({epoch} epochs)", flush=True)
        if win.training_pid is None:
            print(f"  (no training process now: {win.controller.status_text()})", flush=True)
        stalls.clear()
        state.update(t=now, drawn=d, epoch=epoch, cpu=time.process_time())

    check = QTimer()
    check.setInterval(1000)
    check.timeout.connect(again_if_ended)
    every = QTimer()
    every.setInterval(int(interval * 1000))
    every.timeout.connect(report)
    win.play()
    clock.start()
    tick.start()
    every.start()
    check.start()
    QTimer.singleShot(int(minutes * 60_000) + 3000, app.quit)  # (after the last report, even if late)
    app.exec()
    tick.stop()
    every.stop()
    check.stop()
    win.close()
    app.processEvents()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=30.0, help="per mode (default 30)")
    ap.add_argument("--only", choices=("single", "compare"), help="run only this mode")
    ap.add_argument("--interval", type=float, default=60.0, help="seconds between two reports (default 60)")
    args = ap.parse_args()
    if not args.minutes > 0 or not args.interval > 0:
        print("soak: --minutes and --interval must be positive", file=sys.stderr)
        return 2
    worst = 0.0
    for mode in ("single", "compare"):
        if args.only and args.only != mode:
            continue
        title = "a single run" if mode == "single" else "a 4-run comparison " + str(COMPARE)
        print(f"{title}, {args.minutes:g} min, playground spiral, hidden 8,8 relu, batch 10, until paused:", flush=True)
        rows = soak(mode, args.minutes, args.interval)
        if rows:
            worst = max(worst, max(r["p99_ms"] for r in rows))
            first, last = rows[0], rows[-1]
            print(f"  worst p99 {max(r['p99_ms'] for r in rows):.0f} ms; GUI RSS {first['gui_mb']:.0f} -> "
                  f"{last['gui_mb']:.0f} MB, child RSS {first['child_mb']:.0f} -> {last['child_mb']:.0f} MB",
                  flush=True)
    print(f"goal p99 < 50 ms every minute: {'met' if worst < 50 else 'NOT met'} (worst {worst:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
