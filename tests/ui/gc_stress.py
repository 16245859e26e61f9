"""The GC stress run (issue 19): run by tests/ui/test_gc_stress.py in a subprocess, so
that a crash or a hang becomes a clean test failure with every thread's stack.

While a comparison trains in one window, each cycle
- opens and closes dialogs and labs of a second window (Compare…, Sweep…, Find
  learning rate…, the paths lab, the loss landscape, the lessons, the glossary):
  ``--labs-per-cycle`` of the 7 in turn (default all),
- exports a PNG (every view and the window every ``--export-every`` cycles),
- rebuilds the second window as View ▸ Language's "Restart now" does (every
  ``--rebuild-every`` cycles: a rebuild and its labs' first opening take 1-2 s; 300
  of them would take 5-10 minutes),
and a Python thread churns cyclic garbage all the while. Before the GC policy, a
collection run by that thread destroyed the Qt objects left in cycles there: a
deadlock or a crash. faulthandler is the watchdog: a cycle that takes longer than
``--watchdog`` seconds dumps every thread's stack and exits 1.

    python tests/ui/gc_stress.py [--cycles 300] [--rebuild-every 15] [--labs-per-cycle 7] [--no-policy]

Prints one line at the end: ``ok <cycles> cycles, <rebuilds> rebuilds, ...``.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import os
import sys
import tempfile
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _Node:
    __slots__ = ("other", "payload", "__weakref__")


def churn(stop: threading.Event, made: list) -> None:
    """Make cyclic garbage from this (non-GUI) thread until ``stop``."""
    while not stop.is_set():
        for _ in range(250):
            a, b = _Node(), _Node()
            a.other, b.other = b, a
            a.payload = [b, {"a": a}]
        made[0] += 1000  # tracked objects: two nodes, a list, a dict; past CPython's threshold (700)
        time.sleep(0.005)  # a busy worker's pace, not a spin that starves the GUI thread of the GIL


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--cycles", type=int, default=300)
    p.add_argument("--rebuild-every", type=int, default=15)
    p.add_argument("--export-every", type=int, default=50)
    p.add_argument("--labs-per-cycle", type=int, default=7, help="of the 7 dialogs and labs, opened in turn")
    p.add_argument("--watchdog", type=float, default=60.0)
    p.add_argument("--no-policy", action="store_true", help="automatic collection, as before the policy")
    args = p.parse_args(argv)

    from PySide6.QtCore import QEvent, QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QAction

    from dlviz.config import Config
    from dlviz.ui import export, gc_policy, i18n
    from dlviz.ui.app import application, quiet_qt_messages
    from dlviz.ui.compare import CompareDialog
    from dlviz.ui.main_window import MainWindow

    if args.no_policy:  # as the tree was before: collection in any thread, nothing deleted on a rebuild
        gc_policy.install = lambda: None
        gc_policy.release = lambda window: 0
    app = application()
    quiet_qt_messages()
    if args.no_policy:
        gc.enable()

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    tmp = tempfile.mkdtemp(prefix="dlviz-gc-stress-")
    small = dict(samples=200, hidden=(8,), epochs=0)
    trainer = MainWindow(Config(**small))
    trainer.resize(1100, 700)
    trainer.show()
    trainer.start_compare({"optimizer": ["sgd", "adam"]})
    trainer.set_watch_speed(40)  # a steady pace: the curves' history stays the same size on any machine
    trainer.play()
    settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    win = MainWindow(Config(**small), settings=settings)
    win.resize(1100, 700)
    win.show()
    deadline = time.monotonic() + 60
    while (trainer.frame is None or win.frame is None) and time.monotonic() < deadline:
        spin(20)
    if trainer.frame is None or win.frame is None:
        print("error: the windows never drew a first frame", file=sys.stderr)
        return 1

    stop, made = threading.Event(), [0]
    thread = threading.Thread(target=churn, args=(stop, made), name="gc-churn", daemon=True)
    thread.start()
    labs = ("compare", "sweep_action", "find_lr_action", "paths_lab_action", "landscape_action", "lessons_action",
            "glossary_action")
    per_cycle = min(args.labs_per_cycle, len(labs))
    rebuilds = exports = opened = 0
    spent = dict.fromkeys(("labs", "export", "rebuild", "events"), 0.0)
    lang = "en"
    start = time.monotonic()

    def timed(what: str, t0: float) -> float:
        now = time.monotonic()
        spent[what] += now - t0
        return now

    try:
        for cycle in range(args.cycles):
            faulthandler.dump_traceback_later(args.watchdog, exit=True)
            t = time.monotonic()
            before = set(app.topLevelWidgets())
            for k in range(per_cycle):  # in turn: each is opened every len(labs) / per_cycle cycles
                name = labs[(cycle * per_cycle + k) % len(labs)]
                if name == "compare":  # modal in the menu (exec): shown here instead
                    dialog = CompareDialog(win)
                    dialog.show()
                    dialog.close()
                    dialog.deleteLater()
                else:
                    win.findChild(QAction, name).trigger()
                opened += 1
            spin(5)
            for w in set(app.topLevelWidgets()) - before:
                if w.isVisible() and w is not win and w is not trainer:
                    w.close()
            if win.lessons.isVisible():
                win.lessons.hide()
            t = timed("labs", t)
            view = (trainer.decision_view, trainer.loss_view, win.loss_view)[cycle % 3]
            export.export_plot(view, os.path.join(tmp, "view.png"), scale=0.5)
            if cycle % args.export_every == 0:
                trainer.export_png(os.path.join(tmp, "all"), scale=0.5)
                exports += 1
            t = timed("export", t)
            if cycle % args.rebuild_every == args.rebuild_every - 1:
                lang = "ko" if lang == "en" else "en"
                win = i18n.rebuild(win, lang)
                rebuilds += 1
            t = timed("rebuild", t)
            spin(10)
            timed("events", t)
            if cycle % 50 == 49:
                print(f"cycle {cycle + 1}: {time.monotonic() - start:.0f} s", file=sys.stderr, flush=True)
        faulthandler.cancel_dump_traceback_later()
    finally:
        stop.set()
        thread.join(10)
    seconds = time.monotonic() - start
    frame = trainer.frame
    ok = trainer.state.name == "TRAINING" and len(trainer.controller.compare) == 2
    stats = gc_policy.policy()
    print(f"{'ok' if ok else 'error'} {args.cycles} cycles, {opened} dialogs and labs opened and closed, "
          f"{rebuilds} rebuilds, {exports} full exports, "
          f"{made[0]} cyclic objects made by a thread, in {seconds:.1f} s; the comparison at epoch "
          f"{frame.snap.epoch}, {trainer.state.name.lower()}; collections (gen 0/1/2): {stats.runs}; "
          f"p99 of a collection {stats.stall_percentile(0.99) * 1000:.1f} ms; automatic gc "
          f"{'on' if gc.isenabled() else 'off'}; seconds spent: "
          + ", ".join(f"{k} {v:.0f}" for k, v in spent.items()), flush=True)
    win.close()
    trainer.close()
    i18n.uninstall(app)
    spin(50)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
