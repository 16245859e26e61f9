"""Learning-rate schedules at known steps."""

import math

import pytest

from dlviz.engine import SCHEDULES, make_schedule

LR = 0.1
TOTAL = 100


def test_registry():
    assert set(SCHEDULES) == {"constant", "step", "exponential", "cosine", "warmup_cosine"}


@pytest.mark.parametrize("t", [0, 1, 10, 50, 99, 100, 10_000])
def test_constant(t):
    assert make_schedule("constant", LR, TOTAL)(t) == LR


def test_step_drops_by_gamma_exactly_at_multiples():
    f = make_schedule("step", LR, TOTAL, decay_steps=10, gamma=0.5)
    assert f(0) == LR
    assert f(9) == LR  # still before the first boundary
    assert f(10) == pytest.approx(0.05, rel=1e-15)  # exactly at the boundary
    assert f(19) == pytest.approx(0.05, rel=1e-15)
    assert f(20) == pytest.approx(0.025, rel=1e-15)
    assert f(55) == pytest.approx(LR * 0.5**5, rel=1e-15)
    assert f(100) == pytest.approx(LR * 0.5**10, rel=1e-15)
    assert f(150) == pytest.approx(LR * 0.5**15, rel=1e-15)  # beyond the end: keeps decaying
    for k in range(1, 12):
        assert f(10 * k) == pytest.approx(f(10 * k - 1) * 0.5, rel=1e-14)
        assert f(10 * k + 1) == f(10 * k)


def test_step_default_decay_is_a_tenth_of_total():
    f = make_schedule("step", LR, 200, gamma=0.1)
    assert f(19) == LR
    assert f(20) == pytest.approx(0.01)


def test_exponential_is_smooth_step():
    f = make_schedule("exponential", LR, TOTAL, decay_steps=10, gamma=0.5)
    assert f(0) == LR
    assert f(5) == pytest.approx(LR * 0.5**0.5, rel=1e-14)  # mid-way through the first period
    assert f(10) == pytest.approx(0.05, rel=1e-14)  # the boundary: equals the step schedule
    assert f(50) == pytest.approx(LR * 0.5**5, rel=1e-14)
    assert f(100) == pytest.approx(LR * 0.5**10, rel=1e-14)
    assert f(200) == pytest.approx(LR * 0.5**20, rel=1e-14)
    values = [f(t) for t in range(120)]
    assert all(b < a for a, b in zip(values, values[1:]))


def test_cosine():
    f = make_schedule("cosine", LR, TOTAL)
    assert f(0) == pytest.approx(LR, rel=1e-15)
    assert f(25) == pytest.approx(LR * (1 + math.cos(math.pi / 4)) / 2, rel=1e-14)
    assert f(50) == pytest.approx(LR / 2, rel=1e-14)
    assert f(100) == pytest.approx(0.0, abs=1e-18)
    assert f(101) == pytest.approx(0.0, abs=1e-18)  # beyond the end: stays at 0
    assert f(10_000) == pytest.approx(0.0, abs=1e-18)
    values = [f(t) for t in range(101)]
    assert all(b < a for a, b in zip(values, values[1:]))


def test_warmup_cosine():
    f = make_schedule("warmup_cosine", LR, TOTAL, warmup_steps=10)
    # linear ramp lr/W, 2 lr/W, ..., lr over the first W steps
    for t in range(10):
        assert f(t) == pytest.approx(LR * (t + 1) / 10, rel=1e-14)
    ramp = [f(t) for t in range(10)]
    diffs = [b - a for a, b in zip(ramp, ramp[1:])]
    assert all(d == pytest.approx(LR / 10, rel=1e-12) for d in diffs)
    # then cosine from lr at t = W to 0 at t = total
    assert f(10) == pytest.approx(LR, rel=1e-15)
    assert f(55) == pytest.approx(LR / 2, rel=1e-14)  # half-way through the 90 cosine steps
    assert f(100) == pytest.approx(0.0, abs=1e-18)
    assert f(500) == pytest.approx(0.0, abs=1e-18)
    values = [f(t) for t in range(10, 101)]
    assert all(b < a for a, b in zip(values, values[1:]))


def test_warmup_default_is_a_twentieth_of_total():
    f = make_schedule("warmup_cosine", LR, 200)
    assert f(0) == pytest.approx(LR / 10)
    assert f(9) == pytest.approx(LR)


def test_warmup_longer_than_total_stays_finite():
    f = make_schedule("warmup_cosine", LR, 10, warmup_steps=20)
    values = [f(t) for t in range(40)]
    assert all(math.isfinite(v) and 0 <= v <= LR for v in values)
    assert f(19) == pytest.approx(LR)


@pytest.mark.parametrize("name", list(SCHEDULES))
def test_every_schedule_starts_near_lr_and_is_never_negative_or_above_lr(name):
    f = make_schedule(name, LR, TOTAL, decay_steps=7, gamma=0.3, warmup_steps=5)
    values = [f(t) for t in range(0, 3 * TOTAL)]
    assert all(isinstance(v, float) for v in values)
    assert all(0.0 <= v <= LR * (1 + 1e-12) for v in values)
    assert max(values) == pytest.approx(LR)


@pytest.mark.parametrize("bad", [0, -5])
def test_degenerate_step_counts_are_clamped(bad):
    f = make_schedule("step", LR, bad, decay_steps=bad)
    assert f(0) == LR and f(1) == pytest.approx(LR * 0.5)
    g = make_schedule("cosine", LR, bad)
    assert math.isfinite(g(0)) and math.isfinite(g(5))


def test_unknown_schedule():
    with pytest.raises(ValueError, match="unknown schedule 'linear_decay'.*cosine"):
        make_schedule("linear_decay", LR, TOTAL)
