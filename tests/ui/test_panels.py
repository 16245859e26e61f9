"""The hyperparameter panel and its controls: Config units in, Config units out."""

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from dlviz.config import Config
from dlviz.data import DATASETS, FEATURES, MAX_CLASSES
from dlviz.engine.activations import ACTIVATIONS
from dlviz.engine.network import MAX_UNITS
from dlviz.ui.panels.control_panel import KEYS, ControlPanel
from dlviz.ui.panels.widgets import (
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


@pytest.fixture
def panel(qtbot):
    p = ControlPanel()
    qtbot.addWidget(p)
    return p


def ctl(panel, key) -> QWidget:
    w = panel.findChild(QWidget, key)
    assert w is not None, f"no control named {key!r}"
    return w


class Recorder:
    def __init__(self, signal):
        self.calls = []
        signal.connect(lambda *args: self.calls.append(args))


def same(key, a, b) -> bool:
    if key in LOG_KEYS:
        return a == b == 0 or (b != 0 and abs(a - b) / abs(b) < 0.05)
    if isinstance(b, float):
        return math.isclose(a, b, abs_tol=1e-9)
    return a == b


# ---------------------------------------------------------------- finding controls


def test_every_key_has_a_named_control_with_tooltip_and_label(panel):
    assert set(panel.values()) == set(KEYS)
    for key in KEYS:
        w = ctl(panel, key)
        assert panel.control(key) is w
        assert w.toolTip().strip(), key
        labels = [lab for lab in panel.findChildren(QLabel) if lab.buddy() is w]
        assert len(labels) == 1 and labels[0].text(), key
    assert isinstance(panel.findChild(QPushButton, "regenerate"), QPushButton)
    assert isinstance(panel.findChild(QPushButton, "load_csv"), QPushButton)


# ---------------------------------------------------------------- value round trips

ROUND_TRIPS = {
    "dataset": "moons",
    "samples": 1234,
    "noise": 0.35,
    "classes": 5,
    "val_fraction": 0.3,
    "features": ("x1", "x1x2", "sin_x2"),
    "hidden_layers": 4,
    "neurons": 37,
    "activation": "leaky_relu",
    "leaky_slope": 0.2,
    "init": "xavier",
    "dropout": 0.25,
    "optimizer": "sgd",
    "lr": 0.03,
    "schedule": "cosine",
    "batch_size": 17,
    "epochs": 250,
    "weight_decay": 3e-4,
    "l1": 1e-5,
    "seed": 3_000_000_000,
}


@pytest.mark.parametrize("key", KEYS)
def test_set_value_round_trips(panel, key):
    w = ctl(panel, key)
    w.setValue(ROUND_TRIPS[key])
    assert same(key, w.value(), ROUND_TRIPS[key]), (key, w.value())
    assert same(key, panel.values()[key], ROUND_TRIPS[key])


def test_log_slider_keeps_set_values_and_shows_three_digits(qtbot):
    s = LogSlider(1e-5, 10)
    qtbot.addWidget(s)
    s.setValue(0.03)
    assert s.value() == pytest.approx(0.03, rel=0.05)
    assert s.text() == "0.03"
    s.setValue(0.0316227766)
    assert s.text() == "0.0316"
    s.setValue(1e-5)
    assert s.text() == "1e-5"
    assert 100 <= s.slider.maximum() - s.slider.minimum() + 1 <= 200


def test_allow_zero_means_exactly_zero_shown_off(qtbot):
    s = LogSlider(1e-6, 1, allow_zero=True)
    qtbot.addWidget(s)
    s.setValue(0.01)
    s.setValue(0)
    assert s.value() == 0.0
    assert s.text() == "off"
    assert s.slider.value() == s.slider.minimum()
    s.setValue(-3)
    assert s.value() == 0.0
    s.slider.setValue(s.slider.minimum() + 1)  # the learner drags one step right
    assert s.value() == pytest.approx(1e-6)


@pytest.mark.parametrize(
    "config",
    [
        Config(),
        Config(
            dataset="blobs", samples=2000, noise=0.5, classes=6, val_fraction=0.0, features=("x1sq", "x2sq"),
            hidden=(64, 64, 64), activation="leaky_relu", leaky_slope=0.1, init="he", dropout=0.5,
            optimizer="rmsprop", lr=0.003, schedule="warmup_cosine", batch_size=1000, epochs=500,
            weight_decay=1e-3, l1=2e-4, seed=12345,
        ),
        Config(dataset="xor", hidden=(), activation="relu", lr=1e-5, weight_decay=1.0, seed=2**32 - 1),
        # beyond the GUI sliders' ranges (from the CLI or a file): shown, not clamped
        Config(samples=20_000, lr=50.0, leaky_slope=0.9, epochs=2_000_000, batch_size=100_000),
    ],
)
def test_set_config_reproduces_config_silently(panel, qtbot, config):
    with qtbot.assertNotEmitted(panel.valueChanged):
        panel.set_config(config)
    again = Config().replace(**panel.values())
    for key in ("lr", "weight_decay", "l1"):
        assert same(key, getattr(again, key), getattr(config, key))
    lr_etc = {k: getattr(config, k) for k in LOG_KEYS}
    assert again.replace(**lr_etc) == config


def test_adding_layers_back_restates_the_width_shown(panel, qtbot):
    panel.set_config(Config(hidden=(32, 32)))
    ctl(panel, "hidden_layers").setValue(0)
    config = Config(hidden=())
    rec = Recorder(panel.valueChanged)
    ctl(panel, "hidden_layers").setValue(3)
    for key, value in rec.calls:
        config = config.replace(**{key: value})
    assert config.hidden == (32, 32, 32)


def test_set_config_with_no_hidden_layers_keeps_last_width(panel):
    panel.set_config(Config(hidden=(32, 32)))
    panel.set_config(Config(hidden=()))
    assert panel.values()["hidden_layers"] == 0
    assert panel.values()["neurons"] == 32
    assert not ctl(panel, "neurons").isEnabled()


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
        pos = w.slider.value() + (1 if w.slider.value() < w.slider.maximum() else -1)
        w.slider.setValue(pos)  # as a drag or an arrow key does
        return w.value()
    if isinstance(w, (EpochsBox, SeedBox)):
        w.stepBy(1)
        return w.value()
    raise AssertionError(f"unknown control type for {key}: {type(w)}")


@pytest.mark.parametrize("key", KEYS)
def test_user_change_emits_once_with_key_and_config_value(panel, qtbot, key):
    if key == "leaky_slope":
        panel.control("activation").setValue("leaky_relu")
    rec = Recorder(panel.valueChanged)
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: k == key):
        expected = user_change(panel, key)
    mine = [args for args in rec.calls if args[0] == key]
    assert len(mine) == 1
    value = mine[0][1]
    assert value == expected
    Config().replace(**{key: value})  # a valid Config value


def test_setting_the_same_value_emits_nothing(qtbot):
    widgets = [
        (LogSlider(1e-5, 10), 0.03),
        (LogSlider(1e-6, 1, allow_zero=True), 0),
        (IntSlider(10, 5000, log=True), 500),
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
    lr.setValue(float("nan"))
    assert lr.value() == pytest.approx(0.03)
    lr.setValue(None)
    lr.setValue("abc")
    assert lr.value() == pytest.approx(0.03)
    lr.setValue(-5)
    assert lr.value() == pytest.approx(1e-5)
    lr.setValue(float("inf"))
    assert lr.value() == pytest.approx(10.0)
    lr.setValue(0.1)
    lr.setValue(10**400)
    assert lr.value() == pytest.approx(10.0)

    samples = ctl(panel, "samples")
    samples.setValue(10**9)
    assert samples.value() == 5000
    samples.setValue(-1)
    assert samples.value() == 10
    samples.setValue(float("nan"))
    assert samples.value() == 10

    for key in ("noise", "dropout", "val_fraction", "classes", "hidden_layers", "neurons", "batch_size",
                "epochs", "seed", "weight_decay", "l1"):
        w = ctl(panel, key)
        for wild in (-1e300, 1e300, float("nan"), float("-inf"), "garbage", None, 10**30):
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


def test_garbage_typed_into_the_lr_box_is_rejected(panel, qtbot):
    lr = ctl(panel, "lr")
    lr.setValue(0.03)
    with qtbot.assertNotEmitted(panel.valueChanged):
        lr.edit.selectAll()
        qtbot.keyClicks(lr.edit, "abc")
        qtbot.keyClick(lr.edit, Qt.Key.Key_Return)
    assert lr.value() == pytest.approx(0.03)
    assert lr.text() == "0.03"


def test_typed_values_commit_in_config_units(panel, qtbot):
    lr = ctl(panel, "lr")
    lr.edit.selectAll()
    qtbot.keyClicks(lr.edit, "3e-4")
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("lr", 3e-4)):
        qtbot.keyClick(lr.edit, Qt.Key.Key_Return)
    assert lr.text() == "0.0003"

    wd = ctl(panel, "weight_decay")
    wd.setValue(0.01)
    wd.edit.selectAll()
    qtbot.keyClicks(wd.edit, "off")
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("weight_decay", 0)):
        qtbot.keyClick(wd.edit, Qt.Key.Key_Return)

    noise = ctl(panel, "noise")
    noise.edit.selectAll()
    qtbot.keyClicks(noise.edit, "7")  # out of range: clamped to 1
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("noise", 1.0)):
        qtbot.keyClick(noise.edit, Qt.Key.Key_Return)
    assert noise.text() == "1.00"

    samples = ctl(panel, "samples")
    samples.edit.selectAll()
    qtbot.keyClicks(samples.edit, "777")
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: (k, v) == ("samples", 777)):
        qtbot.keyClick(samples.edit, Qt.Key.Key_Return)


def test_up_down_keys_in_a_box_step_the_slider(panel, qtbot):
    lr = ctl(panel, "lr")
    lr.setValue(0.01)
    with qtbot.waitSignal(panel.valueChanged, timeout=1000, check_params_cb=lambda k, v: k == "lr" and v > 0.01):
        qtbot.keyClick(lr.edit, Qt.Key.Key_Up)
    assert lr.value() == pytest.approx(0.011)


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


def test_leaky_slope_only_for_leaky_relu(panel):
    act, slope = ctl(panel, "activation"), ctl(panel, "leaky_slope")
    for name in ACTIVATIONS:
        act.setCurrentText(name)
        shown = name == "leaky_relu"
        assert slope.isEnabled() == shown
        assert slope.isVisibleTo(panel) == shown


def test_activation_tooltips_carry_label_and_formula(panel):
    act = ctl(panel, "activation")
    for i, (name, cls) in enumerate(ACTIVATIONS.items()):
        tip = act.itemData(i, Qt.ItemDataRole.ToolTipRole)
        assert act.itemText(i) == name
        assert cls.label in tip and "f(z)" in tip


def test_unchecking_the_last_feature_is_refused(panel, qtbot):
    feats = ctl(panel, "features")
    feats.setValue(("x2",))
    box = feats.box("x2")
    with qtbot.assertNotEmitted(panel.valueChanged):
        box.click()
    assert box.isChecked()
    assert feats.value() == ("x2",)
    box.setChecked(False)  # programmatically too
    assert box.isChecked() and feats.value() == ("x2",)
    assert len(feats.findChildren(QCheckBox)) == len(FEATURES)


# ---------------------------------------------------------------- batch size, seed, CSV


def test_batch_size_max_follows_training_set(panel, qtbot):
    batch = ctl(panel, "batch_size")
    panel.set_config(Config(samples=500, val_fraction=0.2, batch_size=32))
    assert batch.maximum() == 400
    ctl(panel, "samples").setValue(100)
    assert batch.maximum() == 80
    batch.setValue(80)
    rec = Recorder(panel.valueChanged)
    panel.set_max_batch(50)
    assert batch.maximum() == 50 and batch.value() == 50
    assert rec.calls == [("batch_size", 50)]
    batch.setValue(10**9)
    assert batch.value() == 50
    panel.set_max_batch("garbage")  # ignored
    panel.set_max_batch(0)
    assert batch.maximum() == 1


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
    panel.set_csv_name("points.csv")
    name = panel.findChild(QLabel, "csv_name")
    assert name.isVisibleTo(panel) and "points.csv" in name.text()
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
    box = EpochsBox()
    qtbot.addWidget(box)
    assert box.value() == 0 and box.text() == "until paused"
    box.setValue(10**12)
    assert box.value() == box.maximum()


def test_format_sig():
    assert [format_sig(x) for x in (0.03, 0.0316227, 1e-5, 10.0, 0.0001, 2.5e-6)] == [
        "0.03", "0.0316", "1e-5", "10", "0.0001", "2.5e-6"
    ]  # fmt: skip
