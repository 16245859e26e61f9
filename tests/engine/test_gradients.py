"""Backpropagation against central finite differences, and each activation's
fn / grad / fast paths against one another and against their definitions."""

import math

import numpy as np
import pytest

from dlviz.engine import ACTIVATIONS, MLP, get_activation

SIZES = [3, 5, 4, 3]
SMOOTH = [name for name in ACTIVATIONS if name != "step"]
EPS = 1e-6


def _random_net(activation, dropout=0.0, seed=0):
    """A [3, 5, 4, 3] float64 net with every parameter (biases too) random, so no
    pre-activation sits exactly on a ReLU kink."""
    net = MLP(SIZES, activation=activation, dropout=dropout, seed=seed, dtype=np.float64)
    rng = np.random.default_rng(1000 + seed)
    net.flat[:] = rng.normal(size=net.flat.size) * 0.5
    return net


def _batch(n=9, seed=3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, SIZES[0])), rng.integers(0, SIZES[-1], n)


def _fixed_mask_loss(net, X, y):
    """loss(flat) -> float and the analytic gradient, all under one dropout mask:
    the generator that draws the masks is restored before every evaluation."""
    state = net.rng.bit_generator.state

    def loss():
        net.rng.bit_generator.state = state
        return net.loss_and_grads(X, y)[0]

    net.rng.bit_generator.state = state
    _, grads = net.loss_and_grads(X, y)
    analytic = np.concatenate([g.ravel() for g in grads])
    masks = [None if m is None else m.copy() for m in net.last_masks]
    return loss, analytic, masks


def _numeric_grad(net, loss):
    num = np.empty_like(net.flat)
    for i in range(net.flat.size):
        orig = net.flat[i]
        net.flat[i] = orig + EPS
        up = loss()
        net.flat[i] = orig - EPS
        down = loss()
        net.flat[i] = orig
        num[i] = (up - down) / (2 * EPS)
    return num


def _rel_err(a, b):
    return np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12)


def _numeric_in_params_order(net, num):
    out = []
    off = 0
    for W in net.weights:
        i, o = W.shape
        blk = num[off : off + (i + 1) * o].reshape(i + 1, o)
        out.append(blk[:i].ravel())
        out.append(blk[i].ravel())
        off += (i + 1) * o
    return np.concatenate(out)


def test_params_are_views_of_flat_in_order():
    net = _random_net("tanh")
    assert len(net.params) == 2 * (len(SIZES) - 1)
    for l, (i, o) in enumerate(zip(SIZES[:-1], SIZES[1:])):
        W, b = net.params[2 * l], net.params[2 * l + 1]
        assert W.shape == (i, o) and b.shape == (o,)
        assert np.shares_memory(W, net.flat) and np.shares_memory(b, net.flat)
    net.flat[:] = np.arange(net.flat.size)
    # layer 0 block is (3 + 1) x 5: weights first (rows 0..2), bias last row.
    np.testing.assert_array_equal(net.params[0].ravel(), np.arange(15))
    np.testing.assert_array_equal(net.params[1], np.arange(15, 20))


@pytest.mark.parametrize("activation", SMOOTH)
@pytest.mark.parametrize("dropout", [0.0, 0.3])
def test_backprop_matches_finite_differences(activation, dropout):
    net = _random_net(activation, dropout=dropout, seed=SMOOTH.index(activation))
    X, y = _batch()
    loss, analytic, masks = _fixed_mask_loss(net, X, y)
    if dropout:
        assert all(m is not None and m.dtype == bool for m in masks)
        assert all(m.shape == (u, len(y)) for m, u in zip(masks, SIZES[1:-1]))
        assert any((~m).any() for m in masks)  # something really was dropped
    else:
        assert all(m is None for m in masks)
    num = _numeric_in_params_order(net, _numeric_grad(net, loss))
    assert np.all(np.isfinite(analytic))
    assert np.linalg.norm(analytic) > 1e-3
    err = _rel_err(num, analytic)
    assert err < 1e-5, f"{activation} dropout={dropout}: relative error {err:.2e}"
    np.testing.assert_allclose(analytic, num, rtol=1e-4, atol=1e-7)


def test_fixed_mask_really_is_fixed():
    # Restoring the generator's state must reproduce the mask exactly; a fresh
    # draw must differ, or the dropout gradient check above proves nothing.
    net = _random_net("relu", dropout=0.3)
    X, y = _batch()
    state = net.rng.bit_generator.state
    l1, _ = net.loss_and_grads(X, y)
    m1 = [m.copy() for m in net.last_masks]
    net.rng.bit_generator.state = state
    l2, _ = net.loss_and_grads(X, y)
    m2 = [m.copy() for m in net.last_masks]
    l3, _ = net.loss_and_grads(X, y)
    m3 = [m.copy() for m in net.last_masks]
    assert l1 == l2
    assert all(np.array_equal(a, b) for a, b in zip(m1, m2))
    assert not all(np.array_equal(a, b) for a, b in zip(m1, m3))


def test_dropout_scales_kept_units():
    # Inverted dropout: a kept unit's output is h / (1 - p), a dropped one is 0.
    net = _random_net("tanh", dropout=0.3)
    X, y = _batch()
    net.loss_and_grads(X, y)
    w = net.last_batch
    for l, keep in enumerate(net.last_masks):
        h = np.tanh(w.z[l])
        np.testing.assert_allclose(w.a[l][:-1], np.where(keep, h / 0.7, 0.0), rtol=1e-12, atol=1e-15)


def test_step_blocks_gradient_below_output_layer():
    net = _random_net("step")
    X, y = _batch()
    _, grads = net.loss_and_grads(X, y)
    for g in grads[:-2]:
        assert np.all(g == 0.0)
    # The output layer still learns from the (0/1) hidden outputs.
    assert np.abs(grads[-2]).max() > 0
    assert np.abs(grads[-1]).max() > 0
    # and its gradient is right (the loss is piecewise constant in lower layers)
    loss, analytic, _ = _fixed_mask_loss(net, X, y)
    num = _numeric_in_params_order(net, _numeric_grad(net, loss))
    assert _rel_err(num, analytic) < 1e-5


# -- activations --------------------------------------------------------------------------

# A grid that avoids 0 (the kink of relu-like activations) by more than the step.
GRID = np.concatenate([np.linspace(-6, -0.01, 200), np.linspace(0.01, 6, 200)])


def _all_activations():
    return [get_activation(name) for name in ACTIVATIONS] + [get_activation("leaky_relu", leaky_slope=0.2), get_activation("elu", elu_alpha=0.5)]


@pytest.mark.parametrize("act", _all_activations(), ids=repr)
def test_grad_matches_finite_difference_of_fn(act):
    h = 1e-6
    num = (act.fn(GRID + h) - act.fn(GRID - h)) / (2 * h)
    np.testing.assert_allclose(act.grad(GRID), num, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("act", _all_activations(), ids=repr)
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_fast_paths_agree_with_fn_and_grad(act, dtype):
    rng = np.random.default_rng(4)
    z = (rng.normal(size=(6, 11)) * 3).astype(dtype)
    z[0, :3] = (-50, 50, 0.5)  # far tails, where sigmoid and tanh saturate
    out = np.full_like(z, np.nan)
    res = act.forward(z, out)
    assert res is out
    assert out.dtype == dtype
    tol = 1e-12 if dtype == np.float64 else 1e-6
    np.testing.assert_allclose(out, act.fn(z), rtol=tol, atol=tol)

    delta = rng.normal(size=z.shape).astype(dtype)
    expected = delta * act.grad(z)
    d = delta.copy()
    res = act.backprop(z, act.fn(z), d)
    np.testing.assert_allclose(res, expected, rtol=tol, atol=tol)
    # in place: the fast path multiplies delta itself (or returns it untouched)
    np.testing.assert_allclose(d, expected, rtol=tol, atol=tol)


def test_fn_and_grad_do_not_modify_input():
    z = np.linspace(-3, 3, 13)
    for act in _all_activations():
        zc = z.copy()
        act.fn(zc)
        act.grad(zc)
        np.testing.assert_array_equal(zc, z)


def test_gelu_is_exact_erf_form():
    act = get_activation("gelu")
    z = np.linspace(-8, 8, 321)
    exact = np.array([0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0))) for v in z])
    np.testing.assert_allclose(act.fn(z), exact, rtol=1e-14, atol=1e-15)
    # its derivative: Phi(z) + z phi(z)
    d = np.array(
        [0.5 * (1 + math.erf(v / math.sqrt(2))) + v * math.exp(-v * v / 2) / math.sqrt(2 * math.pi) for v in z]
    )
    np.testing.assert_allclose(act.grad(z), d, rtol=1e-13, atol=1e-15)
    # not the tanh approximation
    approx = 0.5 * z * (1 + np.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z**3)))
    assert np.abs(act.fn(z) - approx).max() > 1e-5


def test_known_values():
    z = np.array([-2.0, -0.5, 0.5, 2.0])
    np.testing.assert_allclose(get_activation("sigmoid").fn(z), 1 / (1 + np.exp(-z)), rtol=1e-14)
    np.testing.assert_allclose(get_activation("tanh").fn(z), np.tanh(z), rtol=1e-14)
    np.testing.assert_array_equal(get_activation("relu").fn(z), [0, 0, 0.5, 2])
    np.testing.assert_array_equal(get_activation("step").fn(z), [0, 0, 1, 1])
    np.testing.assert_array_equal(get_activation("step").grad(z), [0, 0, 0, 0])
    np.testing.assert_array_equal(get_activation("linear").fn(z), z)
    np.testing.assert_allclose(get_activation("elu").fn(z), np.where(z > 0, z, np.exp(z) - 1), rtol=1e-14)
    np.testing.assert_allclose(get_activation("silu").fn(z), z / (1 + np.exp(-z)), rtol=1e-14)
    np.testing.assert_allclose(get_activation("leaky_relu").fn(z), np.where(z > 0, z, 0.01 * z), rtol=1e-14)
    # the step at exactly 0 is 0 (f(z) = 1 if z > 0)
    assert get_activation("step").fn(np.array([0.0]))[0] == 0.0


def test_sigmoid_does_not_overflow():
    z = np.array([-1000.0, 1000.0])
    act = get_activation("sigmoid")
    np.testing.assert_array_equal(act.fn(z), [0.0, 1.0])
    np.testing.assert_array_equal(act.grad(z), [0.0, 0.0])


@pytest.mark.parametrize("slope", [0.0, 0.2, 0.5, 1.0])
def test_leaky_relu_slope(slope):
    act = get_activation("leaky_relu", leaky_slope=slope)
    assert act.slope == slope
    z = np.array([-3.0, -1.0, -0.25, 0.25, 2.0])
    expected = np.where(z > 0, z, slope * z)
    np.testing.assert_allclose(act.fn(z), expected, rtol=1e-15)
    np.testing.assert_allclose(act.grad(z), np.where(z > 0, 1.0, slope), rtol=1e-15)
    out = np.empty_like(z)
    np.testing.assert_allclose(act.forward(z, out), expected, rtol=1e-15)
    if slope:
        assert f"{slope:g}" in act.formula


def test_leaky_slope_reaches_the_network():
    net = MLP([2, 3, 2], activation=get_activation("leaky_relu", leaky_slope=0.2), seed=0)
    assert net.activation.slope == 0.2
    net.flat[:] = 0.0
    net.biases[0][:] = -1.0  # every hidden pre-activation is -1
    net.loss_and_grads(np.zeros((1, 2)), np.array([0]))
    np.testing.assert_allclose(net.last_batch.h[0], -0.2)


def test_unknown_activation():
    with pytest.raises(ValueError, match="choose from.*relu"):
        get_activation("swishy")


@pytest.mark.parametrize("path", ["scipy", "math"])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_erf_both_paths(path, dtype):
    from dlviz.engine import activations

    x = np.linspace(-4, 4, 41).astype(dtype)
    got = activations.erf_scipy(x) if path == "scipy" else activations.erf_math(x)
    if got is None:
        pytest.skip("SciPy is not installed")
    assert got.dtype == dtype and got.shape == x.shape
    tol = 1e-15 if dtype == np.float64 else 1e-7
    np.testing.assert_allclose(got, [math.erf(float(v)) for v in x], rtol=tol, atol=tol)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_gelu_matches_its_formula(dtype):
    x = np.linspace(-4, 4, 41).astype(dtype)
    tol = 1e-15 if dtype == np.float64 else 1e-7
    gelu = get_activation("gelu")
    np.testing.assert_allclose(
        gelu.fn(x), [0.5 * float(v) * (1 + math.erf(float(v) / math.sqrt(2))) for v in x], rtol=5 * tol, atol=5 * tol
    )


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_tanh_fast_path_on_large_arrays(dtype):
    """Evaluation passes over thousands of grid points take tanh's exp form: same values,
    no overflow warning for very negative inputs."""
    act = get_activation("tanh")
    z = np.random.default_rng(0).normal(scale=10, size=(16, 5000)).astype(dtype)
    z[0, :5] = [-1e4, -50, 0, 50, 1e4]
    out = np.empty_like(z)
    act.forward(z, out)
    np.testing.assert_allclose(out, np.tanh(z), atol=4 * np.finfo(dtype).eps)
    assert out[0, 0] == -1 and out[0, 2] == 0 and out[0, 4] == 1
