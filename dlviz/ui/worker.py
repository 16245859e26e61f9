"""The worker: one QThread that drives the training process.

The GUI thread calls :meth:`TrainingWorker.send` (thread-safe, never blocks);
the worker thread forwards commands down one pipe and reads messages from the
other. Its blocking reads release the GIL, so the GUI never waits on it. It
folds snapshots into Frames and emits only the newest one per read, dropping
anything from a run that is no longer current: no stale run is ever drawn.

Neither end ever waits on a send while the other may be waiting on its own
(issue 19 item 2: a comparison on a 100k-row CSV sent 4 big NewRuns into a full
command pipe while the process sent their big RunInfos into a full message
pipe, and both waited for ever). Commands go out from a thread of their own
(:class:`_Sender`, the pipe's one writer), so the worker's loop always goes on
reading; and it reads without ever waiting on a half-sent message
(:class:`_Receiver`), so a process stopped in the middle of one is still seen
as stalled, and closing never waits on it.

Nothing that goes wrong here may end the thread: a process that cannot start,
dies, stops answering or sends nonsense becomes a ``process_died`` or
``stalled`` signal, and the next NewRun starts a fresh process.
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import pickle
import queue
import select
import signal
import struct
import subprocess
import sys
import threading
import time
import traceback
import weakref

from multiprocessing.reduction import ForkingPickler

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..common.messages import process_ended
from ..training.frames import RunFolder
from ..training.messages import (BackpropReady, BackpropRequest, Control, EngineStatus, Failure, Heartbeat, LandscapeReady, LandscapeRequest,
                                 LRFinderProgress, LRFinderReady, LRFinderRequest, NewRun, Pace, RemoveRun, ReplayFrame,
                                 ReplayRequest, Saved, SaveRuns)
from ..training.session import child_main
from .i18n import explain

# A live process silent this long (it sends a heartbeat every 0.5 s when idle,
# snapshots while training) is stopped or hung.
WATCHDOG_SECONDS = 5.0
# A new process must say something (its first run's info) within this long:
# importing NumPy on a slow, busy machine takes a few seconds at worst.
STARTUP_SECONDS = 15.0
# Closing: a process told to quit has this long to end by itself before it is
# killed (it ends in ~0.1 s; a stopped or hung one never does, and the window's
# process must exit within a second of closing: issue 19 item 17).
QUIT_SECONDS = 0.5
# ... but a save asked for and not answered yet is waited for this long first:
# the file must be written whole.
SAVE_SECONDS = 5.0
READ_BYTES = 1 << 20  # one read from the message pipe (its size, widened)
READ_BUDGET = 16 << 20  # bytes read per turn at most: commands go on flowing while a flood comes in
_RESTART = object()  # the command restart_process() queues


def _tr(text: str) -> str:
    """Translate a message the window shows (QCoreApplication.translate is thread-safe)."""
    return QCoreApplication.translate("TrainingWorker", text)


_THREADS: "weakref.WeakSet[QThread]" = weakref.WeakSet()
# Every started WorkerThread until it is closed: held here, a running QThread is never
# garbage-collected (Qt aborts the process then), and at exit each is closed (issue 19
# item 12: a script that raised after MainWindow() ended in SIGABRT).
_RUNNING: "set[WorkerThread]" = set()
_RUNNING_LOCK = threading.Lock()


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


def _run_of(cmd: LandscapeRequest) -> int:
    return -1 if cmd.run_id is None else cmd.run_id


class _Sender:
    """The command pipe's one writer, in a thread of its own: the worker's loop
    never waits on a full pipe (the process may be waiting on its own full pipe,
    for the worker to read). Commands are pickled by the caller, so a command that
    cannot be pickled fails there, in the worker's loop, as before."""

    def __init__(self, conn):
        self._conn = conn
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self.error: BaseException | None = None  # why the pipe failed (the process is gone)
        self._thread = threading.Thread(target=self._run, name="dlviz-commands", daemon=True)
        self._thread.start()

    def send(self, cmd) -> None:
        self._queue.put(ForkingPickler.dumps(cmd))

    def close(self) -> None:
        """Send what is queued, then close the pipe (the process reads EOF after it)."""
        self._queue.put(None)

    def join(self, timeout: float) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            while (buf := self._queue.get()) is not None:
                self._conn.send_bytes(buf)  # blocks while the pipe is full; a killed process ends it (EPIPE)
        except (OSError, ValueError) as e:
            self.error = e
        finally:
            try:
                self._conn.close()
            except OSError:
                pass


class _Receiver:
    """Reads whole messages from the message pipe, never waiting for the rest of a
    half-sent one (``Connection.recv`` would wait for ever on a process stopped in
    the middle of a big message). Same framing as ``Connection.send``."""

    def __init__(self, conn):
        self.conn = conn
        self._buf = bytearray()
        self._poller = None
        if os.name == "posix" and hasattr(select, "poll"):
            self._poller = select.poll()
            self._poller.register(conn.fileno(), select.POLLIN)

    def messages(self, timeout: float) -> tuple[list, bool]:
        """(whole messages that have come, whether any byte came), waiting at most
        ``timeout`` for the first byte. EOFError once the process has closed its end."""
        if self._poller is None:  # pragma: no cover - not POSIX: whole messages, as before
            out = []
            if self.conn.poll(timeout):
                while self.conn.poll():
                    out.append(self.conn.recv())
            return out, bool(out)
        fd, got, wait = self.conn.fileno(), 0, int(timeout * 1000)
        while got < READ_BUDGET and self._poller.poll(wait):
            chunk = os.read(fd, READ_BYTES)  # what is there: never waits once poll said readable
            if not chunk:
                raise EOFError("the training process closed its pipe")
            self._buf += chunk
            got += len(chunk)
            wait = 0
        return self._whole(), got > 0

    def _whole(self) -> list:
        buf, out, at = self._buf, [], 0
        while len(buf) - at >= 4:
            (size,), head = struct.unpack_from("!i", buf, at), 4
            if size == -1:  # a message over 2 GiB: an 8-byte size follows
                if len(buf) - at < 12:
                    break
                (size,), head = struct.unpack_from("!Q", buf, at + 4), 12
            if len(buf) - at < head + size:
                break
            out.append(pickle.loads(bytes(buf[at + head:at + head + size])))
            at += head + size
        if at:
            del buf[:at]
        return out

    def close(self) -> None:
        try:
            self.conn.close()
        except OSError:
            pass


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
        # (the pipe closes a moment before the exit code is known)
        return explain(process_ended(self.returncode(1.0)))


class TrainingWorker(QObject):
    """Lives in its own QThread; owns the training process and both pipe ends."""

    run_started = Signal(object)  # RunInfo
    frames_ready = Signal(object)  # Frames: the newest frame of every current run
    failed = Signal(object)  # Failure
    saved = Signal(object)  # Saved: an experiment file was written (or why not)
    landscape_ready = Signal(object)  # LandscapeReady: a run's loss landscape (or why not)
    backprop_ready = Signal(object)  # BackpropReady: one sample's walk-through (or why not)
    replay_ready = Signal(object)  # ReplayFrame: one of a run's kept snapshots drawn (or why not)
    lr_finder = Signal(object)  # LRFinderProgress, then LRFinderReady: a range test's steps and result (or why not)
    engine_status = Signal(object)  # EngineStatus: the compiled engine being prepared, ready, or missing
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
        self._sender: _Sender | None = None
        self._receiver: _Receiver | None = None
        self._folder = RunFolder()  # folds snapshots of the runs the GUI wants into Frames
        self._heard = 0.0  # when the process last sent anything (or was last asked something while stalled)
        self._heard_any = False
        self._stalled = False  # the stall was reported: not again until the process speaks or is asked again
        self._saves = 0  # saves asked for and not answered yet
        self._pace: Pace | None = None  # the last watch speed asked for
        # Background work asked of the process and not answered yet: if the process
        # goes, the worker answers for it (the window would wait for ever).
        self._range_tests: set[int] = set()  # request ids
        self._landscapes: dict[int, int] = {}  # request id -> run id
        self._backprops: set[int] = set()  # request ids of walk-throughs asked for, not yet answered
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

    def kill_process(self) -> None:
        """SIGKILL the training process from any thread: the last resort of closing,
        should the worker's loop not end (it ends any read the loop is in)."""
        child = self._child
        if child is not None:
            try:
                os.kill(child.pid, signal.SIGKILL)
            except OSError:
                pass

    # -- the worker thread -----------------------------------------------------------------

    def _start_process(self) -> None:
        cmd_in, cmd_out = mp.Pipe(duplex=False)
        msg_in, msg_out = mp.Pipe(duplex=False)
        try:
            _widen_pipe(msg_out)
            _widen_pipe(cmd_out)  # a NewRun with a big CSV goes out in fewer turns
            child = _Child(cmd_in, msg_out)
        except BaseException:
            for c in (cmd_in, cmd_out, msg_in, msg_out):
                c.close()
            raise
        # The child holds its own copies; closing ours lets EOF tell each side
        # that the other is gone.
        cmd_in.close()
        msg_out.close()
        self._child, self._sender, self._receiver = child, _Sender(cmd_out), _Receiver(msg_in)
        self._heard, self._heard_any, self._stalled, self._saves = time.monotonic(), False, False, 0
        self.pid = child.pid
        self.process_started.emit(self.pid)

    def _lost_process(self, why: str) -> None:
        """Forget the process (killing it if it still runs) and tell the GUI why."""
        self._forget_process(kill=True)
        self._folder.want(())
        for rid in sorted(self._range_tests):  # their answers will never come
            self.lr_finder.emit(LRFinderReady(rid, error=why))
        for rid, run_id in sorted(self._landscapes.items()):
            self.landscape_ready.emit(LandscapeReady(rid, run_id, error=why))
        for rid in sorted(self._backprops):  # (the Backprop dock said "Computing…" for ever)
            self.backprop_ready.emit(BackpropReady(rid, error=why))
        self._range_tests.clear()
        self._landscapes.clear()
        self._backprops.clear()
        self.process_died.emit(why)

    def _forget_process(self, kill: bool) -> None:
        child, sender, receiver = self._child, self._sender, self._receiver
        self._child = self._sender = self._receiver = None
        self.pid = None
        if child is not None and kill and child.alive():
            child.kill()  # first: a send blocked on its full pipe ends (broken pipe)
        if sender is not None:
            sender.close()
        if receiver is not None:
            receiver.close()

    @Slot()
    def run(self) -> None:
        try:
            while not self._stop.is_set():
                try:
                    self._turn()
                except Exception as e:  # never a dead thread: say what happened and go on
                    traceback.print_exc()
                    self._lost_process(QCoreApplication.translate("TrainingWorker", "the training worker failed: {0}").format(f"{type(e).__name__}: {e}"))
        finally:
            try:
                self._shutdown()
            except Exception:  # closing must not fail the finish
                traceback.print_exc()
            self.finished.emit()

    def _turn(self) -> None:
        if self._child is None:
            # No process yet (or it died): wait for a command that needs one.
            try:
                first = self._commands.get(timeout=0.05)
            except queue.Empty:
                return
            self._forward([first, *self._drain()])
            return
        self._forward(self._drain())
        if self._child is None:
            return
        try:
            msgs, heard = self._receiver.messages(self.POLL_SECONDS)
        except (EOFError, OSError):
            self._lost_process(self._end_text())
            return
        if heard:
            self._heard, self._heard_any, self._stalled = time.monotonic(), True, False
        if msgs:
            self._read_messages(msgs)
        if self._child is not None and (not self._child.alive() or self._sender.error is not None):
            self._lost_process(self._end_text())
            return
        self._watch()

    def _watch(self) -> None:
        silent = time.monotonic() - self._heard
        if not self._heard_any and silent > STARTUP_SECONDS:
            why = QCoreApplication.translate("TrainingWorker", "the training process did not start: it sent nothing in {0:.0f} s")
            self._lost_process(why.format(STARTUP_SECONDS))
        elif self._heard_any and silent > WATCHDOG_SECONDS and not self._stalled:
            self._stalled = True
            self.stalled.emit(QCoreApplication.translate("TrainingWorker", "training process not responding (silent for {0:.0f} s)").format(silent))

    def _end_text(self) -> str:
        how = self._child.end_text() if self._child is not None else QCoreApplication.translate("TrainingWorker", "it is gone")
        return QCoreApplication.translate("TrainingWorker", "the training process stopped unexpectedly ({0})").format(how)

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
                self._lost_process(QCoreApplication.translate("TrainingWorker", "the training process was restarted"))
                continue
            if isinstance(cmd, Pace):
                self._pace = cmd  # a restarted process is told again
            if isinstance(cmd, NewRun):
                self._folder.want((cmd.run_id,), keep=cmd.keep_others)
            elif isinstance(cmd, RemoveRun):
                self._folder.drop(cmd.run_id)
            if self._child is None:
                # Nobody would answer a request: say so now.
                why = QCoreApplication.translate("TrainingWorker", "the training process is not running: press Play to start a new one")
                if isinstance(cmd, LRFinderRequest):
                    self.lr_finder.emit(LRFinderReady(cmd.request_id, error=why))
                elif isinstance(cmd, LandscapeRequest):
                    self.landscape_ready.emit(LandscapeReady(cmd.request_id, _run_of(cmd), error=why))
                elif isinstance(cmd, BackpropRequest):
                    self.backprop_ready.emit(BackpropReady(cmd.request_id, error=why))
                elif isinstance(cmd, ReplayRequest):
                    self.replay_ready.emit(ReplayFrame(cmd.request_id, _run_of(cmd), error=why))
                if not isinstance(cmd, NewRun):
                    continue  # a new process knows no run: only a NewRun makes sense to it
                try:
                    self._start_process()
                except Exception as e:  # e.g. too many open files: say so; the next NewRun tries again
                    why = QCoreApplication.translate("TrainingWorker", "could not start the training process: {0}")
                    self._lost_process(why.format(f"{type(e).__name__}: {e}"))
                    continue
            elif self._stalled:
                # Asked something while reported stalled (the user closed the warning
                # and pressed Play): if it stays silent, say so again (issue 19 item 9).
                self._stalled, self._heard = False, time.monotonic()
            fresh = not self._heard_any and isinstance(cmd, NewRun)
            self._sender.send(cmd)  # never blocks: the sender thread writes
            if isinstance(cmd, SaveRuns):
                self._saves += 1
            elif isinstance(cmd, LRFinderRequest):
                self._range_tests.add(cmd.request_id)
            elif isinstance(cmd, LandscapeRequest):
                self._landscapes[cmd.request_id] = _run_of(cmd)
            elif isinstance(cmd, BackpropRequest):
                self._backprops.add(cmd.request_id)
            if fresh and self._pace is not None:
                self._sender.send(self._pace)

    def _read_messages(self, msgs: list) -> None:
        # Fold everything that has arrived (history deltas must not be lost) but
        # emit one Frames: the newest.
        folder = self._folder
        for msg in msgs:
            if isinstance(msg, Heartbeat):
                continue
            if isinstance(msg, Failure):
                if msg.run_id in (*folder.wanted, -1) or not folder.accs:
                    self.failed.emit(msg)
            elif isinstance(msg, Saved):
                self._saves = max(0, self._saves - 1)
                self.saved.emit(msg)
            elif isinstance(msg, LandscapeReady):
                self._landscapes.pop(msg.request_id, None)
                self.landscape_ready.emit(msg)
            elif isinstance(msg, BackpropReady):
                self._backprops.discard(msg.request_id)
                self.backprop_ready.emit(msg)
            elif isinstance(msg, ReplayFrame):
                self.replay_ready.emit(msg)
            elif isinstance(msg, (LRFinderProgress, LRFinderReady)):
                if isinstance(msg, LRFinderReady):
                    self._range_tests.discard(msg.request_id)
                self.lr_finder.emit(msg)
            elif isinstance(msg, EngineStatus):
                self.engine_status.emit(msg)
            elif folder.add(msg):
                self.run_started.emit(msg)
        frames = folder.frames()
        if frames is not None:
            self.frames_ready.emit(frames)

    def _shutdown(self) -> None:
        child, sender, receiver = self._child, self._sender, self._receiver
        if child is None:
            return
        # A save asked for and not answered yet is waited for (reading on, so the
        # process is never stuck on a full pipe meanwhile): the file must be whole.
        deadline = time.monotonic() + SAVE_SECONDS
        while self._saves and time.monotonic() < deadline and child.alive():
            try:
                msgs, _ = receiver.messages(0.05)
            except (EOFError, OSError):
                break
            saved = [m for m in msgs if isinstance(m, Saved)]
            self._saves = max(0, self._saves - len(saved))
            for m in saved:
                self.saved.emit(m)
        sender.send(Control("quit"))
        self._forget_process(kill=False)
        # Our read end is closed now: a process blocked sending into the full pipe
        # gets a broken pipe at once and exits, instead of never reading "quit".
        # One stopped (SIGSTOP) or hung never ends by itself: it is killed.
        if child.returncode(QUIT_SECONDS) is None:
            child.kill()
        sender.join(QUIT_SECONDS)  # a send blocked on the dead process's pipe has ended


class WorkerThread:
    """Owns a TrainingWorker and the QThread it runs in: start, send, close.

    A QThread of its own, not a superqt worker as the GUI's other background work:
    its loop lasts as long as the window, and on superqt's pool (one thread per
    core) it would hold a slot for good (two windows would starve every CSV load);
    closing must wait for it with a timeout and kill the process if it is stuck,
    and must end it at exit (the pool would wait for it for ever)."""

    def __init__(self):
        self.thread = QThread()
        self.thread.setObjectName("dlviz-worker")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit)
        _THREADS.add(self.thread)

    def start(self) -> None:
        with _RUNNING_LOCK:
            _RUNNING.add(self)
        self.thread.start()

    def send(self, cmd) -> None:
        self.worker.send(cmd)

    def restart_process(self) -> None:
        self.worker.restart_process()

    def close(self, timeout_ms: int = 8000) -> bool:
        """Stop the worker and its process and wait for both. True if all ended.

        Safe in any state (starting, training, a stopped or hung process), from
        any number of calls, and at exit."""
        self.worker.stop()
        self.thread.quit()  # (before the loop's exec(): it returns at once then)
        ended = self.thread.wait(timeout_ms)
        if not ended:  # the loop is stuck (it never should be): killing the process ends any read
            self.worker.kill_process()
            ended = self.thread.wait(2000)
        if ended:
            with _RUNNING_LOCK:
                _RUNNING.discard(self)
        return ended


@atexit.register
def _close_all() -> None:
    """At exit (a script that raised, or never closed its window): close every
    worker still running, so Qt never destroys a running QThread (SIGABRT)."""
    with _RUNNING_LOCK:
        workers = list(_RUNNING)
    for w in workers:
        try:
            w.close()
        except Exception:  # at exit, as much as can be closed is closed
            traceback.print_exc()
