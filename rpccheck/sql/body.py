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

_DOLLAR = re.compile(r"\$([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)?\$")
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
_TEMP = re.compile(r"\btemp(?:orary)?\b", re.IGNORECASE)
_LANGUAGE = re.compile(r"\blanguage\s+(?:'([^']*)'|\"([^\"]*)\"|([\w]+))", re.IGNORECASE)


def body_writes(statement: str) -> Optional[bool]:
    """True when the CREATE FUNCTION / PROCEDURE statement's body visibly writes; else None."""
    try:
        outside, strings = _split(statement)
    except ValueError:  # unterminated quoting: the reader reports it, this says nothing
        return None
    lang = _LANGUAGE.search(outside)
    language = next((g for g in lang.groups() if g is not None), "").lower() if lang else "sql"
    if language not in ("sql", "plpgsql"):
        return None
    atomic = re.search(r"\bbegin\s+atomic\b|\breturn\b", outside, re.IGNORECASE)
    as_body = [s for kw, s in strings if kw == "as"]
    if as_body:
        body = as_body[0]
    elif atomic:  # SQL-standard body: BEGIN ATOMIC ... END / RETURN expr, outside strings
        body = outside[atomic.start():]
    else:
        return None
    try:
        code, _ = _split(body)
    except ValueError:
        return None
    if _TEMP.search(code):
        return None
    return True if _WRITES.search(code) else None


def _split(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(the text with strings and comments blanked, [(keyword before, string value)])."""
    out: list[str] = []
    strings: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
            continue
        if c == "/" and text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            if depth:
                raise ValueError("unterminated comment")
            i = j
            out.append(" ")
            continue
        if c == "'" or (c in "eE" and text.startswith("'", i + 1) and (i == 0 or not text[i - 1].isalnum())):
            start = i + 1 if c == "'" else i + 2
            escapes = c != "'"
            j, value = start, []
            while True:
                if j >= n:
                    raise ValueError("unterminated string")
                ch = text[j]
                if escapes and ch == "\\" and j + 1 < n:
                    value.append(text[j + 1])
                    j += 2
                    continue
                if ch == "'":
                    if text.startswith("'", j + 1):
                        value.append("'")
                        j += 2
                        continue
                    break
                value.append(ch)
                j += 1
            strings.append((_last_word(out), "".join(value)))
            out.append(" ")
            i = j + 1
            continue
        if c == '"':
            j = text.find('"', i + 1)
            while j >= 0 and text.startswith('"', j + 1):
                j = text.find('"', j + 2)
            if j < 0:
                raise ValueError("unterminated identifier")
            out.append(" x ")  # an identifier, never a keyword
            i = j + 1
            continue
        if c == "$":
            m = _DOLLAR.match(text, i)
            if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
                tag = m.group(0)
                end = text.find(tag, m.end())
                if end < 0:
                    raise ValueError("unterminated dollar quote")
                strings.append((_last_word(out), text[m.end():end]))
                out.append(" ")
                i = end + len(tag)
                continue
        out.append(c)
        i += 1
    return "".join(out), strings


def _last_word(parts: list[str]) -> str:
    tail = "".join(parts[-64:]).rstrip()
    m = re.search(r"(\w+)$", tail)
    return m.group(1).lower() if m else ""
