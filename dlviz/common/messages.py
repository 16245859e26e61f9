"""Messages for the user that the window can translate: an English template and its values.

The layers below the window speak English (the CLI prints ``str(error)``) and know no Qt.
An error that carries a :class:`Message` lets the window translate the template
(``QCoreApplication.translate("errors", template)``, see ``dlviz.ui.i18n.explain``) and fill
in the same values. A template is marked ``Message(QT_TRANSLATE_NOOP("errors", "..."), ...)``
(the no-op below), so ``pyside6-lupdate`` over the sources gives it to the translators.
A value may be a Message itself (the file's name around the problem), translated in turn.
"""

from __future__ import annotations

from typing import Any, Callable


class Message:
    """``Message("lr must be {lo:g} to {hi:g}, got {value:g}", lo=1e-5, hi=100.0, value=500.0)``:
    ``str()`` is the English text; ``render(translate)`` the text in another language."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: Any):
        self.template = template
        self.values = values

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        """The message with ``translate`` applied to its template and to every Message among
        its values; a translation that does not fit the values gives the English text."""
        values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.values.items()}
        if translate is not None:
            try:
                return translate(self.template).format(**values)
            except (KeyError, IndexError, ValueError):
                pass
        return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"


def message_of(error: BaseException) -> Message | str:
    """What ``error`` says: its :class:`Message` when it carries one, else its (English) text."""
    m = getattr(error, "message", None)
    return m if isinstance(m, Message) else str(error)


def process_ended(code: int | None) -> Message:
    """How a child process ended, in words: "killed by signal 9 (SIGKILL)", "exit code 1",
    or, with no exit code yet (None), that it closed its pipe."""
    import signal

    if code is None:
        return Message(QT_TRANSLATE_NOOP("errors", "it closed its pipe"))
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "unknown"
        return Message(QT_TRANSLATE_NOOP("errors", "killed by signal {n} ({name})"), n=-code, name=name)
    return Message(QT_TRANSLATE_NOOP("errors", "exit code {n}"), n=code)


class MessageError(ValueError):
    """A ValueError whose text is a :class:`Message` (or plain English text); ``.message`` holds it."""

    def __init__(self, message: Message | str):
        super().__init__(str(message))
        self.message = message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, which pyside6-lupdate reads)
    """Mark ``text`` for the translators under ``context`` and return it unchanged.

    The layers below the window import no Qt, yet their English reaches the window's
    translation: ``pyside6-lupdate`` finds ``QT_TRANSLATE_NOOP("ctx", "text")`` by its name,
    whichever module defines it. ``Message(QT_TRANSLATE_NOOP("errors", "..."), ...)`` marks an
    error template (the window translates it with ``dlviz.ui.i18n.explain``);
    ``QT_TRANSLATE_NOOP("registry", "...")`` a registry's label or description."""
    return text


def compiled_languages() -> tuple[str, ...]:
    """"en" and the code of every compiled translation, resources/i18n/dlviz_<code>.qm."""
    from importlib import resources

    folder = resources.files("dlviz.resources") / "i18n"
    found = (f.name[len("dlviz_"):-len(".qm")] for f in folder.iterdir()
             if f.name.startswith("dlviz_") and f.name.endswith(".qm"))
    return ("en", *sorted(found))
