"""Issue 23, batch-memory: the cost of a run (time per step and per epoch, the bytes one
batch's activations take) for every run, as the status bar and the comparison's summary show it."""

from __future__ import annotations

import dataclasses

import pytest

from dlviz.config import Config
from dlviz.training import lessons as L
from dlviz.training.trainer import Trainer


@pytest.mark.parametrize("hidden, dropout, batch", [((), 0.0, 16), ((8, 5), 0.0, 32), ((8, 5), 0.3, 32),
                                                    ((6,), 0.0, 500)])
def test_activation_bytes_are_the_arrays_one_training_batch_fills(hidden, dropout, batch):
    c = Config(dataset="moons", samples=200, hidden=hidden, dropout=dropout, batch_size=batch, epochs=1, seed=0,
               engine="numpy")
    t = Trainer(c)
    t.run(1)  # one full batch (a batch larger than the data is the whole training set)
    w = t.net.last_batch
    arrays = [w.x, *w.z, *w.a, *w.d, w.probs] + (list(w.scale) if dropout else [])
    assert t.activation_bytes == sum(a.nbytes for a in arrays) == L._measured(t, "activation_bytes")
    assert t.activation_bytes == t.net.batch_bytes(min(batch, t.n_train))
    assert t.net.batch_bytes(2 * batch) == 2 * t.net.batch_bytes(batch)


def test_run_costs_format_a_snapshots_time_and_memory():
    @dataclasses.dataclass
    class Snap:
        train_seconds: float
        step: int
        epoch: int
        activation_bytes: int

    assert L.run_costs(Snap(0.5, 250, 10, 3 * 1024)) == {"step": "2 ms", "epoch": "50 ms", "bytes": "3 KB"}
    assert L.run_costs(Snap(0.0, 0, 0, 0)) == {"step": "–", "epoch": "–", "bytes": "–"}
