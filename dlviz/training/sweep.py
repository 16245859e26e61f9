"""Sweeps: a grid over one or two hyperparameters, every cell trained in parallel.

Every cell is the base config with only the swept keys changed and the same
seed, so the cells share the data, the mini-batch order and (wherever the layer
shapes match) the initial weights, and each cell is bit-identical to that config
run alone. They never run in the caller's process unless ``workers=1``.

Cells run in worker processes started as ``python -c "...; _worker_main()"``
(not by multiprocessing, whose spawn and forkserver re-import the caller's
``__main__``): a script that runs a sweep needs no ``if __name__ ==
"__main__":`` guard, and a worker imports the very ``dlviz`` its caller did,
from wherever it is run. Each worker talks to the sweep over its stdin and
stdout (pickled frames; its own prints go to stderr) and sends a heartbeat
every ``BEAT`` seconds from a thread of its own, so a worker that is stopped
(SIGSTOP) or hung is noticed after ``WATCHDOG`` seconds, and one that dies is
noticed at once: the sweep then stops every worker and raises
:class:`SweepFailed`, which holds the cells finished so far. A cancel, the end
of a sweep or a failure closes the workers' stdin (a worker leaves at once on
its end) and SIGKILLs any still there after ``GRACE`` seconds, a stopped one
included: every worker is gone within a second, and none outlives its caller
(on Linux a worker also dies with the thread that started it). Qt-free.

Any :class:`concurrent.futures.Executor` can run the cells instead (``run_sweep(...,
executor=...)``: a thread or process pool, or a Dask cluster's, see :mod:`.cluster`):
each cell is then one call of the top-level :func:`sweep_cell` with plain arguments
(the config as a dict, the dataset or None for the one the config names, the label)
that returns a plain dict, the same as a local sweep's cell.
"""

from __future__ import annotations

import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from concurrent import futures as _futures
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from ..common.messages import QT_TRANSLATE_NOOP, Message, process_ended
from ..config import Config, ConfigError
from ..data import Dataset
from .compare import MAX_KEYS, check_values, product
from .trainer import Trainer

MIN_VALUES, MAX_VALUES = 2, 8
#: Values an axis may have when the cells run on an executor (a cluster): 32 x 32 = 1,024 cells.
MAX_CLUSTER_VALUES = 32
CHUNK = 256  # steps between two looks at the cancel flag (~10-30 ms of training)
GRACE = 0.5  # seconds a worker may take to leave before it is killed
BEAT = 0.5  # seconds between two heartbeats of a worker
WATCHDOG = 10.0  # seconds a worker may be silent (no heartbeat, no result) before the sweep gives up on it
STARTUP = 60.0  # seconds a new worker may take to say its first word (Python and NumPy start, on a busy machine)
POLL = 0.05  # seconds between two looks at should_stop and the watchdog
#: Keys that change the data: a sweep over a given Dataset (a CSV) cannot vary them.
DATA_KEYS = frozenset({"dataset", "samples", "noise", "classes", "csv", "target_column", "image_folder", "image_size"})


def parse_grid(specs: Sequence[str], max_values: int = MAX_VALUES) -> dict[str, tuple[str, ...]]:
    """The command line's ``--grid KEY=V1,V2,...`` (once or twice) as ``{key: values}``
    (2 to ``max_values`` values each)."""
    axes: dict[str, tuple[str, ...]] = {}
    for spec in specs:
        key, sep, values = spec.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or not key:
            raise ConfigError(f"--grid {spec!r}: write KEY=V1,V2,... (e.g. lr=0.001,0.01,0.1)")
        key, vals = check_grid_axis(key, values.split(","), spec, max_values)
        if key in axes:
            raise ConfigError(f"--grid: the key {key!r} twice")
        axes[key] = vals
    return axes


def check_grid_axis(key: str, values, spec: str | None = None,
                    max_values: int = MAX_VALUES) -> tuple[str, tuple[str, ...]]:
    """A key that may be swept and 2 to ``max_values`` distinct values (as text); a
    ConfigError naming ``spec`` (default ``key=v1,v2,...``) otherwise."""
    vals = tuple(str(v).strip() for v in values)
    where = f"--grid {spec or key + '=' + ','.join(vals)!r}"
    if key == "epochs":
        raise ConfigError(f"{where}: every cell trains for the same epoch budget (set it with --epochs)")
    check_values(where, key, vals, MIN_VALUES, max_values,
                 Message(QT_TRANSLATE_NOOP("errors", "{where}: {key} holds a list; sweep hidden_layers or neurons instead"), where=where, key=key))
    return key, vals


def cells(base: Config, axes: Mapping[str, Sequence], max_values: int = MAX_VALUES) -> list[tuple[str, Config]]:
    """(label, config) of every cell of ``axes`` ({key: values}): the product of the
    axes, first axis slowest (row-major for a 2-D grid). Every config is built,
    and so validated, here, before anything trains."""
    if not 1 <= len(axes) <= MAX_KEYS:
        raise ConfigError(f"--grid: give one or two keys, got {len(axes)}")
    return product(base, [check_grid_axis(k, v, None, max_values) for k, v in axes.items()], "--grid")


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
    error: str | None = None  # why the sweep ended before its last cell (see SweepFailed), in English

    @property
    def done(self) -> int:
        """How many cells finished."""
        return sum(c is not None for c in self.cells)

    def record(self, i: int, cell: dict, on_cell=None, progress=None) -> int:
        """Cell ``i`` finished: keep it, tell ``on_cell(i, cell)`` and ``progress(done, total)``
        (each way of running a sweep does this alike); returns how many are done."""
        self.cells[i] = cell
        done = self.done
        if on_cell is not None:
            on_cell(i, cell)
        if progress is not None:
            progress(done, len(self.cells))
        return done

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(len(v) for v in self.axes.values())

    def to_json(self) -> dict:
        cells = [None if c is None else {k: v for k, v in c.items() if k != "state"} for c in self.cells]
        return {"axes": {k: list(v) for k, v in self.axes.items()}, "cells": cells,
                "cancelled": self.cancelled, "error": self.error, "seconds": round(self.seconds, 3)}


def _cell_failed(label: str, why: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("errors", "the cell {cell} failed: {why}"), cell=label, why=why)


class SweepFailed(RuntimeError):
    """A worker died, stopped answering or raised: every worker has been stopped.
    ``message`` says why (a :class:`Message`), ``result`` holds the cells finished
    before (None for the others), with ``result.error`` set."""

    def __init__(self, message: Message, result: SweepResult):
        super().__init__(str(message))
        self.message = message
        self.result = result


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


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_sweep(base: Config, axes: Mapping[str, Sequence], dataset: Dataset | None = None,
              workers: int | None = None, should_stop: Callable[[], bool] | None = None,
              progress: Callable[[int, int], None] | None = None, keep_state: bool = False,
              on_cell: Callable[[int, dict], None] | None = None, in_process: bool | None = None,
              watchdog: float | None = None, executor: _futures.Executor | None = None,
              pool: "SweepPool | None" = None) -> SweepResult:
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

    A worker that dies, raises, or stays silent for ``watchdog`` seconds (default
    ``WATCHDOG``; stopped by SIGSTOP, say) ends the sweep: every worker is stopped
    and :class:`SweepFailed` is raised with the cells finished so far.

    ``executor`` (any :class:`concurrent.futures.Executor`: a thread or process pool,
    a Dask client's ``get_executor()``) runs the cells instead of this module's own
    workers (``workers``, ``in_process`` and ``watchdog`` are then unused): every cell
    is submitted at once as :func:`sweep_cell`, with the same results as a local sweep,
    cell for cell; an axis may then have up to ``MAX_CLUSTER_VALUES`` values. A cell that raises there (or whose worker the executor lost) ends the
    sweep with :class:`SweepFailed`; a stop or a failure cancels the cells not yet
    finished (one that is running on a thread cannot be interrupted: its result is
    dropped). The caller owns the executor: it is not shut down here.

    ``pool`` (a :class:`SweepPool`): its workers train the cells, and stay for the next
    sweep when this one ends well (``workers`` of them, started as needed); a cancel or a
    failure stops them as it stops a sweep's own.
    """
    grid = cells(base, axes, MAX_VALUES if executor is None else MAX_CLUSTER_VALUES)
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
    try:
        if executor is not None:
            _run_executor(grid, dataset, executor, result, should_stop, progress, keep_state, on_cell)
        elif in_process:
            _run_here(grid, dataset, result, should_stop, progress, keep_state, on_cell)
        else:
            _run_pool(grid, dataset, min(workers, len(grid)), result, should_stop, progress, keep_state, on_cell,
                      WATCHDOG if watchdog is None else watchdog, pool)
    finally:
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
            result.record(i, cell, on_cell, progress)


# -- any concurrent.futures executor ---------------------------------------------------------

_blas_lock = threading.Lock()
_blas_users = 0
_blas_limits = None


@contextmanager
def _one_blas_thread():
    """BLAS on one thread while any cell of this process trains (as in the sweep's own
    workers): counted, so that cells on several threads of one process (a thread pool, a
    Dask worker's threads) neither undo each other's limit nor leave it set after the last."""
    global _blas_users, _blas_limits
    from .session import limit_blas_threads

    with _blas_lock:
        if _blas_users == 0:
            _blas_limits = limit_blas_threads()
        _blas_users += 1
    try:
        yield
    finally:
        with _blas_lock:
            _blas_users -= 1
            if _blas_users == 0 and _blas_limits is not None:
                _blas_limits.restore_original_limits()
                _blas_limits = None


def sweep_cell(config: dict, dataset: Dataset | None = None, label: str = "", keep_state: bool = False,
               engine: str | None = None) -> dict:
    """One cell, as an executor runs it (on another machine, say): train ``config`` (a
    :meth:`Config.to_dict`; its ``epochs`` is the budget) on ``dataset``, or on the data
    the config names when None (made here from the config's recipe and seed), and return
    :func:`train_cell`'s plain dict (None if its Dask task was cancelled meanwhile). ``engine``, when given, trains with that engine
    instead of the config's (the caller's choice for ``auto``, so that every machine
    trains as the caller would); the dict still holds the config as given."""
    run = Config.from_dict(config)
    stop = None
    if "distributed" in sys.modules:  # on a Dask worker: the cell stops when its task is cancelled
        from .cluster import cancel_check

        stop = cancel_check()
    with _one_blas_thread():
        cell = train_cell(run if engine is None else run.replace(engine=engine), dataset, stop, label, keep_state)
    if cell is not None:
        cell["config"] = run.to_dict()
    return cell


def pinned_engine(config: Config) -> str:
    """The engine a cell of ``config`` trains with in this process: ``auto`` made
    ``compiled`` (its code loaded or cached here) or ``numpy``, the others as they are.
    Sent with each cell, so that a machine whose cache is cold (or whose numba is
    missing) does not quietly train with another engine than a local sweep would."""
    if config.engine != "auto":
        return config.engine
    from ..engine import engines

    ok, _why = engines.compiled_available()
    if not ok:
        return "numpy"
    from ..engine import kernel

    return "compiled" if kernel.ready() else "numpy"  # the dtype a sweep's Trainer uses (float32)


def _run_executor(grid, dataset, executor, result, should_stop, progress, keep_state, on_cell) -> None:
    where: dict[_futures.Future, int] = {}
    failure: Message | None = None
    try:
        for i, (label, config) in enumerate(grid):
            if should_stop is not None and should_stop():
                result.cancelled = True
                return
            where[executor.submit(sweep_cell, config.to_dict(), dataset, label, keep_state, pinned_engine(config))] = i
        pending = set(where)
        while pending and failure is None:
            finished, pending = _futures.wait(pending, timeout=POLL, return_when=_futures.FIRST_COMPLETED)
            for fut in sorted(finished, key=where.__getitem__):  # several at once: in grid order
                i = where[fut]
                try:
                    cell = fut.result()
                except Exception as e:  # noqa: BLE001 - a cell's error, a lost worker, a cancel not ours
                    failure = _cell_failed(grid[i][0], f"{type(e).__name__}: {e}" if str(e) else type(e).__name__)
                    break
                if cell is None:  # a Dask task cancelled by someone else (our own cancels come at the end)
                    failure = _cell_failed(grid[i][0], "cancelled")
                    break
                result.record(i, cell, on_cell, progress)
            if failure is None and pending and should_stop is not None and should_stop():
                result.cancelled = True
                return
    finally:
        for fut in where:  # those not started never start; a running one's result is dropped
            if not fut.done():
                fut.cancel()
        if failure is not None:
            result.error = str(failure)
    if failure is not None:
        raise SweepFailed(failure, result)


# -- the pipes between the sweep and its workers: length-prefixed pickles ----------------------------

_HEADER = struct.Struct(">Q")


def _write_frame(stream, msg) -> None:
    data = pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_frame(stream):
    """The next message, or None at the end of the stream (or a cut frame)."""
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (n,) = _HEADER.unpack(head)
    data = stream.read(n)
    if len(data) < n:
        return None
    return pickle.loads(data)


# -- the worker side -------------------------------------------------------------------------

#: What a worker runs (``python -c``). First, on Linux, it asks to be SIGKILLed when the
#: thread that started it ends (the sweep's caller killed, say), even while stopped
#: (SIGSTOP): as early as it can, and it leaves if its parent is already gone. Then this
#: process's dlviz first on the path, then its path, so that the worker imports the same
#: dlviz even where the current folder holds another ``dlviz`` folder (a checkout's
#: parent), and never the caller's ``__main__``.
_BOOT = """import os, sys
if sys.platform.startswith("linux"):
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, 9, 0, 0, 0)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass
if os.getppid() != {ppid}:
    os._exit(0)
sys.path[:] = {path!r}
from dlviz.training.sweep import _worker_main
_worker_main()
"""


def _worker_main() -> None:
    """A worker: "init" (the dataset), then one "cell" at a time; a heartbeat every
    ``BEAT`` seconds; leaves at once when its stdin ends."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the caller handles Ctrl+C (and stops us)
    except (ValueError, OSError):
        pass
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print goes to stderr, never into the frames
    inp = os.fdopen(os.dup(0), "rb")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    lock = threading.Lock()

    def send(msg) -> None:
        try:
            with lock:
                _write_frame(out, msg)
        except (OSError, ValueError):  # the sweep is gone
            os._exit(0)

    def beat() -> None:
        while True:
            send(("beat",))
            time.sleep(BEAT)

    tasks: queue.SimpleQueue = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                msg = _read_frame(inp)
            except Exception:  # noqa: BLE001 - a broken pipe or frame: the sweep is gone
                msg = None
            if msg is None:
                os._exit(0)  # the end of stdin: the sweep is over, cancelled or gone
            tasks.put(msg)

    threading.Thread(target=beat, name="dlviz-sweep-beat", daemon=True).start()
    threading.Thread(target=read, name="dlviz-sweep-read", daemon=True).start()
    from threadpoolctl import threadpool_limits

    # As in the training process: small matrices, one BLAS thread per worker.
    threadpool_limits(limits=1, user_api="blas")
    dataset = None
    while True:
        msg = tasks.get()
        if msg[0] == "init":
            dataset = msg[1]
            send(("ready",))
        elif msg[0] == "cell":
            _, i, label, config, keep_state = msg
            try:
                cell = train_cell(config, dataset, None, label, keep_state)
            except Exception as e:  # noqa: BLE001 - said to the sweep, which stops
                send(("error", i, f"{type(e).__name__}: {e}"))
            else:
                send(("done", i, cell))


# -- the sweep's side ------------------------------------------------------------------------


class _Worker:
    """One worker process, and a thread that reads its messages into ``events``
    as ``(worker, message)``; ``message`` None when its stdout ends."""

    def __init__(self, events: queue.SimpleQueue):
        root = os.path.dirname(os.path.dirname(os.path.abspath(sys.modules["dlviz"].__file__)))
        path = [root, *(p for p in sys.path if p)]
        posix = os.name == "posix"
        boot = _BOOT.format(ppid=os.getpid(), path=path)
        self.popen = subprocess.Popen([sys.executable, "-c", boot], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      close_fds=True,
                                      # its own session: a terminal's Ctrl+C reaches only the sweep, which stops it
                                      start_new_session=posix)
        self.pid = self.popen.pid
        self.heard = time.monotonic()
        self.heard_any = False
        self.cell: int | None = None  # the cell it trains
        self.events = events
        self.reader = threading.Thread(target=self._read, name=f"dlviz-sweep-{self.pid}", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        stream = self.popen.stdout
        while True:
            try:
                msg = _read_frame(stream)
            except Exception:  # noqa: BLE001 - a cut or broken frame: as good as gone
                msg = None
            self.events.put((self, msg))
            if msg is None:
                stream.close()
                return

    def send(self, msg) -> bool:
        """False if the worker is gone (its death comes as an event too)."""
        try:
            _write_frame(self.popen.stdin, msg)
            return True
        except (OSError, ValueError):
            return False

    def silent(self, now: float, watchdog: float) -> float | None:
        """Seconds it has been silent, if longer than it may be."""
        quiet = now - self.heard
        return quiet if quiet > (watchdog if self.heard_any else max(STARTUP, watchdog)) else None


def _run_pool(grid, dataset, workers, result, should_stop, progress, keep_state, on_cell, watchdog,
              keep: "SweepPool | None" = None) -> None:
    events: queue.SimpleQueue = queue.SimpleQueue()
    pool: list[_Worker] = []
    kept = False
    todo = deque(range(len(grid)))
    done = 0
    failure: Message | None = None

    def dispatch(w: _Worker) -> None:
        if todo:
            i = todo.popleft()
            label, config = grid[i]
            w.cell = i
            w.send(("cell", i, label, config, keep_state))  # small: never fills the pipe

    def handle(w: _Worker, msg, now: float) -> Message | None:
        nonlocal done
        w.heard, w.heard_any = now, True
        if msg is None:
            label = grid[w.cell][0] if w.cell is not None else "-"
            try:
                code = w.popen.wait(1.0)
            except subprocess.TimeoutExpired:
                code = None
            return Message(QT_TRANSLATE_NOOP("errors", "a worker process (pid {pid}) ended during the cell {cell}: {how}"),
                           pid=w.pid, cell=label, how=process_ended(code))
        if msg[0] == "ready":
            dispatch(w)
        elif msg[0] == "done":
            _, i, cell = msg
            w.cell = None
            done = result.record(i, cell, on_cell, progress)
            dispatch(w)
        elif msg[0] == "error":
            return _cell_failed(grid[msg[1]][0], msg[2])
        return None

    try:
        pool = keep.take(events, workers) if keep is not None else [_Worker(events) for _ in range(workers)]
        result.worker_pids.extend(w.pid for w in pool)
        for w in pool:  # the dataset may be big: sent from threads, so a stopped worker blocks no one
            threading.Thread(target=w.send, args=(("init", dataset),), name="dlviz-sweep-init", daemon=True).start()
        while done < len(grid) and failure is None:
            got = []
            try:
                got.append(events.get(timeout=POLL))
                while True:  # all that came meanwhile: a late loop must not take the others for silent
                    got.append(events.get_nowait())
            except queue.Empty:
                pass
            now = time.monotonic()
            for w, msg in got:
                if failure is None and done < len(grid):
                    failure = handle(w, msg, now)
            if failure is None and done < len(grid) and should_stop is not None and should_stop():
                result.cancelled = True
                break
            for w in pool:
                quiet = w.silent(now, watchdog) if failure is None and done < len(grid) else None
                if quiet is not None:
                    failure = Message(QT_TRANSLATE_NOOP("errors", "a worker process (pid {pid}) has not answered for {s} s: stopped or hung"),
                                      pid=w.pid, s=f"{quiet:.0f}")
        if keep is not None and failure is None and done == len(grid):
            keep.give_back(pool)  # every one idle: each has sent its last cell
            kept = True
    finally:
        if keep is None:
            _stop_workers(pool)
        elif not kept and pool:  # (a take that failed has given its workers back itself)
            keep.discard(pool)
    if failure is not None:
        result.error = str(failure)
        raise SweepFailed(failure, result)


class _Drop:
    """Where an idle pool worker's messages go (its heartbeats): nowhere."""

    @staticmethod
    def put(item) -> None:
        pass


class SweepPool:
    """Worker processes kept from one sweep to the next: ``run_sweep(..., pool=p)``.

    A worker's start (Python, NumPy, numba and the compiled kernel's code) takes ~0.4 s,
    longer than a whole 5 x 5 sweep's training on the compiled engine; a window that
    sweeps again and again keeps its workers here, so that every sweep after the first
    starts at once. A sweep that ends well leaves its workers idle here; a cancel or a
    failure stops them (a cell cannot be interrupted otherwise) and the next sweep starts
    new ones. :meth:`close` (or the end of a ``with``) ends them all; they also die with
    this process. Workers are started from the pool's own thread, which lives until
    :meth:`close`: on Linux a worker dies with the thread that started it, and a window
    runs each sweep in a thread of its own."""

    def __init__(self):
        self._idle: list[_Worker] = []
        self._lent = 0  # workers a sweep holds
        self._lock = threading.Lock()
        self._requests: queue.SimpleQueue = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._starter, name="dlviz-sweep-pool", daemon=True)
        self._thread.start()

    def _starter(self) -> None:
        while True:
            req = self._requests.get()
            if req is None:
                return
            if req[0] == "reap":  # killed workers of a close that did not wait: their exit read here
                _stop_workers(req[1])
                continue
            _, events, n, reply = req
            try:
                reply.put([_Worker(events) for _ in range(n)])
            except BaseException as e:  # noqa: BLE001 - handed to the sweep that asked
                reply.put(e)

    @property
    def pids(self) -> list[int]:
        """The idle workers' process ids."""
        with self._lock:
            return [w.pid for w in self._idle]

    def take(self, events: queue.SimpleQueue, n: int) -> list[_Worker]:
        """``n`` workers for a sweep, their messages to ``events``: idle ones that are still
        alive first, then new ones."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the sweep pool is closed")
            alive, gone = [], []
            for w in self._idle:  # (one look each: a worker that ends meanwhile is in one list only)
                (alive if w.popen.poll() is None else gone).append(w)
            taken, self._idle = alive[:n], alive[n:]
            self._lent += n
        _stop_workers(gone)
        now = time.monotonic()
        for w in taken:
            w.events, w.heard, w.cell = events, now, None
        if len(taken) < n:
            reply: queue.SimpleQueue = queue.SimpleQueue()
            self._requests.put(("start", events, n - len(taken), reply))
            new = reply.get()
            if isinstance(new, BaseException):
                self.discard(taken, n)
                raise new
            taken += new
        return taken

    def give_back(self, workers: list[_Worker]) -> None:
        """Idle workers, kept for the next sweep (or stopped, if the pool is closed)."""
        for w in workers:
            w.events = _Drop
        with self._lock:
            closed = self._closed
            if not closed:
                self._idle += workers
                self._lent -= len(workers)
        if closed:
            self.discard(workers)

    def discard(self, workers: list[_Worker], lent: int | None = None) -> None:
        """Stop workers a sweep held (a cancel, a failure); the pool starts new ones next time."""
        _stop_workers(workers)
        with self._lock:
            self._lent -= len(workers) if lent is None else lent
            last = self._closed and self._lent == 0
        if last:
            self._requests.put(None)  # the pool's thread ends after the last lent worker

    def close(self, wait: bool = True) -> None:
        """Stop every idle worker and the pool's thread: within a second, or (``wait``
        False: a window's GUI thread, which never waits) at once, by SIGKILL, the
        processes reaped later. Workers lent to a sweep are stopped when it ends."""
        with self._lock:
            self._closed, idle, self._idle = True, self._idle, []
        if wait:
            _stop_workers(idle)
        else:
            for w in idle:
                try:
                    w.popen.stdin.close()
                    w.popen.kill()
                except (OSError, ValueError):
                    pass
            self._requests.put(("reap", idle))
        with self._lock:
            lent = self._lent
        if not lent:  # else after the sweep that holds them (on Linux they die with this thread)
            self._requests.put(None)
            if wait:
                self._thread.join(5.0)

    def __enter__(self) -> "SweepPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _stop_workers(pool: list[_Worker]) -> None:
    """End every worker: its stdin closes (it leaves at once); SIGKILL for those
    still there after ``GRACE`` seconds (a stopped one among them)."""
    for w in pool:
        try:
            w.popen.stdin.close()
        except (OSError, ValueError):
            pass
    deadline = time.monotonic() + GRACE
    for w in pool:
        try:
            w.popen.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
    for w in pool:
        if w.popen.poll() is None:
            try:
                w.popen.kill()
            except OSError:
                pass
    for w in pool:
        try:
            w.popen.wait(5.0)
        except subprocess.TimeoutExpired:
            pass
        w.reader.join(1.0)  # it ends at the end of the worker's stdout
