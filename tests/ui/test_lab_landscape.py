"""The loss-landscape window: it draws the Landscape it is given, asks the
controller without waiting, and only its newest request counts."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from dlviz.config import Config
from dlviz.training.landscape import DEFAULT_RESOLUTION, landscape, train_recording
from dlviz.training.trainer import Trainer
from dlviz.ui.lab import landscape as lab
from dlviz.ui.lab.landscape import UPSAMPLE, LandscapeWindow

TIMEOUT = 30_000


class FakeController(QObject):
    """The three members of RunController the window uses."""

    landscape_ready = Signal(int, object)
    landscape_failed = Signal(int, str)

    def __init__(self):
        super().__init__()
        self.requests = []

    def request_landscape(self, method="pca", resolution=DEFAULT_RESOLUTION, seed=0):
        self.requests.append((method, resolution, seed))
        return len(self.requests)

    def run_label(self):
        return "tanh, adam, lr 0.01 · epoch 30"


@pytest.fixture(scope="module")
def trained():
    t = Trainer(Config(dataset="spiral", samples=150, hidden=(6,), epochs=30, seed=1))
    return t, train_recording(t)


@pytest.fixture
def window(qtbot):
    from dlviz.ui.style import configure_pyqtgraph

    configure_pyqtgraph()
    c = FakeController()
    w = LandscapeWindow(c)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def test_the_image_is_the_landscapes_losses_and_the_path_its_trajectory(window, trained):
    t, snaps = trained
    ls = landscape(t, snaps, "pca", resolution=21)
    window.show_landscape(ls)
    img = window.plot.image.image
    assert img.shape == (20 * UPSAMPLE + 1, 20 * UPSAMPLE + 1)
    # At the grid points the image is log10 of the losses exactly; between them it interpolates.
    np.testing.assert_allclose(10 ** img[::UPSAMPLE, ::UPSAMPLE], ls.loss, rtol=1e-12)
    assert img.min() == pytest.approx(np.log10(ls.loss.min()))
    assert tuple(window.plot.image.levels) == pytest.approx((np.log10(ls.loss.min()), np.log10(ls.loss.max())))
    x, y = window.plot.path.getData()
    np.testing.assert_allclose(np.column_stack([x, y]), ls.trajectory)
    assert tuple(window.plot.now.getData()[0]) == (0.0,)  # the current weights: the centre
    pct = [f"{100 * e:.3g}% of variance" for e in ls.explained]
    assert window.plot.plot.getAxis("bottom").labelText == f"direction 1 ({pct[0]})"
    assert window.plot.plot.getAxis("left").labelText == f"direction 2 ({pct[1]})"
    # the image's pixels sit on the grid: its corners are the slice's corners
    r = window.plot.image.mapRectToParent(window.plot.image.boundingRect())
    d = (ls.alphas[-1] - ls.alphas[0]) / (20 * UPSAMPLE)
    assert (r.left() + d / 2, r.right() - d / 2) == pytest.approx((ls.alphas[0], ls.alphas[-1]))


def test_random_directions_are_labelled_as_such(window, trained):
    t, snaps = trained
    ls = landscape(t, snaps, "random", resolution=11, seed=4)
    window.show_landscape(ls)
    assert window.plot.plot.getAxis("bottom").labelText == "random direction 1 (filter-normalised)"
    np.testing.assert_allclose(10 ** window.plot.image.image[::UPSAMPLE, ::UPSAMPLE], ls.loss, rtol=1e-12)


def test_it_asks_the_controller_and_draws_only_its_newest_answer(window, trained, qtbot):
    t, snaps = trained
    c = window.controller
    window.method_box.setCurrentIndex(window.method_box.findData("random"))
    window.seed_box.setValue(7)
    first = window.compute()
    assert c.requests == [("random", 61, 7)]  # issue 21: a finer default (was 41)
    assert window.computing and window.status.text().startswith("Computing…")
    second = window.recompute_button.click() or c.requests and len(c.requests)
    assert second == 2 and first == 1
    old = landscape(t, snaps, "random", resolution=5, seed=1)
    new = landscape(t, snaps, "random", resolution=7, seed=7)
    drawn = []
    window.drawn.connect(drawn.append)
    c.landscape_ready.emit(first, old)  # superseded: ignored
    assert drawn == [] and window.computing
    c.landscape_failed.emit(first, "stale")
    assert "stale" not in window.status.text()
    c.landscape_ready.emit(second, new)
    assert drawn == [new] and not window.computing
    assert window.plot.image.image.shape == (6 * UPSAMPLE + 1,) * 2
    assert window.status.text().startswith("Loss at the current weights")


def test_a_failure_is_shown_and_the_window_goes_on(window):
    rid = window.compute()
    window.controller.landscape_failed.emit(rid, "train a few epochs first")
    assert window.status.text() == "No landscape: train a few epochs first"
    assert not window.computing


def test_seed_only_for_random_directions(window):
    window.method_box.setCurrentIndex(window.method_box.findData("pca"))
    assert not window.seed_box.isEnabled()
    window.method_box.setCurrentIndex(window.method_box.findData("random"))
    assert window.seed_box.isEnabled()
    assert [window.method_box.itemData(i) for i in range(window.method_box.count())] == list(lab.METHODS)


def test_upsample_keeps_the_grid_values():
    a = np.arange(12.0).reshape(3, 4) ** 2
    u = lab.upsample(a, 4)
    assert u.shape == (9, 13)
    np.testing.assert_array_equal(u[::4, ::4], a)
    assert u[0, 2] == pytest.approx((a[0, 0] + a[0, 1]) / 2)


def test_the_main_window_menus_open_both_labs(open_window, qtbot):
    from PySide6.QtGui import QAction

    w = open_window(Config(dataset="xor", samples=200, hidden=(4,), batch_size=20, epochs=0, seed=2))
    actions = {a.objectName(): a for a in w.findChildren(QAction)}
    actions["paths_lab_action"].trigger()
    assert w.labs.paths.window.isVisible() and w.labs.paths.window.objectName() == "paths_lab"
    w.labs.paths.window.close()

    w.controller.play()
    qtbot.waitUntil(lambda: w.frame is not None and w.frame.snap.epoch >= 5, timeout=TIMEOUT)
    actions["landscape_action"].trigger()
    lw = w.labs.landscape.window
    assert lw.objectName() == "landscape_window" and lw.isVisible()
    assert lw.computing and "Computing" in lw.status.text()
    with qtbot.waitSignal(lw.drawn, timeout=TIMEOUT) as got:
        pass
    ls = got.args[0]
    assert ls.loss.shape == (61, 61) and ls.method == "pca"
    np.testing.assert_allclose(10 ** lw.plot.image.image[::UPSAMPLE, ::UPSAMPLE], ls.loss, rtol=1e-12)
    assert not lw.computing
    w.controller.pause()


def test_with_no_training_process_the_window_says_so_instead_of_computing_for_ever(open_window, qtbot):
    """Issue 20 item 5: a request the training process can never answer is answered by the worker."""
    import os
    import signal

    from dlviz.training.messages import RunState

    w = open_window(Config(samples=200, hidden=(8,), seed=3))
    os.kill(w.controller.training_pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: w.controller.state == RunState.ERROR and w.controller.training_pid is None,
                    timeout=TIMEOUT)
    with qtbot.waitSignal(w.controller.landscape_failed, timeout=TIMEOUT) as got:
        win = lab.open_for(w)
    assert "not running" in got.args[1]
    qtbot.waitUntil(lambda: not win.computing, timeout=TIMEOUT)
    assert "not running" in win.status.text() and win.status.text().startswith("No landscape")
