"""Toy 2-D classification datasets and a stratified train/validation split.

Every generator has the signature ``fn(n_samples, noise, classes, rng) -> (X, y)``
and returns points inside ``BOX`` squared, so the views can keep fixed axes.
Shapes are drawn inside about [-0.9, 0.9]^2, gaussian noise is added, and the
result is clipped to the box. ``noise`` is a fraction of the box: 0 is clean,
0.1-0.2 is moderate (roughly TensorFlow Playground's look), 0.5 is very noisy.
Adding a dataset is one generator and one entry in ``DATASETS``.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..common.arrays import frozen
from ..common.registry import Entry, Registry
from ..common.messages import QT_TRANSLATE_NOOP

MAX_CLASSES = 8
TASKS = ("classify", "regress")
BOX = (-1.0, 1.0)

_EXTENT = 0.9  # shapes are drawn inside [-_EXTENT, _EXTENT]^2 before noise
MIN_SAMPLES = 10
MAX_SAMPLES = 1_000_000

GeneratorFn = Callable[[int, float, int, np.random.Generator], tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True, eq=False)
class Dataset:
    """A dataset: labelled 2-D points (the default), labelled images, or a
    regression target over 1 or 2 inputs.

    Parameters
    ----------
    X : (n, d) float64 array of inputs (stored read-only). Points: d = 2.
        Images: d = h * w, row-major pixels in [0, 1] (0 = background).
        Regression: d = 1 (a curve) or 2 (a surface).
    y : (n,) labels, int64 in ``0 .. n_classes - 1``; for regression the
        float64 targets (stored read-only).
    class_names : display name of each label, ``class_names[k]`` for label k;
        for regression the one name of the target.
    name : dataset name (generator name, CSV file stem or folder name).
    bounds : ``(xmin, xmax, ymin, ymax)`` of the plane the views show (points
        and 2-D regression); a 1-D regression's x range is ``bounds[:2]`` and
        its y range ``bounds[2:]``; images keep the default.
    image_shape : ``(h, w)`` for image data, else None.
    task : ``"classify"`` (integer labels, softmax) or ``"regress"`` (float
        targets, identity output, mean squared error).

    Notes
    -----
    Equality is identity (``eq=False``): comparing arrays field by field has no
    single truth value.
    """

    X: np.ndarray
    y: np.ndarray
    class_names: tuple[str, ...]
    name: str
    bounds: tuple[float, float, float, float] = field(default=(-1.0, 1.0, -1.0, 1.0))
    image_shape: tuple[int, int] | None = None
    task: str = "classify"

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise ValueError(f"Dataset task must be one of {', '.join(TASKS)}, got {self.task!r}")
        regress = self.task == "regress"
        X = frozen(self.X, np.float64)
        y = frozen(self.y, np.float64 if regress else np.int64)
        names = tuple(str(c) for c in self.class_names)
        bounds = tuple(float(b) for b in self.bounds)
        shape = self.image_shape
        if shape is not None:
            shape = tuple(int(v) for v in shape)
            if len(shape) != 2 or min(shape) < 1 or regress:
                raise ValueError(f"Dataset image_shape must be (h, w) of a classification set, got {self.image_shape!r}")
            widths: tuple[int, ...] = (shape[0] * shape[1],)
        else:
            widths = (1, 2) if regress else (2,)
        if X.ndim != 2 or X.shape[1] not in widths:
            raise ValueError(
                f"Dataset X must have shape (n, {' or '.join(map(str, widths))}), got {X.shape}"
            )
        if y.shape != (X.shape[0],):
            raise ValueError(f"Dataset y must have shape ({X.shape[0]},), got {y.shape}")
        if len(names) < 1:
            raise ValueError("Dataset class_names must not be empty")
        if regress:
            if len(names) != 1:
                raise ValueError("a regression Dataset has one class name (the target's)")
            if not (np.isfinite(X).all() and np.isfinite(y).all()):
                raise ValueError("a regression Dataset must hold finite numbers only")
        elif y.size and (y.min() < 0 or y.max() >= len(names)):
            raise ValueError(
                f"Dataset labels must lie in 0..{len(names) - 1}, "
                f"got {int(y.min())}..{int(y.max())}"
            )
        if (
            len(bounds) != 4
            or not all(math.isfinite(b) for b in bounds)
            or bounds[0] > bounds[1]
            or bounds[2] > bounds[3]
        ):
            raise ValueError(f"Dataset bounds must be finite (xmin, xmax, ymin, ymax), got {bounds}")
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "class_names", names)
        object.__setattr__(self, "bounds", bounds)
        object.__setattr__(self, "image_shape", shape)

    @property
    def kind(self) -> str:
        """What the centre view draws: ``"points"`` (2-D classification: regions),
        ``"image"`` (pixels), ``"curve"`` (1-D regression) or ``"surface"``
        (2-D regression)."""
        if self.task == "regress":
            return "curve" if self.X.shape[1] == 1 else "surface"
        return "image" if self.image_shape is not None else "points"

    @property
    def n_inputs(self) -> int:
        """Number of raw inputs d (2 for points, h * w for images)."""
        return int(self.X.shape[1])

    @property
    def n_classes(self) -> int:
        """Number of classes K (``len(class_names)``); 1 output for regression."""
        return len(self.class_names)

    def __len__(self) -> int:
        return int(self.X.shape[0])

    def __repr__(self) -> str:
        return (
            f"Dataset(name={self.name!r}, kind={self.kind}, n={len(self)}, "
            f"classes={self.n_classes}, bounds={self.bounds})"
        )


# ---------------------------------------------------------------- helpers


def _balanced_labels(n: int, k: int) -> np.ndarray:
    """Labels 0..k-1 in blocks whose sizes differ by at most one."""
    counts = np.full(k, n // k, dtype=np.int64)
    counts[: n % k] += 1
    return np.repeat(np.arange(k, dtype=np.int64), counts)


def _finish(X: np.ndarray, y: np.ndarray, sd: float, rng: np.random.Generator):
    """Add gaussian noise of standard deviation ``sd``, clip to the box, shuffle."""
    if sd > 0:
        X = X + rng.normal(0.0, sd, size=X.shape)
    np.clip(X, BOX[0], BOX[1], out=X)
    # Shuffled so any prefix or split looks like an i.i.d. sample.
    order = rng.permutation(len(y))
    return np.ascontiguousarray(X[order], dtype=np.float64), y[order].astype(np.int64)


def _polar(r: np.ndarray, theta: np.ndarray) -> np.ndarray:
    return np.column_stack((r * np.cos(theta), r * np.sin(theta)))


# ---------------------------------------------------------------- generators


def spiral(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """K interleaved spiral arms, one per class (Playground / CS231n spiral).

    The arms share the plane by a phase of 2*pi/K. Two arms wind 1.75 turns as
    in Playground; more arms wind less (3.5 / K turns, at least 0.75) so the gap
    between neighbouring arms stays learnable.
    """
    y = _balanced_labels(n_samples, classes)
    r = rng.uniform(0.0, 1.0, n_samples)
    turns = max(0.75, 3.5 / classes)
    theta = 2.0 * np.pi * (turns * r + y / classes)
    X = _polar(_EXTENT * r, theta)
    return _finish(X, y, 0.25 * noise, rng)


def xor(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """Two classes by quadrant: class 0 where x1*x2 > 0, class 1 where x1*x2 < 0."""
    y = _balanced_labels(n_samples, 2)
    pad = 0.05  # keeps clean points off the axes, as Playground does
    mag = rng.uniform(pad, _EXTENT, size=(n_samples, 2))
    sx = rng.choice((-1.0, 1.0), size=n_samples)
    sy = np.where(y == 0, sx, -sx)
    X = mag * np.column_stack((sx, sy))
    return _finish(X, y, 0.5 * noise, rng)


def circles(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """Class 0 in an inner disk (r < 0.45), class 1 in an outer ring (0.63 < r < 0.9)."""
    y = _balanced_labels(n_samples, 2)
    # Radius is uniform, not area-uniform, so the centre is dense as in Playground.
    r = np.where(
        y == 0,
        rng.uniform(0.0, 0.5 * _EXTENT, n_samples),
        rng.uniform(0.7 * _EXTENT, _EXTENT, n_samples),
    )
    theta = rng.uniform(0.0, 2.0 * np.pi, n_samples)
    return _finish(_polar(r, theta), y, 0.3 * noise, rng)


def moons(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """Two interleaved half moons, as sklearn's ``make_moons`` scaled by 0.6.

    The noise sd is 0.6 * noise, so ``noise`` means what it means in sklearn.
    """
    y = _balanced_labels(n_samples, 2)
    t = rng.uniform(0.0, np.pi, n_samples)
    upper = np.column_stack((np.cos(t), np.sin(t)))
    lower = np.column_stack((1.0 - np.cos(t), 0.5 - np.sin(t)))
    X = np.where((y == 0)[:, None], upper, lower)
    # sklearn's moons span x in [-1, 2], y in [-0.5, 1]: centre, then fit 3 -> 1.8.
    scale = 2 * _EXTENT / 3.0
    X = (X - (0.5, 0.25)) * scale
    return _finish(X, y, scale * noise, rng)


def blobs(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """K gaussian clusters with centres evenly spaced on a circle of radius 0.6."""
    y = _balanced_labels(n_samples, classes)
    radius = 0.6
    angles = np.pi / 4 + 2.0 * np.pi * np.arange(classes) / classes
    centres = _polar(np.full(classes, radius), angles)
    # Clean clusters are a few sds apart however many there are.
    spacing = 2.0 * radius * math.sin(math.pi / classes)
    base_sd = min(0.12, spacing / 6.0)
    X = centres[y] + rng.normal(0.0, base_sd, size=(n_samples, 2))
    return _finish(X, y, 0.5 * noise, rng)


def linear(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """Two classes either side of a random line passing within 0.2 of the origin.

    With noise 0 no point lies within 0.05 of the line.
    """
    y = _balanced_labels(n_samples, 2)
    angle = rng.uniform(0.0, 2.0 * np.pi)
    normal = np.array((math.cos(angle), math.sin(angle)))
    offset = rng.uniform(-0.2, 0.2)
    margin = 0.05
    need = np.bincount(y, minlength=2)
    parts: list[list[np.ndarray]] = [[], []]
    have = [0, 0]
    # Rejection sampling: each side keeps at least a third of the square, so
    # this loop ends after a couple of rounds.
    while have[0] < need[0] or have[1] < need[1]:
        P = rng.uniform(-_EXTENT, _EXTENT, size=(2 * n_samples + 64, 2))
        s = P @ normal - offset
        for k, side in enumerate((s < -margin, s > margin)):
            take = P[side][: need[k] - have[k]]
            parts[k].append(take)
            have[k] += len(take)
    X = np.concatenate([np.concatenate(parts[0]), np.concatenate(parts[1])])
    return _finish(X, y, 0.5 * noise, rng)


def checkerboard(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """A 4x4 board over the box; class = (column + row) % 2, class 0 bottom-left."""
    y = _balanced_labels(n_samples, 2)
    cells = 4
    width = 2 * _EXTENT / cells
    pad = 0.02  # a thin clean gap along the cell edges when noise is 0
    ix, iy = np.meshgrid(np.arange(cells), np.arange(cells))
    ix, iy = ix.ravel(), iy.ravel()
    colour = (ix + iy) % 2
    X = np.empty((n_samples, 2))
    for k in (0, 1):
        rows = np.flatnonzero(y == k)
        pick = rng.choice(np.flatnonzero(colour == k), size=len(rows))
        corner = -_EXTENT + width * np.column_stack((ix[pick], iy[pick]))
        X[rows] = corner + rng.uniform(pad, width - pad, size=(len(rows), 2))
    return _finish(X, y, 0.25 * noise, rng)


# ---------------------------------------------------------------- regression
# y = f(x) + noise over x in the box. Their generators return float targets; ``noise``
# is the standard deviation of the target's noise as a fraction of the box's height
# (0.1 -> sd 0.05 on a target that spans about [-1, 1]), as the classification sets'
# noise is a fraction of the box. The inputs are uniform in the box, not noised.

_TARGET_NOISE = 0.5


def _finish_regression(X: np.ndarray, y: np.ndarray, noise: float, rng: np.random.Generator):
    if noise > 0:
        y = y + rng.normal(0.0, _TARGET_NOISE * noise, size=y.shape)
    return np.ascontiguousarray(X, dtype=np.float64), np.ascontiguousarray(y, dtype=np.float64)


def _curve_x(n_samples: int, rng: np.random.Generator) -> np.ndarray:
    return rng.uniform(BOX[0], BOX[1], size=(n_samples, 1))


def sine(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """One wave across the box: y = sin(pi x) + noise (a ReLU net bends it piece by piece)."""
    X = _curve_x(n_samples, rng)
    return _finish_regression(X, np.sin(np.pi * X[:, 0]), noise, rng)


def absolute(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """A V: y = 2|x| - 1 + noise, two straight pieces (two ReLU units fit it exactly)."""
    X = _curve_x(n_samples, rng)
    return _finish_regression(X, 2.0 * np.abs(X[:, 0]) - 1.0, noise, rng)


def steps(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """A staircase of four flat steps, y in {-0.75, -0.25, 0.25, 0.75} + noise: jumps a
    smooth fit has to round off."""
    X = _curve_x(n_samples, rng)
    level = np.minimum(np.floor((X[:, 0] + 1.0) * 2.0), 3.0)
    return _finish_regression(X, 0.5 * level - 0.75, noise, rng)


def plane(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """A tilted plane, y = (x1 + x2) / 2 + noise (Playground's "plane"): a network without
    a hidden layer fits it."""
    X = rng.uniform(BOX[0], BOX[1], size=(n_samples, 2))
    return _finish_regression(X, 0.5 * (X[:, 0] + X[:, 1]), noise, rng)


# Playground's "multi gaussian": six bumps in two rows of three, signs alternating; the
# target is the bump largest in magnitude there (Playground's cones, smoothed to gaussians).
_BUMPS = ((-0.6667, 0.4167, 1.0), (0.0, 0.4167, -1.0), (0.6667, 0.4167, 1.0),
          (-0.6667, -0.4167, -1.0), (0.0, -0.4167, 1.0), (0.6667, -0.4167, -1.0))
_BUMP_SD = 0.16


def bump(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """Six gaussian bumps up and down, in two rows of three (Playground's "multi
    gaussian"): y is the strongest bump at the point, in [-1, 1], + noise."""
    X = rng.uniform(BOX[0], BOX[1], size=(n_samples, 2))
    best = np.zeros(n_samples)
    for cx, cy, sign in _BUMPS:
        v = sign * np.exp(-((X[:, 0] - cx) ** 2 + (X[:, 1] - cy) ** 2) / (2 * _BUMP_SD**2))
        best = np.where(np.abs(v) > np.abs(best), v, best)
    return _finish_regression(X, best, noise, rng)


def curve_bounds(y: np.ndarray) -> tuple[float, float]:
    """The y range a curve's view shows: [-1, 1], widened (by 5 %) to hold every target."""
    lo, hi = min(-1.0, float(np.min(y, initial=-1.0))), max(1.0, float(np.max(y, initial=1.0)))
    pad = 0.05 * (hi - lo)
    return lo - pad, hi + pad


# ---------------------------------------------------------------- registry


def _entry(name: str, label: str, fn: GeneratorFn, uses_classes: bool, doc: str, task: str = "classify",
           **extra) -> Entry:
    # ``uses_classes``: whether the generator honours ``classes`` (the others make 2, or
    # ``n_classes``). ``task``: "classify" (integer labels, the default) or "regress"
    # (float targets, one name: "y"). Image sets declare ``image_shape``, ``class_names``
    # and the ``defaults`` (Config keys) a run on them starts from; see Config.replace.
    return Entry(name, label, doc, fn, (), {"uses_classes": uses_classes, "task": task, **extra})


def uses_classes(name: str) -> bool:
    """Does the dataset ``name`` honour the ``classes`` setting (else it has 2)?"""
    return bool(DATASETS.get_entry(name).extra["uses_classes"])


def fixed_classes(name: str) -> int:
    """Classes the dataset ``name`` has when it does not honour ``classes`` (2, or its own)."""
    return int(DATASETS.get_entry(name).extra.get("n_classes", 2))


def dataset_kind(name: str) -> str:
    """What the generated dataset ``name`` holds: "image" or "points"."""
    return "image" if DATASETS.get_entry(name).extra.get("image_shape") else "points"


def dataset_defaults(name: str) -> dict:
    """The Config values (by key) a run on the dataset ``name`` starts from where they
    differ from the general defaults (the digits' architecture, say)."""
    return dict(DATASETS.get_entry(name).extra.get("defaults", {})) if name in DATASETS else {}


# (The image sets, digits and shapes, join this registry from .images.)
def task_of(name: str) -> str:
    """The task of the registered dataset ``name``: ``"classify"`` or ``"regress"``."""
    return str(DATASETS.get_entry(name).extra.get("task", "classify"))


_CURVE = {"features": ("x1",)}  # a curve's input is x alone: x2 would be a constant 0

# Order is the order shown in the GUI.
DATASETS = Registry("dataset", (
    _entry("spiral", QT_TRANSLATE_NOOP("registry", "Spiral"), spiral, True, QT_TRANSLATE_NOOP("registry", "Interleaved spiral arms, one per class: hard, needs depth.")),
    _entry("xor", QT_TRANSLATE_NOOP("registry", "XOR"), xor, False, QT_TRANSLATE_NOOP("registry", "Opposite quadrants share a class: not linearly separable.")),
    _entry("circles", QT_TRANSLATE_NOOP("registry", "Circles"), circles, False, QT_TRANSLATE_NOOP("registry", "A disk inside a ring: needs a closed boundary.")),
    _entry("moons", QT_TRANSLATE_NOOP("registry", "Moons"), moons, False, QT_TRANSLATE_NOOP("registry", "Two interlocking half moons: a gently curved boundary.")),
    _entry("blobs", QT_TRANSLATE_NOOP("registry", "Blobs"), blobs, True, QT_TRANSLATE_NOOP("registry", "Gaussian clusters on a circle, one per class: easy.")),
    _entry("linear", QT_TRANSLATE_NOOP("registry", "Linear"), linear, False, QT_TRANSLATE_NOOP("registry", "Two classes either side of a straight line: the easiest.")),
    _entry("checkerboard", QT_TRANSLATE_NOOP("registry", "Checkerboard"), checkerboard, False, QT_TRANSLATE_NOOP("registry", "A 4x4 checkerboard of two classes: many regions.")),
    # regression: a curve y = f(x) (1 input; its features are of x alone), then surfaces
    # y = f(x1, x2) (2 inputs)
    _entry("sine", QT_TRANSLATE_NOOP("registry", "Sine (regression)"), sine, False,
           QT_TRANSLATE_NOOP("registry", "Fit a curve: one sine wave, y = sin(πx) + noise."), "regress", defaults=_CURVE),
    _entry("abs", QT_TRANSLATE_NOOP("registry", "Abs (regression)"), absolute, False,
           QT_TRANSLATE_NOOP("registry", "Fit a curve: a V, y = 2|x| − 1 + noise. Two ReLU units can fit it exactly."), "regress", defaults=_CURVE),
    _entry("steps", QT_TRANSLATE_NOOP("registry", "Steps (regression)"), steps, False,
           QT_TRANSLATE_NOOP("registry", "Fit a curve: a staircase of four flat steps + noise. The jumps are hard."), "regress", defaults=_CURVE),
    _entry("plane", QT_TRANSLATE_NOOP("registry", "Plane (regression)"), plane, False,
           QT_TRANSLATE_NOOP("registry", "Fit a surface: a tilted plane, y = (x₁ + x₂) / 2 + noise. No hidden layer needed."), "regress"),
    _entry("bump", QT_TRANSLATE_NOOP("registry", "Bumps (regression)"), bump, False,
           QT_TRANSLATE_NOOP("registry", "Fit a surface: six bumps up and down, as Playground's multi gaussian."), "regress"),
))


# ---------------------------------------------------------------- validation


def _check_int(param: str, value, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{param} must be an integer, got {value!r}")
    if not lo <= value <= hi:
        raise ValueError(f"{param} must be in [{lo}, {hi}], got {value!r}")
    return int(value)


def _check_float(param: str, value, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{param} must be a number, got {value!r}")
    value = float(value)
    if not math.isfinite(value) or not lo <= value <= hi:
        raise ValueError(f"{param} must be in [{lo:g}, {hi:g}], got {value!r}")
    return value


def _check_seed(seed) -> int:
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}")
    return int(seed)


# ---------------------------------------------------------------- public API


def make_dataset(
    name: str,
    samples: int = 500,
    noise: float = 0.1,
    classes: int = 2,
    seed: int = 0,
) -> Dataset:
    """Generate a registered dataset deterministically from ``seed``.

    Parameters
    ----------
    name : key of ``DATASETS``.
    samples : number of points, in [10, 1_000_000].
    noise : noise level in [0, 1], a fraction of the box.
    classes : number of classes in [2, MAX_CLASSES]; checked and used only by
        datasets with ``uses_classes``; the others always have 2 (regression sets:
        one float target named "y").
    seed : non-negative integer seed; same arguments give identical arrays.

    Raises
    ------
    ValueError
        Naming the bad parameter and its value.
    """
    if name not in DATASETS:
        raise ValueError(f"name must be one of {', '.join(DATASETS)}; got {name!r}")
    spec = DATASETS[name]
    samples = _check_int("samples", samples, MIN_SAMPLES, MAX_SAMPLES)
    # Image sets have a most (the digits there are; shapes bounded for memory): more is that most.
    samples = min(samples, spec.extra.get("max_samples", MAX_SAMPLES))
    noise = _check_float("noise", noise, 0.0, 1.0)
    if spec.extra["uses_classes"]:
        classes = _check_int("classes", classes, 2, MAX_CLASSES)
    else:
        classes = int(spec.extra.get("n_classes", 2))
    rng = np.random.default_rng(_check_seed(seed))
    X, y = spec.factory(samples, noise, classes, rng)
    if spec.extra.get("task") == "regress":
        bounds = (BOX[0], BOX[1], *curve_bounds(y)) if X.shape[1] == 1 else (BOX[0], BOX[1], BOX[0], BOX[1])
        return Dataset(X=X, y=y, class_names=("y",), name=name, bounds=bounds, task="regress")
    return Dataset(
        X=X,
        y=y,
        class_names=tuple(spec.extra.get("class_names") or (f"class {k}" for k in range(classes))),
        name=name,
        bounds=(BOX[0], BOX[1], BOX[0], BOX[1]),
        image_shape=spec.extra.get("image_shape"),
    )


def train_val_split(X, y, val_fraction: float, seed: int):
    """Shuffled split into training and validation sets, stratified by class
    (float targets, a regression's, are split without strata).

    Every class keeps at least one training sample. The validation set has
    ``round(val_fraction * n)`` samples, shared between the classes in
    proportion to their sizes, fewer only when tiny classes cannot give more.

    Parameters
    ----------
    X : (n, d) array of inputs.
    y : (n,) integer labels, or float regression targets.
    val_fraction : fraction in [0, 0.9] held out for validation.
    seed : non-negative integer seed.

    Returns
    -------
    X_train, y_train, X_val, y_val : new arrays; with ``val_fraction == 0`` the
        validation arrays have shapes (0, d) and (0,).
    """
    X = np.asarray(X)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[1] < 1:
        raise ValueError(f"X must have shape (n, d), got {X.shape}")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must have shape ({X.shape[0]},), got {y.shape}")
    val_fraction = _check_float("val_fraction", val_fraction, 0.0, 0.9)
    rng = np.random.default_rng(_check_seed(seed))

    n = len(y)
    if np.issubdtype(y.dtype, np.floating):
        # Regression: one stratum (every row its own "class" would hold all back).
        inverse, counts = np.zeros(n, np.int64), np.array([n], np.int64)
    else:
        _, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    n_val = int(math.floor(val_fraction * n + 0.5))
    # Largest-remainder shares, capped so each class keeps one training sample.
    quota = counts * (n_val / n) if n else counts * 0.0
    take = np.minimum(np.floor(quota).astype(np.int64), counts - 1)
    order = np.argsort(-(quota - np.floor(quota)), kind="stable")
    deficit = n_val - int(take.sum())
    while deficit > 0:
        room = [k for k in order if take[k] < counts[k] - 1][:deficit]
        if not room:
            break
        take[room] += 1
        deficit -= len(room)

    train_idx, val_idx = [], []
    for k in range(len(counts)):
        members = rng.permutation(np.flatnonzero(inverse == k))
        val_idx.append(members[: take[k]])
        train_idx.append(members[take[k] :])
    train = rng.permutation(np.concatenate(train_idx)) if n else np.empty(0, np.int64)
    val = rng.permutation(np.concatenate(val_idx)) if n else np.empty(0, np.int64)
    return X[train], y[train], X[val], y[val]
