"""Optimizer paths on a surface: each path equals the optimizer's update rule,
written out here by hand (torch.optim's rules, as tests/engine/test_optimizers.py
holds them), on the ill-conditioned quadratic f = x² + 10y²."""

import math

import numpy as np
import pytest

from dlviz.engine.optimizers import OPTIMIZERS
from dlviz.engine.surfaces import get_surface
from dlviz.training.paths import FAR, PathSpec, compute_paths

QUAD = get_surface("quadratic")
CURV = (2.0, 20.0)  # df/dx = 2x, df/dy = 20y: each coordinate runs on its own


def ref_path(name, p0, lr, steps, wd=0.0, mu=0.9, alpha=0.99, b1=0.9, b2=0.999):
    """One coordinate of the path, scalar by scalar."""
    out = []
    for c, p in zip(CURV, p0):
        buf, sq, acc, m, v = None, 0.0, 0.0, 0.0, 0.0
        col = [p]
        for t in range(1, steps + 1):
            g = c * p
            if name == "adamw":
                p = p * (1 - lr * wd)
            else:
                g = g + wd * p
            if name == "sgd":
                p = p - lr * g
            elif name in ("momentum", "nesterov"):
                buf = g if buf is None else mu * buf + g
                p = p - lr * (g + mu * buf if name == "nesterov" else buf)
            elif name == "rmsprop":
                sq = alpha * sq + (1 - alpha) * g * g
                p = p - lr * g / (math.sqrt(sq) + 1e-8)
            elif name == "adagrad":
                acc = acc + g * g
                p = p - lr * g / (math.sqrt(acc) + 1e-10)
            else:  # adam, adamw
                m = b1 * m + (1 - b1) * g
                v = b2 * v + (1 - b2) * g * g
                p = p - (lr / (1 - b1**t)) * m / (math.sqrt(v) / math.sqrt(1 - b2**t) + 1e-8)
            col.append(p)
        out.append(col)
    return np.array(out).T


def test_every_optimizer_has_a_reference():
    assert set(OPTIMIZERS) == {"sgd", "momentum", "nesterov", "rmsprop", "adagrad", "adam", "adamw"}


@pytest.mark.parametrize("wd", [0.0, 0.05])
def test_paths_equal_the_hand_written_update_rules(wd):
    lrs = {"sgd": 0.04, "momentum": 0.01, "nesterov": 0.01, "rmsprop": 0.02, "adagrad": 0.3, "adam": 0.1,
           "adamw": 0.1}
    specs = [PathSpec(n, lr, weight_decay=wd) for n, lr in lrs.items()]
    paths = compute_paths(QUAD, (-2.5, 1.5), specs, steps=60)
    assert list(paths) == list(lrs)
    for name, path in paths.items():
        want = ref_path(name, (-2.5, 1.5), lrs[name], 60, wd=wd)
        assert path.points.shape == (61, 2) and path.diverged_at is None
        np.testing.assert_allclose(path.points, want, rtol=1e-12, atol=1e-12, err_msg=name)
        np.testing.assert_allclose(path.loss, want[:, 0] ** 2 + 10 * want[:, 1] ** 2, rtol=1e-12, atol=1e-15)
        assert path.loss[-1] < path.loss[0]


def test_optimizer_options_reach_the_optimizer():
    path = compute_paths(QUAD, (1.0, 1.0), [PathSpec("momentum", 0.01, options={"momentum": 0.5})], 20)["momentum"]
    np.testing.assert_allclose(path.points, ref_path("momentum", (1.0, 1.0), 0.01, 20, mu=0.5), rtol=1e-12)
    adam = compute_paths(QUAD, (1.0, 1.0), [PathSpec("adam", 0.05, options={"beta1": 0.5, "beta2": 0.9})], 20)
    np.testing.assert_allclose(adam["adam"].points, ref_path("adam", (1.0, 1.0), 0.05, 20, b1=0.5, b2=0.9),
                               rtol=1e-12)


def test_a_diverging_path_says_where_and_keeps_only_good_points():
    # sgd on the quadratic is stable only for lr < 2 / 20: at 0.2 y grows 3x a step
    paths = compute_paths(QUAD, (-2.5, 1.5), [PathSpec("sgd", 0.2), PathSpec("adam", 0.1)], steps=100)
    sgd = paths["sgd"]
    ys = [1.5 * (-3.0) ** t for t in range(10)]
    first_far = next(t for t, y in enumerate(ys) if abs(y) > FAR * 2.0)  # box half-height 2
    assert sgd.diverged_at == first_far
    assert sgd.steps == first_far - 1
    np.testing.assert_allclose(sgd.points[:, 1], ys[:first_far])
    assert np.isfinite(sgd.points).all()
    assert paths["adam"].diverged_at is None and paths["adam"].steps == 100


def test_overflow_to_infinity_is_divergence_without_warnings():
    s = get_surface("rosenbrock")
    with np.errstate(all="raise"):
        p = compute_paths(s, (-1.5, 2.0), [PathSpec("sgd", 5.0)], steps=50)["sgd"]
    assert p.diverged_at is not None and np.isfinite(p.points).all()


def test_default_start_and_stop_and_progress():
    seen = []
    paths = compute_paths("rosenbrock", None, [PathSpec("sgd", 0.001), PathSpec("momentum", 0.001)], steps=500,
                          should_stop=lambda: len(seen) >= 2, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(64, 500), (128, 500)]
    for p in paths.values():
        assert p.steps == 128 and tuple(p.points[0]) == (-1.5, 2.0)


def test_himmelblau_start_decides_the_minimum():
    s = get_surface("himmelblau")
    ends = set()
    for start in ((1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)):
        end = compute_paths(s, start, [PathSpec("sgd", 0.01)], steps=2000)["sgd"].points[-1]
        ends.add(min(range(4), key=lambda i: np.hypot(*(end - s.minima[i]))))
        assert min(np.hypot(*(end - m)) for m in s.minima) < 1e-6
    assert ends == {0, 1, 2, 3}


@pytest.mark.parametrize("specs, steps, start, match", [
    ([], 10, None, "at least one optimizer"),
    ([PathSpec("lbfgs", 0.1)], 10, None, "unknown optimizer 'lbfgs'"),
    ([PathSpec("sgd", -0.1)], 10, None, "positive"),
    ([PathSpec("sgd", float("nan"))], 10, None, "positive"),
    ([PathSpec("sgd", 0.1), PathSpec("sgd", 0.2)], 10, None, "'sgd' is given twice"),
    ([PathSpec("momentum", 0.1, options={"momentum": 2.0})], 10, None, "momentum must be"),
    ([PathSpec("sgd", 0.1)], 0, None, "steps must be"),
    ([PathSpec("sgd", 0.1)], 10, (float("inf"), 0.0), "finite"),
])
def test_bad_inputs_are_named(specs, steps, start, match):
    with pytest.raises(ValueError, match=match):
        compute_paths(QUAD, start, specs, steps)
