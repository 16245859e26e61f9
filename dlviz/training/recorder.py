"""Recording a headless run the way the window sees it. Qt-free.

``dlviz train --export DIR`` trains without a window; its pictures of the
diagnostics over time need the history the training process would have sent.
A :class:`Recorder` takes that light snapshot after each epoch.
"""

from __future__ import annotations

from .frames import FrameAccumulator
from .messages import ViewRequest
from .session import Cursor, make_snapshot, run_info


class Recorder:
    """Records a headless run the way the window sees it: a light snapshot (history
    and diagnostics, no grid) after each epoch. Qt-free."""

    def __init__(self, trainer):
        self.trainer = trainer
        self.acc = FrameAccumulator(run_info(trainer, run_id=0))
        self.cursor = Cursor()

    def epoch_done(self) -> None:
        self.acc.add(make_snapshot(self.trainer, 0, "training", self.cursor, with_grid=False,
                                   view=ViewRequest(inside=False)))
