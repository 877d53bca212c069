"""Whether a routine's body visibly writes: the fact `read-only-call-to-volatile` reads.

PostgREST runs GET and HEAD calls in a READ ONLY transaction (PostgREST
src/library/PostgREST/Plan.hs: `(InvRead _, _) -> SQL.Read`; hasql's
Transaction/Private/SQL.hs writes it as `READ ONLY`). In such a transaction
PostgreSQL refuses INSERT, UPDATE, DELETE, MERGE, COPY FROM on non-temporary
tables, every CREATE / ALTER / DROP, GRANT, REVOKE, TRUNCATE, COMMENT, nextval() and
setval(), and SELECT ... FOR UPDATE / SHARE ("cannot execute ... in a read-only
transaction", SQLSTATE 25006). A VOLATILE function that only reads works fine there,
so volatility alone says nothing: only a body that visibly writes does.

`body_writes` answers True when the body of a `LANGUAGE sql` / `plpgsql` routine holds
one of those commands outside strings and comments, and None otherwise: a body that
calls other functions, runs dynamic SQL (`EXECUTE '...'`), touches temporary tables or is
written in another language cannot be judged from its text. It never answers False,
so no rule ever reasons from "does not write". Independent of the SQL reader: it reads
the statement's own text.
"""

from __future__ import annotations

import re
from typing import Optional

# a dollar-quote tag: `\$([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)?\$`, spelled with
# negated ASCII classes (the same sets, checked for every code point by
# tests/test_sql_patterns.py) because re builds wide ranges in Python: 4 ms at import
_DOLLAR = re.compile(
    r"\$([^\x00-@\[-\^`{-\x7f\U00010000-\U0010ffff](?:[^\x00-/:-@\[-\^`{-\x7f\U00010000-\U0010ffff]|\w)*)?\$"
)
_WRITES = re.compile(
    r"""\b(?:
        insert\s+into
      | update\s+(?:only\s+)?[\w."]+(?:\s*\*)?\s+(?:(?:as\s+)?[\w"]+\s+)?set\b
      | delete\s+from
      | merge\s+into
      | truncate\b
      | copy\s+[\w."]+(?:\s*\([^)]*\))?\s+from\b
      | (?:create|alter|drop)\s+(?:or\s+replace\s+)?(?:unique\s+)?(?:table|index|view|materialized\s+view|sequence
          |function|procedure|schema|type|domain|trigger|policy|role|extension|publication)\b
      | grant\b | revoke\b
      | comment\s+on\b
      | refresh\s+materialized\s+view
      | nextval\s*\( | setval\s*\(
      | for\s+(?:no\s+key\s+)?update\b | for\s+(?:key\s+)?share\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# a cheap first look (plain substring tests on the lowered text): without one of these, or a
# second `create`, nothing in the statement can write
_QUICK_WORDS = (
    "insert",
    "update",
    "delete",
    "merge",
    "truncate",
    "copy",
    "alter",
    "drop",
    "grant",
    "revoke",
    "comment",
    "refresh",
    "nextval",
    "setval",
    "share",
)
_TEMP = re.compile(r"\btemp(?:orary)?\b", re.IGNORECASE)
# ASCII text already lower-cased takes the two patterns' alternatives, matched
# case-sensitively, only where one can start: `\b` before a literal word. Matching
# case-sensitively on `code.lower()` gives the same answer there (an ASCII letter folds
# only to its lower case); `search` with the leading `\b` tried the whole alternation at
# every position of a body (the `\b` gives the engine no first character to skip to), a
# tenth of the reader's time on a dump, where `str.find` goes to each occurrence of a word
# at C speed. Text with other characters takes the patterns above (under IGNORECASE `s`
# also matches U+017F, `k` the Kelvin sign, ...). tests/test_sql_patterns.py checks that
# these are `_WRITES`'s alternatives and that both answer alike.
_WRITE_UPDATE = r"""update\s+(?:only\s+)?[\w."]+(?:\s*\*)?\s+(?:(?:as\s+)?[\w"]+\s+)?set\b"""
_WRITE_DDL = (
    r"\s+(?:or\s+replace\s+)?(?:unique\s+)?(?:table|index|view|materialized\s+view|sequence"
    r"|function|procedure|schema|type|domain|trigger|policy|role|extension|publication)\b"
)
# (the literal word an alternative of `_WRITES` starts with, the alternative)
WRITE_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    ("insert", r"insert\s+into"),
    ("update", _WRITE_UPDATE),
    ("delete", r"delete\s+from"),
    ("merge", r"merge\s+into"),
    ("truncate", r"truncate\b"),
    ("copy", r"""copy\s+[\w."]+(?:\s*\([^)]*\))?\s+from\b"""),
    ("create", "create" + _WRITE_DDL),
    ("alter", "alter" + _WRITE_DDL),
    ("drop", "drop" + _WRITE_DDL),
    ("grant", r"grant\b"),
    ("revoke", r"revoke\b"),
    ("comment", r"comment\s+on\b"),
    ("refresh", r"refresh\s+materialized\s+view"),
    ("nextval", r"nextval\s*\("),
    ("setval", r"setval\s*\("),
    ("for", r"for\s+(?:no\s+key\s+)?update\b|for\s+(?:key\s+)?share\b"),
)
_WRITE_WORDS = tuple(word for word, _ in WRITE_ALTERNATIVES)
# the alternatives in one pattern, compiled at the first body that needs it
_write_at: list[re.Pattern] = []


def _starts_word(low: str, i: int) -> bool:
    """`\b` before the letter at `i` of ASCII `low`: no letter, digit or `_` before it."""
    return i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")


def _ends_word(low: str, j: int) -> bool:
    """`\b` after a letter, at `j`."""
    return j == len(low) or not (low[j].isalnum() or low[j] == "_")


def _writes_lower(low: str) -> bool:
    """`_WRITES.search(low)` for ASCII text already lower-cased: an alternative matches at
    an occurrence of its word that starts a word."""
    if not _write_at:
        _write_at.append(re.compile("|".join(alternative for _, alternative in WRITE_ALTERNATIVES)))
    match = _write_at[0].match
    for word in _WRITE_WORDS:
        i = low.find(word)
        while i >= 0:
            if _starts_word(low, i) and match(low, i) is not None:
                return True
            i = low.find(word, i + 1)
    return False


def _temp_lower(low: str) -> bool:
    """`_TEMP.search(low)` (`\btemp(?:orary)?\b`) for ASCII text already lower-cased."""
    i = low.find("temp")
    while i >= 0:
        if _starts_word(low, i) and (
            _ends_word(low, i + 4) or (low.startswith("orary", i + 4) and _ends_word(low, i + 9))
        ):
            return True
        i = low.find("temp", i + 1)
    return False


# `\blanguage\s+(...)` under re.IGNORECASE (LANGUAGE_READABLE), spelled to start with a
# character class so the engine skips to an `l` at C speed instead of trying `\b` at every
# position: the boundary moves after the first letter, the letters become the classes
# re.IGNORECASE matches (none of these letters folds to another code point).
# tests/test_sql_patterns.py compares the two.
LANGUAGE_READABLE = r"\blanguage\s+(?:'([^']*)'|\"([^\"]*)\"|([\w]+))"
_LANGUAGE = re.compile(r"[lL](?<!\w.)[aA][nN][gG][uU][aA][gG][eE]\s+(?:'([^']*)'|\"([^\"]*)\"|([\w]+))")


def body_writes(statement: str) -> Optional[bool]:
    """True when the CREATE FUNCTION / PROCEDURE statement's body visibly writes; else None."""
    low = statement.lower()
    if not any(w in low for w in _QUICK_WORDS) and low.count("create") <= 1:
        return None  # no word that can write, but the statement's own CREATE
    try:
        outside, strings = _split(statement)
    except ValueError:  # unterminated quoting: the reader reports it, this says nothing
        return None
    lang = _LANGUAGE.search(outside)
    language = next((g for g in lang.groups() if g is not None), "").lower() if lang else "sql"
    if language not in ("sql", "plpgsql"):
        return None
    as_body = [s for kw, s in strings if kw == "as"]
    atomic = None if as_body else re.search(r"\bbegin\s+atomic\b|\breturn\b", outside, re.IGNORECASE)
    if as_body:
        body = as_body[0]
    elif atomic:  # SQL-standard body: BEGIN ATOMIC ... END / RETURN expr, outside strings
        body = outside[atomic.start() :]
    else:
        return None
    try:
        code = _blanked(body)
    except ValueError:
        return None
    if code.isascii():
        low_code = code.lower()
        if "temp" in low_code and _temp_lower(low_code):
            return None
        return True if _writes_lower(low_code) else None
    if _TEMP.search(code):
        return None
    return True if _WRITES.search(code) else None


_SPECIAL = re.compile(r"[-/'\"$]")  # a character class: scanned fast, unlike an alternation
# the rest of a standard string, taken whole (a doubled quote is never taken back as its
# end): an atomic match written as a lookahead and its backreference, as Python 3.10 has no
# possessive quantifiers (`[^']*+(?:''[^']*+)*+'` from 3.11 on)
_STANDARD_STRING_REST = re.compile(r"(?=(?P<run>[^']*(?:''[^']*)*))(?P=run)'")


def _split(text: str, strings: bool = True) -> tuple[str, list[tuple[str, str]]]:
    """(the text with strings and comments blanked, [(keyword before, string value)]).
    With `strings=False` the list stays empty: only the blanked text is wanted (a body's
    code), and its thousands of string literals are not assembled nor their keywords
    looked up.

    Jumps from one quote or comment opener to the next with a regex, so a body costs
    what its quotes and comments cost, not a Python step per character."""
    found = strings
    out: list[str] = []
    strings_found: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        m = _SPECIAL.search(text, i)
        if m is None:
            out.append(text[i:])
            break
        j = m.start()
        tok = text[j : j + 2] if text.startswith(("--", "/*"), j) else text[j]
        if tok in ("-", "/"):  # a minus or a division
            out.append(text[i : j + 1])
            i = j + 1
            continue
        if (
            tok == "'"
            and j > i
            and text[j - 1] in "eE"
            and (j < 2 or not (text[j - 2].isalnum() or text[j - 2] == "_"))
        ):
            tok, j = "e'", j - 1  # E'...': a string with backslash escapes
        out.append(text[i:j])
        if tok == "--":
            k = text.find("\n", j)
            i = n if k < 0 else k
            out.append(" ")
        elif tok == "/*":
            depth, k = 1, j + 2
            while depth:
                close = text.find("*/", k)
                if close < 0:
                    raise ValueError("unterminated comment")
                opener = text.find("/*", k, close)
                if opener >= 0:
                    depth, k = depth + 1, opener + 2
                else:
                    depth, k = depth - 1, close + 2
            i = k
            out.append(" ")
        elif tok == "'" and not found:
            # a standard string whose value is not wanted: its end at C speed (possessive,
            # so a doubled quote is never taken back as the end: unterminated stays so)
            rest = _STANDARD_STRING_REST.match(text, j + 1)
            if rest is None:
                raise ValueError("unterminated string")
            out.append(" ")
            i = rest.end()
        elif tok in ("'", "e'", "E'"):
            escapes = tok != "'"
            k = j + len(tok)
            value: list[str] = []
            while True:
                q = text.find("'", k)
                b = text.find("\\", k, q) if escapes and q >= 0 else -1
                if q < 0:
                    raise ValueError("unterminated string")
                if b >= 0:
                    if found:
                        value.append(text[k:b] + text[b + 1 : b + 2])
                    k = b + 2
                    continue
                if found:
                    value.append(text[k:q])
                if text.startswith("'", q + 1):
                    if found:
                        value.append("'")
                    k = q + 2
                    continue
                k = q + 1
                break
            if found:
                strings_found.append((_last_word(out), "".join(value)))
            out.append(" ")
            i = k
        elif tok == '"':
            k = text.find('"', j + 1)
            while k >= 0 and text.startswith('"', k + 1):
                k = text.find('"', k + 2)
            if k < 0:
                raise ValueError("unterminated identifier")
            out.append(" x ")  # an identifier, never a keyword
            i = k + 1
        else:  # $
            d = _DOLLAR.match(text, j)
            if d and (j == 0 or not (text[j - 1].isalnum() or text[j - 1] == "_")):
                tag = d.group(0)
                close = text.find(tag, d.end())
                if close < 0:
                    raise ValueError("unterminated dollar quote")
                if found:
                    strings_found.append((_last_word(out), text[d.end() : close]))
                out.append(" ")
                i = close + len(tag)
            else:
                out.append("$")
                i = j + 1
    return "".join(out), strings_found


# The body scan in one substitution (`_blanked`): a comment, a standard string or a
# dollar-quoted string, each made one space as `_split` makes it. Every alternative starts
# with a literal, so the regex engine skips to the next `-`, `'` or `$` at C speed, where the
# loop takes a Python step for each. A dollar quote opens where `_split` opens one
# (`_DOLLAR`, not after a letter, digit or `_`) and ends at the first copy of its tag, as
# `str.find` finds it there.
_TAG_REST = _DOLLAR.pattern[2:].replace("(", "(?:", 1)  # `_DOLLAR` after its first `$`
_BLANKABLE = re.compile(
    r"--[^\n]*"
    r"|'(?=(?P<run>[^']*(?:''[^']*)*))(?P=run)'"
    r"|\$(?<!\w\$)(?P<tag>" + _TAG_REST + r")[\s\S]*?\$(?P=tag)"
)
# What a dollar quote that `_split` opens and never closes leaves in the substitution's
# text: its `$` where `_split` would open one, its tag's letters, then the tag's closing `$`
# (or the space of a dollar quote that the substitution opened there instead).
_OPEN_DOLLAR_LEFT = re.compile(r"\$(?<!\w\$)" + _TAG_REST[:-2] + "[$ ]")
# a quote that opens an E-string for `_split`: after an `e` that follows no letter, digit or `_`
_ESCAPE_STRING_QUOTE = re.compile(r"'(?<=[eE]')(?<!\w[eE]')")
# More dollar signs than this and the body takes the loop: the substitution looks for the
# close of every tag that opens (to the body's end when there is none), the loop stops at
# the first one left open, so their number is kept small.
_FEW_DOLLARS = 24


def _blanked(body: str) -> str:
    """`_split(body, strings=False)[0]`, by one regex substitution where that is sure to
    give the same text: no quoted identifier, block comment or E-string (their rules are
    the loop's), and no dollar quote left open. A standard string left open leaves its
    `'` (the only one the substitution can leave): ValueError, as from `_split`."""
    if '"' in body or "/*" in body or body.count("$") > _FEW_DOLLARS or _ESCAPE_STRING_QUOTE.search(body) is not None:
        return _split(body, strings=False)[0]
    code = _BLANKABLE.sub(" ", body)
    if "$" in code and _OPEN_DOLLAR_LEFT.search(code) is not None:
        return _split(body, strings=False)[0]  # maybe a dollar quote left open: the loop tells
    if "'" in code:
        raise ValueError("unterminated string")
    return code


def _last_word(parts: list[str]) -> str:
    """The word just before the current position (`as` before a function body)."""
    tail = "".join(parts[-4:])[-64:].rstrip()
    k = len(tail)
    while k and (tail[k - 1].isalnum() or tail[k - 1] == "_"):
        k -= 1
    return tail[k:].lower()
