"""The worker: one QThread that drives the training process.

The GUI thread calls :meth:`TrainingWorker.send` (thread-safe, never blocks);
the worker thread forwards commands down one pipe and reads messages from the
other. Its blocking reads release the GIL, so the GUI never waits on it. It
folds snapshots into Frames and emits only the newest one per read, dropping
anything from a run that is no longer current: no stale run is ever drawn.

Nothing that goes wrong here may end the thread: a process that cannot start,
dies, stops answering or sends nonsense becomes a ``process_died`` or
``stalled`` signal, and the next NewRun starts a fresh process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import traceback
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..training.frames import RunFolder
from ..training.messages import Control, Failure, Heartbeat, LandscapeReady, NewRun, Pace, RemoveRun, Saved
from ..training.session import child_main

# A live process silent this long (it sends a heartbeat every 0.5 s when idle,
# snapshots while training) is stopped or hung.
WATCHDOG_SECONDS = 5.0
# A new process must say something (its first run's info) within this long:
# importing NumPy on a slow, busy machine takes a few seconds at worst.
STARTUP_SECONDS = 15.0
_RESTART = object()  # the command restart_process() queues


def _tr(text: str) -> str:
    """Translate a message the window shows (QCoreApplication.translate is thread-safe)."""
    return QCoreApplication.translate("TrainingWorker", text)


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


class _Child:
    """The training process: ``python -m dlviz.training.child`` with two inherited
    pipe ends, so the user's ``__main__`` is never re-imported (a script without
    the ``if __name__ == "__main__":`` guard works). Where fds cannot be passed
    (Windows), multiprocessing's spawn, which needs that guard."""

    def __init__(self, cmd_in, msg_out):
        self.popen = self.process = None
        if os.name == "posix":
            fds = (cmd_in.fileno(), msg_out.fileno())
            # The child finds dlviz where this process found it (a source tree too).
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
            self.popen = subprocess.Popen([sys.executable, "-m", "dlviz.training.child", *map(str, fds)],
                                          pass_fds=fds, stdin=subprocess.DEVNULL, env=env)
            self.pid = self.popen.pid
        else:  # pragma: no cover - not POSIX
            self.process = mp.get_context("spawn").Process(target=child_main, args=(cmd_in, msg_out),
                                                           daemon=True, name="dlviz-training")
            self.process.start()
            self.pid = self.process.pid

    def returncode(self, wait: float = 0.0) -> int | None:
        if self.popen is not None:
            try:
                return self.popen.wait(wait)
            except subprocess.TimeoutExpired:
                return None
        self.process.join(wait)
        return self.process.exitcode

    def alive(self) -> bool:
        return self.returncode() is None

    def kill(self) -> None:
        """SIGKILL: works on a stopped (SIGSTOP) or hung process too."""
        try:
            self.popen.kill() if self.popen is not None else self.process.kill()
        except OSError:
            pass
        self.returncode(2.0)

    def end_text(self) -> str:
        """How it ended, in words: "killed by signal 9 (SIGKILL)", "exit code 1"."""
        code = self.returncode(1.0)  # the pipe closes a moment before the exit code is known
        if code is None:
            return _tr("it closed its pipe")
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = "unknown"
            return _tr("killed by signal {0} ({1})").format(-code, name)
        return _tr("exit code {0}").format(code)


class TrainingWorker(QObject):
    """Lives in its own QThread; owns the training process and both pipe ends."""

    run_started = Signal(object)  # RunInfo
    frames_ready = Signal(object)  # Frames: the newest frame of every current run
    failed = Signal(object)  # Failure
    saved = Signal(object)  # Saved: an experiment file was written (or why not)
    landscape_ready = Signal(object)  # LandscapeReady: a run's loss landscape (or why not)
    process_died = Signal(str)  # the training process ended (or could not start): why
    stalled = Signal(str)  # the training process is alive but silent
    process_started = Signal(int)  # pid
    finished = Signal()

    POLL_SECONDS = 0.005  # command latency bound while the process is quiet

    def __init__(self):
        super().__init__()
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._child: _Child | None = None
        self._cmd_out = None
        self._msg_in = None
        self._folder = RunFolder()  # folds snapshots of the runs the GUI wants into Frames
        self._heard = 0.0  # when the process last sent anything
        self._heard_any = False
        self._stalled = False
        self._pace: Pace | None = None  # the last watch speed asked for
        self.pid: int | None = None

    # -- called from the GUI thread --------------------------------------------------------

    def send(self, cmd) -> None:
        """Queue a command for the training process (thread-safe, non-blocking)."""
        self._commands.put(cmd)

    def restart_process(self) -> None:
        """Kill the training process (stopped, hung or fine) from the worker thread;
        ``process_died`` follows, and the next NewRun starts a fresh one."""
        self._commands.put(_RESTART)

    def stop(self) -> None:
        self._stop.set()

    # -- the worker thread -----------------------------------------------------------------

    def _start_process(self) -> None:
        cmd_in, cmd_out = mp.Pipe(duplex=False)
        msg_in, msg_out = mp.Pipe(duplex=False)
        try:
            _widen_pipe(msg_out)
            child = _Child(cmd_in, msg_out)
        except BaseException:
            for c in (cmd_in, cmd_out, msg_in, msg_out):
                c.close()
            raise
        # The child holds its own copies; closing ours lets EOF tell each side
        # that the other is gone.
        cmd_in.close()
        msg_out.close()
        self._child, self._cmd_out, self._msg_in = child, cmd_out, msg_in
        self._heard, self._heard_any, self._stalled = time.monotonic(), False, False
        self.pid = child.pid
        self.process_started.emit(self.pid)

    def _lost_process(self, why: str) -> None:
        """Forget the process (killing it if it still runs) and tell the GUI why."""
        child = self._child
        for c in (self._cmd_out, self._msg_in):
            try:
                c.close()
            except (OSError, AttributeError):
                pass
        self._child = self._cmd_out = self._msg_in = None
        self.pid = None
        if child is not None and child.alive():
            child.kill()
        self._folder.want(())
        self.process_died.emit(why)

    @Slot()
    def run(self) -> None:
        try:
            while not self._stop.is_set():
                try:
                    self._turn()
                except Exception as e:  # never a dead thread: say what happened and go on
                    traceback.print_exc()
                    self._lost_process(_tr("the training worker failed: {0}").format(f"{type(e).__name__}: {e}"))
        finally:
            try:
                self._shutdown()
            except Exception:  # closing must not fail the finish
                traceback.print_exc()
            self.finished.emit()

    def _turn(self) -> None:
        if self._msg_in is None:
            # No process yet (or it died): wait for a command that needs one.
            try:
                first = self._commands.get(timeout=0.05)
            except queue.Empty:
                return
            self._forward([first, *self._drain()])
            return
        self._forward(self._drain())
        if self._msg_in is None:
            return
        try:
            if self._msg_in.poll(self.POLL_SECONDS):
                self._read_messages()
        except (EOFError, OSError):
            self._lost_process(self._end_text())
            return
        if self._child is not None and not self._child.alive():
            self._lost_process(self._end_text())
            return
        self._watch()

    def _watch(self) -> None:
        silent = time.monotonic() - self._heard
        if not self._heard_any and silent > STARTUP_SECONDS:
            why = _tr("the training process did not start: it sent nothing in {0:.0f} s")
            self._lost_process(why.format(STARTUP_SECONDS))
        elif self._heard_any and silent > WATCHDOG_SECONDS and not self._stalled:
            self._stalled = True
            self.stalled.emit(_tr("training process not responding (silent for {0:.0f} s)").format(silent))

    def _end_text(self) -> str:
        how = self._child.end_text() if self._child is not None else _tr("it is gone")
        return _tr("the training process stopped unexpectedly ({0})").format(how)

    def _drain(self) -> list:
        cmds = []
        while True:
            try:
                cmds.append(self._commands.get_nowait())
            except queue.Empty:
                return cmds

    def _forward(self, cmds: list) -> None:
        for cmd in cmds:
            if cmd is _RESTART:
                self._lost_process(_tr("the training process was restarted"))
                continue
            if isinstance(cmd, Pace):
                self._pace = cmd  # a restarted process is told again
            if isinstance(cmd, NewRun):
                self._folder.want((cmd.run_id,), keep=cmd.keep_others)
            elif isinstance(cmd, RemoveRun):
                self._folder.drop(cmd.run_id)
            if self._msg_in is None:
                if not isinstance(cmd, NewRun):
                    continue  # a new process knows no run: only a NewRun makes sense to it
                try:
                    self._start_process()
                except Exception as e:  # e.g. too many open files: say so; the next NewRun tries again
                    why = _tr("could not start the training process: {0}")
                    self._lost_process(why.format(f"{type(e).__name__}: {e}"))
                    continue
            fresh = self._child is not None and not self._heard_any and isinstance(cmd, NewRun)
            try:
                self._cmd_out.send(cmd)
                if fresh and self._pace is not None:
                    self._cmd_out.send(self._pace)
            except (OSError, EOFError):
                self._lost_process(self._end_text())
                return

    def _read_messages(self) -> None:
        # Drain everything that has arrived; fold all of it (history deltas must
        # not be lost) but emit one Frames: the newest.
        folder = self._folder
        self._heard, self._heard_any, self._stalled = time.monotonic(), True, False
        while self._msg_in.poll():
            msg = self._msg_in.recv()
            if isinstance(msg, Heartbeat):
                continue
            if isinstance(msg, Failure):
                if msg.run_id in (*folder.wanted, -1) or not folder.accs:
                    self.failed.emit(msg)
            elif isinstance(msg, Saved):
                self.saved.emit(msg)
            elif isinstance(msg, LandscapeReady):
                self.landscape_ready.emit(msg)
            elif folder.add(msg):
                self.run_started.emit(msg)
        frames = folder.frames()
        if frames is not None:
            self.frames_ready.emit(frames)

    def _shutdown(self) -> None:
        child = self._child
        if child is None:
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
        if child.returncode(2.0) is None:
            child.kill()
        self._child = self._cmd_out = self._msg_in = None


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

    def restart_process(self) -> None:
        self.worker.restart_process()

    def close(self, timeout_ms: int = 8000) -> bool:
        """Stop the worker and its process and wait for both. True if all ended."""
        self.worker.stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)
