"""The image datasets of the registry (digits, shapes), their features and defaults."""

import numpy as np
import pytest

from dlviz.config import Config, ConfigError, cli_epochs
from dlviz.data import (DATASETS, FEATURES, features_of_kind, image_feature_labels, make_dataset, make_features,
                        make_image_features)
from dlviz.data.images import load_digits


def test_digits_and_shapes_are_registry_entries_of_image_kind():
    for name, shape, k in (("digits", (8, 8), 10), ("shapes", (16, 16), 3)):
        ds = make_dataset(name, 300, 0.0, 2, seed=1)
        assert ds.kind == "image" and ds.image_shape == shape and ds.n_classes == k
        assert ds.X.shape == (300, shape[0] * shape[1]) and ds.X.min() >= 0.0 and ds.X.max() <= 1.0
        assert set(np.unique(ds.y).tolist()) == set(range(k))
        assert Config(dataset=name).n_classes == k  # (not the 2 of a set without ``classes``)
        assert name in DATASETS and DATASETS[name].doc.endswith(".")


def test_digits_samples_keep_the_class_shares_and_all_digits_come_at_most():
    small = make_dataset("digits", 500, 0.0, 2, seed=3)
    counts = np.bincount(small.y, minlength=10)
    full = np.bincount(load_digits().y)
    assert counts.sum() == 500 and np.all(np.abs(counts - full * 500 / 1797) < 1)
    every = make_dataset("digits", 100_000, 0.0, 2, seed=3)
    assert len(every) == 1797
    # Every bundled image once: the same multiset of rows as load_digits().
    ref = load_digits()
    key = lambda X: sorted(map(bytes, (X * 16).round().astype(np.uint8)))  # noqa: E731
    assert key(every.X) == key(ref.X)


def test_noise_adds_pixel_noise_and_the_seed_decides_everything():
    clean = make_dataset("digits", 1797, 0.0, 2, seed=0)
    noisy = make_dataset("digits", 1797, 0.3, 2, seed=0)
    assert np.array_equal(clean.y, noisy.y)  # same images in the same order
    diff = noisy.X - clean.X
    assert 0.1 < np.abs(diff).mean() < 0.3
    a, b = make_dataset("shapes", 200, 0.2, 2, seed=5), make_dataset("shapes", 200, 0.2, 2, seed=5)
    assert a.X.tobytes() == b.X.tobytes() and a.y.tobytes() == b.y.tobytes()
    assert not np.array_equal(a.X, make_dataset("shapes", 200, 0.2, 2, seed=6).X)


def test_shapes_are_one_shape_each_inside_the_image():
    ds = make_dataset("shapes", 600, 0.0, 2, seed=2)
    images = ds.X.reshape(-1, 16, 16)
    ink = images.sum(axis=(1, 2))
    assert ink.min() > 10  # at least a 2.5-pixel shape's worth
    assert np.bincount(ds.y).tolist() == [200, 200, 200]
    # Squares fill their bounding box; triangles about half of it; circles pi/4.
    box = [(im > 0.5).sum() / max(1, np.ptp(np.nonzero(im > 0.5)[0]) + 1) / max(1, np.ptp(np.nonzero(im > 0.5)[1]) + 1)
           for im in images]
    fill = {k: np.median(np.array(box)[ds.y == k]) for k in range(3)}
    assert fill[1] > fill[0] > fill[2]
    assert ds.class_names == ("circle", "square", "triangle")


def test_image_features_ink_per_row_and_column():
    ds = make_dataset("digits", 50, 0.0, 2, seed=0)
    X = make_image_features(ds.X, ("rows", "cols"), ds.image_shape, dtype=np.float64)
    im = ds.X.reshape(-1, 8, 8)
    assert X.shape == (50, 16)
    assert np.allclose(X[:, :8], im.mean(axis=2)) and np.allclose(X[:, 8:], im.mean(axis=1))
    assert np.array_equal(make_image_features(ds.X, "pixels", (8, 8), dtype=np.float64), ds.X)
    assert image_feature_labels(("pixels", "rows"), (2, 3)) == ("(1,1)", "(1,2)", "(1,3)", "(2,1)", "(2,2)", "(2,3)",
                                                                "r1", "r2")
    with pytest.raises(ValueError, match="2-D points"):
        make_image_features(ds.X, ("x1",), (8, 8))
    with pytest.raises(ValueError, match="images"):
        make_features(np.zeros((3, 2)), ("pixels",))
    assert set(features_of_kind("image")) == {"pixels", "rows", "cols"}
    assert set(features_of_kind("points")) | set(features_of_kind("image")) == set(FEATURES)


def test_picking_an_image_set_brings_its_defaults_unless_the_user_set_them():
    base = Config()
    digits = base.replace(dataset="digits")
    assert (digits.features, digits.hidden, digits.lr, digits.samples, digits.noise) == (("pixels",), (64,), 0.003,
                                                                                          1797, 0.0)
    assert Config(dataset="digits") == digits == Config.from_dict({"dataset": "digits"})
    # A value the user changed is kept; going back restores the general defaults.
    mine = base.replace(lr=0.05, hidden=(32,)).replace(dataset="digits")
    assert (mine.lr, mine.hidden, mine.features) == (0.05, (32,), ("pixels",))
    assert digits.replace(dataset="spiral") == base
    # Features named with the image set are kept; point features for images are an error.
    assert Config.from_dict({"dataset": "digits", "features": "rows,cols", "hidden": ""}).features == ("rows", "cols")
    with pytest.raises(ConfigError, match="2-D points"):
        Config.from_dict({"dataset": "digits", "features": "x1,x2"})
    with pytest.raises(ConfigError, match="images"):
        Config(features=("pixels",))
    assert cli_epochs(digits) == 30 and cli_epochs(base) is None


def test_image_folder_and_image_size_are_config_keys():
    c = Config().replace(image_folder="/some/where")
    assert c.data_kind == "image" and c.features == ("pixels",) and c.image_size == 16
    with pytest.raises(ConfigError, match="image_size"):
        c.replace(image_size=30)
    with pytest.raises(ConfigError, match="not both"):
        c.replace(csv="a.csv")
    assert Config.from_dict(c.to_dict()) == c
