"""dlviz: train a small neural network on 2-D data and watch it learn."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dlviz")
except PackageNotFoundError:  # pragma: no cover - running from a tree that was never installed
    __version__ = "0+unknown"
