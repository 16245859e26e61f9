"""Issue 20 item 5: one way to run background work.

- The GUI process's threads are superqt workers; the training process and its
  pipes are driven by ui/worker.py alone.
- The headless runners and the Recorder live in dlviz.training (Qt-free); the
  command line only parses and prints.
(The LR finder's run in the training process: tests/ui/test_lab_lr_finder.py.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "dlviz" / "ui"


def _calls(tree: ast.AST) -> set[str]:
    """Names of everything called, and of every base class (``threading.Thread(...)`` -> "Thread")."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            targets = [node.func]
        else:
            targets = list(node.bases) if isinstance(node, ast.ClassDef) else []
        for f in targets:
            names.add(f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", ""))
    return names


def test_the_gui_starts_threads_only_through_superqt_workers():
    handmade = {"Thread", "QThread", "QRunnable", "ThreadPoolExecutor", "Timer"}
    found = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name == "worker.py":  # the training process's driver and its pipe threads
            continue
        hits = _calls(ast.parse(path.read_text(encoding="utf-8"))) & handmade
        if hits:
            found[str(path.relative_to(ROOT))] = sorted(hits)
    assert found == {}
    # The ones that ran hand-made threads now use superqt's create_worker.
    for name in ("lessons.py", "lab/sweep.py", "csv_loading.py"):
        assert "create_worker" in _calls(ast.parse((UI / name).read_text(encoding="utf-8"))), name


def test_the_cli_has_no_runner_of_its_own():
    tree = ast.parse((ROOT / "dlviz" / "cli.py").read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.ImportFrom):
            names |= {a.name for a in node.names}
    # What trains, records, checks or saves lives in dlviz.training.headless.
    runner_parts = {"Trainer", "run_epoch", "limit_blas_threads", "find_lr", "Recorder", "check_expectations",
                    "load_experiment", "SavedRun", "history_csv", "apply_live", "_run_to_end"}
    assert names & runner_parts == set()
    imported = {(node.module, a.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                for a in node.names}
    assert ("training", "headless") in imported
    from dlviz.training import headless

    used = {n for n in names if callable(getattr(headless, n, None)) and getattr(headless, n).__module__ ==
            headless.__name__}
    assert used >= {"blas_limited", "new_runs", "lesson_runs", "resumed_runs", "train", "train_runs", "save_runs",
                    "write_history", "lr_find", "stop_on_signals"}


def test_headless_runs_and_the_recorder_are_qt_free_and_record_every_epoch():
    code = ("import sys\nfrom dlviz.training import headless, recorder\n"
            "from dlviz.config import Config\n"
            "runs = headless.new_runs(Config(samples=60, epochs=3, hidden=(4,)))\n"
            "summary, rec = headless.train(runs[0][1], record=True)\n"
            "assert summary['epochs'] == 3 and rec.acc.last.epoch == 3, summary\n"
            "assert len(rec.acc.cols['train_loss'].view()) == 3\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'superqt'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_the_window_s_export_draws_from_the_training_recorder():
    from dlviz.training.recorder import Recorder
    from dlviz.ui import export

    assert export.Recorder is Recorder


def test_a_comparison_trains_each_run_and_reports_it_as_it_ends():
    from dlviz.config import Config
    from dlviz.training import headless

    runs = headless.new_runs(Config(samples=60, epochs=2, hidden=(4,)), compare={"lr": ["0.01", "0.1"]})
    seen = []
    results = headless.train_runs(runs, on_result=lambda r: seen.append((r["label"], runs[len(seen)][1].finished)))
    assert [r["label"] for r in results] == [label for label, _ in runs] == [s[0] for s in seen]
    assert all(done for _, done in seen)  # each reported once trained
    assert [r["config"]["lr"] for r in results] == [0.01, 0.1]
    np.testing.assert_array_equal([r["epochs"] for r in results], [2, 2])
