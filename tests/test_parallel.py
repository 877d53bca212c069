"""The shared code scan (parallel.Shared): the same results, in the same order, whether
one process does the work or two share it, and whatever happens to the child."""

from __future__ import annotations

import os
import time

import pytest

from rpccheck import parallel


def _double(chunk: list[int]) -> list[int]:
    return [2 * x for x in chunk]


@pytest.mark.parametrize("n", [0, 1, 31, 32, 33, 1000, 20000])
def test_shared_gives_the_inline_results_in_order(n: int) -> None:
    items = list(range(n))
    forked = parallel.Shared(items, _double, lambda: "schema", chunk=32)
    value, out = forked.results()
    forked.join()
    inline_value, inline = parallel.Shared(items, _double, lambda: "schema", fork=False).results()
    assert (value, out) == (inline_value, inline) == ("schema", [2 * x for x in items])


def test_an_error_in_first_is_raised_here() -> None:
    def boom() -> None:
        raise ValueError("bad schema")

    shared = parallel.Shared(list(range(100)), _double, boom)
    with pytest.raises(ValueError, match="bad schema"):
        shared.results()
    shared.join()


def test_a_child_that_dies_leaves_its_work_to_this_process() -> None:
    parent = os.getpid()

    def dies_in_child(chunk: list[int]) -> list[int]:
        if os.getpid() != parent:
            os._exit(3)
        return _double(chunk)

    shared = parallel.Shared(list(range(500)), dies_in_child, lambda: 7, chunk=8)
    value, out = shared.results()
    shared.join()
    assert value == 7 and out == [2 * x for x in range(500)]


def test_after_runs_once_with_first_result(tmp_path) -> None:
    mark = tmp_path / "stored"

    def store(value: str) -> None:
        with open(mark, "a") as f:
            f.write(value + "\n")

    shared = parallel.Shared(list(range(100)), _double, lambda: "cat", store)
    shared.results()
    shared.join()  # the child stores after sending: joined, it has finished
    assert mark.read_text() == "cat\n"


def test_join_without_results_does_not_wait_forever() -> None:
    """This process failed before reading the child's results (larger than a pipe holds):
    join() still returns."""
    shared = parallel.Shared(list(range(4)), lambda chunk: [b"x" * 1_000_000 for _ in chunk], chunk=1)
    shared.join()


@pytest.mark.parametrize("n", [0, 1, 100, 5000])
def test_items_fed_after_the_fork(n: int) -> None:
    """The child is forked before the items are known (it runs `first` meanwhile) and
    takes its chunks once they are fed: the same results, in order."""
    shared = parallel.Shared(
        None,
        _double,
        lambda: "schema",
        chunk=8,
        encode=lambda xs: ",".join(map(str, xs)).encode(),
        decode=lambda data: [int(x) for x in data.decode().split(",")] if data else [],
    )
    shared.feed(list(range(n)))
    value, out = shared.results()
    shared.join()
    assert value == "schema" and out == [2 * x for x in range(n)]


def test_a_child_never_fed_is_joined() -> None:
    shared = parallel.Shared(None, _double, lambda: "schema", encode=lambda xs: b"", decode=lambda data: [])
    shared.join()  # this process failed before feeding: the child sees no chunk and exits


@pytest.mark.parametrize("fork", [True, False])
@pytest.mark.parametrize("n", [0, 100])
def test_then_gets_first_result_and_what_was_fed(tmp_path, fork: bool, n: int) -> None:
    """`then` runs after `first` with the extra bytes fed after the fork (the types files
    the walk found); its result is what results() and after() see, forked or not."""
    marker = tmp_path / "after"

    def store(value) -> None:
        marker.write_text(repr(value))

    here = os.getpid()
    shared = parallel.Shared(
        None,
        _double,
        lambda: "schema",
        store,
        chunk=8,
        fork=fork,
        encode=lambda xs: ",".join(map(str, xs)).encode(),
        decode=lambda data: [int(x) for x in data.decode().split(",")] if data else [],
        then=lambda value, extra: (value, extra.decode(), os.getpid() == here),
    )
    shared.feed(list(range(n)), b"types.ts")
    value, out = shared.results()
    shared.join()
    in_parent = not (fork and parallel.workers() >= 2)
    assert value == ("schema", "types.ts", in_parent)
    assert out == [2 * x for x in range(n)]
    assert marker.read_text() == repr(value)


@pytest.mark.parametrize("fork", [True, False])
def test_then_runs_when_the_items_are_given_up_front(fork: bool) -> None:
    """No feed to wait for: `then` still runs after `first`, in the child as inline."""
    here = os.getpid()
    shared = parallel.Shared(
        list(range(50)),
        _double,
        lambda: "schema",
        chunk=8,
        fork=fork,
        then=lambda value, extra: (value, extra, os.getpid() == here),
    )
    value, out = shared.results()
    shared.join()
    assert value == ("schema", b"", not (fork and parallel.workers() >= 2))
    assert out == [2 * x for x in range(50)]


def test_then_in_a_child_never_fed() -> None:
    """This process failed before feeding: the child's `then` is not waited for forever."""
    shared = parallel.Shared(
        None, _double, lambda: "schema", encode=lambda xs: b"", decode=lambda data: [], then=lambda v, e: v
    )
    shared.join()


def test_first_result_is_handed_over_while_this_process_scans() -> None:
    """The child hands first's result over (shared memory, then a byte on a pipe) as soon as
    it has it, and this process takes it between two of its chunks: by the end only the
    chunk results are left to unpickle. Here this process's first chunk waits until the
    child has said so; the next take finds it."""
    import select

    parent = os.getpid()
    big = "catalog " * 100_000  # bigger than a pipe holds
    waited: list[bool] = []

    def work(chunk: list[int]) -> list[int]:
        if os.getpid() == parent and not waited and shared._back_r >= 0:
            waited.append(bool(select.select([shared._back_r], [], [], 30)[0]))
        elif os.getpid() != parent:
            time.sleep(0.005)  # else a quick child can take every chunk before this process takes one
        return _double(chunk)

    shared = parallel.Shared(list(range(400)), work, lambda: big, chunk=4)
    value, out = shared.results()
    shared.join()
    assert value == big and out == [2 * x for x in range(400)]
    if parallel.workers() >= 2:
        assert waited == [True] and shared._early == (True, big)


def test_an_error_in_first_is_not_handed_over_early() -> None:
    def boom() -> None:
        raise KeyError("no schema")

    shared = parallel.Shared(list(range(300)), _double, boom, chunk=4)
    with pytest.raises(KeyError, match="no schema"):
        shared.results()
    shared.join()
    assert shared._early is None


def test_the_child_chunks_are_handed_over_as_it_goes(tmp_path) -> None:
    """Each chunk the child does is handed over once done (not all at its end); the results
    are the inline ones, in order. This process's first chunk waits until the child has done
    one, so the child surely does some."""
    import time

    parent = os.getpid()
    marker = tmp_path / "child did a chunk"

    def work(chunk: list[int]) -> list[int]:
        if os.getpid() != parent:
            marker.touch()
        else:
            deadline = time.monotonic() + 30
            while not marker.exists() and time.monotonic() < deadline:
                time.sleep(0.001)
        return _double(chunk)

    shared = parallel.Shared(list(range(1000)), work, lambda: "schema", chunk=4)
    value, out = shared.results()
    shared.join()
    assert value == "schema" and out == [2 * x for x in range(1000)]
    if parallel.workers() >= 2:
        assert shared._streamed and all(
            shared._streamed[i] == _double(list(range(4 * i, 4 * i + 4))) for i in shared._streamed
        )
