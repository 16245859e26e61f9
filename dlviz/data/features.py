"""Hand-made input features, as in TensorFlow Playground's input column.

Points are first mapped into [-1, 1]^2 by the dataset bounds (``normalize``),
so a CSV whose x1 runs from 100 to 200 still feeds the network values in
[-1, 1]; every feature is then a function of those normalised ``u, v``.
Adding a feature is one entry in ``FEATURES``.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np

from ..common.messages import QT_TRANSLATE_NOOP

Bounds = tuple[float, float, float, float]


@dataclass(frozen=True)
class Feature:
    """One input feature: a display ``label`` and ``fn(u, v)`` on normalised coordinates.

    ``kind`` is the data it applies to: ``"points"`` (``fn(u, v)`` gives one column) or
    ``"image"`` (``fn(images)`` of (n, h, w) pixels gives (n, k) columns)."""

    label: str
    fn: Callable[..., np.ndarray]
    kind: str = "points"


# Canonical order: the order shown in the GUI and the column order parse_features gives.
FEATURES: dict[str, Feature] = {
    "x1": Feature(QT_TRANSLATE_NOOP("registry", "x₁"), lambda u, v: u),
    "x2": Feature(QT_TRANSLATE_NOOP("registry", "x₂"), lambda u, v: v),
    "x1sq": Feature(QT_TRANSLATE_NOOP("registry", "x₁²"), lambda u, v: u * u),
    "x2sq": Feature(QT_TRANSLATE_NOOP("registry", "x₂²"), lambda u, v: v * v),
    "x1x2": Feature(QT_TRANSLATE_NOOP("registry", "x₁x₂"), lambda u, v: u * v),
    # sin(pi x) rather than Playground's sin(x): on [-1, 1] plain sin is nearly
    # linear, while sin(pi x) makes a full wave across the box.
    "sin_x1": Feature(QT_TRANSLATE_NOOP("registry", "sin(πx₁)"), lambda u, v: np.sin(np.pi * u)),
    "sin_x2": Feature(QT_TRANSLATE_NOOP("registry", "sin(πx₂)"), lambda u, v: np.sin(np.pi * v)),
    # Images: the raw pixels (what a network learns its own features from), and two
    # hand-made summaries a classic model would be given instead.
    "pixels": Feature(QT_TRANSLATE_NOOP("registry", "Pixels"), lambda im: im.reshape(len(im), -1), "image"),
    "rows": Feature(QT_TRANSLATE_NOOP("registry", "Ink per row"), lambda im: im.mean(axis=2), "image"),
    "cols": Feature(QT_TRANSLATE_NOOP("registry", "Ink per column"), lambda im: im.mean(axis=1), "image"),
}

DEFAULT_FEATURES: tuple[str, ...] = ("x1", "x2")
#: The features an image run takes when none of its own are chosen: the raw pixels.
DEFAULT_IMAGE_FEATURES: tuple[str, ...] = ("pixels",)


def features_of_kind(kind: str) -> tuple[str, ...]:
    """The feature names that apply to data of ``kind`` ("image" or "points"), in order."""
    kind = "image" if kind == "image" else "points"
    return tuple(n for n, f in FEATURES.items() if f.kind == kind)


def image_feature_width(name: str, image_shape: tuple[int, int]) -> int:
    """Columns the image feature ``name`` gives for images of ``image_shape``."""
    h, w = image_shape
    return {"pixels": h * w, "rows": h, "cols": w}.get(name, 1)


def image_feature_labels(names, image_shape: tuple[int, int]) -> tuple[str, ...]:
    """A short label for each input column of the image features ``names``: a pixel
    by its (row, column), a row's ink by r1.., a column's by c1.. (numbers from 1)."""
    h, w = image_shape
    out: list[str] = []
    for name in names:
        if name == "pixels":
            out += [f"({r + 1},{c + 1})" for r in range(h) for c in range(w)]
        elif name == "rows":
            out += [f"r{r + 1}" for r in range(h)]
        elif name == "cols":
            out += [f"c{c + 1}" for c in range(w)]
    return tuple(out)


def make_image_features(X, names, image_shape: tuple[int, int], dtype=np.float32) -> np.ndarray:
    """Input matrix of (n, h * w) images (row-major pixels) for the image features
    ``names``, columns in the order given: (n, sum of their widths) of ``dtype``.

    Raises ValueError if a name is not an image feature."""
    chosen = _names_list(names)
    bad = [n for n in chosen if FEATURES[n].kind != "image"]
    if bad:
        raise ValueError(f"features {', '.join(bad)} are for 2-D points; image data takes "
                         f"{', '.join(features_of_kind('image'))}")
    h, w = image_shape
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != h * w:
        raise ValueError(f"X must have shape (n, {h * w}) for {h}x{w} images, got {X.shape}")
    images = X.reshape(len(X), h, w)
    return np.ascontiguousarray(np.concatenate([FEATURES[n].fn(images) for n in chosen], axis=1), dtype=dtype)


def _names_list(text_or_seq) -> list[str]:
    if isinstance(text_or_seq, str):
        items = text_or_seq.split(",")
        if not text_or_seq.strip():
            raise ValueError("features must not be empty; choose from " + ", ".join(FEATURES))
    else:
        try:
            items = list(text_or_seq)
        except TypeError:
            raise ValueError(
                f"features must be a comma-separated string or a sequence of names, "
                f"got {text_or_seq!r}"
            ) from None
        if not items:
            raise ValueError("features must not be empty; choose from " + ", ".join(FEATURES))
    names = []
    for item in items:
        if not isinstance(item, str):
            raise ValueError(f"feature names must be strings, got {item!r}")
        name = item.strip().lower()
        if not name:
            raise ValueError(f"empty feature name in {text_or_seq!r}")
        if name not in FEATURES:
            raise ValueError(f"unknown feature {item.strip()!r}; valid: {', '.join(FEATURES)}")
        if name in names:
            raise ValueError(f"duplicate feature {name!r} in {text_or_seq!r}")
        names.append(name)
    return names


def parse_features(text_or_seq: str | Iterable[str]) -> tuple[str, ...]:
    """Validate feature names and return them in the canonical ``FEATURES`` order.

    Parameters
    ----------
    text_or_seq : ``"x1,x2,x1x2"`` (spaces and case ignored) or a sequence of names.

    Raises
    ------
    ValueError
        If empty, if a name is unknown (the message lists the valid names), or
        if a name repeats.
    """
    chosen = set(_names_list(text_or_seq))
    return tuple(name for name in FEATURES if name in chosen)


def _check_bounds(bounds) -> Bounds:
    try:
        b = tuple(float(x) for x in bounds)
    except (TypeError, ValueError):
        raise ValueError(f"bounds must be 4 numbers (xmin, xmax, ymin, ymax), got {bounds!r}") from None
    if len(b) != 4 or not all(math.isfinite(x) for x in b) or b[0] > b[1] or b[2] > b[3]:
        raise ValueError(f"bounds must be finite (xmin, xmax, ymin, ymax) with min <= max, got {bounds!r}")
    return b  # type: ignore[return-value]


def _check_points(X) -> np.ndarray:
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] not in (1, 2):
        raise ValueError(f"X must have shape (n, 2), or (n, 1) for a curve, got {X.shape}")
    if X.shape[1] == 1:
        # A curve's one input is x1; x2 is 0 (the middle of its range), so every feature
        # is defined and those of x2 alone are constant: x1, x1² and sin(πx1) are its features.
        X = np.column_stack((X[:, 0], np.zeros(len(X))))
    return X


def normalize(X, bounds: Bounds) -> np.ndarray:
    """Map (n, 2) points affinely into [-1, 1]^2, axis by axis, using ``bounds``
    ((n, 1) inputs of a curve: x1 as a point's, and x2 = 0 in normalised coordinates).

    ``xmin -> -1`` and ``xmax -> 1`` (likewise for y). Points outside the bounds
    land outside [-1, 1]; nothing is clipped. A degenerate axis (min == max)
    maps to 0. Returns a new float64 array.
    """
    one_d = np.ndim(X) == 2 and np.shape(X)[1] == 1
    X = _check_points(X)
    xmin, xmax, ymin, ymax = _check_bounds(bounds)
    if one_d:  # x2 stays 0 whatever a curve's y range (bounds[2:]) is
        ymin, ymax = -1.0, 1.0
    U = np.empty_like(X)
    for j, (lo, hi) in enumerate(((xmin, xmax), (ymin, ymax))):
        if hi > lo:
            np.multiply(X[:, j] - lo, 2.0 / (hi - lo), out=U[:, j])
            U[:, j] -= 1.0
        else:
            U[:, j] = 0.0
    return U


def make_features(
    X,
    names: str | Iterable[str],
    bounds: Bounds = (-1.0, 1.0, -1.0, 1.0),
    dtype=np.float32,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Feature matrix of (n, 2) points: column j is feature ``names[j]``.

    Parameters
    ----------
    X : (n, 2) points in data coordinates, or (n, 1) inputs of a curve (x2 = 0: the
        features of x2 alone are constant there).
    names : feature names, used in the order given (a comma-separated string is
        accepted too); unknown, repeated or no names raise ValueError.
    bounds : ``(xmin, xmax, ymin, ymax)`` mapped to [-1, 1]^2 before the features.
    dtype : dtype of the result.
    out : optional C-contiguous (n, len(names)) array of ``dtype`` to fill,
        e.g. to reuse a buffer for the decision-boundary grid.

    Returns
    -------
    C-contiguous (n, len(names)) array of ``dtype`` (``out`` when given).
    """
    chosen = _names_list(names)
    bad = [n for n in chosen if FEATURES[n].kind != "points"]
    if bad:
        raise ValueError(f"features {', '.join(bad)} are for images; 2-D points take "
                         f"{', '.join(features_of_kind('points'))}")
    U = normalize(X, bounds)
    shape = (U.shape[0], len(chosen))
    dtype = np.dtype(dtype)
    if out is None:
        out = np.empty(shape, dtype=dtype)
    elif (
        not isinstance(out, np.ndarray)
        or out.shape != shape
        or out.dtype != dtype
        or not out.flags.c_contiguous
        or not out.flags.writeable
    ):
        raise ValueError(
            f"out must be a writeable C-contiguous {dtype} array of shape {shape}, got "
            + (f"{out.dtype} {out.shape}" if isinstance(out, np.ndarray) else repr(type(out)))
        )
    u, v = U[:, 0], U[:, 1]
    for j, name in enumerate(chosen):
        out[:, j] = FEATURES[name].fn(u, v)
    return out


def grid_points(bounds: Bounds, resolution: int) -> np.ndarray:
    """Centres of a ``resolution`` x ``resolution`` grid of cells over ``bounds``.

    Layout: row-major with y as rows and x as columns. Row 0 is the bottom row
    (ymin) and column 0 the left column (xmin); point ``iy * resolution + ix``
    is the centre of cell (ix, iy). So the first point is the bottom-left cell
    centre, the second is one step to the right, and model outputs reshape as
    ``proba.reshape(resolution, resolution, K)[iy, ix]``, which is what an image
    with its origin at the bottom-left expects.

    Returns
    -------
    (resolution * resolution, 2) float64 array of (x, y) points.
    """
    xmin, xmax, ymin, ymax = _check_bounds(bounds)
    if isinstance(resolution, bool) or not isinstance(resolution, numbers.Integral) or resolution < 1:
        raise ValueError(f"resolution must be a positive integer, got {resolution!r}")
    res = int(resolution)
    steps = (np.arange(res) + 0.5) / res
    xs = xmin + (xmax - xmin) * steps
    ys = ymin + (ymax - ymin) * steps
    gx, gy = np.meshgrid(xs, ys)  # "xy" indexing: shape (ny, nx), [iy, ix]
    return np.column_stack((gx.ravel(), gy.ravel()))
