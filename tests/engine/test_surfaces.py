"""The optimizer lab's surfaces: textbook values, gradients against finite
differences, and the known minima (f at its minimum, gradient zero there)."""

import numpy as np
import pytest

from dlviz.engine.surfaces import SURFACES, get_surface

NAMES = list(SURFACES)


def test_the_registry_holds_the_six_textbook_surfaces():
    assert NAMES == ["quadratic", "rosenbrock", "beale", "saddle", "himmelblau", "six_hump_camel"]


# Values worked out by hand from the textbook formulas.
@pytest.mark.parametrize("name, x, y, want", [
    ("quadratic", 1.0, 2.0, 1.0 + 10.0 * 4.0),
    ("rosenbrock", 0.0, 0.0, 1.0),
    ("rosenbrock", -1.5, 2.0, 2.5**2 + 100 * (2.0 - 2.25) ** 2),  # 6.25 + 6.25
    ("beale", 0.0, 0.0, 1.5**2 + 2.25**2 + 2.625**2),
    ("beale", 1.0, 1.0, 1.5**2 + 2.25**2 + 2.625**2),  # at x = y = 1 every x-term cancels
    ("saddle", 1.0, 2.0, -3.0),
    ("himmelblau", 0.0, 0.0, 121.0 + 49.0),
    ("six_hump_camel", 1.0, 1.0, (4 - 2.1 + 1 / 3) + 1.0 + 0.0),
])
def test_textbook_values(name, x, y, want):
    assert get_surface(name)(x, y) == pytest.approx(want, rel=1e-12)


@pytest.mark.parametrize("name", NAMES)
def test_gradient_matches_central_differences(name):
    s = get_surface(name)
    x0, x1, y0, y1 = s.bounds
    rng = np.random.default_rng(1)
    x, y = rng.uniform(x0, x1, 50), rng.uniform(y0, y1, 50)
    gx, gy = s.grad(x, y)
    h = 1e-6
    fx = (s.f(x + h, y) - s.f(x - h, y)) / (2 * h)
    fy = (s.f(x, y + h) - s.f(x, y - h)) / (2 * h)
    scale = 1.0 + np.abs(fx) + np.abs(fy)
    np.testing.assert_allclose(gx / scale, fx / scale, atol=1e-6)
    np.testing.assert_allclose(gy / scale, fy / scale, atol=1e-6)


@pytest.mark.parametrize("name", NAMES)
def test_known_minima_are_minima(name):
    s = get_surface(name)
    for x, y in s.minima:
        gx, gy = s.grad(x, y)
        assert abs(gx) < 1e-9 and abs(gy) < 1e-9, (x, y)
        # a strict local minimum: every nearby point is higher
        angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
        ring = s.f(x + 1e-3 * np.cos(angles), y + 1e-3 * np.sin(angles))
        assert (ring > s.f(x, y)).all()
    if s.f_min is None:
        assert not s.minima
    else:
        assert s.f(*s.minima[0]) == pytest.approx(s.f_min, abs=1e-12)
        xs, ys, Z = s.grid(300)
        assert Z.min() >= s.f_min - 1e-12  # no grid point below the global minimum


def test_published_minima():
    assert get_surface("rosenbrock").minima == ((1.0, 1.0),)
    assert get_surface("beale").minima == ((3.0, 0.5),)
    assert len(get_surface("himmelblau").minima) == 4
    assert all(get_surface("himmelblau")(*m) < 1e-20 for m in get_surface("himmelblau").minima)
    camel = get_surface("six_hump_camel")
    assert len(camel.minima) == 6
    assert camel(0.0898, -0.7126) == pytest.approx(-1.0316, abs=1e-4)


def test_saddle_has_a_saddle_and_no_minimum():
    s = get_surface("saddle")
    assert s.saddles == ((0.0, 0.0),) and s.f_min is None
    assert s.grad(0.0, 0.0) == (0.0, -0.0)
    assert s(0.5, 0.0) > 0 > s(0.0, 0.5)


@pytest.mark.parametrize("name", NAMES)
def test_view_box_start_and_grid(name):
    s = get_surface(name)
    x0, x1, y0, y1 = s.bounds
    assert x0 < s.start[0] < x1 and y0 < s.start[1] < y1
    assert all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in s.minima)
    xs, ys, Z = s.grid(7)
    assert Z.shape == (7, 7) and xs[0] == x0 and ys[-1] == y1
    assert Z[2, 5] == s(xs[5], ys[2])
    assert s.gradient(np.array([xs[1], ys[3]])).tolist() == list(s.grad(xs[1], ys[3]))


def test_unknown_surface_names_the_choices():
    with pytest.raises(ValueError, match="unknown surface 'sphere'.*rosenbrock"):
        get_surface("sphere")
