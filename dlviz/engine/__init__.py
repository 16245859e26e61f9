"""The NumPy training engine: numerics only (activations, the network, losses,
optimizers, schedules, inits). Imports no Qt and never sees the app's settings: it runs in
scripts, notebooks and the GUI's training process alike."""

from .activations import ACTIVATIONS, Activation, get_activation
from .losses import cross_entropy, log_softmax, softmax
from .network import INITS, MAX_HIDDEN_LAYERS, MAX_UNITS, MLP
from .optimizers import OPTIMIZERS, Optimizer, make_optimizer
from .schedules import SCHEDULES, make_schedule

__all__ = [
    "ACTIVATIONS", "Activation", "get_activation", "cross_entropy", "log_softmax", "softmax",
    "INITS", "MAX_HIDDEN_LAYERS", "MAX_UNITS", "MLP", "OPTIMIZERS", "Optimizer", "make_optimizer",
    "SCHEDULES", "make_schedule",
]
