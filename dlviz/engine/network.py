"""A fully-connected network (MLP) trained by backpropagation: softmax output with
cross-entropy (classification) or identity output with mean squared error (regression).

Speed comes from the layout, not from clever arithmetic: networks this small are
bound by NumPy call overhead. All parameters live in one flat buffer (weights
first, then biases) and all gradients in another; ``params``/``grads`` are
per-layer views into them, so an optimizer updates every layer with a handful
of whole-buffer operations. Work arrays are allocated once per batch size and
reused with ``out=``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..common.registry import Entry, Registry
from ..common.messages import QT_TRANSLATE_NOOP
from .activations import ACTIVATIONS, Activation
from .losses import LOSSES, softmax

MAX_HIDDEN_LAYERS = 8
MAX_UNITS = 256

def _he(fan_in: int, fan_out: int) -> float:
    return float(np.sqrt(2.0 / fan_in))


def _xavier(fan_in: int, fan_out: int) -> float:
    return float(np.sqrt(2.0 / (fan_in + fan_out)))


#: name -> Entry whose factory gives the weights' standard deviation for (fan_in, fan_out);
#: "auto" is resolved by the activation (He for ReLU-like, Xavier otherwise).
INITS = Registry("init", (
    Entry("auto", QT_TRANSLATE_NOOP("registry", "Auto"), QT_TRANSLATE_NOOP("registry", "He for ReLU-like activations, Xavier otherwise"), lambda: None),
    Entry("he", QT_TRANSLATE_NOOP("registry", "He"), QT_TRANSLATE_NOOP("registry", "Normal(0, √(2 / fan_in)): keeps ReLU activations' variance steady"), lambda: _he),
    Entry("xavier", QT_TRANSLATE_NOOP("registry", "Xavier"), QT_TRANSLATE_NOOP("registry", "Normal(0, √(2 / (fan_in + fan_out))): suits tanh and sigmoid"), lambda: _xavier),
    Entry("normal", QT_TRANSLATE_NOOP("registry", "Normal(0, 1)"), QT_TRANSLATE_NOOP("registry", "Normal(0, 1): too large for wide layers, which shows saturation"),
          lambda: lambda fan_in, fan_out: 1.0),
    Entry("zeros", QT_TRANSLATE_NOOP("registry", "Zeros"), QT_TRANSLATE_NOOP("registry", "All zero: every unit in a layer stays identical (the symmetry problem)"),
          lambda: lambda fan_in, fan_out: 0.0),
))


@dataclass
class _Work:
    """Work arrays for one batch size, stored feature-major: one column per sample.

    Each layer's input carries a trailing row of ones, so ``[W; b].T @ a`` adds
    the bias inside the matmul and ``a @ delta.T`` yields the bias gradient with
    the weight gradient. Feature-major keeps every activation a contiguous block
    (rows ``a[:-1]``), which elementwise NumPy calls need to be fast.
    """

    x: np.ndarray  # inputs with the ones row, (d + 1, n); used by evaluation passes
    z: list[np.ndarray]  # pre-activations (units, n), one per layer (the last: logits)
    h: list[np.ndarray]  # hidden outputs before dropout (units, n); ``a[l][:-1]`` when p = 0
    a: list[np.ndarray]  # hidden outputs after dropout with the ones row, (units + 1, n)
    d: list[np.ndarray]  # deltas of hidden layers (units, n)
    keep: list[np.ndarray | None]  # last dropout masks, bool (units, n)
    scale: list[np.ndarray]  # masks scaled by 1 / (1 - p)
    probs: np.ndarray  # (K, n)
    col: np.ndarray  # (n,) scratch for column maxima and sums


class MLP:
    """Multilayer perceptron: ``sizes = [n_inputs, *hidden, n_outputs]``.

    Parameters
    ----------
    sizes : list of int
        Layer widths; at least one input, two classes (cross-entropy) or one output
        (MSE); 0-8 hidden layers of 1-256 units.
    activation : str or Activation
        Name in ``ACTIVATIONS`` (with its default options), or an instance, for every hidden layer.
    dropout : float
        Probability of dropping a hidden unit while training (inverted dropout).
    init : str
        Name in ``INITS``.
    seed : int or np.random.Generator
        Seeds initialisation and dropout masks.
    dtype : numpy dtype
        float32 trains faster; float64 for gradient checks.
    loss : str
        Name in ``LOSSES``: ``"cross_entropy"`` (softmax output, integer labels) or
        ``"mse"`` (identity output, float targets; MSE = mean of (yhat - y)^2, no 1/2).
    """

    def __init__(
        self,
        sizes,
        activation: str = "relu",
        dropout: float = 0.0,
        init: str = "auto",
        seed: int | np.random.Generator = 0,
        dtype=np.float64,
        loss: str = "cross_entropy",
    ):
        sizes = [int(s) for s in sizes]
        self.loss = LOSSES.get_entry(loss).build()  # ValueError naming the choices
        self.regression = self.loss.output == "identity"
        min_out = 1 if self.regression else 2
        if len(sizes) < 2 or len(sizes) - 2 > MAX_HIDDEN_LAYERS:
            raise ValueError(f"sizes must have 2 to {MAX_HIDDEN_LAYERS + 2} entries, got {sizes}")
        if sizes[0] < 1 or sizes[-1] < min_out or any(not 1 <= s <= MAX_UNITS for s in sizes[1:-1]):
            raise ValueError(f"bad layer sizes {sizes}: inputs >= 1, hidden 1-{MAX_UNITS}, "
                             + ("outputs >= 1" if self.regression else "classes >= 2"))
        INITS.get_entry(init)  # ValueError naming the choices
        if not 0.0 <= dropout < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {dropout}")
        self.sizes = sizes
        self.activation: Activation = (activation if isinstance(activation, Activation)
                                       else ACTIVATIONS.get_entry(activation).build())
        self.dropout = float(dropout)
        self.init = init
        self.dtype = np.dtype(dtype)
        self.rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)

        # Layer l is one block of (fan_in + 1) x fan_out: the weights, then the
        # bias as the last row. ``weight_mask`` marks the weights (for L1).
        shapes = list(zip(sizes[:-1], sizes[1:]))
        n_total = sum((i + 1) * o for i, o in shapes)
        self.flat = np.zeros(n_total, self.dtype)
        self.flat_grad = np.zeros(n_total, self.dtype)
        self.weight_mask = np.zeros(n_total, bool)
        self.blocks, self.gblocks = [], []
        self.weights, self.biases, self.gweights, self.gbiases = [], [], [], []
        off = 0
        for i, o in shapes:
            end = off + (i + 1) * o
            blk, gblk = self.flat[off:end].reshape(i + 1, o), self.flat_grad[off:end].reshape(i + 1, o)
            self.blocks.append(blk)
            self.gblocks.append(gblk)
            self.weights.append(blk[:i])
            self.biases.append(blk[i])
            self.gweights.append(gblk[:i])
            self.gbiases.append(gblk[i])
            self.weight_mask[off : off + i * o] = True
            off = end
        self.n_weights = int(self.weight_mask.sum())
        self.params = [x for pair in zip(self.weights, self.biases) for x in pair]
        self.grads = [x for pair in zip(self.gweights, self.gbiases) for x in pair]
        self._work: dict[tuple[int, bool], _Work] = {}
        self._last: _Work | None = None  # work arrays of the last training step
        # Set by the compiled engine after its steps: fills ``_last`` from its work rows when read.
        self._fill_last = None
        self.reinitialize()

    # -- set-up ---------------------------------------------------------------------------

    @property
    def n_layers(self) -> int:
        """Number of weight layers (hidden layers + output)."""
        return len(self.weights)

    def reinitialize(self) -> None:
        """Draw fresh weights (biases start at zero) from this network's generator."""
        init = self.init
        if init == "auto":
            init = "he" if self.activation.relu_like else "xavier"
        std_of = INITS[init].build()
        self.flat.fill(0.0)
        for W in self.weights:
            std = std_of(*W.shape)
            if std:  # "zeros" draws nothing (and takes nothing from the generator)
                W[...] = self.rng.normal(0.0, std, size=W.shape)

    def batch_bytes(self, n: int) -> int:
        """Bytes of the arrays one training pass of ``n`` points fills and keeps until its
        backward pass: inputs (with the ones row), pre-activations, outputs, deltas,
        probabilities, and with dropout the masks' scales. Grows with ``n``, the batch size."""
        hidden, d = self.sizes[1:-1], self.sizes[0]
        per_point = (d + 1) + sum(self.sizes[1:]) + sum(o + 1 for o in hidden) + sum(hidden) + self.sizes[-1]
        if self.dropout > 0:
            per_point += sum(hidden)
        return int(per_point * n * self.dtype.itemsize)

    def _work_for(self, n: int, train: bool) -> _Work:
        # Evaluation passes get arrays of their own so that they never overwrite
        # what the last training step left (masks, pre-activations) for the views.
        key = (n, train)
        w = self._work.get(key)
        if w is None:
            dt, hidden = self.dtype, self.sizes[1:-1]
            a = [np.ones((o + 1, n), dt) for o in hidden]
            w = _Work(
                x=np.ones((self.sizes[0] + 1, n), dt),
                z=[np.empty((o, n), dt) for o in self.sizes[1:]],
                h=[ai[:-1] for ai in a],
                a=a,
                d=[np.empty((o, n), dt) for o in hidden],
                keep=[None] * len(hidden),
                scale=[np.empty((o, n), dt) for o in hidden],
                probs=np.empty((self.sizes[-1], n), dt),
                col=np.empty(n, dt),
            )
            if len(self._work) > 8:  # batch sizes change rarely; don't hoard memory
                self._work.clear()
            self._work[key] = w
        return w

    def augment(self, X: np.ndarray) -> np.ndarray:
        """``X`` (n, d) with a trailing column of ones, in this network's dtype (a fresh array)."""
        Xa = np.ones((X.shape[0], X.shape[1] + 1), self.dtype)
        Xa[:, :-1] = X
        return Xa

    # -- passes ---------------------------------------------------------------------------

    def _forward(self, Xt: np.ndarray, w: _Work, train: bool) -> np.ndarray:
        """Fill ``w`` with one forward pass from augmented inputs ``Xt`` (d + 1, n);
        return the logits (K, n)."""
        act, p = self.activation, self.dropout if train else 0.0
        a = Xt
        last = self.n_layers - 1
        for l, blk in enumerate(self.blocks):
            z = np.dot(blk.T, a, out=w.z[l])  # np.dot: less call overhead than matmul
            if l == last:
                return z
            a = w.a[l]
            if p > 0.0:
                # Dropout needs the undropped output for the derivative: keep it apart.
                h = w.h[l]
                if h.base is a:
                    h = w.h[l] = np.empty_like(z)
                act.forward(z, h)
                keep = self.rng.random(h.shape, dtype=self.dtype) >= p
                w.keep[l] = keep
                np.multiply(keep, 1.0 / (1.0 - p), out=w.scale[l])
                np.multiply(h, w.scale[l], out=a[:-1])
            else:
                w.keep[l] = None
                if w.h[l].base is not a:
                    w.h[l] = a[:-1]
                act.forward(z, w.h[l])
        raise AssertionError("unreachable")  # pragma: no cover

    def loss_and_grads(self, X: np.ndarray, y: np.ndarray) -> tuple[float, list[np.ndarray]]:
        """The loss on a batch in training mode (mean cross-entropy on integer labels
        ``y``, or the MSE on float targets ``y``, (n,) or (n, outputs)), and its gradients.

        Returns ``(loss, grads)`` with ``grads`` aligned with ``params`` (views into
        ``flat_grad``, overwritten by the next call).
        """
        return self.train_grads(self.augment(X).T, self.targets(y).T), self.grads

    def targets(self, y: np.ndarray) -> np.ndarray:
        """What :meth:`train_grads` takes as targets, one row per sample (n, outputs):
        one-hot rows of integer labels, or the float targets themselves."""
        y = np.asarray(y)
        if self.regression:
            return np.ascontiguousarray(y.reshape(len(y), -1), dtype=self.dtype)
        onehot = np.zeros((len(y), self.sizes[-1]), self.dtype)
        onehot[np.arange(len(y)), y] = 1.0
        return onehot

    def train_grads(self, Xt: np.ndarray, Yt: np.ndarray) -> float:
        """Fast path of :meth:`loss_and_grads`, sample-per-column.

        ``Xt`` is (d + 1, n) augmented inputs, ``Yt`` (K, n) one-hot targets, or the
        float targets of an MSE network (any strides: the trainer passes transposed
        row slices). Fills ``flat_grad`` and returns the mean cross-entropy, or the MSE.
        """
        n = Xt.shape[1]
        self._fill_last = None
        w = self._last
        if w is None or w.col.shape[0] != n:
            w = self._last = self._work_for(n, train=True)
        logits = self._forward(Xt, w, train=True)

        d, col = w.probs, w.col
        if self.regression:
            # Identity output and MSE over the n x K outputs: loss = mean (z - y)^2,
            # delta = 2 (z - y) / (n K).
            np.subtract(logits, Yt, out=d)
            loss = float(np.vdot(d, d)) / d.size
            d *= 2.0 / d.size
        else:
            # Softmax and cross-entropy fused, from the shifted logits s = z - max z:
            # loss = mean_i (log sum_k e^s_ki - s_yi); delta = (softmax - onehot) / n.
            np.subtract(logits, np.maximum.reduce(logits, axis=0, out=col), out=d)
            picked = float(np.vdot(d, Yt))
            np.exp(d, out=d)
            np.add.reduce(d, axis=0, out=col)
            d /= col
            np.log(col, out=col)
            loss = (float(np.add.reduce(col)) - picked) / n
            d -= Yt
            d *= 1.0 / n

        act, inputs = self.activation, [Xt, *w.a]
        for l in range(self.n_layers - 1, -1, -1):
            np.dot(inputs[l], d.T, out=self.gblocks[l])
            if l == 0:
                break
            dp = np.dot(self.weights[l], d, out=w.d[l - 1])
            if w.keep[l - 1] is not None:
                dp *= w.scale[l - 1]
            act.backprop(w.z[l - 1], w.h[l - 1], dp)
            d = dp
        return loss

    def _eval_logits(self, X: np.ndarray) -> np.ndarray:
        w = self._work_for(X.shape[0], train=False)
        w.x[:-1] = X.T
        return self._forward(w.x, w, train=False)

    def eval_proba_t(self, Xt: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """The outputs (K, n) for augmented inputs ``Xt`` (d + 1, n), evaluation mode:
        probabilities (softmax), or an MSE network's predictions (identity)."""
        z = self._forward(Xt, self._work_for(Xt.shape[1], train=False), train=False)
        if self.regression:
            if out is None:
                return z.copy()
            np.copyto(out, z)
            return out
        return softmax(z, out=out, axis=0)

    def logits(self, X: np.ndarray) -> np.ndarray:
        """Output pre-activations (n, K) in evaluation mode (no dropout), a fresh array."""
        return self._eval_logits(X).T.copy()

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Class probabilities (n, K) in evaluation mode: dropout off, softmax output
        (an MSE network: its outputs, (n, K))."""
        if self.regression:
            return self.logits(X)
        return softmax(self._eval_logits(X), axis=0).T

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Most probable class per row; an MSE network's predictions ((n,) for one
        output, else (n, K))."""
        if self.regression:
            z = self.logits(X)
            return z[:, 0].copy() if z.shape[1] == 1 else z
        return self._eval_logits(X).argmax(axis=0)

    def hidden_outputs(self, X: np.ndarray) -> list[np.ndarray]:
        """Each hidden layer's outputs (n, units) for ``X`` in evaluation mode (fresh arrays)."""
        self._eval_logits(X)
        return [h.T.copy() for h in self._work_for(X.shape[0], train=False).h]

    # -- what the last training step left behind --------------------------------------------

    @property
    def last_masks(self) -> list[np.ndarray | None]:
        """Dropout keep-masks (bool, units × batch) of the last training step; None where off."""
        if self._fill_last is not None:
            self._fill_last()
        return [] if self._last is None else list(self._last.keep)

    @property
    def last_batch(self) -> _Work | None:
        """Work arrays of the last training step, sample-per-column (read, don't keep)."""
        if self._fill_last is not None:
            self._fill_last()
        return self._last
