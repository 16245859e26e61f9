"""The course's parts and quizzes (resources/quizzes.json): every lesson in one part, 3-5
explained questions a part, both languages, the course's terms; a bad file says what is wrong."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

from dlviz.training.lessons import load_lessons
from dlviz.training.quizzes import QuizError, load_parts, parse_parts

ROOT = Path(__file__).resolve().parents[2]
RAW = json.loads((ROOT / "resources" / "quizzes.json").read_text(encoding="utf-8"))
IDS = [l.id for l in load_lessons()]


def test_every_lesson_is_in_one_part_and_every_part_has_a_quiz():
    parts = load_parts()
    assert sorted(lid for p in parts for lid in p.lessons) == sorted(IDS)
    for p in parts:
        assert 3 <= len(p.questions) <= 5
        for q in p.questions:
            assert 0 <= q.answer < len(q.choices) and q.explain["en"] and q.explain["ko"]


def test_the_quizzes_korean_uses_the_course_terms():
    spec = importlib.util.spec_from_file_location("terms_test", ROOT / "tests" / "test_terms.py")
    terms = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(terms)
    bad = [(where, found) for where, en, ko in terms.json_pairs(RAW, "quizzes")
           for found in terms.wrong_words(en, ko)]
    assert bad == []


def _bad(mutate) -> str:
    data = copy.deepcopy(RAW)
    mutate(data)
    with pytest.raises(QuizError) as e:
        parse_parts(data, IDS)
    return str(e.value)


@pytest.mark.parametrize("mutate, expected", [
    (lambda d: d["parts"][1]["lessons"].append("perceptron"), "is also in part 'mlp'"),
    (lambda d: d["parts"][0]["lessons"].remove("softmax"), "parts: lesson(s) in no part: softmax"),
    (lambda d: d["parts"][0]["lessons"].append("magic"), "no lesson 'magic'"),
    (lambda d: d["parts"][0]["questions"][0].update(answer=7), "parts[0].questions[0].answer: is 7"),
    (lambda d: d["parts"][0]["questions"].__delitem__(slice(2, None)), "parts[0].questions: must hold 3 to 5 items"),
    (lambda d: d["parts"][2]["questions"][1]["explain"].update(ko="because"), "explain.ko: holds no Hangul"),
    (lambda d: d["parts"][0]["questions"][0].pop("explain"), "missing 'explain'"),
])
def test_a_bad_quiz_file_gives_one_clear_error(mutate, expected):
    assert expected in _bad(mutate)
