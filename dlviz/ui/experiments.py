"""Experiment files (``.dlviz``): save every run, pinned run and the view state; open
them again, paused where they were. Decided without a widget (the window's File menu
and drag-and-drop call it: :mod:`.runs`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..config import Config, ConfigError
from ..training.compare import variants
from ..training.experiment import ExperimentError, load_experiment
from .i18n import explain


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunController", text)  # (the context these strings always had)


class ExperimentFiles(QObject):
    """Saves and opens the runs of RunController ``run`` with the pinned runs of ``pinned``."""

    saved = Signal(str, str)  # an experiment file: its path, and why it was not written ("" if it was)
    opened = Signal(str, object)  # an experiment file was opened: its path and the window state it holds
    open_failed = Signal(str)  # why an experiment file could not be opened (nothing changed)
    notice = Signal(str)  # a passing message for the status bar

    def __init__(self, run, pinned, parent: QObject | None = None):
        super().__init__(parent)
        self.run, self.pinned = run, pinned
        run.saved.connect(self.saved)  # the training process wrote the file (or says why not)

    def save_experiment(self, path: str | Path, window: dict | None = None) -> bool:
        """Write every run (of a comparison: each of them), the pinned runs and
        ``window`` (the window's view state) to ``path``; ``saved`` tells the end."""
        if not self.run.can_save:
            self.notice.emit(QCoreApplication.translate("RunController", "Nothing to save: no run is training."))
            return False
        self.run.save_runs(str(path), window or {}, self.pinned.ghosts)
        return True

    def open_experiment(self, path: str | Path) -> bool:
        """Replace the runs with those of an experiment file, paused where they were
        saved (Play goes on exactly as if never saved), with its pinned runs. A bad
        file changes nothing: ``open_failed`` says what is wrong."""
        try:
            exp = load_experiment(path)
            window = exp.window
            base = Config.from_dict(window["base"]) if isinstance(window.get("base"), dict) \
                else exp.runs[0].trainer.config
            axes = window.get("compare") or {}
            if len(exp.runs) > 1 and axes:
                labels = [label for label, _ in variants(base, axes)]
                if labels != [r.label for r in exp.runs]:
                    axes = {}  # runs saved otherwise: shown side by side, not restarted as a comparison
        except ExperimentError as e:
            self.open_failed.emit(explain(e))
            return False
        except (ConfigError, TypeError, AttributeError, ValueError) as e:
            self.open_failed.emit(QCoreApplication.translate("RunController", "{path}: window.json does not fit its runs ({e})").format(path=path, e=explain(e)))
            return False
        self.pinned.set_ghosts(tuple(exp.ghosts))
        self.run.adopt_runs(base, [(r.label, r.trainer) for r in exp.runs], axes, window.get("focus", 0))
        self.opened.emit(str(path), window)
        return True
