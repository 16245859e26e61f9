"""PNG export of the plots (through pyqtgraph's exporters) and of the whole window.

Every file is rendered to an image in memory, written to a temporary name in its
folder and renamed into place, so a failure never leaves a partial or 0-byte file
and an old file is only replaced by a complete new one. Each write is checked:
:class:`ExportError` names every file that could not be written and why.
"""

from __future__ import annotations

import errno
import functools
import os
import stat
import tempfile
from pathlib import Path

from ..training.recorder import Recorder

#: File names of the exported pictures that are not docked views, by objectName (a docked
#: view's is its ViewSpec's: :func:`plot_file`).
PLOT_FILES = {
    "decision_plot": "decision_regions.png",
    "decision_thinned": "decision_regions_thinned.png",
    "regression_plot": "regression.png",  # a regression run's centre: its fitted curve or surface
    "embedding_plot": "pca_map.png",
    "compare_tiles": "compare_decision_regions.png",
    "compare_curves": "compare_loss_accuracy.png",
    "compare_table": "compare_summary.png",
}
WINDOW_FILE = "window.png"
DEFAULT_SCALE = 2.0


def plot_file(name: str) -> str:
    """The PNG file name of the view (or picture) whose objectName is ``name``."""
    from .viewspec import VIEWS  # (Qt: not when the Qt-free Recorder below is imported)

    spec = VIEWS.by_plot().get(name)
    return spec.export_file if spec is not None else PLOT_FILES.get(name, f"{name}.png")


class ExportError(Exception):
    """Some files could not be written. ``written`` lists the ones that were;
    ``failed`` holds ``(path, reason)`` for each that was not ("Permission denied",
    "Is a directory", "No space left on device", ...). ``str()`` names them all."""

    def __init__(self, written: list[Path], failed: list[tuple[Path, str]]):
        self.written, self.failed = list(written), list(failed)
        what = "; ".join(f"{p}: {reason}" for p, reason in self.failed)
        super().__init__(translate("export", "could not write {n} of {total} PNG files: {what}").format(
            n=len(self.failed), total=len(self.written) + len(self.failed), what=what))


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate, importing Qt only when a message is made: the headless
    Recorder here stays Qt-free (pyside6-lupdate reads ``translate("ctx", "text")`` by name)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def _oserror(code: int, path: Path) -> OSError:
    return OSError(code, os.strerror(code), str(path))


def _write_bytes(fd: int, data: bytes) -> None:
    """Write all of ``data`` to ``fd`` (a seam for tests that simulate a full disk)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def save_image(image, path: str | os.PathLike) -> Path:
    """Write a QImage as PNG to ``path`` through a temporary file in the same folder
    and an atomic rename. Raises OSError with the system's reason; on failure the
    temporary file is removed and an existing ``path`` is left as it was."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    path = Path(path)
    if image.isNull():
        raise ValueError(translate("export", "{path}: nothing to draw (the image is empty)").format(path=path))
    if path.is_dir():
        raise _oserror(errno.EISDIR, path)
    if path.exists() and not path.stat().st_mode & stat.S_IWUSR:
        raise _oserror(errno.EACCES, path)  # a read-only file: the user wants it kept
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise ValueError(translate("export", "{path}: the image could not be encoded as PNG").format(path=path))
    buf.close()
    from ..common.files import remove_stale_temps

    remove_stale_temps(path)  # an export killed half-way left its temporary file behind
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as e:  # named by the file asked for, not by the hidden temporary one
        raise _oserror(e.errno or errno.EIO, path) from None
    try:
        try:
            _write_bytes(fd, bytes(data))
            os.fsync(fd)  # a full disk may only say so here
        finally:
            os.close(fd)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; a PNG is not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


_UMASK: list[int] = []


def _umask() -> int:
    if not _UMASK:  # reading the umask means setting it: do it once
        _UMASK.append(os.umask(0o022))
        os.umask(_UMASK[0])
    return _UMASK[0]


def render_plot(widget, scale: float = DEFAULT_SCALE):
    """One pyqtgraph widget (PlotWidget or GraphicsLayoutWidget) as a QImage.

    A widget that was never laid out has no size; it must be shown (or at least
    resized) first, otherwise the exporter draws an empty image.
    """
    import pyqtgraph as pg

    target = getattr(widget, "export_target", widget)  # a container exports its plot
    if target.width() < 10 or target.height() < 10:
        raise ValueError(translate("export", "{name} has no size yet: show or resize it before export").format(
            name=widget.objectName() or widget))
    if not isinstance(target, pg.GraphicsView):
        return render_window(target, scale)  # not pyqtgraph (the network diagram): render it
    # The width must be an int; the height keeps the aspect ratio.
    return _plain_image_exporter()(target.scene(), int(round(target.width() * scale))).export(toBytes=True)


@functools.cache
def _plain_image_exporter():
    """pyqtgraph's ImageExporter with its options in a plain dict. Its own builds a
    Parameter tree (a GUI for the options) held in reference cycles: 48 Qt objects
    per window export left to the cycle collector (issue 19). ``export`` reads the
    options by key, so a dict of the same values draws the same image."""
    from pyqtgraph.exporters import ImageExporter
    from pyqtgraph.exporters.Exporter import Exporter
    from PySide6.QtCore import Qt

    class PlainImageExporter(ImageExporter):
        def __init__(self, scene, width: int):
            Exporter.__init__(self, scene)
            target, source = self.getTargetRect(), self.getSourceRect()
            brush = scene.views()[0].backgroundBrush()
            background = brush.color()
            if brush.style() == Qt.BrushStyle.NoBrush:
                background.setAlpha(0)
            # The height as ImageExporter's widthChanged makes it (for an unchanged width, its own).
            height = (int(target.height()) if width == int(target.width())
                      else int(width * (source.height() / source.width())))
            self.params = {"width": width, "height": height, "antialias": True, "background": background,
                           "invertValue": False}

        def parameters(self):
            return self.params

    return PlainImageExporter


def render_window(window, scale: float = DEFAULT_SCALE):
    """A widget (the whole window) rendered at ``scale`` times its size, as a QImage."""
    from PySide6.QtGui import QPixmap

    size = window.size()
    pix = QPixmap(int(size.width() * scale), int(size.height() * scale))
    pix.setDevicePixelRatio(scale)
    pix.fill()
    window.render(pix)
    return pix.toImage()


def export_plot(widget, path: str | os.PathLike, scale: float = DEFAULT_SCALE) -> Path:
    """Write one view to ``path``."""
    return save_image(render_plot(widget, scale), path)


def export_window(window, path: str | os.PathLike, scale: float = DEFAULT_SCALE) -> Path:
    """Write a widget (the whole window), rendered at ``scale`` times its size, to ``path``."""
    return save_image(render_window(window, scale), path)


def export_views(views: dict, folder: str | os.PathLike, scale: float = DEFAULT_SCALE, window=None) -> list[Path]:
    """Export each view in ``views`` (objectName -> widget) into ``folder``, and
    ``window`` (if given) as window.png. Every file is tried; if any fails,
    :class:`ExportError` says which and why (the others are written)."""
    out = Path(folder)
    jobs = [(out / plot_file(name), render_plot, w) for name, w in views.items()]
    if window is not None:
        jobs.append((out / WINDOW_FILE, render_window, window))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError([], [(out, e.strerror or str(e))]) from None
    written: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for path, render, widget in jobs:
        try:
            written.append(save_image(render(widget, scale), path))
        except OSError as e:
            failed.append((path, e.strerror or str(e)))
        except ValueError as e:
            failed.append((path, str(e)))
    if failed:
        raise ExportError(written, failed)
    return written


def _in_front(win, widgets) -> list:
    """Bring every dock (and tab of a tab widget) holding one of ``widgets`` to the
    front, so that each is laid out at the size it is seen at: a view behind a tab
    keeps whatever size it last had (a sliver, with its legend cut off). Returns
    what to call to put the window back as it was."""
    from PySide6.QtWidgets import QDockWidget, QStackedWidget, QTabWidget

    undo = []
    docks = [d for d in win.findChildren(QDockWidget) if d.parent() is win]
    in_front = [d for d in docks if d.isVisible() and not d.visibleRegion().isEmpty()]
    raised = False
    for w in widgets:
        child, parent = w, w.parentWidget()
        while parent is not None and parent is not win:
            tabs = parent.parentWidget() if isinstance(parent, QStackedWidget) else None
            if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0 and tabs.currentWidget() is not child:
                before = tabs.currentIndex()
                undo.append(lambda tabs=tabs, before=before: tabs.setCurrentIndex(before))
                tabs.setCurrentWidget(child)
            if isinstance(parent, QDockWidget) and parent.isVisible() and parent not in in_front:
                parent.raise_()
                raised = True
            child, parent = parent, parent.parentWidget()
    if raised:
        undo.append(lambda: [d.raise_() for d in in_front])
    return undo


def _summary_table(frames, labels: dict):
    """A comparison's summary table on its own, sized to show every cell, laid out
    off screen (for a picture, never shown)."""
    from PySide6.QtCore import Qt

    from .compare import SummaryTable

    table = SummaryTable()
    table.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    for policy in (table.setHorizontalScrollBarPolicy, table.setVerticalScrollBarPolicy):
        policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.show()  # (laid out and polished: the header's sizes are final)
    table.update_frames(frames, labels)
    header = table.horizontalHeader()
    for c in range(table.columnCount()):  # the header's text counts too ("diverged at")
        header.resizeSection(c, max(header.sectionSize(c), header.sectionSizeFromContents(c).width() + 8))
    table.resize(header.length() + 2 * table.frameWidth(),
                 table.verticalHeader().length() + header.height() + 2 * table.frameWidth())
    return table


def export_main_window(win, folder: str | os.PathLike, scale: float = DEFAULT_SCALE) -> list[Path]:
    """Every view of a MainWindow (in a comparison: its tiles, curves and summary too,
    and the focused run's regions named) and the whole window as PNG files in
    ``folder``. Views behind a tab are brought to the front for their picture (and
    put back afterwards): laid out at the size they are seen at, not at a stale one."""
    from PySide6.QtWidgets import QApplication

    from .compare import short

    win.scheduler.draw_all()  # views in hidden tabs are behind: bring them to the newest frame
    views = dict(win.plot_widgets)
    if win.thinned_view.isVisible():
        views["decision_thinned"] = win.thinned_view
    c = win.controller
    labels = dict(c.compare)
    title = win.decision_view.title
    table = None
    if labels:
        # The summary whole, as `dlviz train --compare --export` draws it: in the dock it
        # is cut to the dock's width (columns scrolled out of sight) or padded with blank.
        table = _summary_table(c.frames, labels)
        # While training the tiles are drawn one a turn, and the curves only when on screen.
        win.comparison.tiles.draw_all()
        win.comparison.curves.update_frames(c.frames, tuple(short(labels[f.run_id]) for f in c.frames))
        views.update(compare_tiles=win.comparison.tiles, compare_curves=win.comparison.curves, compare_table=table)
        # The single decision view shows the focused run: say which.
        win.decision_view.set_title(translate("export", "Decision regions · {run}").format(run=short(labels.get(c.run_id, ""))))
    written: list[Path] = []
    failed: list[tuple[Path, str]] = []
    try:
        for name, view in views.items():  # one by one: two may share a tab widget
            undo = _in_front(win, [view])
            try:
                for _ in range(3 if undo else 0):  # the dock brought up lays out, then its plot
                    QApplication.processEvents()
                written += export_views({name: view}, folder, scale)
            except ExportError as e:
                written, failed = written + e.written, failed + e.failed
            finally:
                for step in reversed(undo):
                    step()
    finally:
        win.decision_view.set_title(title)
        if table is not None:
            table.close()
            table.deleteLater()
        QApplication.processEvents()
    try:
        written += export_views({}, folder, scale, window=win)  # as the learner left it
    except ExportError as e:
        written, failed = written + e.written, failed + e.failed
    if failed:
        raise ExportError(written, failed)
    return written


def export_headless(trainer, folder: str | os.PathLike, scale: float = DEFAULT_SCALE, recorder=None) -> list[Path]:
    """Draw a trained :class:`Trainer`'s plots offscreen and write them into ``folder``.

    Used by ``dlviz train --export DIR``: the same views as the window, fed the
    same snapshots the training process would send. ``recorder`` (a
    :class:`Recorder` that watched the training) adds the diagnostics over time.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..training.session import make_snapshot
    from .qt_messages import quiet_qt_messages
    from .style import configure_pyqtgraph
    from .views import DecisionView
    from .views.common import regression
    from .views.regression import RegressionView
    from .views.common import frame_kind
    from .views.embedding import EmbeddingView
    from .viewspec import VIEWS

    app = QApplication.instance() or QApplication([])
    quiet_qt_messages()
    configure_pyqtgraph()
    rec = recorder or Recorder(trainer)
    state = "diverged" if trainer.diverged else ("finished" if trainer.finished else "paused")
    rec.acc.add(make_snapshot(trainer, 0, state, rec.cursor))  # with the grid and the look inside
    frame = rec.acc.frame()
    kind = frame_kind(frame)
    if kind == "image":  # no plane: the centre is the last hidden layer's PCA map
        centre, size = EmbeddingView(), (760, 600)
    else:  # the decision regions, or a regression's fitted curve or surface
        centre, size = (RegressionView() if regression(frame.info) else DecisionView()), (640, 600)
    views, sizes = {centre.objectName(): centre}, {centre.objectName(): size}
    for spec in VIEWS.values():  # every docked view for this run's data, as the registry has it
        if not spec.shown_for(kind):
            continue
        views[spec.plot] = spec.factory()
        sizes[spec.plot] = spec.size
    for name, v in views.items():
        v.resize(*sizes[name])
        v.update_frame(frame)  # a new run's first frame: the view rebuilds for it
    if "backprop_view" in views:
        _walk_for_export(trainer, views["backprop_view"])
    return show_and_export(app, views, folder, scale)


def _walk_for_export(trainer, view) -> None:
    """The Backprop view of a headless export: training sample 0 through the trained
    weights, shown at the first hidden layer's backward step (δ on the diagram, mean |δ|
    per layer) or, with no hidden layer, at the loss."""
    from ..training import backprop
    from ..training.messages import BackpropReady

    try:
        sample, walk = backprop.walk_trainer(trainer, 0)
    except ValueError:  # (no training sample: the view stays as it is, asking for one)
        return
    view.show_answer(BackpropReady(0, sample, walk, None, None, trainer.epoch, trainer.step,
                                   trainer.config.activation, tuple(trainer.dataset.class_names)))
    view.go(len(view.steps) - 2 if len(walk.layers) > 1 else len(walk.layers))


def show_and_export(app, views: dict, folder, scale: float) -> list[Path]:
    """Show offscreen views built for a headless export, write them, then close them."""
    try:
        for v in views.values():
            v.show()
        app.processEvents()
        return export_views(views, folder, scale)
    finally:
        for v in views.values():
            v.close()
            v.deleteLater()
        app.processEvents()


def export_comparison(runs, folder: str | os.PathLike, scale: float = DEFAULT_SCALE) -> list[Path]:
    """Draw a headless comparison ((label, Trainer) per run, trained) as the window
    shows it: the decision tiles, the overlaid curves and the summary table, into
    ``folder``. Used by ``dlviz train --compare ... --export DIR``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..training.frames import FrameAccumulator, Frames
    from ..training.session import Cursor, make_snapshot, run_info
    from .compare import TileGrid, short, tile_columns
    from .qt_messages import quiet_qt_messages
    from .style import configure_pyqtgraph
    from .views.compare_curves import CompareCurves

    app = QApplication.instance() or QApplication([])
    quiet_qt_messages()
    configure_pyqtgraph()
    built = []
    for i, (label, t) in enumerate(runs):
        acc = FrameAccumulator(run_info(t, run_id=i))
        state = "diverged" if t.diverged else ("finished" if t.finished else "paused")
        acc.add(make_snapshot(t, i, state, Cursor()))  # the whole history, and the grid
        built.append(acc.frame())
    frames = Frames(tuple(built), focus=None)
    labels = {i: label for i, (label, _) in enumerate(runs)}
    tiles, curves = TileGrid(lambda _: None), CompareCurves()
    cols = tile_columns(list(labels.values()))
    rows = -(-len(runs) // cols)
    tiles.resize(440 * cols, 420 * rows)
    tiles.set_runs(tuple(labels.items()))
    tiles.update_frames(frames, labels, focus=None)
    curves.resize(860, 640)
    curves.update_frames(frames, tuple(short(label) for label in labels.values()))
    table = _summary_table(frames, labels)
    return show_and_export(app, {"compare_tiles": tiles, "compare_curves": curves, "compare_table": table},
                            folder, scale)


def export_history(controller, path) -> Path:
    """The per-epoch history of the current run (every run of a comparison, with a
    run column) as CSV in ``path``; OSError if it cannot be written."""
    from ..training import history_csv

    frames = controller.frames
    if frames is None:
        raise OSError(f"{path}: nothing to export yet")
    labels = dict(controller.compare)
    runs = [(labels[f.run_id], f) for f in frames] if labels else [(None, frames.primary)]
    return history_csv.write(path, runs)


def history_dialog(win) -> None:
    """File > Export history as CSV…: ask for a file, write it, say what happened."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(win, translate("export", "Export history as CSV"), "history.csv",
                                          translate("export", "CSV files (*.csv)"))
    if not path:
        return
    try:
        export_history(win.controller, path)
    except OSError as e:
        from .runs import warn

        warn(win, "export_failed", translate("export", "Export failed"), f"{path}: {e.strerror or e}")
        return
    win.statusBar().showMessage(translate("export", "Wrote {path}").format(path=path), 6000)
