"""Data for dlviz: toy datasets, CSV loading and hand-made input features.

NumPy and the standard library only: nothing here imports Qt.
"""

from .csv_loader import DataError, LoadCancelled, load_csv
from .datasets import (DATASETS, MAX_CLASSES, Dataset, dataset_defaults, dataset_kind, fixed_classes, make_dataset,
                       task_of, train_val_split, uses_classes)
from . import images  # noqa: F401  (registers the image datasets, digits and shapes)
from .features import (
    DEFAULT_FEATURES,
    DEFAULT_IMAGE_FEATURES,
    FEATURES,
    features_of_kind,
    image_feature_labels,
    make_image_features,
    grid_points,
    make_features,
    normalize,
    parse_features,
)

__all__ = [
    "DATASETS",
    "DEFAULT_FEATURES",
    "DEFAULT_IMAGE_FEATURES",
    "FEATURES",
    "MAX_CLASSES",
    "DataError",
    "Dataset",
    "dataset_defaults",
    "dataset_kind",
    "fixed_classes",
    "LoadCancelled",
    "features_of_kind",
    "grid_points",
    "image_feature_labels",
    "make_image_features",
    "load_csv",
    "make_dataset",
    "make_features",
    "normalize",
    "parse_features",
    "task_of",
    "train_val_split",
    "uses_classes",
]
