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

from dataclasses import dataclass, fields
from dataclasses import field as dataclass_field
from typing import Any

from .common.messages import QT_TRANSLATE_NOOP, Message, MessageError, message_of
from .common.registry import Option, Registry
from .common.schema import Param
from .common.schema import as_int as schema_as_int
from .data import (DATASETS, DEFAULT_FEATURES, DEFAULT_IMAGE_FEATURES, FEATURES, MAX_CLASSES, dataset_defaults, dataset_kind,
                   features_of_kind, fixed_classes, parse_features, task_of, uses_classes)
from .data.datasets import MAX_SAMPLES, MIN_SAMPLES
from .engine.activations import ACTIVATIONS
from .engine.engines import ENGINES
from .engine.network import INITS, MAX_HIDDEN_LAYERS, MAX_UNITS
from .engine.optimizers import OPTIMIZERS
from .engine.schedules import SCHEDULES

LR_MIN, LR_MAX = 1e-5, 100.0  # the GUI slider stops at 10; the CLI may go further
MAX_BATCH = 1_000_000
MAX_EPOCHS = 10_000_000
MAX_SEED = 2**32 - 1


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


def schema() -> dict[str, Param]:
    """Every key's declaration, by key: the fields, the registries' options (read now), then
    ``hidden_layers`` and ``neurons`` (the architecture as "layers x units")."""
    return {**FIELDS, **{k: o for k, o in options().items() if k not in FIELDS}, **SHAPE}


def config_json_schema() -> dict:
    """A JSON Schema of a config file (``dlviz train --config``, the window's --config, a
    lesson's scene.config): every key and what its value may be. Config.from_dict is the
    full check (it converts text as the CLI gives it, and reads the registries now)."""
    return {"type": "object", "additionalProperties": False,
            "properties": {k: p.json_schema() for k, p in schema().items()}}


class ConfigError(MessageError):
    """A hyperparameter is out of range or of the wrong kind; the message names it
    (``.message``: a :class:`~dlviz.common.messages.Message` the window translates)."""


def _unknown_keys(keys) -> ConfigError:
    return ConfigError(Message(QT_TRANSLATE_NOOP("errors", "unknown config key(s): {keys}"), keys=", ".join(sorted(keys))))


def _declared(default: Any, **declaration: Any) -> Any:
    """A Config field's default and its declaration: the :class:`Param` made of it after the
    class (its key is the field's name; ``integer`` and ``kind`` follow the field's type)."""
    return dataclass_field(default=default, metadata={"param": declaration})


def _check_hidden(widths: tuple[int, ...]) -> None:
    if len(widths) > MAX_HIDDEN_LAYERS:
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "at most {n} hidden layers, got {count}"), n=MAX_HIDDEN_LAYERS, count=len(widths)))
    if not all(isinstance(h, int) and not isinstance(h, bool) and 1 <= h <= MAX_UNITS for h in widths):
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "hidden layer widths must be 1 to {hi}, got {hidden}"), hi=MAX_UNITS, hidden=widths))


def _parse_features(v: Any) -> tuple[str, ...]:
    try:
        return parse_features(v)
    except (ValueError, TypeError) as e:
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "features: {problem}"), problem=message_of(e))) from None


def _check_features(names: tuple[str, ...]) -> None:
    if not (isinstance(names, tuple) and len(names) >= 1 and all(f in FEATURES for f in names)):
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "bad features {features!r}"), features=names))


@dataclass(frozen=True, init=False)
class Config:
    """Every hyperparameter of a run. Construct through :meth:`from_dict` or
    ``Config(**kw)`` (fields and option keys alike); both validate.

    A dataset may declare defaults of its own (the digits: 64 hidden units, lr 0.003, all
    1,797 images, the raw pixels as features): ``Config(dataset="digits")`` starts from them
    for every key not given, and ``replace``/``from_dict`` moving to another dataset carry
    over each key whose value is still the old data's default (the user has not set it)
    to the new data's default (see :func:`source_defaults`, ``Config._follow_data``).

    Each field declares its range or choices, default, label, help and control once
    (``_declared``): :data:`FIELDS` holds them as :class:`~dlviz.common.schema.Param`,
    read by validation, the CLI, JSON files and the control panel.
    """

    # data
    dataset: str = _declared(
        "spiral", choices=DATASETS, label=QT_TRANSLATE_NOOP("registry", "Dataset"), widget="choice",
        doc=QT_TRANSLATE_NOOP("registry", "Which toy problem the network learns. Hover over an entry in the list to see what makes it easy or hard."))
    samples: int = _declared(
        500, lo=MIN_SAMPLES, hi=MAX_SAMPLES, view=(10, 5000), widget="log", label=QT_TRANSLATE_NOOP("registry", "Samples"),
        doc=QT_TRANSLATE_NOOP("registry", "How many points are generated. More points show the pattern more clearly but make every epoch slower."),
        cli="number of points")
    noise: float = _declared(
        0.1, lo=0.0, hi=1.0, widget="slider", label=QT_TRANSLATE_NOOP("registry", "Noise"),
        doc=QT_TRANSLATE_NOOP("registry", "How far points scatter from the clean shape. "
            "More noise blurs the boundary and tempts the network to memorise."),
        cli="label noise / spread, {lo} to {hi}")
    classes: int = _declared(
        3, lo=2, hi=MAX_CLASSES, widget="slider", label=QT_TRANSLATE_NOOP("registry", "Classes"),
        doc=QT_TRANSLATE_NOOP("registry", "How many classes (colours) the dataset has. More classes make the problem harder."),
        cli="classes for spiral and blobs, {lo} to {hi}")
    val_fraction: float = _declared(
        0.2, lo=0.0, hi=0.9, widget="slider", label=QT_TRANSLATE_NOOP("registry", "Validation"),
        doc=QT_TRANSLATE_NOOP("registry", "The share of points held back to test the network on data it never trains on. "
            "Validation loss rising while training loss falls means overfitting."),
        cli="share of points held out for validation, {lo} to {hi}")
    features: tuple[str, ...] = _declared(
        ("x1", "x2"), kind="custom", choices=FEATURES, parse=_parse_features, validate=_check_features,
        widget="checks", label=QT_TRANSLATE_NOOP("registry", "Features"),
        doc=QT_TRANSLATE_NOOP("registry", "What the network gets as input. Extra features such as x₁² or sin(πx₁) let even a tiny network "
            "draw a curved boundary."),
        cli="input features, comma-separated: {choices}")
    csv: str = _declared(  # a CSV path replaces the generated dataset when set
        "", kind="text", cli="train on a CSV file with columns x1,x2,label instead of a toy dataset")
    # A folder of images (one sub-folder per class) replaces the generated dataset when set;
    # the edge that reads it (the CLI, the window) passes the loaded Dataset along.
    image_folder: str = _declared(
        "", kind="text", cli="train on your own images: a folder with one sub-folder of PNG/JPEG files per class")
    image_size: int = _declared(
        16, lo=8, hi=28, cli="side in pixels your own images are made (grey and square), {lo} to {hi}")
    target_column: str = _declared(  # with csv: the numeric column a regression fits
        "", kind="text", metavar="NAME",
        cli="with --csv: fit this numeric column (regression) from x1 (and x2) instead of classifying a label")
    # network
    hidden: tuple[int, ...] = _declared(
        (16, 16), kind="custom", parse=lambda v: parse_hidden(v), validate=_check_hidden,
        cli='hidden layer widths, e.g. 32,32 ("" or 0: no hidden layer)')
    # ReLU: the defaults must show learning at once (>= 90 % validation accuracy on
    # the spiral within 100 epochs, a fraction of a second); tanh needs ~3x longer.
    activation: str = _declared(
        "relu", choices=ACTIVATIONS, label=QT_TRANSLATE_NOOP("registry", "Activation"), widget="choice",
        doc=QT_TRANSLATE_NOOP("registry", "The function each hidden unit applies to its weighted sum. It decides which shapes the network "
            "can build and how well gradients flow back."))
    init: str = _declared(
        "auto", choices=INITS, label=QT_TRANSLATE_NOOP("registry", "Initialisation"), widget="choice",
        doc=QT_TRANSLATE_NOOP("registry", "How the starting weights are drawn. A bad scale makes signals vanish or explode before learning starts."))
    dropout: float = _declared(
        0.0, lo=0.0, hi=0.9, live=True, widget="slider", label=QT_TRANSLATE_NOOP("registry", "Dropout"),
        doc=QT_TRANSLATE_NOOP("registry", "The share of hidden units switched off at random in each training step. It fights overfitting "
            "but makes the training loss noisier."),
        cli="probability of dropping a hidden unit while training, {lo} to {hi}")
    # training
    optimizer: str = _declared(
        "adam", choices=OPTIMIZERS, label=QT_TRANSLATE_NOOP("registry", "Optimizer"), widget="choice",
        doc=QT_TRANSLATE_NOOP("registry", "The rule that turns gradients into weight updates. "
            "Momentum and Adam usually get there faster than plain SGD."))
    lr: float = _declared(
        0.01, lo=LR_MIN, hi=LR_MAX, view=(1e-5, 10.0), log=True, live=True, widget="log", label=QT_TRANSLATE_NOOP("registry", "Learning rate"),
        doc=QT_TRANSLATE_NOOP("registry", "How big a step each update takes. Too small and learning crawls; "
            "too large and the loss jumps around or blows up."),
        cli="learning rate")
    schedule: str = _declared(
        "constant", choices=SCHEDULES, live=True, label=QT_TRANSLATE_NOOP("registry", "Schedule"), widget="choice",
        doc=QT_TRANSLATE_NOOP("registry", "How the learning rate changes during training. Lowering it later lets the network settle into a minimum."))
    batch_size: int = _declared(
        32, lo=1, hi=MAX_BATCH, view=(1, 400), log=True, live=True, widget="log", label=QT_TRANSLATE_NOOP("registry", "Batch size"),
        doc=QT_TRANSLATE_NOOP("registry", "How many training points each update looks at. Small batches take many quick, noisy steps; "
            "large batches take fewer, smoother ones."),
        cli="mini-batch size")
    epochs: int = _declared(  # 0 = until paused (the GUI); the CLI needs a budget
        0, lo=0, hi=MAX_EPOCHS, view=(0, 100_000), cli_default=100, live=True, widget="epochs", label=QT_TRANSLATE_NOOP("registry", "Epochs"),
        doc=QT_TRANSLATE_NOOP("registry", "How many passes over the training data to make. \"Until paused\" trains until you press Pause."),
        cli="epochs to train (default {cli_default})")
    weight_decay: float = _declared(
        0.0, lo=0.0, hi=1.0, view=(1e-6, 1.0), log=True, live=True, widget="log_off", label=QT_TRANSLATE_NOOP("registry", "Weight decay"),
        doc=QT_TRANSLATE_NOOP("registry", "An L2 penalty that pulls every weight towards zero, for smoother boundaries and less overfitting. "
            "Too much and the network underfits."),
        cli="L2 weight decay (decoupled for adamw)")
    l1: float = _declared(
        0.0, lo=0.0, hi=1.0, view=(1e-6, 1.0), log=True, live=True, widget="log_off", label=QT_TRANSLATE_NOOP("registry", "L1 penalty"),
        doc=QT_TRANSLATE_NOOP("registry", "An L1 penalty that pushes small weights to exactly zero, leaving a sparser network. "
            "Too much and the network underfits."),
        cli="L1 penalty on the weights")
    seed: int = _declared(
        0, lo=0, hi=MAX_SEED, widget="seed", label=QT_TRANSLATE_NOOP("registry", "Seed"),
        doc=QT_TRANSLATE_NOOP("registry", "The random seed for the data, the validation split and the starting weights. "
            "The same seed and settings give the same run."),
        cli="random seed: same seed and settings, same run")
    # auto: the compiled kernel where numba imports, else NumPy (the reference); see engine/engines.py
    engine: str = _declared(
        "auto", choices=ENGINES, live=True, label=QT_TRANSLATE_NOOP("registry", "Engine"), widget="choice",
        doc=QT_TRANSLATE_NOOP("registry", "What computes the training steps. The compiled engine gives the same results as NumPy, several "
            "times faster; Auto uses it where it is installed. A change applies from the next step."))
    # The registries' options that differ from their defaults, sorted by key:
    # hashable, and equal whether a default was given or left out.
    option_values: tuple[tuple[str, float], ...] = ()

    def __init__(self, **kw: Any) -> None:
        known = options()
        given = dict(kw.pop("option_values", ()))
        given.update({k: kw.pop(k) for k in list(kw) if k in known and k not in FIELDS})
        unknown = set(kw) - set(FIELD_NAMES)
        if unknown:
            raise _unknown_keys(unknown)
        for f in fields(self):
            if f.name != "option_values":
                object.__setattr__(self, f.name, kw.get(f.name, f.default))
        # Keys not given start from the data's own defaults (Config(dataset="digits")).
        for k, v in source_defaults(self.dataset, self.csv, self.image_folder).items():
            if k not in kw:
                object.__setattr__(self, k, v)
        values = {}
        for k, v in given.items():
            if k not in known:
                raise _unknown_keys([k])
            v = _checked(known[k], v)
            if v != known[k].default:
                values[k] = v
        object.__setattr__(self, "option_values", tuple(sorted(values.items())))
        # Sequences become tuples so that every Config is hashable and compares
        # equal to its twin however it was built; everything else must already
        # be of its kind (``replace``/``from_dict`` convert text from the edges).
        for name in ("hidden", "features"):
            object.__setattr__(self, name, FIELDS[name].parse(getattr(self, name)))
        for name, p in FIELDS.items():  # each value of its kind (strictly) and in its declared range
            _checked(p, getattr(self, name), strict=True)
        _check_features_fit(self)

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
        """Classes the generated dataset will have (a CSV or an image folder decides its own);
        a regression set's one output."""
        if task_of(self.dataset) == "regress":
            return 1
        return self.classes if uses_classes(self.dataset) else fixed_classes(self.dataset)

    @property
    def data_kind(self) -> str:
        """What the inputs are: "image" (a folder of images, an image dataset) or "points"
        (2-D points, and a regression's 1 or 2 inputs)."""
        return _kind_of(self.dataset, self.csv, self.image_folder)

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
            layers = len(hidden) if layers is None else _checked(SHAPE["hidden_layers"], layers)
            units = (hidden[0] if hidden else 16) if units is None else _checked(SHAPE["neurons"], units)
            changes["hidden"] = (units,) * layers
        unknown = set(changes) - set(config_keys())
        if unknown:
            raise _unknown_keys(unknown)
        opts = {k: changes.pop(k) for k in list(changes) if k not in FIELDS}
        current = {f: getattr(self, f) for f in FIELD_NAMES if f != "option_values"}
        changes = self._follow_data(changes)
        return Config(**_coerce(current | changes), **(dict(self.option_values) | opts))

    def _follow_data(self, changes: dict[str, Any]) -> dict[str, Any]:
        """``changes`` plus the per-dataset defaults a change of the data brings: each key
        the user has not set (its value is still the old data's default, and ``changes``
        does not name it) takes the new data's default (the digits' architecture, say);
        features that do not apply to the new kind of data (x₁ for images) take the new
        kind's default unless ``changes`` names them."""
        src = {k: _coerce({k: changes[k]})[k] if k in changes else getattr(self, k) for k in DEFAULTS_FOLLOW}
        if all(src[k] == getattr(self, k) for k in DEFAULTS_FOLLOW):
            return changes
        try:
            old = source_defaults(self.dataset, self.csv, self.image_folder)
            new = source_defaults(src["dataset"], src["csv"], src["image_folder"])
            kind = _kind_of(src["dataset"], src["csv"], src["image_folder"])
        except (ValueError, KeyError):
            return changes  # (a bad name: Config's own check says so)
        out = dict(changes)
        for k in set(old) | set(new):
            if k in changes:
                continue
            before = FIELDS[k].parse(old[k]) if k in old and FIELDS[k].parse else old.get(k, FIELDS[k].default)
            if getattr(self, k) == before:
                out[k] = new.get(k, FIELDS[k].default)
        if "features" not in changes and not _features_fit(out.get("features", self.features), kind):
            out["features"] = new.get("features", DEFAULT_IMAGE_FEATURES if kind == "image" else DEFAULT_FEATURES)
        return out

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

#: The keys that pick the data: changing one brings the new data's defaults (``Config.replace``).
DEFAULTS_FOLLOW = ("dataset", "csv", "image_folder")
#: What a run on your own images starts from (as the image datasets declare theirs).
IMAGE_FOLDER_DEFAULTS = {"features": ("pixels",), "hidden": (64,), "lr": 0.003, "batch_size": 32}


def _kind_of(dataset: str, csv: str, image_folder: str) -> str:
    if image_folder:
        return "image"
    if csv:
        return "points"
    return dataset_kind(dataset) if dataset in DATASETS else "points"


def source_defaults(dataset: str, csv: str = "", image_folder: str = "") -> dict[str, Any]:
    """The Config values a run on this data starts from where they differ from the general
    defaults: an image folder's, else (no CSV) the dataset's declared ``defaults``. The
    CLI's epoch budget (``cli_epochs``) is not a Config value: see :func:`cli_epochs`."""
    if image_folder:
        return dict(IMAGE_FOLDER_DEFAULTS)
    if csv:
        return {}
    return {k: v for k, v in dataset_defaults(dataset).items() if k in FIELDS}


def cli_epochs(config: "Config") -> int | None:
    """The headless epoch budget the config's dataset declares (None: the general one)."""
    if config.csv or config.image_folder:
        return 30 if config.image_folder else None
    return dataset_defaults(config.dataset).get("cli_epochs")


def _features_fit(names, kind: str) -> bool:
    allowed = features_of_kind(kind)
    return all(f in allowed for f in names)


def _check_features_fit(c: "Config") -> None:
    if c.csv and c.image_folder:
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "choose a CSV file or an image folder, not both")))
    kind = c.data_kind
    bad = [f for f in c.features if f not in features_of_kind(kind)]
    if not bad:
        return
    if kind == "image":
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "features {bad} are for 2-D points; image data takes {choices}"),
                                  bad=", ".join(bad), choices=", ".join(features_of_kind("image"))))
    raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "features {bad} are for images; 2-D points take {choices}"),
                              bad=", ".join(bad), choices=", ".join(features_of_kind("points"))))


def _field_param(f) -> Param:
    if "param" not in f.metadata:
        raise TypeError(f"Config field {f.name!r} has no declaration: write it as "
                        f"{f.name}: {f.type} = _declared(default, ...)")
    declared = dict(f.metadata["param"])
    if f.type in ("int", "float"):
        declared.setdefault("kind", "number")
        declared["integer"] = f.type == "int"
    elif f.type == "str":
        declared.setdefault("kind", "choice" if "choices" in declared else "text")
    return Param(f.name, f.default, **declared)


#: Every field's declaration, by key, in the order of the fields.
FIELDS: dict[str, Param] = {f.name: _field_param(f) for f in fields(Config) if f.name != "option_values"}

#: The architecture as the panel and the CLI also take it, "layers x units": keys of
#: ``replace``, ``from_dict``, the CLI and the panel that rebuild ``hidden``.
SHAPE: dict[str, Param] = {p.key: p for p in (
    Param("hidden_layers", len(FIELDS["hidden"].default), 0, MAX_HIDDEN_LAYERS, QT_TRANSLATE_NOOP("registry", "Hidden layers"), integer=True,
          widget="slider", metavar="N",
          doc=QT_TRANSLATE_NOOP("registry", "How many hidden layers the network has. With 0 it can only draw a straight boundary; "
              "each layer lets it bend the boundary further."),
          cli="number of hidden layers (with --neurons)"),
    Param("neurons", FIELDS["hidden"].default[0], 1, MAX_UNITS, QT_TRANSLATE_NOOP("registry", "Neurons"), integer=True, log=True, widget="log",
          metavar="N",
          doc=QT_TRANSLATE_NOOP("registry", "How many units each hidden layer has. More units can fit finer detail but train slower and can "
              "overfit."),
          cli="units per hidden layer (with --hidden-layers)"),
)}

#: The Config key that picks an entry of each registry (read from the fields' declarations).
REGISTRIES: dict[str, Registry] = {k: p.choices for k, p in FIELDS.items() if isinstance(p.choices, Registry)}

#: Changing one of these mid-run applies from the next step and keeps the weights
#: (so do options declared ``live``, see :func:`live_keys`); changing any other
#: key starts a new run from fresh weights.
LIVE_FIELDS = frozenset(k for k, p in FIELDS.items() if p.live)


def _checked(p: Param, value: Any, strict: bool = False) -> Any:
    """``p.check`` with its error as a ConfigError (the message names the key)."""
    try:
        return p.check(value, strict=strict)
    except ConfigError:
        raise
    except ValueError as e:
        raise ConfigError(message_of(e)) from None


def _as_int(name: str, v: Any) -> int:
    try:
        return schema_as_int(name, v)
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
        try:
            out[k] = FIELDS[k].coerce(v)
        except ConfigError:
            raise
        except ValueError as e:
            raise ConfigError(message_of(e)) from None
    return out
