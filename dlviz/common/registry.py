"""The one registry shape for activations, optimizers, schedules, inits and datasets.

An :class:`Entry` has a name, a label, a one-line doc, a factory and the options
it declares. An option's ``key`` is its name everywhere: the Config key, the CLI
flag (``leaky_slope`` -> ``--leaky-slope``), the JSON key and the widget's
objectName; ``arg`` is the factory's keyword for it. Config validation, the CLI
choices and flags, and the GUI's lists and option controls all read the
registries, so adding an entry (with its options) is the whole change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping

from .messages import QT_TRANSLATE_NOOP, Message, MessageError
from .numbers import finite_number


@dataclass(frozen=True)
class Option:
    """A numeric setting an entry declares, with its range and default."""

    key: str  # Config key, CLI flag, JSON key, widget objectName
    default: float
    lo: float
    hi: float
    label: str = ""  # shown beside the control
    doc: str = ""  # one line: tooltip and CLI help
    integer: bool = False
    arg: str = ""  # the factory's keyword (defaults to ``key``)
    log: bool = False  # a slider for it moves on a log scale
    live: bool = False  # a change applies to the running run (else it starts a new one)

    @property
    def keyword(self) -> str:
        return self.arg or self.key

    def check(self, value: Any) -> float | int:
        """``value`` converted to the option's kind and range, or ValueError naming the key."""
        x = finite_number(self.key, value)
        if self.integer:
            if not x.is_integer():
                raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be an integer, got {value!r}"), name=self.key, value=value))
            x = int(x)
        if not self.lo <= x <= self.hi:
            raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "{name} must be {lo:g} to {hi:g}, got {value!r}"), name=self.key, lo=self.lo,
                                             hi=self.hi, value=value))
        return x


@dataclass(frozen=True)
class Entry:
    """One registered choice: ``factory(**options)`` builds it."""

    name: str
    label: str
    doc: str
    factory: Callable[..., Any]
    options: tuple[Option, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)  # family-specific facts (e.g. relu_like)

    def build(self, values: Mapping[str, Any] | None = None, **fixed) -> Any:
        """Call the factory with ``fixed`` arguments and this entry's options, each
        from ``values`` (by key) or its default."""
        values = values or {}
        opts = {o.keyword: values.get(o.key, o.default) for o in self.options}
        return self.factory(**fixed, **opts)


class Registry(Mapping[str, Entry]):
    """Entries of one family by name, in the order they were added."""

    def __init__(self, family: str, entries: tuple[Entry, ...] = ()):
        self.family = family
        self._entries: dict[str, Entry] = {}
        for e in entries:
            self.add(e)

    def add(self, entry: Entry) -> Entry:
        """Register ``entry``; its option keys must not clash with another entry's
        option of a different meaning (two entries may share one option)."""
        for o in entry.options:
            other = self.option(o.key)
            if other is not None and other != o:
                raise ValueError(f"{self.family} option {o.key!r} is declared twice, differently")
        self._entries[entry.name] = entry
        return entry

    def remove(self, name: str) -> None:
        self._entries.pop(name, None)

    def get_entry(self, name: str) -> Entry:
        """The entry ``name``, or ValueError listing the choices."""
        try:
            return self._entries[name]
        except KeyError:
            raise ValueError(f"unknown {self.family} {name!r}; choose from {', '.join(self._entries)}") from None

    def options(self) -> tuple[Option, ...]:
        """Every option any entry declares, each key once."""
        seen: dict[str, Option] = {}
        for e in self._entries.values():
            for o in e.options:
                seen.setdefault(o.key, o)
        return tuple(seen.values())

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options() if o.key == key), None)

    def __getitem__(self, name: str) -> Entry:
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"Registry({self.family!r}, {list(self._entries)})"
