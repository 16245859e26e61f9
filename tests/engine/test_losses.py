"""softmax / log_softmax / cross_entropy: stable for any logits, and consistent."""

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from dlviz.engine import MLP, cross_entropy, log_softmax, softmax

SETTINGS = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def logits_and_labels(draw):
    n = draw(st.integers(1, 50))
    k = draw(st.integers(2, 8))
    z = draw(
        arrays(
            np.float64,
            (n, k),
            elements=st.floats(-1e4, 1e4, allow_nan=False, allow_infinity=False),
        )
    )
    y = draw(arrays(np.int64, (n,), elements=st.integers(0, k - 1)))
    return z, y


@SETTINGS
@given(logits_and_labels())
def test_softmax_rows_are_distributions(zy):
    z, _ = zy
    p = softmax(z)
    assert p.shape == z.shape
    assert np.all(np.isfinite(p))
    assert np.all(p >= 0) and np.all(p <= 1)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-6)
    # the largest logit gets the largest probability
    assert np.all(p[np.arange(len(z)), z.argmax(axis=1)] == p.max(axis=1))


@SETTINGS
@given(logits_and_labels())
def test_log_softmax_is_log_of_softmax_and_finite(zy):
    z, _ = zy
    lsm = log_softmax(z)
    assert np.all(np.isfinite(lsm))
    assert np.all(lsm <= 1e-12)
    np.testing.assert_allclose(np.exp(lsm).sum(axis=1), 1.0, atol=1e-6)
    p = softmax(z)
    big = p > 1e-300
    np.testing.assert_allclose(lsm[big], np.log(p[big]), rtol=1e-9, atol=1e-9)


@SETTINGS
@given(logits_and_labels())
def test_cross_entropy_is_mean_negative_log_softmax(zy):
    z, y = zy
    ce = cross_entropy(z, y)
    assert isinstance(ce, float)
    assert math.isfinite(ce) and ce >= -1e-12
    expected = -np.mean([log_softmax(z)[i, y[i]] for i in range(len(y))])
    assert ce == pytest.approx(expected, rel=1e-12, abs=1e-12)


@SETTINGS
@given(logits_and_labels(), st.floats(-1e3, 1e3))
def test_shift_invariance(zy, c):
    z, _ = zy
    np.testing.assert_allclose(softmax(z + c), softmax(z), atol=1e-9)


def test_known_values():
    z = np.array([[0.0, 0.0], [math.log(3.0), 0.0], [1000.0, -1000.0]])
    np.testing.assert_allclose(softmax(z), [[0.5, 0.5], [0.75, 0.25], [1.0, 0.0]], rtol=1e-14)
    assert cross_entropy(z[:2], np.array([0, 1])) == pytest.approx((math.log(2) + math.log(4)) / 2, rel=1e-14)
    # a confidently wrong prediction costs its logit gap, not inf
    assert cross_entropy(z[2:], np.array([1])) == pytest.approx(2000.0, rel=1e-12)


def test_extreme_logits():
    z = np.array([[1e30, -1e30, 0.0], [-1e300, -1e300, -1e300]])
    p = softmax(z)
    assert np.all(np.isfinite(p))
    np.testing.assert_allclose(p, [[1, 0, 0], [1 / 3, 1 / 3, 1 / 3]], rtol=1e-14)
    assert np.all(np.isfinite(log_softmax(z)))


def test_softmax_out_and_float32():
    z = np.random.default_rng(0).normal(size=(4, 3)).astype(np.float32) * 1e4
    out = np.empty_like(z)
    res = softmax(z, out=out)
    assert res is out and out.dtype == np.float32
    assert np.all(np.isfinite(out))
    np.testing.assert_allclose(out.sum(axis=1), 1.0, atol=1e-6)


@pytest.mark.parametrize("activation", ["relu", "tanh", "linear", "gelu"])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_network_with_huge_weights_stays_finite(activation, dtype):
    net = MLP([2, 16, 16, 3], activation=activation, seed=1, dtype=dtype)
    rng = np.random.default_rng(2)
    net.flat[:] = rng.normal(size=net.flat.size)
    net.flat *= 1e4 if dtype == np.float64 else 1e2
    X = rng.uniform(-1, 1, size=(64, 2))
    y = rng.integers(0, 3, 64)
    loss, grads = net.loss_and_grads(X, y)
    assert math.isfinite(loss) and loss >= 0
    assert all(np.all(np.isfinite(g)) for g in grads)
    p = net.predict_proba(X)
    assert p.shape == (64, 3)
    assert np.all(np.isfinite(p))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)
    # the training loss is the cross-entropy of the evaluation logits (no dropout)
    assert loss == pytest.approx(cross_entropy(net.logits(X).astype(np.float64), y), rel=1e-4)


def test_loss_and_grads_loss_equals_cross_entropy():
    net = MLP([2, 5, 3], activation="tanh", seed=0)
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(10, 2)), rng.integers(0, 3, 10)
    loss, _ = net.loss_and_grads(X, y)
    assert loss == pytest.approx(cross_entropy(net.logits(X), y), rel=1e-13)
    np.testing.assert_allclose(net.predict_proba(X), softmax(net.logits(X)), rtol=1e-13)
