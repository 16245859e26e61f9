"""Command line: ``dlviz`` opens the window; ``dlviz train ...`` trains headless.

One argparse for both. Every hyperparameter flag is generated from the Config
keys (``batch_size`` -> ``--batch-size``), their choices and the options'
flags from the registries, so a new activation or optimizer (with its options)
shows up here by itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from .common.numbers import sig3
from .config import REGISTRIES, Config, ConfigError, config_keys, options
from .data import FEATURES, DataError

#: Headless runs need a budget; the window's default (0) means "until paused".
CLI_DEFAULT_EPOCHS = 20

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
    parser.add_argument("--screenshot", metavar="FILE", help="open the window offscreen, train, save a PNG and exit")
    parser.add_argument("--train-seconds", type=float, default=2.0, metavar="N", help="with --screenshot: seconds to train first")
    parser.add_argument("--size", default="1920x1080", metavar="WxH", help="with --screenshot: window size")
    parser.add_argument("--config", dest="window_config", metavar="FILE",
                        help="open the window with the settings of a JSON file (the same keys as dlviz train)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    train = sub.add_parser("train", help="train headless and print the results")
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
        train.add_argument(flag(key), dest=key, metavar=key.upper(), help=help_text)
    train.add_argument("--hidden-layers", dest="hidden_layers", metavar="N", help="number of hidden layers (with --neurons)")
    train.add_argument("--neurons", dest="neurons", metavar="N", help="units per hidden layer (with --hidden-layers)")
    train.add_argument("--config", metavar="FILE", help="read settings from a JSON file; flags override it")
    train.add_argument("--json", action="store_true", help="print one JSON object with the results as the last line")
    train.add_argument("--export", metavar="DIR", help="write the plots as PNG files into DIR after training")
    return parser


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
    from .training.trainer import Trainer

    try:
        config = config_from_args(args)
        trainer = Trainer(config)
    except (ConfigError, DataError, ValueError) as e:
        print(f"dlviz train: error: {e}", file=sys.stderr)
        return 2
    quiet = args.json
    every = max(1, config.epochs // 10)
    recorder = None
    if args.export:
        from .ui.export import Recorder  # Qt-free; Qt loads only for the drawing at the end

        recorder = Recorder(trainer)
    while not (trainer.finished or trainer.diverged):
        trainer.run_epoch()
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
    summary = trainer.summary()
    if args.export:
        from .ui.export import export_headless

        try:
            paths = export_headless(trainer, args.export, recorder=recorder)
        except OSError as e:
            print(f"dlviz train: error: cannot export to {args.export}: {e}", file=sys.stderr)
            return 2
        summary["exported"] = [str(p) for p in paths]
    if quiet:
        print(json.dumps(summary))
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
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "train":
        return run_train(args)
    try:
        config = _read_config_file(args.window_config, {}) if args.window_config else None
        w, _, h = args.size.lower().partition("x")
        size = (int(w), int(h))
        if not (320 <= size[0] <= 8000 and 240 <= size[1] <= 8000):
            raise ValueError
    except ConfigError as e:
        print(f"dlviz: error: {e}", file=sys.stderr)
        return 2
    except ValueError:
        print(f"dlviz: error: --size must look like 1920x1080, got {args.size!r}", file=sys.stderr)
        return 2
    try:
        from .ui.app import run_app
    except ImportError as e:  # the window needs PySide6 and pyqtgraph
        print(f"dlviz: the window is not available ({e})", file=sys.stderr)
        parser.print_help()
        return 1
    return run_app(screenshot=args.screenshot, train_seconds=args.train_seconds, config=config, size=size)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
