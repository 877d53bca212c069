"""The catalog of routines, and how each kind of DDL changes it, as in pg_proc.

replay.py reads SQL files statement by statement and calls the methods here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from typing import TYPE_CHECKING

from ..model import INOUT, OUT, TABLE, Diagnostic, Function
from .extensions import (
    EXTENSION_REQUIRES,
    EXTENSION_TYPES,
    SUPABASE_EXTENSION_SCHEMA,
    SUPABASE_SCHEMAS,
    SUPABASE_SEARCH_PATH,
)
from .pgtree import effective_path, print_user_type, quote_ident

if TYPE_CHECKING:
    from .ddl import AlterRoutine, DropRoutines, DropSchemas, DropTypes, RoutineRef

# Defined here, not in ddl (which re-exports them): loading a cached catalog needs this
# module only, not the statement readers and their lexer (tens of milliseconds of imports).
FUNCTION, PROCEDURE, ROUTINE, AGGREGATE = "function", "procedure", "routine", "aggregate"


class ReplayError(ValueError):
    """A statement PostgreSQL would reject, judging by what the catalog holds: it
    changes nothing (the message is PostgreSQL's, more or less)."""


# Each file starts with Supabase's search_path: `"$user", public, extensions`. Where
# no `extensions` schema exists nothing resolves there, so plain PostgreSQL's
# `"$user", public` gives the same catalog.
DEFAULT_SEARCH_PATH = SUPABASE_SEARCH_PATH


_MISSING = object()


def _print_type(schema: str, name: str, catalog: "Optional[Catalog]" = None) -> str:
    """format_type() text of a user type (pgtree.print_user_type)."""
    return print_user_type(schema, name, catalog if catalog is not None else _NO_CATALOG)  # type: ignore[arg-type]


class _Nothing:
    def has_type(self, schema, name):
        return False

    def schema_exists(self, name):
        return False


_NO_CATALOG = _Nothing()


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
    # relations with a row type (tables, views, composite types) → their columns'
    # types, None when unknown
    _tables: dict[tuple[str, str], Optional[dict]] = field(default_factory=dict, repr=False)
    _types: set[tuple[str, str]] = field(default_factory=set, repr=False)
    _journal: Optional[list] = field(default=None, repr=False)
    _from_earlier_sources: set = field(default_factory=set, repr=False)
    # extension name → the schema CREATE EXTENSION put it in
    extensions: dict[str, str] = field(default_factory=dict)
    # DO blocks and EXECUTEs that create routines: (path, line, what they may create)
    dynamic_creates: list = field(default_factory=list)
    # ... and those that drop routines: (path, line, DynamicDdl); `DynamicDdl.may_drop(name)`
    # tells which names they may drop, `may_have_dropped(fn)` which overloads
    dynamic_drops: list = field(default_factory=list)
    # (schema, name, input types, path, line) → when it first appeared: a DO block that
    # may drop any routine may have dropped those older than it (`DynamicDdl.horizon`)
    _order: dict = field(default_factory=dict, repr=False)
    # base type text → keys of routines that ever used it (a superset: checked on use),
    # so DROP TYPE/TABLE looks at the routines using the type, not at every routine
    _type_users: dict = field(default_factory=dict, repr=False)
    # what each type or relation is: enum, domain, range, composite, table, view, ...
    _kinds: dict = field(default_factory=dict, repr=False)
    _version: int = field(default=0, repr=False)
    _memo: dict = field(default_factory=dict, repr=False)

    def _index(self, fn: Function) -> None:
        if fn.schema not in self.schemas:
            self.add_schema(fn.schema)
        key = (fn.schema, fn.name)
        type_users = self._type_users
        for t in [p.type for p in fn.params] + [fn.returns]:
            base = t[:-2] if t.endswith("[]") else t  # _base_type
            users = type_users.get(base)
            if users is None:
                users = type_users[base] = set()
            users.add(key)
        self._order.setdefault((fn.schema, fn.name, fn.identity, fn.path, fn.line), len(self._order))
        self._version += 1

    def users_of(self, printed: set[str]) -> list[Function]:
        """The routines whose argument or result types include one of `printed`."""
        keys: set = set()
        for t in printed:
            keys |= self._type_users.get(t, set())
        out = []
        for key in sorted(keys):
            out += [f for f in self.functions.get(key, ()) if _uses_types(f, printed, None)]
        return out

    def type_name_seen(self, name: str) -> bool:
        """Some type or relation of that name was ever recorded (in any schema)."""
        return name in self._memo.setdefault("type_names", set())

    def has_type(self, schema: str, name: str) -> bool:
        return (schema, name) in self._types or (schema, name) in self._tables

    def schema_exists(self, name: str) -> bool:
        return self.schema_known(name)

    def from_earlier(self, key: tuple[str, str]) -> bool:
        return ("relation", key) in self._from_earlier_sources

    @property
    def earlier_schemas(self) -> set:
        return {k[1] for k in self._from_earlier_sources if k[0] == "schema"}

    def from_earlier_name(self, name: str) -> bool:
        return ("name", name) in self._from_earlier_sources

    def function_names(self):
        """The routine names the catalog has (a set, rebuilt only after changes)."""
        memo = self._memo.get("names")
        if memo is None or memo[0] != self._version:
            memo = (self._version, {name for _, name in self.functions})
            self._memo["names"] = memo
        return memo[1]

    def names_matching(self, predicate) -> list[str]:
        return [n for n in self.function_names() if predicate(n)]

    def by_name(self, name: str) -> list[Function]:
        return [f for key in self._keys_named(name) for f in self.functions.get(key, ())]

    def _keys_named(self, name: str) -> list:
        memo = self._memo.get("keys")
        if memo is None or memo[0] != self._version:
            by: dict = {}
            for key in self.functions:
                by.setdefault(key[1], []).append(key)
            memo = (self._version, by)
            self._memo["keys"] = memo
        return memo[1].get(name, [])

    # enums and domains by (schema, name), and names of functions an ALTER FUNCTION may
    # have made STRICT or not (typedefs.py): what the argument-type rule reads
    type_defs: dict = field(default_factory=dict)
    strict_altered: set = field(default_factory=set)

    def types_by_printed_name(self) -> dict:
        """The enums and domains that still exist, keyed as Param.type prints them."""
        return {_print_type(key[0], key[1], self): td for key, td in self.type_defs.items() if key in self._types}

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
        self._version += 1
        if self._journal is not None:
            self._journal.append(("schemas", set(self.schemas)))

    def _touch_table(self, key: tuple[str, str]) -> None:
        self._version += 1
        if self._journal is not None:
            self._journal.append(("table", key, self._tables.get(key, _MISSING)))

    def _touch_type(self, key: tuple[str, str]) -> None:
        self._version += 1
        if self._journal is not None:
            self._journal.append(("type", key, key in self._types))

    def _touch_extension(self, name: str) -> None:
        if self._journal is not None:
            self._journal.append(("ext", name, self.extensions.get(name)))

    def begin(self) -> None:
        self._journal = []

    def savepoint(self) -> int:
        return len(self._journal) if self._journal is not None else 0

    def rollback_to(self, mark: int) -> None:
        j = self._journal
        if j is None:
            return
        self._version += 1
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
            elif what == "ext":
                _, name, schema = entry
                if schema is None:
                    self.extensions.pop(name, None)
                else:
                    self.extensions[name] = schema

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
        self._index(fn)
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
            self._index(fn)
            self.functions[key] = [fn]
            return
        identity = fn.identity
        for i, old in enumerate(overloads):
            if old.identity == identity:
                if (key, identity) not in self._from_earlier_sources:
                    _check_replacement(old, fn, or_replace)
                if self._journal is not None:
                    self._touch(key)
                self._index(fn)
                overloads[i] = fn
                return
        if self._journal is not None:
            self._touch(key)
        self._index(fn)
        overloads.append(fn)

    def release_sources(self) -> None:
        """Drop what only loading needs (relations' columns, the indexes replay uses).
        `_order` stays when a dynamic DROP exists: dynamic_drop_of reads it when calls are
        checked; with none, it is a third of the cache entry and of a warm load for nothing."""
        if not self.dynamic_drops:
            self._order = {}
        self._tables = {}
        self._from_earlier_sources = set()
        self._type_users = {}
        self._kinds = {}
        self._memo = {}

    def begin_source(self) -> None:
        """The next files are another source (a dump after the migrations, declarative
        schemas): they state the result, so they may re-create what earlier sources
        made without PostgreSQL's "already exists" checks."""
        self._from_earlier_sources = (
            {(key, fn.identity) for key, overloads in self.functions.items() for fn in overloads}
            | {("extension", name) for name in self.extensions}
            | {("relation", key) for key in list(self._tables) + list(self._types)}
            | {("schema", name) for name in self.schemas}
            | {("name", name) for _, name in self.functions}
        )

    def add_schema(self, name: str) -> None:
        if name not in self.schemas:
            self._touch_schemas()
            self.schemas.add(name)

    def kind_of(self, key: tuple[str, str]) -> Optional[str]:
        return self._kinds.get(key) if self.has_type(*key) else None

    def add_table(self, key: tuple[str, str], columns: Optional[dict], kind: str = "table") -> None:
        self._kinds[key] = kind
        if key[0] not in self.schemas:
            self.add_schema(key[0])
        self._touch_table(key)
        self._tables[key] = columns
        self._memo.setdefault("type_names", set()).add(key[1])

    def set_columns(self, key: tuple[str, str], columns: Optional[dict]) -> None:
        self._touch_table(key)
        self._tables[key] = columns

    def move_type(self, old: tuple[str, str], new: tuple[str, str], relation: bool) -> None:
        """ALTER TYPE|DOMAIN|TABLE|VIEW ... RENAME TO / SET SCHEMA: PostgreSQL records
        types by OID, so every routine using the type now prints its new name."""
        if old == new:
            return
        if self.has_type(*new):
            what = "relation" if relation else "type"
            raise ReplayError(f'{what} "{new[1]}" already exists' + ("" if relation else f' in schema "{new[0]}"'))
        before = _print_type(old[0], old[1], self)
        users = self.users_of({before})
        kind = self._kinds.get(old)
        deps = self._memo.get("view_deps")
        if deps:  # dependencies are by OID: they follow the rename
            if old in deps:
                deps[new] = deps.pop(old)
            for views in deps.values():
                if old in views:
                    views.discard(old)
                    views.add(new)
        ranges = self._memo.get("multirange_of")
        if ranges and old in ranges:
            ranges[new] = ranges.pop(old)
        if relation:
            columns = self._tables[old]
            self._touch_table(old)
            del self._tables[old]
            self.add_table(new, columns, kind or "table")
        else:
            self._touch_type(old)
            self._types.discard(old)
            self._kinds[new] = kind or "base"
            self.add_type(new)
        after = _print_type(new[0], new[1], self)
        for rel, cols in list(self._tables.items()):
            if cols and any(t is not None and _base_type(t) == before for t in cols.values()):
                fixed = type(cols)(
                    (c, (after + t[len(before) :]) if t is not None and _base_type(t) == before else t)
                    for c, t in cols.items()
                )
                self.set_columns(rel, fixed)
        for fn in users:
            retyped = _retype(fn, {before: after}, None, new[0])
            if retyped is not fn:
                self._put(fn, retyped)

    def add_type(self, key: tuple[str, str], kind: str = "base") -> None:
        self._kinds.setdefault(key, kind)
        if key[0] not in self.schemas:
            self.add_schema(key[0])
        if key not in self._types:
            self._touch_type(key)
            self._types.add(key)
            self._memo.setdefault("type_names", set()).add(key[1])

    def _remove(self, fn: Function) -> None:
        key = (fn.schema, fn.name)
        overloads = self.functions.get(key, [])
        for i, f in enumerate(overloads):
            if f is fn:
                self._touch(key)
                self._version += 1
                del overloads[i]
                if not overloads:
                    del self.functions[key]
                return

    def defer_writes(self, fn: Function, writes_of: Callable[[], Optional[bool]]) -> None:
        """`fn` (not VOLATILE) was made without `writes`, which only a volatile routine's
        is read for: `writes_of()` gives it if an ALTER makes `fn`, or what it becomes
        (renamed, moved, retyped), volatile while the files are read."""
        self._memo.setdefault("deferred_writes", {})[id(fn)] = (fn, writes_of)

    def _deferred_writes(self, fn: Function) -> Optional[bool]:
        entry = self._memo.get("deferred_writes", {}).get(id(fn))
        return entry[1]() if entry is not None and entry[0] is fn else None

    def _put(self, old: Function, new: Function) -> None:
        """Replace `old` by `new`, in place when the key does not change."""
        deferred = self._memo.get("deferred_writes")
        if deferred is not None:
            entry = deferred.get(id(old))
            if entry is not None and entry[0] is old and new.writes is None:
                deferred[id(new)] = (new, entry[1])  # `old` keeps its own: a ROLLBACK restores it
        self._index(new)
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
        schemas = [ref.parts[-2]] if len(ref.parts) >= 2 else self._path_schemas(search_path)

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
            if objtype == AGGREGATE and found.kind != "aggregate":
                raise ReplayError(f"function {_input_signature(found)} is not an aggregate")
        return found

    def final_function(self, parts: list[str], stype: str, search_path: tuple[str, ...]) -> Optional[Function]:
        """An aggregate's FINALFUNC: on the path (or in its schema), taking the state
        type (and, with FINALFUNC_EXTRA, the aggregate's arguments); None when the
        catalog has none (a built-in one, say)."""
        schemas = [parts[-2]] if len(parts) >= 2 else self._path_schemas(search_path)
        for s in schemas:
            here = [f for f in self.functions.get((s, parts[-1]), ()) if f.kind != "procedure"]
            exact = [f for f in here if f.identity == (stype,)]
            first = exact or [f for f in here if f.identity[:1] == (stype,)]
            if first:
                return first[0]
        return None

    def _path_schemas(self, search_path: tuple[str, ...]) -> list[str]:
        """Schemas an unqualified routine name is looked up in, in order: `$user` is
        the role's schema when it exists (pgtree.effective_path); pg_catalog's own
        routines are not in the catalog."""
        return [s for s in effective_path(search_path, self.schema_known) if s != "pg_catalog"]

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
    def drop_routines(self, cmd: DropRoutines, search_path: tuple[str, ...], apply: bool = True) -> list[RoutineRef]:
        """Apply DROP {FUNCTION|PROCEDURE|ROUTINE}; returns the refs that matched nothing.

        All names are looked up before anything is dropped: one rejected name leaves
        the catalog unchanged, as the failed statement leaves pg_proc."""
        targets: list[Function] = []
        missing = []
        for ref in cmd.refs:
            fn = self.find_routine(cmd.objtype, ref, search_path)
            if fn is None:
                missing.append(ref)
            else:
                if cmd.objtype == FUNCTION and fn.kind == "aggregate":
                    raise ReplayError(f'"{".".join(ref.parts)}" is an aggregate function (use DROP AGGREGATE)')
                if not any(t is fn for t in targets):
                    targets.append(fn)
        if not apply:
            return missing
        for fn in targets:
            self._remove(fn)
        return missing

    def alter_routine(self, cmd: AlterRoutine, search_path: tuple[str, ...]) -> bool:
        """Apply ALTER {FUNCTION|PROCEDURE|ROUTINE}; False when the routine is unknown."""
        fn = self.find_routine(cmd.objtype, cmd.ref, search_path)
        if fn is None:
            return False
        if cmd.set_schema is not None and cmd.set_schema != fn.schema and not self.schema_may_exist(cmd.set_schema):
            raise ReplayError(f'schema "{cmd.set_schema}" does not exist')
        if fn.kind == "aggregate" and (cmd.volatility is not None or cmd.rows):
            raise ReplayError(f'"{fn.name}" is an aggregate function')
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
                writes = fn.writes
                if cmd.volatility == "volatile" and writes is None:
                    writes = self._deferred_writes(fn)
                self._put(fn, replace(fn, volatility=cmd.volatility, writes=writes))
        return True

    def _check_free(self, schema: str, name: str, fn: Function) -> None:
        for other in self.functions.get((schema, name), ()):
            if other.identity == fn.identity:
                raise ReplayError(
                    f"{'procedure' if fn.kind == 'procedure' else 'function'} "
                    f'{name}({", ".join(fn.identity)}) already exists in schema "{schema}"'
                )

    # -- schemas ----------------------------------------------------------------------
    def schema_known(self, name: str) -> bool:
        """Created, or holding something (a routine, relation or type lives in a schema
        that exists, and it stays when they go, until DROP or RENAME SCHEMA)."""
        return name in self.schemas

    def schema_may_exist(self, name: str) -> bool:
        """Known, or one of the schemas every Supabase project has (extensions, auth,
        vault, ...): migrations move routines there without creating them."""
        return name in SUPABASE_SCHEMAS or self.schema_known(name)

    # -- types ------------------------------------------------------------------------
    # -- extensions -------------------------------------------------------------------
    def _extension_schema(self, name: str) -> Optional[str]:
        """Where the extension's types are: where CREATE EXTENSION put it, or for a
        well-known extension never seen created, `extensions` (the dashboard's)."""
        schema = self.extensions.get(name)
        if schema is None and name in EXTENSION_TYPES:
            return SUPABASE_EXTENSION_SCHEMA
        return schema

    def create_extension(self, name: str, schema: str, if_not_exists: bool, cascade: bool) -> None:
        """CREATE EXTENSION: the extension's types appear in `schema` (CASCADE first
        creates the extensions it requires, in the same schema)."""
        if name in self.extensions:
            if if_not_exists or ("extension", name) in self._from_earlier_sources:
                return
            raise ReplayError(f'extension "{name}" already exists')
        if cascade:
            for req in EXTENSION_REQUIRES.get(name, ()):
                if req not in self.extensions:
                    self.create_extension(req, schema, True, True)
        self._touch_extension(name)
        self.extensions[name] = schema
        for t in EXTENSION_TYPES.get(name, ()):
            self.add_type((schema, t))

    def alter_extension_schema(self, name: str, new_schema: str) -> None:
        """ALTER EXTENSION name SET SCHEMA s: its types move, and routines using them
        print the new schema."""
        old = self._extension_schema(name)
        if old is None or old == new_schema:
            return
        if not self.schema_may_exist(new_schema):
            raise ReplayError(f'schema "{new_schema}" does not exist')
        types = EXTENSION_TYPES.get(name, ())
        mapping = {_print_type(old, t, self): _print_type(new_schema, t, self) for t in types}
        for fn in self.all_functions():
            retyped = _retype(fn, mapping, None, new_schema)
            if retyped is not fn:
                self._put(fn, retyped)
        for t in types:
            if (old, t) in self._types:
                self._touch_type((old, t))
                self._types.discard((old, t))
            self.add_type((new_schema, t))
        self._touch_extension(name)
        self.extensions[name] = new_schema

    def drop_extensions(self, names: list[str], cascade: bool) -> None:
        """DROP EXTENSION: its types go, and with CASCADE the routines using them; without,
        a routine using them makes the statement fail."""
        printed: set[str] = set()
        keys: list[tuple[str, str]] = []
        for name in names:
            schema = self._extension_schema(name)
            if schema is None:
                continue
            for t in EXTENSION_TYPES.get(name, ()):
                printed.add(_print_type(schema, t, self))
                keys.append((schema, t))
        users = self.users_of(printed) if printed else []
        if users and not cascade:
            raise ReplayError(
                f"cannot drop extension {', '.join(names)} because other objects depend on it "
                f"(function {users[0].schema}.{_input_signature(users[0])}); use CASCADE"
            )
        for f in users:
            self._remove(f)
        for key in keys:
            if key in self._types:
                self._touch_type(key)
                self._types.discard(key)
        for name in names:
            if name in self.extensions:
                self._touch_extension(name)
                del self.extensions[name]

    # -- dynamic SQL ------------------------------------------------------------------
    def dynamic_drop_of(self, fn: Function) -> Optional[tuple[str, int]]:
        """(path, line) of a DO block or EXECUTE that may have dropped `fn` (which
        existed when it ran), or None."""
        order = self._order.get((fn.schema, fn.name, fn.identity, fn.path, fn.line))
        for path, line, d in self.dynamic_drops:
            if d.may_have_dropped(fn) or (d.drops_unknown and order is not None and order < d.horizon):
                return path, line
        return None

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
                    raise ReplayError(
                        f"cannot drop schema {n} because other objects depend on it ({what}); use CASCADE"
                    )
        for n in known:
            type_names = {_print_type(n, t, self) for t in self._schema_type_names(n)}
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
            for ext in [e for e, s in self.extensions.items() if s == n]:
                self._touch_extension(ext)
                del self.extensions[ext]
            if n in self.schemas:
                self._touch_schemas()
                self.schemas.discard(n)
        return missing

    def drop_types(self, cmd: DropTypes, search_path: tuple[str, ...]) -> None:
        """Apply DROP {TYPE|DOMAIN|TABLE}. Names the catalog does not know are skipped
        (they may come from SQL rpccheck was not given)."""
        keys = []
        for parts in cmd.names:
            schemas = [parts[0]] if len(parts) == 2 else self._path_schemas(search_path)
            known = (self._tables,) if cmd.objtype == "table" else (self._types, self._tables)
            key = next(((s, parts[-1]) for s in schemas if any((s, parts[-1]) in k for k in known)), None)
            if key is not None and key not in keys:
                keys.append(key)
        if not keys:
            return
        printed = {_print_type(s, n, self) for s, n in keys}
        users = self.users_of(printed)
        own = self._memo.get("constructors", set())  # a range type's own constructors go with it
        blocking = [f for f in users if (f.schema, f.name, f.identity) not in own]
        # columns of other relations of that type: CASCADE drops the columns
        columns = [
            (rel, col)
            for rel, cols in self._tables.items()
            if cols and rel not in keys
            for col, t in cols.items()
            if t is not None and _base_type(t) in printed
        ]
        if (blocking or columns) and not cmd.cascade:
            what = (
                f"function {blocking[0].schema}.{_input_signature(blocking[0])}"
                if blocking
                else f"column {columns[0][1]} of {columns[0][0][1]}"
            )
            raise ReplayError(
                f"cannot drop {cmd.objtype} {', '.join(sorted(printed))} because other objects depend on it "
                f"({what}); use CASCADE"
            )
        for f in users:
            self._remove(f)
        for rel, col in columns:
            cols = dict(self._tables[rel] or {})
            cols.pop(col, None)
            self.set_columns(rel, cols)
        for key in keys:
            if key in self._tables:
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
        mapping = {_print_type(old, n, self): _print_type(new, n, self) for n in names}
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
        for ext in [e for e, s in self.extensions.items() if s == old]:
            self._touch_extension(ext)
            self.extensions[ext] = new
        self._touch_schemas()
        self.schemas.discard(old)
        self.schemas.add(new)
        return True


def _check_replacement(old: Function, new: Function, or_replace: bool) -> None:
    what = "procedure" if old.kind == "procedure" else "function"
    if not or_replace:
        raise ReplayError(f'{what} "{new.name}" already exists with same argument types')
    if old.kind != new.kind:
        kind = {"procedure": "a procedure", "aggregate": "an aggregate function", "window": "a window function"}
        raise ReplayError(f'cannot change routine kind ("{old.name}" is {kind.get(old.kind, "a function")})')
    drop_what = "AGGREGATE" if old.kind == "aggregate" else what.upper()
    drop_hint = f"use DROP {drop_what} {_input_signature(old)} first"
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
        suffix = t[len(base) :]
        if base in mapping:
            return mapping[base] + suffix
        if prefix is not None and base.startswith(prefix):
            rest = base[len(prefix) :]
            return (rest if new_schema in ("public", "pg_catalog") else quote_ident(new_schema) + "." + rest) + suffix
        return t

    params = tuple(replace(p, type=conv(p.type)) if conv(p.type) != p.type else p for p in fn.params)
    returns = conv(fn.returns)
    if returns == fn.returns and all(a is b for a, b in zip(params, fn.params)):
        return fn
    return replace(fn, params=params, returns=returns)
