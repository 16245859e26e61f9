"""Python's cycle collector, run by the GUI thread only, in small steps.

Left automatic, CPython collects in whichever thread crosses the allocation
threshold. When that was the worker's QThread, it destroyed Qt objects left in
reference cycles (a closed window's menus), and ``~QObject`` waited for the GIL
while the GUI thread, holding the GIL, waited for that object's mutex: a
deadlock (CI), or a SIGSEGV under targeted tests (issue 19, napari#1029).

So once the window runs, automatic collection is off (``gc.disable()`` is
process-wide: no thread collects by itself) and a QTimer of the GUI thread
collects instead, the way CPython would but cheaply:

- every :data:`TICK_MS` the youngest generation (its cost is the objects
  allocated since the last tick);
- every :data:`MIDDLE_EVERY` ticks the middle one too;
- the oldest (the whole heap, the only costly one) only when the objects moved
  into it since the last full collection reach :data:`FULL_RATIO` of those it
  held then (CPython's own 25 % rule; pyqtgraph's ``GarbageCollector`` instead
  collected everything whenever its count passed 10, which stalled a big heap).

:func:`freeze` (``gc.freeze()``) moves what start-up built out of the
collector's sight: a full collection then walks only what came after.
:func:`thaw` gives it back before a window is closed for good (View ▸ Language
rebuilds it), so the old window's cycles are freed.

The decisions are Qt-free (:meth:`GcPolicy.step`): the test suite runs the
same step in its main thread between tests (tests/conftest.py).
"""

from __future__ import annotations

import collections
import gc
import threading
import time

TICK_MS = 150
MIDDLE_EVERY = 8
FULL_RATIO = 0.25
#: On a small heap 25 % is a few hundred objects: below this many promotions, never a full collection.
FULL_MIN_PENDING = 20_000


class GcPolicy:
    """When to collect which generation; :meth:`step` must run in the main thread."""

    def __init__(self, ratio: float = FULL_RATIO, min_pending: int = FULL_MIN_PENDING,
                 middle_every: int = MIDDLE_EVERY):
        self.ratio, self.min_pending, self.middle_every = ratio, min_pending, middle_every
        self.ticks = 0
        self.long_lived = 0  # objects in the oldest generation after the last full collection
        self.pending = 0  # objects moved into it since (an upper bound: some died since)
        self.collected = [0, 0, 0]  # unreachable objects found, by generation collected
        self.runs = [0, 0, 0]
        #: The last few hundred collections: (generation, seconds it took).
        self.stalls: collections.deque = collections.deque(maxlen=512)
        self._main = threading.main_thread()

    def disable_automatic(self) -> None:
        gc.disable()

    def collect(self, generation: int) -> int:
        """Collect ``generation`` (and the younger ones) now; the unreachable objects found."""
        if threading.current_thread() is not self._main:
            raise RuntimeError("the cycle collector runs in the main (GUI) thread only")
        if generation == 1:
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
        start = time.perf_counter()
        found = gc.collect(generation)
        self.stalls.append((generation, time.perf_counter() - start))
        self.runs[generation] += 1
        self.collected[generation] += found
        if generation == 1:
            self.pending += max(young - found, 0)  # the survivors moved into the oldest generation
        elif generation == 2:
            self.long_lived = len(gc.get_objects(2))  # frozen objects are not counted: they are not walked
            self.pending = 0
        return found

    def full_due(self) -> bool:
        return self.pending >= max(self.min_pending, self.ratio * self.long_lived)

    def step(self) -> int:
        """One tick: the youngest generation, every ``middle_every``-th tick the middle
        one, and the oldest when the heap grew by ``ratio``; the generation collected."""
        self.ticks += 1
        generation = 0
        if self.ticks % self.middle_every == 0:
            generation = 1
        self.collect(generation)
        if generation == 1 and self.full_due():
            self.collect(2)
            generation = 2
        return generation

    def stall_percentile(self, q: float, generation: int | None = None) -> float:
        """The ``q`` (0-1) quantile of the recorded collections' durations, in seconds."""
        times = sorted(s for g, s in self.stalls if generation is None or g == generation)
        if not times:
            return 0.0
        return times[min(len(times) - 1, int(q * len(times)))]


_policy: GcPolicy | None = None
_timer = None  # the GUI thread's QTimer that calls step()


def policy() -> GcPolicy:
    """The process's policy (made on first use; automatic collection is turned off then)."""
    global _policy
    if _policy is None:
        _policy = GcPolicy()
        _policy.long_lived = len(gc.get_objects(2))
        _policy.disable_automatic()
    return _policy


def install():
    """Turn automatic collection off and start the GUI thread's timer (once; needs the
    QApplication, called from its thread). The timer, or None with no QApplication yet
    (collection is off all the same: call again once there is one)."""
    global _timer
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QThread, QTimer

    p = policy()
    p.disable_automatic()  # again: someone may have turned it back on
    app = QCoreApplication.instance()
    if app is None:
        return None
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("gc_policy.install() must run in the GUI thread")
    if _timer is None or not shiboken6.isValid(_timer):  # (a new QApplication: the old one took it along)
        _timer = QTimer(app)  # the application's child: it lives as long as the app, in its thread
        _timer.setObjectName("gc_policy_timer")
        _timer.setInterval(TICK_MS)
        _timer.timeout.connect(p.step)
    if not _timer.isActive():
        _timer.start()
    return _timer


def timer():
    """The running timer, or None before :func:`install`."""
    return _timer


def freeze() -> None:
    """Start-up is over: collect what it left, then leave the rest to the permanent
    generation (``gc.freeze()``), which no collection walks."""
    p = policy()
    p.collect(2)
    gc.freeze()
    p.long_lived = len(gc.get_objects(2))


def thaw() -> None:
    """Give the frozen objects back to the collector (before a window built at start-up
    is closed: its cycles must be freed); :func:`freeze` again once a new one stands."""
    gc.unfreeze()
    policy().long_lived = len(gc.get_objects(2))


def release(window) -> int:
    """Before ``window`` is deleted for good (``deleteLater``): delete with it the Qt
    objects it made that have no Qt parent, which would otherwise die only when the
    cycle collector frees their Python wrappers (it would destroy them then, in
    whatever thread it ran). They are the ones its widgets and plot items hold in
    attributes: pyqtgraph's context menus and their widget groups, plot items
    kept off the scene (legend swatches, a hidden colour bar): widgets, graphics
    items and pyqtgraph's objects only, never what a new window may share (the
    QSettings). The cycles left hold only wrappers of deleted objects. How many
    were scheduled."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

    gui = window.thread()
    holders: list = [window, *window.findChildren(QObject)]
    for view in window.findChildren(QGraphicsView):
        if view.scene() is not None:
            holders += view.scene().items()
    seen, doomed = set(), []

    def consider(obj) -> None:
        if not isinstance(obj, QObject) or id(obj) in seen:
            return
        seen.add(id(obj))
        if (not shiboken6.isValid(obj) or obj is window or isinstance(obj, QCoreApplication)
                or obj.parent() is not None or obj.thread() is not gui):
            return
        graphic = isinstance(obj, QGraphicsItem)
        if not (obj.isWidgetType() or graphic or type(obj).__module__.startswith("pyqtgraph.")):
            return  # anything else may be shared with the next window (its QSettings)
        if graphic and (obj.scene() is not None or obj.parentItem() is not None):
            return  # the scene (or its parent item) deletes it
        if obj.isWidgetType() and obj.isWindow() and obj.isVisible():
            return  # a window the user still sees (a lab opened from this one)
        doomed.append(obj)
        holders.append(obj)  # and what it holds in turn (a menu's widget groups)

    for holder in holders:  # grows as it goes
        attrs = getattr(holder, "__dict__", None)
        if not attrs:
            continue
        for value in list(attrs.values()):
            if isinstance(value, (list, tuple)):
                for v in value:
                    consider(v)
            elif isinstance(value, dict):
                for v in value.values():
                    consider(v)
            else:
                consider(value)
    for obj in doomed:
        obj.deleteLater()
    return len(doomed)
