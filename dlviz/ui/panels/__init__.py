"""The hyperparameter panels: controls bound to Config keys."""

from .control_panel import ControlPanel

__all__ = ["ControlPanel"]
