"""Finding the nodes at many byte offsets of one tree, in time linear in the tree.

Every caller looks up the node at each `rpc` it found with a byte search; a lookup from
the root per hit, and `.parent` walks (tree-sitter computes a parent by descending from
the root), cost hits x depth: quadratic for thousands of calls chained or nested in one
expression. Here one descent serves all hits.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, Optional

import tree_sitter as ts

def rpc_hits(data: bytes, call_bytes: "re.Pattern[bytes]") -> list[int]:
    """Byte offsets of `rpc` in each match of a reader's call pattern (its prefilter):
    a file with none is never parsed."""
    if b"rpc" not in data:
        return []
    return [m.start() + m.group(0).index(b"rpc") for m in call_bytes.finditer(data)]


_TAIL = 12  # ancestors kept per hit: enough for a member, its wrappers and the call


def nodes_at(root: ts.Node, hits: list[int], width: int = 3) -> Iterator[tuple[int, ts.Node, list[ts.Node]]]:
    """(offset, the smallest node spanning [offset, offset + width), its nearest ancestors,
    innermost last) for each of the sorted `hits`.

    One descent shared by all hits: the path from the root is kept, popped only as far
    as the next hit needs, so the cost is the size of the union of the paths, not the
    sum of their lengths (a per-hit `descendant_for_byte_range` and `.parent` walk from
    the root is quadratic for thousands of calls chained or nested in one expression)."""
    path = [root]
    kids: dict[ts.Node, tuple[list[int], list[ts.Node]]] = {}  # children of nodes on the path, by start
    for start in hits:
        end = start + width
        while len(path) > 1 and not (path[-1].start_byte <= start and path[-1].end_byte >= end):
            path.pop()
        if not (path[-1].start_byte <= start and path[-1].end_byte >= end):
            continue
        while True:
            # (not Node.first_child_for_byte: it crashes tree-sitter 0.25 on some trees)
            here = path[-1]
            found = kids.get(here)
            if found is None:
                children = here.children
                found = kids[here] = ([c.start_byte for c in children], children)
            i = bisect.bisect_right(found[0], start) - 1
            child = found[1][i] if i >= 0 else None
            if child is None or not (child.start_byte <= start and child.end_byte >= end):
                break
            path.append(child)
        yield start, path[-1], path[-_TAIL - 1:-1]


def parent_in(tail: list[ts.Node], node: ts.Node) -> Optional[ts.Node]:
    """`node`'s parent from a kept ancestor tail (`node` itself or an ancestor in it)."""
    for i in range(len(tail) - 1, -1, -1):
        if tail[i] == node:
            return tail[i - 1] if i > 0 else node.parent
    return node.parent


