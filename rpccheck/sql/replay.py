"""Replay SQL files into a Catalog, in the order PostgreSQL would run them.

Only statements that shape the callable surface are read closely; everything else
is skipped after a glance at its first word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..model import Location
from ..sources import MAX_SQL_BYTES, display_path, read_text_file
from .catalog import DEFAULT_SEARCH_PATH, Catalog, _TableSpan
from .ddl import (
    ALTER_HEAD, ALTER_ROUTINE_MATTERS, ALTER_SCHEMA_MATTERS, DROP_HEAD, TRANSACTION_WORDS, DdlSyntaxError, ReplayError, describe_dynamic, find_dynamic_ddl,
    parse_alter_extension_schema, parse_alter_routine, parse_alter_schema, parse_create_extension, parse_drop_extensions,
    parse_drop_routines, parse_drop_schemas, parse_drop_types, parse_transaction, statement_tokens,
)
from .extensions import SUPABASE_SCHEMAS
from .lexer import IDENT, OP, QIDENT, STRING, LexError, is_name, read_qualified_name, split_top_level, tokenize
from .routines import Resolvers, RoutineSyntaxError, build_aggregate, build_function
from .scanner import split_statements
from .typedefs import record_alter, record_create
from .types import TypeSyntaxError, parse_type

_GAP = r"(?:\s|--[^\n]*\n|/\*(?:[^*]|\*(?!/))*\*/)+"
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_ROUTINE = re.compile(rf"create{_GAP}(?:or{_GAP}replace{_GAP})?(?:function|procedure)\b", re.I)
_OR_REPLACE = re.compile(rf"create{_GAP}or{_GAP}replace(?![\w$])", re.I)
_TABLE = re.compile(
    rf"create{_GAP}(?:(?:global|local){_GAP})?(?:(?:temp|temporary|unlogged){_GAP})?table{_GAP}(?:if{_GAP}not{_GAP}exists{_GAP})?",
    re.I,
)
_TYPE = re.compile(rf"create{_GAP}(?:type|domain){_GAP}", re.I)
_SET_SEARCH_PATH = re.compile(
    rf"""set{_GAP}(?:(session|local){_GAP})?(?:search_path\b|schema{_GAP}?(?=[eE]?'))""", re.I
)
_RESET_SEARCH_PATH = re.compile(rf"reset{_GAP}(?:search_path|all)\b", re.I)
_SCHEMA = re.compile(rf"create{_GAP}schema\b", re.I)
_EXTENSION = re.compile(rf"create{_GAP}extension\b", re.I)
_AGGREGATE = re.compile(rf"create{_GAP}(?:or{_GAP}replace{_GAP})?aggregate\b", re.I)
_SET_CONFIG = re.compile(r"select\s+(?:pg_catalog\s*\.\s*)?set_config\s*\(\s*'search_path'", re.I)
_SERIALS = {"serial": "integer", "serial4": "integer", "bigserial": "bigint", "serial8": "bigint",
            "smallserial": "smallint", "serial2": "smallint"}
_TABLE_CONSTRAINTS = frozenset({"constraint", "primary", "unique", "check", "foreign", "exclude", "like"})



class _FileReader:
    """One SQL session reading one file (psql -f): its search_path and transaction.

    The search_path has a session value and, inside a transaction, possibly a SET
    LOCAL value over it; both go back to what they were when a transaction or
    savepoint is rolled back, as PostgreSQL's GUC stack does.
    """

    def __init__(self, catalog: Catalog, path: str, text: str, use_sqlglot: bool = True) -> None:
        self.catalog = catalog
        self.use_sqlglot = use_sqlglot
        self.path = path
        self.text = text
        self.session_path: tuple[str, ...] = DEFAULT_SEARCH_PATH
        self.local_path: Optional[tuple[str, ...]] = None
        self.in_tx = False
        self.tx_line = 0
        self.tx_saved: tuple = ()
        self.savepoints: list[tuple[str, int, tuple[str, ...], Optional[tuple[str, ...]]]] = []
        self.search_path: tuple[str, ...] = DEFAULT_SEARCH_PATH
        self.resolvers = Resolvers(column_type=self._column_type, type_schema=self._type_schema)

    # -- search_path ------------------------------------------------------------------
    def _set_path(self, path: tuple[str, ...], local: bool) -> None:
        if local:
            if self.in_tx:  # outside a transaction block SET LOCAL only warns
                self.local_path = path
        else:
            self.session_path = path
            self.local_path = None
        self._sync_path()

    def _sync_path(self) -> None:
        """`search_path`: the value in effect (SET LOCAL's, else the session's)."""
        self.search_path = self.local_path if self.local_path is not None else self.session_path

    def creation_schema(self) -> str:
        """The first existing schema on the path (Supabase's own schemas exist)."""
        for s in self.search_path:
            if s == "$user" or s.startswith("pg_temp"):
                continue
            if s in self.catalog.schemas or s in SUPABASE_SCHEMAS:
                return s
        return "public"

    def _type_schema(self, name: str) -> Optional[str]:
        return self.catalog.type_schema(name, self.search_path)

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
                at_creation = Resolvers(type_schema=lambda name: self.catalog.type_schema(name, span.search_path))
                span.columns = _read_table_columns(span.text, span.start, span.end, at_creation)
            if col in span.columns:
                return span.columns[col]
        return None

    # -- statements -------------------------------------------------------------------
    def run(self) -> None:
        text = self.text
        statements, problems = split_statements(text)
        for p in problems:
            self.warn(p.line, f"{p.message}; statements after line {p.line} were not read")
        dispatch = self._dispatch
        first_word = _FIRST_WORD.match
        for st in statements:
            m = first_word(text, st.start)
            if m is None:
                continue
            word = m.group().lower()
            if word == "create":  # the bulk of any dump: no detour through the table
                if _ROUTINE.match(text, st.start):
                    self.routine(st)
                elif (t := _TABLE.match(text, st.start)) is not None:
                    self.table(t.end(), st)
                elif (t := _TYPE.match(text, st.start)) is not None:
                    self.type_name(t.end(), st)
                elif _SCHEMA.match(text, st.start):
                    self.create_schema(st)
                elif _EXTENSION.match(text, st.start):
                    self.create_extension(st)
                elif _AGGREGATE.match(text, st.start):
                    self.aggregate(st)
                continue
            handler = dispatch.get(word)
            if handler is not None:
                handler(self, st)
        if self.in_tx:
            if problems:
                self.catalog.commit()  # the rest of the file was not read: keep what was
            else:
                self.warn(
                    self.tx_line,
                    "transaction is never committed; PostgreSQL rolls it back when the session ends, "
                    "so what it created, dropped or altered is discarded",
                )
                self.catalog.rollback()
            self.in_tx = False

    # one handler per first word; any other statement is skipped unread
    def _on_alter(self, st) -> None:
        record_alter(self.catalog, self.text, st, self.search_path)
        if (t := ALTER_HEAD.match(self.text, st.start)) is not None:
            self.alter(st, t.group(1).lower())

    def _on_drop(self, st) -> None:
        if (t := DROP_HEAD.match(self.text, st.start)) is not None:
            self.drop(st, t.group(1).lower())

    def _on_set(self, st) -> None:
        if (t := _SET_SEARCH_PATH.match(self.text, st.start)) is not None:
            self.set_search_path(st, local=(t.group(1) or "").lower() == "local")

    def _on_select(self, st) -> None:
        if _SET_CONFIG.match(self.text, st.start):
            self.set_config(st)
        self.dynamic(st, "SELECT statement")

    def _on_do(self, st) -> None:
        self.dynamic(st, "DO block")

    def _on_execute(self, st) -> None:
        self.dynamic(st, "EXECUTE statement")

    def _on_reset(self, st) -> None:
        if _RESET_SEARCH_PATH.match(self.text, st.start):
            self._set_path(DEFAULT_SEARCH_PATH, local=False)

    def _on_transaction(self, st) -> None:
        self.transaction(st)

    _dispatch = {
        "alter": _on_alter, "drop": _on_drop, "set": _on_set,
        "select": _on_select, "do": _on_do, "execute": _on_execute, "reset": _on_reset,
        **dict.fromkeys(TRANSACTION_WORDS, _on_transaction),
    }

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
        try:
            self.catalog.create(fn, _OR_REPLACE.match(self.text, st.start) is not None)
        except ReplayError as e:
            what = "CREATE OR REPLACE" if _OR_REPLACE.match(self.text, st.start) else "CREATE"
            self._rejected(st, f"{what} {fn.kind.upper() if fn.kind == 'procedure' else 'FUNCTION'}", e)

    def aggregate(self, st) -> None:
        if not st.terminated:
            return  # reported by the scanner
        or_replace = _OR_REPLACE.match(self.text, st.start) is not None
        try:
            head = build_aggregate(
                self.text, st.start, st.end,
                default_schema=self.creation_schema(), path=self.path, line=st.line, resolvers=self.resolvers,
            )
        except (RoutineSyntaxError, LexError, TypeSyntaxError) as e:
            self._ddl_error(st, "CREATE AGGREGATE", e)
            return
        fn = head.function
        if head.finalfunc is not None:
            final = self.catalog.final_function(head.finalfunc, head.stype, self.search_path)
            if final is not None:
                fn = replace(fn, returns=final.returns)
        try:
            self.catalog.create(fn, or_replace)
        except ReplayError as e:
            self._rejected(st, "CREATE OR REPLACE AGGREGATE" if or_replace else "CREATE AGGREGATE", e)

    def create_extension(self, st) -> None:
        toks = self._tokens(st, "CREATE EXTENSION")
        if toks is None:
            return
        try:
            cmd = parse_create_extension(toks)
            self.catalog.create_extension(cmd.name, cmd.schema or self.creation_schema(), cmd.if_not_exists, cmd.cascade)
        except DdlSyntaxError as e:
            self._ddl_error(st, "CREATE EXTENSION", e)
        except ReplayError as e:
            self._rejected(st, "CREATE EXTENSION", e)

    def table(self, name_at: int, st) -> None:
        try:
            toks = list(tokenize(self.text, name_at, min(st.end, name_at + 400)))
        except LexError:
            return
        parts, _ = read_qualified_name(toks, 0)
        if not parts:
            return
        key = (parts[-2], parts[-1]) if len(parts) >= 2 else (self.creation_schema(), parts[-1])
        self.catalog.add_table(key, _TableSpan(self.path, self.text, name_at, st.end, search_path=self.search_path))

    def type_name(self, name_at: int, st) -> None:
        try:
            toks = list(tokenize(self.text, name_at, min(st.end, name_at + 200)))
        except LexError:
            return
        parts, _ = read_qualified_name(toks, 0)
        if parts:
            schema = parts[-2] if len(parts) >= 2 else self.creation_schema()
            self.catalog.add_type((schema, parts[-1]))
            record_create(self.catalog, self.text, st, (schema, parts[-1]), self.resolvers)

    def create_schema(self, st) -> None:
        try:
            toks = list(tokenize(self.text, st.start, min(st.end, st.start + 300)))
        except LexError:
            return
        i = 2
        if i + 2 < len(toks) and toks[i].is_word("if") and toks[i + 1].is_word("not") and toks[i + 2].is_word("exists"):
            i += 3
        if i < len(toks) and is_name(toks[i]) and not toks[i].is_word("authorization"):
            self.catalog.add_schema(toks[i].value)
        elif i + 1 < len(toks) and toks[i].is_word("authorization") and is_name(toks[i + 1]):
            self.catalog.add_schema(toks[i + 1].value)

    def set_search_path(self, st, local: bool) -> None:
        """SET [SESSION | LOCAL] {search_path | SCHEMA} {TO | =} value [, ...] | DEFAULT"""
        try:
            toks = list(tokenize(self.text, st.start, st.end))
        except LexError:
            return
        i = next((k for k, t in enumerate(toks) if t.is_word("search_path", "schema")), None)
        if i is None or i + 1 >= len(toks):
            return
        i += 1
        if toks[i].is_word("to") or (toks[i].kind == OP and toks[i].value == "="):
            i += 1
        values = [t for t in toks[i:] if not (t.kind == OP and t.value in (",", ";"))]
        if len(values) == 1 and values[0].is_word("default"):
            self._set_path(DEFAULT_SEARCH_PATH, local)
            return
        path: list[str] = []
        for t in values:
            if t.kind == STRING:
                path.extend(_split_path_string(t.value))
            elif t.kind in (IDENT, QIDENT):
                path.append(t.value)
        self._set_path(tuple(path), local)

    def set_config(self, st) -> None:
        """SELECT set_config('search_path', value, is_local)"""
        try:
            toks = list(tokenize(self.text, st.start, st.end))
        except LexError:
            return
        strings = [k for k, t in enumerate(toks) if t.kind == STRING]
        if len(strings) < 2:
            return
        k = strings[1]
        local = (
            k + 2 < len(toks) and toks[k + 1].kind == OP and toks[k + 1].value == ","
            and (toks[k + 2].is_word("true") or (toks[k + 2].kind == STRING and toks[k + 2].value.lower() in ("t", "true", "on", "yes", "1")))
        )
        self._set_path(tuple(_split_path_string(toks[k].value)), local)

    # -- DROP / ALTER -----------------------------------------------------------------
    def _tokens(self, st, what: str):
        if not st.terminated:
            return None  # reported by the scanner
        try:
            return statement_tokens(self.text, st.start, st.end)
        except DdlSyntaxError as e:
            self._ddl_error(st, what, e)
            return None

    def _ddl_error(self, st, what: str, e: Exception) -> None:
        offset = getattr(e, "offset", None)
        line = st.line if offset is None else st.line + self.text.count("\n", st.start, offset)
        head = " ".join(self.text[st.start : st.start + 120].split())
        self.warn(line, f"cannot read {what} statement ({e}): {head[:80]}")

    def _rejected(self, st, what: str, e: ReplayError) -> None:
        self.warn(st.line, f"PostgreSQL rejects this {what} statement: {e}; it changes nothing")

    def drop(self, st, objtype: str) -> None:
        what = f"DROP {objtype.upper()}"
        toks = self._tokens(st, what)
        if toks is None:
            return
        try:
            if objtype == "schema":
                self.catalog.drop_schemas(parse_drop_schemas(toks))
            elif objtype == "extension":
                self.catalog.drop_extensions(*parse_drop_extensions(toks))
            elif objtype in ("type", "domain", "table"):
                self.catalog.drop_types(parse_drop_types(toks), self.search_path)
            else:
                self.catalog.drop_routines(parse_drop_routines(toks, self.resolvers), self.search_path)
        except DdlSyntaxError as e:
            self._ddl_error(st, what, e)
        except ReplayError as e:
            self._rejected(st, what, e)

    def alter(self, st, objtype: str) -> None:
        # OWNER TO, SECURITY DEFINER, SET search_path, ...: nothing rpccheck records.
        # pg_dump writes an ALTER ... OWNER TO per routine: a substring test on the
        # lower-cased text rules most out cheaply, the regex then checks word bounds.
        seg = self.text[st.start : st.end].lower()
        if objtype == "schema":
            if "rename" not in seg or ALTER_SCHEMA_MATTERS.search(seg) is None:
                return
        elif objtype == "extension":
            if "schema" not in seg:
                return
        elif not (
            "rename" in seg or "schema" in seg or "stable" in seg or "volatile" in seg or "immutable" in seg
        ) or ALTER_ROUTINE_MATTERS.search(seg) is None:
            return
        what = f"ALTER {objtype.upper()}"
        toks = self._tokens(st, what)
        if toks is None:
            return
        try:
            if objtype == "schema":
                cmd = parse_alter_schema(toks)
                if cmd is not None:
                    self.catalog.rename_schema(cmd.name, cmd.new_name)
            elif objtype == "extension":
                moved = parse_alter_extension_schema(toks)
                if moved is not None:
                    self.catalog.alter_extension_schema(*moved)
            else:
                self.catalog.alter_routine(parse_alter_routine(toks, self.resolvers), self.search_path)
        except DdlSyntaxError as e:
            self._ddl_error(st, what, e)
        except ReplayError as e:
            self._rejected(st, what, e)

    # -- dynamic SQL ------------------------------------------------------------------
    def dynamic(self, st, what: str) -> None:
        found = find_dynamic_ddl(self.text, st.start, st.end)
        if found is None:
            return
        from ..rules import make_diagnostic

        column = st.start - self.text.rfind("\n", 0, st.start)
        if "create" in found.verbs:
            self.catalog.dynamic_creates.append((self.path, st.line, found))
        if "drop" in found.verbs:
            catalog = self.catalog
            found.settle_drops({name for _, name in catalog.functions})
            found.candidates = frozenset(
                (f.schema, f.name, f.identity, f.path, f.line) for f in catalog.all_functions() if found.may_drop(f.name)
            )
            catalog.dynamic_drops.append((self.path, st.line, found))
        self.catalog.diagnostics.append(
            make_diagnostic("dynamic-sql", describe_dynamic(what, found), Location(self.path, st.line, column))
        )

    # -- transactions -----------------------------------------------------------------
    def transaction(self, st) -> None:
        try:
            toks = statement_tokens(self.text, st.start, st.end)
        except DdlSyntaxError:
            return
        cmd = parse_transaction(toks)
        if cmd.action == "begin":
            if not self.in_tx:  # else: "there is already a transaction in progress"
                self._begin(st.line)
        elif not self.in_tx:
            return  # COMMIT/ROLLBACK outside a transaction only warn; SAVEPOINT is an error
        elif cmd.action in ("commit", "rollback"):
            if cmd.action == "commit":
                self.catalog.commit()
            else:
                self.catalog.rollback()
                self.session_path = self.tx_saved[0]
            self.local_path = None
            self._sync_path()
            self.in_tx = False
            self.savepoints.clear()
            if cmd.chain:
                self._begin(st.line)
        elif cmd.action == "savepoint" and cmd.savepoint:
            self.savepoints.append((cmd.savepoint, self.catalog.savepoint(), self.session_path, self.local_path))
        elif cmd.action in ("rollback_to", "release"):
            k = next((k for k in range(len(self.savepoints) - 1, -1, -1) if self.savepoints[k][0] == cmd.savepoint), None)
            if k is None:
                return  # no such savepoint: an error, the transaction is aborted
            if cmd.action == "release":
                del self.savepoints[k:]
            else:
                _, mark, self.session_path, self.local_path = self.savepoints[k]
                self._sync_path()
                del self.savepoints[k + 1 :]  # the savepoint itself stays
                self.catalog.rollback_to(mark)

    def _begin(self, line: int) -> None:
        self.in_tx = True
        self.tx_line = line
        self.tx_saved = (self.session_path,)
        self.savepoints.clear()
        self.catalog.begin()


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


def load_catalog(
    paths: Iterable[Path],
    catalog: Catalog | None = None,
    *,
    use_sqlglot: bool = True,
    on_file: Optional[Callable[[str], None]] = None,
    sources: Optional[list[str]] = None,
) -> Catalog:
    """Replay SQL files, in the given order, into one catalog.

    Each file is one session, as `psql -f` runs it: it starts with the default
    search_path, and a transaction left open at its end is rolled back. The files
    read are appended to `catalog.files` in the order they were applied, and
    `on_file(path)` (when given) is called as each one is started; files that could
    not be read at all are reported as diagnostics and are in neither.
    `use_sqlglot=False` reads every header from tokens only (tests compare both readings).
    `sources` names, per path, the source it came from (a migrations folder, a dump):
    where it changes, `Catalog.begin_source` is called.
    """
    catalog = catalog or Catalog()
    previous = None
    for i, p in enumerate(paths):
        if sources is not None:
            if previous is not None and sources[i] != previous:
                catalog.begin_source()
            previous = sources[i]
        shown = display_path(p)
        text, problem = read_text_file(p, MAX_SQL_BYTES)
        if problem is not None:
            from ..rules import make_diagnostic

            catalog.diagnostics.append(make_diagnostic("schema-parse-error", problem, Location(shown, 1, 1)))
            if text is None:
                continue
        catalog.files.append(shown)
        if on_file is not None:
            on_file(shown)
        _FileReader(catalog, shown, text, use_sqlglot).run()
    return catalog
