"""The bundled digits and the Dataset kinds beyond 2-D points."""

import hashlib

import numpy as np
import pytest

from dlviz.data import Dataset, train_val_split
from dlviz.data.images import DIGITS_SHA256, digits_arrays, load_digits


def test_the_bundled_digits_match_their_checksum_and_the_uci_set():
    images, labels = digits_arrays()
    assert images.shape == (1797, 8, 8) and labels.shape == (1797,)
    assert hashlib.sha256(images.tobytes() + labels.tobytes()).hexdigest() == DIGITS_SHA256
    assert images.min() == 0 and images.max() == 16
    # The UCI test set's class sizes.
    assert np.bincount(labels).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]


def test_load_digits_is_an_image_dataset_scaled_to_unit_range():
    ds = load_digits()
    assert ds.kind == "image" and ds.image_shape == (8, 8) and ds.n_inputs == 64
    assert ds.n_classes == 10 and ds.class_names[3] == "3"
    assert ds.X.min() == 0.0 and ds.X.max() == 1.0
    # The first image is a zero: its centre column is empty paper, its sides ink.
    first = ds.X[0].reshape(8, 8)
    assert ds.y[0] == 0 and first[3:5, 3:5].sum() < first[3:5, 1:3].sum()


def test_regression_datasets_keep_float_targets_and_split_without_strata():
    x = np.linspace(-1, 1, 50)[:, None]
    ds = Dataset(X=x, y=np.sin(3 * x[:, 0]), class_names=("y",), name="sine", task="regress")
    assert ds.kind == "curve" and ds.y.dtype == np.float64
    assert abs(ds.y[10] - np.sin(3 * x[10, 0])) < 1e-12
    Xt, yt, Xv, yv = train_val_split(ds.X, ds.y, 0.2, 0)
    assert len(yv) == 10 and len(yt) == 40
    assert sorted(np.concatenate([yt, yv]).tolist()) == sorted(ds.y.tolist())


@pytest.mark.parametrize("kwargs, needle", [
    ({"X": np.zeros((4, 3)), "y": np.zeros(4), "task": "classify"}, "(n, 2)"),
    ({"X": np.zeros((4, 5)), "y": np.zeros(4), "image_shape": (2, 2)}, "(n, 4)"),
    ({"X": np.zeros((4, 3)), "y": np.zeros(4), "task": "regress"}, "(n, 1 or 2)"),
    ({"X": np.zeros((4, 1)), "y": np.array([0, 1, np.nan, 2]), "task": "regress"}, "finite"),
    ({"X": np.zeros((4, 2)), "y": np.zeros(4), "task": "cluster"}, "task"),
])
def test_datasets_of_the_wrong_shape_or_kind_are_refused_by_name(kwargs, needle):
    names = ("y",) if kwargs.get("task") == "regress" else ("a", "b")
    with pytest.raises(ValueError, match=None) as err:
        Dataset(class_names=names, name="bad", **kwargs)
    assert needle in str(err.value)
