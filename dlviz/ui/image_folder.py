"""Your own images: a folder with one sub-folder of PNG/JPEG files per class, read with
Qt's image reader (QImageReader), made grey and small (``size`` x ``size``, 8 to 28).

Used by the window (in a background thread, see :mod:`.csv_loading`) and by the CLI,
which imports this module only when it is given ``--image-folder`` (the layers below
ui import no Qt). Needs no QApplication.

What a folder gets (each bad folder one :class:`~dlviz.data.DataError`, one message):

- not a folder, no such folder: refused;
- no sub-folder holding an image, or only one (a single class): refused;
- more than ``MAX_IMAGES`` image files, or more than ``MAX_CLASSES`` classes: refused
  before anything is decoded (bounded time and memory);
- files that cannot be read (corrupt, not an image, no permission) and anything that is
  not a regular file (a FIFO, a device: never opened, it could block) are skipped and
  counted: the result says how many and names the first;
- images of any size or colour are scaled to ``size`` x ``size`` (the aspect ratio is
  not kept) and made grey; files beside the sub-folders and files of other types are
  ignored.

Pixels are ink in [0, 1], 0 the background, as the digits have them: when the images'
borders are mostly light (dark ink on light paper), grey levels are inverted.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from ..common.messages import QT_TRANSLATE_NOOP, Message
from ..data import DataError, Dataset, LoadCancelled

EXTENSIONS = (".png", ".jpg", ".jpeg")
MAX_IMAGES = 20_000  # image files a folder may hold (20,000 x 28 x 28 float64 = 125 MB at most)
MAX_CLASSES = 20
MIN_SIZE, MAX_SIZE = 8, 28
_CHECK_EVERY = 64  # files between two looks at should_stop (and progress reports)


@dataclass(frozen=True)
class FolderImages:
    """A loaded image folder: the Dataset, and the files skipped (how many, the first's
    path relative to the folder, and why: "unreadable" or "not a regular file")."""

    dataset: Dataset
    skipped: int = 0
    first_skipped: str = ""

    def note(self) -> Message | None:
        """One line about the skipped files, or None when none was."""
        if not self.skipped:
            return None
        return Message(QT_TRANSLATE_NOOP("errors", "skipped {n} file(s) that could not be read as images (first: {file})"),
                       n=self.skipped, file=self.first_skipped)


def _error(path: Path, text: str, **values) -> DataError:
    return DataError(Message(text, **values), path)


def _scan(root: Path) -> list[tuple[str, list[Path]]]:
    """(class name, image files) of each sub-folder holding image files, sorted by name."""
    classes = []
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        raise _error(root, QT_TRANSLATE_NOOP("errors", "cannot read the folder: {reason}"), reason=e.strerror or str(e))
    total = 0
    for entry in entries:
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        try:
            files = sorted((f for f in os.scandir(entry.path)
                            if not f.name.startswith(".") and f.name.lower().endswith(EXTENSIONS)),
                           key=lambda f: f.name)
        except OSError:
            continue  # an unreadable sub-folder is no class
        if not files:
            continue
        total += len(files)
        if total > MAX_IMAGES:
            raise _error(root, QT_TRANSLATE_NOOP("errors", "more than {n} image files: choose a smaller folder"),
                         n=f"{MAX_IMAGES:,}")
        classes.append((entry.name, [Path(f.path) for f in files]))
        if len(classes) > MAX_CLASSES:
            raise _error(root, QT_TRANSLATE_NOOP("errors", "more than {n} classes (sub-folders of images)"), n=MAX_CLASSES)
    return classes


def _read(path: Path, size: int) -> np.ndarray | None:
    """The image at ``path`` as (size, size) grey levels in [0, 1], or None if it cannot be
    read. Only regular files are opened (a FIFO would block the reader)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        return None
    reader.setScaledSize(QSize(size, size))  # decoded small: a big photo costs little
    image = reader.read()
    if image.isNull():
        return None
    if image.width() != size or image.height() != size:  # (a format that ignores the scaled size)
        image = image.scaled(size, size)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bpl = grey.bytesPerLine()
    buf = np.frombuffer(grey.constBits(), np.uint8, count=bpl * size).reshape(size, bpl)[:, :size]
    return buf.astype(np.float64) / 255.0


def load_image_folder(path: str | Path, size: int = 16, should_stop: Callable[[], bool] | None = None,
                      progress: Callable[[int, int], None] | None = None) -> FolderImages:
    """Read the folder ``path`` (one sub-folder of PNG/JPEG files per class) as an image
    Dataset of ``size`` x ``size`` grey images, classes named after the sub-folders.

    ``should_stop()`` is polled every few files (LoadCancelled when it says stop);
    ``progress(done, total)`` is told as files are read. Raises DataError (one message)
    for a folder that cannot be used; see the module's notes."""
    root = Path(path)
    if isinstance(size, bool) or not isinstance(size, int) or not MIN_SIZE <= size <= MAX_SIZE:
        raise _error(root, QT_TRANSLATE_NOOP("errors", "image size must be {lo} to {hi} pixels, got {size}"),
                     lo=MIN_SIZE, hi=MAX_SIZE, size=size)
    if not os.path.lexists(root):
        raise _error(root, QT_TRANSLATE_NOOP("errors", "no such folder"))
    if not root.is_dir():
        raise _error(root, QT_TRANSLATE_NOOP("errors", "not a folder: choose a folder with one sub-folder of images per class"))
    classes = _scan(root)
    total = sum(len(files) for _, files in classes)
    images: list[np.ndarray] = []
    labels: list[int] = []
    names: list[str] = []
    skipped, first = 0, ""
    done = 0
    for name, files in classes:
        label = len(names)
        got = 0
        for f in files:
            if done % _CHECK_EVERY == 0:
                if should_stop is not None and should_stop():
                    raise LoadCancelled()
                if progress is not None:
                    progress(done, total)
            done += 1
            pixels = _read(f, size)
            if pixels is None:
                skipped += 1
                first = first or str(f.relative_to(root))
                continue
            images.append(pixels)
            labels.append(label)
            got += 1
        if got:
            names.append(name)
        # (a sub-folder none of whose files could be read is no class: its label is reused)
    if not names:
        raise _error(root, QT_TRANSLATE_NOOP("errors", "no images found: expected one sub-folder of PNG or JPEG files per class"))
    if len(names) < 2:
        raise _error(root, QT_TRANSLATE_NOOP("errors", "only one class ({name}): a classifier needs at least two sub-folders of images"),
                     name=names[0])
    X = np.stack(images)
    border = np.concatenate([X[:, 0, :], X[:, -1, :], X[:, :, 0], X[:, :, -1]], axis=1)
    if border.mean() > 0.5:  # light paper: ink is the dark part
        X = 1.0 - X
    if progress is not None:
        progress(total, total)
    ds = Dataset(X=X.reshape(len(X), -1), y=np.array(labels, np.int64), class_names=tuple(names), name=root.name or str(root),
                 image_shape=(size, size))
    return FolderImages(ds, skipped, first)
