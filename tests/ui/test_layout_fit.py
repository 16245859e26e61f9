"""What a learner sees at 1366 x 768: readable tabs, whole plots, labels off the curves,
legends off the data, and a mark on a comparison's run that blew up."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QTabBar

from dlviz.config import Config
from dlviz.ui import i18n, style
from dlviz.ui.views import LossView
from dlviz.ui.views.compare_curves import CompareCurves
from dlviz.ui.views.common import font
from dlviz.ui.views.gradient import GradientView

from test_views import build  # (pytest puts this folder on sys.path)

TIMEOUT = 20_000


@pytest.fixture(scope="module", autouse=True)
def _pyqtgraph_config():
    style.configure_pyqtgraph()


@pytest.fixture(params=["en", "ko"])
def lang(request, qapp):
    """The test once in English and once with the Korean translators installed."""
    if request.param == "ko":
        assert i18n.install(qapp, "ko") == "ko"
    yield request.param
    if request.param == "ko":
        i18n.uninstall(qapp)


def settle(qtbot, n: int = 5) -> None:
    for _ in range(n):
        QApplication.processEvents()
        qtbot.wait(10)


def scene_rect(item):
    return item.mapRectToScene(item.boundingRect())


# -- the compact layout's tabs ----------------------------------------------------------------


def test_no_tab_title_is_elided_at_1366(lang, qtbot):
    """Five tabs above the network view read "Loss and a…", "Gradie…", "Learni…"."""
    from dlviz.ui.main_window import MainWindow

    w = MainWindow(Config(samples=100))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    settle(qtbot)  # (the window lays its docks out once shown)
    w.apply_layout("compact")
    # The most tabs it ever has: the comparison and the softmax inspector open too.
    for dock in (w.compare_dock, w.inspector_dock):
        w.tabifyDockWidget(w.docks["loss_dock"], dock)
        dock.show()
    settle(qtbot)
    bars = [b for b in w.findChildren(QTabBar) if b.parent() is w and b.isVisible() and b.count() > 1]
    assert len(bars) == 2  # the curves above, the network below
    for bar in bars:
        metrics = bar.fontMetrics()
        for i in range(bar.count()):
            text = bar.tabText(i)
            assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), f"{text!r} is elided"
            assert bar.tabRect(i).width() > metrics.horizontalAdvance(text)
        assert bar.tabRect(bar.count() - 1).right() <= bar.width()  # no tab scrolled out of sight
    assert sorted(b.count() for b in bars) == [4, 6]
    w.close()


# -- the comparison's plots -----------------------------------------------------------------


def test_the_comparison_shows_both_plots_whole_at_1366(open_window, qtbot):
    """The accuracy plot was cut off at the bottom of the Comparison dock."""
    win = open_window(Config(samples=150, hidden=(8,)))
    assert win.controller.start_compare({"optimizer": ["sgd", "momentum", "rmsprop", "adam"]})
    win.play()
    cc = win.compare_curves
    qtbot.waitUntil(lambda: len(cc.curves) == 4 and all(c[0].xData is not None and len(c[0].xData) >= 2
                                                         for c in cc.curves), timeout=TIMEOUT)
    win.pause()
    settle(qtbot)
    assert win.dock_on_screen("compare_dock") or win.compare_dock.isVisible()
    view = cc.glw.mapToScene(cc.glw.viewport().rect()).boundingRect()
    for plot in (cc.loss_plot, cc.acc_plot):
        assert plot.vb.height() >= 50, plot.titleLabel.text
        assert view.contains(scene_rect(plot)), plot.titleLabel.text
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            assert view.contains(scene_rect(axis)), (plot.titleLabel.text, side)
    # The lower plot names the shared x axis.
    assert cc.acc_plot.getAxis("bottom").label.isVisible()
    assert view.contains(scene_rect(cc.acc_plot.getAxis("bottom").label))
    # The legends stand beside the plots, not on them.
    for legend in (cc.legend, cc.style_legend):
        for plot in (cc.loss_plot, cc.acc_plot):
            overlap = scene_rect(legend).intersected(scene_rect(plot.vb))
            assert overlap.width() <= 1 or overlap.height() <= 1
    # The dock's tabs and the x-axis choice beside them: the choice only with the curves.
    tabs = win.findChild(type(win.compare_dock.widget()), "compare_tabs")
    assert tabs.cornerWidget() is cc.x_row and cc.x_row.isVisible()
    tabs.setCurrentIndex(1)
    assert not cc.x_row.isVisible()
    tabs.setCurrentIndex(0)
    assert cc.x_row.isVisible()


# -- the chance line's label ----------------------------------------------------------------


def _crossings(curve, rect) -> int:
    """How many points of ``curve``'s polyline, sampled densely across ``rect``'s width, lie in ``rect``."""
    x, y = curve.xData, curve.yData
    if x is None or len(x) < 2:
        return 0
    xs = np.linspace(max(rect.left(), x[0]), min(rect.right(), x[-1]), 200)
    if len(xs) == 0 or xs[0] > xs[-1]:
        return 0
    ys = np.interp(xs, x, y)
    return int(((ys >= rect.top()) & (ys <= rect.bottom())).sum())


@pytest.mark.parametrize("size", [(520, 300), (700, 420)])
def test_the_chance_label_sits_off_the_curves(lang, qtbot, size):
    """A slow run's curves stay near ln K: the label, fixed under the line at the right
    end, sat on them (in Korean, wider, it touched the validation curve)."""
    _, frames = build(Config(optimizer="sgd", lr=0.03, dataset="spiral", classes=3), epochs=12)
    view = LossView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    for f in frames:
        view.update_frame(f)
    settle(qtbot)
    label = view.chance_line.label
    assert label.isVisible() and "ln K = 1.10" in label.toPlainText()
    vb = view.loss_plot.vb
    rect = vb.mapSceneToView(label.mapRectToScene(label.boundingRect())).boundingRect()  # in data units
    # The curves do pass near the line here ...
    c = math.log(3)
    assert abs(float(frames[-1].val_loss[-1]) - c) < 0.1
    # ... but not through the label, which is inside the plot.
    for curve in (view.train_curve, view.val_curve):
        assert _crossings(curve, rect) == 0, curve.name()
    (x0, x1), (y0, y1) = view.loss_plot.vb.viewRange()
    assert x0 <= rect.left() and rect.right() <= x1 and y0 <= rect.top() and rect.bottom() <= y1
    # Above the line (the curves fall from it), touching it.
    assert rect.top() >= c - 1e-6


def test_a_log_loss_axis_shows_the_curves(qtbot):
    """The y range was set in loss units on an axis in decades: the log plot was empty."""
    _, frames = build(Config(dataset="spiral", classes=3), epochs=8)
    view = LossView()
    qtbot.addWidget(view)
    view.resize(520, 300)
    view.show()
    view.update_frame(frames[-1])
    view.set_log(True)
    y0, y1 = view.loss_plot.vb.viewRange()[1]
    losses = np.log10(frames[-1].train_loss)
    assert y0 <= losses.min() and losses.max() <= y1
    assert y1 - y0 < 3  # the curves fill the plot, not a corner of it
    assert y0 <= view.chance_line.value() <= y1


# -- the gradient flow's legend -------------------------------------------------------------


def deep_gradient_view(qtbot, size) -> GradientView:
    """The gradient flow of a net with 8 hidden layers (nine lines), shown at ``size``."""
    _, frames = build(Config(hidden=(8,) * 8, samples=120), epochs=3)
    view = GradientView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.update_frame(frames[-1])
    settle(qtbot)
    return view


@pytest.mark.parametrize("size, below, columns", [((800, 230), True, None), ((520, 210), False, 2),
                                                  ((520, 290), False, 1), ((400, 420), False, 1)])
def test_a_deep_nets_gradient_legend_covers_no_data(qtbot, size, below, columns):
    """Nine lines' legend (8 hidden layers) in a laptop's dock was taller than the plot:
    it pushed the x axis out of the view."""
    view = deep_gradient_view(qtbot, size)
    plot = view.getPlotItem()
    assert len(view.legend.items) == 9
    whole = view.mapToScene(view.viewport().rect()).boundingRect()
    legend, vb = scene_rect(view.legend), scene_rect(plot.vb)
    overlap = legend.intersected(vb)
    assert overlap.width() <= 1 or overlap.height() <= 1  # (they may share an edge)
    assert whole.contains(legend)
    assert whole.contains(scene_rect(plot.getAxis("bottom")))
    assert plot.vb.height() >= 60 and plot.vb.width() >= 0.4 * size[0]
    # Tall enough: beside the plot (and its x axis), one column; short and wide: under
    # it, in columns; short and narrow: beside it in two.
    assert view.legend_below == below
    assert view.legend.columnCount > 1 if below else view.legend.columnCount == columns


@pytest.mark.parametrize("size, full", [((800, 230), False), ((520, 290), True), ((600, 500), True)])
def test_the_gradient_label_stays_beside_its_plot(qtbot, size, full):
    """In a short dock the label "‖∂L/∂W‖ (log scale)" was taller than the plot and ran
    into the title: there it drops "(log scale)" (the decades on the axis say it)."""
    view = deep_gradient_view(qtbot, size)
    plot = view.getPlotItem()
    axis = plot.getAxis("left")
    assert ("(log scale)" in axis.labelText) == full
    # The label's text (rotated: its width is its height on screen) within the plot's height.
    text = QFontMetricsF(font(11)).horizontalAdvance(axis.labelText)
    assert text <= plot.vb.height() + 10


# -- a diverged run in the comparison -------------------------------------------------------


def _diverged(frame, step: int):
    snap = dataclasses.replace(frame.snap, state="diverged", diverged_at_step=step)
    return dataclasses.replace(frame, snap=snap)


def test_a_diverged_run_gets_an_x_and_says_so_in_the_legend(qtbot):
    _, ok = build(Config(samples=100, hidden=(8,)), epochs=5)
    _, blew = build(Config(samples=100, hidden=(8,), lr=0.05, seed=1), epochs=3)
    _, early = build(Config(optimizer="sgd", lr=100, samples=100), steps=1000)  # before its first epoch ends
    assert early[-1].snap.diverged_at_step and len(early[-1].epoch) == 0
    view = CompareCurves()
    qtbot.addWidget(view)
    view.resize(600, 450)
    view.show()
    frames = (ok[-1], _diverged(blew[-1], 3 * blew[-1].snap.steps_per_epoch), early[-1])
    view.update_frames(frames, ("0.01", "0.05", "100"))
    names = [label.text for _, label in view.legend.items]
    assert names == ["0.01", "0.05 (diverged)", "100 (diverged)"]
    assert [len(m.data) for marks in view.diverged_marks for m in marks] == [0, 0, 1, 1, 1, 0]
    # At the end of the run's own curves.
    val, _, vacc, _ = view.curves[1]
    loss_mark, acc_mark = view.diverged_marks[1]
    assert (loss_mark.data["x"][0], loss_mark.data["y"][0]) == (val.xData[-1], val.yData[-1])
    assert (acc_mark.data["x"][0], acc_mark.data["y"][0]) == (vacc.xData[-1], vacc.yData[-1])
    # No curve to end: where it diverged, in sight on the loss plot.
    mark = view.diverged_marks[2][0]
    (x0, x1), (y0, y1) = view.loss_plot.vb.viewRange()
    x = mark.data["x"][0]
    assert x == pytest.approx(early[-1].snap.diverged_at_step / early[-1].snap.steps_per_epoch)
    assert x0 <= x <= x1 and y0 < mark.data["y"][0] < y1
    # The marks follow the x axis.
    view.x_axis.setCurrentIndex(1)  # steps
    assert loss_mark.data["x"][0] == val.xData[-1] == blew[-1].epoch_step[-1]
    # A run that trains on again (a new comparison) loses them.
    view.update_frames((ok[-1], blew[-1], ok[-1]), ("0.01", "0.05", "100"))
    assert [label.text for _, label in view.legend.items] == ["0.01", "0.05", "100"]
    assert all(len(m.data) == 0 for marks in view.diverged_marks for m in marks)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_loss_views_lower_axis_label_is_in_view(lang, qtbot, size):
    """With every view shown at 1920 x 1080 the loss dock is ~310 px tall: pyqtgraph's
    default margins pushed the accuracy plot's "epoch" under the dock's edge."""
    from dlviz.ui.main_window import MainWindow

    w = MainWindow(Config(samples=100, classes=3, dropout=0.3))  # the README picture's views
    qtbot.addWidget(w)
    w.resize(*size)  # as a start or `dlviz --screenshot` does: the layout follows the size
    w.show()
    settle(qtbot)
    view = w.findChild(LossView, "loss_plot")
    axis = view.acc_plot.getAxis("bottom")
    assert axis.label.isVisible()
    text_bottom = scene_rect(axis.label).bottom() - axis.label.document().documentMargin()  # the glyphs' box
    assert text_bottom <= view.viewport().height()
    assert scene_rect(axis).bottom() <= view.viewport().height()
    w.close()
