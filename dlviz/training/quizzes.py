"""The course's parts and their quizzes: ``resources/quizzes.json``.

``{"parts": [{"id", "title": text, "lessons": [lesson ids], "questions": [3-5
{"question": text, "choices": [2-4 texts], "answer": 0-based index,
"explain": text}]}]}``; texts are ``{"en", "ko"}`` pairs as in the lessons.
Every bundled lesson belongs to exactly one part. Any problem is one
:class:`QuizError` naming the field. Qt-free: the Lessons dock shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from ..common.files import JSONProblem, parse_json
from .lessons import FieldAt, LessonError, load_lessons, read_int, read_list, read_obj, read_text

MAX_BYTES = 256 * 1024


class QuizError(ValueError):
    """The quizzes file breaks its schema; the message names the field."""


@dataclass(frozen=True)
class Question:
    question: dict
    choices: tuple[dict, ...]
    answer: int
    explain: dict


@dataclass(frozen=True)
class Part:
    id: str
    title: dict
    lessons: tuple[str, ...]
    questions: tuple[Question, ...]


def parse_parts(data, lesson_ids: list[str], source: str = "quizzes.json") -> list[Part]:
    """The parts, checked against the course's lesson ids (each in exactly one part)."""
    at = FieldAt(source)
    try:
        read_obj(data, at, {"parts"})
        parts, seen = [], {}
        for i, raw in enumerate(read_list(data["parts"], at["parts"], 1, 12)):
            pat = at["parts"][i]
            read_obj(raw, pat, {"id", "title", "lessons", "questions"})
            if not isinstance(raw["id"], str) or not raw["id"] or any(p.id == raw["id"] for p in parts):
                pat["id"].fail(f"must be a new non-empty name, got {raw['id']!r}")
            ids = read_list(raw["lessons"], pat["lessons"], 1, 64)
            for j, lid in enumerate(ids):
                if lid not in lesson_ids:
                    pat["lessons"][j].fail(f"no lesson {lid!r}")
                if lid in seen:
                    pat["lessons"][j].fail(f"{lid!r} is also in part {seen[lid]!r}")
                seen[lid] = raw["id"]
            questions = []
            for j, q in enumerate(read_list(raw["questions"], pat["questions"], 3, 5)):
                qat = pat["questions"][j]
                read_obj(q, qat, {"question", "choices", "answer", "explain"})
                choices = tuple(read_text(c, qat["choices"][k]) for k, c in enumerate(read_list(q["choices"], qat["choices"], 2, 4)))
                answer = read_int(q["answer"], qat["answer"], 0)
                if answer >= len(choices):
                    qat["answer"].fail(f"is {answer}, but there are only {len(choices)} choices (0-based)")
                questions.append(Question(read_text(q["question"], qat["question"]), choices, answer,
                                          read_text(q["explain"], qat["explain"])))
            parts.append(Part(raw["id"], read_text(raw["title"], pat["title"]), tuple(ids), tuple(questions)))
        missing = [lid for lid in lesson_ids if lid not in seen]
        if missing:
            at["parts"].fail(f"lesson(s) in no part: {', '.join(missing)}")
    except LessonError as e:
        raise QuizError(str(e)) from None
    return parts


def load_parts(lesson_ids: list[str] | None = None) -> list[Part]:
    """The bundled parts and quizzes, for the bundled lessons (``lesson_ids``: their ids, when
    the caller has loaded them already: reading every lesson again costs a window ~0.1 s)."""
    raw = (resources.files("dlviz.resources") / "quizzes.json").read_bytes()
    try:
        data = parse_json(raw, MAX_BYTES)
    except JSONProblem as e:
        raise QuizError(f"quizzes.json: {e}") from None
    return parse_parts(data, [l.id for l in load_lessons()] if lesson_ids is None else list(lesson_ids))
