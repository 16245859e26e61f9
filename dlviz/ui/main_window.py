"""The main window: composition only. The panel edits the controller's Config, the
controller runs the training, the scheduler hands the newest Frame to the views."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox,
                               QStyle, QWidget)

from ..config import Config
from ..data.csv_loader import target_candidates
from ..training.lessons import dock_names as lesson_dock_names
from ..training.messages import RunState
from . import export, gc_policy, i18n, layouts, settings as stored
from .compare import Comparison
from .controller import RunController
from .csv_loading import CsvLoader
from .experiments import ExperimentFiles
from .fonts import register_fonts, wm_title
from .inspector import InspectorFeature
from .lab.labs import Labs
from .lessons import LessonsDock
from .panels import ControlPanel
from .pinned import PinnedRuns
from .replay import ReplayFeature
from .runs import Runs, warn
from .scheduler import FrameScheduler
from .style import configure_pyqtgraph
from .views import DecisionView
from .views.common import frame_kind, unit_name
from .views.embedding import EmbeddingView
from .views.regression import RegressionView
from .viewspec import VIEWS, ViewSpec


class MainWindow(QMainWindow):
    """dlviz's window. ``MainWindow()`` starts ready to train on the default Config."""

    state_changed = Signal(object)  # RunState
    frame_drawn = Signal(object)  # the Frame just drawn (tests and benchmarks wait on it)
    csv_loaded = Signal(bool)  # a CSV load ended: True if it is the dataset now

    def __init__(self, config: Config | None = None, settings: QSettings | None = None, dataset=None):
        """``dataset``: the Dataset of ``config.csv``, read once up front (the file is not read again)."""
        super().__init__()
        gc_policy.install()  # a window built by a script or a test: cycles are collected in this thread only
        register_fonts()  # as `dlviz` does: Hangul (a CSV's class names, say) drawn where the system has no font for it
        configure_pyqtgraph()
        # The window manager draws the title with the system's fonts: Korean only where one has Hangul.
        self.setWindowTitle(wm_title(self.tr("dlviz — watch a neural network learn"),
                                     "dlviz — watch a neural network learn"))
        self.settings = settings
        saved, bad = stored.stored_config(settings) if settings is not None and config is None else (None, False)
        # The run in units of one concern each: the run and its config, the pinned runs,
        # experiment files and CSV loading.
        self.controller = c = RunController(config or saved, self)
        c.csv_dataset = dataset if config is not None and (config.csv or config.image_folder) else None
        self.pinned = PinnedRuns(c, self)
        self.experiments = ExperimentFiles(c, self.pinned, self)
        self.csv_loader = CsvLoader(c, self)
        self.layout_name = "compact"
        self._laid_out = self._restored_layout = False

        self.decision_view, self.thinned_view = DecisionView(), DecisionView()
        self.thinned_view.setObjectName("decision_thinned")
        self.thinned_view.set_title(self.tr("One thinned network (a dropout mask)"))
        self.thinned_view.set_legend_visible(False)
        self.thinned_view.hide()
        self.show_val = layouts.checkbox("show_validation", self.tr("Show validation points"),
                                         self.tr("Points held out from training, drawn as hollow triangles."), True)
        self.show_thinned = layouts.checkbox("show_thinned", self.tr("Compare with a thinned network"), self.tr(
            "With dropout, training sees a different thinned network at every step. Shows the one this "
            "mini-batch's first sample saw (its dropout mask) below the full network used for evaluation."))
        #: The centre of a run whose data are not 2-D points, by their kind (the decision regions'
        #: otherwise): an image run's PCA map, a regression's fitted curve or predicted surface.
        self.embedding_view = EmbeddingView()
        self.regression_view = RegressionView()
        self.centre_views: dict[str, QWidget] = {"image": self.embedding_view, "curve": self.regression_view,
                                                 "surface": self.regression_view}
        self.centre_kind: str | None = None  # set by the first frame drawn (show_centre)
        self.setCentralWidget(layouts.central_widget(self.decision_view, self.thinned_view,
                                                     (self.show_val, self.show_thinned),
                                                     tuple(dict.fromkeys(self.centre_views.values()))))
        self.panel = ControlPanel()
        #: The docked views by dock name (the registry's, dlviz.ui.viewspec.VIEWS), and every dock by name.
        self.views: dict[str, QWidget] = {}
        self.docks: dict[str, QDockWidget] = {}
        self._dock_of: dict[QWidget, str] = {}
        self._dock_shown: dict[str, bool] = {}
        self._tool_docks: dict[str, QDockWidget] = {}
        self.scheduler = FrameScheduler(self._draw_fast, [], self.on_screen, self)
        layouts.set_corners(self)
        for spec in VIEWS.values():
            self.add_dock(spec)
        self.docks["controls_dock"] = controls = layouts.controls_dock(self, self.panel.in_scroll_area())
        controls.visibilityChanged.connect(lambda shown: self._on_dock_visibility("controls_dock", shown))
        layouts.arrange(self, self.docks, "compact")
        bar = layouts.add_actions(self, c)
        self.menus: dict[str, QMenu] = bar.menus  # "file", "train", "view" ("help" when first asked for)
        self.toolbar = bar.toolbar
        self.play_action, self.step_action, self.reset_action = bar.play, bar.step, bar.reset
        self.cancel_csv_action, self.watch_speed_box = bar.cancel_csv, bar.watch_speed_box
        # The features, each a class of its own module that adds its docks and actions through this API.
        self.comparison = Comparison(self)  # Train ▸ Compare…: tiles, overlaid curves, a summary
        self.inspector = InspectorFeature(self)  # click the plane or a unit: softmax, cross-entropy, z = Σ wᵢaᵢ + b
        self.labs = Labs(self)  # Train ▸ Find learning rate…, Sweep…; View ▸ Optimizer paths lab…, Loss landscape…
        self.runs = Runs(self)  # pinned runs, experiment files, drag-and-drop
        self.language_menu = i18n.language_menu(self)  # View ▸ Language
        self.lessons = LessonsDock(self)  # Help ▸ Lessons (F1): the course's lessons, the glossary
        self.status_label = QLabel()
        self.status_label.setObjectName("status_text")
        self.statusBar().addWidget(self.status_label, 1)

        self.show_val.toggled.connect(self.decision_view.set_show_validation)
        self.show_val.toggled.connect(self.thinned_view.set_show_validation)
        self.show_val.toggled.connect(self.regression_view.set_show_validation)
        self.show_thinned.toggled.connect(self._on_thinned_toggled)
        self.network_view.unit_hovered.connect(self._on_unit_hovered)
        self.network_view.unit_left.connect(self._on_unit_left)
        self.panel.valueChanged.connect(c.set_value)
        self.panel.loadCsvRequested.connect(self.open_csv_dialog)
        c.config_changed.connect(self._on_config_changed)
        c.frames_ready.connect(self.scheduler.submit)
        c.run_started.connect(self._on_run_started)
        c.state_changed.connect(self._on_state)
        c.state_changed.connect(self.state_changed)
        c.status_changed.connect(self.status_label.setText)
        for unit in (c, self.pinned, self.experiments):
            unit.notice.connect(lambda text: self.statusBar().showMessage(text, 5000))
        c.stalled.connect(self._offer_restart)
        self.csv_loader.csv_loading.connect(self._on_csv_loading)
        self.csv_loader.csv_loaded.connect(self._on_csv_loaded)
        self.csv_loader.csv_failed.connect(lambda why: warn(self, "csv_failed", self.tr("Cannot load CSV"), why))
        self.csv_loader.folder_failed.connect(
            lambda why: warn(self, "folder_failed", self.tr("Cannot open the image folder"), why))
        self.csv_loader.folder_note.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.scheduler.drawn.connect(self.frame_drawn)
        # The timeline under the centre view, Replay, File ▸ Export animation… (after the
        # frames' wiring: live frames pass through it, held back while a snapshot shows).
        self.replay = ReplayFeature(self)

        if settings is not None:
            self._restored_layout, bad_window = stored.restore_window(settings, self)
            problem = stored.unwritable(settings)
            if bad or bad_window:
                problem = self.tr("Saved settings were unreadable and have been reset.") + (" " + problem) * bool(
                    problem)
            if problem:
                self.statusBar().showMessage(problem, 10000)
        self._on_config_changed(c.config)
        self.status_label.setText(c.status_text())
        c.start()

    # The run as the controller holds it (tests, benchmarks and app.py read these).
    config = property(lambda self: self.controller.config)
    state = property(lambda self: self.controller.state)
    playing = property(lambda self: self.controller.playing)
    run_id = property(lambda self: self.controller.run_id)
    frame = property(lambda self: self.scheduler.frame)
    csv_dataset = property(lambda self: self.controller.csv_dataset)
    restart_pending = property(lambda self: self.controller.restart_pending)
    worker_thread = property(lambda self: self.controller.worker_thread)
    training_pid = property(lambda self: self.controller.training_pid)

    # The registry's built-in views, by the names the window has always given them.
    loss_view = property(lambda self: self.views["loss_dock"])
    network_view = property(lambda self: self.views["network_dock"])
    gradient_view = property(lambda self: self.views["gradient_dock"])
    health_view = property(lambda self: self.views["health_dock"])
    weights_view = property(lambda self: self.views["weights_dock"])
    activation_view = property(lambda self: self.views["activation_dock"])
    dropout_view = property(lambda self: self.views["dropout_dock"])
    schedule_view = property(lambda self: self.views["schedule_dock"])

    # -- the window's public shape: docks, menus, actions ---------------------------------------

    def add_dock(self, spec: ViewSpec) -> QDockWidget:
        """Build the view ``spec`` describes and dock it: drawn by the scheduler while on
        screen, in the View menu (once there is one), placed by the layouts. The dock."""
        if spec.name in self.docks:
            raise ValueError(f"the window has a dock {spec.name!r} already")
        view = spec.factory()
        view.setObjectName(spec.plot)
        dock = self._dock(spec.name, spec.translated_title(), layouts.dock_content(spec.name, view), spec.area,
                          QDockWidget.DockWidgetClosable)
        self.views[spec.name] = view
        self.docks[spec.name] = dock
        self._dock_of[view] = spec.name
        self.scheduler.add(view)
        # A view brought to the front shows the newest frame at once.
        dock.visibilityChanged.connect(lambda shown, n=spec.name: self._on_dock_visibility(n, shown))
        if "view" in getattr(self, "menus", {}):  # added after the window was built
            self.menus["view"].addAction(dock.toggleViewAction())
        return dock

    def add_tool_dock(self, name: str, title: str, widget: QWidget,
                      area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """A feature's dock (the comparison, the pinned runs, the inspector): closable and
        hidden until the feature shows it; not one of the layouts' view docks."""
        dock = self._dock(name, title, widget, area, QDockWidget.DockWidgetClosable)
        dock.hide()
        self._tool_docks[name] = dock
        return dock

    def dock(self, name: str) -> QDockWidget | None:
        """A view's dock, the controls' or a feature's ("compare_dock", "runs_dock", ...), by name."""
        return self.docks.get(name) or self._tool_docks.get(name)

    def show_views(self, visible, front: str) -> None:
        """Show the view docks named in ``visible`` (the other view docks close; the controls
        stay), each tab stack with its named view in front and ``front`` in front of all
        (a lesson's scene)."""
        docks = {name: self.dock(name) for name in lesson_dock_names()}
        docks = {name: d for name, d in docks.items() if d is not None}
        for name, dock in docks.items():
            if name != "controls_dock":
                dock.setVisible(name in visible)
        for name in visible:  # each tab stack shows its named view, the front one last
            if name != front and name in docks:
                docks[name].raise_()
        if front in docks:
            docks[front].raise_()

    def select_layer(self, layer: int) -> bool:
        """Hidden layer ``layer`` (0-based) in the views that pick one (the dead-units view);
        False while they know a network too shallow for it (the new one's frame is on its way)."""
        health = self.views.get("health_dock")
        if health is None:
            return True
        health.set_layer(layer)
        return health.layer == layer

    def show_thinned_network(self, on: bool) -> None:
        """Show (or hide) the thinned network below the decision regions (only with dropout)."""
        self.show_thinned.setChecked(on)

    def _dock(self, name: str, title: str, widget: QWidget, area, closable) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable | closable)
        self.addDockWidget(area, dock)
        return dock

    def menu(self, name: str, title: str = "") -> QMenu:
        """The menu bar's menu ``name`` ("file", "train", "view", ...); one not there yet
        is added, titled ``title`` (translated by the caller)."""
        if name not in self.menus:
            if not title:
                raise ValueError(f"no menu {name!r}; the menus are {', '.join(self.menus)}")
            m = self.menuBar().addMenu(title)
            m.setObjectName(f"{name}_menu")
            self.menus[name] = m
        return self.menus[name]

    def add_action(self, menu: str, text: str, slot=None, *, name: str = "", tip: str = "", shortcut=None,
                   separator: bool = False, toolbar: str = "", before: QAction | None = None) -> QAction:
        """A menu entry in menu ``menu`` (see :meth:`menu`), after a separator if asked, or
        before ``before``: objectName ``name``, tooltip ``tip``, ``shortcut``, ``slot`` on
        trigger. ``toolbar``: also a button on the training toolbar, with this objectName."""
        m = self.menu(menu)
        if separator:
            m.insertSeparator(before) if before is not None else m.addSeparator()
        action = QAction(text, m)
        if name:
            action.setObjectName(name)
        if tip:
            action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        m.insertAction(before, action) if before is not None else m.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
            self.toolbar.widgetForAction(action).setObjectName(toolbar)
        return action

    def play(self) -> None:
        self.controller.play()

    def pause(self) -> None:
        self.controller.pause()

    def start_compare(self, axes: dict) -> bool:
        """Compare runs: ``{"optimizer": ["sgd", "adam"]}`` (``{}``: back to one run)."""
        return self.controller.start_compare(axes)

    def open_experiment(self, path) -> bool:
        """Open a ``.dlviz`` file: its runs (paused where saved), pinned runs and views.
        A bad file changes nothing and says why in a dialog."""
        return self.experiments.open_experiment(path)

    def save_experiment(self, path) -> bool:
        """Save every run, pinned run and the views' state into ``path`` (the answer
        comes as ``self.experiments.saved``)."""
        return self.experiments.save_experiment(path, {"layout": self.layout_name,
                                                      "compare_x": self.comparison.curves.x_key})

    def open_lesson(self, lesson_id: str):
        """Open lesson ``lesson_id`` in the Lessons dock: its scene, paused, and its question
        (a LessonError, listing the ids, if there is none)."""
        return self.lessons.open_lesson(lesson_id)

    def set_watch_speed(self, epochs_per_second: float | None) -> None:
        """At most this many epochs a second (None: as fast as it goes); ValueError if not above 0."""
        self.controller.set_watch_speed(epochs_per_second)

    def apply_config(self, new: Config) -> None:
        self.controller.apply_config(new)

    def load_csv(self, path) -> None:
        """Load a CSV: a labelled file, or (its header names x1 and no label) a regression
        of its one other column, or of the column the learner picks."""
        targets = target_candidates(path)
        target = targets[0] if len(targets) == 1 else ""
        if len(targets) > 1:
            target, ok = QInputDialog.getItem(self, self.tr("Regression target"),
                                              self.tr("The file has no label column. Which column should the network fit?"),
                                              list(targets), 0, False)
            if not ok:
                return
        self.csv_loader.load_csv(path, target)

    # -- controller -> widgets -------------------------------------------------------------------

    def _on_config_changed(self, config: Config) -> None:
        self.panel.set_config(config)
        self.show_thinned.setEnabled(config.dropout > 0)
        if config.dropout == 0:
            self.show_thinned.setChecked(False)

    def _on_state(self, state: RunState) -> None:
        playing = self.controller.playing
        text = self.tr("Pause") if playing else self.tr("Play")
        self.play_action.setIconText(text)
        self.play_action.setIcon(self.style().standardIcon(QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay))
        self.play_action.setText(f"{text}\t{QKeySequence(Qt.Key_Space).toString(QKeySequence.NativeText)}")

    def _on_run_started(self, info) -> None:
        if self.config.csv or self.config.image_folder:
            self.panel.set_csv_name(Path(self.config.csv or self.config.image_folder).name, len(info.y_train))
        if self.controller.focus is not None:
            self._on_unit_left()  # the hovered unit belonged to the old network

    @property
    def centre_view(self):
        """The view in the window's centre now: the decision regions, an image run's PCA
        map, or a regression run's fitted curve / predicted surface."""
        return self.centre_views.get(self.centre_kind or "points", self.decision_view)

    def show_centre(self, kind: str) -> None:
        """The centre for a run of ``kind``: its own view (an image run's PCA map, a
        regression's curve or surface), or the decision regions with their toggles (2-D
        points, and any kind without one)."""
        if kind == self.centre_kind:
            return
        self.centre_kind = kind
        own = self.centre_views.get(kind)
        for view in dict.fromkeys(self.centre_views.values()):
            view.setVisible(view is own)
        plane = own is None
        if not plane:
            self.show_thinned.setChecked(False)  # (a thinned network's regions mean nothing there)
        self.decision_view.setVisible(plane)
        self.thinned_view.setVisible(plane and self.show_thinned.isChecked())
        self.show_thinned.setVisible(plane)
        self.show_val.setVisible(plane or own is self.regression_view)  # (a curve's validation points too)
        regress = own is self.regression_view
        loss = self.docks.get("loss_dock")
        if loss is not None:  # its score is R² for a regression (accuracy otherwise)
            # Docked, Qt draws the title with the bundled font (Korean as the other docks');
            # floating, the window manager draws it (wm_title: English where it has no Hangul).
            spec = VIEWS["loss_dock"]
            text, source = (self.tr("Loss and R²"), "Loss and R²") if regress else (spec.translated_title(), spec.title)
            loss.setWindowTitle(wm_title(text, source) if loss.isFloating() else text)
        layouts.show_kind_docks(self, self.docks, self.layout_name, kind)  # an image run's docks open

    def _draw_fast(self, frame) -> None:
        kind = frame_kind(frame)
        self.show_centre(kind)
        if kind in self.centre_views:
            self.centre_views[kind].update_frame(frame)
            return
        self.decision_view.update_frame(frame)
        ins, focus = frame.inside, self.controller.focus
        if ins is None:
            return
        if self.thinned_view.isVisible() and ins.thinned_grid is not None:
            self.thinned_view.update_frame(dataclasses.replace(frame, grid=ins.thinned_grid))
        if focus is not None and ins.focus == focus and ins.focus_map is not None:
            self.decision_view.show_map(ins.focus_map, unit_name(frame.info, *focus),
                                        focus[1] if focus[0] == len(frame.info.sizes) - 2 else None)

    def _offer_restart(self, why: str) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Training stopped"),
                          self.tr("The training process is not responding."), parent=self)
        box.setObjectName("restart_dialog")
        box.setInformativeText(why)
        restart = box.addButton(self.tr("Restart training"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Close)
        box.finished.connect(lambda _: self.controller.restart() if box.clickedButton() is restart else None)
        box.open()

    # -- looking inside: hover a unit, compare with a thinned network ---------------------------

    def _on_unit_hovered(self, layer: int, unit: int) -> None:
        self.controller.set_view(focus=(layer, unit))
        f = self.frame
        if f is None:
            return
        if self.centre_view is self.regression_view:  # its part of the fitted curve, bold
            self.regression_view.highlight_part(unit if layer == len(f.info.sizes) - 3 else None)
            return
        # A coarse map at once (the input's, or the last look inside); the full one follows.
        if layer < 0:
            maps = f.info.input_maps
            image = maps[unit] if maps is not None and unit < len(maps) else None
        else:
            ins = f.inside
            ok = ins is not None and layer < len(ins.unit_maps) and unit < len(ins.unit_maps[layer])
            image = ins.unit_maps[layer][unit] if ok else None
        if image is not None:
            self.decision_view.show_map(image, unit_name(f.info, layer, unit),
                                        unit if layer == len(f.info.sizes) - 2 else None)  # an output: p, 0-1

    def _on_unit_left(self) -> None:
        self.controller.set_view(focus=None)
        self.regression_view.highlight_part(None)
        self.decision_view.show_map(None)

    def _on_thinned_toggled(self, on: bool) -> None:
        self.thinned_view.setVisible(on)
        # Two views one above the other leave no room for a legend beside the plane.
        self.decision_view.set_legend_visible(not on)
        self.decision_view.set_title(self.tr("Full network (evaluation)") if on else self.tr("Decision regions"))
        self.controller.set_view(thinned=on)

    # -- CSV and export ------------------------------------------------------------------------

    def open_csv_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a CSV dataset"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_csv(path)

    def open_image_folder_dialog(self) -> None:
        """File ▸ Open image folder…: a folder with one sub-folder of PNG/JPEG images per class,
        read in the background (made grey, ``image_size`` pixels square)."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of images (one sub-folder per class)"))
        if path:
            self.load_image_folder(path)

    def load_image_folder(self, path) -> None:
        self.csv_loader.load_image_folder(path, self.config.image_size)

    def _on_csv_loading(self, path: str) -> None:
        self.setCursor(Qt.BusyCursor)
        self.cancel_csv_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Loading {name}… (Esc cancels)").format(name=Path(path).name))

    def _on_csv_loaded(self, ok: bool) -> None:
        if not self.csv_loader.csv_busy:
            self.unsetCursor()
            self.cancel_csv_action.setEnabled(False)
            self.statusBar().clearMessage()
        self.csv_loaded.emit(ok)

    @property
    def plot_widgets(self) -> dict:
        """Every view by objectName, but the thinned decision view (shown on demand) and
        the docks for other data than the run's (an image view of a 2-D run), or for this
        data but closed (the layout at 1366 leaves the mistakes out: a closed dock's view
        would be a 200 x 136 sliver); the centre is the decision regions, an image run's
        PCA map or a regression's curve or surface."""
        kind = self.centre_kind or "points"
        centre = self.centre_view
        return {centre.objectName(): centre, **{s.plot: self.views[s.name] for s in VIEWS.values()
                                                if s.name in self.views and s.shown_for(kind) and not (
                                                    s.kinds and self.docks[s.name].isHidden())}}

    def export_png(self, folder, scale: float = export.DEFAULT_SCALE) -> list[Path]:
        """Write every plot (in a comparison: its tiles, curves and summary too) and the
        whole window as PNG files into ``folder``."""
        return export.export_main_window(self, folder, scale)  # ExportError names what failed

    def open_export_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export plots into folder"))
        scales = ["1×", "2×", "3×", "4×"]
        choice, ok = QInputDialog.getItem(self, self.tr("Export scale"), self.tr("Image scale (2× suits slides):"),
                                          scales, 1, False) if folder else ("", False)
        if not ok:
            return
        try:
            paths = self.export_png(folder, float(choice.rstrip("×")))
        except (export.ExportError, OSError, ValueError) as e:
            warn(self, "export_failed", self.tr("Export failed"), str(e))
            return
        self.statusBar().showMessage(self.tr("Wrote {n} PNG files to {folder}").format(n=len(paths), folder=folder),
                                     6000)

    def open_history_dialog(self) -> None:
        """File ▸ Export history as CSV…"""
        export.history_dialog(self)

    # -- layout, settings and shutdown ---------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            if not self._restored_layout:
                QTimer.singleShot(0, lambda: self.apply_layout(layouts.default_layout(self.width(), self.height())))

    def apply_layout(self, name: str) -> None:
        """``"compact"`` (tabs, for 1366×768) or ``"all"`` (every view at once)."""
        layouts.arrange(self, self.docks, name)
        self.layout_name = name

    def on_screen(self, view) -> bool:
        """Is this view's dock shown (not closed, not behind another tab)?"""
        return self.dock_on_screen(self._dock_of[view])

    def dock_on_screen(self, name: str) -> bool:
        return self._dock_shown.get(name, False)

    def _on_dock_visibility(self, name: str, shown: bool) -> None:
        self._dock_shown[name] = shown
        for v, dock in self._dock_of.items():
            if shown and dock == name:
                self.scheduler.shown(v)

    def closeEvent(self, event) -> None:
        if not self.runs.may_close():  # a comparison or pinned runs not saved: it asks first
            event.ignore()
            return
        if self.settings is not None:
            problem = stored.save(self.settings, self.config, self)
            if problem:
                print(f"dlviz: {problem}", file=sys.stderr)
        self.csv_loader.close()
        self.controller.close()
        self.scheduler.stop()  # a frame still on its way must not draw into a closing window
        super().closeEvent(event)
