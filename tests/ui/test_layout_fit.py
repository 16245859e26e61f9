"""What a learner sees at 1366 x 768: readable tabs, whole plots, labels off the curves,
legends off the data, and a mark on a comparison's run that blew up."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
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
    for dock in (w.comparison.dock, w.inspector.dock):
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
    cc = win.comparison.curves
    qtbot.waitUntil(lambda: len(cc.curves) == 4 and all(c[0].xData is not None and len(c[0].xData) >= 2
                                                         for c in cc.curves), timeout=TIMEOUT)
    win.pause()
    settle(qtbot)
    assert win.dock_on_screen("compare_dock") or win.comparison.dock.isVisible()
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
    tabs = win.findChild(type(win.comparison.dock.widget()), "compare_tabs")
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


# -- the first window fits its screen --------------------------------------------------------


@pytest.mark.parametrize("available", [(0, 0, 1366, 768), (0, 27, 1366, 741), (0, 0, 1920, 1080), (70, 0, 1850, 1032)])
def test_a_filled_window_and_its_frame_fit_the_free_area(available):
    """At 1366 x 768 the window was made 1366 x 768 with a title bar and a panel still to
    come: its status bar was off the screen."""
    from PySide6.QtCore import QRect, QSize

    from dlviz.ui.layouts import FRAME_GUESS, fit_rect

    avail = QRect(*available)
    rect = fit_rect(QSize(10 ** 6, 10 ** 6), avail, FRAME_GUESS)
    outer = rect.adjusted(-FRAME_GUESS.left(), -FRAME_GUESS.top(), FRAME_GUESS.right(), FRAME_GUESS.bottom())
    assert avail.contains(outer)
    assert outer.size() == avail.size()  # the whole free area, not 1366 x 768 on a large screen


def test_a_lab_keeps_its_size_where_it_fits_and_is_moved_on_screen():
    from PySide6.QtCore import QMargins, QPoint, QRect, QSize

    from dlviz.ui.layouts import fit_rect

    frame = QMargins(4, 38, 4, 4)
    small = QRect(0, 27, 1366, 741)  # a laptop with a top panel
    rect = fit_rect(QSize(1280, 760), small, frame)  # the paths lab's size
    assert rect.size() == QSize(1280, 741 - 42) and small.contains(rect.adjusted(-4, -38, 4, 4))
    big = QRect(0, 0, 1920, 1080)
    assert fit_rect(QSize(1100, 760), big, frame).size() == QSize(1100, 760)  # kept where it fits
    moved = fit_rect(QSize(1100, 760), big, frame, at=QPoint(1500, 900))  # half off the screen
    assert big.contains(moved.adjusted(-4, -38, 4, 4))


SCREEN_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStatusBar
from dlviz.config import Config
from dlviz.ui.app import application, run_app
from dlviz.ui.main_window import MainWindow
from dlviz.ui.lab import landscape, paths

app = application()
out = {}

def outer(w):
    g = w.frameGeometry()
    return [g.x(), g.y(), g.width(), g.height()]

def check():
    win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    a = win.screen().availableGeometry()
    bar = win.statusBar()
    bottom = bar.mapToGlobal(bar.rect().bottomLeft()).y()
    out.update(avail=[a.x(), a.y(), a.width(), a.height()], main=outer(win), layout=win.layout_name,
               status_bottom=bottom)
    labs = [paths.open_for(win), landscape.open_for(win)]
    for _ in range(5):
        app.processEvents()
    out["labs"] = [outer(w) for w in labs]
    print("RESULT " + json.dumps(out), flush=True)
    for w in labs:
        w.close()
    win.close()

QTimer.singleShot(1500, check)
run_app(config=Config(samples=100, hidden=(8,)))
"""


@pytest.mark.parametrize("screen", [(1366, 768), pytest.param((1920, 1080), marks=pytest.mark.slow),
                                    pytest.param((1280, 720), marks=pytest.mark.slow)])  # (a process each)
def test_the_first_window_and_the_labs_fit_the_screen(tmp_path, screen):
    """The first window of `dlviz` (its frame, its status bar) within the screen's free area,
    filling it (at 1920 x 1080 it opened at 1366 x 768), the layout chosen by its size;
    the paths lab (1280 x 760) and the landscape (1100 x 760) within it too."""
    import json
    import os
    import subprocess
    import sys

    w, h = screen
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": w, "height": h,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # (not the user's remembered window)
    proc = subprocess.run([sys.executable, "-c", SCREEN_SCRIPT], env=env, capture_output=True, text=True,
                          timeout=120)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line is not None, proc.stderr[-2000:]
    out = json.loads(line[len("RESULT "):])
    ax, ay, aw, ah = out["avail"]
    assert (aw, ah) == (w, h)

    def inside(rect):
        x, y, rw, rh = rect
        return ax <= x and ay <= y and x + rw <= ax + aw and y + rh <= ay + ah

    assert inside(out["main"]), out
    assert out["status_bottom"] < ay + ah
    assert out["main"][2] >= 0.95 * aw and out["main"][3] >= 0.9 * ah  # it fills the screen
    assert out["layout"] == ("all" if w >= 1920 else "compact")
    for lab in out["labs"]:
        assert inside(lab), out


# -- a comparison at 1366 x 768 and at 1920 x 1080 ------------------------------------------------


def _compare_4(win, qtbot):
    assert win.controller.start_compare({"optimizer": ["sgd", "momentum", "rmsprop", "adam"]})
    win.play()
    qtbot.waitUntil(lambda: len(win.comparison.tiles.tiles) == 4 and win.frame is not None and win.frame.snap.epoch >= 3
                    and all(t.frames_drawn > 1 for t in win.comparison.tiles.tiles), timeout=TIMEOUT)
    win.pause()
    qtbot.waitUntil(lambda: win.frame.state != "training", timeout=TIMEOUT)
    settle(qtbot)


def _title_pt(tile) -> str:
    return tile.getPlotItem().titleLabel.opts["size"]


def test_the_tiles_titles_share_one_size_and_follow_the_width(open_window, qtbot):
    """"sgd · 30% val" was drawn at 12 pt beside "momentum · 47.5% val" at 10 pt."""
    win = open_window(Config(samples=150, hidden=(8,)))
    _compare_4(win, qtbot)
    tiles = win.comparison.tiles.tiles
    assert len({_title_pt(t) for t in tiles}) == 1, [_title_pt(t) for t in tiles]
    assert [t.getPlotItem().titleLabel.text.split(" · ")[0] for t in tiles] == ["sgd", "momentum", "rmsprop", "adam"]
    wide = int(_title_pt(tiles[0]).rstrip("pt"))
    widths = [t.parentWidget().width() for t in tiles]  # (the focused tile's frame is thicker)
    assert max(widths) - min(widths) <= 1  # equal tiles whatever their titles
    # Narrower tiles: one smaller size for all, and the tiles' widths still their own.
    win.resizeDocks([win.docks["loss_dock"]], [win.width() - 330 - 420], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: win.comparison.tiles.width() < 460, timeout=TIMEOUT)
    settle(qtbot)
    sizes = {_title_pt(t) for t in tiles}
    # One size for all, never larger; smaller or on two lines if the longest title no longer
    # fits (a fast run's "adam · 100% val" may still fit at the first size: each title is
    # checked to lie within its tile below).
    assert len(sizes) == 1 and int(sizes.pop().rstrip("pt")) <= wide
    widths = [t.parentWidget().width() for t in tiles]
    assert max(widths) - min(widths) <= 1
    for t in tiles:  # each title within its tile
        label = t.getPlotItem().titleLabel
        assert label.item.boundingRect().width() <= t.width()


def test_train_and_validation_have_one_line_style_everywhere(qtbot):
    """The loss view drew validation dashed, the comparison drew train dashed."""
    loss, cc = LossView(), CompareCurves()
    qtbot.addWidget(loss)
    qtbot.addWidget(cc)
    _, frames = build(Config(samples=100, hidden=(8,)), epochs=2)
    cc.update_frames(_frames_of(frames[-1]), ("a",))
    val, train, vacc, tacc = cc.curves[0]
    dash, solid = Qt.PenStyle.DashLine, Qt.PenStyle.SolidLine
    assert loss.val_curve.opts["pen"].style() == dash and loss.train_curve.opts["pen"].style() == solid
    assert [c.opts["pen"].style() for c in (val, vacc)] == [dash, dash]
    assert [c.opts["pen"].style() for c in (train, tacc)] == [solid, solid]
    styles = {label.text: sample.item.opts["pen"].style() for sample, label in cc.style_legend.items}
    assert styles == {"train": solid, "validation": dash}


def _frames_of(frame):
    from dlviz.training.frames import Frames

    return Frames((frame,), focus=None)


def test_the_accuracy_label_is_whole_in_the_loss_tab_of_a_comparison_at_1920(lang, qtbot):
    """At 1920 x 1080 the comparison's tab bar took the loss view's last pixels: "epoch"
    under the accuracy plot was cut off."""
    from dlviz.ui.main_window import MainWindow

    w = MainWindow(Config(samples=100, hidden=(8,)))
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitUntil(lambda: w.frame is not None and w.layout_name == "all", timeout=TIMEOUT)
    _compare_4(w, qtbot)
    w.docks["loss_dock"].raise_()
    settle(qtbot)
    view = w.loss_view
    assert view.isVisible()
    axis = view.acc_plot.getAxis("bottom")
    assert axis.label.isVisible()
    assert scene_rect(axis.label).bottom() - axis.label.document().documentMargin() <= view.viewport().height()
    w.close()


@pytest.mark.parametrize("size", [(512, 240), (560, 265), (512, 300)])
def test_the_loss_views_x_label_fits_a_short_view(qtbot, size):
    _, frames = build(Config(dataset="spiral", classes=3, samples=100), epochs=3)
    view = LossView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    for f in frames:
        view.update_frame(f)
    settle(qtbot)
    axis = view.acc_plot.getAxis("bottom")
    assert axis.label.isVisible()
    assert scene_rect(axis.label).bottom() - axis.label.document().documentMargin() <= view.viewport().height()
    # The legends beside the plots take a fair share of the width, not half of it.
    for legend in (view.loss_legend, view.acc_legend):
        assert scene_rect(legend).width() <= 0.3 * size[0]


def test_the_chance_label_goes_into_the_title_when_every_spot_is_on_a_curve(lang, qtbot):
    """Curves that fill the band around ln K from end to end (a short plot, a slow run):
    the label had no free spot and was drawn on them. Then it is the title's key."""
    _, frames = build(Config(optimizer="sgd", lr=0.03, dataset="spiral", classes=3, samples=100), epochs=6)
    view = LossView()
    qtbot.addWidget(view)
    view.resize(520, 300)
    view.show()
    qtbot.waitExposed(view)
    for f in frames:
        view.update_frame(f)
    settle(qtbot)
    assert view.chance_line.label.isVisible()  # (a free spot here)
    (x0, x1), (y0, y1) = view.loss_plot.vb.viewRange()
    c = view.chance_line.value()
    x = np.linspace(x0, x1, 600)
    for curve, phase in ((view.train_curve, 0.0), (view.val_curve, 1.5)):  # zigzags over the band, end to end
        curve.setData(x, c + 0.45 * (y1 - y0) * np.sin(40 * np.pi * (x - x0) / (x1 - x0) + phase))
    view._place_chance_label()
    label = view.chance_line.label
    assert not label.isVisible()
    assert "ln K = 1.10" in view.loss_plot.titleLabel.text
    # Room again on the plot: the label is back on it, the title the title alone.
    for curve in (view.train_curve, view.val_curve):
        curve.setData(x, np.full_like(x, y0 + 0.05 * (y1 - y0)))
    view._place_chance_label()
    assert view.chance_line.label.isVisible() and "ln K" not in view.loss_plot.titleLabel.text


def test_the_dead_units_key_stays_off_its_plot(lang, qtbot):
    """The layer key under the dead units' title hung over the plot, on its "100"."""
    from dlviz.ui.views import HealthView

    _, frames = build(Config(samples=100, hidden=(8, 8)), epochs=3)
    for size in ((520, 290), (600, 420)):
        view = HealthView()
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        for f in frames:
            view.update_frame(f)
        settle(qtbot)
        for plot in (view.dead_plot, view.pre_plot):
            item = plot.titleLabel.item
            text = scene_rect(item).adjusted(0, item.document().documentMargin(), 0,
                                             -item.document().documentMargin())
            assert text.bottom() <= scene_rect(plot.vb).top() + 1, (size, plot.titleLabel.text)
        top = scene_rect(view.dead_plot.getAxis("left")).top()
        assert "1" in view.dead_plot.titleLabel.text and text.height() > 0 and top >= 0
        view.close()


def test_the_inspectors_numbers_are_never_elided(qtbot):
    """Beside the softmax bars in a laptop's dock the pᵢ column read "0.09…"."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from dlviz.ui import inspector as insp

    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    filler = QWidget()
    table = insp._table("t", ["class", "logit zᵢ", "e^zᵢ", "pᵢ"])
    row.addWidget(filler, 4)
    row.addWidget(table, 5)
    box.resize(420, 200)
    box.show()
    rows = [("class 0", "-12.3", "4.54e-06", "1.23e-05"), ("class 1", "1.05", "2.86", "0.0976"),
            ("sum Σᵢ", "", "2.86", "1")]
    insp._fill(table, rows, bold=(1,))
    settle(qtbot)
    metrics = table.fontMetrics()
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            assert table.columnWidth(c) >= metrics.horizontalAdvance(text) + 8, (text, table.columnWidth(c))


def test_pinning_a_run_elides_no_tab_at_1366(open_window, qtbot):
    """The Pinned runs dock became a seventh tab beside the network: "Net…", "Wei…"."""
    win = open_window(Config(samples=100, hidden=(8,)))
    win.play()
    qtbot.waitUntil(lambda: win.frame.snap.epoch >= 2, timeout=TIMEOUT)
    win.runs.pin_action.trigger()
    qtbot.waitUntil(lambda: win.runs.dock.isVisible(), timeout=TIMEOUT)
    win.pause()
    settle(qtbot)
    assert not win.runs.dock.visibleRegion().isEmpty()  # in sight, not behind a tab
    bars = [b for b in win.findChildren(QTabBar) if b.parent() is win and b.isVisible() and b.count() > 1]
    for bar in bars:
        for i in range(bar.count()):
            assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), f"{bar.tabText(i)!r} is elided"
    assert win.runs.list.list.count() == 1


@pytest.mark.parametrize("size", [(512, 275), (380, 300), (900, 330)])
def test_a_pinned_runs_name_keeps_the_loss_legend_narrow(qtbot, size):
    """A pinned run's default name ("relu, adam, lr 0.01 · epoch 933") made the legend
    45 % of the loss view's width in a laptop's dock."""
    from dlviz.training import ghosts

    _, frames = build(Config(samples=100, hidden=(8,)), epochs=4)
    name = "relu, adam, lr 0.01 · epoch 933 and a note"
    view = LossView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    for f in frames:
        view.update_frame(f)
    view.set_ghosts((ghosts.from_frame(frames[-1], name),))
    settle(qtbot)
    for legend in (view.loss_legend, view.acc_legend):
        assert scene_rect(legend).width() <= 0.3 * size[0] + 6 or scene_rect(legend).width() <= 130
    text = [label.text for _, label in view.loss_legend.items][-1]
    assert text == name or (text.endswith("…") and name.startswith(text[:-1]))
    view.resize(1400, size[1])  # wide: the whole name again
    settle(qtbot)
    assert [label.text for _, label in view.loss_legend.items][-1] == name
