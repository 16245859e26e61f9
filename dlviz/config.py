"""Config: every hyperparameter of a run, validated, in one frozen dataclass.

The field names are the one vocabulary of dlviz: the same key is the CLI flag
(``batch_size`` -> ``--batch-size``), the JSON key, the QSettings key and the
objectName of the widget that edits it.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, fields
from typing import Any

from .data import DATASETS, FEATURES, MAX_CLASSES, parse_features
from .engine.activations import ACTIVATIONS
from .engine.network import INITS, MAX_HIDDEN_LAYERS, MAX_UNITS
from .engine.optimizers import OPTIMIZERS
from .engine.schedules import SCHEDULES

#: Changing one of these mid-run applies from the next step and keeps the weights;
#: changing any other field starts a new run from fresh weights.
LIVE_KEYS = frozenset({"lr", "schedule", "batch_size", "dropout", "weight_decay", "l1", "epochs"})

LR_MIN, LR_MAX = 1e-5, 100.0  # the GUI slider stops at 10; the CLI may go further
MAX_SAMPLES = 1_000_000
MAX_BATCH = 1_000_000


class ConfigError(ValueError):
    """A hyperparameter is out of range or of the wrong kind; the message names it."""


@dataclass(frozen=True)
class Config:
    """Every hyperparameter of a run. Construct through :meth:`from_dict` or
    ``Config(**kw)``; both validate."""

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
    activation: str = "tanh"
    leaky_slope: float = 0.01
    init: str = "auto"
    dropout: float = 0.0
    # training
    optimizer: str = "adam"
    lr: float = 0.01
    schedule: str = "constant"
    lr_decay: float = 0.5  # γ of the step and exponential schedules
    decay_epochs: int = 10  # step: drop by γ every N epochs; exponential: γ per N epochs
    warmup_epochs: int = 5
    batch_size: int = 32
    epochs: int = 0  # 0 = until paused (the GUI); the CLI needs a budget
    weight_decay: float = 0.0
    l1: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        # Sequences become tuples so that every Config is hashable and compares
        # equal to its twin however it was built; everything else must already
        # be of its kind (``replace``/``from_dict`` convert text from the edges).
        object.__setattr__(self, "hidden", parse_hidden(self.hidden))
        try:
            object.__setattr__(self, "features", parse_features(self.features))
        except (ValueError, TypeError) as e:
            raise ConfigError(f"features: {e}") from None
        _validate(self)

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
        return self.classes if DATASETS[self.dataset].uses_classes else 2

    def replace(self, **changes: Any) -> "Config":
        """A copy with ``changes`` applied (and validated).

        ``hidden_layers`` and ``neurons`` are accepted too and rebuild ``hidden``
        as that many layers of that many units.
        """
        layers = changes.pop("hidden_layers", None)
        units = changes.pop("neurons", None)
        if layers is not None or units is not None:
            # The missing half comes from a ``hidden`` given alongside, else from self.
            hidden = parse_hidden(changes["hidden"]) if "hidden" in changes else self.hidden
            layers = len(hidden) if layers is None else _as_int("hidden_layers", layers)
            units = (hidden[0] if hidden else 16) if units is None else _as_int("neurons", units)
            changes["hidden"] = (units,) * layers
        unknown = set(changes) - set(FIELD_NAMES)
        if unknown:
            raise ConfigError(f"unknown config key(s): {', '.join(sorted(unknown))}")
        return Config(**_coerce(dataclasses.asdict(self) | changes))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (tuples become lists)."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(self).items()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Config":
        """Build from a dict such as a JSON file's; unknown keys are an error."""
        unknown = set(d) - set(FIELD_NAMES) - {"hidden_layers", "neurons"}
        if unknown:
            raise ConfigError(f"unknown config key(s): {', '.join(sorted(unknown))}")
        return cls().replace(**d)

    def live_changes(self, other: "Config") -> tuple[dict[str, Any], bool]:
        """Compare with ``other``: (changed fields, whether a new run is needed)."""
        changed = {f: getattr(other, f) for f in FIELD_NAMES if getattr(self, f) != getattr(other, f)}
        return changed, any(k not in LIVE_KEYS for k in changed)


FIELD_NAMES = tuple(f.name for f in fields(Config))
_KINDS = {f.name: f.type for f in fields(Config)}


def _as_int(name: str, v: Any) -> int:
    if isinstance(v, bool):
        raise ConfigError(f"{name} must be an integer, got {v!r}")
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        try:
            return int(v.strip())
        except ValueError:
            raise ConfigError(f"{name} must be an integer, got {v!r}") from None
    if not isinstance(v, int):
        raise ConfigError(f"{name} must be an integer, got {v!r}")
    return int(v)


def _as_float(name: str, v: Any) -> float:
    if isinstance(v, bool):
        raise ConfigError(f"{name} must be a number, got {v!r}")
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a number, got {v!r}") from None
    if not math.isfinite(x):
        raise ConfigError(f"{name} must be finite, got {v!r}")
    return x


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
            raise ConfigError(f"hidden must be comma-separated layer widths such as 32,32; got {v!r}") from None
    elif isinstance(v, int) and not isinstance(v, bool):
        widths = () if v == 0 else (v,)
    else:
        try:
            widths = tuple(_as_int("hidden", x) for x in v)
        except TypeError:
            raise ConfigError(f"hidden must be a list of layer widths, got {v!r}") from None
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
                raise ConfigError(f"features: {e}") from None
        elif t == "int":
            out[k] = _as_int(k, v)
        elif t == "float":
            out[k] = _as_float(k, v)
        else:
            if not isinstance(v, str):
                raise ConfigError(f"{k} must be a name, got {v!r}")
            out[k] = v.strip() if k != "csv" else v
    return out


def _check(ok: bool, msg: str) -> None:
    if not ok:
        raise ConfigError(msg)


def _choice(name: str, value: str, registry) -> None:
    _check(value in registry, f"unknown {name} {value!r}; choose from {', '.join(registry)}")


def _validate(c: Config) -> None:
    for name in ("samples", "classes", "decay_epochs", "warmup_epochs", "batch_size", "epochs", "seed"):
        v = getattr(c, name)
        _check(isinstance(v, int) and not isinstance(v, bool), f"{name} must be an integer, got {v!r}")
    for name in ("noise", "val_fraction", "leaky_slope", "dropout", "lr", "lr_decay", "weight_decay", "l1"):
        v = getattr(c, name)
        _check(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v),
               f"{name} must be a finite number, got {v!r}")
    for name in ("dataset", "activation", "init", "optimizer", "schedule", "csv"):
        _check(isinstance(getattr(c, name), str), f"{name} must be a name, got {getattr(c, name)!r}")
    _choice("dataset", c.dataset, DATASETS)
    _choice("activation", c.activation, ACTIVATIONS)
    _choice("init", c.init, INITS)
    _choice("optimizer", c.optimizer, OPTIMIZERS)
    _choice("schedule", c.schedule, SCHEDULES)
    _check(10 <= c.samples <= MAX_SAMPLES, f"samples must be 10 to {MAX_SAMPLES:,}, got {c.samples}")
    _check(0.0 <= c.noise <= 1.0, f"noise must be 0 to 1, got {c.noise}")
    _check(2 <= c.classes <= MAX_CLASSES, f"classes must be 2 to {MAX_CLASSES}, got {c.classes}")
    _check(0.0 <= c.val_fraction <= 0.9, f"val_fraction must be 0 to 0.9, got {c.val_fraction}")
    _check(len(c.features) >= 1 and all(f in FEATURES for f in c.features), f"bad features {c.features!r}")
    _check(len(c.hidden) <= MAX_HIDDEN_LAYERS, f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(c.hidden)}")
    _check(all(1 <= h <= MAX_UNITS for h in c.hidden), f"hidden layer widths must be 1 to {MAX_UNITS}, got {c.hidden}")
    _check(0.0 <= c.leaky_slope <= 1.0, f"leaky_slope must be 0 to 1, got {c.leaky_slope}")
    _check(0.0 <= c.dropout <= 0.9, f"dropout must be 0 to 0.9, got {c.dropout}")
    _check(LR_MIN <= c.lr <= LR_MAX, f"lr must be {LR_MIN:g} to {LR_MAX:g}, got {c.lr:g}")
    _check(0.0 < c.lr_decay <= 1.0, f"lr_decay must be in (0, 1], got {c.lr_decay}")
    _check(c.decay_epochs >= 1, f"decay_epochs must be >= 1, got {c.decay_epochs}")
    _check(c.warmup_epochs >= 1, f"warmup_epochs must be >= 1, got {c.warmup_epochs}")
    _check(1 <= c.batch_size <= MAX_BATCH, f"batch_size must be 1 to {MAX_BATCH:,}, got {c.batch_size}")
    _check(0 <= c.epochs <= 10_000_000, f"epochs must be 0 (until paused) or more, got {c.epochs}")
    _check(0.0 <= c.weight_decay <= 1.0, f"weight_decay must be 0 to 1, got {c.weight_decay}")
    _check(0.0 <= c.l1 <= 1.0, f"l1 must be 0 to 1, got {c.l1}")
    _check(0 <= c.seed < 2**32, f"seed must be 0 to 2**32 - 1, got {c.seed}")
