"""Sweeps: a grid over one or two hyperparameters, every cell trained in parallel.

Every cell is the base config with only the swept keys changed and the same
seed, so the cells share the data, the mini-batch order and (wherever the layer
shapes match) the initial weights, and each cell is bit-identical to that config
run alone. Cells run in worker processes of a ``ProcessPoolExecutor``, forked
from a forkserver (or spawned where there is none): either is safe from a
process with threads, such as the window's. They never run in the caller's
process unless ``workers=1``. A cancel reaches every worker through a shared
event that the cells poll between chunks of steps; a worker that has not left
after a grace period is terminated, so every worker is gone within a second.

Workers import the caller's main module as ``__mp_main__`` (Python's rule): a
script that starts a sweep needs an ``if __name__ == "__main__":`` guard;
``python -m dlviz`` and the training process need none. Qt-free.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from ..common.messages import Message
from ..config import Config, ConfigError
from ..data import Dataset
from .compare import MAX_KEYS, check_values, product
from .trainer import Trainer

MIN_VALUES, MAX_VALUES = 2, 8
CHUNK = 256  # steps between two looks at the cancel event (~10-30 ms of training)
GRACE = 0.5  # seconds a cancelled worker may take to leave before it is terminated
#: Keys that change the data: a sweep over a given Dataset (a CSV) cannot vary them.
DATA_KEYS = frozenset({"dataset", "samples", "noise", "classes", "csv"})


def parse_grid(specs: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The command line's ``--grid KEY=V1,V2,...`` (once or twice) as ``{key: values}``."""
    axes: dict[str, tuple[str, ...]] = {}
    for spec in specs:
        key, sep, values = spec.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or not key:
            raise ConfigError(f"--grid {spec!r}: write KEY=V1,V2,... (e.g. lr=0.001,0.01,0.1)")
        key, vals = check_grid_axis(key, values.split(","), spec)
        if key in axes:
            raise ConfigError(f"--grid: the key {key!r} twice")
        axes[key] = vals
    return axes


def check_grid_axis(key: str, values, spec: str | None = None) -> tuple[str, tuple[str, ...]]:
    """A key that may be swept and 2-8 distinct values (as text); a ConfigError
    naming ``spec`` (default ``key=v1,v2,...``) otherwise."""
    vals = tuple(str(v).strip() for v in values)
    where = f"--grid {spec or key + '=' + ','.join(vals)!r}"
    if key == "epochs":
        raise ConfigError(f"{where}: every cell trains for the same epoch budget (set it with --epochs)")
    check_values(where, key, vals, MIN_VALUES, MAX_VALUES,
                 Message("{where}: {key} holds a list; sweep hidden_layers or neurons instead", where=where, key=key))
    return key, vals


def cells(base: Config, axes: Mapping[str, Sequence]) -> list[tuple[str, Config]]:
    """(label, config) of every cell of ``axes`` ({key: values}): the product of the
    axes, first axis slowest (row-major for a 2-D grid). Every config is built,
    and so validated, here, before anything trains."""
    if not 1 <= len(axes) <= MAX_KEYS:
        raise ConfigError(f"--grid: give one or two keys, got {len(axes)}")
    return product(base, [check_grid_axis(k, v) for k, v in axes.items()], "--grid")


@dataclass
class SweepResult:
    """Every cell's result in grid order (first axis slowest): ``{"label", "config",
    **Trainer.summary()}`` (and ``"state"`` if kept), or None for a cell a cancel
    left undone."""

    axes: dict[str, tuple[str, ...]]
    cells: list[dict | None]
    cancelled: bool = False
    seconds: float = 0.0
    worker_pids: list[int] = field(default_factory=list)  # every worker process the sweep started

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(len(v) for v in self.axes.values())

    def to_json(self) -> dict:
        cells = [None if c is None else {k: v for k, v in c.items() if k != "state"} for c in self.cells]
        return {"axes": {k: list(v) for k, v in self.axes.items()}, "cells": cells,
                "cancelled": self.cancelled, "seconds": round(self.seconds, 3)}


def train_cell(config: Config, dataset: Dataset | None = None, stop: Callable[[], bool] | None = None,
               label: str = "", keep_state: bool = False) -> dict | None:
    """Train one cell to its epoch budget (or divergence): ``{"label", "config",
    **summary}``, plus ``"state"`` (``Trainer.state()``, from which
    ``Trainer(config).restore(*state)`` rebuilds the run) if ``keep_state``; None
    if ``stop()`` said so between chunks."""
    trainer = Trainer(config, dataset=dataset)
    while not (trainer.finished or trainer.diverged):
        trainer.run(CHUNK)
        if stop is not None and stop():
            return None
    out = {"label": label, "config": config.to_dict(), **trainer.summary()}
    if keep_state:
        out["state"] = trainer.state()
    return out


# -- the worker side -------------------------------------------------------------------------

_STOP = None  # the sweep's cancel event, in each worker
_DATASET: Dataset | None = None  # the shared dataset, sent once per worker


def _init_worker(stop_event, dataset: Dataset | None) -> None:
    global _STOP, _DATASET
    from threadpoolctl import threadpool_limits

    # As in the training process: small matrices, one BLAS thread per worker.
    threadpool_limits(limits=1, user_api="blas")
    _STOP, _DATASET = stop_event, dataset


def _worker_cell(label: str, config: Config, keep_state: bool) -> dict | None:
    return train_cell(config, _DATASET, _STOP.is_set, label, keep_state)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_sweep(base: Config, axes: Mapping[str, Sequence], dataset: Dataset | None = None,
              workers: int | None = None, should_stop: Callable[[], bool] | None = None,
              progress: Callable[[int, int], None] | None = None, keep_state: bool = False,
              on_cell: Callable[[int, dict], None] | None = None, in_process: bool | None = None) -> SweepResult:
    """Train every cell of ``axes`` over ``base`` for ``base.epochs`` epochs.

    ``dataset`` (a loaded CSV, say) is used by every cell; without it each cell
    makes the dataset its config names, as a run alone does. ``workers`` processes
    (default: every core; 1 trains the cells one after another in this process,
    unless ``in_process=False``: a window passes it, since training in its own
    process would hold the GIL that its event loop needs).
    ``should_stop()`` is polled about 20 times a second; on True every worker stops
    and the result holds the cells finished so far. ``progress(done, total)`` is
    called after each cell. ``on_cell(index, cell)`` is called once for each cell
    that finishes, as it finishes (in the order cells finish, not grid order), just
    before ``progress``: ``index`` is its place in grid order and ``cell`` its
    result, the dict that ends up in ``cells[index]`` (a caller keeps it as it is).
    Both run in the caller's thread. ``keep_state`` adds each cell's ``"state"`` (see
    :func:`train_cell`), so that a cell can be opened as a run.
    """
    grid = cells(base, axes)
    if base.epochs < 1:
        raise ConfigError("a sweep needs an epoch budget: epochs must be at least 1")
    if workers is None:
        workers = default_workers()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"workers must be a whole number of at least 1, got {workers!r}")
    if dataset is None and base.csv:
        from ..data import load_csv

        dataset = load_csv(base.csv)
    shared = DATA_KEYS & set(axes)
    if dataset is not None and shared:
        raise ConfigError(f"--grid {sorted(shared)[0]}: the data is fixed (a CSV file); sweep another key")
    result = SweepResult({k: tuple(str(v) for v in vs) for k, vs in axes.items()}, [None] * len(grid))
    t0 = time.perf_counter()
    if in_process is None:
        in_process = workers == 1
    if in_process:
        _run_here(grid, dataset, result, should_stop, progress, keep_state, on_cell)
    else:
        _run_pool(grid, dataset, min(workers, len(grid)), result, should_stop, progress, keep_state, on_cell)
    result.seconds = time.perf_counter() - t0
    return result


def _run_here(grid, dataset, result, should_stop, progress, keep_state, on_cell=None) -> None:
    from .session import limit_blas_threads

    with limit_blas_threads():
        for i, (label, config) in enumerate(grid):
            cell = train_cell(config, dataset, should_stop, label, keep_state)
            if cell is None:
                result.cancelled = True
                return
            result.cells[i] = cell
            if on_cell is not None:
                on_cell(i, cell)
            if progress is not None:
                progress(i + 1, len(grid))


def _context():
    """forkserver where there is one: each worker is forked from a clean server
    process that has imported this module (and NumPy) once, which is safe from a
    process with threads and starts a worker in milliseconds; spawn elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([__name__])  # takes effect when the server starts
        return ctx
    return multiprocessing.get_context("spawn")


def warm_up() -> None:
    """Start the forkserver now (it imports NumPy and the trainer, ~0.5 s), so that
    the first sweep's workers start at once. Call it when a sweep is likely, e.g.
    when the sweep dialog opens; a no-op where there is no forkserver."""
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _run_pool(grid, dataset, workers, result, should_stop, progress, keep_state, on_cell=None) -> None:
    ctx = _context()
    stop = ctx.Event()
    pool = cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(stop, dataset))
    procs: dict[int, multiprocessing.process.BaseProcess] = {}
    pending: set = set()
    try:
        futures = {pool.submit(_worker_cell, label, config, keep_state): i for i, (label, config) in enumerate(grid)}
        pending, done = set(futures), 0
        while pending:
            finished, pending = cf.wait(pending, timeout=0.05, return_when=cf.FIRST_COMPLETED)
            procs.update(getattr(pool, "_processes", None) or {})
            for f in finished:
                i = futures[f]
                result.cells[i] = f.result()
                done += 1
                if on_cell is not None and result.cells[i] is not None:  # None: a cancel caught it mid-way
                    on_cell(i, result.cells[i])
                if progress is not None:
                    progress(done, len(grid))
            if pending and should_stop is not None and should_stop():
                result.cancelled = True
                break
    finally:
        procs.update(getattr(pool, "_processes", None) or {})
        result.worker_pids = sorted(procs)
        if result.cancelled or pending:
            _stop_workers(pool, stop, list(procs.values()))
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool, stop, procs) -> None:
    """Tell every worker to stop; terminate those still there after ``GRACE`` seconds."""
    stop.set()
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + GRACE
    for p in procs:
        p.join(max(0.0, deadline - time.monotonic()))
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(1.0)
