"""Run one function in a forked child while this process does other work.

Reading a multi-megabyte SQL dump and parsing thousands of TypeScript files are
independent and both CPU-bound; on two cores they overlap. Where fork is not
available (Windows, macOS spawn semantics) or not worth it, the function simply
runs inline when its result is asked for.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Optional


class Deferred:
    def __init__(self, fn: Callable[..., Any], *args: Any, fork: bool = True) -> None:
        self._fn, self._args = fn, args
        self._proc = self._conn = None
        if fork and _can_fork():
            import multiprocessing

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
        import pickle

        ok, value = pickle.loads(payload)
        if not ok:
            raise value
        return value


def _child(conn, fn, args) -> None:
    import pickle

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
    return hasattr(os, "fork")  # what multiprocessing's "fork" start method needs (not Windows)


def workers() -> int:
    """Processes a run may use: the cores this process may run on (1 where fork is not
    available or RPCCHECK_JOBS=1)."""
    if not _can_fork():
        return 1
    try:
        return len(os.sched_getaffinity(0))  # type: ignore[attr-defined]  # Linux: a container's or taskset's cores
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Shared:
    """`work` applied to chunks of `items` by this process and one forked child, which
    take chunks from one queue (a pipe holding chunk numbers, each read of 4 bytes
    atomic): whichever is free takes the next, so the split follows the real cost of
    each chunk (a file that holds calls costs a hundred that do not) without knowing it
    beforehand. The child first runs `first` (reading the schema), then joins in; after
    sending its results back it runs `after(first's result)` (storing the cache), which
    overlaps with what this process does next. `results()` gives first's result and
    the chunk results in order; `join()` waits for the child at the end.

    What the child makes is handed over as soon as it has it (first's result, the catalog:
    hundreds of KB pickled; then each chunk's), through memory shared with the child, and
    unpickled here between two of this process's chunks: the run's tail after the scan is
    then the child's last chunk, not everything the child made.

    Without fork (or with `fork=False`) everything runs here, in order."""

    # what `feed` can hand a child forked before the items were known (paths of a big tree)
    _SHARED_BYTES = 64 * 1024 * 1024

    def __init__(
        self,
        items: Optional[list],
        work: Callable[[list], list],
        first: Callable[[], Any] | None = None,
        after: Callable[[Any], None] | None = None,
        chunk: int = 32,
        fork: bool = True,
        encode: Callable[[list], bytes] | None = None,
        decode: Callable[[bytes], list] | None = None,
        then: Callable[[Any, bytes], Any] | None = None,
    ) -> None:
        """`items=None`: the child is forked now, to run `first` while this process finds
        the items, and `feed(items, extra)` hands them over (`encode`d into memory shared
        with the child, which `decode`s them once it has run `first`). `then(first's
        result, extra)`, when given, runs after `first` and after the feed (it waits for
        it), and its result is what `results` and `after` get: work that needs both what
        `first` made and what this process found meanwhile (the types files of the tree)."""
        self._work, self._first, self._after, self._then = work, first, after, then
        self._extra = b""
        self._fed = -1
        self._chunk_min, self._encode, self._decode = chunk, encode, decode
        self._items: list = []
        self._chunk, self._n = chunk, 0
        self._pid = 0
        self._queue = self._results = self._queue_w = -1
        self._shared: Any = None
        # what the child sends as it goes: memory it appends each message to, a pipe it
        # writes a byte on per message, and here the messages taken so far
        self._back: Any = None
        self._back_r = self._back_w = -1
        self._back_at = 0  # where the next message starts
        self._early: Optional[tuple[bool, Any]] = None
        self._streamed: dict[int, list] = {}
        if items is not None:
            self._set_items(items)
        if fork and _can_fork() and workers() >= 2 and (items is not None or (encode and decode)):
            try:
                self._start(deferred=items is None)
            except OSError:
                self._close()
                self._pid = 0

    def _set_items(self, items: list) -> None:
        self._items = items
        self._chunk = max(1, self._chunk_min, -(-len(items) // 4096))  # the queue must fit a pipe's buffer
        self._n = -(-len(items) // self._chunk)

    def _slice(self, i: int) -> list:
        return self._items[i * self._chunk : (i + 1) * self._chunk]

    def _chunk_numbers(self) -> bytes:
        import struct

        return b"".join(struct.pack("=I", i) for i in range(self._n))

    def _start(self, deferred: bool) -> None:
        qr, qw = os.pipe()
        self._queue = qr
        fed_w = -1
        if deferred:
            import mmap

            self._queue_w = qw
            self._shared = mmap.mmap(-1, self._SHARED_BYTES)  # anonymous and shared with the child
            if self._then is not None:
                self._fed, fed_w = os.pipe()  # one byte once fed (EOF if never): what `then` waits for
        else:
            try:
                os.write(qw, self._chunk_numbers())
            finally:
                os.close(qw)
        import mmap

        self._back = mmap.mmap(-1, self._SHARED_BYTES)  # anonymous and shared with the child
        self._back_r, self._back_w = os.pipe()
        os.set_blocking(self._back_r, False)  # polled between chunks
        rr, rw = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(rr)
            if self._back_r >= 0:
                os.close(self._back_r)
                self._back_r = -1
            if self._queue_w >= 0:
                os.close(self._queue_w)
                self._queue_w = -1
            if fed_w >= 0:
                os.close(fed_w)
            self._child(rw)
        os.close(rw)
        if self._back_w >= 0:
            os.close(self._back_w)
            self._back_w = -1
        if self._fed >= 0:
            os.close(self._fed)
            self._fed = fed_w  # this process's end: written once fed
        self._pid, self._results = pid, rr

    def feed(self, items: list, extra: bytes = b"") -> None:
        """The items of a Shared made with none: the child (if any) takes its chunks
        once it has run `first` (and `then`, which gets `extra`)."""
        self._set_items(items)
        self._extra = extra
        if self._queue_w < 0:
            return
        try:
            data = self._encode(items) if self._encode is not None else b""
            if 16 + len(extra) + len(data) > self._SHARED_BYTES:
                data = None  # no chunk numbers: the child takes none, this process does every chunk
                if 16 + len(extra) > self._SHARED_BYTES:
                    extra = b""
            # [extra's length][extra][items' length][items]
            self._shared[:8] = len(extra).to_bytes(8, "little")
            self._shared[8 : 8 + len(extra)] = extra
            at = 8 + len(extra)
            self._shared[at : at + 8] = len(data or b"").to_bytes(8, "little")
            if data:
                self._shared[at + 8 : at + 8 + len(data)] = data
            if self._fed >= 0:
                os.write(self._fed, b"x")
            if data is not None:
                os.write(self._queue_w, self._chunk_numbers())  # written after the items: the child sees them
        finally:
            os.close(self._queue_w)
            self._queue_w = -1
            if self._fed >= 0:
                os.close(self._fed)
                self._fed = -1

    def _read_fed(self) -> None:
        """In the child: the extra and the items `feed` wrote (once)."""
        if self._shared is None:
            return
        n = int.from_bytes(self._shared[:8], "little")
        self._extra = bytes(self._shared[8 : 8 + n])
        at = 8 + n
        size = int.from_bytes(self._shared[at : at + 8], "little")
        if self._decode is not None:
            self._set_items(self._decode(bytes(self._shared[at + 8 : at + 8 + size])))
        self._shared = None

    def _take(self) -> int:
        import struct

        got = os.read(self._queue, 4)
        return struct.unpack("=I", got)[0] if len(got) == 4 else -1

    def _child(self, out: int) -> None:
        status = 0
        try:
            first: tuple[bool, Any] = (True, None)
            if self._first is not None:
                try:
                    first = (True, self._first())
                except Exception as e:  # re-raised in the parent
                    first = (False, e)
            if self._then is not None:
                fed = b"x"  # items given up front: nothing to wait for, no extra
                if self._fed >= 0:
                    fed = os.read(self._fed, 1)  # waits for feed(); b"" when this process never fed
                    os.close(self._fed)
                    self._fed = -1
                    if fed:
                        self._read_fed()
                if first[0]:
                    try:
                        first = (True, self._then(first[1], self._extra if fed else b""))
                    except Exception as e:
                        first = (False, e)
            sent = first[0] and self._send_back(("first", first[1]))
            done: dict[int, list] = {}
            while True:
                i = self._take()
                if i < 0:
                    break
                self._read_fed()  # fed after the fork: read them once
                result = self._work(self._slice(i))
                if not self._send_back(("chunk", i, result)):
                    done[i] = result
            if self._back_w >= 0:
                os.close(self._back_w)  # all sent: what this process waits for once its chunks are done
                self._back_w = -1
            import pickle

            try:
                payload = pickle.dumps((None if sent else first, done), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # an unpicklable exception: the parent does the work itself
                payload = b""
            with os.fdopen(out, "wb") as f:
                f.write(payload)
            if self._after is not None and first[0]:
                self._after(first[1])
        except BaseException:
            status = 1
        finally:
            os._exit(status)  # no atexit handlers or buffered output from the parent's copy

    def _send_back(self, message: tuple) -> bool:
        """In the child: `message` appended to the shared memory, then a byte on the pipe
        (this process reads a message only once its byte is there, so only whole ones).
        False when it cannot go so (unpicklable, too big for what is left, this process
        gone): it then goes with the results at the end."""
        if self._back is None or self._back_w < 0:
            return False
        import pickle

        try:
            data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            return False
        at = self._back_at
        if at + 8 + len(data) > self._SHARED_BYTES:
            return False
        self._back[at + 8 : at + 8 + len(data)] = data
        self._back[at : at + 8] = len(data).to_bytes(8, "little")
        try:
            os.write(self._back_w, b"x")
        except OSError:
            os.close(self._back_w)
            self._back_w = -1
            return False
        self._back_at = at + 8 + len(data)
        return True

    def _take_back(self, wait: bool = False) -> None:
        """Here: the messages the child has sent so far; with `wait`, every one until it
        closes its end (it has no chunk left, or it is gone)."""
        if self._back_r < 0:
            return
        import pickle

        if wait:
            os.set_blocking(self._back_r, True)
        while True:
            try:
                ready = os.read(self._back_r, 4096)
            except BlockingIOError:
                return
            if not ready:
                os.close(self._back_r)
                self._back_r = -1
                return
            for _ in range(len(ready)):
                at = self._back_at
                size = int.from_bytes(self._back[at : at + 8], "little")
                message = pickle.loads(self._back[at + 8 : at + 8 + size])
                self._back_at = at + 8 + size
                if message[0] == "first":
                    self._early = (True, message[1])
                else:
                    self._streamed[message[1]] = message[2]

    def results(self) -> tuple[Any, list]:
        if self._queue_w >= 0:
            self.feed(self._items)  # never fed: no items
        if not self._pid:
            value = self._first() if self._first is not None else None
            if self._then is not None:
                value = self._then(value, self._extra)
            out = [r for i in range(self._n) for r in self._work(self._slice(i))]
            if self._after is not None:
                self._after(value)
            return value, out
        mine: dict[int, list] = {}
        while True:
            i = self._take()
            if i < 0:
                break
            mine[i] = self._work(self._slice(i))
            self._take_back()
        self._take_back(wait=True)
        chunks = []
        with os.fdopen(self._results, "rb") as f:
            self._results = -1
            while True:
                part = f.read()
                if not part:
                    break
                chunks.append(part)
        os.close(self._queue)
        self._queue = -1
        payload = b"".join(chunks)
        if payload:
            import pickle

            first, theirs = pickle.loads(payload)
            theirs.update(self._streamed)
            if first is None:  # sent as it went (and taken: the child closed its end first)
                first = self._early
            assert first is not None
            ok, value = first
        else:  # the child died or could not send: do its part here (what it sent is whole)
            self.join()
            ok, value, theirs = True, None, self._streamed
            if self._first is not None:
                value = self._first()
                if self._then is not None:
                    value = self._then(value, self._extra)
                if self._after is not None:
                    self._after(value)
        if not ok:
            self.join()
            assert isinstance(value, BaseException)
            raise value
        out = []
        for i in range(self._n):
            got = mine.get(i)
            if got is None:
                got = theirs.get(i)
            out.extend(got if got is not None else self._work(self._slice(i)))
        return value, out

    def join(self) -> None:
        """Wait for the child (it may still be storing the cache). Our ends of the pipes
        are closed first: a child whose results were never read (this process failed on
        the way) gets a broken pipe and exits, instead of waiting for a reader forever."""
        self._close()
        if self._pid:
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._pid = 0

    def _close(self) -> None:
        for fd in (self._queue_w, self._queue, self._results, self._fed, self._back_r, self._back_w):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._queue = self._results = self._queue_w = self._fed = self._back_r = self._back_w = -1
        for region in (self._shared, self._back):
            if region is not None:
                region.close()
        self._shared = self._back = None
