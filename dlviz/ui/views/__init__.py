"""The views: one widget per concept, each fed with Frames.

Every view has ``set_run(info)`` (once per run: rebuilds what depends on the run)
and ``update_frame(frame)`` (up to 30 times a second: only setData/setImage).
"""

from .activation import ActivationView
from .decision import DecisionView
from .dropout import DropoutView
from .gradient import GradientView
from .health import HealthView
from .loss import LossView
from .network import NetworkView
from .weights import WeightsView

__all__ = ["ActivationView", "DecisionView", "DropoutView", "GradientView", "HealthView", "LossView",
           "NetworkView", "WeightsView"]
