"""The byte searches that replace lookbehind-first patterns (tried at every byte) give the
very offsets the patterns give: rpc_words for `.rpc` hits, _whole_words for a name's uses."""

import random
import re

from rpccheck.callers.ts_result import _whole_words
from rpccheck.callers.typescript import _RPC, rpc_words


def _texts(alphabet: bytes, count: int) -> list[bytes]:
    rnd = random.Random(11)
    return [bytes(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


def test_rpc_words_are_the_pattern_hits():
    rnd = random.Random(2)
    for data in _texts(b"rpc $_xR.\xc3\xa9", 5000) + [b"rpc", b".rpc(", b"xrpc rpc rpcx $rpc rpc$ rpc_"]:
        assert rpc_words(data) == [m.start() for m in _RPC.finditer(data)], data
        s = rnd.randint(0, len(data))
        e = rnd.randint(s, len(data) + 2)
        # a span (a component's script): the byte before it counts, the byte after it does not
        assert rpc_words(data, s, e) == [m.start() for m in _RPC.finditer(data, s, e)], (data, s, e)


def test_whole_words_are_the_pattern_matches():
    for word in (b"a", b"aa", b"ab", b"x$", b"\xc3\xa9\xc3\xa9", b"data"):
        pattern = re.compile(rb"(?<![\w$])" + re.escape(word) + rb"(?![\w$])")
        for text in _texts(b"ab x$.\xc3\xa9" + word, 3000):
            want = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert [(m.start(), m.end()) for m in _whole_words(text, word)] == want, (word, text)


def test_a_var_in_a_function_still_shadows():
    # the `var` prefilter skips the walk for `var` only in a file without the word
    from rpccheck.callers.typescript import extract_calls

    src = b"""const args = { a: 1 }
function f() { if (x) { var args = make() } return supabase.rpc("fn", args) }
function g() { return supabase.rpc("fn", args) }
"""
    inner, outer = extract_calls(src, "t.ts")
    assert inner.args.shapes is None and "variable" in inner.args.why_unknown
    assert [k.name for k in outer.args.shapes[0].keys] == ["a"]
