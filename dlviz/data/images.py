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

from .datasets import Dataset

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
