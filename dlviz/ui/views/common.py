"""What every view shares: the look (titles, axes, fonts, legends sized for a slide),
the per-layer history curves, unit names and the live activation.

The views import only this module of their package (an import-linter contract keeps
them independent of each other and of ``dlviz.training``).
"""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QCoreApplication, QSizeF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy

from ...common.numbers import sig3
from ...data.metric import is_regression
from ...engine.activations import ACTIVATIONS
from .. import style


def tr(text: str) -> str:
    """``text`` in the user's language (the views' strings share one context)."""
    return QCoreApplication.translate("views", text)


_GENERATED_CLASS = re.compile(r"^class (\d+)$")


def class_label(name: str) -> str:
    """A class's name as shown: a generated dataset's "class 2" in the user's language
    (the data layer names them in English, with no Qt); a CSV's own labels as they are."""
    m = _GENERATED_CLASS.match(name)
    return QCoreApplication.translate("views", "class {k}").format(k=m.group(1)) if m else name


def font(points: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


# -- axes ------------------------------------------------------------------------------------

_NEGATIVE_ZERO = re.compile(r"^-0(\.0*)?$")


def no_negative_zero(s: str) -> str:
    """"-0", "-0.0" (a tick computed as -1e-17) read as "0"."""
    return s[1:] if _NEGATIVE_ZERO.match(s) else s


class Axis(pg.AxisItem):
    """pyqtgraph's axis, without "-0" labels and never rescaled by an SI prefix."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.setSIPrefixEnableRanges(())  # (see dress_axis)

    def tickStrings(self, values, scale, spacing):
        # A tick at "zero" computed as -1e-17 would read "-1e-17" (or "-0.0").
        if spacing:
            values = [0.0 if abs(v) < 1e-9 * spacing else v for v in values]
        return [no_negative_zero(s) for s in super().tickStrings(values, scale, spacing)]


def count_label(value: float) -> str:
    """A step count the eye reads at a glance: 950, 20k, 1.5M."""
    v = abs(value)
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if v >= limit:
            return no_negative_zero(f"{value / limit:.3g}{suffix}")
    return no_negative_zero(f"{value:.3g}")


class CountAxis(Axis):
    """An axis of counts (training steps) labelled 20k, 1.5M, with its major ticks
    spaced so that no two labels touch: pyqtgraph spaces ticks by pixels alone and
    ran "20000" into "40000" in a narrow dock."""

    GAP = 14  # px at least between two labels

    def tickStrings(self, values, scale, spacing):
        return [count_label(v * scale) for v in values]

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or maxVal <= minVal or size <= 0:
            return levels
        fm = pg.QtGui.QFontMetricsF(self.style["tickFont"] or self.font())
        widest = max(fm.horizontalAdvance(count_label(v)) for v in (minVal, maxVal, 0.5 * (minVal + maxVal)))
        major = levels[0][0]
        px = size / (maxVal - minVal)
        steps = (2.0, 2.5, 2.0)  # 1, 2, 5, 10, 20, 50 ...
        i = 0
        while major * px < widest + self.GAP:
            major *= steps[i % 3]
            i += 1
        return [(major, 0.0)] + [lv for lv in levels[1:] if lv[0] < major]


def dress_axis(axis: pg.AxisItem, label: str) -> None:
    """One axis in the house colours and fonts, with its label."""
    axis.setPen(style.FOREGROUND)
    axis.setTextPen(style.FOREGROUND)
    axis.setStyle(tickFont=font(10))
    # No SI prefix, ever: "epoch (x0.001)" or rescaled CSV units would puzzle a learner.
    # pyqtgraph 0.14's setLabel resets the prefix's ranges (a unit-less axis below 1
    # then read a loss of 0.65 as "650"), so they go with the label, then the flag.
    axis.setLabel(label, siPrefixEnableRanges=(), **{"font-size": "11pt", "color": "#333333"})
    axis.enableAutoSIPrefix(False)


def axes(*sides: str, **special: pg.AxisItem) -> dict[str, pg.AxisItem]:
    """``axisItems`` for a plot: :class:`Axis` left, bottom and on ``sides``, or the
    ``special`` ones (pyqtgraph shows every axis it is given)."""
    out = {side: Axis(side) for side in ("left", "bottom", *sides)}
    out.update(special)
    return out


def dress(plot: pg.PlotItem, title: str | None, x: str, y: str, label_ends: bool = False) -> None:
    """Title, axis labels and fonts large enough for a slide, in the house colours.

    ``label_ends``: label the axis ends even when their text overhangs (the
    decision view's bounds are worth reading)."""
    if title is not None:
        plot.setTitle(title, size="12pt", color=style.FOREGROUND)
    for side, text in (("bottom", x), ("left", y)):
        axis = plot.getAxis(side)
        dress_axis(axis, text)
        if label_ends:
            axis.setStyle(hideOverlappingLabels=False)


def fixed(plot: pg.PlotItem) -> None:
    """No pan, zoom, menu or auto-range: the view sets the ranges itself."""
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.disableAutoRange()


def finite(x: np.ndarray, y: np.ndarray, positive: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The points where both are finite (and y > 0 on a log axis): pyqtgraph must never see NaN/inf."""
    ok = np.isfinite(x) & np.isfinite(y)
    if positive:
        ok &= y > 0
    if ok.all():
        return x, y
    return x[ok], y[ok]


def legend_item(**kw) -> pg.LegendItem:
    """A legend in the house look, for a layout to place (not floating on a plot)."""
    legend = pg.LegendItem(labelTextSize="10pt", labelTextColor=style.FOREGROUND, brush=(255, 255, 255),
                           pen=(200, 200, 200), **kw)
    # pyqtgraph's legends ignore transformations, so a 2x PNG export drew them at 1x.
    legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
    legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return legend


def legend_beside(plot: pg.PlotItem, **kw) -> pg.LegendItem:
    """A legend right of the plot area, not on it: a curve sooner or later passes
    through every corner of its plot."""
    legend = legend_item(**kw)
    plot.layout.addItem(legend, 2, 3, alignment=Qt.AlignmentFlag.AlignTop)
    plot.legend = legend  # PlotItem.plot(name=...) adds its curves here
    return legend


def legend_size(legend: pg.LegendItem, columns: int) -> QSizeF:
    """The size of ``legend`` laid out in ``columns`` columns."""
    items = legend.items
    if not items:
        return QSizeF(0, 0)
    rows = -(-len(items) // columns)
    hint = Qt.SizeHint.PreferredSize
    sample_w = max(s.effectiveSizeHint(hint).width() for s, _ in items)
    label_w = max(lab.effectiveSizeHint(hint).width() for _, lab in items)
    row_h = max(max(s.effectiveSizeHint(hint).height(), lab.effectiveSizeHint(hint).height()) for s, lab in items)
    return QSizeF(columns * (sample_w + label_w) + 20, rows * row_h + 12)


def put_legend(plot: pg.PlotItem, legend: pg.LegendItem, below: bool, columns: int) -> None:
    """Move a :func:`legend_beside` under the plot (``below``), or beside it, where it
    may reach down beside the x axis too; laid out in ``columns`` columns."""
    plot.layout.removeItem(legend)
    legend.setColumnCount(columns)
    if below:
        plot.layout.addItem(legend, 4, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
    else:
        plot.layout.addItem(legend, 2, 3, 2, 1, alignment=Qt.AlignmentFlag.AlignTop)


class StaticSample(ItemSample):
    """A legend swatch that ignores clicks (pyqtgraph's toggles its item's visibility)."""

    def mouseClickEvent(self, ev):
        ev.accept()


def hex_rgb(rgb) -> str:
    return "#" + bytes(int(c) for c in rgb[:3]).hex()


# -- image runs: what their views share ------------------------------------------------------

#: The sample grid's and the misclassified view's marks. "Wrong" is told by a red frame
#: AND a ✗ with the two labels (never by colour alone); "right" by a ✓.
WRONG_RGB = (0xC0, 0x1C, 0x1C)
RIGHT_RGB = (0x1B, 0x6E, 0x3A)


def frame_kind(frame) -> str:
    """What the run's data are: ``"image"``, ``"curve"``, ``"surface"`` or ``"points"``.

    From the frame's Evaluation when it has one, else from ``info.image_shape`` (when the
    pipeline's RunInfo carries one), else 2-D points."""
    ev = getattr(frame, "evaluation", None)
    if ev is not None:
        return ev.kind
    kind = getattr(frame.info, "kind", None)
    if isinstance(kind, str):
        return kind
    return "image" if getattr(frame.info, "image_shape", None) else "points"


def image_shape(info, evaluation=None) -> tuple[int, int]:
    """(h, w) of a run's images: ``info.image_shape`` if the run has one, else the first
    layer's weight images' shape, else the largest square that the inputs make."""
    shape = getattr(info, "image_shape", None)
    if shape:
        return int(shape[0]), int(shape[1])
    fw = getattr(evaluation, "first_weights", None)
    if fw is not None and fw.ndim == 3:
        return int(fw.shape[1]), int(fw.shape[2])
    d = int(info.X_train.shape[1]) if info.X_train.ndim == 2 else 1
    side = max(1, int(round(np.sqrt(d))))
    return (side, side) if side * side == d else (1, d)


def held_out_images(info, evaluation) -> np.ndarray:
    """(m, h, w) pixels in [0, 1] of the evaluation's rows: the validation set's (the
    training set's when the run has none), as ``Evaluation.rows`` indexes them."""
    X = info.X_val if len(info.y_val) else info.X_train
    h, w = image_shape(info, evaluation)
    rows = np.asarray(evaluation.rows, dtype=np.int64)
    return np.asarray(X[rows], dtype=np.float64).reshape(len(rows), h, w)


def ink_rgb(pixels: np.ndarray) -> np.ndarray:
    """Grey pixels in [0, 1] (1 = ink) as dark ink on white paper, RGB uint8 (..., 3)."""
    v = (255.0 * (1.0 - np.clip(pixels, 0.0, 1.0))).astype(np.uint8)
    return np.repeat(v[..., None], 3, axis=-1)


def rgb_qimage(rgb: np.ndarray):
    """An (h, w, 3) uint8 array as a QImage that owns its pixels."""
    from PySide6.QtGui import QImage

    a = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w = a.shape[:2]
    return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class PaintedSheet(pg.GraphicsWidget):
    """A layout cell that paints itself in its own pixels (tiles, a matrix, a message).

    Painting in the item's coordinates, not pyqtgraph's ``TextItem`` (which ignores
    transformations), so a 2x PNG export draws text and images at 2x too. ``message``
    replaces the drawing with a short centred note (a view for image data shown for a
    2-D points run)."""

    def __init__(self, min_size=(160, 120)):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(*min_size)
        self.message = ""

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    def paint(self, p, *args) -> None:
        from PySide6.QtGui import QColor, QPainter

        rect = self.boundingRect()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # pixel art stays crisp
        if self.message:
            p.setPen(QColor(*style.FOREGROUND))
            p.setFont(font(11))
            p.drawText(rect.adjusted(16, 16, -16, -16),
                       int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.message)
            return
        self.draw(p, rect)

    def draw(self, p, rect) -> None:  # the drawing proper (subclasses)
        pass


def tile_layout(n: int, width: float, height: float, aspect: float, caption: float, gap: float = 6.0,
                most: int | None = None) -> tuple[int, int, float]:
    """(columns, rows, tile side in px) for up to ``n`` tiles of ``aspect`` (h / w) with a
    caption ``caption`` px tall under each, filling ``width`` x ``height`` with the
    largest tiles. ``most``: cap on the tiles shown (those that fit, when None)."""
    if n <= 0 or width <= 0 or height <= 0:
        return 0, 0, 0.0
    best = (1, 1, 0.0)
    for cols in range(1, n + 1):
        rows = -(-n // cols)
        side = min((width - gap * (cols - 1)) / cols,
                   ((height - gap * (rows - 1)) / rows - caption) / aspect)
        if side > best[2]:
            best = (cols, rows, side)
    return best


class TileSheet(PaintedSheet):
    """Images in a grid, each with a caption; a tile may be marked (frame + coloured caption).

    ``set_tiles(images, captions, marked)``: QImages, caption strings, and per tile True
    (wrong: red frame, bold red caption), False (right: green caption) or None (plain). The grid
    fills the widget: as many columns as make the tiles largest. ``fill``: show only
    as many tiles as fit at ``min_side`` px or more (the sample grid), else all."""

    CAPTION_PT = 10.0

    def __init__(self, min_side: float = 0.0, caption_lines: int = 1):
        super().__init__()
        self.images: list = []
        self.captions: list[str] = []
        self.marked: list[bool] = []
        self.min_side = self.base_side = float(min_side)
        self.caption_lines = caption_lines
        self.shown = 0  # tiles drawn at the last paint (or layout)
        self.aspect = 1.0

    def set_tiles(self, images, captions, marked, aspect: float = 1.0) -> None:
        self.images, self.captions, self.marked = list(images), list(captions), list(marked)
        self.aspect = float(aspect)
        if self.base_side:  # tiles as wide as their captions (a folder's long class names), up to 160 px
            from PySide6.QtGui import QFontMetricsF

            bold = font(self.CAPTION_PT, bold=True)
            widest = max((QFontMetricsF(bold).horizontalAdvance(line) for c in self.captions
                          for line in c.split("\n")), default=0.0)
            self.min_side = min(160.0, max(self.base_side, widest - 4))
        self.message = ""
        self.shown = self.fitting(self.size().width(), self.size().height())
        self.update()

    def caption_height(self) -> float:
        from PySide6.QtGui import QFontMetricsF

        return self.caption_lines * QFontMetricsF(font(self.CAPTION_PT)).height() + 4

    def fitting(self, width: float, height: float) -> int:
        """How many tiles are drawn in ``width`` x ``height`` px."""
        n = len(self.images)
        if not self.min_side or n == 0:
            return n
        cap = self.caption_height()
        gap = 6.0
        cols = max(1, int((width + gap) // (self.min_side + gap)))
        rows = max(1, int((height + gap) // (self.min_side * self.aspect + cap + gap)))
        return min(n, cols * rows)

    def draw(self, p, rect) -> None:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QFontMetricsF, QPen

        n = self.fitting(rect.width(), rect.height())
        if n < len(self.images):  # say how many are left out, on a line of its own below the grid
            note_f = font(9)
            note_h = QFontMetricsF(note_f).height() + 2
            rect = rect.adjusted(0, 0, 0, -note_h)
            n = self.fitting(rect.width(), rect.height())
            p.setPen(QColor(110, 110, 110))
            p.setFont(note_f)
            p.drawText(QRectF(rect.left(), rect.bottom(), rect.width(), note_h), int(Qt.AlignmentFlag.AlignCenter),
                       QCoreApplication.translate("views", "{n} of {total} shown (a larger view shows more)").format(
                           n=n, total=len(self.images)))
        self.shown = n
        cap = self.caption_height()
        gap = 6.0
        cols, rows, side = tile_layout(n, rect.width(), rect.height(), self.aspect, cap, gap)
        if side <= 2:
            return
        th = side * self.aspect
        # Centre the grid in the widget.
        x0 = rect.left() + (rect.width() - (cols * side + (cols - 1) * gap)) / 2
        y0 = rect.top() + (rect.height() - (rows * (th + cap) + (rows - 1) * gap)) / 2
        f = font(self.CAPTION_PT)
        p.setFont(f)
        wrong_pen = QPen(QColor(*WRONG_RGB), max(2.0, min(4.0, side / 18)))
        thin = QPen(QColor(200, 200, 200), 1.0)
        for i in range(n):
            r, c = divmod(i, cols)
            x = x0 + c * (side + gap)
            y = y0 + r * (th + cap + gap)
            box = QRectF(x, y, side, th)
            p.drawImage(box, self.images[i])
            p.setPen(wrong_pen if self.marked[i] else thin)
            p.setBrush(Qt.BrushStyle.NoBrush)
            inset = wrong_pen.widthF() / 2 if self.marked[i] else 0.5
            p.drawRect(box.adjusted(-inset, -inset, inset, inset))
            m = self.marked[i]
            p.setPen(QColor(*(style.FOREGROUND if m is None else WRONG_RGB if m else RIGHT_RGB)))
            f.setBold(bool(m))
            p.setFont(f)
            # A long class name ("✗ triangle → circle" under a small tile) ends in "…" rather
            # than being cut off mid-letter.
            fm = QFontMetricsF(f)
            text = "\n".join(fm.elidedText(line, Qt.TextElideMode.ElideRight, side + gap)
                             for line in self.captions[i].split("\n"))
            p.drawText(QRectF(x - gap / 2, y + th + 2, side + gap, cap),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)


class ImageRunView(pg.GraphicsLayoutWidget):
    """A docked view of an image run, drawn from ``Frame.evaluation`` (and ``Frame.info``).

    A title above one :class:`PaintedSheet` (``self.sheet``), and below it whatever a
    subclass adds. Redrawn only when a new Evaluation arrives (its ``step`` or the run
    changes), never per frame; a run of 2-D points gets a short note instead."""

    TITLE = ""  # English, translated in the "views" context by the subclass's title()

    def __init__(self, sheet: PaintedSheet, parent=None):
        super().__init__(parent)
        self.setBackground(style.BACKGROUND)
        ci = self.ci
        ci.setContentsMargins(6, 6, 6, 6)
        self.title = ci.addLabel(self.title_text(), row=0, col=0, size="12pt", color=style.FOREGROUND)
        self.sheet = sheet
        ci.addItem(sheet, row=1, col=0)
        ci.layout.setRowStretchFactor(1, 1)
        self._frame = None
        self._info = None
        self._drawn_key = None
        self.draws = 0  # evaluations drawn (tests)

    def title_text(self) -> str:
        return ""

    def resizeEvent(self, event) -> None:
        self._fit_title()  # first: the layout is then sized with the title's new width
        super().resizeEvent(event)

    def _fit_title(self) -> None:
        """12 pt, or smaller until the title fits the width (a narrow dock at 1920 cut
        it off, and the label's width pushed the tiles out of the view with it)."""
        from PySide6.QtGui import QFontMetricsF

        # (a resize while __init__ builds the view, or while close() tears the scene down:
        # the title's C++ item is gone then, and touching it crashed)
        if not hasattr(self, "title") or getattr(self, "closed", False):
            return
        text = self.title_text()
        room = self.width() - 24
        pt = next((pt for pt in (12, 11, 10, 9) if QFontMetricsF(font(pt)).horizontalAdvance(text) <= room), 8)
        if getattr(self, "_title_pt", None) != pt:
            self._title_pt = pt
            self.title.setText(text, size=f"{pt}pt", color=style.FOREGROUND)
        self.title.setMinimumWidth(0)  # never wider than the view: the text is clipped instead

    def _new_run(self, info) -> None:
        self._info = info
        self._drawn_key = None

    def update_frame(self, frame) -> None:
        if not take_frame(self, frame):
            return
        kind = frame_kind(frame)
        if kind != "image":
            key = ("not image", kind)
            if key != self._drawn_key:
                self._drawn_key = key
                self.show_not_image()
            return
        ev = frame.evaluation
        if ev is None:
            key = ("waiting",)
            if key != self._drawn_key:
                self._drawn_key = key
                self.sheet.set_message(QCoreApplication.translate("views", "Waiting for the first evaluation…"))
            return
        key = ("image", ev.step)
        if key == self._drawn_key:
            return
        self._drawn_key = key
        self.draws += 1
        self.draw_evaluation(frame.info, ev)

    def show_not_image(self) -> None:
        self.sheet.set_message(QCoreApplication.translate(
            "views", "This view is for image data (for example the digits dataset). "
                     "This run's data are 2-D points: see the decision regions."))

    def draw_evaluation(self, info, ev) -> None:  # subclasses
        pass


# -- the run ---------------------------------------------------------------------------------


def activation_of(config):
    """(key, activation) of the hidden layers under ``config``, with its options
    (``leaky_slope``, ``elu_alpha``) read from the config: the key changes exactly
    when the drawn function does."""
    entry = ACTIVATIONS.get_entry(config.activation)
    values = {o.key: float(getattr(config, o.key, o.default)) for o in entry.options}
    return (entry.name, tuple(sorted(values.items()))), entry.build(values)


def regression(run) -> bool:
    """Is ``run`` (a RunInfo, Frame, pinned run or Config) a regression, read by R²?
    (:func:`dlviz.data.metric.task_of` decides, for every view alike.)"""
    return is_regression(run)


def score_name(run) -> str:
    """The run's score in a sentence: "accuracy", or "R²" for a regression."""
    return "R²" if regression(run) else QCoreApplication.translate("views", "accuracy")


def score_title(run) -> str:
    """The score plot's title: "Accuracy", or "R²"."""
    return "R²" if regression(run) else QCoreApplication.translate("views", "Accuracy")


def score_axis(run) -> str:
    """The score axis's label: "accuracy (%)", or "R²" (a number, 1 at best)."""
    return "R²" if regression(run) else QCoreApplication.translate("views", "accuracy (%)")


def score_scale(run) -> float:
    """What a stored score is multiplied by when shown: 100 (accuracy in %), 1 (R²)."""
    return 1.0 if regression(run) else 100.0


def score_text(run, value) -> str:
    """A score as the learner reads it: "93.1%", or "0.953" for R²; "–" when unknown."""
    if value is None or not np.isfinite(float(value)):
        return "–"
    if regression(run):
        return sig3(float(value))
    return f"{sig3(100.0 * float(value))}%"


def loss_name(run, short: bool = False) -> str:
    """The loss the run minimises, as an axis label: "cross-entropy" or "mean squared
    error" ("MSE" when ``short``: a short plot's axis has room for little)."""
    if regression(run):
        if short:
            return QCoreApplication.translate("views", "MSE")
        return QCoreApplication.translate("views", "mean squared error")
    return QCoreApplication.translate("views", "cross-entropy")


#: R² has no lower bound (a bad fit is far below 0): its plots show down to this.
R2_FLOOR = -1.0


def score_range(run, values=()) -> tuple[float, float]:
    """The y range of a score plot in shown units: 0-100 for accuracy; for R² 0-1, or
    ``R2_FLOOR``-1 once a value is below 0 (values further down are drawn at the floor)."""
    if not regression(run):
        return 0.0, 100.0
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v)]
    return (R2_FLOOR if v.size and v.min() < 0 else 0.0), 1.0


def unit_name(info, layer: int, unit: int) -> str:
    """"Input x₁", "Hidden layer 2, unit 3" or "Output: probability of <class>";
    ``layer`` -1 is the inputs, then the weight layers (the last one the output)."""
    if layer < 0:
        labels = info.feature_labels
        label = labels[unit] if unit < len(labels) else str(unit + 1)
        return QCoreApplication.translate("views", "Input {name}").format(name=label)
    if layer == len(info.sizes) - 2:
        names = info.class_names
        if regression(info):
            return QCoreApplication.translate("views", "Output: prediction ŷ of {name}").format(name=names[0] if names else "y")
        return QCoreApplication.translate("views", "Output: probability of {name}").format(name=class_label(names[unit]) if unit < len(names) else unit)
    return QCoreApplication.translate("views", "Hidden layer {l}, unit {u}").format(l=layer + 1, u=unit + 1)


# -- per-layer history curves (gradient flow, dead units) ------------------------------------

# Viridis from light yellow-green to dark purple: sequential, colour-blind safe, and
# neighbouring layers still differ in hue. The lightest end (yellow) is left out:
# it vanishes on white.
RAMP_LIGHT, RAMP_DARK = 0.82, 0.0
POINTS_PER_PIXEL = 0.25  # curves are averaged down to one point per four pixels


def layer_colors(n: int) -> list[tuple[int, int, int]]:
    """``n`` colours from light (layer 1, input side) to dark (the last layer)."""
    cmap = pg.colormap.get("viridis")
    t = np.linspace(RAMP_LIGHT, RAMP_DARK, n) if n > 1 else np.array([0.35])
    return [tuple(int(c) for c in rgba[:3]) for rgba in cmap.map(t, mode="byte")]


def make_curve(plot: pg.PlotItem, rgb, name: str | None = None) -> pg.PlotDataItem:
    """A thick line that stays cheap to paint with thousands of points.

    Painting is what costs: one antialiased 2.5 px polyline of 300 noisy points took
    about 4 ms, nine of them 40 ms. Drawn as separate segments it is three times
    cheaper and looks the same. The data are averaged down by :func:`feed_curve` or
    :func:`feed` before pyqtgraph sees them, rather than by pyqtgraph's auto mode, which
    recomputes every curve on every range change (three times a frame: the new data,
    the new x range, the new y range) and still copies and measures the whole history."""
    c = plot.plot(pen=pg.mkPen(rgb, width=2.5), name=name)
    c.setDownsampling(ds=1, auto=False, method="mean")
    c.setClipToView(False)  # the view always shows the whole run
    c.setDynamicRangeLimit(None)  # the values are bounded: no re-render on a y range change
    c.curve.setSegmentedLineMode("on")
    return c


# -- handing pyqtgraph a curve ----------------------------------------------------------------

#: Every curve of every view hands pyqtgraph at most this many points per pixel of its
#: plot's width (and never more than MAX_POINTS), however long the history: painting a
#: thick polyline costs per point, and a comparison that handed it the whole history
#: spent 77 % of the GUI's time in PlotCurveItem.paint and stalled for seconds (issue 19).
POINTS_PER_PX = 2
MAX_POINTS = 4000
DEFAULT_WIDTH = 800  # px assumed for a plot not laid out yet (a hidden tab)


def point_budget(plot) -> int:
    """The most points a curve of ``plot`` (a PlotItem, ViewBox or a width in px) may get."""
    if isinstance(plot, (int, float)):
        width = float(plot)
    else:
        vb = plot.getViewBox() if hasattr(plot, "getViewBox") else plot
        width = float(vb.width()) if vb is not None else 0.0
    if not width > 0:
        width = DEFAULT_WIDTH
    return int(max(2, min(MAX_POINTS, POINTS_PER_PX * width)))


def downsample(x: np.ndarray, y: np.ndarray, budget: int) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) averaged down to at most ``budget`` points: means of ``ds`` consecutive
    points; the last point at the last x (the curve ends where the data do), with the
    mean of the last ``ds`` values (a noisy last value would end the curve in a hook).
    As it is when it fits. NaN-free input (see :func:`finite`)."""
    n = len(x)
    budget = max(2, int(budget))
    if n <= budget:
        return x, y
    head = n - 1
    ds = -(-head // (budget - 1))  # ceil: head / ds <= budget - 1 bins
    m = head // ds
    full = m * ds
    bx = np.asarray(x[:full], dtype=np.float64).reshape(m, ds).mean(axis=1)
    by = np.asarray(y[:full], dtype=np.float64).reshape(m, ds).mean(axis=1)
    parts_x, parts_y = [bx], [by]
    if full < head:  # a partial bin before the last point
        parts_x.append([np.mean(x[full:head])])
        parts_y.append([np.mean(y[full:head])])
    parts_x.append([x[-1]])
    parts_y.append([np.mean(y[n - ds :])])
    return np.concatenate(parts_x), np.concatenate(parts_y)


def feed(curve: pg.PlotDataItem, x, y, budget: int) -> None:
    """``curve.setData`` with at most ``budget`` points (see :func:`downsample`)."""
    curve.setData(*downsample(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64), budget))


def feed_curve(curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray, pixels: float, force: bool = False) -> bool:
    """``curve.setData(x, y)``, averaged down to about ``POINTS_PER_PIXEL`` per pixel of
    ``pixels``; skipped (False) when that would draw the same points again, unless ``force``.

    The mean downsampling draws ``len(x) // ds`` points and leaves out the last
    ``len(x) % ds`` rows, so a new row changes the picture only once every ``ds`` rows:
    a run of thousands of rows is redrawn about once a second, not 30 times (its
    ``xData`` lags by those few rows until then). Views force the feed once a run
    stops: then the curve is :func:`downsample`'s, which ends at the last row. The
    averaging is done here, before pyqtgraph sees the data: it gets no more points
    than it draws (see ``POINTS_PER_PX``)."""
    n = len(x)
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    curve.opts["downsample"] = 1
    if force:  # every row, to the last one: the same picture whatever the run's length
        key = ("whole", n, max(2, int(pixels * POINTS_PER_PIXEL)), float(x[-1]) if n else None)
        if getattr(curve, "_dlviz_fed", None) == key:
            return False
        curve._dlviz_fed = key
        curve.setData(*downsample(x, y, key[2]))
        return True
    ds = max(1, int(n / max(pixels * POINTS_PER_PIXEL, 1.0)))
    # (with the x of the last full bin's end: a thinned history may come back to a length)
    key = (ds, n // ds, float(x[(n // ds) * ds - 1]) if n else None)
    if getattr(curve, "_dlviz_fed", None) == key:
        return False
    curve._dlviz_fed = key
    m = n // ds
    curve.setData(x[: m * ds].reshape(m, ds).mean(axis=1), y[: m * ds].reshape(m, ds).mean(axis=1))
    return True


def clear_curve(curve: pg.PlotDataItem) -> None:
    curve._dlviz_fed = None
    curve.setData([], [])


def history_key(frame, table: np.ndarray, n_curves: int, drawn: tuple | None) -> tuple | None:
    """What a per-layer history plot draws ``table`` (one row per diagnostic, one
    column per curve) under: (rows, last row's step, whole), whole meaning that a
    stopped run shows (and holds) every row. None when that is already drawn (most
    frames of a paused run) or the table does not fit the curves."""
    # (the last row's step too: a long run's thinned history comes back to a length)
    key = (len(frame.diag_step), float(frame.diag_step[-1]) if len(frame.diag_step) else None,
           frame.state != "training")
    if key == drawn or table.ndim != 2 or table.shape[1] != n_curves:
        return None
    return key


def grow_x(x1: float, last: float, headroom: float = 1.1) -> float:
    """The right end of a step axis: grows by ``headroom`` when the data reach it.

    A range that changes every frame redraws every axis and re-measures every curve
    (pyqtgraph, in Python): a third of a frame's cost. This one changes once per
    10 % of growth."""
    if last <= x1:
        return x1
    return max(1.0, last * headroom)


def take_frame(view, frame) -> bool:
    """A view's first step in ``update_frame``: False if ``frame`` is the one it drew
    last; a new run's frame rebuilds the view first (``view._new_run(info)``)."""
    if frame is view._frame:
        return False
    if frame.info is not view._info:
        view._new_run(frame.info)
    view._frame = frame
    return True


def show_validation_points(scatter, legend, swatch, show: bool) -> None:
    """Show or hide a view's validation points and their one "validation" legend entry
    (the decision regions and the regression view alike)."""
    scatter.setVisible(show)
    listed = any(sample.item is swatch for sample, _ in legend.items)
    if show and not listed:
        legend.addItem(swatch, QCoreApplication.translate("views", "validation"))
    elif not show and listed:
        legend.removeItem(swatch)
