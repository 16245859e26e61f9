"""The network's loss landscape: the loss on the slice equals the trainer's own
evaluation at those weights, the trained weights sit in the valley, the
trajectory lies in the PCA plane, random directions are filter-normalised."""

import numpy as np
import pytest

from dlviz.config import Config
from dlviz.training.landscape import (Snapshots, landscape, pca_directions, project, random_directions,
                                      train_recording)
from dlviz.training.trainer import Trainer

CONFIG = Config(dataset="moons", samples=300, noise=0.3, hidden=(8, 8), activation="tanh", optimizer="adam", lr=0.02,
                batch_size=32, epochs=40, seed=4)


@pytest.fixture(scope="module")
def trained():
    t = Trainer(CONFIG)
    snaps = train_recording(t)
    return t, snaps


def _loss_at(trainer, weights):
    saved = trainer.net.flat.copy()
    trainer.net.flat[...] = weights
    try:
        return trainer.evaluate()["train_loss"]
    finally:
        trainer.net.flat[...] = saved


def test_snapshots_once_per_epoch(trained):
    t, snaps = trained
    assert snaps.shape == (41, t.net.flat.size)  # the initial weights, then 40 epochs
    np.testing.assert_array_equal(snaps[-1], t.net.flat)
    fresh = Trainer(CONFIG.replace(epochs=2))
    rec = Snapshots(fresh)
    fresh.run(3)
    assert not rec.take() and len(rec) == 1  # no epoch ended yet
    fresh.run_epoch()
    assert rec.take() and len(rec) == 2
    np.testing.assert_array_equal(rec.array[1], fresh.net.flat)


@pytest.mark.parametrize("method", ["random", "pca"])
def test_grid_values_are_the_training_loss_at_those_weights(trained, method):
    t, snaps = trained
    before = t.net.flat.copy()
    L = landscape(t, snaps, method, resolution=5, seed=1)
    np.testing.assert_array_equal(t.net.flat, before)  # the net is not touched
    assert L.loss.shape == (5, 5) and L.alphas[2] == 0 and L.betas[2] == 0
    assert L.center_loss == pytest.approx(t.evaluate()["train_loss"], rel=1e-4)
    for ib, ia in ((0, 0), (1, 3), (4, 2), (2, 2)):
        w = L.center + L.alphas[ia] * L.directions[0] + L.betas[ib] * L.directions[1]
        assert L.loss[ib, ia] == pytest.approx(_loss_at(t, w), rel=2e-4, abs=1e-6)


def test_trained_weights_are_at_or_next_to_the_minimum(trained):
    t, snaps = trained
    for seed in (0, 1, 2):
        L = landscape(t, snaps, "random", resolution=21, seed=seed)
        ib, ia = np.unravel_index(np.argmin(L.loss), L.loss.shape)
        assert abs(ib - 10) <= 1 and abs(ia - 10) <= 1, (seed, ib, ia)
        assert L.loss.max() > 1.5 * L.center_loss  # it is a valley, not a plateau


def test_pca_plane_holds_the_trajectory(trained):
    t, snaps = trained
    L = landscape(t, snaps, "pca", resolution=11)
    D = L.directions
    np.testing.assert_allclose(D @ D.T, np.eye(2), atol=1e-10)
    assert L.explained[0] >= L.explained[1] > 0 and sum(L.explained) <= 1 + 1e-12
    assert L.trajectory.shape == (41, 2)
    np.testing.assert_allclose(L.trajectory[-1], [0, 0], atol=1e-9)  # the path ends at the current weights
    # The grid reaches past the trajectory's farthest point along each direction.
    assert (np.abs(L.trajectory).max(axis=0) < [L.alphas[-1], L.betas[-1]]).all()
    # The start of training, projected, has a higher loss than the centre.
    i0 = np.argmin(np.abs(L.alphas - L.trajectory[0, 0]))
    j0 = np.argmin(np.abs(L.betas - L.trajectory[0, 1]))
    assert L.loss[j0, i0] > 2 * L.center_loss
    js = L.to_json()
    assert len(js["loss"]) == 11 and len(js["trajectory"]) == 41


def test_pca_directions_of_a_known_trajectory():
    rng = np.random.default_rng(0)
    e1, e2 = np.eye(6)[0], np.eye(6)[3]
    ts = np.linspace(0, 1, 30)
    S = np.array([4 * t * e1 + np.sin(3 * t) * e2 for t in ts]) + 1e-9 * rng.standard_normal((30, 6))
    D, explained = pca_directions(S, S[-1])
    assert abs(D[0] @ e1) > 0.99 and abs(D[1] @ e2) > 0.99
    with pytest.raises(ValueError, match="does not span a plane"):
        pca_directions(np.array([S[0], S[-1]]), S[-1])


def test_random_directions_are_filter_normalised(trained):
    t, _ = trained
    c = t.net.flat.astype(np.float64)
    D = random_directions(t.net, c, np.random.default_rng(3))
    off = 0
    for i, o in zip(t.net.sizes[:-1], t.net.sizes[1:]):
        end = off + (i + 1) * o
        for d in D:
            blk, cblk = d[off:end].reshape(i + 1, o), c[off:end].reshape(i + 1, o)
            np.testing.assert_allclose(np.linalg.norm(blk[:i], axis=0), np.linalg.norm(cblk[:i], axis=0))
            assert (blk[i] == 0).all()  # biases left out
        off = end
    pts = c + np.outer([0.3, -1.0], D[0]) + np.outer([2.0, 0.5], D[1])
    np.testing.assert_allclose(project(pts, c, D), [[0.3, 2.0], [-1.0, 0.5]], atol=1e-10)


def test_cancel_progress_and_bad_inputs(trained):
    t, snaps = trained
    seen = []
    L = landscape(t, snaps, "random", resolution=41, should_stop=lambda: bool(seen),
                  progress=lambda d, n: seen.append((d, n)))
    assert L.cancelled and len(seen) == 1 and seen[0][1] == 41 * 41
    flat = L.loss.ravel()
    assert np.isfinite(flat[: seen[0][0]]).all() and np.isnan(flat[seen[0][0]:]).all()
    with pytest.raises(ValueError, match="unknown landscape method 'pcb'"):
        landscape(t, snaps, "pcb")
    with pytest.raises(ValueError, match="snapshots"):
        landscape(t, None, "pca")
    with pytest.raises(ValueError, match="resolution"):
        landscape(t, snaps, "random", resolution=2)
    with pytest.raises(ValueError, match="span"):
        landscape(t, snaps, "random", span=-1.0)
