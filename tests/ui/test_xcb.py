"""Qt's X11 platform libraries are checked before Qt starts (issue 19, item 13).

Qt aborted (rc 134) naming only libxcb-cursor0; now ``dlviz`` names every missing
library and its package in one line and exits 2, and the QApplication is never made.
The library lookup is replaced (no display and no missing library needed)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dlviz.ui import xcb

ROOT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


@pytest.mark.parametrize("environ, expected", [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "minimal"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, False),  # Wayland first
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt tries Wayland first
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, True),
    ({}, False),  # no display at all: dlviz.cli says so before
])
def test_the_check_runs_only_where_qt_will_use_xcb(environ, expected):
    assert xcb.platform_is_xcb(environ, "linux") is expected
    assert xcb.platform_is_xcb({"DISPLAY": ":0"}, "darwin") is False
    assert xcb.platform_is_xcb({"DISPLAY": ":0"}, "win32") is False


def test_the_table_names_the_libraries_qt_s_plugin_needs():
    # The three a fresh desktop lacks, with their package on each distribution.
    assert xcb.XCB_LIBRARIES["libxcb-cursor.so.0"] == ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor")
    assert xcb.XCB_LIBRARIES["libxcb-icccm.so.4"] == ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm")
    assert xcb.XCB_LIBRARIES["libxcb-keysyms.so.1"] == ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms")
    assert set(xcb.USUALLY_MISSING) <= set(xcb.XCB_LIBRARIES)


def test_the_table_covers_what_the_installed_plugin_needs():
    """Every library PySide6's xcb plugin needs is in the table or one QtGui needs too
    (whose absence stops ``import PySide6.QtGui`` with its own message)."""
    spec = pytest.importorskip("PySide6")
    qt = Path(spec.__file__).parent / "Qt"
    plugin, qpa = qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"
    if not plugin.is_file() or not qpa.is_file():
        pytest.skip("not a Linux PySide6 wheel")

    def needed(lib: Path) -> set[str]:
        # DT_NEEDED names are NUL-terminated sonames in the dynamic string table.
        return {m.decode() for m in re.findall(rb"(?<=\x00)lib[\w.+-]+\.so(?:\.\d+)+(?=\x00)", lib.read_bytes())}

    gui = needed(qt / "lib" / "libQt6Gui.so.6") | needed(qt / "lib" / "libQt6Core.so.6")
    wanted = {s for s in needed(plugin) | needed(qpa) if not s.startswith("libQt6")} - gui
    assert "libxcb-icccm.so.4" in wanted  # the reading works
    assert wanted - {"libstdc++.so.6", "libgcc_s.so.1"} <= set(xcb.XCB_LIBRARIES), wanted - set(xcb.XCB_LIBRARIES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's dlopen messages")
def test_a_library_that_dlopen_cannot_find_is_missing_a_present_one_is_not():
    assert xcb.loadable("libc.so.6")
    assert not xcb.loadable("libdlviz-no-such-library.so.7")


def _missing(monkeypatch, *sonames):
    monkeypatch.setattr(xcb, "loadable", lambda s: s not in sonames)


def test_one_line_names_every_missing_package(monkeypatch):
    _missing(monkeypatch, "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    monkeypatch.setattr(xcb, "distro_family", lambda: "debian")
    line = xcb.problem(X11, "linux")
    assert "\n" not in line
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in line
    for soname in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        assert soname in line
    monkeypatch.setattr(xcb, "distro_family", lambda: "fedora")
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" in xcb.problem(X11, "linux")
    monkeypatch.setattr(xcb, "distro_family", lambda: "arch")
    assert "sudo pacman -S xcb-util-cursor xcb-util-wm xcb-util-keysyms" in xcb.problem(X11, "linux")


def test_an_unknown_distribution_gets_every_family_s_packages(monkeypatch):
    _missing(monkeypatch, "libxcb-icccm.so.4", "libxcb-shm.so.0", "libxcb-sync.so.1")
    monkeypatch.setattr(xcb, "distro_family", lambda: None)
    line = xcb.problem(X11, "linux")
    assert "Debian/Ubuntu: sudo apt install libxcb-icccm4 libxcb-shm0 libxcb-sync1" in line
    assert "Fedora: sudo dnf install xcb-util-wm libxcb;" in line  # libxcb once for both of its libraries
    assert "Arch: sudo pacman -S xcb-util-wm libxcb " in line


def test_nothing_missing_or_not_xcb_is_no_problem(monkeypatch):
    _missing(monkeypatch)
    assert xcb.problem(X11, "linux") == ""
    _missing(monkeypatch, "libxcb-cursor.so.0")
    assert xcb.problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert xcb.problem({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux") == ""


@pytest.mark.parametrize("text, family", [
    ('ID=ubuntu\nID_LIKE=debian\n', "debian"),
    ('ID=debian\n', "debian"),
    ('ID="linuxmint"\nID_LIKE="ubuntu debian"\n', "debian"),
    ('ID=fedora\n', "fedora"),
    ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', "fedora"),
    ('ID=arch\n', "arch"),
    ('ID=manjaro\nID_LIKE=arch\n', "arch"),
    ('ID=gentoo\n', None),
])
def test_distribution_family(tmp_path, text, family):
    f = tmp_path / "os-release"
    f.write_text(text, encoding="utf-8")
    assert xcb.distro_family(str(f)) == family
    assert xcb.distro_family(str(tmp_path / "missing")) is None


def test_dlviz_exits_2_with_one_line_and_never_makes_the_qapplication(tmp_path):
    """In a fresh process with an X11 display and the lookup saying three libraries
    are missing: rc 2, one line naming them, and Qt's GUI modules never loaded."""
    code = """
import sys
from dlviz.ui import xcb
xcb.loadable = lambda s: s not in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
xcb.distro_family = lambda: "debian"
from dlviz.cli import main
rc = main([])
assert not [m for m in sys.modules if m.startswith("PySide6")], "Qt was loaded"
sys.exit(rc)
"""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env["DISPLAY"] = ":77"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env,
                          cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith("dlviz: error: ")
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in lines[0]
    assert proc.stdout == ""


def test_run_app_returns_2_before_the_qapplication(monkeypatch, capsys):
    """In this process (a QApplication may exist already from other tests): run_app
    stops before application() is called."""
    from dlviz.ui import app

    monkeypatch.setattr(app, "application", lambda: pytest.fail("the QApplication was made"))
    monkeypatch.setattr(xcb, "loadable", lambda s: s != "libxcb-cursor.so.0")
    monkeypatch.setattr(xcb, "distro_family", lambda: "arch")
    for var in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("DISPLAY", ":77")
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.run_app() == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.count("\n") == 1
    assert "libxcb-cursor.so.0" in out.err and "sudo pacman -S xcb-util-cursor" in out.err


def test_the_readme_lists_the_packages_for_each_distribution():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    for family in xcb.DISTROS:
        assert xcb.install_hint(xcb.USUALLY_MISSING, family) + "  # " in quickstart, family
