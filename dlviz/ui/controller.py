"""The run controller: what the user asked for, decided without a widget.

It owns the Config, the run state, the debounce of changes that need a new run and
the worker (and so the training process). The pinned runs (:mod:`.pinned`),
experiment files (:mod:`.experiments`) and CSV loading (:mod:`.csv_loading`) are
units of their own that drive it through its methods. Widgets call their methods
and listen to their signals; none touches a widget, so each is tested without a window.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..common.numbers import sig3
from ..config import Config, ConfigError, live_keys
from ..training.compare import variants
from ..training.frames import Frame, Frames
from ..training.landscape import DEFAULT_RESOLUTION
from ..training.lessons import run_costs
from ..training.messages import (BackpropRequest, Control, LandscapeRequest, LiveChange, LRFinderCancel, LRFinderReady,
                                 ReplayRequest,
                                 LRFinderRequest, NewRun, Pace, RunState, SaveRuns, ViewRequest)
from .i18n import explain
from .views.common import regression
from .worker import WorkerThread

DEBOUNCE_MS = 100  # a dragged slider's changes are coalesced: the newest value wins
STATUS_HZ = 4  # the status line is read, not watched: a few updates a second
# Makes each window's worker (a WorkerThread: a QThread and its training process). The
# window tests swap it for one sharing a process between windows (tests/ui/conftest.py).
worker_factory = WorkerThread


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunController", text)


def _state_name(state: RunState) -> str:
    # Literal strings, so that Qt's lupdate finds each one.
    return {RunState.READY: QCoreApplication.translate("RunController", "ready"), RunState.TRAINING: QCoreApplication.translate("RunController", "training"), RunState.PAUSED: QCoreApplication.translate("RunController", "paused"),
            RunState.FINISHED: QCoreApplication.translate("RunController", "finished"), RunState.DIVERGED: QCoreApplication.translate("RunController", "diverged"),
            RunState.ERROR: QCoreApplication.translate("RunController", "error")}[state]


def status_text(state: RunState, frame: Frame | None, error: str = "") -> str:
    """The status line: the state, then epoch, step, speed, losses and lr."""
    s = frame.snap if frame is not None else None
    if state == RunState.DIVERGED and s is not None and s.diverged_at_step:
        parts = [QCoreApplication.translate("RunController", "diverged at step {n}").format(n=s.diverged_at_step)]
    elif state == RunState.ERROR:
        parts = [QCoreApplication.translate("RunController", "error: {msg}").format(msg=error)]
    else:
        parts = [_state_name(state)]
    if s is None:
        return "   ·   ".join([*parts, QCoreApplication.translate("RunController", "epoch 0"), QCoreApplication.translate("RunController", "step 0")])
    parts += [QCoreApplication.translate("RunController", "epoch {n}").format(n=s.epoch), QCoreApplication.translate("RunController", "step {n}").format(n=s.step)]
    if s.steps_per_second and state == RunState.TRAINING:
        parts.append(QCoreApplication.translate("RunController", "{r} steps/s").format(r=f"{s.steps_per_second:,.0f}"))
    if len(frame.train_loss):
        parts.append(QCoreApplication.translate("RunController", "train loss {v}").format(v=sig3(float(frame.train_loss[-1]))))
        if regression(frame.info):
            parts.append(QCoreApplication.translate("RunController", "R² {v}").format(v=sig3(float(frame.train_acc[-1]))))
        else:
            parts.append(QCoreApplication.translate("RunController", "accuracy {v}%").format(v=sig3(100 * float(frame.train_acc[-1]))))
        if frame.has_validation:
            parts.append(QCoreApplication.translate("RunController", "val loss {v}").format(v=sig3(float(frame.val_loss[-1]))))
    parts.append(QCoreApplication.translate("RunController", "lr {v}").format(v=sig3(s.lr)))
    if s.step:
        parts.append(QCoreApplication.translate("RunController", "{step}/step, {epoch}/epoch, {bytes}/batch").format(
            **run_costs(s)))
    return "   ·   ".join(parts)


class RunController(QObject):
    """Config, run state, worker and CSV loading of the window's run."""

    state_changed = Signal(object)  # RunState
    config_changed = Signal(object)  # Config: the controls should show it
    run_started = Signal(object)  # RunInfo of the current run
    frames_ready = Signal(object)  # Frames of the current run
    status_changed = Signal(str)  # the status line
    notice = Signal(str)  # a passing message for the status bar
    stalled = Signal(str)  # the training process does not answer: offer a restart
    dataset_chosen = Signal()  # a toy dataset, the CSV's ✕ or an experiment's runs: a CSV load in progress is dropped
    saved = Signal(str, str)  # an experiment file: its path, and why it was not written ("" if it was)
    watch_speed_changed = Signal(object)  # epochs per second, or None: as fast as it goes
    landscape_ready = Signal(int, object)  # request id, landscape.Landscape
    landscape_failed = Signal(int, str)  # request id, why there is none
    lr_finder_progress = Signal(int, int, int)  # request id, steps done, steps planned
    lr_finder_ready = Signal(int, object, str)  # request id, lr_finder.LRFinderResult or None, why not
    backprop_ready = Signal(object)  # messages.BackpropReady: one sample's walk-through, or why not
    replay_ready = Signal(object)  # messages.ReplayFrame: one of the run's kept snapshots drawn, or why not

    def __init__(self, config: Config | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config or Config()
        self.csv_dataset = None  # the loaded CSV's Dataset, kept in memory
        self._width = self.config.neurons or 16  # units per hidden layer, remembered through 0 layers
        self.state = RunState.READY
        self.playing = False  # the user wants training to run
        self.resume = False  # it was playing when the run ended: a change plays on
        self.run_id = 0  # the current run (in a comparison: the focused one)
        self.compare: tuple[tuple[int, str], ...] = ()  # (run id, label) of a comparison's runs
        self._axes: dict[str, list] = {}
        self.csv_pending = False  # a CSV is loading (the CsvLoader says so: set_csv_pending)
        self.frame: Frame | None = None  # the current run's newest frame
        self.frames: Frames | None = None
        self.error = ""
        self._process_lost = False
        self._thinned = False
        self.focus: tuple[int, int] | None = None
        self.probe: tuple[float, float] | None = None  # the inspector's point (data coordinates)
        self.probe_unit: tuple[int, int] | None = None  # the inspector's unit
        self._status_at = 0.0
        # A QTimer rather than superqt's qdebounced: the window asks whether a
        # restart is pending, and a play or reset must cancel it.
        self._restart_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._restart_timer.timeout.connect(self._start_new_run)
        self._play_after_death = False
        self.watch_speed: float | None = None  # epochs per second; None: as fast as it goes
        self._landscape_id = 0
        self._lr_finder_id = 0

        self._worker = worker_factory()
        w = self._worker.worker
        w.run_started.connect(self._on_run_started)
        w.frames_ready.connect(self._on_frames)
        w.failed.connect(self._on_failure)
        w.process_died.connect(self._on_process_died)
        w.stalled.connect(self._on_stalled)
        w.saved.connect(lambda msg: self.saved.emit(msg.path, msg.error))
        w.landscape_ready.connect(self._on_landscape)
        w.lr_finder.connect(self._on_lr_finder)
        w.backprop_ready.connect(self.backprop_ready)
        w.replay_ready.connect(self.replay_ready)
        w.engine_status.connect(lambda msg: self.notice.emit(explain(msg.message)))

    def start(self) -> None:
        """Start the worker thread and build the first run (paused). Not in
        ``__init__``: a window that fails while it is built must not leave a
        running thread behind (Qt aborts on destroying one)."""
        self._worker.start()
        self._start_new_run()

    # -- the config --------------------------------------------------------------------------

    def set_value(self, key: str, value) -> bool:
        """One control changed: apply it, or say why not (and show the old value)."""
        changes = {key: value}
        if key == "hidden_layers" and not self.config.hidden:
            # Config has no width while there is no hidden layer: bring back the last one.
            changes["neurons"] = self._width
        if key in ("dataset", "csv") and (self.config.csv or self.config.image_folder or self.csv_pending):
            changes["csv"] = changes["image_folder"] = ""  # a toy dataset (or the ✕) replaces the CSV or the image folder, and a pending load
            changes["target_column"] = ""  # (and the CSV's target column with it)
            self.dataset_chosen.emit()
            self.csv_dataset = None
        try:
            new = self.config.replace(**changes)
        except ConfigError as e:
            self.notice.emit(explain(e))
            self.config_changed.emit(self.config)
            return False
        self.apply_config(new)
        return True

    def apply_config(self, new: Config) -> None:
        """Make ``new`` the current config: live keys from the next step, others
        start a new run after the debounce (a dragged slider's last value wins)."""
        changed, needs_new_run = self.config.live_changes(new)
        if not changed:
            return
        self.config = new
        self._width = new.neurons or self._width
        self.config_changed.emit(new)
        if needs_new_run or self.state in (RunState.DIVERGED, RunState.ERROR):
            self._restart_timer.start()  # (re)starts the debounce; a comparison starts again on the new base
            return
        # Live keys reach every run of a comparison, but the ones it varies.
        self._worker.send(LiveChange({k: getattr(new, k) for k in live_keys() if k not in self._axes}))
        if self.state == RunState.FINISHED and "epochs" in changed:
            self.resume = False
            if self.playing:
                self._worker.send(Control("play"))
            self._set_state(RunState.TRAINING if self.playing else RunState.PAUSED)

    @property
    def restart_pending(self) -> bool:
        """A change that needs a new run is waiting out the debounce."""
        return self._restart_timer.isActive()

    def _start_new_run(self, play: bool | None = None) -> None:
        self._restart_timer.stop()
        if play is None:
            play = self.playing or self.resume
        self.playing, self.resume = play, False
        self._process_lost = False
        self.error = ""
        try:
            runs = variants(self.config, self._axes) if self._axes else [("", self.config)]
        except ConfigError as e:  # the new base config does not take a compared value
            self.notice.emit(explain(e))
            self._axes, runs = {}, [("", self.config)]
        ids = []
        for i, (label, config) in enumerate(runs):
            self.run_id += 1
            ids.append((self.run_id, label))
            self._worker.send(NewRun(self.run_id, config, self.csv_dataset, play=play, keep_others=i > 0))
        self.compare = tuple(ids) if self._axes else ()
        self.run_id = ids[0][0]
        self._send_view()
        self._set_state(RunState.TRAINING if play else RunState.READY)

    def start_compare(self, axes: dict[str, list]) -> bool:
        """Train one run per value of one key (or per pair of two keys' values), all
        else equal, in lockstep. ``{}`` goes back to a single run. False (and a notice) if refused."""
        try:
            if axes:
                variants(self.config, axes)
        except ConfigError as e:
            self.notice.emit(explain(e))
            return False
        self._axes = {k: list(v) for k, v in axes.items()}
        self._start_new_run()
        return True

    @property
    def compared_keys(self) -> tuple[str, ...]:
        """The keys the comparison varies (none outside a comparison)."""
        return tuple(self._axes)

    @property
    def compared_values(self) -> dict[str, list]:
        return {k: list(v) for k, v in self._axes.items()}

    def focus_run(self, run_id: int) -> None:
        """Show run ``run_id`` of the comparison in the single-run views."""
        if run_id in dict(self.compare) and run_id != self.run_id:
            self.run_id = run_id
            self._send_view()

    def run_label(self, run_id: int | None = None) -> str:
        """A short name for a run: its compared values, else its optimizer, lr and epoch."""
        run_id = self.run_id if run_id is None else run_id
        label = dict(self.compare).get(run_id)
        frame = self.frames.get(run_id) if self.frames is not None else None
        epoch = frame.snap.epoch if frame is not None else 0
        if label:
            return QCoreApplication.translate("RunController", "{label} · epoch {n}").format(label=label, n=epoch)
        c = self.config
        return QCoreApplication.translate("RunController", "{act}, {opt}, lr {lr} · epoch {n}").format(act=c.activation, opt=c.optimizer, lr=sig3(c.lr),
                                                             n=epoch)

    # -- what the other units ask of the run ---------------------------------------------------

    def set_csv_pending(self, pending: bool) -> None:
        """The CsvLoader: a load is (not) in progress (a toy dataset chosen meanwhile drops it)."""
        self.csv_pending = pending

    def use_dataset(self, dataset, path: str, key: str = "csv", target_column: str = "") -> str:
        """A CSV (or, ``key`` "image_folder", an image folder) loaded: train on it (a new run);
        ``target_column``: the CSV's column a regression fits. "" if done, else why not
        (nothing changed)."""
        try:
            new = self.config.replace(**{"csv": "", "image_folder": "", "target_column": target_column, key: path})
        except ConfigError as e:
            return explain(e)
        self.csv_dataset = dataset
        self.config = new
        self.config_changed.emit(new)
        self._start_new_run()
        return ""

    @property
    def can_save(self) -> bool:
        """Is there a run to save (it has a frame, its process is alive)?"""
        return not (self.frames is None or self._process_lost or self.state == RunState.ERROR)

    def save_runs(self, path: str, state: dict, ghosts: tuple) -> None:
        """Ask the training process to write every run (of a comparison: each of them),
        ``state`` (the view state) and ``ghosts`` to ``path``; ``saved`` tells the end."""
        runs = self.compare or ((self.run_id, "run"),)
        ids = [i for i, _ in runs]
        state = {"compare": self.compared_values, "base": self.config.to_dict(),
                 "focus": ids.index(self.run_id) if self.run_id in ids else 0, **state}
        self._worker.send(SaveRuns(str(path), tuple(runs), state, ghosts))

    def adopt_runs(self, base: Config, runs, axes: dict, focus) -> None:
        """Replace the runs by ``runs`` ((label, Trainer) each, as an experiment file holds
        them), paused where they were; ``axes``: the comparison they are (``{}``: none);
        ``focus``: the index of the run the single-run views show."""
        self._restart_timer.stop()
        self.playing = self.resume = False
        self._process_lost = False
        self.error = ""
        first = runs[0][1]
        self.config = base if len(runs) > 1 else first.config
        self._width = self.config.neurons or self._width
        self.csv_dataset = first.dataset if first.config.csv or first.config.image_folder else None
        ids = []
        for i, (label, t) in enumerate(runs):
            self.run_id += 1
            ids.append((self.run_id, label))
            self._worker.send(NewRun(self.run_id, t.config, t.dataset if t.config.csv or t.config.image_folder else None,
                                     keep_others=i > 0, state=t.state()))
        self._axes = {k: list(v) for k, v in axes.items()} if len(ids) > 1 else {}
        self.compare = tuple(ids) if len(ids) > 1 else ()
        self.run_id = ids[focus if isinstance(focus, int) and 0 <= focus < len(ids) else 0][0]
        self.config_changed.emit(self.config)
        self._send_view()
        self._set_state(RunState.PAUSED if first.step else RunState.READY)

    # -- training controls -------------------------------------------------------------------

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def play(self) -> None:
        if self.state.ended and not self.restart_pending:  # (in a comparison: every run has ended)
            self.notice.emit(QCoreApplication.translate("RunController", "This run has ended: press Reset or change a setting."))
            return
        if self._process_lost or self.state == RunState.ERROR:
            self._start_new_run(play=True)
            return
        self.playing = True
        self._worker.send(Control("play"))
        self._set_state(RunState.TRAINING)

    def pause(self) -> None:
        self.playing = self.resume = False
        self._worker.send(Control("pause"))
        if self.state == RunState.TRAINING:
            self._set_state(RunState.PAUSED)

    def step_epoch(self) -> None:
        self.playing = False
        if self._process_lost or self.state == RunState.ERROR:
            self._start_new_run(play=False)
        self._worker.send(Control("step"))

    def reset(self) -> None:
        """Fresh weights, empty curves, same settings; keeps playing if it was."""
        self._start_new_run()

    def restart(self) -> None:
        """Replace a training process that stopped answering, and start afresh, playing."""
        self._play_after_death = True
        self._worker.restart_process()  # the worker answers with process_died

    # -- watch speed and the loss landscape --------------------------------------------------

    def set_watch_speed(self, epochs_per_second: float | None) -> None:
        """Train at most this many epochs a second (every run; None: as fast as it
        goes). Not a number above 0 raises ValueError, and nothing changes."""
        v = epochs_per_second
        if v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v <= 0:
                raise ValueError(QCoreApplication.translate("RunController", "The watch speed must be a number of epochs per second above 0, got {value}")
                                 .format(value=repr(v)))
            v = float(v)
        if v == self.watch_speed:
            return
        self.watch_speed = v
        self._worker.send(Pace(v))
        self.watch_speed_changed.emit(v)

    def request_landscape(self, method: str = "pca", resolution: int = DEFAULT_RESOLUTION, seed: int = 0) -> int:
        """Ask for the focused run's loss landscape, computed in the training process;
        the answer is ``landscape_ready(id, landscape)`` or ``landscape_failed(id, why)``
        with the id returned here."""
        self._landscape_id += 1
        self._worker.send(LandscapeRequest(self._landscape_id, self.run_id, method, int(resolution), int(seed)))
        return self._landscape_id

    def _on_landscape(self, msg) -> None:
        if msg.error or msg.landscape is None:
            self.landscape_failed.emit(msg.request_id, msg.error or QCoreApplication.translate("RunController", "no landscape was computed"))
        else:
            self.landscape_ready.emit(msg.request_id, msg.landscape)

    def request_backprop(self, sample: int, weight: tuple[int, int, int] = (1, 1, 1)) -> int:
        """Ask for training sample ``sample``'s walk-through on the focused run's current weights
        (:func:`dlviz.training.backprop.walk_trainer`), computed in the training process; the
        answer is ``backprop_ready(BackpropReady)`` with the id returned here."""
        self._backprop_id = getattr(self, "_backprop_id", 0) + 1
        self._worker.send(BackpropRequest(self._backprop_id, int(sample), tuple(int(v) for v in weight), self.run_id))
        return self._backprop_id

    def request_replay(self, index: int | None, inside: bool = True, resolution: int = 100) -> int:
        """Ask for the focused run's kept weight snapshot ``index`` drawn (negative: from the
        end; None: only which snapshots there are), computed in the training process; the
        answer is ``replay_ready(ReplayFrame)`` with the id returned here."""
        self._replay_id = getattr(self, "_replay_id", 0) + 1
        self._worker.send(ReplayRequest(self._replay_id, self.run_id, index, bool(inside), int(resolution)))
        return self._replay_id

    def request_lr_finder(self, config: Config, dataset=None) -> int:
        """Ask the training process for the learning-rate range test of ``config``
        (on ``dataset``, a loaded CSV), from fresh weights; no run is touched. It
        reports ``lr_finder_progress(id, done, planned)``, then answers
        ``lr_finder_ready(id, result or None, why not)``, with the id returned here."""
        self._lr_finder_id += 1
        self._worker.send(LRFinderRequest(self._lr_finder_id, config, dataset))
        return self._lr_finder_id

    def cancel_lr_finder(self, request_id: int) -> None:
        """Stop a range test (within 25 steps); it still answers, its result marked cancelled."""
        self._worker.send(LRFinderCancel(request_id))

    def _on_lr_finder(self, msg) -> None:
        if isinstance(msg, LRFinderReady):
            self.lr_finder_ready.emit(msg.request_id, msg.result, msg.error)
        else:
            self.lr_finder_progress.emit(msg.request_id, msg.done, msg.planned)

    # -- the one backchannel: what the views want computed ------------------------------------

    def set_view(self, thinned: bool | None = None, focus: tuple[int, int] | None | bool = False,
                 probe: tuple[float, float] | None | bool = False,
                 probe_unit: tuple[int, int] | None | bool = False) -> None:
        """The thinned network shown or not; the hovered unit (None: none; False: unchanged);
        the inspected point and the inspected unit (the same: None none, False unchanged)."""
        if thinned is not None:
            self._thinned = thinned
        if focus is not False:
            self.focus = focus
        if probe is not False:
            self.probe = probe
        if probe_unit is not False:
            self.probe_unit = probe_unit
        self._send_view()

    def _send_view(self) -> None:
        self._worker.send(ViewRequest(inside=True, thinned=self._thinned, focus=self.focus, run_id=self.run_id,
                                      probe=self.probe, probe_unit=self.probe_unit))

    # -- worker -> here ------------------------------------------------------------------------

    def _on_run_started(self, info) -> None:
        if info.run_id == self.run_id:
            self.run_started.emit(info)

    def _on_frames(self, frames: Frames) -> None:
        frame = frames.get(self.run_id)
        if frame is None:
            return  # a run the user has already replaced
        ours = tuple(f for f in frames if f.run_id in dict(self.compare)) if self.compare else (frame,)
        self.frame = frame
        state = frame.state
        if len(ours) > 1:  # a comparison plays while any of its runs does
            states = {f.state for f in ours}
            state = next((s for s in (RunState.TRAINING, RunState.PAUSED, RunState.READY) if s in states), state)
        if state.ended:
            self.resume = self.resume or self.playing
            self.playing = False
        # While the user has asked to play, a "paused" snapshot sent just before
        # the play command arrived is not news.
        if not (self.playing and state in (RunState.PAUSED, RunState.READY)) and not self.restart_pending:
            self._set_state(state)
        self.frames = Frames(ours, focus=self.run_id)  # the newest of the current run(s)
        self.frames_ready.emit(self.frames)
        now = time.monotonic()
        if now - self._status_at >= 1.0 / STATUS_HZ or state != RunState.TRAINING:
            self._status_at = now
            self.status_changed.emit(self.status_text())

    def _on_failure(self, failure) -> None:
        self._fail(failure.message)

    def _on_process_died(self, why: str) -> None:
        self._process_lost = True
        if self._play_after_death:  # the end of the process restart() killed
            self._play_after_death = False
            self._start_new_run(play=True)
            return
        self._fail(why + QCoreApplication.translate("RunController", " — press Play to start a new one"))

    def _on_stalled(self, why: str) -> None:
        self._fail(why)
        self.stalled.emit(why)

    def _fail(self, message: str) -> None:
        self.playing = False
        self.error = message
        self._set_state(RunState.ERROR, force=True)

    def _set_state(self, state: RunState, force: bool = False) -> None:
        changed = state != self.state
        self.state = state
        if changed or force:
            self.status_changed.emit(self.status_text())
            self.state_changed.emit(state)

    def status_text(self) -> str:
        return status_text(self.state, self.frame, self.error)

    # -- the end -------------------------------------------------------------------------------

    @property
    def worker_thread(self):
        """The QThread driving the training process (tests check it ends)."""
        return self._worker.thread

    @property
    def training_pid(self) -> int | None:
        return self._worker.worker.pid

    def close(self) -> bool:
        """Stop everything: no dialog or run may follow. True if the worker ended."""
        self._restart_timer.stop()
        return self._worker.close()
