"""One declaration per setting: :class:`Param` (as scikit-learn's ``_parameter_constraints``).

A Param names a key and declares, once, what every reader needs: its kind, its range
(``lo``/``hi``) or its ``choices``, its default, its label and help text (English
templates the window translates in the context ``"registry"``), whether a change
applies to the running run (``live``), the control the panel builds for it
(``widget``, and ``view``: the control's range where it is narrower than the
declared one) and the CLI's help for its flag. Readers: Config validation (every
field of ``dlviz.config.Config`` carries one, and every registry option *is* one,
see :class:`dlviz.common.registry.Option`), the CLI's flags and help, JSON config
files, the control panel and its tooltips.

The key is the one name everywhere: Config key, CLI flag (``batch_size`` ->
``--batch-size``), JSON key and the objectName of the widget that edits it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from .messages import QT_TRANSLATE_NOOP, Message, MessageError
from .numbers import finite_number

#: The kinds of value a Param holds.
KINDS = ("number", "choice", "text", "custom")
#: The panel's controls, by hint (see ``dlviz.ui.panels.control_panel.control_for``).
WIDGETS = ("", "slider", "log", "log_off", "choice", "checks", "seed", "epochs")


def shown(x: Any) -> str:
    """A bound or value as messages and help write it: 0.9, 1e-05, 1,000,000."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    if isinstance(x, int) or (isinstance(x, float) and x.is_integer() and abs(x) < 1e15):
        return f"{int(x):,}"
    return f"{x:g}"


@dataclass(frozen=True)
class Param:
    """A setting: its key and everything the CLI, the panel, JSON files and validation read.

    The first fields are in the order registry options have always been written:
    ``Option("momentum", 0.9, 0.0, 0.999, "Momentum", "momentum coefficient ...")``.
    """

    key: str  # Config key, CLI flag, JSON key, widget objectName
    default: Any
    lo: float | None = None  # a number's range, both ends included
    hi: float | None = None
    label: str = ""  # shown beside the control (translated in the context "registry")
    doc: str = ""  # one paragraph: the tooltip (translated), and the CLI help unless ``cli`` says otherwise
    integer: bool = False
    arg: str = ""  # a registry factory's keyword (defaults to ``key``)
    log: bool = False  # a slider for it moves on a log scale
    live: bool = False  # a change applies to the running run (else it starts a new one)
    kind: str = "number"  # one of KINDS
    choices: Mapping[str, Any] | None = None  # "choice": the names allowed (a Registry, read when checking)
    widget: str = ""  # the panel's control, one of WIDGETS ("" : chosen from integer/log/range)
    view: tuple[float, float] | None = None  # the control's range where narrower than lo..hi
    cli: str = ""  # the CLI help, a template filled with lo, hi, default, choices ("" : from doc)
    metavar: str = ""  # the CLI's name for the value ("" : the key in capitals)
    cli_default: Any = None  # what a headless run takes when the flag is not given (None: ``default``)
    parse: Callable[[Any], Any] | None = None  # "custom": text or JSON -> value (raises MessageError)
    validate: Callable[[Any], None] | None = None  # "custom": raises MessageError for a bad value

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.key}: kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if self.widget not in WIDGETS:
            raise ValueError(f"{self.key}: widget must be one of {', '.join(WIDGETS)}, got {self.widget!r}")
        if self.kind == "number" and (self.lo is None or self.hi is None or not self.lo <= self.hi):
            raise ValueError(f"{self.key}: a number needs lo <= hi")

    @property
    def keyword(self) -> str:
        return self.arg or self.key

    @property
    def flag(self) -> str:
        """The CLI flag: ``batch_size`` -> ``--batch-size``."""
        return "--" + self.key.replace("_", "-")

    @property
    def panel_range(self) -> tuple[float, float]:
        """The range of the panel's control (``view``, else ``lo``..``hi``)."""
        return self.view if self.view is not None else (self.lo, self.hi)

    # -- values -----------------------------------------------------------------------------
    def range_error(self, value: Any) -> MessageError:
        return MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be {lo} to {hi}, got {value}"), name=self.key, lo=shown(self.lo),
                                    hi=shown(self.hi),
                                    value=f"{value:g}" if isinstance(value, float) else value))

    def coerce(self, value: Any) -> Any:
        """A value from the edges (CLI text, JSON) converted to the kind, not yet range-checked;
        MessageError naming the key if it cannot be."""
        if self.kind == "number":
            if self.integer:
                return as_int(self.key, value)
            return finite_number(self.key, value)
        if self.kind == "custom":
            return self.parse(value) if self.parse is not None else value
        if not isinstance(value, str):
            raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be a name, got {value!r}"), name=self.key, value=value))
        return value.strip() if self.kind == "choice" else value

    def check(self, value: Any, strict: bool = False) -> Any:
        """``value`` of the declared kind and range (converted first unless ``strict``: then it
        must already be of its kind), or MessageError naming the key."""
        if not strict:
            value = self.coerce(value)
        if self.kind == "number":
            if self.integer:
                if strict and (isinstance(value, bool) or not isinstance(value, int)):
                    raise _not_int(self.key, value)
            elif strict:
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                    raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be a finite number, got {value!r}"), name=self.key,
                                               value=value))
            if not self.lo <= value <= self.hi:
                raise self.range_error(value)
            return value
        if self.kind in ("choice", "text"):
            if not isinstance(value, str):
                raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be a name, got {value!r}"), name=self.key, value=value))
            if self.kind == "choice" and value not in self.choices:
                raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "unknown {name} {value!r}; choose from {choices}"), name=self.key,
                                           value=value, choices=", ".join(self.choices)))
            return value
        if self.validate is not None:
            self.validate(value)
        return value

    # -- the CLI ------------------------------------------------------------------------------
    def cli_help(self) -> str:
        """The help of the CLI flag."""
        fill = dict(lo=shown_g(self.lo), hi=shown_g(self.hi), default=shown_g(self.default),
                    cli_default=shown_g(self.cli_default), choices=", ".join(self.choices or ()), key=self.key)
        if self.cli:
            return self.cli.format(**fill)
        if self.kind == "choice":
            return "{key}: {choices}".format(**fill)
        if self.kind == "number" and self.doc:
            return "{doc} ({lo} to {hi}, default {default})".format(doc=self.doc, **fill)
        return self.doc

    def json_schema(self) -> dict:
        """This setting in JSON Schema (what a config file's value may be; text is accepted
        where the CLI would accept it)."""
        out: dict[str, Any] = {"description": self.doc or self.cli_help()}
        if self.kind == "number":
            out["type"] = "integer" if self.integer else "number"
            out["minimum"], out["maximum"] = self.lo, self.hi
        elif self.kind == "choice":
            out["enum"] = list(self.choices or ())
        elif self.kind == "text":
            out["type"] = "string"
        if self.default is not None and not callable(self.default):
            out["default"] = list(self.default) if isinstance(self.default, tuple) else self.default
        return out


def shown_g(x: Any) -> str:
    """A number as the CLI's help has always written it (``:g``: 100000, 1e-05)."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return "" if x is None else str(x)
    return f"{x:g}"


def _not_int(name: str, v: Any) -> MessageError:
    return MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be an integer, got {value!r}"), name=name, value=v))


def as_int(name: str, v: Any) -> int:
    """An int from an int, a whole float or text ("12"); MessageError naming ``name`` otherwise."""
    if isinstance(v, bool):
        raise _not_int(name, v)
    if isinstance(v, float):
        if v.is_integer():
            return int(v)
        raise _not_int(name, v)
    if isinstance(v, str):
        try:
            return int(v.strip())
        except ValueError:
            pass
        try:  # "2.0" or "1e3", as the registry options have always taken them
            x = float(v)
        except ValueError:
            raise _not_int(name, v) from None
        if math.isfinite(x) and x.is_integer():
            return int(x)
        raise _not_int(name, v)
    if not isinstance(v, int):
        raise _not_int(name, v)
    return int(v)
