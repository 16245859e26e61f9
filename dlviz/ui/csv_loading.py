"""Loading a CSV dataset in a background thread (superqt's worker), decided without a
widget: the newest choice wins, a toy dataset chosen meanwhile drops the load, and a
loaded file becomes the RunController's dataset."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from superqt.utils import create_worker

from ..data import DataError, LoadCancelled, load_csv
from .i18n import explain


class CsvLoader(QObject):
    """Loads CSV files for RunController ``run``."""

    csv_loading = Signal(str)  # a CSV load began (its path)
    csv_loaded = Signal(bool)  # a CSV load ended: True if it is the dataset now
    csv_failed = Signal(str)  # why a CSV could not be loaded (worth a dialog)
    folder_failed = Signal(str)  # why an image folder could not be loaded (worth a dialog)
    folder_note = Signal(str)  # an image folder loaded, but some files were skipped (a passing notice)
    # From the loading thread (token, path, Dataset or None, error); queued to
    # this object's (the GUI) thread. A lambda connected straight to the
    # worker's signals would run in the loading thread.
    _csv_result = Signal(int, str, object, str)

    def __init__(self, run, parent: QObject | None = None):
        super().__init__(parent)
        self.run = run
        self._csv_token = 0  # the newest CSV choice; older loads' results are dropped
        self._csv_stop = threading.Event()
        self._csv_job = None
        self._kind = "csv"  # what the newest load reads: "csv" or "folder" (an image folder)
        self._target = ""  # the newest CSV load's target column ("": a labelled file)
        self._csv_result.connect(self._on_csv_done)
        run.dataset_chosen.connect(self.cancel_csv)

    def load_csv(self, path: str | Path, target_column: str = "") -> None:
        """Load ``path`` in a background thread; the newest choice wins, and a
        toy dataset chosen meanwhile cancels it. ``csv_loaded(ok)`` tells the end.
        ``target_column``: fit that numeric column (a regression), not a label."""
        self.cancel_csv()
        self._csv_token += 1
        self._csv_stop = stop = threading.Event()
        token, path = self._csv_token, str(path)
        self.csv_loading.emit(path)
        self._kind = "csv"
        self._target = target_column
        self._set_job(create_worker(
            load_csv, path, should_stop=stop.is_set, target_column=target_column or None, _ignore_errors=True,
            _connect={"returned": lambda ds: self._tell(token, path, ds, ""),
                      "errored": lambda e: self._tell(token, path, None, self._csv_error(path, e))}))

    def load_image_folder(self, path: str | Path, size: int) -> None:
        """Load the image folder ``path`` (one sub-folder of images per class) in a background
        thread, as :meth:`load_csv` loads a CSV: the newest choice wins, a toy dataset chosen
        meanwhile (or Esc) cancels it, and ``csv_loaded(ok)`` tells the end."""
        from .image_folder import load_image_folder  # (decoding many files: in the loading thread)

        self.cancel_csv()
        self._csv_token += 1
        self._csv_stop = stop = threading.Event()
        token, path = self._csv_token, str(path)
        self.csv_loading.emit(path)
        self._kind = "folder"
        self._set_job(create_worker(
            load_image_folder, path, size, should_stop=stop.is_set, _ignore_errors=True,
            _connect={"returned": lambda got: self._tell(token, path, got, ""),
                      "errored": lambda e: self._tell(token, path, None, self._csv_error(path, e))}))

    def _tell(self, token: int, path: str, ds, error: str) -> None:
        """(In the loading thread.) The result, queued to the GUI thread; dropped if the
        window was closed and deleted meanwhile (a cancelled load ends after it)."""
        try:
            self._csv_result.emit(token, path, ds, error)
        except RuntimeError:  # "Signal source has been deleted": nobody waits for this
            pass

    def _set_job(self, job) -> None:
        self._csv_job = job
        self.run.set_csv_pending(job is not None)

    @property
    def csv_busy(self) -> bool:
        return self._csv_job is not None

    def cancel_csv(self) -> None:
        """Abandon a load in progress: its result, whenever it comes, is dropped."""
        if self._csv_job is None:
            return
        self._csv_stop.set()
        self._set_job(None)
        self._csv_token += 1
        self.csv_loaded.emit(False)

    @staticmethod
    def _csv_error(path: str, e: BaseException) -> str:
        if isinstance(e, LoadCancelled):
            return ""
        if isinstance(e, DataError):
            return explain(e)
        return f"{path}: {type(e).__name__}: {e}"  # never a silent end

    def _on_csv_done(self, token: int, path: str, ds, error: str) -> None:
        if token != self._csv_token:
            return  # a newer choice (or a cancel) came since
        self._set_job(None)
        folder = self._kind == "folder"  # (the newest load's: older results were dropped above)
        if ds is not None:
            error = self.run.use_dataset(ds.dataset, path, "image_folder") if folder else \
                self.run.use_dataset(ds, path, target_column=self._target)
            if not error:
                note = ds.note() if folder else None
                if note is not None:
                    self.folder_note.emit(explain(note))
                self.csv_loaded.emit(True)
                return
        if error:
            (self.folder_failed if folder else self.csv_failed).emit(error)
        self.csv_loaded.emit(False)

    def close(self) -> None:
        """The window closes: a load's result, whenever it comes, is dropped silently."""
        self._csv_stop.set()
        self._csv_token += 1
        self._set_job(None)
