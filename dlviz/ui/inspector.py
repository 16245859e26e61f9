"""The softmax and cross-entropy inspector: click a point of the decision plane to
see, for that point, the logits zᵢ, e^{zᵢ}, the softmax pᵢ = e^{zᵢ}/Σⱼe^{zⱼ} and
−log p_y for its label beside chance (ln K); click a unit of the network to see
its z = Σ wᵢaᵢ + b with the numbers, then f(z).

The numbers come from the training process (``Inside.probe``): the frames' shown
weights stop at 16 units a layer, so the window could not do the forward pass
itself. The window makes its :class:`InspectorFeature`, which adds the dock.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..common.numbers import sig3
from ..training.messages import RunState
from .fonts import wm_title
from . import style
from .views.common import activation_of, axes, class_label, dress, fixed, font, hex_rgb, regression, unit_name

INSPECT_HZ = 5  # redraws a second while training: numbers are read, not watched
SNAP = 0.03  # a click this close to a sample (a share of each axis's span) inspects that sample


def _tr(text: str) -> str:
    return QCoreApplication.translate("inspector", text)


def nearest_sample(info, point, radius: float = SNAP):
    """The training or validation sample nearest ``point`` within ``radius`` (a share of
    the plane's span on each axis): ((x₁, x₂), label, "train" | "val"), or None."""
    x0, x1, y0, y1 = info.bounds
    sx, sy = (x1 - x0) or 1.0, (y1 - y0) or 1.0
    best = None
    for X, y, kind in ((info.X_train, info.y_train, "train"), (info.X_val, info.y_val, "val")):
        if len(X) == 0:
            continue
        d = np.hypot((X[:, 0] - point[0]) / sx, (X[:, 1] - point[1]) / sy)
        i = int(np.argmin(d))
        if d[i] <= radius and (best is None or d[i] < best[0]):
            best = (float(d[i]), (float(X[i, 0]), float(X[i, 1])), int(y[i]), kind)
    return None if best is None else best[1:]


def nearest_target(info, point, radius: float = SNAP):
    """A regression run's sample nearest ``point`` within ``radius`` (a share of each
    axis's span): for one input ``point`` is (x, height) on the curve's plot and the
    sample is (x, y); for two it is (x₁, x₂). ((inputs...), target, "train" | "val",
    where it is drawn), or None."""
    x0, x1, y0, y1 = info.bounds
    sx, sy = (x1 - x0) or 1.0, (y1 - y0) or 1.0
    best = None
    for X, y, kind in ((info.X_train, info.y_train, "train"), (info.X_val, info.y_val, "val")):
        X, y = np.asarray(X, float), np.asarray(y, float)
        if len(X) == 0:
            continue
        other = y if X.shape[1] == 1 else X[:, 1]  # the plot's vertical axis
        d = np.hypot((X[:, 0] - point[0]) / sx, (other - point[1]) / sy)
        i = int(np.argmin(d))
        if d[i] <= radius and (best is None or d[i] < best[0]):
            best = (float(d[i]), tuple(float(v) for v in X[i]), float(y[i]), kind, (float(X[i, 0]), float(other[i])))
    return None if best is None else best[1:]


def exp_text(z: float) -> str:
    """e^z to 3 significant digits, also past float64's range (e^1000 = 1.97e+434)."""
    if z < 700:
        return sig3(math.exp(z))
    e10 = z / math.log(10)
    exponent = math.floor(e10)
    mantissa = 10 ** (e10 - exponent)
    if float(f"{mantissa:.3g}") >= 10:
        mantissa, exponent = mantissa / 10, exponent + 1
    return f"{mantissa:.3g}e+{exponent}"


def log_sum_exp(z: np.ndarray) -> float:
    m = float(np.max(z))
    return m + math.log(float(np.exp(z - m).sum()))


def _swatch(rgb) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(*rgb))
    return QIcon(pix)


CELL_PAD = 14  # px around a cell's text (Qt's margins, a vertical scroll bar's share aside)


def _fill(t: QTableWidget, rows: list[tuple[str, ...]], bold=(), icons=None) -> None:
    """Put ``rows`` of texts in ``t`` (the first column left-aligned, names; the rest
    numbers), rows in ``bold`` bold. Items are made once and only their text changes:
    making 256 rows of new items a few times a second cost the GUI half a second each."""
    t.setUpdatesEnabled(False)
    if t.rowCount() != len(rows):
        t.setRowCount(len(rows))
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            item = t.item(r, c)
            if item is None:
                item = QTableWidgetItem()
                left = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
                item.setTextAlignment(left | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(r, c, item)
            if item.text() != text:
                item.setText(text)
            if item.font().bold() != (r in bold):
                f = item.font()
                f.setBold(r in bold)
                item.setFont(f)
        if icons is not None and r < len(icons):
            t.item(r, 0).setIcon(icons[r])
    names = tuple(row[0] for row in rows)
    if t.property("names") != names:  # the first column fits its names (measured once, not per redraw)
        t.setProperty("names", names)
        f = QFont(t.font())
        f.setBold(True)
        fm = QFontMetrics(f)
        t.setColumnWidth(0, max([fm.horizontalAdvance(n) for n in names] + [40]) + (30 if icons else 14))
    # Never so narrow that a number is elided ("0.09…", the pᵢ column beside the bars):
    # the number columns share the width equally, so each gets the widest one's room.
    plain, bold_fm = t.fontMetrics(), QFontMetrics(_bold(t.font()))
    need = max([t.horizontalHeader().fontMetrics().horizontalAdvance(t.horizontalHeaderItem(c).text())
                for c in range(1, t.columnCount())]
               + [(bold_fm if r in bold else plain).horizontalAdvance(text)
                  for r, texts in enumerate(rows) for text in texts[1:]]) + CELL_PAD
    least = t.columnWidth(0) + (t.columnCount() - 1) * need + 2 * t.frameWidth()
    if t.minimumWidth() != least:
        t.setMinimumWidth(least)
    t.setUpdatesEnabled(True)


def _bold(f: QFont) -> QFont:
    f = QFont(f)
    f.setBold(True)
    return f


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    t.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # set by _fill from the names
    t.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
    t.setWordWrap(False)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
    return t


def _fit_rows(t: QTableWidget, most: int) -> None:
    """Show every row, up to ``most`` of them (the rest scroll)."""
    rows = min(t.rowCount(), most)
    h = t.horizontalHeader().height() + 2 * t.frameWidth() + rows * t.verticalHeader().defaultSectionSize()
    if t.height() != h:
        t.setFixedHeight(h)


def _label(name: str, rich: bool = True) -> QLabel:
    lab = QLabel()
    lab.setObjectName(name)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class SoftmaxBars(pg.PlotWidget):
    """pᵢ as one bar per class in its class colour, with the number on top."""

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND, axisItems=axes())
        self.setObjectName("inspector_bars")
        plot = self.getPlotItem()
        dress(plot, QCoreApplication.translate("inspector", "Softmax pᵢ"), "", QCoreApplication.translate("inspector", "probability"))
        # pyqtgraph makes a title's width the plot's minimum: a narrow dock would cut the bars off.
        plot.titleLabel.setMinimumWidth(0)
        plot.getAxis("bottom").showLabel(False)  # the ticks name the classes
        fixed(plot)
        plot.setYRange(0, 1.12, padding=0)
        plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (0, 0.25, 0.5, 0.75, 1.0)], []])
        plot.showGrid(x=False, y=True, alpha=0.15)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        plot.addItem(self.bars)
        self.texts: list[pg.TextItem] = []
        self._k = 0
        self.setFixedHeight(200)
        self.setMinimumWidth(180)
        self.heights = np.zeros(0)

    def set_classes(self, names) -> None:
        plot = self.getPlotItem()
        for t in self.texts:
            plot.removeItem(t)
        k = len(names)
        self._k = k
        self.texts = []
        for i in range(k):
            t = pg.TextItem("", color=style.FOREGROUND, anchor=(0.5, 1.0))
            t.setFont(font(9))
            plot.addItem(t)
            self.texts.append(t)
        plot.getAxis("bottom").setTicks([[(i, n if len(n) <= 10 else n[:9] + "…") for i, n in enumerate(names)], []])
        plot.setXRange(-0.6, k - 0.4, padding=0)
        self.set_probs(np.full(k, np.nan))

    def set_probs(self, p: np.ndarray, label: int | None = None) -> None:
        p = np.asarray(p, float)
        h = np.nan_to_num(p)
        self.heights = h
        pens = [pg.mkPen(style.FOREGROUND, width=2.5) if i == label else pg.mkPen((90, 90, 90), width=0.8)
                for i in range(len(p))]
        self.bars.setOpts(x=np.arange(len(p)), height=h, width=0.7,
                          brushes=[pg.mkBrush(style.class_rgb(i)) for i in range(len(p))], pens=pens)
        for i, t in enumerate(self.texts[: len(p)]):
            t.setText(sig3(p[i]) if np.isfinite(p[i]) else "")
            t.setPos(i, h[i] + 0.02)


class Inspector(QWidget):
    """The inspector's content: the point, its label, the softmax and the loss; a unit's sum."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.info = None
        self.point: tuple[float, float] | None = None  # as inspected (snapped to a sample)
        self.sample: tuple[int, str] | None = None  # (label, "train" | "val") of the snapped sample
        self.unit: tuple[int, int] | None = None
        self.probe = None  # the Probe shown
        self._label_picked = False  # the learner chose the label (else: the predicted class)
        self.regress = False  # the run is a regression: ŷ and y, no softmax
        self.target: float | None = None  # a regression sample's target y (None: no sample here)
        self.marker_at: tuple[float, float] | None = None  # where the cross goes on the centre view
        self._icons: list[QIcon] = []  # class colour swatches

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 4, 6, 6)

        self.hint = _label("inspector_hint", rich=False)
        self.hint.setText(QCoreApplication.translate("inspector", "Click a point on the decision plane to see the network's softmax and "
                              "cross-entropy there; click a unit in the network to see its weighted sum."))
        lay.addWidget(self.hint)
        self.point_label = _label("inspector_point")
        lay.addWidget(self.point_label)
        row = QHBoxLayout()
        self.label_title = QLabel(QCoreApplication.translate("inspector", "Label y:"))
        row.addWidget(self.label_title)
        self.label_box = QComboBox()
        self.label_box.setObjectName("inspector_label")
        self.label_box.setToolTip(QCoreApplication.translate("inspector", "The class the cross-entropy is measured against. A point near a "
                                      "sample takes that sample's label."))
        self.label_box.activated.connect(self._on_label_picked)
        row.addWidget(self.label_box, 1)
        self.clear_button = QPushButton(QCoreApplication.translate("inspector", "Clear"))
        self.clear_button.setObjectName("inspector_clear")
        self.clear_button.setToolTip(QCoreApplication.translate("inspector", "Stop inspecting this point"))
        row.addWidget(self.clear_button)
        lay.addLayout(row)

        # The bars beside the table of their numbers: a laptop's dock is short.
        pair = QHBoxLayout()
        self.bars = SoftmaxBars()
        pair.addWidget(self.bars, 4)
        self.table = _table("inspector_table", [QCoreApplication.translate("inspector", "class"), QCoreApplication.translate("inspector", "logit zᵢ"), QCoreApplication.translate("inspector", "e^zᵢ"), QCoreApplication.translate("inspector", "pᵢ")])
        pair.addWidget(self.table, 5, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(pair)
        self.regression = _label("inspector_regression")  # a regression's ŷ and y
        lay.addWidget(self.regression)
        self.formula = _label("inspector_formula")
        lay.addWidget(self.formula)
        self.loss = _label("inspector_loss")
        lay.addWidget(self.loss)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay.addWidget(line)
        self.unit_title = _label("inspector_unit_title")
        self.unit_title.setText(QCoreApplication.translate("inspector", "Click a hidden or output unit in the network to see z = Σ wᵢaᵢ + b here."))
        lay.addWidget(self.unit_title)
        self.terms = _table("inspector_terms", [QCoreApplication.translate("inspector", "input"), QCoreApplication.translate("inspector", "aᵢ"), QCoreApplication.translate("inspector", "wᵢ"), QCoreApplication.translate("inspector", "wᵢ·aᵢ")])
        lay.addWidget(self.terms)
        self.activation = _label("inspector_activation")
        lay.addWidget(self.activation)
        lay.addStretch(1)
        self.sections = (self.point_label, self.label_title, self.label_box, self.clear_button, self.bars,
                         self.table, self.formula, self.loss, self.regression)
        self._show_point_sections(False)
        self.terms.hide()
        self.activation.hide()

    # -- what is inspected -------------------------------------------------------------------

    def new_run(self, info) -> None:
        """A new run: its classes; the point is inspected again (its nearest sample may differ)."""
        self.info = info
        self.probe = None
        self.regress = regression(info)
        self.hint.setText(QCoreApplication.translate("inspector", "Click a point of the fitted curve or surface to see the network's "
                              "prediction ŷ there beside the target y; click a unit in the network to see its weighted sum.")
                          if self.regress else
                          QCoreApplication.translate("inspector", "Click a point on the decision plane to see the network's softmax and "
                              "cross-entropy there; click a unit in the network to see its weighted sum."))
        names = [class_label(n) for n in info.class_names]
        self.label_box.clear()
        self._icons = [_swatch(style.class_rgb(k)) for k in range(len(names))]
        for k, n in enumerate(names):
            self.label_box.addItem(self._icons[k], n, k)
        self.bars.set_classes(names)
        if self.unit is not None and not (0 <= self.unit[0] < len(info.sizes) - 1
                                          and self.unit[1] < info.sizes[self.unit[0] + 1]):
            self.set_unit(None)

    def set_point(self, point) -> tuple[float, float]:
        """Inspect ``point``: snapped to a sample within ``SNAP`` (whose label it takes);
        returns the point inspected."""
        if self.info is None:
            raise RuntimeError("no run to inspect yet")
        if self.regress:
            return self._set_regression_point(point)
        near = nearest_sample(self.info, point)
        self.marker_at = None
        self._label_picked = False
        if near is None:
            self.point, self.sample = (float(point[0]), float(point[1])), None
        else:
            self.point, self.sample = near[0], (near[1], near[2])
        self.probe = None
        self.label_box.setEnabled(self.sample is None)
        if self.sample is not None:
            self.label_box.setCurrentIndex(self.sample[0])
        self._show_point_sections(True)
        self._show_point_text()
        return self.point

    def _set_regression_point(self, point) -> tuple[float, ...]:
        """Inspect the input under ``point`` of the centre view (snapped to a sample
        within ``SNAP``, whose target becomes y); returns the input inspected: (x,) for
        a curve, (x₁, x₂) for a surface."""
        near = nearest_target(self.info, point)
        one = np.asarray(self.info.X_train).shape[1] == 1 if np.asarray(self.info.X_train).ndim == 2 else True
        if near is None:
            self.point = (float(point[0]),) if one else (float(point[0]), float(point[1]))
            self.target, self.sample = None, None
            self.marker_at = (float(point[0]), float(point[1]))
        else:
            self.point, self.target, kind, self.marker_at = near
            self.sample = (0, kind)
        self.probe = None
        self._show_point_sections(True)
        self._show_point_text()
        return self.point

    def clear_point(self) -> None:
        self.point = self.sample = self.probe = None
        self._show_point_sections(False)
        self.terms.hide()
        self.activation.hide()
        if self.unit is not None:
            self.unit_title.setText(QCoreApplication.translate("inspector", "{unit}: click a point on the decision plane to follow it through "
                                        "this unit.").format(unit=unit_name(self.info, *self.unit)))

    def set_unit(self, unit: tuple[int, int] | None) -> None:
        self.unit = unit
        if unit is None:
            self.unit_title.setText(QCoreApplication.translate("inspector", "Click a hidden or output unit in the network to see z = Σ wᵢaᵢ + b here."))
            self.terms.hide()
            self.activation.hide()

    @property
    def label(self) -> int | None:
        """The class y the cross-entropy is measured against."""
        if self.sample is not None:
            return self.sample[0]
        i = self.label_box.currentIndex()
        return i if i >= 0 else None

    def _on_label_picked(self, index: int) -> None:
        self._label_picked = True
        if self.probe is not None:
            self._show_softmax(self.probe)

    def _show_point_sections(self, on: bool) -> None:
        self.hint.setVisible(not on)
        # A regression has one output and no classes: no label to pick, no softmax.
        softmax = (self.label_title, self.label_box, self.bars, self.table, self.formula, self.loss)
        for w in self.sections:
            w.setVisible(on and (w not in softmax if self.regress else w is not self.regression))

    def _show_point_text(self) -> None:
        if self.regress:
            names = ("x",) if len(self.point) == 1 else ("x₁", "x₂")
            text = QCoreApplication.translate("inspector", "Input {inputs}").format(
                inputs=", ".join(f"{n} = {sig3(v)}" for n, v in zip(names, self.point)))
            if self.sample is not None:
                where = QCoreApplication.translate("inspector", "a training sample") if self.sample[1] == "train" else QCoreApplication.translate("inspector", "a validation sample")
                text += "<br>" + QCoreApplication.translate("inspector", "Snapped to {where}: its target is y = <b>{y}</b>.").format(
                    where=where, y=sig3(self.target))
            else:
                text += "<br>" + QCoreApplication.translate("inspector", "No sample here: no target y to compare with.")
            self.point_label.setText(text)
            self.regression.setText("")
            return
        x, y = self.point
        text = QCoreApplication.translate("inspector", "Point x₁ = {x}, x₂ = {y}").format(x=sig3(x), y=sig3(y))
        if self.sample is not None:
            k, kind = self.sample
            name = class_label(self.info.class_names[k])
            where = QCoreApplication.translate("inspector", "a training sample") if kind == "train" else QCoreApplication.translate("inspector", "a validation sample")
            text += "<br>" + QCoreApplication.translate("inspector", "Snapped to {where} of class <b>{name}</b>: its label is y.").format(
                where=where, name=name)
            self.label_title.setText(QCoreApplication.translate("inspector", "Label y:"))
        else:
            text += "<br>" + QCoreApplication.translate("inspector", "No sample here: pick the label y (it starts as the predicted class).")
            self.label_title.setText(QCoreApplication.translate("inspector", "Label y:"))
        self.point_label.setText(text)

    # -- the numbers -----------------------------------------------------------------------

    def show_probe(self, probe, config) -> None:
        """Show ``probe`` (an Inside.probe of the point inspected) under the live ``config``."""
        if self.point is None or probe is None:
            return
        self.probe = probe
        if self.regress:
            self._show_prediction(probe)
            self._show_unit(probe, config)
            return
        if self.sample is None and not self._label_picked:
            self.label_box.setCurrentIndex(int(np.argmax(probe.probs)))  # the predicted class
        self._show_softmax(probe)
        self._show_unit(probe, config)

    def _show_prediction(self, p) -> None:
        """A regression's output: ŷ (the output unit's z: an identity output, no softmax),
        beside the target y and the squared error."""
        y_hat = float(np.asarray(p.logits, float)[0])
        text = QCoreApplication.translate("inspector", "Prediction ŷ = z<sub>out</sub> = <b>{y_hat}</b> (the output unit adds up its "
                                          "inputs: no softmax)").format(y_hat=sig3(y_hat))
        if self.target is not None:
            err = (y_hat - self.target) ** 2
            text += "<br>" + QCoreApplication.translate("inspector", "Target y = <b>{y}</b>; squared error (ŷ − y)² = ({y_hat} − {y})² = <b>{err}</b>").format(
                y=sig3(self.target), y_hat=sig3(y_hat), err=sig3(err))
        self.regression.setText(text)

    def _show_softmax(self, p) -> None:
        z, probs = np.asarray(p.logits, float), np.asarray(p.probs, float)
        names = [class_label(n) for n in self.info.class_names]
        y = self.label
        self.bars.set_probs(probs, y)
        lse = log_sum_exp(z)
        total = exp_text(lse)
        rows = [(names[k], sig3(z[k]), exp_text(z[k]), sig3(probs[k])) for k in range(len(z))]
        rows.append((QCoreApplication.translate("inspector", "sum Σⱼ"), "", total, sig3(probs.sum())))
        _fill(self.table, rows, bold=(y,), icons=self._icons)
        _fit_rows(self.table, 9)
        if y is None:
            return
        name = names[y]
        color = hex_rgb(tuple(int(c * 0.8) for c in style.class_rgb(y)))
        self.formula.setText(QCoreApplication.translate("inspector", 
            "p<sub>i</sub> = e<sup>z<sub>i</sub></sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub></sup>; for y = "
            "<b style='color:{color}'>{name}</b>: p<sub>y</sub> = {e} / {total} = <b>{p}</b>").format(
            color=color, name=name, e=exp_text(z[y]), total=total, p=sig3(probs[y])))
        ce = lse - z[y]  # −log p_y without taking the log of a probability that may be 0
        k = len(z)
        self.loss.setText(QCoreApplication.translate("inspector", 
            "Cross-entropy: −log p<sub>y</sub> = −ln {p} = <b>{ce}</b><br>"
            "chance (pᵢ = 1/K for every class): ln K = ln {k} = <b>{chance}</b> — {verdict}").format(
            p=sig3(probs[y]), ce=sig3(ce), k=k, chance=f"{math.log(k):.2f}",
            verdict=QCoreApplication.translate("inspector", "better than chance") if ce < math.log(k) else QCoreApplication.translate("inspector", "no better than chance")))

    def _show_unit(self, p, config) -> None:
        if self.unit is None or p.unit != self.unit or p.unit_weights is None:
            if self.unit is not None:
                self.terms.hide()
                self.activation.hide()
            return
        layer, j = self.unit
        info = self.info
        a_in, w, b = np.asarray(p.inputs(layer), float), np.asarray(p.unit_weights, float), float(p.unit_bias)
        z = float(p.z[layer][j])
        terms = w * a_in
        total = float(terms.sum()) + b
        out = layer == len(info.sizes) - 2
        self.unit_title.setText(QCoreApplication.translate("inspector", "<b>{unit}</b> at this point: z = Σ<sub>i</sub> w<sub>i</sub>a<sub>i</sub> + b")
                                .format(unit=unit_name(info, layer, j)))
        t = self.terms
        labels = info.feature_labels
        rows = []
        for i in range(len(a_in)):
            if layer == 0:
                src = labels[i] if i < len(labels) else str(i + 1)
            else:
                src = QCoreApplication.translate("inspector", "unit {u}").format(u=i + 1)
            rows.append((src, sig3(a_in[i]), sig3(w[i]), sig3(terms[i])))
        n = len(a_in)
        rows.append((QCoreApplication.translate("inspector", "bias b"), "", "", sig3(b)))
        rows.append((QCoreApplication.translate("inspector", "z = Σ wᵢaᵢ + b"), "", "", sig3(total)))
        _fill(t, rows, bold=(n + 1,))
        _fit_rows(t, 12)
        t.show()
        if out and self.regress:
            self.activation.setText(QCoreApplication.translate("inspector", "z is the output: the prediction ŷ = z = <b>{z}</b> (no activation, no softmax)").format(z=sig3(z)))
        elif out:
            probs = p.probs
            self.activation.setText(QCoreApplication.translate("inspector", 
                "z is the logit z<sub>{k}</sub> = <b>{z}</b> of class {name}; the softmax makes it "
                "p = e<sup>z</sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub></sup> = <b>{p}</b>").format(
                k=j + 1, z=sig3(z), name=class_label(info.class_names[j]), p=sig3(probs[j])))
        else:
            act = activation_of(config)[1]
            formula = getattr(act, "formula", "") or ""
            self.activation.setText(QCoreApplication.translate("inspector", "then the activation {name}: {formula}<br>f(z) = {name}({z}) = <b>{a}</b>")
                                    .format(name=act.label, formula=formula, z=sig3(z), a=sig3(p.a[layer][j])))
        self.activation.show()


# -- in the window -----------------------------------------------------------------------------


def _marker() -> pg.ScatterPlotItem:
    """A cross on the plane where the inspector looks: black with a white rim, seen on any colour."""
    m = pg.ScatterPlotItem(symbol="x", size=18, pxMode=True, brush=pg.mkBrush(20, 20, 20),
                           pen=pg.mkPen("w", width=1.5))
    m.setZValue(5)
    return m


class InspectorFeature:
    """The Softmax inspector in a MainWindow (made by the window): the ``widget`` in the
    dock ``inspector_dock`` (tabbed beside the loss curves, shown by the first click),
    its View menu entry, the clicks on the plane and on the network, and the cross
    (``marker``) on the plane."""

    def __init__(self, win):
        c = win.controller
        self.widget = ins = Inspector()
        self.dock = dock = win.add_tool_dock("inspector_dock", QCoreApplication.translate("inspector", "Softmax inspector"), ins)
        dock.setProperty("tab_beside", "loss_dock")  # layouts.arrange puts it back there
        self.marker = marker = _marker()
        win.decision_view.getPlotItem().addItem(marker, ignoreBounds=True)
        marker.hide()
        self.regression_marker = r_marker = _marker()  # the same cross on a regression run's centre
        win.regression_view.getPlotItem().addItem(r_marker, ignoreBounds=True)
        r_marker.hide()

        def put_marker(pt) -> None:
            at = ins.marker_at if ins.regress else pt
            shown, hidden = (r_marker, marker) if ins.regress else (marker, r_marker)
            shown.setData(pos=[at])
            shown.show()
            hidden.hide()
        toggle = dock.toggleViewAction()
        toggle.setObjectName("inspector_action")
        win.menu("view").addAction(toggle)

        state = {"shown": False, "at": 0.0, "inside": None}

        def bring_up() -> None:
            if dock.isHidden():
                if not dock.isFloating():
                    win.tabifyDockWidget(win.docks["loss_dock"], dock)
                dock.show()
            dock.raise_()

        def draw(frame, force: bool = False) -> None:
            if frame is None or ins.point is None or frame.info is not ins.info:
                return
            inside = frame.inside
            probe = inside.probe if inside is not None else None
            if probe is None or tuple(probe.point[: len(ins.point)]) != tuple(ins.point):
                return  # the answer for this point is on its way
            if inside is state["inside"] and not force:
                return
            now = time.monotonic()
            if not force and frame.state == RunState.TRAINING and now - state["at"] < 1.0 / INSPECT_HZ:
                return
            state["at"], state["inside"] = now, inside
            ins.show_probe(probe, frame.config)

        def on_point(x: float, y: float) -> None:
            if ins.info is None:
                return
            pt = ins.set_point((x, y))
            put_marker(pt)
            state["inside"] = None
            c.set_view(probe=pt)
            bring_up()
            draw(win.frame, force=True)

        def on_unit(layer: int, unit: int) -> None:
            if layer < 0 or ins.info is None:
                return  # an input feature: no weighted sum to show
            ins.set_unit((layer, unit))
            c.set_view(probe_unit=(layer, unit))
            if ins.point is None:  # something to add up: the first training sample
                X = ins.info.X_train if len(ins.info.X_train) else ins.info.X_val
                if len(X):
                    first = np.asarray(X[0], float)
                    y0 = ins.info.y_train if len(ins.info.X_train) else ins.info.y_val
                    # (a curve's plot has the target on its vertical axis)
                    on_point(float(first[0]), float(first[1]) if len(first) > 1 else float(y0[0]))
                    return
            else:
                ins.unit_title.setText(QCoreApplication.translate("inspector", "{unit}: waiting for the numbers…").format(
                    unit=unit_name(ins.info, layer, unit)))
            state["inside"] = None
            bring_up()
            draw(win.frame, force=True)

        def on_clear() -> None:
            ins.clear_point()
            marker.hide()
            r_marker.hide()
            c.set_view(probe=None)

        def on_run(info) -> None:
            ins.new_run(info)
            title = "Prediction inspector" if ins.regress else "Softmax inspector"
            dock.setWindowTitle(wm_title(QCoreApplication.translate("inspector", "Prediction inspector") if ins.regress
                                         else QCoreApplication.translate("inspector", "Softmax inspector"), title))
            if ins.point is not None:
                again = ins.marker_at if ins.marker_at is not None else ins.point
                if ins.regress or len(ins.point) != 2:  # (the old run's point means nothing in a new kind of run)
                    ins.clear_point()
                    marker.hide()
                    r_marker.hide()
                    c.set_view(probe=None)
                    return
                pt = ins.set_point(again)
                put_marker(pt)
                c.set_view(probe=pt, probe_unit=ins.unit)

        def on_frame(frame) -> None:
            if ins.info is None or frame.info is not ins.info:
                on_run(frame.info)  # the first frame, or a comparison's focus moved to another run
            if state["shown"]:
                draw(frame)

        def on_visible(shown: bool) -> None:
            state["shown"] = shown
            if shown:
                draw(win.frame, force=True)

        def on_toggle(checked: bool) -> None:
            if checked and not dock.isFloating():  # from the View menu: beside the loss curves, in front
                win.tabifyDockWidget(win.docks["loss_dock"], dock)
                dock.raise_()

        toggle.triggered.connect(on_toggle)
        win.decision_view.point_clicked.connect(on_point)
        win.regression_view.point_clicked.connect(on_point)
        win.network_view.unit_clicked.connect(on_unit)
        ins.clear_button.clicked.connect(on_clear)
        dock.visibilityChanged.connect(on_visible)
        win.scheduler.drawn.connect(on_frame)
