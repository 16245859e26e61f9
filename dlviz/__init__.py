"""dlviz: train a small neural network on 2-D data and watch it learn."""

__version__ = "0.1.0"
