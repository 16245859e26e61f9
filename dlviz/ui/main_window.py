"""The main window: composition only. Panels edit a Config; the worker trains;
views draw the newest Frame."""

from __future__ import annotations

import dataclasses
import math
import sys
import threading
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..common.numbers import sig3 as _sig
from ..config import Config, ConfigError, live_keys
from ..data import DataError, load_csv
from ..training.frames import Frame
from ..training.inside import input_maps
from ..training.messages import Control, LiveChange, NewRun, ViewRequest
from ..training.session import GRID_RESOLUTION
from . import export
from .panels import ControlPanel
from .style import configure_pyqtgraph
from .views import (ActivationView, DecisionView, DropoutView, GradientView, HealthView, LossView, NetworkView,
                    WeightsView)
from .worker import WorkerThread

DEBOUNCE_MS = 100  # a dragged slider's changes are coalesced: the newest value wins
SLOW_VIEWS_HZ = 12  # updates a second shared by the views other than the decision regions


class MainWindow(QMainWindow):
    """dlviz's window. ``MainWindow()`` starts ready to train on the default Config."""

    state_changed = Signal(str)
    frame_drawn = Signal(object)  # the Frame just drawn (tests and benchmarks wait on it)
    csv_loaded = Signal(bool)  # a CSV load ended: True if it is the dataset now
    _csv_result = Signal(str, object, str)  # from the loading thread: path, Dataset or None, error

    def __init__(self, config: Config | None = None, settings: QSettings | None = None):
        super().__init__()
        configure_pyqtgraph()
        self.setWindowTitle("dlviz — watch a neural network learn")
        self.settings = settings
        self.config = config or Config()
        self.csv_dataset = None
        self.playing = False
        self.state = "ready"
        self.run_id = 0
        self.frame: Frame | None = None  # the newest frame drawn
        self._pending: Frame | None = None
        self._draw_scheduled = False
        self._last_error = ""
        self._process_lost = False
        self._laid_out = False
        self._slow_drawn = 0.0
        self._slow_turn = 0  # whose turn it is among the slow views
        self._dock_shown: dict[str, bool] = {}  # dock name -> on screen now
        self._shows_pause = False  # what the play button says now
        self._focus: tuple[int, int] | None = None  # the hovered unit (layer -1: an input)
        self.layout_name = "compact"
        self._restored_layout = False

        self._build_views()
        self._build_panel()
        self._build_actions()
        self._build_statusbar()

        self._csv_result.connect(self._on_csv_result)
        self._restart_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._restart_timer.timeout.connect(self._start_new_run)

        self._worker = WorkerThread()
        w = self._worker.worker
        w.run_started.connect(self._on_run_started)
        w.frames_ready.connect(self._on_frames)
        w.failed.connect(self._on_failure)
        w.process_died.connect(self._on_process_died)
        self._worker.start()

        if settings is not None:
            self._restore_settings(settings, restore_config=config is None)  # a given config wins
        self.panel.set_config(self.config)
        self.activation_view.set_activation(self.config.activation, self.config.leaky_slope)
        self.health_view.set_activation(self.config.activation, self.config.leaky_slope)
        self.show_thinned.setEnabled(self.config.dropout > 0)
        self._start_new_run()

    # -- construction ------------------------------------------------------------------------

    def _build_views(self) -> None:
        self.decision_view = DecisionView()
        self.thinned_view = DecisionView()
        self.thinned_view.setObjectName("decision_thinned")
        self.thinned_view.set_title(self.tr("One thinned network (a dropout mask)"))
        self.thinned_view.hide()
        self.loss_view = LossView()
        self.activation_view = ActivationView()
        self.dropout_view = DropoutView()
        self.network_view = NetworkView()
        self.gradient_view = GradientView()
        self.health_view = HealthView()
        self.weights_view = WeightsView()
        self.network_view.unit_hovered.connect(self._on_unit_hovered)
        self.network_view.unit_left.connect(self._on_unit_left)

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.show_val = QCheckBox(self.tr("Show validation points"))
        self.show_val.setObjectName("show_validation")
        self.show_val.setChecked(True)
        self.show_val.setToolTip(self.tr("Points held out from training, drawn as hollow triangles."))
        self.show_val.toggled.connect(self.decision_view.set_show_validation)
        self.show_val.toggled.connect(self.thinned_view.set_show_validation)
        self.show_thinned = QCheckBox(self.tr("Compare with a thinned network"))
        self.show_thinned.setObjectName("show_thinned")
        self.show_thinned.setToolTip(self.tr(
            "With dropout, training sees a different thinned network at every step. Shows the one this "
            "mini-batch's first sample saw (its dropout mask) below the full network used for evaluation."))
        self.show_thinned.toggled.connect(self._on_thinned_toggled)
        bar.addWidget(self.show_val)
        bar.addSpacing(16)
        bar.addWidget(self.show_thinned)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.decision_view.setMinimumSize(240, 240)
        self.thinned_view.setMinimumSize(240, 240)
        self.thinned_view.set_legend_visible(False)
        # One above the other: the centre is taller than wide in both layouts.
        lay.addWidget(self.decision_view, 1)
        lay.addWidget(self.thinned_view, 1)
        self.setCentralWidget(central)

        loss_box = QWidget()
        ll = QVBoxLayout(loss_box)
        ll.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.log_box = QCheckBox(self.tr("Log scale"))
        self.log_box.setObjectName("loss_log")
        self.log_box.setToolTip(self.tr("Show the loss on a logarithmic axis: small late improvements become visible."))
        self.log_box.toggled.connect(self.loss_view.set_log)
        self.smoothing = QSlider(Qt.Horizontal)
        self.smoothing.setObjectName("smoothing")
        self.smoothing.setRange(0, 99)
        self.smoothing.setValue(60)
        self.smoothing.setToolTip(self.tr("Smooths the noisy per-step loss (a running average); 0 shows it raw."))
        self.smoothing.valueChanged.connect(lambda v: self.loss_view.set_smoothing(v / 100))
        self.loss_view.set_smoothing(0.6)
        row.addWidget(self.log_box)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Smoothing")))
        row.addWidget(self.smoothing, 1)
        ll.addLayout(row)
        ll.addWidget(self.loss_view, 1)

        # The left column and the right column run the full height; the bottom
        # area (used by the "every view" layout) sits under the decision regions.
        self.setCorner(Qt.BottomLeftCorner, Qt.LeftDockWidgetArea)
        self.setCorner(Qt.TopLeftCorner, Qt.LeftDockWidgetArea)
        self.setCorner(Qt.BottomRightCorner, Qt.RightDockWidgetArea)
        self.setCorner(Qt.TopRightCorner, Qt.RightDockWidgetArea)
        self.docks = {}
        for name, title, widget in (
            ("loss_dock", self.tr("Loss and accuracy"), loss_box),
            ("network_dock", self.tr("Network"), self.network_view),
            ("gradient_dock", self.tr("Gradient flow"), self.gradient_view),
            ("health_dock", self.tr("Dead units and saturation"), self.health_view),
            ("weights_dock", self.tr("Weights and biases"), self.weights_view),
            ("activation_dock", self.tr("Activation function"), self.activation_view),
            ("dropout_dock", self.tr("Dropout masks"), self.dropout_view),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            dock.setWidget(widget)
            dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                             | QDockWidget.DockWidgetClosable)
            self.addDockWidget(Qt.RightDockWidgetArea, dock)
            self.docks[name] = dock
            # Qt says when a dock comes on screen or goes (its tab chosen or not,
            # closed, re-opened). A view brought to the front shows the newest
            # frame at once rather than waiting for its turn.
            dock.visibilityChanged.connect(lambda shown, n=name: self._on_dock_visibility(n, shown))
        self._dock_of = {self.loss_view: "loss_dock", self.network_view: "network_dock",
                         self.gradient_view: "gradient_dock", self.health_view: "health_dock",
                         self.weights_view: "weights_dock", self.activation_view: "activation_dock",
                         self.dropout_view: "dropout_dock"}
        self._arrange_compact()

    def _build_panel(self) -> None:
        self.panel = ControlPanel()
        self.panel.valueChanged.connect(self._on_control)
        self.panel.loadCsvRequested.connect(self.open_csv_dialog)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.panel.sizeHint().width() + 18)
        dock = QDockWidget(self.tr("Hyperparameters"), self)
        dock.setObjectName("controls_dock")
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        self.addDockWidget(Qt.LeftDockWidgetArea, dock)
        self.docks["controls_dock"] = dock
        dock.visibilityChanged.connect(lambda shown: self._on_dock_visibility("controls_dock", shown))

    def _build_actions(self) -> None:
        tb = self.addToolBar(self.tr("Training"))
        tb.setObjectName("training_toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)

        def action(name, text, key, slot, tip, icon):
            # The key is a QShortcut of its own (below), not the action's, so that
            # it can be ignored while the user types in a field; the menu shows it.
            a = QAction(self.style().standardIcon(icon), f"{text}\t{QKeySequence(key).toString(QKeySequence.NativeText)}",
                        self)
            a.setIconText(text)
            a.setObjectName(name + "_action")
            a.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.NativeText)})")
            a.triggered.connect(slot)
            sc = QShortcut(QKeySequence(key), self)
            sc.setObjectName(name + "_shortcut")
            sc.activated.connect(lambda: None if self._typing() else slot())
            return a

        self.play_action = action("play", self.tr("Play"), Qt.Key_Space, self.toggle_play,
                                  self.tr("Start or pause training"), QStyle.SP_MediaPlay)
        self.step_action = action("step", self.tr("Step epoch"), "Ctrl+Right", self.step_epoch,
                                  self.tr("Train exactly one epoch"), QStyle.SP_MediaSkipForward)
        self.reset_action = action("reset", self.tr("Reset"), "Ctrl+R", self.reset,
                                   self.tr("Fresh weights, empty curves, same settings"), QStyle.SP_BrowserReload)
        for a in (self.play_action, self.step_action, self.reset_action):
            tb.addAction(a)
        # The tests and the testability contract find the buttons by these names.
        for a, name in ((self.play_action, "play"), (self.step_action, "step"), (self.reset_action, "reset")):
            tb.widgetForAction(a).setObjectName(name)

        m = self.menuBar().addMenu(self.tr("&File"))
        m.addAction(self.tr("Load CSV…"), self.open_csv_dialog)
        m.addAction(self.tr("Export plots as PNG…"), self.open_export_dialog)
        m.addSeparator()
        m.addAction(self.tr("Quit"), QKeySequence.Quit, self.close)
        t = self.menuBar().addMenu(self.tr("&Train"))
        for a in (self.play_action, self.step_action, self.reset_action):
            t.addAction(a)
        v = self.menuBar().addMenu(self.tr("&View"))
        v.addAction(self.tr("Compact layout (tabs)"), lambda: self.apply_layout("compact"))
        v.addAction(self.tr("Every view at once"), lambda: self.apply_layout("all"))
        v.addSeparator()
        for dock in self.docks.values():
            v.addAction(dock.toggleViewAction())

    def _build_statusbar(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("status_text")
        self.statusBar().addWidget(self.status_label, 1)
        self._update_status()

    def _typing(self) -> bool:
        """Is the keyboard focus in a field the user types into?"""
        focus = self.focusWidget()
        return isinstance(focus, (QLineEdit, QAbstractSpinBox)) or (
            isinstance(focus, QComboBox) and focus.isEditable())

    # -- controls -> config ------------------------------------------------------------------

    def _on_control(self, key: str, value) -> None:
        changes = {key: value}
        if key in ("dataset", "csv") and self.config.csv:
            changes["csv"] = ""  # choosing a toy dataset (or the ✕) leaves the CSV
            self.csv_dataset = None
            self.panel.set_csv_name(None)
        try:
            new = self.config.replace(**changes)
        except ConfigError as e:
            self.statusBar().showMessage(str(e), 5000)
            self.panel.set_config(self.config)
            return
        self.apply_config(new)

    def apply_config(self, new: Config) -> None:
        """Make ``new`` the current config: live fields from the next step, others
        start a new run (after the debounce, so a dragged slider's last value wins)."""
        changed, needs_new_run = self.config.live_changes(new)
        if not changed:
            return
        self.config = new
        if "activation" in changed or "leaky_slope" in changed:
            self.activation_view.set_activation(new.activation, new.leaky_slope)
            self.health_view.set_activation(new.activation, new.leaky_slope)
        if "dropout" in changed:
            self.dropout_view.set_dropout(new.dropout)
            self.show_thinned.setEnabled(new.dropout > 0)
            if new.dropout == 0:
                self.show_thinned.setChecked(False)
        if needs_new_run or self.state in ("diverged", "error"):
            self._restart_timer.start()  # (re)starts the debounce
        else:
            self._worker.send(LiveChange({k: getattr(new, k) for k in live_keys()}))
            if self.state == "finished" and self.playing is False and "epochs" in changed:
                self._set_state("paused")

    def _start_new_run(self, play: bool | None = None) -> None:
        self._restart_timer.stop()
        self.run_id += 1
        play = self.playing if play is None else play
        self._worker.send(NewRun(self.run_id, self.config, self.csv_dataset, play=play))
        self._send_view()
        self._process_lost = False

    # -- training controls -------------------------------------------------------------------

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def play(self) -> None:
        if self.state in ("diverged", "finished") and self.frame is not None:
            self.statusBar().showMessage(self.tr("This run has ended: press Reset or change a setting."), 4000)
            return
        self.playing = True
        if self._process_lost or self.state == "error":
            self._start_new_run(play=True)
        else:
            self._worker.send(Control("play"))
        self._set_state("training")

    def pause(self) -> None:
        self.playing = False
        self._worker.send(Control("pause"))
        if self.state == "training":
            self._set_state("paused")

    def step_epoch(self) -> None:
        self.playing = False
        if self._process_lost:
            self._start_new_run(play=False)
        self._worker.send(Control("step"))

    def reset(self) -> None:
        """Fresh weights, empty curves, same settings; keeps playing if it was."""
        self.loss_view.clear_curves()
        self._start_new_run()

    # -- CSV -----------------------------------------------------------------------------------

    def open_csv_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a CSV dataset"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_csv(path)

    def load_csv(self, path: str) -> None:
        """Load ``path`` as the dataset, in a background thread (a million rows take
        seconds; the window must not freeze). ``csv_loaded(ok)`` tells the outcome.
        A bad file shows one message box with the reason and line, and changes nothing."""
        self.statusBar().showMessage(self.tr("Loading {name}…").format(name=Path(path).name))
        self.setCursor(Qt.BusyCursor)
        threading.Thread(target=self._load_csv_in_background, args=(str(path),), daemon=True,
                         name="dlviz-csv").start()

    def _load_csv_in_background(self, path: str) -> None:
        try:
            ds, error = load_csv(path), ""
        except DataError as e:
            ds, error = None, str(e)
        except Exception as e:  # never a silent end: whatever it was, the user hears of it
            ds, error = None, f"{path}: {type(e).__name__}: {e}"
        self._csv_result.emit(path, ds, error)  # queued to the GUI thread

    def _on_csv_result(self, path: str, ds, error: str) -> None:
        self.unsetCursor()
        self.statusBar().clearMessage()
        if ds is not None:
            try:
                new = self.config.replace(csv=path)
            except ConfigError as e:
                ds, error = None, str(e)
        if ds is None:
            QMessageBox.warning(self, self.tr("Cannot load CSV"), error)
            self.csv_loaded.emit(False)
            return
        self.csv_dataset = ds
        self.panel.set_csv_name(Path(path).name)
        self.config = new
        self._start_new_run()
        self.csv_loaded.emit(True)

    # -- export --------------------------------------------------------------------------------

    @property
    def slow_views(self) -> list:
        return [v for name, v in self.plot_widgets.items() if name != "decision_plot"]

    @property
    def plot_widgets(self) -> dict:
        """Every view by objectName, but the thinned decision view (shown on demand)."""
        return {"decision_plot": self.decision_view, "loss_plot": self.loss_view,
                "activation_plot": self.activation_view, "dropout_plot": self.dropout_view,
                "network_view": self.network_view, "gradient_plot": self.gradient_view,
                "health_plot": self.health_view, "weights_plot": self.weights_view}

    def export_png(self, folder, scale: float = export.DEFAULT_SCALE) -> list[Path]:
        """Write every plot and the whole window as PNG files into ``folder``."""
        if self.frame is not None:
            # Views in a hidden tab are not drawn while training (and the others
            # in turn): bring them all to the newest frame, or a file shows old or no data.
            for v in self.slow_views:
                v.update_frame(self.frame)
        views = dict(self.plot_widgets)
        if self.thinned_view.isVisible():
            views["decision_thinned"] = self.thinned_view
        paths = export.export_views(views, folder, scale)
        paths.append(export.export_window(self, Path(folder) / "window.png", scale))
        return paths

    def open_export_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export plots into folder"))
        if not folder:
            return
        scales = ["1×", "2×", "3×", "4×"]
        choice, ok = QInputDialog.getItem(self, self.tr("Export scale"),
                                          self.tr("Image scale (2× suits slides):"), scales, 1, False)
        if not ok:
            return
        try:
            paths = self.export_png(folder, float(choice.rstrip("×")))
        except (OSError, ValueError) as e:
            QMessageBox.warning(self, self.tr("Export failed"), str(e))
            return
        self.statusBar().showMessage(self.tr("Wrote {n} PNG files to {folder}").format(n=len(paths), folder=folder),
                                     6000)

    # -- worker -> views -----------------------------------------------------------------------

    def _on_run_started(self, info) -> None:
        if info.run_id != self.run_id:
            return
        for v in (*self.plot_widgets.values(), self.thinned_view):
            v.set_run(info)
        self.panel.set_max_batch(len(info.y_train))
        if self._focus is not None:
            self._on_unit_left()  # the hovered unit belonged to the old network

    def _on_frames(self, frames) -> None:
        self._on_frame(frames.primary)

    def _on_frame(self, frame: Frame) -> None:
        if frame.run_id != self.run_id:
            return  # a run the user has already replaced
        self._pending = frame
        if not self._draw_scheduled:
            self._draw_scheduled = True
            QTimer.singleShot(0, self._draw)

    def _draw(self) -> None:
        self._draw_scheduled = False
        frame, self._pending = self._pending, None
        if frame is None or frame.run_id != self.run_id:
            return
        # The decision regions are what the learner watches move: every frame.
        # The other views change slowly and cost the most to paint: while training,
        # one of them per frame in turn (SLOW_VIEWS_HZ updates a second in all), so
        # no frame pays for all of them; hidden ones (other tabs) not at all. When
        # training stops, every visible view gets the last frame.
        self.decision_view.update_frame(frame)
        ins = frame.inside
        if ins is not None:
            if self.thinned_view.isVisible() and ins.thinned_grid is not None:
                self.thinned_view.update_frame(dataclasses.replace(frame, grid=ins.thinned_grid))
            if self._focus is not None and ins.focus == self._focus and ins.focus_map is not None:
                self._show_focus(ins.focus_map)
        now = time.monotonic()
        visible = [v for v in self.slow_views if self.on_screen(v)]
        slow = False
        if frame.snap.state != "training":
            for v in visible:
                v.update_frame(frame)
            slow = True
        elif visible and now - self._slow_drawn >= 1.0 / SLOW_VIEWS_HZ:
            self._slow_drawn = now
            self._slow_turn = (self._slow_turn + 1) % len(visible)
            visible[self._slow_turn].update_frame(frame)
            slow = True
        self.frame = frame
        snap = frame.snap
        if snap.state in ("diverged", "finished"):
            self.playing = False
        if not (self.playing and snap.state in ("paused", "ready")):
            # While the user has asked to play, a "paused" snapshot sent just
            # before the play command arrived is not news.
            self._set_state(snap.state)
        if slow:  # the status bar text is read at the pace of the curves
            self._update_status()
        self.frame_drawn.emit(frame)

    def _on_failure(self, failure) -> None:
        self.playing = False
        self._last_error = failure.message
        print(f"dlviz: training process error: {failure.message}\n{failure.details}", file=sys.stderr)
        self._set_state("error")

    def _on_process_died(self, why: str) -> None:
        self.playing = False
        self._process_lost = True
        self._last_error = why + self.tr(" — press Play to start a new one")
        self._set_state("error")

    def _set_state(self, state: str) -> None:
        changed = state != self.state
        self.state = state
        if self.playing != self._shows_pause:
            self._shows_pause = self.playing
            text = self.tr("Pause") if self.playing else self.tr("Play")
            self.play_action.setIconText(text)
            self.play_action.setIcon(self.style().standardIcon(QStyle.SP_MediaPause if self.playing
                                                               else QStyle.SP_MediaPlay))
            self.play_action.setText(f"{text}\t{QKeySequence(Qt.Key_Space).toString(QKeySequence.NativeText)}")
        self._update_status()
        if changed:
            self.state_changed.emit(state)

    def _update_status(self) -> None:
        f = self.frame
        s = f.snap if f is not None else None
        state = self.state
        if state == "diverged" and s is not None and s.diverged_at_step:
            state = self.tr("diverged at step {n}").format(n=s.diverged_at_step)
        elif state == "error":
            state = self.tr("error: {msg}").format(msg=self._last_error)
        parts = [state]
        if s is not None:
            parts += [self.tr("epoch {n}").format(n=s.epoch), self.tr("step {n}").format(n=s.step)]
            if s.steps_per_second:
                parts.append(self.tr("{r} steps/s").format(r=f"{s.steps_per_second:,.0f}"))
            if len(f.train_loss):
                parts.append(self.tr("train loss {v}").format(v=_sig(float(f.train_loss[-1]))))
                parts.append(self.tr("accuracy {v}%").format(v=_sig(100 * float(f.train_acc[-1]))))
                if f.has_validation:
                    parts.append(self.tr("val loss {v}").format(v=_sig(float(f.val_loss[-1]))))
            parts.append(self.tr("lr {v}").format(v=_sig(s.lr)))
        else:
            parts += [self.tr("epoch 0"), self.tr("step 0")]
        self.status_label.setText("   ·   ".join(parts))

    # -- settings and shutdown -----------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            if not self._restored_layout:
                QTimer.singleShot(0, self.default_layout)

    def default_layout(self) -> None:
        """Every view at once on a large screen; tabs on a laptop (1366 x 768)."""
        self.apply_layout("all" if self.width() >= 1800 and self.height() >= 950 else "compact")

    def apply_layout(self, name: str) -> None:
        """``"compact"``: the decision regions in the centre, two tabbed stacks on
        the right (curves above, network below). ``"all"``: no tabs, every view visible."""
        (self._arrange_all if name == "all" else self._arrange_compact)()
        self.layout_name = name
        w, h = self.width(), self.height()
        d = self.docks
        if name == "all":
            self.resizeDocks([d["network_dock"], d["gradient_dock"]], [int(0.30 * w), int(0.22 * w)], Qt.Horizontal)
            self.resizeDocks([d["network_dock"], d["loss_dock"]], [h // 2, h // 2], Qt.Vertical)
            self.resizeDocks([d["activation_dock"]], [int(0.30 * h)], Qt.Vertical)
            self.resizeDocks([d["gradient_dock"], d["health_dock"], d["weights_dock"]],
                             [int(0.30 * h), int(0.40 * h), int(0.30 * h)], Qt.Vertical)
        else:
            self.resizeDocks([d["loss_dock"]], [max(360, int(0.42 * w))], Qt.Horizontal)
            self.resizeDocks([d["loss_dock"], d["network_dock"]], [int(0.55 * h), int(0.45 * h)], Qt.Vertical)

    def _place(self) -> dict:
        d = self.docks
        for dock in (v for k, v in d.items() if k != "controls_dock"):
            dock.setFloating(False)
            self.removeDockWidget(dock)
        return d

    def _arrange_compact(self) -> None:
        d = self._place()
        self.addDockWidget(Qt.RightDockWidgetArea, d["loss_dock"])
        self.splitDockWidget(d["loss_dock"], d["network_dock"], Qt.Vertical)
        for a, b in (("loss_dock", "gradient_dock"), ("gradient_dock", "health_dock"),
                     ("health_dock", "weights_dock"), ("network_dock", "activation_dock"),
                     ("activation_dock", "dropout_dock")):
            self.tabifyDockWidget(d[a], d[b])
        for k in d:
            d[k].show()
        d["loss_dock"].raise_()
        d["network_dock"].raise_()

    def _arrange_all(self) -> None:
        d = self._place()
        self.addDockWidget(Qt.RightDockWidgetArea, d["network_dock"])
        self.splitDockWidget(d["network_dock"], d["gradient_dock"], Qt.Horizontal)
        self.splitDockWidget(d["network_dock"], d["loss_dock"], Qt.Vertical)
        self.splitDockWidget(d["gradient_dock"], d["health_dock"], Qt.Vertical)
        self.splitDockWidget(d["health_dock"], d["weights_dock"], Qt.Vertical)
        self.addDockWidget(Qt.BottomDockWidgetArea, d["activation_dock"])
        self.splitDockWidget(d["activation_dock"], d["dropout_dock"], Qt.Horizontal)
        for k in d:
            d[k].show()

    def on_screen(self, view) -> bool:
        """Is this view's dock shown (not closed, not behind another tab)?"""
        return self._dock_shown.get(self._dock_of[view], False)

    def _on_dock_visibility(self, name: str, shown: bool) -> None:
        self._dock_shown[name] = shown
        if shown and self.frame is not None:
            for v in self.slow_views:
                if self._dock_of[v] == name:
                    v.update_frame(self.frame)

    # -- looking inside: hover a unit, compare with a thinned network ---------------------------

    def _send_view(self) -> None:
        focus = self._focus if self._focus is not None and self._focus[0] >= 0 else None
        self._worker.send(ViewRequest(inside=True, thinned=self.show_thinned.isChecked(), focus=focus))

    def _unit_name(self, layer: int, unit: int) -> str:
        info = self.frame.info if self.frame is not None else None
        if layer < 0:
            label = info.feature_labels[unit] if info and unit < len(info.feature_labels) else str(unit)
            return self.tr("Input {name}").format(name=label)
        n_layers = len(info.sizes) - 1 if info else layer + 1
        if layer == n_layers - 1:
            name = info.class_names[unit] if info and unit < len(info.class_names) else str(unit)
            return self.tr("Output: probability of {name}").format(name=name)
        return self.tr("Hidden layer {l}, unit {u}").format(l=layer + 1, u=unit + 1)

    def _on_unit_hovered(self, layer: int, unit: int) -> None:
        self._focus = (layer, unit)
        image = None
        f = self.frame
        if layer < 0 and f is not None:
            image = self._input_map(f.info, unit)
        else:
            self._send_view()
            if f is not None and f.inside is not None and layer < len(f.inside.unit_maps) \
                    and unit < len(f.inside.unit_maps[layer]):
                image = f.inside.unit_maps[layer][unit]  # coarse at once; the full map follows
        if image is not None:
            self._show_focus(image)

    def _on_unit_left(self) -> None:
        self._focus = None
        self.decision_view.show_map(None)
        self._send_view()

    def _show_focus(self, image) -> None:
        scale = float(np.max(np.abs(image))) or 1.0
        self.decision_view.show_map(np.asarray(image) / scale, self._unit_name(*self._focus))

    def _input_map(self, info, index: int):
        feats = info.config.features
        if index >= len(feats):
            return None
        return input_maps(info.bounds, [feats[index]], GRID_RESOLUTION)[0]

    def _on_thinned_toggled(self, on: bool) -> None:
        self.thinned_view.setVisible(on)
        # Two views one above the other leave no room for a legend beside the plane
        # (the colours are the same as a moment before, when it was shown).
        self.decision_view.set_legend_visible(not on)
        self.decision_view.set_title(self.tr("Full network (evaluation)") if on else self.tr("Decision regions"))
        self._send_view()

    def _restore_settings(self, s: QSettings, restore_config: bool = True) -> None:
        data = s.value("config") if restore_config else None
        if isinstance(data, str):
            import json

            try:
                cfg = Config.from_dict(json.loads(data))
                if cfg.csv:
                    cfg = cfg.replace(csv="")  # the file may be gone: start from toy data
                self.config = cfg
            except (ValueError, TypeError):
                pass  # a bad stored config falls back to the defaults
        geom = s.value("geometry")
        if geom is not None:
            self.restoreGeometry(geom)
        state = s.value("window_state")
        if state is not None:
            self._restored_layout = bool(self.restoreState(state))

    def closeEvent(self, event) -> None:
        self._restart_timer.stop()
        if self.settings is not None:
            import json

            self.settings.setValue("config", json.dumps(self.config.to_dict()))
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("window_state", self.saveState())
        self._worker.close()
        super().closeEvent(event)

    @property
    def restart_pending(self) -> bool:
        """A change that needs a new run is waiting out the debounce."""
        return self._restart_timer.isActive()

    @property
    def worker_thread(self):
        """The QThread driving the training process (tests check it ends)."""
        return self._worker.thread

    @property
    def training_pid(self) -> int | None:
        return self._worker.worker.pid
