"""The engine, data, config, training and CLI modules import no Qt (they run headless),
and the packages import only downwards (import-linter's contracts in pyproject.toml)."""

import json
import subprocess
import sys

MODULES = ["dlviz.common.registry", "dlviz.engine", "dlviz.data", "dlviz.config", "dlviz.training.trainer",
           "dlviz.training.session", "dlviz.training.frames", "dlviz.cli"]

CODE = f"""
import json, sys
for m in {MODULES!r}:
    __import__(m)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "superqt", "shiboken6", "PyQt5", "PyQt6"))
print(json.dumps({{"qt": qt, "loaded": [m for m in {MODULES!r} if m in sys.modules]}}))
"""


def test_headless_modules_import_no_qt():
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["loaded"] == MODULES
    assert out["qt"] == []
    assert "PySide6" not in proc.stdout and "pyqtgraph" not in proc.stdout


def test_headless_training_imports_no_qt():
    code = (
        "import sys\n"
        "from dlviz.cli import main\n"
        "rc = main(['train', '--samples', '40', '--epochs', '1', '--json'])\n"
        "assert rc == 0\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "print('QT:' + ','.join(bad))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "QT:"


def test_import_contracts_hold():
    """lint-imports checks the layers (ui > training > config > engine | data > common)
    and that nothing below the window imports Qt."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                           "lint_imports_command()"], capture_output=True, text=True, timeout=120, cwd=root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def test_engine_never_sees_config():
    from pathlib import Path

    engine = Path(__file__).resolve().parents[1] / "dlviz" / "engine"
    import re

    pattern = re.compile(r"from \.\.config|dlviz\.config|\bConfig\b")
    offenders = [p.name for p in engine.glob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
