"""The engine, data, config and CLI modules import no Qt (they run headless)."""

import json
import subprocess
import sys

MODULES = ["dlviz.engine", "dlviz.engine.trainer", "dlviz.data", "dlviz.config", "dlviz.cli"]

CODE = f"""
import json, sys
for m in {MODULES!r}:
    __import__(m)
import dlviz.engine
dlviz.engine.Trainer  # the lazily loaded names too
dlviz.engine.dataset_for
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
