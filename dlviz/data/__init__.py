"""Data for dlviz: toy datasets, CSV loading and hand-made input features.

NumPy and the standard library only: nothing here imports Qt.
"""

from .csv_loader import DataError, LoadCancelled, load_csv
from .datasets import DATASETS, MAX_CLASSES, Dataset, make_dataset, task_of, train_val_split, uses_classes
from .features import (
    DEFAULT_FEATURES,
    FEATURES,
    grid_points,
    make_features,
    normalize,
    parse_features,
)

__all__ = [
    "DATASETS",
    "DEFAULT_FEATURES",
    "FEATURES",
    "MAX_CLASSES",
    "DataError",
    "Dataset",
    "LoadCancelled",
    "grid_points",
    "load_csv",
    "make_dataset",
    "make_features",
    "normalize",
    "parse_features",
    "task_of",
    "train_val_split",
    "uses_classes",
]
