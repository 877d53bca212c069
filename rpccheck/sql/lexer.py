"""A small PostgreSQL token reader for the few statements rpccheck reads closely.

It is used on single statements (routine headers, DROP/ALTER FUNCTION, SET,
CREATE TABLE), never on a whole file: see scanner.py for that. Identifiers are
folded the way PostgreSQL folds them (unquoted → lower case, quoted → verbatim).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .scanner import _Unterminated, skip_token

IDENT, QIDENT, STRING, NUMBER, OP, DOLLAR, PARAM = "ident", "qident", "string", "number", "op", "dollar", "param"

_TOKEN = re.compile(
    r"""
    (\s+)                                                   # 1 whitespace
  | (--[^\n]*)                                              # 2 line comment
  | (/\*)                                                   # 3 block comment (nests)
  | ((?<![\w$])[eE]'(?:[^'\\]|\\.|'')*')                     # 4 escape string
  | ((?:[uU]&|[bBxXnN])?'(?:[^']|'')*')                     # 5 string
  | ((?:[uU]&)?"(?:[^"]|"")*")                              # 6 quoted identifier
  | (\$(?:[^\W\d$]\w*)?\$)                                  # 7 dollar quote opener
  | (\$\d+)                                                 # 8 positional parameter
  | (\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)  # 9 number
  | ([^\W\d][\w$]*)                                         # 10 identifier
  | (::|:=|=>|[(),.\[\];:]|[+\-*/<>=~!@#%^&|`?]+)             # 11 operator
  | (.)                                                     # 12 anything else
    """,
    re.VERBOSE | re.DOTALL,
)


class Token(NamedTuple):
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
_OP_KEEPS_SIGN = re.compile(r"[~!@#%^&|`?]")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _unquote_ident(raw: str) -> str:
    if raw[0] != '"':
        raw = raw[2:]  # U&
    return raw[1:-1].replace('""', '"')


def _unquote_string(raw: str) -> str:
    if raw[0] in "eE" and raw[1] == "'":
        return _ESCAPE.sub(r"\1", raw[2:-1].replace("''", "'"))
    i = raw.index("'")
    return raw[i + 1 : -1].replace("''", "'")


def tokenize(text: str, start: int = 0, end: int | None = None):
    """Yield the tokens of text[start:end]."""
    end = len(text) if end is None else end
    pos = start
    match = _TOKEN.match
    while pos < end:
        m = match(text, pos, end)
        g = m.lastindex
        stop = m.end()
        if g == 10:
            yield Token(IDENT, m.group().translate(_ASCII_LOWER), pos, stop)
        elif g == 1 or g == 2:
            pass
        elif g == 11:
            op = m.group()
            if len(op) > 1 and op[-1] in "+-" and not _OP_KEEPS_SIGN.search(op):
                # like scan.l: `=-1` is `=` then `-1`
                op = op.rstrip("+-") or op[0]
                stop = pos + len(op)
            yield Token(OP, op, pos, stop)
        elif g == 5 or g == 4:
            yield Token(STRING, _unquote_string(m.group()), pos, stop)
        elif g == 6:
            yield Token(QIDENT, _unquote_ident(m.group()), pos, stop)
        elif g == 9:
            yield Token(NUMBER, m.group(), pos, stop)
        elif g == 7:
            tag = m.group()
            if pos and (text[pos - 1].isalnum() or text[pos - 1] in "_$"):
                raise LexError("unexpected $", pos)
            close = text.find(tag, stop, end)
            if close < 0:
                raise LexError(f"unterminated dollar-quoted string {tag}", pos)
            yield Token(DOLLAR, text[stop:close], pos, close + len(tag))
            stop = close + len(tag)
        elif g == 3:
            try:
                stop = skip_token(text, pos, "/*")
            except _Unterminated as e:
                raise LexError(f"unterminated {e.what}", e.offset) from None
        elif g == 8:
            yield Token(PARAM, m.group(), pos, stop)
        else:
            c = m.group()
            if c in "'\"":
                raise LexError("unterminated quoted identifier" if c == '"' else "unterminated string literal", pos)
            yield Token(OP, c, pos, stop)
        pos = stop


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
