"""Pinned runs ("ghosts"): what stays of a run once it is pinned. Imports no Qt.

A ghost keeps a run's per-epoch curves, its final decision regions and the
training points drawn on them, its config and a name the learner may change.
It is immutable and trains no more; it is drawn faded next to the live runs
and kept in experiment files (:meth:`Ghost.to_files` / :func:`from_files`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from ..common.arrays import frozen
from ..config import Config, ConfigError

MAX_GHOSTS = 8
MAX_POINTS = 600  # training points kept for the ghost's tile: enough to show the data
CURVES = ("epoch_step", "epoch_seconds", "train_loss", "train_acc", "val_loss", "val_acc")  # (and "epoch", optional in files)


@dataclass(frozen=True)
class Ghost:
    """A pinned run."""

    name: str
    config: Config
    class_names: tuple[str, ...]
    bounds: tuple[float, float, float, float]
    grid: np.ndarray  # (K, R, R) float32 class probabilities, the run's last
    X_train: np.ndarray  # (n, 2) a subsample of the training points
    y_train: np.ndarray  # (n,)
    curves: dict  # name in CURVES -> (epochs,) float64
    epoch: int = 0
    diverged_at_step: int | None = None
    visible: bool = True

    def renamed(self, name: str) -> "Ghost":
        return dataclasses.replace(self, name=name)

    def shown(self, visible: bool) -> "Ghost":
        return dataclasses.replace(self, visible=bool(visible))

    @property
    def final_val_acc(self) -> float | None:
        v = self.curves["val_acc"]
        return float(v[-1]) if len(v) and np.isfinite(v[-1]) else None

    def to_files(self) -> tuple[dict, dict[str, np.ndarray]]:
        """The ghost as JSON-able metadata and plain arrays (no objects: no pickle)."""
        meta = {"name": self.name, "config": self.config.to_dict(), "class_names": list(self.class_names),
                "bounds": list(self.bounds), "epoch": self.epoch, "diverged_at_step": self.diverged_at_step,
                "visible": self.visible}
        arrays = {"grid": np.asarray(self.grid), "X_train": np.asarray(self.X_train),
                  "y_train": np.asarray(self.y_train), **{k: np.asarray(v) for k, v in self.curves.items()}}
        return meta, arrays


def from_frame(frame, name: str) -> Ghost:
    """Pin a run: the ghost of a Frame (its newest state)."""
    info = frame.info
    keep = np.random.default_rng(0).permutation(len(info.y_train))[:MAX_POINTS]
    curves = {k: frozen(np.array(getattr(frame, k), dtype=np.float64)) for k in (*CURVES, "epoch")}
    return Ghost(name=name, config=frame.config, class_names=tuple(info.class_names),
                 bounds=tuple(float(b) for b in info.bounds), grid=frame.grid,
                 X_train=frozen(np.asarray(info.X_train)[keep]), y_train=frozen(np.asarray(info.y_train)[keep]),
                 curves=curves, epoch=int(frame.snap.epoch), diverged_at_step=frame.snap.diverged_at_step)


MAX_GRID = 1000  # a decision grid's resolution
MAX_GHOST_POINTS = 100_000
MAX_CURVE = 10_000_000  # epochs (Config's MAX_EPOCHS)
MAX_NAME = 200


def array_fits(key: str, shape: tuple, dtype) -> bool | None:
    """Whether a pinned run's array of this header shape may be read (None: not one it has).
    Checked before the data is read: a header that claims a huge array is refused."""
    if dtype.kind not in "biuf":
        return False
    if key == "grid":
        return len(shape) == 3 and 2 <= shape[0] <= 64 and 2 <= shape[1] <= MAX_GRID and shape[1] == shape[2]
    if key == "X_train":
        return len(shape) == 2 and shape[0] <= MAX_GHOST_POINTS and shape[1] == 2
    if key == "y_train":
        return len(shape) == 1 and shape[0] <= MAX_GHOST_POINTS
    if key in CURVES:
        return len(shape) == 1 and shape[0] <= MAX_CURVE
    return None


def _count(v, what: str) -> int:
    """A JSON integer that counts something (epochs, steps): 0 to 10**12."""
    if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 10 ** 12:
        text = repr(v) if not isinstance(v, int) or abs(v) < 10 ** 30 else "a huge number"
        raise ValueError(f"its {what} must be a whole number 0 to 10**12, got {text[:40]}")
    return v


def from_files(meta, arrays: dict[str, np.ndarray]) -> Ghost:
    """A ghost back from :meth:`Ghost.to_files`; ValueError says what does not fit
    (nothing that would make drawing it fail gets through: bounds, points and grid are finite)."""
    if not isinstance(meta, dict):
        raise ValueError("its description is not an object")
    try:
        raw = meta["config"]
        if not isinstance(raw, dict):
            raise ValueError("its config is not an object")
        config = Config.from_dict(raw)
        if not isinstance(meta["class_names"], list) or not isinstance(meta["bounds"], list):
            raise ValueError("its bounds or classes are not a dataset's")
        names = tuple(str(c) for c in meta["class_names"][:65])
        if len(meta["bounds"]) != 4 or not all(isinstance(b, (int, float)) and not isinstance(b, bool)
                                               for b in meta["bounds"]):
            raise ValueError("its bounds or classes are not a dataset's")
        bounds = tuple(float(b) for b in meta["bounds"])
        grid = np.asarray(arrays["grid"], dtype=np.float32)
        X, y = np.asarray(arrays["X_train"], dtype=np.float64), np.asarray(arrays["y_train"], dtype=np.int64)
        curves = {k: np.asarray(arrays[k], dtype=np.float64) for k in CURVES}
        # Each row's epoch (a long run's history is thinned); a file from before: 1, 2, ...
        curves["epoch"] = (np.asarray(arrays["epoch"], dtype=np.float64) if "epoch" in arrays
                           else np.arange(1, len(curves["train_loss"]) + 1, dtype=np.float64))
        epoch = _count(meta.get("epoch", 0), "epoch")
        diverged = meta.get("diverged_at_step")
        diverged = None if diverged is None else _count(diverged, "diverged_at_step")
        name = meta.get("name", "pinned")
        visible = meta.get("visible", True)
    except KeyError as e:
        raise ValueError(f"{e.args[0]} is missing") from None
    except (ConfigError, TypeError, OverflowError) as e:
        raise ValueError(str(e)) from None
    if not isinstance(name, str) or not isinstance(visible, bool):
        raise ValueError("its name or visibility is not text or true/false")
    k = len(names)
    x0, x1, y0, y1 = bounds
    if not all(np.isfinite(bounds)) or not (x0 < x1 and y0 < y1) or not 2 <= k <= 64:
        raise ValueError("its bounds or classes are not a dataset's")
    if grid.ndim != 3 or grid.shape[0] != k or grid.shape[1] != grid.shape[2] or not 2 <= grid.shape[1] <= MAX_GRID:
        raise ValueError(f"its decision grid has the shape {grid.shape}, not ({k}, R, R)")
    if not np.isfinite(grid).all():
        raise ValueError("its decision grid holds numbers that are not finite")
    if X.ndim != 2 or X.shape[1] != 2 or y.shape != (len(X),) or len(X) > MAX_GHOST_POINTS:
        raise ValueError("its points are not (n, 2) with n labels")
    if not np.isfinite(X).all() or (len(y) and not (0 <= y.min() and y.max() < k)):
        raise ValueError("its points are not finite, or their labels not its classes")
    if len({len(v) for v in curves.values()}) != 1 or any(v.ndim != 1 for v in curves.values()):
        raise ValueError("its curves are not all one row per epoch")
    return Ghost(name=name.strip()[:MAX_NAME] or "pinned", config=config, class_names=names, bounds=bounds,
                 grid=frozen(grid), X_train=frozen(X), y_train=frozen(y),
                 curves={c: frozen(v) for c, v in curves.items()}, epoch=epoch, diverged_at_step=diverged,
                 visible=visible)
