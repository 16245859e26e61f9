"""The training process: its loop, holding runs by id. Imports no Qt.

The GUI's worker thread starts :func:`serve` in a child process and talks to it
over two one-way pipes (:mod:`.messages`): commands in, messages out. The child
trains in small time-boxed chunks and reads commands between them, so a pause or
a new config takes effect within a few ms; it publishes an :class:`Update` (a
snapshot of every run) at most ``FPS`` times a second, computing there
everything the views need (grid probabilities, masks, diagnostics, the look
inside) so that the GUI process only draws.
"""

from __future__ import annotations

import copy
import dataclasses
import queue
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass

import numpy as np

from ..common.arrays import frozen
from ..common.messages import QT_TRANSLATE_NOOP, Message
from ..config import ConfigError
from ..data import FEATURES, DataError, Dataset, image_feature_labels
from ..engine import engines
from . import inside as _inside
from . import landscape as _landscape
from . import lr_finder as _lr_finder
from . import regression as _regression
from . import replay as _replay
from .messages import (BackpropReady, BackpropRequest, DIAG_COLUMNS, EPOCH_COLUMNS, HEARTBEAT_SECONDS, Control, EngineStatus, EpochRows, Failure,
                       Heartbeat, LandscapeReady, LandscapeRequest, LiveChange, LRFinderCancel, LRFinderProgress,
                       LRFinderReady, LRFinderRequest, NewRun, Pace, RemoveRun, ReplayFrame, ReplayRequest, RunInfo,
                       RunState, Saved, SaveRuns, Snapshot, Update, ViewRequest)
from .threads import limit_blas_threads  # (also the name the callers and tests know here)
from .trainer import Trainer

FPS = 30  # snapshots per second while training
INSIDE_HZ = 10  # of which carry the look inside the network and the diagnostics
EVAL_HZ = 10  # evaluations a second of a run without a plane (images), while it trains
TILE_HZ = 15  # grids a second for a comparison's runs other than the focused one
CHUNK_SECONDS = 0.004  # training time between two looks at the command pipe
GRID_RESOLUTION = 100  # cells per side of the decision view's grid
# While training, a grid pass may take this long; a deep wide net whose pass at
# full resolution would take longer gets a coarser grid (never below
# GRID_MIN_RESOLUTION) until it pauses. The pass is otherwise the training
# process's largest cost: an 8 x 16 tanh net's takes ~7 ms, a fifth of a frame.
GRID_BUDGET = 0.004  # seconds
GRID_MIN_RESOLUTION = 60
MASK_SAMPLES = 64  # dropout masks: at most this many samples of the batch are sent
PACE_BURST = 0.05  # a paced run may catch up at most this many seconds of steps at once
MAX_SNAPSHOTS = 512  # weight snapshots kept per run for its landscape (thinned to every other beyond)
REPLAY_SLICE = 4  # steps a slice takes at least, cut short where a replay snapshot is due ...
REPLAY_DENSE = 256  # ... while the run keeps fewer replay snapshots than this


# -- building snapshots (also used for headless export) ---------------------------------------


def run_info(trainer: Trainer, run_id: int) -> RunInfo:
    ds = trainer.dataset
    return RunInfo(
        run_id=run_id,
        config=trainer.config,
        sizes=tuple(trainer.net.sizes),
        class_names=tuple(ds.class_names),
        bounds=tuple(float(b) for b in ds.bounds),
        X_train=frozen(trainer.X_train_raw),
        y_train=frozen(trainer.y_train),
        X_val=frozen(trainer.X_val_raw),
        y_val=frozen(trainer.y_val),
        steps_per_epoch=trainer.steps_per_epoch,
        feature_labels=tuple(FEATURES[f].label for f in trainer.config.features) if trainer.has_plane
        else image_feature_labels(trainer.config.features, ds.image_shape),
        input_maps=_inside.input_maps(trainer.dataset.bounds, trainer.config.features, curve=ds.kind == "curve")
        if trainer.has_plane else None,
        metric=trainer.metric,
        kind=ds.kind,
        image_shape=ds.image_shape,
    )


@dataclass
class Cursor:
    """How much of a trainer's history has been sent already: the steps, the last
    epoch and the last diagnostics row's step (absolute: the history is thinned)."""

    steps: int = 0
    epochs: int = 0
    diags: int = -1
    seq: int = 0


def trainer_state(trainer: Trainer, active: bool) -> RunState:
    """The state of a run as the GUI names it; ``active``: asked to train now."""
    if trainer.diverged:
        return RunState.DIVERGED
    if trainer.finished:
        return RunState.FINISHED
    if active:
        return RunState.TRAINING
    return RunState.PAUSED if trainer.step else RunState.READY


def make_snapshot(trainer: Trainer, run_id: int, state: RunState, cursor: Cursor, steps_per_second: float = 0.0,
                  resolution: int = GRID_RESOLUTION, with_grid: bool = True,
                  view: ViewRequest = ViewRequest(), with_diagnostics: bool = True,
                  grid: np.ndarray | None = None) -> Snapshot:
    """Snapshot of ``trainer`` with the history past ``cursor`` (which it advances).

    ``grid``: the decision grid if the caller computed it already. Data without a plane
    (images) has no grid and no unit maps: where a grid would go, an Evaluation does."""
    plane = trainer.has_plane
    evaluation = trainer.evaluation() if with_grid and not plane else None
    h = trainer.history
    # The history is bounded (older rows thinned, old step losses dropped): what is
    # new is found by step and epoch number, not by position.
    step_loss = h.step_loss.view(max(0, h.step_loss.n - (trainer.step - cursor.steps))).astype(np.float32)
    first_epoch = int(np.searchsorted(h.epoch.view(), cursor.epochs, side="right"))
    first_diag = int(np.searchsorted(h.diag_step.view(), cursor.diags, side="right"))
    rows = EpochRows(*(frozen(getattr(h, k).view(first_epoch)) for k in EPOCH_COLUMNS),
                     *(frozen(getattr(h, k).view(first_diag)) for k in DIAG_COLUMNS))
    cursor.steps, cursor.epochs = trainer.step, h.epochs
    cursor.diags = int(h.diag_step.last()) if h.diag_step.n else cursor.diags
    masks = tuple(None if m is None else frozen(m[:, :MASK_SAMPLES]) for m in trainer.net.last_masks)
    if not masks:
        masks = tuple(None for _ in trainer.net.sizes[1:-1])
    if with_grid and grid is None and plane:
        grid = frozen(trainer.predict_grid(resolution))
    if with_grid and trainer.regression:
        # A regression's views draw its Evaluation (the curve, or the surface: the grid's
        # predictions); the grid still goes (the 2-D views keep a frame to draw).
        evaluation = _regression.evaluate(trainer, resolution, grid)
    snap = Snapshot(
        run_id=run_id,
        seq=cursor.seq,
        state=state,
        config=trainer.config,
        epoch=trainer.epoch,
        step=trainer.step,
        steps_per_second=float(steps_per_second),
        lr=trainer.lr,
        steps_per_epoch=trainer.steps_per_epoch,
        new_step_loss=frozen(step_loss),
        new_epochs=rows,
        grid=grid if with_grid and plane else None,
        masks=masks,
        diagnostics=trainer.diagnostics() if with_diagnostics else None,
        diverged_at_step=trainer.diverged_at_step,
        inside=_inside.inside(trainer, view.thinned, view.focus, large=resolution, probe_at=view.probe,
                              probe_unit=view.probe_unit)
        if with_grid and view.inside else None,
        train_seconds=trainer.train_seconds,
        config_step=trainer.config_step,
        activation_bytes=trainer.activation_bytes,
        evaluation=evaluation,
    )
    cursor.seq += 1
    return snap


# -- the compiled engine's first start ---------------------------------------------------------------


class EnginePrep:
    """Gets the compiled engine ready without making anyone wait.

    Its code is cached on disk; loading it takes a fraction of a second. The first start
    after an install (or an update) must compile it instead, 20-60 s on a 2-core machine.
    The choice: train with NumPy meanwhile and switch over when it is ready, rather than
    wait. The window is never idle (a lesson starts at once, only slower), and the switch
    is exact: both engines train the same flat buffers and random streams, so either can
    take over after any step. The compiling happens in another process (``dlviz warmup``,
    which fills the disk cache), not in a thread here: numba's compiler holds the GIL,
    and the other core is free for it while this one trains. Its output lines give the
    progress (``prepared 1/2``)."""

    command = (sys.executable, "-m", "dlviz", "warmup")

    def __init__(self):
        self.state = "unknown"  # -> "ready", "preparing", "failed" or "absent"
        self.proc: subprocess.Popen | None = None
        self.lines: queue.Queue = queue.Queue()

    def check(self, engine: str) -> EngineStatus | None:
        """Called before a run starts: starts the preparation if ``engine`` wants the
        compiled engine and its code is not cached. Returns news to send, or None."""
        if self.state != "unknown" or engine == "numpy":
            return None
        from ..engine import kernel

        if not kernel.AVAILABLE:
            self.state = "absent"  # the trainer says so (once), with the reason
            return None
        if kernel.is_cached():
            self.state = "ready"
            return None
        try:
            self.proc = subprocess.Popen(list(self.command), stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True)
        except OSError:
            self.state = "failed"
            return EngineStatus(Message(QT_TRANSLATE_NOOP("errors", "The fast engine could not be prepared: training with NumPy")))
        engines.hold(True)
        self.state = "preparing"
        self.reader = threading.Thread(target=self._read, args=(self.proc,), name="engine-prep", daemon=True)
        self.reader.start()
        return EngineStatus(Message(QT_TRANSLATE_NOOP("errors", "Preparing the fast engine… (training with NumPy meanwhile)")), 0, 2)

    def _read(self, proc: subprocess.Popen) -> None:
        with proc.stdout:
            for line in proc.stdout:
                self.lines.put(line)

    def poll(self) -> tuple[bool, list[EngineStatus]]:
        """(whether the engine just became ready, news to send)."""
        if self.state != "preparing":
            return False, []
        rc = self.proc.poll()
        if rc is not None:
            self.reader.join(1.0)  # its last lines first
        news = []
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                break
            if line.startswith("prepared "):
                done, _, total = line.split()[1].partition("/")
                news.append(EngineStatus(Message(QT_TRANSLATE_NOOP("errors", "Preparing the fast engine… {done}/{total} (training with NumPy "
                                                 "meanwhile)"), done=int(done), total=int(total)),
                                         int(done), int(total)))
        if rc is None:
            return False, news
        engines.hold(False)
        if rc == 0:
            self.state = "ready"
            news.append(EngineStatus(Message(QT_TRANSLATE_NOOP("errors", "The fast engine is ready")), 2, 2))
            return True, news
        self.state = "failed"
        engines.hold(True)  # no second try in this process: NumPy it is
        news.append(EngineStatus(Message(QT_TRANSLATE_NOOP("errors", "The fast engine could not be prepared: training with NumPy"))))
        return False, news

    def stop(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            self.reader.join(1.0)
        if self.state == "preparing":
            engines.hold(False)


# -- the loop ------------------------------------------------------------------------------------


class _Run:
    """One run the process holds: its trainer, what has been sent, its grid's cost."""

    def __init__(self, run_id: int, trainer: Trainer, dataset: Dataset | None):
        self.run_id = run_id
        self.trainer = trainer
        self.dataset = dataset  # the CSV it was given (None: generated from the config)
        self.cursor = Cursor()
        self.epoch_target: int | None = None  # set by "step": stop when reached
        self.slice = 8  # steps per slice, adapted to take ~1 ms
        self.point_cost = 0.0  # seconds per grid point, a running mean
        self.eval_cost = 0.0  # seconds per evaluation (and look inside) of a run without a plane, a running mean
        self.resolution = GRID_RESOLUTION  # of the grid while training
        self.last_grid = 0.0
        self.last_inside = 0.0
        self.rate_steps, self.rate_t0, self.rate = 0, time.perf_counter(), 0.0
        self.credit, self.credit_t = 0.0, time.perf_counter()  # steps the watch speed allows now
        self.snapshots = _landscape.Snapshots(trainer)  # the weight trajectory, for its landscape
        self.timeline = _replay.Timeline(trainer)  # the weights every few steps, for replay
        self.player: _replay.Player | None = None  # draws the timeline's snapshots (made when first asked)

    def take_snapshot(self) -> None:
        """Record the weights after an epoch's end; a long run keeps every other one.
        (And every few steps for replay: see replay.Timeline.)"""
        if self.snapshots.take() and len(self.snapshots) > MAX_SNAPSHOTS:
            self.snapshots.thin()
        self.timeline.take()

    def next_resolution(self) -> int:
        """The training grid's resolution: in steps of 10, the one whose pass takes
        closest to GRID_BUDGET, or GRID_RESOLUTION if that fits. It moves only when
        the estimate leaves a band around the budget, so noise in the timing does
        not make it flicker between two sizes."""
        res = self.resolution
        estimate = self.point_cost * res**2
        if GRID_BUDGET * 0.7 <= estimate <= GRID_BUDGET * 1.3:
            return res
        fits = round((GRID_BUDGET / max(self.point_cost, 1e-12)) ** 0.5 / 10) * 10
        return max(GRID_MIN_RESOLUTION, min(GRID_RESOLUTION, fits))


class Session:
    """State of the training process: the runs by id, and whether they play."""

    def __init__(self, out):
        self.out = out
        self.runs: dict[int, _Run] = {}
        self.playing = False
        self.next_publish = 0.0  # when the next snapshot is due
        self.dirty = False  # something changed since the last snapshot
        self.view = ViewRequest()
        self.pace: float | None = None  # epochs per second; None: as fast as it goes
        # (message, final) from background work (landscapes, range tests), sent by the
        # loop: the pipe has one sender. ``final``: the job's answer (not a progress report).
        self.results: queue.Queue = queue.Queue()
        self.pending = 0  # background jobs not answered yet
        self.lr_stops: dict[int, threading.Event] = {}  # the range tests running, by request id
        self.prep = EnginePrep()
        self._engine_told = False

    # -- runs ------------------------------------------------------------------------------

    def _active(self, run: _Run) -> bool:
        t = run.trainer
        return (self.playing or run.epoch_target is not None) and not (t.diverged or t.finished)

    @property
    def busy(self) -> bool:
        """Some run has training to do now."""
        return any(self._active(r) for r in self.runs.values())

    def state(self, run: _Run) -> RunState:
        return trainer_state(run.trainer, self.playing or run.epoch_target is not None)

    def _targets(self, run_id: int | None) -> list[_Run]:
        if run_id is None:
            return list(self.runs.values())
        return [self.runs[run_id]] if run_id in self.runs else []

    def _view_run(self) -> _Run | None:
        """The run the views look inside (the focused one; else the first)."""
        run = self.runs.get(self.view.run_id) if self.view.run_id is not None else None
        return run or next(iter(self.runs.values()), None)

    def handle(self, cmd) -> bool:
        """Apply one command; False means quit."""
        if isinstance(cmd, NewRun):
            if not cmd.keep_others:
                self.runs.clear()
            self._start(cmd.run_id, cmd.config, cmd.dataset, cmd.state)
            self.playing = cmd.play
        elif isinstance(cmd, SaveRuns):
            self._save(cmd)
        elif isinstance(cmd, RemoveRun):
            self.runs.pop(cmd.run_id, None)
        elif isinstance(cmd, ViewRequest):
            self.view = cmd
            for run in self.runs.values():
                run.last_grid = run.last_inside = 0.0  # answer with a fresh grid and inside at once
        elif isinstance(cmd, Pace):
            v = cmd.epochs_per_second
            if v is not None and not (isinstance(v, (int, float)) and np.isfinite(v) and v > 0):
                raise ValueError(f"watch speed must be a positive number of epochs per second, got {v!r}")
            self.pace = None if v is None else float(v)
            self._reset_credit()
        elif isinstance(cmd, LandscapeRequest):
            self._landscape(cmd)
        elif isinstance(cmd, BackpropRequest):
            self._backprop(cmd)
            return True  # nothing changed: no snapshot due
        elif isinstance(cmd, ReplayRequest):
            self._replay(cmd)
            return True  # the run did not change: no snapshot due (it would redraw the live picture)
        elif isinstance(cmd, LRFinderRequest):
            self._lr_finder(cmd)
            return True  # no run changed: no snapshot due (one would redraw every view meanwhile)
        elif isinstance(cmd, LRFinderCancel):
            stop = self.lr_stops.get(cmd.request_id)
            if stop is not None:
                stop.set()
            return True
        elif isinstance(cmd, LiveChange):
            for run in self._targets(cmd.run_id):
                run.trainer.apply_live(run.trainer.config.replace(**cmd.changes))
        elif isinstance(cmd, Control):
            a = cmd.action
            if a == "quit":
                return False
            if a in ("play", "pause"):
                self.playing = a == "play"
                self._reset_credit()
                for run in self.runs.values():
                    run.epoch_target = None
            elif a == "step":
                self.playing = False
                for run in self._targets(cmd.run_id):
                    run.epoch_target = run.trainer.epoch + 1
            elif a == "reset":
                for run in self._targets(cmd.run_id):
                    self._start(run.run_id, run.trainer.config, run.dataset)
                self.playing = False
        self.dirty = True
        return True

    def _save(self, cmd: SaveRuns) -> None:
        from . import experiment

        try:
            runs = [experiment.SavedRun(label, self.runs[i].trainer) for i, label in cmd.runs]
            experiment.save(cmd.path, runs, window=cmd.window, ghosts=cmd.ghosts)
        except KeyError as e:
            self.out.send(Saved(cmd.path, f"run {e.args[0]} is not here any more"))
        except OSError as e:
            self.out.send(Saved(cmd.path, f"{cmd.path}: {e.strerror or e}"))
        else:
            self.out.send(Saved(cmd.path))

    def _backprop(self, cmd: BackpropRequest) -> None:
        """One sample's walk-through on the run's current weights: microseconds, answered at once."""
        from . import backprop

        run = self.runs.get(cmd.run_id) if cmd.run_id is not None else self._view_run()
        if run is None:
            self.out.send(BackpropReady(cmd.request_id, error=Message(QT_TRANSLATE_NOOP(
                "errors", "there is no run to follow a sample through"))))
            return
        t = run.trainer
        try:
            sample, walk = backprop.walk_trainer(t, cmd.sample, cmd.weight)
        except ValueError as e:  # (a MessageError: the sample or the weight out of range)
            self.out.send(BackpropReady(cmd.request_id, error=getattr(e, "message", str(e))))
            return
        # (The training points are not sent again: the window has them from the run's RunInfo.)
        self.out.send(BackpropReady(cmd.request_id, sample, walk, None, None, t.epoch, t.step, t.config.activation,
                                    tuple(t.dataset.class_names)))

    def _replay(self, cmd: ReplayRequest) -> None:
        """Draw one of a run's kept snapshots (a few ms: answered at once, in the loop)."""
        run = self.runs.get(cmd.run_id) if cmd.run_id is not None else self._view_run()
        if run is None:
            self.out.send(ReplayFrame(cmd.request_id, -1 if cmd.run_id is None else cmd.run_id, error=Message(
                QT_TRANSLATE_NOOP("errors", "there is no run to replay"))))
            return
        tl = run.timeline
        tl.take(force=True)  # the last snapshot is the run as it is now
        steps, epochs = frozen(tl.steps), frozen(tl.epochs)
        if cmd.index is None:
            self.out.send(ReplayFrame(cmd.request_id, run.run_id, -1, steps, epochs))
            return
        i = int(np.clip(cmd.index if cmd.index >= 0 else len(tl) + cmd.index, 0, len(tl) - 1))
        if run.player is None:
            run.player = _replay.Player(run.trainer)
        twin = run.player.load(tl.weights(i))
        picture = _replay.centre_picture(twin, cmd.resolution, step=int(steps[i]))
        ins = None
        if cmd.inside:
            v = self.view
            ins = _inside.inside(twin, False, v.focus, large=cmd.resolution, probe_at=v.probe, probe_unit=v.probe_unit)
        self.out.send(ReplayFrame(cmd.request_id, run.run_id, i, steps, epochs, picture.grid, picture.evaluation, ins))

    def _landscape(self, cmd: LandscapeRequest) -> None:
        """Start the landscape in a thread, on a copy of the run: training goes on
        meanwhile, and the answer goes out through the loop (one sender per pipe)."""
        run = self.runs.get(cmd.run_id) if cmd.run_id is not None else self._view_run()
        if run is None:
            self.out.send(LandscapeReady(cmd.request_id, -1 if cmd.run_id is None else cmd.run_id,
                                         error="there is no run to compute a landscape for"))
            return
        trainer, snaps = copy.deepcopy(run.trainer), run.snapshots.array
        if cmd.method == "pca" and len(snaps) < 3:
            self.out.send(LandscapeReady(cmd.request_id, run.run_id, error=(
                "train a few epochs first: the main directions come from the weights' path")))
            return

        def work():
            try:
                result = LandscapeReady(cmd.request_id, run.run_id, _landscape.landscape(
                    trainer, snaps, cmd.method, cmd.resolution, seed=cmd.seed))
            except Exception as e:  # a bad request or a diverged net: say so, keep the process
                result = LandscapeReady(cmd.request_id, run.run_id, error=f"{e}")
            self.results.put((result, True))

        self.pending += 1
        threading.Thread(target=work, name="landscape", daemon=True).start()

    def _lr_finder(self, cmd: LRFinderRequest) -> None:
        """Run the learning-rate range test in a thread (it trains a Trainer of its
        own, from fresh weights: no run is touched, and training goes on meanwhile);
        its progress and its answer go out through the loop."""
        rid = cmd.request_id
        stop = self.lr_stops[rid] = threading.Event()

        def progress(done: int, planned: int) -> None:
            self.results.put((LRFinderProgress(rid, done, planned), False))

        def work():
            try:
                result = LRFinderReady(rid, _lr_finder.find_lr(cmd.config, cmd.dataset, stop.is_set, progress))
            except (ConfigError, DataError, ValueError, FloatingPointError) as e:
                result = LRFinderReady(rid, error=str(e))
            except Exception as e:  # noqa: BLE001 - never a silent end: the dialog says what happened
                result = LRFinderReady(rid, error=f"{type(e).__name__}: {e}")
            self.results.put((result, True))

        self.pending += 1
        threading.Thread(target=work, name="lr-finder", daemon=True).start()

    def send_results(self) -> None:
        """Send what background work has answered (and reported)."""
        while True:
            try:
                msg, final = self.results.get_nowait()
            except queue.Empty:
                return
            if final:
                self.pending -= 1
                if isinstance(msg, LRFinderReady):
                    self.lr_stops.pop(msg.request_id, None)
            self.out.send(msg)

    def _reset_credit(self) -> None:
        now = time.perf_counter()
        for run in self.runs.values():
            run.credit, run.credit_t = 0.0, now

    def _allowed(self, run: _Run, now: float) -> float:
        """Steps the watch speed lets ``run`` take now (inf without one)."""
        if self.pace is None:
            return float("inf")
        per_second = self.pace * run.trainer.steps_per_epoch
        run.credit = min(run.credit + per_second * (now - run.credit_t), max(1.0, per_second * PACE_BURST))
        run.credit_t = now
        return run.credit

    def wait_seconds(self) -> float:
        """How long until a paced run may take its next step (0: now)."""
        if self.pace is None:
            return 0.0
        now = time.perf_counter()
        waits = [(1.0 - self._allowed(r, now)) / (self.pace * r.trainer.steps_per_epoch)
                 for r in self.runs.values() if self._active(r)]
        return max(0.0, min(waits, default=0.0))

    def poll_engine(self) -> None:
        """Send the compiled engine's news; when it has become ready, every run switches
        to it (at the step it has reached: exact, see EnginePrep)."""
        ready, news = self.prep.poll()
        for msg in news:
            self.out.send(msg)
        if ready:
            for run in self.runs.values():
                run.trainer.apply_live(run.trainer.config)  # resolves the engine again
            self.dirty = True

    def _start(self, run_id: int, config, dataset: Dataset | None, state=None) -> None:
        news = self.prep.check(config.engine)
        if news is not None:
            self.out.send(news)
        trainer = Trainer(config, dataset)
        if trainer.engine_note is not None and not self._engine_told:
            self._engine_told = True  # once per process
            self.out.send(EngineStatus(trainer.engine_note))
        if state is not None:
            trainer.restore(*state)  # the run as it was saved: it goes on bit-identically
        run = _Run(run_id, trainer, dataset)
        run.last_grid = run.last_inside = 0.0  # the first frame carries them
        self.runs[run_id] = run
        self.out.send(run_info(run.trainer, run_id))
        self.publish()  # the first frame of a new run goes out at once

    # -- training --------------------------------------------------------------------------

    def train_chunk(self) -> None:
        """Train every active run for its share of one chunk."""
        active = [r for r in self.runs.values() if self._active(r)]
        lockstep = len(active) > 1
        if lockstep:
            # Several runs (a comparison) go in lockstep: none starts an epoch before
            # all have finished the one before, so a slow run is seen as slow per epoch.
            low = min(r.trainer.epoch for r in active)
            active = [r for r in active if r.trainer.epoch == low]
        for run in active:
            self._train_run(run, CHUNK_SECONDS / len(active), lockstep)
        if not self.busy:
            self.playing = False  # every run has ended (diverged or finished)
        self.dirty = True

    def _train_run(self, run: _Run, seconds: float, lockstep: bool = False) -> None:
        t = run.trainer
        deadline = time.perf_counter() + seconds
        # Steps go in slices sized to take ~1 ms, so the clock is read per slice,
        # not per step, and a command waits at most one chunk.
        k = run.slice
        while True:
            t0 = time.perf_counter()
            allowed = self._allowed(run, t0)
            if allowed < 1:
                break  # the watch speed says wait
            n = int(min(k, allowed))
            # Early in a run a slice ends where replay's next snapshot is due (never under
            # REPLAY_SLICE steps), so a short fast run (30 epochs in a second) still keeps
            # a snapshot every few steps; later the snapshots come at the slices' ends
            # (cutting every slice cost the compiled engine a fifth of its speed).
            if len(run.timeline) < REPLAY_DENSE:
                n = min(n, max(REPLAY_SLICE, run.timeline.due - t.step))
            if run.epoch_target is not None:
                # "step" is one whole epoch, in slices like any training: a huge
                # epoch must not keep the process deaf (and silent) for a minute.
                done = t.run(min(n, t.steps_left_in_epoch)) if t.epoch < run.epoch_target else 0
                if t.epoch >= run.epoch_target or done == 0:
                    run.epoch_target = None
            else:
                done = t.run(min(n, t.steps_left_in_epoch) if lockstep else n)
            now = time.perf_counter()
            run.rate_steps += done
            if self.pace is not None:
                run.credit -= done
            run.take_snapshot()
            if done and now > t0 and n == k:  # a slice cut short by the pace says nothing of its cost
                k = max(1, min(4096, round(k * 0.001 / (now - t0))))
            if done == 0 or t.diverged or t.finished or not self.playing or now >= deadline \
                    or (lockstep and t.steps_left_in_epoch == t.steps_per_epoch):  # at the epoch's end: wait
                break
        run.slice = k

    # -- publishing ------------------------------------------------------------------------

    def publish(self) -> None:
        """Send one Update: a snapshot of every run."""
        now = time.perf_counter()
        view_run = self._view_run()
        snaps = tuple(self._snapshot(run, now, run is view_run) for run in self.runs.values())
        self.out.send(Update(snaps))
        # Keep a steady cadence: the next snapshot is due one period after this one
        # was due, not after it went out (training chunks would stretch the period).
        self.next_publish = max(self.next_publish + 1.0 / FPS, now + 0.5 / FPS)
        self.dirty = False

    def _snapshot(self, run: _Run, now: float, viewed: bool) -> Snapshot:
        if now - run.rate_t0 >= 0.5:
            run.rate = run.rate_steps / (now - run.rate_t0)
            run.rate_steps, run.rate_t0 = 0, now
        active = self._active(run)
        # A wide deep net's grid pass can cost more than a frame: then the grid is
        # refreshed less often (at most a third of the time) and the rest of the
        # snapshot still goes out at full rate. Idle snapshots always carry it.
        # (0.9 / FPS: a grid due a moment after this snapshot would otherwise wait
        # for the next one, halving the frame rate.)
        res = run.resolution if active else GRID_RESOLUTION
        grid_cost = run.point_cost * res**2  # expected seconds for this pass
        # In a comparison every run's grid comes at TILE_HZ, the focused one's too: the
        # window shows tiles then, not the single-run view, and each grid pass is
        # training time lost to every run.
        period = 0.9 / FPS if len(self.runs) == 1 else 1.0 / TILE_HZ
        with_grid = not active or now - run.last_grid >= max(period, 3 * grid_cost)
        # The inside views redraw a few times a second in turn (see the window):
        # their data need not come at the decision view's rate, and only for the
        # run they show.
        view = self.view if viewed else ViewRequest(inside=False)
        with_inside = view.inside and with_grid and (not active or now - run.last_inside >= 1.0 / INSIDE_HZ)
        if not with_inside:
            view = dataclasses.replace(view, inside=False)
        else:
            run.last_inside = now
        grid = None
        plane = run.trainer.has_plane
        if not plane:
            # Images: an Evaluation instead of the grid, at most EVAL_HZ a second while training,
            # and less often when it is dear (a big folder's held-out set): a tenth of the time at most.
            with_grid = not active or now - run.last_grid >= max(1.0 / EVAL_HZ, 10.0 * run.eval_cost)
            if with_grid:
                run.last_grid = now
        elif with_grid:
            grid = frozen(run.trainer.predict_grid(res))
            cost = time.perf_counter() - now
            run.last_grid = now  # measured start to start, as the snapshots' cadence
            # A running mean: one slow pass (the other core busy) must not halve the rate.
            run.point_cost += (0.2 if run.point_cost else 1.0) * (cost / res**2 - run.point_cost)
            if active:
                run.resolution = run.next_resolution()
        snap = make_snapshot(run.trainer, run.run_id, self.state(run), run.cursor, run.rate if active else 0.0,
                             resolution=res, with_grid=with_grid, view=view,
                             with_diagnostics=with_inside or not active, grid=grid)
        if with_grid and not plane:  # (a running mean, as the grid's cost)
            cost = time.perf_counter() - now
            run.eval_cost += (0.2 if run.eval_cost else 1.0) * (cost - run.eval_cost)
        return snap


def serve(commands, out) -> None:
    """Run the training process: read commands from ``commands``, send messages to ``out``.

    Returns when told to quit or when either pipe closes (the GUI went away).
    """
    s = Session(out)
    beat = 0.0  # when the last heartbeat went out
    try:
        while True:
            s.send_results()
            s.poll_engine()
            busy = s.busy
            # Idle: wait for a command (or the pipe closing), saying "alive" now
            # and then so the GUI can tell idle from stopped. Busy: just peek, or
            # wait as long as the watch speed says (but not past the next snapshot).
            timeout = (1.0 / FPS if s.dirty else HEARTBEAT_SECONDS)
            if busy:
                timeout = min(s.wait_seconds(), max(0.0, s.next_publish - time.perf_counter()) if s.dirty else 1.0 / FPS)
            if s.pending:
                timeout = min(timeout, 0.02)  # background work's answers and progress: never a heartbeat late
            if commands.poll(timeout):
                cmd = commands.recv()
                try:
                    if not s.handle(cmd):
                        return
                except Exception as e:  # a bad command must not kill the process
                    s.playing = False
                    out.send(Failure(getattr(cmd, "run_id", None) or -1, f"{type(e).__name__}: {e}",
                                     traceback.format_exc()))
                continue
            if busy:
                try:
                    s.train_chunk()
                except Exception as e:
                    s.playing = False
                    for run in s.runs.values():
                        run.epoch_target = None
                    out.send(Failure(-1, f"{type(e).__name__}: {e}", traceback.format_exc()))
            if s.runs and s.dirty and time.perf_counter() >= s.next_publish:
                s.publish()
            elif not busy and not (s.runs and s.dirty):
                s.dirty = False  # nothing to publish without a run
                now = time.perf_counter()
                # Idle for HEARTBEAT_SECONDS (with background work pending the
                # loop wakes every 20 ms: still one heartbeat per period).
                if now - beat >= HEARTBEAT_SECONDS / 2:
                    out.send(Heartbeat())
                    beat = now
    except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
        return  # the GUI closed its end: nothing left to do
    finally:
        s.prep.stop()


def child_main(commands, out) -> None:
    """Entry point of the training process."""
    with limit_blas_threads():
        serve(commands, out)
