"""The left-hand panel: every hyperparameter of a run, in collapsible groups.

Each control's objectName is its Config key, and each control is built from the key's
declaration (:func:`dlviz.config.schema`: its range, default, label, tooltip and the
kind of control); the panel only decides the groups and the order. It speaks Config units both
ways: ``valueChanged(key, value)`` when the learner changes something,
``set_config(config)`` (silent) when the program does. The registries' options
(leaky_relu's slope, Adam's betas, a schedule's decay...) get their controls
from the registry, shown only while the chosen entry declares them.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from superqt import QCollapsible, QElidingLabel
from superqt.utils import signals_blocked

from ...common.registry import Option, Registry
from ...common.schema import Param
from ...config import FIELDS, REGISTRIES, Config, live_keys, schema
from ...data import dataset_kind, features_of_kind, fixed_classes, uses_classes
from .widgets import ChoiceBox, EpochsBox, FeatureChecks, FloatSlider, IntSlider, LogSlider, SeedBox, rich_tip

#: The Config fields the panel edits, in display order; ``values()`` returns these
#: and every registry option (see :meth:`ControlPanel.option_keys`).
KEYS = (
    "dataset", "samples", "noise", "classes", "val_fraction", "features", "seed",
    "hidden_layers", "neurons", "activation", "init",
    "optimizer", "lr", "schedule", "batch_size", "epochs", "engine",
    "dropout", "weight_decay", "l1",
)  # fmt: skip

#: GUI slider ranges, where they are narrower than Config's (declared as each key's
#: ``view``). ``set_config`` widens one to show a larger value from the CLI or a
#: file, rather than showing something other than what runs.
SAMPLES_RANGE = FIELDS["samples"].panel_range
LR_RANGE = FIELDS["lr"].panel_range
EPOCHS_MAX = int(FIELDS["epochs"].panel_range[1])

PANEL_WIDTH = 320


def estimate_train_size(samples: int, val_fraction: float) -> int:
    """Training points of a generated dataset, as ``train_val_split`` cuts it."""
    return max(1, samples - int(val_fraction * samples + 0.5))


def _activation_tip(entry) -> str:
    try:
        formula = entry.build().formula  # leaky_relu's depends on its slope
    except (TypeError, ValueError, AttributeError):  # a runtime-registered entry may have none
        formula = ""
    doc = QCoreApplication.translate("registry", entry.doc)  # the registry is Qt-free: translated here
    return f"{formula}\n{doc}" if formula else doc


def param_text(text: str) -> str:
    """A declaration's label or help (English, Qt-free) in the window's language."""
    return QCoreApplication.translate("registry", text) if text else ""


def control_for(param: Param) -> QWidget:
    """The control for a key, as its declaration asks (``widget``, else chosen from its range)."""
    lo, hi = param.panel_range
    hint = param.widget
    if hint == "slider":
        return IntSlider(int(lo), int(hi)) if param.integer else FloatSlider(lo, hi, _decimals(param))
    if hint in ("log", "log_off"):
        return LogSlider(lo, hi, allow_zero=hint == "log_off", integer=param.integer)
    if hint == "checks":
        return FeatureChecks(param.choices, columns=4)
    if hint == "seed":
        return SeedBox(int(hi))
    if hint == "epochs":
        return EpochsBox(int(hi))
    if hint == "choice":  # a registry's entries (labels, descriptions), or plain names
        return ChoiceBox.of(param.choices) if isinstance(param.choices, Registry) else ChoiceBox(param.choices)
    return option_control(param)


def _decimals(param: Param) -> int:
    # Enough decimals for the default and the ends (β₂ = 0.999 of up to 0.99999), at least 2.
    hi = param.panel_range[1]
    digits = max(len(f"{x:g}".partition(".")[2]) for x in (param.default, hi)) if "e" not in f"{hi:g}" else 2
    return min(max(digits, 2), 5)


def option_control(option: Option) -> QWidget:
    """The control for a registry option, chosen from what it declares."""
    lo, hi = option.lo, option.hi
    if option.integer:
        # A linear slider cannot hit 7 on 1..100,000: wide integer ranges go on a log scale.
        return LogSlider(lo, hi, integer=True) if lo >= 1 and hi / lo > 200 else IntSlider(int(lo), int(hi))
    if option.log and lo > 0:
        return LogSlider(lo, hi)
    return FloatSlider(lo, hi, _decimals(option))


class ControlPanel(QWidget):
    """Every hyperparameter, grouped; it lives in :meth:`in_scroll_area`.

    Signals
    -------
    valueChanged(key, value)
        The learner changed a control. ``key`` is a Config key (``hidden_layers``
        and ``neurons`` for the architecture; ``csv`` with ``""`` when the learner
        goes back from a CSV file to generated data), ``value`` is in Config units.
        Apply with ``config.replace(**{key: value})``.
    loadCsvRequested()
        "Load CSV…" was pressed; the window opens the file dialog and, on
        success, calls :meth:`set_csv_name`.
    """

    valueChanged = Signal(str, object)
    loadCsvRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("control_panel")
        self._controls: dict[str, Any] = {}  # key -> control (value/setValue/valueChanged)
        self._labels: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        self._tips: dict[str, str] = {}
        self._options: dict[str, tuple[str, Option]] = {}  # option key -> (registry key, option)
        self._groups: dict[str, QCollapsible] = {}
        self._csv_name: str | None = None
        self._csv_train: int | None = None  # the CSV's training rows, once the window knows them
        self._area: QScrollArea | None = None
        self._group_of: dict[str, QCollapsible] = {}  # key -> the group its row is in
        self._option_shown: dict[str, bool] = {}
        self._showing = False  # inside set_config: the controls' changes are not the learner's

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(0)
        self._build_data(self._group(layout, "data_group", self.tr("Data")))
        self._build_network(self._group(layout, "network_group", self.tr("Network")))
        self._build_training(self._group(layout, "training_group", self.tr("Training")))
        self._build_regularisation(self._group(layout, "regularisation_group", self.tr("Regularisation")))
        layout.addStretch(1)

        self._equalise_label_widths()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(PANEL_WIDTH)
        self.set_config(Config())
        for group in self._groups.values():
            group.expand(animate=False)

    # ------------------------------------------------------------------ building
    def _group(self, layout: QVBoxLayout, name: str, title: str) -> QFormLayout:
        group = QCollapsible(title, self)
        group.setObjectName(name)
        group.setDuration(120)
        group.layout().setContentsMargins(0, 2, 0, 2)
        group.layout().setSpacing(2)
        bold = QFont()  # resolves only the weight: size and family follow the app
        bold.setBold(True)
        group.toggleButton().setFont(bold)
        group.toggleButton().setToolTip(rich_tip(self.tr("Show or hide this group of settings.")))
        body = QWidget()
        form = QFormLayout(body)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setContentsMargins(4, 0, 2, 4)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(3)
        group.addWidget(body)
        layout.addWidget(group)
        self._groups[name] = self._building = group
        return form

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget, tip: str, below: bool = False) -> None:
        widget.setObjectName(key)
        widget.setAccessibleName(label)
        lab = QLabel(label)
        lab.setBuddy(widget)
        lab.setToolTip(rich_tip(tip))
        if below:  # the widget takes the full width under its label
            form.addRow(lab)
            form.addRow(widget)
        else:
            form.addRow(lab, widget)
        self._controls[key], self._labels[key], self._forms[key], self._tips[key] = widget, lab, form, tip
        self._group_of[key] = self._building
        self._set_tip(key, tip)
        widget.valueChanged.connect(lambda v, k=key: self._on_control(k, v))

    def _add_key(self, form: QFormLayout, key: str, below: bool = False) -> None:
        """The row of a key: its control, label and tooltip, from its declaration."""
        p = schema()[key]
        self._add(form, key, param_text(p.label or p.key), control_for(p), param_text(p.doc), below=below)

    def _add_choice(self, form: QFormLayout, key: str, describe=None) -> None:
        """A registry's drop-down, then a control for each option its entries declare."""
        p = FIELDS[key]
        registry = p.choices
        box = ChoiceBox.of(registry, describe) if describe else ChoiceBox.of(registry)
        self._add(form, key, param_text(p.label), box, param_text(p.doc))
        for option in registry.options():
            self._add(form, option.key, param_text(option.label or option.key),
                      option_control(option), self._option_tip(option))
            self._options[option.key] = (key, option)

    def _option_tip(self, option: Option) -> str:
        doc = param_text(option.doc)
        when = (self.tr("A change applies from the next step.") if option.key in live_keys()
                else self.tr("A change starts a new run."))
        return f"{doc}\n{when}" if doc else when

    def _set_tip(self, key: str, tip: str) -> None:
        w = self._controls[key]
        w.setToolTip(tip if isinstance(w, ChoiceBox) else rich_tip(tip))  # a ChoiceBox adds its item's text

    def _build_data(self, form: QFormLayout) -> None:
        self._add_choice(form, "dataset")
        self._controls["dataset"].activated.connect(self._dataset_activated)

        # Shown only while a CSV file replaces the generated data.
        self._csv_row = QWidget()
        row = QHBoxLayout(self._csv_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self._csv_label = QElidingLabel()
        self._csv_label.setObjectName("csv_name")
        self._csv_label.setElideMode(Qt.TextElideMode.ElideMiddle)
        clear = QToolButton()
        clear.setObjectName("clear_csv")
        self._clear_button = clear
        clear.setText("✕")
        clear.setAutoRaise(True)
        clear.setToolTip(rich_tip(self.tr("Stop using the CSV file and go back to the generated dataset.")))
        clear.clicked.connect(self._clear_csv)
        row.addWidget(self._csv_label, 1)
        row.addWidget(clear)
        self._csv_row_label = QLabel(self.tr("CSV file"))
        form.addRow(self._csv_row_label, self._csv_row)
        form.setRowVisible(self._csv_row, False)

        for key in ("samples", "noise", "classes", "val_fraction"):
            self._add_key(form, key)
        self._add_key(form, "features", below=True)
        self._add_key(form, "seed")

        buttons = QWidget()
        hb = QHBoxLayout(buttons)
        hb.setContentsMargins(0, 2, 0, 0)
        hb.setSpacing(6)
        for name, text, icon, tip, slot in (
            ("regenerate", self.tr("Regenerate"), QStyle.StandardPixmap.SP_BrowserReload,
             self.tr("Draw new random data and new starting weights by picking a new seed."), self.regenerate),
            ("load_csv", self.tr("Load CSV…"), QStyle.StandardPixmap.SP_DialogOpenButton,
             self.tr("Train on your own points: a CSV file with columns x1, x2 and label."), self.loadCsvRequested),
        ):
            button = QPushButton(self.style().standardIcon(icon), text)
            button.setObjectName(name)
            button.setToolTip(rich_tip(tip))
            button.clicked.connect(slot)
            hb.addWidget(button, 1)
        form.addRow(buttons)

    def _build_network(self, form: QFormLayout) -> None:
        self._add_key(form, "hidden_layers")
        self._add_key(form, "neurons")
        self._add_choice(form, "activation", _activation_tip)
        self._add_choice(form, "init")

    def _build_training(self, form: QFormLayout) -> None:
        self._add_choice(form, "optimizer")
        self._add_key(form, "lr")
        self._add_choice(form, "schedule")
        for key in ("batch_size", "epochs"):
            self._add_key(form, key)
        self._add_choice(form, "engine")

    def _build_regularisation(self, form: QFormLayout) -> None:
        for key in ("dropout", "weight_decay", "l1"):
            self._add_key(form, key)

    def _equalise_label_widths(self) -> None:
        # One label column width across the groups, so the controls line up.
        labels = [*self._labels.values(), self._csv_row_label]
        width = max(lab.sizeHint().width() for lab in labels)
        for lab in labels:
            lab.setMinimumWidth(width)

    def in_scroll_area(self) -> QScrollArea:
        """The QScrollArea this panel lives in (made on the first call), sized so
        that no horizontal scroll bar is needed (the vertical one has its room)."""
        if self._area is None:
            area = QScrollArea()
            area.setObjectName("control_panel_scroll")
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(self)
            bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            area.setFixedWidth(self.sizeHint().width() + bar + 2)
            self._area = area
        return self._area

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(PANEL_WIDTH, hint.width()), hint.height())

    # ------------------------------------------------------------------ public API
    def control(self, key: str) -> QWidget:
        """The widget editing Config key ``key`` (KeyError for other keys)."""
        return self._controls[key]

    def option_keys(self) -> tuple[str, ...]:
        """The registry options that have a control here."""
        return tuple(self._options)

    def group(self, name: str) -> QCollapsible:
        """One of the collapsible groups: ``data_group``, ``network_group``, ``training_group``,
        ``regularisation_group``."""
        return self._groups[name]

    def values(self) -> dict[str, Any]:
        """Every key in :data:`KEYS` and every option, in Config units."""
        return {k: self._controls[k].value() for k in KEYS + self.option_keys()}

    def set_config(self, config: Config) -> None:
        """Show ``config`` in every control without emitting ``valueChanged``.

        A value beyond a GUI slider's range (``--lr 50`` from the command line)
        widens that range rather than being clamped, so the panel never shows
        something other than what runs. ``hidden`` with mixed widths is shown as
        its first layer's width.
        """
        c = config
        values = {k: getattr(c, k) for k in KEYS + self.option_keys()}
        if not c.hidden:
            del values["neurons"]  # 0 layers: keep showing the last width
        name = Path(c.csv or c.image_folder).name if c.csv or c.image_folder else None
        self._kind = c.data_kind
        folder = bool(c.image_folder)
        self._csv_row_label.setText(self.tr("Image folder") if folder else self.tr("CSV file"))
        self._clear_button.setToolTip(rich_tip(
            self.tr("Stop using the image folder and go back to the generated dataset.") if folder
            else self.tr("Stop using the CSV file and go back to the generated dataset.")))
        if name != self._csv_name:
            self._csv_train = None  # another file: its size comes with set_csv_name
        ctl = self._controls
        self._showing = True
        try:
            with signals_blocked(self):
                ctl["samples"].setRange(SAMPLES_RANGE[0], max(SAMPLES_RANGE[1], c.samples))
                ctl["lr"].setRange(LR_RANGE[0], max(LR_RANGE[1], c.lr))
                ctl["epochs"].setMaximum(max(EPOCHS_MAX, c.epochs))
                ctl["batch_size"].setRange(FIELDS["batch_size"].lo,
                                           self._batch_max(c.samples, c.val_fraction, c.batch_size, bool(c.csv)))
                for k, v in values.items():
                    ctl[k].setValue(v)
        finally:
            self._showing = False
        self._show_csv(name)

    def set_csv_name(self, name: str | None, n_train: int | None = None) -> None:
        """Show that the CSV file ``name`` replaces the generated data (None: it does
        not); ``n_train``, its training rows, is the batch size's maximum. Samples,
        noise and classes do not apply to a CSV file and are disabled."""
        self._csv_train = n_train if name and isinstance(n_train, int) and n_train > 0 else None
        self._show_csv(name or None)
        self._update_batch_max()

    def csv_name(self) -> str | None:
        return self._csv_name

    def regenerate(self) -> None:
        """Pick a new random seed (emitted as a ``seed`` change)."""
        seed = self._controls["seed"]
        current = new = seed.value()
        while new == current:
            new = random.randrange(0, 2**31)
        seed.setValue(new)

    # ------------------------------------------------------------------ internals
    def _batch_max(self, samples: int, val_fraction: float, batch: int, csv: bool) -> int:
        # Never below the batch shown: the panel does not change a value by itself
        # (the trainer uses at most the whole training set anyway).
        if csv:
            n = self._csv_train or max(batch, 400)
        else:
            n = estimate_train_size(samples, val_fraction)
        return max(n, batch, 1)

    def _update_batch_max(self) -> None:
        c = self._controls
        with signals_blocked(c["batch_size"]):
            c["batch_size"].setRange(1, self._batch_max(c["samples"].value(), c["val_fraction"].value(),
                                                        c["batch_size"].value(), self._csv_name is not None))

    def _show_csv(self, name: str | None) -> None:
        self._csv_name = name
        self._csv_label.setText(name or "")
        self._csv_label.setToolTip(name or "")
        self._forms["dataset"].setRowVisible(self._csv_row, name is not None)
        self._update_states()

    def _on_control(self, key: str, value: Any) -> None:
        if self._showing:
            return
        if key in ("samples", "val_fraction", "batch_size"):
            self._update_batch_max()
        self._update_states()
        self.valueChanged.emit(key, int(value) if key == "seed" else value)

    def _dataset_activated(self, _index: int) -> None:
        # Choosing any dataset in the list (even the one shown) leaves the CSV.
        if self._csv_name:
            self._clear_csv()

    def _clear_csv(self) -> None:
        self.set_csv_name(None)
        self.valueChanged.emit("csv", "")

    def _update_states(self) -> None:
        """Enable what applies (classes only for datasets that honour it, neurons
        only with hidden layers) and show the options the chosen entries declare."""
        c = self._controls
        reasons: dict[str, str] = {}
        if self._csv_name is not None:
            for k in ("samples", "noise", "classes"):
                reasons[k] = (self.tr("Not used while an image folder is loaded.") if getattr(self, "_kind", "") == "image"
                              else self.tr("Not used while a CSV file is loaded."))
        elif not uses_classes(c["dataset"].value()):
            n = fixed_classes(c["dataset"].value())
            reasons["classes"] = (self.tr("The {name} dataset always has 2 classes.") if n == 2 else
                                  self.tr("The {name} dataset always has {n} classes.")).format(name=c["dataset"].value(), n=n)
        if c["hidden_layers"].value() == 0:
            reasons["neurons"] = self.tr("There are no hidden layers: set Hidden layers to 1 or more.")
        # Features of the other kind of data (x₁ for images, pixels for points) do not apply: not shown.
        kind = getattr(self, "_kind", "points") if self._csv_name is not None else dataset_kind(c["dataset"].value())
        c["features"].show_only(features_of_kind(kind))
        for k in ("samples", "noise", "classes", "neurons"):
            enabled = k not in reasons
            c[k].setEnabled(enabled)
            self._labels[k].setEnabled(enabled)
            self._set_tip(k, self._tips[k] + ("" if enabled else "\n" + reasons[k]))
        resized = set()
        for key, (registry_key, option) in self._options.items():
            entry = REGISTRIES[registry_key].get(c[registry_key].value())
            shown = entry is not None and option in entry.options
            if self._option_shown.get(key) != shown:
                self._option_shown[key] = shown
                self._forms[key].setRowVisible(c[key], shown)
                resized.add(self._group_of[key])
        for group in resized:
            if group.isExpanded():
                group.expand(animate=False)  # its height follows the rows shown
