"""Backpropagation for one sample (dlviz.training.backprop): the gradients against central
finite differences and against the engine's own, the chain rule's numbers, the sigmoid's
shrinking δ, and the walk-through of a trainer's sample."""

import math

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.common.messages import MessageError
from dlviz.engine.network import MLP
from dlviz.training import backprop as bp
from dlviz.training.trainer import Trainer

ACTIVATIONS = ["sigmoid", "tanh", "relu", "gelu", "leaky_relu"]
DEPTHS = [[], [5], [6, 4], [5, 5, 5]]


def _net(act, hidden, seed=0, d=3, k=3, dropout=0.0):
    net = MLP([d, *hidden, k], activation=act, seed=seed, dropout=dropout, dtype=np.float64)
    rng = np.random.default_rng(seed + 100)
    for b in net.biases:  # biases start at zero: give them values, so that their gradients are checked too
        b[...] = rng.normal(0.0, 0.3, b.shape)
    return net


def _sample(seed, d=3, k=3):
    rng = np.random.default_rng(seed + 7)
    return rng.uniform(-1.0, 1.0, d), int(rng.integers(k))


def _central(net, x, y, h=1e-6):
    """∂L/∂W_l and ∂L/∂b_l by central differences of −log p_y, W_l as (out, in)."""
    Ws = [np.array(W.T, np.float64) for W in net.weights]
    bs = [np.array(b, np.float64) for b in net.biases]

    def loss():
        return bp.sample_loss(Ws, bs, net.activation, x, y)

    out = []
    for W, b in zip(Ws, bs):
        grads = []
        for P in (W, b):
            G = np.empty_like(P)
            for idx in np.ndindex(P.shape):
                keep = P[idx]
                P[idx] = keep + h
                up = loss()
                P[idx] = keep - h
                down = loss()
                P[idx] = keep
                G[idx] = (up - down) / (2 * h)
            grads.append(G)
        out.append(tuple(grads))
    return out


@pytest.mark.parametrize("hidden", DEPTHS, ids=lambda h: "-".join(map(str, h)) or "none")
@pytest.mark.parametrize("act", ACTIVATIONS)
def test_grads_equal_central_differences(act, hidden):
    for seed in (0, 1):
        net = _net(act, hidden, seed)
        x, y = _sample(seed)
        walk = bp.walk_net(net, x, y, lr=0.1)
        # No pre-activation within a step of a kink (relu, leaky relu): the difference would straddle it.
        assert min(float(np.abs(s.z).min()) for s in walk.layers) > 1e-4
        fd = _central(net, x, y)
        for step, (gW, gb) in zip(walk.layers, fd):
            scale = max(float(np.abs(step.grad_W).max()), float(np.abs(step.grad_b).max()))
            assert scale > 0
            # 1e-6 of the layer's largest gradient (a relative error, not lost on the smallest entries)
            np.testing.assert_allclose(step.grad_W, gW, rtol=1e-6, atol=1e-6 * scale)
            np.testing.assert_allclose(step.grad_b, gb, rtol=1e-6, atol=1e-6 * scale)
        assert walk.loss == pytest.approx(bp.sample_loss([s.W for s in walk.layers], [s.b for s in walk.layers],
                                                         net.activation, x, y), rel=1e-15)


@pytest.mark.parametrize("hidden", DEPTHS, ids=lambda h: "-".join(map(str, h)) or "none")
@pytest.mark.parametrize("act", ACTIVATIONS)
def test_grads_equal_the_engines(act, hidden):
    """The same sample through MLP.loss_and_grads (the training path, a batch of one): the
    same loss, the same gradients, in the engine's layout (fan_in × fan_out)."""
    net = _net(act, hidden, seed=3)
    x, y = _sample(3)
    walk = bp.walk_net(net, x, y, lr=0.1)
    loss, grads = net.loss_and_grads(x[None], np.array([y]))
    assert loss == pytest.approx(walk.loss, rel=1e-12)
    for step, gW, gb in zip(walk.layers, grads[0::2], grads[1::2]):
        np.testing.assert_allclose(step.grad_W.T, gW, rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(step.grad_b, gb, rtol=1e-10, atol=1e-14)
    # the forward pass is the engine's too
    np.testing.assert_allclose(walk.probs, net.predict_proba(x[None])[0], rtol=1e-12)
    np.testing.assert_allclose(walk.layers[-1].z, net.logits(x[None])[0], rtol=1e-12, atol=1e-14)


def test_dropout_is_off_for_the_walk_through():
    """A net with dropout 0.5 walks as the same weights without it: every unit kept, nothing rescaled."""
    with_dropout = _net("tanh", [6, 6], seed=4, dropout=0.5)
    without = _net("tanh", [6, 6], seed=4)
    x, y = _sample(4)
    a, b = bp.walk_net(with_dropout, x, y, 0.1), bp.walk_net(without, x, y, 0.1)
    for s, t in zip(a.layers, b.layers):
        np.testing.assert_array_equal(s.grad_W, t.grad_W)
        np.testing.assert_array_equal(s.a, t.a)
    assert a.loss == b.loss


def test_the_formulas_hold_on_the_numbers():
    net = _net("sigmoid", [4, 3], seed=5)
    x, y = _sample(5)
    walk = bp.walk_net(net, x, y, lr=0.5)
    L = len(walk.layers)
    out = walk.layers[-1]
    onehot = np.eye(3)[y]
    np.testing.assert_allclose(out.delta, out.a - onehot)  # δ_out = p − y
    assert out.a.sum() == pytest.approx(1.0) and walk.loss == pytest.approx(-math.log(out.a[y]))
    for l in range(L - 1):
        s, nxt = walk.layers[l], walk.layers[l + 1]
        np.testing.assert_allclose(s.z, s.W @ s.a_in + s.b)  # z = W a + b
        np.testing.assert_allclose(s.a, 1 / (1 + np.exp(-s.z)))  # a = σ(z)
        np.testing.assert_allclose(s.f_prime, s.a * (1 - s.a))  # σ' = σ(1 − σ)
        np.testing.assert_allclose(s.delta, (nxt.W.T @ nxt.delta) * s.f_prime)
        np.testing.assert_allclose(nxt.a_in, s.a)
    for s in walk.layers:
        np.testing.assert_allclose(s.grad_W, np.outer(s.delta, s.a_in))
        np.testing.assert_array_equal(s.grad_b, s.delta)
    # the plain gradient step on every weight lowers this sample's loss (a small enough η)
    small = bp.walk_net(net, x, y, lr=0.01)
    assert small.loss_after < small.loss


@pytest.mark.parametrize("weight", [(1, 2, 3), (2, 3, 1), (3, 2, 4)])
def test_chain_rule_for_one_weight(weight):
    net = _net("tanh", [4, 4], seed=6)
    x, y = _sample(6)
    walk = bp.walk_net(net, x, y, lr=0.3, weight=weight)
    c = walk.chain
    l, j, i = weight[0], weight[1] - 1, weight[2] - 1
    s = walk.layers[l - 1]
    assert (c.layer, c.j, c.i) == (l, j, i) and c.name == f"W_{l}[{weight[1]},{weight[2]}]"
    assert c.weight == s.W[j, i] and c.a_in == s.a_in[i]
    assert c.grad == pytest.approx(s.grad_W[j, i], rel=1e-15) and c.grad == pytest.approx(c.delta * c.a_in)
    assert c.new_weight == pytest.approx(c.weight - 0.3 * c.grad)
    if l == 3:
        assert c.output and c.p == pytest.approx(s.a[j]) and c.y == float(j == y)
        assert c.delta == pytest.approx(c.p - c.y)
    else:
        nxt = walk.layers[l]
        assert c.back == pytest.approx(float(np.dot(nxt.W[:, j], nxt.delta)))
        assert c.next_weights == tuple(nxt.W[:, j]) and c.next_deltas == tuple(nxt.delta)
        assert c.delta == pytest.approx(c.back * c.f_prime)
        assert c.f_prime == pytest.approx(1 - math.tanh(c.z) ** 2)
    text = "\n".join(c.lines())
    assert c.name in text and bp._n(c.grad) in text and bp._n(c.new_weight) in text
    if not c.output:  # every term of the sum is written with its numbers
        assert bp._n(c.next_weights[0]) in text and bp._n(c.back) in text and "f′" in text


def test_a_long_sum_is_cut_short():
    terms = bp.sum_terms(list(np.arange(1.0, 11.0)), [1.0] * 10)
    assert terms.count("·") == bp.SHOWN_TERMS and "[4 more terms: 34]" in terms


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_sigmoid_delta_shrinks_layer_by_layer(seed):
    """The vanishing-gradient lesson's "why": f′ ≤ 0.25 at every unit, and |δ| falls on the way back."""
    net = MLP([2, 8, 8, 8, 8, 3], activation="sigmoid", seed=seed, dtype=np.float64)
    x = np.random.default_rng(seed).uniform(-1, 1, 2)
    walk = bp.walk_net(net, x, seed % 3, 0.1)
    hidden = walk.layers[:-1]
    assert all(float(s.f_prime.max()) <= 0.25 for s in hidden)
    for s in hidden:  # each δ is at most a quarter of what comes back through W
        assert np.all(np.abs(s.delta) <= 0.25 * np.abs(s.back) + 1e-15)
    sizes = walk.delta_sizes()  # mean |δ_l|, l = 1 … 5
    assert all(sizes[l] < 0.5 * sizes[l + 1] for l in range(len(sizes) - 1)), sizes
    assert sizes[0] < 0.01 * sizes[-1], sizes


def test_walk_trainer_follows_the_training_sample():
    config = Config.from_dict({"dataset": "xor", "samples": 80, "hidden": [4], "activation": "tanh", "seed": 2,
                               "features": ["x1", "x2", "x1x2"]})
    t = Trainer(config, dtype=np.float64)
    for _ in range(2):
        t.run_epoch()
    s, walk = bp.walk_trainer(t, 5)
    assert s.label == t.y_train[5] and np.array_equal(s.x, t.X_train_raw[5])
    np.testing.assert_allclose(s.features, [s.features[0], s.features[1], s.features[0] * s.features[1]])
    np.testing.assert_allclose(s.features, t._train_rows[5, :-1])  # what the network trains on
    loss, grads = t.net.loss_and_grads(s.features[None], np.array([s.label]))
    assert loss == pytest.approx(walk.loss, rel=1e-12)
    np.testing.assert_allclose(walk.layers[0].grad_W.T, grads[0], rtol=1e-10, atol=1e-14)
    assert walk.lr == t.lr


@pytest.mark.parametrize("features", [["pixels"], ["rows", "cols"]])
def test_a_digit_image_is_walked_through_from_what_the_network_trains_on(features):
    """A digit sample: its 64 pixels (or ink per row and column) are the inputs, and the
    walk's loss and gradients are the engine's for that sample."""
    config = Config.from_dict({"dataset": "digits", "samples": 200, "hidden": [6], "features": features})
    t = Trainer(config, dtype=np.float64)
    t.run_epoch()
    s, walk = bp.walk_trainer(t, 3)
    assert s.x.shape == (64,) and s.label == t.y_train[3]
    np.testing.assert_allclose(s.features, t._train_rows[3, :-1])
    loss, grads = t.net.loss_and_grads(s.features[None], np.array([s.label]))
    assert loss == pytest.approx(walk.loss, rel=1e-12)
    np.testing.assert_allclose(walk.layers[0].grad_W.T, grads[0], rtol=1e-10, atol=1e-14)
    assert bp.text(t, s, walk)[0].startswith(f"sample 3: image 8×8, class {s.label}")


def test_a_regression_run_is_refused_in_one_sentence():
    t = Trainer(Config(dataset="sine", hidden=(3,)))
    with pytest.raises(MessageError, match="this run is a regression"):
        bp.training_sample(t, 0)


@pytest.mark.parametrize("index", [-1, 64, 10**9, 1.5, True])
def test_a_sample_out_of_range_is_refused(index):
    t = Trainer(Config.from_dict({"samples": 80}))
    with pytest.raises(MessageError, match="training point 0 to 63"):
        bp.training_sample(t, index)


@pytest.mark.parametrize("weight, words", [((0, 1, 1), "layer must be 1 to 3"), ((4, 1, 1), "1 to 3"),
                                           ((1, 17, 1), "layer 1 has units 1 to 16"),
                                           ((1, 1, 3), "layer 0 has units 1 to 2"),
                                           ((3, 1, 0), "layer 2 has units 1 to 16")])
def test_a_weight_out_of_range_is_refused(weight, words):
    with pytest.raises(MessageError, match=words):
        bp.check_weight([2, 16, 16, 3], weight)


def test_run_trains_the_epochs_asked_for():
    config = Config.from_dict({"samples": 100, "hidden": [6], "optimizer": "sgd", "lr": 0.1})
    t0, _, walk0 = bp.run(config, 0, 3)
    t2, s2, walk2 = bp.run(config, 2, 3)
    assert (t0.epoch, t0.step) == (0, 0) and t2.epoch == 2 and t2.step > 0
    assert walk0.loss != walk2.loss
    same = Trainer(config.replace(epochs=2))
    for _ in range(2):
        same.run_epoch()
    np.testing.assert_array_equal(walk2.layers[0].W, same.net.weights[0].T.astype(np.float64))
    with pytest.raises(MessageError, match="epochs must be 0 or more"):
        bp.run(config, -1, 3)


def test_the_training_process_answers_a_backprop_request():
    """The window's Backprop dock asks the training process (BackpropRequest): the answer
    is the walk-through on the run's own current weights, or one clear message."""
    import pickle

    from dlviz.training.messages import BackpropReady, BackpropRequest, NewRun
    from dlviz.training.session import Session

    class Out:
        def __init__(self):
            self.sent = []

        def send(self, msg):
            self.sent.append(msg)

    out = Out()
    s = Session(out)
    s.handle(BackpropRequest(1, 0))  # no run yet
    assert isinstance(out.sent[-1], BackpropReady) and "no run" in str(out.sent[-1].error)
    s.handle(NewRun(1, Config(samples=100, hidden=(5,), activation="sigmoid")))
    t = s.runs[1].trainer
    t.run_epoch()
    s.handle(BackpropRequest(2, 7, (2, 1, 3)))
    r = out.sent[-1]
    assert isinstance(r, BackpropReady) and r.request_id == 2 and r.error == ""
    assert r.sample.index == 7 and r.epoch == 1 and r.activation == "sigmoid"
    assert r.points is None and r.labels is None  # (the window has them from the RunInfo)
    np.testing.assert_array_equal(r.sample.x, t.X_train_raw[7])
    assert r.sample.label == t.y_train[7]
    np.testing.assert_array_equal(r.walk.layers[0].W, t.net.weights[0].T.astype(np.float64))
    assert r.walk.chain.name == "W_2[1,3]"
    pickle.loads(pickle.dumps(r))  # it crosses the pipe
    s.handle(BackpropRequest(3, 10**6))
    assert out.sent[-1].walk is None and "0 to 79" in str(out.sent[-1].error)


@pytest.mark.parametrize("hidden", [[], [5], [6, 4]], ids=lambda h: "-".join(map(str, h)) or "none")
def test_chain_for_any_weight_equals_a_walk_asked_for_that_weight(hidden):
    """What the window shows for a hovered weight (Walk.chain_for) is the walk's own chain rule
    for that weight, every number equal, and ∂L/∂w is the walk's grad_W entry."""
    net = _net("sigmoid", hidden, seed=4)
    x, y = _sample(4)
    walk = bp.walk_net(net, x, y, 0.3)
    sizes = walk.sizes()
    assert sizes == [3, *hidden, 3]
    for l in range(1, len(sizes)):
        for j in range(1, sizes[l] + 1):
            for i in range(1, sizes[l - 1] + 1):
                c = walk.chain_for((l, j, i))
                assert c == bp.walk_net(net, x, y, 0.3, (l, j, i)).chain
                assert c.grad == walk.layers[l - 1].grad_W[j - 1, i - 1]
                assert c.new_weight == pytest.approx(c.weight - 0.3 * c.grad, rel=1e-15, abs=1e-18)
                if not c.output:
                    assert c.back * c.f_prime == pytest.approx(c.delta, rel=1e-12, abs=1e-300)
    with pytest.raises(MessageError):
        walk.chain_for((len(sizes), 1, 1))
