"""The hyperparameter panel and its controls: Config units in, Config units out.

Controls are found by objectName (= Config key); a slider's handle and value box
by type (QSlider, QLineEdit), never by private attribute.
"""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QSlider, QWidget

from dlviz.common.registry import Entry, Option
from dlviz.config import Config, options_of
from dlviz.data import DATASETS, FEATURES, MAX_CLASSES
from dlviz.engine.activations import ACTIVATIONS, Tanh
from dlviz.engine.network import MAX_UNITS
from dlviz.engine.optimizers import OPTIMIZERS
from dlviz.engine.schedules import SCHEDULES
from dlviz.ui.panels.control_panel import KEYS, ControlPanel
from dlviz.ui.panels.widgets import (
    LOG_STEP,
    ChoiceBox,
    EpochsBox,
    FeatureChecks,
    FloatSlider,
    IntSlider,
    LogSlider,
    SeedBox,
    format_sig,
)

LOG_KEYS = ("lr", "weight_decay", "l1")
OPTION_KEYS = ("leaky_slope", "elu_alpha", "momentum", "beta1", "beta2", "lr_decay", "decay_epochs", "warmup_epochs")


@pytest.fixture
def panel(qtbot):
    p = ControlPanel()
    qtbot.addWidget(p)
    return p


def ctl(panel, key) -> QWidget:
    w = panel.findChild(QWidget, key)
    assert w is not None, f"no control named {key!r}"
    return w


def handle(w) -> QSlider:
    return w.findChild(QSlider)


def box(w) -> QLineEdit:
    return w.findChild(QLineEdit)


class Recorder:
    def __init__(self, signal):
        self.calls = []
        signal.connect(lambda *args: self.calls.append(args))


def same(key, a, b) -> bool:
    if isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


# ---------------------------------------------------------------- finding controls


def test_every_key_and_option_has_a_named_control_with_tooltip_and_label(panel):
    assert set(panel.option_keys()) == set(OPTION_KEYS)
    assert set(panel.values()) == set(KEYS) | set(OPTION_KEYS)
    for key in KEYS + OPTION_KEYS:
        w = ctl(panel, key)
        assert panel.control(key) is w
        assert w.toolTip().strip(), key
        labels = [lab for lab in panel.findChildren(QLabel) if lab.buddy() is w]
        assert len(labels) == 1 and labels[0].text(), key
    assert isinstance(panel.findChild(QPushButton, "regenerate"), QPushButton)
    assert isinstance(panel.findChild(QPushButton, "load_csv"), QPushButton)
    assert not hasattr(panel, "set_max_batch")


# ---------------------------------------------------------------- value round trips

ROUND_TRIPS = {
    "dataset": "moons", "samples": 1234, "noise": 0.35, "classes": 5, "val_fraction": 0.3,
    "features": ("x1", "x1x2", "sin_x2"), "hidden_layers": 4, "neurons": 37, "activation": "leaky_relu",
    "init": "xavier", "dropout": 0.25, "optimizer": "sgd", "lr": 0.03, "schedule": "cosine",
    "batch_size": 17, "epochs": 250, "weight_decay": 3e-4, "l1": 1e-5, "seed": 3_000_000_000, "engine": "numpy",
    "leaky_slope": 0.2, "elu_alpha": 0.5, "momentum": 0.95, "beta1": 0.8, "beta2": 0.9995,
    "lr_decay": 0.25, "decay_epochs": 7, "warmup_epochs": 12,
}  # fmt: skip


@pytest.mark.parametrize("key", KEYS + OPTION_KEYS)
def test_set_value_round_trips_exactly(panel, key):
    w = ctl(panel, key)
    w.setValue(ROUND_TRIPS[key])
    assert same(key, w.value(), ROUND_TRIPS[key]), (key, w.value())
    assert same(key, panel.values()[key], ROUND_TRIPS[key])


# ---------------------------------------------------------------- the log slider


def test_lr_slider_moves_in_log10_space_and_shows_the_real_value(panel, qtbot):
    lr = ctl(panel, "lr")
    s = handle(lr)
    lr.setValue(0.03)
    assert lr.value() == 0.03
    assert box(lr).text() == "0.03"
    assert s.value() == pytest.approx(math.log10(0.03))
    assert (s.minimum(), s.maximum()) == (pytest.approx(-5), pytest.approx(1))
    lr.setValue(0.0316227766)
    assert lr.value() == 0.0316227766  # kept exactly...
    assert box(lr).text() == "0.0316"  # ...shown to 3 significant digits
    lr.setValue(1e-5)
    assert box(lr).text() == "1e-5"
    # A drag lands on steps of LOG_STEP decades, rounded to 2 significant digits.
    rec = Recorder(lr.valueChanged)
    s.setValue(-2.0)
    s.setValue(-1.0 - 10 * LOG_STEP)  # half a decade below 0.1
    assert rec.calls == [(0.01,), (0.032,)]
    assert box(lr).text() == "0.032"
    s.setValue(s.maximum())
    assert lr.value() == 10.0
    assert 100 <= lr.positions() <= 200


def test_log_slider_keyboard_step_from_an_exact_value(panel, qtbot):
    lr = ctl(panel, "lr")
    lr.setValue(0.01)
    handle(lr).setFocus()
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: k == "lr"):
        qtbot.keyClick(handle(lr), Qt.Key.Key_Right)
    assert lr.value() == 0.011


def test_allow_zero_means_exactly_zero_shown_off(qtbot):
    s = LogSlider(1e-6, 1, allow_zero=True)
    qtbot.addWidget(s)
    s.setValue(0.01)
    s.setValue(0)
    assert s.value() == 0
    assert s.text() == "off"
    assert handle(s).value() == handle(s).minimum()
    s.setValue(-3)
    assert s.value() == 0
    handle(s).setValue(handle(s).minimum() + LOG_STEP)  # the learner drags one step right
    assert s.value() == pytest.approx(1e-6)
    assert s.text() == "1e-6"


def test_integer_log_slider_gives_whole_numbers(qtbot):
    s = LogSlider(1, 400, integer=True)
    qtbot.addWidget(s)
    handle(s).setValue(1.5)  # 10**1.5 = 31.6
    assert s.value() == 32 and isinstance(s.value(), int)
    s.setValue(17.4)
    assert s.value() == 17 and s.text() == "17"


@pytest.mark.parametrize(
    "config",
    [
        Config(),
        Config(
            dataset="blobs", samples=2000, noise=0.5, classes=6, val_fraction=0.0, features=("x1sq", "x2sq"),
            hidden=(64, 64, 64), activation="leaky_relu", leaky_slope=0.1, init="he", dropout=0.5,
            optimizer="adamw", beta1=0.85, beta2=0.995, lr=0.003, schedule="step", lr_decay=0.3, decay_epochs=40,
            batch_size=1000, epochs=500, weight_decay=1e-3, l1=2e-4, seed=12345,
        ),
        Config(dataset="xor", hidden=(), activation="elu", elu_alpha=2.5, optimizer="nesterov", momentum=0.5,
               lr=1e-5, weight_decay=1.0, schedule="warmup_cosine", warmup_epochs=30, seed=2**32 - 1),
        # beyond the GUI sliders' ranges (from the CLI or a file): shown, not clamped
        Config(samples=20_000, lr=50.0, epochs=2_000_000, batch_size=100_000),
    ],
)
def test_set_config_reproduces_config_silently(panel, qtbot, config):
    with qtbot.assertNotEmitted(panel.valueChanged):
        panel.set_config(config)
    assert Config().replace(**panel.values()) == config


def test_set_config_shows_wide_values_and_clamps_nothing_it_cannot_run(panel):
    panel.set_config(Config(lr=50.0, samples=20_000))
    assert ctl(panel, "lr").value() == 50.0 and box(ctl(panel, "lr")).text() == "50"
    assert ctl(panel, "lr").maximum() == 50.0
    assert ctl(panel, "samples").value() == 20_000
    panel.set_config(Config())  # and back: the ranges return to the GUI's
    assert ctl(panel, "lr").maximum() == 10.0


# ---------------------------------------------------------------- option controls from the registries


def shown(panel, key) -> bool:
    return ctl(panel, key).isVisibleTo(panel)


@pytest.mark.parametrize("choice,registry", [("activation", ACTIVATIONS), ("optimizer", OPTIMIZERS),
                                             ("schedule", SCHEDULES)])
def test_option_controls_follow_the_chosen_entry(panel, choice, registry):
    keys = {o.key for o in registry.options()}
    for name in registry:
        ctl(panel, choice).setValue(name)
        declared = {o.key for o in options_of(choice, name)}
        for key in keys:
            assert shown(panel, key) == (key in declared), (choice, name, key)


def test_named_options_appear_where_expected(panel):
    c = lambda **kw: panel.set_config(Config(**kw))  # noqa: E731
    c(activation="leaky_relu")
    assert shown(panel, "leaky_slope") and not shown(panel, "elu_alpha")
    c(activation="elu")
    assert shown(panel, "elu_alpha") and not shown(panel, "leaky_slope")
    c(optimizer="momentum")
    assert shown(panel, "momentum") and not shown(panel, "beta1")
    c(optimizer="adam")
    assert shown(panel, "beta1") and shown(panel, "beta2") and not shown(panel, "momentum")
    c(schedule="step")
    assert shown(panel, "lr_decay") and shown(panel, "decay_epochs") and not shown(panel, "warmup_epochs")
    c(schedule="warmup_cosine")
    assert shown(panel, "warmup_epochs") and not shown(panel, "lr_decay")
    c(schedule="constant", optimizer="sgd", activation="relu")
    assert not any(shown(panel, k) for k in OPTION_KEYS)


@pytest.mark.parametrize("key,choice,name", [
    ("leaky_slope", "activation", "leaky_relu"), ("momentum", "optimizer", "nesterov"),
    ("beta2", "optimizer", "adam"), ("decay_epochs", "schedule", "exponential"),
])  # fmt: skip
def test_option_change_emits_its_key_and_a_valid_value(panel, qtbot, key, choice, name):
    ctl(panel, choice).setValue(name)
    w = ctl(panel, key)
    rec = Recorder(panel.valueChanged)
    handle(w).setValue(handle(w).maximum() if w.value() != w.maximum() else handle(w).minimum())
    assert len(rec.calls) == 1 and rec.calls[0][0] == key
    value = rec.calls[0][1]
    assert value == w.value()
    assert getattr(Config(**{choice: name}).replace(**{key: value}), key) == value


def test_a_runtime_registered_activation_gets_its_option_control(qtbot):
    gain = Option("test_gain", 1.0, 0.5, 4.0, "Gain", "how steep the test activation is", arg="gain")
    ACTIVATIONS.add(Entry("test_act", "Test", "a throwaway activation", lambda gain=1.0: Tanh(), (gain,)))
    try:
        panel = ControlPanel()
        qtbot.addWidget(panel)
        assert "test_gain" in panel.option_keys()
        assert not shown(panel, "test_gain")
        ctl(panel, "activation").setValue("test_act")
        assert shown(panel, "test_gain")
        w = ctl(panel, "test_gain")
        assert "steep" in w.toolTip()
        with qtbot.waitSignal(panel.valueChanged, timeout=1000,
                              check_params_cb=lambda k, v: k == "test_gain" and v == 4.0):
            handle(w).setValue(handle(w).maximum())
        assert Config(activation="test_act").replace(test_gain=4.0).test_gain == 4.0
        panel.set_config(Config(activation="test_act", test_gain=2.5))
        assert w.value() == 2.5
    finally:
        ACTIVATIONS.remove("test_act")


# ---------------------------------------------------------------- signals


def user_change(panel, key):
    """Change ``key`` the way a learner would; returns the value to expect."""
    w = ctl(panel, key)
    if isinstance(w, ChoiceBox):
        new = next(n for n in w.names() if n != w.value())
        w.setCurrentText(new)
        return new
    if isinstance(w, FeatureChecks):
        w.box("x1x2").click()
        return tuple(n for n in FEATURES if n in set(w.value()) | {"x1x2"})
    if isinstance(w, (IntSlider, FloatSlider, LogSlider)):
        s = handle(w)
        key = Qt.Key.Key_Right if s.value() < s.maximum() else Qt.Key.Key_Left
        for _ in range(5):  # an integer log slider may need a few steps to the next whole number
            before = w.value()
            QTest.keyClick(s, key)
            if w.value() != before:
                break
        return w.value()
    if isinstance(w, (EpochsBox, SeedBox)):
        w.stepBy(1)
        return w.value()
    raise AssertionError(f"unknown control type for {key}: {type(w)}")


@pytest.mark.parametrize("key", KEYS)
def test_user_change_emits_once_with_key_and_config_value(panel, qtbot, key):
    rec = Recorder(panel.valueChanged)
    expected = user_change(panel, key)
    mine = [args for args in rec.calls if args[0] == key]
    assert len(mine) == 1, rec.calls
    assert mine[0][1] == expected
    assert [k for k, _ in rec.calls] == [key]  # and nothing else: no change the learner did not make
    Config().replace(**{key: mine[0][1]})  # a valid Config value


def test_adding_layers_back_emits_only_the_layer_count(panel):
    panel.set_config(Config(hidden=()))
    rec = Recorder(panel.valueChanged)
    ctl(panel, "hidden_layers").setValue(3)
    assert rec.calls == [("hidden_layers", 3)]


def test_setting_the_same_value_emits_nothing(qtbot):
    widgets = [
        (LogSlider(1e-5, 10), 0.03),
        (LogSlider(1e-6, 1, allow_zero=True), 0),
        (LogSlider(10, 5000, integer=True), 500),
        (IntSlider(0, 8), 2),
        (FloatSlider(0, 1, 2), 0.25),
        (ChoiceBox(["a", "b"]), "b"),
        (FeatureChecks(FEATURES), ("x1", "x2")),
        (EpochsBox(), 100),
        (SeedBox(), 7),
    ]
    for w, v in widgets:
        qtbot.addWidget(w)
        w.setValue(v)
        with qtbot.assertNotEmitted(w.valueChanged):
            w.setValue(v)
        assert w.value() == v


def test_wild_values_clamp_or_are_ignored(panel, qtbot):
    lr = ctl(panel, "lr")
    lr.setValue(0.03)
    for wild in (float("nan"), None, "abc", object()):
        lr.setValue(wild)
    assert lr.value() == 0.03
    lr.setValue(-5)
    assert lr.value() == 1e-5
    lr.setValue(float("inf"))
    assert lr.value() == 10.0
    lr.setValue(0.1)
    lr.setValue(10**400)
    assert lr.value() == 10.0

    samples = ctl(panel, "samples")
    samples.setValue(10**9)
    assert samples.value() == 5000
    samples.setValue(-1)
    assert samples.value() == 10
    samples.setValue(float("nan"))
    assert samples.value() == 10

    for key in ("noise", "dropout", "val_fraction", "classes", "hidden_layers", "neurons", "batch_size",
                "epochs", "seed", "weight_decay", "l1") + OPTION_KEYS:
        w = ctl(panel, key)
        for wild in (-1e300, 1e300, float("nan"), float("-inf"), "garbage", None, 10**30, 10**400):
            w.setValue(wild)
        Config().replace(**{key: w.value()})  # still a valid Config value
    for key in ("dataset", "activation", "init", "optimizer", "schedule"):
        w = ctl(panel, key)
        before = w.value()
        for wild in ("no_such_thing", "", None, 3):
            w.setValue(wild)
        assert w.value() == before
    feats = ctl(panel, "features")
    before = feats.value()
    for wild in ((), ("bogus",), None, 5, ""):
        feats.setValue(wild)
    assert feats.value() == before


def type_into(qtbot, w, text):
    edit = box(w)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_garbage_typed_into_the_lr_box_is_rejected(panel, qtbot):
    lr = ctl(panel, "lr")
    lr.setValue(0.03)
    with qtbot.assertNotEmitted(panel.valueChanged):
        type_into(qtbot, lr, "abc")
    assert lr.value() == 0.03
    assert box(lr).text() == "0.03"


def test_typed_values_commit_in_config_units(panel, qtbot):
    lr = ctl(panel, "lr")
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("lr", 3e-4)):
        type_into(qtbot, lr, "3e-4")
    assert box(lr).text() == "0.0003"

    wd = ctl(panel, "weight_decay")
    wd.setValue(0.01)
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("weight_decay", 0)):
        type_into(qtbot, wd, "off")

    noise = ctl(panel, "noise")
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("noise", 1.0)):
        type_into(qtbot, noise, "7")  # out of range: clamped to 1
    assert box(noise).text() == "1.00"

    samples = ctl(panel, "samples")
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("samples", 777)):
        type_into(qtbot, samples, "777")


def wheel(w) -> QWheelEvent:
    return QWheelEvent(QPointF(w.width() / 2, w.height() / 2), QPointF(w.mapToGlobal(QPoint(5, 5))), QPoint(),
                       QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                       Qt.ScrollPhase.NoScrollPhase, False)


@pytest.mark.parametrize("key", ["noise", "lr", "classes", "activation", "epochs"])
def test_the_wheel_is_left_to_the_scroll_area_unless_a_control_has_focus(panel, qtbot, key):
    panel.show()
    qtbot.waitExposed(panel)
    w = ctl(panel, key)
    target = handle(w) or w
    before = w.value()
    event = wheel(target)
    QApplication.sendEvent(target, event)
    assert not event.isAccepted()  # so Qt hands it on to the scroll area
    assert w.value() == before
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=1000)
    QApplication.sendEvent(target, wheel(target))
    assert w.value() != before


# ---------------------------------------------------------------- what applies when


def test_classes_only_for_datasets_that_use_them(panel):
    classes, dataset = ctl(panel, "classes"), ctl(panel, "dataset")
    for name, spec in DATASETS.items():
        dataset.setCurrentText(name)
        assert classes.isEnabled() == spec.extra["uses_classes"], name
    dataset.setCurrentText("xor")
    assert not classes.isEnabled()
    assert "2 classes" in classes.toolTip()
    dataset.setCurrentText("spiral")
    assert classes.isEnabled()
    assert classes.maximum() == MAX_CLASSES


def test_neurons_disabled_without_hidden_layers(panel):
    layers, neurons = ctl(panel, "hidden_layers"), ctl(panel, "neurons")
    layers.setValue(0)
    assert not neurons.isEnabled()
    layers.setValue(3)
    assert neurons.isEnabled()
    assert neurons.maximum() == MAX_UNITS


def test_set_config_with_no_hidden_layers_keeps_last_width(panel):
    panel.set_config(Config(hidden=(32, 32)))
    panel.set_config(Config(hidden=()))
    assert panel.values()["hidden_layers"] == 0
    assert panel.values()["neurons"] == 32
    assert not ctl(panel, "neurons").isEnabled()


def test_activation_tooltips_carry_label_and_formula(panel):
    act = ctl(panel, "activation")
    for i, (name, entry) in enumerate(ACTIVATIONS.items()):
        tip = act.itemData(i, Qt.ItemDataRole.ToolTipRole)
        assert act.itemData(i) == name and act.itemText(i) == entry.label  # the key held, the label shown
        assert entry.label in tip and "f(z)" in tip


def test_unchecking_the_last_feature_is_refused(panel, qtbot):
    feats = ctl(panel, "features")
    feats.setValue(("x2",))
    b = feats.box("x2")
    with qtbot.assertNotEmitted(panel.valueChanged):
        b.click()
    assert b.isChecked()
    assert feats.value() == ("x2",)
    b.setChecked(False)  # programmatically too
    assert b.isChecked() and feats.value() == ("x2",)
    assert len(feats.findChildren(QCheckBox)) == len(FEATURES)


# ---------------------------------------------------------------- batch size, seed, CSV


def test_batch_size_max_follows_the_training_set_silently(panel, qtbot):
    batch = ctl(panel, "batch_size")
    panel.set_config(Config(samples=500, val_fraction=0.2, batch_size=32))
    assert batch.maximum() == 400
    ctl(panel, "samples").setValue(100)
    assert batch.maximum() == 80
    batch.setValue(10**9)
    assert batch.value() == 80
    rec = Recorder(panel.valueChanged)
    ctl(panel, "val_fraction").setValue(0.5)  # 50 training points: below the batch shown...
    assert batch.value() == 80 and batch.maximum() == 80  # ...which stays (the trainer caps it)
    assert [k for k, _ in rec.calls] == ["val_fraction"]
    # a CSV's training rows decide, once known
    panel.set_config(Config(csv="/data/points.csv", batch_size=32))
    panel.set_csv_name("points.csv", 1234)
    assert batch.maximum() == 1234
    panel.set_csv_name("points.csv", "garbage")  # ignored: no crash
    assert batch.maximum() >= 32


def test_regenerate_emits_a_new_seed(panel, qtbot):
    seed = ctl(panel, "seed")
    before = seed.value()
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: k == "seed" and v != before):
        panel.findChild(QPushButton, "regenerate").click()
    assert seed.value() != before
    assert isinstance(panel.values()["seed"], int)


def test_csv_load_and_back_to_generated_data(panel, qtbot):
    with qtbot.waitSignal(panel.loadCsvRequested, timeout=1000):
        panel.findChild(QPushButton, "load_csv").click()
    panel.set_csv_name("points.csv", 400)
    name = panel.findChild(QLabel, "csv_name")
    assert name.isVisibleTo(panel) and name.text() == "points.csv"
    assert not ctl(panel, "samples").isEnabled()
    assert not ctl(panel, "noise").isEnabled()
    # choosing a dataset in the list, even the one shown, leaves the CSV
    dataset = ctl(panel, "dataset")
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("csv", "")):
        dataset.activated.emit(dataset.currentIndex())
    assert panel.csv_name() is None
    assert not name.isVisibleTo(panel)
    assert ctl(panel, "samples").isEnabled()

    panel.set_config(Config(csv="/some/where/data.csv"))
    assert panel.csv_name() == "data.csv"
    panel.set_config(Config())
    assert panel.csv_name() is None


def test_epochs_zero_reads_until_paused(qtbot):
    b = EpochsBox()
    qtbot.addWidget(b)
    assert b.value() == 0 and b.text() == "until paused"
    b.setValue(10**12)
    assert b.value() == b.maximum()


def test_format_sig():
    assert [format_sig(x) for x in (0.03, 0.0316227, 1e-5, 10.0, 0.0001, 2.5e-6, -0.0)] == [
        "0.03", "0.0316", "1e-5", "10", "0.0001", "2.5e-6", "0"
    ]  # fmt: skip


# ---------------------------------------------------------------- fitting the window


def _bottom_in_viewport(area, w) -> int:
    return w.mapTo(area.viewport(), w.rect().bottomLeft()).y()


@pytest.mark.parametrize("optimizer,schedule", [("adam", "constant"), ("momentum", "step")])
def test_panel_fits_680_px_with_l1_and_seed_in_view(qtbot, optimizer, schedule, tmp_path):
    panel = ControlPanel()
    area = panel.in_scroll_area()
    assert panel.in_scroll_area() is area  # the one area the panel lives in
    qtbot.addWidget(area)
    area.resize(area.width(), 680)
    area.show()
    qtbot.waitExposed(area)
    panel.set_config(Config(optimizer=optimizer, schedule=schedule, activation="leaky_relu"))
    qtbot.waitUntil(lambda: all(not g._is_animating for g in map(panel.group, (
        "data_group", "network_group", "training_group", "regularisation_group"))), timeout=2000)
    QApplication.processEvents()
    assert not area.horizontalScrollBar().isVisible()
    assert area.verticalScrollBar().value() == 0
    for key in ("l1", "seed"):
        w = ctl(panel, key)
        assert w.isVisible()
        assert 0 <= _bottom_in_viewport(area, w) <= area.viewport().height(), key
    for w in panel.findChildren(QWidget):  # nothing cut off at the right edge
        if w.isVisible() and w.width() > 0 and w is not panel:
            right = w.mapTo(area.viewport(), w.rect().topRight()).x()
            assert right <= area.viewport().width(), w.objectName() or type(w).__name__
    assert area.grab().save(str(tmp_path / "panel_680.png"))  # to look at; in the test's own folder


def test_collapsing_a_group_hides_its_controls(panel, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    group = panel.group("data_group")
    group.collapse(animate=False)
    assert not group.isExpanded()
    assert ctl(panel, "samples").visibleRegion().isEmpty()
    group.expand(animate=False)
    qtbot.waitUntil(lambda: not ctl(panel, "samples").visibleRegion().isEmpty(), timeout=1000)
    assert np.isfinite(ctl(panel, "samples").value())


def test_a_closed_drop_down_shows_the_label_and_speaks_keys(panel, qtbot):
    optimizer, dataset = ctl(panel, "optimizer"), ctl(panel, "dataset")
    assert optimizer.currentText() == "Adam" and optimizer.value() == "adam"
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("dataset", "moons")):
        dataset.setCurrentText("moons")  # by key, as tests and lessons set it
    assert dataset.currentText() == "Moons" and panel.values()["dataset"] == "moons"
    dataset.setCurrentText("Circles")  # the label shown works too
    assert dataset.value() == "circles"
    dataset.setValue("Circles-not-a-key")
    assert dataset.value() == "circles"
    assert dataset.names() == list(DATASETS)
    schedule = ctl(panel, "schedule")
    assert schedule.itemDelegate().display("warmup_cosine") == "Warm-up + cosine — warmup_cosine"
    panel.set_config(Config(schedule="step"))
    assert schedule.currentText() == "Step decay" and schedule.value() == "step"
