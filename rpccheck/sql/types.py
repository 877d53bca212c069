"""Type names as PostgreSQL's format_type() prints them for a routine argument.

pg_proc stores type OIDs without typmods, so `VARCHAR(50)` is `character varying`,
`DECIMAL(8,4)` is `numeric`, and array dimensions vanish (`int[][]` is
`integer[]`). Built-in types print in their SQL-standard spelling; other types
print unqualified when their schema is on the (default) search_path, i.e. `public`.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from .lexer import IDENT, NUMBER, OP, QIDENT, Token, is_name, matching_paren

# single-word spellings of built-in types → format_type() output
_BUILTIN = {
    "int": "integer", "int4": "integer", "integer": "integer",
    "int2": "smallint", "smallint": "smallint",
    "int8": "bigint", "bigint": "bigint",
    "real": "real", "float4": "real",
    "float8": "double precision", "float": "double precision",
    "numeric": "numeric", "decimal": "numeric", "dec": "numeric",
    "bool": "boolean", "boolean": "boolean",
    "varchar": "character varying",
    "char": "character", "character": "character", "bpchar": "character", "nchar": "character",
    "timestamptz": "timestamp with time zone",
    "timestamp": "timestamp without time zone",
    "timetz": "time with time zone",
    "time": "time without time zone",
    "varbit": "bit varying", "bit": "bit",
    "interval": "interval",
}
# types whose name format_type() prints as is (a non-exhaustive list is fine: any
# other unqualified name is printed as written, which is also what PostgreSQL does)
_CATALOG = frozenset(
    """text uuid json jsonb xml bytea date money inet cidr macaddr macaddr8 oid regclass regproc
    regprocedure regtype regrole regnamespace regoper regoperator regconfig regdictionary name
    tsvector tsquery point line lseg box path polygon circle int4range int8range numrange tsrange
    tstzrange daterange int4multirange int8multirange nummultirange tsmultirange tstzmultirange
    datemultirange record void trigger event_trigger anyelement anyarray anynonarray anyenum
    anyrange anymultirange anycompatible anycompatiblearray anycompatiblenonarray anycompatiblerange
    cstring internal language_handler fdw_handler index_am_handler tsm_handler table_am_handler
    pg_lsn pg_snapshot txid_snapshot jsonpath refcursor xid xid8 cid tid oidvector int2vector
    aclitem pg_node_tree gtsvector unknown""".split()
)
# the pg_catalog names under their SQL spellings (used for pg_catalog.x and "x")
_SPECIAL_QUOTED = {"char": '"char"'}

_TIME_WORDS = ("time", "timestamp")
_INTERVAL_FIELDS = frozenset({"year", "month", "day", "hour", "minute", "second", "to"})

_SAFE_IDENT = re.compile(r"[a-z_][a-z0-9_$]*\Z")
# reserved words that quote_ident() quotes (enough for type names in practice)
_RESERVED = frozenset(
    """all analyse analyze and any array as asc asymmetric both case cast check collate column
    constraint create current_catalog current_date current_role current_time current_timestamp
    current_user default deferrable desc distinct do else end except false fetch for foreign from
    grant group having in initially intersect into lateral leading limit localtime localtimestamp
    not null offset on only or order placing primary references returning select session_user some
    symmetric table then to trailing true union unique user using variadic when where window with""".split()
)


def quote_ident(name: str) -> str:
    if _SAFE_IDENT.match(name) and name not in _RESERVED:
        return name
    return '"' + name.replace('"', '""') + '"'


class TypeSyntaxError(ValueError):
    pass


# Callback resolving `table.column%TYPE` (name parts) → canonical type or None.
ColumnTypeResolver = Callable[[list[str]], Optional[str]]
# Callback qualifying an unqualified user type name → schema or None.
TypeSchemaResolver = Callable[[str], Optional[str]]


def parse_type(
    tokens: list[Token],
    i: int = 0,
    column_type: ColumnTypeResolver | None = None,
    type_schema: TypeSchemaResolver | None = None,
) -> tuple[str, int]:
    """Read one type name starting at tokens[i]; return (format_type text, next index).

    Raises TypeSyntaxError when tokens[i] does not start a type.
    """
    n = len(tokens)
    if i >= n or not is_name(tokens[i]):
        raise TypeSyntaxError("expected a type name")
    first = tokens[i]
    word = first.value if first.kind == IDENT else None
    base: str
    if word == "double" and i + 1 < n and tokens[i + 1].is_word("precision"):
        base, i = "double precision", i + 2
    elif word in ("character", "char", "nchar", "national", "bit", "varchar"):
        if word == "national":
            if i + 1 < n and tokens[i + 1].is_word("character", "char"):
                i += 1
            else:
                raise TypeSyntaxError("expected CHARACTER after NATIONAL")
            word = "character"
        i += 1
        if word != "varchar" and i < n and tokens[i].is_word("varying"):
            base = "bit varying" if word == "bit" else "character varying"
            i += 1
        else:
            base = _BUILTIN[word]
        i = _skip_typmod(tokens, i)
    elif word in _TIME_WORDS:
        i = _skip_typmod(tokens, i + 1)
        tz = False
        if i + 2 < n and tokens[i].is_word("with", "without") and tokens[i + 1].is_word("time") and tokens[i + 2].is_word("zone"):
            tz = tokens[i].value == "with"
            i += 3
        base = f"{word} with time zone" if tz else f"{word} without time zone"
    elif word == "interval":
        i += 1
        while i < n and tokens[i].kind == IDENT and tokens[i].value in _INTERVAL_FIELDS:
            i += 1
        i = _skip_typmod(tokens, i)
        base = "interval"
    elif word == "float" and i + 1 < n and tokens[i + 1].kind == OP and tokens[i + 1].value == "(":
        close = matching_paren(tokens, i + 1)
        if close < 0:
            raise TypeSyntaxError("unbalanced parentheses in type")
        inner = tokens[i + 2 : close]
        if len(inner) != 1 or inner[0].kind != NUMBER:
            raise TypeSyntaxError("FLOAT precision must be a number")
        p = int(inner[0].value)
        base = "real" if 1 <= p <= 24 else "double precision"
        i = close + 1
    else:
        parts = [first]
        i += 1
        while i + 1 < n and tokens[i].kind == OP and tokens[i].value == "." and is_name(tokens[i + 1]):
            parts.append(tokens[i + 1])
            i += 2
        if i + 1 < n and tokens[i].kind == OP and tokens[i].value == "%" and tokens[i + 1].is_word("type"):
            names = [t.value for t in parts]
            resolved = column_type(names) if column_type else None
            base = resolved or ".".join(quote_ident(x) for x in names) + "%TYPE"
            i += 2
        else:
            base = _named_type(parts, type_schema)
            i = _skip_typmod(tokens, i)
    # array decorations: [] / [n] (repeated) or ARRAY / ARRAY[n]
    is_array = False
    if i < n and tokens[i].is_word("array"):
        is_array = True
        i += 1
        if i < n and tokens[i].kind == OP and tokens[i].value == "[":
            i = _skip_brackets(tokens, i)
    while i < n and tokens[i].kind == OP and tokens[i].value == "[":
        is_array = True
        i = _skip_brackets(tokens, i)
    if is_array and not base.endswith("[]"):
        base += "[]"
    return base, i


def _named_type(parts: list[Token], type_schema: TypeSchemaResolver | None) -> str:
    names = [t.value for t in parts]
    if len(names) == 3:  # database.schema.type: the database part is dropped
        names = names[1:]
    if len(names) == 2:
        schema, name = names
        if schema == "pg_catalog":
            return _catalog_name(name, parts[-1].kind == QIDENT)
        if schema == "public":
            return quote_ident(name)
        return f"{quote_ident(schema)}.{quote_ident(name)}"
    (name,) = names
    if parts[0].kind == IDENT:
        if name in _BUILTIN:
            return _BUILTIN[name]
        if name in _CATALOG:
            return name
    elif name in _INTERNAL or name in _SPECIAL_QUOTED:
        return _catalog_name(name, True)
    elif name in _CATALOG:
        return name
    schema = type_schema(name) if type_schema else None
    if schema and schema not in ("public", "pg_catalog"):
        return f"{quote_ident(schema)}.{quote_ident(name)}"
    return quote_ident(name)


def _catalog_name(name: str, quoted: bool) -> str:
    if name in _SPECIAL_QUOTED:
        return _SPECIAL_QUOTED[name]
    return _INTERNAL.get(name, quote_ident(name))


# pg_catalog's own names of the built-in types (`pg_catalog.int4`, `"bpchar"`)
_INTERNAL = {
    "int4": "integer", "int2": "smallint", "int8": "bigint", "float4": "real",
    "float8": "double precision", "bool": "boolean", "varchar": "character varying",
    "bpchar": "character", "timestamptz": "timestamp with time zone",
    "timestamp": "timestamp without time zone", "timetz": "time with time zone",
    "time": "time without time zone", "varbit": "bit varying", "numeric": "numeric",
    "interval": "interval", "bit": "bit",
}


def _skip_typmod(tokens: list[Token], i: int) -> int:
    if i < len(tokens) and tokens[i].kind == OP and tokens[i].value == "(":
        close = matching_paren(tokens, i)
        if close < 0:
            raise TypeSyntaxError("unbalanced parentheses in type")
        return close + 1
    return i


def _skip_brackets(tokens: list[Token], i: int) -> int:
    j = i + 1
    while j < len(tokens) and not (tokens[j].kind == OP and tokens[j].value == "]"):
        j += 1
    if j >= len(tokens):
        raise TypeSyntaxError("unbalanced brackets in type")
    return j + 1


def normalize_type_tokens(tokens: list[Token], **resolvers) -> str:
    """The whole token list must be one type."""
    text, i = parse_type(tokens, 0, **resolvers)
    if i != len(tokens):
        raise TypeSyntaxError(f"unexpected {tokens[i].value!r} after type {text}")
    return text


def is_json_type(type_text: str) -> bool:
    return type_text in ("json", "jsonb")
