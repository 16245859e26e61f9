"""Experiment files (``.dlviz``): runs kept on disk and resumed exactly.

A ``.dlviz`` file is a zip holding ``manifest.json`` (format name, version, the
runs) and, per run ``runs/<i>/``: ``config.json``, ``state.json`` (counters and
random-generator states), ``state.npz`` (weights, optimizer buffers, the epoch's
shuffled samples when saved mid-epoch, the whole history), ``history.csv`` (for
people and spreadsheets) and ``dataset.npz`` when the data is not a generator
recipe (a CSV file). No pickle anywhere: arrays load with ``allow_pickle=False``.

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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..common.files import replacing
from ..config import Config, ConfigError
from ..data import Dataset
from . import history_csv
from .trainer import Trainer

FORMAT = "dlviz-experiment"
VERSION = 1
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # a declared size above this is not a dlviz file
MAX_RUNS = 64


class ExperimentError(ValueError):
    """The file cannot be read (or written); ``str(err)`` says why, naming the file."""


@dataclass
class SavedRun:
    label: str
    trainer: Trainer


def _npz(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def save(path: str | os.PathLike, runs: list[SavedRun]) -> Path:
    """Write ``runs`` to ``path`` atomically; OSError if it cannot be written."""
    path = Path(path)
    manifest = {"format": FORMAT, "version": VERSION, "runs": []}
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
            z.writestr("manifest.json", json.dumps(manifest, indent=1))
    return path


class _Reader:
    """Checked access to the members of an opened archive."""

    def __init__(self, z: zipfile.ZipFile, where: str):
        self.z, self.where = z, where
        for info in z.infolist():
            name = info.filename
            if name.startswith(("/", "\\")) or ".." in Path(name).parts or ":" in name:
                self.fail(f"member {name!r} points outside the archive")
            if info.file_size > MAX_MEMBER_BYTES:
                self.fail(f"member {name!r} declares {info.file_size:,} bytes, more than a dlviz file holds")
        self.names = set(z.namelist())

    def fail(self, why: str):
        raise ExperimentError(f"{self.where}: {why}")

    def raw(self, name: str) -> bytes:
        if name not in self.names:
            self.fail(f"{name} is missing")
        return self.z.read(name)

    def json(self, name: str):
        try:
            return json.loads(self.raw(name).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            self.fail(f"{name} is not valid JSON ({e})")

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        try:
            with np.load(io.BytesIO(self.raw(name)), allow_pickle=False) as f:
                return {k: f[k] for k in f.files}
        except ValueError as e:  # pickled object arrays land here
            self.fail(f"{name}: {e}")
        except (OSError, zipfile.BadZipFile, EOFError) as e:
            self.fail(f"{name} is damaged ({e})")


def load(path: str | os.PathLike) -> list[SavedRun]:
    """Read every run of a ``.dlviz`` file, ready to train on; ExperimentError if anything is wrong."""
    path = Path(path)
    where = str(path)
    try:
        with zipfile.ZipFile(path) as z:
            r = _Reader(z, where)
            manifest = r.json("manifest.json")
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                r.fail("not a dlviz experiment (its manifest names another format)")
            version = manifest.get("version")
            if not isinstance(version, int) or version < 1:
                r.fail(f"the manifest's version {version!r} is not a version")
            if version > VERSION:
                r.fail(f"written by a newer dlviz (format version {version}; this one reads up to {VERSION})")
            entries = manifest.get("runs")
            if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_RUNS:
                r.fail("the manifest lists no runs")
            return [_load_run(r, e, i) for i, e in enumerate(entries)]
    except ExperimentError:
        raise
    except FileNotFoundError:
        raise ExperimentError(f"{where}: no such file") from None
    except zipfile.BadZipFile as e:
        raise ExperimentError(f"{where}: not a dlviz file, or cut short ({e})") from None
    except (OSError, EOFError, zipfile.LargeZipFile, NotImplementedError) as e:
        raise ExperimentError(f"{where}: cannot be read ({e})") from None


def _load_run(r: _Reader, entry, i: int) -> SavedRun:
    if not isinstance(entry, dict) or not isinstance(entry.get("folder"), str):
        r.fail(f"run {i} of the manifest has no folder")
    folder, label = entry["folder"], str(entry.get("label", f"run {i + 1}"))
    try:
        config = Config.from_dict(r.json(folder + "config.json"))
    except (ConfigError, TypeError, AttributeError) as e:
        r.fail(f"{folder}config.json: {e}")
    dataset = None
    if config.csv:
        d = r.arrays(folder + "dataset.npz")
        try:
            dataset = Dataset(X=d["X"].astype(float), y=d["y"].astype(np.int64),
                              class_names=tuple(str(c) for c in d["class_names"]), name=str(d["name"]),
                              bounds=tuple(float(b) for b in d["bounds"]))
        except (KeyError, ValueError, TypeError) as e:
            r.fail(f"{folder}dataset.npz: {e}")
    scalars = r.json(folder + "state.json")
    arrays = r.arrays(folder + "state.npz")
    try:
        trainer = Trainer(config, dataset=dataset)
        trainer.restore(scalars, arrays)
    except (KeyError, TypeError, ValueError) as e:
        r.fail(f"{folder}: the saved state does not fit its config ({type(e).__name__}: {e})")
    return SavedRun(label, trainer)
