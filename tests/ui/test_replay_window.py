"""Replay in the window: the timeline scrubs back through training while paused (the
regions, the network and the curves' cursor follow), Replay plays it through to the
last snapshot, Play returns to live; and the animated GIF (headless and from the window)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dlviz.config import Config
from dlviz.training import headless
from dlviz.training.trainer import Trainer
from dlviz.ui import animation

TIMEOUT = 30_000
CFG = Config(dataset="spiral", classes=3, samples=200, hidden=(16, 16), activation="tanh", epochs=25)


def _gif_frames(path):
    with Image.open(path) as im:
        frames = []
        for k in range(im.n_frames):
            im.seek(k)
            frames.append(np.asarray(im.convert("RGB")))
        return frames, im.size


def test_a_headless_gif_has_the_frames_asked_for_and_they_change_over_training(tmp_path):
    t = Trainer(CFG.replace(epochs=15))
    tl = headless.animation_timeline(t, 12)
    with headless.blas_limited():
        headless.train(t, timeline=tl)
    out = tmp_path / "training.gif"
    result = animation.headless_gif(t, tl, out, frames=12, seconds=1.2, size=(640, 320))
    frames, size = _gif_frames(out)
    assert len(frames) == result.frames == 12 and size == (640, 320) == result.size
    assert result.bytes == out.stat().st_size
    first, last = frames[0].astype(int), frames[-1].astype(int)
    changed = np.abs(first - last).sum(axis=2) > 30
    assert changed.mean() > 0.05  # the regions (and the cursor) moved: not a still picture
    with Image.open(out) as im:
        assert im.info["duration"] == 100 and im.info.get("loop") == 0  # 1.2 s / 12 frames, looping


@pytest.mark.parametrize("bad", [dict(frames=1), dict(frames=1001), dict(seconds=0), dict(size=(10, 10))])
def test_a_bad_length_or_size_is_refused(bad):
    spec = dict(frames=10, seconds=2.0, size=(640, 320), **{})
    spec.update(bad)
    with pytest.raises(animation.AnimationError):
        animation.check_spec(spec["frames"], spec["seconds"], spec["size"])


@pytest.fixture
def trained(open_window, qtbot):
    w = open_window(CFG)
    w.play()
    # While training the timeline cannot be used: it says to pause.
    assert w.controller.state == "training"
    assert not w.replay.slider.isEnabled() and not w.replay.button.isEnabled()
    assert "Pause" in w.replay.slider.toolTip()
    qtbot.waitUntil(lambda: w.frame.snap.state == "finished" and w.replay.slider.isEnabled()
                    and w.replay.slider.maximum() >= 5, timeout=TIMEOUT)
    return w


def _shown(win, qtbot, i):
    """Move the timeline to ``i`` and wait until that snapshot is drawn: the decision image then."""
    r = win.replay
    r.slider.setValue(i)
    qtbot.waitUntil(lambda: r.index == i and r._inflight is None and win.frame is r.shown, timeout=TIMEOUT)
    return np.array(win.decision_view.image.image)


def test_the_timeline_moves_the_regions_the_network_and_the_cursor(trained, qtbot):
    win, r = trained, trained.replay
    n = r.slider.maximum() + 1
    assert r.slider.value() == n - 1 and r.steps[-1] == win.frame.snap.step  # at the end: the run now
    assert win.loss_view.cursor_epoch is None  # not replaying yet
    first = _shown(win, qtbot, 0)
    assert r.active and win.loss_view.cursor_epoch == pytest.approx(0.0)
    middle = n // 2
    _shown(win, qtbot, middle)
    assert win.loss_view.cursor_epoch == pytest.approx(r.epochs[middle])  # the cursor at the snapshot's epoch
    assert 0 < r.epochs[middle] < r.epochs[-1]
    assert win.frame.inside is not None and win.network_view._inside is win.frame.inside  # the diagram follows
    last = _shown(win, qtbot, n - 1)
    assert win.loss_view.cursor_epoch == pytest.approx(CFG.epochs)
    assert first.shape == last.shape
    assert np.abs(first.astype(int) - last.astype(int)).sum(axis=2).mean() > 20  # the regions moved
    # The keyboard: Home goes back to the start.
    r.slider.setFocus()
    qtbot.keyClick(r.slider, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: r.index == 0 and r._inflight is None, timeout=TIMEOUT)
    assert "epoch 0.0" in r.label.text()


def test_replay_plays_to_the_last_snapshot_and_play_returns_to_live(trained, qtbot):
    win, r = trained, trained.replay
    r.slider.setValue(0)
    with qtbot.waitSignal(r.replay_finished, timeout=TIMEOUT):
        r.button.click()
    qtbot.waitUntil(lambda: r._inflight is None, timeout=TIMEOUT)
    assert r.slider.value() == r.slider.maximum() and r.index == r.slider.maximum()
    assert not r.button.isChecked() and r.button.text() == "Replay"
    assert win.loss_view.cursor_epoch == pytest.approx(r.epochs[-1])
    # Training again (a new budget: Reset keeps nothing to replay, a change of epochs goes on).
    win.controller.set_value("epochs", 40)
    win.play()
    qtbot.waitUntil(lambda: win.frame.snap.state == "training" or win.frame.snap.epoch > 25, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not r.active, timeout=TIMEOUT)
    assert win.loss_view.cursor_epoch is None and r.index is None


def test_export_animation_from_the_window(trained, qtbot, tmp_path):
    win, r = trained, trained.replay
    out = tmp_path / "from_window.gif"
    with qtbot.waitSignal(r.gif_written, timeout=60_000) as got:
        assert r.export_gif(str(out), frames=6, seconds=1.0, size=(640, 320))
    assert got.args == [str(out), ""]
    frames, size = _gif_frames(out)
    assert len(frames) == 6 and size == (640, 320)
    assert np.abs(frames[0].astype(int) - frames[-1].astype(int)).sum() > 0
    assert not r.exporting


def test_playing_during_an_export_stops_it_with_a_reason(trained, qtbot, tmp_path):
    win, r = trained, trained.replay
    out = tmp_path / "never.gif"
    with qtbot.waitSignal(r.gif_written, timeout=TIMEOUT) as got:
        assert r.export_gif(str(out), frames=50, seconds=2.0, size=(640, 320))
        win.controller.set_value("epochs", 60)
        win.play()  # the snapshots asked for would move under the export
    assert got.args[0] == str(out) and "Training resumed" in got.args[1]
    assert not r.exporting and not out.exists()
    qtbot.waitUntil(lambda: win.findChild(QWidget, "animation_failed") is not None, timeout=TIMEOUT)
    win.findChild(QWidget, "animation_failed").close()
