"""Issue 19 item 12: a script that raises after ``MainWindow()`` exits with its
exception, never with SIGABRT ("QThread: Destroyed while thread ... is still
running"), whatever the training worker is doing at that moment."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = """
import os, signal, sys
from PySide6.QtCore import QEventLoop, QTimer
from dlviz.config import Config
from dlviz.ui.app import application
from dlviz.ui.main_window import MainWindow

state = sys.argv[1]
app = application()
win = MainWindow(Config(samples=200, hidden=(8,)))
win.show()
if state != "starting":
    win.play()
    loop = QEventLoop()  # (not app.exec(): Qt 6's quit() closes the windows)
    def training(*_):
        if win.frame is not None and win.frame.snap.step > 0:
            loop.quit()
    win.frame_drawn.connect(training)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    assert win.isVisible() and win.worker_thread.isRunning()
    assert win.frame is not None and win.frame.snap.step > 0, "it never trained"
    if state == "stopped":
        os.kill(win.training_pid, signal.SIGSTOP)  # a hung training process
    print("pid", win.training_pid, flush=True)
raise RuntimeError("the script failed here")
"""


# A full app process each: the quick tier keeps the training one; the other two are slow
# (a stopped process at close is in the quick tier as tests/ui/test_worker.py's).
@pytest.mark.parametrize("state", [pytest.param("starting", marks=pytest.mark.slow), "training",
                                   pytest.param("stopped", marks=pytest.mark.slow)])
def test_a_script_that_raises_after_building_the_window_exits_with_its_error(tmp_path, state):
    script = tmp_path / "raises.py"
    script.write_text(textwrap.dedent(SCRIPT))
    proc = subprocess.run([sys.executable, str(script), state], capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert "RuntimeError: the script failed here" in proc.stderr, proc.stderr[-1500:]
    assert "QThread: Destroyed" not in proc.stderr, proc.stderr[-1500:]
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-1500:])  # not -6 (SIGABRT)
    if state != "starting":
        pid = int(proc.stdout.split()[-1])
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            pass  # the training process is gone too
        else:
            try:
                with open(f"/proc/{pid}/stat") as f:
                    zombie_or_gone = f.read().split(")")[-1].split()[0] in ("Z", "X")
            except FileNotFoundError:
                zombie_or_gone = True
            if not zombie_or_gone:
                os.kill(pid, 9)
            assert zombie_or_gone, "the training process outlived the script"
