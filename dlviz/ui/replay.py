"""Replay: a timeline under the centre view that scrubs back through training, a Replay
button that plays it through, and File ▸ Export animation… (an animated GIF).

The training process keeps each run's weights every few steps
(:class:`dlviz.training.replay.Timeline`) and draws any of them on request
(``RunController.request_replay``: the centre picture and the look inside, a few ms).
The window never computes: it asks for one snapshot at a time, and while an answer is
on its way only the newest slider position is remembered, so scrubbing fast over a
thousand snapshots costs one request and one draw per answer, never a queue.

A replayed snapshot is drawn as a Frame: the run's live frame with the snapshot's
picture and inside, handed to the window's scheduler like any frame, so every view
(the centre view whatever the run's kind, the network diagram, the weights) shows
it; the loss view's cursor marks its epoch. Live frames that arrive meanwhile are
held back and shown when replay ends: when training resumes (Play), the run changes,
or the window leaves the comparison.

While training runs, the timeline is disabled (its tooltip says to pause): dragging
it could only show a moment that the next frame replaces.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QProgressDialog, QPushButton, QSlider, QSpinBox, QWidget)
from superqt.utils import create_worker

from ..training.frames import Frames
from ..training.messages import RunState
from . import animation
from .fonts import wm_title
from .runs import warn

SETTLE_MS = 150  # the slider resting this long: every view gets the snapshot
NETWORK_HZ = 8  # network diagram redraws a second at most while the slider moves
PLAY_FPS = 20  # frames a second while replaying
PLAY_SECONDS = 6.0  # a replay lasts about this long, however many snapshots (at most one frame per snapshot)
GIF_SIZES = ((640, 320), (960, 480), (1280, 640), (1920, 960))


class ReplayFeature(QObject):
    """The timeline bar under the centre view, the Replay button and the GIF export."""

    frame_shown = Signal(object)  # the ReplayFrame just drawn (tests wait on it)
    replay_finished = Signal()  # the Replay button's play-through reached the last snapshot
    gif_written = Signal(str, str)  # an animation: its path, and why it was not written ("" if it was)
    # From the encoding thread (the job, why not or ""): queued to this object's (the GUI) thread.
    _encoded = Signal(object, str)

    def __init__(self, win):
        super().__init__(win)
        self.win = win
        c = self.controller = win.controller
        self.steps = self.epochs = None  # the run's kept snapshots (ReplayFrame.steps / .epochs)
        self.index: int | None = None  # the snapshot shown (None: live)
        self.active = False  # a past snapshot is drawn (live frames are held back)
        self._held: Frames | None = None  # the newest live frames while active
        self._inflight: int | None = None  # request id awaited
        self._wanted: int | None = None  # the slider's newest position not yet asked for
        self._info_id: int | None = None
        self._gif: _GifJob | None = None

        self.bar = bar = QWidget()
        bar.setObjectName("timeline_bar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 0, 4, 2)
        self.button = QPushButton(self.tr("Replay"))
        self.button.setObjectName("replay_button")
        self.button.setCheckable(True)
        self.button.setToolTip(self.tr("Play training back from the start (Ctrl+Shift+R)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeline")
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setAccessibleName(self.tr("Training timeline"))
        self.slider.setRange(0, 0)
        self.slider.setPageStep(10)
        self.label = QLabel()
        self.label.setObjectName("timeline_label")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("epoch 00000.0 / 00000") + 8)
        row.addWidget(self.button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        win.decision_view.parentWidget().layout().addWidget(bar)  # under the centre view (the single run's)

        self.shown = None  # the replayed frame drawn last
        self._network_at = 0.0
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle.timeout.connect(self._settled)
        self.timer = QTimer(self)
        self.timer.setInterval(int(1000 / PLAY_FPS))
        self.timer.timeout.connect(self._tick)
        self.button.toggled.connect(self._on_button)
        self.slider.valueChanged.connect(self._on_slider)
        c.replay_ready.connect(self._on_answer)
        self._encoded.connect(lambda job, error: job.finish(error))
        c.state_changed.connect(self._on_state)
        c.run_started.connect(self._on_new_run)
        # Live frames pass through here: held back while a past snapshot shows.
        c.frames_ready.disconnect(win.scheduler.submit)
        c.frames_ready.connect(self._on_live)
        win.network_view.unit_hovered.connect(lambda *_: self._redraw())
        win.network_view.unit_left.connect(self._redraw)
        self.replay_action = win.add_action("train", self.tr("Replay training"), self.toggle_replay,
                                            name="replay_action", separator=True, shortcut="Ctrl+Shift+R",
                                            tip=self.tr("Play training back from the start, while paused"))
        self.export_action = win.add_action("file", self.tr("Export animation…"), self.open_export_dialog,
                                            name="export_animation_action",
                                            tip=self.tr("An animated GIF of the centre view and the curves, for slides"),
                                            before=self._after_history(win))
        self._on_state(c.state)

    @staticmethod
    def _after_history(win):
        """The File menu's action that follows "Export history as CSV…" (Export animation…
        is inserted before it: right after the other exports). Found by the history
        export's (translated) text; None: at the end of the menu."""
        history = QCoreApplication.translate("layouts", "Export history as CSV…")
        actions = win.menu("file").actions()
        at = next((i for i, a in enumerate(actions) if a.text() == history), None)
        return actions[at + 1] if at is not None and at + 1 < len(actions) else None

    # -- state ----------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """Can the timeline be used now (paused, one run)?"""
        c = self.controller
        return c.state not in (RunState.TRAINING, RunState.ERROR) and not c.compare

    def _on_state(self, state) -> None:
        ok = self.available
        if not ok:
            self.leave()
            if self._gif is not None:  # training went on: the snapshots asked for would move
                self._gif.abort(self.tr("Training resumed: export the animation again while paused."))
            tip = self.tr("Replay shows one run: leave the comparison first") if self.controller.compare else \
                self.tr("Pause training to scrub back through it")
        else:
            tip = self.tr("Drag (or use the arrow keys) to go back through training")
            self._ask_info()
        for w in (self.slider, self.button):
            w.setEnabled(ok)
        self.replay_action.setEnabled(ok)
        self.slider.setToolTip(tip)

    def _on_new_run(self, _info) -> None:
        """A new run (a reset, a change, a comparison): live again, its own snapshots."""
        self.leave()
        if self._gif is not None:
            self._gif.abort(self.tr("The run changed: export the animation again."))
        self.steps = self.epochs = None
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.blockSignals(False)
        self.label.setText("")
        self._on_state(self.controller.state)

    def _ask_info(self) -> None:
        self._info_id = self.controller.request_replay(None)

    def _on_live(self, frames) -> None:
        if self.active:
            self._held = frames
        else:
            self.win.scheduler.submit(frames)

    def leave(self) -> None:
        """Back to the live picture (training resumed, a new run, a comparison)."""
        self.timer.stop()
        self.button.blockSignals(True)
        self.button.setChecked(False)
        self.button.blockSignals(False)
        self.button.setText(self.tr("Replay"))
        self.settle.stop()
        if self.active:
            self.active = False
            self.index = self.shown = None
            self.win.loss_view.set_cursor(None)
            live = self._held or self.controller.frames
            self._held = None
            if live is not None:
                self.win.scheduler.submit(live)
        self._wanted = self._inflight = None  # an answer still on its way is not drawn (nor awaited)

    # -- the slider -----------------------------------------------------------------------------

    def _set_snapshots(self, steps, epochs) -> None:
        self.steps, self.epochs = steps, epochs
        n = len(steps)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, n - 1))
        if self.index is None or not self.active:
            self.slider.setValue(n - 1)
        self.slider.setPageStep(max(1, n // 20))
        self.slider.blockSignals(False)
        self._show_label(self.slider.value())

    def _show_label(self, i: int) -> None:
        if self.epochs is None or not len(self.epochs):
            self.label.setText("")
            return
        i = min(max(i, 0), len(self.epochs) - 1)
        total = self.epochs[-1]
        self.label.setText(self.tr("epoch {epoch} / {total}").format(epoch=f"{self.epochs[i]:.1f}",
                                                                      total=f"{total:.0f}"))

    def _on_slider(self, i: int) -> None:
        if not self.available or self.steps is None:
            return
        self._show_label(i)
        self.show_snapshot(i)

    def show_snapshot(self, i: int) -> None:
        """Draw kept snapshot ``i`` (asked of the training process; the newest wins)."""
        self._wanted = int(i)
        if self._inflight is None:
            self._request()

    def _request(self) -> None:
        i, self._wanted = self._wanted, None
        self._inflight = self.controller.request_replay(i)

    def _redraw(self) -> None:
        """The hovered unit changed: the snapshot again, with that unit's map."""
        if self.active and self.index is not None:
            self.show_snapshot(self.index)

    def _on_answer(self, msg) -> None:
        if msg.request_id == self._info_id:
            self._info_id = None
            if not msg.error and msg.run_id == self.controller.run_id and msg.steps is not None:
                self._set_snapshots(msg.steps, msg.epochs)
            return
        if self._gif is not None and self._gif.owns(msg.request_id):
            self._gif.on_answer(msg)
            return
        if msg.request_id != self._inflight:
            return
        self._inflight = None
        if self._wanted is not None and self.available:
            self._request()  # the slider moved on meanwhile: the newest position next
        if msg.error or msg.run_id != self.controller.run_id or not self.available:
            return
        live = self._held or self.controller.frames
        frame = live.primary if live is not None else None
        if frame is None:
            return
        if msg.steps is not None and (self.steps is None or len(msg.steps) != len(self.steps)):
            self._set_snapshots(msg.steps, msg.epochs)
        if not self.active:
            self.active, self._held = True, live
        self.index = msg.index
        shown = dataclasses.replace(animation.replay_frame_of(frame, msg.grid, msg.evaluation), inside=msg.inside)
        self.shown = shown
        # While the slider moves: the centre view and the cursor at once, the network now
        # and then; every other view once it rests (SETTLE_MS), through the scheduler as
        # any frame. Drawing them all for every snapshot made a fast drag stutter.
        win = self.win
        win._draw_fast(shown)
        win.loss_view.set_cursor(int(msg.steps[msg.index]))
        now = time.monotonic()
        if win.dock_on_screen("network_dock") and now - self._network_at >= 1.0 / NETWORK_HZ:
            self._network_at = now
            win.network_view.update_frame(shown)
        self.settle.start()
        self.frame_shown.emit(msg)

    def _settled(self) -> None:
        """The slider rests: every view gets the snapshot (the scheduler's way)."""
        if self.active and self.shown is not None:
            self.win.scheduler.submit(Frames((self.shown,), focus=self.shown.run_id))

    # -- the Replay button ------------------------------------------------------------------------

    def toggle_replay(self) -> None:
        if self.available:
            self.button.toggle()

    def _on_button(self, on: bool) -> None:
        if not on:
            self.timer.stop()
            self.button.setText(self.tr("Replay"))
            return
        if self.steps is None or len(self.steps) < 2:
            self.button.setChecked(False)
            return
        n = len(self.steps)
        self._stride = max(1, round(n / (PLAY_SECONDS * PLAY_FPS)))
        if self.slider.value() >= n - 1:
            self.slider.setValue(0)
        self.button.setText(self.tr("Stop"))
        self.timer.start()

    def _tick(self) -> None:
        if self._inflight is not None:
            return  # the last frame is not drawn yet: no frames skipped by a slow machine
        last = self.slider.maximum()
        i = min(last, self.slider.value() + self._stride)
        self.slider.setValue(i)
        if i >= last:
            self.timer.stop()
            self.button.blockSignals(True)
            self.button.setChecked(False)
            self.button.blockSignals(False)
            self.button.setText(self.tr("Replay"))
            self.replay_finished.emit()

    # -- the GIF ----------------------------------------------------------------------------------

    def open_export_dialog(self) -> None:
        """File ▸ Export animation…: where, how long and how big; then the export, with progress."""
        if self.controller.compare:
            warn(self.win, "animation_failed", self.tr("Export animation"),
                 self.tr("An animation shows one run: leave the comparison first."))
            return
        if self.controller.frames is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.win, self.tr("Export animation"), "training.gif",
                                              self.tr("GIF animations (*.gif)"))
        if not path:
            return
        dialog = AnimationDialog(self.win, len(self.steps) if self.steps is not None else animation.MAX_FRAMES)
        dialog.accepted.connect(lambda: self.export_gif(path, dialog.frames(), dialog.seconds(), dialog.gif_size()))
        dialog.open()

    def export_gif(self, path: str, frames: int = animation.DEFAULT_FRAMES,
                   seconds: float = animation.DEFAULT_SECONDS, size=animation.DEFAULT_SIZE) -> bool:
        """Write the run's GIF into ``path``: training pauses, the frames are asked for one by
        one and drawn as they come (the window stays live), encoded in a background thread.
        ``gif_written(path, why not)`` tells the end. False if it could not start."""
        try:
            frames, seconds, size = animation.check_spec(frames, seconds, size)
        except animation.AnimationError as e:
            warn(self.win, "animation_failed", self.tr("Export animation"), str(e))
            return False
        if self._gif is not None or self.controller.frames is None or self.controller.compare:
            return False
        if self.controller.playing:
            self.controller.pause()
        self.leave()
        progress = QProgressDialog(self.tr("Drawing the frames…"), self.tr("Cancel"), 0, frames, self.win)
        progress.setObjectName("animation_progress")
        progress.setWindowTitle(wm_title(self.tr("Export animation"), "Export animation"))
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._gif = _GifJob(self, path, frames, seconds, size, progress)
        progress.canceled.connect(self._gif.cancel)
        self._gif.start()
        return True

    def _gif_done(self, path: str, error: str) -> None:
        job, self._gif = self._gif, None
        if job is not None:
            job.progress.close()
            job.progress.deleteLater()
        if error:
            if error != "cancelled":
                warn(self.win, "animation_failed", self.tr("Export animation"), error)
        else:
            self.win.statusBar().showMessage(self.tr("Wrote {path}").format(path=path), 6000)
        self.gif_written.emit(path, error)

    @property
    def exporting(self) -> bool:
        return self._gif is not None


class _GifJob:
    """One GIF export: asks for the snapshots one by one, draws each as it comes, then
    encodes and writes in a background thread (superqt's worker)."""

    def __init__(self, feature: ReplayFeature, path: str, frames: int, seconds: float, size, progress):
        self.feature, self.path, self.frames, self.seconds, self.size = feature, path, frames, seconds, size
        self.progress = progress
        self.ids: set[int] = set()
        self.images: list = []
        self.stop = threading.Event()
        self.renderer = None
        self.indices = None
        self.steps = self.epochs = None
        self.live = feature.controller.frames.primary

    def owns(self, request_id: int) -> bool:
        return request_id in self.ids

    def _ask(self, index) -> None:
        self.ids.add(self.feature.controller.request_replay(index, inside=False))

    def start(self) -> None:
        self._ask(None)  # which snapshots there are (after the pause: none is added meanwhile)

    def cancel(self) -> None:
        self.stop.set()
        self._end("cancelled")

    def abort(self, why: str) -> None:
        self.stop.set()
        self._end(why)

    def _end(self, error: str) -> None:
        if self.renderer is not None:
            self.renderer.close()
            self.renderer = None
        if self.feature._gif is self:
            self.feature._gif_done(self.path, error)

    def on_answer(self, msg) -> None:
        self.ids.discard(msg.request_id)
        if self.stop.is_set():
            return
        if msg.error:
            self._end(str(msg.error))
            return
        if self.indices is None:
            from ..training.replay import frame_indices

            self.steps, self.epochs = msg.steps, msg.epochs
            self.indices = list(frame_indices(len(msg.steps), self.frames))
            self.progress.setMaximum(len(self.indices))
            kind = "points" if self.live.grid is not None and self.live.evaluation is None else \
                getattr(self.live.evaluation, "kind", "points")
            self.renderer = animation.FrameRenderer(self.live, self.size, kind)
        else:
            i = msg.index
            shown = animation.replay_frame_of(self.live, msg.grid, msg.evaluation)
            self.images.append(self.renderer.render(shown, int(self.steps[i]), float(self.epochs[i])))
            self.progress.setValue(len(self.images))
        if len(self.images) < len(self.indices):
            self._ask(int(self.indices[len(self.images)]))
            return
        self.renderer.close()
        self.renderer = None
        self.progress.setLabelText(QCoreApplication.translate("ReplayFeature", "Encoding the GIF…"))
        done = self.feature._encoded
        self.feature.destroyed.connect(self.stop.set)  # the window closed meanwhile: stop encoding

        def tell(error: str) -> None:  # (in the encoding thread: queued to the GUI thread)
            try:
                done.emit(self, error)
            except RuntimeError:  # the window is gone: nobody to tell
                pass

        create_worker(_encode_and_write, self.images, self.seconds, self.path, self.stop.is_set, _start_thread=True,
                      _ignore_errors=True,
                      _connect={"returned": lambda ok: tell("" if ok else "cancelled"),
                                "errored": lambda e: tell(self._why(e))})

    def _why(self, e: BaseException) -> str:
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        return f"{self.path}: {why}"

    def finish(self, error: str) -> None:
        """The encoding thread's answer (in the GUI thread)."""
        if not self.stop.is_set():
            self._end(error)


def _encode_and_write(images, seconds: float, path: str, should_stop) -> bool:
    data = animation.encode_gif(images, seconds, should_stop)
    if data is None:
        return False
    animation.write_bytes(path, data)
    return True


class AnimationDialog(QDialog):
    """The GIF's length (frames, seconds) and size."""

    def __init__(self, parent, snapshots: int):
        super().__init__(parent)
        self.setObjectName("animation_dialog")
        self.setWindowTitle(wm_title(self.tr("Export animation"), "Export animation"))
        form = QFormLayout(self)
        most = max(animation.MIN_FRAMES, min(animation.MAX_FRAMES, snapshots))
        self.frames_box = QSpinBox()
        self.frames_box.setObjectName("animation_frames")
        self.frames_box.setRange(animation.MIN_FRAMES, most)
        self.frames_box.setValue(min(animation.DEFAULT_FRAMES, most))
        self.frames_box.setToolTip(self.tr("At most one frame per kept snapshot ({n} kept)").format(n=snapshots))
        self.seconds_box = QDoubleSpinBox()
        self.seconds_box.setObjectName("animation_seconds")
        self.seconds_box.setRange(animation.MIN_SECONDS, animation.MAX_SECONDS)
        self.seconds_box.setDecimals(1)
        self.seconds_box.setValue(animation.DEFAULT_SECONDS)
        self.seconds_box.setSuffix(self.tr(" s"))
        self.size_box = QComboBox()
        self.size_box.setObjectName("animation_size")
        for w, h in GIF_SIZES:
            self.size_box.addItem(f"{w} × {h}", (w, h))
        self.size_box.setCurrentIndex(GIF_SIZES.index(animation.DEFAULT_SIZE))
        form.addRow(self.tr("Frames"), self.frames_box)
        form.addRow(self.tr("Length"), self.seconds_box)
        form.addRow(self.tr("Size (pixels)"), self.size_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def frames(self) -> int:
        return self.frames_box.value()

    def seconds(self) -> float:
        return self.seconds_box.value()

    def gif_size(self) -> tuple[int, int]:
        return tuple(self.size_box.currentData())
