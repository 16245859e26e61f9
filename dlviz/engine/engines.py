"""Which engine trains: the compiled kernel (:mod:`.kernel`, numba) or NumPy (the reference).

The setting ``engine`` says ``auto`` (compiled where numba imports), ``compiled``
or ``numpy``. Asking for this module costs nothing; asking whether the compiled
engine is available imports numba (a few hundred ms, once). Without numba every
run trains with NumPy, and :func:`resolve` says so once per process.
"""

from __future__ import annotations

from ..common.messages import Message
from ..common.registry import Entry, Registry

#: name -> Entry (the factory is unused: :func:`resolve` picks the engine).
ENGINES = Registry("engine", (
    Entry("auto", "Auto", "The compiled engine where numba is installed, else NumPy", lambda: None),
    Entry("compiled", "Compiled", "numba-compiled training steps: several times faster on small networks",
          lambda: None),
    Entry("numpy", "NumPy", "The reference engine: NumPy operations, step by step", lambda: None),
))
DEFAULT = "auto"

_told = False
_held = False


def hold(held: bool) -> None:
    """While held, :func:`resolve` gives NumPy for ``auto`` and ``compiled`` (no note): the
    training process trains with NumPy while the compiled code is being prepared."""
    global _held
    _held = bool(held)


def compiled_available() -> tuple[bool, str | None]:
    """(whether the compiled engine can run here, why not)."""
    try:
        from . import kernel
    except Exception as e:  # pragma: no cover - kernel.py itself guards numba's import
        return False, f"{type(e).__name__}: {e}"
    return kernel.AVAILABLE, kernel.IMPORT_ERROR


def resolve(engine: str, activation=None, optimizer=None, dtype=None) -> tuple[str, Message | None]:
    """The engine that will train (``"compiled"`` or ``"numpy"``) for the setting
    ``engine``, and a note to show once when the compiled one was wanted and cannot be
    used (None otherwise, and every time after the first).

    ``auto`` never waits for the compiler: where the compiled code for ``dtype`` is neither
    cached on disk nor loaded, it trains with NumPy and says once that ``dlviz warmup``
    prepares it (the window prepares it in the background instead, see
    ``training.session.EnginePrep``). ``compiled`` compiles if it must (20-60 s, once)."""
    global _told
    if engine == "numpy" or _held:
        return "numpy", None
    ok, why = compiled_available()
    if ok and activation is not None:
        from . import kernel

        if not kernel.supports(activation, optimizer):
            if engine == "compiled":
                return "numpy", Message("the compiled engine has no {what}: training with NumPy",
                                        what=f"{type(activation).__name__}/{type(optimizer).__name__}")
            return "numpy", None
    if ok and engine == "auto" and dtype is not None:
        from . import kernel

        if not kernel.ready(dtype):
            if _told:
                return "numpy", None
            _told = True
            return "numpy", Message("the fast engine is not compiled yet (dlviz warmup prepares it): training "
                                    "with NumPy")
    if ok:
        return "compiled", None
    if _told:
        return "numpy", None
    _told = True
    return "numpy", Message("numba is not available ({why}): training with NumPy", why=why)
