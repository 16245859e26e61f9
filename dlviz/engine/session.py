"""The training process: its loop and the messages it exchanges with the GUI.

Imports no Qt. The GUI's worker thread starts :func:`serve` in a child process
(spawn start method) and talks to it over two one-way pipes: commands in,
messages out. The child trains in small time-boxed chunks and reads commands
between them, so a pause or a new config takes effect within a few ms; it
publishes a :class:`Snapshot` at most ``FPS`` times a second, computing there
everything the views need (grid probabilities, masks, diagnostics) so that the
GUI process only draws.
"""

from __future__ import annotations

import dataclasses
import time
import traceback
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..config import Config
from ..data import FEATURES, Dataset
from . import inside as _inside
from .inside import Inside
from .trainer import Diagnostics, Trainer

FPS = 30  # snapshots per second while training
INSIDE_HZ = 10  # of which carry the look inside the network and the diagnostics
CHUNK_SECONDS = 0.004  # training time between two looks at the command pipe
GRID_RESOLUTION = 100  # cells per side of the decision view's grid
# While training, a grid pass may take this long; a deep wide net whose pass at
# full resolution would take longer gets a coarser grid (never below
# GRID_MIN_RESOLUTION) until it pauses. The pass is otherwise the training
# process's largest cost: an 8 x 16 tanh net's takes ~7 ms, a fifth of a frame.
GRID_BUDGET = 0.004  # seconds
GRID_MIN_RESOLUTION = 60
MASK_SAMPLES = 64  # dropout masks: at most this many samples of the batch are sent


# -- commands (GUI -> training process) --------------------------------------------------------


@dataclass(frozen=True)
class NewRun:
    """Start a new run from fresh weights. ``dataset`` set: use it (a loaded CSV)."""

    run_id: int
    config: dict[str, Any]
    dataset: Dataset | None = None
    play: bool = False


@dataclass(frozen=True)
class LiveChange:
    """New values of live fields (lr, schedule, batch size, dropout, weight decay, L1,
    epochs) for the current run. Only these travel: a non-live change the GUI is
    still debouncing must not reach the running trainer."""

    changes: dict[str, Any]


@dataclass(frozen=True)
class ViewRequest:
    """What the views want computed beyond the basics: the network's inside
    (unit maps, weights, histograms), the thinned network's regions, and one
    unit's map at full resolution (the hovered node)."""

    inside: bool = True
    thinned: bool = False
    focus: tuple[int, int] | None = None


@dataclass(frozen=True)
class Control:
    """``action``: "play", "pause", "step" (one epoch), "reset" (same config, fresh weights)
    or "quit"."""

    action: str


# -- messages (training process -> GUI) --------------------------------------------------------


@dataclass(frozen=True)
class RunInfo:
    """Sent once when a run starts: what stays fixed during the run."""

    run_id: int
    config: dict[str, Any]
    sizes: tuple[int, ...]  # layer widths, inputs first
    class_names: tuple[str, ...]
    bounds: tuple[float, float, float, float]
    X_train: np.ndarray
    y_train: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    steps_per_epoch: int
    feature_labels: tuple[str, ...] = ()  # display names of the enabled input features
    input_maps: np.ndarray | None = None  # (features, R, R): each input feature over the plane


@dataclass(frozen=True)
class EpochRows:
    """Per-epoch history rows added since the previous snapshot."""

    epoch_step: np.ndarray
    train_loss: np.ndarray
    train_acc: np.ndarray
    val_loss: np.ndarray
    val_acc: np.ndarray
    lr: np.ndarray

    @classmethod
    def empty(cls) -> "EpochRows":
        return cls(*(np.empty(0) for _ in range(6)))


@dataclass(frozen=True)
class Snapshot:
    """The state of a run at one moment, with the history added since the last one."""

    run_id: int
    seq: int  # 0, 1, 2, ... within the run: a gap means a lost delta (never expected)
    state: str  # ready | training | paused | finished | diverged
    epoch: int
    step: int
    steps_per_second: float  # training speed over the last second or so (0 when idle)
    lr: float  # of the next step
    steps_per_epoch: int
    new_step_loss: np.ndarray  # float32, the per-step losses since the last snapshot
    new_epochs: EpochRows
    grid: np.ndarray | None  # (K, res, res) float32 class probabilities [k, iy, ix]; None: unchanged
    masks: tuple[np.ndarray | None, ...]  # per hidden layer: (units, <= MASK_SAMPLES) bool, None when off
    diagnostics: Diagnostics | None
    diverged_at_step: int | None = None
    inside: Inside | None = None  # sent with each fresh grid when the views ask for it


@dataclass(frozen=True)
class Failure:
    """An exception in the training process; the GUI shows ``message`` and enters "error"."""

    run_id: int
    message: str
    details: str = ""


# -- building snapshots (also used for headless export) ---------------------------------------


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


def run_info(trainer: Trainer, run_id: int) -> RunInfo:
    ds = trainer.dataset
    return RunInfo(
        run_id=run_id,
        config=trainer.config.to_dict(),
        sizes=tuple(trainer.net.sizes),
        class_names=tuple(ds.class_names),
        bounds=tuple(float(b) for b in ds.bounds),
        X_train=_frozen(trainer.X_train_raw),
        y_train=_frozen(trainer.y_train),
        X_val=_frozen(trainer.X_val_raw),
        y_val=_frozen(trainer.y_val),
        steps_per_epoch=trainer.steps_per_epoch,
        feature_labels=tuple(FEATURES[f].label for f in trainer.config.features),
        input_maps=_inside.input_maps(trainer.dataset.bounds, trainer.config.features),
    )


@dataclass
class _Cursor:
    """How much of a trainer's history has been sent already."""

    steps: int = 0
    epochs: int = 0
    seq: int = 0


def make_snapshot(trainer: Trainer, run_id: int, state: str, cursor: _Cursor, steps_per_second: float = 0.0,
                  resolution: int = GRID_RESOLUTION, with_grid: bool = True,
                  view: ViewRequest = ViewRequest(), with_diagnostics: bool = True,
                  grid: np.ndarray | None = None) -> Snapshot:
    """Snapshot of ``trainer`` with the history past ``cursor`` (which it advances).

    ``grid``: the decision grid if the caller computed it already."""
    h = trainer.history
    step_loss = h.step_loss.view(cursor.steps).astype(np.float32)
    rows = EpochRows(*(_frozen(s.view(cursor.epochs)) for s in
                       (h.epoch_step, h.train_loss, h.train_acc, h.val_loss, h.val_acc, h.lr)))
    cursor.steps, cursor.epochs = h.step_loss.n, h.epochs
    masks = tuple(None if m is None else _frozen(m[:, :MASK_SAMPLES]) for m in trainer.net.last_masks)
    if not masks:
        masks = tuple(None for _ in trainer.net.sizes[1:-1])
    snap = Snapshot(
        run_id=run_id,
        seq=cursor.seq,
        state=state,
        epoch=trainer.epoch,
        step=trainer.step,
        steps_per_second=float(steps_per_second),
        lr=trainer.lr,
        steps_per_epoch=trainer.steps_per_epoch,
        new_step_loss=_frozen(step_loss),
        new_epochs=rows,
        grid=(grid if grid is not None else _frozen(trainer.predict_grid(resolution))) if with_grid else None,
        masks=masks,
        diagnostics=trainer.diagnostics() if with_diagnostics else None,
        diverged_at_step=trainer.diverged_at_step,
        inside=_inside.inside(trainer, view.thinned, view.focus, large=resolution)
        if with_grid and view.inside else None,
    )
    cursor.seq += 1
    return snap


# -- the loop ------------------------------------------------------------------------------------


class _Session:
    """State of the training process: the current run and whether it plays."""

    def __init__(self, out):
        self.out = out
        self.trainer: Trainer | None = None
        self.run_id = -1
        self.playing = False
        self.epoch_target: int | None = None  # set by "step": stop when reached
        self.cursor = _Cursor()
        self.next_publish = 0.0  # when the next snapshot is due
        self.dirty = False  # something changed since the last snapshot
        self.rate_steps, self.rate_t0, self.rate = 0, time.perf_counter(), 0.0
        self.new_run_args: NewRun | None = None
        self.view = ViewRequest()
        self.slice = 8  # steps per slice, adapted to take ~1 ms
        self.point_cost = 0.0  # seconds per grid point, a running mean
        self.resolution = GRID_RESOLUTION  # of the grid while training
        self.last_grid = 0.0
        self.last_inside = 0.0

    # state as the GUI names it
    def state(self) -> str:
        t = self.trainer
        if t is None:
            return "ready"
        if t.diverged:
            return "diverged"
        if t.finished:
            return "finished"
        if self.playing or self.epoch_target is not None:
            return "training"
        return "paused" if t.step else "ready"

    def handle(self, cmd) -> bool:
        """Apply one command; False means quit."""
        if isinstance(cmd, NewRun):
            self.new_run_args = cmd
            self._start(cmd.run_id, Config.from_dict(cmd.config), cmd.dataset)
            self.playing = cmd.play
        elif isinstance(cmd, ViewRequest):
            self.view = cmd
            self.dirty = True
            self.last_grid = self.last_inside = 0.0  # answer with a fresh grid and inside at once
        elif isinstance(cmd, LiveChange):
            if self.trainer is not None:
                self.trainer.apply_live(self.trainer.config.replace(**cmd.changes))
                self.dirty = True
        elif isinstance(cmd, Control):
            a = cmd.action
            if a == "quit":
                return False
            if a == "play":
                self.playing = True
                self.epoch_target = None
            elif a == "pause":
                self.playing = False
                self.epoch_target = None
            elif a == "step" and self.trainer is not None:
                self.playing = False
                self.epoch_target = self.trainer.epoch + 1
            elif a == "reset" and self.trainer is not None:
                args = self.new_run_args
                self._start(self.run_id, self.trainer.config, args.dataset if args else None)
                self.playing = False
            self.dirty = True
        return True

    def _start(self, run_id: int, config: Config, dataset: Dataset | None) -> None:
        self.trainer = Trainer(config, dataset)
        self.point_cost, self.resolution = 0.0, GRID_RESOLUTION  # another net, another cost
        self.last_grid = self.last_inside = 0.0  # the first frame carries them
        self.run_id = run_id
        self.cursor = _Cursor()
        self.epoch_target = None
        self.rate_steps, self.rate_t0, self.rate = 0, time.perf_counter(), 0.0
        self.out.send(run_info(self.trainer, run_id))
        self.publish()  # the first frame of a new run goes out at once

    def _next_resolution(self) -> int:
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

    def train_chunk(self) -> None:
        t = self.trainer
        deadline = time.perf_counter() + CHUNK_SECONDS
        # Steps go in slices sized to take ~1 ms, so the clock is read per slice,
        # not per step, and a command waits at most one chunk.
        k = self.slice
        while True:
            t0 = time.perf_counter()
            if self.epoch_target is not None:
                done = t.run_epoch() if t.epoch < self.epoch_target else 0
                self.epoch_target = None  # "step" is one whole epoch
            else:
                done = t.run(k)
            now = time.perf_counter()
            self.rate_steps += done
            if done and now > t0:
                k = max(1, min(4096, round(k * 0.001 / (now - t0))))
            if done == 0 or t.diverged or t.finished or not self.playing or now >= deadline:
                break
        self.slice = k
        if t.diverged or t.finished:
            self.playing = False
        self.dirty = True

    def publish(self) -> None:
        now = time.perf_counter()
        if now - self.rate_t0 >= 0.5:
            self.rate = self.rate_steps / (now - self.rate_t0)
            self.rate_steps, self.rate_t0 = 0, now
        active = self.playing or self.epoch_target is not None
        # A wide deep net's grid pass can cost more than a frame: then the grid is
        # refreshed less often (at most a third of the time) and the rest of the
        # snapshot still goes out at full rate. Idle snapshots always carry it.
        # (0.9 / FPS: a grid due a moment after this snapshot would otherwise wait
        # for the next one, halving the frame rate.)
        res = self.resolution if active else GRID_RESOLUTION
        grid_cost = self.point_cost * res**2  # expected seconds for this pass
        with_grid = not active or now - self.last_grid >= max(0.9 / FPS, 3 * grid_cost)
        # The inside views redraw a few times a second in turn (see the window):
        # their data need not come at the decision view's rate.
        view = self.view
        with_inside = view.inside and with_grid and (not active or now - self.last_inside >= 1.0 / INSIDE_HZ)
        if not with_inside:
            view = dataclasses.replace(view, inside=False)
        else:
            self.last_inside = now
        grid = None
        if with_grid:
            grid = _frozen(self.trainer.predict_grid(res))
            cost = time.perf_counter() - now
            self.last_grid = now  # measured start to start, as the snapshots' cadence
            # A running mean: one slow pass (the other core busy) must not halve the rate.
            self.point_cost += (0.2 if self.point_cost else 1.0) * (cost / res**2 - self.point_cost)
            if active:
                self.resolution = self._next_resolution()
        # Diagnostics feed the same slow views, at the same pace.
        snap = make_snapshot(self.trainer, self.run_id, self.state(), self.cursor,
                             self.rate if active else 0.0, resolution=res, with_grid=with_grid, view=view,
                             with_diagnostics=with_inside or not active, grid=grid)
        self.out.send(snap)
        # Keep a steady cadence: the next snapshot is due one period after this one
        # was due, not after it went out (training chunks would stretch the period).
        self.next_publish = max(self.next_publish + 1.0 / FPS, now + 0.5 / FPS)
        self.dirty = False


def serve(commands, out) -> None:
    """Run the training process: read commands from ``commands``, send messages to ``out``.

    Returns when told to quit or when either pipe closes (the GUI went away).
    """
    s = _Session(out)
    try:
        while True:
            busy = s.trainer is not None and (s.playing or s.epoch_target is not None)
            # Idle: block until a command comes (or the pipe closes). Busy: just peek.
            timeout = 0.0 if busy else (1.0 / FPS if s.dirty else None)
            if commands.poll(timeout):
                cmd = commands.recv()
                try:
                    if not s.handle(cmd):
                        return
                except Exception as e:  # a bad command must not kill the process
                    s.playing = False
                    out.send(Failure(getattr(cmd, "run_id", s.run_id), f"{type(e).__name__}: {e}",
                                     traceback.format_exc()))
                continue
            if busy:
                try:
                    s.train_chunk()
                except Exception as e:
                    s.playing = False
                    s.epoch_target = None
                    out.send(Failure(s.run_id, f"{type(e).__name__}: {e}", traceback.format_exc()))
            if s.trainer is not None and s.dirty and time.perf_counter() >= s.next_publish:
                s.publish()
    except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
        return  # the GUI closed its end: nothing left to do


def child_main(commands, out) -> None:
    """Entry point of the spawned process."""
    import dlviz  # noqa: F401  (pins BLAS threads before NumPy does real work)

    serve(commands, out)
