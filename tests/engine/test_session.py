"""The training process's loop: the decision grid's resolution while training."""

import pytest

from dlviz.config import Config
from dlviz.engine.session import (
    GRID_BUDGET,
    GRID_MIN_RESOLUTION,
    GRID_RESOLUTION,
    Control,
    NewRun,
    Snapshot,
    _Session,
)


class _Out:
    """Stands for the pipe to the GUI: keeps what is sent."""

    def __init__(self):
        self.sent = []

    def send(self, msg):
        self.sent.append(msg)

    def snapshots(self):
        return [m for m in self.sent if isinstance(m, Snapshot)]


def _session(play: bool) -> tuple[_Session, _Out]:
    out = _Out()
    s = _Session(out)
    cfg = Config(dataset="spiral", classes=3, samples=200, hidden=(16, 16), activation="tanh")
    s.handle(NewRun(1, cfg.to_dict(), play=play))
    return s, out


@pytest.mark.parametrize(
    "full_cost, expected",
    [
        (0.2 * GRID_BUDGET, GRID_RESOLUTION),  # cheap: full resolution
        (GRID_BUDGET, GRID_RESOLUTION),
        (2.0 * GRID_BUDGET, 70),  # sqrt(1/2) * 100 = 70.7
        (4.0 * GRID_BUDGET, max(50, GRID_MIN_RESOLUTION)),
        (100.0 * GRID_BUDGET, GRID_MIN_RESOLUTION),  # never coarser than the floor
    ],
)
def test_training_resolution_fits_the_budget(full_cost, expected):
    s, _ = _session(play=False)
    s.point_cost = full_cost / GRID_RESOLUTION**2
    assert s._next_resolution() == expected


def test_training_resolution_holds_inside_the_band():
    s, _ = _session(play=False)
    s.resolution = 70
    # 70 x 70 at 1.2 x the budget: inside the band, no change (no flicker from noise).
    s.point_cost = 1.2 * GRID_BUDGET / 70**2
    assert s._next_resolution() == 70
    # Twice as slow: it must come down.
    s.point_cost = 2.0 * GRID_BUDGET / 70**2
    assert s._next_resolution() == max(50, GRID_MIN_RESOLUTION)
    # Four times as fast: back up.
    s.point_cost = 0.25 * GRID_BUDGET / 70**2
    assert s._next_resolution() == GRID_RESOLUTION


def test_training_snapshots_use_the_training_resolution_and_paused_ones_the_full():
    s, out = _session(play=True)
    s.train_chunk()
    s.resolution = 60
    s.point_cost = 1.0 * GRID_BUDGET / 60**2  # keeps 60: inside the band
    s.last_grid = 0.0
    s.publish()
    training = out.snapshots()[-1]
    assert training.state == "training"
    assert training.grid.shape == (3, 60, 60)

    s.handle(Control("pause"))
    s.publish()
    paused = out.snapshots()[-1]
    assert paused.state == "paused"
    assert paused.grid.shape == (3, GRID_RESOLUTION, GRID_RESOLUTION)
    assert paused.grid.sum(axis=0) == pytest.approx(1.0, abs=1e-4)


def test_a_new_run_starts_at_full_resolution():
    s, out = _session(play=True)
    s.resolution, s.point_cost = 60, 1.0
    cfg = Config(dataset="xor", hidden=(4,))
    s.handle(NewRun(2, cfg.to_dict(), play=True))
    assert s.resolution == GRID_RESOLUTION
    first = out.snapshots()[-1]
    assert first.run_id == 2 and first.grid.shape[1:] == (GRID_RESOLUTION, GRID_RESOLUTION)
