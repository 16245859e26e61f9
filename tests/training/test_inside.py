"""The look inside the network that the training process computes for the views."""

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.data import grid_points
from dlviz.training import inside as I
from dlviz.training.messages import ViewRequest
from dlviz.training.session import Cursor, make_snapshot, run_info
from dlviz.training.trainer import Trainer


def trained(**kw):
    t = Trainer(Config(dataset="spiral", classes=3, **kw))
    t.run(20)
    return t


def test_shapes_are_capped_at_max_shown():
    t = trained(hidden=(32, 8), dropout=0.3)
    ins = I.inside(t)
    assert [m.shape for m in ins.unit_maps] == [(16, 24, 24), (8, 24, 24), (3, 24, 24)]
    assert [w.shape for w in ins.weights] == [(2, 16), (16, 8), (8, 3)]
    assert [b.shape for b in ins.biases] == [(16,), (8,), (3,)]
    assert [d.shape for d in ins.dead] == [(16,), (8,)]
    assert [d.shape for d in ins.dropped] == [(16,), (8,)]
    # Weights shown are the network's own first rows and columns.
    np.testing.assert_array_equal(ins.weights[1], t.net.weights[1][:16, :8])
    assert all(not a.flags.writeable for a in ins.unit_maps + ins.weights)


def test_unit_maps_are_the_hidden_outputs_over_the_plane():
    t = trained(hidden=(8, 8), activation="tanh")
    ins = I.inside(t)
    pts = grid_points(t.dataset.bounds, I.MAP_RESOLUTION)
    h = t.net.hidden_outputs(pts)
    np.testing.assert_allclose(ins.unit_maps[1], h[1].T.reshape(8, 24, 24), atol=1e-6)
    np.testing.assert_allclose(ins.unit_maps[-1].sum(axis=0), 1.0, atol=1e-5)  # class probabilities


def test_focus_map_matches_the_unit():
    t = trained(hidden=(8, 8), activation="tanh")
    snap = make_snapshot(t, 1, "paused", Cursor(), view=ViewRequest(focus=(1, 3)))
    pts = grid_points(t.dataset.bounds, 100)
    expected = t.net.hidden_outputs(pts)[1][:, 3].reshape(100, 100)
    np.testing.assert_allclose(snap.inside.focus_map, expected, atol=1e-6)
    out = make_snapshot(t, 1, "paused", Cursor(), view=ViewRequest(focus=(2, 0)))
    np.testing.assert_allclose(out.inside.focus_map, snap.grid[0], atol=1e-6)  # output unit 0 = P(class 0)


def test_dead_units_are_found():
    t = trained(hidden=(8,), activation="relu")
    assert not I.inside(t).dead[0].any()
    t.net.biases[0][:] = -50.0
    t.run(1)
    assert I.inside(t).dead[0].all()
    assert t.diagnostics().dead_fraction[0] == 1.0


def test_dropped_units_follow_the_first_samples_mask():
    t = trained(hidden=(8, 8), dropout=0.5)
    ins = I.inside(t)
    for l, m in enumerate(t.net.last_masks):
        np.testing.assert_array_equal(ins.dropped[l], ~m[:8, 0])
    assert I.inside(trained(hidden=(8,), dropout=0.0)).dropped == (None,)


def test_thinned_grid_only_with_dropout():
    assert I.thinned_grid(trained(hidden=(8,), dropout=0.0), 20) is None
    t = trained(hidden=(8, 8), dropout=0.5)
    g = I.thinned_grid(t, 20)
    assert g.shape == (3, 20, 20)
    np.testing.assert_allclose(g.sum(axis=0), 1.0, atol=1e-5)
    assert np.abs(g - t.predict_grid(20)).max() > 1e-3  # a thinned network differs from the full one


def test_histograms_count_everything():
    t = trained(hidden=(16, 4))
    ins = I.inside(t)
    assert ins.preact_hist[0].sum() == 16 * t.batch_size
    assert [h.sum() for h in ins.weight_hist] == [W.size for W in t.net.weights]
    assert [h.sum() for h in ins.bias_hist] == [b.size for b in t.net.biases]
    assert ins.weight_edges[0] == pytest.approx(-np.abs(t.net.flat).max(), rel=1e-6)


def test_run_info_carries_input_maps():
    t = trained(hidden=(4,), features=("x1", "x2", "x1x2"))
    info = run_info(t, 1)
    assert info.input_maps.shape == (3, 24, 24)
    assert info.feature_labels[0] == "x₁"
    # x1 grows along the columns, x2 along the rows
    assert info.input_maps[0][0, -1] > info.input_maps[0][0, 0]
    assert info.input_maps[1][-1, 0] > info.input_maps[1][0, 0]


def test_no_hidden_layer():
    t = trained(hidden=())
    ins = I.inside(t)
    assert len(ins.unit_maps) == 1 and ins.dead == () and ins.dropped == ()


def test_focus_on_an_input_is_that_feature_over_the_plane():
    from dlviz.config import Config
    from dlviz.training.trainer import Trainer

    t = Trainer(Config(dataset="xor", samples=100, hidden=(4,), features=("x1", "x2", "x1sq")))
    ins = I.inside(t, focus=(-1, 2), large=30)
    assert ins.focus == (-1, 2) and ins.focus_map.shape == (30, 30)
    np.testing.assert_allclose(ins.focus_map, I.input_maps(t.dataset.bounds, ["x1sq"], 30)[0])
    assert not np.allclose(ins.focus_map, I.input_maps(t.dataset.bounds, ["x1"], 30)[0])
