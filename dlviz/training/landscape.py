"""The network's own loss landscape: the training loss on a 2-D slice through
weight space around the current weights (Li et al. 2018, "Visualizing the Loss
Landscape of Neural Nets").

The slice is θ(a, b) = θ* + a·d₁ + b·d₂ around the current weights θ*, with

- ``"pca"``: d₁, d₂ the two main directions of the weight trajectory, the first
  two principal components of the snapshots' offsets θᵢ − θ* (unit vectors), so
  that the path training took lies as nearly as possible in the plane; or
- ``"random"``: two Gaussian directions, filter-normalised: each unit's incoming
  weights in dᵢ are scaled to the norm of that unit's weights in θ*, biases
  left out (zero), so that a step of 1 means the same to every layer.

The loss is the mean cross-entropy on the training set in evaluation mode (no
dropout, no penalty terms): what ``Trainer.evaluate()`` calls ``train_loss``.
Grid points are evaluated a few at a time with their weights stacked, in blocks
of about a megabyte, so the work arrays stay in cache. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..data import make_features
from ..engine.network import MLP
from .trainer import Trainer

METHODS = ("pca", "random")
MIN_RESOLUTION, MAX_RESOLUTION = 3, 201
# Grid points per side by default. 61 x 61 (was 41): ~0.6 s of CPU for the window's default
# run, 0.15 s for a Playground-sized one (benchmarks/landscape_speed.py; 81 took ~0.9 s).
DEFAULT_RESOLUTION = 61
BLOCK_FLOATS = 1 << 18  # ~1 MB of float32 per work array: grid points x samples x widest layer
SAMPLE_BLOCK = 4096  # samples per pass, so a big CSV does not need huge work arrays
MARGIN = 1.25  # the PCA slice reaches this far past the trajectory's farthest point
RANDOM_SPAN = 1.0  # the random slice's half-width, in filter-normalised units (Li et al.'s [-1, 1])


class Snapshots:
    """Flat weight snapshots of a trainer, one per epoch: the trajectory for
    ``"pca"`` directions. The weights at creation are the first snapshot; call
    :meth:`take` after training steps (it records only when an epoch has ended)."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        self._rows = [trainer.net.flat.copy()]
        self._epoch = trainer.epoch

    def take(self) -> bool:
        """Record the weights if an epoch ended since the last snapshot; True if it did."""
        if self.trainer.epoch == self._epoch:
            return False
        self._epoch = self.trainer.epoch
        self._rows.append(self.trainer.net.flat.copy())
        return True

    def thin(self) -> None:
        """Keep every other snapshot (the first and the last always): a long run's
        trajectory in bounded memory."""
        self._rows[1:-1] = self._rows[2:-1:2]

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def array(self) -> np.ndarray:
        """(snapshots, parameters), oldest first."""
        return np.array(self._rows)


def train_recording(trainer: Trainer, should_stop: Callable[[], bool] | None = None) -> np.ndarray:
    """Train ``trainer`` to its epoch budget (or divergence), one epoch at a time,
    and return the snapshots (initial weights, then after each epoch)."""
    snaps = Snapshots(trainer)
    while not (trainer.finished or trainer.diverged):
        trainer.run_epoch()
        snaps.take()
        if should_stop is not None and should_stop():
            break
    return snaps.array


@dataclass(frozen=True)
class Landscape:
    """The loss on the slice: ``loss[ib, ia]`` at ``center + alphas[ia]·d₁ + betas[ib]·d₂``
    (NaN where a cancel left it undone). ``trajectory`` is the snapshots projected
    onto the plane, (snapshots, 2) in the same coordinates; ``explained`` the
    share of the trajectory's variance each PCA direction holds."""

    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray
    directions: np.ndarray  # (2, parameters)
    center: np.ndarray
    center_loss: float
    method: str
    trajectory: np.ndarray | None = None
    explained: tuple[float, float] | None = None
    cancelled: bool = False

    def to_json(self) -> dict:
        return {
            "method": self.method, "alphas": self.alphas.tolist(), "betas": self.betas.tolist(),
            "loss": [[None if np.isnan(v) else float(v) for v in row] for row in self.loss],
            "center_loss": self.center_loss,
            "trajectory": None if self.trajectory is None else self.trajectory.tolist(),
            "explained": None if self.explained is None else list(self.explained),
        }


def pca_directions(snapshots: np.ndarray, center: np.ndarray) -> tuple[np.ndarray, tuple[float, float]]:
    """The two main directions of the offsets ``snapshots - center`` (rows, unit
    length, orthogonal) and the share of their variance each explains.
    ValueError if the trajectory does not span a plane."""
    S = np.asarray(snapshots, dtype=np.float64)
    if S.ndim != 2 or S.shape[1] != center.size:
        raise ValueError(f"snapshots must be (n, {center.size}) flat weights, got shape {S.shape}")
    M = S - center
    M -= M.mean(axis=0)  # PCA: the offsets about their mean
    _, sv, vt = np.linalg.svd(M, full_matrices=False)
    var = sv**2
    if len(sv) < 2 or var[1] <= 1e-12 * max(var[0], 1e-300):
        raise ValueError(f"the weight trajectory does not span a plane ({len(S)} snapshot(s)): "
                         "train a few epochs more, or use random directions")
    total = float(var.sum())
    return vt[:2].copy(), (float(var[0] / total), float(var[1] / total))


def random_directions(net: MLP, center: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Two filter-normalised Gaussian directions (rows): per unit, the direction's
    incoming weights get the norm of the unit's weights at ``center``; biases 0."""
    out = np.zeros((2, center.size))
    for k in range(2):
        d = rng.standard_normal(center.size)
        off = 0
        for i, o in zip(net.sizes[:-1], net.sizes[1:]):
            end = off + (i + 1) * o
            blk_d, blk_c = d[off:end].reshape(i + 1, o), center[off:end].reshape(i + 1, o)
            w_d, w_c = blk_d[:i], blk_c[:i]  # column j: unit j's incoming weights
            norm_d = np.linalg.norm(w_d, axis=0)
            w_d *= np.linalg.norm(w_c, axis=0) / np.where(norm_d > 0, norm_d, 1.0)
            blk_d[i] = 0.0  # biases: left out, as Li et al. do
            off = end
        out[k] = d
    return out


def project(points: np.ndarray, center: np.ndarray, directions: np.ndarray) -> np.ndarray:
    """(n, 2) coordinates of flat weights ``points`` in the plane (least squares,
    so non-orthogonal directions work too)."""
    D = np.asarray(directions, dtype=np.float64)
    offsets = np.asarray(points, dtype=np.float64) - center
    return np.linalg.solve(D @ D.T, D @ offsets.T).T


def plane_loss(net: MLP, X: np.ndarray, y: np.ndarray, center: np.ndarray, directions: np.ndarray,
               alphas: np.ndarray, betas: np.ndarray, should_stop: Callable[[], bool] | None = None,
               progress: Callable[[int, int], None] | None = None) -> tuple[np.ndarray, bool]:
    """Mean cross-entropy of ``net``'s architecture on ``X`` (n, features), labels
    ``y`` (a regression net's: the MSE on float targets ``y``), at every point of the grid: ``(loss[ib, ia], cancelled)``. The net's own
    weights are not touched; ``should_stop`` is polled between blocks."""
    dt = np.float32
    R_a, R_b = len(alphas), len(betas)
    A, B = np.meshgrid(np.asarray(alphas, dt), np.asarray(betas, dt))  # [ib, ia]
    A, B = A.ravel(), B.ravel()
    c, d1, d2 = (np.asarray(v, dt) for v in (center, directions[0], directions[1]))
    n = len(y)
    widest = max(net.sizes[1:])
    nb = min(n, SAMPLE_BLOCK)
    G = max(1, BLOCK_FLOATS // (nb * widest))
    X = np.asarray(X, dt)
    y = np.asarray(y)
    act = net.activation
    shapes = list(zip(net.sizes[:-1], net.sizes[1:]))
    total = np.zeros(len(A))
    cancelled = False
    done = 0
    for g0 in range(0, len(A), G):
        g1 = min(g0 + G, len(A))
        P = c + A[g0:g1, None] * d1 + B[g0:g1, None] * d2  # (g, parameters)
        layers, off = [], 0
        for i, o in shapes:
            blk = P[:, off : off + (i + 1) * o].reshape(-1, i + 1, o)
            # Contiguous weights: np.matmul hands only contiguous stacks to BLAS.
            layers.append((np.ascontiguousarray(blk[:, :i]), blk[:, i, None, :]))  # W (g, i, o), b (g, 1, o)
            off += (i + 1) * o
        for s0 in range(0, n, nb):
            s1 = min(s0 + nb, n)
            h = X[s0:s1]
            for l, (W, b) in enumerate(layers):
                z = np.matmul(h, W)  # (g, samples, o)
                z += b
                if l < len(layers) - 1:  # (an activation may not work in place: leaky_relu)
                    h = act.forward(z, np.empty_like(z))
                else:
                    h = z
            if net.regression:  # the MSE of the identity outputs, as the trainer's train_loss
                e = h - y[s0:s1].astype(dt).reshape(1, -1, 1)
                total[g0:g1] += np.einsum("gso,gso->g", e, e, dtype=np.float64) / h.shape[2]
                continue
            # Mean cross-entropy from the logits: log Σ e^(z - max) + max - z_y.
            zmax = h.max(axis=2, keepdims=True)
            lse = np.log(np.exp(h - zmax).sum(axis=2)) + zmax[..., 0]
            picked = h[:, np.arange(s1 - s0), y[s0:s1]]
            total[g0:g1] += (lse - picked).sum(axis=1, dtype=np.float64)
        done = g1
        if progress is not None:
            progress(done, len(A))
        if done < len(A) and should_stop is not None and should_stop():
            cancelled = True
            break
    loss = total / n
    loss[done:] = np.nan
    return loss.reshape(R_b, R_a), cancelled


def landscape(trainer: Trainer, snapshots: np.ndarray | None = None, method: str = "pca", resolution: int = DEFAULT_RESOLUTION,
              span: float | tuple[float, float] | None = None, seed: int = 0,
              should_stop: Callable[[], bool] | None = None,
              progress: Callable[[int, int], None] | None = None) -> Landscape:
    """The training loss of ``trainer``'s net around its current weights on a
    ``resolution`` x ``resolution`` grid (odd: the centre is a grid point).

    ``snapshots`` (n, parameters), e.g. :class:`Snapshots` ``.array``, is the
    trajectory: needed for ``"pca"``, projected onto the plane for either method.
    ``span`` is the half-width along (d₁, d₂); by default the trajectory's reach
    times 1.25 for ``"pca"`` and 1 for ``"random"``. ``seed`` draws the random
    directions. ``should_stop`` / ``progress(done, points)`` as for the other labs.
    """
    if method not in METHODS:
        raise ValueError(f"unknown landscape method {method!r}; choose from {', '.join(METHODS)}")
    if isinstance(resolution, bool) or not isinstance(resolution, int) or \
            not MIN_RESOLUTION <= resolution <= MAX_RESOLUTION:
        raise ValueError(f"resolution must be a whole number from {MIN_RESOLUTION} to {MAX_RESOLUTION}, "
                         f"got {resolution!r}")
    net = trainer.net
    center = net.flat.astype(np.float64)
    if method == "pca":
        if snapshots is None:
            raise ValueError("pca directions need the weight snapshots of the trajectory")
        directions, explained = pca_directions(snapshots, center)
    else:
        directions, explained = random_directions(net, center, np.random.default_rng(seed)), None
    trajectory = None if snapshots is None else project(snapshots, center, directions)
    if span is None:
        if method == "pca":
            reach = np.abs(trajectory).max(axis=0)
            span = tuple(float(MARGIN * max(r, 1e-3 * reach.max(), 1e-8)) for r in reach)
        else:
            span = RANDOM_SPAN
    sa, sb = (span, span) if np.isscalar(span) else span
    if not (np.isfinite(sa) and np.isfinite(sb) and sa > 0 and sb > 0):
        raise ValueError(f"span must be positive, got {span!r}")
    alphas = np.linspace(-sa, sa, resolution)
    betas = np.linspace(-sb, sb, resolution)
    ds = trainer.dataset
    X = make_features(trainer.X_train_raw, trainer.config.features, ds.bounds, dtype=np.float32)
    loss, cancelled = plane_loss(net, X, trainer.y_train, center, directions, alphas, betas, should_stop, progress)
    center_loss = float(plane_loss(net, X, trainer.y_train, center, directions, np.zeros(1), np.zeros(1))[0][0, 0])
    return Landscape(alphas, betas, loss, directions, center, center_loss, method, trajectory, explained, cancelled)
