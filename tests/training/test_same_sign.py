"""Issue 23, tanh-centred: the zig-zag of all-positive inputs, measured.

``same_sign`` (per hidden layer): the share of the next layer's units whose weights
from the layer all got a gradient of one sign in a step, so that the step moved them
all up or all down. Recorded with every diagnostics row, from the step's gradient
both engines leave in ``MLP.flat_grad``."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.engine import kernel
from dlviz.training import lessons as L
from dlviz.training.lessons import check_expectations, find_lesson, run_lesson
from dlviz.training.session import limit_blas_threads
from dlviz.training.trainer import Trainer, same_sign_shares


def _block(weights: np.ndarray) -> np.ndarray:
    """A gradient block (inputs + 1, outputs) with a bias row of mixed signs, which must not count."""
    bias = np.array([[(-1) ** j for j in range(weights.shape[1])]], dtype=float)
    return np.vstack([weights, bias])


def test_same_sign_shares_counts_units_whose_weights_all_move_one_way():
    first = _block(np.array([[1.0, -1.0], [-1.0, 1.0]]))  # the data's layer: never counted
    mixed = _block(np.array([[0.5, 0.2, 0.0, 1.0],
                             [0.1, -0.3, 0.0, 2.0],
                             [0.2, 0.4, 0.0, -0.5]]))  # units: all up, mixed, no gradient, mixed
    down = _block(np.array([[-0.1, 0.3], [-0.2, 0.0], [-0.3, 0.1]]))  # all down (a 0 agrees), all up
    assert same_sign_shares([first, mixed, down]) == (0.25, 1.0)
    assert same_sign_shares([first]) == ()


def _trained(activation: str, engine: str) -> Trainer:
    c = Config(dataset="moons", samples=200, noise=0.2, hidden=[8, 8], activation=activation, optimizer="sgd",
               lr=0.3, batch_size=32, epochs=6, seed=2, engine=engine)
    t = Trainer(c)
    while not (t.finished or t.diverged):
        t.run_epoch()
    return t


def test_every_diagnostics_row_records_same_sign_and_sigmoid_zigzags_where_tanh_does_not():
    sig, tanh = _trained("sigmoid", "numpy"), _trained("tanh", "numpy")
    for t in (sig, tanh):
        rows = np.asarray(t.history.same_sign.view())
        assert rows.shape == (t.history.diag_step.n, 2)
        assert ((rows >= 0) & (rows <= 1)).all()
    # All-positive inputs (a sigmoid's outputs, mean ~0.5): most steps move a unit's weights one way.
    assert np.asarray(sig.history.same_sign.view()).mean() > 0.5
    assert np.asarray(tanh.history.same_sign.view()).mean() < 0.1


@pytest.mark.skipif(not kernel.AVAILABLE, reason="numba is not installed")
def test_both_engines_record_the_same_same_sign():
    a, b = _trained("sigmoid", "numpy"), _trained("sigmoid", "compiled")
    assert b.engine == "compiled"
    np.testing.assert_allclose(np.asarray(b.history.same_sign.view()), np.asarray(a.history.same_sign.view()),
                               atol=0.13)  # (one unit of 8 may flip where a gradient is ~0 in float32)
    assert np.asarray(b.history.same_sign.view()).mean() == pytest.approx(
        np.asarray(a.history.same_sign.view()).mean(), abs=0.03)


def test_a_saved_state_keeps_same_sign_and_an_older_one_without_it_still_loads():
    t = _trained("sigmoid", "numpy")
    scalars, arrays = t.state()
    assert arrays["history.same_sign"].shape == (t.history.diag_step.n, 2)
    again = Trainer(t.config)
    again.restore(scalars, arrays)
    np.testing.assert_array_equal(again.history.same_sign.view(), t.history.same_sign.view())
    old = {k: v for k, v in arrays.items() if k != "history.same_sign"}
    older = Trainer(t.config)
    older.restore(scalars, old)
    assert older.history.same_sign.view().shape == (t.history.diag_step.n, 2)
    assert np.isnan(older.history.same_sign.view()).all()
    older.run_epoch()  # goes on recording: one row more, thinned with the others
    assert older.history.same_sign.n == older.history.diag_step.n
    bad = dict(arrays, **{"history.same_sign": arrays["history.same_sign"][:-1]})
    with pytest.raises(ValueError, match="same_sign"):
        Trainer(t.config).restore(scalars, bad)


def test_tanh_centred_checks_and_shows_the_zigzag():
    lesson = find_lesson("tanh-centred")
    got = run_lesson(lesson)
    assert [e["holds"] for e in got["expectations"]] == [True, True, True]
    shown = {(m["metric"], m["text"]["en"].split(":")[0]): m["value"] for m in got["measures"]}
    assert shown[("same_sign", "Sigmoid")] > 0.5 > 0.1 > shown[("same_sign", "Tanh")]
    assert all(v > 0.3 for v in shown[("mean_activation", "Sigmoid")])
    assert all(abs(v) < 0.15 for v in shown[("mean_activation", "Tanh")])
    assert "%" in L.format_measure("same_sign", shown[("same_sign", "Sigmoid")])


def test_the_zigzag_check_can_fail():
    """Checked on two tanh runs (the "sigmoid" run trained with tanh), every check fails."""
    lesson = find_lesson("tanh-centred")
    trainers = []
    with limit_blas_threads():
        for label in ("activation=sigmoid", "activation=tanh"):
            t = Trainer(lesson.config.replace(activation="tanh"))
            while not (t.finished or t.diverged):
                t.run_epoch()
            trainers.append((label, t))
    assert [e["holds"] for e in check_expectations(lesson, trainers)] == [False, False, False]


def test_same_sign_is_a_layered_metric_of_the_hidden_layers():
    assert L._LAYERED["same_sign"] == "hidden"
    assert not math.isnan(L._measured(_trained("tanh", "numpy"), "same_sign"))
