"""The training process must not outlive a GUI that is killed (no cleanup runs)."""

import os
import subprocess
import sys

import pytest

SCRIPT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from dlviz.config import Config
from dlviz.ui.main_window import MainWindow

if __name__ == "__main__":
    app = QApplication([])
    w = MainWindow(Config(samples=200))
    w.show()

    def tick():
        if w.training_pid and w.frame is not None and w.frame.snap.step > 0:
            print(w.training_pid, flush=True)
            os.kill(os.getpid(), 9)  # no closeEvent, no atexit: as if the user killed it

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    w.play()
    app.exec()
"""


def _gone(pid: int) -> bool:
    """Has the process exited? (No /proc needed: signal 0, then ps for a zombie.)"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    state = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True).stdout
    return state.strip().startswith("Z") or not state.strip()  # a zombie has exited, only not yet reaped


@pytest.mark.slow  # a GUI process and its training process, killed
def test_child_exits_when_gui_is_killed(tmp_path, qtbot):
    script = tmp_path / "gui.py"
    script.write_text(SCRIPT)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == -9, proc.stderr[-500:]
    pid = int(proc.stdout.split()[0])
    qtbot.waitUntil(lambda: _gone(pid), timeout=10_000)
