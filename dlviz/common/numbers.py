"""Numbers at the edges: how the learner reads them (three significant digits), and
how a typed or stored value becomes one (finite, or a ValueError naming the key)."""

from __future__ import annotations

import math
from typing import Any

from .messages import QT_TRANSLATE_NOOP, Message, MessageError


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


def finite_number(name: str, value: Any) -> float:
    """``value`` as a finite float, or ValueError "<name> must be ..." (bools are not numbers)."""
    if isinstance(value, bool):
        raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be a number, got {value!r}"), name=name, value=value))
    try:
        x = float(value)
    except (TypeError, ValueError, OverflowError):
        raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be a number, got {value!r}"), name=name, value=value)) from None
    if not math.isfinite(x):
        raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be finite, got {value!r}"), name=name, value=value))
    return x


def sig4(x: float | None) -> str:
    """A number of the backprop walk-through: 4 significant digits, "–" for None, never "-0"."""
    if x is None:
        return "–"
    s = f"{float(x):.4g}"
    return "0" if s in ("-0", "0") else s


def factor(x: float | None) -> str:
    """:func:`sig4`, in brackets when negative (a factor of a product)."""
    s = sig4(x)
    return f"({s})" if s.startswith("-") else s


def product_terms(ws, ds, shown: int) -> tuple[list[str], int, float]:
    """The first ``shown`` products "w·d" of a dot product, written out; how many more
    terms there are and their sum (0 and 0.0 when none)."""
    terms = [f"{factor(w)}·{factor(d)}" for w, d in zip(ws[:shown], ds[:shown])]
    more = max(len(ws) - shown, 0)
    rest = float(sum(float(w) * float(d) for w, d in zip(ws[shown:], ds[shown:]))) if more else 0.0
    return terms, more, rest
