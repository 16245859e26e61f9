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
from .common.messages import compiled_languages
from .common.numbers import sig3
from .config import FIELDS, Config, ConfigError, cli_epochs, schema
from .data import DataError, Dataset, load_csv
from .training.compare import parse_specs, variants

#: Headless runs need a budget; the window's default (0) means "until paused".
#: With the default settings this is enough for >= 90 % validation accuracy in
#: well under a second (declared with the key: ``cli_default`` of ``epochs``).
CLI_DEFAULT_EPOCHS = FIELDS["epochs"].cli_default


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line and exits 2."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def flag(key: str) -> str:
    """The CLI flag of a Config key: ``batch_size`` -> ``--batch-size``."""
    return "--" + key.replace("_", "-")


def named(what: str):
    """An argparse ``type`` for a flag that names a file, folder or lesson: an empty
    (or blank) value is refused in one line instead of being taken as "not given"."""
    def check(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"expected {what}, got an empty string")
        return text
    check.__name__ = what  # argparse names the type in some messages
    return check


FILE, FOLDER = named("a file name"), named("a folder name")
#: --train-seconds: at most an hour (Qt's timers stop at ~24 days; a screenshot needs far less).
MAX_TRAIN_SECONDS = 3600.0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dlviz", description="Train a small neural network on 2-D data and watch it learn.")
    parser.add_argument("--version", action="version", version=f"dlviz {__version__}")
    parser.add_argument("--screenshot", metavar="FILE", type=FILE,
                        help="open the window offscreen, train, save a PNG and exit")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--train-seconds", type=float, metavar="N",
                      help=f"with --screenshot: seconds to train first (default 2, at most {MAX_TRAIN_SECONDS:g})")
    when.add_argument("--train-epochs", type=int, metavar="N",
                      help="with --screenshot: train exactly N epochs first, the same picture on every machine")
    parser.add_argument("--size", default="1920x1080", metavar="WxH", help="with --screenshot: window size")
    parser.add_argument("--compare", action="append", default=[], metavar="KEY=V1,V2",
                        help="open the window comparing 2 to 4 values of KEY (twice for a grid of two keys, at most 9 runs: 3 x 3)")
    parser.add_argument("--config", dest="window_config", metavar="FILE", type=FILE,
                        help="open the window with the settings of a JSON file (the same keys as dlviz train)")
    parser.add_argument("--open", dest="open_file", metavar="FILE", type=FILE,
                        help="open the window with the runs, pinned runs and views of an experiment file (.dlviz)")
    parser.add_argument("--lesson", dest="window_lesson", metavar="ID", type=named("a lesson id or file"),
                        help="open the window with a lesson (dlviz lessons lists them; or a lesson file .json)")
    # dlviz.ui.i18n.LANGUAGES (not imported: the headless commands need no Qt; a test keeps them equal)
    parser.add_argument("--lang", choices=compiled_languages(),
                        help="the window's language (default: the one chosen in View > Language, else the system's)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    train = sub.add_parser("train", help="train headless and print the results")
    add_config_flags(train)
    train.add_argument("--json", action="store_true", help="print one JSON object with the results as the last line")
    train.add_argument("--export", metavar="DIR", type=FOLDER,
                       help="write the plots as PNG files into DIR after training")
    train.add_argument("--history", metavar="FILE", type=FILE, help="write the per-epoch history as CSV into FILE")
    train.add_argument("--save", metavar="FILE", type=FILE,
                       help="save the run(s) into an experiment file (.dlviz) at the end")
    train.add_argument("--animate", metavar="FILE", type=FILE,
                       help="write an animated GIF of training (the decision regions and the curves) into FILE")
    train.add_argument("--animate-frames", dest="animate_frames", metavar="N", default="100",
                       help="with --animate: frames in the GIF (2-1000, default 100)")
    train.add_argument("--animate-seconds", dest="animate_seconds", metavar="S", default="5",
                       help="with --animate: how long it plays (0.5-600 s, default 5)")
    train.add_argument("--animate-size", dest="animate_size", metavar="WxH", default="960x480",
                       help="with --animate: its size in pixels (default 960x480)")
    train.add_argument("--resume", metavar="FILE", type=FILE,
                       help="continue the run(s) of an experiment file for --epochs more")
    train.add_argument("--compare", action="append", metavar="KEY=V1,V2", default=[],
                       help="train one run per value (2 to 4) with everything else equal, the same seed "
                            "included; twice for a grid of two keys (at most 9 runs: 3 x 3)")
    train.add_argument("--lesson", metavar="ID", type=named("a lesson id or file"),
                       help="train a lesson's run(s) with its settings and check its expectations (exit 1 if one "
                            "does not hold); ID is a bundled lesson (dlviz lessons) or a lesson file .json; "
                            "--seed and --noise may change its seed and noise")
    lessons = sub.add_parser("lessons", help="list the lessons in course order, or check them on several seeds")
    lessons.add_argument("--json", action="store_true",
                         help='print [{"id", "tags", "title": {"en", "ko"}}] as one JSON line (with --check: '
                              "one JSON line per run)")
    lessons.add_argument("--check", action="store_true",
                         help="train every lesson on each seed and noise factor and print a table of its "
                              "expectations (exit 1 if one does not hold)")
    lessons.add_argument("--seeds", metavar="N-M", default="0-3", help="with --check: the seeds (default 0-3; "
                                                                      "or a list: 0,2,5)")
    lessons.add_argument("--noise-scales", metavar="F,F", default=None,
                         help="with --check: factors of each lesson's noise (default: the ones the lesson allows, "
                              "0.5,1,1.5 unless it says otherwise)")
    lessons.add_argument("--only", metavar="ID,ID", default=None, help="with --check: only these lessons")
    _add_lab_parsers(sub)
    _add_backprop_parser(sub)
    warmup = sub.add_parser("warmup", help="compile the fast engine now (cached on disk), so that later starts are "
                                           "warm")
    warmup.add_argument("--json", action="store_true", help="print one JSON object with the results as the last line")
    return parser


def run_warmup(args: argparse.Namespace) -> int:
    """``dlviz warmup``: compile (or load) every specialisation of the compiled engine;
    a line per step (``prepared 1/2: float32``), which the training process reads as progress."""
    import time

    from .engine import kernel

    if not kernel.AVAILABLE:
        print(f"dlviz warmup: numba is not available ({kernel.IMPORT_ERROR}): dlviz trains with NumPy",
              file=sys.stderr)
        return 1
    t0 = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not args.json:
            print(f"prepared {done}/{total}", flush=True)

    names = kernel.warmup(progress)
    secs = time.perf_counter() - t0
    folder = kernel.CACHE_DIR or str(kernel.numba_cache.PACKAGE_DIR / "__pycache__")
    if args.json:
        print(json.dumps({"compiled": names, "seconds": round(secs, 2), "cache": folder}))
    else:
        print(f"the fast engine is ready ({', '.join(names)}) in {secs:.1f} s; cached in {folder}")
    return 0


def add_config_flags(p: argparse.ArgumentParser) -> None:
    """Every key's flag on ``p`` (as ``dlviz train`` has them), each with the help its
    declaration gives (:func:`dlviz.config.schema`: the fields, --hidden-layers and
    --neurons, the registries' options), and --config FILE."""
    for key, param in schema().items():
        # Values stay strings here; Config validates and converts them with
        # messages that name the key, the same as for a JSON file.
        p.add_argument(param.flag, dest=key, metavar=param.metavar or key.upper(), help=param.cli_help(),
                       type=FILE if param.kind == "text" and key != "target_column" else None)
    p.add_argument("--config", metavar="FILE", type=FILE, help="read settings from a JSON file; flags override it")


def config_from_args(args: argparse.Namespace, default_epochs: int = CLI_DEFAULT_EPOCHS,
                     min_epochs: int = 1) -> Config:
    """The Config that the flags (over an optional JSON file) describe."""
    file = _read_config_file(args.config, None) if args.config else {}
    base: dict = {"epochs": default_epochs, **file}
    keys = set(schema())
    given = {k: v for k, v in vars(args).items() if k in keys and v is not None}
    if "hidden" in given:  # an explicit list wins over layers x units
        base.pop("hidden_layers", None)
        base.pop("neurons", None)
    config = Config.from_dict(base | given)
    if "epochs" not in given and "epochs" not in file and default_epochs == CLI_DEFAULT_EPOCHS:
        own = cli_epochs(config)  # the budget the dataset declares (the digits reach 95 % in it)
        if own is not None:
            config = config.replace(epochs=own)
    if config.epochs < min_epochs:
        raise ConfigError("epochs must be at least 1 for a headless run")
    return config


def dataset_of(config: Config) -> Dataset | None:
    """The CSV file or image folder a config names, loaded now (a DataError names the file
    and the problem); None for a generated dataset. The run keeps this copy in memory.
    Image files skipped as unreadable are told in one line on stderr."""
    if config.image_folder:
        from .ui.image_folder import load_image_folder  # (Qt's image reader: only when asked)

        loaded = load_image_folder(config.image_folder, config.image_size)
        note = loaded.note()
        if note is not None:
            print(f"dlviz: note: {config.image_folder}: {note}", file=sys.stderr)
        return loaded.dataset
    if not config.csv:
        return None
    return load_csv(config.csv, target_column=config.target_column) if config.target_column else load_csv(config.csv)


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
        if os.path.lexists(path) and not path.is_file():  # the new file replaces it: never a device or a FIFO
            return f"{target}: not a regular file"
        parent = path.parent
        if not parent.is_dir():
            return f"{target}: the folder {str(parent)!r} does not exist"
    if not parent.is_dir():
        return f"{target}: {parent} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{target}: {os.strerror(errno.EACCES)} (cannot write in {parent})"
    # os.access says yes where a file still cannot be made (/proc, /sys, root's view of
    # a read-only mount): make one and remove it, so the error names the target, before
    # any work, not the hidden temporary file of the write at the end.
    import tempfile

    try:
        fd, probe = tempfile.mkstemp(prefix=".dlviz-check-", dir=parent)
    except OSError as e:
        return f"{target}: cannot create a file in {parent} ({e.strerror or e})"
    os.close(fd)
    os.unlink(probe)
    return ""


def _read_config_file(path: str, as_config):
    """The JSON object in ``path``: as a dict (``as_config`` None) or as a Config
    built over ``as_config``'s keys. Every problem is a ConfigError naming the file."""
    from .common.files import FileProblem, read_json

    try:  # a regular file only (a FIFO or /dev/zero is refused at once), bounded in size and depth
        loaded = read_json(path)
    except FileProblem as e:
        raise ConfigError(f"cannot read config file {e}") from None
    if not isinstance(loaded, dict):
        raise ConfigError(f"config file {path} must hold a JSON object")
    try:  # each setting of the file checked on its own, so that the error names the file
        Config.from_dict({k: v for k, v in loaded.items() if k != "compare"})
    except ConfigError as e:
        raise ConfigError(f"config file {path}: {e}") from None
    if as_config is None:
        return loaded
    return Config.from_dict({**as_config, **loaded})


def _fmt(x: float | None) -> str:
    return sig3(x, missing="-")


def _scores(s: dict) -> str:
    """``train loss 0.1, accuracy 95.0%, val accuracy 93.0%`` of a result; a regression's
    ``train mse 0.01, R² 0.98, val R² 0.97``."""
    if s.get("metric") == "r2":
        val = f", val R² {_fmt(s['val_r2'])}" if s.get("val_r2") is not None else ""
        return f"train mse {_fmt(s['train_loss'])}, R² {_fmt(s['train_r2'])}{val}"
    val = f", val accuracy {100 * s['val_accuracy']:.1f}%" if s["val_accuracy"] is not None else ""
    return f"train loss {_fmt(s['train_loss'])}, accuracy {100 * s['train_accuracy']:.1f}%{val}"


def _count(n: int, noun: str) -> str:
    """``1 step``, ``4 steps``, ``1,300 steps``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def run_train(args: argparse.Namespace) -> int:
    from .training import headless

    try:
        for target, what, folder in ((args.export, "export", True), (args.history, "write the history", False),
                                     (args.save, "save", False), (args.animate, "write the animation", False)):
            problem = unwritable(target, folder=folder) if target else ""
            if problem:
                raise ConfigError(f"cannot {what}: {problem}")
        args.animation = _animation_spec(args)
        if args.lesson:
            runs = _lesson_runs(args)
        else:
            runs = _resumed_runs(args) if args.resume else _new_runs(args)
    except (ConfigError, DataError, ValueError) as e:  # (a LessonError is a ValueError)
        print(f"dlviz train: error: {e}", file=sys.stderr)
        return 2
    if args.animate and len(runs) > 1:
        print("dlviz train: error: --animate draws one run: not with --compare or a lesson of several runs",
              file=sys.stderr)
        return 2
    for note in dict.fromkeys(str(t.engine_note) for _, t in runs if t.engine_note is not None):
        print(f"dlviz train: {note}", file=sys.stderr)  # e.g. no numba here: said once
    with headless.blas_limited():  # as in the training process: small matrices, one thread
        if len(runs) > 1 or args.compare:
            code = _compare(args, runs)
        else:
            code = _train(args, runs[0][1].config, runs[0][1])
    return _lesson_verdict(args, code)


def _animation_spec(args: argparse.Namespace):
    """(frames, seconds, (w, h)) of ``--animate``, checked (ConfigError naming the flag); None without it."""
    if not args.animate:
        return None
    try:
        import PIL  # noqa: F401  (a dependency; said plainly should it be missing)
    except ImportError:
        raise ConfigError("--animate needs Pillow: pip install Pillow") from None
    from .ui.animation import AnimationError, check_spec, parse_size

    try:
        frames = int(args.animate_frames)
    except ValueError:
        raise ConfigError(f"--animate-frames: expected a whole number, got {args.animate_frames!r}") from None
    try:
        seconds = float(args.animate_seconds)
    except ValueError:
        raise ConfigError(f"--animate-seconds: expected a number, got {args.animate_seconds!r}") from None
    try:
        return check_spec(frames, seconds, parse_size(args.animate_size))
    except AnimationError as e:
        raise ConfigError(f"--animate: {e}") from None


def find_lesson_arg(arg: str):
    """The lesson ``--lesson`` names: a bundled one by id, or a lesson file (a path ending in .json)."""
    from .training.lessons import find_lesson, load_lesson

    # A path that exists is read as a file (load_lesson refuses a FIFO or a device), not looked up by id.
    return load_lesson(arg) if arg.endswith(".json") and os.path.lexists(arg) else find_lesson(arg)


def _lesson_runs(args: argparse.Namespace) -> list:
    """(label, Trainer) of the lesson's run(s); the lesson's settings are the run's: no other flag sets them."""
    from .training import headless

    keys = set(schema())
    other = sorted(flag(k) for k, v in vars(args).items() if k in keys - {"seed", "noise"} and v is not None)
    other += [f for f, v in (("--config", args.config), ("--compare", args.compare), ("--resume", args.resume)) if v]
    if other:
        raise ConfigError(f"--lesson trains with the lesson's own settings (only --seed and --noise may change): "
                          f"{', '.join(other)} cannot go with it")
    lesson = find_lesson_arg(args.lesson).variant(seed=args.seed, noise=args.noise)
    got = headless.lesson_runs(lesson)
    if got.window is not None:  # --save: the window opens the file as the lesson's comparison
        args.window_state = got.window
    # Checked after the training, added to the JSON (see _json_extra) and judged by _lesson_verdict.
    args.lesson_check = got.check
    args.lesson_measure = got.measure
    args.lesson_id = lesson.id
    return got.runs


def _json_extra(args: argparse.Namespace) -> dict:
    """What ``--lesson`` adds to the JSON: the lesson's id and its expectations checked on the runs."""
    if getattr(args, "lesson_check", None) is None:
        return {}
    if getattr(args, "lesson_results", None) is None:
        args.lesson_results = args.lesson_check()
    extra = {"lesson": args.lesson_id, "expectations": [
        {"text": e["text"], "holds": e["holds"], "value": e["value"], "against": e["against"]}
        for e in args.lesson_results]}
    measure = getattr(args, "lesson_measure", None)
    if measure is not None:  # what the lesson shows measured (not checked): times, memory, the run's own figures
        extra["measures"] = measure()
    return extra


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
    try:
        buffer.write((text + "\n").encode("utf-8"))
        buffer.flush()
    except BrokenPipeError:  # (`dlviz lessons | head -1`: see _PipeGuard)
        if not isinstance(sys.stdout, _PipeGuard):
            raise
        sys.stdout.reader_gone()


def _check_lessons(args: argparse.Namespace) -> int:
    """``dlviz lessons --check``: one line per lesson, noise factor and seed, a ✓ or ✗ per expectation."""
    from .training import headless
    from .training.lessons import LessonError, check_lessons, load_lessons, parse_seeds

    try:
        seeds = parse_seeds(args.seeds)
        scales = None
        if args.noise_scales is not None:
            try:
                scales = [float(v) for v in args.noise_scales.split(",")]
            except ValueError:
                raise ValueError(f"--noise-scales: {args.noise_scales!r} is not a list of numbers such as 0.5,1,1.5")
        lessons = load_lessons()
        if args.only:
            wanted = [w.strip() for w in args.only.split(",")]
            unknown = [w for w in wanted if w not in {l.id for l in lessons}]
            if unknown:
                raise ValueError(f"--only: no lesson {', '.join(map(repr, unknown))}")
            lessons = [l for l in lessons if l.id in wanted]
    except (ValueError, LessonError) as e:
        print(f"dlviz lessons: error: {e}", file=sys.stderr)
        return 2
    width = max(len(l.id) for l in lessons)

    def show(row):
        if args.json:
            _print_utf8(json.dumps(row, ensure_ascii=False))
        else:
            marks = " ".join("✓" if e["holds"] else "✗" for e in row["expectations"])
            _print_utf8(f"{row['id']:<{width}}  noise ×{row['noise_scale']:<4g} seed {row['seed']:<3d} {marks}")

    with headless.blas_limited():
        rows = check_lessons(lessons, seeds, scales, on_row=show)
    failed = [(r, i, e) for r in rows for i, e in enumerate(r["expectations"], 1) if not e["holds"]]
    if not args.json:
        for r, i, e in failed:
            _print_utf8(f"✗ {r['id']} seed {r['seed']} noise ×{r['noise_scale']:g}, expectation {i}: "
                        f"{e['text']['en']} (value {e['value']}, against {e['against']})")
    if failed:
        print(f"dlviz lessons: {len(failed)} of the {sum(len(r['expectations']) for r in rows)} checks do not hold",
              file=sys.stderr)
        return 1
    return 0


def run_lessons(args: argparse.Namespace) -> int:
    """``dlviz lessons [--json]``: the lessons in course order; ``--check``: their expectations on other seeds."""
    from .training.lessons import LessonError, lessons_index

    if args.check:
        return _check_lessons(args)
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
    from .training import headless

    config = config_from_args(args)
    dataset = dataset_of(config)
    return headless.new_runs(config, dataset, parse_specs(args.compare) if args.compare else None)


def _resumed_runs(args: argparse.Namespace) -> list:
    """The runs of ``--resume FILE``, each given ``--epochs`` more epochs (default 100)."""
    from .training import headless

    keys = set(schema())
    other = sorted(k for k, v in vars(args).items() if k in keys - {"epochs"} and v is not None)
    if other or args.config or args.compare:
        raise ConfigError("--resume continues a saved run as it was: only --epochs, --json, --history, --save and "
                          f"--export go with it (got {', '.join(flag(k) for k in other) or '--config/--compare'})")
    more = Config.from_dict({"epochs": args.epochs if args.epochs is not None else CLI_DEFAULT_EPOCHS}).epochs
    if more < 1:
        raise ConfigError("epochs must be at least 1 for a headless run")
    runs, args.window_state = headless.resumed_runs(args.resume, more)
    return runs


def _save(args: argparse.Namespace, runs) -> int:
    """``--save FILE``: every run into one experiment file."""
    from .training import headless

    # As the window saves it: the comparison's keys and base settings, so that the
    # window opens it as the same comparison (a resumed file keeps its own).
    window = getattr(args, "window_state", None)
    if window is None and args.compare:
        window = {"compare": {k: list(v) for k, v in parse_specs(args.compare).items()},
                  "base": config_from_args(args).to_dict()}
    return _write_out(args, args.save, "save", lambda: headless.save_runs(args.save, runs, window))


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


def _compare(args: argparse.Namespace, runs) -> int:
    """Train every run of a comparison; one line each, or one JSON object ``{"runs": [...]}``."""
    from .training import headless

    def print_run(s: dict) -> None:
        ended = f"diverged at step {s['diverged_at_step']}" if s["diverged"] else f"{s['epochs']} epochs"
        print(f"{s['label']}: {ended}, {_scores(s)}", flush=True)

    results = headless.train_runs(runs, on_result=None if args.json else print_run)
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
    from .training import headless

    return _write_out(args, args.history, "write the history", lambda: headless.write_history(args.history, histories))


def _train(args: argparse.Namespace, config: Config, trainer) -> int:
    from .training import headless

    quiet = args.json
    every = max(1, config.epochs // 10)

    def after_epoch():
        if not quiet and (trainer.epoch % every == 0 or trainer.finished) and trainer.history.epochs:
            h = trainer.history
            i = h.rows - 1  # the last row (a long run's history is thinned: not epochs - 1)
            score = (f"R² {_fmt(h.train_acc.view()[i])}" if trainer.regression
                     else f"acc {100 * h.train_acc.view()[i]:.1f}%")
            print(
                f"epoch {trainer.epoch}/{config.epochs}  loss {_fmt(h.train_loss.view()[i])}  "
                f"{score}  val_loss {_fmt(h.val_loss.view()[i])}  "
                f"lr {_fmt(h.lr.view()[i])}",
                flush=True,
            )

    # (--export: a Recorder watches the training; Qt loads only for the drawing at the end)
    # (--animate: a replay Timeline keeps the weights every few steps, for the GIF's frames)
    timeline = headless.animation_timeline(trainer, args.animation[0]) if args.animation else None
    animate_failure = None
    summary, recorder = headless.train(trainer, record=bool(args.export), after_epoch=after_epoch,
                                       timeline=timeline)
    if timeline is not None:
        from .ui.animation import headless_gif

        frames, seconds, size = args.animation
        try:
            summary["animation"] = headless_gif(trainer, timeline, args.animate, frames, seconds, size).to_json()
        except OSError as e:  # the results still count: printed first, then what failed
            animate_failure = f"cannot write the animation: {args.animate}: {e.strerror or e}"
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
        # The counts are of what was trained: a run that blew up at step N trained N - 1 steps,
        # inside epoch (whole epochs + 1); said so, or "diverged at step 5" then "0 epochs, 4 steps" puzzles.
        ended = f"done: {_count(summary['epochs'], 'epoch')}, {_count(summary['steps'], 'step')}"
        if trainer.diverged:
            print(f"diverged at step {trainer.diverged_at_step}, in epoch {trainer.epoch + 1}: the loss blew up "
                  "(try a smaller lr)")
            ended = (f"stopped there: {_count(summary['steps'], 'step')} trained "
                     f"({_count(summary['epochs'], 'whole epoch')})")
        if trainer.regression:
            scores = (f"train mse {_fmt(summary['train_loss'])}, R² {_fmt(summary['train_r2'])}; "
                      f"val mse {_fmt(summary['val_loss'])}"
                      + (f", R² {_fmt(summary['val_r2'])}" if summary["val_r2"] is not None else ""))
        else:
            scores = (f"train loss {_fmt(summary['train_loss'])}, accuracy {100 * summary['train_accuracy']:.1f}%; "
                      f"val loss {_fmt(summary['val_loss'])}"
                      + (f", accuracy {100 * summary['val_accuracy']:.1f}%" if summary["val_accuracy"] is not None
                         else ""))
        print(
            f"{ended} in {summary['seconds']:.2f} s "
            f"({summary['steps_per_second'] or 0:,.0f} steps/s, {summary['engine']} engine); {scores}"
        )
        for p in summary.get("exported", []):
            print(f"wrote {p}")
        a = summary.get("animation")
        if a:
            print(f"wrote {a['path']} ({a['frames']} frames, {a['seconds']:g} s, {a['width']}x{a['height']}, "
                  f"{a['bytes'] / 1e6:.1f} MB)")
    if args.export and failure is not None:
        print(f"dlviz train: error: {failure}", file=sys.stderr)
        return 2
    if animate_failure is not None:
        print(f"dlviz train: error: {animate_failure}", file=sys.stderr)
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
                       help=FIELDS["weight_decay"].cli_help())
    for o in OPTIMIZERS.options():
        paths.add_argument(o.flag, dest=o.key, metavar=o.key.upper(), help=o.cli_help())
    paths.add_argument("--json", action="store_true", help=_LAB_JSON)
    paths.add_argument("--export", metavar="DIR", type=FOLDER,
                       help="write the picture of the paths on the surface (PNG) into DIR")
    sweep = sub.add_parser("sweep", help="train a grid over one or two keys in parallel, every cell from the same seed")
    add_config_flags(sweep)
    sweep.add_argument("--grid", action="append", default=[], metavar="KEY=V1,V2,...",
                       help="2 to 8 values of KEY (to 32 with --dask); twice for a grid of two keys")
    sweep.add_argument("--workers", metavar="N", help="worker processes (default: every core)")
    sweep.add_argument("--dask", metavar="ADDRESS",
                       help="train the cells on a Dask cluster, given its scheduler's address (tcp://host:8786); "
                            "needs pip install 'dlviz[cluster]'")
    sweep.add_argument("--json", action="store_true", help=_LAB_JSON)


def _lab_error(command: str, e: Exception) -> int:
    print(f"dlviz {command}: error: {e}", file=sys.stderr)
    return 2


def run_lr_find(args: argparse.Namespace) -> int:
    from .training import headless

    try:
        config = config_from_args(args)
        dataset = dataset_of(config)
    except (ConfigError, DataError, ValueError) as e:
        return _lab_error("lr-find", e)
    r = headless.lr_find(config, dataset)
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
    from .training import headless, sweep

    # Ctrl+C or SIGTERM stops the workers: the cells done so far are printed, then one line.
    with headless.stop_on_signals() as stopped:
        return _sweep(args, sweep, stopped)


def _print_cell(s: dict) -> None:
    ended = f"diverged at step {s['diverged_at_step']}" if s["diverged"] else f"{s['epochs']} epochs"
    print(f"{s['label']}: {ended}, {_scores(s)}", flush=True)


def _sweep(args: argparse.Namespace, sweep, stopped: list[str]) -> int:
    failure = None
    try:
        if not args.grid:
            raise ConfigError("give --grid KEY=V1,V2,... once or twice")
        # On a cluster an axis may have up to 32 values (1,024 cells); here 8.
        limit = sweep.MAX_VALUES if args.dask is None else sweep.MAX_CLUSTER_VALUES
        axes = sweep.parse_grid(args.grid, limit)
        workers = None
        if args.workers is not None:
            try:
                workers = int(args.workers)
            except ValueError:
                raise ConfigError(f"--workers must be a whole number, got {args.workers!r}") from None
            if workers < 1:
                raise ConfigError(f"--workers must be at least 1, got {workers}")
        config = config_from_args(args)
        sweep.cells(config, axes, limit)  # every cell checked before anything starts
        dataset = dataset_of(config)
        client = None
        if args.dask is not None:
            from .training import cluster

            if args.workers is not None:
                raise ConfigError("--workers goes with a sweep on this machine, not with --dask")
            client = cluster.connect(args.dask)  # a ClusterError (a ValueError) names the address
        try:
            # Each cell is printed as it finishes (so whatever stops the sweep, the cells done are out).
            result = sweep.run_sweep(config, axes, dataset=dataset, workers=workers, should_stop=lambda: bool(stopped),
                                     on_cell=None if args.json else lambda _i, cell: _print_cell(cell),
                                     executor=None if client is None else cluster.executor(client))
        finally:
            if client is not None:  # the cells not finished are cancelled: nothing is left on the cluster
                cluster.close(client)
    except (ConfigError, DataError, ValueError) as e:
        return _lab_error("sweep", e)
    except sweep.SweepFailed as e:  # a worker died or stopped answering: the others are stopped too
        result, failure = e.result, str(e)
    if result.cancelled:
        failure = result.error = f"stopped by {stopped[0] if stopped else 'a signal'}"
    if args.json:
        print(json.dumps(result.to_json()))
    elif failure is None:
        print(f"{len(result.cells)} cells in {result.seconds:.1f} s")
    if failure is not None:
        print(f"dlviz sweep: error: {failure} ({result.done} of {len(result.cells)} cells done)",
              file=sys.stderr, flush=True)
        return 2
    return 0


# -- backpropagation, one sample: dlviz backprop ------------------------------------------------

#: ``dlviz backprop``'s epochs by default: none. Fresh weights give the lesson's clearest numbers:
#: the sample is still wrong (δ_out = p − y is large, so every δ and gradient is readable) and a
#: sigmoid net's δ shrinks by f' <= 0.25 per layer on the way back; after training most samples
#: are right, p is close to y and every δ is close to 0. It is also instant.
BACKPROP_DEFAULT_EPOCHS = 0


def _add_backprop_parser(sub) -> None:
    bp = sub.add_parser("backprop", help="backpropagation for one training sample, every number printed")
    add_config_flags(bp)
    epochs = next(a for a in bp._actions if a.dest == "epochs")
    epochs.help = f"epochs to train before the walk-through (default {BACKPROP_DEFAULT_EPOCHS}: the fresh weights)"
    bp.add_argument("--sample", required=True, metavar="I",
                    help="the training sample to follow: its index among the training points, 0 to n-1")
    bp.add_argument("--weight", default="1,1,1", metavar="L,J,I",
                    help="the weight W_L[J,I] whose chain rule is written out: layer L (1 = the first hidden "
                         "layer), from unit I of layer L-1 to unit J of layer L, counted from 1 (default 1,1,1)")
    bp.add_argument("--json", action="store_true", help=_LAB_JSON)


def _whole(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ConfigError(f"{what} must be a whole number, got {text!r}") from None


def run_backprop(args: argparse.Namespace) -> int:
    """``dlviz backprop``: train --epochs (default 0), then forward, loss, backward and update for --sample."""
    from .training import backprop

    try:
        index = _whole(args.sample, "--sample")
        parts = args.weight.split(",")
        if len(parts) != 3:
            raise ConfigError(f"--weight must be L,J,I (three whole numbers), got {args.weight!r}")
        weight = tuple(_whole(p, "--weight") for p in parts)
        config = config_from_args(args, default_epochs=BACKPROP_DEFAULT_EPOCHS, min_epochs=0)
        trainer, sample, walk = backprop.run(config, config.epochs, index, weight, dataset=dataset_of(config))
    except (ConfigError, DataError, ValueError) as e:
        return _lab_error("backprop", e)
    if config.epochs and trainer.engine_note is not None:
        print(f"dlviz backprop: {trainer.engine_note}", file=sys.stderr)
    if args.json:
        print(json.dumps(backprop.report(trainer, sample, walk), allow_nan=False))  # (ASCII: any locale)
    else:
        _print_utf8("\n".join(backprop.text(trainer, sample, walk)))
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
    if args.train_seconds is not None:  # (inf, nan and 1e12 once reached Qt's timer: a traceback and a hang)
        if not 0 <= args.train_seconds <= MAX_TRAIN_SECONDS:  # also False for nan
            raise ConfigError(f"--train-seconds must be 0 to {MAX_TRAIN_SECONDS:,.0f}, got {args.train_seconds:g}")
        if not args.screenshot:
            raise ConfigError("--train-seconds goes with --screenshot FILE")
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
    seconds = 2.0 if args.train_seconds is None else args.train_seconds
    return dict(screenshot=args.screenshot, train_seconds=seconds, train_epochs=args.train_epochs,
                config=config, dataset=dataset_of(config) if config is not None else None, size=size,
                compare=axes, open_file=args.open_file, lang=args.lang, **({"lesson": lesson} if lesson else {}))


class _PipeGuard:
    """``sys.stdout`` or ``sys.stderr`` for the time of a command. Once its reader has
    gone (``dlviz paths --json | head``), what is written is dropped instead of raising
    BrokenPipeError wherever a print happens to be: the command finishes its work (the
    files of --save, --export, --history are still written) and exits with its own
    status, with no traceback. The stream's descriptor is pointed at os.devnull, so that
    the final flush at exit has nowhere to fail either."""

    def __init__(self, stream):
        self._stream = stream
        self.gone = False

    def write(self, text):
        if not self.gone:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self.reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self.reader_gone()

    def reader_gone(self) -> None:
        self.gone = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, self._stream.fileno())
            finally:
                os.close(devnull)
        except (OSError, ValueError, AttributeError):  # (no descriptor: a test's captured stream)
            pass

    def __getattr__(self, name):  # encoding, buffer, fileno, isatty, ...
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    """``dlviz ...``: the exit status (0 done, 1 a check failed, 2 a bad argument or input)."""
    guarded = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _PipeGuard(sys.stdout), _PipeGuard(sys.stderr)
    try:
        code = _main(argv)
        sys.stdout.flush()  # here, where a reader that went away is caught, not at exit
        return code
    finally:
        for guard in (sys.stdout, sys.stderr):
            if isinstance(guard, _PipeGuard):
                guard.flush()
        sys.stdout, sys.stderr = guarded


def _main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "train":
        return run_train(args)
    if args.command == "lessons":
        return run_lessons(args)
    lab = {"lr-find": run_lr_find, "paths": run_paths, "sweep": run_sweep, "warmup": run_warmup,
           "backprop": run_backprop}.get(args.command)
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
