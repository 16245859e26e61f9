"""Small controls for the hyperparameter panels; each shows its value and speaks in Config units.

Every control offers ``value()``, ``setValue()`` and a ``valueChanged`` signal, with
the same promises:

* ``setValue`` never raises. Wild input (negative, NaN, infinite, huge, a string
  of garbage) is clamped into range or ignored.
* Setting the value a control already has emits nothing.
* A value typed into a box is committed on Enter or when focus leaves; text that
  is not a number is rejected and the box shows the current value again.
* The mouse wheel changes a control only once it has focus (a click or Tab), so
  wheeling over the panel inside a scroll area scrolls the panel instead of
  silently changing whatever slider passes under the pointer.

The sliders are written here rather than wrapping superqt's ``QLabeled*Slider``:
the log slider needs its own position <-> value mapping anyway, and one base class
gives every slider the same value box (same width, so the boxes line up down the
panel), the same typing rules and exact Config values (a slider position maps to
a rounded value, while ``setValue(0.123)`` keeps 0.123 rather than the nearest
position).
"""

from __future__ import annotations

import bisect
import html
import math
from typing import Any, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyleOptionViewItem,
    QStyledItemDelegate,
    QWidget,
)

#: Mantissas of the log sliders' positions: round numbers a teacher can say out
#: loud ("zero point zero three"), about 22 a decade, no gap wider than 17 %.
NICE_MANTISSAS = (1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2, 2.2, 2.5, 2.8, 3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8, 9)
#: Integer log sliders (samples, neurons, batch size) step through these times
#: powers of ten, plus every integer up to 12 and the powers of two.
NICE_INT_MANTISSAS = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def rich_tip(text: str) -> str:
    """Wrap plain text as rich text so Qt word-wraps long tooltips instead of
    showing one very long line."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def number(v: Any) -> float | None:
    """``v`` as a float, or None when it is not a number (NaN, None, bools, garbage).

    Strings are accepted with a comma as the decimal mark too ("0,03").
    """
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, int):
        try:
            return float(v)
        except OverflowError:  # beyond a double: clamped like infinity
            return math.inf if v > 0 else -math.inf
    if isinstance(v, str):
        v = v.strip()
        if "," in v and "." not in v and v.count(",") == 1:
            v = v.replace(",", ".")
    try:
        x = float(v)
    except (TypeError, ValueError, OverflowError):
        return None
    return None if math.isnan(x) else x


def format_sig(x: float, digits: int = 3) -> str:
    """``x`` to ``digits`` significant digits, short: 0.03, 0.0316, 10, 1e-5."""
    s = f"{x:.{digits}g}"
    if "e" in s:
        mantissa, exp = s.split("e")
        s = f"{mantissa}e{int(exp)}"
    return s


def _ignore_wheel_unless_focused(widget: QWidget, event: QWheelEvent, base) -> None:
    if widget.hasFocus():
        base.wheelEvent(widget, event)
    else:
        event.ignore()  # passes to the parent: the scroll area scrolls


class _Slider(QSlider):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        _ignore_wheel_unless_focused(self, event, QSlider)


class _ValueEdit(QLineEdit):
    """The value box beside a slider: emits ``committed(text)`` when the user
    finishes editing and the text differs from what was shown, and
    ``stepped(n)`` for Up/Down (one slider position) and PageUp/PageDown (ten)."""

    committed = Signal(str)
    stepped = Signal(int)

    _STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 10, Qt.Key.Key_PageDown: -10}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._finish)

    def show_text(self, text: str) -> None:
        self._shown = text
        if self.text() != text:
            self.setText(text)
        self.setCursorPosition(0)

    def _finish(self) -> None:
        if self.text() != self._shown:
            self.committed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in self._STEPS:
            self._finish()  # commit what was typed, then step from there
            self.stepped.emit(self._STEPS[key])
            event.accept()
        elif key == Qt.Key.Key_Escape and self.text() != self._shown:
            self.show_text(self._shown)
            event.accept()
        else:
            super().keyPressEvent(event)


def value_box_width(widget: QWidget) -> int:
    """Width of every slider's value box: room for "0.0316" / "1.2e-5" / "5000"."""
    return widget.fontMetrics().horizontalAdvance("0.00000") + 14


class _SliderControl(QWidget):
    """A slider and a value box; subclasses define the position <-> value mapping.

    The value itself (``self._value``) is the truth; slider and box only show it.
    """

    valueChanged: Signal  # declared with its type by each subclass

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.slider = _Slider(self)
        self.slider.setObjectName("slider")
        self.edit = _ValueEdit(self)
        self.edit.setObjectName("box")
        self.edit.setFixedWidth(value_box_width(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.slider)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.valueChanged.connect(self._on_slider)
        self.edit.committed.connect(self._on_text)
        self.edit.stepped.connect(self._on_step)

    # -- subclass hooks ---------------------------------------------------------
    def _coerce(self, v: Any):  # -> value in range, or None to ignore
        raise NotImplementedError

    def _parse(self, text: str):  # typed text -> value in range, or None
        raise NotImplementedError

    def _format(self, value) -> str:
        raise NotImplementedError

    def _to_pos(self, value) -> int:
        raise NotImplementedError

    def _from_pos(self, pos: int):
        raise NotImplementedError

    # -- public -----------------------------------------------------------------
    def value(self):
        return self._value

    def setValue(self, v: Any) -> None:
        x = self._coerce(v)
        if x is not None:
            self._apply(x)

    def minimum(self):
        return self._min

    def maximum(self):
        return self._max

    def text(self) -> str:
        """The text the value box shows."""
        return self.edit.text()

    # -- internals --------------------------------------------------------------
    def _apply(self, x) -> None:
        changed = x != self._value
        self._value = x
        self._sync()
        if changed:
            self.valueChanged.emit(x)

    def _sync(self) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(self._to_pos(self._value))
        self.edit.show_text(self._format(self._value))

    def _on_slider(self, pos: int) -> None:
        self._apply(self._from_pos(pos))

    def _on_text(self, text: str) -> None:
        x = self._parse(text)
        if x is None:
            self._sync()  # rejected: show the current value again
        else:
            self._apply(x)
            self._sync()  # also when the value did not change ("0.030" -> "0.03")

    def _on_step(self, n: int) -> None:
        pos = min(max(self._to_pos(self._value) + n, self.slider.minimum()), self.slider.maximum())
        self._apply(self._from_pos(pos))


def _nearest_log(grid: Sequence[float], x: float) -> int:
    """Index of the grid value nearest ``x`` on a log scale (grid sorted, all > 0)."""
    i = bisect.bisect_left(grid, x)
    if i <= 0:
        return 0
    if i >= len(grid):
        return len(grid) - 1
    lo, hi = grid[i - 1], grid[i]
    return i if hi / x < x / lo else i - 1


def nice_grid(lo: float, hi: float, mantissas: Iterable[float] = NICE_MANTISSAS) -> list[float]:
    """Round numbers from ``lo`` to ``hi`` (both included), ``mantissas`` per decade."""
    out = {float(lo), float(hi)}
    for e in range(math.floor(math.log10(lo)) - 1, math.ceil(math.log10(hi)) + 1):
        for m in mantissas:
            v = float(f"{m}e{e}")  # the decimal number itself, not m * 10**e's rounding error
            if lo <= v <= hi:
                out.add(v)
    return sorted(out)


class LogSlider(_SliderControl):
    """A float on a log scale: ``minimum > 0`` to ``maximum``, shown to ``decimals``
    significant digits. With ``allow_zero`` the leftmost position is exactly 0,
    shown as "off".

    Slider positions are round numbers (about 22 a decade); ``setValue`` keeps the
    exact value given; typed values are rounded to the digits shown.
    """

    valueChanged = Signal(float)

    def __init__(
        self,
        minimum: float,
        maximum: float,
        allow_zero: bool = False,
        decimals: int = 3,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._allow_zero = bool(allow_zero)
        self._digits = max(1, int(decimals))
        self._value = 0.0 if allow_zero else float(minimum)
        self.setRange(minimum, maximum)
        self._sync()

    def setRange(self, minimum: float, maximum: float) -> None:
        lo, hi = float(minimum), float(maximum)
        if not (0 < lo <= hi and math.isfinite(hi)):
            raise ValueError(f"LogSlider needs 0 < minimum <= maximum, got {minimum}, {maximum}")
        self._min, self._max = lo, hi
        self._grid = nice_grid(lo, hi)
        self._offset = 1 if self._allow_zero else 0  # position 0 is "off"
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, len(self._grid) - 1 + self._offset)
            self.slider.setPageStep(max(1, len(NICE_MANTISSAS) // 2))
        self._apply(self._coerce(self._value))

    def allowsZero(self) -> bool:
        return self._allow_zero

    def _coerce(self, v: Any) -> float | None:
        x = number(v)
        if x is None:
            return None
        if x <= 0:
            return 0.0 if self._allow_zero else self._min
        return min(max(x, self._min), self._max)

    def _parse(self, text: str) -> float | None:
        t = text.strip().lower()
        if self._allow_zero and t in ("off", _tr("LogSlider", "off").lower(), "none"):
            return 0.0
        x = number(t)
        if x is None or not math.isfinite(x):
            return None
        if x > 0:
            x = float(f"{x:.{self._digits}g}")
        return self._coerce(x)

    def _format(self, value: float) -> str:
        if value == 0:
            return _tr("LogSlider", "off")
        return format_sig(value, self._digits)

    def _to_pos(self, value: float) -> int:
        if value <= 0:
            return 0
        return _nearest_log(self._grid, value) + self._offset

    def _from_pos(self, pos: int) -> float:
        if pos < self._offset:
            return 0.0
        return self._grid[min(pos - self._offset, len(self._grid) - 1)]


class IntSlider(_SliderControl):
    """An integer from ``minimum`` to ``maximum``; with ``log`` the slider steps
    through round numbers on a log scale (for samples, neurons, batch size, where
    1 to 16 matters as much as 100 to 1000); any integer can be typed."""

    valueChanged = Signal(int)

    def __init__(self, minimum: int, maximum: int, log: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._log = bool(log)
        self._value = int(minimum)
        self.setRange(minimum, maximum)
        self._sync()

    def isLog(self) -> bool:
        return self._log

    def setRange(self, minimum: int, maximum: int) -> None:
        """New bounds; the value is clamped into them (emitting if it changes)."""
        lo, hi = int(minimum), int(maximum)
        if hi < lo or (self._log and lo < 1):
            raise ValueError(f"bad IntSlider range {minimum}..{maximum}")
        self._min, self._max = lo, hi
        with QSignalBlocker(self.slider):
            if self._log:
                grid = set(nice_grid(lo, hi, NICE_INT_MANTISSAS))
                grid |= {v for v in range(lo, min(hi, 12) + 1)}
                grid |= {2**k for k in range(4, 31) if lo <= 2**k <= hi}
                self._grid = sorted({int(round(v)) for v in grid})
                self.slider.setRange(0, len(self._grid) - 1)
                self.slider.setPageStep(5)
            else:
                self.slider.setRange(lo, hi)
                self.slider.setPageStep(max(1, (hi - lo) // 10))
        self._apply(self._coerce(self._value))

    def _coerce(self, v: Any) -> int | None:
        if isinstance(v, int) and not isinstance(v, bool):  # exact, however large
            return min(max(v, self._min), self._max)
        x = number(v)
        if x is None:
            return None
        return int(round(min(max(x, self._min), self._max)))

    def _parse(self, text: str) -> int | None:
        return self._coerce(text)

    def _format(self, value: int) -> str:
        return str(value)

    def _to_pos(self, value: int) -> int:
        return _nearest_log(self._grid, value) if self._log else value

    def _from_pos(self, pos: int) -> int:
        return self._grid[min(max(pos, 0), len(self._grid) - 1)] if self._log else pos


class FloatSlider(_SliderControl):
    """A float from ``minimum`` to ``maximum`` on a linear scale, in steps of
    10^-decimals and shown with ``decimals`` decimals."""

    valueChanged = Signal(float)

    def __init__(self, minimum: float, maximum: float, decimals: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self._decimals = max(0, int(decimals))
        self._scale = 10**self._decimals
        self._value = float(minimum)
        self.setRange(minimum, maximum)
        self._sync()

    def decimals(self) -> int:
        return self._decimals

    def setRange(self, minimum: float, maximum: float) -> None:
        lo, hi = float(minimum), float(maximum)
        if not (math.isfinite(lo) and math.isfinite(hi) and lo <= hi):
            raise ValueError(f"bad FloatSlider range {minimum}..{maximum}")
        self._min, self._max = lo, hi
        with QSignalBlocker(self.slider):
            self.slider.setRange(round(lo * self._scale), round(hi * self._scale))
            self.slider.setPageStep(max(1, round((hi - lo) * self._scale / 10)))
        self._apply(self._coerce(self._value))

    def _coerce(self, v: Any) -> float | None:
        x = number(v)
        if x is None:
            return None
        return float(min(max(x, self._min), self._max))

    def _parse(self, text: str) -> float | None:
        x = number(text)
        if x is None or not math.isfinite(x):
            return None
        return self._coerce(round(x, self._decimals))

    def _format(self, value: float) -> str:
        return f"{value:.{self._decimals}f}"

    def _to_pos(self, value: float) -> int:
        return round(value * self._scale)

    def _from_pos(self, pos: int) -> float:
        return self._coerce(round(pos / self._scale, self._decimals))


class _LabelDelegate(QStyledItemDelegate):
    """In the drop-down list, show "key — Label" where the label adds something."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self._labels = labels

    def display(self, key: str) -> str:
        label = self._labels.get(key, "")
        plain = lambda s: s.lower().replace("_", " ").replace("-", " ")  # noqa: E731
        if not label or plain(label) == plain(key):
            return key
        return f"{key} — {label}"

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = self.display(str(index.data()))


class ChoiceBox(QComboBox):
    """A drop-down of registry keys: the item text *is* the key (``currentText()``
    gives "leaky_relu"), each item's tooltip is its description, and the
    drop-down list adds the display label where it differs from the key."""

    valueChanged = Signal(str)

    def __init__(
        self,
        names: Iterable[str],
        tooltips: Mapping[str, str] | None = None,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Fill the field column whatever the item lengths, so every drop-down
        # in the panel has the same width.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        tooltips = dict(tooltips or {})
        self._labels = {k: _tr("registry", v) for k, v in (labels or {}).items()}
        self._item_tips: dict[str, str] = {}
        self._base_tip = ""
        for name in names:
            self.addItem(name)
            i = self.count() - 1
            label, tip = self._labels.get(name, ""), tooltips.get(name, "")
            parts = [f"<b>{html.escape(label or name)}</b>"] + ([html.escape(tip)] if tip else [])
            self._item_tips[name] = "<br>".join(parts)
            self.setItemData(i, "<p>" + self._item_tips[name] + "</p>", Qt.ItemDataRole.ToolTipRole)
            if label:
                self.setItemData(i, label, Qt.ItemDataRole.AccessibleTextRole)
        self._delegate = _LabelDelegate(self._labels, self)
        self.setItemDelegate(self._delegate)
        widest = max((self.fontMetrics().horizontalAdvance(self._delegate.display(n)) for n in self.names()), default=0)
        self.view().setMinimumWidth(widest + 40)
        self.currentTextChanged.connect(self._changed)

    def names(self) -> list[str]:
        return [self.itemText(i) for i in range(self.count())]

    def value(self) -> str:
        return self.currentText()

    def setValue(self, name: Any) -> None:
        """Select ``name``; anything that is not one of the keys is ignored."""
        if isinstance(name, str) and name in self.names():
            self.setCurrentText(name)

    def setToolTip(self, text: str) -> None:
        """The general tooltip; the current item's description is appended."""
        self._base_tip = text
        self._update_tip()

    def _update_tip(self) -> None:
        item = self._item_tips.get(self.currentText(), "")
        base = html.escape(self._base_tip).replace("\n", "<br>")
        super().setToolTip("<p>" + "<br><br>".join(p for p in (base, item) if p) + "</p>")

    def _changed(self, text: str) -> None:
        self._update_tip()
        self.valueChanged.emit(text)

    def wheelEvent(self, event: QWheelEvent) -> None:
        _ignore_wheel_unless_focused(self, event, QComboBox)


class FeatureChecks(QWidget):
    """One checkbox per input feature, in ``features`` order; at least one stays
    checked (unchecking the last one is refused)."""

    valueChanged = Signal(object)  # tuple of names

    def __init__(
        self,
        features: Mapping[str, Any],
        columns: int = 2,
        value: Iterable[str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._names = list(features)
        self._boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for i, name in enumerate(self._names):
            box = QCheckBox(getattr(features[name], "label", name), self)
            box.setObjectName(f"feature_{name}")
            box.toggled.connect(lambda on, n=name: self._toggled(n, on))
            grid.addWidget(box, i // columns, i % columns)
            self._boxes[name] = box
        grid.setColumnStretch(columns, 1)
        self._value: tuple[str, ...] = ()
        self._set_checked(self._names[:1])
        if value is not None:
            self._set_checked(self._clean(value) or self._value)

    def box(self, name: str) -> QCheckBox:
        return self._boxes[name]

    def value(self) -> tuple[str, ...]:
        return self._value

    def setValue(self, names: Any) -> None:
        """Check exactly ``names`` (a sequence or "x1,x2"); unknown names are
        dropped and an empty selection is ignored."""
        wanted = self._clean(names)
        if wanted and wanted != self._value:
            self._set_checked(wanted)
            self.valueChanged.emit(self._value)

    def _clean(self, names: Any) -> tuple[str, ...]:
        if isinstance(names, str):
            names = names.split(",")
        try:
            wanted = {n.strip().lower() for n in names if isinstance(n, str)}
        except TypeError:
            return ()
        return tuple(n for n in self._names if n in wanted)

    def _set_checked(self, names: Iterable[str]) -> None:
        names = set(names)
        for n, box in self._boxes.items():
            with QSignalBlocker(box):
                box.setChecked(n in names)
        self._value = tuple(n for n in self._names if n in names)

    def _toggled(self, name: str, on: bool) -> None:
        now = tuple(n for n in self._names if self._boxes[n].isChecked())
        if not now:  # the network needs an input: refuse to uncheck the last one
            with QSignalBlocker(self._boxes[name]):
                self._boxes[name].setChecked(True)
            return
        if now != self._value:
            self._value = now
            self.valueChanged.emit(now)


class _SafeIntSpin(QSpinBox):
    """A QSpinBox whose setValue clamps anything instead of raising."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setKeyboardTracking(False)  # typing "500" emits 500, not 5, 50, 500
        self.setAccelerated(True)

    def setValue(self, v: Any) -> None:
        x = number(v)
        if x is not None:
            super().setValue(int(round(min(max(x, self.minimum()), self.maximum()))))

    def wheelEvent(self, event: QWheelEvent) -> None:
        _ignore_wheel_unless_focused(self, event, QSpinBox)


class EpochsBox(_SafeIntSpin):
    """How many epochs to train: 0 (shown as "until paused") to ``maximum``."""

    def __init__(self, maximum: int = 100_000, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSingleStep(10)
        self.setSpecialValueText(_tr("EpochsBox", "until paused"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class SeedBox(QDoubleSpinBox):
    """A random seed, 0 to 2**32 - 1 (Config's range; a QSpinBox stops at 2**31 - 1).

    ``value()`` is an int; ``valueChanged`` carries the seed as a float (exact:
    every seed fits a double), so connect through ``int``.
    """

    MAXIMUM = 2**32 - 1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(0)
        self.setRange(0, self.MAXIMUM)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setKeyboardTracking(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> int:  # type: ignore[override]
        return int(round(super().value()))

    def setValue(self, v: Any) -> None:  # type: ignore[override]
        x = number(v)
        if x is not None:
            super().setValue(float(int(round(min(max(x, 0.0), float(self.MAXIMUM))))))

    def wheelEvent(self, event: QWheelEvent) -> None:
        _ignore_wheel_unless_focused(self, event, QDoubleSpinBox)
