"""Optimizers with torch.optim's update rules and default coefficients.

Each optimizer works on a list of parameter arrays and the matching gradient
arrays, updating the parameters in place. The trainer hands it one flat buffer
for all parameters (and one for all gradients), so an update is a handful of
whole-buffer NumPy operations whatever the depth of the network.

``lr`` is a plain attribute: the trainer sets it before each step from the
schedule. ``weight_decay`` adds λ·w to the gradient (torch's coupled L2) for
all but AdamW, where it shrinks the weights directly (decoupled).
"""

from __future__ import annotations

import math

import numpy as np

from ..common.registry import Entry, Option, Registry
from ..common.messages import QT_TRANSLATE_NOOP


class Optimizer:
    """Base class: per-array state is created lazily on the first step."""

    name = ""
    label = ""

    def __init__(self, lr: float = 0.01, weight_decay: float = 0.0):
        self.lr = float(lr)
        self.weight_decay = float(weight_decay)
        self.t = 0  # steps taken, for Adam's bias correction
        self._state: list[dict[str, np.ndarray]] | None = None
        self._tmp: list[np.ndarray] | None = None

    def reset(self) -> None:
        """Forget all state (momentum buffers, moment estimates, step count)."""
        self.t = 0
        self._state = None
        self._tmp = None

    def step(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        """Apply one update to ``params`` in place. ``grads`` may be overwritten."""
        if self._state is None or len(self._state) != len(params):
            self._state = [self._init_state(p) for p in params]
            self._tmp = [np.empty_like(p) for p in params]
        self.t += 1
        for p, g, s, tmp in zip(params, grads, self._state, self._tmp):
            if self.weight_decay and not self.decoupled:
                g += self.weight_decay * p  # allocation-light enough: only when λ > 0
            self._update(p, g, s, tmp)

    decoupled = False

    def state_arrays(self) -> dict[str, np.ndarray]:
        """Every state buffer as ``"<param index>.<name>"``: array (empty before the first step)."""
        return {f"{i}.{k}": a for i, s in enumerate(self._state or ()) for k, a in s.items()}

    def load_state(self, t: int, arrays: dict[str, np.ndarray], params: list[np.ndarray]) -> None:
        """Take the step count and buffers :meth:`state_arrays` gave (for ``params``);
        ValueError if a buffer is missing or of the wrong shape."""
        self.reset()
        self.t = int(t)
        if not arrays and self.t == 0:
            return
        state = []
        for i, p in enumerate(params):
            s = self._init_state(p)
            for k, a in s.items():
                given = arrays.get(f"{i}.{k}")
                if given is None or given.shape != a.shape:
                    raise ValueError(f"optimizer state {i}.{k}: expected shape {a.shape}, got "
                                     f"{'nothing' if given is None else given.shape}")
                a[...] = given
            state.append(s)
        self._state, self._tmp = state, [np.empty_like(p) for p in params]

    def _init_state(self, p: np.ndarray) -> dict[str, np.ndarray]:
        return {}

    def _update(self, p, g, s, tmp) -> None:
        raise NotImplementedError


class SGD(Optimizer):
    """Plain gradient descent: w <- w - lr·g."""

    name, label = "sgd", QT_TRANSLATE_NOOP("registry", "SGD")

    def _update(self, p, g, s, tmp):
        np.multiply(g, self.lr, out=tmp)
        p -= tmp


class Momentum(Optimizer):
    """Heavy-ball momentum as torch: v <- μv + g; w <- w - lr·v (μ = 0.9)."""

    name, label = "momentum", QT_TRANSLATE_NOOP("registry", "Momentum")
    nesterov = False

    def __init__(self, lr=0.01, weight_decay=0.0, momentum: float = 0.9):
        super().__init__(lr, weight_decay)
        self.momentum = float(momentum)

    def _init_state(self, p):
        return {"v": np.zeros_like(p)}

    def _update(self, p, g, s, tmp):
        v = s["v"]
        if self.t == 1:
            np.copyto(v, g)  # torch starts the buffer at the first gradient
        else:
            v *= self.momentum
            v += g
        if self.nesterov:
            # torch: g <- g + μv; w <- w - lr·g
            np.multiply(v, self.momentum, out=tmp)
            tmp += g
        else:
            np.copyto(tmp, v)
        tmp *= self.lr
        p -= tmp


class Nesterov(Momentum):
    """Nesterov momentum as torch: v <- μv + g; w <- w - lr·(g + μv)."""

    name, label = "nesterov", QT_TRANSLATE_NOOP("registry", "Nesterov")
    nesterov = True


class RMSprop(Optimizer):
    """RMSprop as torch: s <- αs + (1-α)g²; w <- w - lr·g / (√s + ε)."""

    name, label = "rmsprop", QT_TRANSLATE_NOOP("registry", "RMSprop")

    def __init__(self, lr=0.01, weight_decay=0.0, alpha: float = 0.99, eps: float = 1e-8):
        super().__init__(lr, weight_decay)
        self.alpha, self.eps = float(alpha), float(eps)

    def _init_state(self, p):
        return {"sq": np.zeros_like(p)}

    def _update(self, p, g, s, tmp):
        sq = s["sq"]
        sq *= self.alpha
        np.multiply(g, g, out=tmp)
        tmp *= 1.0 - self.alpha
        sq += tmp
        np.sqrt(sq, out=tmp)
        tmp += self.eps
        np.divide(g, tmp, out=tmp)
        tmp *= self.lr
        p -= tmp


class Adagrad(Optimizer):
    """Adagrad as torch: s <- s + g²; w <- w - lr·g / (√s + ε), ε = 1e-10."""

    name, label = "adagrad", QT_TRANSLATE_NOOP("registry", "Adagrad")

    def __init__(self, lr=0.01, weight_decay=0.0, eps: float = 1e-10):
        super().__init__(lr, weight_decay)
        self.eps = float(eps)

    def _init_state(self, p):
        return {"sum": np.zeros_like(p)}

    def _update(self, p, g, s, tmp):
        acc = s["sum"]
        np.multiply(g, g, out=tmp)
        acc += tmp
        np.sqrt(acc, out=tmp)
        tmp += self.eps
        np.divide(g, tmp, out=tmp)
        tmp *= self.lr
        p -= tmp


class Adam(Optimizer):
    """Adam as torch (β = 0.9, 0.999; ε = 1e-8):
    m <- β1 m + (1-β1) g; v <- β2 v + (1-β2) g²;
    w <- w - lr · (m / (1-β1^t)) / (√(v / (1-β2^t)) + ε)."""

    name, label = "adam", QT_TRANSLATE_NOOP("registry", "Adam")

    def __init__(self, lr=0.001, weight_decay=0.0, betas=(0.9, 0.999), eps: float = 1e-8):
        super().__init__(lr, weight_decay)
        self.beta1, self.beta2 = float(betas[0]), float(betas[1])
        self.eps = float(eps)

    def _init_state(self, p):
        return {"M": np.zeros_like(p), "V": np.zeros_like(p)}

    def _update(self, p, g, s, tmp):
        # Unnormalised moments M = β1 M + g and V = β2 V + g² take two and three
        # whole-buffer ops instead of three and four; with m = (1-β1) M and
        # v = (1-β2) V, torch's step lr/bc1 · m / (√(v/bc2) + ε) becomes
        # c · M / (√V + ε') with c = lr (1-β1) / (bc1 · k), ε' = ε / k, k = √((1-β2)/bc2).
        # Python floats throughout: a NumPy float64 scalar would force a slow
        # casting loop on float32 buffers.
        M, V = s["M"], s["V"]
        b1, b2 = self.beta1, self.beta2
        if self.decoupled and self.weight_decay:
            p *= 1.0 - self.lr * self.weight_decay
        M *= b1
        M += g
        V *= b2
        np.multiply(g, g, out=tmp)
        V += tmp
        k = math.sqrt((1.0 - b2) / (1.0 - b2**self.t))
        np.sqrt(V, out=tmp)
        tmp += self.eps / k
        np.divide(M, tmp, out=tmp)
        tmp *= self.lr * (1.0 - b1) / ((1.0 - b1**self.t) * k)
        p -= tmp

    def moments(self, i: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """torch's (exp_avg, exp_avg_sq) for parameter array ``i``."""
        s = self._state[i]
        return (1.0 - self.beta1) * s["M"], (1.0 - self.beta2) * s["V"]


class AdamW(Adam):
    """AdamW as torch: Adam with decoupled weight decay, w <- w (1 - lr·λ) first.
    torch's default λ for AdamW is 0.01; here λ is whatever ``weight_decay`` says."""

    name, label = "adamw", QT_TRANSLATE_NOOP("registry", "AdamW")
    decoupled = True


_MOMENTUM = Option("momentum", 0.9, 0.0, 0.999, QT_TRANSLATE_NOOP("registry", "Momentum"), QT_TRANSLATE_NOOP("registry", "momentum coefficient μ of momentum and nesterov"))
_BETA1 = Option("beta1", 0.9, 0.0, 0.999, QT_TRANSLATE_NOOP("registry", "β₁"), QT_TRANSLATE_NOOP("registry", "Adam's decay of the gradient's running mean"))
_BETA2 = Option("beta2", 0.999, 0.0, 0.99999, QT_TRANSLATE_NOOP("registry", "β₂"), QT_TRANSLATE_NOOP("registry", "Adam's decay of the squared gradient's running mean"))


def _entry(cls: type[Optimizer], *options: Option, factory=None) -> Entry:
    doc = (cls.__doc__ or "").strip().splitlines()[0]
    return Entry(cls.name, cls.label, doc, factory or cls, options)


def _adam_like(cls: type[Adam]):
    return lambda lr=0.001, weight_decay=0.0, beta1=0.9, beta2=0.999: cls(lr, weight_decay, betas=(beta1, beta2))


#: name -> Entry; ``OPTIMIZERS[name].build(config_values, lr=..., weight_decay=...)`` makes one.
OPTIMIZERS = Registry("optimizer", (
    _entry(SGD), _entry(Momentum, _MOMENTUM), _entry(Nesterov, _MOMENTUM), _entry(RMSprop), _entry(Adagrad),
    _entry(Adam, _BETA1, _BETA2, factory=_adam_like(Adam)),
    _entry(AdamW, _BETA1, _BETA2, factory=_adam_like(AdamW)),
))


def make_optimizer(name: str, lr: float = 0.01, weight_decay: float = 0.0, **options) -> Optimizer:
    """Build the optimizer registered under ``name``; ``options`` by their keys
    (``momentum``, ``beta1``, ``beta2``), missing ones at their defaults."""
    return OPTIMIZERS.get_entry(name).build(options, lr=lr, weight_decay=weight_decay)

#: For the translators: the first lines of the docstrings above, which the window shows as the entries' descriptions. pyside6-lupdate reads no docstrings or f-strings;
#: tests/ui/test_translations.py fails when one here no longer matches.
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("registry", "Plain gradient descent: w <- w - lr·g."),
    QT_TRANSLATE_NOOP("registry", "Heavy-ball momentum as torch: v <- μv + g; w <- w - lr·v (μ = 0.9)."),
    QT_TRANSLATE_NOOP("registry", "Nesterov momentum as torch: v <- μv + g; w <- w - lr·(g + μv)."),
    QT_TRANSLATE_NOOP("registry", "RMSprop as torch: s <- αs + (1-α)g²; w <- w - lr·g / (√s + ε)."),
    QT_TRANSLATE_NOOP("registry", "Adagrad as torch: s <- s + g²; w <- w - lr·g / (√s + ε), ε = 1e-10."),
    QT_TRANSLATE_NOOP("registry", "Adam as torch (β = 0.9, 0.999; ε = 1e-8):"),
    QT_TRANSLATE_NOOP("registry", "AdamW as torch: Adam with decoupled weight decay, w <- w (1 - lr·λ) first."),
)
