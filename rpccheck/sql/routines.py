"""`CREATE [OR REPLACE] FUNCTION|PROCEDURE` statements → `Function` records.

The header (name and parameter list) goes through sqlglot, which understands most
of it. sqlglot 30 rejects or degrades some valid forms (`= default`, `%TYPE`,
unnamed parameters, `bit varying`, `interval(3)`, some option orders); whenever its
answer is not a complete, well-formed parameter list, the parameters are read from
PostgreSQL tokens here instead. Types from either path go through types.py so they
print as format_type() does. Return type and options are read from tokens.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Optional

from ..model import IN, INOUT, OUT, TABLE, VARIADIC, Function, Param
from . import types as sqltypes
from .lexer import IDENT, OP, STRING, LexError, Token, is_name, matching_paren, split_top_level, tokenize
from .types import TypeSyntaxError, parse_type

_MODES = {"in": IN, "out": OUT, "inout": INOUT, "variadic": VARIADIC}
_VOLATILITY = ("immutable", "stable", "volatile")


class RoutineSyntaxError(ValueError):
    def __init__(self, message: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass
class Resolvers:
    """What type normalisation may need from the rest of the SQL."""

    column_type: Optional[sqltypes.ColumnTypeResolver] = None
    type_schema: Optional[sqltypes.TypeSchemaResolver] = None

    def kwargs(self) -> dict:
        return {"column_type": self.column_type, "type_schema": self.type_schema}


@dataclass
class Header:
    """What the token scan learns about a routine before anyone parses parameters."""

    kind: str
    name_parts: list[str]
    param_groups: list[list[Token]]
    table_groups: list[list[Token]] | None
    returns: str
    returns_set: bool
    volatility: str
    window: bool
    header_end: int  # offset in the text just after RETURNS ... (or after the parameter list)
    params_close: int = 0
    extras: dict = field(default_factory=dict)


def _routine_name(toks: list[Token], i: int) -> tuple[list[str], int]:
    """`a.b` (quoted or not) at toks[i] → (parts, next index); [] when there is no name."""
    parts: list[str] = []
    while i < len(toks) and is_name(toks[i]):
        parts.append(toks[i].value)
        i += 1
        if i < len(toks) and toks[i].kind == OP and toks[i].value == ".":
            i += 1
            continue
        break
    return parts, i


def read_header(text: str, start: int, end: int, resolvers: Resolvers) -> Header:
    toks = _header_tokens(text, start, end)
    i = 1  # tokens[0] is CREATE
    if i < len(toks) and toks[i].is_word("or"):
        i += 2  # OR REPLACE
    if i >= len(toks) or not toks[i].is_word("function", "procedure"):
        raise RoutineSyntaxError("expected FUNCTION or PROCEDURE")
    kind = toks[i].value
    i += 1
    parts, i = _routine_name(toks, i)
    if not parts:
        raise RoutineSyntaxError("expected a routine name", toks[i].start if i < len(toks) else None)
    if i >= len(toks) or not (toks[i].kind == OP and toks[i].value == "("):
        raise RoutineSyntaxError("expected ( after the routine name", toks[i].start if i < len(toks) else None)
    close = matching_paren(toks, i)
    if close < 0:
        raise RoutineSyntaxError("unbalanced parentheses in the parameter list", toks[i].start)
    groups = split_top_level(toks[i + 1 : close])
    params_close = toks[close].end
    j = close + 1
    header_end = params_close
    returns, returns_set, table_groups = None, False, None
    if j < len(toks) and toks[j].is_word("returns") and not _is_null_on_null(toks, j + 1):
        j += 1
        if j < len(toks) and toks[j].is_word("setof"):
            returns_set = True
            j += 1
        if j + 1 < len(toks) and toks[j].is_word("table") and toks[j + 1].kind == OP and toks[j + 1].value == "(":
            tclose = matching_paren(toks, j + 1)
            if tclose < 0:
                raise RoutineSyntaxError("unbalanced parentheses in RETURNS TABLE", toks[j].start)
            table_groups = split_top_level(toks[j + 2 : tclose])
            returns, returns_set = "record", True
            j = tclose + 1
        else:
            try:
                returns, j = parse_type(toks, j, **resolvers.kwargs())
            except TypeSyntaxError as e:
                raise RoutineSyntaxError(f"cannot read the return type: {e}", toks[j].start if j < len(toks) else None) from None
        header_end = toks[j - 1].end
    volatility, window = "volatile", False
    extras: dict = {}
    depth = 0
    k = j
    while k < len(toks):
        t = toks[k]
        if t.kind == OP:
            depth += t.value == "("
            depth -= t.value == ")"
        elif depth == 0 and t.kind == IDENT:
            if t.value in _VOLATILITY:
                volatility = t.value
            elif t.value == "window":
                window = True
            elif t.value in ("strict", "called") or (t.value == "returns" and _is_null_on_null(toks, k + 1)):
                extras["strict"] = t.value != "called"  # STRICT = RETURNS NULL ON NULL INPUT; CALLED ON NULL INPUT
            elif t.value == "set":  # SET param {TO|=} value, ...  /  SET param FROM CURRENT
                k = _skip_set_clause(toks, k)
                continue
        k += 1
    return Header(kind, parts, groups, table_groups, returns or "", returns_set, volatility, window,
                  header_end, params_close, extras)


def _header_tokens(text: str, start: int, end: int) -> list[Token]:
    """Tokens of the statement, without the SQL-standard body (BEGIN ATOMIC / RETURN)."""
    toks: list[Token] = []
    depth = 0
    seen_params = False
    try:
        for t in tokenize(text, start, end):
            if t.kind == OP:
                if t.value == "(":
                    depth += 1
                elif t.value == ")":
                    depth -= 1
                    if depth == 0:
                        seen_params = True
                elif t.value == ";" and depth == 0:
                    break
            elif seen_params and depth == 0 and t.kind == IDENT and t.value in ("begin", "return"):
                break
            toks.append(t)
    except LexError as e:
        if not seen_params:
            raise RoutineSyntaxError(str(e), e.offset) from None
        # something odd after the header (e.g. in an unquoted body); the header is complete
    return toks


def _is_null_on_null(toks: list[Token], j: int) -> bool:
    return j + 1 < len(toks) and toks[j].is_word("null") and toks[j + 1].is_word("on")


def _skip_set_clause(toks: list[Token], k: int) -> int:
    """Skip `SET name {TO|=} value[, value...]` or `SET name FROM CURRENT`."""
    k += 1
    while k < len(toks) and (is_name(toks[k]) or (toks[k].kind == OP and toks[k].value == ".")):
        if toks[k].is_word("to", "from"):
            break
        k += 1
    if k < len(toks) and toks[k].is_word("from"):
        return k + 2
    k += 1  # TO or =
    while k < len(toks):
        k += 1  # a value
        if k < len(toks) and toks[k].kind == OP and toks[k].value == ",":
            k += 1
            continue
        break
    return k


def params_from_tokens(groups: list[list[Token]], resolvers: Resolvers, mode_default: str = IN) -> list[Param]:
    """PostgreSQL's func_arg: [mode] [name] type [{DEFAULT | =} expr], or name mode type."""
    params = []
    for g in groups:
        if not g:
            raise RoutineSyntaxError("empty parameter")
        toks = list(g)
        mode = mode_default
        if mode_default != TABLE and len(toks) > 1 and toks[0].kind == IDENT and toks[0].value in _MODES:
            mode = _MODES[toks[0].value]
            toks = toks[1:]
        has_default = False
        depth = 0
        for idx, t in enumerate(toks):
            if t.kind == OP and t.value in ("(", "["):
                depth += 1
            elif t.kind == OP and t.value in (")", "]"):
                depth -= 1
            elif depth == 0 and idx > 0 and (t.is_word("default") or (t.kind == OP and t.value == "=")):
                toks, has_default = toks[:idx], True
                break
        name = None
        try:
            typ = sqltypes.normalize_type_tokens(toks, **resolvers.kwargs())
        except TypeSyntaxError:
            if not is_name(toks[0]) or len(toks) < 2:
                raise RoutineSyntaxError(f"cannot read parameter {_text(g)!r}", g[0].start) from None
            name = toks[0].value
            rest = toks[1:]
            if mode_default != TABLE and mode == IN and len(rest) > 1 and rest[0].kind == IDENT and rest[0].value in _MODES:
                mode = _MODES[rest[0].value]
                rest = rest[1:]
            try:
                typ = sqltypes.normalize_type_tokens(rest, **resolvers.kwargs())
            except TypeSyntaxError as e:
                raise RoutineSyntaxError(f"cannot read the type of parameter {name!r}: {e}", g[0].start) from None
        params.append(Param(name, mode, typ, has_default and mode in (IN, INOUT, VARIADIC)))
    return params


def aggregate_arg_groups(inner: list[Token]) -> list[list[Token]]:
    """An argument list's items; for aggregates, `*` is none and the arguments after
    ORDER BY (an ordered-set aggregate's) count like the others."""
    if len(inner) == 1 and inner[0].kind == OP and inner[0].value == "*":
        return []
    depth = 0
    for k, t in enumerate(inner):
        if t.kind == OP and t.value in ("(", "["):
            depth += 1
        elif t.kind == OP and t.value in (")", "]"):
            depth -= 1
        elif depth == 0 and t.is_word("order") and k + 1 < len(inner) and inner[k + 1].is_word("by"):
            return split_top_level(inner[:k]) + split_top_level(inner[k + 2 :])
    return split_top_level(inner)


def _text(toks: list[Token]) -> str:
    return " ".join(t.value for t in toks)


_sqlglot = None


def _load_sqlglot():
    """sqlglot costs ~100 ms to import: only pay for it when a routine is read."""
    global _sqlglot
    if _sqlglot is None:
        import sqlglot
        from sqlglot import exp
        from sqlglot.dialects.postgres import Postgres

        logging.getLogger("sqlglot").setLevel(logging.ERROR)
        D = exp.DataType.Type
        direct = {
            D.INT: "integer", D.SMALLINT: "smallint", D.BIGINT: "bigint", D.FLOAT: "real",
            D.DOUBLE: "double precision", D.DECIMAL: "numeric", D.VARCHAR: "character varying",
            D.CHAR: "character", D.BPCHAR: "character", D.TEXT: "text", D.BOOLEAN: "boolean",
            D.TIMESTAMPTZ: "timestamp with time zone", D.TIMESTAMP: "timestamp without time zone",
            D.TIME: "time without time zone", D.TIMETZ: "time with time zone", D.DATE: "date",
            D.UUID: "uuid", D.JSON: "json", D.JSONB: "jsonb", D.XML: "xml", D.INET: "inet",
            D.MONEY: "money", D.NAME: "name", D.VARBINARY: "bytea",
        }
        # typmods that pg_proc drops anyway; any other parameterised type goes through text
        typmod_free = {D.VARCHAR, D.CHAR, D.BPCHAR, D.DECIMAL, D.TIMESTAMP, D.TIMESTAMPTZ, D.TIME, D.TIMETZ}
        _sqlglot = (sqlglot, exp, Postgres(), direct, typmod_free)
    return _sqlglot


def params_from_sqlglot(text: str, start: int, h: Header, resolvers: Resolvers) -> list[Param] | None:
    """Parameters (and TABLE columns) as sqlglot reads the header; None when its
    reading is incomplete or degraded, so the caller falls back to the tokens."""
    sqlglot, exp, dialect, _, _ = _load_sqlglot()
    head = text[start : h.header_end]
    if h.kind == "procedure" or not h.returns:
        head = text[start : h.params_close] + " RETURNS void"
    try:
        tree = sqlglot.parse_one(head + " AS ''", read=dialect)
    except Exception:
        return None
    if not isinstance(tree, exp.Create) or not isinstance(tree.this, exp.UserDefinedFunction):
        return None
    udf = tree.this
    name = udf.this
    if not isinstance(name, exp.Table) or _ident(name.this) != h.name_parts[-1]:
        return None
    defs = list(udf.expressions)
    if len(defs) != len(h.param_groups):
        return None
    params = _columns(defs, resolvers, IN)
    if params is None:
        return None
    if h.table_groups is not None:
        ret = tree.find(exp.ReturnsProperty)
        schema = ret.this if ret is not None else None
        if not isinstance(schema, exp.Schema) or len(schema.expressions) != len(h.table_groups):
            return None
        cols = _columns(list(schema.expressions), resolvers, TABLE)
        if cols is None:
            return None
        params += cols
    return params


def _ident(node) -> str | None:
    _, exp, _, _, _ = _load_sqlglot()
    if not isinstance(node, exp.Identifier):
        return None
    return node.this if node.quoted else node.this.translate(_LOWER)


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _datatype_text(dt, resolvers: Resolvers) -> str | None:
    """format_type() text of a sqlglot DataType, or None when it cannot be trusted."""
    _, exp, dialect, direct, typmod_free = _load_sqlglot()
    kind = dt.this
    params = dt.expressions
    if kind == exp.DataType.Type.ARRAY and len(params) == 1 and isinstance(params[0], exp.DataType):
        inner = _datatype_text(params[0], resolvers)
        return None if inner is None else inner.removesuffix("[]") + "[]"
    if kind in direct and (not params or kind in typmod_free) and not dt.args.get("nested"):
        return direct[kind]
    try:
        toks = list(tokenize(dt.sql(dialect=dialect)))
        return sqltypes.normalize_type_tokens(toks, **resolvers.kwargs())
    except (LexError, TypeSyntaxError):
        return None


def _columns(defs, resolvers: Resolvers, mode_default: str) -> list[Param] | None:
    _, exp, _, _, _ = _load_sqlglot()
    out = []
    for d in defs:
        if not isinstance(d, exp.ColumnDef) or not isinstance(d.args.get("kind"), exp.DataType):
            return None
        name = _ident(d.this)
        if name is None:
            return None
        mode = mode_default
        has_default = False
        for c in d.args.get("constraints") or []:
            if isinstance(c, exp.InOutColumnConstraint):
                if c.args.get("variadic"):
                    mode = VARIADIC
                elif c.args.get("input_") and c.args.get("output"):
                    mode = INOUT
                elif c.args.get("output"):
                    mode = OUT
                else:
                    mode = IN
            elif isinstance(c, exp.ColumnConstraint) and isinstance(c.args.get("kind"), exp.DefaultColumnConstraint):
                has_default = True
            else:
                return None
        if mode_default == TABLE and mode != TABLE:
            return None
        typ = _datatype_text(d.args["kind"], resolvers)
        if typ is None:
            return None
        out.append(Param(name, mode, typ, has_default and mode in (IN, INOUT, VARIADIC)))
    return out


def build_function(
    text: str,
    start: int,
    end: int,
    *,
    default_schema: str,
    path: str,
    line: int,
    resolvers: Resolvers,
    use_sqlglot: bool = True,
) -> Function:
    h = read_header(text, start, end, resolvers)
    params = params_from_sqlglot(text, start, h, resolvers) if use_sqlglot else None
    if params is None:
        params = params_from_tokens(h.param_groups, resolvers)
        if h.table_groups is not None:
            params += params_from_tokens(h.table_groups, resolvers, TABLE)
    if h.table_groups is not None and any(p.mode in (OUT, INOUT) for p in params):
        raise RoutineSyntaxError("OUT and INOUT arguments aren't allowed in TABLE functions")
    if len(h.name_parts) > 3:
        raise RoutineSyntaxError("improper qualified name (too many dotted names)")
    name = h.name_parts[-1]
    schema = h.name_parts[-2] if len(h.name_parts) >= 2 else default_schema
    returns, returns_set = h.returns, h.returns_set
    if h.table_groups is not None:
        columns = [p for p in params if p.mode == TABLE]
        if len(columns) == 1:  # RETURNS TABLE (x int) is RETURNS SETOF int, like one OUT parameter
            returns = columns[0].type
    if h.kind == "procedure":
        outs = [p for p in params if p.mode in (OUT, INOUT)]
        returns = "record" if outs else "void"
        kind = "procedure"
    else:
        kind = "window" if h.window else "function"
        if not returns:
            outs = [p for p in params if p.mode in (OUT, INOUT)]
            if not outs:
                raise RoutineSyntaxError("function result type must be specified")
            returns = outs[0].type if len(outs) == 1 else "record"
    return Function(
        schema=schema,
        name=name,
        params=tuple(params),
        kind=kind,
        returns=returns,
        returns_set=returns_set,
        volatility=h.volatility,
        path=path,
        line=line,
        strict=h.extras.get("strict", False),
    )


@dataclass
class AggregateHead:
    """What CREATE AGGREGATE says: the aggregate (its result the state type until the
    final function is looked up) and the final function's name, when one is given."""

    function: Function
    stype: str
    finalfunc: Optional[list[str]]


def build_aggregate(
    text: str, start: int, end: int, *, default_schema: str, path: str, line: int, resolvers: Resolvers
) -> AggregateHead:
    """CREATE [OR REPLACE] AGGREGATE name (args) (SFUNC = f, STYPE = t [, FINALFUNC = g] ...),
    or the old form CREATE AGGREGATE name (BASETYPE = t, SFUNC = f, STYPE = t ...)."""
    try:
        toks = list(tokenize(text, start, end))
    except LexError as e:
        raise RoutineSyntaxError(str(e), e.offset) from None
    while toks and toks[-1].kind == OP and toks[-1].value == ";":
        toks.pop()
    i = 1
    if i < len(toks) and toks[i].is_word("or"):
        i += 2
    if i >= len(toks) or not toks[i].is_word("aggregate"):
        raise RoutineSyntaxError("expected AGGREGATE")
    i += 1
    parts, i = _routine_name(toks, i)
    if not parts or len(parts) > 3:
        raise RoutineSyntaxError("expected an aggregate name", toks[i].start if i < len(toks) else None)
    groups = []
    while i < len(toks) and toks[i].kind == OP and toks[i].value == "(":
        close = matching_paren(toks, i)
        if close < 0:
            raise RoutineSyntaxError("unbalanced parentheses", toks[i].start)
        groups.append(toks[i + 1 : close])
        i = close + 1
    if i < len(toks) or len(groups) not in (1, 2):
        raise RoutineSyntaxError("expected (arguments) (options) after the aggregate name",
                                 toks[i].start if i < len(toks) else None)
    options: dict[str, list[Token]] = {}
    for item in split_top_level(groups[-1]):
        if not item or not is_name(item[0]):
            raise RoutineSyntaxError("cannot read an aggregate option", item[0].start if item else None)
        value = item[2:] if len(item) > 1 and item[1].kind == OP and item[1].value == "=" else []
        options[item[0].value.lower()] = value
    if "stype" not in options or "sfunc" not in options:
        raise RoutineSyntaxError("aggregate stype and sfunc must be specified")
    if len(groups) == 2:
        params = params_from_tokens(aggregate_arg_groups(groups[0]), resolvers)
    else:
        base = options.get("basetype")
        if not base:
            raise RoutineSyntaxError("aggregate input type must be specified")
        if len(base) == 1 and base[0].value.lower() == "any":
            params = []
        else:
            params = [Param(None, IN, _option_type(base, resolvers), False)]
    stype = _option_type(options["stype"], resolvers)
    finalfunc = None
    ff = options.get("finalfunc")
    if ff:
        if len(ff) == 1 and ff[0].kind == STRING:
            ff = list(tokenize(ff[0].value))
        finalfunc = [t.value for t in ff if is_name(t)]
    fn = Function(
        schema=parts[-2] if len(parts) >= 2 else default_schema,
        name=parts[-1],
        params=tuple(params),
        kind="aggregate",
        returns=stype,
        returns_set=False,
        volatility="immutable",  # pg_aggregate.c: not used, always recorded as immutable
        path=path,
        line=line,
    )
    return AggregateHead(fn, stype, finalfunc or None)


def _option_type(value: list[Token], resolvers: Resolvers) -> str:
    """A type given as an aggregate option: `int4`, `numeric[]` or the string '_int4'."""
    try:
        if len(value) == 1 and value[0].kind == STRING:
            value = list(tokenize(value[0].value))
        return sqltypes.normalize_type_tokens(value, **resolvers.kwargs())
    except (LexError, TypeSyntaxError) as e:
        raise RoutineSyntaxError(f"cannot read an aggregate type: {e}", value[0].start if value else None) from None
