"""Comparisons: one base Config and one or two keys varied over 2-4 values each,
at most :data:`MAX_RUNS` runs in all (two keys of 3 values: a 3 x 3 grid).

Every run of a comparison is the base config with only the varied keys changed,
and the same seed: the same data, mini-batch order and dropout masks, and the
same initial weights wherever the layer shapes match (the trainer draws them
from the seed in layer order). So each run is bit-identical to that config run
alone. Qt-free: the CLI uses it now, the window's compare mode will.
"""

from __future__ import annotations

import itertools
import math

from ..common.messages import QT_TRANSLATE_NOOP, Message, message_of
from ..config import Config, ConfigError, config_keys

MIN_VALUES, MAX_VALUES = 2, 4
MAX_KEYS = 2  # one key, or two for a grid of runs
# Runs in one comparison: a 3 x 3 grid (or 2 x 4). The compiled engine trains nine
# Playground runs at full speed on two cores; sixteen tiles no longer fit a laptop's window.
MAX_RUNS = 9


def parse_axis(spec: str) -> tuple[str, tuple[str, ...]]:
    """``"lr=0.1,0.01"`` -> ``("lr", ("0.1", "0.01"))``; a ConfigError names what is wrong."""
    key, sep, values = spec.partition("=")
    key = key.strip().replace("-", "_")
    if not sep or not key:
        raise ConfigError(f"--compare {spec!r}: write KEY=V1,V2 (e.g. lr=0.1,0.01)")
    return check_axis(key, values.split(","), spec)


def check_axis(key: str, values, spec: str | None = None) -> tuple[str, tuple[str, ...]]:
    """A key that may be compared and 2-4 distinct values (as text); a ConfigError
    naming ``spec`` (default ``key=v1,v2``) otherwise."""
    vals = tuple(str(v).strip() for v in values)
    where = f"--compare {spec or key + '=' + ','.join(vals)!r}"
    check_values(where, key, vals, MIN_VALUES, MAX_VALUES,
                 Message(QT_TRANSLATE_NOOP("errors", "{where}: {key} holds a list; compare hidden_layers or neurons instead"), where=where, key=key))
    return key, vals


def check_values(where: str, key: str, vals: tuple[str, ...], lo: int, hi: int, holds_list: Message) -> None:
    """What a comparison's and a sweep's axis both need: a known key that is not a
    list (else ``holds_list``), and ``lo`` to ``hi`` distinct, non-empty values;
    ConfigErrors starting with ``where`` (the flag as given) otherwise."""
    if key not in set(config_keys()) | {"hidden_layers", "neurons"} or key == "option_values":
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{where}: unknown key {key!r}"), where=where, key=key))
    if key in ("hidden", "features"):
        raise ConfigError(holds_list)
    if any(not v for v in vals):
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{where}: an empty value"), where=where))
    if not lo <= len(vals) <= hi:
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{where}: give {lo} to {hi} values, got {n}"), where=where, lo=lo, hi=hi,
                                  n=len(vals)))
    if len(set(vals)) != len(vals):
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{where}: a value is given twice"), where=where))


def parse_specs(specs: list[str]) -> dict[str, tuple[str, ...]]:
    """The command line's ``--compare KEY=V1,V2`` (once or twice) as ``{key: values}``."""
    axes = [parse_axis(s) for s in specs]
    if len({k for k, _ in axes}) != len(axes):
        raise ConfigError("--compare: the same key twice")
    return dict(axes)


def variants(base: Config, axes) -> list[tuple[str, Config]]:
    """(label, config) of every run of ``axes`` ({key: values}): the product of the
    axes, first axis slowest. Every config is built (and so validated) here,
    before anything trains."""
    if not 1 <= len(axes) <= MAX_KEYS:
        raise ConfigError(f"--compare: give one or two keys, got {len(axes)}")
    checked = [check_axis(k, v) for k, v in axes.items()]
    sizes = [len(vals) for _, vals in checked]
    if math.prod(sizes) > MAX_RUNS:
        raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "--compare: {shape} values make {n} runs; at most {max} (e.g. 3 × 3)"),
                                  shape=" × ".join(map(str, sizes)), n=math.prod(sizes), max=MAX_RUNS))
    return product(base, checked, "--compare")


def product(base: Config, checked, flag: str) -> list[tuple[str, Config]]:
    """(label, config) for every combination of checked ``(key, values)`` axes, first
    axis slowest; a config the base does not take is a ConfigError naming ``flag``."""
    out = []
    for combo in itertools.product(*(vals for _, vals in checked)):
        changes = {k: v for (k, _), v in zip(checked, combo)}
        label = ", ".join(f"{k}={v}" for k, v in changes.items())
        try:
            out.append((label, base.replace(**changes)))
        except ConfigError as e:
            raise ConfigError(Message(QT_TRANSLATE_NOOP("errors", "{flag} {label}: {problem}"), flag=flag, label=label,
                                      problem=message_of(e))) from None
    return out
