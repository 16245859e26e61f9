"""What the training process computes for the views, in the shapes both sides agree on.

The training process fills these (``training/inside.py``) and the views draw them;
here, below both, so the views need not import ``training``.
"""

from __future__ import annotations

import numpy as np

MAX_SHOWN = 16  # units drawn per layer; a wider layer is shown by its first MAX_SHOWN
PREACT_RANGE = 6.0  # pre-activation histograms span [-6, 6]; values beyond go in the end bins
PREACT_BINS = 40
PREACT_EDGES = np.linspace(-PREACT_RANGE, PREACT_RANGE, PREACT_BINS + 1)
PREACT_EDGES.flags.writeable = False


def shown(n: int) -> int:
    """How many of a layer's ``n`` units are drawn."""
    return min(n, MAX_SHOWN)
