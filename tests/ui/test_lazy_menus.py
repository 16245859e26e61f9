"""pyqtgraph's ViewBox context menus are built on first use (dlviz.ui.style.lazy_viewbox_menus)."""

from __future__ import annotations

import pyqtgraph as pg

from dlviz.ui.style import _MenuOnFirstUse, configure_pyqtgraph


def test_a_box_menu_is_built_on_first_use_and_is_pyqtgraphs_own(qtbot):
    from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu

    configure_pyqtgraph()
    w = pg.PlotWidget()
    qtbot.addWidget(w)
    w.getPlotItem().setXRange(2, 5, padding=0)
    vb = w.getPlotItem().getViewBox()
    assert isinstance(vb.menu, _MenuOnFirstUse)  # nothing built yet
    menu = vb.getMenu(None)  # what a right click shows
    assert type(menu) is ViewBoxMenu and vb.menu is menu
    assert [a.text() for a in menu.actions()] == ["View All", "X axis", "Y axis", "Mouse Mode"]
    # built late, it still shows the box's state (the X range set before)
    assert float(menu.ctrl[0].minText.text()) == 2 and float(menu.ctrl[0].maxText.text()) == 5
    assert [a.text() for a in vb.getContextMenus(None)] == [a.text() for a in menu.actions()]


def test_a_menu_switched_off_is_never_built_and_comes_back_when_switched_on(qtbot):
    configure_pyqtgraph()
    plot = pg.PlotItem()
    plot.setMenuEnabled(False)
    assert plot.getViewBox().menu is None and plot.getViewBox().getContextMenus(None) == []
    plot.setMenuEnabled(True)
    assert plot.getViewBox().getMenu(None).title() == "ViewBox options"


def test_a_kept_stand_in_forwards_to_the_real_menu(qtbot):
    configure_pyqtgraph()
    vb = pg.ViewBox()
    stand_in = vb.menu
    action = stand_in.addAction("mine")  # as pyqtgraph's examples add their own entries
    assert vb.menu is not stand_in and action in vb.menu.actions()
    assert stand_in.real() is vb.menu
