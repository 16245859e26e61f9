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

Reading trusts nothing: a file that is not a zip, is cut short, has no manifest,
comes from a newer dlviz, names a member outside the archive, declares a huge
member, or holds arrays of the wrong shape (or pickled ones) raises one
:class:`ExperimentError` that says what is wrong, and nothing is changed.
Writing goes to a temporary file that is renamed over the target at the end.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..common.files import replacing
from ..common.messages import Message, MessageError, message_of
from ..config import Config, ConfigError
from ..data import Dataset
from . import ghosts as _ghosts
from . import history_csv
from .trainer import Trainer

FORMAT = "dlviz-experiment"
VERSION = 1
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # a declared size above this is not a dlviz file
MAX_RUNS = 64


class ExperimentError(MessageError):
    """The file cannot be read (or written); ``str(err)`` says why, naming the file
    (``.message``: the :class:`~dlviz.common.messages.Message` the window translates)."""


def _in_file(where: str, problem: Message | str) -> ExperimentError:
    return ExperimentError(Message("{file}: {problem}", file=where, problem=problem))


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
                if t.config.csv:
                    ds = t.dataset
                    z.writestr(folder + "dataset.npz", _npz({
                        "X": np.asarray(ds.X), "y": np.asarray(ds.y), "bounds": np.asarray(ds.bounds, float),
                        "class_names": np.array(ds.class_names, dtype=str), "name": np.array(ds.name, dtype=str)}))
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


class _Reader:
    """Checked access to the members of an opened archive."""

    def __init__(self, z: zipfile.ZipFile, where: str):
        self.z, self.where = z, where
        for info in z.infolist():
            name = info.filename
            if name.startswith(("/", "\\")) or ".." in Path(name).parts or ":" in name:
                self.fail(Message("member {name!r} points outside the archive", name=name))
            if info.file_size > MAX_MEMBER_BYTES:
                self.fail(Message("member {name!r} declares {size} bytes, more than a dlviz file holds", name=name,
                                  size=f"{info.file_size:,}"))
        self.names = set(z.namelist())

    def fail(self, why: Message | str):
        raise _in_file(self.where, why)

    def raw(self, name: str) -> bytes:
        if name not in self.names:
            self.fail(Message("{name} is missing", name=name))
        return self.z.read(name)

    def json(self, name: str):
        try:
            return json.loads(self.raw(name).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            self.fail(Message("{name} is not valid JSON ({problem})", name=name, problem=str(e)))

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        try:
            with np.load(io.BytesIO(self.raw(name)), allow_pickle=False) as f:
                return {k: f[k] for k in f.files}
        except ValueError as e:  # pickled object arrays land here
            self.fail(Message("{name}: {problem}", name=name, problem=str(e)))
        except (OSError, zipfile.BadZipFile, EOFError) as e:
            self.fail(Message("{name} is damaged ({problem})", name=name, problem=str(e)))


def load(path: str | os.PathLike) -> list[SavedRun]:
    """Read every run of a ``.dlviz`` file, ready to train on; ExperimentError if anything is wrong."""
    return load_experiment(path).runs


def load_experiment(path: str | os.PathLike) -> Experiment:
    """Read a whole ``.dlviz`` file: runs, window state and pinned runs; ExperimentError
    if anything in it is wrong (nothing is half read)."""
    path = Path(path)
    where = str(path)
    try:
        with zipfile.ZipFile(path) as z:
            r = _Reader(z, where)
            manifest = r.json("manifest.json")
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                r.fail(Message("not a dlviz experiment (its manifest names another format)"))
            version = manifest.get("version")
            if not isinstance(version, int) or version < 1:
                r.fail(Message("the manifest's version {version!r} is not a version", version=version))
            if version > VERSION:
                r.fail(Message("written by a newer dlviz (format version {version}; this one reads up to {known})",
                              version=version, known=VERSION))
            entries = manifest.get("runs")
            if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_RUNS:
                r.fail(Message("the manifest lists no runs"))
            runs = [_load_run(r, e, i) for i, e in enumerate(entries)]
            folders = manifest.get("ghosts", [])
            if not isinstance(folders, list) or len(folders) > _ghosts.MAX_GHOSTS \
                    or not all(isinstance(f, str) for f in folders):
                r.fail(Message("the manifest's pinned runs are not a list of at most {n} folders", n=_ghosts.MAX_GHOSTS))
            ghosts = []
            for folder in folders:
                try:
                    ghosts.append(_ghosts.from_files(r.json(folder + "ghost.json"), r.arrays(folder + "ghost.npz")))
                except ValueError as e:
                    if isinstance(e, ExperimentError):
                        raise
                    r.fail(Message("pinned run {folder}: {problem}", folder=folder, problem=message_of(e)))
            window = r.json("window.json") if "window.json" in r.names else {}
            if not isinstance(window, dict):
                r.fail(Message("window.json is not an object"))
            return Experiment(runs, window, ghosts)
    except ExperimentError:
        raise
    except FileNotFoundError:
        raise _in_file(where, Message("no such file")) from None
    except zipfile.BadZipFile as e:
        raise _in_file(where, Message("not a dlviz file, or cut short ({problem})", problem=str(e))) from None
    except (OSError, EOFError, zipfile.LargeZipFile, NotImplementedError) as e:
        raise _in_file(where, Message("cannot be read ({problem})", problem=str(e))) from None


def _load_run(r: _Reader, entry, i: int) -> SavedRun:
    if not isinstance(entry, dict) or not isinstance(entry.get("folder"), str):
        r.fail(Message("run {i} of the manifest has no folder", i=i))
    folder, label = entry["folder"], str(entry.get("label", f"run {i + 1}"))
    try:
        config = Config.from_dict(r.json(folder + "config.json"))
    except (ConfigError, TypeError, AttributeError) as e:
        r.fail(Message("{name}: {problem}", name=folder + "config.json", problem=message_of(e)))
    dataset = None
    if config.csv:
        d = r.arrays(folder + "dataset.npz")
        try:
            dataset = Dataset(X=d["X"].astype(float), y=d["y"].astype(np.int64),
                              class_names=tuple(str(c) for c in d["class_names"]), name=str(d["name"]),
                              bounds=tuple(float(b) for b in d["bounds"]))
        except (KeyError, ValueError, TypeError) as e:
            r.fail(Message("{name}: {problem}", name=folder + "dataset.npz", problem=str(e)))
    scalars = r.json(folder + "state.json")
    arrays = r.arrays(folder + "state.npz")
    try:
        trainer = Trainer(config, dataset=dataset)
        trainer.restore(scalars, arrays)
    except (KeyError, TypeError, ValueError) as e:
        r.fail(Message("{folder}: the saved state does not fit its config ({kind}: {problem})", folder=folder,
                       kind=type(e).__name__, problem=str(e)))
    return SavedRun(label, trainer)
