"""Animated GIFs of training, for slides: the centre view beside the loss and accuracy
curves, one frame per kept weight snapshot (:mod:`dlviz.training.replay`), a cursor on
the curves at the snapshot's epoch and the epoch and step written in the corner.

The pictures are drawn by the window's own views (offscreen copies of them, never the
ones on screen), so a GIF looks like the window. The centre view is the one the run's
kind has (:data:`CENTRE_VIEWS`: 2-D points draw decision regions; other kinds register
theirs). The curves are drawn once; each frame moves only their cursor. Encoding uses
Pillow with one palette for every frame (taken from the first, middle and last
frames), so colours do not flicker; the file is written whole or not at all.

``dlviz train ... --animate out.gif`` (:func:`headless_gif`) and File ▸ Export
animation… (:mod:`dlviz.ui.replay`) both use :class:`FrameRenderer` and
:func:`write_gif`.
"""

from __future__ import annotations

import dataclasses
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

DEFAULT_FRAMES, MIN_FRAMES, MAX_FRAMES = 100, 2, 1000
DEFAULT_SECONDS, MIN_SECONDS, MAX_SECONDS = 5.0, 0.5, 600.0
DEFAULT_SIZE = (960, 480)
MIN_SIZE, MAX_SIZE = (320, 200), (3840, 2160)
CAPTION_PX = 26
MIN_DELAY_MS = 20  # GIF delays are in 10 ms; most viewers slow anything shorter to 100 ms


class AnimationError(ValueError):
    """A bad length, size or file for an animation: the message says which and why."""


def check_spec(frames, seconds, size) -> tuple[int, float, tuple[int, int]]:
    """The animation's frames, seconds and (width, height), checked: AnimationError if not."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(frames, bool) or not isinstance(frames, (int, np.integer)) \
            or not MIN_FRAMES <= frames <= MAX_FRAMES:
        raise AnimationError(QCoreApplication.translate("animation", "frames must be a whole number from {lo} to {hi}, got {value}")
                             .format(lo=MIN_FRAMES, hi=MAX_FRAMES, value=frames))
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not np.isfinite(seconds) \
            or not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise AnimationError(QCoreApplication.translate("animation", "seconds must be a number from {lo:g} to {hi:g}, got {value}")
                             .format(lo=MIN_SECONDS, hi=MAX_SECONDS, value=seconds))
    w, h = size
    if not (MIN_SIZE[0] <= w <= MAX_SIZE[0] and MIN_SIZE[1] <= h <= MAX_SIZE[1]):
        raise AnimationError(QCoreApplication.translate("animation", "the size must be from {w0}x{h0} to {w1}x{h1} pixels, got {w}x{h}")
                             .format(w0=MIN_SIZE[0], h0=MIN_SIZE[1], w1=MAX_SIZE[0], h1=MAX_SIZE[1], w=w, h=h))
    return int(frames), float(seconds), (int(w), int(h))


def parse_size(text: str) -> tuple[int, int]:
    """``"960x480"`` -> (960, 480); AnimationError if it is not WxH."""
    from PySide6.QtCore import QCoreApplication

    w, sep, h = str(text).strip().lower().partition("x")
    if not sep or not w.isdigit() or not h.isdigit():
        raise AnimationError(QCoreApplication.translate("animation", "the size must be WIDTHxHEIGHT in pixels (like 960x480), got {value!r}")
                             .format(value=text))
    return int(w), int(h)


def _decision_view():
    from .views import DecisionView

    return DecisionView()


#: kind (``Dataset.kind``) -> factory of the centre view a GIF shows (a view with
#: ``update_frame(frame)``). Kinds without an entry show the decision view.
def _embedding_view():
    from .views.embedding import EmbeddingView

    return EmbeddingView()


def _regression_view():
    from .views.regression import RegressionView

    return RegressionView()


CENTRE_VIEWS: dict[str, Callable[[], object]] = {"points": _decision_view, "image": _embedding_view,
                                                 "curve": _regression_view, "surface": _regression_view}


def _to_pil(image):
    """A QImage as a Pillow RGB image (copied)."""
    from PIL import Image
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    rows = np.frombuffer(img.constBits(), np.uint8, count=h * bpl).reshape(h, bpl)
    return Image.fromarray(np.ascontiguousarray(rows[:, : 3 * w]).reshape(h, w, 3), "RGB")


class FrameRenderer:
    """Draws GIF frames of one run: offscreen copies of its centre view and of the loss
    view, side by side in a ``size`` picture. ``frame`` is the run's live Frame (its
    history: the curves); :meth:`render` takes it again with a snapshot's picture."""

    def __init__(self, frame, size: tuple[int, int] = DEFAULT_SIZE, kind: str = "points"):
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtGui import QColor, QImage, QPainter

        from .views.loss import LossView

        self.size = w, h = size
        self.frame = frame
        self.centre = CENTRE_VIEWS.get(kind, _decision_view)()
        self.curves = LossView()
        self.split = max(MIN_SIZE[1], min(w // 2, h + 40))  # the centre view's width: about square
        self.top = CAPTION_PX  # a strip above both views for "epoch 12.0 · step 480"
        for view, width in ((self.centre, self.split), (self.curves, w - self.split)):
            view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            view.resize(width, h - self.top)
            view.show()
        self.centre.update_frame(frame)
        self.curves.update_frame(frame)
        self.curves.set_cursor(None)
        QCoreApplication.sendPostedEvents(None, 0)  # lay the plots out at their size
        # Painting a plot's axes and legend costs more than its data (text): they are drawn
        # once, and each frame paints only the centre's plane; the curves' cursor is drawn here.
        self._base = QImage(w, h, QImage.Format.Format_RGB32)
        self._base.fill(QColor(255, 255, 255))
        p = QPainter(self._base)
        try:
            p.drawPixmap(0, self.top, self.centre.grab())
            p.drawPixmap(self.split, self.top, self.curves.grab())
        finally:
            p.end()
        # The decision regions' axes never move, so a frame repaints their plane alone; a PCA
        # map's axes (and a regression's) follow the snapshot's data: the whole view, each frame.
        self._plane = self._plane_rect() if kind == "points" else None
        self._cursor_boxes = [(vb, self.curves.mapFromScene(vb.sceneBoundingRect()).boundingRect())
                              for vb in (self.curves.loss_plot.vb, self.curves.acc_plot.vb)]

    def _plane_rect(self):
        """Where the centre view's plot area is, in its pixels (the whole view if it has none)."""
        from PySide6.QtCore import QRect

        item = getattr(self.centre, "getPlotItem", None)
        if item is None:
            return QRect(0, 0, self.centre.width(), self.centre.height())
        return self.centre.mapFromScene(item().getViewBox().sceneBoundingRect()).boundingRect()

    def render(self, picture_frame, step: int, epoch: float):
        """One frame (a Pillow RGB image): the centre view drawing ``picture_frame`` (the
        run's frame with a snapshot's grid or evaluation), the curves' cursor at ``step``."""
        from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt
        from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

        self.centre.update_frame(picture_frame)
        img = QImage(self._base)
        p = QPainter(img)
        try:
            r = self._plane
            if r is None:
                p.fillRect(0, self.top, self.split, self.size[1] - self.top, QColor(255, 255, 255))
                p.drawPixmap(0, self.top, self.centre.grab())
            else:
                p.drawPixmap(r.left(), r.top() + self.top, self.centre.grab(r))
            x = float(self.curves._epochs_at(self.curves._frame, np.array([float(step)]))[0])
            p.setPen(QPen(QColor(51, 51, 51), 1.5))
            for vb, box in self._cursor_boxes:
                px = self.curves.mapFromScene(vb.mapViewToScene(QPointF(x, 0.0))).x() + self.split
                if box.left() <= px - self.split <= box.right():
                    p.drawLine(QPointF(px, box.top() + self.top), QPointF(px, box.bottom() + self.top))
            font = QFont(self.centre.font())
            font.setPointSizeF(11)
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor(40, 40, 40))
            text = QCoreApplication.translate("animation", "epoch {epoch} · step {step}").format(epoch=f"{epoch:.1f}", step=f"{int(step):,}")
            p.drawText(QRect(0, 0, self.split, self.top), int(Qt.AlignmentFlag.AlignCenter), text)
        finally:
            p.end()
        return _to_pil(img)

    def close(self) -> None:
        for v in (self.centre, self.curves):
            v.close()
            v.deleteLater()


def replay_frame_of(frame, grid=None, evaluation=None):
    """``frame`` (a run's live Frame) showing a snapshot's picture instead of its own."""
    changes = {}
    if grid is not None:
        changes["grid"] = grid
    if evaluation is not None:
        changes["evaluation"] = evaluation
    return dataclasses.replace(frame, **changes) if changes else frame


def encode_gif(images: list, seconds: float, should_stop: Callable[[], bool] | None = None) -> bytes | None:
    """The GIF of ``images`` (Pillow RGB, one size) lasting ``seconds`` and looping;
    None if ``should_stop()`` said so meanwhile. One palette for all frames."""
    from PIL import Image

    if not images:
        raise AnimationError("no frames to write")
    n = len(images)
    w, h = images[0].size
    # The palette from the first, middle and last frames (the regions' colours change
    # as the net grows confident), each at half size: one palette, no flicker.
    picks = [images[0], images[n // 2], images[-1]]
    sw, sh = max(1, w // 2), max(1, h // 2)
    sample = Image.new("RGB", (sw, sh * len(picks)))
    for i, im in enumerate(picks):
        sample.paste(im.resize((sw, sh), Image.Resampling.BILINEAR), (0, i * sh))
    palette = sample.quantize(colors=255, method=Image.Quantize.MEDIANCUT)
    frames = []
    for im in images:
        if should_stop is not None and should_stop():
            return None
        frames.append(im.quantize(palette=palette, dither=Image.Dither.NONE))
    delay = max(MIN_DELAY_MS, int(round(1000.0 * seconds / n / 10.0)) * 10)
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=delay, loop=0, optimize=False)
    return buf.getvalue()


def write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in its folder and a rename:
    never a partial file; OSError with the system's reason."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, os.strerror(21), str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        mask = os.umask(0o022)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


@dataclass(frozen=True)
class AnimationResult:
    path: str
    frames: int
    seconds: float  # how long the GIF plays
    size: tuple[int, int]
    bytes: int

    def to_json(self) -> dict:
        return {"path": self.path, "frames": self.frames, "seconds": self.seconds, "width": self.size[0],
                "height": self.size[1], "bytes": self.bytes}


def headless_gif(trainer, timeline, path: str | os.PathLike, frames: int = DEFAULT_FRAMES,
                 seconds: float = DEFAULT_SECONDS, size: tuple[int, int] = DEFAULT_SIZE,
                 progress: Callable[[int, int], None] | None = None) -> AnimationResult:
    """Draw a trained run's GIF offscreen (``dlviz train --animate``): ``timeline`` is the
    :class:`~dlviz.training.replay.Timeline` that watched it. At most one frame per kept
    snapshot (the timeline should keep at least ``frames``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..training import replay
    from ..training.frames import FrameAccumulator
    from ..training.session import Cursor, make_snapshot, run_info
    from .qt_messages import quiet_qt_messages
    from .style import configure_pyqtgraph

    frames, seconds, size = check_spec(frames, seconds, size)
    app = QApplication.instance() or QApplication([])
    quiet_qt_messages()
    configure_pyqtgraph()
    timeline.take(force=True)
    acc = FrameAccumulator(run_info(trainer, run_id=0))
    state = "diverged" if trainer.diverged else ("finished" if trainer.finished else "paused")
    acc.add(make_snapshot(trainer, 0, state, Cursor(), view=_no_inside()))
    live = acc.frame()
    player = replay.Player(trainer)
    steps, epochs = timeline.steps, timeline.epochs
    idx = replay.frame_indices(len(timeline), frames)
    renderer = FrameRenderer(live, size, getattr(trainer.dataset, "kind", "points"))
    images = []
    try:
        for k, i in enumerate(idx):
            pic = player.picture(timeline.weights(int(i)), step=int(steps[i]))
            images.append(renderer.render(replay_frame_of(live, pic.grid, pic.evaluation), int(steps[i]),
                                          float(epochs[i])))
            if progress is not None:
                progress(k + 1, len(idx))
    finally:
        renderer.close()
        app.processEvents()
    data = encode_gif(images, seconds)
    write_bytes(path, data)
    return AnimationResult(str(path), len(images), seconds, size, len(data))


def _no_inside():
    from ..training.messages import ViewRequest

    return ViewRequest(inside=False)
