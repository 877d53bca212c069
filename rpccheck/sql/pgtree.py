"""Statements read with PostgreSQL's own grammar (pglast: libpg_query, the server's parser).

Every statement that changes the callable surface (routines, DROP/ALTER of routines,
types, domains, tables, views, schemas, SET search_path, CREATE EXTENSION) is parsed
here into PostgreSQL's raw parse tree, as JSON; names, modes, types and defaults are
taken from that tree, never guessed from tokens. A statement the grammar rejects is a
statement PostgreSQL rejects (`PgRejected`, with the server's own "syntax error at or
near ..." message), not a statement to skip.

What the server checks after parsing (functioncmds.c: interpret_function_parameter_list,
compute_return_type; pg_aggregate.c) is checked here too, with the server's messages,
where it can be decided from the SQL alone; what depends on objects rpccheck may not
see (a type from an extension it was not given) is never called an error.

The type printer follows format_type() (format_type.c) with the search_path of the
session that prints it: pg_catalog's special spellings (`integer`, `character varying`,
`timestamp with time zone`, `"char"`), and other types unqualified only when visible.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable, Optional, Protocol

from ..model import IN, INOUT, OUT, TABLE, VARIADIC, Function, Param
from .pgcatalog_data import BUILTIN_FINAL_FUNCTIONS, PG_CATALOG_TYPES, QUOTED_KEYWORDS

# the role migrations run as on Supabase (and the oracle's superuser): `"$user"` on
# the search_path names the schema called like it
SESSION_ROLE = "postgres"

_MODES = {
    "FUNC_PARAM_IN": IN,
    "FUNC_PARAM_DEFAULT": IN,
    "FUNC_PARAM_OUT": OUT,
    "FUNC_PARAM_INOUT": INOUT,
    "FUNC_PARAM_VARIADIC": VARIADIC,
    "FUNC_PARAM_TABLE": TABLE,
}
# pseudo-types written as parameter types that are really column shorthands
_POLY_FAMILY = frozenset({"anyelement", "anyarray", "anynonarray", "anyenum", "anyrange", "anymultirange"})
_POLY_RANGES = frozenset({"anyrange", "anymultirange"})
_COMPAT_FAMILY = frozenset(
    {"anycompatible", "anycompatiblearray", "anycompatiblenonarray", "anycompatiblerange", "anycompatiblemultirange"}
)
_COMPAT_RANGES = frozenset({"anycompatiblerange", "anycompatiblemultirange"})


def _check_polymorphic(inputs: list[str], outputs: list[str]) -> None:
    """check_polymorphic_result(): a polymorphic result needs a polymorphic input to
    be resolved from (functioncmds.c / pg_proc.c: "cannot determine result data type")."""
    ins = set(inputs)
    for t in outputs:
        if t in _POLY_RANGES and not ins & _POLY_RANGES:
            raise PgRejected("cannot determine result data type")
        if t in _POLY_FAMILY and not ins & _POLY_FAMILY:
            raise PgRejected("cannot determine result data type")
        if t in _COMPAT_RANGES and not ins & _COMPAT_RANGES:
            raise PgRejected("cannot determine result data type")
        if t in _COMPAT_FAMILY and not ins & _COMPAT_FAMILY:
            raise PgRejected("cannot determine result data type")
        if t == "internal" and "internal" not in ins:
            raise PgRejected('unsafe use of pseudo-type "internal"')


# every result type _check_polymorphic looks at
_POLYMORPHIC_RESULTS = _POLY_FAMILY | _POLY_RANGES | _COMPAT_FAMILY | _COMPAT_RANGES | {"internal"}

_SERIALS = frozenset({"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"})
_POLYMORPHIC_ARRAYS = frozenset({"anyarray", "anycompatiblearray", '"any"'})


class PgRejected(Exception):
    """PostgreSQL rejects the statement (the message is the server's)."""

    def __init__(self, message: str, offset: Optional[int] = None) -> None:
        super().__init__(message)
        self.offset = offset


_parser = None

# orjson decodes libpg_query's trees about twice as fast as json (5 MB of JSON for a
# dump's 3,000 routine heads), but importing it costs ~7 ms (it loads uuid, datetime,
# platform): it is taken only once a read has parsed this many statements.
_FAST_AFTER = 200
_fast_loads = None
_fast_error: type = ValueError
_parsed = 0

# `json.loads` raises RecursionError past the interpreter's recursion limit (a parse
# tree nested about a thousand deep), which `parse` turns into the server's "stack
# depth limit exceeded"; orjson stops at its own fixed 1024. A tree is at most as deep
# as its JSON has brackets, so below this many both agree and orjson is used.
_SHALLOW_BRACKETS = 400


def _loads(tree_json: str):
    global _parsed, _fast_loads, _fast_error
    if _fast_loads is None:
        _parsed += 1
        if _parsed == _FAST_AFTER:
            try:
                from orjson import JSONDecodeError, loads
            except ImportError:  # pragma: no cover - a dependency; json gives the same trees
                pass
            else:
                _fast_loads, _fast_error = loads, JSONDecodeError
    elif tree_json.count("{") + tree_json.count("[") < _SHALLOW_BRACKETS:
        try:
            return _fast_loads(tree_json)
        except _fast_error:
            pass
    return json.loads(tree_json)


def _load_parser():
    global _parser
    if _parser is None:
        from .._pglast_parser import load  # the extension alone, not pglast/__init__ (60-90 ms)

        _parser = load()
    return _parser


# Keywords PostgreSQL 16-18 reserve (as col_name or reserved keywords) that PostgreSQL
# 15 reads as plain identifiers: pglast carries the newest grammar, where `json json`
# (a parameter named json) is a syntax error that 15 accepts.
_NEWER_KEYWORDS = frozenset(
    """json json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar
    json_serialize json_table json_value merge_action system_user""".split()
)
_NEWER_KEYWORD_RE = re.compile(r"(?<![\w$])(?:json\w*|merge_action|system_user)(?![\w$])", re.I)


def _as_pg15(sql: str) -> Optional[str]:
    """`sql` with the newer keywords, where they are identifier tokens, quoted (as
    PostgreSQL 15 folds them: `JSON` is `"json"`), so the newer grammar reads it as 15
    does; None when there is nothing to quote."""
    from .lexer import IDENT, LexError, tokenize

    out, last = [], 0
    try:
        for t in tokenize(sql):
            if t.kind == IDENT and t.value in _NEWER_KEYWORDS:
                out.append(sql[last : t.start])
                out.append(f'"{t.value}"')
                last = t.end
    except LexError:
        return None
    if not out:
        return None
    out.append(sql[last:])
    return "".join(out)


def parse(sql: str) -> list[dict]:
    """The raw parse trees of the statements in `sql` ([] for only comments).

    Raises PgRejected for what PostgreSQL's grammar rejects; `offset` is a character
    offset into `sql`."""
    parser = _load_parser()
    try:
        tree = _loads(parser.parse_sql_json(sql))
    except parser.ParseError as e:
        if _NEWER_KEYWORD_RE.search(sql):
            compat = _as_pg15(sql)
            if compat is not None:
                try:
                    return [s["stmt"] for s in _loads(parser.parse_sql_json(compat)).get("stmts", ())]
                except (parser.ParseError, RecursionError):
                    pass
        message, pos = e.args[0], (e.args[1] if len(e.args) > 1 else None)
        # libpg_query reports a byte offset, PostgreSQL says `at or near`
        offset = None
        if isinstance(pos, int) and pos >= 0:
            offset = len(sql.encode("utf-8")[:pos].decode("utf-8", "ignore"))
        raise PgRejected(str(message), offset) from None
    except RecursionError:
        raise PgRejected("stack depth limit exceeded") from None
    return [s["stmt"] for s in tree.get("stmts", ())]


def quote_ident(name: str) -> str:
    """quote_identifier() of ruleutils.c: quoted unless all lower-case letters, digits
    and underscores (not starting with a digit) and not a keyword that needs it."""
    if (
        name
        and (name[0].islower() or name[0] == "_")
        and name.isascii()
        and all(c.islower() or c.isdigit() or c == "_" for c in name)
        and name not in QUOTED_KEYWORDS
    ):
        return name
    return '"' + name.replace('"', '""') + '"'


def names_of(nodes) -> list[str]:
    if nodes and len(nodes) == 1:  # most names (a type, a column): no comprehension's frame
        string = nodes[0].get("String")
        return [] if string is None else [string["sval"]]
    return [n["String"]["sval"] for n in nodes or () if "String" in n]


class Env(Protocol):
    """What the type printer needs from the catalog and the session."""

    search_path: tuple[str, ...]

    def has_type(self, schema: str, name: str) -> bool: ...

    def schema_exists(self, name: str) -> bool: ...

    def column_type(self, names: list[str]) -> Optional[str]: ...

    def extension_type_schema(self, name: str) -> Optional[str]: ...

    def type_surely_missing(self, name: str, schema: Optional[str] = None) -> bool: ...


def effective_path(search_path: tuple[str, ...], schema_exists: Callable[[str], bool]) -> list[str]:
    """The schemas names are looked up in, in order (namespace.c: recomputeNamespacePath):
    `$user` is the role's schema when it exists, pg_catalog is first unless listed."""
    out: list[str] = []
    for s in search_path:
        if s == "$user":
            s = SESSION_ROLE
            if not schema_exists(s):
                continue
        if s.startswith("pg_temp") or s in out:
            continue
        out.append(s)
    if "pg_catalog" not in out:
        out.insert(0, "pg_catalog")
    return out


def print_user_type(schema: str, name: str, env: Env) -> str:
    """format_type() of a user type in the oracle's session (`"$user", public`): bare
    when it is the first of its name on that path (pg_catalog is searched first)."""
    if schema == "pg_catalog":
        return PG_CATALOG_TYPES.get(name, quote_ident(name))
    if name not in PG_CATALOG_TYPES:
        role_schema = env.schema_exists(SESSION_ROLE)
        if schema == SESSION_ROLE and role_schema:
            return quote_ident(name)
        if schema == "public" and not (role_schema and env.has_type(SESSION_ROLE, name)):
            return quote_ident(name)
    return f"{quote_ident(schema)}.{quote_ident(name)}"


def type_text(tn: dict, env: Env) -> str:
    """format_type() text of a TypeName node (typmods dropped, as pg_proc drops them)."""
    nodes = tn.get("names")
    if nodes and not tn.get("pct_type") and len(nodes) <= 2:
        # nine in ten types a dump names are built in (`integer` is `pg_catalog.int4`):
        # what named_type and _catalog_typname answer for them, without their walk
        last = nodes[-1].get("String")
        builtin = PG_CATALOG_TYPES.get(last["sval"]) if last is not None else None
        if builtin is not None:
            if len(nodes) == 2:
                first = nodes[0].get("String")
                visible = first is not None and first["sval"] == "pg_catalog"
            else:
                visible = "pg_catalog" not in env.search_path  # pg_catalog is searched first
            if visible:
                if not tn.get("arrayBounds"):
                    return builtin
                if "_" + last["sval"] in PG_CATALOG_TYPES and not builtin.endswith("[]"):
                    return builtin + "[]"
    names = names_of(nodes)
    if tn.get("pct_type"):
        base = env.column_type(names)
        if base is None:
            base = ".".join(quote_ident(n) for n in names) + "%TYPE"
    else:
        base = named_type(names, env, tn.get("location"))
        if tn.get("arrayBounds"):
            typname = _catalog_typname(names, env)
            if typname is not None and "_" + typname not in PG_CATALOG_TYPES:
                raise PgRejected(f"type {base}[] does not exist", tn.get("location"))
    if tn.get("arrayBounds"):
        if base.endswith("[]"):
            # an array type's name with bounds (`_int4[]`): there is no array of arrays
            raise PgRejected(f'type "{names[-1]}[]" does not exist', tn.get("location"))
        base += "[]"
    return base


def _catalog_typname(names: list[str], env: Env) -> Optional[str]:
    """The pg_catalog type a name resolves to (its typname), or None."""
    if len(names) >= 2:
        return names[-1] if names[-2] == "pg_catalog" and names[-1] in PG_CATALOG_TYPES else None
    if names[0] in PG_CATALOG_TYPES and "pg_catalog" not in env.search_path:
        return names[0]  # pg_catalog is searched first
    for s in effective_path(env.search_path, env.schema_exists):
        if s == "pg_catalog":
            if names[0] in PG_CATALOG_TYPES:
                return names[0]
        elif env.has_type(s, names[0]):
            return None
    return None


def named_type(names: list[str], env: Env, location=None) -> str:
    if len(names) > 3 or not names:
        raise PgRejected(f"improper qualified name (too many dotted names): {'.'.join(names)}", location)
    if len(names) == 3:
        names = names[1:]  # database.schema.type: the database must be the current one
    if len(names) == 2:
        schema, name = names
        if schema == "pg_catalog":
            if name in PG_CATALOG_TYPES:
                return PG_CATALOG_TYPES[name]
            raise PgRejected(f'type "pg_catalog.{name}" does not exist', location)
        if not env.has_type(schema, name):
            if name.startswith("_") and env.has_type(schema, name[1:]):
                return print_user_type(schema, name[1:], env) + "[]"
            if env.type_surely_missing(name, schema):
                raise PgRejected(f'type "{schema}.{name}" does not exist', location)
        return print_user_type(schema, name, env)
    (name,) = names
    if "pg_catalog" not in env.search_path:
        # pg_catalog is searched first (effective_path): a built-in type needs no walk
        builtin = PG_CATALOG_TYPES.get(name)
        if builtin is not None:
            return builtin
    for s in effective_path(env.search_path, env.schema_exists):
        if s == "pg_catalog":
            if name in PG_CATALOG_TYPES:
                return PG_CATALOG_TYPES[name]
        elif env.has_type(s, name):
            return print_user_type(s, name, env)
        elif name.startswith("_") and env.has_type(s, name[1:]):
            return print_user_type(s, name[1:], env) + "[]"  # the array type PostgreSQL names _x
    if name in _SERIALS:
        raise PgRejected(f'type "{name}" does not exist', location)
    ext = env.extension_type_schema(name)
    if ext is not None:
        return print_user_type(ext, name, env)
    if env.type_surely_missing(name):
        raise PgRejected(f'type "{name}" does not exist', location)
    # a type rpccheck was not shown (an extension's, one made elsewhere): as written
    return quote_ident(name)


# -- routines ---------------------------------------------------------------------------


@dataclass
class RoutineHead:
    """What CREATE FUNCTION|PROCEDURE says, read from its parse tree."""

    function: Function
    or_replace: bool


def _defelem_value(arg):
    if arg is None:
        return None
    if "String" in arg:
        return arg["String"]["sval"]
    if "Boolean" in arg:
        return arg["Boolean"].get("boolval", False)
    if "Integer" in arg:
        return arg["Integer"].get("ival", 0)
    return arg


# Params already made, by their fields: Param is frozen, so routines with the same
# parameter share one (a dump's 11,600 parameters have about 2,000 distinct ones), and a
# dict lookup costs a tenth of a frozen dataclass's __init__. Emptied when it grows past
# _PARAM_MEMO_SIZE, so a long-lived process holds no more than that.
_param_memo: dict[tuple, Param] = {}
_PARAM_MEMO_SIZE = 8192


def _param(name: Optional[str], mode: str, typ: str, has_default: bool) -> Param:
    key = (name, mode, typ, has_default)
    param = _param_memo.get(key)
    if param is None:
        if len(_param_memo) >= _PARAM_MEMO_SIZE:
            _param_memo.clear()
        param = _param_memo[key] = Param(name, mode, typ, has_default)
    return param


def read_params(nodes, env: Env, kind: str) -> list[Param]:
    """interpret_function_parameter_list(): each FunctionParameter → Param, with the
    server's checks on modes, VARIADIC, defaults and names."""
    params: list[Param] = []
    have_defaults = False
    var_count = 0
    seen: list[tuple[str, str]] = []
    for node in nodes or ():
        fp = node["FunctionParameter"]
        mode = _MODES.get(fp.get("mode", "FUNC_PARAM_DEFAULT"), IN)
        tn = fp["argType"]
        if tn.get("setof"):
            raise PgRejected("functions cannot accept set arguments", fp.get("location"))
        typ = type_text(tn, env)
        is_input = mode in (IN, INOUT, VARIADIC)
        if is_input:
            if var_count:
                raise PgRejected("VARIADIC parameter must be the last input parameter", fp.get("location"))
        if mode in (OUT, INOUT, TABLE) and kind == "procedure" and var_count:
            raise PgRejected("VARIADIC parameter must be the last parameter", fp.get("location"))
        if mode == VARIADIC:
            var_count += 1
            if not typ.endswith("[]") and typ not in _POLYMORPHIC_ARRAYS:
                raise PgRejected("VARIADIC parameter must be an array", fp.get("location"))
        name = fp.get("name") or None
        if name:
            for prev_name, prev_mode in seen:
                if prev_name != name:
                    continue
                # "pure in doesn't conflict with pure out" (functions and procedures alike)
                if (mode in (IN, VARIADIC) and prev_mode in (OUT, TABLE)) or (
                    prev_mode in (IN, VARIADIC) and mode in (OUT, TABLE)
                ):
                    continue
                raise PgRejected(f'parameter name "{name}" used more than once', fp.get("location"))
            seen.append((name, mode))
        has_default = "defexpr" in fp
        if has_default:
            if not is_input:
                raise PgRejected("only input parameters can have default values", fp.get("location"))
            default = fp["defexpr"]
            if len(default) != 1 or "A_Const" not in default:  # a constant names no column
                cast = default.get("TypeCast")
                # nor does a cast constant (`NULL::jsonb`, `'{}'::text[]`) whose type has no
                # modifiers (expressions, in the grammar)
                if cast is None or len(default) != 1 or not _is_plain_cast_constant(cast):
                    _check_default(default)
            have_defaults = True
        elif is_input and have_defaults:
            raise PgRejected(
                "input parameters after one with a default value must also have defaults", fp.get("location")
            )
        elif kind == "procedure" and have_defaults and mode in (OUT, INOUT):
            raise PgRejected(
                "procedure OUT parameters cannot appear after one with a default value", fp.get("location")
            )
        params.append(_param(name, mode, typ, has_default))
    return params


def _is_plain_cast_constant(cast: dict) -> bool:
    """A TypeCast of an A_Const to a TypeName without typmods: it holds no node that
    _check_default looks for (a TypeName's other fields are names and integers)."""
    arg = cast.get("arg")
    type_name = cast.get("typeName")
    return (
        arg is not None
        and len(arg) == 1
        and "A_Const" in arg
        and type_name is not None
        and "typmods" not in type_name
        and all(k in _PLAIN_TYPE_NAME_KEYS for k in type_name)
        and all(k in _CAST_KEYS for k in cast)
    )


_PLAIN_TYPE_NAME_KEYS = frozenset({"names", "typemod", "arrayBounds", "location", "setof", "pct_type"})
_CAST_KEYS = frozenset({"arg", "typeName", "location"})


def _check_default(expr) -> None:
    """transformExpr for a parameter default (functioncmds.c): no column may be named
    (none is in scope) and no subquery used."""
    todo = [expr]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            if "SubLink" in node:
                raise PgRejected("cannot use subquery in DEFAULT expression")
            if "ColumnRef" in node:
                fields = node["ColumnRef"].get("fields") or ()
                name = ".".join(f["String"]["sval"] for f in fields if "String" in f) or "*"
                raise PgRejected(f'column "{name}" does not exist')
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)


def qualified(parts: list[str], default_schema: str, location=None) -> tuple[str, str]:
    if len(parts) > 3:
        raise PgRejected(f"improper qualified name (too many dotted names): {'.'.join(parts)}", location)
    if len(parts) == 1:
        return (default_schema() if callable(default_schema) else default_schema), parts[0]
    return parts[-2], parts[-1]


def read_create_function(
    stmt: dict,
    env: Env,
    default_schema: str,
    path: str,
    line: int,
    writes_of: Optional[Callable[[], Optional[bool]]] = None,
) -> RoutineHead:
    """CREATE [OR REPLACE] FUNCTION|PROCEDURE → the Function pg_proc records.

    `writes_of()` gives `Function.writes`: asked only once the statement is accepted,
    so a rejected one costs no body scan, and the Function is made once (not copied);
    and only for a VOLATILE routine, as only a volatile one's `writes` is ever read
    (`read-only-call-to-volatile`): replay keeps the others' `writes_of` for an
    `ALTER FUNCTION ... VOLATILE` (`Catalog.defer_writes`)."""
    kind = "procedure" if stmt.get("is_procedure") else "function"
    schema, name = qualified(names_of(stmt["funcname"]), default_schema)
    params = read_params(stmt.get("parameters"), env, kind)
    volatility = None
    window = strict = False
    rows = False
    for opt in stmt.get("options") or ():
        d = opt["DefElem"]
        dn = d["defname"]
        if dn == "rows":
            rows = True
        if dn == "volatility":
            if volatility is not None:
                raise PgRejected("conflicting or redundant options", d.get("location"))
            volatility = _defelem_value(d.get("arg"))
        elif dn == "window":
            window = bool(_defelem_value(d.get("arg")))
        elif dn == "strict":  # STRICT / RETURNS NULL ON NULL INPUT, or CALLED ON NULL INPUT
            strict = bool(_defelem_value(d.get("arg")))
    if kind == "procedure" and volatility is not None:
        raise PgRejected("invalid attribute in procedure definition", None)
    outs = [p for p in params if p.mode in (OUT, INOUT)]
    tables = [p for p in params if p.mode == TABLE]
    if tables and outs:
        raise PgRejected("OUT and INOUT arguments aren't allowed in TABLE functions")
    rt = stmt.get("returnType")
    returns_set = False
    if kind == "procedure":
        returns = "record" if outs else "void"
    else:
        out_types = [p.type for p in outs]
        required = None
        if out_types:
            required = out_types[0] if len(out_types) == 1 else "record"
        if rt is None:
            if required is None:
                raise PgRejected("function result type must be specified")
            returns = required
        else:
            returns_set = bool(rt.get("setof"))
            returns = type_text(rt, env)
            if required is not None and returns != required:
                raise PgRejected(f"function result type must be {required} because of OUT parameters")
    if rows and not returns_set:
        raise PgRejected("ROWS is not applicable when function does not return a set")
    if stmt.get("sql_body") is not None and any(
        p.type.removesuffix("[]") in _POLY_FAMILY | _COMPAT_FAMILY | {'"any"'} for p in params
    ):
        raise PgRejected("SQL function with unquoted function body cannot have polymorphic arguments")
    outputs = ([returns] if kind != "procedure" else []) + [p.type for p in params if p.mode in (OUT, INOUT, TABLE)]
    if not _POLYMORPHIC_RESULTS.isdisjoint(outputs):  # else _check_polymorphic finds nothing to check
        _check_polymorphic([p.type for p in params if p.mode in (IN, INOUT, VARIADIC)], outputs)
    volatility = volatility or "volatile"
    fn = Function(
        schema=schema,
        name=name,
        params=tuple(params),
        kind="procedure" if kind == "procedure" else ("window" if window else "function"),
        returns=returns,
        returns_set=returns_set,
        volatility=volatility,
        path=path,
        line=line,
        strict=strict,
        writes=writes_of() if writes_of is not None and volatility == "volatile" else None,
    )
    return RoutineHead(fn, bool(stmt.get("replace")))


def routine_body(stmt: dict) -> Optional[str]:
    """A CREATE FUNCTION|PROCEDURE's body as written: the `AS '...'` string (its
    first item; C functions give the object file there), or None for a SQL-standard
    body (`RETURN ...`, `BEGIN ATOMIC ... END`, parsed into `stmt["sql_body"]`).

    The reader parses a dollar-quoted body that follows AS emptied (replay's
    `_parse_head`): for its trees this is '' then, and the body is the statement's
    text at `Statement.body`."""
    for opt in stmt.get("options") or ():
        d = opt["DefElem"]
        if d["defname"] == "as":
            items = d.get("arg", {}).get("List", {}).get("items") or ()
            strings = names_of(items)
            return strings[0] if strings else None
    return None


@dataclass
class AggregateHead:
    """CREATE AGGREGATE: the aggregate (its result the state type until the final
    function is looked up) and its final function's name and extra-argument flag."""

    function: Function
    stype: str
    sfunc: list[str]
    finalfunc: Optional[list[str]]
    finalfunc_extra: bool
    or_replace: bool


def read_create_aggregate(stmt: dict, env: Env, default_schema: str, path: str, line: int) -> AggregateHead:
    """DefineStmt(kind=OBJECT_AGGREGATE), new style `name (args) (options)` or old
    style `name (BASETYPE = t, ...)` (pg_aggregate.c, DefineAggregate)."""
    schema, name = qualified(names_of(stmt["defnames"]), default_schema)
    options: dict[str, dict] = {}
    for opt in stmt.get("definition") or ():
        d = opt["DefElem"]
        options[d["defname"].lower()] = d
    args = stmt.get("args")
    if args is not None:
        arg_list = args[0].get("List", {}).get("items", []) if args and args[0] else []
        params = read_params(arg_list, env, "aggregate")
        for p in params:
            if p.mode in (OUT, INOUT):
                raise PgRejected("aggregates cannot have output arguments")
    else:
        base = options.get("basetype")
        if base is None:
            raise PgRejected("aggregate input type must be specified")
        bt = base.get("arg")
        written = (
            names_of(bt["TypeName"].get("names"))
            if bt and "TypeName" in bt
            else ([bt["String"]["sval"]] if bt and "String" in bt else [])
        )
        if [n.lower() for n in written] in (["any"], ["pg_catalog", "any"]):
            params = []
        else:
            params = [Param(None, IN, _option_type(bt, env), False)]
    if "stype" not in options:
        raise PgRejected("aggregate stype must be specified")
    if "sfunc" not in options:
        raise PgRejected("aggregate sfunc must be specified")
    stype = _option_type(options["stype"].get("arg"), env)
    sfunc = _option_name(options["sfunc"].get("arg"))
    ff = options.get("finalfunc")
    finalfunc = _option_name(ff.get("arg")) if ff is not None else None
    fn = Function(
        schema=schema,
        name=name,
        params=tuple(params),
        kind="aggregate",
        returns=stype,
        returns_set=False,
        volatility="immutable",  # pg_aggregate.c: not used, always recorded as immutable
        path=path,
        line=line,
    )
    return AggregateHead(fn, stype, sfunc, finalfunc or None, "finalfunc_extra" in options, bool(stmt.get("replace")))


def _option_type(arg, env: Env) -> str:
    """A type given as an aggregate option: `int4`, `numeric[]` or the string '_int4'."""
    if arg is None:
        raise PgRejected("aggregate option requires a type")
    if "TypeName" in arg:
        return type_text(arg["TypeName"], env)
    if "String" in arg:
        return named_type([arg["String"]["sval"]], env)
    raise PgRejected("cannot read an aggregate type")


def _option_name(arg) -> list[str]:
    if arg is None:
        return []
    if "TypeName" in arg:
        return names_of(arg["TypeName"].get("names"))
    if "String" in arg:
        return [arg["String"]["sval"]]
    if "List" in arg:
        return names_of(arg["List"].get("items"))
    return []


def builtin_final_result(name: str, stype: str) -> Optional[str]:
    """The result type of the built-in final function `name` taking the state type
    first (its other arguments, an ordered-set aggregate's direct ones or
    FINALFUNC_EXTRA's, follow), or None when unknown or polymorphic."""
    results = {
        ret for (fname, fargs), ret in _FINALS_BY_NAME.get(name, ()) if fargs and fargs[0] in (stype, "internal")
    }
    if len(results) != 1:
        return None
    ret = results.pop()
    return None if ret.startswith("any") else ret


_FINALS_BY_NAME: dict[str, list] = {}
for _key, _ret in BUILTIN_FINAL_FUNCTIONS.items():
    _FINALS_BY_NAME.setdefault(_key[0], []).append((_key, _ret))


def routine_ref_params(owa: dict, env: Env) -> tuple[Optional[list[Param]], bool]:
    """An ObjectWithArgs' argument list → (params or None when unspecified, has_modes)."""
    if owa.get("args_unspecified"):
        return None, False
    params = []
    has_modes = False
    for node in owa.get("objfuncargs") or ():
        fp = node["FunctionParameter"]
        m = fp.get("mode", "FUNC_PARAM_DEFAULT")
        has_modes = has_modes or m != "FUNC_PARAM_DEFAULT"
        params.append(Param(fp.get("name") or None, _MODES.get(m, IN), type_text(fp["argType"], env), False))
    if not params and owa.get("objargs"):
        params = [Param(None, IN, type_text(t["TypeName"], env), False) for t in owa["objargs"]]
    return params, has_modes


def const_text(node) -> Optional[str]:
    """The value of an A_Const string / identifier in SET and similar places."""
    c = node.get("A_Const")
    if c is not None:
        if "sval" in c:
            return c["sval"].get("sval", "")
        if "ival" in c:
            return str(c["ival"].get("ival", 0))
        return None
    return None
