"""Which view redraws when: frames come at up to 30 a second, painting them all costs more.

The decision regions are what the learner watches move: they get every frame.
The other views change slowly and cost the most to paint: while training, one
of them per turn (``SLOW_VIEWS_HZ`` redraws a second in all), so no frame pays
for all of them; hidden ones (other tabs, closed docks) not at all. When
training stops, every visible view gets the last frame, and a view that comes
on screen gets the newest at once.
"""

from __future__ import annotations

import time
from typing import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from ..training.frames import Frame, Frames
from ..training.messages import RunState

SLOW_VIEWS_HZ = 12


class FrameScheduler(QObject):
    """Takes the newest Frames, draws them on the next turn of the event loop."""

    drawn = Signal(object)  # the Frame just drawn
    slow_drawn = Signal(object)  # ... and it reached a slow view (the pace of the curves)

    def __init__(self, draw_fast: Callable[[Frame], None], slow_views: Sequence,
                 is_shown: Callable[[object], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._draw_fast = draw_fast
        self._slow = list(slow_views)
        self._is_shown = is_shown
        self.frame: Frame | None = None  # the newest frame drawn
        self._pending: Frame | None = None
        self._scheduled = False
        self._stopped = False
        self._slow_at = 0.0
        self._turn = 0  # whose turn it is among the slow views

    def add(self, view) -> None:
        """Draw ``view`` too (in its turn, while it is on screen)."""
        if view not in self._slow:
            self._slow.append(view)

    def submit(self, frames: Frames) -> None:
        """Keep the newest frame; many arriving in one turn cost one draw."""
        if self._stopped:
            return
        self._pending = frames.primary
        if not self._scheduled:
            self._scheduled = True
            # With self as the context: a turn still pending when the window is deleted never runs.
            QTimer.singleShot(0, self, self._draw)

    def stop(self) -> None:
        """The window closes: no frame is drawn any more (its views are about to be deleted)."""
        self._stopped = True
        self._pending = None

    def _draw(self) -> None:
        self._scheduled = False
        frame, self._pending = self._pending, None
        if frame is None or self._stopped:
            return
        self._draw_fast(frame)
        self.frame = frame
        visible = [v for v in self._slow if self._is_shown(v)]
        now = time.monotonic()
        slow = False
        if frame.state != RunState.TRAINING:
            for v in visible:
                v.update_frame(frame)
            slow = True
        elif visible and now - self._slow_at >= 1.0 / SLOW_VIEWS_HZ:
            self._slow_at = now
            self._turn = (self._turn + 1) % len(visible)
            visible[self._turn].update_frame(frame)
            slow = True
        self.drawn.emit(frame)
        if slow:
            self.slow_drawn.emit(frame)

    def shown(self, view) -> None:
        """``view`` came on screen: show it the newest frame now, not in its turn."""
        if self.frame is not None and view in self._slow and not self._stopped:
            view.update_frame(self.frame)

    def draw_all(self) -> None:
        """Bring every slow view, on screen or not, to the newest frame (for export)."""
        if self.frame is not None:
            for v in self._slow:
                v.update_frame(self.frame)
