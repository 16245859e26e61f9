"""Backpropagation for one sample, every number kept: what ``dlviz backprop`` prints and the
Backprop window steps through. Qt-free, NumPy only, float64 throughout.

Notation (the course's): layer 0 is the input, a_0 = x (the network's input features);
layers 1 … L are the hidden layers and the output. For each layer l

    z_l = W_l a_{l-1} + b_l,    a_l = f(z_l)          (hidden layers)
    p = softmax(z_L),           L = -log p_y          (the output and the loss)

and backwards

    δ_L = p - y                                       (softmax with cross-entropy)
    δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f'(z_l)
    ∂L/∂W_l = δ_l a_{l-1}ᵀ,    ∂L/∂b_l = δ_l.

``W_l`` here is (units of l) × (units of l-1): the transpose of the engine's storage
(:class:`dlviz.engine.network.MLP` keeps ``weights[l-1]`` as fan_in × fan_out). Units are
numbered from 1 in the text (``W_2[3,1]``: from unit 1 of layer 1 to unit 3 of layer 2),
as the features are (x₁, x₂); arrays are indexed from 0 as usual.

Dropout is off for the walk-through (evaluation mode: every unit kept, nothing rescaled),
so the numbers are those of the network itself, not of one random thinned copy of it. The
gradient is the cross-entropy's alone; weight decay and L1, which the run's optimizer adds,
are left out, and the update shown is the plain gradient step w ← w − η·g.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..common.arrays import frozen
from ..common.messages import QT_TRANSLATE_NOOP, Message, MessageError
from ..common.numbers import factor, product_terms, sig4
from ..data import make_features, make_image_features
from ..engine.activations import Activation

#: Values of a vector shown in the text, at most (a 256-unit layer prints its first ones).
SHOWN = 8
#: Terms of the chain rule's sum written out, at most (the rest are summed as "…").
SHOWN_TERMS = 6


@dataclass(frozen=True)
class LayerStep:
    """One weight layer's numbers for the sample (arrays read-only, float64)."""

    index: int  # l: 1 for the first hidden layer, L for the output
    output: bool  # the output layer (softmax, no f)
    W: np.ndarray  # (units, units of l-1)
    b: np.ndarray  # (units,)
    a_in: np.ndarray  # a_{l-1}: the features for l = 1
    z: np.ndarray  # W a_{l-1} + b
    a: np.ndarray  # f(z); for the output layer the probabilities softmax(z)
    f_prime: np.ndarray | None  # f'(z); None for the output layer
    back: np.ndarray | None  # W_{l+1}ᵀ δ_{l+1} (hidden layers), before ⊙ f'(z)
    delta: np.ndarray  # δ_l = ∂L/∂z_l
    grad_W: np.ndarray  # δ_l a_{l-1}ᵀ
    grad_b: np.ndarray  # δ_l


@dataclass(frozen=True)
class ChainRule:
    """The chain rule for one weight W_l[j, i] (0-based ``j``, ``i``), with its numbers.

    Output layer: ∂L/∂w = (p_j − y_j) · a_{l-1}[i].
    Hidden layer: ∂L/∂w = (Σ_k W_{l+1}[k, j] δ_{l+1}[k]) · f'(z_l[j]) · a_{l-1}[i].
    """

    layer: int  # l, 1-based
    j: int  # unit of layer l (0-based)
    i: int  # unit (or feature) of layer l-1 (0-based)
    output: bool
    weight: float
    a_in: float  # a_{l-1}[i]
    delta: float  # δ_l[j]
    p: float | None  # output layer: p_j
    y: float | None  # output layer: 1 if j is the label, else 0
    next_weights: tuple[float, ...]  # hidden layer: W_{l+1}[k, j] for every k
    next_deltas: tuple[float, ...]  # hidden layer: δ_{l+1}[k]
    back: float | None  # hidden layer: Σ_k W_{l+1}[k, j] δ_{l+1}[k]
    f_prime: float | None  # hidden layer: f'(z_l[j])
    z: float  # z_l[j]
    grad: float  # ∂L/∂w
    lr: float  # η
    new_weight: float  # w − η·g

    @property
    def name(self) -> str:
        """``W_2[3,1]``: 1-based units."""
        return f"W_{self.layer}[{self.j + 1},{self.i + 1}]"

    def lines(self) -> list[str]:
        """The chain rule written out with its numbers, a line per step (English; the window
        builds its own translated lines from the same fields)."""
        l, j, i, n, q = self.layer, self.j + 1, self.i + 1, _n, _p
        src = f"x_{i}" if l == 1 else f"a_{l - 1}[{i}]"
        out = [f"∂L/∂{self.name} = δ_{l}[{j}] · {src}"]
        if self.output:
            out.append(f"δ_{l}[{j}] = p_{j} − y_{j} = {n(self.p)} − {n(self.y)} = {n(self.delta)}")
        else:
            out.append(f"δ_{l}[{j}] = (Σ_k W_{l + 1}[k,{j}] · δ_{l + 1}[k]) · f′(z_{l}[{j}])")
            out.append(f"        = ({sum_terms(self.next_weights, self.next_deltas)}) · f′({n(self.z)})")
            out.append(f"        = {n(self.back)} · {q(self.f_prime)} = {n(self.delta)}")
        out.append(f"∂L/∂{self.name} = {n(self.delta)} · {q(self.a_in)} = {n(self.grad)}")
        out.append(f"{self.name} ← {n(self.weight)} − {q(self.lr)} · {q(self.grad)} = {n(self.new_weight)}")
        return out

    def to_json(self) -> dict:
        return {
            "weight": self.name, "layer": self.layer, "to_unit": self.j + 1, "from_unit": self.i + 1,
            "value": self.weight, "a_in": self.a_in, "z": self.z, "delta": self.delta,
            **({"p": self.p, "y": self.y} if self.output else
               {"next_weights": list(self.next_weights), "next_deltas": list(self.next_deltas),
                "back": self.back, "f_prime": self.f_prime}),
            "grad": self.grad, "lr": self.lr, "new_value": self.new_weight, "text": self.lines(),
        }


@dataclass(frozen=True)
class Walk:
    """Forward, loss, backward and update for one sample."""

    features: np.ndarray  # a_0 (d,)
    label: int
    layers: tuple[LayerStep, ...]  # layer 1 … L
    loss: float  # −log p_y
    lr: float  # η of the update
    chain: ChainRule
    loss_after: float  # −log p_y after w ← w − η·g on every weight and bias

    @property
    def probs(self) -> np.ndarray:
        return self.layers[-1].a

    @property
    def predicted(self) -> int:
        return int(np.argmax(self.probs))

    def delta_sizes(self) -> list[float]:
        """Mean |δ_l| per layer, 1 … L: with sigmoid it shrinks towards the input."""
        return [float(np.abs(s.delta).mean()) for s in self.layers]

    def sizes(self) -> list[int]:
        """Units per layer, the input first: [d, *hidden, K]."""
        return [len(self.features), *(len(s.b) for s in self.layers)]

    def chain_for(self, weight: tuple[int, int, int]) -> ChainRule:
        """The chain rule of another weight (l, j, i), 1-based as written W_l[j,i], from the
        same numbers (what the window shows for the weight under the pointer)."""
        l, j, i = check_weight(self.sizes(), weight)
        return _chain(self.layers, self.label, self.lr, l, j, i)

    def grads(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(∂L/∂W_l, ∂L/∂b_l) per layer."""
        return [(s.grad_W, s.grad_b) for s in self.layers]

    def to_json(self) -> dict:
        """Every number, JSON-ready (lists of floats)."""
        return {
            "layers": [{
                "layer": s.index, "kind": "output" if s.output else "hidden",
                "z": s.z.tolist(), "a": s.a.tolist(),
                "f_prime": None if s.f_prime is None else s.f_prime.tolist(),
                "delta": s.delta.tolist(), "grad_W": s.grad_W.tolist(), "grad_b": s.grad_b.tolist(),
                "mean_abs_delta": float(np.abs(s.delta).mean()),
            } for s in self.layers],
            "probabilities": self.probs.tolist(),
            "predicted": self.predicted,
            "loss": self.loss,
            "chain_rule": self.chain.to_json(),
            "update": {"lr": self.lr, "rule": "w ← w − η·g (every weight and bias, plain gradient step)",
                       "loss_before": self.loss, "loss_after": self.loss_after},
        }


_n = sig4  # (the names the tests and the text use)
_p = factor


def sum_terms(ws, ds) -> str:
    """``0.31·0.12 + (-0.5)·0.07 + [10 more terms: 0.04]``: the first SHOWN_TERMS products, the rest as one sum."""
    terms, more, rest = product_terms(ws, ds, SHOWN_TERMS)
    if more:
        terms.append(f"[{more} more terms: {_n(rest)}]")
    return " + ".join(terms)


def _log_softmax(z: np.ndarray) -> np.ndarray:
    s = z - z.max()
    return s - math.log(float(np.exp(s).sum()))


def _forward(Ws, bs, act: Activation, x: np.ndarray):
    """(z per layer, a per layer); the last a is softmax(z_L)."""
    zs, outs, a = [], [], x
    for l, (W, b) in enumerate(zip(Ws, bs)):
        z = W @ a + b
        a = np.exp(_log_softmax(z)) if l == len(Ws) - 1 else np.asarray(act.fn(z), np.float64)
        zs.append(z)
        outs.append(a)
    return zs, outs


def sample_loss(Ws, bs, act: Activation, x: np.ndarray, label: int) -> float:
    """−log p_y of one sample (evaluation mode), from the logits (finite even when p_y underflows)."""
    zs, _ = _forward(Ws, bs, act, np.asarray(x, np.float64))
    return float(-_log_softmax(zs[-1])[label])


def check_weight(sizes, weight: tuple[int, int, int]) -> tuple[int, int, int]:
    """``weight`` (layer, to, from), 1-based as written W_l[j,i], checked against layer
    ``sizes`` ([d, *hidden, K]); returned as (l, j, i) with 0-based units. A MessageError says what is wrong."""
    l, j, i = (int(v) for v in weight)
    L = len(sizes) - 1
    if not 1 <= l <= L:
        raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "the weight's layer must be 1 to {n}, got {value}"),
                                   n=L, value=l))
    if not 1 <= j <= sizes[l]:
        raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "layer {layer} has units 1 to {n}, got {value}"),
                                   layer=l, n=sizes[l], value=j))
    if not 1 <= i <= sizes[l - 1]:
        raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "layer {layer} has units 1 to {n}, got {value}"),
                                   layer=l - 1, n=sizes[l - 1], value=i))
    return l, j - 1, i - 1


def walk_through(weights, biases, activation: Activation, features, label: int, lr: float,
                 weight: tuple[int, int, int] = (1, 1, 1)) -> Walk:
    """Forward, loss, backward and update of one sample.

    Parameters
    ----------
    weights, biases : per layer, W_l as (units, units of l-1) and b_l (units,), any float dtype
        (taken as float64).
    activation : the hidden layers' activation (its ``fn`` and ``grad``).
    features : a_0, the network's input (d,).
    label : the sample's class y.
    lr : η of the update step.
    weight : (l, j, i), 1-based: the weight W_l[j,i] whose chain rule is written out.
    """
    Ws = [frozen(np.array(W, np.float64)) for W in weights]
    bs = [frozen(np.array(b, np.float64)) for b in biases]
    x = frozen(np.array(features, np.float64).ravel())
    sizes = [len(x), *(len(b) for b in bs)]
    wl, wj, wi = check_weight(sizes, weight)
    L = len(Ws)
    zs, outs = _forward(Ws, bs, activation, x)
    label = int(label)
    loss = float(-_log_softmax(zs[-1])[label])
    y = np.zeros(len(bs[-1]))
    y[label] = 1.0

    deltas: list[np.ndarray] = [None] * L  # type: ignore[list-item]
    backs: list[np.ndarray | None] = [None] * L
    fps: list[np.ndarray | None] = [None] * L
    deltas[-1] = outs[-1] - y
    for l in range(L - 2, -1, -1):  # 0-based layer index: l is layer l + 1
        backs[l] = Ws[l + 1].T @ deltas[l + 1]
        fps[l] = np.asarray(activation.grad(zs[l]), np.float64)
        deltas[l] = backs[l] * fps[l]
    ins = [x, *outs[:-1]]
    steps = tuple(LayerStep(
        index=l + 1, output=l == L - 1, W=Ws[l], b=bs[l], a_in=ins[l], z=frozen(zs[l]), a=frozen(outs[l]),
        f_prime=None if fps[l] is None else frozen(fps[l]), back=None if backs[l] is None else frozen(backs[l]),
        delta=frozen(deltas[l]), grad_W=frozen(np.outer(deltas[l], ins[l])), grad_b=frozen(deltas[l].copy()),
    ) for l in range(L))

    chain = _chain(steps, label, float(lr), wl, wj, wi)
    after = sample_loss([st.W - lr * st.grad_W for st in steps], [st.b - lr * st.grad_b for st in steps],
                        activation, x, label)
    return Walk(features=x, label=label, layers=steps, loss=loss, lr=float(lr), chain=chain, loss_after=after)


def _chain(steps, label: int, lr: float, wl: int, wj: int, wi: int) -> ChainRule:
    """The chain rule of W_wl[wj, wi] (layer 1-based, units 0-based) from the walk's steps."""
    s = steps[wl - 1]
    g = float(s.grad_W[wj, wi])
    w0 = float(s.W[wj, wi])
    if s.output:
        hidden = dict(p=float(s.a[wj]), y=1.0 if wj == label else 0.0, next_weights=(), next_deltas=(), back=None,
                      f_prime=None)
    else:
        nxt = steps[wl]
        hidden = dict(p=None, y=None, next_weights=tuple(float(v) for v in nxt.W[:, wj]),
                      next_deltas=tuple(float(v) for v in nxt.delta), back=float(s.back[wj]),
                      f_prime=float(s.f_prime[wj]))
    return ChainRule(layer=wl, j=wj, i=wi, output=s.output, weight=w0, a_in=float(s.a_in[wi]),
                     delta=float(s.delta[wj]), z=float(s.z[wj]), grad=g, lr=float(lr),
                     new_weight=w0 - float(lr) * g, **hidden)


def walk_net(net, features, label: int, lr: float, weight: tuple[int, int, int] = (1, 1, 1)) -> Walk:
    """:func:`walk_through` on an engine :class:`~dlviz.engine.network.MLP`'s weights."""
    return walk_through([W.T for W in net.weights], list(net.biases), net.activation, features, label, lr, weight)


@dataclass(frozen=True)
class Sample:
    """A training sample: its index among the training points, its point, its features, its class."""

    index: int
    x: np.ndarray  # (2,) in data coordinates; an image's (h * w,) pixels
    features: np.ndarray  # (d,) the network's input
    label: int


def training_sample(trainer, index: int) -> Sample:
    """Training sample ``index`` (0 … n−1) of a :class:`~.trainer.Trainer`; a MessageError if out of range."""
    n = trainer.n_train
    if isinstance(index, bool) or not isinstance(index, (int, np.integer)) or not 0 <= index < n:
        raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "the sample must be a training point 0 to {last}, got {value}"),
                                   last=n - 1, value=index))
    if trainer.regression:
        raise MessageError(Message(QT_TRANSLATE_NOOP(
            "errors", "the backprop walk-through follows a classification run (softmax and −log p_y); this run is a regression")))
    x = np.array(trainer.X_train_raw[index], np.float64)
    ds = trainer.dataset
    if ds.kind == "image":  # (its pixels, or the ink per row and column)
        feats = make_image_features(x[None], trainer.config.features, ds.image_shape, dtype=np.float64)[0]
    else:
        feats = make_features(x[None], trainer.config.features, ds.bounds, dtype=np.float64)[0]
    return Sample(int(index), frozen(x), frozen(feats), int(trainer.y_train[index]))


def walk_trainer(trainer, index: int, weight: tuple[int, int, int] = (1, 1, 1)) -> tuple[Sample, Walk]:
    """The walk-through of training sample ``index`` on a trainer's current weights, with
    the learning rate of its next step."""
    s = training_sample(trainer, index)
    return s, walk_net(trainer.net, s.features, s.label, trainer.lr, weight)


def report(trainer, s: Sample, walk: Walk) -> dict:
    """What ``dlviz backprop --json`` prints: the config, the weights, the sample and the walk
    (``s`` and ``walk`` from :func:`walk_trainer`)."""
    c = trainer.config
    return {
        "config": c.to_dict(),
        "epochs_trained": trainer.epoch,
        "steps_trained": trainer.step,
        "dropout": "off for the walk-through (evaluation mode)",
        "optimizer_note": None if c.optimizer == "sgd" else
        f"the run trains with {c.optimizer}; the update shown is the plain gradient step w ← w − η·g",
        "sizes": list(trainer.net.sizes),
        "weights": [{"layer": st.index, "W": st.W.tolist(), "b": st.b.tolist()} for st in walk.layers],
        "sample": {"index": s.index, "x": s.x.tolist(), "features": s.features.tolist(),
                   "feature_names": list(c.features), "label": s.label},
        **walk.to_json(),
    }


def _vec(v: np.ndarray) -> str:
    shown = ", ".join(_n(x) for x in v[:SHOWN])
    more = f", … (+{len(v) - SHOWN})" if len(v) > SHOWN else ""
    return f"[{shown}{more}]"


def text(trainer, sample: Sample, walk: Walk) -> list[str]:
    """The short readable text of ``dlviz backprop`` (English)."""
    c = trainer.config
    act = c.activation
    when = "fresh weights (no training)" if trainer.step == 0 else f"after {trainer.epoch} epochs ({trainer.step} steps)"
    shape = trainer.dataset.image_shape
    if shape is not None:  # (64 or more inputs: their count, not each one)
        what = f"image {shape[0]}×{shape[1]}, class {trainer.dataset.class_names[sample.label]}; " \
               f"{len(sample.features)} inputs ({', '.join(c.features)})"
    else:
        feats = ", ".join(f"{name} = {_n(v)}" for name, v in zip(c.features, sample.features))
        what = f"point ({_n(sample.x[0])}, {_n(sample.x[1])}), class {sample.label}; {feats}"
    out = [f"sample {sample.index}: {what}",
           f"network {'-'.join(map(str, trainer.net.sizes))}, {act}, {when}; dropout off for the walk-through",
           "forward:"]
    for s in walk.layers:
        src = "x" if s.index == 1 else f"a_{s.index - 1}"
        out.append(f"  z_{s.index} = W_{s.index} {src} + b_{s.index} = {_vec(s.z)}")
        if s.output:
            out.append(f"  p = softmax(z_{s.index}) = {_vec(s.a)}")
        else:
            out.append(f"  a_{s.index} = {act}(z_{s.index}) = {_vec(s.a)}")
    out.append(f"loss: −log p_{sample.label + 1} (class {sample.label}) = −log {_n(walk.probs[sample.label])} = "
               f"{_n(walk.loss)}")
    out.append("backward:")
    for s in reversed(walk.layers):
        l = s.index
        if s.output:
            out.append(f"  δ_{l} = p − y = {_vec(s.delta)}")
        else:
            out.append(f"  f′(z_{l}) = {_vec(s.f_prime)}")
            out.append(f"  δ_{l} = (W_{l + 1}ᵀ δ_{l + 1}) ⊙ f′(z_{l}) = {_vec(s.delta)}")
        out.append(f"    mean |δ_{l}| = {_n(float(np.abs(s.delta).mean()))}; ∂L/∂W_{l} = δ_{l} a_{l - 1}ᵀ, "
                   f"∂L/∂b_{l} = δ_{l}")
    out.append(f"chain rule for {walk.chain.name}:")
    out += [f"  {line}" for line in walk.chain.lines()]
    note = "" if c.optimizer == "sgd" else f" (the run itself trains with {c.optimizer})"
    out.append(f"update w ← w − η·g with η = {_n(walk.lr)} on every weight{note}: the loss on this sample goes "
               f"{_n(walk.loss)} → {_n(walk.loss_after)}")
    return out


def run(config, epochs: int, index: int, weight: tuple[int, int, int] = (1, 1, 1), dataset=None):
    """``dlviz backprop``: a run of ``config`` trained ``epochs`` whole epochs (0: the fresh
    weights), then the walk-through of training sample ``index``. Returns (trainer, sample,
    walk). Every argument is checked before any training (a MessageError or ConfigError)."""
    from .threads import limit_blas_threads as blas_limited
    from .trainer import Trainer

    if isinstance(epochs, bool) or not isinstance(epochs, (int, np.integer)) or epochs < 0:
        raise MessageError(Message(QT_TRANSLATE_NOOP("errors", "epochs must be 0 or more, got {value}"), value=epochs))
    # The run's budget is the epochs asked for, so that its schedule is the one `dlviz train
    # --epochs N` follows and the weights are that run's (0: the window's "until paused").
    trainer = Trainer(config.replace(epochs=int(epochs)), dataset=dataset)
    training_sample(trainer, index)
    check_weight(trainer.net.sizes, weight)
    with blas_limited():
        for _ in range(int(epochs)):
            if trainer.diverged:
                break
            trainer.run_epoch()
    sample, walk = walk_trainer(trainer, index, weight)
    return trainer, sample, walk
