"""The views: one pyqtgraph widget per concept, each fed with Frames.

Every view has ``set_run(info)`` (once per run: rebuilds what depends on the run)
and ``update_frame(frame)`` (up to 30 times a second: only setData/setImage).
"""

from .activation import ActivationView
from .decision import DecisionView
from .dropout import DropoutView
from .loss import LossView

__all__ = ["ActivationView", "DecisionView", "DropoutView", "LossView"]
