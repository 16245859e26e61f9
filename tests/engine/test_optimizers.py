"""Optimizers against torch.optim's update rules, worked out step by step in plain
Python below (never by calling the code under test)."""

import math

import numpy as np
import pytest

from dlviz.engine import OPTIMIZERS, make_optimizer

P0 = [1.0, -2.0]
GRADS = [[0.5, -1.0], [-0.3, 0.2], [0.1, 0.4]]  # the gradient handed in at steps 1, 2, 3


# -- torch.optim's rules, one scalar at a time ---------------------------------------------
# Each reference takes the starting value, the gradients and the lr per step, and
# returns the value after every step. ``wd`` is torch's weight_decay.


def ref_sgd(p, gs, lrs, wd):
    out = []
    for g, lr in zip(gs, lrs):
        g = g + wd * p
        p = p - lr * g
        out.append(p)
    return out


def ref_momentum(p, gs, lrs, wd, mu=0.9, nesterov=False):
    # torch: buf = g (first step) else mu*buf + g; g = g + mu*buf if nesterov else buf
    out, buf = [], None
    for g, lr in zip(gs, lrs):
        g = g + wd * p
        buf = g if buf is None else mu * buf + g
        upd = g + mu * buf if nesterov else buf
        p = p - lr * upd
        out.append(p)
    return out


def ref_nesterov(p, gs, lrs, wd):
    return ref_momentum(p, gs, lrs, wd, nesterov=True)


def ref_rmsprop(p, gs, lrs, wd, alpha=0.99, eps=1e-8):
    out, sq = [], 0.0
    for g, lr in zip(gs, lrs):
        g = g + wd * p
        sq = alpha * sq + (1 - alpha) * g * g
        p = p - lr * g / (math.sqrt(sq) + eps)
        out.append(p)
    return out


def ref_adagrad(p, gs, lrs, wd, eps=1e-10):
    out, acc = [], 0.0
    for g, lr in zip(gs, lrs):
        g = g + wd * p
        acc = acc + g * g
        p = p - lr * g / (math.sqrt(acc) + eps)
        out.append(p)
    return out


def ref_adam(p, gs, lrs, wd, decoupled=False, b1=0.9, b2=0.999, eps=1e-8):
    out, m, v = [], 0.0, 0.0
    for t, (g, lr) in enumerate(zip(gs, lrs), start=1):
        if decoupled:
            p = p * (1 - lr * wd)
        else:
            g = g + wd * p
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        bc1, bc2 = 1 - b1**t, 1 - b2**t
        p = p - (lr / bc1) * m / (math.sqrt(v) / math.sqrt(bc2) + eps)
        out.append(p)
    return out


def ref_adamw(p, gs, lrs, wd):
    return ref_adam(p, gs, lrs, wd, decoupled=True)


REFS = {
    "sgd": ref_sgd,
    "momentum": ref_momentum,
    "nesterov": ref_nesterov,
    "rmsprop": ref_rmsprop,
    "adagrad": ref_adagrad,
    "adam": ref_adam,
    "adamw": ref_adamw,
}


def expected(name, lrs, wd):
    """(3, 2) array: parameter values after each of the three steps."""
    cols = [REFS[name](P0[j], [g[j] for g in GRADS], lrs, wd) for j in range(len(P0))]
    return np.array(cols).T


def run_opt(name, lrs, wd, dtype=np.float64):
    opt = make_optimizer(name, lr=lrs[0], weight_decay=wd)
    p = np.array(P0, dtype)
    out = []
    for g, lr in zip(GRADS, lrs):
        opt.lr = lr
        opt.step([p], [np.array(g, dtype)])
        out.append(p.copy())
    return np.array(out), opt


def test_references_cover_the_registry():
    assert set(REFS) == set(OPTIMIZERS)


# Hand-worked anchors for the references themselves (lr 0.1, no weight decay).
def test_reference_anchors_by_hand():
    lrs = [0.1] * 3
    # sgd: 1 - 0.1*0.5 = 0.95, then +0.03 = 0.98, then -0.01 = 0.97
    np.testing.assert_allclose(expected("sgd", lrs, 0.0), [[0.95, -1.9], [0.98, -1.92], [0.97, -1.96]])
    # momentum: v = [.5,-1] -> [.15,-.7] -> [.235,-.23]
    np.testing.assert_allclose(
        expected("momentum", lrs, 0.0), [[0.95, -1.9], [0.935, -1.83], [0.9115, -1.807]]
    )
    # nesterov step 1: g + 0.9 g = 1.9 g -> [1 - 0.095, -2 + 0.19]
    np.testing.assert_allclose(expected("nesterov", lrs, 0.0)[0], [0.905, -1.81])
    # adam's first step moves each weight by lr (|m/bc1| = sqrt(v/bc2) = |g|)
    np.testing.assert_allclose(expected("adam", lrs, 0.0)[0], [0.9, -1.9], atol=1e-8)
    # rmsprop's first step: g / sqrt(0.01 g^2) = 10 sign(g) (eps moves it by ~2e-7)
    np.testing.assert_allclose(expected("rmsprop", lrs, 0.0)[0], [0.0, -1.0], atol=1e-6)
    # adagrad's first step: lr sign(g)
    np.testing.assert_allclose(expected("adagrad", lrs, 0.0)[0], [0.9, -1.9], atol=1e-9)
    # sgd with weight decay 0.5: g' = g + 0.5 p = [1.0, -2.0] -> [0.9, -1.8]
    np.testing.assert_allclose(expected("sgd", lrs, 0.5)[0], [0.9, -1.8])
    # adamw with weight decay 0.5: p (1 - 0.05) then the adam step
    np.testing.assert_allclose(expected("adamw", lrs, 0.5)[0], [0.95 - 0.1, -1.9 + 0.1], atol=1e-8)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
@pytest.mark.parametrize("wd", [0.0, 0.1])
def test_first_three_steps_match_torch_rules(name, wd):
    lrs = [0.1, 0.1, 0.1]
    got, _ = run_opt(name, lrs, wd)
    np.testing.assert_allclose(got, expected(name, lrs, wd), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_lr_change_between_steps_is_used(name):
    lrs = [0.1, 0.02, 0.3]
    got, opt = run_opt(name, lrs, 0.05)
    assert opt.lr == 0.3
    np.testing.assert_allclose(got, expected(name, lrs, 0.05), rtol=1e-12, atol=1e-12)
    # and it differs from keeping the first lr
    assert not np.allclose(got[1:], expected(name, [0.1] * 3, 0.05)[1:], rtol=1e-6, atol=0)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_float32_close_to_float64(name):
    lrs = [0.1, 0.1, 0.1]
    got, _ = run_opt(name, lrs, 0.1, dtype=np.float32)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, expected(name, lrs, 0.1), rtol=2e-5, atol=2e-6)


def test_adamw_is_decoupled_from_adam():
    lrs = [0.1] * 3
    adam, _ = run_opt("adam", lrs, 0.1)
    adamw, _ = run_opt("adamw", lrs, 0.1)
    assert np.abs(adam - adamw).max() > 1e-3
    # with no weight decay they are the same algorithm
    np.testing.assert_array_equal(run_opt("adam", lrs, 0.0)[0], run_opt("adamw", lrs, 0.0)[0])


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_weight_decay_changes_the_path(name):
    lrs = [0.1] * 3
    assert np.abs(run_opt(name, lrs, 0.1)[0] - run_opt(name, lrs, 0.0)[0]).max() > 1e-4


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_several_arrays_are_independent(name):
    # Two arrays of different shapes stepped together equal each stepped alone.
    rng = np.random.default_rng(0)
    a0, b0 = rng.normal(size=(3, 2)), rng.normal(size=4)
    ga = [rng.normal(size=a0.shape) for _ in range(3)]
    gb = [rng.normal(size=b0.shape) for _ in range(3)]
    opt = make_optimizer(name, lr=0.05, weight_decay=0.01)
    a, b = a0.copy(), b0.copy()
    for x, y in zip(ga, gb):
        opt.step([a, b], [x.copy(), y.copy()])
    for p0, gs, p in ((a0, ga, a), (b0, gb, b)):
        alone = make_optimizer(name, lr=0.05, weight_decay=0.01)
        q = p0.copy()
        for g in gs:
            alone.step([q], [g.copy()])
        np.testing.assert_allclose(p, q, rtol=1e-13, atol=1e-15)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_reset_forgets_state(name):
    lrs = [0.1] * 3
    opt = make_optimizer(name, lr=0.1)
    p = np.array(P0)
    for g in GRADS:
        opt.step([p], [np.array(g)])
    opt.reset()
    assert opt.t == 0
    p = np.array(P0)
    opt.step([p], [np.array(GRADS[0])])
    np.testing.assert_allclose(p, expected(name, lrs, 0.0)[0], rtol=1e-12, atol=1e-12)


def test_adam_moments_are_torchs():
    opt = make_optimizer("adam", lr=0.1)
    p = np.array(P0)
    for g in GRADS[:2]:
        opt.step([p], [np.array(g)])
    m, v = opt.moments(0)
    g1, g2 = np.array(GRADS[0]), np.array(GRADS[1])
    np.testing.assert_allclose(m, 0.9 * 0.1 * g1 + 0.1 * g2, rtol=1e-13)
    np.testing.assert_allclose(v, 0.999 * 0.001 * g1**2 + 0.001 * g2**2, rtol=1e-13)


def test_defaults_are_torchs():
    assert make_optimizer("momentum").momentum == 0.9
    assert make_optimizer("nesterov").momentum == 0.9
    r = make_optimizer("rmsprop")
    assert (r.alpha, r.eps) == (0.99, 1e-8)
    assert make_optimizer("adagrad").eps == 1e-10
    a = make_optimizer("adam")
    assert (a.beta1, a.beta2, a.eps) == (0.9, 0.999, 1e-8)


def test_unknown_optimizer_names_choices():
    with pytest.raises(ValueError, match="unknown optimizer 'lbfgs'.*adam"):
        make_optimizer("lbfgs")


@pytest.mark.slow  # importing torch costs seconds; CI installs it and runs the slow tier (.ci/run)
@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_against_torch_if_installed(name):
    torch = pytest.importorskip("torch")
    cls = {
        "sgd": lambda ps: torch.optim.SGD(ps, lr=0.1, weight_decay=0.1),
        "momentum": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, weight_decay=0.1),
        "nesterov": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.1),
        "rmsprop": lambda ps: torch.optim.RMSprop(ps, lr=0.1, weight_decay=0.1),
        "adagrad": lambda ps: torch.optim.Adagrad(ps, lr=0.1, weight_decay=0.1),
        "adam": lambda ps: torch.optim.Adam(ps, lr=0.1, weight_decay=0.1),
        "adamw": lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=0.1),
    }[name]
    t = torch.tensor(P0, dtype=torch.float64, requires_grad=True)
    topt = cls([t])
    want = []
    for g in GRADS:
        t.grad = torch.tensor(g, dtype=torch.float64)
        topt.step()
        want.append(t.detach().numpy().copy())
    got, _ = run_opt(name, [0.1] * 3, 0.1)
    np.testing.assert_allclose(got, np.array(want), rtol=1e-12, atol=1e-12)
