"""The left-hand panel: every hyperparameter of a run, in three groups (Data,
Network, Training).

Each control's objectName is its Config key. The panel speaks Config units in
both directions: ``valueChanged(key, value)`` when the learner changes something,
``set_config(config)`` (silent) when the program does.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
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

from ...config import Config
from ...data import DATASETS, FEATURES, MAX_CLASSES, uses_classes
from ...engine.activations import ACTIVATIONS
from ...engine.network import INITS, MAX_HIDDEN_LAYERS, MAX_UNITS
from ...engine.optimizers import OPTIMIZERS
from ...engine.schedules import SCHEDULES
from .widgets import (
    ChoiceBox,
    EpochsBox,
    FeatureChecks,
    FloatSlider,
    IntSlider,
    LogSlider,
    SeedBox,
    rich_tip,
)

#: The keys the panel edits, in display order; ``values()`` returns exactly these.
KEYS = (
    "dataset", "samples", "noise", "classes", "val_fraction", "features",
    "hidden_layers", "neurons", "activation", "leaky_slope", "init", "dropout",
    "optimizer", "lr", "schedule", "batch_size", "epochs", "weight_decay", "l1", "seed",
)  # fmt: skip

#: GUI slider ranges, where they are narrower than Config's. ``set_config`` widens
#: a range to show a larger value that came from the CLI or a file, rather than
#: silently showing something other than what runs.
SAMPLES_RANGE = (10, 5000)
LR_RANGE = (1e-5, 10.0)
LEAKY_RANGE = (0.0, 0.5)
EPOCHS_MAX = 100_000

PANEL_WIDTH = 320


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().splitlines()[0].strip() if (doc or "").strip() else ""


def _activation_tip(entry) -> str:
    return f"{entry.build().formula}\n{entry.doc}"


def estimate_train_size(samples: int, val_fraction: float) -> int:
    """Training points of a generated dataset, as ``train_val_split`` cuts it
    (exact unless tiny classes cannot give their share of validation points)."""
    n_val = int(val_fraction * samples + 0.5)
    return max(1, samples - n_val)


class ControlPanel(QWidget):
    """Every hyperparameter, grouped; put it in a QScrollArea (see :meth:`in_scroll_area`).

    Signals
    -------
    valueChanged(key, value)
        The learner changed a control. ``key`` is a Config key (``hidden_layers``
        and ``neurons`` for the architecture; ``csv`` with ``""`` when the learner
        goes back from a CSV file to generated data), ``value`` is in Config units.
        Apply with ``config.replace(**{key: value})``.
    loadCsvRequested()
        The "Load CSV…" button was pressed; the window opens the file dialog and,
        on success, calls ``set_csv_name``.
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
        self._csv_name: str | None = None
        self._layers = 0  # hidden_layers as last shown, to notice 0 -> n

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self._build_data())
        layout.addWidget(self._build_network())
        layout.addWidget(self._build_training())
        layout.addStretch(1)

        for group in self.findChildren(QGroupBox):
            for child in group.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                child.setFont(self._normal)
        self._equalise_label_widths()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(PANEL_WIDTH)
        self.set_config(Config())

    # ------------------------------------------------------------------ building
    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget, tip: str) -> None:
        widget.setObjectName(key)
        widget.setAccessibleName(label)
        lab = QLabel(label)
        lab.setBuddy(widget)
        lab.setToolTip(rich_tip(tip))
        form.addRow(lab, widget)
        self._controls[key] = widget
        self._labels[key] = lab
        self._forms[key] = form
        self._tips[key] = tip
        self._set_tip(key, tip)
        signal = widget.valueChanged
        signal.connect(lambda v, k=key: self._on_control(k, v))

    def _set_tip(self, key: str, tip: str) -> None:
        w = self._controls[key]
        if isinstance(w, ChoiceBox):
            w.setToolTip(tip)  # ChoiceBox appends the current item's description
        else:
            w.setToolTip(rich_tip(tip))

    def _group(self, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        box.setObjectName(name)
        # A bold title; the controls inside keep the normal weight (a font that
        # resolves only its weight, so size and family still follow the app).
        bold = QFont()
        bold.setBold(True)
        box.setFont(bold)
        self._normal = QFont()
        self._normal.setWeight(QFont.Weight.Normal)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setContentsMargins(8, 6, 8, 8)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(5)
        return box, form

    def _build_data(self) -> QGroupBox:
        box, form = self._group(self.tr("Data"), "data_group")
        tr = self.tr
        datasets = ChoiceBox(DATASETS, {k: s.doc for k, s in DATASETS.items()})
        datasets.activated.connect(self._dataset_activated)
        self._add(form, "dataset", tr("Dataset"), datasets, tr(
            "Which toy problem the network learns. Hover over an entry in the list to see what makes it easy or hard."))

        # Shown only while a CSV file replaces the generated data.
        self._csv_row = QWidget()
        row = QHBoxLayout(self._csv_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self._csv_label = QLabel()
        self._csv_label.setObjectName("csv_name")
        self._csv_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        clear = QToolButton()
        clear.setObjectName("clear_csv")
        clear.setText("✕")
        clear.setAutoRaise(True)
        clear.setToolTip(rich_tip(tr("Stop using the CSV file and go back to the generated dataset.")))
        clear.clicked.connect(self._clear_csv)
        row.addWidget(self._csv_label, 1)
        row.addWidget(clear)
        self._csv_row_label = QLabel(tr("CSV file"))
        form.addRow(self._csv_row_label, self._csv_row)
        form.setRowVisible(self._csv_row, False)

        self._add(form, "samples", tr("Samples"), IntSlider(*SAMPLES_RANGE, log=True), tr(
            "How many points are generated. More points show the pattern more clearly but make every epoch slower."))
        self._add(form, "noise", tr("Noise"), FloatSlider(0.0, 1.0, 2), tr(
            "How far points scatter from the clean shape. "
            "More noise blurs the boundary and tempts the network to memorise."))
        self._add(form, "classes", tr("Classes"), IntSlider(2, MAX_CLASSES), tr(
            "How many classes (colours) the dataset has. More classes make the problem harder."))
        self._add(form, "val_fraction", tr("Validation"), FloatSlider(0.0, 0.9, 2), tr(
            "The share of points held back to test the network on data it never trains on. "
            "Validation loss rising while training loss falls means overfitting."))
        self._add(form, "features", tr("Features"), FeatureChecks(FEATURES), tr(
            "What the network gets as input. Extra features such as x₁² or sin(πx₁) let even a tiny network "
            "draw a curved boundary."))

        buttons = QWidget()
        hb = QHBoxLayout(buttons)
        hb.setContentsMargins(0, 2, 0, 0)
        hb.setSpacing(6)
        regen = QPushButton(tr("Regenerate"))
        regen.setObjectName("regenerate")
        regen.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        regen.setToolTip(rich_tip(tr("Draw new random data and new starting weights by picking a new seed.")))
        regen.clicked.connect(self.regenerate)
        load = QPushButton(tr("Load CSV…"))
        load.setObjectName("load_csv")
        load.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        load.setToolTip(rich_tip(tr("Train on your own points: a CSV file with columns x1, x2 and label.")))
        load.clicked.connect(self.loadCsvRequested)
        hb.addWidget(regen, 1)
        hb.addWidget(load, 1)
        form.addRow(buttons)
        return box

    def _build_network(self) -> QGroupBox:
        box, form = self._group(self.tr("Network"), "network_group")
        tr = self.tr
        self._add(form, "hidden_layers", tr("Hidden layers"), IntSlider(0, MAX_HIDDEN_LAYERS), tr(
            "How many hidden layers the network has. With 0 it can only draw a straight boundary; "
            "each layer lets it bend the boundary further."))
        self._add(form, "neurons", tr("Neurons"), IntSlider(1, MAX_UNITS, log=True), tr(
            "How many units each hidden layer has. More units can fit finer detail but train slower and can overfit."))
        acts = ChoiceBox(
            ACTIVATIONS,
            {k: _activation_tip(c) for k, c in ACTIVATIONS.items()},
            {k: c.label for k, c in ACTIVATIONS.items()},
        )
        self._add(form, "activation", tr("Activation"), acts, tr(
            "The function each hidden unit applies to its weighted sum. It decides which shapes the network "
            "can build and how well gradients flow back."))
        self._add(form, "leaky_slope", tr("Leaky slope"), FloatSlider(*LEAKY_RANGE, 2), tr(
            "How steep Leaky ReLU is for negative inputs. A small slope keeps units from dying "
            "while staying close to ReLU."))
        self._add(form, "init", tr("Initialisation"), ChoiceBox(INITS, {k: e.doc for k, e in INITS.items()}), tr(
            "How the starting weights are drawn. A bad scale makes signals vanish or explode before learning starts."))
        self._add(form, "dropout", tr("Dropout"), FloatSlider(0.0, 0.9, 2), tr(
            "The share of hidden units switched off at random in each training step. It fights overfitting "
            "but makes the training loss noisier."))
        return box

    def _build_training(self) -> QGroupBox:
        box, form = self._group(self.tr("Training"), "training_group")
        tr = self.tr
        opts = ChoiceBox(
            OPTIMIZERS,
            {k: c.doc for k, c in OPTIMIZERS.items()},
            {k: c.label for k, c in OPTIMIZERS.items()},
        )
        self._add(form, "optimizer", tr("Optimizer"), opts, tr(
            "The rule that turns gradients into weight updates. "
            "Momentum and Adam usually get there faster than plain SGD."))
        self._add(form, "lr", tr("Learning rate"), LogSlider(*LR_RANGE), tr(
            "How big a step each update takes. Too small and learning crawls; "
            "too large and the loss jumps around or blows up."))
        scheds = ChoiceBox(
            SCHEDULES,
            {k: f.doc for k, f in SCHEDULES.items()},
            {k: f.label for k, f in SCHEDULES.items()},
        )
        self._add(form, "schedule", tr("Schedule"), scheds, tr(
            "How the learning rate changes during training. Lowering it later lets the network settle into a minimum."))
        self._add(form, "batch_size", tr("Batch size"), IntSlider(1, 400, log=True), tr(
            "How many training points each update looks at. Small batches take many quick, noisy steps; "
            "large batches take fewer, smoother ones."))
        self._add(form, "epochs", tr("Epochs"), EpochsBox(EPOCHS_MAX), tr(
            "How many passes over the training data to make. \"Until paused\" trains until you press Pause."))
        self._add(form, "weight_decay", tr("Weight decay"), LogSlider(1e-6, 1.0, allow_zero=True), tr(
            "An L2 penalty that pulls every weight towards zero, for smoother boundaries and less overfitting. "
            "Too much and the network underfits."))
        self._add(form, "l1", tr("L1 penalty"), LogSlider(1e-6, 1.0, allow_zero=True), tr(
            "An L1 penalty that pushes small weights to exactly zero, leaving a sparser network. "
            "Too much and the network underfits."))
        self._add(form, "seed", tr("Seed"), SeedBox(), tr(
            "The random seed for the data, the validation split and the starting weights. "
            "The same seed and settings give the same run."))
        return box

    def _equalise_label_widths(self) -> None:
        # One label column width across the three groups, so the controls line up.
        labels = [*self._labels.values(), self._csv_row_label]
        width = max(lab.sizeHint().width() for lab in labels)
        for lab in labels:
            lab.setMinimumWidth(width)

    def in_scroll_area(self) -> QScrollArea:
        """A QScrollArea holding this panel, sized so that no horizontal
        scroll bar is ever needed (the vertical one has its own room)."""
        area = QScrollArea()
        area.setObjectName("control_panel_scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self)
        bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        area.setFixedWidth(max(self.minimumWidth(), self.sizeHint().width()) + bar + 2)
        return area

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(PANEL_WIDTH, hint.width()), hint.height())

    # ------------------------------------------------------------------ public API
    def control(self, key: str) -> QWidget:
        """The widget editing Config key ``key`` (KeyError for other keys)."""
        return self._controls[key]

    def values(self) -> dict[str, Any]:
        """Every key in :data:`KEYS` with its value in Config units."""
        out = {k: self._controls[k].value() for k in KEYS}
        out["features"] = tuple(out["features"])
        return out

    def set_config(self, config: Config) -> None:
        """Show ``config`` in every control without emitting ``valueChanged``.

        A value beyond a GUI slider's range (``--lr 50`` from the command line)
        widens that range rather than being clamped, so the panel never shows
        something other than what runs. ``hidden`` with mixed widths cannot be
        shown as layers x units: the first layer's width is shown.
        """
        c = config
        values = {k: getattr(c, k) for k in KEYS}
        if not c.hidden:
            del values["neurons"]  # 0: keep the last width for when layers come back
        # A CSV's training-set size comes from the window (set_max_batch).
        batch_max = self._batch_max() if c.csv else estimate_train_size(c.samples, c.val_fraction)
        with _Blocked(self._controls.values()):
            self._controls["samples"].setRange(SAMPLES_RANGE[0], max(SAMPLES_RANGE[1], c.samples))
            self._controls["lr"].setRange(LR_RANGE[0], max(LR_RANGE[1], c.lr))
            self._controls["leaky_slope"].setRange(LEAKY_RANGE[0], max(LEAKY_RANGE[1], c.leaky_slope))
            self._controls["epochs"].setMaximum(max(EPOCHS_MAX, c.epochs))
            self._controls["batch_size"].setRange(1, max(batch_max, c.batch_size))
            for k, v in values.items():
                self._controls[k].setValue(v)
        self._layers = c.hidden_layers
        self.set_csv_name(Path(c.csv).name if c.csv else None)

    def set_csv_name(self, name: str | None) -> None:
        """Show that the CSV file ``name`` replaces the generated data (None: it
        does not). Samples, noise and classes do not apply to a CSV file and are
        disabled; call :meth:`set_max_batch` with its training-set size."""
        self._csv_name = name or None
        form = self._forms["dataset"]
        if self._csv_name:
            fm = self._csv_label.fontMetrics()
            self._csv_label.setText(fm.elidedText(self._csv_name, Qt.TextElideMode.ElideMiddle, 180))
            self._csv_label.setToolTip(self._csv_name)
        else:
            self._csv_label.clear()
        form.setRowVisible(self._csv_row, self._csv_name is not None)
        self._update_states()

    def csv_name(self) -> str | None:
        return self._csv_name

    def set_max_batch(self, n: int) -> None:
        """The training set has ``n`` points: the batch size slider stops there.

        A batch size above ``n`` is lowered to ``n`` and emitted as a change.
        """
        try:
            n = max(1, int(n))
        except (TypeError, ValueError, OverflowError):
            return
        self._controls["batch_size"].setRange(1, n)

    def regenerate(self) -> None:
        """Pick a new random seed (emitted as a ``seed`` change)."""
        seed = self._controls["seed"]
        current = seed.value()
        new = current
        while new == current:
            new = random.randrange(0, 2**31)
        seed.setValue(new)

    # ------------------------------------------------------------------ internals
    def _batch_max(self) -> int:
        return self._controls["batch_size"].maximum()

    def _on_control(self, key: str, value: Any) -> None:
        if key == "seed":
            value = int(value)
        elif key == "features":
            value = tuple(value)
        self._update_states()
        self.valueChanged.emit(key, value)
        if key == "hidden_layers":
            before, self._layers = self._layers, value
            if before == 0 and value > 0:
                # Config forgets the width while there are no hidden layers
                # (Config.replace would bring back 16): restate the one shown.
                self.valueChanged.emit("neurons", self._controls["neurons"].value())
        if key in ("samples", "val_fraction") and not self._csv_name:
            self._estimate_max_batch()

    def _dataset_activated(self, _index: int) -> None:
        # Choosing any dataset in the list (even the one shown) leaves the CSV.
        if self._csv_name:
            self._clear_csv()

    def _clear_csv(self) -> None:
        self.set_csv_name(None)
        self.valueChanged.emit("csv", "")
        self._estimate_max_batch()

    def _estimate_max_batch(self) -> None:
        # Generated data: the training-set size follows from samples and val_fraction.
        v = self.values()
        self._controls["batch_size"].setRange(1, estimate_train_size(v["samples"], v["val_fraction"]))

    def _update_states(self) -> None:
        """Enable what applies: classes only for datasets that honour it, neurons
        only with hidden layers, the leaky slope only for Leaky ReLU."""
        c = self._controls
        tr = self.tr
        csv = self._csv_name is not None
        dataset = c["dataset"].value()
        reasons: dict[str, str] = {}
        if csv:
            for k in ("samples", "noise", "classes"):
                reasons[k] = tr("Not used while a CSV file is loaded.")
        elif not uses_classes(dataset):
            reasons["classes"] = tr("The {name} dataset always has 2 classes.").format(name=dataset)
        if c["hidden_layers"].value() == 0:
            reasons["neurons"] = tr("There are no hidden layers: set Hidden layers to 1 or more.")
        for k in ("samples", "noise", "classes", "neurons"):
            enabled = k not in reasons
            c[k].setEnabled(enabled)
            self._labels[k].setEnabled(enabled)
            self._set_tip(k, self._tips[k] + ("" if enabled else "\n" + reasons[k]))
        leaky = c["activation"].value() == "leaky_relu"
        c["leaky_slope"].setEnabled(leaky)
        self._forms["leaky_slope"].setRowVisible(c["leaky_slope"], leaky)


class _Blocked:
    """Block the signals of many widgets for the length of a ``with`` block."""

    def __init__(self, widgets):
        self._widgets = list(widgets)

    def __enter__(self):
        self._blockers = [QSignalBlocker(w) for w in self._widgets]
        return self

    def __exit__(self, *exc):
        for b in self._blockers:
            b.unblock()
        self._blockers = []
        return False
