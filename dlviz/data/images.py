"""Image datasets: the bundled handwritten digits (more sets build on ``Dataset``'s
``image_shape``).

``digits`` is the UCI "Optical Recognition of Handwritten Digits" test set in the
copy scikit-learn ships: 1,797 8x8 images, pixels 0..16, CC BY 4.0 (see
``resources/datasets/DIGITS_ATTRIBUTION.md``). It is bundled, never downloaded.
"""

from __future__ import annotations

import hashlib
from importlib import resources

import numpy as np

from ..common.messages import QT_TRANSLATE_NOOP
from ..common.registry import Entry
from .datasets import DATASETS, Dataset

# SHA-256 of images.tobytes() + labels.tobytes() of the bundled file, as recorded in
# DIGITS_ATTRIBUTION.md: a changed or truncated copy is refused, not trained on.
DIGITS_SHA256 = "87ff0c9e40dc7e2c0e34e7257799c2e3f3aec1a016363bb11cad869ec428a826"
DIGITS_SHAPE = (8, 8)


def digits_arrays() -> tuple[np.ndarray, np.ndarray]:
    """The raw bundled digits: images uint8 (1797, 8, 8) in 0..16 and labels uint8 (1797,).

    Raises ValueError when the bundled file does not match its checksum.
    """
    path = resources.files("dlviz.resources") / "datasets" / "digits.npz"
    with path.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
        images, labels = npz["images"], npz["labels"]
    digest = hashlib.sha256(images.tobytes() + labels.tobytes()).hexdigest()
    if digest != DIGITS_SHA256:
        raise ValueError("the bundled digits data is damaged (checksum mismatch); reinstall dlviz")
    return images, labels


def load_digits() -> Dataset:
    """The 1,797 handwritten digits as a Dataset: X (1797, 64) pixels scaled to [0, 1]
    (0 = white paper, 1 = full ink), y the digit 0..9, ``image_shape`` (8, 8)."""
    images, labels = digits_arrays()
    X = images.reshape(len(images), -1).astype(np.float64) / 16.0
    return Dataset(
        X=X,
        y=labels.astype(np.int64),
        class_names=tuple(str(k) for k in range(10)),
        name="digits",
        image_shape=DIGITS_SHAPE,
    )


def _pixel_noise(X: np.ndarray, noise: float, rng: np.random.Generator) -> np.ndarray:
    """Gaussian pixel noise of sd ``noise``, clipped back to [0, 1] (in place)."""
    if noise > 0:
        X += rng.normal(0.0, noise, size=X.shape)
        np.clip(X, 0.0, 1.0, out=X)
    return X


def digits_sample(n_samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """(X, y) of the digits generator: every image (shuffled) when ``n_samples`` >= 1,797,
    else ``n_samples`` of them with each digit's share kept (largest remainders), then
    pixel noise of sd ``noise``."""
    images, labels = digits_arrays()
    n = len(labels)
    if n_samples >= n:
        keep = rng.permutation(n)
    else:
        counts = np.bincount(labels, minlength=10)
        quota = counts * (n_samples / n)
        take = np.floor(quota).astype(np.int64)
        extra = n_samples - int(take.sum())
        take[np.argsort(-(quota - take), kind="stable")[:extra]] += 1
        keep = np.concatenate([rng.permutation(np.flatnonzero(labels == k))[: take[k]] for k in range(10)])
        keep = rng.permutation(keep)
    X = images[keep].reshape(len(keep), -1).astype(np.float64) / 16.0
    return _pixel_noise(X, noise, rng), labels[keep].astype(np.int64)


SHAPES_SIZE = 16
SHAPE_NAMES = ("circle", "square", "triangle")
_SUPER = 3  # sub-samples per pixel side: soft (anti-aliased) edges
_SHAPES_BLOCK = 2048  # images drawn at once (bounded work arrays)


def shapes_images(n_samples: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """(X, y) of ``n_samples`` 16x16 images, one filled shape each, classes balanced:
    0 circle, 1 square, 2 triangle (pointing up). Each has a random size (radius or
    half-side 2.5 to 7 pixels) and a random centre that keeps it inside the image;
    pixels are the covered share of each pixel (soft edges), then gaussian noise of
    sd ``noise`` clipped to [0, 1]. Deterministic in ``rng``."""
    S = SHAPES_SIZE
    y = np.repeat(np.arange(3, dtype=np.int64), [n_samples // 3 + (k < n_samples % 3) for k in range(3)])
    y = y[rng.permutation(n_samples)]
    r = rng.uniform(2.5, 7.0, n_samples)
    cx = rng.uniform(r, S - r)
    cy = rng.uniform(r, S - r)
    # Sub-pixel centres, in pixel units (x to the right, y down).
    sub = (np.arange(S * _SUPER) + 0.5) / _SUPER
    X = np.empty((n_samples, S * S))
    for a in range(0, n_samples, _SHAPES_BLOCK):
        b = min(a + _SHAPES_BLOCK, n_samples)
        dx = sub[None, None, :] - cx[a:b, None, None]
        dy = sub[None, :, None] - cy[a:b, None, None]
        rr = r[a:b, None, None]
        kind = y[a:b, None, None]
        circle = dx * dx + dy * dy <= rr * rr
        square = (np.abs(dx) <= rr * 0.85) & (np.abs(dy) <= rr * 0.85)  # about the circle's area
        # An upward triangle inside the circle's box: base at cy + r, apex at cy - r.
        t = (dy + rr) / (2 * rr)  # 0 at the apex, 1 at the base
        triangle = (t >= 0) & (t <= 1) & (np.abs(dx) <= t * rr)
        mask = np.where(kind == 0, circle, np.where(kind == 1, square, triangle)).astype(np.float64)
        X[a:b] = mask.reshape(b - a, S, _SUPER, S, _SUPER).mean(axis=(2, 4)).reshape(b - a, -1)
    return _pixel_noise(X, noise, rng), y


# -- the registry entries (the generators' signature: fn(n_samples, noise, classes, rng) -> (X, y)) --


def digits(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """The bundled 8x8 handwritten digits: all 1,797 when ``n_samples`` is that many or
    more, else a random subset of ``n_samples`` keeping the ten classes' shares; ``noise``
    adds gaussian pixel noise of that sd (clipped to [0, 1]). ``classes`` is not used."""
    return digits_sample(n_samples, noise, rng)


def shapes(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """16x16 images of a filled circle, square or triangle (classes 0, 1, 2) at a random
    place and size; ``noise`` adds gaussian pixel noise of that sd. ``classes`` is not used."""
    return shapes_images(n_samples, noise, rng)


def _image_entry(name: str, label: str, fn, doc: str, **extra) -> Entry:
    # ``n_classes``, ``image_shape`` and ``class_names`` are the set's own; ``max_samples`` the
    # most it makes (more is that most); ``defaults``: the Config values a run on it starts
    # from (see Config.replace), ``cli_epochs`` the headless budget.
    return Entry(name, label, doc, fn, (), {"uses_classes": False, **extra})


# The defaults reach >= 95 % validation accuracy on the digits in a few seconds
# (benchmarks/digits_speed.py); ``cli_epochs`` is the CLI's budget only (the window trains
# until paused).
IMAGE_DATASETS = (
    _image_entry("digits", QT_TRANSLATE_NOOP("registry", "Digits (images)"), digits,
                 QT_TRANSLATE_NOOP("registry", "Real 8x8 handwritten digits 0-9 (UCI, CC BY 4.0): the network learns its own features from the pixels."),
                 n_classes=10, image_shape=DIGITS_SHAPE, class_names=tuple(str(k) for k in range(10)), max_samples=1797,
                 defaults={"samples": 1797, "noise": 0.0, "features": ("pixels",), "hidden": (64,), "lr": 0.003,
                           "batch_size": 32, "cli_epochs": 30}),
    _image_entry("shapes", QT_TRANSLATE_NOOP("registry", "Shapes (images)"), shapes,
                 QT_TRANSLATE_NOOP("registry", "16x16 circles, squares and triangles at random places and sizes."),
                 n_classes=3, image_shape=(SHAPES_SIZE, SHAPES_SIZE),
                 class_names=(QT_TRANSLATE_NOOP("registry", "circle"), QT_TRANSLATE_NOOP("registry", "square"),
                              QT_TRANSLATE_NOOP("registry", "triangle")),
                 max_samples=20_000,
                 defaults={"samples": 3000, "features": ("pixels",), "hidden": (64,), "lr": 0.003, "batch_size": 32,
                           "cli_epochs": 30}),
)
for _e in IMAGE_DATASETS:
    DATASETS.add(_e)
