"""Run one function in a forked child while this process does other work.

Reading a multi-megabyte SQL dump and parsing thousands of TypeScript files are
independent and both CPU-bound; on two cores they overlap. Where fork is not
available (Windows, macOS spawn semantics) or not worth it, the function simply
runs inline when its result is asked for.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from typing import Any, Callable


class Deferred:
    def __init__(self, fn: Callable[..., Any], *args: Any, fork: bool = True) -> None:
        self._fn, self._args = fn, args
        self._proc = self._conn = None
        if fork and _can_fork():
            ctx = multiprocessing.get_context("fork")
            recv, send = ctx.Pipe(duplex=False)
            self._proc = ctx.Process(target=_child, args=(send, fn, args), daemon=True)
            self._proc.start()
            send.close()
            self._conn = recv

    def result(self) -> Any:
        if self._conn is None:
            return self._fn(*self._args)
        try:
            payload = self._conn.recv_bytes()
        except EOFError:
            payload = None
        finally:
            self._conn.close()
            self._proc.join()
        if payload is None:  # the child died: do the work here
            return self._fn(*self._args)
        ok, value = pickle.loads(payload)
        if not ok:
            raise value
        return value


def _child(conn, fn, args) -> None:
    try:
        try:
            payload = pickle.dumps((True, fn(*args)), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as e:  # re-raised in the parent
            payload = pickle.dumps((False, e), protocol=pickle.HIGHEST_PROTOCOL)
        conn.send_bytes(payload)
    finally:
        conn.close()
        os._exit(0)  # no atexit handlers or buffered output from the parent's copy


def _can_fork() -> bool:
    if os.environ.get("RPCCHECK_JOBS") == "1":
        return False
    if (os.cpu_count() or 1) < 2:
        return False
    return "fork" in multiprocessing.get_all_start_methods()
