"""The remembered settings (QSettings): the config, the window's geometry and dock layout.

Whatever is stored may be corrupt (edited by hand, written by another version):
each bad value is dropped on its own, the rest is used, and the caller is told
which were dropped so it can say so once.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from ..common.files import JSONProblem, parse_json
from ..config import Config

_BAD = (ValueError, TypeError, OverflowError, MemoryError, KeyError, AttributeError, RecursionError)
MAX_CONFIG_TEXT = 256 * 1024  # the stored config is a few hundred bytes


def stored_config(s: QSettings) -> tuple[Config | None, bool]:
    """The saved config (None if there is none), and whether any of it was bad.

    Bad keys fall back to their defaults one by one; a CSV path is dropped (the
    file may be gone: start from toy data)."""
    raw = s.value("config")
    if raw is None:
        return None, False
    try:
        # Bounded and depth-checked: a stored value that made json.loads raise RecursionError
        # would stop the window from ever starting again.
        data = parse_json(raw, MAX_CONFIG_TEXT) if isinstance(raw, str) else None
    except JSONProblem:
        data = None
    if not isinstance(data, dict):
        return None, True
    data.pop("csv", None)
    if data.pop("image_folder", None):  # (not read again at start either: its pixel features go with it)
        data.pop("features", None)
    data.pop("target_column", None)  # (the CSV's: gone with it)
    try:
        return Config.from_dict(data), False
    except _BAD:
        pass
    cfg, bad = Config(), False
    for key, value in data.items():
        try:
            cfg = cfg.replace(**{key: value})
        except _BAD:
            bad = True
    return cfg, bad


def _blob(value) -> QByteArray | None:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, (bytes, bytearray)):
        return QByteArray(bytes(value))
    return None  # text or a list: not something Qt saved


def restore_window(s: QSettings, win) -> tuple[bool, bool]:
    """Restore ``win``'s geometry and dock layout: (layout restored, something was bad)."""
    bad = False
    geom = s.value("geometry")
    if geom is not None:
        blob = _blob(geom)
        bad |= blob is None or not win.restoreGeometry(blob)
    restored = False
    state = s.value("window_state")
    if state is not None:
        blob = _blob(state)
        restored = blob is not None and bool(win.restoreState(blob))
        bad |= not restored
    return restored, bad


def unwritable(s: QSettings) -> str:
    """Why settings cannot be saved ("" when they can)."""
    if s.isWritable() and s.status() != QSettings.AccessError:
        return ""
    return f"settings cannot be saved: {s.fileName()} is not writable"


def save(s: QSettings, config: Config, win) -> str:
    """Store the config and the window; "" when written, else why not."""
    s.setValue("config", json.dumps(config.to_dict()))
    s.setValue("geometry", win.saveGeometry())
    s.setValue("window_state", win.saveState())
    s.sync()
    return unwritable(s)
