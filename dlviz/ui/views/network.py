"""The network view: the Playground-style diagram of the MLP.

One column per layer (the enabled input features, every hidden layer, the output
classes); each node is a small picture of that unit's output over the input plane,
and the edges between consecutive columns show the weights (colour: sign, width:
size). Units dropped in the current mini-batch are veiled in grey, dead units get a
red border and a red ✕ badge.

A plain QGraphicsView, not pyqtgraph: the diagram has no axes, and it must redraw
~2,000 edges 10-30 times a second. Items are made when a frame of a new run arrives
only; :meth:`NetworkView.update_frame` swaps images and regroups the edges, which
are drawn by one item as a few ``drawLines`` calls (one per colour/width bucket),
not as one QGraphicsLineItem each (whose per-item pens and bookkeeping cost ~10x).

Geometry: nodes live in scene units and the whole diagram is scaled to fit the view,
so a deep, wide net shrinks its nodes and a small one grows them (up to MAX_SCALE).
Text (headers, labels, the legend) ignores that scale and stays at ~10 pt; the
pixels it needs are reserved around the nodes before the scale is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from ...common.display import MAX_SHOWN
from ...common.numbers import sig3
from ...engine.activations import ACTIVATIONS
from .. import style
from .common import class_label, font as _font, tr, unit_name

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

NODE = 30.0  # node side, scene units
GAP = 4.0  # vertical gap between nodes, scene units (more was room the node maps lacked)
PITCH_MIN, PITCH_MAX = 2.2 * NODE, 6.0 * NODE  # column pitch range, scene units
MAX_SCALE = 2.0  # a tiny net's nodes grow to at most 60 px
BADGE = 0.2 * NODE  # radius of the dead badge, which overhangs the node's top right corner
MARGIN = 8  # px around everything
TEXT_GAP = 6  # px between a node and its label
LABEL_MAX = 110  # px: longer class names are elided
WIDTH_LEVELS = 6  # edge width buckets
EDGE_MIN_PX, EDGE_MAX_PX = 0.5, 4.0
DEAD_COLOR = QColor(0xC0, 0x10, 0x10)
VEIL_COLOR = QColor(215, 215, 215, 200)  # over a dropped node
BORDER_COLOR = QColor(150, 150, 150)
DROPPED_BORDER = QColor(120, 120, 120)
TEXT_COLOR = QColor(*style.FOREGROUND)
MUTED_COLOR = QColor(110, 110, 110)
BLANK = QColor(246, 246, 246)
NOTE_FRAME = QColor(0xE6, 0x9F, 0x00)  # the step's own numbers (Okabe-Ito orange)
MARK_COLOR = QColor(20, 20, 20)  # the weight under the pointer, when edges can be hovered
# Marked for lupdate (translated where drawn, with tr).
LEGEND = (QT_TRANSLATE_NOOP("views", "negative weight"), QT_TRANSLATE_NOOP("views", "positive weight"),
          QT_TRANSLATE_NOOP("views", "dead unit"), QT_TRANSLATE_NOOP("views", "dropped (this mini-batch)"))


def _cosmetic(color: QColor, width: float, style_=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style_)
    pen.setCosmetic(True)  # widths in pixels whatever the diagram's scale
    return pen


def _on_white(rgb, opacity: float) -> QColor:
    """``rgb`` at ``opacity`` over the white background, as an opaque colour: the raster
    engine draws translucent lines ~10x slower (measured: 2,000 edges 80 ms vs 8 ms)."""
    r, g, b = (int(round(255 + (c - 255) * opacity)) for c in rgb)
    return QColor(r, g, b)


def _rgb_image(rgb: np.ndarray) -> QImage:
    """A QImage owning a copy of ``rgb`` (h, w, 3) uint8."""
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


# style.diverging_rgb through a 511-entry table: the same colours, ~20x faster per frame.
_LUT_HALF = 255
_DIVERGING_LUT = style.diverging_rgb(np.linspace(-1.0, 1.0, 2 * _LUT_HALF + 1), 1.0)


def _diverging_images(maps: np.ndarray) -> list[QImage]:
    """One image per map (n, R, R), each scaled by its own max |value|, flipped so y is up."""
    m = np.asarray(maps, dtype=np.float32)
    if not len(m):
        return []
    vmax = np.abs(m).max(axis=(1, 2))
    scale = _LUT_HALF / np.where(vmax > 1e-12, vmax, 1.0)
    idx = np.rint(m[:, ::-1] * scale[:, None, None]).astype(np.intp) + _LUT_HALF
    rgb = _DIVERGING_LUT[np.clip(idx, 0, 2 * _LUT_HALF)]
    return [_rgb_image(x) for x in rgb]


def _probability_images(maps: np.ndarray) -> list[QImage]:
    """Class k's probability map from white (0) to the class colour (1), y up."""
    p = np.clip(np.asarray(maps, dtype=np.float64), 0.0, 1.0)[:, ::-1, :, None]
    colors = np.array([style.class_rgb(k) for k in range(len(p))], float)[:, None, None, :]
    rgb = (255.0 + (colors - 255.0) * p).astype(np.uint8)
    return [_rgb_image(x) for x in rgb]


class _Text(QGraphicsItem):
    """Text at ~10 pt whatever the view's scale, anchored at its position:
    ``ax``/``ay`` 0, 0.5 or 1 put the position at the left/centre/right, top/middle/bottom.
    Each line has its own font and colour."""

    def __init__(self, lines=(), ax: float = 0.5, ay: float = 0.5, parent=None):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.ax, self.ay = ax, ay
        self._lines: list[tuple[str, QFont, QColor]] = []
        self._rect = QRectF()
        self.set_lines(lines)

    def set_lines(self, lines) -> None:
        self.prepareGeometryChange()
        self._lines = [(t, f, c) for t, f, c in lines]
        w = max((QFontMetricsF(f).horizontalAdvance(t) for t, f, _ in self._lines), default=0.0)
        h = sum(QFontMetricsF(f).height() for _, f, _ in self._lines)
        self._rect = QRectF(-self.ax * w, -self.ay * h, w, h)
        self.update()

    def text(self) -> str:
        return "\n".join(t for t, _, _ in self._lines)

    def size(self) -> tuple[float, float]:
        return self._rect.width(), self._rect.height()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, p: QPainter, option, widget=None) -> None:
        y = self._rect.top()
        for t, f, c in self._lines:
            fm = QFontMetricsF(f)
            p.setFont(f)
            p.setPen(c)
            x = self._rect.left() + (self._rect.width() - fm.horizontalAdvance(t)) * self.ax
            p.drawText(QPointF(x, y + fm.ascent()), t)
            y += fm.height()


class _Note(_Text):
    """A number beside a node (the Backprop dock's z, a, δ): small text on a white box, so
    that it reads over the edges; ``strong`` (the step's own layer) draws it bold in a
    coloured frame."""

    PAD = 2.0

    def __init__(self, text: str, strong: bool, ax: float, parent=None):
        f = _font(8.5, strong)
        color = TEXT_COLOR if strong else MUTED_COLOR
        self.full = [(t, f, color) for t in text.split("\n")]
        super().__init__(self.full, ax=ax, ay=0.5, parent=parent)
        self.strong = strong
        self.compact = False
        self.setZValue(6)

    def set_compact(self, compact: bool) -> None:
        """Only the last line (the unit's output: a, p or δ) where the nodes stand too close for all."""
        compact = compact and len(self.full) > 1
        if compact != self.compact:
            self.compact = compact
            self.set_lines(self.full[-1:] if compact else self.full)

    def full_height(self) -> float:
        return sum(QFontMetricsF(f).height() for _, f, _ in self.full)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-self.PAD - 1, -self.PAD - 1, self.PAD + 1, self.PAD + 1)

    def paint(self, p: QPainter, option, widget=None) -> None:
        r = self._rect.adjusted(-self.PAD, -self.PAD, self.PAD, self.PAD)
        p.setPen(QPen(NOTE_FRAME, 1.2) if self.strong else Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(r, 3, 3)
        super().paint(p, option, widget)


def _paint_dead_badge(p: QPainter, cx: float, cy: float, r: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(DEAD_COLOR)
    p.drawEllipse(QPointF(cx, cy), r, r)
    p.setPen(_cosmetic(QColor("white"), max(1.2, r * 0.35)) if r < 4 else QPen(QColor("white"), r * 0.3))
    d = r * 0.45
    p.drawLine(QPointF(cx - d, cy - d), QPointF(cx + d, cy + d))
    p.drawLine(QPointF(cx - d, cy + d), QPointF(cx + d, cy - d))


class _Node(QGraphicsItem):
    """One unit: its map, a border, and the dead/dropped/hovered marks."""

    def __init__(self, layer: int, unit: int):
        super().__init__()
        self.layer, self.unit = layer, unit
        self.image: QImage | None = None
        self.dead = False
        self.dropped = False
        self.hovered = False
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        b = BADGE
        return QRectF(-b, -b, NODE + 2 * b, NODE + 2 * b)

    def rect(self) -> QRectF:
        return QRectF(0, 0, NODE, NODE)

    def paint(self, p: QPainter, option, widget=None) -> None:
        r = self.rect()
        # Square borders need no antialiasing (it only blurs them), and it halves the cost.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self.image is None:
            p.fillRect(r, BLANK)
        else:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.drawImage(r, self.image)
        if self.dropped:
            p.fillRect(r, VEIL_COLOR)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if self.dead:
            p.setPen(_cosmetic(DEAD_COLOR, 2.5))
        elif self.dropped:
            p.setPen(_cosmetic(DROPPED_BORDER, 1.2, Qt.PenStyle.DashLine))
        else:
            p.setPen(_cosmetic(BORDER_COLOR, 1.0))
        p.drawRect(r)
        if self.hovered:  # a dark ring just outside, whatever marks the node has
            p.setPen(_cosmetic(TEXT_COLOR, 2.0))
            d = NODE * 0.1
            p.drawRect(r.adjusted(-d, -d, d, d))
        if self.dead:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            _paint_dead_badge(p, NODE, 0.0, BADGE)


class _Edges(QGraphicsItem):
    """Every edge of the diagram, drawn as one ``drawLines`` per (sign, dimmed, width) bucket.

    Edge ``e`` of weight layer ``l`` runs from shown unit ``i`` of column ``l`` to shown
    unit ``j`` of column ``l + 1``; edges are numbered layer by layer in W.ravel() order.
    """

    def __init__(self):
        super().__init__()
        self.setZValue(1)
        self.offsets: list[int] = [0]  # first edge of each weight layer
        self.shapes: list[tuple[int, int]] = []
        self.segments = np.zeros((0, 4))  # x1, y1, x2, y2 in scene units
        self.lines: list[QLineF] = []
        self.buckets: list[tuple[int, np.ndarray, list[QLineF]]] = []  # (key, edge indices, lines)
        self.widths = np.zeros(0)  # px of each edge as last drawn (0: not drawn)
        self.keys = np.zeros(0, np.int64)  # bucket key of each edge (-1: not drawn)
        self.focus = np.zeros(0, np.intp)  # edges of the hovered node, drawn on top at full strength
        self.marked: int | None = None  # one edge drawn dark and thick on top (a hovered weight)
        self.max_px = EDGE_MAX_PX
        self._rect = QRectF()

    def set_shapes(self, shapes: list[tuple[int, int]]) -> None:
        self.shapes = list(shapes)
        self.offsets = [0]
        for a, b in shapes:
            self.offsets.append(self.offsets[-1] + a * b)
        self.buckets = []
        self.widths = np.zeros(self.offsets[-1])
        self.keys = np.full(self.offsets[-1], -1, np.int64)
        self.focus = np.zeros(0, np.intp)
        self.marked = None

    def set_focus(self, layer: int | None, unit: int = 0) -> None:
        """Emphasise the edges into and out of node (layer, unit); None: no emphasis."""
        idx = []
        if layer is not None:
            if layer >= 0:  # incoming: weight layer ``layer``, column ``unit``
                a, b = self.shapes[layer]
                idx.append(self.offsets[layer] + np.arange(a) * b + unit)
            if layer + 1 < len(self.shapes):  # outgoing: weight layer ``layer + 1``, row ``unit``
                a, b = self.shapes[layer + 1]
                idx.append(self.offsets[layer + 1] + unit * b + np.arange(b))
        self.focus = np.concatenate(idx) if idx else np.zeros(0, np.intp)
        self.update()

    def edges_of_focus(self) -> list[int]:
        return [int(e) for e in self.focus if self.keys[e] >= 0]

    def set_segments(self, seg: np.ndarray, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.segments = seg
        self.lines = [QLineF(*s) for s in seg.tolist()]
        self._rect = rect
        for i, (key, idx, _) in enumerate(self.buckets):
            self.buckets[i] = (key, idx, [self.lines[k] for k in idx.tolist()])
        self.update()

    def index(self, layer: int, i: int, j: int) -> int:
        return self.offsets[layer] + i * self.shapes[layer][1] + j

    # keys: sign (0 negative, 1 positive) * 2 * LEVELS + dimmed * LEVELS + width level
    @staticmethod
    def key_style(key: int) -> tuple[tuple[int, int, int], bool, int]:
        sign, rest = divmod(key, 2 * WIDTH_LEVELS)
        dimmed, level = divmod(rest, WIDTH_LEVELS)
        return (style.POSITIVE if sign else style.NEGATIVE), bool(dimmed), level

    def set_weights(self, weights, dimmed) -> None:
        """``weights``: per layer W[:shown_in, :shown_out]; ``dimmed``: per layer bool of the
        same shape (an end was dropped). Regroups the edges into buckets."""
        if not weights:
            self.buckets = []
            self.widths = np.zeros(self.offsets[-1])
            self.keys = np.full(self.offsets[-1], -1, np.int64)
            self.update()
            return
        keys = []
        for W, dim in zip(weights, dimmed):
            a = np.abs(W)
            top = a.max() if a.size else 0.0
            t = a / top if top > 0 else a
            level = np.minimum((t * WIDTH_LEVELS).astype(np.int64), WIDTH_LEVELS - 1)
            k = (W > 0) * (2 * WIDTH_LEVELS) + dim * WIDTH_LEVELS + level
            keys.append(np.where(W == 0, -1, k).ravel())  # an exact 0 has no sign: no edge
        keys = np.concatenate(keys)
        order = np.argsort(keys, kind="stable")
        sk = keys[order]
        cuts = np.flatnonzero(np.diff(sk)) + 1
        lines = self.lines
        buckets = []
        widths = np.zeros(len(keys))
        for idx in np.split(order, cuts):
            key = int(keys[idx[0]])
            if key < 0:
                continue
            buckets.append((key, idx, [lines[i] for i in idx.tolist()]))
            widths[idx] = self._width(key)
        # Dimmed first, then thin to thick: the strong edges end on top.
        buckets.sort(key=lambda b: (not self.key_style(b[0])[1], self.key_style(b[0])[2]))
        self.buckets = buckets
        self.widths = widths
        self.keys = keys
        self.update()

    def _width(self, key: int) -> float:
        return self._style(key)[1]

    def _style(self, key: int) -> tuple[QColor, float]:
        """Pen colour and width of a bucket. Opacity grows as |w|^1.5 and width as |w|^2,
        so the strong weights stand out of a dense layer's many middling ones (and most
        lines stay under 1 px, which the raster engine draws ~2x faster than wider ones)."""
        rgb, dimmed, level = self.key_style(key)
        t = (level + 0.5) / WIDTH_LEVELS
        width = EDGE_MIN_PX + (self.max_px - EDGE_MIN_PX) * t * t
        if dimmed:
            return _on_white(rgb, 0.18), min(width, 1.0)
        return _on_white(rgb, 0.3 + 0.65 * t ** 1.5), width

    def color_of(self, layer: int, i: int, j: int) -> tuple[int, int, int] | None:
        """The RGB the edge is drawn with (None: not drawn), read from the buckets."""
        e = self.index(layer, i, j)
        for key, idx, _ in self.buckets:
            if e in idx:
                return self.key_style(key)[0]
        return None

    def dimmed(self, layer: int, i: int, j: int) -> bool:
        e = self.index(layer, i, j)
        return any(e in idx and self.key_style(key)[1] for key, idx, _ in self.buckets)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for key, _, lines in self.buckets:
            p.setPen(_cosmetic(*self._style(key)))
            p.drawLines(lines)
        for e in self.edges_of_focus():
            rgb, _, _ = self.key_style(int(self.keys[e]))
            p.setPen(_cosmetic(QColor(*rgb), max(self.widths[e], 1.5)))
            p.drawLine(self.lines[e])
        if self.marked is not None and self.marked < len(self.lines):
            p.setPen(_cosmetic(MARK_COLOR, max(self.widths[self.marked] + 1.0, 2.5)))
            p.drawLine(self.lines[self.marked])


class _Legend(QGraphicsItem):
    """Swatch and text for edges and marks, at ~10 pt; one row, or two when narrow."""

    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(5)
        self.font = _font(9.5)
        fm = QFontMetricsF(self.font)
        self.sw = 22.0  # swatch width
        self.row_h = max(fm.height(), 16.0)
        self.all_items = [(kind, text, self.sw + 5 + fm.horizontalAdvance(text))
                          for kind, text in zip(("neg", "pos", "dead", "dropped"), map(tr, LEGEND))]
        self.items = list(self.all_items)
        self.sep = 16.0
        self.columns = 4
        self._rect = QRectF()
        self.set_columns(4)

    def set_kinds(self, kinds) -> bool:
        """Show only the entries of ``kinds``; True when that changed the legend."""
        items = [it for it in self.all_items if it[0] in kinds]
        if items == self.items:
            return False
        self.items = items
        self.set_columns(min(self.columns, len(items)))
        return True

    def kinds(self) -> list[str]:
        return [it[0] for it in self.items]

    def width_for(self, columns: int) -> float:
        columns = min(columns, len(self.items))
        rows = [self.items[i:i + columns] for i in range(0, len(self.items), columns)]
        cols = [max(r[c][2] for r in rows if c < len(r)) for c in range(columns)]
        return sum(cols) + self.sep * (columns - 1)

    def set_columns(self, columns: int) -> None:
        self.prepareGeometryChange()
        self.columns = columns = max(1, min(columns, len(self.items)))
        rows = -(-len(self.items) // columns)
        self._rect = QRectF(0, 0, self.width_for(columns), rows * self.row_h)
        self.update()

    def size(self) -> tuple[float, float]:
        return self._rect.width(), self._rect.height()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.columns
        col_w = [max(self.items[i][2] for i in range(k, len(self.items), c)) for k in range(c)]
        fm = QFontMetricsF(self.font)
        p.setFont(self.font)
        for n, (kind, text, _) in enumerate(self.items):
            row, col = divmod(n, c)
            x = sum(col_w[:col]) + self.sep * col
            y = row * self.row_h
            cy = y + self.row_h / 2
            if kind in ("neg", "pos"):
                color = style.NEGATIVE if kind == "neg" else style.POSITIVE
                p.setPen(QPen(QColor(*color), 3.0))
                p.drawLine(QPointF(x + 1, cy), QPointF(x + self.sw - 1, cy))
            else:
                s = 11.0
                r = QRectF(x + (self.sw - s) / 2, cy - s / 2, s, s)
                p.fillRect(r, QColor(*style.POSITIVE).lighter(150))
                if kind == "dead":
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.setPen(QPen(DEAD_COLOR, 2.0))
                    p.drawRect(r)
                    _paint_dead_badge(p, r.right(), r.top(), 4.0)
                else:
                    p.fillRect(r, VEIL_COLOR)
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.setPen(QPen(DROPPED_BORDER, 1.2, Qt.PenStyle.DashLine))
                    p.drawRect(r)
            p.setPen(TEXT_COLOR)
            p.drawText(QPointF(x + self.sw + 5, cy - fm.height() / 2 + fm.ascent()), text)


class NetworkView(QGraphicsView):
    """The network diagram. ``unit_hovered(layer, unit)``: layer -1 is an input feature,
    0 .. n_layers - 1 the weight layers (the last one is the output); ``unit_left()``
    when the pointer leaves the node; ``unit_clicked(layer, unit)`` on a left click on a node."""

    unit_hovered = Signal(int, int)
    unit_left = Signal()
    unit_clicked = Signal(int, int)
    #: With ``hover_edges`` on (the Backprop dock's diagram): the pointer is on the edge of
    #: weight layer ``layer`` from shown unit ``i`` to shown unit ``j``; and off it again.
    edge_hovered = Signal(int, int, int)
    edge_left = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("network_view")
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setInteractive(False)  # no selection or dragging; hover is handled here
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.viewport().setMouseTracking(True)
        self.setMinimumSize(200, 150)

        self._info = None
        self._frame: Frame | None = None
        self._inside = None  # the Inside drawn
        self._columns: list[list[_Node]] = []  # column c = layer c - 1
        self._widths: list[int] = []  # real widths per column
        self.headers: list[_Text] = []
        self._more: list[_Text | None] = []
        self._labels: list[_Text] = []  # input labels, then class labels
        self.edges = _Edges()  # the edges item, the legend and (below) the column headers:
        self.legend = _Legend()  # read-only for callers (tests check what is drawn)
        self._hovered: tuple[int, int] | None = None
        self._scale = 1.0
        self.legend_beside = False  # the legend in a column right of the diagram (else below it)
        self.frames_drawn = 0
        self.edge_text = None  # (layer, i, j) -> an edge's tooltip in place of "w = …" (or None)
        self.hover_edges = False  # emit edge_hovered / edge_left (off in the Network dock: no cost there)
        self._hovered_edge: tuple[int, int, int] | None = None
        self._notes: dict[int, list[_Note]] = {}  # column layer (-1: inputs) -> a note per shown unit
        self._note_texts: dict[int, tuple[list[str], bool]] = {}
        self.scene().addItem(self.edges)
        self.scene().addItem(self.legend)

    @property
    def export_target(self):
        """What the exporter renders: this widget."""
        return self

    def render(self, target, *args, **kwargs):
        """``render(paint_device)`` as any widget (what an exporter calls: QGraphicsView's
        own ``render`` takes only a QPainter and would reject a QPixmap); ``render(painter,
        ...)`` as QGraphicsView."""
        if isinstance(target, QPainter):
            return QGraphicsView.render(self, target, *args, **kwargs)
        return QWidget.render(self, target, *args, **kwargs)

    def sizeHint(self) -> QSize:
        return QSize(700, 450)

    # -- run ----------------------------------------------------------------------------------

    def _new_run(self, info) -> None:
        """Rebuild the diagram for ``info``'s architecture (the only place items are made)."""
        self.leave_node()
        scene = self.scene()
        for item in [n for col in self._columns for n in col] + self.headers + self._labels + \
                [m for m in self._more if m is not None]:
            scene.removeItem(item)
        self._info = info
        self._inside = None
        self._drop_notes()
        self._note_texts = {}
        self._hovered_edge = None
        sizes = list(info.sizes)
        self._widths = sizes
        self._columns = []
        for c, n in enumerate(sizes):
            col = [_Node(c - 1, i) for i in range(min(n, MAX_SHOWN))]
            for node in col:
                scene.addItem(node)
            self._columns.append(col)
        self.headers = [_Text(ax=0.5, ay=1.0) for _ in sizes]
        self._more = [_Text([(QCoreApplication.translate("views", "+{n} more").format(n=n - MAX_SHOWN), _font(9.5), MUTED_COLOR)], ax=0.5, ay=0.0)
                      if n > MAX_SHOWN else None for n in sizes]
        fm = QFontMetricsF(_font(10))
        names = [fm.elidedText(s, Qt.TextElideMode.ElideRight, LABEL_MAX) for s in self._input_names()]
        classes = [fm.elidedText(s, Qt.TextElideMode.ElideRight, LABEL_MAX) for s in map(class_label, info.class_names)]
        self._labels = ([_Text([(t, _font(10), TEXT_COLOR)], ax=1.0, ay=0.5) for t in names[:len(self._columns[0])]]
                        + [_Text([(t, _font(10), TEXT_COLOR)], ax=0.0, ay=0.5) for t in classes])
        for item in self.headers + self._labels + [m for m in self._more if m is not None]:
            item.setZValue(4)
            scene.addItem(item)
        self.edges.set_shapes([(len(a), len(b)) for a, b in zip(self._columns, self._columns[1:])])
        maps = info.input_maps
        if maps is not None and len(maps) >= len(self._columns[0]):
            for node, img in zip(self._columns[0], _diverging_images(maps[: len(self._columns[0])])):
                node.image = img
        self.legend.set_kinds(self._legend_kinds(None))
        self._layout()

    def _input_names(self) -> list[str]:
        info = self._info
        labels = list(info.feature_labels)
        return labels + [QCoreApplication.translate("views", "input {n}").format(n=i + 1) for i in range(len(labels), info.sizes[0])]

    def _header_lines(self, c: int, mode: int) -> list[tuple[str, QFont, QColor]]:
        """Column ``c``'s header. ``mode`` 0: one line; 1: two lines; 2: two smaller lines;
        3: "H3" over the width (for the narrowest columns)."""
        n, last = self._widths[c], len(self._widths) - 1
        big, small = (_font(10, True), _font(9.5)) if mode < 2 else (_font(9), _font(8.5))
        if c == 0:
            return [(QCoreApplication.translate("views", "In") if mode == 3 else QCoreApplication.translate("views", "Inputs"), big, TEXT_COLOR)]
        if c == last:
            return [(QCoreApplication.translate("views", "Out") if mode == 3 else QCoreApplication.translate("views", "Output"), big, TEXT_COLOR)]
        units = (QCoreApplication.translate("views", "1 unit") if n == 1 else QCoreApplication.translate("views", "{n} units")).format(n=n)
        if mode == 0:
            return [(QCoreApplication.translate("views", "Hidden {c} ({units})").format(c=c, units=units), big, TEXT_COLOR)]
        if mode == 3:
            return [(QCoreApplication.translate("views", "H{c}").format(c=c), big, TEXT_COLOR), (str(n), small, MUTED_COLOR)]
        return [(QCoreApplication.translate("views", "Hidden {c}").format(c=c), big, TEXT_COLOR), (units, small, MUTED_COLOR)]

    def _header_height(self, mode: int) -> float:
        return max(sum(QFontMetricsF(f).height() for _, f, _ in self._header_lines(c, mode))
                   for c in range(len(self._widths)))

    # -- geometry -----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        """Place everything for the current viewport size: choose the scale and the column
        pitch, then put nodes, edges and text. Moves items; never makes them."""
        # The widget's own size, not the viewport's: a hidden view's viewport is sized only
        # when it is shown, and nothing else takes space (no frame, no scroll bars).
        vp = self.contentsRect().size()
        vw, vh = max(vp.width(), 50), max(vp.height(), 50)
        if not self._columns:
            self._place_legend_rows(vw)
            lw, lh = self.legend.size()
            self.legend.setPos(self.mapToScene(QPoint(MARGIN, int(vh - MARGIN - lh))))
            return
        ncols = len(self._columns)
        rows = max(len(c) for c in self._columns)
        H = rows * (NODE + GAP) - GAP
        left = max((lab.size()[0] for lab in self._labels[: len(self._columns[0])]), default=0) + TEXT_GAP
        right = max((lab.size()[0] for lab in self._labels[len(self._columns[0]):]), default=0) + TEXT_GAP
        more_h = max((m.size()[1] + 3 for m in self._more if m is not None), default=0)
        last_layer = ncols - 2
        note_w = max((n.size()[0] for layer, notes in self._notes.items() if layer != last_layer for n in notes),
                     default=0.0)
        note_gap = note_w + 2 * TEXT_GAP + 2 * _Note.PAD if note_w else 0.0  # px a column gap needs for its notes
        out_note_w = max((n.size()[0] for n in self._notes.get(last_layer, ())), default=0.0)
        if out_note_w:  # the output's numbers go right of its class names
            right += out_note_w + TEXT_GAP + 2 * _Note.PAD

        # Headers: the longest form that fits every column.
        def fits(mode: int, pitch_px: float) -> bool:
            w = [max(QFontMetricsF(f).horizontalAdvance(t) for t, f, _ in self._header_lines(c, mode))
                 for c in range(ncols)]
            return all((a + b) / 2 + 6 <= pitch_px for a, b in zip(w, w[1:]))

        def solve(header_h: float, avail_w: float, bottom: float) -> tuple[float, float]:
            avail_h = vh - MARGIN - header_h - 3 - bottom
            s = min(max(avail_h, 20) / (H + BADGE), MAX_SCALE)
            if ncols > 1:
                if note_gap:  # every gap holds its notes: (ncols - 1)(NODE s + gap) + NODE s <= avail_w
                    s = max(min(s, (avail_w - (ncols - 1) * note_gap) / (ncols * NODE)), 0.2)
                pitch = float(np.clip((avail_w / s - NODE) / (ncols - 1), PITCH_MIN, PITCH_MAX))
                if note_gap:
                    pitch = max(pitch, NODE + note_gap / s)
                s = min(s, max(avail_w, 20) / ((ncols - 1) * pitch + NODE))
            else:
                pitch = PITCH_MAX
            return s, pitch

        def place(legend_right: bool):
            """(scale, pitch, header mode, header px, px reserved below, px reserved right)
            with the legend under the diagram (in as few rows as fit) or in a column right of it."""
            if legend_right:
                self.legend.set_columns(1)
            else:
                self._place_legend_rows(vw)
            lw, lh = self.legend.size()
            bottom = more_h + 2 * MARGIN + (0 if legend_right else lh)
            extra = lw + MARGIN if legend_right else 0.0
            avail_w = vw - 2 * MARGIN - left - right - extra
            for mode in range(4):
                header_h = self._header_height(mode)
                s, pitch = solve(header_h, avail_w, bottom)
                if fits(mode, pitch * s):
                    break
            return s, pitch, mode, header_h, bottom, extra

        # A short, wide view (a 1366 x 768 dock) gives its height to the nodes and puts
        # the legend beside them: 16 units a column grew from ~9 px to ~12 px.
        below, beside = place(False), place(True)
        legend_right = beside[0] > 1.12 * below[0] and self.legend.size()[1] <= vh - 2 * MARGIN
        s, pitch, mode, header_h, bottom, extra = beside if legend_right else place(False)
        lw, lh = self.legend.size()
        self._scale = s
        self.edges.max_px = float(np.clip(EDGE_MAX_PX * s, 2.0, EDGE_MAX_PX))

        # Nodes: column c at x = c * pitch, centred vertically in the tallest column's span.
        # The input and output columns are labelled: where their labels would overlap
        # (three classes beside 16 hidden units at 1366 x 768), their nodes spread out.
        xs = [c * pitch for c in range(ncols)]
        tops, steps = [], []
        n_in = len(self._columns[0])
        for c, col in enumerate(self._columns):
            step = NODE + GAP
            labs = self._labels[:n_in] if c == 0 else self._labels[n_in:] if c == ncols - 1 else []
            if labs and len(col) > 1:
                want = (max(lab.size()[1] for lab in labs) + 1) / s  # a label's height, in scene units
                step = max(step, min(want, (H - NODE) / (len(col) - 1)))
            top = (H - ((len(col) - 1) * step + NODE)) / 2
            tops.append(top)
            steps.append(step)
            for i, node in enumerate(col):
                node.setPos(xs[c], top + i * step)
        seg = []
        for l in range(ncols - 1):
            a, b = len(self._columns[l]), len(self._columns[l + 1])
            y1 = tops[l] + np.arange(a) * steps[l] + NODE / 2
            y2 = tops[l + 1] + np.arange(b) * steps[l + 1] + NODE / 2
            s_ = np.empty((a, b, 4))
            s_[..., 0] = xs[l] + NODE
            s_[..., 1] = y1[:, None]
            s_[..., 2] = xs[l + 1]
            s_[..., 3] = y2[None, :]
            seg.append(s_.reshape(-1, 4))
        W = xs[-1] + NODE
        self.edges.set_segments(np.concatenate(seg) if seg else np.zeros((0, 4)), QRectF(0, 0, W, H))

        # Text, in pixels converted to scene units.
        px = 1.0 / s
        for c, head in enumerate(self.headers):
            head.set_lines(self._header_lines(c, mode))
            head.setPos(xs[c] + NODE / 2, -BADGE - 3 * px)
        for c, m in enumerate(self._more):
            if m is not None:
                m.setPos(xs[c] + NODE / 2, H + 3 * px)
        for i, lab in enumerate(self._labels):
            if i < n_in:
                node = self._columns[0][i]
                lab.setPos(node.x() - TEXT_GAP * px, node.y() + NODE / 2)
            else:
                node = self._columns[-1][i - n_in]
                lab.setPos(node.x() + NODE + TEXT_GAP * px, node.y() + NODE / 2)

        for layer, notes in self._notes.items():
            col = self._columns[layer + 1]
            room = steps[layer + 1] * s - 1  # px from one node's centre to the next
            for note in notes:
                note.set_compact(len(notes) > 1 and note.full_height() + 2 * _Note.PAD > room)
            for k, (node, note) in enumerate(zip(col, notes)):
                if layer == last_layer:  # after the class name
                    lab = self._labels[n_in + k] if n_in + k < len(self._labels) else None
                    x = node.x() + NODE + (TEXT_GAP * 2 + (lab.size()[0] if lab is not None else 0) + _Note.PAD) * px
                else:
                    x = node.x() + NODE + (TEXT_GAP + _Note.PAD) * px
                note.setPos(x, node.y() + NODE / 2)

        # The scene rect: nodes plus the reserved pixels; centred in the viewport.
        rect = QRectF(-(left + MARGIN) * px, -BADGE - (header_h + 3 + MARGIN) * px,
                      W + (left + right + 2 * MARGIN + extra) * px, H + BADGE + (header_h + 3 + MARGIN + bottom) * px)
        self.setSceneRect(rect)
        self.setTransform(QTransform.fromScale(s, s))
        self.centerOn(rect.center())
        corner = QPoint(int(vw - MARGIN - lw), int(vh - MARGIN - lh)) if extra else QPoint(MARGIN, int(vh - MARGIN - lh))
        self.legend.setPos(self.mapToScene(corner))
        self.legend_beside = bool(extra)
        self.viewport().update()

    def _place_legend_rows(self, vw: int) -> None:
        n = len(self.legend.items)
        for cols in (n, 2, 1):
            if self.legend.width_for(cols) <= vw - 2 * MARGIN or cols == 1:
                if cols != self.legend.columns:
                    self.legend.set_columns(cols)
                return

    def _legend_kinds(self, ins) -> list[str]:
        """Dead and dropped only where they can happen: hidden layers; dropout on."""
        kinds = ["neg", "pos"]
        if len(self._columns) > 2:
            kinds.append("dead")
            config = self._frame.config if self._frame is not None else self._info.config
            dropout = float(config.dropout)
            if dropout > 0 or (ins is not None and any(d is not None for d in ins.dropped)):
                kinds.append("dropped")
        return kinds

    def _update_legend(self, ins) -> None:
        if self.legend.set_kinds(self._legend_kinds(ins)):
            self._layout()  # one or two rows: the legend's height may have changed

    # -- drawing ------------------------------------------------------------------------------

    def update_frame(self, frame: Frame) -> None:
        """Draw ``frame.inside``: node images, edge buckets, dead and dropped marks (a new
        run's frame rebuilds the diagram first)."""
        if frame.info is not self._info:
            self._new_run(frame.info)
        self._frame = frame
        ins = frame.inside
        if ins is self._inside and ins is not None:
            return
        self._inside = ins
        self._update_legend(ins)
        hidden_cols = self._columns[1:]
        if ins is None or not self._matches(ins):
            self._inside = None
            for col in hidden_cols:
                for node in col:
                    node.image, node.dead, node.dropped = None, False, False
                    node.update()
            self.edges.set_weights([], [])
            return
        last = len(hidden_cols) - 1
        for l, col in enumerate(hidden_cols):
            maps = ins.unit_maps[l]
            images = _probability_images(maps) if l == last else _diverging_images(maps)
            dead = ins.dead[l] if l < last else None
            dropped = ins.dropped[l] if l < last else None
            for i, node in enumerate(col):
                node.image = images[i]
                node.dead = bool(dead[i]) if dead is not None else False
                node.dropped = bool(dropped[i]) if dropped is not None else False
                node.update()
        dimmed = []
        for l, W in enumerate(ins.weights):
            d_in = ins.dropped[l - 1] if l > 0 else None
            d_out = ins.dropped[l] if l < last else None
            dim = np.zeros(W.shape, bool)
            if d_in is not None:
                dim |= np.asarray(d_in, bool)[:, None]
            if d_out is not None:
                dim |= np.asarray(d_out, bool)[None, :]
            dimmed.append(dim)
        self.edges.set_weights(list(ins.weights), dimmed)
        self.frames_drawn += 1

    def _matches(self, ins) -> bool:
        """Whether ``ins`` fits the diagram (a frame of the previous run may still arrive)."""
        cols = self._columns
        if len(ins.unit_maps) != len(cols) - 1 or len(ins.weights) != len(cols) - 1:
            return False
        if any(len(m) != len(c) for m, c in zip(ins.unit_maps, cols[1:])):
            return False
        return all(W.shape == (len(a), len(b)) for W, a, b in zip(ins.weights, cols, cols[1:]))

    # -- numbers on the diagram (the Backprop dock) ---------------------------------------------

    def set_notes(self, notes: dict[int, tuple[list[str], bool]]) -> None:
        """Numbers beside the nodes: ``notes[layer] = (texts, strong)``, a text per unit of
        column ``layer`` (-1: the inputs; lines split at "\\n"; only the shown units'),
        ``strong`` for the step's own layer. An empty dict removes them all."""
        if notes == self._note_texts:
            return
        self._drop_notes()
        self._note_texts = {k: (list(t), bool(b)) for k, (t, b) in notes.items()}
        if not self._columns:
            return
        last = len(self._columns) - 2
        for layer, (texts, strong) in self._note_texts.items():
            if not -1 <= layer <= last:
                continue
            items = [_Note(t, strong, 0.0) for t in texts[: len(self._columns[layer + 1])]]
            for item in items:
                self.scene().addItem(item)
            self._notes[layer] = items
        self._layout()

    def notes(self) -> dict[int, list[str]]:
        """The numbers drawn beside the nodes, per column (tests read what is shown)."""
        return {layer: [n.text() for n in items] for layer, items in self._notes.items()}

    def note_item(self, layer: int, unit: int):
        return self._notes[layer][unit]

    def _drop_notes(self) -> None:
        for items in self._notes.values():
            for item in items:
                self.scene().removeItem(item)
        self._notes = {}

    def show_weights(self, weights) -> None:
        """Draw these weights (per layer fan_in x fan_out, the whole matrices) as the edges,
        none dimmed and no unit dropped (the Backprop dock: the walk's weights, dropout off)."""
        if not self._columns:
            return
        shown = [W[: len(a), : len(b)] for W, a, b in zip(weights, self._columns, self._columns[1:])]
        if [W.shape for W in shown] != self.edges.shapes:
            return
        for col in self._columns[1:]:
            for node in col:
                if node.dropped:
                    node.dropped = False
                    node.update()
        marked = self.edges.marked
        self.edges.set_weights(shown, [np.zeros(W.shape, bool) for W in shown])
        self.edges.marked = marked

    def mark_edge(self, edge: tuple[int, int, int] | None) -> None:
        """Draw edge (layer, i, j) dark and thick on top (None: no edge marked)."""
        e = None if edge is None else self.edges.index(*edge)
        if e != self.edges.marked:
            self.edges.marked = e
            self.edges.update()

    def hover_edge(self, edge: tuple[int, int, int] | None) -> None:
        """What the pointer moving onto edge ``edge`` (None: off every edge) does, with
        ``hover_edges`` on: mark it, emit edge_hovered or edge_left."""
        if edge == self._hovered_edge:
            return
        self._hovered_edge = edge
        self.mark_edge(edge)
        if edge is None:
            self.edge_left.emit()
        else:
            self.edge_hovered.emit(*edge)

    def edge_point(self, layer: int, i: int, j: int, t: float = 0.25) -> QPoint:
        """The viewport point ``t`` of the way along an edge (tests hover it; a quarter of
        the way crosses no other edge of its layer)."""
        x1, y1, x2, y2 = self.edges.segments[self.edges.index(layer, i, j)]
        return self.mapFromScene(QPointF(x1 + t * (x2 - x1), y1 + t * (y2 - y1)))

    # -- queries (tests, tooltips) ------------------------------------------------------------

    def node_count(self) -> dict[int, int]:
        """Nodes drawn per layer: -1 the inputs, then the weight layers (last: output)."""
        return {c - 1: len(col) for c, col in enumerate(self._columns)}

    def has_more_mark(self, layer: int) -> int | None:
        """N of the "+N more" mark under ``layer``'s column, None when all are shown."""
        m = self._more[layer + 1] if 0 <= layer + 1 < len(self._more) else None
        return None if m is None else self._widths[layer + 1] - MAX_SHOWN

    def node(self, layer: int, unit: int) -> _Node:
        if not 0 <= layer + 1 < len(self._columns) or not 0 <= unit < len(self._columns[layer + 1]):
            raise IndexError(f"no node for layer {layer}, unit {unit}")
        return self._columns[layer + 1][unit]

    def header_text(self, layer: int) -> str:
        return self.headers[layer + 1].text()

    def edge_color(self, layer: int, i: int, j: int) -> tuple[int, int, int] | None:
        """RGB of the edge from shown unit ``i`` of weight layer ``layer``'s inputs to its
        shown unit ``j`` (None when not drawn: no frame yet, or a weight of exactly 0)."""
        return self.edges.color_of(layer, i, j)

    def edge_dimmed(self, layer: int, i: int, j: int) -> bool:
        return self.edges.dimmed(layer, i, j)

    def node_tooltip(self, layer: int, unit: int) -> str:
        node = self.node(layer, unit)
        info, ins = self._info, self._inside
        n_layers = len(self._columns) - 1
        if layer < 0:
            text = QCoreApplication.translate("views", "{name} (feature {i} of {n})").format(name=unit_name(info, layer, unit), i=unit + 1,
                                                         n=info.sizes[0])
            if info.input_maps is not None:
                m = info.input_maps[unit]
                text += "\n" + QCoreApplication.translate("views", "value range [{lo}, {hi}] over the plane").format(lo=sig3(m.min()), hi=sig3(m.max()))
            return text
        if layer == n_layers - 1:
            text = QCoreApplication.translate("views", "Output: {name} — softmax probability").format(name=class_label(info.class_names[unit]))
            if ins is not None:
                m = ins.unit_maps[layer][unit]
                text += "\n" + QCoreApplication.translate("views", "range [{lo}, {hi}] over the plane").format(lo=sig3(m.min()), hi=sig3(m.max()))
            return text
        act = (self._frame.config if self._frame is not None else info.config).activation  # live
        act = ACTIVATIONS[act].label if act in ACTIVATIONS else act
        width = self._widths[layer + 1]
        text = (QCoreApplication.translate("views", "Hidden {l}, unit {u} of {n} — {act}") if width > MAX_SHOWN else
                QCoreApplication.translate("views", "Hidden {l}, unit {u} — {act}")).format(l=layer + 1, u=unit + 1, n=width, act=act)
        if ins is None:
            return text + "\n" + QCoreApplication.translate("views", "(no data yet)")
        m = ins.unit_maps[layer][unit]
        dropped = ins.dropped[layer]
        yes, no = QCoreApplication.translate("views", "yes"), QCoreApplication.translate("views", "no")
        text += ("\n" + QCoreApplication.translate("views", "output range [{lo}, {hi}] over the plane").format(lo=sig3(m.min()), hi=sig3(m.max()))
                 + "\n" + QCoreApplication.translate("views", "dead: {v}").format(v=yes if node.dead else no)
                 + "\n" + QCoreApplication.translate("views", "dropped now: {v}").format(
                     v=QCoreApplication.translate("views", "dropout off") if dropped is None else (yes if node.dropped else no)))
        return text

    def edge_tooltip(self, layer: int, i: int, j: int) -> str:
        w = float(self._inside.weights[layer][i, j]) if self._inside is not None else float("nan")
        return f"w = {sig3(w)} ({unit_name(self._info, layer - 1, i)} → {unit_name(self._info, layer, j)})"

    def node_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(layer, unit) of the node under viewport point ``pos``."""
        p = self.mapToScene(pos)
        for item in self.scene().items(p):
            if isinstance(item, _Node) and item.rect().contains(item.mapFromScene(p)):
                return item.layer, item.unit
        return None

    def edge_at(self, pos: QPoint) -> tuple[int, int, int] | None:
        """(layer, i, j) of the drawn edge nearest viewport point ``pos``, within a few px."""
        e = self.edges
        if not len(e.segments) or not e.buckets:
            return None
        p = self.mapToScene(pos)
        seg = e.segments
        x1, y1, x2, y2 = seg.T
        dx, dy = x2 - x1, y2 - y1
        t = np.clip(((p.x() - x1) * dx + (p.y() - y1) * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0, 1)
        d_px = np.hypot(x1 + t * dx - p.x(), y1 + t * dy - p.y()) * self._scale
        d_px = np.where(e.widths > 0, d_px - e.widths / 2, np.inf)
        k = int(np.argmin(d_px))
        if d_px[k] > 3.0:
            return None
        layer = int(np.searchsorted(e.offsets, k, side="right") - 1)
        i, j = divmod(k - e.offsets[layer], e.shapes[layer][1])
        return layer, i, j

    def tooltip_at(self, pos: QPoint) -> str | None:
        node = self.node_at(pos)
        if node is not None:
            return self.node_tooltip(*node)
        edge = self.edge_at(pos)
        if edge is None:
            return None
        return self.edge_text(*edge) if self.edge_text is not None else self.edge_tooltip(*edge)

    # -- hover --------------------------------------------------------------------------------

    def hover_node(self, layer: int, unit: int) -> None:
        """What the pointer entering node (layer, unit) does: highlight it, emit unit_hovered."""
        if self._hovered == (layer, unit):
            return
        node = self.node(layer, unit)
        self.leave_node()
        self._hovered = (layer, unit)
        node.hovered = True
        node.update()
        self.edges.set_focus(layer, unit)
        self.unit_hovered.emit(layer, unit)

    def leave_node(self) -> None:
        """What the pointer leaving the hovered node does: emit unit_left (if one was hovered)."""
        if self._hovered is None:
            return
        layer, unit = self._hovered
        self._hovered = None
        self.edges.set_focus(None)
        try:
            node = self.node(layer, unit)
            node.hovered = False
            node.update()
        except IndexError:
            pass
        self.unit_left.emit()

    def hovered(self) -> tuple[int, int] | None:
        return self._hovered

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        key = self.node_at(event.position().toPoint())
        if key is None:
            self.leave_node()
        else:
            self.hover_node(*key)
        if self.hover_edges:
            self.hover_edge(None if key is not None else self.edge_at(event.position().toPoint()))

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        key = self.node_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else None
        if key is not None:
            self.unit_clicked.emit(*key)

    def viewportEvent(self, event) -> bool:
        t = event.type()
        if t == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos()) if self._info is not None else None
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if t == QEvent.Type.Leave:
            self.leave_node()
            if self.hover_edges:
                self.hover_edge(None)
        return super().viewportEvent(event)
