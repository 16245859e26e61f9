"""The Backprop dock: one training sample through the network, step by step, with the numbers
on the network diagram.

Forward layer by layer (z = W a + b, a = f(z)), the loss (softmax, −log p_y), backward
(δ_out = p − y, then δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f′(z_l), ∂L/∂W_l = δ_l a_{l−1}ᵀ) and the
update w ← w − η·g. Each step writes its layer's numbers beside the nodes of a network
diagram (the Network view's own drawing, :class:`~dlviz.ui.views.network.NetworkView`,
handed in by the view registry: the views do not import one another). Hovering a weight
(an edge) writes out its chain rule with its numbers. A bar per layer shows mean |δ|: with
sigmoid (f′ ≤ 0.25) it shrinks towards the input, the vanishing gradient's "why".

The view draws only: it is given the walk-through (a ``BackpropReady`` message: the
:class:`dlviz.training.backprop.Walk` and its sample, computed in the training process)
by :mod:`dlviz.ui.lab.backprop`, which also answers ``wanted(index)``. Frames give it the
run (its training points, the diagram's architecture and node maps).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QSpinBox, QVBoxLayout, QWidget)

from ...common.numbers import factor, product_terms, sig4
from .. import style
from .common import class_label, font

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

num = sig4
#: Products of a sum written out, at most (the rest are summed as one).
SHOWN_TERMS = 6
ERROR_STYLE = "color: #CC0000;"
BAR_COLOR = QColor(*style.POSITIVE)
SIGMOID_BAR = QColor(0xD5, 0x5E, 0x00)  # vermillion: the sigmoid's shrinking δ


def sub(n: int) -> str:
    """``12`` -> ``₁₂``."""
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def sum_text(ws, ds) -> str:
    """``0.31·0.12 + (−0.5)·0.07 + [10 more terms: 0.04]``."""
    terms, more, rest = product_terms(ws, ds, SHOWN_TERMS)
    if more:
        terms.append(QCoreApplication.translate("backprop", "[{n} more terms: {v}]").format(n=more, v=num(rest)))
    return " + ".join(terms)


def chain_lines(c) -> list[str]:
    """The chain rule of one weight written out with its numbers (``c``: a
    :class:`~dlviz.training.backprop.ChainRule`), as ``ChainRule.lines`` writes it, translated."""
    l, j, i = c.layer, c.j + 1, c.i + 1
    name = f"W{sub(l)}[{j},{i}]"
    src = f"x{sub(i)}" if l == 1 else f"a{sub(l - 1)}[{i}]"
    out = [QCoreApplication.translate("backprop", "Chain rule for {w}:").format(w=name),
           f"∂L/∂{name} = δ{sub(l)}[{j}] · {src}"]
    if c.output:
        out.append(f"δ{sub(l)}[{j}] = p{sub(j)} − y{sub(j)} = {num(c.p)} − {num(c.y)} = {num(c.delta)}")
    else:
        out.append(f"δ{sub(l)}[{j}] = (Σₖ W{sub(l + 1)}[k,{j}] · δ{sub(l + 1)}[k]) · f′(z{sub(l)}[{j}])")
        out.append(f"      = ({sum_text(c.next_weights, c.next_deltas)}) · f′({num(c.z)})")
        out.append(f"      = {num(c.back)} · {factor(c.f_prime)} = {num(c.delta)}")
    out.append(f"∂L/∂{name} = {num(c.delta)} · {factor(c.a_in)} = {num(c.grad)}")
    out.append(f"{name} ← {num(c.weight)} − {factor(c.lr)} · {factor(c.grad)} = {num(c.new_weight)}")
    return out


class Step:
    """One step of the walk: a title, formula lines, notes, and the numbers beside the
    diagram's nodes (``marks[layer] = (texts, strong)``, layer -1 the inputs)."""

    def __init__(self, kind: str, layer: int, title: str, formula: list[str], notes: list[str],
                 marks: dict[int, tuple[list[str], bool]]):
        self.kind, self.layer = kind, layer  # "forward" | "loss" | "backward" | "update"; l (1-based)
        self.title, self.formula, self.notes, self.marks = title, list(formula), list(notes), marks


def steps_of(walk, activation: str, class_names=(), weight=(1, 1, 1)) -> list[Step]:
    """The steps in order: forward per layer, the loss, backward per layer (output first),
    the update of ``weight`` (l, j, i), 1-based."""
    y = walk.label
    L = len(walk.layers)
    names = [class_label(class_names[k]) if k < len(class_names) else str(k) for k in range(len(walk.probs))]
    xs = ([f"{num(v)}" for v in walk.features], False)
    out: list[Step] = []
    for s in walk.layers:
        l = s.index
        src = "x" if l == 1 else f"a{sub(l - 1)}"
        marks = {-1: xs, **{k - 1: ([f"a {num(v)}" for v in walk.layers[k - 1].a], False) for k in range(1, l)}}
        # unit 1's sum written out: the numbers behind the first node's z
        terms = sum_text(s.W[0], s.a_in)
        first = f"z{sub(l)}[1] = {terms} + {factor(s.b[0])} = {num(s.z[0])}"
        if s.output:
            marks[l - 1] = ([f"z {num(z)}\np {num(p)}" for z, p in zip(s.z, s.a)], True)
            out.append(Step("forward", l, QCoreApplication.translate("backprop", "Forward: the output layer {l}").format(l=l),
                            [f"z{sub(l)} = W{sub(l)} {src} + b{sub(l)},   p = softmax(z{sub(l)})", first],
                            [QCoreApplication.translate("backprop", "Softmax turns the output into probabilities that add up to 1.")], marks))
        else:
            marks[l - 1] = ([f"z {num(z)}\na {num(a)}" for z, a in zip(s.z, s.a)], True)
            out.append(Step("forward", l, QCoreApplication.translate("backprop", "Forward: hidden layer {l}").format(l=l),
                            [f"z{sub(l)} = W{sub(l)} {src} + b{sub(l)},   a{sub(l)} = {activation}(z{sub(l)})", first,
                             f"a{sub(l)}[1] = {activation}({num(s.z[0])}) = {num(s.a[0])}"],
                            [QCoreApplication.translate("backprop", "Each unit adds up its inputs times their weights, plus its bias (z), "
                                "then applies the activation (a).")], marks))
    p = walk.probs
    out.append(Step("loss", L, QCoreApplication.translate("backprop", "The loss"),
                    [f"L = −log p{sub(y + 1)} = −log {num(p[y])} = {num(walk.loss)}"],
                    [QCoreApplication.translate("backprop", "Softmax turns the output into probabilities; the loss is small when the "
                        "sample's own class ({c}) gets a high probability.").format(c=names[y])],
                    {-1: xs, L - 1: ([f"p {num(pk)}" + ("  ← y" if k == y else "") for k, pk in enumerate(p)], True)}))
    sizes = walk.delta_sizes()
    for s in reversed(walk.layers):
        l = s.index
        a_in = "x" if l == 1 else f"a{sub(l - 1)}"
        grads = QCoreApplication.translate("backprop", "The gradients: ∂L/∂W{l} = δ{l} {a}ᵀ, ∂L/∂b{l} = δ{l}.").format(l=sub(l), a=a_in)
        marks = {k - 1: ([f"δ {num(v)}" for v in walk.layers[k - 1].delta], False) for k in range(l + 1, L + 1)}
        if s.output:
            marks[l - 1] = ([f"p−y {num(d)}" for d in s.delta], True)
            out.append(Step("backward", l, QCoreApplication.translate("backprop", "Backward: the output layer {l}").format(l=l),
                            [f"δ{sub(l)} = p − y", f"δ{sub(l)}[{y + 1}] = {num(p[y])} − 1 = {num(s.delta[y])}"],
                            [grads, QCoreApplication.translate("backprop", "Mean |δ{l}|: {v}").format(l=sub(l), v=num(sizes[l - 1]))], marks))
        else:
            marks[l - 1] = ([f"f′ {num(f)}\nδ {num(d)}" for f, d in zip(s.f_prime, s.delta)], True)
            notes = [grads, QCoreApplication.translate("backprop", "Mean |δ|: {v} here, {w} in layer {n}.").format(
                v=num(sizes[l - 1]), w=num(sizes[l]), n=l + 1)]
            if activation == "sigmoid":
                notes.append(QCoreApplication.translate("backprop", "Sigmoid: f′(z) ≤ 0.25 multiplies δ at every layer on the way back, so "
                                "unless the weights are large, δ shrinks towards the input. This is the "
                                "vanishing gradient."))
            nxt = walk.layers[l]
            out.append(Step("backward", l, QCoreApplication.translate("backprop", "Backward: hidden layer {l}").format(l=l),
                            [f"δ{sub(l)} = (W{sub(l + 1)}ᵀ δ{sub(l + 1)}) ⊙ f′(z{sub(l)})",
                             f"δ{sub(l)}[1] = ({sum_text(nxt.W[:, 0], nxt.delta)}) · {factor(s.f_prime[0])} = "
                             f"{num(s.back[0])} · {factor(s.f_prime[0])} = {num(s.delta[0])}"], notes, marks))
    c = walk.chain_for(tuple(weight))
    out.append(Step("update", c.layer, QCoreApplication.translate("backprop", "The update: w ← w − η·g"),
                    [f"w ← w − η·g,   η = {num(c.lr)}", *chain_lines(c)[1:]],
                    [QCoreApplication.translate("backprop", "Hover any weight (an edge) to see its own chain rule."),
                     QCoreApplication.translate("backprop", "After this step on every weight, the loss on this sample goes from {a} to {b}.").format(
                         a=num(walk.loss), b=num(walk.loss_after))],
                    {k - 1: ([f"δ {num(v)}" for v in walk.layers[k - 1].delta], False) for k in range(1, L + 1)}))
    return out


class DeltaBars(QWidget):
    """Mean |δ| per layer, one bar each, the input side on the left, the value above it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("backprop_delta_bars")
        self.values: list[float] = []
        self.labels: list[str] = []
        self.shrinking = False  # drawn in the sigmoid's warning colour
        self.setFixedHeight(int(QFontMetricsF(font(8.5)).height() * 3 + 44))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(260, self.height())

    def set_values(self, values, labels, shrinking: bool = False) -> None:
        self.values, self.labels, self.shrinking = [float(v) for v in values], list(labels), shrinking
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = font(8.5)
        fm = QFontMetricsF(f)
        p.setFont(f)
        title = QCoreApplication.translate("backprop", "Mean |δ| per layer (input side on the left)")
        p.setPen(QColor(*style.FOREGROUND))
        p.drawText(QRectF(0, 0, self.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, title)
        n = len(self.values)
        if not n:
            return
        top, bottom = fm.height() * 2 + 4, self.height() - fm.height() - 3
        slot = self.width() / n
        bw = min(slot * 0.6, 48.0)
        vmax = max(self.values) or 1.0
        for k, (v, lab) in enumerate(zip(self.values, self.labels)):
            x = slot * k + (slot - bw) / 2
            h = max((bottom - top) * v / vmax, 1.0)
            p.fillRect(QRectF(x, bottom - h, bw, h), SIGMOID_BAR if self.shrinking else BAR_COLOR)
            p.setPen(QColor(*style.FOREGROUND))
            p.drawText(QRectF(slot * k, bottom - h - fm.height() - 1, slot, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, num(v))
            p.drawText(QRectF(slot * k, bottom + 1, slot, fm.height()), Qt.AlignmentFlag.AlignHCenter, lab)
        p.setPen(QPen(QColor(150, 150, 150), 1))
        p.drawLine(0, int(bottom), self.width(), int(bottom))


class BackpropView(QWidget):
    """The Backprop dock. ``diagram_factory()`` makes its network diagram (a NetworkView).

    ``wanted(index)``: follow training sample ``index`` (the lab asks the training process
    and calls :meth:`show_answer` with the answer). ``walk`` is the walk shown (None before
    one), ``steps`` its steps, ``index`` the step shown, ``weight`` (l, j, i) the weight
    whose chain rule the update step writes out (the last one hovered), ``hovered`` the
    weight under the pointer (None)."""

    wanted = Signal(int)

    def __init__(self, diagram_factory: Callable[[], QWidget], parent=None):
        super().__init__(parent)
        self.setObjectName("backprop_view")
        self.walk = self.sample = None
        self.activation = ""
        self.class_names: tuple[str, ...] = ()
        self.steps: list[Step] = []
        self.index = 0
        self.weight = (1, 1, 1)
        self.hovered: tuple[int, int, int] | None = None
        self.error = ""
        self.waiting = False
        self.walk_step: int | None = None  # the run's step the walk's weights are of
        self.frames_drawn = 0
        self._info = None
        self._frame = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(3)
        pick = QHBoxLayout()
        self.sample_caption = QLabel(QCoreApplication.translate("backprop", "Training sample"))
        pick.addWidget(self.sample_caption)
        self.sample_box = QSpinBox()
        self.sample_box.setObjectName("backprop_sample")
        self.sample_box.setRange(0, 0)
        self.sample_box.setToolTip(QCoreApplication.translate("backprop", "The training sample's number; or click a training point in the decision "
                                      "regions"))
        pick.addWidget(self.sample_box)
        self.follow_button = QPushButton(QCoreApplication.translate("backprop", "Follow"))
        self.follow_button.setObjectName("backprop_follow")
        self.follow_button.setToolTip(QCoreApplication.translate("backprop", "Follow this sample through the network on the current weights"))
        self.follow_button.clicked.connect(lambda: self.follow(self.sample_box.value()))
        self.sample_box.lineEdit().returnPressed.connect(lambda: self.follow(self.sample_box.value()))
        pick.addWidget(self.follow_button)
        # The sample itself: its point and class; an image sample as a small picture.
        self.sample_image = QLabel()
        self.sample_image.setObjectName("backprop_sample_image")
        self.sample_image.hide()
        pick.addWidget(self.sample_image)
        self.sample_text = QLabel()
        self.sample_text.setObjectName("backprop_sample_text")
        pick.addWidget(self.sample_text, 1)
        lay.addLayout(pick)

        self.diagram = diagram_factory()
        self.diagram.setObjectName("backprop_diagram")
        self.diagram.hover_edges = True
        self.diagram.edge_text = self._edge_tooltip
        self.diagram.edge_hovered.connect(self._on_edge)
        self.diagram.edge_left.connect(self._off_edge)
        self.diagram.setMinimumSize(200, 120)

        text = QWidget()
        tl = QVBoxLayout(text)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(3)
        nav = QHBoxLayout()
        self.back_button = QPushButton(QCoreApplication.translate("backprop", "◀ Back"))
        self.back_button.setObjectName("backprop_back")
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.title = QLabel()
        self.title.setObjectName("backprop_title")
        self.title.setFont(font(11, True))
        self.where = QLabel()
        self.where.setObjectName("backprop_where")
        self.next_button = QPushButton(QCoreApplication.translate("backprop", "Next ▶"))
        self.next_button.setObjectName("backprop_next")
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        nav.addWidget(self.back_button)
        nav.addWidget(self.title, 1)
        nav.addWidget(self.where)
        nav.addWidget(self.next_button)
        self.chain = QLabel()
        self.chain.setObjectName("backprop_chain")
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain.setStyleSheet("background: #FFF6E0; border: 1px solid #E69F00; padding: 3px;")
        self.chain.hide()
        tl.addWidget(self.chain)
        self.formula = QLabel()
        self.formula.setObjectName("backprop_formula")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tl.addWidget(self.formula)
        self.notes = QLabel()
        self.notes.setObjectName("backprop_notes")
        self.notes.setWordWrap(True)
        tl.addWidget(self.notes)
        tl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(3)
        sl.addLayout(nav)
        sl.addWidget(scroll, 1)
        self.bars = DeltaBars()
        sl.addWidget(self.bars)
        self.status = QLabel()
        self.status.setObjectName("backprop_status")
        self.status.setWordWrap(True)
        sl.addWidget(self.status)
        self.text_panel = side

        # Wide: the diagram left of the text; tall: above it.
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.addWidget(self.diagram, 5)
        self.body.addWidget(side, 4)
        lay.addLayout(self.body, 1)
        self._show()

    @property
    def export_target(self):
        return self

    def sizeHint(self) -> QSize:
        return QSize(760, 520)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() > 1.5 * self.height() and self.width() > 700
        d = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != d:
            self.body.setDirection(d)
            self.body.setStretch(0, 3 if wide else 5)
            self.body.setStretch(1, 2 if wide else 4)

    # -- the run --------------------------------------------------------------------------------

    def update_frame(self, frame: Frame) -> None:
        """A new run: its diagram and training points (the walk of the old one is dropped).
        The diagram follows the frames until a walk is shown; then it keeps the walk's
        weights. A walk older than a paused run's weights is asked for again."""
        self._frame = frame
        if frame.info is not self._info:
            again = self.sample.index if self.sample is not None and self.isVisible() else None
            self._info = frame.info
            self.walk = self.sample = None
            self.steps, self.walk_step, self.hovered = [], None, None
            self.waiting = False
            n = len(frame.info.y_train)
            self.sample_box.setRange(0, max(n - 1, 0))
            self.diagram.update_frame(frame)
            self.diagram.set_notes({})
            self._show()
            self.frames_drawn += 1
            if again is not None and n:  # (a Reset, a new dataset: the same sample through the new run)
                self.follow(min(again, n - 1))
            return
        if self.walk is None:
            self.diagram.update_frame(frame)
        elif frame.snap.step != self.walk_step and frame.state != "training" and not self.waiting:
            self.follow(self.sample.index)  # (a Step, or the end of a slice: the numbers of the new weights)
        self.frames_drawn += 1

    def training_points(self) -> np.ndarray | None:
        """The run's training points (n, d), in the order of their numbers."""
        return None if self._info is None else np.asarray(self._info.X_train)

    def nearest(self, x: float, y: float) -> int | None:
        """The number of the training point nearest (x, y) (None: no points, or not 2-D)."""
        X = self.training_points()
        if X is None or not len(X) or X.ndim != 2 or X.shape[1] != 2:
            return None
        return int(np.argmin((X[:, 0] - x) ** 2 + (X[:, 1] - y) ** 2))

    def pick_point(self, x: float, y: float) -> int | None:
        """A click on the decision regions at (x, y): follow the nearest training point."""
        k = self.nearest(x, y)
        if k is not None:
            self.follow(k)
        return k

    def follow(self, index: int) -> None:
        """Ask for training sample ``index``'s walk (``wanted``)."""
        self.sample_box.setValue(int(index))
        self.waiting = True
        self._status(QCoreApplication.translate("backprop", "Computing…"))
        self.wanted.emit(int(index))

    # -- answers --------------------------------------------------------------------------------

    def show_answer(self, msg) -> None:
        """A ``BackpropReady``: the walk shown, or why not (the last walk stays)."""
        self.waiting = False
        if msg.walk is None:
            self.fail(msg.error)
            return
        self.error = ""
        first = self.walk is None
        self.walk, self.sample = msg.walk, msg.sample
        self.activation, self.class_names = msg.activation, tuple(msg.class_names)
        self.walk_step = msg.step
        try:
            self.walk.chain_for(self.weight)
        except ValueError:
            self.weight = (1, 1, 1)
        if self._frame is not None and self._frame.info is self._info:
            self.diagram.update_frame(self._frame)  # node maps of now; edges: the walk's weights
        self.diagram.show_weights([np.asarray(s.W).T for s in msg.walk.layers])
        self.steps = steps_of(msg.walk, msg.activation, msg.class_names, self.weight)
        self.sample_box.setValue(msg.sample.index)
        names = msg.class_names
        name = lambda k: class_label(names[k]) if k < len(names) else str(k)  # noqa: E731
        self._show_sample(msg.sample, name(msg.sample.label), getattr(self._info, "image_shape", None))
        when = QCoreApplication.translate("backprop", "fresh weights") if msg.step == 0 else QCoreApplication.translate("backprop", "after {n} epochs").format(n=msg.epoch)
        self._status(QCoreApplication.translate("backprop", "Sample {i}: {c}, predicted {p}; {when}; dropout off.").format(
            i=msg.sample.index, c=name(msg.sample.label), p=name(msg.walk.predicted), when=when))
        sizes = msg.walk.delta_sizes()
        self.bars.set_values(sizes, [f"δ{sub(k + 1)}" for k in range(len(sizes))], msg.activation == "sigmoid")
        self.go(0 if first or self.index >= len(self.steps) else self.index)

    def fail(self, why) -> None:
        """Nothing changes: the last walk stays, the status says why."""
        self.waiting = False
        self.error = str(why)
        self._status(QCoreApplication.translate("backprop", "Cannot follow this sample: {why}").format(why=self.error), error=True)

    def _status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _show_sample(self, sample, label: str, image_shape) -> None:
        """The sample: a 2-D point as its coordinates; an image (``image_shape`` (h, w)) as a
        small grey picture beside its class."""
        x = np.asarray(sample.x, float).ravel()
        if image_shape is not None and x.size == int(np.prod(image_shape)):
            h, w = image_shape
            grey = np.ascontiguousarray((255 * (1.0 - np.clip(x.reshape(h, w), 0, 1))).astype(np.uint8))
            img = QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
            self.sample_image.setPixmap(QPixmap.fromImage(img).scaled(
                40, 40, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
            self.sample_image.show()
            self.sample_text.setText(QCoreApplication.translate("backprop", "class {c}").format(c=label))
        else:
            self.sample_image.hide()
            where = ", ".join(num(v) for v in x[:4]) + (", …" if x.size > 4 else "")
            self.sample_text.setText(QCoreApplication.translate("backprop", "({x}): {c}").format(x=where, c=label))

    # -- stepping -------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        """Show step ``index`` (clipped to the steps there are)."""
        if self.steps:
            self.index = max(0, min(index, len(self.steps) - 1))
        self._show()

    def _show(self) -> None:
        n = len(self.steps)
        self.back_button.setEnabled(n > 0 and self.index > 0)
        self.next_button.setEnabled(n > 0 and self.index < n - 1)
        if not n:
            self.title.setText(QCoreApplication.translate("backprop", "Pick a training sample"))
            self.formula.setText(QCoreApplication.translate("backprop", "Click a training point in the decision regions, or type its number and "
                                    "press Follow. Then step forward and backward through the network with "
                                    "Next and Back."))
            self.notes.setText("")
            self.where.setText("")
            self.diagram.set_notes({})
            self.diagram.mark_edge(None)
            return
        s = self.steps[self.index]
        self.title.setText(s.title)
        self.formula.setText("\n".join(s.formula))
        self.notes.setText("\n".join(s.notes))
        self.where.setText(QCoreApplication.translate("backprop", "Step {k} of {n}").format(k=self.index + 1, n=n))
        self.diagram.set_notes(s.marks)
        if self.hovered is None:
            l, j, i = self.weight
            self.diagram.mark_edge((l - 1, i - 1, j - 1) if s.kind == "update" and self._shown(l, j, i) else None)

    def _shown(self, l: int, j: int, i: int) -> bool:
        nodes = self.diagram.node_count()
        return j - 1 < nodes.get(l - 1, 0) and i - 1 < nodes.get(l - 2, 0)

    # -- a hovered weight -----------------------------------------------------------------------

    def chain_for_edge(self, layer: int, i: int, j: int):
        """The chain rule of the diagram's edge (layer, i, j): W_{layer+1}[j+1, i+1]."""
        return self.walk.chain_for((layer + 1, j + 1, i + 1))

    def _edge_tooltip(self, layer: int, i: int, j: int) -> str:
        if self.walk is None:
            return self.diagram.edge_tooltip(layer, i, j)
        return "\n".join(chain_lines(self.chain_for_edge(layer, i, j)))

    def _on_edge(self, layer: int, i: int, j: int) -> None:
        """The pointer is on a weight: write out its chain rule; the update step follows it."""
        if self.walk is None:
            return
        self.hovered = self.weight = (layer + 1, j + 1, i + 1)
        c = self.chain_for_edge(layer, i, j)
        self.chain.setText("\n".join(chain_lines(c)))
        self.chain.show()
        self.steps[-1] = steps_of(self.walk, self.activation, self.class_names, self.weight)[-1]
        if self.index == len(self.steps) - 1:
            s = self.steps[-1]
            self.formula.setText("\n".join(s.formula))

    def _off_edge(self) -> None:
        self.hovered = None
        self.chain.hide()
        self._show()
