"""The schedule view: the planned lr of every step (faint) and the part already run (solid)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from dlviz.config import Config, options_of
from dlviz.engine.schedules import SCHEDULES
from dlviz.training.trainer import DEFAULT_HORIZON_EPOCHS, Trainer
from dlviz.ui.views.schedule import HORIZON_EPOCHS, MAX_POINTS, ScheduleView

TIMEOUT = 15_000


def fake_frame(info, config, step, spe):
    """What the view reads of a Frame: its run (info), live config and step counters."""
    return SimpleNamespace(info=info, config=config, snap=SimpleNamespace(step=step, steps_per_epoch=spe))


def test_horizon_is_the_trainers():
    assert HORIZON_EPOCHS == DEFAULT_HORIZON_EPOCHS


@pytest.mark.parametrize("schedule,opts", [("constant", {}), ("step", {"lr_decay": 0.5, "decay_epochs": 3}),
                                           ("exponential", {"lr_decay": 0.3, "decay_epochs": 2}),
                                           ("cosine", {}), ("warmup_cosine", {"warmup_epochs": 2})])
def test_planned_curve_is_the_trainers_schedule_at_every_step(qtbot, schedule, opts):
    config = Config(samples=100, batch_size=16, epochs=12, lr=0.05, schedule=schedule, **opts)
    trainer = Trainer(config)
    spe = trainer.steps_per_epoch
    view = ScheduleView()
    qtbot.addWidget(view)
    step = 5 * spe + 3
    view.update_frame(fake_frame(object(), config, step, spe))
    x, y = view.planned()
    assert np.array_equal(x, np.arange(config.epochs * spe))  # every planned step, no more
    assert np.array_equal(y, [trainer.lr_at(int(t)) for t in x])
    rx, ry = view.run_so_far()
    assert rx[0] == 0 and rx[-1] == step  # the solid part ends at the frame's step
    assert np.array_equal(ry, [trainer.lr_at(int(t)) for t in rx])
    assert np.all(np.diff(rx) > 0)


def test_a_run_without_budget_plans_the_trainers_horizon_and_goes_past_it(qtbot):
    config = Config(samples=50, batch_size=40, schedule="cosine")  # epochs=0: until paused
    spe = Trainer(config).steps_per_epoch
    view = ScheduleView()
    qtbot.addWidget(view)
    info = object()
    view.update_frame(fake_frame(info, config, 10, spe))
    assert view.planned()[0][-1] == DEFAULT_HORIZON_EPOCHS * spe - 1
    far = 3 * DEFAULT_HORIZON_EPOCHS * spe
    view.update_frame(fake_frame(info, config, far, spe))
    x, y = view.planned()
    assert x[-1] >= far and view.run_so_far()[0][-1] == far
    assert y[-1] == 0.0  # cosine ends at 0 and stays there


def test_long_plans_are_sampled_at_exact_steps(qtbot):
    config = Config(samples=500, batch_size=1, epochs=200, schedule="step", decay_epochs=20)
    trainer = Trainer(config)
    view = ScheduleView()
    qtbot.addWidget(view)
    view.update_frame(fake_frame(object(), config, 1234, trainer.steps_per_epoch))
    x, y = view.planned()
    assert len(x) <= MAX_POINTS and x[0] == 0 and x[-1] == config.epochs * trainer.steps_per_epoch - 1
    assert np.array_equal(y, [trainer.lr_at(int(t)) for t in x])


def test_a_live_change_replans_but_keeps_what_ran(qtbot):
    before = Config(samples=100, batch_size=20, epochs=10, lr=0.1, schedule="step", lr_decay=0.5, decay_epochs=2)
    after = before.replace(lr=0.01)
    spe = Trainer(before).steps_per_epoch
    old_at, new_at = Trainer(before).lr_at, Trainer(after).lr_at
    view = ScheduleView()
    qtbot.addWidget(view)
    info = object()
    view.update_frame(fake_frame(info, before, 12, spe))
    view.update_frame(fake_frame(info, after, 30, spe))
    x, y = view.run_so_far()
    assert x[-1] == 30
    assert np.array_equal(y[x < 12], [old_at(int(t)) for t in x[x < 12]])
    assert np.array_equal(y[x > 12], [new_at(int(t)) for t in x[x > 12]])
    assert sorted(y[x == 12]) == sorted([old_at(12), new_at(12)])  # the change: a jump at the step it was seen
    assert np.array_equal(view.planned()[1], [new_at(int(t)) for t in view.planned()[0]])
    # A new run starts the solid part again from its own step.
    view.update_frame(fake_frame(object(), after, 4, spe))
    x, y = view.run_so_far()
    assert x[0] == 0 and x[-1] == 4 and np.array_equal(y, [new_at(int(t)) for t in x])


def test_the_window_shows_the_schedule_tabbed_with_the_loss(open_window, qtbot):
    config = Config(samples=100, batch_size=20, epochs=6, lr=0.05, schedule="step", lr_decay=0.5, decay_epochs=2)
    w = open_window(config)
    dock = w.docks["schedule_dock"]
    assert dock.widget() is w.schedule_view and w.schedule_view.objectName() == "schedule_plot"
    assert dock in w.tabifiedDockWidgets(w.docks["loss_dock"])
    for n in range(1, 4):
        w.controller.step_epoch()
        qtbot.waitUntil(lambda: w.frame.snap.epoch == n and w.frame.state != "training", timeout=TIMEOUT)
    dock.raise_()
    qtbot.waitUntil(lambda: w.schedule_view._frame is w.frame, timeout=TIMEOUT)
    trainer = Trainer(config)
    step = w.frame.snap.step
    assert step == 3 * trainer.steps_per_epoch
    x, y = w.schedule_view.run_so_far()
    assert x[-1] == step and y[-1] == trainer.lr_at(step) == pytest.approx(w.frame.snap.lr)
    px, py = w.schedule_view.planned()
    assert np.array_equal(py, [trainer.lr_at(int(t)) for t in px]) and len(px) == 6 * trainer.steps_per_epoch
    # "Every view at once" shows it too: under the loss, not behind it.
    w.apply_layout("all")
    assert dock not in w.tabifiedDockWidgets(w.docks["loss_dock"]) and not dock.visibleRegion().isEmpty()
    w.apply_layout("compact")
    assert dock in w.tabifiedDockWidgets(w.docks["loss_dock"])


def test_the_panel_shows_a_schedules_options_only_for_the_schedules_that_use_them(open_window):
    w = open_window(Config())
    panel = w.panel
    keys = {o.key for o in SCHEDULES.options()}
    assert keys == {"lr_decay", "decay_epochs", "warmup_epochs"}
    for name in SCHEDULES:
        panel.control("schedule").setValue(name)
        declared = {o.key for o in options_of("schedule", name)}
        for key in keys:
            assert panel.control(key).isVisibleTo(panel) == (key in declared), (name, key)
            assert panel._labels[key].isVisibleTo(panel) == (key in declared), (name, key)


def test_live_lr_changes_show_though_the_view_was_hidden(open_window, qtbot):
    """Issue 19, item 14: drag the lr twice while training, the schedule's tab hidden
    behind the loss: the "run so far" line steps at each change (it stayed flat)."""
    config = Config(samples=200, batch_size=20, lr=0.003)  # constant, trained until paused
    w = open_window(config)
    assert not w.on_screen(w.schedule_view)
    w.play()
    qtbot.waitUntil(lambda: w.frame.snap.step > 20, timeout=TIMEOUT)
    for lr in (0.05, 0.3):
        s0 = w.frame.snap.step
        assert w.controller.set_value("lr", lr)
        qtbot.waitUntil(lambda: w.frame.config.lr == lr and w.frame.snap.step > s0 + 40, timeout=TIMEOUT)
    w.pause()
    qtbot.waitUntil(lambda: w.frame.snap.state == "paused", timeout=TIMEOUT)
    assert not w.on_screen(w.schedule_view)
    w.docks["schedule_dock"].raise_()
    qtbot.waitUntil(lambda: w.schedule_view._frame is w.frame, timeout=TIMEOUT)
    x, y = w.schedule_view.run_so_far()
    assert x[0] == 0 and x[-1] == w.frame.snap.step
    assert np.all(np.diff(x) >= 0)
    # Three levels, in the order they were set, each held for a stretch of steps.
    levels = [v for i, v in enumerate(y) if i == 0 or v != y[i - 1]]
    assert levels == pytest.approx([0.003, 0.05, 0.3])
    # Each change is where the run's own history says it was: the lr recorded at
    # each epoch's end is the line's at that step.
    steps, lrs = w.frame.epoch_step, w.frame.epoch_lr
    assert len(steps) >= 3 and set(np.round(lrs, 6)) == {0.003, 0.05, 0.3}
    drawn = np.interp(steps - 0.5, x, y)  # (just before the epoch's last step: a change seen there jumps)
    assert np.mean(np.isclose(drawn, lrs)) > 0.8
