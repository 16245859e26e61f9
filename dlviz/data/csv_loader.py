"""Load a labelled 2-D dataset from a CSV file of ``x1, x2, label`` rows.

Every problem with the file is reported as a ``DataError`` whose message says
what is wrong and on which line (1-based, as an editor shows it), so the GUI
and the CLI can show it as it is.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import math
import numbers
import os
import re
import stat
import time
from pathlib import Path
from typing import Callable

import numpy as np

from ..common.messages import QT_TRANSLATE_NOOP, Message, MessageError
from .datasets import MAX_CLASSES, Dataset

_COLUMNS = ("x1", "x2", "label")
_INT_RE = re.compile(r"[+-]?[0-9]+")
_PAD = 0.05  # bounds padding, as a fraction of the data span
# Beyond this the span and padding of the bounds could overflow to inf; no
# sensible 2-D teaching data comes near it.
MAX_ABS_VALUE = 1e15
# A line of x1, x2, label is a few dozen characters. Reading lines with this cap
# keeps a huge one-line file from being parsed in one long call that holds the
# GIL (a 200 MB line froze the window for 3 s while it loaded in a thread).
MAX_LINE_CHARS = 100_000
# target_candidates runs in the GUI thread: it reads no further than this for the header.
HEADER_SCAN_CHARS = 1 << 20
_CHECK_EVERY = 2048  # rows between two looks at ``should_stop`` (and two yields of the GIL)
_FLOAT_CHUNK = 65_536  # values converted per call (each call holds the GIL)


class LoadCancelled(Exception):
    """``should_stop`` said stop: the load was abandoned (not an error to show)."""


class DataError(MessageError):
    """A data file cannot be used; ``str(err)`` is a message for the user (``.message``
    the :class:`~dlviz.common.messages.Message` the window translates).

    Attributes
    ----------
    path : the file, when known.
    line : 1-based line number of the problem, when there is one.
    """

    def __init__(self, message: Message | str, path: Path | None = None, line: int | None = None):
        name = path.name if path is not None else ""
        if name and line is not None:
            message = Message(QT_TRANSLATE_NOOP("errors", "{file}, line {line}: {problem}"), file=name, line=line, problem=message)
        elif line is not None:
            message = Message(QT_TRANSLATE_NOOP("errors", "line {line}: {problem}"), line=line, problem=message)
        elif name:
            message = Message(QT_TRANSLATE_NOOP("errors", "{file}: {problem}"), file=name, problem=message)
        super().__init__(message)
        self.path = path
        self.line = line


def _show(text: str, limit: int = 40) -> str:
    """``repr`` of a field, shortened so a huge field cannot flood the message."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _first_bad_utf8(path: Path) -> tuple[int, int, int] | None:
    """(line, byte within the line, byte value) of the first invalid UTF-8 byte."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, column = 1, 0  # column: bytes of the current line seen so far
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 16)
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                # exc.object starts with the bytes the decoder held back from
                # the last chunk, which were already counted in column.
                head = exc.object[: exc.start]
                column -= pending
                if b"\n" in head:
                    line += head.count(b"\n")
                    column = len(head) - head.rfind(b"\n") - 1
                else:
                    column += len(head)
                return line, column + 1, exc.object[exc.start]
            if not chunk:
                return None
            if b"\n" in chunk:
                line += chunk.count(b"\n")
                column = len(chunk) - chunk.rfind(b"\n") - 1
            else:
                column += len(chunk)


def _sniff_delimiter(line: str) -> str:
    # Deliberately simple: a comma anywhere wins; ';' and tab are for files
    # without any comma on their first line.
    if "," in line:
        return ","
    if ";" in line:
        return ";"
    if "\t" in line:
        return "\t"
    return ","


def _is_blank(row: list[str]) -> bool:
    # Spreadsheets export empty rows as ",,": treat them as blank lines.
    return all(not field.strip() for field in row)


def _header_columns(header: list[str], path: Path, line: int) -> tuple[int, int, int] | None:
    """Indices of x1, x2, label if the header names all three, else None."""
    names = [h.strip().lower() for h in header]
    if not all(c in names for c in _COLUMNS):
        return None
    for c in _COLUMNS:
        if names.count(c) > 1:
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the header names column {column!r} more than once"), column=c), path, line)
    return names.index("x1"), names.index("x2"), names.index("label")


def _to_floats(texts: list[str], column: str, lines: list[int], path: Path) -> np.ndarray:
    out = np.empty(len(texts))
    try:
        for i in range(0, len(texts), _FLOAT_CHUNK):
            part = texts[i : i + _FLOAT_CHUNK]
            out[i : i + len(part)] = np.fromiter(map(float, part), dtype=np.float64, count=len(part))
            time.sleep(0)  # let the GUI thread in between chunks
        return out
    except ValueError:
        pass
    for text, line in zip(texts, lines):
        if not _is_number(text):
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "{column} {text} is not a number"), column=column, text=_show(text.strip())),
                            path, line)
    raise DataError(Message(QT_TRANSLATE_NOOP("errors", "{column} has a value that is not a number"), column=column), path)  # pragma: no cover


def _too_wide(width: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("errors", "found {n} fields, expected 3 (x1, x2, label); "
                   "name the columns x1, x2 and label in a header to use other columns"), n=width)


def _fields(n: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("errors", "{n} field"), n=n) if n == 1 else Message(QT_TRANSLATE_NOOP("errors", "{n} fields"), n=n)


def _capped_lines(f, path: Path, should_stop: Callable[[], bool]):
    """The file's lines, each read with a length cap; a longer one is an error."""
    n = 0
    while True:
        line = f.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        n += 1
        if len(line) > MAX_LINE_CHARS:
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the line is longer than {n} characters: not rows of x1, x2, label"),
                                    n=f"{MAX_LINE_CHARS:,}"), path, n)
        if n % _CHECK_EVERY == 0:
            # Measured: csv.reader pulling lines from here kept the GIL for
            # ~200 ms at a time while the GUI thread waited (its timer stalled);
            # sleep(0) hands it over, and the stalls drop to ~6 ms.
            time.sleep(0)
            if should_stop():
                raise LoadCancelled(str(path))
        yield line


def _never() -> bool:
    return False


def _read_rows(path: Path, max_rows: int, should_stop: Callable[[], bool] = _never):
    """Parse the file into x1 texts, x2 texts, stripped labels and line numbers."""
    x1s: list[str] = []
    x2s: list[str] = []
    labels: list[str] = []
    lines: list[int] = []
    # utf-8-sig drops a BOM; newline="" lets csv see quoted newlines and any
    # line ending (\n, \r\n, \r).
    with open(path, encoding="utf-8-sig", newline="") as f:
        first_line, reader = _csv_reader(f, path, should_stop)
        try:
            rows = iter(reader)
            for first in rows:
                if not _is_blank(first):
                    break
            else:
                raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the file is empty")) if not first_line else Message(QT_TRANSLATE_NOOP("errors", "the file has no data rows")),
                                path)

            width = len(first)
            line = reader.line_num
            if width < 3:
                raise DataError(Message(QT_TRANSLATE_NOOP("errors", "found {fields}, expected 3 (x1, x2, label)"), fields=_fields(width)), path, line)
            has_header = not (_is_number(first[0]) or _is_number(first[1]))
            cols = _header_columns(first, path, line) if has_header else None
            if cols is None and width > 3:
                raise DataError(_too_wide(width), path, line)
            i1, i2, il = cols or (0, 1, 2)
            if not has_header:
                rows = itertools.chain([first], rows)

            for row in rows:
                if len(row) != width:
                    if _is_blank(row):
                        continue
                    raise DataError(
                        Message(QT_TRANSLATE_NOOP("errors", "found {fields}, expected {width} like the first row"), fields=_fields(len(row)),
                                width=width),
                        path,
                        reader.line_num,
                    )
                label = row[il].strip()
                if not label:
                    if _is_blank(row):
                        continue
                    raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the label is empty")), path, reader.line_num)
                if len(labels) >= max_rows:
                    raise DataError(
                        Message(QT_TRANSLATE_NOOP("errors", "more than {n} data rows; the limit is {n}"), n=f"{max_rows:,}"),
                        path,
                        reader.line_num,
                    )
                x1s.append(row[i1])
                x2s.append(row[i2])
                labels.append(label)
                lines.append(reader.line_num)
        except csv.Error as exc:
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "malformed CSV: {problem}"), problem=str(exc)), path, reader.line_num) from exc

    if not labels:
        raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the file has a header but no data rows")), path)
    return x1s, x2s, labels, lines


def _encode_labels(labels: list[str], lines: list[int], path: Path):
    """Labels to codes 0..K-1: numeric order if all are integers, else first appearance."""
    first_seen = list(dict.fromkeys(labels))
    if all(_INT_RE.fullmatch(s) for s in first_seen):
        # "1" and "01" are one class, named by the spelling seen first.
        by_value: dict[int, str] = {}
        for s in first_seen:
            by_value.setdefault(int(s), s)
        values = sorted(by_value)
        names = [by_value[v] for v in values]
        code_of = {v: k for k, v in enumerate(values)}
        code = {s: code_of[int(s)] for s in first_seen}
    else:
        names = first_seen
        code = {s: k for k, s in enumerate(first_seen)}
    if len(names) > MAX_CLASSES:
        # Point at the first row whose label is one class too many.
        distinct: set[int] = set()
        for s in first_seen:
            distinct.add(code[s])
            if len(distinct) > MAX_CLASSES:
                raise DataError(
                    Message(QT_TRANSLATE_NOOP("errors", "label {label} makes more than {max} classes ({n} in all); at most {max} are supported"),
                            label=_show(s), max=MAX_CLASSES, n=len(names)),
                    path,
                    lines[labels.index(s)],
                )
    if len(names) < 2:
        raise DataError(Message(QT_TRANSLATE_NOOP("errors", "needs at least 2 classes, found 1: {label}"), label=_show(names[0])), path)
    y = np.array([code[s] for s in labels], dtype=np.int64)
    return y, tuple(names)


def _bounds(X: np.ndarray) -> tuple[float, float, float, float]:
    out: list[float] = []
    for j in range(2):
        lo, hi = float(X[:, j].min()), float(X[:, j].max())
        span = hi - lo
        pad = _PAD * span if span > 0 else 1.0
        out += [lo - pad, hi + pad]
    return out[0], out[1], out[2], out[3]


def _csv_reader(f, path: Path, should_stop: Callable[[], bool]):
    """(the first non-blank line, a csv reader from the start of ``f``), the delimiter
    sniffed from that line; every line capped in length (see :func:`_capped_lines`)."""
    first_line = ""
    for first_line in _capped_lines(f, path, should_stop):
        if first_line.strip():
            break
    f.seek(0)
    return first_line, csv.reader(_capped_lines(f, path, should_stop), delimiter=_sniff_delimiter(first_line),
                                  skipinitialspace=True, strict=True)


def target_candidates(path: str | os.PathLike) -> tuple[str, ...]:
    """The columns a regression could fit in the CSV file ``path``: when its header names
    ``x1`` and no ``label`` column, every other column but ``x2`` (as the header spells
    them); else () (a classification file, no header, or a file that cannot be read: the
    load itself says what is wrong). Called in the GUI thread, so it reads the first
    ``HEADER_SCAN_CHARS`` characters at most: a header past them (after a megabyte of blank
    lines) is none."""
    p = Path(path)
    try:
        if not p.is_file():
            return ()
        with open(p, encoding="utf-8-sig", newline="") as f:
            head = io.StringIO(f.read(HEADER_SCAN_CHARS), newline="")
        _, reader = _csv_reader(head, p, _never)
        header = next((row for row in reader if not _is_blank(row)), None)
    except (OSError, UnicodeDecodeError, csv.Error, DataError):
        return ()
    if header is None:
        return ()
    names = [h.strip() for h in header]
    lower = [n.lower() for n in names]
    if "x1" not in lower or "label" in lower:
        return ()
    return tuple(n for n, low in zip(names, lower) if n and low not in ("x1", "x2"))


def _read_target_rows(path: Path, target: str, max_rows: int, should_stop: Callable[[], bool]):
    """A regression file's header and rows: the texts of x1 (x2 when the header names it)
    and of the ``target`` column, with their line numbers."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        _, reader = _csv_reader(f, path, should_stop)
        try:
            rows = iter(reader)
            for header in rows:
                if not _is_blank(header):
                    break
            else:
                raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the file is empty")), path)
            line = reader.line_num
            names = [h.strip().lower() for h in header]
            want = target.strip().lower()
            for c in dict.fromkeys(("x1", "x2", want)):
                if names.count(c) > 1:
                    raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the header names column {column!r} more than once"), column=c), path, line)
            if want not in names:
                raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the header has no target column {column!r}; its columns: {columns}"),
                                        column=target, columns=", ".join(h.strip() for h in header)), path, line)
            if "x1" not in names or want in ("x1", "x2"):
                raise DataError(Message(QT_TRANSLATE_NOOP("errors", "a regression file needs a header naming the input x1 (and x2 for a "
                                                          "surface) and the target column {column!r}"), column=target), path, line)
            cols = [names.index("x1")] + ([names.index("x2")] if "x2" in names else []) + [names.index(want)]
            width = len(header)
            texts: list[list[str]] = [[] for _ in cols]
            lines: list[int] = []
            for row in rows:
                if len(row) != width:
                    if _is_blank(row):
                        continue
                    raise DataError(Message(QT_TRANSLATE_NOOP("errors", "found {fields}, expected {width} like the first row"),
                                            fields=_fields(len(row)), width=width), path, reader.line_num)
                if _is_blank(row):
                    continue
                if len(lines) >= max_rows:
                    raise DataError(Message(QT_TRANSLATE_NOOP("errors", "more than {n} data rows; the limit is {n}"), n=f"{max_rows:,}"),
                                    path, reader.line_num)
                for t, c in zip(texts, cols):
                    t.append(row[c])
                lines.append(reader.line_num)
        except csv.Error as exc:
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "malformed CSV: {problem}"), problem=str(exc)), path, reader.line_num) from exc
    if not lines:
        raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the file has a header but no data rows")), path)
    return texts[:-1], texts[-1], lines


def _targets(texts: list[str], column: str, lines: list[int], path: Path) -> np.ndarray:
    """The target column as float64; a value that is not a finite number is one error naming it and its line."""
    y = np.empty(len(texts))
    for i, text in enumerate(texts):
        try:
            v = float(text)
        except ValueError:
            v = math.nan
        if not math.isfinite(v) or abs(v) > MAX_ABS_VALUE:
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the target {column} must be a finite number, got {text}"),
                                    column=column, text=_show(text.strip())), path, lines[i])
        y[i] = v
    return y


def _load_regression(path: Path, target: str, max_rows: int, should_stop: Callable[[], bool]) -> Dataset:
    xs, ys, lines = _read_target_rows(path, target, max_rows, should_stop)
    X = np.empty((len(lines), len(xs)))
    for j, texts in enumerate(xs):
        X[:, j] = _to_floats(texts, f"x{j + 1}", lines, path)
        bad = ~np.isfinite(X[:, j]) | (np.abs(X[:, j]) > MAX_ABS_VALUE)
        if bad.any():
            i = int(np.argmax(bad))
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "x{j} {text} is not a finite number"), j=j + 1,
                                    text=_show(texts[i].strip())), path, lines[i])
    y = _targets(ys, target, lines, path)
    if should_stop():
        raise LoadCancelled(str(path))
    if X.shape[1] == 2:
        bounds = _bounds(X)
    else:  # a curve: x's range, then the target's (the view's y axis), each padded
        bounds = _bounds(np.column_stack((X[:, 0], y)))
    return Dataset(X=X, y=y, class_names=(target.strip(),), name=path.stem, bounds=bounds, task="regress")


def load_csv(path: str | os.PathLike, max_rows: int = 1_000_000,
             should_stop: Callable[[], bool] = _never, target_column: str | None = None) -> Dataset:
    """Load ``x1, x2, label`` rows from a CSV file.

    The header is optional: a first row whose first two fields are both not
    numbers is one. If it names columns ``x1``, ``x2`` and ``label`` (any order,
    any case, other columns ignored) those are used; otherwise the file must
    have exactly three columns in that order. The separator is a comma, or ';'
    or tab when the first line has no comma. Blank lines are skipped, fields
    are stripped, quotes work as in the ``csv`` module, a UTF-8 BOM is fine.

    Labels may be any strings. If all are integers the classes are in numeric
    order, otherwise in order of first appearance; ``class_names`` keeps the
    label text. ``name`` is the file stem and ``bounds`` the data range padded
    by 5% of the span on each side (a zero span gets +-1). Coordinates must be
    finite and within ``MAX_ABS_VALUE`` (1e15) in magnitude.

    ``should_stop`` is polled every few thousand rows (from another thread, the
    GUI's cancel); when it returns True the load ends with ``LoadCancelled``.

    ``target_column``: a regression file instead. Its header names the input ``x1``
    (and ``x2``: then the data is a surface, else a curve) and the numeric target
    column (any case; other columns ignored); a target that is not a finite number
    is an error naming its line.

    Raises
    ------
    DataError
        For any problem with the file, naming the line where there is one.
        A file that is not a regular file (a FIFO, a device) is refused before
        it is opened: reading one could block for ever.
    LoadCancelled
        When ``should_stop()`` became true.
    ValueError
        If ``max_rows`` is not a positive integer.
    """
    if isinstance(max_rows, bool) or not isinstance(max_rows, numbers.Integral) or max_rows < 1:
        raise ValueError(f"max_rows must be a positive integer, got {max_rows!r}")
    path = Path(path)
    try:
        if not path.exists():
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "file not found: {path}"), path=str(path)))
        if path.is_dir():
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "{path} is a directory, not a CSV file"), path=str(path)))
        if not stat.S_ISREG(path.stat().st_mode):
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "{path} is not a regular file (a pipe or a device?), not a CSV file"), path=str(path)))
    except OSError as exc:
        raise DataError(Message(QT_TRANSLATE_NOOP("errors", "cannot access {path}: {problem}"), path=str(path), problem=str(exc.strerror or exc))) \
            from exc

    try:
        if target_column:
            return _load_regression(path, target_column, int(max_rows), should_stop)
        x1s, x2s, labels, lines = _read_rows(path, int(max_rows), should_stop)
    except UnicodeDecodeError as exc:
        try:
            where = _first_bad_utf8(path)
        except OSError:
            where = None
        if where is None:  # pragma: no cover - the file changed under us
            raise DataError(Message(QT_TRANSLATE_NOOP("errors", "the file is not valid UTF-8; save it as UTF-8")), path) from exc
        line, column, byte = where
        raise DataError(
            Message(QT_TRANSLATE_NOOP("errors", "not valid UTF-8 (byte 0x{byte:02x} is byte {column} of the line); save the file as UTF-8"),
                    byte=byte, column=column),
            path,
            line,
        ) from exc
    except OSError as exc:
        raise DataError(Message(QT_TRANSLATE_NOOP("errors", "cannot read the file: {problem}"), problem=str(exc.strerror or exc)), path) from exc

    X = np.empty((len(labels), 2))
    X[:, 0] = _to_floats(x1s, "x1", lines, path)
    X[:, 1] = _to_floats(x2s, "x2", lines, path)
    finite = np.isfinite(X)
    if not finite.all():
        i, j = np.argwhere(~finite)[0]
        text = (x1s, x2s)[j][i].strip()
        raise DataError(Message(QT_TRANSLATE_NOOP("errors", "x{j} {text} is not a finite number"), j=j + 1, text=_show(text)), path, lines[i])
    huge = np.abs(X) > MAX_ABS_VALUE
    if huge.any():
        i, j = np.argwhere(huge)[0]
        text = (x1s, x2s)[j][i].strip()
        raise DataError(
            Message(QT_TRANSLATE_NOOP("errors", "x{j} {text} is too large; values must lie within ±{limit}"), j=j + 1, text=_show(text),
                    limit=f"{MAX_ABS_VALUE:g}"),
            path,
            lines[i],
        )
    del x1s, x2s
    if should_stop():
        raise LoadCancelled(str(path))
    y, class_names = _encode_labels(labels, lines, path)
    return Dataset(X=X, y=y, class_names=class_names, name=path.stem, bounds=_bounds(X))
