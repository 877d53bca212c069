"""Finding the nodes at many byte offsets of one tree, in time linear in the tree.

Every caller looks up the node at each `rpc` it found with a byte search; a lookup from
the root per hit, and `.parent` walks (tree-sitter computes a parent by descending from
the root), cost hits x depth: quadratic for thousands of calls chained or nested in one
expression. Here one descent serves all hits.
"""

from __future__ import annotations

import bisect
import os
import re
import threading
import time
from typing import Callable, Iterator, Optional, TypeVar, Union

import tree_sitter as ts


def rpc_hits(data: bytes, call_bytes: "re.Pattern[bytes]") -> list[int]:
    """Byte offsets of `rpc` in each match of a reader's call pattern (its prefilter):
    a file with none is never parsed."""
    if b"rpc" not in data:
        return []
    return [m.start() + m.group(0).index(b"rpc") for m in call_bytes.finditer(data)]


class Budget:
    """The steps walks of one kind may still take in one file. Some walks are quadratic on
    pathological input (thousands of calls nested in or chained onto each other, thousands
    of nested functions), so each kind has a budget linear in the file's size, shared by
    every walk of that kind in the file, past which its answers are unknown (never a
    guess); real files use a small part of it. Spent inline where each step is cheap,
    `budget.left -= n` then `if budget.left < 0:` (the same cost as a counter of the
    reader's own: a method call per step would cost more than many steps)."""

    __slots__ = ("left",)

    def __init__(self, steps: int) -> None:
        self.left = steps


_TAIL = 12  # ancestors kept per hit: enough for a member, its wrappers and the call


_SEED_DEPTH = 64  # paths kept for Ancestry.seed: deeper ones are found again (memory stays linear)
_SEEDS = 4096  # per file


def nodes_at(root: ts.Node, hits: list[int], width: int = 3) -> Iterator[tuple[int, ts.Node, list[ts.Node]]]:
    """(offset, the smallest node spanning [offset, offset + width), its nearest ancestors,
    innermost last) for each of the sorted `hits`.

    One descent shared by all hits: the path from the root is kept, popped only as far
    as the next hit needs, so the cost is the size of the union of the paths, not the
    sum of their lengths (a per-hit `descendant_for_byte_range` and `.parent` walk from
    the root is quadratic for thousands of calls chained or nested in one expression):
    each hit is found in C from the deepest kept node that holds it. The parent of each
    node passed is noted in the file's Ancestry (`_up`), and the path to each node found
    is kept there for `Ancestry.seed`: a reader's lookups around the call then start from
    it instead of descending again from wherever the last call left them."""
    anc = ancestry(root)
    seeds = anc._seeds
    up = anc._up
    # the path, with each node's id and byte range beside it (each property read is a C call)
    path = [root]
    ids = [root.id]
    starts = [root.start_byte]
    ends = [root.end_byte]
    for start in hits:
        end = start + width
        while len(path) > 1 and not (starts[-1] <= start and ends[-1] >= end):
            path.pop()
            ids.pop()
            starts.pop()
            ends.pop()
        if not (starts[-1] <= start and ends[-1] >= end):
            continue
        # the node itself found in C (`descendant_for_byte_range`: the smallest node holding
        # the range, as the bisection of each node's children found it), then the path down
        # to it from the deepest kept node, one `child_with_descendant` (C) per level: no
        # Python list of every child of each node passed (54,000 Node objects for the large
        # corpus's 480 rpc files, each with its start byte read)
        target = path[-1].descendant_for_byte_range(start, end)
        if target is not None and target != path[-1]:
            here = path[-1]
            here_id = ids[-1]
            while True:
                child = here.child_with_descendant(target)
                if child is None:
                    break
                child_id = child.id
                up[child_id] = (here, here_id)
                path.append(child)
                ids.append(child_id)
                starts.append(child.start_byte)
                ends.append(child.end_byte)
                if child_id == target.id:
                    break
                here, here_id = child, child_id
        if len(path) <= _SEED_DEPTH and len(seeds) < _SEEDS:
            seeds[ids[-1]] = (path[:], ids[:], starts[:], ends[:])
        yield start, path[-1], path[-_TAIL - 1 : -1]


def parent_in(tail: list[ts.Node], node: ts.Node) -> Optional[ts.Node]:
    """`node`'s parent from a kept ancestor tail (`node` itself or an ancestor in it)."""
    for i in range(len(tail) - 1, -1, -1):
        if tail[i] == node:
            return tail[i - 1] if i > 0 else node.parent
    return node.parent


class Ancestry:
    """The ancestors of any node of one tree, each lookup amortized against the last.

    `child_with_descendant` scans a node's children one by one and a walk up calls
    `.parent`, itself a descent from the root: a lookup costs depth x width, and a file
    of thousands of calls nested deeply or listed flat in one error node made readers
    quadratic. Here the path of the previous lookup is kept (lookups come in document
    order, mostly near each other), children lists are cached with their start bytes,
    and the next child is found by bisection: the total cost is about the size of the
    union of the paths. A step the byte ranges cannot decide (zero-width nodes) falls
    back to `child_with_descendant`, and a path that turns out not to lead to the node
    to a fresh descent, so the answer is always the exact one."""

    def __init__(self, root: ts.Node) -> None:
        self.root = root
        self.lookups = Budget(LOOKUP_STEPS + root.end_byte)  # see name_lookup
        # the kept path, with each node's id and byte range beside it: every tree-sitter
        # property read is a C call that makes a new object, and lookups read them per step
        root_id = root.id
        self._path: list[ts.Node] = [root]
        self._ids: list[int] = [root_id]
        self._starts: list[int] = [root.start_byte]
        self._ends: list[int] = [root.end_byte]
        self._at: dict[int, int] = {root_id: 0}  # node id -> its index in the kept path
        self._kids: dict[int, tuple[list[int], list[ts.Node]]] = {}
        self._seeds: dict[int, tuple[list[ts.Node], list[int], list[int], list[int]]] = {}  # see nodes_at
        # node id -> (its parent, the parent's id), for every node a descent has passed (here
        # or in nodes_at): a node seen once is answered without the kept path, which then
        # stays where it was. Every key's parent is a key too (or the root), so a walk up
        # from a node seen never descends again: lookups that alternate between a node deep
        # in a chain of thousands of calls and one near the root cost the union of the
        # paths, not a descent of the whole depth per switch
        self._up: dict[int, tuple[ts.Node, int]] = {}

    def seed(self, node_id: int) -> None:
        """Take the path `nodes_at` found to the node of `node_id` as the kept path (when it
        kept one): the lookups that follow, around that node, start from there."""
        found = self._seeds.get(node_id)
        if found is None:
            return
        path, ids, starts, ends = found
        self._path, self._ids, self._starts, self._ends = path[:], ids[:], starts[:], ends[:]
        self._at = dict(zip(ids, range(len(ids))))

    def _children(self, node: ts.Node, node_id: Optional[int] = None) -> tuple[list[int], list[ts.Node]]:
        found = self._kids.get(node.id if node_id is None else node_id)
        if found is None:
            children = node.children
            found = self._kids[node.id if node_id is None else node_id] = ([c.start_byte for c in children], children)
        return found

    def of(self, node: ts.Node) -> list[ts.Node]:
        """root .. `node`'s parent (empty for the root, or a node not in this tree)."""
        return self._path[: self._locate(node)]

    def of_ids(self, node: ts.Node) -> tuple[list[ts.Node], list[int]]:
        """`of(node)`, and the ids of those nodes."""
        end = self._locate(node)
        return self._path[:end], self._ids[:end]

    def parent(self, node: ts.Node) -> Optional[ts.Node]:
        """`node.parent`, without tree-sitter's descent from the root."""
        found = self._up.get(node.id)
        if found is not None:
            return found[0]
        end = self._locate(node)
        return self._path[end - 1] if end else None

    def up(self, node: ts.Node) -> Optional[tuple[ts.Node, int]]:
        """(`node`'s parent, its id), None for the root. Every ancestor of a node located is
        then in `_up`: a walk further up reads it by id."""
        found = self._up.get(node.id)
        if found is None:
            end = self._locate(node)
            if not end:
                return None
            found = (self._path[end - 1], self._ids[end - 1])
        return found

    def siblings(self, node: ts.Node) -> tuple[list[ts.Node], int]:
        """(the children of `node`'s parent, `node`'s index among them); ([node], 0) for the root."""
        found = self.up(node)
        if found is None:
            return [node], 0
        starts, children = self._children(found[0], found[1])
        i = bisect.bisect_right(starts, node.start_byte) - 1
        while i >= 0 and children[i] != node:  # zero-width neighbours share a start
            i -= 1
        if i < 0:
            i = children.index(node)
        return children, i

    def next_sibling(self, node: ts.Node) -> Optional[ts.Node]:
        children, i = self.siblings(node)
        return children[i + 1] if i + 1 < len(children) else None

    def prev_sibling(self, node: ts.Node) -> Optional[ts.Node]:
        children, i = self.siblings(node)
        return children[i - 1] if i > 0 else None

    def _cut(self, keep: int) -> None:
        at = self._at
        for gone in self._ids[keep:]:
            at.pop(gone, None)
        del self._path[keep:], self._ids[keep:], self._starts[keep:], self._ends[keep:]

    def _locate(self, node: ts.Node) -> int:
        """`end` such that the kept path's [:end] is root .. `node`'s parent.

        A node on the kept path is answered from it, and the path is cut only below the
        deepest kept node that contains the one asked for: walking up a chain and back
        down costs nothing more (a path rebuilt on every change of direction was
        quadratic for thousands of calls chained in one expression)."""
        if node == self.root:
            return 0
        path = self._path
        j = self._at.get(node.id)
        if j is not None and j < len(path) and path[j] == node:
            return j
        start, end = node.start_byte, node.end_byte
        # containment is monotone along the path (each node holds the next): bisect it.
        # No kept node is a descendant of `node` (it would be kept too), so the deepest
        # one containing its range is its nearest kept ancestor, zero-width cases aside
        starts, ends = self._starts, self._ends
        lo, hi = 0, len(path) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= start and ends[mid] >= end:
                lo = mid
            else:
                hi = mid - 1
        self._cut(lo + 1)
        ids, at, up = self._ids, self._at, self._up
        exact = False  # after a wrong turn, only child_with_descendant
        while True:
            here = path[-1]
            child = None
            if not exact:
                child_starts, children = self._children(here, ids[-1])
                i = bisect.bisect_right(child_starts, start) - 1
                if i >= 0:
                    child = children[i]
                    if child == node:
                        up[node.id] = (here, ids[-1])
                        return len(path)
                    child_start, child_end = child_starts[i], child.end_byte
                    if not (child_start <= start and child_end >= end and child_end > child_start):
                        child = None
            if child is None:
                child = here.child_with_descendant(node)
                if child is None:  # the path taken does not lead there: descend afresh
                    self._cut(1)
                    if here == self.root or exact:
                        return 0
                    exact = True
                    continue
                if child == node:
                    up[node.id] = (here, ids[-1])
                    return len(path)
                child_start, child_end = child.start_byte, child.end_byte
            child_id = child.id
            at[child_id] = len(path)
            up[child_id] = (here, ids[-1])
            path.append(child)
            ids.append(child_id)
            starts.append(child_start)
            ends.append(child_end)


T = TypeVar("T")


LOOKUP_STEPS = 50_000  # per file, plus 1 per byte: ancestors visited by name lookups


def name_lookup(
    anc: Ancestry,
    memo: dict[str, dict[int, Optional[T]]],
    ident: ts.Node,
    name: str,
    binds_here: Callable[[ts.Node], Optional[T]],
    unknown: Optional[T] = None,
) -> Optional[T]:
    """What `name` means where `ident` is: `binds_here` of its nearest ancestor that binds
    it, or None. What a name means from a node on up is the same for every lookup passing
    there, so it is remembered in `memo` per name and node id: lookups cost the union of
    their paths, not the sum of their depths (deeply nested code made every reader's scope
    lookup quadratic). Distinct names looked up from deep inside thousands of nested
    functions still cost depth x names: the lookups of one file share a budget linear in
    its size (real files use a small part of it), past which the answer is `unknown`."""
    known = memo.get(name)
    if known is None:
        known = memo[name] = {}
    found: Optional[T] = None
    budget = anc.lookups
    visited = []
    ups = anc._up  # every ancestor of a node located is in it (see Ancestry._up)
    here = anc.up(ident)  # walked up by ids: `binds_here` may move the kept path
    while here is not None:
        node, node_id = here
        if node_id in known:
            found = known[node_id]
            break
        budget.left -= 1
        if budget.left < 0:
            return unknown  # not remembered: the nodes visited were not all asked
        visited.append(node_id)  # this node was visited, whatever it answers
        found = binds_here(node)
        if found is not None:
            break
        here = ups.get(node_id)
    for node_id in visited:
        known[node_id] = found
    return found


_ANCESTRY = threading.local()


def ancestry(root: ts.Node) -> Ancestry:
    """The Ancestry of `root`'s tree, shared by every lookup in the same file."""
    cached: Optional[Ancestry] = getattr(_ANCESTRY, "last", None)
    if cached is None or cached.root != root:
        cached = _ANCESTRY.last = Ancestry(root)
    return cached


class ParseTooSlow(Exception):
    """The grammar's parse of one input ran past its budget and was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"parsing stopped after {seconds:.1f} s of CPU time")
        self.seconds = seconds


class GrammarCrash(ParseTooSlow):
    """The grammar's C code crashed on this input in a trial parse (see `_trial`); parsed
    in this process, it would have ended the run."""

    def __init__(self, signal_name: str) -> None:
        Exception.__init__(self, f"the grammar's parser crashed on it ({signal_name}) in a trial parse")
        self.seconds = 0.0


# A real source file parses at 0.1-3 µs per byte. On some broken inputs (thousands of
# unclosed brackets around thousands of tokens) a grammar's error recovery takes minutes;
# past this budget, 20x the slowest real speed seen and linear in the size, the parse
# stops and the file is reported as not read instead of holding up the run.
PARSE_SECONDS = 1.0
PARSE_SECONDS_PER_BYTE = 4e-6


# The trees of the last files parsed, by (parser, bytes, ranges): on a run of a few files
# (pre-commit) the project linker reads each given file's imports from the tree the scan
# has just made, instead of parsing it again (most of the linker's time there). Bounded in
# source bytes (a tree takes some 30 times its source: a 256 KB window adds about 8 MB to
# the large corpus's peak, 1 MB added 29 MB), so a big run keeps few files' trees alive.
_RECENT: dict[tuple, ts.Tree] = {}
_RECENT_BYTES = 256 * 1024
_recent_size = [0]


def parse(
    parser: ts.Parser,
    data: bytes,
    ranges: Optional[list[ts.Range]] = None,
    risky: bool = False,
    seconds: Optional[float] = None,
) -> ts.Tree:
    """`parser.parse(data)` (only `ranges` of it, when given), stopped with ParseTooSlow
    when it runs past the budget (`seconds` of CPU time, else the one for its size). `risky`
    says the caller's screen saw a shape on which the grammar can spend seconds without
    calling back, or crash (see `_trial`). The same input parsed again soon after gets the
    same tree (trees are never edited here)."""
    if len(data) > _RECENT_BYTES // 4:
        return _parse(parser, data, ranges, risky, seconds)
    key = (parser, data, tuple((r.start_byte, r.end_byte) for r in ranges) if ranges else None)
    tree = _RECENT.get(key)
    if tree is not None:
        # a new reading of the file: its lookups get their own budget, as with a new tree
        _ANCESTRY.last = None
    else:
        tree = _parse(parser, data, ranges, risky, seconds)
        if _recent_size[0] + len(data) > _RECENT_BYTES:
            _RECENT.clear()
            _recent_size[0] = 0
        _RECENT[key] = tree
        _recent_size[0] += len(data)
    return tree


_READ_BUFFERS = threading.local()  # .free: this thread's read buffer, when no parse holds it

# A run of 256 operator characters (whitespace between them left out), which code seldom
# has (an ASCII-art diagram in a comment does: one of 16,700 files of Python's and npm's
# libraries here, and a false alarm costs one parse in a child): on some (a fuzzed Python file's `"key"/*/*/*...*/*/*/: 2` of 20,000 bytes, and the
# same with spaces or tabs in the run) tree-sitter-python's error recovery ran 25-30 s with
# no progress call, so the budget could not stop it; such an input is tried in a child
# first, like the readers' own risky shapes. Looked for as a run of one byte in a
# translated copy: under 1 ms a MB (a regular expression: 7), and only files with a call
# are parsed.
_PUNCTUATION = bytes(1 if chr(i) in "!%&()*+,-./:;<=>?@[]^{|}~" else 0 for i in range(256))
_PUNCTUATION_RUN = bytes([1]) * 256
_WHITESPACE = b" \t\r\n\x0b\x0c"


def operator_run(data: bytes) -> bool:
    return _PUNCTUATION_RUN in data.translate(_PUNCTUATION, _WHITESPACE)


def _parse(
    parser: ts.Parser, data: bytes, ranges: Optional[list[ts.Range]], risky: bool, seconds: Optional[float] = None
) -> ts.Tree:
    size = sum(r.end_byte - r.start_byte for r in ranges) if ranges else len(data)
    budget = PARSE_SECONDS + size * PARSE_SECONDS_PER_BYTE if seconds is None else seconds
    start = time.thread_time()
    if risky or operator_run(data):
        verdict = _trial(parser, data, ranges, budget / 2)
        if verdict == "slow":
            raise ParseTooSlow(budget / 2)
        if verdict is not None:
            raise GrammarCrash(verdict)
    if ranges:
        parser.included_ranges = ranges
    # Only a parse that reads through a callback can be stopped (tree-sitter ends the
    # parse when the progress callback says so; a read callback that fails or ends the
    # input early instead crashes it). Some error-recovery loops re-read the input over
    # and over between two progress calls: small pieces keep each read cheap.
    pieces = [4096]
    view = memoryview(data)
    parsing = [True]
    # this thread's buffer, taken while this parse reads (a parse inside one, which nothing
    # does today, gets its own: refilling the one the outer parse holds would corrupt it)
    buffer = getattr(_READ_BUFFERS, "free", None)
    if buffer is None:
        buffer = bytearray()
    _READ_BUFFERS.free = None

    def read(offset: int, _point: object) -> Union[bytes, bytearray]:
        if not parsing[0]:  # `node.text` of a tree with errors: bytes (0.25-0.26 read it as such)
            return data[offset : offset + pieces[0]]
        # tree-sitter's binding (0.25-0.26) never frees what the parse's reads return (a
        # reference leaked per read: twice the bytes of each file parsed, held for good,
        # so a scan's peak grew with the tree and an editor's server with every edit):
        # each read refills one buffer of this thread's instead. The binding lets go of
        # the last one before the next read and when the parse ends, so it can be resized.
        buffer[:] = view[offset : offset + pieces[0]]
        return buffer

    # tree-sitter calls back every 100 parse operations (every ~80 bytes of real code);
    # the CPU clock is a system call (~0.5 µs), the wall clock is not: the CPU clock is
    # read when a millisecond has passed since it was last read, so a stop comes at most
    # that much later than it would
    wall = time.perf_counter
    next_read = [wall() + 0.001]

    def stop(*_: object) -> bool:
        now = wall()
        if now < next_read[0]:
            return False
        next_read[0] = now + 0.001
        return time.thread_time() - start > budget

    try:
        try:
            guarded = parser.parse(read, progress_callback=stop)
        finally:
            parsing[0] = False
            _READ_BUFFERS.free = buffer
        # but then every `node.text` calls back too. A tree without errors is re-parsed
        # from the bytes (unchanged, it is reused whole: a few percent of a parse); one
        # with errors is not reused (a second full parse), so it keeps the callback
        if not guarded.root_node.has_error:
            return parser.parse(data, old_tree=guarded)
        pieces[0] = 512  # `node.text` reads from its start until it has the node's length
        return guarded
    except ValueError:  # "Parsing failed": the progress callback stopped it
        parser.reset()  # else the next parse resumes this one
        raise ParseTooSlow(time.thread_time() - start) from None
    finally:
        if ranges:
            parser.included_ranges = []  # the whole input again


_TRIALS: dict[tuple[int, int, int], Optional[str]] = {}  # (parser, input, ranges) -> verdict


def _trial(parser: ts.Parser, data: bytes, ranges: Optional[list[ts.Range]], seconds: float) -> Optional[str]:
    """None when the parse ends within `seconds` of CPU time, tried in a forked child that
    the kernel stops at that limit; "slow" when it was stopped; the signal's name when the
    grammar crashed.

    The progress callback is tree-sitter's only way to stop a parse, and it is called
    per token: on some inputs (TSX with thousands of unclosed elements around a syntax
    error) the recovery at the end of the input runs for seconds without one token, so
    the in-process stop comes late by that much. A child with a CPU-time timer
    (`ITIMER_PROF`, whose default action ends the process) is a hard bound; the same
    child shows a grammar that crashes (tree-sitter-python's scanner on indentation
    hundreds of levels deep) without taking the run with it. It is forked only for
    inputs a reader's screen finds risky (never for real code seen so far), and an input
    that fits is then parsed here within about the time the trial took, which is why the
    trial gets half the budget. The verdict is remembered, as the same file is parsed
    again for its imports. Where fork or CPU timers do not exist (Windows), the
    in-process stop is the only bound."""
    import signal  # here, not at the top: its enums cost ~3 ms of every run's start-up, and few inputs are risky

    if not hasattr(os, "fork") or not hasattr(signal, "setitimer"):
        return None
    key = (id(parser), hash(data), hash(tuple((r.start_byte, r.end_byte) for r in ranges or ())))
    if key in _TRIALS:
        return _TRIALS[key]
    try:
        pid = os.fork()
    except OSError:
        return None  # no process to spare: the in-process stop still applies
    if pid == 0:  # the child: parse, and end without running anything of the parent's
        try:
            import faulthandler
            import resource

            faulthandler.disable()  # a crash here is the verdict, not news for stderr
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # and leaves no core file in the tree
            signal.signal(signal.SIGPROF, signal.SIG_DFL)
            signal.setitimer(signal.ITIMER_PROF, max(seconds, 0.01))
            if ranges:
                parser.included_ranges = ranges
            parser.parse(data)
        finally:
            os._exit(0)
    while True:
        try:
            _pid, status = os.waitpid(pid, 0)
            break
        except InterruptedError:
            continue
    verdict: Optional[str] = None
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            verdict = "slow" if number == signal.SIGPROF else signal.Signals(number).name
        except ValueError:
            verdict = f"signal {number}"
    if len(_TRIALS) > 256:
        _TRIALS.clear()
    _TRIALS[key] = verdict
    return verdict
