"""The dropout view: which hidden units the current mini-batch kept, per layer."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from ...common.numbers import sig3
from .. import style
from .common import axes, fixed, font, hex_rgb, take_frame

if TYPE_CHECKING:  # hints only: at run time the views never import training
    from ...training.frames import Frame

# Short lines: the view often sits in a narrow dock, and a LabelItem does not wrap.
NARROW = 380  # px: narrower, the layers stack in one column, named on their axes, no titles
LUT = np.array([style.DROPPED_COLOR, style.KEPT_COLOR], dtype=np.uint8)  # 0 dropped, 1 kept


class DropoutView(pg.GraphicsLayoutWidget):
    """One small image per hidden layer: rows are units, columns the batch's samples."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dropout_plot")
        self.setBackground(style.BACKGROUND)
        self.title = self.ci.addLabel(self._title(False), row=0, col=0, size="12pt", color=style.FOREGROUND)
        self.message = pg.LabelItem("", size="12pt", color=style.FOREGROUND)
        self.plots: list[pg.PlotItem] = []
        self.images: list[pg.ImageItem] = []
        self._plots_box: pg.GraphicsLayout | None = None
        self._content = None  # what row 1 holds: the plots box or the message
        self._shapes: list[tuple[int, int] | None] = []
        self._drawn: list[np.ndarray | None] = []  # the masks each image shows
        self._titles: list[str] = []
        self._p = 0.0
        self._has_masks = False
        self._info = None
        self._frame: Frame | None = None
        self._narrow = False
        self._show(self.message)

    def resizeEvent(self, event) -> None:
        # pyqtgraph calls this with None while the base class is being built. The layout
        # changes first, so that the base class sizes the new one.
        if event is not None and hasattr(self, "_narrow"):
            narrow = event.size().width() < NARROW
            if narrow != self._narrow and self._info is not None:
                self._narrow = narrow
                self._build()  # a 180 px dock cut off the second column and the titles
                frame, self._frame = self._frame, None
                if frame is not None:
                    self.update_frame(frame)
            self._narrow = narrow
        super().resizeEvent(event)

    def _title(self, key: bool) -> str:
        """The view's title; with the plots, their key and the rate (the same for every layer)."""
        if not key:
            return (QCoreApplication.translate("views", "Dropout masks") + "<br><span style='font-size:10pt'>"
                    + QCoreApplication.translate("views", "current mini-batch") + "</span>")
        sub = (f"<span style='color:{hex_rgb(style.KEPT_COLOR)}'>■</span> " + QCoreApplication.translate("views", "kept")
               + " &nbsp; <span style='color:#999999'>□</span> " + QCoreApplication.translate("views", "dropped"))
        head = QCoreApplication.translate("views", "Dropout, p = {p}") if self._narrow else QCoreApplication.translate("views", "Dropout masks, p = {p}")
        return f"{head.format(p=sig3(self._p))}<br><span style='font-size:10pt'>{sub}</span>"

    # -- run ----------------------------------------------------------------------------------

    def _new_run(self, info) -> None:
        self._info = info
        self._narrow = self.width() < NARROW
        self._build()
        self._p = None

    def _build(self) -> None:
        """Plots for every hidden layer, whatever p is: dropout can be switched on live."""
        shown = self._content is self._plots_box and self._plots_box is not None
        if shown:
            self.ci.removeItem(self._plots_box)
            self._content = None
        units = list(self._info.sizes[1:-1])
        box = pg.GraphicsLayout()
        box.setContentsMargins(0, 0, 0, 0)
        ncols = 1 if len(units) <= 4 or self._narrow else 2
        nrows = -(-len(units) // ncols)
        self.plots, self.images = [], []
        for i, n in enumerate(units):
            plot = pg.PlotItem(axisItems=axes())
            self._dress(plot, n, last_row=i // ncols == nrows - 1, small=nrows >= 3,
                        name=QCoreApplication.translate("views", "L{n}").format(n=i + 1) if self._narrow else None)
            img = pg.ImageItem(axisOrder="row-major", lut=LUT, levels=(0, 1))
            plot.addItem(img)
            plot.setRange(xRange=(-0.5, 0.5), yRange=(-0.5, n - 0.5), padding=0)
            box.addItem(plot, row=i // ncols, col=i % ncols)
            self.plots.append(plot)
            self.images.append(img)
        self._plots_box = box
        self._shapes = [None] * len(units)
        self._drawn: list[np.ndarray | None] = [None] * len(units)
        self._titles = [""] * len(units)
        self._has_masks = False
        if shown:
            self._update_content()
        self.title.setText(self._title(self._content is self._plots_box), size="12pt", color=style.FOREGROUND)

    @staticmethod
    def _dress(plot: pg.PlotItem, units: int, last_row: bool, small: bool, name: str | None) -> None:
        """``name``: the layer named on its axis, without a title row (a narrow dock)."""
        fixed(plot)
        plot.invertY(True)  # unit 0 on top, as in a matrix
        title_h = 0 if name else 22
        plot.titleLabel.setMaximumHeight(title_h)
        plot.layout.setRowFixedHeight(0, title_h)
        plot.titleLabel.setVisible(not name)
        for side, text in (("bottom", QCoreApplication.translate("views", "sample in batch") if last_row else None), ("left", name or QCoreApplication.translate("views", "unit"))):
            axis = plot.getAxis(side)
            axis.setPen(style.FOREGROUND)
            axis.setTextPen(style.FOREGROUND)
            axis.setStyle(tickFont=font(9))
            if text:
                axis.setLabel(text, **{"font-size": "10pt", "color": "#333333"})
        if not last_row:  # the sample axis is labelled once, under the last row
            plot.getAxis("bottom").setStyle(showValues=False)
        if small:  # a few dozen pixels high: first and last unit only
            plot.getAxis("left").setTicks([[(0, "0"), (units - 1, str(units - 1))], []])

    def _set_dropout(self, p: float) -> None:
        """The live dropout rate: in the title, or a message that dropout is off."""
        if p == self._p:
            return
        self._p = float(p)
        self._update_content()
        self.title.setText(self._title(self._content is self._plots_box), size="12pt", color=style.FOREGROUND)

    def _update_content(self) -> None:
        if not self.plots:
            self.message.setText(QCoreApplication.translate("views", "No hidden layers"), size="12pt", color=style.FOREGROUND)
            self._show(self.message)
        elif self._p <= 0:
            self.message.setText(QCoreApplication.translate("views", "Dropout is off<br>(p = 0): every<br>unit is kept"), size="12pt",
                                 color=style.FOREGROUND)
            self._show(self.message)
        elif not self._has_masks:
            self.message.setText(QCoreApplication.translate("views", "The masks appear with<br>the first training step"), size="12pt",
                                 color=style.FOREGROUND)
            self._show(self.message)
        else:
            self._show(self._plots_box)

    def _show(self, item) -> None:
        if item is self._content:
            return
        self.title.setText(self._title(item is self._plots_box), size="12pt", color=style.FOREGROUND)
        if self._content is not None:
            self.ci.removeItem(self._content)
        self.ci.addItem(item, row=1, col=0)
        self.ci.layout.setRowStretchFactor(1, 1)
        self._content = item

    def _retitle(self, i: int, kept: float | None) -> None:
        # Short: two columns of layers share a 450 px dock; p is in the view's title.
        text = QCoreApplication.translate("views", "Layer {n}").format(n=i + 1)
        if kept is not None:
            text = QCoreApplication.translate("views", "Layer {n}: {v} % kept").format(n=i + 1, v=sig3(kept))
        if self._narrow:
            return  # no title row: the layer is named on its axis
        if text != self._titles[i]:
            self._titles[i] = text
            self.plots[i].setTitle(text, size="10pt", color=style.FOREGROUND)

    # -- drawing ------------------------------------------------------------------------------

    def update_frame(self, frame: Frame) -> None:
        """Draw the batch's masks under the live dropout rate (a new run's frame rebuilds)."""
        if not take_frame(self, frame):
            return
        self._set_dropout(float(frame.config.dropout))
        masks = frame.snap.masks
        has = False
        for i, img in enumerate(self.images):
            m = masks[i] if i < len(masks) else None
            if m is None:
                continue
            has = True
            if m is self._drawn[i]:
                continue  # the same snapshot's masks again
            self._drawn[i] = m
            img.setImage(m.view(np.uint8) if m.dtype == np.bool_ else (m != 0).astype(np.uint8),
                         autoLevels=False, levels=(0, 1))
            units, samples = m.shape
            if self._shapes[i] != (units, samples):
                # Cell (unit u, sample s) centred on (s, u): the ticks name cells.
                img.setRect(-0.5, -0.5, samples, units)
                self.plots[i].setRange(xRange=(-0.5, samples - 0.5), yRange=(-0.5, units - 0.5), padding=0)
                self._shapes[i] = (units, samples)
            self._retitle(i, 100.0 * float(np.count_nonzero(m)) / max(1, m.size))
        if has != self._has_masks:
            self._has_masks = has
            self._update_content()
