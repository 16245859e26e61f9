"""The worker thread and its training process, without a window: nothing stuck, nothing silent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from dlviz.config import Config
from dlviz.training.messages import NewRun
from dlviz.ui import worker as worker_module
from dlviz.ui.worker import WorkerThread

TIMEOUT = 20_000
CONFIG = Config(samples=100, hidden=(4,))


@pytest.fixture
def wt(qtbot):
    w = WorkerThread()
    w.frames = []
    w.deaths = []
    w.stalls = []
    w.worker.frames_ready.connect(w.frames.append)
    w.worker.process_died.connect(w.deaths.append)
    w.worker.stalled.connect(w.stalls.append)
    w.start()
    yield w
    assert w.close()


def new_run(w, run_id: int, play: bool = False) -> None:
    w.send(NewRun(run_id, CONFIG, play=play))


def frames_of(w, run_id: int) -> list:
    return [f for fs in w.frames for f in fs if f.run_id == run_id]


def test_a_process_that_cannot_start_is_reported_and_the_next_run_recovers(wt, qtbot):
    """Issue 9 item 1, as reproduced: too few file descriptors left to make the pipes."""
    resource = pytest.importorskip("resource")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    open_fds = len(os.listdir("/dev/fd")) if os.path.isdir("/dev/fd") else 64
    resource.setrlimit(resource.RLIMIT_NOFILE, (open_fds + 1, hard))
    try:
        new_run(wt, 1)
        qtbot.waitUntil(lambda: bool(wt.deaths), timeout=TIMEOUT)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert wt.deaths[0].startswith("could not start the training process")
    assert wt.thread.isRunning()  # the thread lives on
    new_run(wt, 2)
    qtbot.waitUntil(lambda: bool(frames_of(wt, 2)), timeout=TIMEOUT)


def test_an_exception_in_the_worker_loop_is_reported_and_survived(wt, qtbot, monkeypatch):
    new_run(wt, 1)
    qtbot.waitUntil(lambda: bool(frames_of(wt, 1)), timeout=TIMEOUT)

    def broken(msg):
        raise RuntimeError("a bug")

    monkeypatch.setattr(wt.worker._folder, "add", broken)
    new_run(wt, 2)
    qtbot.waitUntil(lambda: bool(wt.deaths), timeout=TIMEOUT)
    assert "the training worker failed: RuntimeError: a bug" in wt.deaths[0]
    monkeypatch.undo()
    new_run(wt, 3)
    qtbot.waitUntil(lambda: bool(frames_of(wt, 3)), timeout=TIMEOUT)


def test_a_killed_process_is_named_by_its_signal(wt, qtbot):
    """Issue 9 item 11: never "exit code None"."""
    new_run(wt, 1, play=True)
    qtbot.waitUntil(lambda: bool(frames_of(wt, 1)), timeout=TIMEOUT)
    os.kill(wt.worker.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(wt.deaths), timeout=TIMEOUT)
    assert "killed by signal 9 (SIGKILL)" in wt.deaths[0] and "None" not in wt.deaths[0]
    assert wt.worker.pid is None


def test_a_stopped_process_trips_the_watchdog_and_restart_recovers(wt, qtbot, monkeypatch):
    """Issue 9 item 4: SIGSTOP is noticed; restart_process() kills it and a new run gets a new process."""
    monkeypatch.setattr(worker_module, "WATCHDOG_SECONDS", 1.0)
    new_run(wt, 1)  # paused: only heartbeats come, and they must count as life
    qtbot.waitUntil(lambda: bool(frames_of(wt, 1)), timeout=TIMEOUT)
    pid = wt.worker.pid
    with qtbot.assertNotEmitted(wt.worker.stalled, wait=2000):
        pass  # idle, not stalled
    os.kill(pid, signal.SIGSTOP)
    try:
        qtbot.waitUntil(lambda: bool(wt.stalls), timeout=TIMEOUT)
        assert wt.stalls[0].startswith("training process not responding")
        wt.restart_process()
        qtbot.waitUntil(lambda: bool(wt.deaths), timeout=TIMEOUT)
        assert "restarted" in wt.deaths[0]
        new_run(wt, 2, play=True)
        qtbot.waitUntil(lambda: bool(frames_of(wt, 2)), timeout=TIMEOUT)
        assert wt.worker.pid not in (None, pid)
    finally:
        try:
            os.kill(pid, signal.SIGCONT)
        except ProcessLookupError:
            pass


def test_a_process_that_never_speaks_is_given_up(wt, qtbot, monkeypatch):
    """Issue 9 item 3, second half: a child that sends nothing at all is not waited for for ever."""

    class Silent(worker_module._Child):
        def __init__(self, cmd_in, msg_out):
            self.process = None
            fds = (cmd_in.fileno(), msg_out.fileno())  # it holds the pipes open and says nothing
            self.popen = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], pass_fds=fds)
            self.pid = self.popen.pid

    monkeypatch.setattr(worker_module, "_Child", Silent)
    monkeypatch.setattr(worker_module, "STARTUP_SECONDS", 1.0)
    new_run(wt, 1)
    qtbot.waitUntil(lambda: bool(wt.deaths), timeout=TIMEOUT)
    assert wt.deaths[0].startswith("the training process did not start")


GUARDLESS = """
import os, sys
with open({marker!r}, "a") as f:
    f.write("top level ran\\n")  # once per run of this file's top level
from PySide6.QtCore import QCoreApplication, QTimer
from dlviz.config import Config
from dlviz.training.messages import NewRun
from dlviz.ui.worker import WorkerThread

app = QCoreApplication([])
w = WorkerThread()
w.worker.frames_ready.connect(lambda fs: (print("frames", flush=True), app.quit()))
w.worker.process_died.connect(lambda why: (print("died", why, flush=True), app.quit()))
w.start()
w.send(NewRun(1, Config(samples=100, hidden=(4,)), play=True))
QTimer.singleShot(60_000, app.quit)
app.exec()
w.close()
"""


def test_a_script_without_a_main_guard_works(tmp_path):
    """Issue 9 item 3: the training process does not re-run the user's script."""
    marker = tmp_path / "runs.txt"
    script = tmp_path / "no_guard.py"
    script.write_text(textwrap.dedent(GUARDLESS.format(marker=str(marker))))
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr[-800:]
    assert proc.stdout.splitlines()[0] == "frames", proc.stdout + proc.stderr[-800:]
    assert marker.read_text().count("top level ran") == 1


def test_the_worker_messages_go_through_the_translator(wt, qtbot):
    """The window shows these words: they are translated like every other string."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    import re

    class Shouting(QTranslator):  # (upper case but the {placeholders})
        def translate(self, context, text, disambiguation=None, n=-1):
            if context not in ("TrainingWorker", "errors"):
                return None
            return re.sub(r"\{[^}]*\}|[^{]+", lambda m: m[0] if m[0][0] == "{" else m[0].upper(), text)

    tr = Shouting()
    QCoreApplication.installTranslator(tr)
    try:
        new_run(wt, 1)
        qtbot.waitUntil(lambda: bool(frames_of(wt, 1)), timeout=TIMEOUT)
        os.kill(wt.worker.pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: bool(wt.deaths), timeout=TIMEOUT)
    finally:
        QCoreApplication.removeTranslator(tr)
    assert wt.deaths[0] == "THE TRAINING PROCESS STOPPED UNEXPECTEDLY (KILLED BY SIGNAL {0} ({1}))".format(9, "SIGKILL")


def test_a_second_stall_is_reported_too(wt, qtbot, monkeypatch):
    """Issue 19 item 9: stopped, warned, the warning closed and Play pressed: still
    silent, so warned again. And once it has spoken again, a new stop is warned too."""
    from dlviz.training.messages import Control

    monkeypatch.setattr(worker_module, "WATCHDOG_SECONDS", 1.0)
    new_run(wt, 1)
    qtbot.waitUntil(lambda: bool(frames_of(wt, 1)), timeout=TIMEOUT)
    pid = wt.worker.pid
    os.kill(pid, signal.SIGSTOP)
    try:
        qtbot.waitUntil(lambda: len(wt.stalls) == 1, timeout=TIMEOUT)
        wt.send(Control("play"))  # the user pressed Play: asked again, it must answer again
        qtbot.waitUntil(lambda: len(wt.stalls) == 2, timeout=TIMEOUT)
        os.kill(pid, signal.SIGCONT)  # it comes back: frames flow again
        seen = len(frames_of(wt, 1))
        qtbot.waitUntil(lambda: len(frames_of(wt, 1)) > seen + 2, timeout=TIMEOUT)
        os.kill(pid, signal.SIGSTOP)
        qtbot.waitUntil(lambda: len(wt.stalls) == 3, timeout=TIMEOUT)
        assert all(s.startswith("training process not responding") for s in wt.stalls)
        assert wt.worker.pid == pid and not wt.deaths  # warned, never killed behind the user's back
    finally:
        os.kill(pid, signal.SIGCONT)


class _HalfSent(worker_module._Child):
    """A process that starts a big message, sends part of it and then says nothing:
    as one stopped (SIGSTOP) in the middle of sending a snapshot."""

    def __init__(self, cmd_in, msg_out):
        self.process = None
        fds = (cmd_in.fileno(), msg_out.fileno())
        code = ("import os, struct, sys, time; fd = int(sys.argv[1]); "
                "os.write(fd, struct.pack('!i', 100000) + b'x' * 1000); time.sleep(60)")
        self.popen = subprocess.Popen([sys.executable, "-c", code, str(msg_out.fileno())], pass_fds=fds)
        self.pid = self.popen.pid


def test_a_process_stopped_in_the_middle_of_a_message_is_seen_as_stalled_and_closing_ends(qtbot, monkeypatch):
    """Issue 19 items 2 and 12: the worker never waits on a half-sent message (it used to,
    for ever: no warning, and closing timed out and aborted)."""
    monkeypatch.setattr(worker_module, "_Child", _HalfSent)
    monkeypatch.setattr(worker_module, "WATCHDOG_SECONDS", 1.0)
    w = WorkerThread()
    stalls = []
    w.worker.stalled.connect(stalls.append)
    w.start()
    try:
        w.send(NewRun(1, CONFIG))
        qtbot.waitUntil(lambda: bool(stalls), timeout=TIMEOUT)
        child = w.worker._child
        assert stalls[0].startswith("training process not responding")
    finally:
        assert w.close(timeout_ms=TIMEOUT)
    assert child.popen.returncode == -signal.SIGKILL  # it never read "quit": killed, not waited for


def test_closing_with_a_stopped_process_kills_it(qtbot):
    """Issue 19 item 12: closing ends whatever state the process is in."""
    w = WorkerThread()
    frames = []
    w.worker.frames_ready.connect(frames.append)
    w.start()
    w.send(NewRun(1, CONFIG, play=True))
    qtbot.waitUntil(lambda: bool(frames), timeout=TIMEOUT)
    child = w.worker._child
    os.kill(child.pid, signal.SIGSTOP)
    assert w.close(timeout_ms=TIMEOUT)
    assert child.popen.returncode == -signal.SIGKILL
    assert not w.thread.isRunning()


def test_a_healthy_process_ends_by_itself_on_close(qtbot):
    """Closing asks the process to quit; it ends at once (exit code 0), not killed."""
    w = WorkerThread()
    frames = []
    w.worker.frames_ready.connect(frames.append)
    w.start()
    w.send(NewRun(1, CONFIG, play=True))
    qtbot.waitUntil(lambda: bool(frames), timeout=TIMEOUT)
    child = w.worker._child
    assert w.close(timeout_ms=TIMEOUT)
    assert child.popen.returncode == 0
