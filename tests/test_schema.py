"""One declaration per key (dlviz.common.schema.Param), read by Config, the CLI, JSON files and the
panel; and the lessons' JSON Schema (resources/lessons.schema.json)."""

import copy
import dataclasses
import html
import json

import jsonschema
import pytest

from dlviz.cli import CLI_DEFAULT_EPOCHS, build_parser, main
from dlviz.common.registry import Option
from dlviz.common.schema import Param, shown
from dlviz.config import FIELDS, REGISTRIES, Config, ConfigError, config_json_schema, config_keys, schema
from dlviz.training import lesson_schema
from dlviz.training import lessons as L

KEYS = list(schema())
NUMBERS = [k for k, p in schema().items() if p.kind == "number"]


def _subparser(name: str):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sub.choices[name]


# -- every key is declared once ---------------------------------------------------------------


def test_every_config_field_has_a_declaration():
    names = [f.name for f in dataclasses.fields(Config) if f.name != "option_values"]
    assert list(FIELDS) == names
    for f in dataclasses.fields(Config):
        if f.name != "option_values":
            assert f.metadata["param"] is not None and FIELDS[f.name].default == f.default
    # the fields, the registries' options and the architecture's two views: every key a file or flag may use
    assert set(schema()) == set(config_keys()) - {"option_values"} | {"hidden_layers", "neurons"}
    assert all(isinstance(p, Param) for p in schema().values())


def test_registry_options_are_the_same_kind_of_declaration():
    assert Option is Param
    for reg in REGISTRIES.values():
        for o in reg.options():
            assert schema()[o.key] is o and o.kind == "number"


@pytest.mark.parametrize("key", KEYS)
def test_each_declaration_is_whole(key):
    p = schema()[key]
    assert p.key == key and p.cli_help(), key
    if p.kind == "number":
        assert p.lo <= p.default <= p.hi
        lo, hi = p.panel_range
        assert p.lo <= lo <= hi <= p.hi  # the panel never offers what Config refuses
        assert isinstance(p.default, int) == p.integer or not p.integer
    if p.kind == "choice":
        assert p.default in p.choices
    if key not in ("csv", "target_column", "hidden", "image_folder", "image_size"):  # every other key has a control: a label and a tooltip
        assert p.label and p.doc, key
    assert Config().replace(**{key: p.default}) == Config()  # the declared default is Config's


def test_the_fields_kinds_follow_their_types():
    for f in dataclasses.fields(Config):
        if f.name == "option_values":
            continue
        p = FIELDS[f.name]
        assert (p.kind, p.integer) == {"int": ("number", True), "float": ("number", False)}.get(
            f.type, (p.kind, p.integer)), f.name
    assert set(REGISTRIES) == {"dataset", "activation", "init", "optimizer", "schedule", "engine"}
    assert all(FIELDS[k].kind == "choice" and FIELDS[k].choices is r for k, r in REGISTRIES.items())


# -- validation reads the declarations ----------------------------------------------------------


@pytest.mark.parametrize("key", NUMBERS)
def test_the_declared_ends_are_taken_and_one_step_beyond_is_refused(key):
    p = schema()[key]
    for v in (p.lo, p.hi):
        assert getattr(Config().replace(**{key: v}), key) == v
    step = 1 if p.integer else max(abs(p.hi), 1) * 1e-6
    for v in (p.lo - step, p.hi + step):
        with pytest.raises(ConfigError, match=f"^{key} must be {shown(p.lo)} to {shown(p.hi)}, got "):
            Config().replace(**{key: v})


def _beyond(p: Param):
    return p.hi * 2 + 1 if p.integer else p.hi * 2 + 1.5


@pytest.mark.parametrize("key", NUMBERS)
def test_out_of_range_is_the_same_message_from_config_cli_and_json(key, tmp_path, capsys):
    p = schema()[key]
    value = _beyond(p)
    with pytest.raises(ConfigError) as err:
        Config.from_dict({key: value})
    message = str(err.value)
    assert message.startswith(f"{key} must be {shown(p.lo)} to {shown(p.hi)}, got ")

    extra = [] if key == "epochs" else ["--epochs", "1"]
    assert main(["train", p.flag, str(value), *extra]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err == f"dlviz train: error: {message}\n"

    path = tmp_path / "c.json"
    path.write_text(json.dumps({key: value}))
    assert main(["train", "--config", str(path), *extra]) == 2
    out = capsys.readouterr()
    assert out.err == f"dlviz train: error: config file {path}: {message}\n"


def test_the_window_config_file_says_the_same(tmp_path, capsys):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"lr": 500}))
    assert main(["--config", str(path), "--screenshot", str(tmp_path / "s.png")]) == 2
    assert capsys.readouterr().err == f"dlviz: error: config file {path}: lr must be 1e-05 to 100, got 500\n"


# -- the CLI's flags are the keys ---------------------------------------------------------------


@pytest.mark.parametrize("command", ["train", "sweep", "lr-find"])
def test_the_cli_flags_are_the_schemas_keys(command):
    sub = _subparser(command)
    flags = {a.dest: a for a in sub._actions if a.option_strings}
    for key, p in schema().items():
        assert flags[key].option_strings == [p.flag] == ["--" + key.replace("_", "-")]
        assert flags[key].help == p.cli_help()
    config_flags = {d for d in flags if d in schema()}
    assert config_flags == set(schema())


def test_cli_help_keeps_its_words_and_takes_its_numbers_from_the_declarations():
    assert FIELDS["noise"].cli_help() == "label noise / spread, 0 to 1"
    assert FIELDS["val_fraction"].cli_help() == "share of points held out for validation, 0 to 0.9"
    assert FIELDS["epochs"].cli_help() == f"epochs to train (default {CLI_DEFAULT_EPOCHS})" == \
        "epochs to train (default 100)"
    assert FIELDS["optimizer"].cli_help() == "optimizer: " + ", ".join(REGISTRIES["optimizer"])
    assert schema()["momentum"].cli_help() == \
        "momentum coefficient μ of momentum and nesterov (0 to 0.999, default 0.9)"


def test_the_json_schema_of_a_config_is_made_of_the_declarations():
    js = config_json_schema()
    jsonschema.Draft202012Validator.check_schema(js)
    assert set(js["properties"]) == set(schema())
    assert js["properties"]["lr"]["minimum"] == FIELDS["lr"].lo and js["properties"]["lr"]["maximum"] == FIELDS["lr"].hi
    assert js["properties"]["optimizer"]["enum"] == list(REGISTRIES["optimizer"])
    v = jsonschema.Draft202012Validator(js)
    assert v.is_valid(Config().to_dict())
    assert not v.is_valid({"lr": 500}) and not v.is_valid({"magic": 1})


# -- the panel: one name everywhere, the declared ranges, defaults and tooltips -----------------


@pytest.fixture
def panel(qtbot):
    from dlviz.ui.panels.control_panel import ControlPanel

    p = ControlPanel()
    qtbot.addWidget(p)
    return p


def test_the_panels_controls_are_named_ranged_and_described_by_the_schema(panel):
    from PySide6.QtWidgets import QWidget

    from dlviz.ui.panels.control_panel import KEYS as PANEL_KEYS
    from dlviz.ui.panels.widgets import ChoiceBox, FeatureChecks

    keys = list(PANEL_KEYS) + list(panel.option_keys())
    # (no control: the data's files, picked from the File menu, the CSV's target, and the list of widths)
    assert set(keys) == set(schema()) - {"csv", "target_column", "hidden", "image_folder", "image_size"}
    defaults = Config()
    for key in keys:
        p = schema()[key]
        w = panel.findChild(QWidget, key)
        assert w is panel.control(key) and w.objectName() == key
        if isinstance(w, ChoiceBox):
            assert w.names() == list(p.choices)
        elif isinstance(w, FeatureChecks):
            assert [n for n in p.choices if w.box(n)] == list(p.choices)
        else:
            lo, hi = p.panel_range
            assert w.minimum() == pytest.approx(lo), key
            if key != "batch_size":  # (its top follows the training set's size)
                assert w.maximum() == pytest.approx(hi), key
        assert w.value() == getattr(defaults, key), key  # the declared default
        assert html.escape(p.doc).replace("\n", "<br>") in w.toolTip(), key  # the declared help, as written
        assert panel._labels[key].text() == (p.label or p.key)  # (English: no translator installed)


def test_a_value_beyond_the_panels_range_widens_it_up_to_the_declared_end(panel):
    lr = FIELDS["lr"]
    panel.set_config(Config(lr=lr.hi))
    assert panel.control("lr").maximum() == lr.hi and panel.control("lr").value() == lr.hi


# -- lessons: the JSON Schema in resources/ -------------------------------------------------------


def test_the_shipped_lesson_schema_is_current_and_valid():
    assert json.loads(lesson_schema.FILE.read_text(encoding="utf-8")) == lesson_schema.build(), \
        "run python -m dlviz.training.lesson_schema"
    jsonschema.Draft202012Validator.check_schema(lesson_schema.build())


def test_the_lesson_schemas_names_are_the_lesson_vocabulary():
    s = lesson_schema.build()
    assert s["properties"]["tags"]["items"]["enum"] == list(L.TAGS)
    assert s["properties"]["scene"]["properties"]["views"]["properties"]["visible"]["items"]["enum"] == list(L.DOCKS)
    assert s["properties"]["look_at"]["items"]["properties"]["view"]["enum"] == list(L.VIEWS)
    assert s["$defs"]["quantity"]["properties"]["metric"]["enum"] == list(L.METRICS)


def _bundled() -> list[tuple[str, dict]]:
    return [(f.name, json.loads(f.read_text(encoding="utf-8")))
            for f in sorted(L.lessons_folder().iterdir(), key=lambda f: f.name) if f.name.endswith(".json")]


def test_every_bundled_lesson_validates_against_the_shipped_schema():
    validator = jsonschema.Draft202012Validator(json.loads(lesson_schema.FILE.read_text(encoding="utf-8")))
    bundled = _bundled()
    assert len(bundled) >= len(L.TAGS)
    for name, data in bundled:
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], name


def _broken(mutate) -> tuple[list, str]:
    name, data = _bundled()[0]
    data = copy.deepcopy(data)
    mutate(data)
    validator = jsonschema.Draft202012Validator(lesson_schema.build())
    paths = [list(e.absolute_path) for e in validator.iter_errors(data)]
    with pytest.raises(L.LessonError) as err:
        L.parse_lesson(data, name)
    return paths, str(err.value)


@pytest.mark.parametrize("mutate, path, words", [
    (lambda d: d.update(order="first"), ["order"], "order: must be an integer, got 'first'"),
    (lambda d: d["title"].update(ko=""), ["title", "ko"], "title.ko: must be a non-empty string"),
    (lambda d: d["scene"].update(thinned="yes"), ["scene", "thinned"], "scene.thinned: must be true or false"),
    (lambda d: d["scene"].update(watch_speed=5000), ["scene", "watch_speed"],
     'scene.watch_speed: must be 1 to 1000 epochs per second or "max", got 5000'),
    (lambda d: d["look_at"].append({"view": "loss_dock", "text": {"en": "a", "ko": "가"}, "extra": 1}),
     None, "unknown key(s) 'extra'; allowed: text, view"),
    (lambda d: d["tags"].append(d["tags"][0]), ["tags"], "tags: a tag is given twice"),
    (lambda d: d["expectations"][0].update(op="=<"), None, "op: unknown op '=<'"),
])
def test_a_bad_lesson_fails_the_schema_and_the_message_names_the_field(mutate, path, words):
    paths, message = _broken(mutate)
    assert paths, "the schema let it pass"
    if path is not None:
        assert path in paths
    assert words in message and "\n" not in message


def test_a_new_declaration_gets_its_control_from_its_hints(qtbot):
    """What a new key's declaration alone gives the panel: a drop-down of plain names, a slider
    over the declared range, a log slider over its ``view``."""
    from dlviz.ui.panels.control_panel import control_for
    from dlviz.ui.panels.widgets import ChoiceBox, FloatSlider, IntSlider, LogSlider

    box = control_for(Param("engine", "auto", kind="choice", choices=("auto", "compiled", "numpy"), widget="choice"))
    slider = control_for(Param("temperature", 1.0, 0.0, 5.0, widget="slider"))
    count = control_for(Param("warm", 3, 0, 20, integer=True, widget="slider"))
    log = control_for(Param("tol", 1e-3, 1e-9, 1.0, view=(1e-6, 0.1), widget="log_off"))
    for w in (box, slider, count, log):
        qtbot.addWidget(w)
    assert isinstance(box, ChoiceBox) and box.names() == ["auto", "compiled", "numpy"]
    assert isinstance(slider, FloatSlider) and (slider.minimum(), slider.maximum()) == (0.0, 5.0)
    assert isinstance(count, IntSlider) and (count.minimum(), count.maximum()) == (0, 20)
    assert isinstance(log, LogSlider) and (log.minimum(), log.maximum()) == (1e-6, 0.1)
    log.setValue(0)
    assert log.value() == 0  # "off": the leftmost step
