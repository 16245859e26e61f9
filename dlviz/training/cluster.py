"""Sweeps on a Dask distributed cluster: ``dlviz sweep ... --dask ADDRESS``.

Dask is optional (``pip install 'dlviz[cluster]'``, i.e. ``dask[distributed]``) and
imported only here, only when asked. :func:`connect` reaches the scheduler within
``CONNECT_BUDGET`` seconds or says why not (:class:`ClusterError`, naming the
address); ``client.get_executor()`` then runs the cells
(``sweep.run_sweep(..., executor=...)``). Every machine of the cluster needs the same
dlviz (and, for the compiled engine, numba: ``dlviz warmup`` there makes its first
cells quick). Qt-free.
"""

from __future__ import annotations

import socket
import time
from urllib.parse import urlsplit

from ..common.messages import QT_TRANSLATE_NOOP, Message, MessageError

# Seconds from the call to :func:`connect` to an answer: Dask's import (seconds on a
# busy machine) included, so that an unreachable address is named within 10 s.
CONNECT_BUDGET = 8.0
MIN_TIMEOUT = 2.0  # seconds Dask's Client gets at least, however slow its import was
CLOSE_TIMEOUT = 5.0  # seconds a client may take to close


class ClusterError(MessageError):
    """No cluster: Dask is not installed, or its scheduler cannot be reached."""


def _probe(address: str, timeout: float) -> str | None:
    """For a ``tcp://host:port`` address, why a plain TCP connection fails (refused: at
    once, with no wait for Dask's retries), or None (it connects, or another scheme)."""
    parts = urlsplit(address if "://" in address else "tcp://" + address)
    if parts.scheme != "tcp":
        return None
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        return None  # Dask names what is wrong with it
    if not host or port is None:
        return None  # Dask names what is missing (before its Client is made)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except OSError as e:
        return e.strerror or type(e).__name__


async def _identify(address: str, timeout: float) -> Message | None:
    """Ask whatever listens at ``address`` who it is: None for a Dask scheduler, else why
    not. An OSError, ValueError or TimeoutError if it cannot be reached at all."""
    import asyncio

    from distributed import comm as dask_comm

    try:
        c = await dask_comm.connect(address, timeout=timeout)
    except (OSError, ValueError, asyncio.TimeoutError):
        raise
    except Exception:  # noqa: BLE001 - Dask's handshake read garbage (a web server, say)
        return Message(QT_TRANSLATE_NOOP("errors", "no Dask scheduler answers at {address}: something else listens there"),
                       address=address)
    try:
        await c.write({"op": "identity"})
        reply = await asyncio.wait_for(c.read(), timeout)
    except Exception:  # noqa: BLE001 - garbage, a closed connection, a read that timed out
        reply = None
    finally:
        c.abort()
    kind = reply.get("type") if isinstance(reply, dict) else None
    if kind == "Scheduler":
        return None
    if kind:
        return Message(QT_TRANSLATE_NOOP("errors", "no Dask scheduler answers at {address}: a Dask {kind} does (give the "
                                         "scheduler's address)"), address=address, kind=kind)
    return Message(QT_TRANSLATE_NOOP("errors", "no Dask scheduler answers at {address}: something else listens there"),
                   address=address)


def connect(address: str, budget: float = CONNECT_BUDGET):
    """A ``distributed.Client`` of the scheduler at ``address`` (``tcp://host:8786``).
    :class:`ClusterError` naming it when Dask is missing, or when no scheduler answers
    there within about ``budget`` seconds.

    The address is tried before a Client is made (a plain TCP connection first: refused
    at once, before Dask's import, which takes seconds on a busy machine; then Dask's
    own handshake): a Client that fails to connect lingers until the end of the process
    and then waits twice its timeout to close."""
    import asyncio
    import importlib.util

    t0 = time.monotonic()
    try:
        found = importlib.util.find_spec("distributed") is not None
    except (ImportError, ValueError):  # a parent package that fails, a module set to None
        found = False
    if not found:
        raise ClusterError(_missing("No module named 'distributed'"))

    def left() -> float:
        return max(MIN_TIMEOUT, budget - (time.monotonic() - t0))

    why = _probe(address, left())
    if why is None:
        try:
            import distributed
        except ImportError as e:
            raise ClusterError(_missing(str(e) or type(e).__name__)) from None
        try:
            t = left()
            wrong = asyncio.run(asyncio.wait_for(_identify(address, t), t))
        except (TimeoutError, asyncio.TimeoutError):
            why = f"no answer in {t:.0f} s"
        except Exception as e:  # noqa: BLE001 - refused, timed out, a bad address
            why = str(e) or type(e).__name__
        else:
            if wrong is not None:
                raise ClusterError(wrong)
            try:
                return distributed.Client(address, timeout=left(), set_as_default=False)
            except Exception as e:  # noqa: BLE001 - gone since the handshake
                why = str(e) or type(e).__name__
    raise ClusterError(Message(QT_TRANSLATE_NOOP("errors", "cannot reach the Dask scheduler at {address}: {why}"),
                               address=address, why=why))


def _missing(why: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("errors", "--dask needs Dask's distributed scheduler ({why}): pip install "
                                     "'dlviz[cluster]'"), why=why)


def cancel_check():
    """In a task on a Dask worker, a ``stop()`` for :func:`.sweep.train_cell`: True once the
    task is cancelled (a stopped sweep, a closed client): Dask cannot stop a task's thread,
    so the cell stops itself within a chunk. None elsewhere."""
    try:
        from distributed import get_worker
        from distributed.worker import thread_state

        worker, key = get_worker(), thread_state.key
    except Exception:  # noqa: BLE001 - not in a Dask task
        return None

    def stop() -> bool:
        ts = worker.state.tasks.get(key)  # a read of the worker's state (its event loop writes it)
        return ts is None or ts.state in ("cancelled", "released", "forgotten")

    return stop


def executor(client):
    """A :class:`concurrent.futures.Executor` of ``client``: every cell its own task
    (``pure=False``: no cell is taken for another's earlier result)."""
    return client.get_executor(pure=False)


def close(client) -> None:
    """Close ``client`` (its futures are released, so the scheduler drops their tasks)."""
    try:
        client.close(timeout=CLOSE_TIMEOUT)
    except Exception:  # noqa: BLE001 - a scheduler gone meanwhile: nothing left to close
        pass
