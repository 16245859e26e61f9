"""Shared set-up of the window tests."""

from __future__ import annotations

import pytest

WINDOW_TIMEOUT = 15_000  # ms; the first run also starts the training process


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_in_the_gui_thread(qapp):
    """As the app does (dlviz.ui.app.application): the GUI thread's timer collects while
    tests wait (see tests/conftest.py)."""
    from dlviz.ui import gc_policy

    gc_policy.install()


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
