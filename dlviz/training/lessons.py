"""Lessons: one JSON file per concept of the course, checked, and run headless.

A lesson file lives in ``resources/lessons/<id>.json`` (found through
``importlib.resources`` on ``dlviz.resources``). Every text is a pair
``{"en": "...", "ko": "..."}`` (the Korean one must hold Hangul, unless both
are the same name or number, such as "Adam"). The schema, every key required
unless marked optional:

``id``
    the file's name without ``.json``: lowercase letters, digits and ``-``.
``order``
    an integer >= 1, unique: the lesson's place in the course.
``tags``
    1 or more of :data:`TAGS`, the course's concepts.
``title``, ``text``
    texts: a short title, and the explanation shown beside the views.
``scene``
    what the window shows:

    - ``config``: a Config dict, the keys of ``dlviz train --config`` (no
      ``csv``); ``epochs`` >= 1, so the window stops where the checks look.
    - ``compare`` (optional): ``{key: [2-4 values]}``, one or two keys, as
      :func:`dlviz.training.compare.variants` takes.
    - ``views``: ``{"visible": [dock names], "front": dock name}``, names from
      :data:`DOCKS`; ``front`` is one of ``visible``.
    - ``layer`` (optional): the hidden layer the layer views select, 1-based.
    - ``thinned`` (optional, default false): show the thinned network (needs dropout).
    - ``watch_speed``: epochs per second, 1 to 1000, or ``"max"``.
    - ``paths`` (optional): the optimizer paths lab, opened beside the run:
      ``{"surface": name, "start": [x, y], "steps": 1-2000, "optimizers":
      [1-4 {"optimizer": name, "lr": number > 0}]}`` (names from the surfaces'
      and optimizers' registries, each optimizer once). The ``path_*`` metrics
      read these paths (:func:`dlviz.training.paths.compute_paths`, headless).
``predict``
    ``{"question": text, "choices": [2-4 texts], "answer": index}``, asked
    before the run starts.
``look_at``
    1-4 ``{"view": name, "text": text}``, names from :data:`VIEWS`.
``try_next``
    1-3 ``{"label": text, "config": {changes}, "compare": {...} or null}``
    (``compare`` optional: a new comparison, or null for a single run).
``expectations``
    1-3 machine-checked statements of what the run shows, each
    ``{"text": text, ...a condition...}``.
``measure`` (optional)
    1-4 ``{"text": text, "metric": name, "run": ...}``: what the learner is
    shown measured after the run, never checked (a time is the machine's, not the
    lesson's): ``text`` holds ``{value}`` in every language, where the value goes
    with its unit. ``metric`` is one of :data:`MEASURES`: ``seconds_per_step`` and
    ``seconds_per_epoch`` (the wall time of training, per step or per epoch),
    ``activation_bytes`` (the bytes the arrays of one training batch's forward and
    backward pass take: inputs, pre-activations, outputs, deltas, probabilities;
    read from the network's own arrays); ``same_sign`` (the mean over the run's
    recorded steps and its hidden layers of the ``same_sign`` metric, shown as a
    percentage), ``mean_activation`` (the metric's value per hidden layer, shown
    as a list) and ``straight_pieces`` (the metric's count): these are the run's,
    not the machine's, and are checked by the expectations that name their metrics. ``run`` as for a quantity.
``noise_scales`` (optional, default ``[0.5, 1, 1.5]``)
    the factors of the scene's noise under which the expectations must hold (on
    seeds 0-3 as well): what ``dlviz lessons --check`` and the seed test run. A
    lesson whose point needs its own noise level lists fewer (``[1]``) and says
    why in its text.

**Conditions.** ``{"any": [conditions]}`` or ``{"all": [conditions]}``, or a
comparison ``QUANTITY OP RIGHT``: the quantity's keys, ``"op"`` (one of
:data:`OPS`), and on the right either ``"value"`` (a number; true/false for
``diverged``) or ``"than"`` (another quantity) with optional ``"times"`` and
``"plus"``: right = times x than + plus.

A **quantity** is ``{"metric": name, "run": ..., "layer": ..., "at": ...,
"over": quantity}``:

- ``metric``: one of :data:`METRICS`, from what the Trainer records:
  ``train_loss``, ``train_accuracy``, ``val_loss``, ``val_accuracy`` (the final
  weights, as ``dlviz train --json``; with ``at``, the per-epoch history); for a
  regression the losses are the MSE and ``train_r2``, ``val_r2`` its R² (accuracy
  has no value there, R² none for classification);
  ``step_loss`` (per step, needs ``at``); ``lr`` (per epoch, default the last);
  ``grad_norm`` (per weight layer; the last is the output layer),
  ``dead_fraction`` and ``saturated`` (shares 0-1 per hidden layer), and
  ``same_sign`` (per hidden layer: the share of the next layer's units whose
  weights from it all moved the same way, all up or all down, in the step:
  :func:`dlviz.training.trainer.same_sign_shares`; with ``"at": "mean"`` the share
  of the recorded steps, the zig-zag of all-positive inputs), from the
  diagnostics rows the trainer records at every epoch's end (and every 256
  steps inside long epochs), default the last row;
  ``epochs``, ``steps``, ``steps_per_epoch``, ``diverged``, ``diverged_at_step``;
  ``ln_k`` (ln of the number of classes: the loss of a chance guess), ``chance``
  (1 / the number of classes: the accuracy of a guess);
  ``loss_jitter``: the mean |change| of the per-step loss over the last
  :data:`JITTER_STEPS` steps (how much the steps bounce); ``epoch_jitter``: the
  same for the training loss (on the whole training set) between the last
  :data:`JITTER_EPOCHS` epochs (does the run still bounce, or has it settled?);
  ``mean_activation`` (per hidden layer): the mean output of its units on the
  training points, with the final weights (sigmoid ~0.5, tanh ~0); ``unit_spread``
  (per hidden layer): how much its units differ, the mean over the training
  points of the standard deviation of their outputs across the units (0 when
  every unit computes the same thing, as after an all-zero initialisation);
  ``path_loss`` (f where an optimizer's path of ``scene.paths`` ends) and
  ``path_gap`` (that f minus the surface's global minimum: ~0 when the path
  found the global minimum, larger when it stopped in a local one); these name
  the optimizer with ``"path"`` and take no ``run``, ``layer`` or ``at``;
  ``straight_pieces`` (a 1-D regression's fitted curve: how many straight pieces
  it is made of over the data's x range, 1 for a line; a ReLU net's curve bends
  at most once per unit of one hidden layer); ``weight_change`` (per weight layer,
  the final weights only: ‖W − W₀‖ / ‖W₀‖, how far they moved from the start).
- ``run``: which run of a comparison, by label (``"optimizer=adam"``) or
  0-based index; required when the lesson compares, else omitted.
- ``layer``: for the layered metrics, required: 1-based, negative counts from
  the end (-1: the last), or ``"max"``, ``"min"``, ``"mean"`` over the layers.
- ``at``: over time: ``"end"``, ``"first"``, ``"min"``, ``"max"``, ``"mean"``,
  or an epoch number (1-based; a step number for ``step_loss``).
- ``over``: divide by this quantity (a ratio).

Inside ``than`` and ``over`` a key left out is taken from the quantity on the
left (only ``run`` when they name another metric). Examples::

    {"metric": "val_accuracy", "op": "<=", "value": 0.75}
    {"metric": "val_loss", "run": "hidden_layers=6", "op": ">", "than": {"run": "hidden_layers=1"}, "times": 2}
    {"metric": "grad_norm", "layer": 1, "at": "mean", "over": {"layer": -1}, "op": "<", "value": 0.01}
    {"any": [{"metric": "diverged", "op": "==", "value": true},
             {"metric": "train_loss", "op": ">", "than": {"metric": "ln_k"}}]}

A quantity the run does not have (a validation loss without validation points,
a step past the last) makes its condition false, never an error at run time.

The structure above is also a JSON Schema, ``resources/lessons.schema.json``
(for editors and other tools): every lesson is validated with it first, then the
checks a schema cannot express run (the config through Config, Hangul in the
Korean texts, run labels, layer counts, the epoch budget).

Any bad file is one :class:`LessonError` naming the file and the field.
Qt-free: the window's lesson dock and the CLI read the same objects.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import math
import operator
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..common.files import FileProblem, JSONProblem, parse_json, read_json
from ..config import Config, ConfigError
from .compare import variants
from .trainer import Trainer

MAX_LESSON_BYTES = 1024 * 1024  # a lesson is a few KB

#: The course's concepts; every one has at least one lesson.
TAGS = ("ml-vs-dl", "perceptron", "xor", "mlp", "nonlinearity", "softmax", "cross-entropy", "step",
        "sigmoid-vanishing", "tanh", "relu-dying", "leaky-relu", "gelu", "lr-too-big", "lr-too-small", "lr-schedule",
        "epochs", "batch-size", "optimizers", "hidden-layers", "dropout", "l2", "early-stopping", "init", "backprop", "regression")
LANGS = ("en", "ko")
#: The window's view docks, by objectName (dlviz/ui/layouts.py, dlviz/ui/compare.py).
DOCKS = ("loss_dock", "network_dock", "gradient_dock", "health_dock", "weights_dock", "activation_dock",
         "dropout_dock", "compare_dock", "schedule_dock", "backprop_dock", "samples_dock", "confusion_dock",
         "mistakes_dock", "first_layer_dock")
#: Everything a pointer may name: the docks, the centre's plots (an image run's PCA map is
#: ``embedding_plot``, a regression's curve or surface ``regression_plot``) and the controls.
VIEWS = ("decision_plot", "regression_plot", "decision_thinned", "compare_tiles", "embedding_plot", *DOCKS,
         "controls_dock", "paths_lab")
_ADDED_DOCKS: list[str] = []  # views registered at run time (dlviz.ui.viewspec.register)


def add_dock(name: str) -> None:
    """A dock added to the window's views: lessons may name it too."""
    if name not in DOCKS and name not in _ADDED_DOCKS:
        _ADDED_DOCKS.append(name)


def remove_dock(name: str) -> None:
    if name in _ADDED_DOCKS:
        _ADDED_DOCKS.remove(name)


def dock_names() -> tuple[str, ...]:
    """The dock names a scene may show: :data:`DOCKS` and those added since."""
    return (*DOCKS, *_ADDED_DOCKS)


def pointer_names() -> tuple[str, ...]:
    """The names a pointer may name: :data:`VIEWS` and the docks added since."""
    return (*VIEWS, *_ADDED_DOCKS)
WATCH_MIN, WATCH_MAX = 1, 1000  # epochs per second

OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq,
       "!=": operator.ne}
_FINAL = ("train_loss", "train_accuracy", "val_loss", "val_accuracy", "train_r2", "val_r2")
_HISTORY_OF = {"train_loss": "train_loss", "train_accuracy": "train_acc", "val_loss": "val_loss",
               "val_accuracy": "val_acc", "lr": "lr", "step_loss": "step_loss",
               "train_r2": "train_acc", "val_r2": "val_acc"}  # (a regression's history keeps R² there)
_R2 = ("train_r2", "val_r2")  # a regression run's only (a classification run has none: None)
_LAYERED = {"grad_norm": "weight", "dead_fraction": "hidden", "saturated": "hidden", "same_sign": "hidden"}
_RUN = ("epochs", "steps", "steps_per_epoch", "diverged", "diverged_at_step", "ln_k", "chance", "loss_jitter",
        "epoch_jitter", "straight_pieces")
_END_ONLY = {"mean_activation": "hidden", "unit_spread": "hidden",  # per hidden layer, from the final weights only
             "weight_change": "weight"}  # per weight layer: how far the final weights moved from the start
_PATH = ("path_loss", "path_gap")  # from the scene's optimizer paths (scene.paths), not from a run
METRICS = (*_FINAL, "step_loss", "lr", *_LAYERED, *_END_ONLY, *_RUN, *_PATH)
#: Shown after a run, never checked: wall-clock times and memory (``measure``).
MEASURES = ("seconds_per_step", "seconds_per_epoch", "activation_bytes", "same_sign", "mean_activation",
            "straight_pieces")
#: The most steps of a lesson's optimizer paths (the lab's own limit).
PATH_STEPS_MAX = 2000
#: loss_jitter looks at this many of the last steps.
JITTER_STEPS = 20
#: epoch_jitter looks at this many of the last epochs.
JITTER_EPOCHS = 10
#: The noise factors a lesson's expectations must hold under, unless it lists its own.
NOISE_SCALES = (0.5, 1.0, 1.5)
#: The seeds every lesson's expectations must hold on.
CHECK_SEEDS = (0, 1, 2, 3)
_AT_WORDS = ("end", "first", "min", "max", "mean")
_LAYER_WORDS = ("max", "min", "mean")
_QUANTITY_KEYS = {"metric", "run", "layer", "at", "over", "path"}
#: A lesson id: lowercase letters, digits and "-" (the file is <id>.json).
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
_ID = re.compile(ID_PATTERN)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


class LessonError(ValueError):
    """A lesson file is unreadable or breaks the schema; the message names the file and the field."""


@dataclass(frozen=True)
class Lesson:
    """One lesson, validated. Texts are ``{"en", "ko"}`` dicts; ``expectations``
    are the file's conditions (see the module docstring)."""

    id: str
    order: int
    tags: tuple[str, ...]
    title: dict
    text: dict
    config: Config
    compare: dict | None  # {key: [values]}
    views: dict  # {"visible": [...], "front": ...}
    layer: int | None
    thinned: bool
    watch_speed: float | str
    predict: dict
    look_at: tuple[dict, ...]
    try_next: tuple[dict, ...]
    expectations: tuple[dict, ...]
    source: str
    noise_scales: tuple[float, ...] = NOISE_SCALES
    paths: dict | None = None  # {"surface", "start": (x, y), "steps", "optimizers": ({"optimizer", "lr"}, ...)}
    measures: tuple[dict, ...] = ()  # ({"text", "metric", "run"}, ...): shown, not checked

    def runs(self) -> list[tuple[str, Config]]:
        """(label, config) of the lesson's run, or of every run of its comparison."""
        if self.compare:
            return variants(self.config, self.compare)
        return [("run", self.config)]

    def variant(self, seed: int | None = None, noise: float | None = None,
                noise_scale: float | None = None) -> "Lesson":
        """The same lesson on another seed and/or noise (absolute, or a factor of the
        scene's): what ``dlviz train --lesson ID --seed N --noise X`` trains."""
        changes = {}
        if seed is not None:
            changes["seed"] = seed
        if noise is not None:
            changes["noise"] = noise
        elif noise_scale is not None:
            changes["noise"] = round(self.config.noise * noise_scale, 6)
        if not changes:
            return self
        return dataclasses.replace(self, config=self.config.replace(**changes))


# -- reading and checking --------------------------------------------------------------------


class _At:
    """Where in which file a value sits, for the one error message."""

    def __init__(self, source: str, path: str = ""):
        self.source, self.path = source, path

    def __getitem__(self, key) -> "_At":
        step = f"[{key}]" if isinstance(key, int) else (f".{key}" if self.path else str(key))
        return _At(self.source, self.path + step)

    def error(self, problem: str) -> LessonError:
        return LessonError(f"{self.source}: {self.path or 'the file'}: {problem}")

    def fail(self, problem: str):
        raise self.error(problem)


def _obj(v, at: _At, required: set[str], optional: set[str] = frozenset()) -> dict:
    if not isinstance(v, dict):
        at.fail(f"must be a JSON object, got {type(v).__name__}")
    missing = sorted(required - set(v))
    if missing:
        at.fail(f"missing {', '.join(repr(k) for k in missing)}")
    unknown = sorted(set(v) - required - set(optional))
    if unknown:
        at.fail(f"unknown key(s) {', '.join(repr(k) for k in unknown)}; "
                f"allowed: {', '.join(sorted(required | set(optional)))}")
    return v


def _list(v, at: _At, lo: int, hi: int) -> list:
    if not isinstance(v, list):
        at.fail(f"must be a list, got {type(v).__name__}")
    if not lo <= len(v) <= hi:
        at.fail(f"must hold {lo} to {hi} items, got {len(v)}" if lo != hi else f"must hold {lo} items")
    return v


def _int(v, at: _At, lo: int | None = None) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        at.fail(f"must be an integer, got {v!r}")
    if lo is not None and v < lo:
        at.fail(f"must be at least {lo}, got {v}")
    return v


def _number(v, at: _At) -> float:
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 10 ** 300:
        at.fail("must be a finite number, got a huge integer")  # (math.isfinite would raise OverflowError)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        at.fail(f"must be a finite number, got {v!r}")
    return float(v)


def _text(v, at: _At) -> dict:
    _obj(v, at, set(LANGS))
    for lang in LANGS:
        s = v[lang]
        if not isinstance(s, str) or not s.strip():
            at[lang].fail("must be a non-empty string")
    # A name or a number ("Adam", "8") is the same in both; anything else needs Korean.
    if not _HANGUL.search(v["ko"]) and v["ko"].strip().lower() != v["en"].strip().lower():
        at["ko"].fail("holds no Hangul: write the Korean text")
    return {lang: v[lang].strip() for lang in LANGS}


def _config(raw, at: _At, base: Config | None = None) -> Config:
    if not isinstance(raw, dict):
        at.fail("must be a JSON object of Config keys")
    for bad in ("csv", "target_column", "compare"):
        if bad in raw:
            at[bad].fail("is not allowed here" + (": use scene.compare" if bad == "compare" else
                                                  ": a lesson trains on generated data"))
    try:
        config = base.replace(**raw) if base is not None else Config.from_dict(raw)
    except (ConfigError, TypeError) as e:
        raise at.error(str(e)) from None
    if config.epochs < 1:
        at["epochs"].fail("a lesson needs an epoch budget of at least 1")
    return config


def _compare(raw, at: _At, config: Config) -> dict | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        at.fail('must map keys to lists of values, e.g. {"optimizer": ["sgd", "adam"]}')
    try:
        variants(config, raw)
    except ConfigError as e:
        raise at.error(str(e).removeprefix("--compare ")) from None
    return {k: list(v) for k, v in raw.items()}


@functools.cache
def lesson_validator():
    """The validator (``jsonschema``) of ``resources/lessons.schema.json``, the lessons' JSON Schema."""
    import jsonschema  # here: a quarter of a second, paid when the first lesson is read, not at start-up

    schema = json.loads((resources.files("dlviz.resources") / "lessons.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


_TYPE_WORDS = {"object": "a JSON object", "array": "a list", "integer": "an integer", "number": "a finite number",
               "string": "a string", "boolean": "true or false", "null": "null"}


def _schema_problem(error) -> str:
    """A schema error in the words the lesson checks use ("missing 'ko'", "must hold 1 to 3 items, got 0")."""
    v, sch, kind = error.instance, error.schema, error.validator
    if kind == "required":
        return "missing " + ", ".join(repr(k) for k in sorted(set(sch["required"]) - set(v)))
    if kind == "additionalProperties" and isinstance(sch.get("properties"), dict):
        allowed = set(sch["properties"])
        unknown = sorted(set(v) - allowed)
        return f"unknown key(s) {', '.join(repr(k) for k in unknown)}; allowed: {', '.join(sorted(allowed))}"
    if "x-error" in sch:
        return f"{sch['x-error']}, got {v!r}"
    if kind == "type":
        kinds = sch["type"] if isinstance(sch["type"], list) else [sch["type"]]
        got = type(v).__name__ if isinstance(v, (dict, list)) else repr(v)
        return f"must be {' or '.join(_TYPE_WORDS.get(k, k) for k in kinds)}, got {got}"
    if kind in ("minItems", "maxItems"):
        lo, hi = sch.get("minItems", 0), sch.get("maxItems")
        return f"must hold {lo} to {hi} items, got {len(v)}" if lo != hi else f"must hold {lo} items"
    if kind == "uniqueItems":
        return f"a {sch.get('items', {}).get('title', 'value')} is given twice"
    if kind == "enum":
        return f"unknown {sch.get('title', 'value')} {v!r}; choose from {', '.join(map(str, sch['enum']))}"
    if kind == "minimum" and "maximum" not in sch:
        return f"must be at least {sch['minimum']}, got {v!r}"
    if kind in ("minimum", "maximum"):
        return f"must be {sch.get('minimum')} to {sch.get('maximum')}, got {v!r}"
    return error.message


#: Lessons (as their JSON text) that passed the schema: jsonschema takes ~10 ms a lesson, and the
#: window and the CLI read the bundled ones more than once.
_SCHEMA_PASSED: set[str] = set()


def _validate_schema(data: Any, at: "_At") -> None:
    """``data`` against the lessons' JSON Schema: the first problem (in the file's order) as one LessonError."""
    try:
        key = json.dumps(data, sort_keys=True)
    except (TypeError, ValueError):  # (not from a JSON file: the schema says what is wrong)
        key = None
    if key is not None and key in _SCHEMA_PASSED:
        return
    errors = list(lesson_validator().iter_errors(data))
    if not errors and key is not None and len(_SCHEMA_PASSED) < 1000:
        _SCHEMA_PASSED.add(key)
    if errors:
        error = min(errors, key=_document_order(data))
        where = at
        for step in error.absolute_path:
            where = where[step]
        where.fail(_schema_problem(error))


def _document_order(data: Any):
    """Sort key: where an error sits in the file (a key's place in its object, an item's index), shallow first."""
    def key(error):
        places, node = [], data
        for step in error.absolute_path:
            places.append(list(node).index(step) if isinstance(node, dict) else step)
            node = node[step]
        return places
    return key


def parse_lesson(data: Any, source: str = "<lesson>") -> Lesson:
    """A :class:`Lesson` from a file's parsed JSON; a LessonError naming ``source`` and the field."""
    at = _At(source)
    _validate_schema(data, at)
    _obj(data, at, {"id", "order", "tags", "title", "text", "scene", "predict", "look_at", "try_next",
                    "expectations"}, {"noise_scales", "measure"})
    lid = data["id"]
    if not isinstance(lid, str) or not _ID.match(lid):
        at["id"].fail(f"must be lowercase letters, digits and '-', got {lid!r}")
    stem = Path(source).stem
    if source.endswith(".json") and stem != lid:
        at["id"].fail(f"is {lid!r} but the file is {stem}.json: they must match")
    order = _int(data["order"], at["order"], 1)
    tags = _list(data["tags"], at["tags"], 1, len(TAGS))
    for i, t in enumerate(tags):
        if t not in TAGS:
            at["tags"][i].fail(f"unknown tag {t!r}; choose from {', '.join(TAGS)}")
    if len(set(tags)) != len(tags):
        at["tags"].fail("a tag is given twice")
    title, text = _text(data["title"], at["title"]), _text(data["text"], at["text"])

    sat = at["scene"]
    scene = _obj(data["scene"], sat, {"config", "views", "watch_speed"}, {"compare", "layer", "thinned", "paths"})
    config = _config(scene["config"], sat["config"])
    compare = _compare(scene.get("compare"), sat["compare"], config)
    runs = variants(config, compare) if compare else [("run", config)]
    views = _views(scene["views"], sat["views"], compare is not None)
    layer = scene.get("layer")
    if layer is not None:
        _int(layer, sat["layer"], 1)
        fewest = min(len(c.hidden) for _, c in runs)
        if layer > fewest:
            sat["layer"].fail(f"is {layer}, but a run has only {fewest} hidden layer(s)")
    thinned = scene.get("thinned", False)
    if not isinstance(thinned, bool):
        sat["thinned"].fail(f"must be true or false, got {thinned!r}")
    if thinned and not all(c.dropout > 0 for _, c in runs):
        sat["thinned"].fail("the thinned network needs dropout > 0 in every run")
    speed = scene["watch_speed"]
    if speed != "max":
        speed = _number(speed, sat["watch_speed"])
        if not WATCH_MIN <= speed <= WATCH_MAX:
            sat["watch_speed"].fail(f'must be {WATCH_MIN} to {WATCH_MAX} epochs per second or "max", got {speed:g}')

    paths = _paths(scene["paths"], sat["paths"]) if "paths" in scene else None
    path_names = tuple(o["optimizer"] for o in paths["optimizers"]) if paths else ()

    pat = at["predict"]
    pr = _obj(data["predict"], pat, {"question", "choices", "answer"})
    choices = [_text(c, pat["choices"][i]) for i, c in enumerate(_list(pr["choices"], pat["choices"], 2, 4))]
    answer = _int(pr["answer"], pat["answer"], 0)
    if answer >= len(choices):
        pat["answer"].fail(f"is {answer}, but there are only {len(choices)} choices (0-based)")
    predict = {"question": _text(pr["question"], pat["question"]), "choices": choices, "answer": answer}

    look_at = []
    for i, item in enumerate(_list(data["look_at"], at["look_at"], 1, 4)):
        lat = at["look_at"][i]
        _obj(item, lat, {"view", "text"})
        view = item["view"]
        if view not in pointer_names():
            lat["view"].fail(f"unknown view {view!r}; choose from {', '.join(pointer_names())}")
        if view in ("compare_dock", "compare_tiles") and compare is None:
            lat["view"].fail(f"{view} shows a comparison: the scene has none")
        if view == "paths_lab" and paths is None:
            lat["view"].fail("paths_lab shows the optimizer paths: the scene has no 'paths'")
        if view == "decision_thinned" and not thinned:
            lat["view"].fail("decision_thinned shows only with scene.thinned true")
        look_at.append({"view": view, "text": _text(item["text"], lat["text"])})

    try_next = []
    for i, item in enumerate(_list(data["try_next"], at["try_next"], 1, 3)):
        tat = at["try_next"][i]
        _obj(item, tat, {"label"}, {"config", "compare"})
        if "config" not in item and "compare" not in item:
            tat.fail("changes nothing: give config changes, a compare, or both")
        changes = item.get("config", {})
        if not isinstance(changes, dict):
            tat["config"].fail("must be a JSON object of Config keys")
        new = _config(changes, tat["config"], base=config)
        cmp = _compare(item["compare"], tat["compare"], new) if "compare" in item else compare
        if cmp is not None and "compare" not in item:
            _compare(cmp, tat["config"], new)  # the scene's comparison must still fit the changed config
        entry = {"label": _text(item["label"], tat["label"]), "config": dict(changes)}
        if "compare" in item:
            entry["compare"] = cmp
        try_next.append(entry)

    labels = [label for label, _ in runs]
    expectations = []
    for i, item in enumerate(_list(data["expectations"], at["expectations"], 1, 3)):
        eat = at["expectations"][i]
        if not isinstance(item, dict):
            eat.fail("must be a JSON object")
        if "text" not in item:
            eat.fail("missing 'text'")
        text_i = _text(item["text"], eat["text"])
        cond = {k: v for k, v in item.items() if k != "text"}
        _condition(cond, eat, labels, runs, path_names)
        expectations.append({"text": text_i, **copy.deepcopy(cond)})

    measures = []
    if "measure" in data:
        for i, item in enumerate(_list(data["measure"], at["measure"], 1, 4)):
            mat = at["measure"][i]
            _obj(item, mat, {"text", "metric"}, {"run"})
            text_m = _text(item["text"], mat["text"])
            for lang in LANGS:
                if "{value}" not in text_m[lang]:
                    mat["text"][lang].fail("must hold {value}, where the measured value goes")
            if item["metric"] not in MEASURES:
                mat["metric"].fail(f"unknown measure {item['metric']!r}; choose from {', '.join(MEASURES)}")
            run = item.get("run", 0)
            if "run" in item:
                _quantity({"metric": "epochs", "run": run}, mat, labels, runs)
            elif len(labels) > 1:
                mat.fail(f"the lesson compares runs: say which with 'run' ({', '.join(labels)})")
            measures.append({"text": text_m, "metric": item["metric"], "run": run})

    scales = NOISE_SCALES
    if "noise_scales" in data:
        nat = at["noise_scales"]
        scales = tuple(_number(v, nat[i]) for i, v in enumerate(_list(data["noise_scales"], nat, 1, 5)))
        if 1.0 not in scales or any(v <= 0 for v in scales):
            nat.fail("must hold 1 (the scene's own noise) and only factors above 0")
    return Lesson(lid, order, tuple(tags), title, text, config, compare, views, layer, thinned, speed, predict,
                  tuple(look_at), tuple(try_next), tuple(expectations), source, scales, paths, tuple(measures))


def _paths(raw, at: _At) -> dict:
    """scene.paths checked: a known surface, a finite start, a step count, 1-4 known optimizers."""
    from ..engine.optimizers import OPTIMIZERS
    from ..engine.surfaces import SURFACES

    _obj(raw, at, {"surface", "start", "steps", "optimizers"})
    if raw["surface"] not in SURFACES:
        at["surface"].fail(f"unknown surface {raw['surface']!r}; choose from {', '.join(SURFACES)}")
    start = tuple(_number(v, at["start"][i]) for i, v in enumerate(_list(raw["start"], at["start"], 2, 2)))
    steps = _int(raw["steps"], at["steps"], 1)
    if steps > PATH_STEPS_MAX:
        at["steps"].fail(f"must be 1 to {PATH_STEPS_MAX}, got {steps}")
    optimizers = []
    for i, item in enumerate(_list(raw["optimizers"], at["optimizers"], 1, 4)):
        oat = at["optimizers"][i]
        _obj(item, oat, {"optimizer", "lr"})
        if item["optimizer"] not in OPTIMIZERS:
            oat["optimizer"].fail(f"unknown optimizer {item['optimizer']!r}; choose from {', '.join(OPTIMIZERS)}")
        if any(o["optimizer"] == item["optimizer"] for o in optimizers):
            oat["optimizer"].fail("is given twice: the lab shows one path per optimizer")
        lr = _number(item["lr"], oat["lr"])
        if lr <= 0:
            oat["lr"].fail(f"must be above 0, got {lr:g}")
        optimizers.append({"optimizer": item["optimizer"], "lr": lr})
    return {"surface": raw["surface"], "start": start, "steps": steps, "optimizers": tuple(optimizers)}


def lesson_paths(l: Lesson) -> dict:
    """The lesson's optimizer paths (``scene.paths``), computed headless: {optimizer: Path}; {} without."""
    if not l.paths:
        return {}
    from .paths import PathSpec, compute_paths

    specs = [PathSpec(o["optimizer"], o["lr"]) for o in l.paths["optimizers"]]
    return compute_paths(l.paths["surface"], l.paths["start"], specs, l.paths["steps"])


def _views(raw, at: _At, comparing: bool) -> dict:
    _obj(raw, at, {"visible", "front"})
    visible = _list(raw["visible"], at["visible"], 1, len(dock_names()))
    for i, v in enumerate(visible):
        if v not in dock_names():
            at["visible"][i].fail(f"unknown dock {v!r}; choose from {', '.join(dock_names())}")
        if v == "compare_dock" and not comparing:
            at["visible"][i].fail("compare_dock shows a comparison: the scene has none")
    if len(set(visible)) != len(visible):
        at["visible"].fail("a dock is given twice")
    if raw["front"] not in visible:
        at["front"].fail(f"must be one of the visible docks, got {raw['front']!r}")
    return {"visible": list(visible), "front": raw["front"]}


def _condition(cond, at: _At, labels: list[str], runs, path_names: tuple[str, ...] = ()) -> None:
    if not isinstance(cond, dict):
        at.fail("must be a JSON object")
    for word in ("any", "all"):
        if word in cond:
            _obj(cond, at, {word})
            for i, sub in enumerate(_list(cond[word], at[word], 2, 4)):
                _condition(sub, at[word][i], labels, runs, path_names)
            return
    _obj(cond, at, {"metric", "op"}, _QUANTITY_KEYS | {"value", "than", "times", "plus"})
    left = _quantity({k: v for k, v in cond.items() if k in _QUANTITY_KEYS}, at, labels, runs, path_names)
    if not isinstance(cond["op"], str) or cond["op"] not in OPS:  # ([] in a dict is a TypeError)
        at["op"].fail(f"unknown op {cond['op']!r}; choose from {' '.join(OPS)}")
    if ("value" in cond) == ("than" in cond):
        at.fail("give either 'value' (a number) or 'than' (a quantity) on the right")
    if "value" in cond:
        for k in ("times", "plus"):
            if k in cond:
                at[k].fail("goes with 'than', not with 'value'")
        v = cond["value"]
        if left["metric"] == "diverged":
            if not isinstance(v, bool) or cond["op"] not in ("==", "!="):
                at["value"].fail("diverged is true or false: compare it with == or != to true/false")
        else:
            _number(v, at["value"])
    else:
        if not isinstance(cond["than"], dict):
            at["than"].fail("must be a quantity (a JSON object)")
        _quantity(_filled(left, cond["than"]), at["than"], labels, runs, path_names)
        for k in ("times", "plus"):
            if k in cond:
                _number(cond[k], at[k])


def _filled(base: dict, given: dict) -> dict:
    """``given`` (a ``than`` or ``over``) with the keys it leaves out taken from ``base``:
    all of them for the same metric, only the run for another one."""
    same = given.get("metric", base["metric"]) == base["metric"]
    keep = {k: v for k, v in base.items() if k != "over" and (same or k == "run" or (k == "path" and given.get(
        "metric", base["metric"]) in _PATH))}
    return {**keep, **given}


def _quantity(q: dict, at: _At, labels: list[str], runs, path_names: tuple[str, ...] = ()) -> dict:
    _obj(q, at, {"metric"}, _QUANTITY_KEYS)
    m = q["metric"]
    if m not in METRICS:
        at["metric"].fail(f"unknown metric {m!r}; choose from {', '.join(METRICS)}")
    if m in _PATH:
        if not path_names:
            at["metric"].fail(f"{m} reads the optimizer paths: the scene has no 'paths'")
        if "path" not in q:
            at.fail(f"{m}: say which optimizer's path with 'path' ({', '.join(path_names)})")
        if q["path"] not in path_names:
            at["path"].fail(f"no path of {q['path']!r}; the scene's paths are {', '.join(path_names)}")
        for k in ("run", "layer", "at"):
            if k in q:
                at[k].fail(f"{m} is one value per path: leave {k!r} out")
        if "over" in q:
            if not isinstance(q["over"], dict):
                at["over"].fail("must be a quantity (a JSON object)")
            _quantity(_filled(q, q["over"]), at["over"], labels, runs, path_names)
        return q
    if "path" in q:
        at["path"].fail(f"{m} is not a path metric: leave 'path' out")
    if "run" in q:
        run = q["run"]
        if len(labels) == 1:
            at["run"].fail("the lesson has one run: leave 'run' out")
        if isinstance(run, bool) or not isinstance(run, (int, str)):
            at["run"].fail(f"must be a run's label or 0-based index, got {run!r}")
        if isinstance(run, int) and not 0 <= run < len(labels):
            at["run"].fail(f"index {run} is out of range: the comparison has {len(labels)} runs")
        if isinstance(run, str) and run not in labels:
            at["run"].fail(f"no run is labelled {run!r}; the runs are {', '.join(labels)}")
    elif len(labels) > 1 and m not in ("ln_k", "chance"):
        at.fail(f"the lesson compares runs: say which with 'run' ({', '.join(labels)})")
    if m in _LAYERED or m in _END_ONLY:
        if "layer" not in q:
            at.fail(f"{m} is per layer: give 'layer' (1-based, -1 for the last, or max/min/mean)")
        layer = q["layer"]
        chosen = [c for _, c in runs] if "run" not in q else [_pick_config(q["run"], labels, runs)]
        weight = _LAYERED.get(m, _END_ONLY.get(m)) == "weight"
        count = min(len(c.hidden) + weight for c in chosen)
        if count == 0:
            at["layer"].fail(f"{m} needs a hidden layer; the run has none")
        if isinstance(layer, str):
            if layer not in _LAYER_WORDS:
                at["layer"].fail(f"must be a layer number or one of {', '.join(_LAYER_WORDS)}, got {layer!r}")
        elif isinstance(layer, bool) or not isinstance(layer, int) or layer == 0 or not -count <= layer <= count:
            at["layer"].fail(f"must be 1 to {count}, -1 to -{count} or one of {', '.join(_LAYER_WORDS)}, "
                             f"got {layer!r}")
    elif "layer" in q:
        at["layer"].fail(f"{m} is not per layer")
    if "at" in q:
        when = q["at"]
        if m in _RUN:
            at["at"].fail(f"{m} has one value per run: leave 'at' out")
        if m in _END_ONLY:
            at["at"].fail(f"{m} is measured on the final weights: leave 'at' out")
        if isinstance(when, str):
            if when not in _AT_WORDS:
                at["at"].fail(f"must be an epoch number or one of {', '.join(_AT_WORDS)}, got {when!r}")
        else:
            _int(when, at["at"], 1)
            if m not in ("step_loss",) and when > max(c.epochs for _, c in runs):
                at["at"].fail(f"epoch {when} is past the epoch budget")
    elif m == "step_loss":
        at.fail("step_loss is per step: give 'at' (a step number, or first/end/min/max/mean)")
    if "over" in q:
        if not isinstance(q["over"], dict):
            at["over"].fail("must be a quantity (a JSON object)")
        _quantity(_filled(q, q["over"]), at["over"], labels, runs, path_names)
    return q


def _pick_config(run, labels, runs) -> Config:
    return runs[run][1] if isinstance(run, int) else runs[labels.index(run)][1]


def lessons_folder():
    """``resources/lessons`` as an importlib.resources Traversable."""
    return resources.files("dlviz.resources") / "lessons"


def load_lesson(path) -> Lesson:
    """Read and check one lesson file (a path or a Traversable)."""
    name = str(path)
    try:
        if isinstance(path, (str, os.PathLike)):  # a file on disk: a regular one only, read with bounds
            data = read_json(path, MAX_LESSON_BYTES)
        else:  # a bundled lesson (a Traversable)
            data = parse_json(path.read_bytes(), MAX_LESSON_BYTES)
    except FileProblem as e:
        raise LessonError(str(e)) from None
    except JSONProblem as e:
        raise LessonError(f"{name}: {e}") from None
    except OSError as e:
        raise LessonError(f"{name}: cannot read: {e}") from None
    return parse_lesson(data, name)


def load_lessons(folder=None) -> list[Lesson]:
    """Every lesson in ``folder`` (default: the bundled ones), in course order.
    Two lessons with the same ``order`` are a LessonError naming both files."""
    folder = lessons_folder() if folder is None else folder
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    lessons = [load_lesson(f) for f in files]
    seen: dict[int, Lesson] = {}
    for item in lessons:
        other = seen.setdefault(item.order, item)
        if other is not item:
            raise LessonError(f"{item.source}: order: {item.order} is also the order of {other.source}")
    return sorted(lessons, key=lambda l: l.order)


def find_lesson(lesson_id: str, folder=None) -> Lesson:
    """The lesson ``lesson_id``; a LessonError listing the ids if there is none."""
    lessons = load_lessons(folder)
    for l in lessons:
        if l.id == lesson_id:
            return l
    raise LessonError(f"no lesson {lesson_id!r}; the lessons are {', '.join(l.id for l in lessons)}")


def lessons_index(folder=None) -> list[dict]:
    """``[{"id", "tags", "title": {"en", "ko"}}]`` in course order: what ``dlviz lessons --json`` prints."""
    return [{"id": l.id, "tags": list(l.tags), "title": dict(l.title)} for l in load_lessons(folder)]


# -- running and checking ---------------------------------------------------------------------


def run_lesson(lesson_or_id, folder=None) -> dict:
    """Train the lesson's run(s) headless, as ``dlviz train`` would, and check every expectation.

    Returns ``{"id", "runs": [{"label", "config", ...the keys of dlviz train --json...}],
    "expectations": [{"text": {"en", "ko"}, "holds": bool, "value": ..., "against": ...}]}``:
    ``value`` is the left side's value, ``against`` the right side's (lists for any/all).
    """
    from .threads import limit_blas_threads

    l = find_lesson(lesson_or_id, folder) if isinstance(lesson_or_id, str) else lesson_or_id
    trainers = [(label, Trainer(c)) for label, c in l.runs()]
    with limit_blas_threads():
        for _, t in trainers:
            while not (t.finished or t.diverged):
                t.run_epoch()
    runs = [{"label": label, "config": t.config.to_dict(), **t.summary()} for label, t in trainers]
    return {"id": l.id, "runs": runs, "expectations": check_expectations(l, trainers),
            "measures": measure(l, trainers)}


def measure(l: Lesson, trainers: list[tuple[str, Trainer]]) -> list[dict]:
    """Each ``measure`` of ``l`` on trained runs: ``{"text", "metric", "value"}`` (value None
    if the run has none, e.g. no step taken)."""
    out = []
    for m in l.measures:
        run = m["run"]
        t = trainers[run][1] if isinstance(run, int) else dict(trainers)[run]
        out.append({"text": dict(m["text"]), "metric": m["metric"], "value": _measured(t, m["metric"])})
    return out


def straight_pieces_of(t: Trainer) -> int | None:
    """How many straight pieces a 1-D regression's fitted curve is made of, over the data's
    x range (:func:`dlviz.training.regression.straight_pieces` of the curve the view draws);
    None for any other run."""
    if not t.regression or t.dataset.kind != "curve":
        return None
    from .regression import evaluate, straight_pieces

    e = evaluate(t)
    return straight_pieces(e.curve_x, e.curve_y)


def weight_changes(t: Trainer) -> list[float]:
    """Per weight layer, ‖W − W₀‖ / ‖W₀‖: how far the final weights moved from the ones the
    run started from (the same seed draws the same W₀: a fresh Trainer of the config)."""
    start = Trainer(t.config, dataset=t.dataset).net.weights
    out = []
    for w, w0 in zip(t.net.weights, start):
        w, w0 = np.asarray(w, np.float64), np.asarray(w0, np.float64)
        base = float(np.linalg.norm(w0))
        out.append(float(np.linalg.norm(w - w0)) / base if base > 0 else math.inf)
    return out


def _measured(t: Trainer, m: str):
    if m == "straight_pieces":
        return straight_pieces_of(t)
    if m == "same_sign":
        rows = np.asarray(t.history.same_sign.view(), dtype=np.float64)
        return float(np.nanmean(rows)) if rows.size and not np.isnan(rows).all() else None
    if m == "mean_activation":
        outs = t.net.hidden_outputs(t._train_rows[:, :-1])
        return [float(o.mean()) for o in outs] or None
    if m == "seconds_per_step":
        return t.train_seconds / t.step if t.step else None
    if m == "seconds_per_epoch":
        return t.train_seconds / t.epoch if t.epoch else None
    w = t.net.last_batch  # activation_bytes: the arrays one training batch's passes fill
    if w is None:
        return None
    arrays = [w.x, *w.z, *w.a, *w.d, w.probs] + (list(w.scale) if t.config.dropout > 0 else [])
    per_point = sum(a.nbytes for a in arrays) / w.x.shape[1]  # (the last batch of an epoch may be short)
    return int(round(per_point * min(t.config.batch_size, t.n_train)))


def format_measure(metric: str, value) -> str:
    """A measured value with its unit: "412 µs", "3.1 ms", "1.2 s"; "96 KB", "1.5 MB"; "83 %";
    per layer "+0.50 · +0.49"."""
    if value is None:
        return "–"
    if metric == "same_sign":
        return f"{100 * value:.0f} %"
    if metric == "straight_pieces":
        return str(int(value))
    if metric == "mean_activation":  # one per hidden layer
        return " · ".join(f"{v:+.2f}".replace("-", "−") for v in value)
    if metric == "activation_bytes":
        for unit, size in (("MB", 1024 ** 2), ("KB", 1024)):
            if value >= size:
                return f"{value / size:.3g} {unit}"
        return f"{int(value)} B"
    for unit, size in (("s", 1.0), ("ms", 1e-3)):
        if value >= size:
            return f"{value / size:.3g} {unit}"
    return f"{value * 1e6:.3g} µs"


def run_costs(snap) -> dict[str, str]:
    """What a run costs so far, from its :class:`~dlviz.training.messages.Snapshot`, with units:
    ``{"step", "epoch"}`` the training time per step and per epoch (measured: they vary from
    run to run and computer to computer), ``"bytes"`` what one batch's activations take
    (the batch-memory lesson's figures, in the status bar and the comparison's summary)."""
    return {"step": format_measure("seconds_per_step", snap.train_seconds / snap.step if snap.step else None),
            "epoch": format_measure("seconds_per_epoch", snap.train_seconds / snap.epoch if snap.epoch else None),
            "bytes": format_measure("activation_bytes", snap.activation_bytes or None)}


def check_expectations(l: Lesson, trainers: list[tuple[str, Trainer]]) -> list[dict]:
    """Each expectation of ``l`` checked on trained runs ((label, Trainer), in the order of ``l.runs()``)."""
    out = []
    paths = None
    if l.paths:
        from ..engine.surfaces import get_surface

        paths = (get_surface(l.paths["surface"]), lesson_paths(l))
    for e in l.expectations:
        cond = {k: v for k, v in e.items() if k != "text"}
        holds, value, against = _holds(cond, trainers, paths)
        out.append({"text": dict(e["text"]), "holds": holds, "value": value, "against": against})
    return out


def _holds(cond: dict, trainers, paths=None) -> tuple[bool, Any, Any]:
    for word, combine in (("any", any), ("all", all)):
        if word in cond:
            parts = [_holds(c, trainers, paths) for c in cond[word]]
            return combine(p[0] for p in parts), [p[1] for p in parts], [p[2] for p in parts]
    left_q = {k: v for k, v in cond.items() if k in _QUANTITY_KEYS}
    left = _value(left_q, trainers, paths)
    if "value" in cond:
        right = cond["value"]
    else:
        right = _value(_filled(left_q, cond["than"]), trainers, paths)
        if right is not None:
            right = cond.get("times", 1.0) * right + cond.get("plus", 0.0)
    if left is None or right is None or (isinstance(left, float) and math.isnan(left)) or (
            isinstance(right, float) and math.isnan(right)):
        return False, _rounded(left), _rounded(right)
    return bool(OPS[cond["op"]](left, right)), _rounded(left), _rounded(right)


def _rounded(v):
    """A value for the JSON report: 6 significant digits, counts as integers, None if not finite."""
    if isinstance(v, (bool, int)) or v is None:
        return v
    v = float(v)
    return float(f"{v:.6g}") if math.isfinite(v) else None


def _value(q: dict, trainers, paths=None):
    """The number (or bool) a quantity names, on the trained runs (or the scene's optimizer
    ``paths``); None if there is no such value."""
    m = q["metric"]
    if m in _PATH:
        v = _path_metric(m, q, paths)
    else:
        run = q.get("run", 0)
        t = trainers[run][1] if isinstance(run, int) else dict(trainers)[run]
        v = _metric(t, m, q)
    if v is not None and "over" in q:
        d = _value(_filled(q, q["over"]), trainers, paths)
        v = None if d is None or d == 0 else v / d
    return v


def _path_metric(m: str, q: dict, paths):
    """path_loss / path_gap of the optimizer ``q["path"]`` (``paths``: (Surface, {optimizer: Path}));
    None if it has no path or its path diverged."""
    if paths is None:
        return None
    surface, by_name = paths
    p = by_name.get(q["path"])
    if p is None or p.diverged_at is not None or len(p.loss) == 0:
        return None
    end = float(p.loss[-1])
    if m == "path_loss":
        return end
    return None if surface.f_min is None else end - surface.f_min


def _metric(t: Trainer, m: str, q: dict):
    h = t.history
    if m == "ln_k":
        return math.log(t.dataset.n_classes)
    if m == "chance":
        return 1.0 / t.dataset.n_classes
    if m == "loss_jitter":
        losses = np.asarray(h.step_loss.view(), dtype=np.float64)[-(JITTER_STEPS + 1):]
        return float(np.mean(np.abs(np.diff(losses)))) if len(losses) > 2 else None
    if m == "epoch_jitter":
        losses = np.asarray(h.train_loss.view(), dtype=np.float64)[-(JITTER_EPOCHS + 1):]
        return float(np.mean(np.abs(np.diff(losses)))) if len(losses) > 2 else None
    if m == "straight_pieces":
        return straight_pieces_of(t)
    if m == "weight_change":
        changes = weight_changes(t)
        layer = q["layer"]
        if isinstance(layer, str):
            return float({"max": np.max, "min": np.min, "mean": np.mean}[layer](changes))
        return changes[layer - 1 if layer > 0 else layer]
    if m in _END_ONLY:
        outs = t.net.hidden_outputs(t._train_rows[:, :-1])  # (the rows carry a column of ones)
        if m == "mean_activation":
            means = [float(o.mean()) for o in outs]
        else:  # unit_spread: (n, units) -> the spread across units, averaged over the points
            means = [float(o.astype(np.float64).std(axis=1).mean()) for o in outs]
        layer = q["layer"]
        if isinstance(layer, str):
            return float({"max": np.max, "min": np.min, "mean": np.mean}[layer](means))
        return means[layer - 1 if layer > 0 else layer]
    if m in ("epochs", "steps"):
        return t.epoch if m == "epochs" else t.step
    if m == "steps_per_epoch":
        return t.steps_per_epoch
    if m == "diverged":
        return t.diverged
    if m == "diverged_at_step":
        return t.diverged_at_step
    if m in _R2 and not t.regression:
        return None
    if m in _FINAL and "at" not in q:
        v = t.evaluate().get(m, math.nan)  # (a regression has no accuracy: NaN)
        return None if math.isnan(v) else v
    if m in _LAYERED:
        rows = np.asarray(getattr(h, m).view(), dtype=np.float64)
        if rows.ndim != 2 or len(rows) == 0:
            return None
        per_layer = _over_time(rows, q.get("at", "end"), h, diag=True)
        if per_layer is None:
            return None
        layer = q["layer"]
        if isinstance(layer, str):
            return float({"max": np.max, "min": np.min, "mean": np.mean}[layer](per_layer))
        return float(per_layer[layer - 1 if layer > 0 else layer])
    series = np.asarray(getattr(h, _HISTORY_OF[m]).view(), dtype=np.float64)
    if len(series) == 0:
        return None
    v = _over_time(series, q.get("at", "end"), h, diag=False)
    return None if v is None else float(v)


def _over_time(a: np.ndarray, at, h, diag: bool):
    """Reduce ``a`` (rows in time order) by ``at``; for diagnostics rows an epoch
    number picks the row recorded at that epoch's end (elsewhere the epoch's, or
    for step_loss the step's, own entry)."""
    if isinstance(at, str):
        if at == "end":
            return a[-1]
        if at == "first":
            return a[0]
        return {"min": np.min, "max": np.max, "mean": np.mean}[at](a, axis=0)
    if diag:
        epoch_steps = h.epoch_step.view()
        if at > len(epoch_steps):
            return None
        rows = np.flatnonzero(np.asarray(h.diag_step.view()) == epoch_steps[at - 1])
        return a[rows[-1]] if len(rows) else None
    return a[at - 1] if at <= len(a) else None


# -- checking a lesson on other seeds and noise -------------------------------------------------


def parse_seeds(text: str) -> list[int]:
    """``"0-3"``, ``"0,2,5"`` or ``"1"`` as a list of seeds; ValueError saying what is wrong."""
    seeds: list[int] = []
    for part in text.split(","):
        part = part.strip()
        lo, sep, hi = part.partition("-")
        try:
            a = int(lo)
            b = int(hi) if sep else a
        except ValueError:
            raise ValueError(f"--seeds: {part!r} is not a seed or a range such as 0-3") from None
        if a < 0 or b < a or b - a > 999:
            raise ValueError(f"--seeds: {part!r} is not a range of 1 to 1000 seeds from 0 up")
        seeds.extend(range(a, b + 1))
    return list(dict.fromkeys(seeds))


def check_lessons(lessons: list[Lesson], seeds=CHECK_SEEDS, noise_scales=None, on_row=None) -> list[dict]:
    """Run every lesson on every seed and noise factor (None: each lesson's own
    ``noise_scales``; a list: those of them the lesson allows) and check its
    expectations. One row per run: ``{"id", "seed", "noise_scale", "noise",
    "expectations": [{"text", "holds", "value", "against"}]}``; ``on_row(row)`` is
    called as each is done (the CLI prints as it goes)."""
    rows = []
    for lesson in lessons:
        scales = lesson.noise_scales if noise_scales is None else [
            s for s in noise_scales if s in lesson.noise_scales]
        for scale in scales:
            for seed in seeds:
                variant = lesson.variant(seed=seed, noise_scale=scale)
                row = {"id": lesson.id, "seed": seed, "noise_scale": scale, "noise": variant.config.noise,
                       "expectations": run_lesson(variant)["expectations"]}
                rows.append(row)
                if on_row is not None:
                    on_row(row)
    return rows


# The readers quizzes.py shares with the lessons: one way to read a course file and to say what is wrong.
FieldAt, read_int, read_list, read_obj, read_text = _At, _int, _list, _obj, _text
