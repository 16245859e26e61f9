"""Sweeps in the window (being written)."""


def install(win) -> None:
    """Train ▸ Sweep… (not yet)."""
