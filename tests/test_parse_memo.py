"""`_tree.parse` hands back the tree it just made for the same input (the linker of a
small run re-reads the files the scan parsed), and never a tree of other bytes, another
grammar or other ranges."""

from __future__ import annotations

import tree_sitter as ts

from rpccheck.callers import _tree
from rpccheck.callers.typescript import parser_for


def test_same_input_gives_the_same_tree_and_other_inputs_do_not():
    code = b"const x = supabase.rpc('f', { a: 1 })\n"
    first = _tree.parse(parser_for("typescript"), code)
    again = _tree.parse(parser_for("typescript"), bytes(bytearray(code)))  # equal bytes, another object
    assert again is first
    assert _tree.parse(parser_for("tsx"), code) is not first  # another grammar
    other = _tree.parse(parser_for("typescript"), code.replace(b"1", b"2"))
    assert other is not first and other.root_node.text == code.replace(b"1", b"2")
    ranged = _tree.parse(parser_for("typescript"), code, [ts.Range((0, 0), (0, 10), 0, 10)])
    assert ranged is not first and ranged.root_node.end_byte <= 10


def test_the_window_is_bounded_in_source_bytes():
    big = b"let a = 1;\n" * (_tree._RECENT_BYTES // 4 // 11 + 1)  # over a quarter of the window: never kept
    assert _tree.parse(parser_for("typescript"), big) is not _tree.parse(parser_for("typescript"), big)
    for i in range(40):
        _tree.parse(parser_for("typescript"), b"let v%d = 1;\n" % i * 1000)
    assert _tree._recent_size[0] <= _tree._RECENT_BYTES
    assert sum(len(k[1]) for k in _tree._RECENT) == _tree._recent_size[0]


def test_a_tree_given_back_gets_a_fresh_lookup_budget():
    """Each reading of a file (the scan, then the linker) has its own lookup budget, as it
    had when each parsed the file itself: the shared Ancestry is not carried over."""
    code = b"function f(a) { return supabase.rpc('g', { a }) }\n"
    tree = _tree.parse(parser_for("typescript"), code)
    first = _tree.ancestry(tree.root_node)
    first.lookups.left -= 10
    assert _tree.ancestry(tree.root_node) is first  # same reading: shared
    assert _tree.parse(parser_for("typescript"), code) is tree
    again = _tree.ancestry(tree.root_node)
    assert again is not first and again.lookups.left == first.lookups.left + 10
