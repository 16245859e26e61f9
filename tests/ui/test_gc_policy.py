"""Python's cycle collector runs in the GUI thread only, in small steps (issue 19, item 4),
and the window leaves no live Qt object for it to destroy."""

from __future__ import annotations

import collections
import gc
import threading
import weakref
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QMenu

from dlviz.config import Config
from dlviz.training.messages import RunState
from dlviz.ui import gc_policy, i18n

SMALL = dict(samples=200, hidden=(8,), epochs=0)


class _Node:
    pass


def _cycle():
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def _garbage(since: set | None = None) -> list:
    """Every object the collector finds unreachable now (they are freed afterwards);
    with ``since`` (ids from :func:`_ids`), those made after it (not the windows of
    earlier tests, whose deletion may come at any moment)."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = [o for o in gc.garbage if since is None or id(o) not in since]
    finally:
        gc.garbage.clear()
        gc.set_debug(0)
    return found


# Objects are told apart by type(o), never isinstance(o, ...): isinstance reads
# o.__class__, which some library proxies in the heap answer with a warning.


def _ids() -> set:
    return {id(o) for o in gc.get_objects()}


@pytest.fixture
def timer_paused(qapp):
    """The policy's timer stopped, so that the test's own collection sees all the garbage."""
    timer = gc_policy.install()
    timer.blockSignals(True)  # (stopping it is not enough: a new window starts it again)
    yield
    timer.blockSignals(False)


def _flush(qapp, qtbot) -> None:
    """Let queued calls run and deleteLater() take effect."""
    qtbot.wait(50)
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_window_turns_automatic_collection_off_and_collects_on_a_gui_timer(qtbot, qapp):
    from dlviz.ui.main_window import MainWindow

    gc.enable()  # as a plain script starts
    w = MainWindow(Config(**SMALL))
    qtbot.addWidget(w)
    assert not gc.isenabled()
    timer = gc_policy.timer()
    assert timer.isActive() and timer.interval() == gc_policy.TICK_MS and timer.thread() is qapp.thread()
    gone = _cycle()
    assert gone() is not None  # nothing collects by itself any more
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # the timer's next young collection
    w.close()


def test_the_application_installs_the_policy(qapp):
    from dlviz.ui.app import application

    gc.enable()
    assert application() is qapp
    assert not gc.isenabled() and gc_policy.timer().isActive()


def test_a_thread_that_crosses_the_threshold_collects_nothing(qapp):
    gc_policy.install()
    gone = _cycle()

    def allocate():
        junk = [[] for _ in range(50_000)]  # far past CPython's 700: it would have collected here
        del junk

    t = threading.Thread(target=allocate)
    t.start()
    t.join()
    assert gone() is not None
    gc_policy.policy().collect(0)
    assert gone() is None


def test_only_the_main_thread_may_collect():
    errors = []

    def collect():
        try:
            gc_policy.GcPolicy().collect(0)
        except RuntimeError as e:
            errors.append(str(e))

    t = threading.Thread(target=collect)
    t.start()
    t.join()
    assert errors and "main (GUI) thread" in errors[0]


def test_the_oldest_generation_waits_for_the_heap_to_grow_by_a_quarter(monkeypatch):
    calls = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    monkeypatch.setattr(gc, "get_objects", lambda generation=None: [])
    p = gc_policy.GcPolicy(ratio=0.25, min_pending=100, middle_every=4)
    p.long_lived = 10_000
    for _ in range(4):
        p.step()
    assert calls == [0, 0, 0, 1]  # young every tick, the middle one every 4th
    p.pending = 2_499  # moved into the oldest generation since its last collection: under 25 %
    calls.clear()
    for _ in range(4):
        p.step()
    assert calls == [0, 0, 0, 1]
    p.pending = 2_500
    calls.clear()
    for _ in range(4):
        p.step()
    assert calls == [0, 0, 0, 1, 2] and p.pending == 0
    p.long_lived, p.pending = 10, 50  # a small heap: not before min_pending
    assert not p.full_due()
    assert len(p.stalls) == 13 and p.runs == [9, 3, 1]


def test_promotions_are_counted_from_the_middle_collections(qapp):
    p = gc_policy.GcPolicy(min_pending=10**9)
    keep = [[] for _ in range(5_000)]  # survivors: they move into the oldest generation
    p.collect(0)
    p.collect(1)
    assert p.pending >= 5_000
    del keep


def test_freeze_hides_start_up_from_full_collections_and_thaw_gives_it_back(qapp):
    try:
        gc_policy.freeze()
        assert gc.get_freeze_count() > 0
        frozen = gc_policy.policy().long_lived
        assert frozen < gc.get_freeze_count()  # the walked heap is what came after
        gc_policy.thaw()
        assert gc.get_freeze_count() == 0 and gc_policy.policy().long_lived > frozen
    finally:
        gc.unfreeze()


# -- the garbage the window makes ----------------------------------------------------------------


def test_png_export_leaves_no_qt_objects_in_cycles(open_window, tmp_path, qapp, qtbot, timer_paused):
    w = open_window(Config(**SMALL))
    w.export_png(tmp_path / "a", scale=0.5)  # the first builds what later ones reuse
    _flush(qapp, qtbot)
    _garbage()
    before = _ids()
    for i in range(2):
        w.export_png(tmp_path / f"b{i}", scale=0.5)
    _flush(qapp, qtbot)
    found = collections.Counter(type(o).__name__ for o in _garbage(before) if issubclass(type(o), QObject))
    assert not found  # was 48 pyqtgraph Parameters (8 option trees) per export


@pytest.mark.slow  # two windows built and torn down, twice as long as any other test here
def test_a_language_restart_leaves_no_live_qt_object_to_the_collector(qapp, qtbot, tmp_path, timer_paused):
    from dlviz.ui.main_window import MainWindow

    earlier = _ids()  # the windows of earlier tests: deleted whenever pytest-qt's deleteLater comes
    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Config(**SMALL), settings=s)
    w.show()
    _flush(qapp, qtbot)
    menus = []
    try:
        for lang in ("ko", "en", "ko"):
            w = i18n.rebuild(w, lang)
            qtbot.waitUntil(lambda: w.frame is not None, timeout=15_000)
            _flush(qapp, qtbot)
            garbage = _garbage(earlier)  # the old window's
            live = collections.Counter(type(o).__name__ for o in garbage
                                       if issubclass(type(o), QObject) and shiboken6.isValid(o))
            # Was 477 a restart (116 QMenus, their widgets, plot items kept off the
            # scene): each would be destroyed by whichever thread ran the collection.
            assert not live
            del garbage
            gc.collect()
            menus.append(sum(issubclass(type(o), QMenu) for o in gc.get_objects()))
        assert menus[2] == menus[1]  # flat: nothing piles up restart after restart
    finally:
        w.close()
        i18n.uninstall(qapp)
        _flush(qapp, qtbot)


def test_a_restart_after_start_up_was_frozen_frees_the_old_window(qapp, qtbot, tmp_path):
    from dlviz.ui.main_window import MainWindow

    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Config(**SMALL), settings=s)
    w.show()
    old = weakref.ref(w)
    try:
        gc_policy.freeze()  # as run_app does: the old window is frozen with start-up
        w = i18n.rebuild(w, "ko")
        # thawed before the close, collected and frozen again once it is deleted
        qtbot.waitUntil(lambda: old() is None and gc.get_freeze_count() > 0, timeout=10_000)
        assert w.isVisible()
    finally:
        gc.unfreeze()
        w.close()
        i18n.uninstall(qapp)
        _flush(qapp, qtbot)


def test_release_spares_what_the_next_window_shares(qapp, qtbot, tmp_path):
    from dlviz.ui.main_window import MainWindow

    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Config(**SMALL), settings=s)
    qtbot.addWidget(w)
    # As closing does first: the window draws no more (with the shared training process a
    # frame can come at once, and release() is for a window that no longer draws).
    w.scheduler.stop()
    assert gc_policy.release(w) > 0  # pyqtgraph's menus
    _flush(qapp, qtbot)
    assert shiboken6.isValid(s) and shiboken6.isValid(w) and shiboken6.isValid(w.controller)
    w.close()


# -- the old scheduler after a restart -----------------------------------------------------------


def _scheduler(drawn):
    from dlviz.ui.scheduler import FrameScheduler

    return FrameScheduler(drawn.append, [], lambda v: True)


def _frames():
    frame = SimpleNamespace(state=RunState.PAUSED)
    return SimpleNamespace(primary=frame)


def test_a_stopped_scheduler_draws_nothing(qtbot):
    drawn = []
    s = _scheduler(drawn)
    s.submit(_frames())
    s.stop()  # the window closes with a draw pending
    s.submit(_frames())  # and the worker's last frame comes after
    qtbot.wait(20)
    assert drawn == [] and s.frame is None


def test_a_draw_pending_when_the_scheduler_is_deleted_never_runs(qtbot, qapp):
    drawn = []
    s = _scheduler(drawn)
    s.submit(_frames())
    shiboken6.delete(s)  # its window is deleted before the turn comes
    qtbot.wait(20)
    assert drawn == []  # was drawn into the deleted views ("Internal C++ object already deleted")


def test_closing_the_window_stops_its_scheduler(open_window):
    w = open_window(Config(**SMALL))
    w.close()
    assert w.scheduler._stopped


@pytest.fixture(autouse=True)
def _policy_left_on():
    yield
    gc.disable()  # whatever a test did: the suite runs with the policy


def test_a_translation_rewritten_while_installed_does_not_crash(tmp_path):
    """Found by the stress run: a SIGSEGV in QCoreApplication.translate while the shared
    .qm was being rewritten (Qt maps a translation file it loads). Now loaded from bytes."""
    import subprocess
    import sys

    qm = tmp_path / "dlviz_ko.qm"
    qm.write_bytes(i18n.qm_file("ko").read_bytes())
    script = f"""
import pathlib
from PySide6.QtCore import QCoreApplication
from dlviz.ui import i18n
app = QCoreApplication([])
i18n.qm_file = lambda lang: pathlib.Path({str(qm)!r})
assert i18n.install(app, "ko") == "ko"
before = QCoreApplication.translate("i18n", "Language")
pathlib.Path({str(qm)!r}).write_bytes(b"")  # truncated in place, as a rewrite starts
after = QCoreApplication.translate("i18n", "Language")
print(before == after and before != "Language")
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "True", (run.returncode, run.stdout, run.stderr[-2000:])
