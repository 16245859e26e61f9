"""Train ▸ Step through backprop…: one training sample through the network, step by step.

The learner clicks a training point (or types its index) and steps forward layer by layer
(z = Wa + b, a = f(z)), to the loss (softmax, −log p_y), backward (δ_out = p − y, then
δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f′(z_l)) and to the update w ← w − η·g of one chosen weight,
its chain rule written out with its numbers. The numbers are the focused run's current
weights, computed in the training process (``RunController.request_backprop``,
:func:`dlviz.training.backprop.walk_trainer`); dropout is off for the walk-through.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from .. import style
from ..fonts import wm_title
from ..i18n import explain
from ..views.common import axes, class_label, dress
from .common import bring_up


def num(x) -> str:
    """A number in the tables: 4 significant digits, never "-0"."""
    if x is None:
        return "–"
    s = f"{float(x):.4g}"
    return "0" if s in ("-0", "0") else s


class Step:
    """One step of the walk: a title, a formula line, a table (column headers, rows) and notes."""

    def __init__(self, title: str, formula: str, headers: list[str], rows: list[list], notes: list[str] = ()):
        self.title, self.formula, self.headers, self.rows, self.notes = title, formula, headers, rows, list(notes)


def steps_of(walk, activation: str, class_names=()) -> list[Step]:
    """The steps the dialog walks through, in order: forward per layer, the loss, backward per
    layer (output first), the update of the chosen weight. The vectors' entries are numbered
    from 1 (p₁ is class 0's probability), as the weights' W[j,i] are."""
    y = walk.label
    names = [class_label(class_names[k]) if k < len(class_names) else str(k) for k in range(len(walk.probs))]
    out: list[Step] = []
    for s in walk.layers:
        l = s.index
        src = "x" if l == 1 else f"a{_sub(l - 1)}"
        units = [[names[k] if s.output else str(k + 1), num(z), num(a)] for k, (z, a) in enumerate(zip(s.z, s.a))]
        if s.output:
            out.append(Step(QCoreApplication.translate("backprop", "Forward: the output layer {l}").format(l=l),
                            f"z{_sub(l)} = W{_sub(l)} {src} + b{_sub(l)},   p = softmax(z{_sub(l)})",
                            [QCoreApplication.translate("backprop", "class"), "z", "p"], units))
        else:
            out.append(Step(QCoreApplication.translate("backprop", "Forward: hidden layer {l}").format(l=l),
                            f"z{_sub(l)} = W{_sub(l)} {src} + b{_sub(l)},   a{_sub(l)} = {activation}(z{_sub(l)})",
                            [QCoreApplication.translate("backprop", "unit"), "z", "a"], units))
    p = walk.probs
    out.append(Step(QCoreApplication.translate("backprop", "The loss"),
                    f"L = −log p{_sub(y + 1)} = −log {num(p[y])} = {num(walk.loss)}",
                    [QCoreApplication.translate("backprop", "class"), "p", "y"],
                    [[names[k], num(pk), "1" if k == y else "0"] for k, pk in enumerate(p)],
                    [QCoreApplication.translate("backprop", "Softmax turns the output into probabilities; the loss is small when the "
                                                "sample's own class ({c}) gets a high probability.").format(c=names[y])]))
    sizes = walk.delta_sizes()
    for s in reversed(walk.layers):
        l = s.index
        a_in = "x" if l == 1 else f"a{_sub(l - 1)}"
        grads = QCoreApplication.translate("backprop", "The gradients: ∂L/∂W{l} = δ{l} {a}ᵀ, ∂L/∂b{l} = δ{l}.").format(
            l=_sub(l), a=a_in)
        if s.output:
            onehot = np.eye(len(p))[y]
            out.append(Step(QCoreApplication.translate("backprop", "Backward: the output layer {l}").format(l=l),
                            f"δ{_sub(l)} = p − y",
                            [QCoreApplication.translate("backprop", "class"), "p", "y", "δ"],
                            [[names[k], num(pk), num(yk), num(d)] for k, (pk, yk, d) in enumerate(zip(p, onehot, s.delta))],
                            [grads, QCoreApplication.translate("backprop", "Mean |δ|: {v}").format(v=num(sizes[l - 1]))]))
        else:
            notes = [grads, QCoreApplication.translate("backprop", "Mean |δ|: {v} here, {w} in layer {n}.").format(
                v=num(sizes[l - 1]), w=num(sizes[l]), n=l + 1)]
            if float(np.max(s.f_prime)) <= 0.25 + 1e-12 and activation == "sigmoid":
                notes.append(QCoreApplication.translate("backprop", "Sigmoid: f′(z) ≤ 0.25, so δ shrinks at every layer on the "
                                                        "way back. This is the vanishing gradient."))
            out.append(Step(QCoreApplication.translate("backprop", "Backward: hidden layer {l}").format(l=l),
                            f"δ{_sub(l)} = (W{_sub(l + 1)}ᵀ δ{_sub(l + 1)}) ⊙ f′(z{_sub(l)})",
                            [QCoreApplication.translate("backprop", "unit"), f"W{_sub(l + 1)}ᵀ δ{_sub(l + 1)}", "f′(z)", "δ"],
                            [[str(k + 1), num(b), num(f), num(d)] for k, (b, f, d) in
                             enumerate(zip(s.back, s.f_prime, s.delta))], notes))
    c = walk.chain
    out.append(Step(QCoreApplication.translate("backprop", "The update of {w}").format(w=c.name),
                    f"w ← w − η·g,   η = {num(c.lr)}",
                    [QCoreApplication.translate("backprop", "chain rule")], [[line] for line in c.lines()],
                    [QCoreApplication.translate("backprop", "After this step on every weight, the loss on this sample goes from "
                                                "{a} to {b}.").format(a=num(walk.loss), b=num(walk.loss_after))]))
    return out


def _sub(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


class BackpropDialog(QDialog):
    """Non-modal. ``walk`` is the last answer's :class:`~dlviz.training.backprop.Walk` (None
    before one), ``steps`` its steps and ``index`` the step shown."""

    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self.setObjectName("backprop_dialog")
        self.setWindowTitle(wm_title(QCoreApplication.translate("backprop", "Step through backprop"), "Step through backprop"))
        self.setModal(False)
        self.walk = self.sample = None
        self.steps: list[Step] = []
        self.index = 0
        self.error = ""
        self._token = 0
        self._points = None

        lay = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("backprop", 
            "Follow one training point through the network: forward layer by layer, the loss, backward "
            "(backpropagation) and the update of one weight, with the chain rule's numbers. Click a point or type "
            "its number. The numbers are the current run's weights; dropout is off here."))
        intro.setWordWrap(True)
        lay.addWidget(intro)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(QCoreApplication.translate("backprop", "Training point")))
        self.sample_box = QSpinBox()
        self.sample_box.setObjectName("backprop_sample")
        self.sample_box.setRange(0, 999_999)
        pick.addWidget(self.sample_box)
        pick.addSpacing(16)
        pick.addWidget(QLabel(QCoreApplication.translate("backprop", "Weight W[layer, to, from]")))
        self.weight_boxes = []
        for name in ("layer", "to", "from"):
            box = QSpinBox()
            box.setObjectName(f"backprop_weight_{name}")
            box.setRange(1, 256)
            self.weight_boxes.append(box)
            pick.addWidget(box)
        self.follow_button = QPushButton(QCoreApplication.translate("backprop", "Follow"))
        self.follow_button.setObjectName("backprop_follow")
        self.follow_button.clicked.connect(self.request)
        self.follow_button.setDefault(True)
        pick.addWidget(self.follow_button)
        pick.addStretch(1)
        lay.addLayout(pick)

        body = QHBoxLayout()
        self.plot = pg.PlotWidget(background=style.BACKGROUND, axisItems=axes())
        self.plot.setObjectName("backprop_points")
        dress(self.plot.getPlotItem(), QCoreApplication.translate("backprop", "Training points"), "x₁", "x₂")
        self.plot.getPlotItem().setMenuEnabled(False)
        self.plot.setMinimumWidth(260)
        self.scatter = pg.ScatterPlotItem(size=6, pen=pg.mkPen(None))
        self.scatter.sigClicked.connect(self._clicked)
        self.chosen = pg.ScatterPlotItem(size=16, pen=pg.mkPen((0, 0, 0), width=2.5), brush=pg.mkBrush(None))
        self.plot.addItem(self.scatter)
        self.plot.addItem(self.chosen)
        body.addWidget(self.plot, 2)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("backprop_title")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.title.setFont(f)
        rl.addWidget(self.title)
        self.formula = QLabel()
        self.formula.setObjectName("backprop_formula")
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(self.formula)
        self.table = QTableWidget()
        self.table.setObjectName("backprop_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        rl.addWidget(self.table, 1)
        self.notes = QLabel()
        self.notes.setObjectName("backprop_notes")
        self.notes.setWordWrap(True)
        rl.addWidget(self.notes)
        nav = QHBoxLayout()
        self.back_button = QPushButton(QCoreApplication.translate("backprop", "◀ Back"))
        self.back_button.setObjectName("backprop_back")
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.where = QLabel()
        self.where.setObjectName("backprop_where")
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(QCoreApplication.translate("backprop", "Next ▶"))
        self.next_button.setObjectName("backprop_next")
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        nav.addWidget(self.back_button)
        nav.addWidget(self.where, 1)
        nav.addWidget(self.next_button)
        rl.addLayout(nav)
        body.addWidget(right, 3)
        lay.addLayout(body, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("backprop_status")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        close = QPushButton(QCoreApplication.translate("backprop", "Close"))
        close.setObjectName("backprop_close")
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        lay.addLayout(bottom)
        window.controller.backprop_ready.connect(self._on_ready)
        self._show()

    # -- asking and answering -------------------------------------------------------------------

    def request(self) -> int:
        """Ask the training process for the chosen sample's walk-through on the current weights."""
        weight = tuple(b.value() for b in self.weight_boxes)
        self._token = self.win.controller.request_backprop(self.sample_box.value(), weight)
        self.status.setText(QCoreApplication.translate("backprop", "Computing…"))
        self.status.setStyleSheet("")
        return self._token

    def _on_ready(self, msg) -> None:
        if msg.request_id != self._token:
            return
        if msg.walk is None:  # nothing changes: the last walk stays, the message says why
            self.error = explain(msg.error)
            self.status.setText(QCoreApplication.translate("backprop", "Cannot follow this point: {why}").format(why=self.error))
            self.status.setStyleSheet("color: #CC0000;")
            return
        self.error = ""
        first = self.walk is None
        self.walk, self.sample = msg.walk, msg.sample
        self.steps = steps_of(msg.walk, msg.activation, msg.class_names)
        if msg.points is not None:
            self._set_points(msg.points, msg.labels)
        self.sample_box.setMaximum(len(msg.labels) - 1 if msg.labels is not None else 999_999)
        sizes = [len(msg.walk.features), *(len(s.b) for s in msg.walk.layers)]
        layer = self.weight_boxes[0]
        layer.setMaximum(len(sizes) - 1)
        self.weight_boxes[1].setMaximum(sizes[layer.value()])
        self.weight_boxes[2].setMaximum(sizes[layer.value() - 1])
        x = msg.sample.x
        self.chosen.setData([x[0]], [x[1]])
        when = (QCoreApplication.translate("backprop", "fresh weights") if msg.step == 0 else
                QCoreApplication.translate("backprop", "after {n} epochs").format(n=msg.epoch))
        names = msg.class_names
        name = lambda k: class_label(names[k]) if k < len(names) else str(k)  # noqa: E731
        self.status.setText(QCoreApplication.translate("backprop", "Point {i}: {c}, predicted {p}; {when}; dropout off.").format(
            i=msg.sample.index, c=name(msg.sample.label), p=name(msg.walk.predicted), when=when))
        self.status.setStyleSheet("")
        self.go(0 if first or self.index >= len(self.steps) else self.index)

    def _set_points(self, points: np.ndarray, labels: np.ndarray) -> None:
        if self._points is not None and len(self._points) == len(points) and np.array_equal(self._points, points):
            return
        self._points = points
        colors = [pg.mkBrush(*style.CLASS_COLORS[int(c) % len(style.CLASS_COLORS)], 170) for c in labels]
        self.scatter.setData(x=points[:, 0], y=points[:, 1], brush=colors, data=np.arange(len(points)))

    def _clicked(self, _item, spots, *_) -> None:
        if len(spots):
            self.pick(int(spots[0].data()))

    def pick(self, index: int) -> None:
        """Follow training point ``index`` (as a click on it does)."""
        self.sample_box.setValue(index)
        self.request()

    # -- stepping -------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        """Show step ``index`` (clipped to the steps there are)."""
        if not self.steps:
            self._show()
            return
        self.index = max(0, min(index, len(self.steps) - 1))
        self._show()

    def _show(self) -> None:
        n = len(self.steps)
        self.back_button.setEnabled(n > 0 and self.index > 0)
        self.next_button.setEnabled(n > 0 and self.index < n - 1)
        if not n:
            self.title.setText(QCoreApplication.translate("backprop", "Pick a training point"))
            self.formula.setText("")
            self.notes.setText("")
            self.where.setText("")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        s = self.steps[self.index]
        self.title.setText(s.title)
        self.formula.setText(s.formula)
        self.notes.setText("\n".join(s.notes))
        self.where.setText(QCoreApplication.translate("backprop", "Step {k} of {n}").format(k=self.index + 1, n=n))
        self.table.clear()
        self.table.setColumnCount(len(s.headers))
        self.table.setRowCount(len(s.rows))
        self.table.setHorizontalHeaderLabels(s.headers)
        for r, row in enumerate(s.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if len(s.headers) > 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()  # (the chain rule's long sum wraps onto a second line)


def make(win) -> BackpropDialog:
    dialog = BackpropDialog(win)
    dialog.resize(1000, 620)
    return dialog


def show(win, dialog: BackpropDialog) -> None:
    """Show the dialog in front and follow its point on the current weights."""
    bring_up(dialog)
    dialog.request()


def open_dialog(win) -> BackpropDialog:
    return win.labs.backprop.open()


def add_to(win, lab) -> None:
    """Train ▸ Step through backprop… (objectName ``backprop_action``)."""
    lab.action = win.add_action("train", QCoreApplication.translate("backprop", "Step through backprop…"), lab.open,
                                name="backprop_action",
                                tip=QCoreApplication.translate("backprop", "Follow one training point forward and backward "
                                                               "through the network, with every number"))
