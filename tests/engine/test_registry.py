"""Every registered name trains one step through Trainer(Config(...)); unknown
names are refused with the choices listed. Parametrised over the registries
themselves, so a new entry is covered without touching this file."""

import math

import numpy as np
import pytest

from dlviz.config import Config, ConfigError
from dlviz.data import DATASETS, FEATURES, features_of_kind, make_dataset
from dlviz.engine import ACTIVATIONS, INITS, MLP, OPTIMIZERS, SCHEDULES, get_activation, make_optimizer, make_schedule
from dlviz.training.trainer import Trainer

BASE = Config(samples=60, hidden=(6, 5), batch_size=16, epochs=2)


def _one_step(config):
    t = Trainer(config)
    assert t.run(1) == 1
    assert t.step == 1 and not t.diverged
    loss = t.history.step_loss.view()
    assert loss.shape == (1,) and math.isfinite(loss[0]) and loss[0] > 0
    assert np.isfinite(t.net.flat).all()
    if t.has_plane:
        assert np.isfinite(t.predict_grid(5)).all()
    else:  # images: an evaluation instead of a grid
        assert np.isfinite(t.evaluation().proba).all()
    return t


REGISTRY_KEYS = [("activation", ACTIVATIONS), ("optimizer", OPTIMIZERS), ("schedule", SCHEDULES),
                 ("init", INITS), ("dataset", DATASETS)]
ENTRIES = [(key, name) for key, reg in REGISTRY_KEYS for name in reg]


@pytest.mark.parametrize("key,name", ENTRIES, ids=[f"{k}={n}" for k, n in ENTRIES])
def test_every_entry_round_trips_by_name(key, name):
    """String names must not rot (numpy-ml's lesson): every entry's name, and each of
    its options at a non-default value, survives Config -> JSON -> Config and the CLI."""
    import json

    from dlviz.cli import build_parser, config_from_args, flag

    reg = dict(REGISTRY_KEYS)[key]
    entry = reg[name]
    assert entry.name == name and entry.label and entry.doc and callable(entry.factory)
    opts = {o.key: (o.lo + o.hi) / 2 if not o.integer else int(o.lo + 1) for o in entry.options}
    c = Config(**{key: name}, **opts)
    assert getattr(c, key) == name and c.options_for(key) == pytest.approx(opts)
    assert Config.from_dict(json.loads(json.dumps(c.to_dict()))) == c
    argv = ["train", flag(key), name] + [x for k, v in opts.items() for x in (flag(k), str(v))]
    assert config_from_args(build_parser().parse_args(argv)).options_for(key) == pytest.approx(opts)


def test_options_reach_what_they_configure():
    t = Trainer(BASE.replace(activation="leaky_relu", leaky_slope=0.3, optimizer="momentum", momentum=0.5))
    assert t.net.activation.slope == 0.3 and t.opt.momentum == 0.5
    t = Trainer(BASE.replace(optimizer="adam", beta1=0.8, beta2=0.99, activation="elu", elu_alpha=0.5))
    assert (t.opt.beta1, t.opt.beta2) == (0.8, 0.99) and t.net.activation.alpha == 0.5


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_every_activation_trains(name):
    t = _one_step(BASE.replace(activation=name))
    assert t.net.activation.name == name


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_every_optimizer_trains(name):
    t = _one_step(BASE.replace(optimizer=name, weight_decay=0.01))
    assert t.opt.name == name
    before = t.net.flat.copy()
    t.run(1)
    assert not np.array_equal(before, t.net.flat)  # it does update the weights


@pytest.mark.parametrize("name", list(SCHEDULES))
def test_every_schedule_trains(name):
    t = _one_step(BASE.replace(schedule=name))
    assert 0 < t.opt.lr <= BASE.lr * (1 + 1e-9)
    t.run(10**9)
    assert t.finished and np.isfinite(t.history.lr.view()).all()


@pytest.mark.parametrize("name", list(INITS))
def test_every_init_trains(name):
    t = _one_step(BASE.replace(init=name))
    W = np.concatenate([w.ravel() for w in t.net.weights])
    if name != "zeros":
        assert np.std(W) > 0


def test_zeros_init_starts_at_zero():
    t = Trainer(BASE.replace(init="zeros"))
    assert not t.net.flat.any()


@pytest.mark.parametrize("name", list(DATASETS))
def test_every_dataset_trains(name):
    t = _one_step(BASE.replace(dataset=name))
    assert t.net.sizes[-1] == BASE.replace(dataset=name).n_classes == t.dataset.n_classes


@pytest.mark.parametrize("name", list(FEATURES))
def test_every_feature_trains(name):
    if FEATURES[name].kind == "image":  # an image feature gives a column per pixel, row or column
        t = _one_step(BASE.replace(dataset="digits", samples=100, features=(name,)))
        assert t.net.sizes[0] == {"pixels": 64, "rows": 8, "cols": 8}[name]
        return
    t = _one_step(BASE.replace(features=(name,)))
    assert t.net.sizes[0] == 1


def test_all_features_at_once():
    points = features_of_kind("points")
    t = _one_step(BASE.replace(features=points))
    assert t.net.sizes[0] == len(points)


# -- unknown names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key,registry",
    [("activation", ACTIVATIONS), ("optimizer", OPTIMIZERS), ("schedule", SCHEDULES), ("init", INITS),
     ("dataset", DATASETS)],
)
def test_config_refuses_unknown_names_listing_choices(key, registry):
    for make in (lambda: Config(**{key: "no_such_thing"}), lambda: Config.from_dict({key: "no_such_thing"})):
        with pytest.raises(ConfigError) as info:
            make()
        msg = str(info.value)
        assert key in msg and "no_such_thing" in msg
        for name in registry:
            assert name in msg


def test_config_error_is_a_value_error():
    assert issubclass(ConfigError, ValueError)


@pytest.mark.parametrize(
    "call,registry",
    [
        (lambda: get_activation("no_such_thing"), ACTIVATIONS),
        (lambda: make_optimizer("no_such_thing"), OPTIMIZERS),
        (lambda: make_schedule("no_such_thing", 0.1), SCHEDULES),
        (lambda: MLP([2, 3, 2], init="no_such_thing"), INITS),
        (lambda: MLP([2, 3, 2], activation="no_such_thing"), ACTIVATIONS),
        (lambda: make_dataset("no_such_thing"), DATASETS),
    ],
    ids=["activation", "optimizer", "schedule", "init", "mlp-activation", "dataset"],
)
def test_engine_refuses_unknown_names_listing_choices(call, registry):
    with pytest.raises(ValueError) as info:
        call()
    msg = str(info.value)
    assert "no_such_thing" in msg
    for name in registry:
        assert name in msg
