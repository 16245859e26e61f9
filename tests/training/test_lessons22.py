"""Issue 22 §5: the lessons on backprop, images and regression.

Each check must be able to fail: every lesson's expectations are run here on trainers
where the lesson's premise is removed (the activations swapped, the learned features
given, the learning rate made tiny) and must then fail. The seed grid (seeds 0-3, the
noise factors) is test_lesson_seeds.py's, which runs every bundled lesson.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from dlviz.training import lessons as L
from dlviz.training.lessons import (check_expectations, find_lesson, format_measure, load_lessons, run_lesson,
                                    straight_pieces_of, weight_changes)
from dlviz.training.session import limit_blas_threads
from dlviz.training.trainer import Trainer

NEW = ("backprop", "unstructured-data", "learned-features-images", "regression-linear", "regression-relu-pieces")


def _train(config, **changes) -> Trainer:
    t = Trainer(config.replace(**changes) if changes else config)
    with limit_blas_threads():
        while not (t.finished or t.diverged):
            t.run_epoch()
    return t


def _trained(lesson) -> list[tuple[str, Trainer]]:
    return [(label, _train(c)) for label, c in lesson.runs()]


def _holds(lesson, trainers) -> list[bool]:
    return [e["holds"] for e in check_expectations(lesson, trainers)]


# -- where they sit, what they show ----------------------------------------------------------------


def test_the_new_lessons_sit_beside_their_topics_in_their_part():
    from dlviz.training.quizzes import load_parts

    ids = [l.id for l in load_lessons()]
    for before, after in [("learned-features", "unstructured-data"), ("unstructured-data", "learned-features-images"),
                          ("nonlinearity", "regression-linear"), ("regression-linear", "regression-relu-pieces"),
                          ("cross-entropy", "backprop"), ("backprop", "step-no-gradient")]:
        assert ids.index(after) == ids.index(before) + 1, (before, after)
    mlp = next(p for p in load_parts() if p.id == "mlp")
    assert set(NEW) <= set(mlp.lessons)
    assert any("δₗ" in q.question["en"] for q in mlp.questions)
    assert any("raw pixels" in q.question["en"] for q in mlp.questions)


def test_the_new_lessons_point_at_the_views_of_their_point():
    def names(lid):
        l = find_lesson(lid)
        return set(l.views["visible"]) | {p["view"] for p in l.look_at}

    assert {"backprop_dock", "gradient_dock"} <= names("backprop")
    assert "first_layer_dock" in names("learned-features-images")
    assert {"confusion_dock", "mistakes_dock"} <= names("unstructured-data")
    assert "regression_plot" in names("regression-relu-pieces") and "regression_plot" in names("regression-linear")
    bp = find_lesson("backprop")
    assert "δₗ = (Wₗ₊₁ᵀ δₗ₊₁) ⊙ f′(zₗ)" in bp.text["en"] and "0.25" in bp.text["en"]
    assert "δₗ = (Wₗ₊₁ᵀ δₗ₊₁) ⊙ f′(zₗ)" in bp.text["ko"] and "역전파" in bp.text["ko"]
    assert [c.activation for _, c in find_lesson("regression-linear").runs()] == ["linear", "relu"]


# -- the checks fail without the premise ------------------------------------------------------------


def test_backprop_checks_tell_the_sigmoid_from_the_relu_net():
    lesson = find_lesson("backprop")
    runs = _trained(lesson)
    assert _holds(lesson, runs) == [True, True, True]
    swapped = [(runs[0][0], runs[1][1]), (runs[1][0], runs[0][1])]  # each label on the other activation's run
    assert _holds(lesson, swapped) == [False, False, False]


def test_unstructured_data_fails_with_learned_features_and_the_mlp_wins_by_a_clear_margin():
    """The lesson's run is the hand-made model; its "falls short" check fails on the MLP on
    raw pixels (its try-next), which beats it by at least 5 points on seeds 0-3."""
    lesson = find_lesson("unstructured-data")
    learned = next(t["config"] for t in lesson.try_next if t["config"].get("features") == ["pixels"])
    for seed in (0, 1, 2, 3):
        hand = _train(lesson.config, seed=seed)
        mlp = _train(lesson.config.replace(**learned), seed=seed)
        assert _holds(lesson, [("run", hand)]) == [True, True]
        assert _holds(lesson, [("run", mlp)]) == [True, False]
        assert mlp.evaluate()["val_accuracy"] >= hand.evaluate()["val_accuracy"] + 0.05, seed


def test_learned_features_images_fails_when_the_weights_do_not_learn():
    lesson = find_lesson("learned-features-images")
    assert _holds(lesson, _trained(lesson)) == [True, True]
    tiny = next(t["config"] for t in lesson.try_next if "lr" in t["config"])
    frozen = _train(lesson.config.replace(**tiny))
    assert _holds(lesson, [("run", frozen)]) == [False, False]


def test_regression_linear_checks_fail_on_a_relu_net():
    lesson = find_lesson("regression-linear")
    runs = _trained(lesson)
    assert _holds(lesson, runs) == [True, True, True]
    swapped = [(runs[0][0], runs[1][1]), (runs[1][0], runs[0][1])]
    assert _holds(lesson, swapped) == [False, False, False]


def test_regression_relu_pieces_checks_fail_when_the_units_are_equal():
    lesson = find_lesson("regression-relu-pieces")
    runs = _trained(lesson)
    assert _holds(lesson, runs) == [True, True]
    same = [(runs[0][0], runs[0][1]), (runs[1][0], runs[0][1])]  # "16 units" is the 2-unit run again
    assert _holds(lesson, same) == [False, False]
    two = straight_pieces_of(runs[0][1])
    assert 1 <= two <= 3  # 2 ReLU units bend the line at most twice


# -- the two metrics ------------------------------------------------------------------------------


def test_weight_change_is_zero_before_training_and_per_weight_layer():
    c = find_lesson("learned-features-images").config
    t = Trainer(c)
    assert weight_changes(t) == [0.0, 0.0]
    t.run_epoch()
    moved = weight_changes(t)
    assert len(moved) == 2 and all(m > 0.05 for m in moved)


def test_weight_change_agrees_between_the_engines():
    from dlviz.engine import engines

    c = find_lesson("learned-features-images").config.replace(epochs=3)
    a = _train(c, engine="numpy")
    b = _train(c, engine="auto")
    if b.engine != "compiled":
        pytest.skip(f"the compiled engine is not available here ({engines.__name__})")
    np.testing.assert_allclose(weight_changes(a), weight_changes(b), rtol=1e-3)


def test_straight_pieces_counts_a_line_as_one_and_is_none_off_a_curve():
    lesson = find_lesson("regression-linear")
    line = _train(lesson.config.replace(hidden=(), epochs=5))
    assert straight_pieces_of(line) == 1
    moons = _train(find_lesson("backprop").config.replace(epochs=1))
    assert straight_pieces_of(moons) is None
    plane = Trainer(lesson.config.replace(dataset="plane"))
    assert straight_pieces_of(plane) is None
    assert format_measure("straight_pieces", 7) == "7"


def test_a_lesson_measures_its_straight_pieces():
    result = run_lesson("regression-relu-pieces")
    shown = {m["text"]["en"]: m["value"] for m in result["measures"]}
    assert shown["2 units: {value} straight pieces."] <= 3
    assert shown["16 units: {value} straight pieces."] >= shown["2 units: {value} straight pieces."] + 3


def test_the_new_metrics_are_checked_like_the_others():
    data = {**_lesson_json("regression-linear")}
    data["expectations"] = [{**data["expectations"][0], "layer": 1}]
    with pytest.raises(L.LessonError, match="straight_pieces is not per layer"):
        L.parse_lesson(data, "<test>")
    data = _lesson_json("learned-features-images")
    data["expectations"][1] = {k: v for k, v in data["expectations"][1].items() if k != "layer"}
    with pytest.raises(L.LessonError, match="weight_change is per layer"):
        L.parse_lesson(data, "<test>")
    data["expectations"][1]["layer"] = 3  # 2 weight layers
    with pytest.raises(L.LessonError, match="must be 1 to 2"):
        L.parse_lesson(data, "<test>")


def _lesson_json(lid) -> dict:
    import json

    return json.loads((L.lessons_folder() / f"{lid}.json").read_text(encoding="utf-8"))


def test_each_new_lesson_holds_on_seed_1():
    rows = L.check_lessons([find_lesson(i) for i in NEW], seeds=[1], noise_scales=[1.0])
    assert len(rows) == len(NEW)
    assert [e["holds"] for r in rows for e in r["expectations"]] == [True] * sum(
        len(find_lesson(i).expectations) for i in NEW)


def test_a_lesson_variant_keeps_its_other_fields():
    l = find_lesson("regression-relu-pieces")
    v = l.variant(seed=2)
    assert v.config.seed == 2 and dataclasses.replace(v, config=l.config) == l
