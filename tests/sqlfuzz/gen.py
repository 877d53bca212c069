"""Generate SQL batches from PostgreSQL 15's grammar for routine headers.

Covers gram.y's CreateFunctionStmt (func_args_with_defaults, func_arg with every
arg_class order, func_type with %TYPE and array decorations, func_return, RETURNS
TABLE, createfunc_opt_list with createfunc_opt_item in any order, opt_routine_body),
CREATE PROCEDURE and CREATE AGGREGATE (old and new style, ordered-set and
hypothetical-set), and the DDL that changes what a routine's types print as or
whether it exists: schemas, types, domains, tables, views, ALTER ... RENAME / SET
SCHEMA, ALTER TABLE ADD COLUMN, DROP, SET search_path. Between any two tokens goes
whitespace, a line comment or a (nested) block comment; identifiers come in every
form (folded, quoted, upper case, keywords, `$`, non-ASCII, U& escapes, longer
than NAMEDATALEN).

Some statements are deliberately ones PostgreSQL rejects (a default before a
parameter without one, VARIADIC not last, `serial` as a parameter type, a RETURNS
that contradicts the OUT parameters, a replacement that changes the OUT row type, a
DROP of several routines one of which is missing). What is never generated: what
rpccheck is not meant to know, like a type that no statement creates or a body
PostgreSQL would refuse (bodies are not validated: `check_function_bodies` is off,
as in pg_dump's output).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# -- identifiers ------------------------------------------------------------------

_PLAIN_WORDS = ["alpha", "beta", "gamma", "delta", "item", "total", "name", "value", "kind", "score", "amount"]
# non-reserved and column-name keywords usable as names (quoted or not)
_KEYWORD_NAMES = [
    "position",
    "int",
    "text",
    "json",
    "value",
    "type",
    "name",
    "returns",
    "language",
    "setof",
    "table",
    "window",
    "default",
    "out",
    "inout",
    "variadic",
    "in",
]
_UNRESERVED_OK = {"value", "type", "name", "returns", "language", "text"}


def ident(rng: random.Random, base: str) -> tuple[str, str]:
    """(SQL spelling, the name PostgreSQL records) for a fresh identifier."""
    r = rng.random()
    if r < 0.45:
        return base, base
    if r < 0.55:
        return base.upper(), base  # folded
    if r < 0.65:
        n = base.capitalize() + "X"
        return f'"{n}"', n  # quoted, mixed case
    if r < 0.70:
        n = base + "$v"
        return n, n  # $ inside an unquoted identifier
    if r < 0.75:
        n = base + "_café"
        return n, n  # non-ASCII letter, unquoted
    if r < 0.80:
        n = "ü" + base
        return '"' + n + '"', n
    if r < 0.85:
        # U&"..." with an escape, sometimes with UESCAPE
        if rng.random() < 0.5:
            return 'U&"' + base[0] + "\\0061" + base[1:] + '"', base[0] + "a" + base[1:]
        return 'U&"' + base[0] + "!0061" + base[1:] + "\" UESCAPE '!'", base[0] + "a" + base[1:]
    if r < 0.90:
        long = (base + "_") * (70 // (len(base) + 1) + 1)
        long = long[:70]
        return long, long[:63]  # NAMEDATALEN truncation
    if r < 0.93:
        long = ("é" + base) * 12
        enc = long.encode("utf-8")[:63]
        return long, enc.decode("utf-8", "ignore")  # truncated on a character boundary
    if r < 0.96:
        n = base + ' "q"'
        return '"' + n.replace('"', '""') + '"', n
    return f'"{base}.dot"', f"{base}.dot"


# -- types ------------------------------------------------------------------------

# (SQL spelling, kind): kind says which defaults fit
_BUILTIN_TYPES = [
    ("int", "int"),
    ("integer", "int"),
    ("int4", "int"),
    ("INT8", "int"),
    ("bigint", "int"),
    ("smallint", "int"),
    ("int2", "int"),
    ("numeric(10, 2)", "int"),
    ("decimal", "int"),
    ("dec(3)", "int"),
    ("real", "int"),
    ("float", "int"),
    ("float(3)", "int"),
    ("float(30)", "int"),
    ("double precision", "int"),
    ("float8", "int"),
    ("text", "text"),
    ("varchar(20)", "text"),
    ("character varying", "text"),
    ("char(3)", "text"),
    ("character", "text"),
    ("national character varying(4)", "text"),
    ("nchar", "text"),
    ("bpchar", "text"),
    ("bit", "none"),
    ("bit varying(5)", "none"),
    ("varbit", "none"),
    ("boolean", "bool"),
    ("bool", "bool"),
    ("date", "none"),
    ("time", "none"),
    ("time(3) with time zone", "none"),
    ("timetz", "none"),
    ("time without time zone", "none"),
    ("timestamp", "none"),
    ("timestamp(3) with time zone", "none"),
    ("timestamptz", "none"),
    ("timestamp without time zone", "none"),
    ("interval", "none"),
    ("interval day to second", "none"),
    ("interval year", "none"),
    ("interval(2)", "none"),
    ("interval minute to second(3)", "none"),
    ("json", "none"),
    ("jsonb", "none"),
    ("uuid", "none"),
    ("bytea", "none"),
    ('"char"', "none"),
    ("name", "text"),
    ("oid", "int"),
    ("regclass", "none"),
    ("pg_catalog.int4", "int"),
    ("pg_catalog.varchar", "text"),
    ("pg_catalog.bpchar", "text"),
    ('pg_catalog."timestamptz"', "none"),
    ("money", "none"),
    ("inet", "none"),
    ("tsvector", "none"),
    ("int4range", "none"),
    ("point", "none"),
    ("xml", "none"),
    ("cstring", "skip"),
    ("_int4", "none"),
    ("anyelement", "poly"),
    ("anyarray", "polyarray"),
    ("anycompatible", "poly"),
]
_ARRAY_SUFFIXES = ["[]", "[][]", "[3]", " ARRAY", " ARRAY[4]", " []"]


@dataclass
class Model:
    """What the generator knows exists, so that most statements are valid ones."""

    schemas: list[str] = field(default_factory=lambda: ["public", "fz_a", "fz_b", "Fz Q"])
    types: list[tuple[str, str]] = field(default_factory=list)  # (sql name, kind)
    relations: list[tuple[str, list[str]]] = field(default_factory=list)  # (sql name, columns)
    routines: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (kind, sql name, input types)
    serial: int = 0

    def fresh(self, base: str) -> str:
        self.serial += 1
        return f"{base}{self.serial}"


def preamble(rng: random.Random, m: Model) -> list[str]:
    """Support objects the routines' types refer to."""
    out = [
        # PostgreSQL's own default (rpccheck assumes Supabase's, which adds `extensions`)
        'SET search_path = "$user", public',
        "SET check_function_bodies = false",
        "CREATE SCHEMA fz_a",
        "CREATE SCHEMA fz_b",
        'CREATE SCHEMA "Fz Q"',
        "CREATE SCHEMA fz_c",
        "CREATE EXTENSION citext WITH SCHEMA fz_c",
        "CREATE TYPE fz_a.mood AS ENUM ('sad', 'ok', 'happy')",
        "CREATE TYPE public.\"Mood\" AS ENUM ('x')",
        "CREATE DOMAIN public.posint AS integer CHECK (VALUE > 0)",
        'CREATE DOMAIN "Fz Q"."Dom" AS text',
        "CREATE TYPE public.pair AS (a integer, b text)",
        'CREATE TYPE public."position" AS (x integer)',
        'CREATE TYPE public."int" AS (x integer)',
        "CREATE TYPE public.text AS (x integer)",  # shadowed by pg_catalog.text
        "CREATE TYPE public.\"price$\" AS ENUM ('p')",
        "CREATE TYPE fz_b.floatrange AS RANGE (subtype = float8)",
        "CREATE TABLE public.items (id integer PRIMARY KEY, name text, price numeric(8, 2), tags text[])",
        "CREATE TABLE fz_a.orders (id bigint, item integer, placed timestamptz, mood fz_a.mood)",
        "CREATE VIEW public.item_names AS SELECT id, name AS label, price::float8 AS p FROM public.items",
        "CREATE VIEW fz_a.order_view (oid_, when_) AS SELECT id, placed FROM fz_a.orders",
    ]
    m.types += [
        ("fz_a.mood", "none"),
        ('"Mood"', "none"),
        ('public."Mood"', "none"),
        ("posint", "int"),
        ('"Fz Q"."Dom"', "text"),
        ("pair", "none"),
        ('"position"', "none"),
        ('public."position"', "none"),
        ('"int"', "none"),
        ("public.text", "none"),
        ('"price$"', "none"),
        ("fz_b.floatrange", "none"),
        ("items", "none"),
        ("public.items", "none"),
        ("item_names", "none"),
        ("fz_a.orders", "none"),
        ("fz_a.order_view", "none"),
        ("items.price%TYPE", "int"),
        ("public.items.name%TYPE", "text"),
        ("items.tags%TYPE", "none"),
        ("item_names.label%TYPE", "text"),
        ("item_names.p%TYPE", "int"),
        ("fz_a.orders.placed%TYPE", "none"),
        ("fz_a.order_view.when_%TYPE", "none"),
        ("fz_a.orders.mood%TYPE", "none"),
        ("fz_c.citext", "none"),
        ("fz_b2.floatrange", "none"),
    ]
    m.relations += [("public.items", ["id", "name", "price", "tags"]), ("fz_a.orders", ["id", "item", "placed"])]
    return out


def a_type(rng: random.Random, m: Model) -> tuple[str, str]:
    if rng.random() < 0.35 and m.types:
        t, kind = rng.choice(m.types)
    else:
        t, kind = rng.choice(_BUILTIN_TYPES)
        while kind == "skip":
            t, kind = rng.choice(_BUILTIN_TYPES)
    if rng.random() < 0.15 and "%TYPE" not in t.upper() or (rng.random() < 0.05):
        suffix = rng.choice(_ARRAY_SUFFIXES)
        if kind in ("poly", "polyarray"):
            return t, kind
        return t + suffix, "array"
    return t, kind


_DEFAULTS = {
    "int": [
        "1",
        "(1 + (2 * 3))",
        "-1",
        "42",
        "((7))",
        "NULL",
        "abs(-(3))",
        "(select 1)",
        "some_column",
        "CASE WHEN true THEN 1 ELSE (2) END",
    ],
    "text": ["'a''b'", "$q$x;y$q$", "'(' || 'x)'", "NULL", "E'\\\\n'", "'x'::text"],
    "bool": ["true", "(NOT false)", "NULL"],
}


def a_default(rng: random.Random, kind: str) -> str:
    if kind in _DEFAULTS:
        return rng.choice(_DEFAULTS[kind])
    if kind == "array":
        return rng.choice(["NULL", "'{}'"])
    return "NULL"


# -- tokens and gaps ----------------------------------------------------------------

_GAPS = [
    " ",
    " ",
    " ",
    "\n",
    "\t",
    "  \n  ",
    " /* c */ ",
    "/* /* nested */ c */",
    " -- note\n",
    "\n-- x ; y\n",
    " /*;*/ ",
]


def join(rng: random.Random, tokens: list[str], odd: float) -> str:
    """Tokens joined by whitespace or comments (a gap is needed only between words)."""
    out = []
    prev = ""
    for t in tokens:
        if out:
            if rng.random() < odd:
                gap = rng.choice(_GAPS)
            elif _wordish(prev[-1:]) and _wordish(t[:1]) or prev.endswith(("'", '"')) and t[:1] in ("U", "u"):
                gap = " "
            elif t in (",", ")", "(", "[", "]") or prev in ("(", ","):
                gap = rng.choice(["", " "])
            else:
                gap = " "
            out.append(gap)
        out.append(t)
        prev = t
    return "".join(out)


def _wordish(c: str) -> bool:
    return bool(c) and (c.isalnum() or c in "_$\"'&%" or ord(c) > 127)


# -- routines ---------------------------------------------------------------------

_MODE_FORMS = [None, None, None, "IN", "OUT", "INOUT", "IN OUT", "VARIADIC", "in", "out"]


@dataclass
class Param:
    mode: str | None
    name: str | None
    type: str
    kind: str
    default: str | None


def a_param(rng: random.Random, m: Model, routine_kind: str) -> Param:
    mode = rng.choice(_MODE_FORMS)
    typ, kind = a_type(rng, m)
    if mode and mode.upper() == "VARIADIC" and kind != "array":
        if rng.random() < 0.9:
            typ, kind = (typ if "%" not in typ else "integer") + "[]", "array"
    if rng.random() < 0.03:
        typ, kind = rng.choice(["serial", "bigserial"]), "int"  # PostgreSQL rejects these
    name = None
    if rng.random() < 0.75:
        name = ident(rng, rng.choice(_PLAIN_WORDS) + str(rng.randrange(100)))[0]
        if rng.random() < 0.05:
            name = rng.choice(['"in"', '"out"', '"variadic"', "value", "type", "name", '"int"', '"json"'])
    default = None
    is_input = mode is None or mode.upper() in ("IN", "INOUT", "IN OUT", "VARIADIC")
    if is_input and rng.random() < 0.3:
        default = a_default(rng, kind)
    return Param(mode, name, typ, kind, default)


def param_tokens(rng: random.Random, p: Param) -> list[str]:
    toks: list[str] = []
    if p.mode and p.name and rng.random() < 0.25 and p.mode.upper() != "IN OUT":
        toks += [p.name, p.mode]  # name mode type
    else:
        if p.mode:
            toks += p.mode.split()
        if p.name:
            toks.append(p.name)
    toks.append(p.type)
    if p.default is not None:
        toks += [rng.choice(["DEFAULT", "default", "="]), p.default]
    return toks


def routine(rng: random.Random, m: Model, replace_of: tuple | None = None) -> str:
    kind = "PROCEDURE" if rng.random() < 0.15 else "FUNCTION"
    schema = rng.choice([None, None, "public", "fz_a", '"Fz Q"', "fz_b"])
    name_sql = ident(rng, m.fresh(rng.choice(["fn_", "calc_", "get_", "do_"])))[0]
    if replace_of is not None:
        kind, full, params = replace_of
        qualified = full
    else:
        qualified = f"{schema}.{name_sql}" if schema else name_sql
        params = [a_param(rng, m, kind) for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4, 6]))]
        # mostly valid: defaults trail, VARIADIC last among inputs
        if rng.random() < 0.85:
            seen_default = False
            for p in params:
                is_input = p.mode is None or p.mode.upper() in ("IN", "INOUT", "IN OUT", "VARIADIC")
                if is_input:
                    if p.default is not None:
                        seen_default = True
                    elif seen_default:
                        p.default = a_default(rng, p.kind)
                if kind == "PROCEDURE" and seen_default and not is_input:
                    p.mode = "IN"
                    p.default = a_default(rng, p.kind)
        if rng.random() < 0.85:
            variadic = [p for p in params if p.mode and p.mode.upper() == "VARIADIC"]
            for p in variadic[:-1]:
                p.mode = None
            if variadic:
                last = variadic[-1]
                params.remove(last)
                params.append(last)
                if last.default is None and any(q.default for q in params[:-1]):
                    last.default = "NULL"
    toks = ["CREATE"]
    if rng.random() < 0.4 or replace_of is not None:
        toks += ["OR", "REPLACE"]
    toks += [kind, qualified, "("]
    for i, p in enumerate(params):
        if i:
            toks.append(",")
        toks += param_tokens(rng, p)
    toks.append(")")
    outs = [p for p in params if p.mode and p.mode.upper() in ("OUT", "INOUT", "IN OUT")]
    ret: list[str] = []
    if kind == "FUNCTION":
        r = rng.random()
        if outs and r < 0.5:
            ret = []  # result derived from the OUT parameters
        elif outs and r < 0.8:
            if len(outs) == 1:
                ret = ["RETURNS", outs[0].type]
            else:
                ret = ["RETURNS", rng.choice(["record", "RECORD", "SETOF record"])]
        elif not outs and r < 0.2:
            ret = ["RETURNS", "TABLE", "("]
            for i in range(rng.choice([1, 1, 2, 3])):
                if i:
                    ret.append(",")
                ret += [ident(rng, f"col{i}")[0], a_type(rng, m)[0]]
            ret.append(")")
        else:
            t = a_type(rng, m)[0]
            ret = ["RETURNS"] + (["SETOF"] if rng.random() < 0.2 else []) + [t]
            if rng.random() < 0.05:
                ret = ["RETURNS", "void"]
    opts = _options(rng, kind, bool(ret and "SETOF" in ret or (ret[:2] == ["RETURNS", "TABLE"])))
    toks += ret + opts
    return join(rng, toks, odd=0.25)


def _options(rng: random.Random, kind: str, returns_set: bool) -> list[str]:
    items: list[list[str]] = []
    lang = rng.choice(["sql", "plpgsql", "SQL", "'plpgsql'"])
    plpgsql = "plpgsql" in lang.lower()
    items.append(["LANGUAGE", lang])
    if kind == "FUNCTION":
        if rng.random() < 0.6:
            items.append([rng.choice(["IMMUTABLE", "STABLE", "VOLATILE", "immutable", "stable"])])
        if rng.random() < 0.03:
            items.append(["STABLE"])  # conflicting or redundant options, sometimes
        if rng.random() < 0.2:
            items.append(
                rng.choice([["STRICT"], ["CALLED", "ON", "NULL", "INPUT"], ["RETURNS", "NULL", "ON", "NULL", "INPUT"]])
            )
        if rng.random() < 0.1:
            items.append(["PARALLEL", rng.choice(["SAFE", "UNSAFE", "RESTRICTED"])])
        if rng.random() < 0.1:
            items.append(["COST", "10"])
        if (returns_set and rng.random() < 0.2) or rng.random() < 0.02:
            items.append(["ROWS", "5"])  # rejected without a set result
        if rng.random() < 0.03:
            items.append(["WINDOW"])
        if rng.random() < 0.1:
            items.append(["LEAKPROOF"] if rng.random() < 0.5 else ["NOT", "LEAKPROOF"])
    if rng.random() < 0.2:
        items.append((["EXTERNAL"] if rng.random() < 0.3 else []) + ["SECURITY", rng.choice(["DEFINER", "INVOKER"])])
    if kind == "PROCEDURE" and rng.random() < 0.03:
        items.append(["STABLE"])  # invalid attribute in procedure definition
    if rng.random() < 0.25:
        items.append(
            rng.choice(
                [
                    ["SET", "search_path", "=", "public", ",", "fz_a"],
                    ["SET", "search_path", "TO", "''"],
                    ["SET", "TIME", "ZONE", "'UTC'"],
                    ["SET", "TIME", "ZONE", "LOCAL"],
                    ["SET", "work_mem", "FROM", "CURRENT"],
                    ["SET", "search_path", "FROM", "CURRENT"],
                    ["SET", "statement_timeout", "=", "'5s'"],
                ]
            )
        )
    body_sql = "select null" if kind == "FUNCTION" else "select 1"
    body_pl = "begin return; end" if kind == "PROCEDURE" else "begin return null; end"
    if plpgsql:
        body = rng.choice([f"$$ {body_pl} $$", f"$body$ {body_pl}; $body$", f"'{body_pl}'"])
        items.append(["AS", body])
    elif kind == "PROCEDURE" and rng.random() < 0.3:
        items.append(["BEGIN", "ATOMIC", "SELECT", "1", ";", "END"])
    elif kind == "FUNCTION" and rng.random() < 0.2:
        items.append(["RETURN", "NULL"])
    else:
        items.append(["AS", rng.choice([f"$$ {body_sql}; $$", f"'{body_sql}'", f"$f$ {body_sql} $f$"])])
    body = items.pop()  # the body goes last when it is an sql_body
    rng.shuffle(items)
    if body[0] == "AS" and rng.random() < 0.5:
        items.insert(rng.randrange(len(items) + 1), body)
        return [t for it in items for t in it]
    return [t for it in items for t in it] + body


# -- aggregates -------------------------------------------------------------------


def aggregate_support() -> list[str]:
    return [
        "CREATE FUNCTION fz_b.acc_int(s integer, v integer) RETURNS integer LANGUAGE sql AS 'select s + v'",
        "CREATE FUNCTION fz_b.acc_num(s numeric, v numeric) RETURNS numeric LANGUAGE sql AS 'select s + v'",
        "CREATE FUNCTION fz_b.fin_text(s integer) RETURNS text LANGUAGE sql AS 'select s::text'",
        "CREATE FUNCTION fz_b.acc_any(s internal, VARIADIC v \"any\") RETURNS internal LANGUAGE internal AS 'ordered_set_transition_multi'",
    ]


def aggregate(rng: random.Random, m: Model) -> str:
    name = ident(rng, m.fresh("agg_"))[0]
    schema = rng.choice([None, "public", "fz_a"])
    q = f"{schema}.{name}" if schema else name
    r = rng.random()
    create = "CREATE OR REPLACE AGGREGATE" if rng.random() < 0.3 else "CREATE AGGREGATE"
    if r < 0.3:
        fin = rng.choice(["", ", FINALFUNC = fz_b.fin_text", ", finalfunc = int4_avg_accum" * 0])
        return f"{create} {q} (integer) (SFUNC = fz_b.acc_int, STYPE = integer{fin})"
    if r < 0.5:
        return f"{create} {q} (numeric) (SFUNC = fz_b.acc_num, STYPE = numeric, INITCOND = '0')"
    if r < 0.65:
        # a built-in state function and final function
        return f"{create} {q} (float8) (SFUNC = float8_accum, STYPE = float8[], FINALFUNC = float8_avg, INITCOND = '{{0,0,0}}')"
    if r < 0.75:
        return f"CREATE AGGREGATE {q} (BASETYPE = integer, SFUNC = fz_b.acc_int, STYPE = int4)"
    if r < 0.85:
        return (
            f'CREATE AGGREGATE {q} (VARIADIC "any" ORDER BY VARIADIC "any") '
            "(SFUNC = fz_b.acc_any, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL)"
        )
    if r < 0.92:
        return (
            f"CREATE AGGREGATE {q} (float8 ORDER BY float8) "
            "(SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_cont_float8_final)"
        )
    return f"CREATE AGGREGATE {q} (numeric) (SFUNC = numeric_avg_accum, STYPE = internal, FINALFUNC = numeric_avg)"


# -- surrounding DDL ----------------------------------------------------------------


def ddl(rng: random.Random, m: Model, made: list[str]) -> str:
    r = rng.random()
    if r < 0.12:
        path = rng.sample(["public", "fz_a", '"$user"', "fz_b", "no_such", '"Fz Q"', "postgres"], rng.randrange(1, 4))
        return rng.choice(["SET search_path = ", "SET search_path TO ", "SET SESSION search_path = "]) + ", ".join(path)
    if r < 0.15:
        return rng.choice(
            ['SET search_path = "$user", public', "SET search_path = public", 'SET search_path TO "$user"']
        )
    if r < 0.165:
        return rng.choice(
            [
                "ALTER SCHEMA fz_b RENAME TO fz_b2",
                "ALTER SCHEMA fz_b2 RENAME TO fz_b",
                "DROP SCHEMA fz_c CASCADE",
                "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA fz_c",
                "CREATE SCHEMA IF NOT EXISTS fz_c",
                "DROP EXTENSION citext",
                "DROP EXTENSION citext CASCADE",
            ]
        )
    if r < 0.18:
        return rng.choice(
            [
                "CREATE SCHEMA postgres",
                "CREATE SCHEMA IF NOT EXISTS postgres",
                "CREATE SCHEMA fz_c",
                "DROP SCHEMA IF EXISTS fz_c CASCADE",
                "DROP SCHEMA postgres CASCADE",
            ]
        )
    if r < 0.24:
        return rng.choice(
            [
                "ALTER TYPE fz_a.mood RENAME TO mood2",
                "ALTER TYPE fz_a.mood2 RENAME TO mood",
                "ALTER TYPE fz_a.mood SET SCHEMA fz_b",
                "ALTER TYPE fz_b.mood SET SCHEMA fz_a",
                "ALTER DOMAIN posint RENAME TO posint2",
                "ALTER DOMAIN posint2 RENAME TO posint",
                'ALTER TYPE pair RENAME TO "Pair"',
                'ALTER TYPE "Pair" RENAME TO pair',
                'ALTER DOMAIN "Fz Q"."Dom" SET SCHEMA fz_a',
                "ALTER TABLE items RENAME TO items2",
                "ALTER TABLE items2 RENAME TO items",
                "ALTER VIEW item_names RENAME TO item_names2",
                "ALTER TABLE fz_a.orders SET SCHEMA fz_b",
                'ALTER TYPE public."Mood" RENAME TO "text"',
            ]
        )
    if r < 0.3:
        col = f"c{m.fresh('')}"
        typ = rng.choice(["integer", "text", "fz_a.mood", "date"])
        m.types.append((f"items.{col}%TYPE", "none"))
        return f"ALTER TABLE public.items ADD COLUMN {col} {typ}"
    if r < 0.33:
        v = m.fresh("v_")
        m.types.append((f"{v}.x%TYPE", "none"))
        m.types.append((v, "none"))
        return f"CREATE VIEW {v} AS SELECT id::bigint AS x, name FROM public.items"
    if r < 0.36:
        t = m.fresh("t_")
        m.types.append((t, "none"))
        return rng.choice(
            [f"CREATE TYPE {t} AS ENUM ('a')", f"CREATE DOMAIN {t} AS int", f"CREATE TYPE {t} AS (q int)"]
        )
    if r < 0.40 and m.types:
        t = rng.choice([t for t, _ in m.types if "%" not in t.upper()] or ["pair"])
        return rng.choice([f"DROP TYPE IF EXISTS {t} CASCADE", f"DROP TYPE {t}", f"DROP DOMAIN IF EXISTS {t} CASCADE"])
    if r < 0.43:
        return rng.choice(
            [
                "DROP TABLE IF EXISTS fz_a.orders CASCADE",
                "DROP VIEW IF EXISTS item_names CASCADE",
                "DROP TABLE IF EXISTS no_such_table",
                "DROP TABLE public.items",
            ]
        )
    if made:
        target = rng.choice(made)
        r2 = rng.random()
        if r2 < 0.35:
            return (
                rng.choice(["DROP FUNCTION ", "DROP ROUTINE ", "DROP FUNCTION IF EXISTS ", "DROP PROCEDURE "]) + target
            )
        if r2 < 0.45:
            other = rng.choice(made)
            return f"DROP FUNCTION {target}, {other}" + rng.choice(["", ", no_such_fn()", " CASCADE"])
        if r2 < 0.55:
            return f"DROP FUNCTION {target.split('(')[0]}"
        if r2 < 0.75:
            return f"ALTER ROUTINE {target} RENAME TO {ident(rng, m.fresh('ren_'))[0]}"
        if r2 < 0.85:
            return f"ALTER ROUTINE {target} SET SCHEMA {rng.choice(['fz_a', 'fz_b', 'public', 'no_such'])}"
        return (
            f"ALTER FUNCTION {target} {rng.choice(['STABLE', 'IMMUTABLE', 'VOLATILE', 'STRICT', 'COST 3', 'ROWS 3'])}"
        )
    return "SELECT 1"


def support_count() -> int:
    """How many statements at the start of every batch are support objects."""
    return len(preamble(random.Random(0), Model())) + len(aggregate_support())


def batch(seed: int, routines: int) -> list[str]:
    """The statements of one batch (no terminating semicolons)."""
    rng = random.Random(seed)
    m = Model()
    out = preamble(rng, m) + aggregate_support()
    generated: list[str] = []
    made: list[str] = []  # routine references for DROP / ALTER: name(types) as written
    count = 0
    while count < routines:
        r = rng.random()
        if r < 0.6:
            stmt = routine(rng, m)
            count += 1
            made.append(_reference(stmt))
            generated.append(stmt)
        elif r < 0.68:
            stmt = aggregate(rng, m)
            count += 1
        elif r < 0.73 and made:
            stmt = _replacement(rng, m, generated)
            count += 1
        else:
            stmt = ddl(rng, m, [x for x in made if x])
        out.append(stmt)
    return out


def _reference(stmt: str) -> str:
    """A DROP/ALTER reference to a generated routine: its name and (all) argument types
    as written, read back from the statement itself with pglast."""
    from pglast import parser
    import json

    try:
        tree = json.loads(parser.parse_sql_json(stmt))["stmts"][0]["stmt"]["CreateFunctionStmt"]
    except Exception:
        return ""
    names = [n["String"]["sval"] for n in tree["funcname"]]
    parts = ['"' + n.replace('"', '""') + '"' for n in names]
    args = []
    for p in tree.get("parameters") or ():
        fp = p["FunctionParameter"]
        if fp.get("mode") in ("FUNC_PARAM_OUT", "FUNC_PARAM_TABLE"):
            continue
        args.append(_type_sql(fp["argType"]))
    return ".".join(parts) + "(" + ", ".join(args) + ")"


def _type_sql(tn: dict) -> str:
    names = [n["String"]["sval"] for n in tn["names"]]
    text = ".".join('"' + n.replace('"', '""') + '"' for n in names)
    if tn.get("pct_type"):
        text = ".".join(names) + "%TYPE"
    if tn.get("arrayBounds"):
        text += "[]"
    return text


def _replacement(rng: random.Random, m: Model, out: list[str]) -> str:
    """CREATE OR REPLACE of an earlier routine: the same statement with a change
    PostgreSQL allows (body, volatility) or refuses (result type, OUT row type)."""
    earlier = [s for s in out if s.lstrip().upper().startswith("CREATE") and " FUNCTION " in s.upper()[:40]]
    if not earlier:
        return "SELECT 1"
    s = rng.choice(earlier)
    change = rng.random()
    if change < 0.4:
        s = s.replace("IMMUTABLE", "STABLE").replace("VOLATILE", "IMMUTABLE")
    elif change < 0.6:
        s = s.replace(" integer", " bigint", 1)
    elif change < 0.8:
        s = s.replace(" text", " varchar", 1)
    if not s.upper().startswith("CREATE OR REPLACE"):
        s = "CREATE OR REPLACE" + s[len("CREATE") :]
    return s
