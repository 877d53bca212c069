"""A seeded mutator of real inputs, for the robustness fuzz harness.

Why mutate fixtures instead of generating from a grammar: the readers must survive what
users and attackers actually feed them (a truncated dump, a half-typed file, a minified
bundle, a hostile pull request), and those are near-misses of valid files. Each strategy
here is one of the ways such input goes wrong; `grow` repeats a slice many times, which
is how quadratic paths (rescans, walks from the root, per-item lookups) show themselves.
"""

from __future__ import annotations

import random
from typing import Callable

OPENERS = [b"(", b"[", b"{", b"<", b"'", b'"', b"`", b"$$", b"/*", b"${", b"<script>", b"--", b"//"]
CLOSERS = [b")", b"]", b"}", b">", b"*/", b"</script>", b"$$;", b";", b"\n"]
NOISE = [
    b"\x00",
    b"\xff",
    b"\xfe\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xef\xbb\xbf",
    b"\r",
    b"\r\n",
    b"\t",
    b"\\",
    b"\\u",
    b"\\ud83d",
    b"\\ud83d\\ude00",
    b"\\x",
    b'U&"',
    b"E'",
    b"::",
    b"##[",
    b"%0A",
    b".rpc(",
    b".rpc('f', {",
    b"rpccheck-ignore",
    b"rpccheck-ignore[",
    b"CREATE FUNCTION ",
    b"DROP FUNCTION ",
    b"DO $$",
    b"EXECUTE '",
    b"\\.\n",
    b"COPY t FROM stdin;\n",
    b"export type Database = {",
    b"Functions: {",
    b"Args: ",
    b"never",
    b"\xe4\xb8\xad\xe6\x96\x87",
    b"\xf0\x9f\x98\x80",
]


def _flip(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(b))
        b[i] = rng.randrange(256) if rng.random() < 0.5 else b[i] ^ (1 << rng.randrange(8))
    return bytes(b)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(0, len(data))] if data else data


def _splice(rng: random.Random, data: bytes, other: bytes) -> bytes:
    i = rng.randint(0, len(data))
    j = rng.randint(0, len(other))
    k = rng.randint(j, min(len(other), j + 4000))
    return data[:i] + other[j:k] + data[i:]


def _insert(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.randint(1, 6)):
        i = rng.randint(0, len(out))
        piece = rng.choice(OPENERS + CLOSERS + NOISE)
        out = out[:i] + piece + out[i:]
    return out


def _delete(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randint(1, 64) :]


def _nest(rng: random.Random, data: bytes) -> bytes:
    """Deep nesting: what recursive readers die on."""
    depth = rng.choice([50, 300, 1200, 5000])
    opener, closer = rng.choice(
        [
            (b"(", b")"),
            (b"[", b"]"),
            (b"{", b"}"),
            (b"{a:", b"}"),
            (b"(a?", b":b)"),
            (b"f(", b")"),
            (b"<div>", b"</div>"),
            (b"{ a: { b: ", b" } }"),
            (b"ARRAY[", b"]"),
            (b"/*", b"*/"),
        ]
    )
    body = opener * depth + (closer * depth if rng.random() < 0.5 else b"")
    i = rng.randint(0, len(data))
    return data[:i] + body + data[i:]


def _huge(rng: random.Random, data: bytes) -> bytes:
    i = rng.randint(0, len(data))
    quote = rng.choice([b"'", b'"', b"`", b"$$", b""])
    return (
        data[:i] + quote + rng.choice([b"a", b"x ", b"\\'", b"1"]) * rng.choice([2000, 20000, 60000]) + quote + data[i:]
    )


def _grow(rng: random.Random, data: bytes) -> bytes:
    """Repeat one slice many times: inputs whose cost is quadratic in a count."""
    if not data:
        return data
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randint(1, 200))
    times = rng.choice([50, 300, 2000])
    return data[:i] + data[i:j] * times + data[j:]


def _lines(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    if len(lines) < 2:
        return data
    rng.shuffle(lines) if rng.random() < 0.3 else None
    k = rng.randrange(len(lines))
    del lines[k : k + rng.randint(1, 5)]
    return b"\n".join(lines)


def _encode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    enc = rng.choice(["utf-16", "utf-16-le", "latin-1", "utf-8-sig", "cp1252"])
    return text.encode(enc, "replace")


STRATEGIES: list[tuple[str, Callable]] = [
    ("flip", _flip),
    ("truncate", _truncate),
    ("insert", _insert),
    ("delete", _delete),
    ("nest", _nest),
    ("huge", _huge),
    ("grow", _grow),
    ("lines", _lines),
    ("encode", _encode),
]


def mutate(rng: random.Random, data: bytes, others: list[bytes]) -> tuple[str, bytes]:
    """One mutant of `data` (1-3 strategies stacked), and the strategies' names."""
    names = []
    out = data
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if others and rng.random() < 0.12:
            names.append("splice")
            out = _splice(rng, out, rng.choice(others))
            continue
        name, fn = rng.choice(STRATEGIES)
        names.append(name)
        out = fn(rng, out)
    if len(out) > 400_000:
        out = out[:400_000]
    return "+".join(names), out
