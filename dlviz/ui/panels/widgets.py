"""The panel's controls: superqt's labeled sliders, guarded so they speak Config units.

Every control offers ``value()``, ``setValue()`` and ``valueChanged``, with the
same promises: ``setValue`` never raises (NaN, garbage, huge or negative values
are clamped into range or ignored), setting the value a control already has emits
nothing, and the mouse wheel changes a control only once it has focus, so wheeling
over the panel in its scroll area scrolls the panel.
"""

from __future__ import annotations

import html
import math

import shiboken6
from typing import Any, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from superqt import QDoubleSlider, QLabeledDoubleSlider, QLabeledSlider
from superqt.sliders._labeled import SliderLabel
from superqt.utils import signals_blocked

from ...common.numbers import sig3

#: Log sliders move in steps of a twentieth of a decade (~12 %).
LOG_STEP = 0.05


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def rich_tip(text: str) -> str:
    """Plain text as rich text, so Qt word-wraps a long tooltip."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def number(v: Any) -> float | None:
    """``v`` as a float (a comma may be the decimal mark), or None for NaN, None, bools, garbage."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, int):
        try:
            return float(v)
        except OverflowError:  # beyond a double: clamped like infinity
            return math.inf if v > 0 else -math.inf
    if isinstance(v, str):
        v = v.strip()
        if v.count(",") == 1 and "." not in v:
            v = v.replace(",", ".")
    try:
        x = float(v)
    except (TypeError, ValueError, OverflowError):
        return None
    return None if math.isnan(x) else x


def format_sig(x: float) -> str:
    """3 significant digits with a short exponent: 0.03, 0.0316, 10, 1e-5."""
    mantissa, _, exp = sig3(x).partition("e")
    return f"{mantissa}e{int(exp)}" if exp else mantissa


class _WheelGuard(QObject):
    """Wheel events reach a control only while it has focus; otherwise they go to
    the scroll area (an event filter: one object serves every control)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not obj.hasFocus():
            event.ignore()  # unaccepted, so Qt hands it to the parents
            return True
        return False


_WHEEL_GUARD = _WheelGuard()


def guard_wheel(widget: QWidget) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WHEEL_GUARD)


class _KeyedDoubleSlider(QDoubleSlider):
    """superqt's float slider with the arrow, page, Home and End keys (a TODO there)."""

    def keyPressEvent(self, event) -> None:
        k, single, page = Qt.Key, self.singleStep(), self.pageStep()
        steps = {k.Key_Right: single, k.Key_Up: single, k.Key_Left: -single, k.Key_Down: -single,
                 k.Key_PageUp: page, k.Key_PageDown: -page}
        if event.key() in steps:
            self.setValue(self.value() + steps[event.key()])
        elif event.key() in (k.Key_Home, k.Key_End):
            self.setValue(self.minimum() if event.key() == k.Key_Home else self.maximum())
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class _Guarded:
    """Mixin for superqt's labeled sliders: ``setValue`` coerces and clamps, a value
    the user drags or types is rounded to what the label shows."""

    def _setup(self, lo: float, hi: float, label_class: type[SliderLabel] | None = None) -> None:
        self._setting = False
        # Our label: one width for every slider, so the sliders line up down the panel.
        old, self._label = self._label, (label_class or _Label)(self)
        shiboken6.delete(old)  # at once: deleteLater would leave it a top-level widget until the loop runs
        self._label.valueEdited.connect(self._setValue)
        self._label.editingFinished.connect(self.editingFinished)
        self.setOrientation(Qt.Orientation.Horizontal)  # lays out the new label
        guard_wheel(self._slider)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setRange(lo, hi)
        self._label.setValue(self._slider.value())

    def _coerce(self, x: float):
        return min(max(x, self.minimum()), self.maximum())

    def _rounded(self, v):
        return v

    def setValue(self, v: Any) -> None:
        x = number(v)
        if x is None:
            return
        self._setting = True  # the program's value is kept exactly, not rounded
        try:
            super().setValue(self._coerce(x))
        finally:
            self._setting = False

    def _on_slider_value_changed(self, v: Any) -> None:
        r = self._rounded(v)
        if not self._setting and r != v:
            self._slider.setValue(r)  # comes back here with the rounded value
            return
        super()._on_slider_value_changed(v)

    def text(self) -> str:
        """What the value label shows."""
        return self._label.text()


class IntSlider(_Guarded, QLabeledSlider):
    """An integer from ``minimum`` to ``maximum`` on a linear slider."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._setup(minimum, maximum)

    def _coerce(self, x: float) -> int:
        return int(round(min(max(x, self.minimum()), self.maximum())))


class FloatSlider(_Guarded, QLabeledDoubleSlider):
    """A float from ``minimum`` to ``maximum``, shown with ``decimals`` decimals."""

    _slider_class = _KeyedDoubleSlider

    def __init__(self, minimum: float, maximum: float, decimals: int = 2, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDecimals(decimals)
        self.setSingleStep(10.0**-decimals)
        self.setPageStep((maximum - minimum) / 10)
        self._setup(minimum, maximum)

    def _rounded(self, v: float) -> float:
        return min(max(round(v, self.decimals()), self.minimum()), self.maximum())


class _Label(SliderLabel):
    """superqt's slider label with a fixed width: room for "0.0316" or "1.5e-5"."""

    def __init__(self, owner: QWidget):
        super().__init__(owner._slider, parent=owner)
        self.setDecimals(owner.decimals() if hasattr(owner, "decimals") else 0)

    def _get_size(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("0.00000") + 8, super()._get_size().height())


class _LogLabel(_Label):
    """The label of a log slider: shows and reads the real value, not its log."""

    def __init__(self, owner: "LogSlider"):
        self._owner = owner
        super().__init__(owner)
        self.setValidator(None)  # "off" and "1e-3" are both fine to type

    def _format_value(self, x) -> str:
        return self._owner._format(self._owner.value())  # (the log10 ``x`` is what the slider holds)

    def _editing_finished(self) -> None:
        self._silent_clear_focus()
        v = self._owner._parse(self.text())
        if v is not None:
            self._owner.setValue(v)
        self.updateText()  # also when rejected: the current value again


class LogSlider(_Guarded, QLabeledDoubleSlider):
    """A positive number on a log scale, as napari does it: the slider moves in
    log10 space, the label shows and edits the real value (3 significant digits).

    With ``allow_zero`` the leftmost step is exactly 0, shown as "off"; with
    ``integer`` the values are whole numbers (samples, neurons, batch size).
    ``setValue`` keeps the exact value given; dragged or typed values are rounded
    to what the label shows.
    """

    valueChanged = Signal(object)  # float, or int with ``integer``
    _slider_class = _KeyedDoubleSlider

    def __init__(self, minimum: float, maximum: float, allow_zero: bool = False, integer: bool = False,
                 parent: QWidget | None = None):
        self._allow_zero, self._integer = bool(allow_zero), bool(integer)
        self._lo, self._hi = float(minimum), float(maximum)
        self._exact: float | None = None  # the value set by the program, kept to the last digit
        self._shown: float | None = None
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._slider.setSingleStep(LOG_STEP)
        self._slider.setPageStep(10 * LOG_STEP)
        self._setup(minimum, maximum, _LogLabel)
        self._shown = self.value()

    def _rename_signals(self) -> None:
        super()._rename_signals()
        del self.valueChanged  # back to the class's signal: it carries the real value, not its log

    # -- the mapping -----------------------------------------------------------------
    def _real(self, x: float) -> float:
        """A dragged slider position (log10) -> the value: the nearest step, to 2
        significant digits, so drags land on numbers one can say (0.032, 0.0035)."""
        lo = math.log10(self._lo)
        if self._allow_zero and x < lo - LOG_STEP / 2:
            return 0
        step = round(x / LOG_STEP) * LOG_STEP
        v = min(max(float(f"{10.0**step:.2g}"), self._lo), self._hi)
        return int(round(v)) if self._integer else v

    def _position(self, v: float) -> float:
        lo = math.log10(self._lo)
        if v <= 0:
            return lo - LOG_STEP if self._allow_zero else lo
        return min(max(math.log10(v), lo), math.log10(self._hi))

    def _format(self, v: float) -> str:
        return QCoreApplication.translate("LogSlider", "off") if v == 0 else format_sig(v)

    def _parse(self, text: str) -> float | None:
        t = text.strip().lower()
        if self._allow_zero and t in ("off", QCoreApplication.translate("LogSlider", "off").lower()):
            return 0.0
        x = number(t)
        if x is None or not math.isfinite(x):
            return None
        return float(sig3(x)) if x > 0 else x

    # -- the public face, in real values ----------------------------------------------------
    def value(self):
        if self._exact is not None:
            return self._exact
        return self._real(self._slider.value())

    def setValue(self, v: Any) -> None:
        x = number(v)
        if x is None:
            return
        if x <= 0:
            exact = 0 if self._allow_zero else self._lo
        else:
            exact = min(max(x, self._lo), self._hi)
        exact = int(round(exact)) if self._integer else float(exact)
        self._exact = None
        with signals_blocked(self._slider):
            self._slider.setValue(self._position(exact))
        self._exact = exact
        self._label.setValue(self._slider.value())
        self._emit_if_changed()

    def minimum(self):
        return int(self._lo) if self._integer else self._lo

    def maximum(self):
        return int(self._hi) if self._integer else self._hi

    def setRange(self, minimum: float, maximum: float) -> None:
        """New bounds (0 < minimum <= maximum); the value is clamped into them."""
        lo, hi = float(minimum), float(maximum)
        if not 0 < lo <= hi < math.inf:
            raise ValueError(f"LogSlider needs 0 < minimum <= maximum, got {minimum}, {maximum}")
        current = self.value() if self._shown is not None else lo
        self._lo, self._hi = lo, hi
        with signals_blocked(self._slider):
            self._slider.setRange(self._position(0) if self._allow_zero else math.log10(lo), math.log10(hi))
        self._label.setRange(self._slider.minimum(), self._slider.maximum())
        self.setValue(current)

    def positions(self) -> int:
        """How many steps the slider has from end to end."""
        return round((self._slider.maximum() - self._slider.minimum()) / LOG_STEP) + 1

    def _on_slider_value_changed(self, x: float) -> None:
        self._exact = None  # the user moved the slider
        self._label.setValue(x)
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        v = self.value()
        if v != self._shown:
            self._shown = v
            self.valueChanged.emit(v)


class _LabelDelegate(QStyledItemDelegate):
    """In the drop-down list, show "Label — key" where the key adds something: the
    closed box shows the label alone, the list also the name a config file uses."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self._labels = labels

    def display(self, key: str) -> str:
        label = self._labels.get(key, "")
        plain = lambda s: s.lower().replace("_", " ").replace("-", " ")  # noqa: E731
        return key if not label else label if plain(label) == plain(key) else f"{label} — {key}"

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        key = index.data(Qt.ItemDataRole.UserRole)
        option.text = self.display(str(key if key is not None else index.data()))


class ChoiceBox(QComboBox):
    """A drop-down of a registry's names: each item shows the entry's translated label
    and holds its key (Config's vocabulary) as item data; its tooltip is the entry's
    description, and the open list adds the key where it differs from the label.
    ``value``/``setValue``/``names``/``valueChanged`` and ``setCurrentText`` speak keys.
    (Hand-written: superqt's QEnumComboBox wants an Enum, and registries grow at run time.)"""

    valueChanged = Signal(str)

    def __init__(self, names: Iterable[str], tooltips: Mapping[str, str] | None = None,
                 labels: Mapping[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        guard_wheel(self)
        # Every drop-down fills the field column whatever its items' lengths.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        tooltips = tooltips or {}
        self._labels = {k: _tr("registry", v) for k, v in (labels or {}).items() if v}
        self._item_tips: dict[str, str] = {}
        self._base_tip = ""
        for i, name in enumerate(names):
            label, tip = self._labels.get(name, ""), tooltips.get(name, "")
            self.addItem(label or name, name)
            self._item_tips[name] = "<br>".join([f"<b>{html.escape(label or name)}</b>"] + [html.escape(tip)] * bool(tip))
            self.setItemData(i, "<p>" + self._item_tips[name] + "</p>", Qt.ItemDataRole.ToolTipRole)
        self._delegate = _LabelDelegate(self._labels, self)
        self.setItemDelegate(self._delegate)
        widest = max((self.fontMetrics().horizontalAdvance(self._delegate.display(n)) for n in self.names()), default=0)
        self.view().setMinimumWidth(widest + 40)
        self.currentIndexChanged.connect(self._changed)

    @classmethod
    def of(cls, registry: Mapping[str, Any], tip=lambda entry: _tr("registry", entry.doc)) -> "ChoiceBox":
        """A drop-down of a registry's entries, each described by ``tip(entry)``."""
        return cls(registry, {k: tip(e) for k, e in registry.items()}, {k: e.label for k, e in registry.items()})

    def names(self) -> list[str]:
        """The keys, in list order."""
        return [self.itemData(i) for i in range(self.count())]

    def value(self) -> str:
        """The chosen key ("" when empty)."""
        key = self.currentData()
        return key if isinstance(key, str) else ""

    def setValue(self, name: Any) -> None:
        """Select the key ``name``; anything that is not one of the keys is ignored."""
        i = self.findData(name) if isinstance(name, str) else -1
        if i >= 0:
            self.setCurrentIndex(i)

    def setCurrentText(self, text: str) -> None:
        """Select by key (as tests and lessons do), or by the label shown."""
        if isinstance(text, str) and self.findData(text) >= 0:
            self.setValue(text)
        else:
            super().setCurrentText(text)

    def setToolTip(self, text: str) -> None:
        """The general tooltip; the current item's description is appended."""
        self._base_tip = text
        item = self._item_tips.get(self.value(), "")
        base = html.escape(text).replace("\n", "<br>")
        super().setToolTip("<p>" + "<br><br>".join(p for p in (base, item) if p) + "</p>")

    def _changed(self, _index: int) -> None:
        self.setToolTip(self._base_tip)
        self.valueChanged.emit(self.value())


class FeatureChecks(QWidget):
    """One checkbox per input feature; the last checked one cannot be unchecked.
    (Hand-written: superqt has no checkbox group, and this is 50 lines.)"""

    valueChanged = Signal(object)  # tuple of names, in ``features`` order

    def __init__(self, features: Mapping[str, Any], columns: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self._names = list(features)
        self._boxes: dict[str, QCheckBox] = {}
        self._grid = grid = QGridLayout(self)
        self._columns = columns
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        for i, name in enumerate(self._names):
            box = QCheckBox(_tr("registry", getattr(features[name], "label", name)), self)
            box.setObjectName(f"feature_{name}")
            box.toggled.connect(self._toggled)
            grid.addWidget(box, i // columns, i % columns)
            self._boxes[name] = box
        self._shown = tuple(self._names)
        self._value: tuple[str, ...] = ()
        self._set_checked(self._names[:1])

    def box(self, name: str) -> QCheckBox:
        return self._boxes[name]

    def show_only(self, names: Iterable[str]) -> None:
        """Show the boxes of ``names`` only (the features that apply to the data), laid out
        from the first cell on; the others are hidden."""
        shown = tuple(n for n in self._names if n in set(names))
        if shown == self._shown:
            return
        self._shown = shown
        for box in self._boxes.values():
            self._grid.removeWidget(box)
        for i, name in enumerate(shown):
            self._grid.addWidget(self._boxes[name], i // self._columns, i % self._columns)
        for name, box in self._boxes.items():
            box.setVisible(name in shown)

    def value(self) -> tuple[str, ...]:
        return self._value

    def setValue(self, names: Any) -> None:
        """Check exactly ``names`` (a sequence or "x1,x2"); unknown names are dropped,
        an empty selection is ignored."""
        if isinstance(names, str):
            names = names.split(",")
        try:
            wanted = {n.strip().lower() for n in names if isinstance(n, str)}
        except TypeError:
            return
        wanted_t = tuple(n for n in self._names if n in wanted)
        if wanted_t and wanted_t != self._value:
            self._set_checked(wanted_t)
            self.valueChanged.emit(self._value)

    def _set_checked(self, names: Iterable[str]) -> None:
        names = set(names)
        for n, box in self._boxes.items():
            with signals_blocked(box):
                box.setChecked(n in names)
        self._value = tuple(n for n in self._names if n in names)

    def _toggled(self) -> None:
        now = tuple(n for n in self._names if self._boxes[n].isChecked())
        if not now:  # the network needs an input: refuse to uncheck the last one
            self._set_checked(self._value)
        elif now != self._value:
            self._value = now
            self.valueChanged.emit(now)


def _spin_setup(box: QAbstractSpinBox) -> None:
    guard_wheel(box)
    box.setKeyboardTracking(False)  # typing "500" emits 500, not 5, 50, 500
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class EpochsBox(QSpinBox):
    """How many epochs to train: 0 (shown as "until paused") to ``maximum``.
    (A spin box, not a slider: the count is typed, and 0 has a name.)"""

    def __init__(self, maximum: int = 100_000, parent: QWidget | None = None):
        super().__init__(parent)
        _spin_setup(self)
        self.setRange(0, maximum)
        self.setSingleStep(10)
        self.setAccelerated(True)
        self.setSpecialValueText(QCoreApplication.translate("EpochsBox", "until paused"))

    def setValue(self, v: Any) -> None:
        x = number(v)
        if x is not None:
            super().setValue(int(round(min(max(x, self.minimum()), self.maximum()))))


class SeedBox(QDoubleSpinBox):
    """A random seed, 0 to ``maximum`` (default 2**32 - 1: a QSpinBox stops at 2**31 - 1;
    every seed fits a double exactly). ``value()`` is an int; ``valueChanged`` carries a float."""

    MAXIMUM = 2**32 - 1

    def __init__(self, maximum: int = MAXIMUM, parent: QWidget | None = None):
        super().__init__(parent)
        _spin_setup(self)
        self.setDecimals(0)
        self.MAXIMUM = int(maximum)
        self.setRange(0, self.MAXIMUM)

    def value(self) -> int:  # type: ignore[override]
        return int(round(super().value()))

    def setValue(self, v: Any) -> None:  # type: ignore[override]
        x = number(v)
        if x is not None:
            super().setValue(float(int(round(min(max(x, 0.0), float(self.MAXIMUM))))))
