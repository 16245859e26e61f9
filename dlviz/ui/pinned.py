"""The pinned runs ("ghosts"): the runs kept to compare the next ones with, decided
without a widget. The window shows them (:mod:`.runs`); this unit keeps them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..config import ConfigError
from ..training import ghosts as ghost_runs
from ..training.compare import check_axis
from .i18n import explain


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunController", text)  # (the context these strings always had)


class PinnedRuns(QObject):
    """The pinned runs of a window's RunController ``run``, oldest first."""

    ghosts_changed = Signal(object)  # tuple of the pinned runs (training.ghosts.Ghost)
    notice = Signal(str)  # a passing message for the status bar

    def __init__(self, run, parent: QObject | None = None):
        super().__init__(parent)
        self.run = run
        self.ghosts: tuple = ()

    def pin(self, name: str | None = None) -> bool:
        """Keep the current (in a comparison: the focused) run as a ghost."""
        run = self.run
        frame = run.frame
        if frame is None or frame.run_id != run.run_id:  # (a new run's first frame is on its way)
            self.notice.emit(QCoreApplication.translate("RunController", "Nothing to pin yet: the run has no frame."))
            return False
        if frame.grid is None:  # (a pinned run is drawn as decision regions over the plane)
            self.notice.emit(QCoreApplication.translate("RunController", "Only runs on 2-D points can be pinned: images have no plane of regions."))
            return False
        if len(self.ghosts) >= ghost_runs.MAX_GHOSTS:
            self.notice.emit(QCoreApplication.translate("RunController", "At most {n} pinned runs: remove one first.").format(n=ghost_runs.MAX_GHOSTS))
            return False
        self.set_ghosts((*self.ghosts, ghost_runs.from_frame(frame, name or run.run_label())))
        return True

    def rename_ghost(self, i: int, name: str) -> None:
        name = name.strip()
        if 0 <= i < len(self.ghosts) and name:
            self.set_ghosts(tuple(g.renamed(name) if j == i else g for j, g in enumerate(self.ghosts)))

    def show_ghost(self, i: int, visible: bool) -> None:
        if 0 <= i < len(self.ghosts):
            self.set_ghosts(tuple(g.shown(visible) if j == i else g for j, g in enumerate(self.ghosts)))

    def remove_ghost(self, i: int) -> None:
        if 0 <= i < len(self.ghosts):
            self.set_ghosts(tuple(g for j, g in enumerate(self.ghosts) if j != i))

    def set_ghosts(self, ghosts) -> None:
        """Replace the pinned runs (an opened experiment's)."""
        self.ghosts = tuple(ghosts)
        self.ghosts_changed.emit(self.ghosts)

    def compare_with_ghost(self, i: int) -> bool:
        """Train the pinned run's settings again beside the current ones: a comparison
        over the one or two keys in which they differ (False and a notice if that is
        not a comparison: the same settings, or more than two keys apart)."""
        if not 0 <= i < len(self.ghosts):
            return False
        then, now = self.ghosts[i].config, self.run.config
        changed, _ = now.live_changes(then)
        changed.pop("epochs", None)  # the budget is not a setting to compare
        if "hidden" in changed:
            del changed["hidden"]
            for key in ("hidden_layers", "neurons"):
                a, b = getattr(then, key, None), getattr(now, key, None)
                if a != b:
                    changed[key] = a
        if not changed:
            self.notice.emit(QCoreApplication.translate("RunController", "The pinned run has the current settings: press Reset to train it again."))
            return False
        if len(changed) > 2:
            self.notice.emit(QCoreApplication.translate("RunController", "The pinned run differs in {keys}: a comparison varies one or two settings.").format(
                keys=", ".join(sorted(changed))))
            return False
        try:
            axes = dict(check_axis(k, (getattr(then, k), getattr(now, k))) for k in changed)
        except ConfigError as e:
            self.notice.emit(explain(e))
            return False
        return self.run.start_compare(axes)
