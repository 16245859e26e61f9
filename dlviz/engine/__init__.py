"""The NumPy training engine. Imports no Qt: it runs in scripts, notebooks and the
GUI's training process alike."""

from .activations import ACTIVATIONS, Activation, get_activation
from .losses import cross_entropy, log_softmax, softmax
from .network import INITS, MAX_HIDDEN_LAYERS, MAX_UNITS, MLP
from .optimizers import OPTIMIZERS, Optimizer, make_optimizer
from .schedules import SCHEDULES, make_schedule

__all__ = [
    "ACTIVATIONS", "Activation", "get_activation", "cross_entropy", "log_softmax", "softmax",
    "INITS", "MAX_HIDDEN_LAYERS", "MAX_UNITS", "MLP", "OPTIMIZERS", "Optimizer", "make_optimizer",
    "SCHEDULES", "make_schedule", "Trainer", "Diagnostics", "dataset_for",
]


def __getattr__(name):
    # The trainer needs Config and the data package, which import the engine's
    # registries: load it lazily to keep the import graph acyclic.
    if name in ("Trainer", "Diagnostics", "dataset_for"):
        from . import trainer

        return getattr(trainer, name)
    raise AttributeError(name)
