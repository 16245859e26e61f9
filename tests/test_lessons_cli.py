"""The lessons on the command line: ``dlviz lessons --json``, ``dlviz train --lesson ID``
(the run's JSON plus its checked expectations) and ``dlviz --lesson ID`` (the window)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dlviz import cli
from dlviz.training.lessons import find_lesson, lessons_index

ROOT = Path(__file__).resolve().parents[1]


def _run(argv, capsys):
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_lessons_json_lists_id_tags_and_both_titles_in_course_order(capsys):
    code, out, err = _run(["lessons", "--json"], capsys)
    assert code == 0 and err == ""
    listed = json.loads(out)
    assert listed == lessons_index() and len(listed) == len(lessons_index()) >= 24
    assert [set(item) for item in listed] == [{"id", "tags", "title"}] * len(listed)
    assert listed[2] == {"id": "xor-perceptron", "tags": ["xor", "perceptron"],
                         "title": {"en": "One perceptron cannot solve XOR", "ko": "퍼셉트론 하나로는 XOR을 풀 수 없다"}}
    assert "퍼셉트론" in out  # ensure_ascii=False: Hangul as it is, not \uXXXX


def test_lessons_json_is_utf8_whatever_the_locale(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env.update(LC_ALL="C", PYTHONUTF8="0")
    done = subprocess.run([sys.executable, "-m", "dlviz", "lessons", "--json"], capture_output=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))[0]["title"]["ko"]


def test_lessons_without_json_is_one_line_each(capsys):
    code, out, _ = _run(["lessons"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(lessons_index())
    assert lines[2].split()[:2] == ["3.", "xor-perceptron"] and "One perceptron cannot solve XOR" in lines[2]


def test_train_lesson_json_is_the_run_plus_its_expectations(capsys):
    code, out, err = _run(["train", "--lesson", "xor-perceptron", "--json"], capsys)
    assert code == 0, err
    result = json.loads(out.splitlines()[-1])
    lesson = find_lesson("xor-perceptron")
    assert result["epochs"] == lesson.config.epochs and result["lesson"] == "xor-perceptron"
    assert {"train_loss", "val_accuracy", "steps", "diverged"} <= set(result)
    assert result["val_accuracy"] <= 0.75
    assert [e["text"] for e in result["expectations"]] == [e["text"] for e in lesson.expectations]
    assert all(e["holds"] is True for e in result["expectations"])
    # The same numbers as the lesson's settings trained by hand.
    flags = ["--dataset", "xor", "--samples", "400", "--noise", "0.1", "--hidden", "", "--optimizer", "adam",
             "--lr", "0.05", "--batch-size", "32", "--epochs", "40", "--seed", "0", "--json"]
    code, out, _ = _run(["train", *flags], capsys)
    plain = json.loads(out.splitlines()[-1])
    assert plain["train_loss"] == result["train_loss"] and plain["val_accuracy"] == result["val_accuracy"]


def test_train_lesson_with_a_comparison_prints_every_run(capsys):
    code, out, err = _run(["train", "--lesson", "optimizers", "--json"], capsys)
    assert code == 0, err
    result = json.loads(out.splitlines()[-1])
    assert [r["label"] for r in result["runs"]] == [label for label, _ in find_lesson("optimizers").runs()]
    assert len(result["expectations"]) == 3 and all(e["holds"] for e in result["expectations"])
    code, out, _ = _run(["train", "--lesson", "optimizers"], capsys)
    assert code == 0 and out.count("✓") == 3 and "optimizer=adam:" in out


def _lesson_file(tmp_path, **changes) -> Path:
    data = json.loads((ROOT / "resources" / "lessons" / "xor-perceptron.json").read_text(encoding="utf-8"))
    data.update(id="my-lesson", **changes)
    path = tmp_path / "my-lesson.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_teachers_lesson_file_whose_expectation_fails_exits_1(tmp_path, capsys):
    wrong = {"text": {"en": "It solves XOR.", "ko": "XOR을 풉니다."}, "metric": "val_accuracy", "op": ">=",
             "value": 0.99}
    path = _lesson_file(tmp_path, expectations=[wrong])
    code, out, err = _run(["train", "--lesson", str(path), "--json"], capsys)
    assert code == 1
    result = json.loads(out.splitlines()[-1])
    assert result["lesson"] == "my-lesson" and result["expectations"][0]["holds"] is False
    assert "1 of the 1 expectations of lesson my-lesson do not hold" in err
    code, out, _ = _run(["train", "--lesson", str(path)], capsys)
    assert code == 1 and "✗ It solves XOR." in out


@pytest.mark.parametrize("argv, message", [
    (["train", "--lesson", "nope", "--json"], "no lesson 'nope'; the lessons are hand-made-features"),
    (["train", "--lesson", "xor-perceptron", "--lr", "0.1"], "--lr cannot go with it"),
    (["train", "--lesson", "xor-perceptron", "--compare", "lr=0.1,0.2"], "--compare cannot go with it"),
])
def test_an_unknown_lesson_or_extra_settings_exit_2(argv, message, capsys):
    code, out, err = _run(argv, capsys)
    assert code == 2 and out == ""
    assert message in err and err.startswith("dlviz train: error:") and err.count("\n") == 1


def test_a_bad_lesson_file_exits_2_naming_the_file_and_the_field(tmp_path, capsys):
    path = _lesson_file(tmp_path, order=0)
    code, out, err = _run(["train", "--lesson", str(path), "--json"], capsys)
    assert code == 2 and out == ""
    assert "my-lesson.json: order: must be at least 1, got 0" in err
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    code, _, err = _run(["train", "--lesson", str(broken)], capsys)
    assert code == 2 and "broken.json: not valid JSON" in err


def test_the_window_flag_checks_the_lesson_first(tmp_path, capsys):
    args = cli.build_parser().parse_args(["--lesson", "dropout", "--screenshot", str(tmp_path / "x.png")])
    assert cli._window_args(args)["lesson"] == find_lesson("dropout")
    code, _, err = _run(["--lesson", "nope", "--screenshot", str(tmp_path / "x.png")], capsys)
    assert code == 2 and "dlviz: error: no lesson 'nope'" in err
    code, _, err = _run(["--lesson", "dropout", "--compare", "lr=0.1,0.2"], capsys)
    assert code == 2 and "--lesson opens the lesson's own settings: it does not go with --compare" in err


def test_dlviz_lesson_opens_the_window_on_that_lesson(tmp_path):
    shot = tmp_path / "lesson.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "dlviz", "--lesson", "hand-made-features", "--screenshot", str(shot),
                           "--train-seconds", "0.5", "--size", "1366x768"], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000


# -- issue 23: a teacher checks a lesson on other seeds and noise ------------------------------------


def test_train_lesson_takes_a_seed_and_a_noise(capsys):
    """Today --seed was refused with --lesson: a teacher could not try another seed."""
    code, out, err = _run(["train", "--lesson", "xor-mlp", "--seed", "3", "--noise", "0.2", "--json"], capsys)
    assert code == 0, err
    result = json.loads(out.splitlines()[-1])
    assert [r["config"]["seed"] for r in result["runs"]] == [3, 3]
    assert [r["config"]["noise"] for r in result["runs"]] == [0.2, 0.2]
    code, out, _ = _run(["train", "--lesson", "xor-mlp", "--json"], capsys)
    default = json.loads(out.splitlines()[-1])
    assert [r["config"]["seed"] for r in default["runs"]] == [0, 0]
    assert default["runs"][1]["val_accuracy"] != result["runs"][1]["val_accuracy"]


def test_lessons_check_prints_a_row_per_lesson_and_seed(capsys):
    code, out, err = _run(["lessons", "--check", "--seeds", "0-1", "--only", "perceptron,xor-mlp",
                           "--noise-scales", "1"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["perceptron"] * 2 + ["xor-mlp"] * 2
    assert "seed 1" in lines[1] and lines[2].endswith("✓ ✓") and "✗" not in out
    code, out, _ = _run(["lessons", "--check", "--seeds", "2", "--only", "perceptron", "--json"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["seed"], r["noise_scale"]) for r in rows] == [(2, 0.5), (2, 1.0), (2, 1.5)]
    assert all(e["holds"] for r in rows for e in r["expectations"])


def test_lessons_check_exits_1_when_an_expectation_fails(capsys, monkeypatch):
    from dlviz.training import lessons as L

    data = json.loads((ROOT / "resources" / "lessons" / "perceptron.json").read_text(encoding="utf-8"))
    data["expectations"][0]["value"] = 1.01  # no accuracy reaches it
    broken = L.parse_lesson(data, "perceptron.json")
    monkeypatch.setattr(L, "load_lessons", lambda folder=None: [broken])
    code, out, err = _run(["lessons", "--check", "--seeds", "0", "--noise-scales", "1"], capsys)
    assert code == 1 and "✗" in out and "expectation 1" in out and "1 of the 1 checks do not hold" in err


@pytest.mark.parametrize("argv, message", [
    (["lessons", "--check", "--seeds", "x"], "--seeds: 'x' is not a seed"),
    (["lessons", "--check", "--only", "nope"], "--only: no lesson 'nope'"),
    (["lessons", "--check", "--noise-scales", "a,b"], "--noise-scales: 'a,b' is not a list"),
])
def test_lessons_check_bad_input_is_one_line(argv, message, capsys):
    code, out, err = _run(argv, capsys)
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1
