"""Colours, fonts and pyqtgraph defaults shared by every view."""

from __future__ import annotations

import numpy as np

#: Okabe-Ito, colour-blind safe; class k gets CLASS_COLORS[k]. Yellow sits last
#: but one because it is the hardest to see on white.
CLASS_COLORS = (
    (0xE6, 0x9F, 0x00),  # orange
    (0x56, 0xB4, 0xE9),  # sky blue
    (0x00, 0x9E, 0x73),  # green
    (0xCC, 0x79, 0xA7),  # purple
    (0x00, 0x72, 0xB2),  # blue
    (0xD5, 0x5E, 0x00),  # vermillion
    (0xF0, 0xE4, 0x42),  # yellow
    (0x00, 0x00, 0x00),  # black
)

#: Lines that are not classes.
TRAIN_COLOR = (0x00, 0x72, 0xB2)  # blue
VAL_COLOR = (0xD5, 0x5E, 0x00)  # vermillion
STEP_COLOR = (0x99, 0xB9, 0xD6)  # pale blue: the noisy per-step loss behind the epoch curves
DERIV_COLOR = (0xD5, 0x5E, 0x00)
FN_COLOR = (0x00, 0x72, 0xB2)
KEPT_COLOR = (0x00, 0x9E, 0x73)
DROPPED_COLOR = (0xEE, 0xEE, 0xEE)

#: One diverging map for every signed value (weights): blue < 0 < orange.
NEGATIVE = (0x00, 0x72, 0xB2)
POSITIVE = (0xE6, 0x9F, 0x00)

BACKGROUND = "w"
FOREGROUND = (0x33, 0x33, 0x33)


def configure_pyqtgraph() -> None:
    """White background, dark text, antialiasing: readable on a projector."""
    import pyqtgraph as pg

    pg.setConfigOptions(background=BACKGROUND, foreground=FOREGROUND, antialias=True, imageAxisOrder="row-major")
    lazy_viewbox_menus()


class _MenuOnFirstUse:
    """Stands for a ViewBox's context menu until something uses it. pyqtgraph builds each
    ViewBox's menu (two axis forms of ~15 widgets each) when it builds the box; the window
    has ~14 boxes, most with the menu switched off at once (views.common.fixed), and the
    menu only ever shows on a right click. This one builds the real menu on first use and
    puts it in its place; switching the menu off before then builds nothing."""

    __slots__ = ("_view",)

    def __init__(self, view):
        import weakref

        self._view = weakref.ref(view)

    def real(self):
        from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu

        view = self._view()
        if view is None:
            raise RuntimeError("the ViewBox of this menu is gone")
        if view.menu is not self:  # built already (a caller kept this stand-in)
            return view.menu
        view.menu = ViewBoxMenu(view)
        view.updateViewLists()  # as pyqtgraph does after making a menu
        return view.menu

    def setViewList(self, views) -> None:
        """Nothing to list yet: the real menu reads the views when it is built."""

    def setParent(self, parent) -> None:
        """The menu switched off before it was built: nothing to let go of."""

    def __getattr__(self, name):
        return getattr(self.real(), name)


def lazy_viewbox_menus() -> None:
    """Every pyqtgraph ViewBox made from now on builds its context menu on first use
    (``_MenuOnFirstUse``): it looks and works the same, and a window is quicker to build."""
    import importlib

    module = importlib.import_module("pyqtgraph.graphicsItems.ViewBox.ViewBox")
    box = module.ViewBox
    if getattr(box, "_dlviz_lazy_menu", False):
        return
    module.ViewBoxMenu = _MenuOnFirstUse  # what ViewBox.__init__ and _applyMenuEnabled call
    shown = box.getMenu

    def getMenu(self, ev):
        if isinstance(self.menu, _MenuOnFirstUse):
            self.menu.real()
        return shown(self, ev)

    def getContextMenus(self, event):
        if self.menuEnabled() and isinstance(self.menu, _MenuOnFirstUse):
            self.menu.real()
        return box_context_menus(self, event)

    box_context_menus = box.getContextMenus
    box.getMenu, box.getContextMenus = getMenu, getContextMenus
    box._dlviz_lazy_menu = True


def class_rgb(k: int) -> tuple[int, int, int]:
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def diverging_rgb(values: np.ndarray, vmax: float) -> np.ndarray:
    """Map signed values to RGB uint8 (..., 3): NEGATIVE at -vmax, white at 0, POSITIVE at +vmax."""
    t = np.clip(np.asarray(values, dtype=np.float64) / (vmax or 1.0), -1.0, 1.0)[..., None]
    white = np.array([255.0, 255.0, 255.0])
    neg, pos = np.array(NEGATIVE, float), np.array(POSITIVE, float)
    rgb = np.where(t < 0, white + (neg - white) * (-t), white + (pos - white) * t)
    return rgb.astype(np.uint8)


def region_image(grid: np.ndarray) -> np.ndarray:
    """RGB uint8 image (res, res, 3) of class probabilities ``grid`` (K, res, res).

    Each cell takes the colour of its most probable class, lightened towards
    white by (1 - confidence), confidence rescaled so that chance level (1/K)
    is white and certainty is the full class colour.
    """
    k = grid.shape[0]
    top = grid.argmax(axis=0)
    p = np.take_along_axis(grid, top[None], axis=0)[0]
    conf = np.clip((p - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)
    # Never the full saturated colour: the data points drawn on top must stand out.
    conf = (0.15 + 0.6 * conf)[..., None]
    palette = np.array([class_rgb(i) for i in range(k)], dtype=np.float32)
    base = palette[top]
    return (255.0 + (base - 255.0) * conf).astype(np.uint8)


#: Pinned runs' faded lines: greys and muted hues, apart from the live run's colours.
GHOST_COLORS = ((0x66, 0x66, 0x66), (0x99, 0x66, 0x33), (0x66, 0x33, 0x99), (0x33, 0x88, 0x88),
                (0x88, 0x88, 0x33), (0x99, 0x44, 0x66), (0x44, 0x66, 0x99), (0x55, 0x99, 0x55))


def ghost_rgb(i: int) -> tuple[int, int, int]:
    return GHOST_COLORS[i % len(GHOST_COLORS)]
