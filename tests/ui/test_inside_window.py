"""The views that look inside the network, in the real window."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QWidget

from dlviz.config import Config

TIMEOUT = 15_000


@pytest.fixture
def win(open_window):
    return open_window(Config(samples=300, hidden=(20, 8), dropout=0.3, classes=3, activation="tanh"), ready=lambda w: w.frame.inside is not None)


def test_every_view_exists_and_updates(win, qtbot):
    for name in ("network_view", "gradient_plot", "health_plot", "weights_plot"):
        assert win.findChild(QWidget, name) is not None, name
    win.play()
    qtbot.waitUntil(lambda: win.frame.snap.epoch >= 3 and len(win.frame.diag_step) >= 3, timeout=TIMEOUT)
    win.pause()
    qtbot.waitUntil(lambda: win.frame.snap.state == "paused", timeout=TIMEOUT)
    f = win.frame
    # Gradient flow sits in a tab behind the network: hidden views are not
    # drawn, and bringing one to the front draws the newest frame at once.
    assert not win.on_screen(win.gradient_view)
    assert all(c.xData is None for c in win.gradient_view.curves)  # not drawn (maybe not even built)
    win.docks["gradient_dock"].raise_()
    qtbot.waitUntil(lambda: win.on_screen(win.gradient_view), timeout=TIMEOUT)
    # One curve per weight layer, fed the diagnostics history.
    curves = win.gradient_view.curves
    assert len(curves) == 3
    assert len(curves[0].xData) >= 3
    # (averaged down to the plot's pixel budget, as every curve is, when the run trained
    # more rows than that before the pause: a fast machine does)
    from dlviz.ui.views.common import POINTS_PER_PIXEL, downsample

    g = f.grad_norm[:, -1]
    keep = g > 0
    budget = max(2, int((win.gradient_view.getPlotItem().vb.width() or 400.0) * POINTS_PER_PIXEL))
    want_x, want_y = downsample(np.asarray(f.diag_step, dtype=np.float64)[keep], g[keep], budget)
    assert len(want_y) >= 3
    np.testing.assert_allclose(curves[-1].xData, want_x)
    np.testing.assert_allclose(curves[-1].yData, want_y)
    # Dead units over time for each hidden layer (tanh: none).
    assert np.all(f.dead_fraction == 0)
    # Weights histograms count every weight.
    assert [int(h.sum()) for h in f.inside.weight_hist] == [2 * 20, 20 * 8, 8 * 3]


def test_diagram_matches_architecture(win):
    counts = win.network_view.node_count()
    assert counts == {-1: 2, 0: 16, 1: 8, 2: 3}
    assert win.network_view.has_more_mark(0) == 4
    assert win.network_view.has_more_mark(1) is None


def test_hover_shows_unit_map_and_leaving_restores(win, qtbot):
    win.play()
    qtbot.waitUntil(lambda: win.frame.snap.epoch >= 1, timeout=TIMEOUT)
    win.network_view.hover_node(0, 2)
    assert win.decision_view.showing_map
    assert "Hidden layer 1, unit 3" in win.decision_view.getPlotItem().titleLabel.text
    # The full-resolution map of that unit arrives from the training process.
    qtbot.waitUntil(lambda: win.frame.inside.focus == (0, 2) and win.frame.inside.focus_map is not None,
                    timeout=TIMEOUT)
    img = win.decision_view.image.image
    assert img.shape[:2] == win.frame.inside.focus_map.shape
    win.network_view.leave_node()
    assert not win.decision_view.showing_map
    assert "Decision regions" in win.decision_view.getPlotItem().titleLabel.text
    # An input feature's map needs no training process.
    win.network_view.hover_node(-1, 0)
    assert win.decision_view.showing_map and "x₁" in win.decision_view.getPlotItem().titleLabel.text
    win.network_view.leave_node()


def test_thinned_network_beside_the_full_one(win, qtbot):
    assert win.show_thinned.isEnabled()
    win.play()
    qtbot.waitUntil(lambda: win.frame.snap.epoch >= 2, timeout=TIMEOUT)
    win.show_thinned.setChecked(True)
    assert win.thinned_view.isVisible()
    qtbot.waitUntil(lambda: win.thinned_view.frames_drawn > 0, timeout=TIMEOUT)
    thin = win.frame.inside.thinned_grid
    assert thin is not None and thin.shape == win.frame.grid.shape
    assert np.abs(thin - win.frame.grid).max() > 1e-3
    win.show_thinned.setChecked(False)
    assert not win.thinned_view.isVisible()
    # Without dropout there is no thinned network to show.
    win.findChild(QWidget, "dropout").setValue(0.0)
    assert not win.show_thinned.isEnabled() and not win.show_thinned.isChecked()


@pytest.mark.parametrize("layout, size", [("compact", (1366, 768)), ("all", (1920, 1080))])
def test_layouts_fit_without_overlap(win, qtbot, layout, size):
    win.resize(*size)
    win.apply_layout(layout)
    qtbot.waitUntil(lambda: all(d.width() > 0 for d in win.docks.values() if d.isVisible()), timeout=TIMEOUT)
    QApplication.processEvents()  # let the dock layout settle
    shown = [d for n, d in win.docks.items() if win.dock_on_screen(n)]
    rects = [d.geometry() for d in shown]
    for i, a in enumerate(rects):
        assert a.width() >= 150 and a.height() >= 120, shown[i].objectName()
        assert win.rect().contains(a), shown[i].objectName()
        for b in rects[i + 1:]:
            assert not a.intersects(b) or a.intersected(b).width() <= 2 or a.intersected(b).height() <= 2
    central = win.centralWidget().geometry()
    assert central.width() >= 360 and central.height() >= 360
    if layout == "all":  # every view a 2-D run shows is visible at once (the Backprop dock,
        # which no layout opens, and the image runs' docks are not)
        from dlviz.ui.viewspec import VIEWS

        expected = {n for n in win.docks if n not in VIEWS or ("all" in VIEWS[n].layouts and VIEWS[n].shown_for("points"))}
        assert {d.objectName() for d in shown} == expected
        assert {"loss_dock", "network_dock", "gradient_dock", "weights_dock"} <= expected
