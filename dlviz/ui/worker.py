"""The worker: one QThread that drives the training process.

The GUI thread calls :meth:`TrainingWorker.send` (thread-safe, never blocks);
the worker thread forwards commands down one pipe and reads messages from the
other. Its blocking reads release the GIL, so the GUI never waits on it. It
folds snapshots into Frames and emits only the newest one per read, dropping
anything from a run that is no longer current: no stale run is ever drawn.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import weakref

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..training.frames import RunFolder
from ..training.messages import Control, Failure, NewRun, RemoveRun, RunInfo
from ..training.session import child_main

_THREADS: "weakref.WeakSet[QThread]" = weakref.WeakSet()


def live_threads() -> list[QThread]:
    """Every worker QThread not yet garbage-collected (the test guard reads it)."""
    return list(_THREADS)


def _widen_pipe(conn, size: int = 1 << 20) -> None:
    """Give the snapshot pipe room for several snapshots (Linux; elsewhere a no-op).

    A snapshot is 100-300 KB; in a default 64 KB pipe the training process waits
    in every send until this thread has read it all, and this thread waits for
    the GIL while the GUI thread paints: measured, that cost training about a
    tenth of its speed with every view open."""
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), size)
    except (ImportError, OSError, ValueError):
        pass  # not Linux, or a tighter system limit: the default still works


class TrainingWorker(QObject):
    """Lives in its own QThread; owns the training process and both pipe ends."""

    run_started = Signal(object)  # RunInfo
    frames_ready = Signal(object)  # Frames: the newest frame of every current run
    failed = Signal(object)  # Failure
    process_died = Signal(str)  # the training process ended unexpectedly
    process_started = Signal(int)  # pid
    finished = Signal()

    POLL_SECONDS = 0.005  # command latency bound while the process is quiet

    def __init__(self):
        super().__init__()
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._proc = None
        self._cmd_out = None
        self._msg_in = None
        self._folder = RunFolder()  # folds snapshots of the runs the GUI wants into Frames
        self.pid: int | None = None

    # -- called from the GUI thread --------------------------------------------------------

    def send(self, cmd) -> None:
        """Queue a command for the training process (thread-safe, non-blocking)."""
        self._commands.put(cmd)

    def stop(self) -> None:
        self._stop.set()

    # -- the worker thread -----------------------------------------------------------------

    def _start_process(self) -> None:
        ctx = mp.get_context("spawn")  # never fork a process that runs Qt threads
        cmd_in, self._cmd_out = ctx.Pipe(duplex=False)
        self._msg_in, msg_out = ctx.Pipe(duplex=False)
        _widen_pipe(msg_out)
        self._proc = ctx.Process(target=child_main, args=(cmd_in, msg_out), daemon=True, name="dlviz-training")
        self._proc.start()
        # The child holds its own copies; closing ours lets EOF tell each side
        # that the other is gone.
        cmd_in.close()
        msg_out.close()
        self.pid = self._proc.pid
        self.process_started.emit(self.pid)

    def _lost_process(self, why: str) -> None:
        for c in (self._cmd_out, self._msg_in):
            try:
                c.close()
            except (OSError, AttributeError):
                pass
        self._proc = self._cmd_out = self._msg_in = None
        self._folder.want(())
        self.pid = None
        self.process_died.emit(why)

    @Slot()
    def run(self) -> None:
        try:
            while not self._stop.is_set():
                if self._msg_in is None:
                    # No process yet (or it died): wait for a command that needs one.
                    try:
                        first = self._commands.get(timeout=0.05)
                    except queue.Empty:
                        continue
                    self._forward([first, *self._drain()])
                    continue
                self._forward(self._drain())
                if self._msg_in is None:
                    continue
                try:
                    if self._msg_in.poll(self.POLL_SECONDS):
                        self._read_messages()
                except (EOFError, OSError):
                    self._lost_process(self._exit_text())
                    continue
                if self._proc is not None and not self._proc.is_alive():
                    self._lost_process(self._exit_text())
        finally:
            self._shutdown()
            self.finished.emit()

    def _exit_text(self) -> str:
        code = self._proc.exitcode if self._proc is not None else None
        return f"the training process stopped unexpectedly (exit code {code})"

    def _drain(self) -> list:
        cmds = []
        while True:
            try:
                cmds.append(self._commands.get_nowait())
            except queue.Empty:
                return cmds

    def _forward(self, cmds: list) -> None:
        for cmd in cmds:
            if isinstance(cmd, NewRun):
                self._folder.want((cmd.run_id,), keep=cmd.keep_others)
            elif isinstance(cmd, RemoveRun):
                self._folder.drop(cmd.run_id)
            if self._msg_in is None:
                if not isinstance(cmd, NewRun):
                    continue  # a new process knows no run: only a NewRun makes sense to it
                self._start_process()
            try:
                self._cmd_out.send(cmd)
            except (OSError, EOFError):
                self._lost_process(self._exit_text())
                return

    def _read_messages(self) -> None:
        # Drain everything that has arrived; fold all of it (history deltas must
        # not be lost) but emit one Frames: the newest.
        folder = self._folder
        while self._msg_in.poll():
            msg = self._msg_in.recv()
            if isinstance(msg, Failure):
                if msg.run_id in (*folder.wanted, -1) or not folder.accs:
                    self.failed.emit(msg)
            elif folder.add(msg):
                self.run_started.emit(msg)
        frames = folder.frames()
        if frames is not None:
            self.frames_ready.emit(frames)

    def _shutdown(self) -> None:
        proc = self._proc
        if proc is None:
            return
        try:
            self._cmd_out.send(Control("quit"))
        except (OSError, EOFError, BrokenPipeError):
            pass
        # Closing our read end first: a child blocked sending a snapshot into the
        # full pipe gets a broken pipe at once and exits, instead of never reading "quit".
        for c in (self._msg_in, self._cmd_out):
            try:
                c.close()
            except OSError:
                pass
        proc.join(2.0)
        if proc.is_alive():
            proc.terminate()
            proc.join(2.0)
        self._proc = self._cmd_out = self._msg_in = None


class WorkerThread:
    """Owns a TrainingWorker and the QThread it runs in: start, send, close."""

    def __init__(self):
        self.thread = QThread()
        self.thread.setObjectName("dlviz-worker")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit)
        _THREADS.add(self.thread)

    def start(self) -> None:
        self.thread.start()

    def send(self, cmd) -> None:
        self.worker.send(cmd)

    def close(self, timeout_ms: int = 8000) -> bool:
        """Stop the worker and its process and wait for both. True if all ended."""
        self.worker.stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)
