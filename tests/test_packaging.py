"""Packaging: one version, the licence, and resources/ holding what pyproject.toml
says it installs, found by an installed dlviz."""

import configparser
import fnmatch
import json
import subprocess
import sys
from importlib.metadata import metadata, version
from pathlib import Path

import pytest

import dlviz

ROOT = Path(__file__).resolve().parents[1]
tomllib = pytest.importorskip("tomllib" if sys.version_info >= (3, 11) else "tomli")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def test_version_lives_in_pyproject_only():
    assert dlviz.__version__ == version("dlviz") == PYPROJECT["project"]["version"]
    assert PYPROJECT["project"]["version"] not in (ROOT / "dlviz" / "__init__.py").read_text(encoding="utf-8")


def test_spdx_licence_and_its_file():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert metadata("dlviz")["License-Expression"] == "MIT"
    assert set(project["urls"]) >= {"Homepage", "Source", "Issues"}
    assert not any(c.startswith("License") for c in project["classifiers"])  # PEP 639: the expression says it
    assert "Programming Language :: Python :: 3" in project["classifiers"]


def test_every_package_is_listed():
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "dlviz").rglob("__init__.py")}
    assert set(SETUPTOOLS["packages"]) == on_disk | {"dlviz.resources"}
    assert SETUPTOOLS["package-dir"] == {"dlviz.resources": "resources"}


def test_resources_hold_what_pyproject_claims():
    globs = SETUPTOOLS["package-data"]["dlviz.resources"]
    res = ROOT / "resources"
    # screenshots/ holds the README's pictures: the repository's, not the app's.
    files = {p.relative_to(res).as_posix() for p in res.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"
             and p.relative_to(res).parts[0] != "screenshots"}
    for g in globs:
        assert fnmatch.filter(files, g), f"pyproject claims resources/{g}, there is none"
    unclaimed = {f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)}
    assert not unclaimed, f"resources/ files pyproject does not install: {unclaimed}"
    assert {"icons/dlviz.svg", "icons/dlviz.png", "dlviz.desktop"} <= files
    assert fnmatch.filter(files, "examples/*.csv")


def test_installed_dlviz_finds_its_resources(tmp_path):
    """Away from the checkout (cwd elsewhere), through the installed package."""
    code = ("import json, importlib.resources as r; f = r.files('dlviz.resources'); "
            "print(json.dumps(sorted(p.relative_to(f).as_posix() for p in __import__('pathlib').Path(str(f)).rglob('*')"
            " if p.is_file() and '__pycache__' not in p.parts)))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    found = set(json.loads(proc.stdout))
    assert {"icons/dlviz.svg", "icons/dlviz.png", "dlviz.desktop", "examples/moons.csv",
            "examples/spiral3.csv"} <= found


def test_example_csvs_load():
    from dlviz.data import load_csv

    moons = load_csv(ROOT / "resources" / "examples" / "moons.csv")
    spiral = load_csv(ROOT / "resources" / "examples" / "spiral3.csv")
    assert moons.n_classes == 2 and len(moons.y) == 300
    assert spiral.n_classes == 3 and len(spiral.y) == 450


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "dlviz.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"] == "dlviz" and d["Icon"] == "dlviz"
    assert d["Terminal"] == "false" and d["Categories"].endswith(";")
    assert PYPROJECT["project"]["scripts"]["dlviz"] == "dlviz.cli:main"


def test_icons_are_images():
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ROOT / "resources" / "icons" / "dlviz.svg")).isValid()
    png = QImage(str(ROOT / "resources" / "icons" / "dlviz.png"))
    assert (png.width(), png.height()) == (256, 256)
