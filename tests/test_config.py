"""Config: validation that names the bad key, dict round trips, replace(), live changes."""

import dataclasses
import json
import math

import pytest

from dlviz.config import Config, ConfigError, config_keys, live_keys, parse_hidden

BAD = [
    ("lr", -1.0),
    ("lr", 0.0),
    ("lr", 1000.0),
    ("lr", math.inf),
    ("batch_size", 0),
    ("batch_size", -4),
    ("hidden", "a,b"),
    ("hidden", "8,,8"),
    ("hidden", [16] * 9),  # too many layers
    ("hidden", [8, 0]),
    ("hidden", [257]),
    ("hidden", "-3"),
    ("hidden", [True, 8]),
    ("hidden", [8.5]),
    ("dropout", 1.0),
    ("dropout", -0.1),
    ("noise", math.nan),
    ("noise", "nan"),
    ("noise", 1.5),
    ("samples", True),  # a bool is not an int
    ("samples", 9),
    ("samples", 2.5),
    ("samples", "many"),
    ("batch_size", True),
    ("epochs", False),
    ("epochs", -1),
    ("seed", True),
    ("seed", -1),
    ("seed", 2**32),
    ("classes", 1),
    ("classes", 9),
    ("val_fraction", 0.95),
    ("leaky_slope", -0.1),
    ("lr_decay", 0.0),
    ("decay_epochs", 0),
    ("warmup_epochs", 0),
    ("weight_decay", 1.5),
    ("l1", -0.1),
    ("lr", True),
    ("lr", "fast"),
    ("lr", None),
    ("activation", "swish"),
    ("activation", 3),
    ("optimizer", "lbfgs"),
    ("features", "x1,foo"),
    ("features", ""),
    ("features", ["x1", "x1"]),
]


@pytest.mark.parametrize("key,value", BAD, ids=[f"{k}={v!r}" for k, v in BAD])
def test_bad_value_raises_config_error_naming_the_key(key, value):
    with pytest.raises(ConfigError) as info:
        Config.from_dict({key: value})
    assert key in str(info.value)
    with pytest.raises(ConfigError) as info:
        Config().replace(**{key: value})
    assert key in str(info.value)


DIRECT_BAD = [
    ("lr", -1.0),
    ("batch_size", 0),
    ("hidden", (16,) * 9),
    ("hidden", (0,)),
    ("hidden", (257,)),
    ("dropout", 1.0),
    ("noise", math.nan),
    ("samples", True),
    ("epochs", True),
    ("seed", False),
    ("lr", "0.1"),
    ("samples", 100.0),
    ("activation", "swish"),
]


@pytest.mark.parametrize("key,value", DIRECT_BAD, ids=[f"{k}={v!r}" for k, v in DIRECT_BAD])
def test_direct_construction_validates(key, value):
    with pytest.raises(ConfigError) as info:
        Config(**{key: value})
    assert key in str(info.value)


WRONG_KINDS = [
    ("hidden", (True, 8)),
    ("hidden", (8.5,)),
    ("hidden", "a,b"),
    ("hidden", None),
    ("lr", True),
    ("noise", False),
    ("features", ("x1", "x1")),
]


@pytest.mark.parametrize("key,value", WRONG_KINDS, ids=[f"{k}={v!r}" for k, v in WRONG_KINDS])
def test_direct_construction_checks_kinds(key, value):
    """``Config(**kw)`` rejects values of the wrong kind (a bool as a number, a float
    width, text or None for ``hidden``) with a ConfigError naming the key."""
    with pytest.raises(ConfigError) as info:
        Config(**{key: value})
    assert key in str(info.value)


def test_direct_construction_with_a_list_hidden():
    """Config(hidden=[8, 8]) stores a tuple: hashable, and equal to Config(hidden=(8, 8))."""
    c = Config(hidden=[8, 8])
    assert c.hidden == (8, 8) and isinstance(c.hidden, tuple)
    assert c == Config(hidden=(8, 8)) and hash(c) == hash(Config(hidden=(8, 8)))
    hash(c)
    assert Config(hidden=(8, 8)).live_changes(c) == ({}, False)


def test_unknown_keys_are_named():
    with pytest.raises(ConfigError, match="unknown config key.*bogus.*learning_rate"):
        Config.from_dict({"lr": 0.1, "learning_rate": 0.1, "bogus": 1})


def test_defaults_are_valid_and_frozen():
    c = Config()
    assert c.hidden == (16, 16) and c.epochs == 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.lr = 0.5  # type: ignore[misc]
    assert hash(c) == hash(Config())


def test_to_dict_from_dict_round_trip():
    c = Config(
        dataset="moons", samples=321, noise=0.25, hidden=(32, 8, 4), activation="leaky_relu", leaky_slope=0.2,
        features=("x1", "x2", "x1x2"), optimizer="adamw", lr=0.003, schedule="warmup_cosine", batch_size=7,
        epochs=12, weight_decay=0.01, l1=0.001, dropout=0.25, seed=99, csv="",
    )
    d = c.to_dict()
    assert set(d) == set(config_keys()) - {"option_values"}
    assert d["leaky_slope"] == 0.2 and d["momentum"] == 0.9
    assert d["hidden"] == [32, 8, 4] and d["features"] == ["x1", "x2", "x1x2"]
    text = json.dumps(d)
    back = Config.from_dict(json.loads(text))
    assert back == c
    assert back.hidden == (32, 8, 4) and isinstance(back.hidden, tuple)
    assert Config.from_dict(Config().to_dict()) == Config()


def test_from_dict_coerces_strings_as_from_the_command_line():
    c = Config.from_dict({"lr": "0.05", "epochs": "5", "hidden": " 8 , 4 ", "features": "X2, x1", "activation": " relu "})
    assert c.lr == 0.05 and c.epochs == 5 and c.hidden == (8, 4)
    assert c.features == ("x1", "x2") and c.activation == "relu"
    assert Config.from_dict({"samples": 100.0}).samples == 100


@pytest.mark.parametrize("text,expected", [("", ()), ("0", ()), ("none", ()), ("32", (32,)), ("8,8", (8, 8)),
                                           (0, ()), (5, (5,)), ([4, 3], (4, 3)), ([0], (0,))])
def test_parse_hidden(text, expected):
    # a lone 0 means "no hidden layer" (the CLI's --hidden 0), not a 0-unit layer
    assert parse_hidden(text) == expected


def test_replace_layers_and_units():
    c = Config()
    assert c.replace(hidden_layers=3, neurons=8).hidden == (8, 8, 8)
    assert c.replace(hidden_layers=3).hidden == (16, 16, 16)
    assert c.replace(neurons=4).hidden == (4, 4)
    assert c.replace(hidden_layers=0).hidden == ()
    d = c.replace(hidden_layers=3, neurons=8)
    assert d.hidden_layers == 3 and d.neurons == 8
    assert Config(hidden=()).neurons == 0 and Config(hidden=()).hidden_layers == 0
    with pytest.raises(ConfigError, match="hidden_layers"):
        c.replace(hidden_layers="x")
    with pytest.raises(ConfigError, match="hidden"):
        c.replace(hidden_layers=9)
    with pytest.raises(ConfigError, match="neurons"):
        c.replace(neurons=True)
    # replace leaves the original alone
    assert c.hidden == (16, 16)


def test_from_dict_layers_and_units():
    assert Config.from_dict({"hidden_layers": 2, "neurons": 5}).hidden == (5, 5)


def test_n_classes():
    assert Config(dataset="spiral", classes=5).n_classes == 5
    assert Config(dataset="xor", classes=5).n_classes == 2


def test_live_changes_classification():
    c = Config(activation="tanh")  # not the default, so that a change to relu is one
    assert c.live_changes(c) == ({}, False)
    assert c.live_changes(Config(activation="tanh")) == ({}, False)
    for key, value in [("lr", 0.5), ("schedule", "cosine"), ("batch_size", 8), ("dropout", 0.3),
                       ("weight_decay", 0.1), ("l1", 0.01), ("epochs", 7)]:
        assert key in live_keys()
        assert c.live_changes(c.replace(**{key: value})) == ({key: value}, False)
    for key, value in [("activation", "relu"), ("hidden", (4,)), ("seed", 1), ("dataset", "xor"),
                       ("optimizer", "sgd"), ("init", "he"), ("features", ("x1",)), ("samples", 100),
                       ("noise", 0.3), ("classes", 4), ("val_fraction", 0.1), ("leaky_slope", 0.2)]:
        assert key not in live_keys()
        changed, new_run = c.live_changes(c.replace(**{key: value}))
        assert key in changed and new_run is True
    changed, new_run = c.live_changes(c.replace(lr=0.5, activation="relu"))
    assert changed == {"lr": 0.5, "activation": "relu"} and new_run is True


def test_live_keys_are_config_keys():
    assert live_keys() <= set(config_keys())
    # The schedules' options change the lr's course, not the network: live.
    assert {"lr_decay", "decay_epochs", "warmup_epochs"} <= live_keys()
    assert "leaky_slope" not in live_keys() and "momentum" not in live_keys()


def test_an_option_equal_to_its_default_is_the_default():
    assert Config(leaky_slope=0.01) == Config() and hash(Config(leaky_slope=0.01)) == hash(Config())
    assert Config(activation="leaky_relu", leaky_slope=0.3).leaky_slope == 0.3
    assert Config().replace(momentum=0.5).replace(lr=0.1).momentum == 0.5


@pytest.mark.parametrize("key,value", [("leaky_slope", 2.0), ("momentum", -0.1), ("decay_epochs", 0),
                                       ("decay_epochs", 2.5), ("beta2", "x"), ("elu_alpha", float("nan"))])
def test_options_are_validated(key, value):
    with pytest.raises(ConfigError, match=key):
        Config().replace(**{key: value})


@pytest.mark.parametrize("layers", ["-1", "9", "100000000", "10000000000", "99999999999999999999"])
def test_hidden_layers_range_checked_before_building(layers):
    with pytest.raises(ConfigError, match="hidden_layers must be 0 to 8"):
        Config().replace(hidden_layers=layers)


@pytest.mark.parametrize("units", ["0", "257", "99999999999999999999"])
def test_neurons_range_checked(units):
    with pytest.raises(ConfigError, match="neurons must be 1 to 256"):
        Config().replace(neurons=units)


def test_defaults_are_the_ones_that_learn():
    """The window and ``dlviz train`` share these; tests/test_cli.py checks they reach 90 %."""
    c = Config()
    assert (c.dataset, c.classes, c.hidden, c.activation, c.optimizer, c.lr) == ("spiral", 3, (16, 16), "relu",
                                                                                  "adam", 0.01)


@pytest.mark.parametrize("key", ["samples", "classes", "batch_size", "epochs", "seed", "hidden_layers", "neurons"])
@pytest.mark.parametrize("value", [-1, 10**10, 10**20, "99999999999999999999", float("nan"), float("inf"), 2.5])
def test_every_integer_key_is_range_checked_from_a_dict(key, value):
    with pytest.raises(ConfigError, match=key):
        Config.from_dict({key: value})


@pytest.mark.parametrize("key", ["noise", "val_fraction", "dropout", "lr", "weight_decay", "l1", "momentum",
                                 "beta1", "beta2", "leaky_slope", "elu_alpha", "lr_decay"])
@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf"), "nan", "1e400"])
def test_every_float_key_must_be_finite(key, value):
    with pytest.raises(ConfigError, match=key):
        Config.from_dict({key: value})


# -- validation is read from the fields' declarations (dlviz.config.FIELDS) -----------------------


def _field_cases():
    from dlviz.config import FIELDS

    for key, p in FIELDS.items():
        if p.kind == "number":
            yield key, "abc", f"{key} must be an integer" if p.integer else f"{key} must be a finite number"
            yield key, p.hi * 10 + 1, f"{key} must be "
        elif p.kind == "choice":
            yield key, "no-such-entry", f"unknown {key} 'no-such-entry'; choose from {', '.join(p.choices)}"
            yield key, 7, f"{key} must be a name"


@pytest.mark.parametrize("key, value, words", list(_field_cases()))
def test_every_declared_field_refuses_the_wrong_kind_and_range_naming_itself(key, value, words):
    with pytest.raises(ConfigError) as err:
        Config(**{key: value})
    assert str(err.value).startswith(words)


def test_the_live_keys_are_the_declared_ones():
    from dlviz.config import FIELDS, LIVE_FIELDS, options

    assert LIVE_FIELDS == {"lr", "schedule", "batch_size", "dropout", "weight_decay", "l1", "epochs", "engine"}
    assert live_keys() == {k for k, p in {**FIELDS, **options()}.items() if p.live}
