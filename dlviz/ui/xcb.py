"""Before the QApplication: are the system libraries of Qt's X11 platform there?

On a fresh Linux desktop Qt cannot load its xcb platform plugin and aborts the
process (SIGABRT, exit 134) with "xcb-cursor0 or libxcb-cursor0 is needed", though
it may also lack libxcb-icccm4 and libxcb-keysyms1, which it does not name.
:func:`problem` finds every missing library first and says which packages hold
them, so that ``dlviz`` can print one line and exit 2 instead.

Qt-free: it runs before PySide6 is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from importlib.util import find_spec
from pathlib import Path

#: The libraries that Qt's xcb plugin (``plugins/platforms/libqxcb.so`` and its
#: ``libQt6XcbQpa.so.6``) needs and that PySide6's wheel does not ship, beyond the ones
#: QtGui itself needs (libGL, libX11, libxkbcommon, ...: without those ``import
#: PySide6.QtGui`` fails, and says so), each with the package that holds it on
#: Debian/Ubuntu, Fedora and Arch. (``readelf -d libqxcb.so libQt6XcbQpa.so.6 | grep NEEDED``.)
XCB_LIBRARIES: dict[str, tuple[str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    # Part of libxcb itself on Fedora and Arch; one package each on Debian/Ubuntu.
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
}

#: The families whose package names the table gives: (name, install command).
DISTROS = {"debian": ("Debian/Ubuntu", "sudo apt install"), "fedora": ("Fedora", "sudo dnf install"),
           "arch": ("Arch", "sudo pacman -S")}
_FAMILY_OF = {"debian": "debian", "ubuntu": "debian", "fedora": "fedora", "rhel": "fedora", "centos": "fedora",
              "arch": "arch"}

#: What a fresh desktop typically lacks: the README's Quickstart lists these (a test keeps them equal).
USUALLY_MISSING = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0",
                   "libxcb-render-util.so.0", "libxcb-util.so.1", "libxkbcommon-x11.so.0")


def platform_is_xcb(environ=None, platform: str | None = None) -> bool:
    """Whether Qt will use its xcb (X11) platform: on Linux and the BSDs, with
    QT_QPA_PLATFORM naming xcb first, or unset with an X11 DISPLAY and no sign of a
    Wayland session (Qt then tries Wayland first)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin", "msys")):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:  # "xcb", "xcb:option", "wayland;xcb" (Wayland first), "offscreen", ...
        return chosen.split(";")[0].split(":")[0].strip().lower() == "xcb"
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def _search_dirs() -> list[Path]:
    """Where a Python-installed Qt may carry its own copies (besides the system's
    search path): PySide6's Qt/lib (it keeps libQt6XcbQpa there), a conda prefix's lib."""
    dirs = [Path(sys.prefix) / "lib"]
    try:
        spec = find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        dirs += [Path(p) / "Qt" / "lib" for p in spec.submodule_search_locations]
    return dirs


def loadable(soname: str) -> bool:
    """Whether the dynamic linker finds ``soname`` (as Qt's dlopen of the plugin would).
    A library that is there but needs another missing one counts as there: that
    other one is in :data:`XCB_LIBRARIES` too and is named instead."""
    try:
        ctypes.CDLL(soname)
        return True
    except OSError as e:
        if not str(e).startswith(soname + ":"):  # dlerror names the file it could not open
            return True
    return any((d / soname).is_file() for d in _search_dirs())


def missing_libraries(sonames=XCB_LIBRARIES) -> list[str]:
    """The sonames that cannot be loaded, in the table's order."""
    return [s for s in sonames if not loadable(s)]


def distro_family(os_release: str = "/etc/os-release") -> str | None:
    """"debian", "fedora" or "arch" from ID and ID_LIKE in ``os_release``; None otherwise."""
    try:
        text = Path(os_release).read_text(encoding="utf-8", errors="replace")[:10_000]
    except OSError:
        return None
    ids: list[str] = []
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("ID", "ID_LIKE"):
            ids += value.strip().strip("\"'").lower().split()
    return next((_FAMILY_OF[i] for i in ids if i in _FAMILY_OF), None)


def packages(sonames, family: str) -> list[str]:
    """The packages of ``family`` that hold ``sonames``, each once, in order."""
    column = list(DISTROS).index(family)
    return list(dict.fromkeys(XCB_LIBRARIES[s][column] for s in sonames))


def install_hint(sonames, family: str | None) -> str:
    """The command that installs ``sonames``: for ``family``, else for each family."""
    families = [family] if family in DISTROS else list(DISTROS)
    commands = [f"{DISTROS[f][1]} {' '.join(packages(sonames, f))}" for f in families]
    if len(commands) == 1:
        return commands[0]
    return "; ".join(f"{DISTROS[f][0]}: {c}" for f, c in zip(families, commands))


def problem(environ=None, platform: str | None = None) -> str:
    """One line saying which libraries and packages Qt's xcb platform lacks, or "" when
    the platform is not xcb or nothing is missing."""
    if not platform_is_xcb(environ, platform):
        return ""
    missing = missing_libraries()
    if not missing:
        return ""
    return (f"the window needs system libraries that are not installed ({', '.join(missing)}); install them "
            f"with: {install_hint(missing, distro_family())} (dlviz --screenshot and dlviz train work without them)")
