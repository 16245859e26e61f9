"""Experiment files (``.dlviz``): runs kept on disk and resumed exactly.

A ``.dlviz`` file is a zip holding ``manifest.json`` (format name, version, the
runs) and, per run ``runs/<i>/``: ``config.json``, ``state.json`` (counters and
random-generator states), ``state.npz`` (weights, optimizer buffers, the epoch's
shuffled samples when saved mid-epoch, the whole history), ``history.csv`` (for
people and spreadsheets) and ``dataset.npz`` when the data is not a generator
recipe (a CSV file). The window adds ``window.json`` (the comparison, the
focused run, the curves' x axis) and per pinned run ``ghosts/<i>/ghost.json`` and
``ghost.npz`` (see :mod:`.ghosts`). No pickle anywhere: arrays load with
``allow_pickle=False``.

Reading trusts nothing: a file that is not a regular file (a FIFO, a device), is
not a zip, is cut short, has no manifest, comes from a newer dlviz, names a member
outside the archive, declares a huge member, nests its JSON deeply, holds counters
that are not bounded integers, or arrays of the wrong shape or type (or pickled
ones) raises one :class:`ExperimentError` that says what is wrong, and nothing is
changed. Every read is bounded before it is made: a JSON member by its declared
size, an array by its ``.npy`` header checked against what the run's config makes,
so a small file never costs much more memory than it holds.
Writing goes to a temporary file that is renamed over the target at the end.
"""

from __future__ import annotations

import io
import json
import math
import os
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..common.files import FileProblem, JSONProblem, open_regular, parse_json, replacing
from ..common.messages import QT_TRANSLATE_NOOP, Message, MessageError, message_of
from ..config import Config, ConfigError
from ..data import Dataset
from . import ghosts as _ghosts
from . import history_csv
from .trainer import Trainer

FORMAT = "dlviz-experiment"
VERSION = 1
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # a declared size above this is not a dlviz file
MAX_FILE_BYTES = 4 * 1024 ** 3
MAX_READ_BYTES = 1024 ** 3  # arrays read from one file, in all
MAX_JSON_MEMBER_BYTES = 1024 * 1024  # config, state, manifest, window and pinned-run descriptions: a few KB
MAX_MEMBERS = 10_000
MAX_RATIO = 10  # an array archive that deflated more than this is read as a stream (a deflate bomb stays small)
MAX_RUNS = 64
MAX_STEPS = 10 ** 12
MAX_CSV_ROWS = 1_000_000  # as load_csv
MAX_LAYER_COLUMNS = 64  # per-layer diagnostics: one column per layer


class ExperimentError(MessageError):
    """The file cannot be read (or written); ``str(err)`` says why, naming the file
    (``.message``: the :class:`~dlviz.common.messages.Message` the window translates)."""


def _in_file(where: str, problem: Message | str) -> ExperimentError:
    return ExperimentError(Message(QT_TRANSLATE_NOOP("errors", "{file}: {problem}"), file=where, problem=problem))


@dataclass
class SavedRun:
    label: str
    trainer: Trainer


@dataclass
class Experiment:
    """Everything a ``.dlviz`` file holds."""

    runs: list[SavedRun]
    window: dict = field(default_factory=dict)  # what the window showed ({} from the command line)
    ghosts: list = field(default_factory=list)  # pinned runs (ghosts.Ghost)


def _npz(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def save(path: str | os.PathLike, runs: list[SavedRun], window: dict | None = None, ghosts=()) -> Path:
    """Write ``runs`` (and the window's ``window`` state and pinned ``ghosts``) to
    ``path`` atomically; OSError if it cannot be written."""
    path = Path(path)
    manifest = {"format": FORMAT, "version": VERSION, "runs": [], "ghosts": []}
    with replacing(path) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for i, run in enumerate(runs):
                t, folder = run.trainer, f"runs/{i}/"
                scalars, arrays = t.state()
                z.writestr(folder + "config.json", json.dumps(t.config.to_dict(), indent=1))
                z.writestr(folder + "state.json", json.dumps(scalars))
                z.writestr(folder + "state.npz", _npz(arrays))
                text = io.StringIO()
                history_csv.write_to(text, [(None, t.history)])
                z.writestr(folder + "history.csv", text.getvalue())
                if t.config.csv or t.config.image_folder:  # (a folder's images are stored: the folder may change)
                    ds = t.dataset
                    extra = {} if ds.image_shape is None else {"image_shape": np.asarray(ds.image_shape, np.int64)}
                    z.writestr(folder + "dataset.npz", _npz({
                        "X": np.asarray(ds.X), "y": np.asarray(ds.y), "bounds": np.asarray(ds.bounds, float),
                        "class_names": np.array(ds.class_names, dtype=str), "name": np.array(ds.name, dtype=str),
                        **extra}))
                manifest["runs"].append({"folder": folder, "label": run.label})
            for i, ghost in enumerate(ghosts):
                folder = f"ghosts/{i}/"
                meta, arrays = ghost.to_files()
                z.writestr(folder + "ghost.json", json.dumps(meta, indent=1))
                z.writestr(folder + "ghost.npz", _npz(arrays))
                manifest["ghosts"].append(folder)
            if window:
                z.writestr("window.json", json.dumps(window, indent=1))
            z.writestr("manifest.json", json.dumps(manifest, indent=1))
    return path


_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError, zlib.error,
            struct.error, OverflowError, ValueError, IndexError, KeyError, UnicodeDecodeError)
_NUMBER_KINDS = "biuf"  # bool, integers, floats: what dlviz saves (text only where asked for)
_CHUNK = 1 << 20


def _count(shape: tuple[int, ...]) -> int:
    n = 1
    for d in shape:
        n *= int(d)
    return n


class _Reader:
    """Checked, bounded access to the members of an opened archive: nothing is read
    before its declared size (and, for arrays, its header's shape and type) is checked,
    so a small file never makes dlviz allocate much more than it holds."""

    def __init__(self, z: zipfile.ZipFile, where: str):
        self.z, self.where = z, where
        self.budget = MAX_READ_BYTES
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            self.fail(Message(QT_TRANSLATE_NOOP("errors", "holds {n} members, more than a dlviz file has"), n=f"{len(infos):,}"))
        for info in infos:
            name = info.filename
            if name.startswith(("/", "\\")) or ".." in Path(name).parts or ":" in name:
                self.fail(Message(QT_TRANSLATE_NOOP("errors", "member {name!r} points outside the archive"), name=name))
            if info.file_size > MAX_MEMBER_BYTES:
                self.fail(Message(QT_TRANSLATE_NOOP("errors", "member {name!r} declares {size} bytes, more than a dlviz file holds"), name=name,
                                  size=f"{info.file_size:,}"))
            # Deflate shrinks 1032 to 1 at best: a member that claims more than that of its
            # data lies, and dlviz would size buffers by the lie.
            most = info.compress_size if info.compress_type == zipfile.ZIP_STORED else 1100 * info.compress_size + 1024
            if info.file_size > most:
                self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name} is damaged ({problem})"), name=name,
                                  problem=f"it claims {info.file_size:,} bytes from {info.compress_size:,}"))
        self.infos = {info.filename: info for info in infos}
        self.names = set(self.infos)

    def fail(self, why: Message | str):
        raise _in_file(self.where, why)

    def info(self, name: str) -> zipfile.ZipInfo:
        if name not in self.infos:
            self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name} is missing"), name=name))
        return self.infos[name]

    def _spend(self, name: str, size: int) -> None:
        if size > self.budget:
            self.fail(Message(QT_TRANSLATE_NOOP("errors", "member {name!r} declares {size} bytes, more than a dlviz file holds"), name=name,
                              size=f"{size:,}"))
        self.budget -= size

    def json(self, name: str):
        info = self.info(name)
        if info.file_size > MAX_JSON_MEMBER_BYTES:
            self.fail(Message(QT_TRANSLATE_NOOP("errors", "member {name!r} declares {size} bytes, more than a dlviz file holds"), name=name,
                              size=f"{info.file_size:,}"))
        try:
            with self.z.open(info) as f:
                data = f.read(MAX_JSON_MEMBER_BYTES + 1)  # (a member never yields more than it declares)
        except _DAMAGED as e:
            self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name} is damaged ({problem})"), name=name, problem=str(e)))
        try:
            return parse_json(data, MAX_JSON_MEMBER_BYTES)
        except JSONProblem as e:
            self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: {problem}"), name=name, problem=e.message))

    def arrays(self, name: str, fits) -> dict[str, np.ndarray]:
        """The arrays of the ``.npz`` member ``name``, read as a stream. ``fits(key, shape,
        dtype)`` says whether an array may be read (None: not one dlviz reads, skipped)
        before its data is: a header that claims 10**12 items is refused, not allocated.
        Arrays of Python objects (pickles) are refused."""
        info = self.info(name)
        out: dict[str, np.ndarray] = {}
        try:
            with self.z.open(info) as outer:
                if outer.read(4) not in (b"PK\x03\x04", b"PK\x05\x06"):
                    self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name} is damaged ({problem})"), name=name, problem="not an array archive"))
                outer.seek(0)
                source = outer
                if info.file_size <= MAX_RATIO * info.compress_size:
                    # As big as the file holds: read at once (a stream seeks back by
                    # decompressing again from the start, once per array).
                    self._spend(name, info.file_size)
                    source = io.BytesIO(outer.read(info.file_size))
                with zipfile.ZipFile(source) as inner:
                    items = inner.infolist()
                    if len(items) > MAX_MEMBERS:
                        self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name} is damaged ({problem})"), name=name, problem="too many arrays"))
                    for item in items:  # an array cannot hold more than the archive it lies in
                        most = info.file_size * (1 if item.compress_type == zipfile.ZIP_STORED else 1100)
                        if item.file_size > most or item.compress_size > info.file_size:
                            self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name} is damaged ({problem})"), name=name,
                                              problem=f"{item.filename} claims more bytes than the archive holds"))
                    for item in items:
                        if item.filename.endswith(".npy"):
                            a = self._array(name, inner, item, fits)
                            if a is not None:
                                out[item.filename[:-4]] = a
        except ExperimentError:
            raise
        except _DAMAGED as e:
            self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name} is damaged ({problem})"), name=name, problem=str(e) or type(e).__name__))
        return out

    def _array(self, name: str, inner: zipfile.ZipFile, item: zipfile.ZipInfo, fits) -> np.ndarray | None:
        key = item.filename[:-4]
        with inner.open(item) as f:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
            elif version == (2, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
            else:
                raise ValueError(f"array {key}: unknown .npy version {version}")
            if dtype.hasobject:
                self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: array {key} holds Python objects (a pickle), which dlviz never reads"),
                                  name=name, key=key))
            if dtype.fields is not None or dtype.subdtype is not None or dtype.kind not in _NUMBER_KINDS + "U":
                self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: array {key} has the type {dtype}, not one dlviz saves"), name=name, key=key,
                                  dtype=str(dtype)))
            ok = fits(key, tuple(shape), dtype)
            if ok is None:
                return None  # not an array dlviz reads: never read
            if not ok:
                self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: array {key} has shape {shape} ({dtype}), not what dlviz saves there"),
                                  name=name, key=key, shape=tuple(shape), dtype=str(dtype)))
            nbytes = _count(shape) * dtype.itemsize
            if nbytes != item.file_size - f.tell():
                self.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: array {key} claims {size} bytes but holds {held}"), name=name, key=key,
                                  size=f"{nbytes:,}", held=f"{max(item.file_size - f.tell(), 0):,}"))
            self._spend(name, nbytes)
            a = np.empty(_count(shape), dtype=dtype)
            view = memoryview(a.view(np.uint8)) if nbytes else memoryview(b"")
            pos = 0
            while pos < nbytes:
                n = f.readinto(view[pos:pos + _CHUNK])
                if not n:
                    raise EOFError(f"array {key} is cut short")
                pos += n
        return a.reshape(shape, order="F" if fortran else "C")


def load(path: str | os.PathLike) -> list[SavedRun]:
    """Read every run of a ``.dlviz`` file, ready to train on; ExperimentError if anything is wrong."""
    return load_experiment(path).runs


def load_experiment(path: str | os.PathLike) -> Experiment:
    """Read a whole ``.dlviz`` file: runs, window state and pinned runs; ExperimentError
    if anything in it is wrong (nothing is half read). Only a regular file is opened (a
    FIFO or a device is refused at once), and every read is bounded."""
    path = Path(path)
    where = str(path)
    try:
        with open_regular(path, MAX_FILE_BYTES) as fh, zipfile.ZipFile(fh) as z:
            r = _Reader(z, where)
            manifest = r.json("manifest.json")
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                r.fail(Message(QT_TRANSLATE_NOOP("errors", "not a dlviz experiment (its manifest names another format)")))
            version = manifest.get("version")
            if isinstance(version, bool) or not isinstance(version, int) or version < 1:
                r.fail(Message(QT_TRANSLATE_NOOP("errors", "the manifest's version {version!r} is not a version"), version=_short(version)))
            if version > VERSION:
                r.fail(Message(QT_TRANSLATE_NOOP("errors", "written by a newer dlviz (format version {version}; this one reads up to {known})"),
                              version=_short(version), known=VERSION))
            entries = manifest.get("runs")
            if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_RUNS:
                r.fail(Message(QT_TRANSLATE_NOOP("errors", "the manifest lists no runs")))
            runs = [_load_run(r, e, i) for i, e in enumerate(entries)]
            folders = manifest.get("ghosts", [])
            if not isinstance(folders, list) or len(folders) > _ghosts.MAX_GHOSTS \
                    or not all(isinstance(f, str) for f in folders):
                r.fail(Message(QT_TRANSLATE_NOOP("errors", "the manifest's pinned runs are not a list of at most {n} folders"), n=_ghosts.MAX_GHOSTS))
            ghosts = []
            for folder in folders:
                meta = r.json(folder + "ghost.json")
                arrays = r.arrays(folder + "ghost.npz", _ghosts.array_fits)
                try:
                    ghosts.append(_ghosts.from_files(meta, arrays))
                except ValueError as e:
                    if isinstance(e, ExperimentError):
                        raise
                    r.fail(Message(QT_TRANSLATE_NOOP("errors", "pinned run {folder}: {problem}"), folder=folder, problem=message_of(e)))
            window = r.json("window.json") if "window.json" in r.names else {}
            problem = _window_problem(window, len(runs))
            if problem:
                r.fail(Message(QT_TRANSLATE_NOOP("errors", "window.json: {problem}"), problem=problem))
            return Experiment(runs, window, ghosts)
    except ExperimentError:
        raise
    except FileProblem as e:
        raise ExperimentError(e.message) from None
    except zipfile.BadZipFile as e:
        raise _in_file(where, Message(QT_TRANSLATE_NOOP("errors", "not a dlviz file, or cut short ({problem})"), problem=str(e))) from None
    except _DAMAGED as e:
        raise _in_file(where, Message(QT_TRANSLATE_NOOP("errors", "cannot be read ({problem})"), problem=str(e) or type(e).__name__)) from None
    except MemoryError:
        raise _in_file(where, Message(QT_TRANSLATE_NOOP("errors", "cannot be read ({problem})"), problem="out of memory")) from None


def _short(value, limit: int = 40) -> str:
    """``repr(value)`` cut to ``limit`` characters (a 400-digit number in a message helps nobody)."""
    try:
        text = repr(value)
    except ValueError:  # an integer too long to print
        return "<a huge number>"
    return text if len(text) <= limit else text[:limit] + "…"


def _is_int(v, lo: int, hi: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and (isinstance(v, float) or abs(v) < 2 ** 63)


def _window_problem(window, n_runs: int) -> Message | None:
    """What is wrong with a window.json (None: nothing). Its keys are checked by type here;
    the window checks that the comparison fits the runs."""
    if not isinstance(window, dict):
        return Message(QT_TRANSLATE_NOOP("errors", "not an object"))
    compare = window.get("compare")
    if compare is not None and not (isinstance(compare, dict) and all(
            isinstance(k, str) and isinstance(v, list) and len(v) <= MAX_RUNS
            and all(isinstance(x, (str, int, float)) for x in v)
            for k, v in compare.items())):
        return Message(QT_TRANSLATE_NOOP("errors", "compare must map settings to lists of values"))
    if "base" in window and not isinstance(window["base"], dict):
        return Message(QT_TRANSLATE_NOOP("errors", "{key} is not an object"), key="base")
    focus = window.get("focus", 0)
    if not _is_int(focus, 0, max(n_runs - 1, 0)):
        return Message(QT_TRANSLATE_NOOP("errors", "focus {value} is not the number of one of its {n} runs"), value=_short(focus), n=n_runs)
    for key in ("layout", "compare_x"):
        if key in window and not isinstance(window[key], str):
            return Message(QT_TRANSLATE_NOOP("errors", "{key} is not a name"), key=key)
    return None


_STATE_INTS = {"step": MAX_STEPS, "epoch": 10 ** 9, "pos": 10 ** 9, "last_diag_step": MAX_STEPS,
               "optimizer_t": MAX_STEPS}


def _state_problem(scalars) -> Message | None:
    """What is wrong with a run's state.json (None: nothing): every counter a bounded
    integer, every flag a bool, every number a number (no OverflowError later)."""
    if not isinstance(scalars, dict):
        return Message(QT_TRANSLATE_NOOP("errors", "not an object"))
    for key, hi in _STATE_INTS.items():
        v = scalars.get(key)
        if not _is_int(v, 0, hi):
            return Message(QT_TRANSLATE_NOOP("errors", "{key} must be an integer 0 to {hi}, got {value}"), key=key, hi=f"{hi:,}", value=_short(v))
    for key in ("mid_epoch", "diverged"):
        if not isinstance(scalars.get(key), bool):
            return Message(QT_TRANSLATE_NOOP("errors", "{key} must be true or false, got {value}"), key=key, value=_short(scalars.get(key)))
    d = scalars.get("diverged_at_step")
    # The step that blew up is counted before it is: at most one past the last step kept.
    if d is not None and not _is_int(d, 0, scalars["step"] + 1):
        return Message(QT_TRANSLATE_NOOP("errors", "{key} must be an integer 0 to {hi}, got {value}"), key="diverged_at_step",
                       hi=f"{scalars['step'] + 1:,}", value=_short(d))
    for key in ("ema", "blowup", "train_seconds"):
        v = scalars.get(key)
        if not ((v is None and key == "ema") or _is_number(v)):
            return Message(QT_TRANSLATE_NOOP("errors", "{key} must be a number, got {value}"), key=key, value=_short(v))
    if not (math.isfinite(scalars["train_seconds"]) and scalars["train_seconds"] >= 0):
        return Message(QT_TRANSLATE_NOOP("errors", "{key} must be a number, got {value}"), key="train_seconds", value=_short(scalars["train_seconds"]))
    rng = scalars.get("rng")
    if not (isinstance(rng, dict) and all(isinstance(rng.get(k), dict) for k in ("net", "shuffle"))):
        return Message(QT_TRANSLATE_NOOP("errors", "{key} is not an object"), key="rng")
    if scalars["last_diag_step"] > scalars["step"]:
        return Message(QT_TRANSLATE_NOOP("errors", "{key} must be an integer 0 to {hi}, got {value}"), key="last_diag_step",
                       hi=f"{scalars['step']:,}", value=scalars["last_diag_step"])
    return None


_PER_EPOCH = frozenset({"epoch_step", "train_loss", "train_acc", "val_loss", "val_acc", "lr", "seconds"})


def _state_fits(trainer: Trainer, scalars: dict):
    """Which arrays of a run's state.npz may be read, by their header: the weights and
    optimizer buffers as the config makes them, a history no longer than the run."""
    flat = trainer.net.flat.shape
    rows = scalars["step"] + scalars["epoch"] + 1
    steps, epochs = scalars["step"] + 1, scalars["epoch"] + 1
    train = getattr(trainer, "_train_rows", None)
    onehot = getattr(trainer, "_onehot_rows", None)

    def fits(key: str, shape: tuple, dtype: np.dtype) -> bool | None:
        if dtype.kind not in _NUMBER_KINDS:
            return False
        if key == "params" or key.startswith("opt."):
            return shape == flat
        if key.startswith("history."):
            field = key[len("history."):]
            most = epochs if field in _PER_EPOCH else steps if field == "step_loss" else rows
            return len(shape) in (1, 2) and shape[0] <= most and (len(shape) == 1 or shape[1] <= MAX_LAYER_COLUMNS)
        if key == "epoch_X":
            return train is not None and shape == train.shape
        if key == "epoch_Y":
            return onehot is not None and shape == onehot.shape
        return None
    return fits


def _images_fit(key: str, shape: tuple, dtype: np.dtype) -> bool | None:
    """An image folder's stored images: pixels of 28 x 28 at most, 20,000 images at most."""
    if key == "X":
        return dtype.kind in _NUMBER_KINDS and len(shape) == 2 and shape[0] <= 20_000 and 1 <= shape[1] <= 28 * 28
    return _dataset_fits(key, shape, dtype)


def _dataset_fits(key: str, shape: tuple, dtype: np.dtype, regress: bool = False) -> bool | None:
    """Which arrays of a dataset.npz may be read; ``regress``: a regression CSV's (its config
    names a target column): x1 (and x2) and float targets."""
    if key == "X":
        return dtype.kind in _NUMBER_KINDS and len(shape) == 2 and shape[0] <= MAX_CSV_ROWS and \
            shape[1] in ((1, 2) if regress else (2,))
    if key == "image_shape":
        return dtype.kind in "iu" and shape == (2,)
    if key == "y":
        return dtype.kind in ("iubf" if regress else "iub") and len(shape) == 1 and shape[0] <= MAX_CSV_ROWS
    if key == "bounds":
        return dtype.kind in _NUMBER_KINDS and shape == (4,)
    if key == "class_names":
        return dtype.kind == "U" and len(shape) == 1 and 1 <= shape[0] <= 1000 and dtype.itemsize <= 4 * 1000
    if key == "name":
        return dtype.kind == "U" and shape == () and dtype.itemsize <= 4 * 1000
    return None


def _load_run(r: _Reader, entry, i: int) -> SavedRun:
    if not isinstance(entry, dict) or not isinstance(entry.get("folder"), str):
        r.fail(Message(QT_TRANSLATE_NOOP("errors", "run {i} of the manifest has no folder"), i=i))
    folder, label = entry["folder"], entry.get("label", f"run {i + 1}")
    if not isinstance(label, str) or len(label) > 200:
        r.fail(Message(QT_TRANSLATE_NOOP("errors", "run {i} of the manifest has a label that is not a short text"), i=i))
    raw = r.json(folder + "config.json")
    if not isinstance(raw, dict):
        r.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: {problem}"), name=folder + "config.json", problem=Message(QT_TRANSLATE_NOOP("errors", "not an object"))))
    try:
        config = Config.from_dict(raw)
    except (ConfigError, TypeError, AttributeError, OverflowError) as e:
        r.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: {problem}"), name=folder + "config.json", problem=message_of(e)))
    dataset = None
    if config.csv or config.image_folder:
        name = folder + "dataset.npz"
        regress = bool(config.target_column)
        d = r.arrays(name, _images_fit if config.image_folder else
                     (lambda key, shape, dtype: _dataset_fits(key, shape, dtype, regress)))
        try:
            X, bounds = d["X"].astype(float), tuple(float(b) for b in d["bounds"])
            if not np.isfinite(X).all() or not all(math.isfinite(b) for b in bounds) \
                    or not (bounds[0] < bounds[1] and bounds[2] < bounds[3]):
                raise ValueError("its points or bounds are not finite numbers")
            shape = None
            if config.image_folder:
                if "image_shape" not in d:
                    raise KeyError("image_shape")
                shape = tuple(int(v) for v in d["image_shape"])
                if not (8 <= min(shape) and max(shape) <= 28) or X.size and not (X.min() >= 0 and X.max() <= 1):
                    raise ValueError("its images are not 8 to 28 pixels of values in [0, 1]")
            dataset = Dataset(X=X, y=d["y"].astype(np.float64 if regress else np.int64),
                              class_names=tuple(str(c) for c in d["class_names"]), name=str(d["name"]), bounds=bounds,
                              image_shape=shape, task="regress" if regress else "classify")
        except KeyError as e:
            r.fail(Message(QT_TRANSLATE_NOOP("errors", "{name} is missing"), name=f"{name}: {e.args[0]}"))
        except (ValueError, TypeError) as e:
            r.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: {problem}"), name=name, problem=str(e)))
    scalars = r.json(folder + "state.json")
    problem = _state_problem(scalars)
    if problem is not None:
        r.fail(Message(QT_TRANSLATE_NOOP("errors", "{name}: {problem}"), name=folder + "state.json", problem=problem))
    try:
        trainer = Trainer(config, dataset=dataset)
    except (ValueError, TypeError) as e:
        r.fail(Message(QT_TRANSLATE_NOOP("errors", "{folder}: the saved state does not fit its config ({kind}: {problem})"), folder=folder,
                       kind=type(e).__name__, problem=str(e)))
    arrays = r.arrays(folder + "state.npz", _state_fits(trainer, scalars))
    try:
        trainer.restore(scalars, arrays)
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        r.fail(Message(QT_TRANSLATE_NOOP("errors", "{folder}: the saved state does not fit its config ({kind}: {problem})"), folder=folder,
                       kind=type(e).__name__, problem=str(e)))
    return SavedRun(label, trainer)
