"""Array helpers: read-only copies for what crosses threads and processes, and a
growable array for histories."""

from __future__ import annotations

import numpy as np


def frozen(a, dtype=None) -> np.ndarray:
    """A read-only C-contiguous array of ``a`` (optionally cast), safe to hand to
    another thread: a copy, unless ``a`` is one already (read-only arrays here are
    never written again)."""
    arr = np.asarray(a, dtype=dtype)
    if arr.flags.writeable or not arr.flags.c_contiguous:
        # Copy so that freezing never flips the flag on the caller's array.
        arr = np.array(arr, dtype=dtype, order="C", copy=True)
    arr.flags.writeable = False
    return arr


def read_only(a: np.ndarray) -> np.ndarray:
    """A read-only view of ``a`` (no copy): for prefixes that never change again."""
    v = a.view()
    v.flags.writeable = False
    return v


class Growing:
    """A float64 array that grows by doubling, of scalars (``width`` None) or of rows.

    Only ever appended to past ``n``, so a prefix view handed out stays valid
    (and unchanged) forever.
    """

    def __init__(self, width: int | None = None, capacity: int = 256):
        self._data = np.empty((capacity,) if width is None else (capacity, width))
        self.n = 0

    def _room(self, extra: int) -> None:
        if self.n + extra > len(self._data):
            bigger = np.empty((max(2 * len(self._data), self.n + extra), *self._data.shape[1:]))
            bigger[: self.n] = self._data[: self.n]
            self._data = bigger

    def append(self, x) -> None:
        """Add one value (or one row)."""
        self._room(1)
        self._data[self.n] = x
        self.n += 1

    def extend(self, xs) -> None:
        """Add several values (or rows)."""
        xs = np.asarray(xs, dtype=np.float64)
        self._room(len(xs))
        self._data[self.n : self.n + len(xs)] = xs
        self.n += len(xs)

    def view(self, start: int = 0) -> np.ndarray:
        """The filled part from ``start`` on, read-only."""
        return read_only(self._data[start : self.n])

    def last(self) -> float:
        return float(self._data[self.n - 1])

    def __len__(self) -> int:
        return self.n
