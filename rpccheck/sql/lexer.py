"""A small PostgreSQL token reader for the few statements rpccheck reads closely.

It is used on single statements (routine headers, DROP/ALTER FUNCTION, SET,
CREATE TABLE), never on a whole file: see scanner.py for that. Identifiers are
folded the way PostgreSQL folds them (unquoted → lower case, quoted → verbatim).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .scanner import _Unterminated, skip_token

IDENT, QIDENT, STRING, NUMBER, OP, DOLLAR, PARAM = "ident", "qident", "string", "number", "op", "dollar", "param"

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>--|/\*)
  | (?P<estring>(?<![\w$])[eE](?='))
  | (?P<string>(?:[uU]&|[bBxXnN])?(?='))
  | (?P<qident>(?:[uU]&)?(?="))
  | (?P<dollar>\$(?:[^\W\d$]\w*)?\$)
  | (?P<param>\$\d+)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<ident>[^\W\d][\w$]*)
  | (?P<op>::|:=|=>|[(),.\[\];:]|[+\-*/<>=~!@#%^&|`?]+)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    value: str  # identifiers folded/unquoted; strings unquoted; others verbatim
    start: int
    end: int

    def is_word(self, *words: str) -> bool:
        return self.kind == IDENT and self.value in words


class LexError(ValueError):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def fold_identifier(raw: str) -> str:
    # PostgreSQL folds ASCII letters only (downcase_identifier); so does this
    return raw.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _unquote_ident(raw: str) -> str:
    if raw[:2] in ("U&", "u&"):
        raw = raw[2:]
    return raw[1:-1].replace('""', '"')


def _unquote_string(raw: str) -> str:
    if raw[0] in "eE" and raw[1] == "'":
        body = raw[2:-1]
        return re.sub(r"\\(.)", r"\1", body.replace("''", "'"))
    i = raw.index("'")
    return raw[i + 1 : -1].replace("''", "'")


def tokenize(text: str, start: int = 0, end: int | None = None, stop_words: frozenset[str] = frozenset()):
    """Yield tokens of text[start:end]. Stops early after an identifier in
    `stop_words` (which is yielded) so callers can avoid reading a long body."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        m = _TOKEN.match(text, pos, end)
        if m is None:
            raise LexError(f"unexpected character {text[pos]!r}", pos)
        kind = m.lastgroup
        if kind == "ws":
            pos = m.end()
            continue
        try:
            if kind == "comment":
                pos = skip_token(text, pos, m.group())
                continue
            if kind == "estring":
                stop = skip_token(text, pos, "E")
                yield Token(STRING, _unquote_string(text[pos:stop]), pos, stop)
                pos = stop
                continue
            if kind == "string":
                q = m.end()
                stop = skip_token(text, q, "'")
                yield Token(STRING, _unquote_string(text[pos:stop]), pos, stop)
                pos = stop
                continue
            if kind == "qident":
                q = m.end()
                stop = skip_token(text, q, '"')
                yield Token(QIDENT, _unquote_ident(text[pos:stop]), pos, stop)
                pos = stop
                continue
            if kind == "dollar":
                if pos and (text[pos - 1].isalnum() or text[pos - 1] in "_$"):
                    raise LexError("unexpected $", pos)
                stop = skip_token(text, pos, "$")
                tag = m.group()
                yield Token(DOLLAR, text[pos + len(tag) : stop - len(tag)], pos, stop)
                pos = stop
                continue
        except _Unterminated as e:
            raise LexError(f"unterminated {e.what}", e.offset) from None
        value = m.group()
        if kind == "ident":
            value = fold_identifier(value)
            yield Token(IDENT, value, pos, m.end())
            if value in stop_words:
                return
        else:
            yield Token(kind, value, pos, m.end())
        pos = m.end()


def split_top_level(tokens: list[Token], sep: str = ",") -> list[list[Token]]:
    """Split a token list on `sep` outside parentheses and brackets."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for t in tokens:
        if t.kind == OP:
            if t.value in ("(", "["):
                depth += 1
            elif t.value in (")", "]"):
                depth -= 1
            elif t.value == sep and depth == 0:
                parts.append([])
                continue
        parts[-1].append(t)
    if parts == [[]]:
        return []
    return parts


def matching_paren(tokens: list[Token], i: int) -> int:
    """Index of the `)` closing the `(` at tokens[i], or -1."""
    depth = 0
    for j in range(i, len(tokens)):
        t = tokens[j]
        if t.kind == OP:
            if t.value == "(":
                depth += 1
            elif t.value == ")":
                depth -= 1
                if depth == 0:
                    return j
    return -1


def is_name(t: Token) -> bool:
    return t.kind in (IDENT, QIDENT)


def read_qualified_name(tokens: list[Token], i: int) -> tuple[list[str], int]:
    """`a.b.c` (each part quoted or not) starting at tokens[i] → (parts, next index)."""
    parts: list[str] = []
    if i >= len(tokens) or not is_name(tokens[i]):
        return parts, i
    parts.append(tokens[i].value)
    i += 1
    while i + 1 < len(tokens) and tokens[i].kind == OP and tokens[i].value == "." and is_name(tokens[i + 1]):
        parts.append(tokens[i + 1].value)
        i += 2
    return parts, i
