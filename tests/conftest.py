"""Shared test set-up: offscreen Qt, and no QThread may outlive its test."""

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import atexit  # noqa: E402
import gc  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

# Hermetic: no test (nor a process a test starts: they inherit the environment) reads or
# writes the user's remembered settings (QSettings keeps them in $XDG_CONFIG_HOME). The
# compiled engine's disk cache is left where it is (beside the source, or
# $XDG_CACHE_HOME): sharing it is fine, and tests/ui/conftest.py makes sure no outcome
# depends on whether it is warm.
CONFIG_HOME = tempfile.mkdtemp(prefix="dlviz-tests-config-")
os.environ["XDG_CONFIG_HOME"] = CONFIG_HOME
atexit.register(shutil.rmtree, CONFIG_HOME, ignore_errors=True)

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


def _warm_compiled_engine() -> None:
    from dlviz.engine import kernel

    if kernel.AVAILABLE and not all(kernel.is_cached(dt) for dt in ("float32", "float64")):
        kernel.warmup()


def pytest_sessionstart(session):
    """Under pytest-xdist (the default: pyproject's addopts), the controlling process warms
    the compiled engine's cache once, before it starts the workers; each worker would
    otherwise compile it beside the other (20-60 s of CPU each on a cold cache)."""
    if hasattr(session.config, "workerinput"):  # a worker: the session fixture below
        return
    if getattr(session.config.option, "dist", "no") != "no" and getattr(session.config.option, "numprocesses", 0):
        _warm_compiled_engine()


@pytest.fixture(scope="session", autouse=True)
def compiled_engine_cached():
    """No outcome of a test that trains in a Session (a window's training process, or
    tests/training's in-process ones) depends on whether the compiled engine's disk cache is
    warm: with a cold one, the Session would train with NumPy, start a
    ``dlviz warmup`` process (20-60 s of CPU beside the tests) and switch engines
    mid-run. Compiled here once (a no-op when the cache is warm, as on any run after the
    first), before the first test: autouse for the whole suite, since the CLI's own
    subprocesses say on stderr when they train with NumPy for want of a warm cache."""
    _warm_compiled_engine()
