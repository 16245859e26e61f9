"""The one registry shape for activations, optimizers, schedules, inits and datasets.

An :class:`Entry` has a name, a label, a one-line doc, a factory and the options
it declares (each a :class:`~dlviz.common.schema.Param`, as Config's fields are).
An option's ``key`` is its name everywhere: the Config key, the CLI flag (``leaky_slope`` -> ``--leaky-slope``), the JSON key and the widget's
objectName; ``arg`` is the factory's keyword for it. Config validation, the CLI
choices and flags, and the GUI's lists and option controls all read the
registries, so adding an entry (with its options) is the whole change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping

from .schema import Param

#: A numeric setting an entry declares, with its range and default: a :class:`~dlviz.common.schema.Param`,
#: the same declaration as a Config field's (``Option("momentum", 0.9, 0.0, 0.999, "Momentum", "...")``).
Option = Param


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
