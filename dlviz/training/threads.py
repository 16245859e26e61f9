"""How many threads the engine's BLAS may use: one (the training process, headless runs,
lesson checks and walk-throughs all train small matrices)."""

from __future__ import annotations


def limit_blas_threads():
    """A context in which BLAS uses one thread: the engine multiplies matrices of a
    few dozen rows, where BLAS threads only add synchronisation, and on a 2-core
    machine they fight the GUI for the second core (measured: 15,000 -> 2,500
    steps/s with another busy process)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")
