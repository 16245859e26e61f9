"""Activation functions: one small class each, on the pre-activation ``z``.

Every activation offers ``fn(z)`` and ``grad(z)`` (pure, for plots and tests)
and two in-place fast paths used by the training loop: ``forward(z, out)`` and
``backprop(z, a, delta)``, which multiplies ``delta`` by f'(z) in place. The
fast path may use the cached output ``a`` where that is cheaper (sigmoid, tanh).
Adding an activation is one class and one entry in ``ACTIVATIONS`` (with the
options it takes, such as leaky ReLU's slope): the CLI flags, settings validation
and the GUI's list and option controls read the registry.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from ..common.registry import Entry, Option, Registry
from ..common.messages import QT_TRANSLATE_NOOP

_SQRT_HALF = 1.0 / math.sqrt(2.0)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)

_math_erf = np.frompyfunc(math.erf, 1, 1)


def erf_math(x: np.ndarray) -> np.ndarray:
    """Error function from libm's ``math.erf``, per element (exact, ~50 ns an element)."""
    x = np.asarray(x)
    dtype = x.dtype if x.dtype.kind == "f" else np.dtype(np.float64)
    return _math_erf(x).astype(dtype)


@functools.lru_cache(maxsize=1)
def _scipy_erf():
    # Looked up on first use, not at import: importing SciPy costs ~0.3 s.
    try:
        from scipy.special import erf as scipy_erf  # type: ignore
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return scipy_erf


def erf_scipy(x: np.ndarray) -> np.ndarray | None:
    """SciPy's vectorised error function in the dtype of ``x``; None without SciPy."""
    f = _scipy_erf()
    if f is None:
        return None
    x = np.asarray(x)
    dtype = x.dtype if x.dtype.kind == "f" else np.dtype(np.float64)
    return f(x).astype(dtype, copy=False)


def erf(x: np.ndarray) -> np.ndarray:
    """Error function, elementwise, in the dtype of ``x``: NumPy has none, so SciPy's
    when it is installed, else :func:`erf_math`."""
    out = erf_scipy(x)
    return erf_math(x) if out is None else out


_BIG = 4096  # elements from which an evaluation pass takes the whole-array fast paths
_ZEROS = {np.dtype(np.float32): np.float32(0), np.dtype(np.float64): np.float64(0)}


def _zero(dtype) -> np.generic:
    # A zero of the array's own dtype: a Python 0 costs a type resolution per call.
    return _ZEROS.get(dtype, 0)


class Activation:
    """Base class: subclasses define ``fn`` and ``grad``; fast paths default to them."""

    name = ""
    label = ""
    formula = ""
    relu_like = False  # picks He initialisation under init="auto"

    def fn(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def grad(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def forward(self, z: np.ndarray, out: np.ndarray) -> np.ndarray:
        out[...] = self.fn(z)
        return out

    def backprop(self, z: np.ndarray, a: np.ndarray, delta: np.ndarray) -> np.ndarray:
        delta *= self.grad(z)
        return delta

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Step(Activation):
    """Heaviside step, f(z) = 1 if z > 0 else 0.

    Its derivative is 0 everywhere it exists, so no gradient reaches the layers
    below: that is the lesson, and no surrogate gradient is faked.
    """

    name, label, formula = "step", QT_TRANSLATE_NOOP("registry", "Step"), "f(z) = 1 if z > 0 else 0"

    def fn(self, z):
        return (z > 0).astype(z.dtype)

    def grad(self, z):
        return np.zeros_like(z)

    def forward(self, z, out):
        np.greater(z, 0, out=out)  # writes 1.0 / 0.0 into a float buffer
        return out

    def backprop(self, z, a, delta):
        delta.fill(0)
        return delta


class Linear(Activation):
    """Identity, f(z) = z."""

    name, label, formula = "linear", QT_TRANSLATE_NOOP("registry", "Linear"), "f(z) = z"

    def fn(self, z):
        return z.copy()

    def grad(self, z):
        return np.ones_like(z)

    def forward(self, z, out):
        if out is not z:
            np.copyto(out, z)
        return out

    def backprop(self, z, a, delta):
        return delta


class Sigmoid(Activation):
    """Logistic sigmoid, f(z) = 1 / (1 + e^-z); f' = f (1 - f), at most 1/4."""

    name, label, formula = "sigmoid", QT_TRANSLATE_NOOP("registry", "Sigmoid"), "f(z) = 1 / (1 + e^-z)"

    def fn(self, z):
        # tanh form: never overflows, unlike exp(-z) for very negative z.
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    def grad(self, z):
        s = self.fn(z)
        return s * (1.0 - s)

    def forward(self, z, out):
        np.multiply(z, 0.5, out=out)
        np.tanh(out, out=out)
        out += 1.0
        out *= 0.5
        return out

    def backprop(self, z, a, delta):
        delta *= a
        delta *= 1.0 - a
        return delta


class Tanh(Activation):
    """Hyperbolic tangent, f(z) = tanh z; f' = 1 - f^2."""

    name, label, formula = "tanh", QT_TRANSLATE_NOOP("registry", "Tanh"), "f(z) = tanh(z)"

    def fn(self, z):
        return np.tanh(z)

    def grad(self, z):
        t = np.tanh(z)
        return 1.0 - t * t

    def forward(self, z, out):
        if z.size < _BIG:
            return np.tanh(z, out=out)
        # tanh z = 2 / (1 + e^(-2z)) - 1: NumPy's exp is vectorised, its tanh is not
        # here, and on the grid passes (thousands of points) this is ~1.7x faster.
        # e^(-2z) overflows to inf for z < -44, which gives exactly -1: that is fine.
        with np.errstate(over="ignore"):
            np.multiply(z, -2.0, out=out)
            np.exp(out, out=out)
        out += 1.0
        np.divide(2.0, out, out=out)
        out -= 1.0
        return out

    def backprop(self, z, a, delta):
        delta *= 1.0 - a * a
        return delta


class ReLU(Activation):
    """Rectified linear unit, f(z) = max(0, z); f' = 1 for z > 0, else 0."""

    name, label, formula = "relu", QT_TRANSLATE_NOOP("registry", "ReLU"), "f(z) = max(0, z)"
    relu_like = True

    def fn(self, z):
        return np.maximum(z, 0)

    def grad(self, z):
        return (z > 0).astype(z.dtype)

    def forward(self, z, out):
        return np.maximum(z, _zero(z.dtype), out=out)

    def backprop(self, z, a, delta):
        # sign(a) is 1 where z > 0 and 0 elsewhere: a float mask without the
        # bool-to-float cast that multiplying by (a > 0) would cost.
        delta *= np.sign(a)
        return delta


class LeakyReLU(Activation):
    """Leaky ReLU, f(z) = z for z > 0, else slope * z (slope 0.01 by default)."""

    name, label = "leaky_relu", QT_TRANSLATE_NOOP("registry", "Leaky ReLU")
    relu_like = True

    def __init__(self, slope: float = 0.01):
        self.slope = float(slope)

    @property
    def formula(self):  # type: ignore[override]
        return f"f(z) = z if z > 0 else {self.slope:g}·z"

    def fn(self, z):
        return np.where(z > 0, z, self.slope * z)

    def grad(self, z):
        return np.where(z > 0, 1.0, self.slope).astype(z.dtype)

    def forward(self, z, out):
        np.multiply(z, self.slope, out=out)
        return np.maximum(z, out, out=out) if self.slope <= 1 else np.minimum(z, out, out=out)

    def backprop(self, z, a, delta):
        delta *= self.grad(z)
        return delta

    def __repr__(self):
        return f"LeakyReLU(slope={self.slope:g})"


class ELU(Activation):
    """Exponential linear unit, f(z) = z for z > 0, else α(e^z - 1) (α = 1 by default)."""

    name, label = "elu", QT_TRANSLATE_NOOP("registry", "ELU")
    relu_like = True

    def __init__(self, alpha: float = 1.0):
        self.alpha = float(alpha)

    @property
    def formula(self):  # type: ignore[override]
        return f"f(z) = z if z > 0 else {self.alpha:g}·(e^z - 1)"

    def fn(self, z):
        return np.where(z > 0, z, self.alpha * np.expm1(np.minimum(z, 0)))

    def grad(self, z):
        return np.where(z > 0, 1.0, self.alpha * np.exp(np.minimum(z, 0))).astype(z.dtype)

    def backprop(self, z, a, delta):
        # For z <= 0, f' = α e^z = f(z) + α, so the cached output serves.
        delta *= np.where(z > 0, 1.0, a + self.alpha)
        return delta

    def __repr__(self):
        return f"ELU(alpha={self.alpha:g})"


class GELU(Activation):
    """Gaussian error linear unit, exact form (as torch.nn.GELU):
    f(z) = z · Φ(z) = z/2 · (1 + erf(z/√2)); f' = Φ(z) + z · φ(z)."""

    name, label, formula = "gelu", QT_TRANSLATE_NOOP("registry", "GELU"), "f(z) = z·Φ(z)"
    relu_like = True

    def fn(self, z):
        return 0.5 * z * (1.0 + erf(z * _SQRT_HALF))

    def grad(self, z):
        cdf = 0.5 * (1.0 + erf(z * _SQRT_HALF))
        pdf = _INV_SQRT_2PI * np.exp(-0.5 * z * z)
        return cdf + z * pdf


class SiLU(Activation):
    """Sigmoid linear unit (swish), f(z) = z · σ(z); f' = σ(z) (1 + z (1 - σ(z)))."""

    name, label, formula = "silu", QT_TRANSLATE_NOOP("registry", "SiLU"), "f(z) = z·σ(z)"
    relu_like = True

    def fn(self, z):
        return z * (0.5 * (1.0 + np.tanh(0.5 * z)))

    def grad(self, z):
        s = 0.5 * (1.0 + np.tanh(0.5 * z))
        return s * (1.0 + z * (1.0 - s))


def _entry(cls: type[Activation], *options: Option) -> Entry:
    doc = (cls.__doc__ or "").strip().splitlines()[0]
    return Entry(cls.name, cls.label, doc, cls, options, {"relu_like": cls.relu_like})


#: name -> Entry; ``ACTIVATIONS[name].build(config_values)`` makes the activation.
ACTIVATIONS = Registry("activation", (
    _entry(Step), _entry(Linear), _entry(Sigmoid), _entry(Tanh), _entry(ReLU),
    _entry(LeakyReLU, Option("leaky_slope", 0.01, 0.0, 1.0, QT_TRANSLATE_NOOP("registry", "Leaky slope"),
                             QT_TRANSLATE_NOOP("registry", "negative slope of leaky_relu: f(z) = slope·z for z < 0"), arg="slope")),
    _entry(ELU, Option("elu_alpha", 1.0, 0.01, 10.0, QT_TRANSLATE_NOOP("registry", "ELU α"), QT_TRANSLATE_NOOP("registry", "scale of elu's negative part"), arg="alpha")),
    _entry(GELU), _entry(SiLU),
))


def get_activation(name: str, **options) -> Activation:
    """The activation registered under ``name``, with options by their keys
    (``get_activation("leaky_relu", leaky_slope=0.1)``); missing ones take their defaults."""
    return ACTIVATIONS.get_entry(name).build(options)


#: A unit is saturated where |f'(z)| is below this share of f''s peak: its gradient has all but vanished.
SATURATION = 0.05
_PEAKS: dict[tuple[type, tuple], float] = {}


#: A unit is dead where |f'(z)| < DEAD_GRAD on at least DEAD_SHARE of the samples: it passes (almost) no
#: gradient, whatever the activation (ReLU's exact zeros, a sigmoid or GELU far in its flat tail, a step).
DEAD_GRAD = 1e-3
DEAD_SHARE = 0.99


def dead_units(act: Activation, z: np.ndarray) -> np.ndarray:
    """Boolean per unit (row) of the pre-activations ``z`` (units, samples): dead (see ``DEAD_GRAD``)."""
    z = np.asarray(z)
    if z.ndim != 2 or z.shape[1] == 0:
        return np.zeros(z.shape[:1], bool)
    flat = np.abs(act.grad(z)) < DEAD_GRAD
    return np.count_nonzero(flat, axis=1) >= DEAD_SHARE * z.shape[1]


def grad_peak(act: Activation) -> float:
    """max |f'(z)| of ``act`` over z in [-5, 5] (0 for step)."""
    key = (type(act), tuple(sorted(vars(act).items())))
    peak = _PEAKS.get(key)
    if peak is None:
        peak = _PEAKS[key] = float(np.max(np.abs(act.grad(np.linspace(-5, 5, 1001)))))
    return peak


def saturated_below(act: Activation, z: np.ndarray) -> np.ndarray:
    """Boolean mask of the pre-activations ``z`` where ``act`` is saturated (see
    ``SATURATION``); all True for an activation with no gradient (step)."""
    peak = grad_peak(act)
    if peak <= 0:
        return np.ones(np.shape(z), bool)
    return np.abs(act.grad(z)) < SATURATION * peak

#: For the translators: the first lines of the docstrings above, which the window shows as the entries' descriptions. pyside6-lupdate reads no docstrings or f-strings;
#: tests/ui/test_translations.py fails when one here no longer matches.
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("registry", "Heaviside step, f(z) = 1 if z > 0 else 0."),
    QT_TRANSLATE_NOOP("registry", "Identity, f(z) = z."),
    QT_TRANSLATE_NOOP("registry", "Logistic sigmoid, f(z) = 1 / (1 + e^-z); f' = f (1 - f), at most 1/4."),
    QT_TRANSLATE_NOOP("registry", "Hyperbolic tangent, f(z) = tanh z; f' = 1 - f^2."),
    QT_TRANSLATE_NOOP("registry", "Rectified linear unit, f(z) = max(0, z); f' = 1 for z > 0, else 0."),
    QT_TRANSLATE_NOOP("registry", "Leaky ReLU, f(z) = z for z > 0, else slope * z (slope 0.01 by default)."),
    QT_TRANSLATE_NOOP("registry", "Exponential linear unit, f(z) = z for z > 0, else α(e^z - 1) (α = 1 by default)."),
    QT_TRANSLATE_NOOP("registry", "Gaussian error linear unit, exact form (as torch.nn.GELU):"),
    QT_TRANSLATE_NOOP("registry", "Sigmoid linear unit (swish), f(z) = z · σ(z); f' = σ(z) (1 + z (1 - σ(z)))."),
)
