"""Where numba keeps compiled code: next to the kernel's source, or a user cache folder.

numba caches a ``cache=True`` function in ``__pycache__`` beside its source file.
An installed package's folder is often not writable (a system or shared
site-packages); then ``NUMBA_CACHE_DIR`` must point elsewhere, and it is read
when numba is imported, so :func:`setup` runs before the first ``import numba``.
Imports neither numba nor Qt.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def user_cache_dir() -> Path:
    """The per-user cache folder for dlviz's compiled code (platformdirs' convention):
    ``%LOCALAPPDATA%\\dlviz\\numba``, ``~/Library/Caches/dlviz/numba``, or
    ``$XDG_CACHE_HOME/dlviz/numba`` (``~/.cache/dlviz/numba``)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "dlviz" / "numba"


def writable(folder: Path) -> bool:
    """Whether files can be created in ``folder/__pycache__`` (tried, not guessed:
    ``os.access`` says yes to root on a read-only mount)."""
    cache = folder / "__pycache__"
    try:
        cache.mkdir(exist_ok=True)
        with tempfile.TemporaryFile(dir=cache):
            pass
    except OSError:
        return False
    return True


def setup(package_dir: Path = PACKAGE_DIR, environ=os.environ) -> str | None:
    """Point ``NUMBA_CACHE_DIR`` at :func:`user_cache_dir` when ``package_dir`` is not
    writable and nobody set it already. Returns the folder numba will use, or None
    for its default (beside the source). Call before numba is imported."""
    if environ.get("NUMBA_CACHE_DIR"):
        return environ["NUMBA_CACHE_DIR"]
    if writable(package_dir):
        return None
    folder = user_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir()) / f"dlviz-numba-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
        folder.mkdir(parents=True, exist_ok=True)
    environ["NUMBA_CACHE_DIR"] = str(folder)
    return str(folder)
