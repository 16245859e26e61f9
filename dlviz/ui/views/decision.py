"""The decision view: the plane coloured by the predicted class, with the data on top."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QSizePolicy

from .. import style
from .common import StaticSample, axes, class_label, dress, fixed, legend_size, show_validation_points

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

MAX_POINTS = 3000  # training + validation points drawn; more only slows drawing down
END_LABEL = 16  # px right of the plane for the x axis's last label, which overhangs it


def _placed(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points to draw and their colour indices: a regression's float targets get colour 0,
    and a curve's one input is drawn at (x, target)."""
    X = np.asarray(X, dtype=float)
    if y.dtype.kind != "f":
        return X, y
    if X.shape[1] == 1:
        X = np.column_stack((X[:, 0], y))
    return X, np.zeros(len(y), np.int64)


def _subsample(n: int, keep: int, rng: np.random.Generator) -> np.ndarray:
    """Indices of ``keep`` of ``n`` points (all when ``keep >= n``), in a random order
    so that no class is always drawn on top of the others."""
    return rng.permutation(n)[:keep]


def _outline(k: int) -> QPen:
    """A thin dark outline; a light one for a dark class (black), whose points would
    otherwise melt into its own dark region."""
    r, g, b = style.class_rgb(k)
    dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 80
    return pg.mkPen((235, 235, 235) if dark else (40, 40, 40), width=0.8)


TITLE_POINTS = (12, 11, 10, 9, 8)


def title_points(title: str, width: float, base: QFont) -> int:
    """The largest of TITLE_POINTS at which ``title`` fits a view ``width`` px wide (in
    ``base``'s family), less its axis and margins; the smallest if none does."""
    room = max(60.0, width - 85.0)
    for pt in TITLE_POINTS:
        f = QFont(base)
        f.setPointSizeF(pt)
        if QFontMetricsF(f).horizontalAdvance(title) <= room:
            return pt
    return TITLE_POINTS[-1]


class DecisionView(pg.PlotWidget):
    """Decision regions over ``info.bounds`` with the training and validation points.
    ``point_clicked(x₁, x₂)``: a left click on the plane, in data coordinates."""

    point_clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent, background=style.BACKGROUND, axisItems=axes())
        self.setObjectName("decision_plot")
        self.frames_drawn = 0
        plot = self.getPlotItem()
        self._title = QCoreApplication.translate("views", "Decision regions")
        self._title_pt: int | None = None  # None: 12 pt, or less to fit the width
        dress(plot, self._title, "x₁", "x₂", label_ends=True)
        # A fixed picture of the plane: no pan/zoom drift, no auto-range, no "A" button.
        fixed(plot)
        plot.setAspectLocked(True, ratio=1.0)

        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        plot.addItem(self.image)
        self.train_scatter = pg.ScatterPlotItem(symbol="o", size=7, pxMode=True)
        self.val_scatter = pg.ScatterPlotItem(symbol="t1", size=9, pxMode=True)
        self.train_scatter.setZValue(1)
        self.val_scatter.setZValue(2)
        plot.addItem(self.train_scatter)
        plot.addItem(self.val_scatter)

        # The legend sits right of the plane, not on it: the aspect lock leaves spare
        # width in a landscape widget anyway.
        self.legend = pg.LegendItem(labelTextSize="10pt", labelTextColor=style.FOREGROUND,
                                    pen=(200, 200, 200), brush=(255, 255, 255, 230),
                                    sampleType=StaticSample)
        # pyqtgraph's legends ignore transformations, so a 2x PNG export drew them at 1x.
        self.legend.setFlag(self.legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        plot.layout.addItem(self.legend, 2, 3, alignment=Qt.AlignmentFlag.AlignTop)
        self._swatches: list[pg.ScatterPlotItem] = []  # legend samples (never in the plot)
        self._val_swatch = pg.ScatterPlotItem(symbol="t1", size=10, pen=pg.mkPen(style.FOREGROUND, width=1.5),
                                              brush=pg.mkBrush("w"))

        self._info = None
        self._aspect = 1.0  # width / height of the plane on screen
        self._base_margins = plot.layout.getContentsMargins()
        self._pad = (0.0, 0.0)
        self._legend_below = False
        self._legend_place = (False, 1)
        self._fitting = False
        plot.geometryChanged.connect(self._fit_box)
        self._grid: np.ndarray | None = None  # the last grid drawn (or received while a map shows)
        self._image_shape: tuple[int, ...] | None = None
        self._map_shown = False
        self._show_val = True
        self._legend_wanted = True
        # An output node's map: white to the class colour over p = 0 .. 1, with this scale.
        self.prob_bar = pg.ColorBarItem(values=(0.0, 1.0), width=14, interactive=False, colorMapMenu=False,
                                        pen=(150, 150, 150),
                                        colorMap=pg.ColorMap([0.0, 1.0], [(255, 255, 255), (0, 0, 0)]))
        self.prob_bar.setVisible(False)
        self._bar_in_layout = False
        self.scene().sigMouseClicked.connect(self._on_click)

    def _on_click(self, event) -> None:
        # The plane is fixed (no pan or zoom), so a click is free to mean "inspect here".
        vb = self.getPlotItem().getViewBox()
        if event.button() != Qt.MouseButton.LeftButton or self._info is None \
                or not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.point_clicked.emit(float(p.x()), float(p.y()))

    # -- run ----------------------------------------------------------------------------------

    def _no_plane(self, info) -> None:
        """A run whose inputs are not points of a plane (images): nothing to draw here."""
        self._info = info
        self._planeless = True
        self._grid = None
        self._image_shape = None
        self._map_shown = False
        self.image.clear()
        self.train_scatter.setData([])
        self.val_scatter.setData([])
        self.legend.clear()
        self.getPlotItem().setTitle(QCoreApplication.translate("views", "Images have no plane of decision regions"),
                                    size="12pt", color=style.FOREGROUND)

    def _new_run(self, info) -> None:
        """The plane, the points and the class legend of a new run."""
        self._info = info
        self._planeless = False
        self._grid = None
        self._image_shape = None
        self._map_shown = False
        self._show_title(self._title)
        self.image.clear()

        x0, x1, y0, y1 = info.bounds
        plot = self.getPlotItem()
        # 1:1 for the generated data; a CSV whose axes differ wildly in span is shown
        # square instead, or it would collapse to a line.
        ratio = 1.0
        span_x, span_y = x1 - x0, y1 - y0
        if not 1 / 3 <= span_x / span_y <= 3:
            ratio = span_y / span_x
        plot.setAspectLocked(True, ratio=ratio)
        self._aspect = span_x / span_y * ratio
        plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

        # One fixed seeded subsample per run, so the picture does not flicker.
        rng = np.random.default_rng(0)
        n_tr, n_va = len(info.y_train), len(info.y_val)
        scale = min(1.0, MAX_POINTS / max(1, n_tr + n_va))
        tr = _subsample(n_tr, int(round(n_tr * scale)), rng)
        va = _subsample(n_va, int(round(n_va * scale)), rng)
        k = len(info.class_names)
        brushes = [pg.mkBrush(style.class_rgb(c)) for c in range(k)]
        outlines = [_outline(c) for c in range(k)]
        # (a regression run, until its own views draw it: the points in one colour; a
        # curve's at (x, target))
        pos_tr, y_tr = _placed(info.X_train[tr], info.y_train[tr])
        pos_va, y_va = _placed(info.X_val[va], info.y_val[va])
        self.train_scatter.setData(pos=pos_tr, brush=[brushes[c] for c in y_tr], pen=[outlines[c] for c in y_tr])
        # Validation: white triangles outlined in the class colour, darkened a little so
        # that the light classes (yellow, sky blue) still show on their own region.
        pens = [pg.mkPen(tuple(int(v * 0.8) for v in style.class_rgb(c)), width=2) for c in range(k)]
        self.val_scatter.setData(pos=pos_va, brush=pg.mkBrush(255, 255, 255, 235), pen=[pens[c] for c in y_va])

        self.legend.clear()
        self._swatches = [pg.ScatterPlotItem(symbol="o", size=10, brush=brushes[c], pen=outlines[c])
                          for c in range(k)]
        for swatch, name in zip(self._swatches, info.class_names):
            self.legend.addItem(swatch, class_label(name))
        self._update_val_visibility()
        self._fit_box()  # the legend's width may have changed

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # The plot's geometryChanged does not always follow a resize of a view laid
        # out while hidden (a comparison's tiles built before the window showed):
        # refit once the new size has settled.
        if hasattr(self, "_fitting"):
            QTimer.singleShot(0, self, self._refit)  # (with self as context: dropped if the view goes first)

    def _refit(self) -> None:
        if self.getPlotItem() is None:  # closed meanwhile
            return
        self._pad = (-1.0, -1.0)  # apply the padding (and the plot's geometry) even if it looks unchanged
        self._fit_box()

    def _fit_box(self, *_) -> None:
        """Pad the plot so the axes hug the plane: with the aspect locked, the spare room
        would otherwise be empty background inside the axes, beside the regions. The
        legend goes right of the plane, or under it when that leaves a larger plane
        (a tall, narrow view: the plane then takes the whole width)."""
        if self._fitting:  # the geometry set in _fit calls back: refit here, a few times at most
            return
        self._fitting = True
        try:
            for _ in range(3):  # (a legend moved under the plane could flip the choice back and forth)
                size = self.getPlotItem().size()
                self._fit()
                if self.getPlotItem().size() == size:
                    break
        finally:
            self._fitting = False

    def _fit(self) -> None:
        plot = self.getPlotItem()
        left, top, right, bottom = self._base_margins
        # The room the view box would have unpadded: the plot less its fixed-size parts
        # (the view box's own size is no guide once the padding has squeezed it).
        w0 = plot.width() - left - right - plot.getAxis("left").width() - END_LABEL
        if self.prob_bar.isVisible():  # an output node's 0-1 scale, right of the plane
            w0 -= self.prob_bar.effectiveSizeHint(Qt.SizeHint.PreferredSize).width() + 8
        h0 = plot.height() - top - bottom - plot.layout.rowMaximumHeight(0) - plot.getAxis("bottom").height()
        if w0 <= 1 or h0 <= 1:
            return
        n = max(1, len(self.legend.items))
        one = legend_size(self.legend, 1)  # one column: beside the plane
        across = max(1, min(n, int(w0 // (one.width() + 8))))
        flat = legend_size(self.legend, across) if self.legend.isVisible() else one  # a few columns: under it
        if not self.legend.isVisible():
            one = flat = QSizeF(0, 0)
        beside_side = min(w0 - one.width(), h0 * self._aspect)
        below_side = min(w0, (h0 - flat.height() - 6) * self._aspect)
        below = below_side > 1.05 * beside_side or (self._legend_below and below_side >= beside_side)
        if self.legend.isVisible():
            self._place_legend(below, across)
        elif self._legend_place is not None:
            # Hidden, it still held its row at its height in the layout: a small tile's
            # padding grew with every fit then (a 3 x 3 comparison's tiles ran off).
            self.getPlotItem().layout.removeItem(self.legend)
            self._legend_place = None
        legend = flat if below else one
        w = w0 - (0 if below else legend.width())
        h = h0 - (legend.height() + 6 if below else 0)
        if w <= 1 or h <= 1:
            return
        # (never shorter than the legend beside it, or the layout would overflow)
        pad = (max(0.0, (w - h * self._aspect) / 2),
               max(0.0, min((h - w / self._aspect) / 2, (h - (0 if below else legend.height())) / 2)))
        if abs(pad[0] - self._pad[0]) < 0.5 and abs(pad[1] - self._pad[1]) < 0.5:
            return
        self._pad = pad
        plot.layout.setContentsMargins(left + pad[0], top + pad[1], right + pad[0] + END_LABEL, bottom + pad[1])
        # The old margins may have held the plot taller than the view while it
        # shrank (Qt honours the minimum size): give it the view's size again.
        plot.setGeometry(self.range)

    def _place_legend(self, below: bool, across: int) -> None:
        key = (below, across if below else 1)
        if key == self._legend_place:
            return
        placed = self._legend_place is not None  # (None: taken out of the layout while hidden)
        self._legend_place = key
        self._legend_below = below
        layout = self.getPlotItem().layout
        if placed:
            layout.removeItem(self.legend)
        self.legend.setColumnCount(key[1])
        if below:
            layout.addItem(self.legend, 4, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
        else:
            layout.addItem(self.legend, 2, 3, alignment=Qt.AlignmentFlag.AlignTop)

    @property
    def legend_below(self) -> bool:
        """Is the class legend under the plane (a tall view), not beside it?"""
        return self._legend_below

    def set_show_validation(self, show: bool) -> None:
        self._show_val = bool(show)
        self._update_val_visibility()

    def _update_val_visibility(self) -> None:
        show = self._show_val and self._info is not None and len(self._info.y_val) > 0
        show_validation_points(self.val_scatter, self.legend, self._val_swatch, show)

    # -- drawing ------------------------------------------------------------------------------

    def update_frame(self, frame: Frame) -> None:
        """Draw the frame's class regions (a new run's frame redraws the points too)."""
        if frame.grid is None or np.shape(frame.info.X_train)[1:] != (2,):
            # Images have no plane of regions (their views draw them): an empty plane, titled so.
            if frame.info is not self._info:
                self._no_plane(frame.info)
            return
        if frame.info is not self._info:
            self._new_run(frame.info)
        if frame.grid is self._grid or getattr(frame.info, "metric", "accuracy") == "r2":
            return  # a frame without a new grid: nothing here changed (a regression has no regions)
        self._grid = frame.grid
        if self._map_shown:
            return  # kept for when the map is closed
        self._set_rgb(style.region_image(frame.grid))
        self.frames_drawn += 1

    def show_map(self, image: np.ndarray | None, label: str = "", probability_of: int | None = None) -> None:
        """Draw ``image`` ((h, w), row 0 at the bottom) on the diverging map, scaled by its
        max |value|, in place of the class regions, titled ``label``; ``None`` brings the
        regions back. ``probability_of`` (a class index): the image is that class's
        probability, drawn from white (0) to the class colour (1) with a 0-1 scale.
        A run without a plane (images) shows no map here."""
        if getattr(self, "_planeless", False):
            return
        plot = self.getPlotItem()
        shown = image is None and self._legend_wanted  # swatches mean nothing on a unit's map
        if shown != self.legend.isVisible():
            self.legend.setVisible(shown)
            self._fit_box()  # (in the layout only while shown)
        self._show_prob_bar(None if image is None else probability_of)
        if image is None:
            self._map_shown = False
            self._show_title(self._title)
            if self._grid is not None:
                self._set_rgb(style.region_image(self._grid))
            else:
                self.image.clear()
                self._image_shape = None
            return
        self._map_shown = True
        plot.setTitle(label or QCoreApplication.translate("views", "Hidden unit activation"), size="12pt", color=style.FOREGROUND)
        m = np.asarray(image, dtype=np.float64)
        if probability_of is not None:
            rgb = np.array(style.class_rgb(probability_of), float)
            t = np.clip(np.nan_to_num(m), 0.0, 1.0)[..., None]
            self._set_rgb((255.0 + (rgb - 255.0) * t).astype(np.uint8))
            return
        finite = m[np.isfinite(m)]
        vmax = float(np.abs(finite).max()) if finite.size else 0.0
        self._set_rgb(style.diverging_rgb(np.nan_to_num(m), vmax if vmax > 1e-12 else 1.0))

    def _show_prob_bar(self, k: int | None) -> None:
        """The 0-1 scale beside the plane for class ``k``'s probability map (None: hide it)."""
        bar = self.prob_bar
        if k is None:
            if bar.isVisible():
                bar.setVisible(False)
                self._refit()
            return
        if not self._bar_in_layout:
            self.getPlotItem().layout.addItem(bar, 2, 4)
            self._bar_in_layout = True
        names = self._info.class_names if self._info is not None else ()
        name = class_label(names[k]) if k < len(names) else str(k + 1)
        bar.setColorMap(pg.ColorMap([0.0, 1.0], [(255, 255, 255), style.class_rgb(k)]))
        bar.setLabel("right", QCoreApplication.translate("views", "p({name})").format(name=name), color=style.FOREGROUND)
        bar.getAxis("right").setTextPen(style.FOREGROUND)
        was = bar.isVisible()
        bar.setVisible(True)
        if not was:
            self._refit()
            QTimer.singleShot(0, self, self._refit)  # again once its axis has measured its labels

    def set_legend_visible(self, visible: bool) -> None:
        """Show or hide the class legend (two views one above the other need one)."""
        self._legend_wanted = bool(visible)
        self.legend.setVisible(self._legend_wanted and not self._map_shown)
        self._fit_box()  # (in the layout only while shown)

    @property
    def title(self) -> str:
        """The plot's title while it shows class regions."""
        return self._title

    def set_title(self, title: str, points: int | None = None) -> None:
        """The plot's title while it shows class regions (a second view names its network),
        at ``points`` pt (None: 12 pt, or smaller to fit the view's width; a comparison's
        tiles share one size, see :func:`title_points`)."""
        if title == self._title and points == self._title_pt:
            return  # (a comparison's tiles are re-titled on every frame)
        self._title, self._title_pt = title, points
        if not self._map_shown:
            self._show_title(title)
            self._fit_box()  # the title row's height may have changed

    def _show_title(self, title: str) -> None:
        """The title at its size: pyqtgraph makes a title's width the plot's minimum
        width, which pushed a tile's plane out of its tile, so it is never wider."""
        pt = self._title_pt or title_points(title, self.width(), self.font())
        label = self.getPlotItem().titleLabel
        if not getattr(label, "_never_wider", False):
            # pyqtgraph sets the width again on every resize of the label (updateMin):
            # a tile of a 3 x 3 comparison (160 px) was pushed out of its frame by its title.
            grow = label.updateMin

            def update_min() -> None:
                grow()
                label.setMinimumWidth(0)
                label._sizeHint[Qt.SizeHint.MinimumSize] = (0, label._sizeHint[Qt.SizeHint.MinimumSize][1])

            label.updateMin, label._never_wider = update_min, True
        self.getPlotItem().setTitle(title, size=f"{pt}pt", color=style.FOREGROUND)
        label.setMinimumWidth(0)  # never wider than the view: a long title is cut, the plane stays
        # pyqtgraph gives a title 30 px: a two-line title (a small tile's) gets its
        # height, its lines centred (a text item's lines start left).
        if "<br>" in title:
            label.item.setTextWidth(label.item.boundingRect().width())
            option = label.item.document().defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.item.document().setDefaultTextOption(option)
            label.resizeEvent(None)
        height = max(30.0, label.itemRect().height())
        if height != self.getPlotItem().layout.rowMaximumHeight(0):
            label.setMaximumHeight(height)
            self.getPlotItem().layout.setRowFixedHeight(0, height)

    def set_faded(self, faded: bool) -> None:
        """Fade the regions (a diverged run's tile): the points stay clear on top."""
        opacity = 0.3 if faded else 1.0
        if self.image.opacity() != opacity:
            self.image.setOpacity(opacity)

    @property
    def showing_map(self) -> bool:
        """Is a unit's map shown in place of the class regions?"""
        return self._map_shown

    def _set_rgb(self, rgb: np.ndarray) -> None:
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255))
        if rgb.shape != self._image_shape and self._info is not None:
            # Cells are centred on the grid points, so the image spans the bounds exactly.
            x0, x1, y0, y1 = self._info.bounds
            self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
            self._image_shape = rgb.shape
