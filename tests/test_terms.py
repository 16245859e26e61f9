"""One word per concept: the Korean of the window (resources/i18n/*.ts), the lessons and the
glossary names each concept of resources/terms.json with the table's word, never a variant."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
TABLE = json.loads((RESOURCES / "terms.json").read_text(encoding="utf-8"))
RULES = TABLE["terms"] + TABLE["phrasings"]


def ts_pairs(path: Path):
    """(where, English, Korean) of every translated entry of a .ts file."""
    for context in ET.parse(path).getroot().findall("context"):
        for msg in context.findall("message"):
            tr = msg.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("vanished", "obsolete"):
                yield f"{path.name} [{context.findtext('name')}]", msg.findtext("source") or "", tr.text


def json_pairs(node, where: str):
    """(where, English, Korean) of every {"en": ..., "ko": ...} pair in a lesson or the glossary."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and isinstance(node.get("ko"), str):
            yield where, node["en"], node["ko"]
        for key, value in node.items():
            yield from json_pairs(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from json_pairs(value, f"{where}[{i}]")


def all_pairs():
    for ts in sorted((RESOURCES / "i18n").glob("*_ko.ts")):
        yield from ts_pairs(ts)
    for path in sorted((RESOURCES / "lessons").glob("*.json")) + [RESOURCES / "glossary.json"]:
        yield from json_pairs(json.loads(path.read_text(encoding="utf-8")), path.stem)


def wrong_words(english: str, korean: str) -> list[str]:
    """The variants ``korean`` uses where the table has one word (see terms.json's "about")."""
    found = []
    for rule in RULES:
        if re.search(rule["en"], english, re.IGNORECASE):
            found += [f"{w!r} for {rule['en']!r} (use {rule.get('ko', 'another phrasing')!r})"
                      for w in rule.get("avoid", ()) if w in korean]
        found += [f"{w!r} (use {rule.get('ko', 'another phrasing')!r})" for w in rule.get("never", ())
                  if w in korean and not any(w in f for f in found)]
    return found


def test_the_table_is_well_formed():
    words = {}
    for rule in TABLE["terms"]:
        assert {"en", "ko", "avoid"} <= set(rule), rule
        re.compile(rule["en"])
        assert rule["ko"] not in rule["avoid"] and rule.get("course", "") not in rule["avoid"], rule
        words.setdefault(rule["ko"], []).append(rule["en"])
    for must in ("결정 영역", "훈련 손실", "솎아 낸 신경망", "우연 수준", "특징", "정규화", "신경망", "다층 퍼셉트론", "학습률"):
        assert must in words, must
    assert {r.get("course") for r in TABLE["terms"]} >= {"배치 사이즈", "정규화"}


def test_the_check_can_fail():
    assert wrong_words("Decision regions", "결정 경계")
    assert not wrong_words("the decision boundary", "결정 경계")
    assert wrong_words("train loss {v}", "학습 손실 {v}")
    assert wrong_words("Lessons", "레슨")
    assert wrong_words("ln K is chance", "찍기 수준은 ln K")
    assert not wrong_words("Decision regions", "결정 영역")


@pytest.mark.parametrize("source", ["ui", "lessons"])
def test_korean_uses_the_course_terms(source):
    bad = [f"{where}: {ko!r}\n    {'; '.join(why)}" for where, en, ko in all_pairs()
           if (where.startswith("dlviz_") == (source == "ui")) for why in [wrong_words(en, ko)] if why]
    assert not bad, f"{len(bad)} texts use another word than resources/terms.json:\n" + "\n".join(bad)
