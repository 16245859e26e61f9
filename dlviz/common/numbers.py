"""How numbers the learner reads are written: three significant digits."""

from __future__ import annotations

import math


def sig3(x: float | None, missing: str = "–") -> str:
    """``x`` to 3 significant digits; ``missing`` for None, NaN or infinity.

    A value that rounds to zero prints as "0", never "-0".
    """
    if x is None:
        return missing
    x = float(x)
    if not math.isfinite(x):
        return missing
    s = f"{x:.3g}"
    return "0" if s in ("-0", "0") else s
