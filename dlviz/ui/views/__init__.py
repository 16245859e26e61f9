"""The views: one widget per concept, each fed with Frames.

Every view takes run data only through ``update_frame(frame)`` (up to 30 times a second):
a frame of a new run (``frame.info`` changed) rebuilds what depends on the run,
the others only setData/setImage. The live config is ``frame.config``.
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
