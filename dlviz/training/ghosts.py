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
CURVES = ("epoch_step", "epoch_seconds", "train_loss", "train_acc", "val_loss", "val_acc")


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
    curves = {k: frozen(np.array(getattr(frame, k), dtype=np.float64)) for k in CURVES}
    return Ghost(name=name, config=frame.config, class_names=tuple(info.class_names),
                 bounds=tuple(float(b) for b in info.bounds), grid=frame.grid,
                 X_train=frozen(np.asarray(info.X_train)[keep]), y_train=frozen(np.asarray(info.y_train)[keep]),
                 curves=curves, epoch=int(frame.snap.epoch), diverged_at_step=frame.snap.diverged_at_step)


def from_files(meta, arrays: dict[str, np.ndarray]) -> Ghost:
    """A ghost back from :meth:`Ghost.to_files`; ValueError says what does not fit."""
    if not isinstance(meta, dict):
        raise ValueError("its description is not an object")
    try:
        config = Config.from_dict(meta["config"])
        names = tuple(str(c) for c in meta["class_names"])
        bounds = tuple(float(b) for b in meta["bounds"])
        grid = np.asarray(arrays["grid"], dtype=np.float32)
        X, y = np.asarray(arrays["X_train"], dtype=np.float64), np.asarray(arrays["y_train"], dtype=np.int64)
        curves = {k: np.asarray(arrays[k], dtype=np.float64) for k in CURVES}
        epoch = int(meta.get("epoch", 0))
        diverged = meta.get("diverged_at_step")
        diverged = None if diverged is None else int(diverged)
    except KeyError as e:
        raise ValueError(f"{e.args[0]} is missing") from None
    except (ConfigError, TypeError) as e:
        raise ValueError(str(e)) from None
    k = len(names)
    if len(bounds) != 4 or not 2 <= k <= 64:
        raise ValueError("its bounds or classes are not a dataset's")
    if grid.ndim != 3 or grid.shape[0] != k or grid.shape[1] != grid.shape[2] or not 2 <= grid.shape[1] <= 1000:
        raise ValueError(f"its decision grid has the shape {grid.shape}, not ({k}, R, R)")
    if X.ndim != 2 or X.shape[1] != 2 or y.shape != (len(X),) or len(X) > 100_000:
        raise ValueError("its points are not (n, 2) with n labels")
    if len({len(v) for v in curves.values()}) != 1 or any(v.ndim != 1 for v in curves.values()):
        raise ValueError("its curves are not all one row per epoch")
    return Ghost(name=str(meta.get("name", "pinned")), config=config, class_names=names, bounds=bounds,
                 grid=frozen(grid), X_train=frozen(X), y_train=frozen(y),
                 curves={c: frozen(v) for c, v in curves.items()}, epoch=epoch, diverged_at_step=diverged,
                 visible=bool(meta.get("visible", True)))
