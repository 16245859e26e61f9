"""What the network looks like inside: per-unit maps, shown weights, dead and
dropped units, histograms. Computed in the training process for the views of
the network diagram, gradient flow, unit health and weights. NumPy only.

Layers wider than ``MAX_SHOWN`` units are shown by their first ``MAX_SHOWN``
units (the diagram adds a "+N more" mark), so a 256-unit layer costs what a
16-unit one does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..common.arrays import frozen
from ..common.display import PREACT_EDGES, shown
from ..common.display import PREACT_BINS as HIST_BINS
from ..data import grid_points, make_features
from ..engine.activations import dead_units
from ..engine.losses import softmax
from .trainer import GRID_BLOCK

MAP_RESOLUTION = 24  # cells per side of a unit's map


@dataclass(frozen=True)
class Inside:
    """One snapshot of the network's inside. Layer lists follow the weight layers
    (hidden layers, then the output) unless they say "per hidden layer"."""

    unit_maps: tuple[np.ndarray, ...]  # per weight layer: (shown, R, R) float32 outputs (eval mode); output: probabilities
    weights: tuple[np.ndarray, ...]  # per weight layer: W[:shown_in, :shown_out] float32
    biases: tuple[np.ndarray, ...]  # per weight layer: b[:shown_out]
    dead: tuple[np.ndarray, ...]  # per hidden layer: bool (shown,), |f'(z)| < 1e-3 on >= 99 % of the last batch
    dropped: tuple[np.ndarray | None, ...]  # per hidden layer: bool (shown,), dropped for the batch's first sample
    preact_hist: tuple[np.ndarray, ...]  # per hidden layer: counts over PREACT_EDGES, last batch
    weight_hist: tuple[np.ndarray, ...]  # per weight layer: counts over weight_edges
    bias_hist: tuple[np.ndarray, ...]
    weight_edges: np.ndarray  # shared by the weight and bias histograms of this snapshot
    thinned_grid: np.ndarray | None = None  # (K, res, res): the net thinned by the first sample's mask
    focus: tuple[int, int] | None = None  # (weight layer, unit) whose map is in focus_map
    focus_map: np.ndarray | None = None  # (res, res) float32
    probe: "Probe | None" = None  # one point of the plane through the whole network (the inspector's)


@dataclass(frozen=True)
class Probe:
    """One point of the plane through the whole network, in evaluation mode (no
    dropout) and float64: what the softmax inspector shows. Every layer is whole,
    not cut to ``MAX_SHOWN`` units, so the inspector can add up any unit's sum."""

    point: tuple[float, ...]  # the raw inputs, in data coordinates
    features: np.ndarray  # (d,) the input features' values at the point
    z: tuple[np.ndarray, ...]  # per weight layer: pre-activations (units,); the last: the logits
    a: tuple[np.ndarray, ...]  # per weight layer: outputs f(z); the last: the softmax probabilities
    unit: tuple[int, int] | None = None  # (weight layer, unit) whose incoming weights follow
    unit_weights: np.ndarray | None = None  # (fan_in,): W[:, unit], every one of them
    unit_bias: float | None = None

    @property
    def logits(self) -> np.ndarray:
        return self.z[-1]

    @property
    def probs(self) -> np.ndarray:
        return self.a[-1]

    def inputs(self, layer: int) -> np.ndarray:
        """What weight layer ``layer`` multiplies: the features, or the layer before's outputs."""
        return self.features if layer == 0 else self.a[layer - 1]


def probe(trainer, point, unit: tuple[int, int] | None = None) -> Probe | None:
    """The network at ``point`` (its raw inputs in data coordinates: x₁, x₂ for points,
    (x,) for a curve), with ``unit``'s incoming weights and bias when it is a hidden or
    output unit (layer >= 0). None for a point of another kind of run (a point of
    the run before, on its way): never an exception in the training process."""
    net = trainer.net
    pt = tuple(float(v) for v in point)
    if len(pt) != trainer.dataset.n_inputs:
        return None
    a = make_features(np.array([pt]), trainer.config.features, trainer.dataset.bounds, dtype=np.float64)[0]
    feats = a
    zs, outs = [], []
    last = net.n_layers - 1
    for l, (W, b) in enumerate(zip(net.weights, net.biases)):
        z = a @ W.astype(np.float64) + b.astype(np.float64)
        if l == last:  # the output layer: softmax, or a regression's identity
            a = z.copy() if net.regression else softmax(z[None], axis=1)[0]
        else:
            a = np.asarray(net.activation.fn(z), np.float64)
        zs.append(frozen(z))
        outs.append(frozen(a))
    weights = bias = None
    if unit is not None and 0 <= unit[0] <= last and 0 <= unit[1] < net.sizes[unit[0] + 1]:
        layer, j = int(unit[0]), int(unit[1])
        unit = (layer, j)
        weights = frozen(net.weights[layer][:, j].astype(np.float64))
        bias = float(net.biases[layer][j])
    else:
        unit = None
    return Probe(point=pt, features=frozen(feats), z=tuple(zs), a=tuple(outs), unit=unit,
                 unit_weights=weights, unit_bias=bias)


def input_maps(bounds, features, resolution: int = MAP_RESOLUTION, curve: bool = False) -> np.ndarray:
    """The input ``features`` (names) over the plane ``bounds``, (features, R, R) float32
    (``curve``: a 1-D regression's, whose one input is the plane's x: x2 is 0)."""
    pts = grid_points(bounds, resolution)
    if curve:
        pts = pts[:, :1]
    f = make_features(pts, features, bounds, dtype=np.float32)
    return frozen(f.T.reshape(-1, resolution, resolution))


def _hist(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    v = np.clip(values.ravel(), edges[0], edges[-1])
    return np.histogram(v, bins=edges)[0].astype(np.int32)


def _layer_outputs(trainer, pts_t: np.ndarray) -> list[np.ndarray]:
    """Eval-mode outputs of every weight layer for augmented inputs (d+1, n):
    hidden activations, then class probabilities."""
    net = trainer.net
    probs = net.eval_proba_t(pts_t)
    w = net._work_for(pts_t.shape[1], train=False)
    return [h for h in w.h] + [probs]


def unit_map(trainer, layer: int, unit: int, resolution: int) -> np.ndarray:
    """One unit's output over the plane at ``resolution`` (the hovered node, shown
    large); layer -1 is the input layer: the feature ``unit`` itself."""
    net = trainer.net
    if layer < 0:
        feats = trainer.config.features
        return input_maps(trainer.dataset.bounds, [feats[int(np.clip(unit, 0, len(feats) - 1))]], resolution,
                          trainer.dataset.kind == "curve")[0]
    layer = int(np.clip(layer, 0, net.n_layers - 1))
    if layer == net.n_layers - 1:
        probs = trainer.predict_grid(resolution)
        return frozen(probs[int(np.clip(unit, 0, probs.shape[0] - 1))])
    unit = int(np.clip(unit, 0, net.sizes[layer + 1] - 1))
    g = trainer.grid_inputs(resolution)
    out = np.empty(g.shape[1], np.float32)
    for a in range(0, g.shape[1], GRID_BLOCK):  # blocks, as predict_grid, to stay in cache
        b = min(a + GRID_BLOCK, g.shape[1])
        _layer_outputs(trainer, g[:, a:b])
        out[a:b] = net._work_for(b - a, train=False).h[layer][unit]
    return frozen(out.reshape(resolution, resolution))


def thinned_grid(trainer, resolution: int) -> np.ndarray | None:
    """Class probabilities of one thinned network: every hidden layer's units
    multiplied by the last batch's first-sample mask (scaled by 1/(1-p)), as
    that sample saw the network while training."""
    net = trainer.net
    masks = net.last_masks
    if not masks or all(m is None for m in masks) or net.dropout <= 0:
        return None
    g = trainer.grid_inputs(resolution)
    a = g
    scale = 1.0 / (1.0 - net.dropout)
    last = net.n_layers - 1
    for l, blk in enumerate(net.blocks):
        z = blk.T @ a
        if l == last:
            break
        a = np.ones((z.shape[0] + 1, z.shape[1]), z.dtype)
        net.activation.forward(z, a[:-1])
        m = masks[l]
        if m is not None:
            a[:-1] *= (m[:, :1] * scale).astype(z.dtype)
    out = z if net.regression else softmax(z, axis=0)
    return frozen(out.reshape(-1, resolution, resolution).astype(np.float32))


def image_mosaic_inputs(trainer, resolution: int = MAP_RESOLUTION) -> tuple[np.ndarray, int]:
    """For data without a plane (images): the augmented inputs (d + 1, R * R) of R * R
    held-out images (the training set's without a validation set), sorted by class, and R.

    A unit's "map" is then its output on each of them, row by row: a block of rows per
    class, so a node shows which classes make the unit fire (and an output node, where
    its class's images are). R is at most ``resolution``, less for a small set."""
    has_val = len(trainer.y_val) > 0
    X = trainer.X_val_raw if has_val else trainer.X_train_raw
    y = trainer.y_val if has_val else trainer.y_train
    R = max(1, min(int(resolution), int(np.sqrt(len(y)))))
    # The first R * R images of the set, then sorted by class (stable: the same ones each time).
    rows = np.arange(R * R)
    rows = rows[np.argsort(y[rows], kind="stable")]
    return np.ascontiguousarray(trainer.net.augment(trainer.inputs(X[rows])).T), R


def inside(trainer, thinned: bool = False, focus: tuple[int, int] | None = None,
           resolution: int = MAP_RESOLUTION, large: int = 100, probe_at: tuple[float, float] | None = None,
           probe_unit: tuple[int, int] | None = None) -> Inside:
    """Everything the inside views draw, for the current weights and last batch.
    ``probe_at``: a point to follow through the network, with the incoming weights of
    ``probe_unit`` (None: of ``focus``)."""
    net = trainer.net
    plane = trainer.has_plane
    if plane:
        maps_in = trainer.grid_inputs(resolution)
    else:  # images: a mosaic of held-out images instead of the plane (see image_mosaic_inputs)
        maps_in, resolution = image_mosaic_inputs(trainer, resolution)
        thinned, focus, probe_at = False, None, None
    outs = _layer_outputs(trainer, maps_in)
    unit_maps = tuple(frozen(o[: shown(o.shape[0])].reshape(-1, resolution, resolution)) for o in outs)
    weights = tuple(frozen(W[: shown(W.shape[0]), : shown(W.shape[1])]) for W in net.weights)
    biases = tuple(frozen(b[: shown(b.shape[0])]) for b in net.biases)
    w = net.last_batch
    hidden = net.sizes[1:-1]
    if w is None:
        dead = tuple(frozen(np.zeros(shown(n), bool)) for n in hidden)
        dropped = tuple(None for _ in hidden)
        preact = tuple(frozen(np.zeros(HIST_BINS, np.int32)) for _ in hidden)
    else:
        dead = tuple(frozen(dead_units(net.activation, z[: shown(z.shape[0])])) for z in w.z[:-1])
        dropped = tuple(None if m is None else frozen(~m[: shown(m.shape[0]), 0]) for m in w.keep)
        preact = tuple(frozen(_hist(z, PREACT_EDGES)) for z in w.z[:-1])
    m = float(max(np.abs(net.flat).max(), 1e-3))
    edges = np.linspace(-m, m, HIST_BINS + 1)
    return Inside(
        unit_maps=unit_maps,
        weights=weights,
        biases=biases,
        dead=dead,
        dropped=dropped,
        preact_hist=preact,
        weight_hist=tuple(frozen(_hist(W, edges)) for W in net.weights),
        bias_hist=tuple(frozen(_hist(b, edges)) for b in net.biases),
        weight_edges=frozen(edges),
        thinned_grid=thinned_grid(trainer, large) if thinned else None,
        focus=focus,
        focus_map=unit_map(trainer, *focus, large) if focus is not None else None,
        probe=probe(trainer, probe_at, probe_unit or focus) if probe_at is not None else None,
    )
