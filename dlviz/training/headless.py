"""Headless runs: what ``dlviz train``, ``dlviz lr-find`` and ``dlviz sweep`` do,
without a window. Qt-free.

The command line (:mod:`dlviz.cli`) parses and checks its arguments, calls these
and prints what they return; the pictures of ``--export`` are drawn by
:mod:`dlviz.ui.export` from what :class:`.recorder.Recorder` recorded. Everything
trains as the training process does: with one BLAS thread
(:func:`blas_limited`), the engine's matrices being a few dozen rows.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from dataclasses import dataclass
from typing import Callable, Iterator

from ..config import Config
from ..data import Dataset
from . import session as _session
from .compare import variants
from .recorder import Recorder
from .trainer import Trainer

Runs = list  # of (label, Trainer)


def blas_limited():
    """A context in which BLAS uses one thread (the training process's own setting)."""
    return _session.limit_blas_threads()  # looked up when called: tests replace it


def new_runs(config: Config, dataset: Dataset | None = None, compare: dict | None = None) -> Runs:
    """(label, Trainer) of one run of ``config``, or of each run of a comparison
    (``compare``: key -> values, as :func:`.compare.parse_specs` gives)."""
    if not compare:
        return [("run", Trainer(config, dataset=dataset))]
    return [(label, Trainer(c, dataset=dataset)) for label, c in variants(config, compare)]


@dataclass
class LessonRuns:
    """A lesson's run(s), the window state that opens them as the lesson's comparison
    (None: a single run), ``check()``: its expectations checked on the runs, and
    ``measure()``: its ``measure`` items on the runs (:func:`.lessons.measure`)."""

    runs: Runs
    window: dict | None
    check: Callable[[], list]
    measure: Callable[[], list] = list


def lesson_runs(lesson) -> LessonRuns:
    """The runs of a :class:`.lessons.Lesson`, with the lesson's own settings."""
    from .lessons import check_expectations, measure

    runs = [(label, Trainer(c)) for label, c in lesson.runs()]
    window = None
    if lesson.compare:  # a saved file opens as the lesson's comparison
        window = {"compare": {k: list(v) for k, v in lesson.compare.items()}, "base": lesson.config.to_dict()}
    return LessonRuns(runs, window, lambda: check_expectations(lesson, runs), lambda: measure(lesson, runs))


def resumed_runs(path: str, more_epochs: int) -> tuple[Runs, dict]:
    """The runs of an experiment file, each given ``more_epochs`` more epochs, and
    the window state saved with them."""
    from .experiment import load_experiment

    exp = load_experiment(path)
    runs = []
    for saved in exp.runs:
        t = saved.trainer
        t.apply_live(t.config.replace(epochs=t.epoch + more_epochs))
        runs.append((saved.label, t))
    return runs, exp.window


def run_to_end(trainer: Trainer, after_epoch: Callable[[], None] | None = None, timeline=None) -> None:
    """Train to the epoch budget (or divergence), calling ``after_epoch()`` after each epoch.
    ``timeline`` (a :class:`.replay.Timeline`): it records the weights every ``stride`` steps."""
    while not (trainer.finished or trainer.diverged):
        if timeline is None:
            trainer.run_epoch()
        else:
            epoch = trainer.epoch
            while trainer.epoch == epoch and not (trainer.finished or trainer.diverged):
                if not trainer.run(min(timeline.stride, trainer.steps_left_in_epoch)):
                    break
                timeline.take()
        if after_epoch is not None:
            after_epoch()
    if timeline is not None:
        timeline.take(force=True)


def animation_timeline(trainer: Trainer, frames: int):
    """A :class:`.replay.Timeline` for a headless run of ``trainer`` (to its epoch budget)
    that keeps at least ``frames`` + 1 evenly spread snapshots."""
    from .replay import MAX_SNAPSHOTS, Timeline

    total = max(1, (trainer.config.epochs - trainer.epoch) * trainer.steps_per_epoch)
    return Timeline(trainer, cap=max(MAX_SNAPSHOTS, 2 * frames + 2), stride=max(1, total // max(1, frames)))


def train(trainer: Trainer, record: bool = False,
          after_epoch: Callable[[], None] | None = None, timeline=None) -> tuple[dict, Recorder | None]:
    """Train one run to its end: (its ``summary()``, the :class:`Recorder` that
    watched it if ``record``, for the pictures of the diagnostics over time).
    ``timeline``: records the weights for an animation (see :func:`run_to_end`)."""
    recorder = Recorder(trainer) if record else None

    def epoch_done():
        if recorder is not None:
            recorder.epoch_done()
        if after_epoch is not None:
            after_epoch()

    run_to_end(trainer, epoch_done, timeline)
    return trainer.summary(), recorder


def train_runs(runs: Runs, on_result: Callable[[dict], None] | None = None) -> list[dict]:
    """Train every run of a comparison to its end, one after the other; each
    result is ``{"label", "config", **summary}``, given to ``on_result`` as it comes."""
    results = []
    for label, trainer in runs:
        run_to_end(trainer)
        result = {"label": label, "config": trainer.config.to_dict(), **trainer.summary()}
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def save_runs(path: str, runs: Runs, window: dict | None = None) -> None:
    """Every run into one experiment file (``window``: the state the window opens it with)."""
    from .experiment import SavedRun, save

    save(path, [SavedRun(label, t) for label, t in runs], window=window)


def write_history(path: str, histories) -> None:
    """The CSV of every run's history: ``histories`` is (label or None, History)."""
    from . import history_csv

    history_csv.write(path, histories)


def lr_find(config: Config, dataset: Dataset | None = None):
    """The learning-rate range test of ``config`` (:func:`.lr_finder.find_lr`)."""
    from .lr_finder import find_lr

    with blas_limited():
        return find_lr(config, dataset=dataset)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[list[str]]:
    """Within it, SIGINT and SIGTERM are not fatal: their names are appended to the
    list it gives (a sweep polls it and stops its workers). The old handlers come
    back at the end. Outside the main thread no handler can be set: a no-op."""
    stopped: list[str] = []
    handlers = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            handlers[sig] = signal.getsignal(sig)
            signal.signal(sig, lambda signum, _frame: stopped.append(signal.Signals(signum).name))
    try:
        yield stopped
    finally:
        for sig, handler in handlers.items():
            if handler is not None:
                signal.signal(sig, handler)
