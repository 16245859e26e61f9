"""Files: writing them so that a failure never leaves half a file behind, and reading
files that may be anything (a FIFO, a device, a huge or deeply nested JSON) with bounds."""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

import numpy as np

from .messages import QT_TRANSLATE_NOOP, Message, MessageError


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary file beside ``path`` to write into: renamed over ``path`` when the
    block ends well, removed when it raises (the old file, if any, stays as it was)."""
    path = Path(path)
    remove_stale_temps(path)  # a save killed half-way left its temporary file behind
    # Made with mode 0o666 and the umask applied, as open() would (mkstemp's 0o600 would
    # make every saved file private to its owner).
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover
        raise FileExistsError(f"no free temporary name beside {path}")
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


#: A temporary file untouched this long belongs to no save in progress (a save writes
#: without pause, then renames it at once): it was left by a save that was killed.
STALE_TEMP_SECONDS = 30.0
_TEMP = re.compile(r"\.[0-9a-zA-Z_]+\.(tmp|part)$")


def remove_stale_temps(path: str | os.PathLike, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove the temporary files that :func:`replacing` (``.NAME.XXXX.tmp``) or a PNG
    export (``.NAME.XXXX.part``) left beside ``path`` when killed mid-write, if untouched
    for ``older_than`` seconds; the removed ones. Never raises (a folder that cannot be
    listed, a file gone meanwhile: nothing to do)."""
    import time

    path = Path(path)
    prefix = f".{path.name}."
    removed = []
    try:
        candidates = [p for p in path.parent.iterdir() if p.name.startswith(prefix)
                      and _TEMP.fullmatch(p.name[len(prefix) - 1:])]
    except OSError:
        return removed
    now = time.time()
    for p in candidates:
        try:
            st = p.lstat()
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime >= older_than:
                p.unlink()
                removed.append(p)
        except OSError:
            pass
    return removed


# -- reading files that may be anything ------------------------------------------------------------

MAX_JSON_BYTES = 4 * 1024 * 1024  # a settings, lesson or config file is a few KB
MAX_JSON_DEPTH = 64  # dlviz's own files nest a few levels


class FileProblem(MessageError):
    """A file cannot be read as what it should be; the message names the file and says why."""


def _in(where: str, problem: Message) -> FileProblem:
    return FileProblem(Message(QT_TRANSLATE_NOOP("errors", "{file}: {problem}"), file=where, problem=problem))


def open_regular(path: str | os.PathLike, max_bytes: int | None = None) -> BinaryIO:
    """``path`` opened for binary reading; a :class:`FileProblem` if it is missing, a folder,
    not a regular file (a FIFO or a device: reading one could block for ever or never end)
    or, with ``max_bytes``, bigger than that. Never blocks: a FIFO is opened non-blocking
    and refused before anything is read."""
    where = os.fspath(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(where, flags)
    except FileNotFoundError:
        raise _in(where, Message(QT_TRANSLATE_NOOP("errors", "no such file"))) from None
    except IsADirectoryError:
        raise _in(where, Message(QT_TRANSLATE_NOOP("errors", "is a folder, not a file"))) from None
    except OSError as e:
        raise _in(where, Message(QT_TRANSLATE_NOOP("errors", "cannot be read ({problem})"), problem=e.strerror or str(e))) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _in(where, Message(QT_TRANSLATE_NOOP("errors", "is a folder, not a file")))
        if not stat.S_ISREG(st.st_mode):
            raise _in(where, Message(QT_TRANSLATE_NOOP("errors", "is not a regular file (a pipe or a device?)")))
        if max_bytes is not None and st.st_size > max_bytes:
            raise _in(where, Message(QT_TRANSLATE_NOOP("errors", "is too big ({size} bytes; at most {limit})"), size=f"{st.st_size:,}",
                                     limit=f"{max_bytes:,}"))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them (a file that
    says it is small and is not, such as one that grows, is refused all the same)."""
    with open_regular(path, max_bytes) as f:
        try:
            data = f.read(max_bytes + 1)
        except OSError as e:
            raise _in(os.fspath(path), Message(QT_TRANSLATE_NOOP("errors", "cannot be read ({problem})"), problem=e.strerror or str(e))) from None
    if len(data) > max_bytes:
        raise _in(os.fspath(path), Message(QT_TRANSLATE_NOOP("errors", "is too big (more than {limit} bytes)"), limit=f"{max_bytes:,}"))
    return data


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def json_depth(text: str) -> int:
    """How deep the arrays and objects of the JSON ``text`` nest (brackets inside strings
    do not count); counted without recursion, so any text is safe."""
    bare = _STRING.sub('""', text).encode("utf-8", "replace")
    b = np.frombuffer(bare, dtype=np.uint8)
    step = (np.isin(b, (0x5B, 0x7B)).astype(np.int8) - np.isin(b, (0x5D, 0x7D)).astype(np.int8))
    return int(np.cumsum(step, dtype=np.int64).max(initial=0))


class JSONProblem(MessageError):
    """Text that is not the JSON it should be (the message does not name a file)."""


def parse_json(data: bytes | str, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH):
    """The value in the JSON ``data``; a :class:`JSONProblem` saying why it is not valid,
    too big or nested deeper than ``max_depth`` (checked before parsing: no RecursionError)."""
    if len(data) > max_bytes:
        raise JSONProblem(Message(QT_TRANSLATE_NOOP("errors", "is too big ({size} bytes; at most {limit})"), size=f"{len(data):,}",
                                  limit=f"{max_bytes:,}"))
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise JSONProblem(Message(QT_TRANSLATE_NOOP("errors", "not valid JSON ({problem})"), problem=f"not UTF-8: {e.reason} at byte {e.start}")) \
                from None
    if json_depth(data) > max_depth:
        raise JSONProblem(Message(QT_TRANSLATE_NOOP("errors", "its JSON nests deeper than {n} levels"), n=max_depth))
    try:
        return json.loads(data)
    except RecursionError:  # (the depth check should have caught it)
        raise JSONProblem(Message(QT_TRANSLATE_NOOP("errors", "its JSON nests deeper than {n} levels"), n=max_depth)) from None
    except ValueError as e:  # a JSONDecodeError, or an integer of more than 4300 digits
        raise JSONProblem(Message(QT_TRANSLATE_NOOP("errors", "not valid JSON ({problem})"), problem=str(e))) from None


def read_json(path: str | os.PathLike, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH):
    """The JSON value in the regular file ``path``, read with both bounds; a
    :class:`FileProblem` naming the file says what is wrong."""
    data = read_bytes(path, max_bytes)
    try:
        return parse_json(data, max_bytes, max_depth)
    except JSONProblem as e:
        raise _in(os.fspath(path), e.message) from None
