"""Pinned runs and experiment files in the window: the Runs dock, Train ▸ Pin run,
File ▸ Open/Save experiment, recent files, and drag-and-drop of ``.dlviz`` and
``.csv`` files. The RunController keeps the runs; this module only shows them
(the window makes its :class:`Runs`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QMenu,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ..common.files import remove_stale_temps
from ..common.numbers import sig3
from . import style
from .views.common import regression

THUMB = 84  # px, a pinned run's decision tile in the list
PINNED_HEIGHT = 230  # px, the Pinned runs dock under the controls: two runs and the buttons
MAX_RECENT = 8
RECENT_KEY = "recent_experiments"


def _tr(text: str) -> str:
    return QCoreApplication.translate("runs", text)


def thumbnail(ghost, index: int = 0, size: int = THUMB) -> QPixmap:
    """The ghost's final decision regions with its training points, ``size`` px square,
    framed in its line colour (``index``: its place in the list). Whatever the ghost holds
    (from_files checks it, but a tile must never take the window down), the painter is
    always ended: a QPainter left active on a pixmap crashes Qt."""
    regress = regression(ghost)
    if regress:  # no class regions: the data alone, on white
        pix = QPixmap(size, size)
        pix.fill(QColor(255, 255, 255))
    else:
        grid = np.nan_to_num(np.asarray(ghost.grid, dtype=np.float32), nan=0.0, posinf=1.0, neginf=0.0)
        rgb = np.ascontiguousarray(style.region_image(grid)[::-1])  # row 0 at the top
        h, w, _ = rgb.shape
        image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).scaled(
            size, size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pix = QPixmap.fromImage(image)
    x0, x1, y0, y1 = (float(b) for b in ghost.bounds)
    X, y = np.asarray(ghost.X_train, dtype=float)[:300], np.asarray(ghost.y_train)[:300]
    if X.ndim != 2 or not X.shape[1]:
        X = np.zeros((0, 2))
    # A curve's points are (x, target) over its x and target ranges; a surface's are
    # coloured by their target on the diverging scale.
    height = np.asarray(y, float) if X.shape[1] == 1 else X[:, 1]
    m = float(np.nanmax(np.abs(y))) if regress and len(y) else 1.0
    colours = ([style.diverging_rgb(v, m or 1.0) for v in np.asarray(y, float)] if regress and X.shape[1] > 1
               else [style.TRAIN_COLOR] * len(y) if regress else [style.class_rgb(int(k)) for k in y])
    drawable = np.isfinite([x0, x1, y0, y1]).all() and x1 > x0 and y1 > y0
    p = QPainter(pix)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(40, 40, 40), 0.5))
        if drawable and len(X):
            px = (X[:, 0] - x0) / (x1 - x0) * size
            py = (y1 - height) / (y1 - y0) * size
            inside = np.isfinite(px) & np.isfinite(py) & (np.abs(px) < 10 * size) & (np.abs(py) < 10 * size)
            for u, v, c in zip(px[inside], py[inside], (c for c, ok in zip(colours, inside) if ok)):
                p.setBrush(QColor(*(int(a) for a in c)))
                p.drawEllipse(int(u) - 2, int(v) - 2, 4, 4)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(*style.ghost_rgb(index)), 4))
        p.drawRect(0, 0, size, size)
    finally:
        p.end()
    return pix


def describe(ghost) -> str:
    """A pinned run's tooltip: what it was and how it ended."""
    c = ghost.config
    acc = ghost.final_val_acc
    ended = QCoreApplication.translate("runs", "diverged at step {n}").format(n=ghost.diverged_at_step) if ghost.diverged_at_step else (
        (QCoreApplication.translate("runs", "val R² {v}").format(v=sig3(acc)) if regression(ghost) else
         QCoreApplication.translate("runs", "val accuracy {v}%").format(v=sig3(100 * acc))) if acc is not None else "")
    return "\n".join(filter(None, (
        ghost.name,
        QCoreApplication.translate("runs", "{data}, {act}, hidden {hidden}, {opt} lr {lr}, batch {batch}, dropout {drop}").format(
            data=c.dataset if not c.csv else Path(c.csv).name, act=c.activation,
            hidden=",".join(map(str, c.hidden)) or "–", opt=c.optimizer, lr=sig3(c.lr), batch=c.batch_size,
            drop=sig3(c.dropout)),
        QCoreApplication.translate("runs", "epoch {n}").format(n=ghost.epoch) + (f" · {ended}" if ended else ""))))


class RunsList(QWidget):
    """The Runs dock's content: the pinned runs, each shown/hidden, renamed, removed,
    or compared again with the current settings."""

    def __init__(self, pinned, parent=None):
        super().__init__(parent)
        self.setObjectName("runs_list")
        self.c = pinned  # the window's PinnedRuns
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget()
        self.list.setObjectName("ghost_list")
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSpacing(2)
        self.list.setToolTip(QCoreApplication.translate("runs", "Pinned runs: tick to show their faded curves, double-click to rename"))
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.pin_button = QPushButton(QCoreApplication.translate("runs", "Pin"))
        self.pin_button.setObjectName("pin_button")
        self.pin_button.setToolTip(QCoreApplication.translate("runs", "Keep the current run (in a comparison: the focused one) as a faded ghost"))
        self.remove_button = QPushButton(QCoreApplication.translate("runs", "Remove"))
        self.remove_button.setObjectName("remove_ghost")
        self.compare_button = QPushButton(QCoreApplication.translate("runs", "Compare"))
        self.compare_button.setObjectName("compare_ghost")
        self.compare_button.setToolTip(QCoreApplication.translate("runs", "Train the pinned run's settings again beside the current ones"))
        for b in (self.pin_button, self.remove_button, self.compare_button):
            row.addWidget(b)
        lay.addLayout(row)
        self.pin_button.clicked.connect(lambda: self.c.pin())
        self.remove_button.clicked.connect(lambda: self._on_selected(self.c.remove_ghost))
        self.compare_button.clicked.connect(lambda: self._on_selected(self.c.compare_with_ghost))
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(lambda _: self._enable())
        self._filling = False
        pinned.ghosts_changed.connect(self.show_ghosts)
        self.show_ghosts(pinned.ghosts)

    def _on_selected(self, action) -> None:
        row = self.list.currentRow()
        if row >= 0:
            action(row)

    def _enable(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.remove_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen)

    def show_ghosts(self, ghosts) -> None:
        row = self.list.currentRow()
        self._filling = True
        try:
            self.list.clear()
            for i, g in enumerate(ghosts):
                item = QListWidgetItem(QIcon(thumbnail(g, i)), g.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if g.visible else Qt.CheckState.Unchecked)
                item.setToolTip(describe(g))
                item.setForeground(QColor(*style.ghost_rgb(i)))
                self.list.addItem(item)
        finally:
            self._filling = False
        if ghosts:
            self.list.setCurrentRow(min(max(row, 0), len(ghosts) - 1))
        self._enable()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        i = self.list.row(item)
        g = self.c.ghosts[i]
        visible = item.checkState() == Qt.CheckState.Checked
        if visible != g.visible:
            self.c.show_ghost(i, visible)
        elif item.text().strip() and item.text() != g.name:
            self.c.rename_ghost(i, item.text())


class _Drops(QObject):
    """Drag-and-drop onto the window: an experiment file opens, a CSV loads."""

    def __init__(self, win):
        super().__init__(win)
        self.win = win

    @staticmethod
    def _path(event) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if len(paths) == 1 and paths[0].suffix.lower() in (".dlviz", ".csv", ".txt"):
            return paths[0]
        return None

    def eventFilter(self, obj, event) -> bool:
        t = event.type()
        if t in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._path(event) is not None:
                event.acceptProposedAction()
                return True
        elif t == QEvent.Type.Drop:
            path = self._path(event)
            if path is not None:
                event.acceptProposedAction()
                drop_file(self.win, path)
                return True
        return False


def drop_file(win, path: Path) -> None:
    """What a dropped file does: ``.dlviz`` opens, anything else loads as a CSV."""
    if Path(path).suffix.lower() == ".dlviz":
        win.open_experiment(path)
    else:
        win.load_csv(path)


# -- recent files ---------------------------------------------------------------------------------


def recent_files(win, runs=None) -> list[str]:
    s = win.settings
    value = s.value(RECENT_KEY, []) if s is not None else (runs or win.runs).recent
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if isinstance(v, str)][:MAX_RECENT]


def remember(win, path: str) -> None:
    files = [str(Path(path).resolve()), *[f for f in recent_files(win) if f != str(Path(path).resolve())]]
    files = files[:MAX_RECENT]
    if win.settings is not None:
        win.settings.setValue(RECENT_KEY, files)
    else:
        win.runs.recent = files
    fill_recent_menu(win)


def fill_recent_menu(win, runs=None) -> None:
    runs = runs or win.runs
    menu: QMenu = runs.recent_menu
    menu.clear()
    files = recent_files(win, runs)
    for f in files:
        a = menu.addAction(Path(f).name, lambda f=f: win.open_experiment(f))
        a.setToolTip(f)
    if not files:
        menu.addAction(QCoreApplication.translate("runs", "(none yet)")).setEnabled(False)
    menu.setToolTipsVisible(True)


# -- dialogs --------------------------------------------------------------------------------------


def warn(win, name: str, title: str, text: str) -> QMessageBox:
    """A warning that does not block (a modal one would stop the curves while it shows)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, win)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def save_path_dialog(win) -> str:
    """Ask where to save the experiment: the path (with .dlviz), "" if cancelled."""
    path, _ = QFileDialog.getSaveFileName(win, QCoreApplication.translate("runs", "Save experiment"), "experiment.dlviz",
                                          QCoreApplication.translate("runs", "dlviz experiments (*.dlviz)"))
    if path and not path.lower().endswith(".dlviz"):
        path += ".dlviz"
    return path


def save_dialog(win) -> None:
    path = save_path_dialog(win)
    if path:
        win.save_experiment(path)


# -- closing with unsaved runs ----------------------------------------------------------------------

ASK_ON_CLOSE_KEY = "ask_save_on_close"  # False once the learner ticked "Don't ask again"


def signature(win) -> tuple:
    """What a save keeps and closing would lose: the runs compared, the pinned runs, how far each run got."""
    c = win.controller
    frames = c.frames
    steps = tuple(f.snap.step for f in frames) if frames is not None else ()
    return tuple(c.compare), tuple((g.name, g.epoch) for g in win.pinned.ghosts), steps


def unsaved(win) -> bool:
    """Would closing lose a comparison or pinned runs not saved as they are now?"""
    c = win.controller
    return bool(c.compare or win.pinned.ghosts) and win.runs.saved_signature != signature(win)


def asks_on_close(settings) -> bool:
    value = settings.value(ASK_ON_CLOSE_KEY, True) if settings is not None else False
    return value not in (False, "false", "0", 0)


def may_close(win) -> bool:
    """Called by the window's closeEvent: True lets it close. With a comparison or pinned
    runs not saved, it asks first (Save / Discard / Cancel, and "Don't ask again",
    remembered in the settings) and returns False; the answer closes the window or not.
    A window without settings (a script's, a test's, a screenshot's) never asks."""
    if win.runs.close_ok or not asks_on_close(win.settings) or not unsaved(win):
        return True
    box = win.findChild(QMessageBox, "save_before_close")
    if box is not None and box.isVisible():
        box.raise_()
        return False
    c = win.controller
    ghosts = win.pinned.ghosts
    if c.compare and ghosts:
        text = QCoreApplication.translate("runs", "Save the comparison and the pinned runs before closing?")
    elif c.compare:
        text = QCoreApplication.translate("runs", "Save the comparison before closing?")
    else:
        text = QCoreApplication.translate("runs", "Save the pinned runs before closing?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("runs", "Unsaved runs"), text, parent=win)
    box.setObjectName("save_before_close")
    box.setInformativeText(QCoreApplication.translate("runs", "Runs not saved are lost when the window closes; a .dlviz file keeps them."))
    save = box.addButton(QMessageBox.StandardButton.Save)
    box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    check = QCheckBox(QCoreApplication.translate("runs", "Don't ask again"))
    check.setObjectName("dont_ask_again")
    box.setCheckBox(check)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result) -> None:
        box.setObjectName("")  # (answered: deleted later, no longer the question)
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        if button not in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            return  # Cancel, Esc: the window stays, and so does the question next time
        if check.isChecked() and win.settings is not None:
            win.settings.setValue(ASK_ON_CLOSE_KEY, False)
        if button == QMessageBox.StandardButton.Discard:
            _close_now(win)
        else:
            _save_then_close(win)

    box.finished.connect(answered)
    box.open()
    return False


def _close_now(win) -> None:
    win.runs.close_ok = True
    win.close()


def _save_then_close(win) -> None:
    """Ask where, save, and close once the file is written (a failed save says why and
    the window stays)."""
    path = save_path_dialog(win)
    if not path:
        return
    c = win.experiments

    def done(saved_path: str, error: str) -> None:
        c.saved.disconnect(done)
        if not error and saved_path == path:
            _close_now(win)

    c.saved.connect(done)
    if not win.save_experiment(path):
        c.saved.disconnect(done)


def open_dialog(win) -> None:
    path, _ = QFileDialog.getOpenFileName(win, QCoreApplication.translate("runs", "Open experiment"), "",
                                          QCoreApplication.translate("runs", "dlviz experiments (*.dlviz);;All files (*)"))
    if path:
        win.open_experiment(path)


class Runs:
    """Pinned runs and experiment files in a MainWindow (made by the window): the Runs
    ``dock`` with its ``list``, File ▸ Open/Save experiment and ``recent_menu``, Train ▸
    Pin run (``pin_action``), and drag-and-drop onto the window."""

    def __init__(self, win):
        self.win = win
        self.recent: list[str] = []  # recent files of a window without settings
        self.saved_signature = None  # what the last save (or open) held: closing then loses nothing
        self.close_ok = False  # the learner answered the question on closing
        c = win.controller
        self.list = RunsList(win.pinned)
        # shown when the first run is pinned, or from the View menu
        self.dock = dock = win.add_tool_dock("runs_dock", QCoreApplication.translate("runs", "Pinned runs"), self.list)

        file_menu = win.menu("file")
        first = file_menu.actions()[0]
        win.add_action("file", QCoreApplication.translate("runs", "Open experiment…"), lambda: open_dialog(win),
                                     name="open_experiment_action", shortcut=QKeySequence.StandardKey.Open,
                                     before=first)
        self.recent_menu = QMenu(QCoreApplication.translate("runs", "Open recent"), win)
        self.recent_menu.setObjectName("recent_menu")
        file_menu.insertMenu(first, self.recent_menu)
        win.add_action("file", QCoreApplication.translate("runs", "Save experiment…"), lambda: save_dialog(win), name="save_experiment_action",
                       shortcut=QKeySequence.StandardKey.Save, before=first,
                       tip=QCoreApplication.translate("runs", "Every run, pinned run and view into one .dlviz file; Open goes on where it stopped"))
        file_menu.insertSeparator(first)
        fill_recent_menu(win, self)
        for f in recent_files(win, self):  # a save killed half-way (the app with it) left a temporary file
            remove_stale_temps(f)

        self.pin_action = win.add_action(
            "train", QCoreApplication.translate("runs", "Pin run"), lambda: win.pinned.pin(), name="pin_action", shortcut="Ctrl+P",
            tip=QCoreApplication.translate("runs", "Keep this run as a faded ghost to compare the next ones with (Ctrl+P)"), toolbar="pin")
        win.menu("view").addAction(dock.toggleViewAction())

        def on_ghosts(ghosts) -> None:
            win.loss_view.set_ghosts(ghosts)
            win.comparison.curves.set_ghosts(ghosts)
            if ghosts and not dock.isVisible():
                # Under the controls, not under the curves (the loss plot needs its height to
                # show the ghost's line next to the live one), nor a seventh tab beside the
                # network (at 1366 px every tab title there was elided: "Net…", "Wei…").
                controls = win.docks["controls_dock"]
                if dock.isFloating() or win.dockWidgetArea(controls) == Qt.DockWidgetArea.NoDockWidgetArea:
                    win.tabifyDockWidget(win.docks["network_dock"], dock)
                else:
                    win.splitDockWidget(controls, dock, Qt.Orientation.Vertical)
                    h = controls.height()
                    win.resizeDocks([controls, dock], [h - min(PINNED_HEIGHT, h // 3), min(PINNED_HEIGHT, h // 3)],
                                    Qt.Orientation.Vertical)
                dock.show()
                dock.raise_()

        win.pinned.ghosts_changed.connect(on_ghosts)

        def on_saved(path: str, error: str) -> None:
            if error:
                warn(win, "save_failed", QCoreApplication.translate("runs", "Save failed"), error)
                return
            remember(win, path)
            self.saved_signature = signature(win)  # closing now loses nothing
            win.statusBar().showMessage(QCoreApplication.translate("runs", "Saved {path}").format(path=path), 6000)

        def on_opened(path: str, window: dict) -> None:
            remember(win, path)
            # Just opened is as saved: taken from the opened runs' first frames.
            ids = {i for i, _ in c.compare} or {c.run_id}

            def adopt(frames) -> None:
                if {f.run_id for f in frames} == ids:
                    c.frames_ready.disconnect(adopt)
                    self.saved_signature = signature(win)

            c.frames_ready.connect(adopt)
            if window.get("layout") in ("compact", "all"):
                win.apply_layout(window["layout"])
            x = window.get("compare_x")
            i = win.comparison.curves.x_axis.findData(x)
            if i >= 0:
                win.comparison.curves.x_axis.setCurrentIndex(i)
            win.statusBar().showMessage(QCoreApplication.translate("runs", "Opened {path}: press Play to go on").format(path=path), 8000)

        win.experiments.saved.connect(on_saved)
        win.experiments.opened.connect(on_opened)
        win.experiments.open_failed.connect(lambda why: warn(win, "open_failed", QCoreApplication.translate("runs", "Cannot open experiment"), why))

        win.setAcceptDrops(True)
        self.drops = _Drops(win)
        win.installEventFilter(self.drops)

    def may_close(self) -> bool:
        """See :func:`may_close`."""
        return may_close(self.win)

    def unsaved(self) -> bool:
        return unsaved(self.win)
