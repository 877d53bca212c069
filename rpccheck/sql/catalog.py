"""Read SQL files into a catalog of routines, in the order PostgreSQL would run them.

Only statements that shape the callable surface are read closely; everything else
is skipped after a glance at its first word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..model import INOUT, OUT, TABLE, Diagnostic, Function, Location
from ..sources import MAX_SQL_BYTES, display_path, read_text_file
from .lexer import IDENT, OP, QIDENT, STRING, LexError, is_name, read_qualified_name, split_top_level, tokenize
from .ddl import (
    ALTER_HEAD, ALTER_ROUTINE_MATTERS, ALTER_SCHEMA_MATTERS, DROP_HEAD, FUNCTION, PROCEDURE, ROUTINE,
    TRANSACTION_WORDS, AlterRoutine, DdlSyntaxError, DropRoutines, DropSchemas, DropTypes, ReplayError,
    RoutineRef, describe_dynamic, find_dynamic_ddl, parse_alter_routine, parse_alter_schema,
    parse_drop_routines, parse_drop_schemas, parse_drop_types, parse_transaction, statement_tokens,
)
from .routines import Resolvers, RoutineSyntaxError, build_function
from .scanner import split_statements
from .types import TypeSyntaxError, parse_type, quote_ident

DEFAULT_SEARCH_PATH = ("$user", "public")

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


_MISSING = object()


def _print_type(schema: str, name: str) -> str:
    """format_type() text of a user type, as types.py prints it."""
    if schema in ("public", "pg_catalog"):
        return quote_ident(name)
    return f"{quote_ident(schema)}.{quote_ident(name)}"


def _input_signature(fn: Function) -> str:
    return f"{fn.name}({', '.join(fn.identity)})"


@dataclass
class Catalog:
    """Routines by (schema, name), each a list of overloads in definition order.

    `files` lists the files read, in the order they were applied. The methods below
    change the catalog the way the matching PostgreSQL statement changes pg_proc;
    inside a transaction every change is journaled so ROLLBACK can undo it.
    """

    functions: dict[tuple[str, str], list[Function]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    schemas: set[str] = field(default_factory=lambda: {"public"})
    _tables: dict[tuple[str, str], _TableSpan] = field(default_factory=dict, repr=False)
    _types: set[tuple[str, str]] = field(default_factory=set, repr=False)
    _journal: Optional[list] = field(default=None, repr=False)
    _from_earlier_sources: set = field(default_factory=set, repr=False)
    # DO blocks and EXECUTEs that create routines: (path, line, what they may create)
    dynamic_creates: list = field(default_factory=list)

    def all_functions(self) -> list[Function]:
        return [f for overloads in self.functions.values() for f in overloads]

    def overloads(self, schema: str, name: str) -> list[Function]:
        return self.functions.get((schema, name), [])

    # -- journal (transactions) -------------------------------------------------------
    def _touch(self, key: tuple[str, str]) -> None:
        if self._journal is not None:
            old = self.functions.get(key)
            self._journal.append(("fn", key, None if old is None else list(old)))

    def _touch_schemas(self) -> None:
        if self._journal is not None:
            self._journal.append(("schemas", set(self.schemas)))

    def _touch_table(self, key: tuple[str, str]) -> None:
        if self._journal is not None:
            self._journal.append(("table", key, self._tables.get(key, _MISSING)))

    def _touch_type(self, key: tuple[str, str]) -> None:
        if self._journal is not None:
            self._journal.append(("type", key, key in self._types))

    def begin(self) -> None:
        self._journal = []

    def savepoint(self) -> int:
        return len(self._journal) if self._journal is not None else 0

    def rollback_to(self, mark: int) -> None:
        j = self._journal
        if j is None:
            return
        while len(j) > mark:
            entry = j.pop()
            what = entry[0]
            if what == "fn":
                _, key, old = entry
                if old:
                    self.functions[key] = old
                else:
                    self.functions.pop(key, None)
            elif what == "schemas":
                self.schemas = entry[1]
            elif what == "table":
                _, key, old = entry
                if old is _MISSING:
                    self._tables.pop(key, None)
                else:
                    self._tables[key] = old
            elif what == "type":
                _, key, present = entry
                if present:
                    self._types.add(key)
                else:
                    self._types.discard(key)

    def commit(self) -> None:
        self._journal = None

    def rollback(self) -> None:
        self.rollback_to(0)
        self._journal = None

    # -- what CREATE statements record ------------------------------------------------
    def add(self, fn: Function) -> None:
        """CREATE [OR REPLACE]: same schema, name and input types replace; else overload."""
        key = (fn.schema, fn.name)
        if self._journal is not None:
            self._touch(key)
        overloads = self.functions.setdefault(key, [])
        for i, old in enumerate(overloads):
            if old.identity == fn.identity:
                overloads[i] = fn
                return
        overloads.append(fn)

    def create(self, fn: Function, or_replace: bool) -> None:
        """CREATE [OR REPLACE] {FUNCTION|PROCEDURE} as PostgreSQL's ProcedureCreate
        checks it: a replacement may change the body, the options and add defaults or
        names, but not the routine kind, the result type, the input names or remove
        defaults; without OR REPLACE the signature must be new."""
        key = (fn.schema, fn.name)
        overloads = self.functions.get(key)
        if not overloads:
            if self._journal is not None:
                self._touch(key)
            self.functions[key] = [fn]
            return
        identity = fn.identity
        for i, old in enumerate(overloads):
            if old.identity == identity:
                if (key, identity) not in self._from_earlier_sources:
                    _check_replacement(old, fn, or_replace)
                if self._journal is not None:
                    self._touch(key)
                overloads[i] = fn
                return
        if self._journal is not None:
            self._touch(key)
        overloads.append(fn)

    def release_sources(self) -> None:
        """Drop what only loading needs: table spans hold the whole SQL text."""
        self._tables = {}
        self._from_earlier_sources = set()

    def begin_source(self) -> None:
        """The next files are another source (a dump after the migrations, declarative
        schemas): they state the result, so they may re-create what earlier sources
        made without PostgreSQL's "already exists" checks."""
        self._from_earlier_sources = {
            (key, fn.identity) for key, overloads in self.functions.items() for fn in overloads
        }

    def add_schema(self, name: str) -> None:
        if name not in self.schemas:
            self._touch_schemas()
            self.schemas.add(name)

    def add_table(self, key: tuple[str, str], span: _TableSpan) -> None:
        self._touch_table(key)
        self._tables[key] = span

    def add_type(self, key: tuple[str, str]) -> None:
        if key not in self._types:
            self._touch_type(key)
            self._types.add(key)

    def _remove(self, fn: Function) -> None:
        key = (fn.schema, fn.name)
        overloads = self.functions.get(key, [])
        for i, f in enumerate(overloads):
            if f is fn:
                self._touch(key)
                del overloads[i]
                if not overloads:
                    del self.functions[key]
                return

    def _put(self, old: Function, new: Function) -> None:
        """Replace `old` by `new`, in place when the key does not change."""
        if (old.schema, old.name) == (new.schema, new.name):
            key = (old.schema, old.name)
            overloads = self.functions[key]
            self._touch(key)
            overloads[next(i for i, f in enumerate(overloads) if f is old)] = new
            return
        self._remove(old)
        key = (new.schema, new.name)
        self._touch(key)
        self.functions.setdefault(key, []).append(new)

    # -- routine lookup (parse_func.c: LookupFuncWithArgs) ----------------------------
    def find_routine(self, objtype: str, ref: RoutineRef, search_path: tuple[str, ...]) -> Optional[Function]:
        """The routine a DROP/ALTER {FUNCTION|PROCEDURE|ROUTINE} names, or None when the
        catalog has none. Raises ReplayError where PostgreSQL raises an error even
        with IF EXISTS (an ambiguous name, the wrong kind of routine)."""
        name = ref.parts[-1]
        schemas = [ref.parts[-2]] if len(ref.parts) >= 2 else _path_schemas(search_path)

        def kind_ok(f: Function, ot: str) -> bool:
            return ot == ROUTINE or (ot == PROCEDURE) == (f.kind == "procedure")

        if ref.params is None:
            # every routine of that name on the path; one hides another with the same
            # input types later on the path; then only the requested kind counts
            seen: set[tuple[str, ...]] = set()
            cands = []
            for s in schemas:
                here = self.functions.get((s, name), ())
                cands += [f for f in here if f.identity not in seen and kind_ok(f, objtype)]
                seen.update(f.identity for f in here)
            if len(cands) > 1:
                raise ReplayError(
                    f'{objtype} name "{name}" is not unique (specify the argument list to select the {objtype} unambiguously)'
                )
            found = cands[0] if cands else None
        else:
            found = self._first_match(schemas, name, lambda f: f.identity, ref.input_types)
            if objtype in (PROCEDURE, ROUTINE) and not ref.has_modes:
                # procedures may also be named by all their arguments, OUT ones included
                matches = self._matches(schemas, name, lambda f: tuple(p.type for p in f.params), ref.all_types)
                if len(matches) > 1:
                    raise ReplayError(f'{objtype} name "{name}" is not unique')
                matches = [f for f in matches if kind_ok(f, objtype)]
                if matches:
                    if found is not None and found is not matches[0]:
                        raise ReplayError(f'{objtype} name "{name}" is not unique')
                    found = matches[0]
        if found is not None:
            if objtype == FUNCTION and found.kind == "procedure":
                raise ReplayError(f"{_input_signature(found)} is not a function")
            if objtype == PROCEDURE and found.kind != "procedure":
                raise ReplayError(f"{_input_signature(found)} is not a procedure")
        return found

    def _matches(self, schemas, name, key, target) -> list[Function]:
        """The routines with key(f) == target in the first schema on the path having any."""
        for s in schemas:
            hits = [f for f in self.functions.get((s, name), ()) if key(f) == target]
            if hits:
                return hits
        return []

    def _first_match(self, schemas, name, key, target) -> Optional[Function]:
        hits = self._matches(schemas, name, key, target)
        return hits[0] if hits else None

    # -- DROP / ALTER routines --------------------------------------------------------
    def drop_routines(self, cmd: DropRoutines, search_path: tuple[str, ...]) -> list[RoutineRef]:
        """Apply DROP {FUNCTION|PROCEDURE|ROUTINE}; returns the refs that matched nothing.

        All names are looked up before anything is dropped: one rejected name leaves
        the catalog unchanged, as the failed statement leaves pg_proc."""
        targets: list[Function] = []
        missing = []
        for ref in cmd.refs:
            fn = self.find_routine(cmd.objtype, ref, search_path)
            if fn is None:
                missing.append(ref)
            elif not any(t is fn for t in targets):
                targets.append(fn)
        for fn in targets:
            self._remove(fn)
        return missing

    def alter_routine(self, cmd: AlterRoutine, search_path: tuple[str, ...]) -> bool:
        """Apply ALTER {FUNCTION|PROCEDURE|ROUTINE}; False when the routine is unknown."""
        fn = self.find_routine(cmd.objtype, cmd.ref, search_path)
        if fn is None:
            return False
        if cmd.set_schema is not None and cmd.set_schema != fn.schema and not self.schema_known(cmd.set_schema):
            raise ReplayError(f'schema "{cmd.set_schema}" does not exist')
        if fn.kind == "procedure" and (cmd.volatility is not None or cmd.rows):
            raise ReplayError("invalid attribute in procedure definition (procedures have no volatility or ROWS)")
        if cmd.rows and not fn.returns_set:
            raise ReplayError("ROWS is not applicable when function does not return a set")
        if cmd.rename_to is not None:
            self._check_free(fn.schema, cmd.rename_to, fn)
            self._put(fn, replace(fn, name=cmd.rename_to))
        elif cmd.set_schema is not None:
            if cmd.set_schema == fn.schema:
                return True
            self._check_free(cmd.set_schema, fn.name, fn)
            self._put(fn, replace(fn, schema=cmd.set_schema))
        elif cmd.volatility is not None:
            if fn.volatility != cmd.volatility:
                self._put(fn, replace(fn, volatility=cmd.volatility))
        return True

    def _check_free(self, schema: str, name: str, fn: Function) -> None:
        for other in self.functions.get((schema, name), ()):
            if other.identity == fn.identity:
                raise ReplayError(
                    f'{"procedure" if fn.kind == "procedure" else "function"} '
                    f'{name}({", ".join(fn.identity)}) already exists in schema "{schema}"'
                )

    # -- schemas ----------------------------------------------------------------------
    def schema_known(self, name: str) -> bool:
        return (
            name in self.schemas
            or any(s == name for s, _ in self.functions)
            or any(s == name for s, _ in self._tables)
            or any(s == name for s, _ in self._types)
        )

    def _schema_type_names(self, schema: str) -> set[str]:
        names = {n for s, n in self._types if s == schema} | {n for s, n in self._tables if s == schema}
        return names

    def drop_schemas(self, cmd: DropSchemas) -> list[str]:
        """Apply DROP SCHEMA; returns the names the catalog does not know. With CASCADE
        the routines in the schema go, and so do routines elsewhere whose argument or
        result types live in it; without, a schema holding anything is an error."""
        known = [n for n in dict.fromkeys(cmd.names) if self.schema_known(n)]
        missing = [n for n in cmd.names if n not in known]
        if not cmd.cascade:
            for n in known:
                inside = [f for (s, _), fs in self.functions.items() if s == n for f in fs]
                if inside or self._schema_type_names(n):
                    what = f"function {n}.{_input_signature(inside[0])}" if inside else "its types and tables"
                    raise ReplayError(f'cannot drop schema {n} because other objects depend on it ({what}); use CASCADE')
        for n in known:
            type_names = {_print_type(n, t) for t in self._schema_type_names(n)}
            prefix = None if n in ("public", "pg_catalog") else quote_ident(n) + "."
            for fn in self.all_functions():
                if fn.schema == n or _uses_types(fn, type_names, prefix):
                    self._remove(fn)
            for key in [k for k in self._tables if k[0] == n]:
                self._touch_table(key)
                del self._tables[key]
            for key in [k for k in self._types if k[0] == n]:
                self._touch_type(key)
                self._types.discard(key)
            if n in self.schemas:
                self._touch_schemas()
                self.schemas.discard(n)
        return missing

    def drop_types(self, cmd: DropTypes, search_path: tuple[str, ...]) -> None:
        """Apply DROP {TYPE|DOMAIN|TABLE}. Names the catalog does not know are skipped
        (they may come from SQL rpccheck was not given)."""
        keys = []
        for parts in cmd.names:
            schemas = [parts[0]] if len(parts) == 2 else _path_schemas(search_path)
            known = self._tables if cmd.objtype == "table" else self._types
            key = next(((s, parts[-1]) for s in schemas if (s, parts[-1]) in known), None)
            if key is not None and key not in keys:
                keys.append(key)
        printed = {_print_type(s, n) for s, n in keys}
        users = [f for f in self.all_functions() if _uses_types(f, printed, None)]
        if users and not cmd.cascade:
            raise ReplayError(
                f"cannot drop {cmd.objtype} {', '.join(sorted(printed))} because other objects depend on it "
                f"(function {users[0].schema}.{_input_signature(users[0])}); use CASCADE"
            )
        for f in users:
            self._remove(f)
        for key in keys:
            if cmd.objtype == "table":
                self._touch_table(key)
                del self._tables[key]
            else:
                self._touch_type(key)
                self._types.discard(key)

    def rename_schema(self, old: str, new: str) -> bool:
        """Apply ALTER SCHEMA old RENAME TO new: its routines, tables and types move, and
        every routine's argument and result types that live there are renamed too
        (format_type() prints the new schema name). False when `old` is unknown."""
        if not self.schema_known(old):
            return False
        if self.schema_known(new):
            raise ReplayError(f'schema "{new}" already exists')
        names = self._schema_type_names(old)
        mapping = {_print_type(old, n): _print_type(new, n) for n in names}
        prefix = None if old in ("public", "pg_catalog") else quote_ident(old) + "."
        for fn in self.all_functions():
            moved = replace(fn, schema=new) if fn.schema == old else fn
            retyped = _retype(moved, mapping, prefix, new)
            if retyped is not fn:
                self._put(fn, retyped)
        for key in [k for k in self._tables if k[0] == old]:
            span = self._tables[key]
            self._touch_table(key)
            del self._tables[key]
            self.add_table((new, key[1]), span)
        for key in [k for k in self._types if k[0] == old]:
            self._touch_type(key)
            self._types.discard(key)
            self.add_type((new, key[1]))
        self._touch_schemas()
        self.schemas.discard(old)
        self.schemas.add(new)
        return True


def _check_replacement(old: Function, new: Function, or_replace: bool) -> None:
    what = "procedure" if old.kind == "procedure" else "function"
    if not or_replace:
        raise ReplayError(f'{what} "{new.name}" already exists with same argument types')
    if old.kind != new.kind:
        raise ReplayError(f'cannot change routine kind ("{old.name}" is a {old.kind})')
    drop_hint = f"use DROP {what.upper()} {_input_signature(old)} first"
    if (old.returns, old.returns_set) != (new.returns, new.returns_set):
        if old.kind == "procedure":
            raise ReplayError(f"cannot change whether a procedure has output parameters ({drop_hint})")
        raise ReplayError(f"cannot change return type of existing function ({drop_hint})")
    if old.returns == "record":
        outs_old = [(p.name, p.type) for p in old.params if p.mode in (OUT, INOUT, TABLE)]
        outs_new = [(p.name, p.type) for p in new.params if p.mode in (OUT, INOUT, TABLE)]
        if outs_old != outs_new:
            raise ReplayError(
                f"cannot change return type of existing function (row type defined by OUT parameters is different; {drop_hint})"
            )
    for j, p in enumerate(old.params):
        if p.is_input and p.name and (j >= len(new.params) or new.params[j].name != p.name):
            raise ReplayError(f'cannot change name of input parameter "{p.name}" ({drop_hint})')
    if sum(p.has_default for p in new.params) < sum(p.has_default for p in old.params):
        raise ReplayError(f"cannot remove parameter defaults from existing function ({drop_hint})")


def _path_schemas(search_path: tuple[str, ...]) -> list[str]:
    """Schemas an unqualified routine name is looked up in, in order. `$user` names
    the connecting role's schema, which migrations do not create; pg_catalog's own
    routines are not in the catalog."""
    out = []
    for s in search_path:
        if s == "$user" or s.startswith("pg_temp") or s in out:
            continue
        out.append(s)
    return out


def _base_type(t: str) -> str:
    return t[:-2] if t.endswith("[]") else t


def _uses_types(fn: Function, type_names: set[str], prefix: Optional[str]) -> bool:
    for t in [p.type for p in fn.params] + [fn.returns]:
        base = _base_type(t)
        if base in type_names or (prefix is not None and base.startswith(prefix)):
            return True
    return False


def _retype(fn: Function, mapping: dict[str, str], prefix: Optional[str], new_schema: str) -> Function:
    def conv(t: str) -> str:
        base = _base_type(t)
        suffix = t[len(base):]
        if base in mapping:
            return mapping[base] + suffix
        if prefix is not None and base.startswith(prefix):
            rest = base[len(prefix):]
            return (rest if new_schema in ("public", "pg_catalog") else quote_ident(new_schema) + "." + rest) + suffix
        return t

    params = tuple(replace(p, type=conv(p.type)) if conv(p.type) != p.type else p for p in fn.params)
    returns = conv(fn.returns)
    if returns == fn.returns and all(a is b for a, b in zip(params, fn.params)):
        return fn
    return replace(fn, params=params, returns=returns)


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
        for s in self.search_path:
            if s == "$user" or s.startswith("pg_temp"):
                continue
            if s in self.catalog.schemas:
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

    def table(self, name_at: int, st) -> None:
        try:
            toks = list(tokenize(self.text, name_at, min(st.end, name_at + 400)))
        except LexError:
            return
        parts, _ = read_qualified_name(toks, 0)
        if not parts:
            return
        key = (parts[-2], parts[-1]) if len(parts) >= 2 else (self.creation_schema(), parts[-1])
        self.catalog.add_table(key, _TableSpan(self.path, self.text, name_at, st.end))

    def type_name(self, name_at: int, st) -> None:
        try:
            toks = list(tokenize(self.text, name_at, min(st.end, name_at + 200)))
        except LexError:
            return
        parts, _ = read_qualified_name(toks, 0)
        if parts:
            schema = parts[-2] if len(parts) >= 2 else self.creation_schema()
            self.catalog.add_type((schema, parts[-1]))

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
