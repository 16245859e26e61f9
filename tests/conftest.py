"""Shared test set-up: offscreen Qt, and no QThread may outlive its test."""

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc  # noqa: E402

import pytest  # noqa: E402


def pytest_configure(config):
    """The window's garbage-collection policy for the whole run (dlviz.ui.gc_policy):
    no thread collects by itself (a collection in a worker thread destroying leftover
    Qt objects deadlocked a CI run); the main thread collects between tests, and the
    GUI thread's timer while a test waits."""
    from dlviz.ui import gc_policy

    gc_policy.policy()


@pytest.fixture(autouse=True)
def _garbage_collected_in_the_main_thread():
    yield
    from dlviz.ui import gc_policy

    gc.disable()  # a test may have turned it on
    gc_policy.policy().step()


@pytest.fixture(autouse=True)
def _no_thread_left_running(request):
    """Fail a test that leaves a QThread running (napari keeps the same guard).

    Threads are found through the dlviz worker registry, so tests that never
    touch Qt pay nothing."""
    yield
    if "PySide6.QtCore" not in __import__("sys").modules:
        return
    from dlviz.ui import worker

    alive = [t for t in worker.live_threads() if t.isRunning()]
    if alive:
        for t in alive:  # stop them so one leak does not cascade into later tests
            t.quit()
            t.wait(5000)
        pytest.fail(f"{len(alive)} QThread(s) still running after the test")


@pytest.fixture
def read_only_dir(tmp_path):
    """A folder nobody may write in (skipped as root, where chmod does not stop writes);
    made writable again after the test so that pytest can clean it up."""
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as root: chmod does not stop writes")
        yield ro
    finally:
        ro.chmod(0o755)
