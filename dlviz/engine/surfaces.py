"""2-D test functions for the optimizer lab, each in its textbook form.

Every surface is a vectorised ``f(x, y)`` with its analytic gradient, a view box,
a default start, a learning rate at which plain SGD behaves there, and its known
minima, so that a path can be checked against other tools. ``SURFACES[name].build()``
gives the :class:`Surface`; :func:`get_surface` does the same with a clear error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..common.registry import Entry, Registry
from ..common.messages import QT_TRANSLATE_NOOP

Array = np.ndarray | float


@dataclass(frozen=True)
class Surface:
    """A function of two variables and what the lab needs to draw and check it."""

    name: str
    label: str
    formula: str
    f: Callable[[Array, Array], Array]  # broadcasts over arrays
    grad: Callable[[Array, Array], tuple[Array, Array]]  # (df/dx, df/dy)
    bounds: tuple[float, float, float, float]  # xmin, xmax, ymin, ymax of the view
    start: tuple[float, float]
    lr: float  # a learning rate at which SGD makes progress without blowing up
    minima: tuple[tuple[float, float], ...] = ()  # every known local minimum, global ones first
    f_min: float | None = None  # the global minimum's value; None if f is unbounded below
    saddles: tuple[tuple[float, float], ...] = ()  # saddle points worth showing

    def __call__(self, x: Array, y: Array) -> Array:
        return self.f(x, y)

    def gradient(self, p: np.ndarray) -> np.ndarray:
        """The gradient at ``p`` = (x, y) as a new array of ``p``'s dtype."""
        gx, gy = self.grad(p[0], p[1])
        return np.array([gx, gy], dtype=p.dtype)

    def grid(self, resolution: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(xs, ys, Z)`` over the view box: ``Z[iy, ix] = f(xs[ix], ys[iy])``."""
        x0, x1, y0, y1 = self.bounds
        xs, ys = np.linspace(x0, x1, resolution), np.linspace(y0, y1, resolution)
        return xs, ys, self.f(xs[None, :], ys[:, None])


# -- the functions and their gradients ------------------------------------------------------

_KAPPA = 10.0  # condition number of the quadratic: curvatures 2 and 2κ


def _quad(x, y):
    return x * x + _KAPPA * y * y


def _quad_grad(x, y):
    return 2.0 * x, 2.0 * _KAPPA * y


def _rosenbrock(x, y):
    return (1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2


def _rosenbrock_grad(x, y):
    r = y - x * x
    return -2.0 * (1.0 - x) - 400.0 * x * r, 200.0 * r


def _beale(x, y):
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y**3) ** 2


def _beale_grad(x, y):
    a, b, c = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y**3
    gx = 2.0 * (a * (y - 1.0) + b * (y * y - 1.0) + c * (y**3 - 1.0))
    gy = 2.0 * x * (a + 2.0 * b * y + 3.0 * c * y * y)
    return gx, gy


def _saddle(x, y):
    return x * x - y * y


def _saddle_grad(x, y):
    return 2.0 * x, -2.0 * y


def _himmelblau(x, y):
    return (x * x + y - 11.0) ** 2 + (x + y * y - 7.0) ** 2


def _himmelblau_grad(x, y):
    a, b = x * x + y - 11.0, x + y * y - 7.0
    return 4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b


def _camel(x, y):
    x2 = x * x
    return (4.0 - 2.1 * x2 + x2 * x2 / 3.0) * x2 + x * y + (-4.0 + 4.0 * y * y) * y * y


def _camel_grad(x, y):
    return 8.0 * x - 8.4 * x**3 + 2.0 * x**5 + y, x - 8.0 * y + 16.0 * y**3


# Minima found by Newton's method from the published values (to ~1e-15).
_HIMMELBLAU_MINIMA = ((3.0, 2.0), (-2.805118086952745, 3.131312518250573),
                      (-3.779310253377747, -3.283185991286169), (3.5844283403304917, -1.8481265269644034))
_CAMEL_MINIMA = ((0.08984201310031807, -0.7126564030207396), (-0.08984201310031807, 0.7126564030207396),
                 (-1.703606714969981, 0.7960835686726251), (1.703606714969981, -0.7960835686726251),
                 (1.6071047529201974, 0.5686514548841313), (-1.6071047529201974, -0.5686514548841313))

_SURFACES = (
    Surface("quadratic", QT_TRANSLATE_NOOP("registry", "Ill-conditioned quadratic"), f"f(x, y) = x² + {_KAPPA:g}·y²", _quad, _quad_grad,
            (-3.0, 3.0, -2.0, 2.0), (-2.5, 1.5), 0.05, ((0.0, 0.0),), 0.0),
    Surface("rosenbrock", QT_TRANSLATE_NOOP("registry", "Rosenbrock"), QT_TRANSLATE_NOOP("registry", "f(x, y) = (1 − x)² + 100·(y − x²)²"), _rosenbrock, _rosenbrock_grad,
            (-2.0, 2.0, -1.0, 3.0), (-1.5, 2.0), 0.001, ((1.0, 1.0),), 0.0),
    Surface("beale", QT_TRANSLATE_NOOP("registry", "Beale"),
            QT_TRANSLATE_NOOP("registry", "f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²"), _beale, _beale_grad,
            (-4.5, 4.5, -4.5, 4.5), (1.0, 1.5), 0.01, ((3.0, 0.5),), 0.0),
    Surface("saddle", QT_TRANSLATE_NOOP("registry", "Saddle"), QT_TRANSLATE_NOOP("registry", "f(x, y) = x² − y²"), _saddle, _saddle_grad,
            (-2.0, 2.0, -2.0, 2.0), (-1.5, 0.01), 0.05, (), None, ((0.0, 0.0),)),
    Surface("himmelblau", QT_TRANSLATE_NOOP("registry", "Himmelblau"), QT_TRANSLATE_NOOP("registry", "f(x, y) = (x² + y − 11)² + (x + y² − 7)²"), _himmelblau,
            _himmelblau_grad, (-5.0, 5.0, -5.0, 5.0), (0.0, 0.0), 0.01, _HIMMELBLAU_MINIMA, 0.0),
    Surface("six_hump_camel", QT_TRANSLATE_NOOP("registry", "Six-hump camel"), QT_TRANSLATE_NOOP("registry", "f(x, y) = (4 − 2.1x² + x⁴/3)·x² + xy + (−4 + 4y²)·y²"), _camel,
            _camel_grad, (-2.0, 2.0, -1.0, 1.0), (-1.5, -0.8), 0.01, _CAMEL_MINIMA, -1.0316284534898774),
)


def _entry(s: Surface) -> Entry:
    return Entry(s.name, s.label, s.formula, lambda: s)


#: name -> Entry; ``SURFACES[name].build()`` is the :class:`Surface`.
SURFACES = Registry("surface", tuple(_entry(s) for s in _SURFACES))


def get_surface(name: str) -> Surface:
    """The surface registered under ``name``; ValueError listing the choices."""
    return SURFACES.get_entry(name).build()

#: For the translators: the quadratic's formula, built with an f-string. pyside6-lupdate reads no docstrings or f-strings;
#: tests/ui/test_translations.py fails when one here no longer matches.
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("registry", "f(x, y) = x² + 10·y²"),
)
