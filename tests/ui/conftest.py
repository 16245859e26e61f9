"""Shared set-up of the window tests.

Window tests share one worker thread and training process (``_SharedWorkers``): a
process of its own per window cost each test its start (importing NumPy, a second
or more on a busy machine), and ~50 windows made most of the suite's time. A test of
the process itself, of closing or of the worker thread (that they end, that a killed
or stopped one is noticed) takes the real one: ``@pytest.mark.own_process``.
"""

from __future__ import annotations

import pytest

WINDOW_TIMEOUT = 15_000  # ms; the first run also starts the training process


@pytest.fixture(scope="session", autouse=True)
def _engine_cache(compiled_engine_cached):
    """Every window's training process finds the compiled engine cached (tests/conftest.py)."""


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_in_the_gui_thread(qapp):
    """As the app does (dlviz.ui.app.application): the GUI thread's timer collects while
    tests wait (see tests/conftest.py)."""
    from dlviz.ui import gc_policy

    gc_policy.install()


def _relay_class():
    from PySide6.QtCore import QObject, Signal

    class Relay(QObject):
        """One window's view of the shared TrainingWorker: its signals, relayed while the
        window is open (a closed window hears nothing more), and its pid."""

        NAMES = ("run_started", "frames_ready", "failed", "saved", "landscape_ready", "lr_finder", "engine_status",
                 "process_died", "stalled", "process_started", "finished", "backprop_ready", "replay_ready")
        run_started = Signal(object)
        frames_ready = Signal(object)
        failed = Signal(object)
        saved = Signal(object)
        landscape_ready = Signal(object)
        backprop_ready = Signal(object)
        replay_ready = Signal(object)
        lr_finder = Signal(object)
        engine_status = Signal(object)
        process_died = Signal(str)
        stalled = Signal(str)
        process_started = Signal(int)
        finished = Signal()

        def __init__(self, shared):
            super().__init__()
            missing = {n for n in vars(type(shared)) if isinstance(getattr(type(shared), n), Signal)} - set(self.NAMES)
            assert not missing, f"the test relay does not pass on the worker's signal(s) {sorted(missing)}"
            self._shared = shared
            self._links = [(getattr(shared, n), getattr(self, n)) for n in self.NAMES]
            for source, relayed in self._links:
                source.connect(relayed)  # queued: the worker lives in its own thread

        @property
        def pid(self):
            return self._shared.pid

        def detach(self) -> None:
            for source, relayed in self._links:
                source.disconnect(relayed)
            self._links = []

    return Relay


class _Lease:
    """The WorkerThread interface (what RunController uses) over the shared worker,
    for one window. Closing it leaves the thread and the process running for the next
    window, with this window's runs removed."""

    def __init__(self, pool: "_SharedWorkers", real):
        self._pool, self._real = pool, real
        self.thread = real.thread
        self.worker = pool.relay(real.worker)
        self.worker.run_started.connect(lambda info: self._seen.add(info.run_id))
        self.worker.saved.connect(lambda _: self._answers.__setitem__("saves", self._answers["saves"] - 1))
        self.worker.landscape_ready.connect(
            lambda _: self._answers.__setitem__("landscapes", self._answers["landscapes"] - 1))
        self.worker.lr_finder.connect(self._on_lr_finder)
        self._wanted: set[int] = set()  # the runs the worker folds for this window, as its RunFolder does
        self._seen: set[int] = set()  # ... whose RunInfo came back
        self._answers = {"saves": 0, "landscapes": 0, "range tests": 0}
        self._closed = False

    def _on_lr_finder(self, msg) -> None:
        from dlviz.training.messages import LRFinderReady

        if isinstance(msg, LRFinderReady):
            self._answers["range tests"] -= 1

    def start(self) -> None:
        from dlviz.training.messages import Pace, ViewRequest

        # What an earlier window asked of the process, undone: its watch speed, its views.
        self._real.send(Pace(None))
        self._real.send(ViewRequest())
        if not self.thread.isRunning():
            self._real.start()

    def send(self, cmd) -> None:
        from dlviz.training.messages import LandscapeRequest, LRFinderRequest, NewRun, RemoveRun, SaveRuns

        if isinstance(cmd, NewRun):
            self._wanted = (self._wanted if cmd.keep_others else set()) | {cmd.run_id}
        elif isinstance(cmd, RemoveRun):
            self._wanted.discard(cmd.run_id)
        elif isinstance(cmd, SaveRuns):
            self._answers["saves"] += 1
        elif isinstance(cmd, LandscapeRequest):
            self._answers["landscapes"] += 1
        elif isinstance(cmd, LRFinderRequest):
            self._answers["range tests"] += 1
        self._real.send(cmd)

    def restart_process(self) -> None:
        self._real.restart_process()

    def close(self, timeout_ms: int = 8000) -> bool:
        from dlviz.training.messages import Control, RemoveRun

        if self._closed:
            return True
        self._closed = True
        self.worker.detach()
        self._real.send(Control("pause"))
        for run_id in self._wanted:
            self._real.send(RemoveRun(run_id))
        # Run ids, save and landscape answers are numbered per window: an answer still on
        # its way could reach the next window as its own. Then the next one gets a fresh worker.
        clean = self._wanted <= self._seen and not any(self._answers.values())
        self._pool.release(self._real, clean)
        return True


class _SharedWorkers:
    """Hands out the session's worker, one window at a time; a second window open at
    the same time (or a test marked own_process) gets a worker of its own."""

    def __init__(self):
        self.real = None
        self.leased = False
        self._relay = None

    def relay(self, shared):
        self._relay = self._relay or _relay_class()
        return self._relay(shared)

    def make(self):
        from dlviz.ui import worker

        if self.leased:
            return worker.WorkerThread()
        if self.real is None:
            self.real = worker.WorkerThread()
            # Not a thread left running by a test (the guard in tests/conftest.py reads this set);
            # it is closed at the end of the session (and at exit, as every worker is).
            worker._THREADS.discard(self.real.thread)
        self.leased = True
        return _Lease(self, self.real)

    def release(self, real, clean: bool) -> None:
        if real is not self.real:
            return
        self.leased = False
        if not clean:
            self.retire()

    def retire(self) -> None:
        real, self.real = self.real, None
        if real is not None:
            real.close()


@pytest.fixture(scope="session")
def _shared_workers(qapp):
    pool = _SharedWorkers()
    yield pool
    pool.retire()


@pytest.fixture(autouse=True)
def _one_training_process(request, _shared_workers, monkeypatch):
    """Windows (RunControllers) made by the test share the session's worker, unless the
    test is marked ``own_process``."""
    if request.node.get_closest_marker("own_process"):
        yield
        return
    from dlviz.ui import controller

    monkeypatch.setattr(controller, "worker_factory", _shared_workers.make)
    yield
    if _shared_workers.leased:  # a window the test left open (or whose close was refused)
        _shared_workers.leased = False
        _shared_workers.retire()


@pytest.fixture
def open_window(qtbot):
    """``open_window(config, ready=None)``: a shown 1366x768 MainWindow that has drawn its
    first frame (and ``ready(window)`` holds); closed after the test."""
    from dlviz.ui.main_window import MainWindow

    windows = []

    def make(config, ready=None):
        w = MainWindow(config)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        windows.append(w)
        qtbot.waitUntil(lambda: w.frame is not None and (ready is None or bool(ready(w))), timeout=WINDOW_TIMEOUT)
        return w

    yield make
    for w in windows:
        w.close()
