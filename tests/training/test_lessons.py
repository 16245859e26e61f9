"""Lessons: every bundled file loads, every concept has one, every claim holds, bad files say what is wrong."""

from __future__ import annotations

import copy
import json
import math

import pytest

from dlviz.training import lessons as L
from dlviz.training.lessons import LessonError, load_lessons, parse_lesson, run_lesson

BUNDLED = load_lessons()


def _tiny(**over) -> dict:
    """A small valid lesson (a perceptron on XOR), as a file's JSON."""
    t = lambda en, ko: {"en": en, "ko": ko}  # noqa: E731
    data = {
        "id": "tiny", "order": 1, "tags": ["xor"],
        "title": t("Tiny", "작은 수업"), "text": t("A perceptron on XOR.", "XOR 위의 퍼셉트론."),
        "scene": {"config": {"dataset": "xor", "samples": 200, "hidden": [], "optimizer": "adam", "lr": 0.05,
                             "epochs": 10, "seed": 0},
                  "views": {"visible": ["loss_dock"], "front": "loss_dock"}, "watch_speed": 5},
        "predict": {"question": t("Will it work?", "될까요?"), "choices": [t("Yes", "네"), t("No", "아니요")],
                    "answer": 1},
        "look_at": [{"view": "loss_dock", "text": t("Flat.", "평평합니다.")}],
        "try_next": [{"label": t("A hidden layer", "은닉층 추가"), "config": {"hidden": [4]}}],
        "expectations": [{"text": t("At chance.", "찍기 수준."), "metric": "val_accuracy", "op": "<=", "value": 0.75}],
    }
    data.update(over)
    return data


# -- the bundled lessons ------------------------------------------------------------------------


def test_every_bundled_lesson_loads_in_course_order():
    assert len(BUNDLED) >= len(L.TAGS)
    orders = [l.order for l in BUNDLED]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    ids = [l.id for l in BUNDLED]
    assert len(set(ids)) == len(ids)
    for l in BUNDLED:
        assert l.source.endswith(f"{l.id}.json")
        assert l.title["en"] and l.title["ko"] and l.text["ko"]
        assert 2 <= len(l.predict["choices"]) <= 4 and 1 <= len(l.try_next) <= 3 and 1 <= len(l.expectations) <= 3


def test_every_tag_of_the_course_has_a_lesson():
    covered = {t for l in BUNDLED for t in l.tags}
    assert covered == set(L.TAGS), f"no lesson for {sorted(set(L.TAGS) - covered)}"


def test_each_lesson_sits_beside_its_topic_and_the_parts_follow_the_course():
    """The lessons added for issue 23 sat at the end of the list (orders 23-28): each now
    follows the lesson of its topic, and the parts of the quizzes run in course order."""
    from dlviz.training.quizzes import load_parts

    ids = [l.id for l in BUNDLED]
    for before, after in [("tanh-deep", "tanh-centred"), ("leaky-relu", "leaky-slope"), ("gelu", "gelu-cost"),
                          ("batch-size", "batch-memory"), ("optimizers", "local-minimum"),
                          ("epochs-overfit", "l2-early-stopping")]:
        assert ids.index(after) == ids.index(before) + 1, (before, after)
    parts = load_parts()
    assert [lid for p in parts for lid in p.lessons] == ids
    training = next(p for p in parts if p.id == "training")
    assert training.lessons[0] == "init"  # before the learning-rate lessons: training starts from it
    assert [p.id for p in parts if "init" in p.lessons] == ["training"]
    assert any("Every weight starts at 0" in q.question["en"] for q in training.questions)


def test_lessons_index_lists_id_tags_and_titles_in_order():
    index = L.lessons_index()
    assert [i["id"] for i in index] == [l.id for l in BUNDLED]
    assert all(set(i) == {"id", "tags", "title"} and set(i["title"]) == {"en", "ko"} for i in index)
    json.dumps(index, ensure_ascii=False)  # what `dlviz lessons --json` prints
    assert index[0]["tags"] == list(BUNDLED[0].tags)


def test_view_names_are_the_windows_dock_names():
    """The lesson schema names docks by the objectNames the window gives them."""
    from dlviz.ui.layouts import dock_titles

    assert set(dock_titles()) | {"compare_dock"} == set(L.DOCKS)


def test_find_lesson_and_an_unknown_id():
    assert L.find_lesson("xor-perceptron").tags == ("xor", "perceptron")
    with pytest.raises(LessonError, match="no lesson 'nope'; the lessons are .*xor-perceptron"):
        L.find_lesson("nope")


@pytest.mark.parametrize("lesson", BUNDLED, ids=[l.id for l in BUNDLED])
def test_every_expectation_of_the_lesson_holds(lesson):
    result = run_lesson(lesson)
    assert result["id"] == lesson.id
    assert [r["label"] for r in result["runs"]] == [label for label, _ in lesson.runs()]
    for run in result["runs"]:
        assert {"label", "config", "epochs", "steps", "train_loss", "val_accuracy", "diverged"} <= set(run)
        assert run["epochs"] == run["config"]["epochs"] or run["diverged"]
    failed = [(e["text"]["en"], e["value"], e["against"]) for e in result["expectations"] if not e["holds"]]
    assert not failed, f"{lesson.id}: these do not hold: {failed}"
    assert len(result["expectations"]) == len(lesson.expectations)
    json.dumps(result)


# -- the runner reports what it sees -------------------------------------------------------------


def _run_tiny(expectations, **scene):
    data = _tiny(expectations=expectations)
    data["scene"].update(scene)
    return run_lesson(parse_lesson(data, "tiny.json"))


def test_an_expectation_that_does_not_hold_is_reported_false():
    t = {"en": "wrong", "ko": "틀린 주장"}
    out = _run_tiny([
        {"text": t, "metric": "val_accuracy", "op": ">=", "value": 0.99},  # a perceptron cannot do XOR
        {"text": t, "metric": "val_accuracy", "op": "<=", "value": 0.75},
        {"text": t, "any": [{"metric": "diverged", "op": "==", "value": True},
                            {"metric": "train_loss", "op": "<", "than": {"metric": "ln_k"}, "times": 0.5}]},
    ])
    holds = [e["holds"] for e in out["expectations"]]
    assert holds == [False, True, False]
    first = out["expectations"][0]
    assert first["value"] == pytest.approx(out["runs"][0]["val_accuracy"], abs=1e-6) and first["against"] == 0.99
    assert out["expectations"][2]["value"][0] is False  # diverged: no
    assert out["expectations"][2]["against"][1] == pytest.approx(0.5 * math.log(2), rel=1e-5)


def test_comparisons_between_runs_ratios_and_times():
    t = {"en": "x", "ko": "가"}
    scene = {"config": {"dataset": "xor", "samples": 200, "hidden": [4], "activation": "tanh", "optimizer": "adam",
                        "lr": 0.05, "epochs": 10, "seed": 0},
             "compare": {"hidden_layers": [0, 1]}, "views": {"visible": ["compare_dock"], "front": "compare_dock"}}
    out = _run_tiny([
        {"text": t, "metric": "steps", "run": 0, "op": "==", "than": {"run": "hidden_layers=1"}},
        {"text": t, "metric": "grad_norm", "run": 1, "layer": 1, "over": {"layer": -1}, "op": ">", "value": 1e9},
        {"text": t, "metric": "val_loss", "run": 1, "at": "end", "op": "<=", "than": {"at": "first"}},
    ], **scene)
    e = out["expectations"]
    assert [r["label"] for r in out["runs"]] == ["hidden_layers=0", "hidden_layers=1"]
    assert e[0]["holds"] is True and e[0]["value"] == e[0]["against"] == out["runs"][0]["steps"]
    assert e[1]["holds"] is False and 0 < e[1]["value"] < 1e9  # a ratio, reported
    assert e[2]["holds"] is True and e[2]["value"] <= e[2]["against"]


def test_epoch_numbers_and_time_reductions_read_the_history():
    from dlviz.training.trainer import Trainer

    lesson = parse_lesson(_tiny(), "tiny.json")
    trainer = Trainer(lesson.config)
    while not trainer.finished:
        trainer.run_epoch()
    h = trainer.history
    q = lambda **k: L._value({"metric": "train_loss", **k}, [("run", trainer)])  # noqa: E731
    assert q(at=3) == pytest.approx(h.train_loss.view()[2])
    assert q(at="min") == pytest.approx(min(h.train_loss.view()))
    assert q(at="first") == pytest.approx(h.train_loss.view()[0])
    assert L._value({"metric": "step_loss", "at": 1}, [("run", trainer)]) == pytest.approx(h.step_loss.view()[0])
    assert L._value({"metric": "ln_k"}, [("run", trainer)]) == pytest.approx(math.log(2))
    assert q() == pytest.approx(trainer.evaluate()["train_loss"])  # no `at`: the final weights


# -- bad files: one clear error naming the file and the field -----------------------------------


def _bad(mutate) -> str:
    data = _tiny()
    mutate(data)
    with pytest.raises(LessonError) as err:
        parse_lesson(data, "lessons/tiny.json")
    msg = str(err.value)
    assert msg.startswith("lessons/tiny.json: ") and "\n" not in msg
    return msg


def _set(path, value):
    def mutate(d):
        *head, last = path
        for k in head:
            d = d[k]
        d[last] = value
    return mutate


@pytest.mark.parametrize("mutate, expected", [
    (lambda d: d.pop("predict"), "the file: missing 'predict'"),
    (_set(["surprise"], 1), "unknown key(s) 'surprise'"),
    (_set(["id"], "Tiny One"), "id: must be lowercase letters"),
    (_set(["id"], "other"), "id: is 'other' but the file is tiny.json"),
    (_set(["order"], 0), "order: must be at least 1"),
    (_set(["tags"], ["xor", "magic"]), "tags[1]: unknown tag 'magic'"),
    (_set(["title"], {"en": "Tiny"}), "title: missing 'ko'"),
    (_set(["title", "ko"], "Tiny lesson"), "title.ko: holds no Hangul"),
    (_set(["scene", "config", "lr"], 1000), "scene.config: lr must be"),
    (_set(["scene", "config", "optimizer"], "magic"), "scene.config: unknown optimizer 'magic'"),
    (_set(["scene", "config", "epochs"], 0), "scene.config.epochs: a lesson needs an epoch budget"),
    (_set(["scene", "config", "csv"], "my.csv"), "scene.config.csv: is not allowed here"),
    (_set(["scene", "compare"], {"lr": [0.1]}), "scene.compare: 'lr=0.1': give 2 to 4 values, got 1"),
    (_set(["scene", "views"], {"visible": ["loss_dock", "map_dock"], "front": "loss_dock"}),
     "scene.views.visible[1]: unknown dock 'map_dock'"),
    (_set(["scene", "views", "front"], "network_dock"), "scene.views.front: must be one of the visible docks"),
    (_set(["scene", "views", "visible"], ["compare_dock"]), "compare_dock shows a comparison"),
    (_set(["scene", "layer"], 1), "scene.layer: is 1, but a run has only 0 hidden layer(s)"),
    (_set(["scene", "thinned"], True), "scene.thinned: the thinned network needs dropout"),
    (_set(["scene", "watch_speed"], 0), "scene.watch_speed: must be 1 to 1000"),
    (_set(["predict", "answer"], 2), "predict.answer: is 2, but there are only 2 choices"),
    (_set(["predict", "choices"], [{"en": "Yes", "ko": "네"}]), "predict.choices: must hold 2 to 4 items"),
    (_set(["look_at", 0, "view"], "loss"), "look_at[0].view: unknown view 'loss'"),
    (_set(["try_next", 0, "config"], {"hidden": [4], "dropout": 2}), "try_next[0].config: dropout must be"),
    (_set(["try_next", 0], {"label": {"en": "Nothing", "ko": "없음"}}), "try_next[0]: changes nothing"),
    (_set(["expectations"], []), "expectations: must hold 1 to 3 items"),
    (_set(["expectations", 0, "metric"], "accuracy"), "expectations[0].metric: unknown metric 'accuracy'"),
    (_set(["expectations", 0, "op"], "=<"), "expectations[0].op: unknown op '=<'"),
    (_set(["expectations", 0, "value"], "high"), "expectations[0].value: must be a finite number"),
    (_set(["expectations", 0, "run"], 1), "expectations[0].run: the lesson has one run"),
    (_set(["expectations", 0, "than"], {"metric": "ln_k"}), "expectations[0]: give either 'value'"),
    (_set(["expectations", 0], {"text": {"en": "g", "ko": "기"}, "metric": "grad_norm", "op": "<", "value": 1}),
     "expectations[0]: grad_norm is per layer: give 'layer'"),
    (_set(["expectations", 0], {"text": {"en": "g", "ko": "기"}, "metric": "dead_fraction", "layer": 1, "op": "<",
                                "value": 1}), "expectations[0].layer: dead_fraction needs a hidden layer"),
    (_set(["expectations", 0], {"text": {"en": "g", "ko": "기"}, "metric": "grad_norm", "layer": 2, "op": "<",
                                "value": 1}), "expectations[0].layer: must be 1 to 1, -1 to -1"),
    (_set(["expectations", 0], {"text": {"en": "d", "ko": "발산"}, "metric": "diverged", "op": "<", "value": 1}),
     "expectations[0].value: diverged is true or false"),
    (_set(["expectations", 0, "at"], 99), "expectations[0].at: epoch 99 is past the epoch budget"),
    (_set(["expectations", 0], {"text": {"en": "a", "ko": "가"}, "any": [{"metric": "epochs", "op": ">", "value": 1}]}),
     "expectations[0].any: must hold 2 to 4 items"),
])
def test_a_bad_lesson_gives_one_clear_error(mutate, expected):
    assert expected in _bad(mutate)


def test_a_comparison_needs_its_runs_named():
    def mutate(d):
        d["scene"]["compare"] = {"optimizer": ["sgd", "adam"]}
    assert "expectations[0]: the lesson compares runs: say which with 'run' (optimizer=sgd, optimizer=adam)" in _bad(
        mutate)

    def unknown_run(d):
        mutate(d)
        d["expectations"][0]["run"] = "optimizer=rmsprop"
    assert "expectations[0].run: no run is labelled 'optimizer=rmsprop'" in _bad(unknown_run)


def test_a_try_next_must_still_fit_the_comparison():
    def mutate(d):
        d["scene"]["config"]["hidden"] = [4]
        d["scene"]["compare"] = {"hidden_layers": [1, 2]}
        d["expectations"][0]["run"] = 0
        d["try_next"][0]["config"] = {"neurons": 0}
    assert "try_next[0].config: neurons must be 1 to" in _bad(mutate)


def test_files_on_disk_unreadable_json_and_duplicate_orders(tmp_path):
    (tmp_path / "tiny.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(LessonError, match=r"tiny\.json: not valid JSON"):
        load_lessons(tmp_path)
    (tmp_path / "tiny.json").write_text(json.dumps(_tiny(), ensure_ascii=False), encoding="utf-8")
    twin = copy.deepcopy(_tiny(id="twin"))
    (tmp_path / "twin.json").write_text(json.dumps(twin, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LessonError, match=r"twin\.json: order: 1 is also the order of .*tiny\.json"):
        load_lessons(tmp_path)
    twin["order"] = 2
    (tmp_path / "twin.json").write_text(json.dumps(twin, ensure_ascii=False), encoding="utf-8")
    assert [l.id for l in load_lessons(tmp_path)] == ["tiny", "twin"]
    assert L.lessons_index(tmp_path)[1] == {"id": "twin", "tags": ["xor"], "title": {"en": "Tiny", "ko": "작은 수업"}}


def test_the_lessons_module_imports_no_qt():
    import subprocess
    import sys

    code = "import sys, dlviz.training.lessons; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "False", out.stderr


# -- scene.paths: the optimizer paths lab and its metrics -------------------------------------------

_PATHS = {"surface": "six_hump_camel", "start": [1.9, 0.6], "steps": 500,
          "optimizers": [{"optimizer": "sgd", "lr": 0.01}, {"optimizer": "momentum", "lr": 0.01}]}


def _with_paths(*expectations, paths=None) -> dict:
    data = _tiny()
    data["scene"]["paths"] = copy.deepcopy(_PATHS if paths is None else paths)
    data["expectations"] = list(expectations)
    return data


def _gap(path, op, value):
    return {"text": {"en": "g", "ko": "차이"}, "metric": "path_gap", "path": path, "op": op, "value": value}


def test_path_metrics_measure_where_each_optimizer_stops():
    """Small-lr SGD stops in the camel's local minimum (f ~ 2.10, 3.14 above the global one);
    momentum at the same lr reaches the global minimum; a condition that says otherwise is false."""
    lesson = parse_lesson(_with_paths(_gap("sgd", ">", 3), _gap("momentum", "<", 0.01), _gap("sgd", "<", 0.01)))
    checked = L.check_expectations(lesson, [])
    assert [c["holds"] for c in checked] == [True, True, False]
    assert checked[0]["value"] == pytest.approx(2.104 + 1.0316, abs=0.01)
    assert checked[1]["value"] == pytest.approx(0.0, abs=1e-6)


def test_a_larger_lr_is_read_from_the_scene():
    """The same check fails when the scene's SGD gets the larger learning rate that jumps the ridge."""
    paths = copy.deepcopy(_PATHS)
    paths["optimizers"][0]["lr"] = 0.1
    lesson = parse_lesson(_with_paths(_gap("sgd", ">", 3), paths=paths))
    assert L.check_expectations(lesson, [])[0]["holds"] is False


def test_path_loss_and_ratios_between_paths():
    cond = {"text": {"en": "l", "ko": "손실"}, "metric": "path_loss", "path": "momentum", "op": "<",
            "than": {"path": "sgd"}}
    lesson = parse_lesson(_with_paths(cond))
    [c] = L.check_expectations(lesson, [])
    assert c["holds"] and c["value"] == pytest.approx(-1.0316, abs=1e-3) and c["against"] == pytest.approx(2.104, abs=1e-2)


@pytest.mark.parametrize("data, expected", [
    (_with_paths(_gap("adam", "<", 1)), "expectations[0].path: no path of 'adam'"),
    (_with_paths({"text": {"en": "g", "ko": "차이"}, "metric": "path_gap", "op": "<", "value": 1}),
     "expectations[0]: path_gap: say which optimizer's path"),
    (_with_paths({**_gap("sgd", "<", 1), "at": "end"}), "expectations[0].at: path_gap is one value per path"),
    (_with_paths({"text": {"en": "v", "ko": "검증"}, "metric": "val_accuracy", "path": "sgd", "op": "<", "value": 1}),
     "expectations[0].path: val_accuracy is not a path metric"),
    (_with_paths(_gap("sgd", ">", 3), paths={**_PATHS, "surface": "moon"}), "scene.paths.surface: unknown surface"),
    (_with_paths(_gap("sgd", ">", 3), paths={**_PATHS, "steps": 5000}), "scene.paths.steps: must be 1 to 2000"),
    (_with_paths(_gap("sgd", ">", 3), paths={**_PATHS, "optimizers": [{"optimizer": "sgd", "lr": 0.1}] * 2}),
     "scene.paths.optimizers[1].optimizer: is given twice"),
])
def test_bad_paths_give_one_clear_error(data, expected):
    with pytest.raises(LessonError) as e:
        parse_lesson(data, "tiny.json")
    assert expected in str(e.value)


def test_path_metrics_need_the_scene_paths():
    data = _tiny()
    data["expectations"] = [_gap("sgd", ">", 3)]
    with pytest.raises(LessonError, match="path_gap reads the optimizer paths: the scene has no 'paths'"):
        parse_lesson(data, "tiny.json")
    data = _tiny()
    data["look_at"] = [{"view": "paths_lab", "text": {"en": "x", "ko": "경로"}}]
    with pytest.raises(LessonError, match="paths_lab shows the optimizer paths"):
        parse_lesson(data, "tiny.json")


# -- measure: times and memory shown after a run, never checked ----------------------------------------


def _measured(**over):
    data = _tiny(**over)
    data["scene"]["compare"] = {"batch_size": [8, 64]}
    data["expectations"][0]["run"] = "batch_size=8"
    data["measure"] = [
        {"text": {"en": "{value} per step", "ko": "스텝당 {value}"}, "metric": "seconds_per_step", "run": "batch_size=8"},
        {"text": {"en": "{value}", "ko": "활성화 {value}"}, "metric": "activation_bytes", "run": "batch_size=8"},
        {"text": {"en": "{value}", "ko": "활성화 {value}"}, "metric": "activation_bytes", "run": "batch_size=64"},
    ]
    return data


def test_measures_are_read_from_the_trained_runs():
    """The bytes of one batch's arrays grow with the batch (8 -> 64: x8, read from the network's
    own arrays, the epoch's short last batch scaled to a full one); a time is positive."""
    result = run_lesson(parse_lesson(_measured(), "tiny.json"))
    step, small, large = [m["value"] for m in result["measures"]]
    assert step > 0
    # (2 inputs + 1) + z (0 hidden: 2 logits) + probs 2 = 7 numbers a point, 8 bytes each (float64), or 4 (float32)
    assert small in (8 * 7 * 8, 8 * 7 * 4) and large == 8 * small
    assert [m["metric"] for m in result["measures"]] == ["seconds_per_step", "activation_bytes", "activation_bytes"]


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["measure"][0]["text"].update(ko="스텝당 시간"), "measure[0].text.ko: must hold {value}"),
    (lambda d: d["measure"][0].update(metric="train_loss"), "measure[0].metric: unknown measure 'train_loss'"),
    (lambda d: d["measure"][0].pop("run"), "measure[0]: the lesson compares runs: say which with 'run'"),
    (lambda d: d["measure"][0].update(run="batch_size=9"), "measure[0].run: no run is labelled 'batch_size=9'"),
])
def test_a_bad_measure_gives_one_clear_error(change, expected):
    data = _measured()
    change(data)
    with pytest.raises(LessonError) as e:
        parse_lesson(data, "tiny.json")
    assert expected in str(e.value)


def test_times_are_measures_not_metrics():
    """A wall-clock time cannot be an expectation: it depends on the computer, so it is shown only."""
    times = {"seconds_per_step", "seconds_per_epoch"}
    assert times <= set(L.MEASURES) and not times & set(L.METRICS)
    # The run's own figures may be both: shown after the run and checked by an expectation.
    assert {"same_sign", "mean_activation"} <= set(L.MEASURES) & set(L.METRICS)


def test_format_measure():
    assert L.format_measure("seconds_per_step", 0.000412) == "412 µs"
    assert L.format_measure("seconds_per_epoch", 0.0312) == "31.2 ms"
    assert L.format_measure("seconds_per_epoch", 2.5) == "2.5 s"
    assert L.format_measure("activation_bytes", 402432) == "393 KB"
    assert L.format_measure("activation_bytes", 3 * 1024 ** 2) == "3 MB"
    assert L.format_measure("activation_bytes", 500) == "500 B"
    assert L.format_measure("seconds_per_step", None) == "–"
    assert L.format_measure("same_sign", 0.656) == "66 %"
    assert L.format_measure("mean_activation", [0.496, -0.012]) == "+0.50 · −0.01"
