"""Issue 19: no view hands pyqtgraph more points than its pixel budget, however long
the history (a comparison handed it every run's whole history and stalled for
seconds). Each view gets a history of 1k and then 1M epochs."""

from __future__ import annotations

import dataclasses

import numpy as np
import pyqtgraph as pg
import pytest

from dlviz.config import Config
from dlviz.training.frames import FrameAccumulator, Frames
from dlviz.training.session import Cursor, make_snapshot, run_info
from dlviz.training.trainer import Trainer
from dlviz.ui import style
from dlviz.ui.views import GradientView, HealthView, LossView
from dlviz.ui.views.common import MAX_POINTS, POINTS_PER_PX, downsample, point_budget
from dlviz.ui.views.compare_curves import CompareCurves
from dlviz.ui.views.schedule import ScheduleView

SIZES = (1_000, 1_000_000)


@pytest.fixture(scope="module", autouse=True)
def _pyqtgraph_config():
    style.configure_pyqtgraph()


@pytest.fixture(scope="module")
def base():
    config = Config(dataset="spiral", classes=2, samples=200, hidden=(6,), batch_size=20)
    t = Trainer(config)
    acc = FrameAccumulator(run_info(t, run_id=1))
    cur = Cursor()
    acc.add(make_snapshot(t, 1, "ready", cur))
    t.run_epoch()
    acc.add(make_snapshot(t, 1, "training", cur))
    return acc.frame()


def long_frame(frame, n: int, run_id: int = 1):
    """``frame`` with a history of ``n`` epochs (one diagnostics row and 10 steps each)."""
    rng = np.random.default_rng(n)
    e = np.arange(1.0, n + 1)
    loss = 0.7 * np.exp(-e / n * 3) + 0.05 * rng.random(n)
    acc = 1 - loss / 2
    spe = 10
    n_w, n_h = frame.grad_norm.shape[1], frame.dead_fraction.shape[1]
    snap = dataclasses.replace(frame.snap, epoch=n, step=n * spe, steps_per_epoch=spe, run_id=run_id)
    info = dataclasses.replace(frame.info, run_id=run_id)
    steps = np.arange(1.0, n * spe + 1, spe)
    return dataclasses.replace(
        frame, info=info, snap=snap, epoch=e, epoch_step=e * spe, train_loss=loss, train_acc=acc,
        val_loss=loss + 0.05, val_acc=acc - 0.05, epoch_lr=np.full(n, 0.1), epoch_seconds=e / 100,
        step_x=steps, step_loss=loss, diag_step=e * spe, grad_norm=np.full((n, n_w), 0.1) + rng.random((n, n_w)),
        dead_fraction=np.full((n, n_h), 0.2), saturated=np.full((n, n_h), 0.1),
        config_log=((0, spe, frame.config), (n * spe // 3, spe, frame.config.replace(lr=0.5)),
                    (2 * n * spe // 3, spe, frame.config.replace(lr=0.02))))


def curves_of(view) -> list[pg.PlotDataItem]:
    scene = (getattr(view, "glw", None) or view).scene()
    return [it for it in scene.items() if isinstance(it, pg.PlotDataItem) and it.xData is not None
            and it.getViewBox() is not None]


def assert_within_budget(view, n: int) -> int:
    """Every curve of ``view`` got at most its plot's budget; returns the most points given."""
    most = 0
    for c in curves_of(view):
        vb = c.getViewBox()
        budget = min(MAX_POINTS, max(2, int(POINTS_PER_PX * vb.width())))
        assert vb.width() > 100  # (laid out: the budget is the real one)
        given, shown = len(c.xData), len(c.getData()[0] if c.getData()[0] is not None else ())
        assert given <= budget and shown <= budget, (type(view).__name__, n, given, shown, budget)
        most = max(most, given)
    return most


def show(qtbot, view, size=(700, 450)):
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("cls", [LossView, GradientView, HealthView, ScheduleView])
def test_single_run_views_stay_within_the_pixel_budget(qtbot, base, cls):
    view = show(qtbot, cls())
    most = {}
    for n in SIZES:
        for state in ("training", "paused"):
            f = long_frame(base, n)
            view.update_frame(dataclasses.replace(f, snap=dataclasses.replace(f.snap, state=state)))
            most[n] = assert_within_budget(view, n)
    assert most[1_000_000] > 0
    # The curves still reach the end of the run.
    if cls is LossView:
        assert view.train_curve.xData[-1] == 1_000_000 and view.val_acc_curve.xData[-1] == 1_000_000
    elif cls is ScheduleView:
        x, y = view.run_so_far()
        assert x[-1] == 10_000_000 and y[-1] == pytest.approx(0.02)
    elif cls is GradientView:
        assert view.curves[0].xData[-1] == pytest.approx(10_000_000, rel=1e-3)


def test_comparison_curves_stay_within_the_pixel_budget(qtbot, base):
    view = show(qtbot, CompareCurves(), (900, 600))
    for n in SIZES:
        frames = Frames(tuple(long_frame(base, n, run_id=i) for i in range(4)))
        view.update_frames(frames, ("sgd", "momentum", "rmsprop", "adam"))
        most = assert_within_budget(view, n)
        assert most > 0
        # Up to 16 thick curves share the comparison's plots: one point per pixel there.
        assert most <= max(2, int(view.loss_plot.getViewBox().width()))
    for i in range(4):  # every run's curves reach its end
        assert view.curves[i][0].xData[-1] == 1_000_000


def test_downsample_keeps_the_ends_and_the_means():
    x = np.arange(1.0, 1_000_001)
    y = np.sin(x / 1e5)
    bx, by = downsample(x, y, 1000)
    assert len(bx) <= 1000 and bx[-1] == x[-1]
    ds = -(-999_999 // 999)  # (bins of ds points, the budget less the last point)
    assert by[-1] == pytest.approx(np.mean(y[-ds:]))  # (not the last value alone: no hook at the end)
    assert np.all(np.diff(bx) > 0) and np.max(np.abs(by[:-1] - np.sin(bx[:-1] / 1e5))) < 1e-3
    sx, sy = downsample(x[:500], y[:500], 1000)
    assert sx is x[:500].base or np.array_equal(sx, x[:500])  # as it is when it fits
    assert point_budget(0) == POINTS_PER_PX * 800 and point_budget(10_000) == MAX_POINTS


def test_comparison_curves_skip_antialiasing_only_while_runs_train(qtbot, base):
    """Antialiasing 36 thick curves was 2-3x of a comparison's paint: off while runs
    train, on again when they stop (a PNG export antialiases on its own)."""

    view = show(qtbot, CompareCurves(), (900, 600))
    training = Frames(tuple(long_frame(base, 1_000, run_id=i) for i in range(4)))
    assert {f.state for f in training} == {"training"}
    view.update_frames(training, ("a", "b", "c", "d"))
    curves = [c for group in view.curves for c in group]
    assert len(curves) == 16 and not any(c.curve.opts["antialias"] for c in curves)
    paused = Frames(tuple(dataclasses.replace(f, snap=dataclasses.replace(f.snap, state="paused"))
                          for f in training))
    view.update_frames(paused, ("a", "b", "c", "d"))
    assert all(c.curve.opts["antialias"] for c in curves)
