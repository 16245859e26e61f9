"""The README's "Extending dlviz" recipes that tests/test_extending.py does not cover: an
optimizer and a dataset are one registry entry each, and a teacher's lesson is one JSON file
(validated by the shipped JSON Schema and run by ``dlviz train --lesson file.json``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from dlviz.cli import main
from dlviz.common.registry import Entry
from dlviz.config import Config, ConfigError
from dlviz.data import make_dataset
from dlviz.data.datasets import DATASETS, _balanced_labels, _finish
from dlviz.engine.optimizers import OPTIMIZERS, Optimizer
from dlviz.training.trainer import Trainer

ROOT = Path(__file__).resolve().parents[1]


def _last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


# -- an optimizer: one class and one entry --------------------------------------------------------


class SignSGD(Optimizer):
    """Sign descent: w <- w - lr·sign(g)."""

    name, label = "signsgd", "SignSGD"

    def _update(self, p, g, s, tmp):
        np.sign(g, out=tmp)
        tmp *= self.lr
        p -= tmp


@pytest.fixture
def signsgd():
    OPTIMIZERS.add(Entry("signsgd", "SignSGD", "w <- w - lr·sign(g)", SignSGD))
    yield
    OPTIMIZERS.remove("signsgd")


def test_a_runtime_optimizer_trains_through_the_cli_with_numpy(signsgd, capsys):
    rc = main(["train", "--dataset", "xor", "--samples", "200", "--hidden", "8", "--optimizer", "signsgd",
               "--lr", "0.01", "--epochs", "20", "--json"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    summary = _last_json(out.out)
    assert summary["epochs"] == 20 and summary["train_accuracy"] > 0.8
    with pytest.raises(ConfigError, match="signsgd|sgd"):
        Config(optimizer="signsgdx")


def test_its_update_is_the_rule_it_declares(signsgd):
    """One step moves every weight whose gradient is not 0 by exactly lr (the kernel does not
    know the class, so the NumPy engine trains it, whatever ``engine`` says)."""
    for engine in ("auto", "compiled"):
        t = Trainer(Config(dataset="xor", samples=100, hidden=(4,), optimizer="signsgd", lr=0.01, batch_size=100,
                           val_fraction=0.0, dropout=0.0, weight_decay=0.0, l1=0.0, schedule="constant",
                           engine=engine))
        assert t.engine == "numpy" and isinstance(t.opt, SignSGD)
        before = [p.copy() for p in t.net.params]
        t.run(1)
        moved = np.concatenate([np.abs(p - b).ravel() for p, b in zip(t.net.params, before)]).astype(np.float64)
        assert moved.max() == pytest.approx(0.01, rel=1e-3)
        assert np.all((moved < 1e-9) | np.isclose(moved, 0.01, rtol=1e-3))  # (float32 weights)


# -- a dataset: one generator and one entry ------------------------------------------------------


def stripes(n_samples: int, noise: float, classes: int, rng: np.random.Generator):
    """K vertical stripes, one class each, left to right."""
    y = _balanced_labels(n_samples, classes)
    x = (y + rng.uniform(0.05, 0.95, n_samples)) / classes * 1.8 - 0.9
    X = np.column_stack((x, rng.uniform(-0.9, 0.9, n_samples)))
    return _finish(X, y, 0.2 * noise, rng)


@pytest.fixture
def stripes_dataset():
    DATASETS.add(Entry("stripes", "Stripes", "Vertical stripes, one per class.", stripes, (), {"uses_classes": True}))
    yield
    DATASETS.remove("stripes")


def test_a_runtime_dataset_is_made_and_trained_through_the_cli(stripes_dataset, capsys):
    d = make_dataset("stripes", 300, 0.0, 3, 0)
    assert d.X.shape == (300, 2) and np.bincount(d.y).tolist() == [100, 100, 100]
    assert all(d.X[d.y == k, 0].max() < d.X[d.y == k + 1, 0].min() for k in range(2))  # left to right, no overlap
    rc = main(["train", "--dataset", "stripes", "--classes", "3", "--samples", "300", "--noise", "0",
               "--hidden", "8", "--epochs", "30", "--json"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert _last_json(out.out)["val_accuracy"] > 0.9
    rc = main(["train", "--dataset", "stripe", "--epochs", "1"])
    err = capsys.readouterr().err
    assert rc == 2 and "stripes" in err and len(err.strip().splitlines()) == 1  # the choices name it


# -- a lesson: one JSON file ---------------------------------------------------------------------


def readme_lesson() -> dict:
    """The complete lesson the README shows under "Writing a lesson"."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Writing a lesson", 1)[1]
    return json.loads(re.search(r"^```json\n(.*?)^```", section, re.S | re.M).group(1))


def test_a_teachers_lesson_file_validates_and_trains(tmp_path, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    lesson = readme_lesson()
    schema = json.loads((ROOT / "resources" / "lessons.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(lesson)
    path = tmp_path / f"{lesson['id']}.json"
    path.write_text(json.dumps(lesson, ensure_ascii=False), encoding="utf-8")
    rc = main(["train", "--lesson", str(path), "--json"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    result = _last_json(out.out)
    assert result["lesson"] == lesson["id"] and [e["holds"] for e in result["expectations"]] == [True]
    broken = dict(lesson, order=0)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(broken)
    path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    assert main(["train", "--lesson", str(path), "--json"]) == 2
    assert "order: must be at least 1, got 0" in capsys.readouterr().err
