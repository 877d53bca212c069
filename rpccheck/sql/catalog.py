"""Read SQL files into a catalog of routines, in the order PostgreSQL would run them.

Only statements that shape the callable surface are read closely; everything else
is skipped after a glance at its first word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..model import Diagnostic, Function, Location
from ..sources import read_text_file, display_path
from .lexer import IDENT, OP, QIDENT, STRING, LexError, is_name, read_qualified_name, split_top_level, tokenize
from .routines import Resolvers, RoutineSyntaxError, build_function
from .scanner import split_statements
from .types import TypeSyntaxError, parse_type

DEFAULT_SEARCH_PATH = ("$user", "public")

_GAP = r"(?:\s|--[^\n]*\n|/\*(?:[^*]|\*(?!/))*\*/)+"
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_ROUTINE = re.compile(rf"create{_GAP}(?:or{_GAP}replace{_GAP})?(?:function|procedure)\b", re.I)
_TABLE = re.compile(
    rf"create{_GAP}(?:(?:global|local){_GAP})?(?:(?:temp|temporary|unlogged){_GAP})?table{_GAP}(?:if{_GAP}not{_GAP}exists{_GAP})?",
    re.I,
)
_TYPE = re.compile(rf"create{_GAP}(?:type|domain){_GAP}", re.I)
_SET_SEARCH_PATH = re.compile(rf"set{_GAP}(?:(?:session|local){_GAP})?search_path\b", re.I)
_RESET_SEARCH_PATH = re.compile(rf"reset{_GAP}(?:search_path|all)\b", re.I)
_SCHEMA = re.compile(rf"create{_GAP}schema\b", re.I)
_SET_CONFIG = re.compile(r"select\s+(?:pg_catalog\s*\.\s*)?set_config\s*\(\s*'search_path'", re.I)
_SERIALS = {"serial": "integer", "serial4": "integer", "bigserial": "bigint", "serial8": "bigint",
            "smallserial": "smallint", "serial2": "smallint"}
_TABLE_CONSTRAINTS = frozenset({"constraint", "primary", "unique", "check", "foreign", "exclude", "like"})


@dataclass
class _TableSpan:
    path: str
    text: str
    start: int
    end: int
    columns: Optional[dict[str, str]] = None


@dataclass
class Catalog:
    """Routines by (schema, name), each a list of overloads in definition order."""

    functions: dict[tuple[str, str], list[Function]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    schemas: set[str] = field(default_factory=lambda: {"public"})
    _tables: dict[tuple[str, str], _TableSpan] = field(default_factory=dict, repr=False)
    _types: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def all_functions(self) -> list[Function]:
        return [f for overloads in self.functions.values() for f in overloads]

    def overloads(self, schema: str, name: str) -> list[Function]:
        return self.functions.get((schema, name), [])

    def add(self, fn: Function) -> None:
        """CREATE [OR REPLACE]: same schema, name and input types replace; else overload."""
        overloads = self.functions.setdefault((fn.schema, fn.name), [])
        for i, old in enumerate(overloads):
            if old.identity == fn.identity:
                overloads[i] = fn
                return
        overloads.append(fn)


class _FileReader:
    """State of one SQL session reading one file: the search_path it has set."""

    def __init__(self, catalog: Catalog, path: str, text: str, use_sqlglot: bool = True) -> None:
        self.catalog = catalog
        self.use_sqlglot = use_sqlglot
        self.path = path
        self.text = text
        self.search_path: tuple[str, ...] = DEFAULT_SEARCH_PATH
        self.resolvers = Resolvers(column_type=self._column_type, type_schema=self._type_schema)

    # -- search_path ------------------------------------------------------------------
    def creation_schema(self) -> str:
        for s in self.search_path:
            if s == "$user" or s.startswith("pg_temp"):
                continue
            if s in self.catalog.schemas or s == "public":
                return s
        return "public"

    def _type_schema(self, name: str) -> Optional[str]:
        for s in self.search_path:
            if (s, name) in self.catalog._types:
                return s
        return None

    def _column_type(self, parts: list[str]) -> Optional[str]:
        if len(parts) == 3:
            keys = [(parts[0], parts[1])]
        elif len(parts) == 2:
            keys = [(s, parts[0]) for s in self.search_path]
        else:
            return None
        col = parts[-1]
        for key in keys:
            span = self.catalog._tables.get(key)
            if span is None:
                continue
            if span.columns is None:
                span.columns = _read_table_columns(span.text, span.start, span.end, self.resolvers)
            if col in span.columns:
                return span.columns[col]
        return None

    # -- statements -------------------------------------------------------------------
    def run(self) -> None:
        text = self.text
        statements, problems = split_statements(text)
        for p in problems:
            self.warn(p.line, f"{p.message}; statements after line {p.line} were not read")
        for st in statements:
            m = _FIRST_WORD.match(text, st.start)
            if not m:
                continue
            word = m.group().lower()
            if word == "create":
                if _ROUTINE.match(text, st.start):
                    self.routine(st)
                elif (t := _TABLE.match(text, st.start)) is not None:
                    self.table(t.end(), st)
                elif (t := _TYPE.match(text, st.start)) is not None:
                    self.type_name(t.end(), st)
                elif _SCHEMA.match(text, st.start):
                    self.create_schema(st)
            elif word == "set" and _SET_SEARCH_PATH.match(text, st.start):
                self.set_search_path(st)
            elif word == "select" and _SET_CONFIG.match(text, st.start):
                self.set_config(st)
            elif word == "reset" and _RESET_SEARCH_PATH.match(text, st.start):
                self.search_path = DEFAULT_SEARCH_PATH

    def warn(self, line: int, message: str) -> None:
        from ..rules import make_diagnostic

        self.catalog.diagnostics.append(
            make_diagnostic("schema-parse-error", message, Location(self.path, line, 1))
        )

    def routine(self, st) -> None:
        if not st.terminated:
            return  # reported by the scanner
        try:
            fn = build_function(
                self.text, st.start, st.end,
                default_schema=self.creation_schema(), path=self.path, line=st.line, resolvers=self.resolvers,
                use_sqlglot=self.use_sqlglot,
            )
        except (RoutineSyntaxError, LexError, TypeSyntaxError) as e:
            offset = getattr(e, "offset", None)
            line = st.line if offset is None else st.line + self.text.count("\n", st.start, offset)
            head = " ".join(self.text[st.start : st.start + 120].split())
            self.warn(line, f"cannot read routine definition ({e}): {head[:80]}")
            return
        self.catalog.add(fn)

    def table(self, name_at: int, st) -> None:
        try:
            toks = list(tokenize(self.text, name_at, min(st.end, name_at + 400)))
        except LexError:
            return
        parts, _ = read_qualified_name(toks, 0)
        if not parts:
            return
        key = (parts[-2], parts[-1]) if len(parts) >= 2 else (self.creation_schema(), parts[-1])
        self.catalog._tables[key] = _TableSpan(self.path, self.text, name_at, st.end)

    def type_name(self, name_at: int, st) -> None:
        try:
            toks = list(tokenize(self.text, name_at, min(st.end, name_at + 200)))
        except LexError:
            return
        parts, _ = read_qualified_name(toks, 0)
        if parts:
            schema = parts[-2] if len(parts) >= 2 else self.creation_schema()
            self.catalog._types.add((schema, parts[-1]))

    def create_schema(self, st) -> None:
        try:
            toks = list(tokenize(self.text, st.start, min(st.end, st.start + 300)))
        except LexError:
            return
        i = 2
        if i + 2 < len(toks) and toks[i].is_word("if") and toks[i + 1].is_word("not") and toks[i + 2].is_word("exists"):
            i += 3
        if i < len(toks) and is_name(toks[i]) and not toks[i].is_word("authorization"):
            self.catalog.schemas.add(toks[i].value)
        elif i + 1 < len(toks) and toks[i].is_word("authorization") and is_name(toks[i + 1]):
            self.catalog.schemas.add(toks[i + 1].value)

    def set_search_path(self, st) -> None:
        try:
            toks = list(tokenize(self.text, st.start, st.end))
        except LexError:
            return
        i = next((k for k, t in enumerate(toks) if t.is_word("search_path")), None)
        if i is None or i + 1 >= len(toks):
            return
        i += 1
        if toks[i].is_word("to") or (toks[i].kind == OP and toks[i].value == "="):
            i += 1
        values = [t for t in toks[i:] if not (t.kind == OP and t.value in (",", ";"))]
        if len(values) == 1 and values[0].is_word("default"):
            self.search_path = DEFAULT_SEARCH_PATH
            return
        path: list[str] = []
        for t in values:
            if t.kind == STRING:
                path.extend(_split_path_string(t.value))
            elif t.kind in (IDENT, QIDENT):
                path.append(t.value)
        self.search_path = tuple(path)

    def set_config(self, st) -> None:
        try:
            toks = list(tokenize(self.text, st.start, st.end))
        except LexError:
            return
        strings = [t.value for t in toks if t.kind == STRING]
        if len(strings) >= 2:
            self.search_path = tuple(_split_path_string(strings[1]))


def _split_path_string(value: str) -> list[str]:
    """'a, "B", public' as a search_path string → ['a', 'B', 'public']."""
    out = []
    try:
        toks = list(tokenize(value))
    except LexError:
        return [v.strip() for v in value.split(",") if v.strip()]
    for t in toks:
        if t.kind in (IDENT, QIDENT):
            out.append(t.value)
        elif t.kind == "param" or (t.kind == OP and t.value.startswith("$")):
            out.append(t.value)
    # "$user" is quoted in search_path strings and comes back as a QIDENT
    return out


def _read_table_columns(text: str, start: int, end: int, resolvers: Resolvers) -> dict[str, str]:
    try:
        toks = list(tokenize(text, start, end))
    except LexError:
        return {}
    i = next((k for k, t in enumerate(toks) if t.kind == OP and t.value == "("), None)
    if i is None:
        return {}
    depth, close = 0, None
    for k in range(i, len(toks)):
        if toks[k].kind == OP and toks[k].value == "(":
            depth += 1
        elif toks[k].kind == OP and toks[k].value == ")":
            depth -= 1
            if depth == 0:
                close = k
                break
    if close is None:
        return {}
    cols: dict[str, str] = {}
    for g in split_top_level(toks[i + 1 : close]):
        if len(g) < 2 or not is_name(g[0]) or (g[0].kind == IDENT and g[0].value in _TABLE_CONSTRAINTS):
            continue
        if g[1].kind == IDENT and g[1].value in _SERIALS:
            cols[g[0].value] = _SERIALS[g[1].value]
            continue
        try:
            typ, _ = parse_type(g, 1, type_schema=resolvers.type_schema)
        except TypeSyntaxError:
            continue
        cols[g[0].value] = typ
    return cols


def load_catalog(paths: Iterable[Path], catalog: Catalog | None = None, *, use_sqlglot: bool = True) -> Catalog:
    """Read SQL files in the given order into one catalog. `use_sqlglot=False` reads
    every header from tokens only (tests compare both readings)."""
    catalog = catalog or Catalog()
    for p in paths:
        shown = display_path(p)
        text, problem = read_text_file(p)
        if problem is not None:
            from ..rules import make_diagnostic

            catalog.diagnostics.append(make_diagnostic("schema-parse-error", problem, Location(shown, 1, 1)))
            if text is None:
                continue
        catalog.files.append(shown)
        _FileReader(catalog, shown, text, use_sqlglot).run()
    return catalog
