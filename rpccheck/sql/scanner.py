"""Statement boundaries in SQL text, found the way psql finds them.

A schema dump can be many megabytes, almost all of it function bodies, table DDL
and COPY data that rpccheck never looks at. Pushing that through a full SQL
tokenizer costs seconds, so this scanner only looks for the characters that can
change where a statement ends (quotes, comments, dollar quotes, semicolons,
backslash meta-commands) and jumps over quoted text with `str.find`.

It follows psql's lexer (src/bin/psql/psqlscanbody.l in PostgreSQL): a semicolon
ends a statement only outside parentheses and, in `CREATE [OR REPLACE]
FUNCTION|PROCEDURE`, outside `BEGIN ... END` (SQL-standard bodies), where `CASE`
also opens a block that `END` closes. `COPY ... FROM stdin;` is followed by data
lines up to `\\.`, and a backslash outside quotes starts a meta-command that runs
to the end of the line; `\\g` and its kin (`\\gexec`, `\\gset`, ...) also end the
statement before them, as they send it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Everything that can matter, outside a quoted construct, for a statement that is
# not a routine: quote openers, comments, dollar signs, semicolons, backslashes.
# Every alternative starts with a literal, so the regex engine skips to the next
# candidate character at C speed (4x faster than the class-and-look-behind spelling
# `[;'"$\\]|--|/\*|(?<![\w$])[eE](?=')`, which tries each position in turn); an
# E-string `e'...'` is told from the `'` found just after its `e` (`_escape_string_at`).
_PLAIN = re.compile(r""";|'|"|\$|\\|--|/\*""")
# Routines and rules also track parentheses; routines also BEGIN/CASE/END words
# outside parentheses, looked for (`_BLOCK_WORD`) only in the text before the next
# token there, so most of a routine's head is scanned at C speed as well.
_NESTED = re.compile(r""";|'|"|\$|\\|\(|\)|--|/\*""")
# `(?<![\w$])(?:begin|case|end)(?![\w$])` under re.IGNORECASE (BLOCK_WORD_READABLE), spelled
# to start with a character class so the regex engine skips to a candidate b/c/e at C speed
# instead of trying the look-behind at every position (3x faster over a dump's routine
# heads): the look-behind moves after the first letter, the letters become the classes
# re.IGNORECASE matches (`i` also matches U+0130 and U+0131, `s` U+017F).
# tests/test_sql_patterns.py compares the two.
BLOCK_WORD_READABLE = r"(?<![\w$])(?:begin|case|end)(?![\w$])"
_BLOCK_WORD = re.compile(
    "[bBcCeE](?<![\\w$].)"
    "(?:(?<=[bB])[eE][gG][iI\u0130\u0131][nN]|(?<=[cC])[aA][sS\u017f][eE]|(?<=[eE])[nN][dD])"
    "(?![\\w$])"
)
_DOLLAR_TAG = re.compile(r"\$(?:[^\W\d$][\w]*)?\$")
_ESTRING_BODY = re.compile(r"(?:[^'\\]|\\.|'')*'", re.DOTALL)
_BLOCK_COMMENT_PART = re.compile(r"/\*|\*/")
_LEADING = re.compile(r"(?:\s+|--[^\n]*)+")
_COPY_FROM_STDIN = re.compile(r"copy\b[\s\S]*\bfrom\s+stdin\b", re.IGNORECASE)
_COPY_END = re.compile(r"^\\\.[ \t]*\r?$", re.MULTILINE)
# meta-commands that send the query buffer, so end the statement: \g, \gx, \gexec,
# \gset, \gdesc, \watch, \crosstabview
_SENDING_META = ("\\g", "\\watch", "\\crosstabview")


@dataclass(slots=True)
class Statement:
    start: int  # offset of the statement's first token
    end: int  # offset just past its terminating semicolon (or the end of the text)
    line: int  # 1-based line of `start`
    # False when the text ends inside it (a quote, parenthesis or BEGIN block left
    # open): psql would send it whole and PostgreSQL reject it. A last statement
    # that merely lacks its semicolon is complete: psql sends it at the end of input.
    terminated: bool = True
    # the first four words (head_words), when the scanner read them to find the end
    # (statements starting with c), so the reader does not read them again
    words: Optional[list[str]] = None
    # a routine's body when it is a dollar-quoted string right after AS, outside
    # parentheses: (offset of its opening tag, offset just past its closing tag). The
    # reader parses the head with the body emptied (see replay._FileReader.tree).
    body: Optional[tuple[int, int]] = None


@dataclass(slots=True)
class ScanProblem:
    offset: int
    line: int
    message: str


class _Unterminated(Exception):
    def __init__(self, offset: int, what: str) -> None:
        self.offset = offset
        self.what = what


def _skip_block_comment(text: str, pos: int) -> int:
    """`pos` is at `/*`; return the offset after the matching `*/` (comments nest)."""
    depth = 0
    for m in _BLOCK_COMMENT_PART.finditer(text, pos):
        if m.group() == "/*":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.end()
    raise _Unterminated(pos, "block comment")


def _skip_quoted(text: str, pos: int, quote: str) -> int:
    """Standard string or quoted identifier: the quote is escaped by doubling it."""
    i = pos + 1
    while True:
        j = text.find(quote, i)
        if j < 0:
            raise _Unterminated(pos, "quoted identifier" if quote == '"' else "string literal")
        if text.startswith(quote, j + 1):
            i = j + 2
            continue
        return j + 1


def skip_token(text: str, pos: int, tok: str) -> int | None:
    """If the special token `tok` found at `pos` opens a quoted construct or comment,
    return the offset after it; None for tokens the caller handles itself."""
    c = tok[0]
    if c == "'":
        return _skip_quoted(text, pos, "'")
    if c == '"':
        return _skip_quoted(text, pos, '"')
    if tok == "--":
        j = text.find("\n", pos)
        return len(text) if j < 0 else j
    if tok == "/*":
        return _skip_block_comment(text, pos)
    if c in "eE" and len(tok) == 1:
        m = _ESTRING_BODY.match(text, pos + 2)
        if not m:
            raise _Unterminated(pos, "escape string literal")
        return m.end()
    if c == "$":
        if pos and (text[pos - 1].isalnum() or text[pos - 1] in "_$"):
            return pos + 1  # part of an identifier such as a$b
        m = _DOLLAR_TAG.match(text, pos)
        if not m:
            return pos + 1  # $1, or a lone dollar sign
        tag = m.group()
        j = text.find(tag, m.end())
        if j < 0:
            raise _Unterminated(pos, f"dollar-quoted string {tag}")
        return j + len(tag)
    return None


# split_statements ends a statement whose first token is its semicolon itself; False makes
# every statement go through _find_end (the tests compare the two)
_PLAIN_FIRST = True


def split_statements(text: str, initials: Optional[frozenset[str]] = None) -> tuple[list[Statement], list[ScanProblem]]:
    """Cut `text` into statements; problems (unterminated quotes) end the scan.

    With `initials` (lower-case letters), a statement whose first character is ASCII and
    not one of them, in either case, is passed over and not listed (the reader has no
    handler for it: a dump's thousands of GRANTs cost no Statement)."""
    statements: list[Statement] = []
    problems: list[ScanProblem] = []
    n = len(text)
    pos = 0
    line = 1
    line_pos = 0
    leading = _LEADING if initials is None else _passed_over(initials)
    while pos < n:
        m = leading.match(text, pos)
        if m:
            pos = m.end()
        if pos >= n:
            break
        c = text[pos]
        if c == ";":
            pos += 1
            continue
        try:
            if text.startswith("/*", pos):
                pos = _skip_block_comment(text, pos)
                continue
            if c == "\\":  # psql meta-command between statements (\connect, \restrict)
                j = text.find("\n", pos)
                pos = n if j < 0 else j + 1
                continue
        except _Unterminated as e:
            line += text.count("\n", line_pos, e.offset)
            problems.append(ScanProblem(e.offset, line, f"unterminated {e.what}"))
            return statements, problems
        start = pos
        line += text.count("\n", line_pos, start)
        line_pos = start
        if c not in "cC" and _PLAIN_FIRST:
            # neither a routine nor a rule nor COPY: when the first token is its semicolon
            # (pg_dump's thousands of GRANT and ALTER ... OWNER TO), that is _find_end's
            # answer, without its call and set-up
            m = _PLAIN.search(text, start)
            if m is not None and text[m.start()] == ";":
                pos = m.end()
                if initials is None or c.lower() in initials or not c.isascii():
                    statements.append(Statement(start, pos, line))
                continue
        head = head_words(text, start, 4) if c in "cC" else []
        routine = _is_routine_head(head)
        nested = routine or _is_rule_head(head)
        try:
            end, terminated, body = _find_end(text, start, nested, routine)
        except _Unterminated as e:
            problems.append(ScanProblem(e.offset, line + text.count("\n", start, e.offset), f"unterminated {e.what}"))
            if initials is None or c.lower() in initials or not c.isascii():
                statements.append(Statement(start, n, line, terminated=False))
            return statements, problems
        if initials is None or c.lower() in initials or not c.isascii():
            statements.append(Statement(start, end, line, terminated, head if c in "cC" else None, body))
        pos = end
        if c in "cC" and _COPY_FROM_STDIN.match(text, start, end):
            eol = text.find("\n", end)
            if eol < 0:
                break
            d = _COPY_END.search(text, eol + 1)
            if not d:
                problems.append(ScanProblem(end, line, "COPY data without a terminating \\. line"))
                break
            pos = d.end()
    return statements, problems


_PASSED_OVER: dict[frozenset[str], re.Pattern] = {}


def _passed_over(initials: frozenset[str]) -> re.Pattern:
    """`_LEADING`, but also over the statements split_statements would end at their
    first token, a semicolon (`_PLAIN`), and not list (`initials`): a run of a dump's
    GRANTs and the comments between them in one match, at C speed. Such a statement
    starts with an ASCII character that is neither a letter of `initials` nor one the
    loop treats otherwise (space, `;`, quotes, `$`, `\\`, `-`, `/`, `c`), and holds none
    of `_PLAIN`'s tokens before its `;`. Nothing follows the repetition, so the engine
    never backtracks into an iteration it completed: each is what the loop would do."""
    pattern = _PASSED_OVER.get(initials)
    if pattern is None:
        first = "".join(
            re.escape(ch)
            for ch in map(chr, range(128))
            if not ch.isspace() and ch not in ";'\"$\\-/cC" and ch.lower() not in initials
        )
        other = r"""[^;'"$\\\-/]*"""
        pattern = _PASSED_OVER[initials] = re.compile(
            rf"(?:\s+|--[^\n]*|;|[{first}]{other}(?:(?:-(?!-)|/(?!\*)){other})*;)+"
        )
    return pattern


def _escape_string_at(text: str, pos: int, quote: int) -> bool:
    """Whether the `'` at `quote`, the first token found from `pos`, is the quote of an
    E-string `e'...'`: the look-behind spelling `(?<![\\w$])[eE](?=')` would have matched one character
    earlier (at or after `pos`), before the quote."""
    if quote <= pos or text[quote - 1] not in "eE":
        return False
    if quote < 2:
        return True
    before = text[quote - 2]
    return not (before.isalnum() or before == "_" or before == "$")  # not [\w$]


# a body shorter than this is parsed as written: emptying it would save less than it costs
_BODY_WORTH_EMPTYING = 64


def _as_before(text: str, start: int, i: int) -> bool:
    """The word just before offset `i` (across white space only) is AS."""
    j = i
    while j > start and text[j - 1] in " \t\r\n\f\v":
        j -= 1
    if j - start < 2 or text[j - 2 : j].lower() != "as":
        return False
    return j - 3 < start or not (text[j - 3].isalnum() or text[j - 3] in "_$")


def _find_end(text: str, start: int, nested: bool, routine: bool) -> tuple[int, bool, Optional[tuple[int, int]]]:
    """(end, terminated, body): see Statement."""
    pattern = _NESTED if nested else _PLAIN
    depth = 0  # parentheses
    blocks = 0  # BEGIN/CASE ... END in routine bodies
    body: Optional[tuple[int, int]] = None
    pos = start
    n = len(text)
    while True:
        m = pattern.search(text, pos)
        if routine and depth == 0:
            # a word ends before the next token (it holds none of its characters); the
            # token's first character stays in the window for the look-ahead
            w = _BLOCK_WORD.search(text, pos, n if m is None else m.start() + 1)
            if w is not None:
                word = w.group().lower()
                if word == "begin":
                    blocks += 1
                elif word == "case":
                    if blocks:
                        blocks += 1
                elif blocks:
                    blocks -= 1
                pos = w.end()
                continue
        if m is None:
            if depth > 0:
                raise _Unterminated(start, "statement (a parenthesis is never closed)")
            if blocks > 0:
                raise _Unterminated(start, "routine body (BEGIN without END)")
            return n, True, body
        tok = m.group()
        i = m.start()
        if tok == ";":
            if depth <= 0 and blocks <= 0:
                return i + 1, True, body
            pos = i + 1
            continue
        if tok == "(":
            depth += 1
            pos = i + 1
            continue
        if tok == ")":
            if depth > 0:  # psql never lets the depth go below zero
                depth -= 1
            pos = i + 1
            continue
        if tok == "\\":
            if text.startswith(_SENDING_META, i) and not text.startswith("\\getenv", i):
                return i, True, body  # \g, \gexec, ...: psql sends the statement here
            j = text.find("\n", i)
            pos = n if j < 0 else j + 1
            continue
        if tok == "'" and _escape_string_at(text, pos, i):
            tok, i = text[i - 1], i - 1
        nxt = skip_token(text, i, tok)
        if (
            tok == "$"
            and routine
            and body is None
            and nxt is not None
            and nxt - i > _BODY_WORTH_EMPTYING
            and depth == 0
            and _as_before(text, start, i)
        ):
            body = (i, nxt)
        pos = nxt if nxt is not None else i + 1


# `[A-Za-z_\x80-\U0010ffff][\w$\x80-\U0010ffff]*` (an identifier: any non-ASCII
# character counts), spelled as negated ASCII classes: the same sets, but compiled in
# 0.1 ms instead of ~7 ms at import (re expands a wide range into a bitmap in Python).
# tests/test_sql_patterns.py checks every code point.
_WORD = re.compile(r"[^\x00-@\[-\^`{-\x7f][^\x00-#%-/:-@\[-\^`{-\x7f]*")
_SPACE = re.compile(r"\s+")
# the common case: plain ASCII words and spaces, no comment between them
_HEAD_FAST = re.compile(r"[A-Za-z_][\w$]*(?:[ \t\r\n]+[A-Za-z_][\w$]*){0,4}\s*", re.ASCII)


def head_words(text: str, pos: int, n: int) -> list[str]:
    """The first `n` words of the statement at `pos`, lower-cased, skipping whitespace
    and comments (nested ones included, as PostgreSQL's lexer does); stops at the
    first token that is not a plain word."""
    m = _HEAD_FAST.match(text, pos)
    if m is not None:
        after = m.end()
        if not text.startswith(("-", "/", "\\"), after) and (after >= len(text) or ord(text[after]) < 128):
            return m.group().lower().split()[:n]  # ASCII only: lower() keeps the spaces
    words: list[str] = []
    end = len(text)
    while len(words) < n and pos < end:
        m = _SPACE.match(text, pos)
        if m:
            pos = m.end()
            continue
        if text.startswith("--", pos):
            j = text.find("\n", pos)
            pos = end if j < 0 else j + 1
            continue
        if text.startswith("/*", pos):
            try:
                pos = _skip_block_comment(text, pos)
            except _Unterminated:
                break
            continue
        m = _WORD.match(text, pos)
        if not m:
            break
        words.append(m.group().lower())
        pos = m.end()
    return words


def _is_routine_head(words) -> bool:
    if len(words) < 2 or words[0] != "create":
        return False
    i = 3 if words[1:3] == ["or", "replace"] else 1
    return len(words) > i and words[i] in ("function", "procedure")


def _is_rule_head(words) -> bool:
    if len(words) < 2 or words[0] != "create":
        return False
    i = 3 if words[1:3] == ["or", "replace"] else 1
    return len(words) > i and words[i] == "rule"


def line_of(text: str, offset: int, base_line: int = 1, base_offset: int = 0) -> int:
    return base_line + text.count("\n", base_offset, offset)
