"""Command line: ``dlviz`` opens the window; ``dlviz train ...`` trains headless.

One argparse for both. Every hyperparameter flag is generated from the Config
keys (``batch_size`` -> ``--batch-size``), their choices and the options'
flags from the registries, so a new activation or optimizer (with its options)
shows up here by itself.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .common.numbers import sig3
from .config import REGISTRIES, Config, ConfigError, config_keys, options
from .data import FEATURES, DataError, Dataset, load_csv
from .training.compare import parse_specs, variants

#: Headless runs need a budget; the window's default (0) means "until paused".
#: With the default settings this is enough for >= 90 % validation accuracy in
#: well under a second.
CLI_DEFAULT_EPOCHS = 100

_HELP = {
    "samples": "number of points",
    "noise": "label noise / spread, 0 to 1",
    "classes": "classes for spiral and blobs, 2 to 8",
    "val_fraction": "share of points held out for validation, 0 to 0.9",
    "features": "input features, comma-separated: " + ", ".join(FEATURES),
    "csv": "train on a CSV file with columns x1,x2,label instead of a toy dataset",
    "hidden": 'hidden layer widths, e.g. 32,32 ("" or 0: no hidden layer)',
    "dropout": "probability of dropping a hidden unit while training, 0 to 0.9",
    "lr": "learning rate",
    "batch_size": "mini-batch size",
    "epochs": f"epochs to train (default {CLI_DEFAULT_EPOCHS})",
    "weight_decay": "L2 weight decay (decoupled for adamw)",
    "l1": "L1 penalty on the weights",
    "seed": "random seed: same seed and settings, same run",
}


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line and exits 2."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def flag(key: str) -> str:
    """The CLI flag of a Config key: ``batch_size`` -> ``--batch-size``."""
    return "--" + key.replace("_", "-")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dlviz", description="Train a small neural network on 2-D data and watch it learn.")
    parser.add_argument("--version", action="version", version=f"dlviz {__version__}")
    parser.add_argument("--screenshot", metavar="FILE", help="open the window offscreen, train, save a PNG and exit")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--train-seconds", type=float, default=2.0, metavar="N",
                      help="with --screenshot: seconds to train first (default 2)")
    when.add_argument("--train-epochs", type=int, metavar="N",
                      help="with --screenshot: train exactly N epochs first, the same picture on every machine")
    parser.add_argument("--size", default="1920x1080", metavar="WxH", help="with --screenshot: window size")
    parser.add_argument("--compare", action="append", default=[], metavar="KEY=V1,V2",
                        help="open the window comparing 2 to 4 values of KEY (twice for two keys)")
    parser.add_argument("--config", dest="window_config", metavar="FILE",
                        help="open the window with the settings of a JSON file (the same keys as dlviz train)")
    parser.add_argument("--open", dest="open_file", metavar="FILE",
                        help="open the window with the runs, pinned runs and views of an experiment file (.dlviz)")
    parser.add_argument("--lesson", dest="window_lesson", metavar="ID",
                        help="open the window with a lesson (dlviz lessons lists them; or a lesson file .json)")
    # dlviz.ui.i18n.LANGUAGES (not imported: the headless commands need no Qt; a test keeps them equal)
    parser.add_argument("--lang", choices=("en", "ko"),
                        help="the window's language (default: the one chosen in View > Language, else the system's)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    train = sub.add_parser("train", help="train headless and print the results")
    add_config_flags(train)
    train.add_argument("--json", action="store_true", help="print one JSON object with the results as the last line")
    train.add_argument("--export", metavar="DIR", help="write the plots as PNG files into DIR after training")
    train.add_argument("--history", metavar="FILE", help="write the per-epoch history as CSV into FILE")
    train.add_argument("--save", metavar="FILE", help="save the run(s) into an experiment file (.dlviz) at the end")
    train.add_argument("--resume", metavar="FILE", help="continue the run(s) of an experiment file for --epochs more")
    train.add_argument("--compare", action="append", metavar="KEY=V1,V2", default=[],
                       help="train one run per value (2 to 4) with everything else equal, the same seed "
                            "included; twice for a grid of two keys")
    train.add_argument("--lesson", metavar="ID",
                       help="train a lesson's run(s) with its settings and check its expectations (exit 1 if one "
                            "does not hold); ID is a bundled lesson (dlviz lessons) or a lesson file .json")
    lessons = sub.add_parser("lessons", help="list the lessons in course order")
    lessons.add_argument("--json", action="store_true",
                         help='print [{"id", "tags", "title": {"en", "ko"}}] as one JSON line')
    _add_lab_parsers(sub)
    return parser


def add_config_flags(p: argparse.ArgumentParser) -> None:
    """Every Config key's flag on ``p`` (as ``dlviz train`` has them), with
    --hidden-layers, --neurons and --config FILE."""
    opts = options()
    for key in config_keys():
        if key == "option_values":
            continue
        # Values stay strings here; Config validates and converts them with
        # messages that name the key, the same as for a JSON file.
        if key in REGISTRIES:
            help_text = f"{key}: " + ", ".join(REGISTRIES[key])
        elif key in opts:
            o = opts[key]
            help_text = f"{o.doc} ({o.lo:g} to {o.hi:g}, default {o.default:g})"
        else:
            help_text = _HELP.get(key)
        p.add_argument(flag(key), dest=key, metavar=key.upper(), help=help_text)
    p.add_argument("--hidden-layers", dest="hidden_layers", metavar="N", help="number of hidden layers (with --neurons)")
    p.add_argument("--neurons", dest="neurons", metavar="N", help="units per hidden layer (with --hidden-layers)")
    p.add_argument("--config", metavar="FILE", help="read settings from a JSON file; flags override it")


def config_from_args(args: argparse.Namespace) -> Config:
    """The Config that the flags (over an optional JSON file) describe."""
    base: dict = {"epochs": CLI_DEFAULT_EPOCHS}
    if args.config:
        base.update(_read_config_file(args.config, None))
    keys = set(config_keys()) | {"hidden_layers", "neurons"}
    given = {k: v for k, v in vars(args).items() if k in keys and v is not None}
    if "hidden" in given:  # an explicit list wins over layers x units
        base.pop("hidden_layers", None)
        base.pop("neurons", None)
    config = Config.from_dict(base | given)
    if config.epochs < 1:
        raise ConfigError("epochs must be at least 1 for a headless run")
    return config


def dataset_of(config: Config) -> Dataset | None:
    """The CSV file a config names, loaded now (a DataError names the file and the
    line); None for a generated dataset. The run keeps this copy in memory."""
    return load_csv(config.csv) if config.csv else None


def unwritable(target: str, folder: bool) -> str:
    """Why ``target`` (a folder to fill, else a file to write) cannot be written,
    or "" if it can. Checked before any work, so no result is lost at the end."""
    path = Path(target)
    if folder:
        if path.exists() and not path.is_dir():
            return f"{target}: {os.strerror(errno.ENOTDIR)}"
        parent = path
        while not parent.exists():  # the folder is made: its nearest existing ancestor must take it
            parent = parent.parent
    else:
        if path.is_dir():
            return f"{target}: {os.strerror(errno.EISDIR)}"
        parent = path.parent
        if not parent.is_dir():
            return f"{target}: the folder {str(parent)!r} does not exist"
    if not parent.is_dir():
        return f"{target}: {parent} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{target}: {os.strerror(errno.EACCES)} (cannot write in {parent})"
    return ""


def _read_config_file(path: str, as_config):
    """The JSON object in ``path``: as a dict (``as_config`` None) or as a Config
    built over ``as_config``'s keys. Every problem is a ConfigError naming the file."""
    try:
        with open(path, encoding="utf-8") as fh:
            loaded = json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ConfigError(f"cannot read config file {path}: {e}") from None
    if not isinstance(loaded, dict):
        raise ConfigError(f"config file {path} must hold a JSON object")
    if as_config is None:
        return loaded
    return Config.from_dict({**as_config, **loaded})


def _fmt(x: float | None) -> str:
    return sig3(x, missing="-")


def run_train(args: argparse.Namespace) -> int:
    from .training.session import limit_blas_threads

    try:
        for target, what, folder in ((args.export, "export", True), (args.history, "write the history", False),
                                     (args.save, "save", False)):
            problem = unwritable(target, folder=folder) if target else ""
            if problem:
                raise ConfigError(f"cannot {what}: {problem}")
        if args.lesson:
            runs = _lesson_runs(args)
        else:
            runs = _resumed_runs(args) if args.resume else _new_runs(args)
    except (ConfigError, DataError, ValueError) as e:  # (a LessonError is a ValueError)
        print(f"dlviz train: error: {e}", file=sys.stderr)
        return 2
    with limit_blas_threads():  # as in the training process: small matrices, one thread
        if len(runs) > 1 or args.compare:
            code = _compare(args, runs)
        else:
            code = _train(args, runs[0][1].config, runs[0][1])
    return _lesson_verdict(args, code)


def find_lesson_arg(arg: str):
    """The lesson ``--lesson`` names: a bundled one by id, or a lesson file (a path ending in .json)."""
    from .training.lessons import find_lesson, load_lesson

    return load_lesson(arg) if arg.endswith(".json") and Path(arg).is_file() else find_lesson(arg)


def _lesson_runs(args: argparse.Namespace) -> list:
    """(label, Trainer) of the lesson's run(s); the lesson's settings are the run's: no other flag sets them."""
    from .training.lessons import check_expectations
    from .training.trainer import Trainer

    keys = set(config_keys()) | {"hidden_layers", "neurons"}
    other = sorted(flag(k) for k, v in vars(args).items() if k in keys and v is not None)
    other += [f for f, v in (("--config", args.config), ("--compare", args.compare), ("--resume", args.resume)) if v]
    if other:
        raise ConfigError(f"--lesson trains with the lesson's own settings: {', '.join(other)} cannot go with it")
    lesson = find_lesson_arg(args.lesson)
    runs = [(label, Trainer(c)) for label, c in lesson.runs()]
    if lesson.compare:  # --save: the window opens the file as the lesson's comparison
        args.window_state = {"compare": {k: list(v) for k, v in lesson.compare.items()},
                             "base": lesson.config.to_dict()}
    # Checked after the training, added to the JSON (see _json_extra) and judged by _lesson_verdict.
    args.lesson_check = lambda: check_expectations(lesson, runs)
    args.lesson_id = lesson.id
    return runs


def _json_extra(args: argparse.Namespace) -> dict:
    """What ``--lesson`` adds to the JSON: the lesson's id and its expectations checked on the runs."""
    if getattr(args, "lesson_check", None) is None:
        return {}
    if getattr(args, "lesson_results", None) is None:
        args.lesson_results = args.lesson_check()
    return {"lesson": args.lesson_id, "expectations": [
        {"text": e["text"], "holds": e["holds"], "value": e["value"], "against": e["against"]}
        for e in args.lesson_results]}


def _lesson_verdict(args: argparse.Namespace, code: int) -> int:
    """With ``--lesson``: each expectation on its own line (without --json), and exit 1 if one does not hold."""
    if getattr(args, "lesson_check", None) is None or code == 2:
        return code
    results = _json_extra(args)["expectations"]
    if not args.json:
        _print_utf8("\n".join(f"{'✓' if e['holds'] else '✗'} {e['text']['en']}" for e in results))
    failed = [e for e in results if not e["holds"]]
    if failed:
        print(f"dlviz train: {len(failed)} of the {len(results)} expectations of lesson {args.lesson_id} do not "
              "hold", file=sys.stderr)
        return code or 1
    return code


def _print_utf8(text: str) -> None:
    """Print ``text`` encoded as UTF-8 whatever the locale (Hangul on a C-locale terminal or a pipe)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # (a test's captured stdout)
        print(text, flush=True)
        return
    sys.stdout.flush()
    buffer.write((text + "\n").encode("utf-8"))
    buffer.flush()


def run_lessons(args: argparse.Namespace) -> int:
    """``dlviz lessons [--json]``: the lessons in course order."""
    from .training.lessons import LessonError, lessons_index

    try:
        index = lessons_index()
    except LessonError as e:
        print(f"dlviz lessons: error: {e}", file=sys.stderr)
        return 2
    if args.json:
        _print_utf8(json.dumps(index, ensure_ascii=False))
        return 0
    width = max(len(item["id"]) for item in index)
    _print_utf8("\n".join(f"{i:2d}. {item['id']:<{width}}  {item['title']['en']}  ({', '.join(item['tags'])})"
                          for i, item in enumerate(index, 1)))
    return 0


def _new_runs(args: argparse.Namespace) -> list:
    """(label, Trainer) of each run the flags ask for; every config is checked first."""
    from .training.trainer import Trainer

    config = config_from_args(args)
    dataset = dataset_of(config)
    if not args.compare:
        return [("run", Trainer(config, dataset=dataset))]
    return [(label, Trainer(c, dataset=dataset)) for label, c in variants(config, parse_specs(args.compare))]


def _resumed_runs(args: argparse.Namespace) -> list:
    """The runs of ``--resume FILE``, each given ``--epochs`` more epochs (default 100)."""
    from .training.experiment import load_experiment

    keys = set(config_keys()) | {"hidden_layers", "neurons"}
    other = sorted(k for k, v in vars(args).items() if k in keys - {"epochs"} and v is not None)
    if other or args.config or args.compare:
        raise ConfigError("--resume continues a saved run as it was: only --epochs, --json, --history, --save and "
                          f"--export go with it (got {', '.join(flag(k) for k in other) or '--config/--compare'})")
    more = Config.from_dict({"epochs": args.epochs if args.epochs is not None else CLI_DEFAULT_EPOCHS}).epochs
    if more < 1:
        raise ConfigError("epochs must be at least 1 for a headless run")
    runs = []
    exp = load_experiment(args.resume)
    args.window_state = exp.window
    for saved in exp.runs:
        t = saved.trainer
        t.apply_live(t.config.replace(epochs=t.epoch + more))
        runs.append((saved.label, t))
    return runs


def _save(args: argparse.Namespace, runs) -> int:
    """``--save FILE``: every run into one experiment file."""
    from .training.experiment import SavedRun, save

    # As the window saves it: the comparison's keys and base settings, so that the
    # window opens it as the same comparison (a resumed file keeps its own).
    window = getattr(args, "window_state", None)
    if window is None and args.compare:
        window = {"compare": {k: list(v) for k, v in parse_specs(args.compare).items()},
                  "base": config_from_args(args).to_dict()}
    return _write_out(args, args.save, "save",
                      lambda: save(args.save, [SavedRun(label, t) for label, t in runs], window=window))


def _write_out(args: argparse.Namespace, target: str | None, what: str, write) -> int:
    """Run ``write()`` for a requested output file; 2 with one line if it cannot be written."""
    if not target:
        return 0
    try:
        write()
    except OSError as e:
        print(f"dlviz train: error: cannot {what}: {target}: {e.strerror or e}", file=sys.stderr)
        return 2
    if not args.json:
        print(f"wrote {target}")
    return 0


def _run_to_end(trainer, after_epoch=None) -> None:
    while not (trainer.finished or trainer.diverged):
        trainer.run_epoch()
        if after_epoch is not None:
            after_epoch()


def _compare(args: argparse.Namespace, runs) -> int:
    """Train every run of a comparison; one line each, or one JSON object ``{"runs": [...]}``."""
    results = []
    for label, trainer in runs:
        _run_to_end(trainer)
        s = trainer.summary()
        results.append({"label": label, "config": trainer.config.to_dict(), **s})
        if not args.json:
            val = f", val accuracy {100 * s['val_accuracy']:.1f}%" if s["val_accuracy"] is not None else ""
            ended = f"diverged at step {s['diverged_at_step']}" if s["diverged"] else f"{s['epochs']} epochs"
            print(f"{label}: {ended}, train loss {_fmt(s['train_loss'])}, "
                  f"accuracy {100 * s['train_accuracy']:.1f}%{val}", flush=True)
    failure = None
    if args.export:
        from .ui.export import ExportError, export_comparison

        try:
            paths = export_comparison(runs, args.export)
        except ExportError as e:  # the results still count: print them, then say what failed
            paths, failure = e.written, e
        if not args.json:
            for p in paths:
                print(f"wrote {p}")
    if args.json:
        print(json.dumps({"runs": results, **({"exported": [str(p) for p in paths]} if args.export else {}),
                          **_json_extra(args)}))
    if failure is not None:
        print(f"dlviz train: error: {failure}", file=sys.stderr)
        return 2
    return _write_history(args, [(label, t.history) for label, t in runs]) or _save(args, runs)


def _write_history(args: argparse.Namespace, histories) -> int:
    """``--history FILE``: the CSV of every run."""
    from .training import history_csv

    return _write_out(args, args.history, "write the history", lambda: history_csv.write(args.history, histories))


def _train(args: argparse.Namespace, config: Config, trainer) -> int:
    quiet = args.json
    every = max(1, config.epochs // 10)
    recorder = None
    if args.export:
        from .ui.export import Recorder  # Qt-free; Qt loads only for the drawing at the end

        recorder = Recorder(trainer)
    def after_epoch():
        if recorder is not None:
            recorder.epoch_done()
        if not quiet and (trainer.epoch % every == 0 or trainer.finished) and trainer.history.epochs:
            h = trainer.history
            i = h.epochs - 1
            print(
                f"epoch {trainer.epoch}/{config.epochs}  loss {_fmt(h.train_loss.view()[i])}  "
                f"acc {100 * h.train_acc.view()[i]:.1f}%  val_loss {_fmt(h.val_loss.view()[i])}  "
                f"lr {_fmt(h.lr.view()[i])}",
                flush=True,
            )

    _run_to_end(trainer, after_epoch)
    summary = trainer.summary()
    if args.export:
        from .ui.export import ExportError, export_headless

        try:
            paths, failure = export_headless(trainer, args.export, recorder=recorder), None
        except ExportError as e:  # the results still count: print them, then say what failed
            paths, failure = e.written, e
        summary["exported"] = [str(p) for p in paths]
    if quiet:
        print(json.dumps({**summary, **_json_extra(args)}))
    else:
        if trainer.diverged:
            print(f"diverged at step {trainer.diverged_at_step}: the loss blew up (try a smaller lr)")
        acc = summary["train_accuracy"]
        print(
            f"done: {summary['epochs']} epochs, {summary['steps']} steps in {summary['seconds']:.2f} s "
            f"({summary['steps_per_second'] or 0:,.0f} steps/s); train loss {_fmt(summary['train_loss'])}, "
            f"accuracy {100 * acc:.1f}%; val loss {_fmt(summary['val_loss'])}"
            + (f", accuracy {100 * summary['val_accuracy']:.1f}%" if summary["val_accuracy"] is not None else "")
        )
        for p in summary.get("exported", []):
            print(f"wrote {p}")
    if args.export and failure is not None:
        print(f"dlviz train: error: {failure}", file=sys.stderr)
        return 2
    return _write_history(args, [(None, trainer.history)]) or _save(args, [("run", trainer)])


# -- the learning-rate and optimizer lab: dlviz lr-find, paths, sweep ------------------------

_LAB_JSON = "print one JSON object with the results as the last line"


def _add_lab_parsers(sub) -> None:
    from .engine.optimizers import OPTIMIZERS
    from .engine.surfaces import SURFACES

    lr_find = sub.add_parser("lr-find", help="the learning-rate range test from fresh weights: suggests an lr")
    add_config_flags(lr_find)
    lr_find.add_argument("--json", action="store_true", help=_LAB_JSON)
    paths = sub.add_parser("paths", help="optimizer paths on a 2-D test function")
    # argparse takes "-1.5,2" for a flag: let a comma list of numbers be a value.
    paths._negative_number_matcher = re.compile(r"^-\.?\d[\d.eE+-]*(,\s*-?\.?\d[\d.eE+-]*)*$")
    paths.add_argument("--surface", default="rosenbrock", help="the function: " + ", ".join(SURFACES))
    paths.add_argument("--start", metavar="X,Y", help="where every path starts (default: the surface's)")
    paths.add_argument("--optimizers", default="sgd,momentum,adam", metavar="NAMES",
                       help="comma-separated: " + ", ".join(OPTIMIZERS))
    paths.add_argument("--lr", metavar="LR[,LR...]",
                       help="one learning rate for every optimizer, or one each (default: the surface's)")
    paths.add_argument("--steps", default="500", metavar="N", help="steps per path (default 500)")
    paths.add_argument("--weight-decay", dest="weight_decay", default="0", metavar="WEIGHT_DECAY",
                       help="L2 weight decay (decoupled for adamw)")
    for o in OPTIMIZERS.options():
        paths.add_argument(flag(o.key), dest=o.key, metavar=o.key.upper(),
                           help=f"{o.doc} ({o.lo:g} to {o.hi:g}, default {o.default:g})")
    paths.add_argument("--json", action="store_true", help=_LAB_JSON)
    paths.add_argument("--export", metavar="DIR", help="write the picture of the paths on the surface (PNG) into DIR")
    sweep = sub.add_parser("sweep", help="train a grid over one or two keys in parallel, every cell from the same seed")
    add_config_flags(sweep)
    sweep.add_argument("--grid", action="append", default=[], metavar="KEY=V1,V2,...",
                       help="2 to 8 values of KEY; twice for a grid of two keys")
    sweep.add_argument("--workers", metavar="N", help="worker processes (default: every core)")
    sweep.add_argument("--json", action="store_true", help=_LAB_JSON)


def _lab_error(command: str, e: Exception) -> int:
    print(f"dlviz {command}: error: {e}", file=sys.stderr)
    return 2


def run_lr_find(args: argparse.Namespace) -> int:
    from .training.lr_finder import find_lr
    from .training.session import limit_blas_threads

    try:
        config = config_from_args(args)
        dataset = dataset_of(config)
    except (ConfigError, DataError, ValueError) as e:
        return _lab_error("lr-find", e)
    with limit_blas_threads():
        r = find_lr(config, dataset=dataset)
    if args.json:
        print(json.dumps(r.to_json()))
        return 0
    ended = "the loss passed 4x its minimum" if r.stopped_early else "the planned range"
    print(f"{len(r.lr)} steps, lr {_fmt(r.lr[0])} to {_fmt(r.lr[-1])} ({ended})")
    for band, (lo, hi) in r.bands.items():
        print(f"{band:9s} lr {_fmt(lo)} to {_fmt(hi)}")
    print(f"suggested lr: {_fmt(r.suggested_lr)} (steepest fall of the smoothed loss)")
    return 0


def _numbers(text: str, what: str) -> list[float]:
    from .common.numbers import finite_number

    return [finite_number(what, v.strip()) for v in text.split(",")]


def run_paths(args: argparse.Namespace) -> int:
    from .engine.optimizers import OPTIMIZERS
    from .engine.surfaces import get_surface
    from .training.paths import MAX_STEPS, PathSpec, compute_paths

    try:
        problem = unwritable(args.export, folder=True) if args.export else ""
        if problem:
            raise ValueError(f"cannot export: {problem}")
        surface = get_surface(args.surface)
        start = None
        if args.start is not None:
            start = _numbers(args.start, "--start")
            if len(start) != 2:
                raise ValueError(f"--start must be X,Y (two numbers), got {args.start!r}")
        names = [n.strip() for n in args.optimizers.split(",")]
        for n in names:
            OPTIMIZERS.get_entry(n)
        lrs = [surface.lr] * len(names) if args.lr is None else _numbers(args.lr, "--lr")
        if len(lrs) == 1:
            lrs *= len(names)
        if len(lrs) != len(names):
            raise ValueError(f"--lr: give one learning rate or one per optimizer ({len(names)}), got {len(lrs)}")
        if any(lr <= 0 for lr in lrs):
            raise ValueError(f"--lr: learning rates must be positive, got {args.lr}")
        try:
            steps = int(args.steps)
        except ValueError:
            raise ValueError(f"--steps must be a whole number, got {args.steps!r}") from None
        if not 1 <= steps <= MAX_STEPS:
            raise ValueError(f"--steps must be 1 to {MAX_STEPS:,}, got {steps}")
        wd = _numbers(args.weight_decay, "--weight-decay")[0]
        options = {o.key: o.check(getattr(args, o.key)) for o in OPTIMIZERS.options() if getattr(args, o.key) is not None}
        specs = [PathSpec(n, lr, wd, options) for n, lr in zip(names, lrs)]
        paths = compute_paths(surface, None if start is None else tuple(start), specs, steps)
    except ValueError as e:
        return _lab_error("paths", e)
    first = next(iter(paths.values())).points[0].tolist()
    exported, failure = [], None
    if args.export:
        from .ui.export import ExportError
        from .ui.lab.paths import export_paths

        try:
            exported = export_paths(surface, paths, specs, args.export)
        except ExportError as e:  # the paths still count: print them, then say what failed
            exported, failure = e.written, e
    if args.json:
        print(json.dumps({
            "surface": surface.name, "formula": surface.formula, "start": first, "steps": steps,
            "paths": {n: p.points.tolist() for n, p in paths.items()},
            "lr": {n: p.lr for n, p in paths.items()},
            "final_loss": {n: float(p.loss[-1]) for n, p in paths.items()},
            "diverged_at": {n: p.diverged_at for n, p in paths.items()},
            **({"exported": [str(p) for p in exported]} if args.export else {}),
        }))
        return _lab_error("paths", failure) if failure is not None else 0
    print(f"{surface.label}, {surface.formula}, from ({_fmt(first[0])}, {_fmt(first[1])}):")
    for n, p in paths.items():
        x, y = p.points[-1]
        where = f"ended at ({_fmt(x)}, {_fmt(y)}), f = {_fmt(p.loss[-1])}"
        if p.diverged_at is not None:
            where = f"diverged at step {p.diverged_at} (last at ({_fmt(x)}, {_fmt(y)}))"
        print(f"{n} (lr {_fmt(p.lr)}): {where}")
    for p in exported:
        print(f"wrote {p}")
    return _lab_error("paths", failure) if failure is not None else 0


def run_sweep(args: argparse.Namespace) -> int:
    from .training import sweep

    try:
        if not args.grid:
            raise ConfigError("give --grid KEY=V1,V2,... once or twice")
        axes = sweep.parse_grid(args.grid)
        workers = None
        if args.workers is not None:
            try:
                workers = int(args.workers)
            except ValueError:
                raise ConfigError(f"--workers must be a whole number, got {args.workers!r}") from None
            if workers < 1:
                raise ConfigError(f"--workers must be at least 1, got {workers}")
        config = config_from_args(args)
        sweep.cells(config, axes)  # every cell checked before anything starts
        dataset = dataset_of(config)
        result = sweep.run_sweep(config, axes, dataset=dataset, workers=workers)
    except (ConfigError, DataError, ValueError) as e:
        return _lab_error("sweep", e)
    if args.json:
        print(json.dumps(result.to_json()))
        return 0
    for s in result.cells:
        val = f", val accuracy {100 * s['val_accuracy']:.1f}%" if s["val_accuracy"] is not None else ""
        ended = f"diverged at step {s['diverged_at_step']}" if s["diverged"] else f"{s['epochs']} epochs"
        print(f"{s['label']}: {ended}, train loss {_fmt(s['train_loss'])}, "
              f"accuracy {100 * s['train_accuracy']:.1f}%{val}")
    print(f"{len(result.cells)} cells in {result.seconds:.1f} s")
    return 0


def no_display() -> bool:
    """On Linux and the BSDs, no X11 or Wayland display and no Qt platform chosen:
    Qt would abort with its raw xcb message."""
    if sys.platform.startswith(("win", "darwin", "cygwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _window_args(args: argparse.Namespace) -> dict:
    """What ``run_app`` needs, every part checked first; a ConfigError or DataError says what is wrong."""
    if args.train_epochs is not None and not 1 <= args.train_epochs <= 100_000:
        raise ConfigError(f"--train-epochs must be 1 to 100,000, got {args.train_epochs}")
    if args.train_epochs is not None and not args.screenshot:
        raise ConfigError("--train-epochs goes with --screenshot FILE")
    w, _, h = args.size.lower().partition("x")
    try:
        size = (int(w), int(h))
    except ValueError:
        size = (0, 0)
    if not (320 <= size[0] <= 8000 and 240 <= size[1] <= 8000):
        raise ConfigError(f"--size must look like 1920x1080 (320x240 to 8000x8000), got {args.size!r}")
    config, axes, lesson = None, {}, None
    if args.window_lesson:
        given = [f for f, v in (("--open", args.open_file), ("--config", args.window_config),
                                ("--compare", args.compare)) if v]
        if given:
            raise ConfigError(f"--lesson opens the lesson's own settings: it does not go with {', '.join(given)}")
        lesson = find_lesson_arg(args.window_lesson)  # checked now: a LessonError says what is wrong
    if args.open_file:
        from .training.experiment import load

        if args.window_config or args.compare:
            raise ConfigError("--open restores the experiment's own settings: it does not go with --config or --compare")
        load(args.open_file)  # checked now (an ExperimentError says what is wrong), read again by the window
    if args.window_config:
        raw = _read_config_file(args.window_config, None)
        axes = raw.pop("compare", {})  # a lesson file may open a comparison
        if not isinstance(axes, dict) or not all(isinstance(v, list) for v in axes.values()):
            raise ConfigError(f"{args.window_config}: compare must map keys to lists of values, "
                              'e.g. {"optimizer": ["sgd", "adam"]}')
        config = Config.from_dict(raw)
    axes = {k: [str(v) for v in vals] for k, vals in {**axes, **parse_specs(args.compare)}.items()}
    if axes:
        variants(config or Config(), axes)  # checked now, before the window opens
    if args.screenshot:
        problem = unwritable(args.screenshot, folder=False)
        if problem:
            raise ConfigError(f"cannot save the screenshot: {problem}")
    elif no_display():
        raise ConfigError("no display found (DISPLAY and WAYLAND_DISPLAY are unset). To get pictures anyway: "
                          "dlviz --screenshot out.png, dlviz train --export DIR, or QT_QPA_PLATFORM=offscreen dlviz")
    return dict(screenshot=args.screenshot, train_seconds=args.train_seconds, train_epochs=args.train_epochs,
                config=config, dataset=dataset_of(config) if config is not None else None, size=size,
                compare=axes, open_file=args.open_file, lang=args.lang, **({"lesson": lesson} if lesson else {}))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "train":
        return run_train(args)
    if args.command == "lessons":
        return run_lessons(args)
    lab = {"lr-find": run_lr_find, "paths": run_paths, "sweep": run_sweep}.get(args.command)
    if lab is not None:
        return lab(args)
    try:
        window_args = _window_args(args)
    except (ConfigError, DataError, ValueError) as e:  # (an ExperimentError is a ValueError)
        print(f"dlviz: error: {e}", file=sys.stderr)
        return 2
    try:
        from .ui.app import run_app
    except ImportError as e:  # the window needs PySide6 and pyqtgraph
        print(f"dlviz: the window is not available ({e})", file=sys.stderr)
        return 1
    return run_app(**window_args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
