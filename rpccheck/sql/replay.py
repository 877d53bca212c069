"""Replay SQL files into a Catalog, in the order PostgreSQL would run them.

The scanner cuts a file into statements (psql's rules: meta-commands, COPY data);
every statement that can change the callable surface is then parsed by PostgreSQL's
own grammar (pgtree.py) and applied from its parse tree; everything else is skipped
after a glance at its first words.

A statement PostgreSQL rejects changes nothing and is reported as
`schema-statement-rejected`. What else a rejection undoes depends on who runs the
file (see `load_catalog`): psql -f goes on with the next statement, the Supabase CLI
rolls the whole migration file back and applies no later migration.
"""

from __future__ import annotations

import gc
import re
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..model import IN, VARIADIC, Function, Location, Param
from ..sources import MAX_SQL_BYTES, display_path, read_text_file
from . import pgtree
from .body import body_writes
from .catalog import DEFAULT_SEARCH_PATH, Catalog
from .ddl import (
    AGGREGATE,
    FUNCTION,
    PROCEDURE,
    ROUTINE,
    TRANSACTION_WORDS,
    AlterRoutine,
    DdlSyntaxError,
    DropRoutines,
    DropSchemas,
    DropTypes,
    ReplayError,
    RoutineRef,
    describe_dynamic,
    find_dynamic_ddl,
    parse_transaction,
    statement_tokens,
)
from .extensions import EXTENSION_TYPES, SUPABASE_EXTENSION_SCHEMA, SUPABASE_SCHEMAS, TYPE_EXTENSION
from .lexer import IDENT, OP, QIDENT, STRING, LexError, tokenize
from .pgtree import PgRejected, names_of
from .scanner import head_words, split_statements
from . import typedefs

_SET_CONFIG = re.compile(r"select\s+(?:pg_catalog\s*\.\s*)?set_config\s*\(\s*'search_path'", re.I)
# Supabase CLI migration file names (pkg/migration/file.go: migrateFilePattern)
MIGRATION_FILE = re.compile(r"^([0-9]+)_(.*)\.sql$")

# the second word of CREATE statements that can change what is callable
_CREATE_WORDS = frozenset(
    """function procedure aggregate table view materialized type domain schema extension temp temporary
    unlogged global local recursive foreign or""".split()
)
_DROP_OBJECTS = {
    "OBJECT_FUNCTION": FUNCTION,
    "OBJECT_PROCEDURE": PROCEDURE,
    "OBJECT_ROUTINE": ROUTINE,
    "OBJECT_AGGREGATE": AGGREGATE,
}
_RELATION_OBJECTS = {
    "OBJECT_TABLE": "table",
    "OBJECT_VIEW": "view",
    "OBJECT_MATVIEW": "materialized view",
    "OBJECT_FOREIGN_TABLE": "foreign table",
}
_TYPE_OBJECTS = {"OBJECT_TYPE": "type", "OBJECT_DOMAIN": "domain"}
# An ALTER of a routine that mentions none of these words changes nothing rpccheck
# records (pg_dump writes one `ALTER FUNCTION ... OWNER TO` per routine): skipped unparsed.
_ALTER_ROUTINE_MATTERS = re.compile(
    r"(?<![\w$])(?:rename|schema|immutable|stable|volatile|strict|called)(?![\w$])", re.I
)
_ALTER_OTHER_MATTERS = re.compile(r"(?<![\w$])(?:rename|schema|add|drop|type)(?![\w$])", re.I)
# the words of each pattern: an ASCII statement holding none of them (lower-cased, as
# substrings) cannot match it, which 7 substring tests tell several times faster than the
# pattern's look-behind at every position (pg_dump's 3,000 `ALTER FUNCTION ... OWNER TO`);
# other text takes the pattern (under re.I `s` also matches U+017F)
_ALTER_ROUTINE_WORDS = ("rename", "schema", "immutable", "stable", "volatile", "strict", "called")
_ALTER_OTHER_WORDS = ("rename", "schema", "add", "drop", "type")


def _mentions(seg: str, words: tuple[str, ...], pattern: re.Pattern) -> bool:
    """Whether `pattern` (one of the two above, `words` its words) finds a word in `seg`."""
    if seg.isascii():
        low = seg.lower()
        if not any(w in low for w in words):
            return False
    return pattern.search(seg) is not None


class _Stop(Exception):
    """The Supabase CLI stops applying migrations here."""


class _Env:
    """What the type printer asks of the catalog, under this session's search_path."""

    __slots__ = ("reader",)

    def __init__(self, reader: "_FileReader") -> None:
        self.reader = reader

    @property
    def search_path(self) -> tuple[str, ...]:
        return self.reader.search_path

    def has_type(self, schema: str, name: str) -> bool:
        return self.reader.catalog.has_type(schema, name)

    def schema_exists(self, name: str) -> bool:
        return self.reader.catalog.schema_known(name)

    def column_type(self, names: list[str]) -> Optional[str]:
        return self.reader.column_type(names)

    def type_surely_missing(self, name: str, schema: Optional[str] = None) -> bool:
        """Not on the path (or not in `schema`), but rpccheck knows a type of that name
        elsewhere (or knew one that was dropped or renamed): then nothing else made
        one there (extensions' types and Supabase's own schemas aside)."""
        if schema in SUPABASE_SCHEMAS:
            return False
        if name in TYPE_EXTENSION and TYPE_EXTENSION[name] not in self.reader.catalog._memo.get("extensions_seen", ()):
            return False  # an extension's type, and that extension may be installed elsewhere
        return self.reader.catalog.type_name_seen(name)

    def extension_type_schema(self, name: str) -> Optional[str]:
        catalog = self.reader.catalog
        if (
            name in TYPE_EXTENSION
            and TYPE_EXTENSION[name] not in catalog.extensions
            and SUPABASE_EXTENSION_SCHEMA in self.reader.search_path
        ):
            return SUPABASE_EXTENSION_SCHEMA
        return None


class _FileReader:
    """One SQL session reading one file: its search_path and transaction.

    The search_path has a session value and, inside a transaction, possibly a SET
    LOCAL value over it; both go back to what they were when a transaction or
    savepoint is rolled back, as PostgreSQL's GUC stack does.

    `migration`: the file is a Supabase migration, which the CLI sends as one batch
    (one implicit transaction, stopped at the first error); else it runs as psql -f.
    """

    def __init__(self, catalog: Catalog, path: str, text: str, migration: bool = False) -> None:
        self.catalog = catalog
        self.path = path
        self.text = text
        self.migration = migration
        self.session_path: tuple[str, ...] = DEFAULT_SEARCH_PATH
        self.local_path: Optional[tuple[str, ...]] = None
        self.in_tx = False
        self.aborted = False  # a statement failed inside the explicit transaction
        self.explicit_tx = False
        self.tx_line = 0
        self.tx_saved: tuple = ()
        self.savepoints: list[tuple[str, int, tuple[str, ...], Optional[tuple[str, ...]]]] = []
        self.search_path: tuple[str, ...] = DEFAULT_SEARCH_PATH
        self.env = _Env(self)
        self.stopped_at: Optional[int] = None  # line of the statement a migration stopped at

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
            if s == "$user":
                s = pgtree.SESSION_ROLE
                if not self.catalog.schema_known(s):
                    continue
            if s.startswith("pg_temp"):
                continue
            if s in self.catalog.schemas or s in SUPABASE_SCHEMAS or self.catalog.schema_known(s):
                return s
        raise PgRejected("no schema has been selected to create in")

    def _lookup_path(self) -> list[str]:
        return pgtree.effective_path(self.search_path, self.catalog.schema_known)

    def relation_key(self, parts: list[str]) -> Optional[tuple[str, str]]:
        """The relation a (schema-qualified) name names, looked up on the path."""
        if len(parts) >= 2:
            key = (parts[-2], parts[-1])
            return key if key in self.catalog._tables else None
        for s in self._lookup_path():
            if (s, parts[0]) in self.catalog._tables:
                return (s, parts[0])
        return None

    def column_type(self, names: list[str]) -> Optional[str]:
        """`rel.col%TYPE`: the column's type; None when rpccheck does not know the relation."""
        if len(names) < 2:
            raise PgRejected(f"improper %TYPE reference (too few dotted names): {'.'.join(names)}")
        if len(names) > 4:
            raise PgRejected(f"improper %TYPE reference (too many dotted names): {'.'.join(names)}")
        rel, col = names[-3:-1] if len(names) >= 3 else names[:1], names[-1]
        key = self.relation_key(list(rel))
        if key is None:
            if self.catalog.type_name_seen(rel[-1]) and (len(rel) < 2 or rel[0] not in SUPABASE_SCHEMAS):
                raise PgRejected(f'relation "{".".join(rel)}" does not exist')
            return None
        columns = self.catalog._tables[key]
        if columns is None:
            return None
        if col not in columns:
            raise PgRejected(f'column "{col}" of relation "{key[1]}" does not exist')
        return columns[col]

    # -- statements -------------------------------------------------------------------
    def run(self) -> None:
        text = self.text
        statements, problems = split_statements(text, self._initials)
        for p in problems:
            self.warn(p.line, f"{p.message}; statements after line {p.line} were not read")
        if self.migration:
            self._begin(1)
        try:
            for st in statements:  # none starts with an (ASCII) letter no handler's word starts with
                words = st.words[:2] if st.words is not None else head_words(text, st.start, 2)
                if not words:
                    continue
                word = words[0]
                if self.aborted and word not in TRANSACTION_WORDS:
                    continue  # "current transaction is aborted, commands ignored until end of transaction block"
                handler = self._dispatch.get(word)
                if handler is not None:
                    handler(self, st, words)
        except _Stop:
            return
        if self.in_tx:
            if problems or (self.migration and not self.explicit_tx):
                self.catalog.commit()  # the CLI's batch commits; an unreadable rest keeps what was read
            else:
                self.warn(
                    self.tx_line,
                    "transaction is never committed; PostgreSQL rolls it back when the session ends, "
                    "so what it created, dropped or altered is discarded",
                )
                self.catalog.rollback()
            self.in_tx = False

    # one handler per first word; any other statement is skipped unread
    def _on_create(self, st, words) -> None:
        if len(words) > 1 and words[1] in _CREATE_WORDS:
            self.tree(st)

    def _on_alter(self, st, words) -> None:
        if len(words) < 2:
            return
        seg = self.text[st.start : st.end]
        if words[1] in ("function", "procedure", "routine", "aggregate"):
            if not _mentions(seg, _ALTER_ROUTINE_WORDS, _ALTER_ROUTINE_MATTERS):
                return
        elif words[1] in ("type", "domain", "table", "view", "materialized", "foreign", "schema", "extension"):
            # any ALTER DOMAIN may change what the domain accepts (SET NOT NULL, ADD CONSTRAINT, ...)
            if words[1] != "domain" and not _mentions(seg, _ALTER_OTHER_WORDS, _ALTER_OTHER_MATTERS):
                return
        else:
            return
        self.tree(st)

    def _on_drop(self, st, words) -> None:
        self.tree(st)

    def _on_set(self, st, words) -> None:
        self.tree(st)

    def _on_select(self, st, words) -> None:
        if _SET_CONFIG.match(self.text, st.start):
            self.set_config(st)
        self.dynamic(st, "SELECT statement")

    def _on_do(self, st, words) -> None:
        self.dynamic(st, "DO block")

    def _on_execute(self, st, words) -> None:
        self.dynamic(st, "EXECUTE statement")

    def _on_transaction(self, st, words) -> None:
        self.transaction(st)

    _dispatch = {
        "create": _on_create,
        "alter": _on_alter,
        "drop": _on_drop,
        "set": _on_set,
        "reset": _on_set,
        "select": _on_select,
        "do": _on_do,
        "execute": _on_execute,
        **dict.fromkeys(TRANSACTION_WORDS, _on_transaction),
    }
    # the first letters of the words above: a statement starting with another (ASCII)
    # letter or character has no handler, so the scanner does not even list it. A statement
    # starts at its first token (the scanner skips space and comments before it), which
    # is the first word head_words returns.
    _initials = frozenset(w[0] for w in _dispatch)

    def warn(self, line: int, message: str) -> None:
        from ..rules import make_diagnostic

        self.catalog.diagnostics.append(make_diagnostic("schema-parse-error", message, Location(self.path, line, 1)))

    # -- the parse tree ---------------------------------------------------------------
    def tree(self, st) -> None:
        if not st.terminated:
            return  # reported by the scanner
        try:
            # a routine's head is parsed without its body: the whole text is sliced
            # only when needed (a rejection), not for each of a dump's 3,000 routines
            stmts = self._parse_head(st) if st.body is not None else pgtree.parse(self.text[st.start : st.end])
        except PgRejected as e:
            self.reject(st, _statement_label(self.text[st.start : st.end]), e, e.offset)
            return
        for stmt in stmts:
            ((kind, node),) = stmt.items()
            handler = _TREE_HANDLERS.get(kind)
            if handler is None:
                continue
            mark = self.catalog.savepoint() if self.catalog._journal is not None else None
            try:
                handler(self, st, node)
            except (PgRejected, ReplayError) as e:
                if mark is not None:
                    self.catalog.rollback_to(mark)
                # tree locations are byte offsets, and PostgreSQL reports these errors
                # for the statement: its first line
                self.reject(st, _statement_label(self.text[st.start : st.end]), e)
                return

    def _parse_head(self, st) -> list[dict]:
        """The parse tree of a routine whose body is a dollar-quoted string after AS
        (`st.body`), parsed with that string emptied (`$tag$$tag$`): a third of a dump's
        routine text, which the grammar only copies into the tree and its JSON, and
        which nothing reads there (body_writes reads the statement's text). The token
        stream is the same (one string constant for another, of the same dollar kind,
        so nothing concatenates differently) and no grammar rule looks into a
        function's AS strings, so the tree is the same but for that string's value and
        the locations after it. A statement the grammar rejects is parsed again as
        written, for the server's own message and position."""
        head = head_text(self.text, st)
        if head is not None:
            try:
                return pgtree.parse(head)
            except PgRejected:
                pass
        return pgtree.parse(self.text[st.start : st.end])

    def reject(self, st, what: str, e: Exception, offset: Optional[int] = None) -> None:
        """PostgreSQL rejects the statement: it changes nothing, and what else goes
        depends on who runs the file."""
        from ..rules import make_diagnostic

        line = st.line if offset is None else st.line + self.text.count("\n", st.start, st.start + offset)
        message = f"PostgreSQL rejects this {what} statement: {e}"
        if self.migration:
            message += (
                "; the Supabase CLI runs each migration file as one transaction and stops at the first error, "
                "so nothing in this file is applied, nor any later migration"
            )
        elif self.in_tx:
            message += "; the transaction it is in is aborted, so nothing in it is applied"
        else:
            message += "; it changes nothing"
        self.catalog.diagnostics.append(
            make_diagnostic("schema-statement-rejected", message, Location(self.path, line, 1))
        )
        if self.migration:
            self.catalog.rollback()
            self.session_path = self.tx_saved[0] if self.tx_saved else DEFAULT_SEARCH_PATH
            self.local_path = None
            self._sync_path()
            self.in_tx = False
            self.stopped_at = line
            raise _Stop
        if self.in_tx:
            self.aborted = True

    # -- CREATE -----------------------------------------------------------------------
    def create_function(self, st, node) -> None:
        """The one place a CREATE FUNCTION|PROCEDURE becomes a Function: facts read
        from its body (the statement's text, `st.body` when the tree's AS string was
        emptied: see _parse_head; or node["sql_body"]) belong here."""
        text = self.text
        start, end = st.start, st.end

        def writes_of() -> Optional[bool]:
            return body_writes(text[start:end])

        head = pgtree.read_create_function(node, self.env, self.creation_schema, self.path, st.line, writes_of)
        self._check_schema(head.function.schema)
        self.catalog.create(head.function, head.or_replace)
        if head.function.volatility != "volatile":
            # its body is read only if an ALTER makes it volatile (half a dump's routines
            # are STABLE or IMMUTABLE, and body_writes a fifth of the read)
            self.catalog.defer_writes(head.function, writes_of)

    def create_aggregate(self, st, node) -> None:
        if node.get("kind") != "OBJECT_AGGREGATE":
            if node.get("kind") == "OBJECT_TYPE":
                self._add_type(names_of(node.get("defnames")))
            return
        head = pgtree.read_create_aggregate(node, self.env, self.creation_schema, self.path, st.line)
        fn = head.function
        self._check_schema(fn.schema)
        for support in (head.sfunc, head.finalfunc):
            if support and len(support) >= 2:
                self._check_schema(support[-2])  # a state or final function in no schema
        if head.finalfunc:
            final = self.catalog.final_function(head.finalfunc, head.stype, self.search_path)
            if final is not None:
                fn = replace(fn, returns=final.returns)
            elif len(head.finalfunc) == 1 or head.finalfunc[0] == "pg_catalog":
                ret = pgtree.builtin_final_result(head.finalfunc[-1], head.stype)
                if ret is not None:
                    fn = replace(fn, returns=ret)
        self.catalog.create(fn, head.or_replace)

    def _check_schema(self, schema: str) -> None:
        if not self.catalog.schema_may_exist(schema) and schema != "pg_catalog":
            raise PgRejected(f'schema "{schema}" does not exist')

    def _qualify(self, parts: list[str]) -> tuple[str, str]:
        return pgtree.qualified(parts, self.creation_schema)

    def _add_type(self, parts: list[str], kind: str = "base") -> None:
        self.catalog._memo.setdefault("type_names", set()).add(parts[-1])
        key = self._qualify(parts)
        self._check_schema(key[0])
        if self.catalog.has_type(*key) and not self.catalog.from_earlier(key):
            raise PgRejected(f'type "{key[1]}" already exists')
        self.catalog.add_type(key, kind)

    def create_enum(self, st, node) -> None:
        parts = names_of(node["typeName"])
        self._add_type(parts, "enum")
        typedefs.record_enum(self.catalog, self._qualify(parts), node)

    def create_domain(self, st, node) -> None:
        parts = names_of(node["domainname"])
        base = pgtree.type_text(node["typeName"], self.env)  # the base type must be readable
        self._add_type(parts, "domain")
        typedefs.record_domain(self.catalog, self._qualify(parts), node, base)

    def alter_enum(self, st, node) -> None:
        typedefs.record_alter_enum(self.catalog, self._any_type_key(names_of(node["typeName"])), node)

    def alter_domain(self, st, node) -> None:
        typedefs.record_alter_domain(self.catalog, self._any_type_key(names_of(node["typeName"])))

    def create_range(self, st, node) -> None:
        parts = names_of(node["typeName"])
        schema, name = self._qualify(parts)
        self._add_type(parts, "range")
        multirange = None
        for p in node.get("params") or ():
            d = p["DefElem"]
            if d["defname"].lower() == "multirange_type_name":
                multirange = names_of(d["arg"]["TypeName"]["names"]) if "TypeName" in d.get("arg", {}) else None
        subtype = None
        for p in node.get("params") or ():
            d = p["DefElem"]
            if d["defname"].lower() == "subtype" and "TypeName" in d.get("arg", {}):
                subtype = pgtree.type_text(d["arg"]["TypeName"], self.env)
        if multirange:
            mr_key = pgtree.qualified(multirange, schema)
        else:
            mr = name.replace("range", "multirange", 1) if "range" in name else name + "_multirange"
            mr_key = (schema, mr[:63])
        self.catalog.add_type(mr_key, "multirange")
        self.catalog._memo.setdefault("multirange_of", {})[(schema, name)] = mr_key
        # the constructors DefineRange makes (rangetypes.c / pg_type.c: makeRangeConstructors,
        # makeMultirangeConstructors), immutable and unnamed
        rng = pgtree.print_user_type(schema, name, self.env)
        mrt = pgtree.print_user_type(mr_key[0], mr_key[1], self.env)
        made = []
        if subtype is not None:
            made += [(name, (subtype, subtype), rng), (name, (subtype, subtype, "text"), rng)]
        made += [(mr_key[1], (), mrt), (mr_key[1], (rng,), mrt)]
        own = self.catalog._memo.setdefault("constructors", set())
        for fname, args, ret in made:
            own.add((schema if fname == name else mr_key[0], fname, args))
        own.add((mr_key[0], mr_key[1], (rng + "[]",)))
        for fname, args, ret in made:
            self.catalog.create(
                Function(
                    schema,
                    fname,
                    tuple(Param(None, IN, a, False) for a in args),
                    returns=ret,
                    volatility="immutable",
                    path=self.path,
                    line=st.line,
                ),
                False,
            )
        self.catalog.create(
            Function(
                mr_key[0],
                mr_key[1],
                (Param(None, VARIADIC, rng + "[]", False),),
                returns=mrt,
                volatility="immutable",
                path=self.path,
                line=st.line,
            ),
            False,
        )

    def create_composite(self, st, node) -> None:
        rv = node["typevar"]
        key = self._relation_name(rv)
        self._check_schema(key[0])
        if self.catalog.has_type(*key) and not self.catalog.from_earlier(key):
            raise PgRejected(f'type "{key[1]}" already exists')
        self.catalog.add_table(key, self._columns(node.get("coldeflist")), "composite")

    def _relation_name(self, rv: dict) -> tuple[str, str]:
        # a name a statement tried to create: if it is rejected, later uses of the
        # name are surely of nothing (see _Env.type_surely_missing)
        self.catalog._memo.setdefault("type_names", set()).add(rv["relname"])
        schema = rv.get("schemaname")
        if rv.get("relpersistence") == "t":
            return ("pg_temp", rv["relname"])
        return (schema, rv["relname"]) if schema else (self.creation_schema(), rv["relname"])

    def _columns(self, elts) -> dict[str, Optional[str]]:
        cols: dict[str, Optional[str]] = {}
        for e in elts or ():
            cd = e.get("ColumnDef")
            if cd is None:
                continue
            tn = cd.get("typeName")
            if tn is None:
                cols[cd["colname"]] = None
                continue
            names = names_of(tn.get("names"))
            if len(names) == 1 and names[0] in _SERIAL_COLUMNS:
                cols[cd["colname"]] = _SERIAL_COLUMNS[names[0]] + ("[]" if tn.get("arrayBounds") else "")
                continue
            cols[cd["colname"]] = pgtree.type_text(tn, self.env)  # a type that is surely missing: rejected
        return cols

    def create_table(self, st, node) -> None:
        key = self._relation_name(node["relation"])
        if key[0] != "pg_temp":
            self._check_schema(key[0])
        if self.catalog.has_type(*key) and not node.get("if_not_exists") and not self.catalog.from_earlier(key):
            raise PgRejected(
                f'relation "{key[1]}" already exists'
                if key in self.catalog._tables
                else f'type "{key[1]}" already exists'
            )
        if self.catalog.has_type(*key) and node.get("if_not_exists"):
            return
        elts = node.get("tableElts") or ()
        complete = (
            not node.get("inhRelations") and not node.get("partbound") and not any("TableLikeClause" in e for e in elts)
        )
        cols = self._columns(elts)
        self.catalog.add_table(key, cols if complete else _open_columns(cols))

    def create_table_as(self, st, node) -> None:
        into = node.get("into", {}).get("IntoClause", node.get("into", {}))
        rel = into.get("rel") if isinstance(into, dict) else None
        if rel:
            kind = "materialized view" if node.get("objtype") == "OBJECT_MATVIEW" else "table"
            self.catalog.add_table(self._relation_name(rel), None, kind)

    def create_view(self, st, node) -> None:
        key = self._relation_name(node["view"])
        if key[0] != "pg_temp":
            self._check_schema(key[0])
        cols = self._view_columns(node)
        if key in self.catalog._tables and not node.get("replace") and not self.catalog.from_earlier(key):
            raise PgRejected(f'relation "{key[1]}" already exists')
        self.catalog.add_table(key, cols, "view")
        # the view depends on the relations it reads (DROP TABLE ... CASCADE drops it)
        deps = self.catalog._memo.setdefault("view_deps", {})
        for src in getattr(self, "_view_sources", []):
            deps.setdefault(src, set()).add(key)

    def _view_columns(self, node) -> Optional[dict[str, Optional[str]]]:
        self._view_sources: list = []
        return self._view_columns_of(node)

    def _view_columns_of(self, node) -> Optional[dict[str, Optional[str]]]:
        """A view's columns, for the simple SELECT lists whose types can be known:
        columns of one relation, casts and literals."""
        sel = node.get("query", {}).get("SelectStmt")
        if sel is None or sel.get("op", "SETOP_NONE") != "SETOP_NONE":
            return None
        sources: list[dict] = []
        for f in sel.get("fromClause") or ():
            rv = f.get("RangeVar")
            if rv is None:
                return None
            parts = ([rv["schemaname"]] if rv.get("schemaname") else []) + [rv["relname"]]
            key = self.relation_key(parts)
            if (
                key is None
                and self.catalog.type_name_seen(parts[-1])
                and (len(parts) < 2 or parts[0] not in SUPABASE_SCHEMAS)
            ):
                raise PgRejected(f'relation "{".".join(parts)}" does not exist')
            if key is not None:
                self._view_sources.append(key)
            sources.append(self.catalog._tables.get(key) or {} if key else {})
        cols: dict[str, Optional[str]] = {}
        order: list[str] = []
        for t in sel.get("targetList") or ():
            rt = t["ResTarget"]
            val = rt.get("val", {})
            name, typ = rt.get("name"), None
            if "TypeCast" in val:
                try:
                    typ = pgtree.type_text(val["TypeCast"]["typeName"], self.env)
                except PgRejected:
                    typ = None
                inner = val["TypeCast"].get("arg", {})
                if name is None:
                    name = _column_label(inner) if "ColumnRef" in inner else None
                    if name is None:
                        name = names_of(val["TypeCast"]["typeName"].get("names"))[-1]
            elif "ColumnRef" in val:
                fields = val["ColumnRef"].get("fields") or ()
                if fields and "A_Star" in fields[-1]:
                    return None
                col = _column_label(val)
                if name is None:
                    name = col
                for src in sources:
                    if src and col in src:
                        typ = src[col]
                        break
            elif "A_Const" in val:
                c = val["A_Const"]
                typ = "integer" if "ival" in c else "text" if "sval" in c else "boolean" if "boolval" in c else None
                if name is None:
                    name = "?column?"
            else:
                if name is None:
                    return None
            if name is None:
                return None
            order.append(name)
            cols.setdefault(name, typ)
        aliases = names_of(node.get("aliases"))
        if aliases:
            renamed: dict[str, Optional[str]] = {}
            for i, n in enumerate(order):
                renamed[aliases[i] if i < len(aliases) else n] = cols[n]
            cols = renamed
        return cols

    def create_schema(self, st, node) -> None:
        name = node.get("schemaname") or (node.get("authrole") or {}).get("rolename")
        if not name:
            return
        created = self.catalog._memo.setdefault("created_schemas", set())
        if (
            name in created
            and name in self.catalog.schemas
            and not node.get("if_not_exists")
            and name not in self.catalog.earlier_schemas
        ):
            raise PgRejected(f'schema "{name}" already exists')
        self.catalog.add_schema(name)
        created.add(name)

    def create_extension(self, st, node) -> None:
        schema = None
        cascade = False
        for opt in node.get("options") or ():
            d = opt["DefElem"]
            if d["defname"] == "schema":
                schema = d["arg"]["String"]["sval"]
            elif d["defname"] == "cascade":
                cascade = bool(pgtree._defelem_value(d.get("arg")))
        self.catalog._memo.setdefault("extensions_seen", set()).add(node["extname"])
        if schema is not None and node["extname"] not in self.catalog.extensions:
            self._check_schema(schema)
        self.catalog.create_extension(
            node["extname"], schema or self.creation_schema(), bool(node.get("if_not_exists")), cascade
        )

    # -- SET --------------------------------------------------------------------------
    def variable_set(self, st, node) -> None:
        kind = node.get("kind")
        name = node.get("name")
        if kind == "VAR_RESET_ALL":
            self._set_path(DEFAULT_SEARCH_PATH, local=False)
            return
        if name != "search_path":
            return
        local = bool(node.get("is_local"))
        if kind in ("VAR_SET_DEFAULT", "VAR_RESET"):
            self._set_path(DEFAULT_SEARCH_PATH, local)
        elif kind == "VAR_SET_VALUE":
            path: list[str] = []
            for a in node.get("args") or ():
                v = pgtree.const_text(a)
                if v is None:
                    return
                # each value is one schema name, a quoted string too (guc.c flattens
                # a GUC_LIST_QUOTE list by quoting every element): 'a, b' is "a, b"
                path.append(v)
            self._set_path(tuple(path), local)
        elif kind == "VAR_SET_CURRENT":
            return

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
            k + 2 < len(toks)
            and toks[k + 1].kind == OP
            and toks[k + 1].value == ","
            and (
                toks[k + 2].is_word("true")
                or (toks[k + 2].kind == STRING and toks[k + 2].value.lower() in ("t", "true", "on", "yes", "1"))
            )
        )
        self._set_path(tuple(_split_path_string(toks[k].value)), local)

    # -- DROP / ALTER -----------------------------------------------------------------
    def _ref(self, owa: dict) -> RoutineRef:
        parts = names_of(owa.get("objname"))
        if len(parts) > 3:
            raise PgRejected(f"improper qualified name (too many dotted names): {'.'.join(parts)}")
        if len(parts) == 3:
            parts = parts[1:]
        params, has_modes = pgtree.routine_ref_params(owa, self.env)
        return RoutineRef(parts, params, has_modes)

    def drop(self, st, node) -> None:
        rt = node.get("removeType")
        cascade = node.get("behavior") == "DROP_CASCADE"
        if_exists = bool(node.get("missing_ok"))
        objects = node.get("objects") or ()
        if rt in _DROP_OBJECTS:
            objtype = _DROP_OBJECTS[rt]
            refs = []
            for o in objects:
                try:
                    refs.append(self._ref(o["ObjectWithArgs"]))
                except PgRejected as e:
                    # with IF EXISTS a missing argument type is a NOTICE ("type x does
                    # not exist, skipping"), and that routine cannot exist either
                    if not (if_exists and "does not exist" in str(e)):
                        raise
            cmd = DropRoutines(objtype, if_exists, refs, cascade)
            missing = self.catalog.drop_routines(cmd, self.search_path, apply=False)
            if missing and not if_exists:
                for ref in missing:
                    if self._surely_missing(ref):
                        raise PgRejected(f"{objtype} {ref.display()} does not exist")
            self.catalog.drop_routines(cmd, self.search_path)
        elif rt == "OBJECT_SCHEMA":
            names = [o["String"]["sval"] for o in objects if "String" in o]
            if not if_exists:
                for n in names:
                    if not self.catalog.schema_may_exist(n) and n not in self.catalog.earlier_schemas:
                        raise PgRejected(f'schema "{n}" does not exist')
            self.catalog.drop_schemas(DropSchemas(if_exists, names, cascade))
        elif rt == "OBJECT_EXTENSION":
            names = [o["String"]["sval"] for o in objects if "String" in o]
            self.catalog.drop_extensions(names, cascade)
        elif rt in _TYPE_OBJECTS:
            names = []
            for o in objects:
                parts = (
                    names_of(o["TypeName"]["names"]) if "TypeName" in o else names_of(o.get("List", {}).get("items"))
                )
                key = self._any_type_key(parts)
                kind = self.catalog.kind_of(key) if key else None
                if key is not None and rt == "OBJECT_DOMAIN" and kind is not None and kind != "domain":
                    raise PgRejected(f'"{key[1]}" is not a domain')
                if (
                    key is not None
                    and rt == "OBJECT_TYPE"
                    and kind in ("table", "view", "materialized view", "foreign table")
                ):
                    raise PgRejected(f"cannot drop type {key[1]} because {kind} {key[1]} requires it")
                if key is not None:
                    for ext, ext_schema in self.catalog.extensions.items():
                        if ext_schema == key[0] and key[1] in EXTENSION_TYPES.get(ext, ()):
                            raise PgRejected(f"cannot drop type {key[1]} because extension {ext} requires it")
                names.append(list(key) if key else parts[-2:])
                mr = self.catalog._memo.get("multirange_of", {}).get(key) if kind == "range" else None
                if mr is not None and self.catalog.has_type(*mr):
                    names.append(list(mr))  # a range's multirange goes with it
            self.catalog.drop_types(DropTypes(_TYPE_OBJECTS[rt], if_exists, names, cascade), tuple(self._lookup_path()))
        elif rt in _RELATION_OBJECTS:
            want = _RELATION_OBJECTS[rt]
            names = []
            for o in objects:
                parts = names_of(o.get("List", {}).get("items"))
                key = self.relation_key(parts[-2:])
                kind = self.catalog.kind_of(key) if key else None
                if key is not None and kind is not None and kind != want:
                    raise PgRejected(f'"{key[1]}" is not a {want}')
                names.append(list(key) if key else parts[-2:])
                if key is not None:
                    for view in self._dependent_views(key):
                        if not cascade:
                            raise PgRejected(f"cannot drop {want} {key[1]} because other objects depend on it")
                        names.append(list(view))
            self.catalog.drop_types(DropTypes("table", if_exists, names, cascade), tuple(self._lookup_path()))

    def _dependent_views(self, key: tuple[str, str]) -> list[tuple[str, str]]:
        """The views that read `key`, and the views reading those, that still exist."""
        deps = self.catalog._memo.get("view_deps", {})
        out: list = []
        todo = [key]
        while todo:
            k = todo.pop()
            for v in deps.get(k, ()):
                if v not in out and v in self.catalog._tables and v != key:
                    out.append(v)
                    todo.append(v)
        return out

    def _surely_missing(self, ref: RoutineRef) -> bool:
        """A routine rpccheck does not know that no other source can have made: not in
        one of Supabase's own schemas or an extension's, not made by dynamic SQL."""
        name = ref.parts[-1]
        if len(ref.parts) >= 2:
            schemas = [ref.parts[-2]]
        else:
            schemas = [s for s in self._lookup_path() if s != "pg_catalog"]
        extension_schemas = set(self.catalog.extensions.values())
        # Supabase's own schemas (`extensions` is on its default search_path) hold
        # routines no SQL file made
        if any(s in SUPABASE_SCHEMAS or s in extension_schemas for s in schemas):
            return False
        if any(d.may_create(name) for _, _, d in self.catalog.dynamic_creates):
            return False
        return not self.catalog.from_earlier_name(name)

    def alter_function(self, st, node) -> None:
        objtype = _DROP_OBJECTS.get(node.get("objtype"), FUNCTION)
        ref = self._ref(node["func"])
        cmd = AlterRoutine(objtype, ref)
        vol = []
        for a in node.get("actions") or ():
            d = a["DefElem"]
            if d["defname"] == "volatility":
                vol.append(pgtree._defelem_value(d.get("arg")))
            elif d["defname"] == "rows":
                cmd.rows = True
        if len(vol) > 1:
            raise PgRejected("conflicting or redundant options")
        cmd.volatility = vol[0] if vol else None
        self._alter_routine(cmd)
        typedefs.record_alter_function(self.catalog, node)

    def _alter_routine(self, cmd: AlterRoutine) -> None:
        if not self.catalog.alter_routine(cmd, self.search_path) and self._surely_missing(cmd.ref):
            raise PgRejected(f"{cmd.objtype} {cmd.ref.display()} does not exist")

    def rename(self, st, node) -> None:
        rt = node.get("renameType")
        new = node.get("newname")
        if rt in _DROP_OBJECTS:
            cmd = AlterRoutine(_DROP_OBJECTS[rt], self._ref(node["object"]["ObjectWithArgs"]), rename_to=new)
            self._alter_routine(cmd)
        elif rt == "OBJECT_SCHEMA":
            self.catalog.rename_schema(node["subname"], new)
        elif rt in _TYPE_OBJECTS:
            parts = _object_names(node["object"])
            key = self._any_type_key(parts)
            if key is not None:
                self._check_type_kind(rt, key)
                typedefs.forget(self.catalog, key)  # renamed: not followed
                self.catalog.move_type(key, (key[0], new), relation=key in self.catalog._tables)
        elif rt in _RELATION_OBJECTS:
            key = self.relation_key(_rangevar_parts(node["relation"]))
            if key is not None:
                self._check_relation_kind(rt, key)
                self.catalog.move_type(key, (key[0], new), relation=True)
        elif rt in ("OBJECT_COLUMN", "OBJECT_ATTRIBUTE"):
            key = self.relation_key(_rangevar_parts(node["relation"]))
            cols = self.catalog._tables.get(key) if key else None
            if cols is not None and node.get("subname") in cols:
                self.catalog.set_columns(key, {(new if c == node["subname"] else c): t for c, t in cols.items()})

    def _check_relation_kind(self, objtype: str, key: tuple[str, str]) -> None:
        """ALTER TABLE works on views too (and ALTER VIEW on tables), but not on a
        composite type (PostgreSQL: "x is a composite type")."""
        if self.catalog.kind_of(key) == "composite":
            raise PgRejected(f'"{key[1]}" is a composite type')

    def _check_type_kind(self, objtype: str, key: tuple[str, str]) -> None:
        kind = self.catalog.kind_of(key)
        if objtype == "OBJECT_DOMAIN" and kind != "domain":
            raise PgRejected(f'"{key[1]}" is not a domain')
        if objtype == "OBJECT_TYPE" and kind in ("table", "view", "materialized view", "foreign table"):
            raise PgRejected(f"{key[1]} is a {kind}")

    def _any_type_key(self, parts: list[str]) -> Optional[tuple[str, str]]:
        """The type (or relation row type) a name names, looked up on the path."""
        if len(parts) >= 2:
            key = (parts[-2], parts[-1])
            return key if self.catalog.has_type(*key) else None
        for s in self._lookup_path():
            if self.catalog.has_type(s, parts[0]):
                return (s, parts[0])
        return None

    def set_schema(self, st, node) -> None:
        ot = node.get("objectType")
        new = node.get("newschema")
        if ot in _DROP_OBJECTS:
            cmd = AlterRoutine(_DROP_OBJECTS[ot], self._ref(node["object"]["ObjectWithArgs"]), set_schema=new)
            self._alter_routine(cmd)
        elif ot == "OBJECT_EXTENSION":
            self.catalog.alter_extension_schema(node["object"]["String"]["sval"], new)
        elif ot in _TYPE_OBJECTS:
            key = self._any_type_key(_object_names(node["object"]))
            if key is not None:
                self._check_type_kind(ot, key)
                self._check_schema(new)
                typedefs.forget(self.catalog, key)  # moved: not followed
                self.catalog.move_type(key, (new, key[1]), relation=key in self.catalog._tables)
        elif ot in _RELATION_OBJECTS:
            key = self.relation_key(_rangevar_parts(node["relation"]))
            if key is not None:
                self._check_relation_kind(ot, key)
                self._check_schema(new)
                self.catalog.move_type(key, (new, key[1]), relation=True)

    def alter_table(self, st, node) -> None:
        key = self.relation_key(_rangevar_parts(node["relation"]))
        if key is None:
            return
        cols = self.catalog._tables.get(key)
        if cols is None:
            return
        cols = dict(cols)
        for c in node.get("cmds") or ():
            cmd = c["AlterTableCmd"]
            sub = cmd.get("subtype")
            if sub == "AT_AddColumn":
                added = self._columns([cmd["def"]])
                for name, typ in added.items():
                    if name in cols:
                        if cmd.get("missing_ok"):
                            continue
                        raise PgRejected(f'column "{name}" of relation "{key[1]}" already exists')
                    cols[name] = typ
            elif sub == "AT_DropColumn":
                if cmd.get("name") in cols:
                    del cols[cmd["name"]]
                elif not cmd.get("missing_ok") and not isinstance(cols, _open_columns):
                    raise PgRejected(f'column "{cmd.get("name")}" of relation "{key[1]}" does not exist')
            elif sub == "AT_AlterColumnType":
                if cmd.get("name") in cols:
                    cols[cmd["name"]] = _type_or_none(cmd["def"]["ColumnDef"], self.env)
        self.catalog.set_columns(
            key, _open_columns(cols) if isinstance(self.catalog._tables[key], _open_columns) else cols
        )

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
            found.settle_drops(catalog.function_names())
            if found.drops_unknown:
                found.horizon = len(catalog._order)  # any routine that existed may be gone
            else:
                found.candidates = frozenset(
                    (f.schema, f.name, f.identity, f.path, f.line)
                    for name in catalog.names_matching(found.may_drop)
                    for f in catalog.by_name(name)
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
            if self.migration and self.in_tx and not self.explicit_tx:
                self.explicit_tx = True  # the batch's implicit transaction becomes a block
            elif not self.in_tx:  # else: "there is already a transaction in progress"
                self._begin(st.line)
                self.explicit_tx = True
        elif not self.in_tx:
            return  # COMMIT/ROLLBACK outside a transaction only warn; SAVEPOINT is an error
        elif cmd.action in ("commit", "rollback"):
            if cmd.action == "commit" and not self.aborted:
                self.catalog.commit()
            else:  # COMMIT of an aborted transaction rolls it back
                self.catalog.rollback()
                self.session_path = self.tx_saved[0]
            self.local_path = None
            self._sync_path()
            self.in_tx = False
            self.aborted = False
            self.explicit_tx = False
            self.savepoints.clear()
            if cmd.chain:
                self._begin(st.line)
                self.explicit_tx = True
            elif self.migration:
                self._begin(st.line)  # the rest of the batch: a new implicit transaction
        elif self.aborted and cmd.action != "rollback_to":
            return
        elif cmd.action == "savepoint" and cmd.savepoint:
            self.savepoints.append((cmd.savepoint, self.catalog.savepoint(), self.session_path, self.local_path))
        elif cmd.action in ("rollback_to", "release"):
            k = next(
                (k for k in range(len(self.savepoints) - 1, -1, -1) if self.savepoints[k][0] == cmd.savepoint), None
            )
            if k is None:
                return  # no such savepoint: an error, the transaction is aborted
            if cmd.action == "release":
                del self.savepoints[k:]
            else:
                _, mark, self.session_path, self.local_path = self.savepoints[k]
                self._sync_path()
                del self.savepoints[k + 1 :]  # the savepoint itself stays
                self.catalog.rollback_to(mark)
                self.aborted = False

    def _begin(self, line: int) -> None:
        self.in_tx = True
        self.tx_line = line
        self.tx_saved = (self.session_path,)
        self.savepoints.clear()
        self.catalog.begin()


class _open_columns(dict):
    """Columns of a relation that may have more (LIKE, INHERITS, PARTITION OF): a
    missing column is unknown, not an error."""

    def __contains__(self, key) -> bool:  # every column may exist
        return True

    def __getitem__(self, key):
        return dict.get(self, key)


_SERIAL_COLUMNS = {
    "serial": "integer",
    "serial4": "integer",
    "bigserial": "bigint",
    "serial8": "bigint",
    "smallserial": "smallint",
    "serial2": "smallint",
}


def _type_or_none(cd: dict, env) -> Optional[str]:
    try:
        return pgtree.type_text(cd["typeName"], env)
    except (PgRejected, KeyError):
        return None


def _column_label(val: dict) -> Optional[str]:
    fields = val["ColumnRef"].get("fields") or ()
    if fields and "String" in fields[-1]:
        return fields[-1]["String"]["sval"]
    return None


def _object_names(obj: dict) -> list[str]:
    if "List" in obj:
        return names_of(obj["List"].get("items"))
    if "TypeName" in obj:
        return names_of(obj["TypeName"].get("names"))
    if "String" in obj:
        return [obj["String"]["sval"]]
    return []


def _rangevar_parts(rv: dict) -> list[str]:
    return ([rv["schemaname"]] if rv.get("schemaname") else []) + [rv["relname"]]


_TREE_HANDLERS: dict[str, Callable] = {
    "CreateFunctionStmt": _FileReader.create_function,
    "DefineStmt": _FileReader.create_aggregate,
    "CreateEnumStmt": _FileReader.create_enum,
    "CreateDomainStmt": _FileReader.create_domain,
    "CreateRangeStmt": _FileReader.create_range,
    "CompositeTypeStmt": _FileReader.create_composite,
    "CreateStmt": _FileReader.create_table,
    "CreateForeignTableStmt": lambda self, st, node: _FileReader.create_table(self, st, node["base"]),
    "CreateTableAsStmt": _FileReader.create_table_as,
    "ViewStmt": _FileReader.create_view,
    "CreateSchemaStmt": _FileReader.create_schema,
    "CreateExtensionStmt": _FileReader.create_extension,
    "VariableSetStmt": _FileReader.variable_set,
    "DropStmt": _FileReader.drop,
    "AlterFunctionStmt": _FileReader.alter_function,
    "AlterEnumStmt": _FileReader.alter_enum,
    "AlterDomainStmt": _FileReader.alter_domain,
    "RenameStmt": _FileReader.rename,
    "AlterObjectSchemaStmt": _FileReader.set_schema,
    "AlterTableStmt": _FileReader.alter_table,
}


def head_text(text: str, st) -> Optional[str]:
    """The routine statement `st` with its dollar-quoted body (`st.body`) emptied, or None
    where the grammar might read the body otherwise: a NUL in it (libpg_query's C string
    ends there), or a head that is not ASCII (where the scanner's idea of an identifier
    next to a quote or `$` is not quite the grammar's, so its body might not be the
    grammar's string)."""
    start, end = st.body
    if text.find("\x00", start, end) >= 0:
        return None
    head = text[st.start : start]
    if not head.isascii():
        return None
    tag = text[start : text.index("$", start + 1) + 1]
    return head + tag + tag + text[end : st.end]


def _statement_label(sql: str) -> str:
    """`CREATE OR REPLACE FUNCTION`, `DROP FUNCTION`, ...: the statement's leading keywords."""
    words = head_words(sql, 0, 5)
    keep: list[str] = []
    for w in words:
        if w in ("or", "replace", "if", "not", "exists") and keep:
            if w in ("or", "replace"):
                keep.append(w)
            continue
        keep.append(w)
        if len([k for k in keep if k not in ("or", "replace")]) >= 2:
            break
    return " ".join(keep).upper()


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


def is_migration_file(path: Path) -> bool:
    """A file the Supabase CLI applies as a migration: `<digits>_<name>.sql` in a
    `migrations` folder."""
    return path.parent.name == "migrations" and MIGRATION_FILE.match(path.name) is not None


def load_catalog(
    paths: Iterable[Path],
    catalog: Catalog | None = None,
    *,
    on_file: Optional[Callable[[str], None]] = None,
    sources: Optional[list[str]] = None,
) -> Catalog:
    """Replay SQL files, in the given order, into one catalog.

    Each file is one session: it starts with the default search_path, and a
    transaction left open at its end is rolled back. A Supabase migration
    (`migrations/<digits>_<name>.sql`) runs as the Supabase CLI runs it
    (pkg/migration/file.go `ExecBatch`: the file's statements go in one pgconn batch,
    which is one implicit transaction, and `ApplyMigrations` returns at the first
    error): a statement PostgreSQL rejects undoes the whole file, and the later
    migrations of that folder are not applied. Any other file runs as `psql -f`
    does: a rejected statement changes nothing and the next one runs.

    The files read are appended to `catalog.files` in the order they were applied,
    and `on_file(path)` (when given) is called as each one is started; files that
    could not be read at all, or that the CLI would not reach, are in neither.
    `sources` names, per path, the source it came from (a migrations folder, a dump):
    where it changes, `Catalog.begin_source` is called.
    """
    # Reading a dump makes millions of short-lived objects (a parse tree per statement)
    # and few that live: the cyclic collector, run every 700 allocations, spends a
    # tenth of the read walking the growing catalog for nothing. It runs again after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_catalog(paths, catalog, on_file=on_file, sources=sources)
    finally:
        if collecting:
            gc.enable()


def _load_catalog(paths, catalog, *, on_file, sources) -> Catalog:
    from ..rules import make_diagnostic

    catalog = catalog or Catalog()
    previous = None
    stopped: Optional[tuple[str, str, int]] = None  # (source, file, line) a migration run stopped at
    skipped = 0
    for i, p in enumerate(paths):
        p = Path(p)
        source = sources[i] if sources is not None else str(p.parent)
        if sources is not None:
            if previous is not None and sources[i] != previous:
                catalog.begin_source()
            previous = sources[i]
        migration = is_migration_file(p)
        if stopped is not None and migration and stopped[0] == source:
            skipped += 1
            continue
        shown = display_path(p)
        text, problem = read_text_file(p, MAX_SQL_BYTES)
        if problem is not None:
            catalog.diagnostics.append(make_diagnostic("schema-parse-error", problem, Location(shown, 1, 1)))
            if text is None:
                continue
        catalog.files.append(shown)
        if on_file is not None:
            on_file(shown)
        reader = _FileReader(catalog, shown, text, migration)
        reader.run()
        if reader.stopped_at is not None:
            catalog.files.remove(shown)
            stopped = (source, shown, reader.stopped_at)
    if stopped is not None and skipped:
        # say how many migrations the stop cost, on the statement's own diagnostic
        for k in range(len(catalog.diagnostics) - 1, -1, -1):
            d = catalog.diagnostics[k]
            if d.rule == "schema-statement-rejected" and d.loc.path == stopped[1] and d.loc.line == stopped[2]:
                catalog.diagnostics[k] = replace(
                    d, message=d.message + f" ({skipped} later migration file{'s' if skipped != 1 else ''} not applied)"
                )
                break
    catalog._memo.pop("deferred_writes", None)  # closures over the files' text: not kept
    return catalog
