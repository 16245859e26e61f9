"""Mean squared error with an identity output (regression): its values, its gradient
against finite differences and torch, and the compiled engine against the NumPy one.

MSE here is the mean over samples (and outputs) of (yhat - y)^2, without a factor 1/2:
what scikit-learn's ``mean_squared_error`` and torch's ``nn.MSELoss()`` give."""

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.engine import ACTIVATIONS, MLP, kernel
from dlviz.engine.losses import LOSSES, loss_for_task, mean_squared_error, r2_from_sums, r2_score
from dlviz.training.trainer import Trainer

SMOOTH = [name for name in ACTIVATIONS if name != "step"]
EPS = 1e-6


def _net(activation, sizes=(3, 5, 4, 1), dropout=0.0, seed=0):
    net = MLP(list(sizes), activation=activation, dropout=dropout, seed=seed, dtype=np.float64, loss="mse")
    net.flat[:] = np.random.default_rng(1000 + seed).normal(size=net.flat.size) * 0.5
    return net


def _batch(n=9, outputs=1, seed=3):
    rng = np.random.default_rng(seed)
    y = rng.normal(size=(n, outputs))
    return rng.normal(size=(n, 3)), (y[:, 0] if outputs == 1 else y)


def test_loss_registry_follows_the_task():
    assert loss_for_task("classify") == "cross_entropy" and loss_for_task("regress") == "mse"
    mse = LOSSES["mse"].build()
    assert (mse.output, mse.task, mse.metric) == ("identity", "regress", "r2")
    assert LOSSES["cross_entropy"].build().metric == "accuracy"
    with pytest.raises(ValueError, match="loss"):
        MLP([2, 3, 1], loss="hinge")
    with pytest.raises(ValueError, match="classes >= 2"):
        MLP([2, 3, 1])  # one output needs the MSE
    assert MLP([2, 3, 1], loss="mse").sizes == [2, 3, 1]


def test_mse_and_r2_values_by_hand_and_as_sklearn():
    y = np.array([1.0, 2.0, 3.0, 4.0])
    p = np.array([1.5, 2.0, 2.0, 4.0])
    assert mean_squared_error(p, y) == pytest.approx((0.25 + 0 + 1 + 0) / 4)  # no 1/2
    assert r2_score(p, y) == pytest.approx(1 - 1.25 / 5.0)
    assert r2_score(y, y) == 1.0 and r2_score(np.full(4, 2.5), y) == pytest.approx(0.0)
    assert r2_from_sums(0.0, 0.0) == 1.0 and r2_from_sums(1.0, 0.0) == 0.0
    assert np.isnan(r2_score(np.zeros(0), np.zeros(0)))
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=50), rng.normal(size=50)
    assert mean_squared_error(a, b) == pytest.approx(metrics.mean_squared_error(b, a))
    assert r2_score(a, b) == pytest.approx(metrics.r2_score(b, a))


def test_identity_output_and_loss_of_the_network():
    net = _net("tanh")
    X, y = _batch()
    z = net.logits(X)
    assert z.shape == (9, 1)
    np.testing.assert_array_equal(net.predict(X), z[:, 0])
    np.testing.assert_array_equal(net.predict_proba(X), z)  # no softmax
    loss, _ = net.loss_and_grads(X, y)
    assert loss == pytest.approx(mean_squared_error(z[:, 0], y), rel=1e-12)


@pytest.mark.parametrize("activation", SMOOTH)
@pytest.mark.parametrize("dropout, outputs", [(0.0, 1), (0.3, 1), (0.0, 2)])
def test_mse_backprop_matches_finite_differences(activation, dropout, outputs):
    net = _net(activation, sizes=(3, 5, 4, outputs), dropout=dropout, seed=SMOOTH.index(activation))
    X, y = _batch(outputs=outputs)
    state = net.rng.bit_generator.state

    def loss():
        net.rng.bit_generator.state = state  # one dropout mask for every evaluation
        return net.loss_and_grads(X, y)[0]

    loss()
    analytic = net.flat_grad.copy()
    num = np.empty_like(net.flat)
    for i in range(net.flat.size):
        orig = net.flat[i]
        net.flat[i] = orig + EPS
        up = loss()
        net.flat[i] = orig - EPS
        down = loss()
        net.flat[i] = orig
        num[i] = (up - down) / (2 * EPS)
    assert np.linalg.norm(analytic) > 1e-3
    err = np.linalg.norm(num - analytic) / (np.linalg.norm(num) + np.linalg.norm(analytic))
    assert err < 1e-6, f"{activation}: relative error {err:.2e}"


@pytest.mark.slow  # importing torch costs seconds; CI installs it and runs the slow tier
@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid", "linear"])
def test_mse_loss_and_gradients_are_torchs(activation):
    torch = pytest.importorskip("torch")
    acts = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid, "linear": lambda z: z}
    net = _net(activation, sizes=(3, 6, 5, 2))
    X, y = _batch(n=11, outputs=2, seed=5)
    loss, _ = net.loss_and_grads(X, y)
    blocks = [torch.tensor(b.copy(), dtype=torch.float64, requires_grad=True) for b in net.blocks]
    a = torch.tensor(X, dtype=torch.float64)
    for l, blk in enumerate(blocks):
        z = a @ blk[:-1] + blk[-1]  # weights (fan_in x fan_out), then the bias row
        a = z if l == len(blocks) - 1 else acts[activation](z)
    t_loss = torch.nn.MSELoss()(a, torch.tensor(y, dtype=torch.float64))
    t_loss.backward()
    assert loss == pytest.approx(t_loss.item(), rel=1e-12)
    for g, blk in zip(net.gblocks, blocks):
        np.testing.assert_allclose(g, blk.grad.numpy(), rtol=1e-10, atol=1e-12)


# -- the compiled engine ------------------------------------------------------------------------

needs_numba = pytest.mark.skipif(not kernel.AVAILABLE, reason=f"numba: {kernel.IMPORT_ERROR}")
TOL = {np.float32: (1e-4, 1e-5), np.float64: (1e-9, 1e-10)}  # as tests/engine/test_kernel.py


def _pair(config, dtype):
    a = Trainer(config.replace(engine="numpy"), dtype=dtype)
    b = Trainer(config.replace(engine="compiled"), dtype=dtype)
    assert (a.engine, b.engine) == ("numpy", "compiled") and a.regression and b.regression
    return a, b


CASES = [("sine", "relu", "adam", 0.0, np.float32), ("abs", "tanh", "sgd", 0.3, np.float64),
         ("steps", "sigmoid", "momentum", 0.0, np.float64), ("plane", "leaky_relu", "rmsprop", 0.2, np.float32),
         ("bump", "gelu", "adamw", 0.0, np.float64), ("bump", "relu", "nesterov", 0.0, np.float32)]


@needs_numba
@pytest.mark.parametrize("dataset, activation, optimizer, dropout, dtype", CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}-p{c[3]}-{np.dtype(c[4]).name}" for c in CASES])
def test_kernel_agrees_with_numpy_on_mse(dataset, activation, optimizer, dropout, dtype):
    lr = 0.01 if optimizer in ("adam", "adamw", "rmsprop") else 0.05
    c = Config(dataset=dataset, samples=150, hidden=(8, 6), activation=activation, optimizer=optimizer, lr=lr,
               dropout=dropout, batch_size=16, seed=4, weight_decay=1e-3, l1=1e-4, epochs=4,
               features=("x1", "x2", "x1sq"))
    a, b = _pair(c, dtype)
    init = a.net.flat.astype(np.float64).copy()
    while not a.finished:
        a.run(9)
    while not b.finished:
        b.run(5)
    w_tol, loss_tol = TOL[dtype]
    assert a.step == b.step > 0
    moved = np.linalg.norm(a.net.flat.astype(np.float64) - init)
    gap = np.linalg.norm(a.net.flat.astype(np.float64) - b.net.flat)
    assert moved > 0 and gap <= w_tol * moved, f"weights differ by {gap / moved:.2e} of their travel"
    np.testing.assert_allclose(b.history.step_loss.view(), a.history.step_loss.view(), rtol=0, atol=loss_tol)
    for k in ("train_loss", "val_loss", "train_acc", "val_acc"):  # MSE and R² per epoch
        np.testing.assert_allclose(b.history.__getattribute__(k).view(), a.history.__getattribute__(k).view(),
                                   rtol=1e-4 if dtype == np.float32 else 1e-9, atol=1e-6, err_msg=k)
    assert a.net.rng.bit_generator.state == b.net.rng.bit_generator.state


@needs_numba
def test_kernel_mse_divergence_stops_where_numpy_does():
    c = Config(dataset="sine", samples=100, hidden=(8,), optimizer="sgd", lr=60.0, batch_size=10, seed=1)
    a, b = _pair(c, np.float64)
    a.run(200)
    b.run(200)
    assert a.diverged and b.diverged and a.diverged_at_step == b.diverged_at_step
