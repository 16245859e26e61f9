"""Which engine trains: the compiled kernel (:mod:`.kernel`, numba) or NumPy (the reference).

The Config key ``engine`` says ``auto`` (compiled where numba imports), ``compiled``
or ``numpy``. Asking for this module costs nothing; asking whether the compiled
engine is available imports numba (a few hundred ms, once). Without numba every
run trains with NumPy, and :func:`resolve` says so once per process.
"""

from __future__ import annotations

from ..common.messages import Message

ENGINES = ("auto", "compiled", "numpy")
DEFAULT = "auto"

_told = False


def compiled_available() -> tuple[bool, str | None]:
    """(whether the compiled engine can run here, why not)."""
    try:
        from . import kernel
    except Exception as e:  # pragma: no cover - kernel.py itself guards numba's import
        return False, f"{type(e).__name__}: {e}"
    return kernel.AVAILABLE, kernel.IMPORT_ERROR


def resolve(engine: str, activation=None, optimizer=None) -> tuple[str, Message | None]:
    """The engine that will train (``"compiled"`` or ``"numpy"``) for the setting
    ``engine``, and a note to show once when the compiled one was wanted and cannot be
    used (None otherwise, and every time after the first)."""
    global _told
    if engine == "numpy":
        return "numpy", None
    ok, why = compiled_available()
    if ok and activation is not None:
        from . import kernel

        if not kernel.supports(activation, optimizer):
            if engine == "compiled":
                return "numpy", Message("the compiled engine has no {what}: training with NumPy",
                                        what=f"{type(activation).__name__}/{type(optimizer).__name__}")
            return "numpy", None
    if ok:
        return "compiled", None
    if _told:
        return "numpy", None
    _told = True
    return "numpy", Message("numba is not available ({why}): training with NumPy", why=why)
