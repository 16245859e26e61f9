"""What the labs share: the filled-contour surface, colour-bar ticks, and showing a lab window."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QGuiApplication

from ..layouts import fit_to_screen


def colormap() -> pg.ColorMap:
    """viridis (perceptually uniform), blended halfway to white so the paths' strong
    colours stand out on it everywhere."""
    viridis = pg.colormap.get("viridis")
    pos = np.linspace(0.0, 1.0, 64)
    rgb = viridis.map(pos, mode="float")[:, :3]
    light = 1.0 - 0.55 * (1.0 - rgb)
    return pg.ColorMap(pos, (light * 255).astype(np.uint8))


def contour_image(plot, lines: int) -> tuple[pg.ColorMap, pg.ImageItem, list[pg.IsocurveItem]]:
    """A filled-contour picture in ``plot``: the lightened viridis image under
    ``lines`` contour lines (both labs draw their surfaces so)."""
    cmap = colormap()
    image = pg.ImageItem(axisOrder="row-major")
    image.setZValue(-10)
    image.setLookupTable(cmap.getLookupTable(nPts=256))
    plot.addItem(image)
    isolines = []
    for _ in range(lines):
        iso = pg.IsocurveItem(pen=pg.mkPen((60, 60, 60, 110), width=1))
        iso.setParentItem(image)  # in the image's pixel coordinates, as the image is placed
        isolines.append(iso)
    return cmap, image, isolines


def decade(k: int) -> str:
    """10^k for a colour-bar tick: "1", "10", "10³", "10⁻²"."""
    if k == 0:
        return "1"
    if k == 1:
        return "10"
    sup = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
    return "10" + str(k).translate(sup)



def bring_up(w) -> None:
    """Show a lab window in front (the offscreen platform cannot raise one, and says so),
    the first time sized to fit the main window's screen (a 1280 x 760 lab ran off a
    1366 x 768 laptop's, under its panel)."""
    if not w.property("fitted"):
        w.setProperty("fitted", True)
        fit_to_screen(w)
    w.show()
    if QGuiApplication.platformName() != "offscreen":
        w.raise_()
        w.activateWindow()
