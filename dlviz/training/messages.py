"""What the GUI and the training process say to each other. Imports no Qt.

Commands go down one pipe (GUI -> training process), messages come up the other.
The process holds several runs by id: every command that concerns a run names
it (or, with ``run_id=None``, means every run), and one :class:`Update` carries
a :class:`Snapshot` of each run, so side-by-side runs need no new plumbing.
Everything is a frozen dataclass; arrays are read-only.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..config import Config
from ..data import Dataset
from .evaluation import Evaluation
from .inside import Inside
from .landscape import DEFAULT_RESOLUTION
from .trainer import Diagnostics


class RunState(str, enum.Enum):
    """Where a run is. A ``str`` enum: ``RunState.TRAINING == "training"``."""

    READY = "ready"  # built, not a step taken
    TRAINING = "training"
    PAUSED = "paused"
    FINISHED = "finished"  # the epoch budget is spent
    DIVERGED = "diverged"  # the loss blew up: the run cannot go on
    ERROR = "error"  # the training process failed or went away (the GUI's state only)

    def __str__(self) -> str:
        return self.value

    @property
    def ended(self) -> bool:
        return self in (RunState.FINISHED, RunState.DIVERGED)


# -- commands (GUI -> training process) --------------------------------------------------------


@dataclass(frozen=True)
class NewRun:
    """Start run ``run_id`` from fresh weights. ``dataset`` set: use it (a loaded CSV).
    ``keep_others`` False (the single-run window): every other run is dropped.
    ``state`` set (a Trainer's ``state()``, from an experiment file): continue from it."""

    run_id: int
    config: Config
    dataset: Dataset | None = None
    play: bool = False
    keep_others: bool = False
    state: tuple[dict, dict] | None = None


@dataclass(frozen=True)
class RemoveRun:
    """Drop run ``run_id`` from the process."""

    run_id: int


@dataclass(frozen=True)
class LiveChange:
    """New values of live keys (lr, schedule, batch size, dropout, ...) for one run
    (``run_id``) or every run (None). Only these travel: a non-live change the GUI is
    still debouncing must not reach the running trainer."""

    changes: dict[str, Any]
    run_id: int | None = None


@dataclass(frozen=True)
class ViewRequest:
    """What the views want computed beyond the basics, for run ``run_id`` (None: the
    first run): the network's inside (unit maps, weights, histograms), the thinned
    network's regions, and one unit's map at full resolution (the hovered node;
    layer -1 is an input feature). ``probe``: a point (data coordinates) followed
    through the network (the softmax inspector), with the incoming weights of
    ``probe_unit`` (the clicked unit; None: of ``focus``)."""

    inside: bool = True
    thinned: bool = False
    focus: tuple[int, int] | None = None
    run_id: int | None = None
    probe: tuple[float, float] | None = None
    probe_unit: tuple[int, int] | None = None


@dataclass(frozen=True)
class SaveRuns:
    """Write runs into an experiment file: ``runs`` is (run id, label) in order;
    ``window`` and ``ghosts`` are the window's state and pinned runs. Answered by :class:`Saved`."""

    path: str
    runs: tuple[tuple[int, str], ...]
    window: dict
    ghosts: tuple = ()


@dataclass(frozen=True)
class Control:
    """``action``: "play", "pause", "step" (one epoch), "reset" (same config, fresh
    weights) or "quit"; for every run (``run_id`` None) or one."""

    action: str
    run_id: int | None = None


@dataclass(frozen=True)
class Pace:
    """Watch speed: at most ``epochs_per_second`` epochs a second for every run
    (None: as fast as it goes), so a learner can see a boundary form."""

    epochs_per_second: float | None = None


@dataclass(frozen=True)
class LandscapeRequest:
    """Compute run ``run_id``'s loss landscape (None: the run the views look at)
    around its current weights; answered by :class:`LandscapeReady`."""

    request_id: int
    run_id: int | None = None
    method: str = "pca"
    resolution: int = DEFAULT_RESOLUTION
    seed: int = 0


@dataclass(frozen=True)
class ReplayRequest:
    """Draw run ``run_id``'s (None: the run the views look at) kept weight snapshot
    ``index`` (negative: from the end; None: draw nothing, only say which snapshots
    there are). The weights as they are now are kept first (the last snapshot is the
    live state). Answered at once by :class:`ReplayFrame`; ``inside``: with the look
    inside the network (the diagram's) at those weights."""

    request_id: int
    run_id: int | None = None
    index: int | None = -1
    inside: bool = True
    resolution: int = 100


@dataclass(frozen=True)
class BackpropRequest:
    """Backpropagation for training sample ``sample`` of run ``run_id`` (None: the run the
    views look at) on its current weights, the chain rule written out for ``weight``
    (layer, to, from; 1-based); answered at once by :class:`BackpropReady`."""

    request_id: int
    sample: int
    weight: tuple[int, int, int] = (1, 1, 1)
    run_id: int | None = None


@dataclass(frozen=True)
class LRFinderRequest:
    """Run the learning-rate range test (:func:`.lr_finder.find_lr`) for ``config``
    from fresh weights, on ``dataset`` (a loaded CSV; None: the config makes its
    data). No run is touched; training goes on meanwhile. Answered by
    :class:`LRFinderProgress` messages, then one :class:`LRFinderReady`."""

    request_id: int
    config: Config
    dataset: Dataset | None = None


@dataclass(frozen=True)
class LRFinderCancel:
    """Stop range test ``request_id`` (within 25 steps); it is still answered, cancelled."""

    request_id: int


# -- messages (training process -> GUI) --------------------------------------------------------


@dataclass(frozen=True)
class RunInfo:
    """Sent once when a run starts: what stays fixed during the run."""

    run_id: int
    config: Config  # as the run started; the live one travels with every Snapshot
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
    # What the history's "acc" columns (train_acc, val_acc) hold: "accuracy" (a share of
    # the samples, classification) or "r2" (R², regression; the loss columns are the MSE).
    metric: str = "accuracy"
    kind: str = "points"  # the dataset's kind: "points", "image", "curve" or "surface"
    image_shape: tuple[int, int] | None = None  # an image run's (h, w)


#: Per-epoch columns, and the diagnostics columns (one row per epoch end and every
#: ``trainer.DIAG_EVERY`` steps of a long epoch).
EPOCH_COLUMNS = ("epoch_step", "train_loss", "train_acc", "val_loss", "val_acc", "lr", "seconds", "epoch")
DIAG_COLUMNS = ("diag_step", "grad_norm", "dead_fraction", "saturated")


@dataclass(frozen=True)
class EpochRows:
    """History rows added since the previous snapshot: per epoch, and diagnostics."""

    epoch_step: np.ndarray
    train_loss: np.ndarray
    train_acc: np.ndarray
    val_loss: np.ndarray
    val_acc: np.ndarray
    lr: np.ndarray
    seconds: np.ndarray  # training time when each epoch ended
    epoch: np.ndarray  # each row's epoch number (a long run's older rows are thinned)
    diag_step: np.ndarray  # (n,)
    grad_norm: np.ndarray  # (n, weight layers), input side first
    dead_fraction: np.ndarray  # (n, hidden layers)
    saturated: np.ndarray  # (n, hidden layers)


@dataclass(frozen=True)
class Snapshot:
    """The state of one run at one moment, with the history added since the last one."""

    run_id: int
    seq: int  # 0, 1, 2, ... within the run: a gap means a lost delta (never expected)
    state: RunState
    config: Config  # the run's live config (lr, dropout... as they are now)
    epoch: int
    step: int
    steps_per_second: float  # training speed over the last second or so (0 when idle)
    lr: float  # of the next step
    steps_per_epoch: int
    new_step_loss: np.ndarray  # float32, the per-step losses since the last snapshot
    new_epochs: EpochRows
    grid: np.ndarray | None  # (K, res, res) float32 class probabilities [k, iy, ix]; None: unchanged
    masks: tuple[np.ndarray | None, ...]  # per hidden layer: (units, <= MASK_SAMPLES) bool, None when off
    diagnostics: Diagnostics | None  # of the last step (None: not in this snapshot)
    diverged_at_step: int | None = None
    inside: Inside | None = None  # sent with a fresh grid when the views ask for it
    train_seconds: float = 0.0  # time spent training so far
    config_step: int = 0  # the step from which ``config`` holds (a live change's step)
    evaluation: Evaluation | None = None  # images and regression: predictions for their views
    activation_bytes: int = 0  # what one training batch's passes keep (Trainer.activation_bytes)


@dataclass(frozen=True)
class Update:
    """One message per publish: a snapshot of every run the process holds."""

    runs: tuple[Snapshot, ...]


@dataclass(frozen=True)
class Heartbeat:
    """Sent by an idle training process every ``HEARTBEAT_SECONDS``: silence for
    longer means it is stopped or hung (the GUI's watchdog)."""


HEARTBEAT_SECONDS = 0.5


@dataclass(frozen=True)
class Saved:
    """The answer to :class:`SaveRuns`: ``error`` empty when the file was written."""

    path: str
    error: str = ""


@dataclass(frozen=True)
class LandscapeReady:
    """The answer to :class:`LandscapeRequest`: the landscape, or None and why not."""

    request_id: int
    run_id: int
    landscape: Any = None  # landscape.Landscape
    error: str = ""


@dataclass(frozen=True)
class BackpropReady:
    """The answer to :class:`BackpropRequest`: the sample and its walk-through
    (``backprop.Sample``, ``backprop.Walk``), the run's epoch and activation; or an error
    (a ``Message`` or text) and nothing else. ``points`` and ``labels`` are None from the
    training process (the window has the training points from the run's RunInfo)."""

    request_id: int
    sample: Any = None
    walk: Any = None
    points: np.ndarray | None = None  # (unused: the RunInfo's X_train)
    labels: np.ndarray | None = None  # (unused: the RunInfo's y_train)
    epoch: int = 0
    step: int = 0
    activation: str = ""
    class_names: tuple[str, ...] = ()  # the dataset's, label k's at k
    error: Any = ""


@dataclass(frozen=True)
class ReplayFrame:
    """The answer to :class:`ReplayRequest`: which snapshots the run keeps (``steps``,
    ``epochs``: each one's step and fractional epoch, oldest first) and snapshot
    ``index``'s centre picture (``grid`` or ``evaluation``, as a Snapshot carries them)
    and look inside; or an error and nothing else."""

    request_id: int
    run_id: int
    index: int = -1  # the snapshot drawn (-1: none)
    steps: np.ndarray | None = None
    epochs: np.ndarray | None = None
    grid: np.ndarray | None = None
    evaluation: Evaluation | None = None
    inside: Inside | None = None
    error: Any = ""


@dataclass(frozen=True)
class LRFinderProgress:
    """Range test ``request_id`` has taken ``done`` of its ``planned`` steps."""

    request_id: int
    done: int
    planned: int


@dataclass(frozen=True)
class LRFinderReady:
    """The answer to :class:`LRFinderRequest`: the result (``lr_finder.LRFinderResult``;
    ``cancelled`` set if it was cancelled), or None and why not."""

    request_id: int
    result: Any = None
    error: str = ""


@dataclass(frozen=True)
class Failure:
    """An exception in the training process; the GUI shows ``message`` and enters "error"."""

    run_id: int
    message: str
    details: str = ""


@dataclass(frozen=True)
class EngineStatus:
    """News of the compiled engine, for the status bar: being prepared (``done`` of
    ``total`` steps; the runs train with NumPy meanwhile), ready, or not available."""

    message: Any  # a dlviz.common.messages.Message
    done: int = 0
    total: int = 0
