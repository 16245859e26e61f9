"""Config: every hyperparameter of a run, validated, in one frozen dataclass.

The keys are the one vocabulary of dlviz: the same key is the CLI flag
(``batch_size`` -> ``--batch-size``), the JSON key, the QSettings key and the
objectName of the widget that edits it. Besides the fields below, every option a
registry entry declares (``leaky_slope`` of leaky_relu, ``momentum``, the
schedules' ``lr_decay``...) is a key too: read as ``config.leaky_slope``, set
with ``Config(leaky_slope=0.1)`` or ``replace``; an entry registered at run time
brings its options with it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from typing import Any

from .common.messages import QT_TRANSLATE_NOOP, Message, MessageError, message_of
from .common.numbers import finite_number
from .common.registry import Option, Registry
from .data import DATASETS, FEATURES, MAX_CLASSES, parse_features, uses_classes
from .data.datasets import MAX_SAMPLES, MIN_SAMPLES
from .engine.activations import ACTIVATIONS
from .engine.network import INITS, MAX_HIDDEN_LAYERS, MAX_UNITS
from .engine.optimizers import OPTIMIZERS
from .engine.schedules import SCHEDULES

#: The Config key that picks an entry of each registry.
REGISTRIES: dict[str, Registry] = {
    "dataset": DATASETS, "activation": ACTIVATIONS, "init": INITS, "optimizer": OPTIMIZERS, "schedule": SCHEDULES,
}

#: Changing one of these mid-run applies from the next step and keeps the weights
#: (so do options declared ``live``, see :func:`live_keys`); changing any other
#: key starts a new run from fresh weights.
LIVE_FIELDS = frozenset({"lr", "schedule", "batch_size", "dropout", "weight_decay", "l1", "epochs"})

LR_MIN, LR_MAX = 1e-5, 100.0  # the GUI slider stops at 10; the CLI may go further
MAX_BATCH = 1_000_000
MAX_EPOCHS = 10_000_000


def options() -> dict[str, Option]:
    """Every option the registries declare, by key (read now: entries may be added at run time)."""
    out: dict[str, Option] = {}
    for reg in REGISTRIES.values():
        for o in reg.options():
            out.setdefault(o.key, o)
    return out


def options_of(key: str, name: str) -> tuple[Option, ...]:
    """The options the entry ``name`` of the registry picked by ``key`` declares."""
    reg = REGISTRIES[key]
    return reg[name].options if name in reg else ()


def live_keys() -> frozenset[str]:
    """Keys whose change applies to the running run."""
    return LIVE_FIELDS | {k for k, o in options().items() if o.live}


def config_keys() -> tuple[str, ...]:
    """Every key a Config has: its fields, then the registries' options."""
    return FIELD_NAMES + tuple(k for k in options() if k not in FIELD_NAMES)


class ConfigError(MessageError):
    """A hyperparameter is out of range or of the wrong kind; the message names it
    (``.message``: a :class:`~dlviz.common.messages.Message` the window translates)."""


def _unknown_keys(keys) -> ConfigError:
    return ConfigError(Message(QT_TRANSLATE_NOOP("errors", "unknown config key(s): {keys}"), keys=", ".join(sorted(keys))))


def _range(name: str, lo, hi, value) -> Message:
    return Message(QT_TRANSLATE_NOOP("errors", "{name} must be {lo} to {hi}, got {value}"), name=name, lo=lo, hi=hi, value=value)


@dataclass(frozen=True, init=False)
class Config:
    """Every hyperparameter of a run. Construct through :meth:`from_dict` or
    ``Config(**kw)`` (fields and option keys alike); both validate."""

    # data
    dataset: str = "spiral"
    samples: int = 500
    noise: float = 0.1
    classes: int = 3
    val_fraction: float = 0.2
    features: tuple[str, ...] = ("x1", "x2")
    csv: str = ""  # a CSV path replaces the generated dataset when set
    # network
    hidden: tuple[int, ...] = (16, 16)
    # ReLU: the defaults must show learning at once (>= 90 % validation accuracy on
    # the spiral within 100 epochs, a fraction of a second); tanh needs ~3x longer.
    activation: str = "relu"
    init: str = "auto"
    dropout: float = 0.0
    # training
    optimizer: str = "adam"
    lr: float = 0.01
    schedule: str = "constant"
    batch_size: int = 32
    epochs: int = 0  # 0 = until paused (the GUI); the CLI needs a budget
    weight_decay: float = 0.0
    l1: float = 0.0
    seed: int = 0
    # The registries' options that differ from their defaults, sorted by key:
    # hashable, and equal whether a default was given or left out.
    option_values: tuple[tuple[str, float], ...] = ()

    def __init__(self, **kw: Any) -> None:
        known = options()
        given = dict(kw.pop("option_values", ()))
        given.update({k: kw.pop(k) for k in list(kw) if k in known and k not in _KINDS})
        unknown = set(kw) - set(FIELD_NAMES)
        if unknown:
            raise _unknown_keys(unknown)
        for f in fields(self):
            if f.name != "option_values":
                object.__setattr__(self, f.name, kw.get(f.name, f.default))
        values = {}
        for k, v in given.items():
            if k not in known:
                raise _unknown_keys([k])
            try:
                v = known[k].check(v)
            except ValueError as e:
                raise ConfigError(message_of(e)) from None
            if v != known[k].default:
                values[k] = v
        object.__setattr__(self, "option_values", tuple(sorted(values.items())))
        # Sequences become tuples so that every Config is hashable and compares
        # equal to its twin however it was built; everything else must already
        # be of its kind (``replace``/``from_dict`` convert text from the edges).
        object.__setattr__(self, "hidden", parse_hidden(self.hidden))
        try:
            object.__setattr__(self, "features", parse_features(self.features))
        except (ValueError, TypeError) as e:
            raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "features: {problem}"), problem=message_of(e))) from None
        _validate(self)

    def __getattr__(self, name: str) -> Any:
        # Only called for names that are not fields: the registries' options.
        opt = options().get(name)
        if opt is None:
            raise AttributeError(name)
        return dict(self.option_values).get(name, opt.default)

    def options_for(self, key: str) -> dict[str, Any]:
        """Values of the options the chosen entry of ``key`` declares (e.g. for
        ``"activation"`` = leaky_relu: ``{"leaky_slope": 0.01}``)."""
        return {o.key: getattr(self, o.key) for o in options_of(key, getattr(self, key))}

    # The GUI edits the architecture as "layers x units": views of ``hidden``.
    @property
    def hidden_layers(self) -> int:
        return len(self.hidden)

    @property
    def neurons(self) -> int:
        return self.hidden[0] if self.hidden else 0

    @property
    def n_classes(self) -> int:
        """Classes the generated dataset will have (a CSV decides its own)."""
        return self.classes if uses_classes(self.dataset) else 2

    def replace(self, **changes: Any) -> "Config":
        """A copy with ``changes`` applied (and validated).

        ``hidden_layers`` and ``neurons`` are accepted too and rebuild ``hidden``
        as that many layers of that many units.
        """
        layers = changes.pop("hidden_layers", None)
        units = changes.pop("neurons", None)
        if layers is not None or units is not None:
            # The missing half comes from a ``hidden`` given alongside, else from self.
            # Both are range-checked before the tuple is built: 10**20 layers must
            # be an error at once, not a MemoryError.
            hidden = parse_hidden(changes["hidden"]) if "hidden" in changes else self.hidden
            layers = len(hidden) if layers is None else _as_int("hidden_layers", layers)
            units = (hidden[0] if hidden else 16) if units is None else _as_int("neurons", units)
            _check(0 <= layers <= MAX_HIDDEN_LAYERS, _range("hidden_layers", 0, MAX_HIDDEN_LAYERS, layers))
            _check(1 <= units <= MAX_UNITS, _range("neurons", 1, MAX_UNITS, units))
            changes["hidden"] = (units,) * layers
        unknown = set(changes) - set(config_keys())
        if unknown:
            raise _unknown_keys(unknown)
        opts = {k: changes.pop(k) for k in list(changes) if k not in _KINDS}
        current = {f: getattr(self, f) for f in FIELD_NAMES if f != "option_values"}
        return Config(**_coerce(current | changes), **(dict(self.option_values) | opts))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict of every key (tuples become lists), options included."""
        d = {f: getattr(self, f) for f in FIELD_NAMES if f != "option_values"}
        d.update({k: getattr(self, k) for k in options()})
        return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Config":
        """Build from a dict such as a JSON file's; unknown keys are an error."""
        if not isinstance(d, dict):
            raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "a config must be a JSON object of settings, got {kind}"), kind=type(d).__name__))
        # option_values is how a Config keeps its options, not a key of the JSON (to_dict leaves it out).
        unknown = set(d) - set(config_keys()) - {"hidden_layers", "neurons"} | ({"option_values"} & set(d))
        if unknown:
            raise _unknown_keys(unknown)
        return cls().replace(**d)

    def live_changes(self, other: "Config") -> tuple[dict[str, Any], bool]:
        """Compare with ``other``: (changed keys, whether a new run is needed)."""
        keys = [k for k in config_keys() if k != "option_values"]
        changed = {k: getattr(other, k) for k in keys if getattr(self, k) != getattr(other, k)}
        live = live_keys()
        return changed, any(k not in live for k in changed)


FIELD_NAMES = tuple(f.name for f in fields(Config))
_KINDS = {f.name: f.type for f in fields(Config) if f.name != "option_values"}


def _not_int(name: str, v: Any) -> ConfigError:
    return ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be an integer, got {value!r}"), name=name, value=v))


def _as_int(name: str, v: Any) -> int:
    if isinstance(v, bool):
        raise _not_int(name, v)
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        try:
            return int(v.strip())
        except ValueError:
            raise _not_int(name, v) from None
    if not isinstance(v, int):
        raise _not_int(name, v)
    return int(v)


def _as_float(name: str, v: Any) -> float:
    try:
        return finite_number(name, v)
    except ValueError as e:
        raise ConfigError(message_of(e)) from None


def parse_hidden(v: Any) -> tuple[int, ...]:
    """``"32,32"``, ``[32, 32]``, ``""`` or ``0`` (no hidden layer) -> tuple of widths."""
    if isinstance(v, str):
        text = v.strip()
        if text in ("", "0", "none"):
            return ()
        parts = [p.strip() for p in text.split(",")]
        try:
            widths = tuple(int(p) for p in parts)
        except ValueError:
            raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "hidden must be comma-separated layer widths such as 32,32; got {value!r}"),
                                      value=v)) from None
    elif isinstance(v, int) and not isinstance(v, bool):
        widths = () if v == 0 else (v,)
    else:
        try:
            widths = tuple(_as_int("hidden", x) for x in v)
        except TypeError:
            raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "hidden must be a list of layer widths, got {value!r}"), value=v)) from None
    return widths


def _coerce(d: dict[str, Any]) -> dict[str, Any]:
    """Each field converted to its declared kind, or a ConfigError naming it."""
    out: dict[str, Any] = {}
    for k, v in d.items():
        t = _KINDS[k]
        if k == "hidden":
            out[k] = parse_hidden(v)
        elif k == "features":
            try:
                out[k] = parse_features(v)
            except (ValueError, TypeError) as e:
                raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "features: {problem}"), problem=message_of(e))) from None
        elif t == "int":
            out[k] = _as_int(k, v)
        elif t == "float":
            out[k] = _as_float(k, v)
        else:
            if not isinstance(v, str):
                raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be a name, got {value!r}"), name=k, value=v))
            out[k] = v.strip() if k != "csv" else v
    return out


def _check(ok: bool, msg: Message | str) -> None:
    if not ok:
        raise ConfigError(msg)


def _choice(name: str, value: str, registry) -> None:
    if value not in registry:
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "unknown {name} {value!r}; choose from {choices}"), name=name, value=value,
                                  choices=", ".join(registry)))


def _validate(c: Config) -> None:
    for name in ("samples", "classes", "batch_size", "epochs", "seed"):
        v = getattr(c, name)
        if not (isinstance(v, int) and not isinstance(v, bool)):
            raise _not_int(name, v)
    for name in ("noise", "val_fraction", "dropout", "lr", "weight_decay", "l1"):
        v = getattr(c, name)
        if not (isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)):
            raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be a finite number, got {value!r}"), name=name, value=v))
    for name in ("dataset", "activation", "init", "optimizer", "schedule", "csv"):
        if not isinstance(getattr(c, name), str):
            raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be a name, got {value!r}"), name=name, value=getattr(c, name)))
    for key, registry in REGISTRIES.items():
        _choice(key, getattr(c, key), registry)
    _check(MIN_SAMPLES <= c.samples <= MAX_SAMPLES, _range("samples", MIN_SAMPLES, f"{MAX_SAMPLES:,}", c.samples))
    _check(0.0 <= c.noise <= 1.0, _range("noise", 0, 1, c.noise))
    _check(2 <= c.classes <= MAX_CLASSES, _range("classes", 2, MAX_CLASSES, c.classes))
    _check(0.0 <= c.val_fraction <= 0.9, _range("val_fraction", 0, 0.9, c.val_fraction))
    _check(len(c.features) >= 1 and all(f in FEATURES for f in c.features),
           Message(QT_TRANSLATE_NOOP("errors", "bad features {features!r}"), features=c.features))
    _check(len(c.hidden) <= MAX_HIDDEN_LAYERS,
           Message(QT_TRANSLATE_NOOP("errors", "at most {n} hidden layers, got {count}"), n=MAX_HIDDEN_LAYERS, count=len(c.hidden)))
    _check(all(1 <= h <= MAX_UNITS for h in c.hidden),
           Message(QT_TRANSLATE_NOOP("errors", "hidden layer widths must be 1 to {hi}, got {hidden}"), hi=MAX_UNITS, hidden=c.hidden))
    _check(0.0 <= c.dropout <= 0.9, _range("dropout", 0, 0.9, c.dropout))
    _check(LR_MIN <= c.lr <= LR_MAX, _range("lr", f"{LR_MIN:g}", f"{LR_MAX:g}", f"{c.lr:g}"))
    _check(1 <= c.batch_size <= MAX_BATCH, _range("batch_size", 1, f"{MAX_BATCH:,}", c.batch_size))
    _check(0 <= c.epochs <= MAX_EPOCHS,
           Message(QT_TRANSLATE_NOOP("errors", "epochs must be 0 (until paused) to {hi}, got {value}"), hi=f"{MAX_EPOCHS:,}", value=c.epochs))
    _check(0.0 <= c.weight_decay <= 1.0, _range("weight_decay", 0, 1, c.weight_decay))
    _check(0.0 <= c.l1 <= 1.0, _range("l1", 0, 1, c.l1))
    _check(0 <= c.seed < 2**32, _range("seed", 0, "2**32 - 1", c.seed))
