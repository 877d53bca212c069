"""What enums and domains accept: the facts the argument-type rule needs from the SQL.

replay.py calls `record_create` for each CREATE TYPE / CREATE DOMAIN and
`record_alter` for each ALTER statement; the catalog keeps the result in
`Catalog.type_defs`, keyed by (schema, name), and the names of functions whose
strictness an ALTER FUNCTION may have changed in `Catalog.strict_altered`.
What this module cannot follow it marks unknown (labels None, not_null None),
never guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..model import TypeDef
from .lexer import NUMBER, OP, STRING, LexError, is_name, matching_paren, read_qualified_name, tokenize
from .types import TypeSyntaxError, parse_type

_GAP = r"(?:\s|--[^\n]*\n|/\*(?:[^*]|\*(?!/))*\*/)+"
_ALTER_TYPE = re.compile(rf"alter{_GAP}(type|domain){_GAP}", re.I)
_ALTER_ROUTINE = re.compile(rf"alter{_GAP}(?:function|routine){_GAP}", re.I)
_STRICTNESS_WORDS = re.compile(r"\b(?:strict|called|null)\b", re.I)


def _tokens(text: str, start: int, end: int) -> Optional[list]:
    try:
        return list(tokenize(text, start, end))
    except LexError:
        return None


def record_create(catalog, text: str, st, key: tuple[str, str], resolvers) -> None:
    """CREATE TYPE key AS ENUM (...) / CREATE DOMAIN key [AS] base [constraints]."""
    replacing = key in catalog.type_defs
    catalog.type_defs.pop(key, None)
    if replacing and catalog._journal is not None:
        return  # re-created inside a transaction that may roll back: not followed
    toks = _tokens(text, st.start, st.end)
    if not toks or len(toks) < 3:
        return
    is_domain = toks[1].is_word("domain")
    _, i = read_qualified_name(toks, 2)
    if not is_domain:
        if i + 2 < len(toks) and toks[i].is_word("as") and toks[i + 1].is_word("enum") and toks[i + 2].value == "(":
            close = matching_paren(toks, i + 2)
            inner = toks[i + 3 : close] if close > 0 else None
            # only plain '...' labels, one between each comma: E'', U&'' and $$ strings, or a
            # backslash whose meaning depends on standard_conforming_strings, are not read
            if inner is not None and all(
                (t.kind == STRING and text.startswith("'", t.start) and "\\" not in t.value) if k % 2 == 0
                else (t.kind == OP and t.value == ",")
                for k, t in enumerate(inner)
            ) and len(inner) % 2 == 1:
                catalog.type_defs[key] = TypeDef("enum", labels=tuple(t.value for t in inner if t.kind == STRING))
        return
    if i < len(toks) and toks[i].is_word("as"):
        i += 1
    try:
        base, j = parse_type(toks, i, **resolvers.kwargs())
    except TypeSyntaxError:
        return
    typmod = None
    consumed = toks[i:j]
    opens = [k for k, t in enumerate(consumed) if t.kind == OP and t.value == "("]
    if opens:
        close = matching_paren(consumed, opens[0])
        inner = consumed[opens[0] + 1 : close] if close > 0 else []
        if inner and all(t.kind == NUMBER or (t.kind == OP and t.value == ",") for t in inner):
            typmod = ",".join(t.value for t in inner if t.kind == NUMBER)
        else:
            return
    not_null, has_check = False, False
    depth = 0
    for k in range(j, len(toks)):
        t = toks[k]
        if t.kind == OP:
            depth += t.value == "("
            depth -= t.value == ")"
        elif depth == 0 and is_name(t):
            if t.is_word("check"):
                has_check = True
            elif t.is_word("not") and k + 1 < len(toks) and toks[k + 1].is_word("null"):
                not_null = True
    catalog.type_defs[key] = TypeDef("domain", base=base, base_typmod=typmod, not_null=not_null, has_check=has_check)


def record_alter(catalog, text: str, st, search_path: tuple[str, ...]) -> None:
    """ALTER TYPE ... ADD / RENAME VALUE; ALTER DOMAIN (anything: NOT NULL may change);
    ALTER FUNCTION ... STRICT / CALLED ON NULL INPUT (the function's strictness is then unknown)."""
    m = _ALTER_TYPE.match(text, st.start)
    if m is None:
        if _ALTER_ROUTINE.match(text, st.start) and _STRICTNESS_WORDS.search(text, st.start, st.end):
            toks = _tokens(text, st.start, min(st.end, st.start + 400))
            if toks:
                parts, _ = read_qualified_name(toks, 2)
                if parts:
                    catalog.strict_altered.add(parts[-1])
        return
    toks = _tokens(text, st.start, st.end)
    if not toks:
        return
    parts, i = read_qualified_name(toks, 2)
    if not parts:
        return
    if len(parts) >= 2:
        keys = [(parts[-2], parts[-1])]
    else:
        keys = [(s, parts[-1]) for s in search_path if (s, parts[-1]) in catalog.type_defs][:1]
    for key in keys:
        td = catalog.type_defs.get(key)
        if td is None:
            continue
        if td.kind == "domain":
            catalog.type_defs[key] = replace(td, not_null=None, has_check=True)
            continue
        rest = toks[i:]
        strings = [t.value for t in rest if t.kind == STRING]
        if any(t.kind == STRING and (not text.startswith("'", t.start) or "\\" in t.value) for t in rest):
            catalog.type_defs.pop(key, None)
            continue
        if len(rest) >= 3 and rest[0].is_word("add") and rest[1].is_word("value") and strings and td.labels is not None:
            label = strings[0]
            catalog.type_defs[key] = replace(td, labels=td.labels + ((label,) if label not in td.labels else ()))
        elif len(rest) >= 5 and rest[0].is_word("rename") and rest[1].is_word("value") and len(strings) == 2 \
                and td.labels is not None and catalog._journal is None:  # a rollback would undo it
            old, new = strings
            catalog.type_defs[key] = replace(td, labels=tuple(new if x == old else x for x in td.labels))
        elif rest and rest[0].is_word("owner"):
            continue
        else:
            catalog.type_defs.pop(key, None)  # renamed, moved or changed otherwise: not followed
