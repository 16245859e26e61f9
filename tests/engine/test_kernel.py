"""The compiled engine against the NumPy reference.

Tolerance, and why. Both engines do the same arithmetic on the same random streams
(the epoch's order and the dropout uniforms come from the same generators in the
same order, checked below), but not in the same order: BLAS sums a matrix product
in blocks, the kernel in its own order (each sum in order, with multiply-adds fused
into one rounding, FMA; denormals flushed to zero); the kernel's
tanh is computed from one exp in float64 and, in float32 networks, by a rational
function (tanh and sigmoid; error <= 2.6e-7, two float32 units in the last place,
tested below); GELU's erf is libm's instead of SciPy's, and its elementwise
arithmetic runs in float64 before it is stored. So they differ by rounding, a few
units in the last place per operation, and training carries that forward without
amplifying it much over a few dozen steps (gradient descent on a smooth loss is
contracting or nearly so at these learning rates). The measure is the distance
between the two engines' weights as a share of how far training moved them from the
initial weights: measured at most 6.1e-7 in float32 (machine epsilon 1.2e-7) and
8.5e-13 in float64 over every activation x optimizer x dropout case here (40 steps,
weight decay on), the step activation aside (see _agree_until_a_step_flips).
The tests allow 1e-4 and 1e-9: two to three orders of magnitude above rounding,
far below any real difference (a wrong formula, a missed term or a shifted mask
gives 1e-2 or more). Step losses are compared absolutely: 1e-5 and 1e-10.
"""

from __future__ import annotations

import itertools
import subprocess
import sys

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.engine import engines, kernel, numba_cache
from dlviz.engine.activations import ACTIVATIONS
from dlviz.engine.optimizers import OPTIMIZERS
from dlviz.training.trainer import Trainer

pytestmark = pytest.mark.skipif(not kernel.AVAILABLE, reason=f"numba: {kernel.IMPORT_ERROR}")

TOL = {np.float32: (1e-4, 1e-5), np.float64: (1e-9, 1e-10)}  # (weights, relative to their travel; loss, absolute)


def pair(config: Config, dtype=np.float64) -> tuple[Trainer, Trainer]:
    a, b = Trainer(config.replace(engine="numpy"), dtype=dtype), Trainer(config.replace(engine="compiled"), dtype=dtype)
    assert (a.engine, b.engine) == ("numpy", "compiled")
    return a, b


def assert_agree(a: Trainer, b: Trainer, init: np.ndarray, dtype) -> None:
    w_tol, loss_tol = TOL[dtype]
    assert a.step == b.step and a.epoch == b.epoch and a.opt.t == b.opt.t
    moved = np.linalg.norm(a.net.flat.astype(np.float64) - init)
    assert moved > 0
    gap = np.linalg.norm(a.net.flat.astype(np.float64) - b.net.flat)
    assert gap <= w_tol * moved, f"weights differ by {gap / moved:.2e} of their travel"
    np.testing.assert_allclose(b.history.step_loss.view(), a.history.step_loss.view(), rtol=0, atol=loss_tol)
    for (k, x), (k2, y) in zip(sorted(a.opt.state_arrays().items()), sorted(b.opt.state_arrays().items())):
        assert k == k2
        scale = max(float(np.abs(x).max()), 1e-30)
        assert float(np.abs(x.astype(np.float64) - y).max()) <= 100 * w_tol * scale, k
    # the random streams stand at the same place
    assert a.net.rng.bit_generator.state == b.net.rng.bit_generator.state
    assert a._shuffle_rng.bit_generator.state == b._shuffle_rng.bit_generator.state


CASES = list(itertools.product(ACTIVATIONS, OPTIMIZERS, (0.0, 0.3), (np.float32, np.float64)))


def _quick_sample() -> set[tuple]:
    """18 of the 252 cases for the quick tier: every activation in both dtypes, each with
    dropout on in one and off in the other, the optimizers in turn (each 2-3 times). The
    whole grid is the slow tier's."""
    opts = list(OPTIMIZERS)
    return {case for i, act in enumerate(ACTIVATIONS)
            for case in ((act, opts[i % len(opts)], (0.0, 0.3)[i % 2], np.float32),
                         (act, opts[(i + 3) % len(opts)], (0.3, 0.0)[i % 2], np.float64))}


QUICK = _quick_sample()


@pytest.mark.parametrize("activation, optimizer, dropout, dtype",
                         [pytest.param(*c, marks=() if c in QUICK else pytest.mark.slow) for c in CASES],
                         ids=[f"{a}-{o}-p{p}-{np.dtype(d).name}" for a, o, p, d in CASES])
def test_kernel_agrees_with_numpy_after_n_steps(activation, optimizer, dropout, dtype):
    lr = 0.01 if optimizer in ("adam", "adamw", "rmsprop") else 0.1
    c = Config(dataset="spiral", samples=120, classes=3, hidden=(8, 6), activation=activation, optimizer=optimizer,
               lr=lr, dropout=dropout, batch_size=16, seed=3, weight_decay=1e-3)
    a, b = pair(c, dtype)
    init = a.net.flat.astype(np.float64).copy()
    np.testing.assert_array_equal(a.net.flat, b.net.flat)
    if activation == "step":
        _agree_until_a_step_flips(a, b, init, dtype)
        return
    assert a.run(40) == b.run(40) == 40  # 96 training samples: 6 full batches and one of 0 -> 7 steps an epoch
    assert_agree(a, b, init, dtype)


def _agree_until_a_step_flips(a: Trainer, b: Trainer, init: np.ndarray, dtype) -> None:
    """The step activation is not continuous: where a pre-activation lies within rounding
    of 0 (seen: 2e-8 in float32), the two engines' sums, rounded in different orders, can
    fall on either side and a unit's output flips between 0 and 1; training then goes its
    own way, as it would from a different batch. So the engines are compared step by step
    up to such a flip: until then as every other case is, and the flip itself only where
    the reference's pre-activation is within rounding of 0."""
    for _ in range(40):
        assert a.run(1) == b.run(1) == 1
        za = [np.asarray(z, np.float64) for z in a.net.last_batch.z[:-1]]
        zb = [np.asarray(z, np.float64) for z in b.net.last_batch.z[:-1]]
        flipped = [(x > 0) != (y > 0) for x, y in zip(za, zb)]
        if any(f.any() for f in flipped):
            tiny = max(float(np.abs(x[f]).max()) for x, f in zip(za, flipped) if f.any())
            assert tiny <= 1e3 * np.finfo(dtype).eps, f"a step unit flipped at z = {tiny:.2e}"
            return
        assert_agree(a, b, init, dtype)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_options_l1_l2_schedules_and_epoch_history_agree(dtype):
    c = Config(dataset="moons", samples=150, hidden=(7, 5, 4), activation="leaky_relu", leaky_slope=0.2,
               optimizer="adamw", beta1=0.8, beta2=0.99, lr=0.02, weight_decay=0.01, l1=1e-3,
               schedule="warmup_cosine", warmup_epochs=2, batch_size=13, epochs=6, dropout=0.1, seed=8)
    a, b = pair(c, dtype)
    init = a.net.flat.astype(np.float64).copy()
    while not a.finished:
        a.run(11)
    while not b.finished:
        b.run(5)
    assert_agree(a, b, init, dtype)
    for k in ("epoch", "epoch_step", "lr"):
        np.testing.assert_array_equal(getattr(a.history, k).view(), getattr(b.history, k).view(), err_msg=k)
    for k in ("train_loss", "val_loss", "train_acc", "val_acc", "grad_norm", "dead_fraction", "saturated",
              "same_sign"):
        np.testing.assert_allclose(getattr(b.history, k).view(), getattr(a.history, k).view(), rtol=1e-3,
                                   atol=1e-4, err_msg=k)


def test_the_kernels_same_sign_row_is_the_reference_count_of_the_same_gradient():
    """The compiled engine counts same-sign units in its diagnostics row; the count must be
    same_sign_shares' on the gradient it left (mixed, all-up, all-down and all-zero units)."""
    from dlviz.training.trainer import same_sign_shares

    c = Config(dataset="spiral", samples=100, hidden=(6, 5, 4), activation="relu", batch_size=9, seed=4, epochs=8)
    t = Trainer(c.replace(engine="compiled"))
    assert t.engine == "compiled"
    seen = set()
    while not t.finished:
        t.run_epoch()  # a row at each epoch's end, from its last step's gradient
        row = t.history.same_sign.view()[-1]
        assert tuple(row) == same_sign_shares(t.net.gblocks)
        seen.add(tuple(row))
    assert len(seen) > 1  # the shares moved: not a row of constants
    g = t.net.gblocks[1]
    g[:-1] = 0.0
    g[0, 0], g[1, 1], g[2, 1], g[3, 2], g[4, 2] = 1.0, -2.0, -1.0, 3.0, -3.0
    row = t._kernel.layer_rows()[3]
    assert row == same_sign_shares(t.net.gblocks)
    assert row[0] == 2 / 5  # unit 0: one up; unit 1: all down; unit 2 mixed; units 3, 4 unmoved


@pytest.mark.parametrize("opt, extra", [("momentum", dict(momentum=0.5)), ("nesterov", dict(momentum=0.95)),
                                        ("sgd", dict(l1=0.01)), ("rmsprop", dict(weight_decay=0.1)),
                                        ("adam", dict(schedule="step", decay_epochs=1, lr_decay=0.5)),
                                        ("adagrad", dict(schedule="exponential", decay_epochs=1)),
                                        ("sgd", dict(schedule="cosine", epochs=3, activation="elu", elu_alpha=0.5))])
def test_optimizer_options_and_schedules_agree(opt, extra):
    c = Config(dataset="circles", samples=100, hidden=(6,), optimizer=opt, lr=0.05, batch_size=7, seed=1, **extra)
    a, b = pair(c)
    init = a.net.flat.copy()
    a.run(60)
    b.run(60)
    assert_agree(a, b, init, np.float64)


def test_the_last_steps_work_rows_and_diagnostics_agree():
    c = Config(dataset="spiral", samples=100, hidden=(5, 4), activation="tanh", dropout=0.4, batch_size=9, seed=2)
    a, b = pair(c)
    a.run(13)
    b.run(13)
    wa, wb = a.net.last_batch, b.net.last_batch
    assert wa.col.shape == wb.col.shape
    for l in range(2):
        np.testing.assert_array_equal(wa.keep[l], wb.keep[l])
        np.testing.assert_allclose(wb.h[l], wa.h[l], atol=1e-12)
        np.testing.assert_allclose(wb.a[l], wa.a[l], atol=1e-12)
    for l in range(3):
        np.testing.assert_allclose(wb.z[l], wa.z[l], atol=1e-12)
    np.testing.assert_allclose(b.net.flat_grad, a.net.flat_grad, atol=1e-12)
    da, db = a.diagnostics(), b.diagnostics()
    for f in ("grad_norm", "dead_fraction", "preact_mean", "preact_std", "saturated_fraction"):
        np.testing.assert_allclose(getattr(db, f), getattr(da, f), atol=1e-9, err_msg=f)
    assert [m is None for m in a.net.last_masks] == [m is None for m in b.net.last_masks] == [False, False]


@pytest.mark.parametrize("finite", [True, False])
def test_divergence_stops_at_the_same_step(finite):
    c = Config(dataset="spiral", samples=200, hidden=(16, 16), optimizer="sgd", lr=100.0 if finite else 60.0,
               batch_size=8, seed=0, dropout=0.2, activation="relu" if finite else "linear")
    a, b = pair(c)
    a.run(400)
    b.run(400)
    assert a.diverged and b.diverged
    assert a.diverged_at_step == b.diverged_at_step and a.step == b.step
    np.testing.assert_allclose(b.net.flat, a.net.flat, rtol=1e-6, atol=1e-9)
    assert np.isfinite(b.net.flat).all()
    assert a.net.rng.bit_generator.state == b.net.rng.bit_generator.state
    assert b.run(10) == 0


def test_engines_take_over_from_each_other_mid_epoch():
    c = Config(dataset="spiral", samples=150, hidden=(8,), optimizer="adam", dropout=0.2, batch_size=10, seed=4)
    ref = Trainer(c.replace(engine="numpy"), dtype=np.float64)
    mixed = Trainer(c.replace(engine="numpy"), dtype=np.float64)
    init = ref.net.flat.copy()
    ref.run(50)
    mixed.run(7)
    mixed.apply_live(mixed.config.replace(engine="compiled"))
    assert mixed.engine == "compiled"
    mixed.run(30)
    mixed.apply_live(mixed.config.replace(engine="numpy"))
    assert mixed.engine == "numpy"
    mixed.run(13)
    assert_agree(ref, mixed, init, np.float64)


def test_an_unsupported_activation_trains_with_numpy():
    from dlviz.engine.activations import Tanh

    class MyTanh(Tanh):
        pass

    assert not kernel.supports(MyTanh(), OPTIMIZERS["sgd"].build())
    engine, note = engines.resolve("compiled", MyTanh(), OPTIMIZERS["sgd"].build())
    assert engine == "numpy" and "MyTanh" in str(note)
    assert engines.resolve("auto", MyTanh(), OPTIMIZERS["sgd"].build()) == ("numpy", None)


def test_warmup_compiles_every_specialisation():
    assert kernel.warmup() == ["float32", "float64"]
    for f in (kernel.train_slice, kernel.scores, kernel.layer_rows):
        dtypes = {str(sig[0].dtype) for sig in f.signatures}
        assert {"float32", "float64"} <= dtypes, f


def test_without_numba_it_trains_with_numpy_and_says_so_once():
    code = (
        "import sys; sys.modules['numba'] = None\n"  # makes `import numba` raise ImportError
        "from dlviz.config import Config\n"
        "from dlviz.training.trainer import Trainer\n"
        "a = Trainer(Config(samples=60, epochs=1)); b = Trainer(Config(samples=60, engine='compiled'))\n"
        "a.run(5); b.run(5)\n"
        "print(a.engine, b.engine, a.summary()['engine'])\n"
        "print(a.engine_note)\n"
        "print(b.engine_note)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "numpy numpy numpy"
    assert lines[1].startswith("numba is not available") and "training with NumPy" in lines[1]
    assert lines[2] == "None"  # said once


def test_cache_goes_to_the_user_folder_when_the_package_is_not_writable(tmp_path, monkeypatch):
    env: dict = {}
    monkeypatch.setattr(numba_cache, "writable", lambda folder: False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "platform", "linux")
    folder = numba_cache.setup(environ=env)
    assert folder == str(tmp_path / "cache" / "dlviz" / "numba") == env["NUMBA_CACHE_DIR"]
    assert (tmp_path / "cache" / "dlviz" / "numba").is_dir()
    assert numba_cache.setup(environ={"NUMBA_CACHE_DIR": "/given"}) == "/given"  # the user's choice stands
    monkeypatch.setattr(numba_cache, "writable", lambda folder: True)
    assert numba_cache.setup(environ={}) is None  # beside the source


def test_numba_reads_the_user_folder_when_the_package_is_not_writable(tmp_path):
    # In a fresh process, as at start-up: the folder must be set before numba is imported.
    code = (
        "import dlviz.engine.numba_cache as c\n"
        "c.writable = lambda folder: False\n"
        "import sys; assert 'numba' not in sys.modules\n"
        "from dlviz.engine import kernel\n"
        "import numba\n"
        "print(numba.config.CACHE_DIR)\n"
    )
    import os

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("NUMBA_CACHE_DIR", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(tmp_path / "dlviz" / "numba")


def test_package_folder_writability_is_tried(tmp_path):
    assert numba_cache.writable(tmp_path)
    (tmp_path / "f").write_text("x")
    assert not numba_cache.writable(tmp_path / "f")  # __pycache__ cannot be made inside a file


def test_float32_tanh_is_within_two_units_in_the_last_place():
    x = np.linspace(-12.0, 12.0, 200_001)
    got = np.array([kernel._tanh32(v) for v in x[::40]])
    ref = np.tanh(x[::40])
    assert np.abs(got - ref).max() <= 2.7e-7
    assert kernel._tanh32(0.0) == 0.0 and kernel._tanh32(30.0) == pytest.approx(1.0, abs=2.7e-7)
    assert kernel._tanh32(-3.0) == pytest.approx(-kernel._tanh32(3.0), abs=0)


def test_scores_of_both_sets_in_one_call_and_nan_without_validation():
    c = Config(dataset="moons", samples=80, hidden=(5,), activation="tanh", val_fraction=0.0, seed=6)
    a, b = pair(c, np.float32)
    a.run(20)
    b.run(20)
    sa, sb = a._scores(), b._scores()
    np.testing.assert_allclose(sb[:2], sa[:2], rtol=1e-5)
    assert np.isnan(sb[2]) and np.isnan(sb[3])


def test_loading_the_kernel_does_not_import_scipy_linalg():
    # numba's first load imports its registries, one of which probes scipy.linalg's BLAS
    # (~0.35 s): the kernel keeps that out of a start-up (it never calls np.dot).
    code = (
        "import sys\n"
        "from dlviz.config import Config\n"
        "from dlviz.training.trainer import Trainer\n"
        "t = Trainer(Config(samples=60, engine='compiled')); t.run(3)\n"
        "print(t.engine, 'scipy.linalg' in sys.modules)\n"
        "import scipy.linalg\n"  # and it still imports afterwards
        "print(scipy.linalg.cholesky is not None)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["compiled", "False", "True"]
