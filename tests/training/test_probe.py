"""The softmax inspector's probe: one point followed through the whole network,
checked against a forward pass written out by hand on the trainer's weights."""

import math

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training import inside as I
from dlviz.training.messages import ViewRequest
from dlviz.training.session import Cursor, make_snapshot
from dlviz.training.trainer import Trainer


def trained(**kw):
    t = Trainer(Config(dataset="spiral", classes=3, **kw))
    t.run(30)
    return t


def by_hand(t, point):
    """The forward pass as the course writes it: features, then a = f(Wᵀa + b), softmax last."""
    x0, x1, y0, y1 = t.dataset.bounds
    u = 2 * (point[0] - x0) / (x1 - x0) - 1
    v = 2 * (point[1] - y0) / (y1 - y0) - 1
    table = {"x1": u, "x2": v, "x1sq": u * u, "x2sq": v * v, "x1x2": u * v,
             "sin_x1": math.sin(math.pi * u), "sin_x2": math.sin(math.pi * v)}
    a = np.array([table[f] for f in t.config.features])
    feats, zs, outs = a, [], []
    for l, (W, b) in enumerate(zip(t.net.weights, t.net.biases)):
        z = np.array([sum(float(W[i, j]) * a[i] for i in range(len(a))) + float(b[j]) for j in range(W.shape[1])])
        if l == t.net.n_layers - 1:
            e = np.exp(z - z.max())
            a = e / e.sum()
        else:
            a = t.net.activation.fn(z)
        zs.append(z)
        outs.append(a)
    return feats, zs, outs


@pytest.mark.parametrize("features,hidden,activation", [
    (("x1", "x2", "x1sq", "sin_x1"), (6, 5), "tanh"),
    (("x1", "x2", "x1x2", "x2sq", "sin_x2"), (4,), "relu"),
    (("x1", "x2"), (), "relu"),  # no hidden layer: a softmax regression
])
def test_probe_equals_a_hand_computed_forward_pass(features, hidden, activation):
    t = trained(features=features, hidden=hidden, activation=activation)
    point = (0.37, -0.81)
    p = I.probe(t, point)
    feats, zs, outs = by_hand(t, point)
    assert p.point == point
    np.testing.assert_allclose(p.features, feats, atol=1e-12)
    assert len(p.z) == len(p.a) == len(hidden) + 1
    for l in range(len(zs)):
        np.testing.assert_allclose(p.z[l], zs[l], rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(p.a[l], outs[l], rtol=1e-9, atol=1e-9)
    assert p.probs.sum() == pytest.approx(1.0, abs=1e-12)
    np.testing.assert_array_equal(p.logits, p.z[-1])
    # The network's own (float32) evaluation agrees.
    np.testing.assert_allclose(t.net.predict_proba(np.array([feats]))[0], p.probs, atol=1e-5)
    assert all(not arr.flags.writeable for arr in (p.features, *p.z, *p.a))


def test_a_unit_sum_is_its_pre_activation():
    t = trained(features=("x1", "x2", "x1sq", "x2sq"), hidden=(7, 5), activation="gelu")
    for unit in ((0, 6), (1, 2), (2, 1)):  # first hidden, second hidden, an output (logit)
        p = I.probe(t, (-0.2, 0.55), unit)
        layer, j = unit
        assert p.unit == unit
        np.testing.assert_array_equal(p.unit_weights, t.net.weights[layer][:, j].astype(np.float64))
        assert p.unit_bias == float(t.net.biases[layer][j])
        terms = p.unit_weights * p.inputs(layer)
        assert terms.sum() + p.unit_bias == pytest.approx(p.z[layer][j], abs=1e-12)
        if layer < 2:
            assert p.a[layer][j] == pytest.approx(float(t.net.activation.fn(np.array([p.z[layer][j]]))[0]))


def test_cross_entropy_of_the_label():
    t = trained(hidden=(8,))
    p = I.probe(t, (1.0, 2.0))
    for y in range(3):
        # −log p_y from the logits, log-sum-exp style, equals the probe's probability's.
        z = p.logits
        expected = np.log(np.exp(z - z.max()).sum()) + z.max() - z[y]
        assert -math.log(p.probs[y]) == pytest.approx(expected, rel=1e-9)


def test_wide_layers_are_probed_whole():
    t = trained(hidden=(40, 20))
    p = I.probe(t, (0.0, 0.0), (1, 17))
    assert [z.shape for z in p.z] == [(40,), (20,), (3,)]  # not cut to MAX_SHOWN
    assert p.unit_weights.shape == (40,)
    assert (p.unit_weights * p.inputs(1)).sum() + p.unit_bias == pytest.approx(p.z[1][17], abs=1e-9)


def test_input_or_missing_units_carry_no_weights():
    t = trained(hidden=(4,))
    assert I.probe(t, (0, 0), (-1, 0)).unit is None  # an input feature has no incoming weights
    assert I.probe(t, (0, 0), (0, 9)).unit_weights is None  # no such unit (an older network's)
    assert I.probe(t, (0, 0), None).unit_bias is None


def test_snapshot_carries_the_probe_of_the_view_request():
    t = trained(hidden=(6, 6), activation="tanh")
    snap = make_snapshot(t, 1, "paused", Cursor(), view=ViewRequest(focus=(1, 4), probe=(0.5, -0.5)))
    p = snap.inside.probe
    assert p.point == (0.5, -0.5) and p.unit == (1, 4)  # the hovered unit's weights
    np.testing.assert_allclose(p.probs, I.probe(t, (0.5, -0.5)).probs)
    # The clicked unit wins over the hovered one; no point, no probe.
    snap = make_snapshot(t, 1, "paused", Cursor(), view=ViewRequest(focus=(1, 4), probe=(0.5, -0.5),
                                                                   probe_unit=(0, 2)))
    assert snap.inside.probe.unit == (0, 2)
    assert make_snapshot(t, 1, "paused", Cursor(), view=ViewRequest()).inside.probe is None
