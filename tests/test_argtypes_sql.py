"""What the SQL reader records for argument-type-mismatch: STRICT, enum labels, domains,
and the changes it cannot follow (which must make the rule silent, never wrong)."""

from __future__ import annotations

from rpccheck.checks.argtypes import ERROR, NOT_CALLED, OK, UNKNOWN, judge
from rpccheck.model import TypeDef
from rpccheck.sql.replay import load_catalog


def catalog_of(tmp_path, sql: str):
    path = tmp_path / "schema.sql"
    path.write_text(sql)
    return load_catalog([path])


def test_strictness_spellings(tmp_path):
    cat = catalog_of(
        tmp_path,
        """
create function a(p int) returns int language sql strict as $$ select 1 $$;
create function b(p int) returns int returns null on null input language sql as $$ select 1 $$;
create function c(p int) returns int language sql called on null input as $$ select 1 $$;
create function d(p int) returns int language sql as $$ select 'strict' $$;
create function e(p int) returns int language plpgsql strict as $body$ begin return 1; end $body$;
create or replace function e(p int) returns int language plpgsql as $body$ begin return 2; end $body$;
""",
    )
    strict = {f.name: f.strict for f in cat.all_functions()}
    assert strict == {"a": True, "b": True, "c": False, "d": False, "e": False}


def test_alter_function_strictness_is_not_followed_but_noted(tmp_path):
    cat = catalog_of(
        tmp_path,
        """
create function a(p int) returns int language sql strict as $$ select 1 $$;
alter function a(int) called on null input;
alter function public.b(int) owner to postgres;
""",
    )
    assert cat.strict_altered == {"a"}


def test_enum_labels_follow_add_and_rename(tmp_path):
    cat = catalog_of(
        tmp_path,
        """
create type mood as enum ('happy', 'it''s ok');
alter type mood add value 'sad' before 'happy';
alter type public.mood add value if not exists 'happy';
alter type mood rename value 'happy' to 'glad';
create schema other;  -- PostgreSQL refuses a type in a schema that does not exist
create type other.color as enum ('red');
create type weird as enum (E'a\\nb', 'x');
create type renamed as enum ('a');
alter type renamed rename to renamed2;
create type gone as enum ('a');
drop type gone;
""",
    )
    types = cat.types_by_printed_name()
    assert types["mood"].labels == ("glad", "it's ok", "sad")
    assert types["other.color"].labels == ("red",)
    assert types["weird"].labels == ("a\nb", "x")  # E'' labels decoded as PostgreSQL's own parser decodes them
    assert "renamed" not in types and "gone" not in types


def test_domains(tmp_path):
    cat = catalog_of(
        tmp_path,
        """
create domain short as varchar(5) not null;
create domain price as numeric(10, 2) default 0 check (value >= 0);
create domain nullable_check as text check (value is not null);
create domain later as int;
alter domain later set not null;
create domain mood_list as mood[];
""",
    )
    types = cat.types_by_printed_name()
    assert types["short"] == TypeDef("domain", base="character varying", base_typmod="5", not_null=True)
    assert types["price"] == TypeDef("domain", base="numeric", base_typmod="10,2", has_check=True)
    assert types["nullable_check"].not_null is False and types["nullable_check"].has_check
    assert types["later"].not_null is None  # altered: a null value is not judged
    assert types["mood_list"].base == "mood[]"


def test_verdicts_need_the_catalog(tmp_path):
    cat = catalog_of(
        tmp_path,
        """
create type mood as enum ('happy');
create domain later as int;
alter domain later set not null;
""",
    )
    types = cat.types_by_printed_name()
    assert judge('"happy"', "mood", types=types).kind == OK
    assert judge('"Happy"', "mood", types=types).message == 'invalid input value for enum mood: "Happy"'
    assert judge('"Happy"', "mood").kind == UNKNOWN  # an unknown type is never judged
    assert judge("null", "later", types=types).kind == UNKNOWN
    assert judge('"x"', "later", types=types).kind == ERROR  # the base type still refuses it
    assert judge("null", "integer", strict=True).kind == NOT_CALLED
    assert judge("null", "integer", strict=True, get=True).kind == ERROR  # GET sends the text `null`
    assert judge(None, "integer").kind == UNKNOWN


def test_rule_needs_a_known_mechanism_and_sql_types(tmp_path, run_cli):
    (tmp_path / "schema.sql").write_text(
        "create function f(p int) returns int language sql strict as $$ select 1 $$;\n"
        "create function g(p int) returns int language sql strict as $$ select 1 $$;\n"
        "alter function g(int) called on null input;\n"
    )
    (tmp_path / "a.ts").write_text(
        "export async function h(opts: any, flag: boolean) {\n"
        "  await supabase.rpc('f', { p: 'x' }, opts)\n"  # GET or POST: unknown
        "  await supabase.rpc('f', { p: 'x' }, { get: flag })\n"  # unknown too
        "  await supabase.rpc('g', { p: null })\n"  # strictness altered
        "  await supabase.rpc('f', { p: 'x' }, { count: 'exact' })\n"
        "}\n"
    )
    res = run_cli(["check", "--format", "json", "--schema", "schema.sql", "a.ts"], cwd=tmp_path)
    found = [(d["line"], d["rule"]) for d in res.json()]
    assert found == [(5, "argument-type-mismatch")]


def test_judge_never_raises_on_mutated_values():
    """Seeded mutations of the oracle's literals: every verdict is a Verdict, never an exception."""
    import random

    import test_argtypes_oracle as oracle

    rng = random.Random(20261201)
    seeds = sorted({v for values in oracle.VALUES.values() for v in values} | set(oracle.COMMON))
    types = [
        "integer",
        "smallint",
        "bigint",
        "numeric",
        "real",
        "double precision",
        "boolean",
        "text",
        "uuid",
        "date",
        "time without time zone",
        "timestamp with time zone",
        "interval",
        "jsonb",
        "integer[]",
        "text[]",
        "mood",
        "mood[]",
        "dom",
        "dom[]",
    ]
    catalog = {"mood": TypeDef("enum", labels=("a", "b")), "dom": TypeDef("domain", base="numeric", base_typmod="4,2")}
    alphabet = '"[]{},:\\u0 1e.-+xTZ:\t'
    for _ in range(3000):
        s = list(rng.choice(seeds))
        for _ in range(rng.randint(0, 4)):
            op = rng.random()
            pos = rng.randint(0, len(s))
            if op < 0.4:
                s.insert(pos, rng.choice(alphabet))
            elif op < 0.7 and s:
                del s[min(pos, len(s) - 1)]
            else:
                s = s[:pos] + s[: rng.randint(0, len(s))]
        text = "".join(s) if rng.random() < 0.9 else "[" * rng.randint(1, 200) + "1" + "]" * rng.randint(0, 200)
        for t in rng.sample(types, 3):
            v = judge(text, t, get=rng.random() < 0.3, strict=rng.random() < 0.2, types=catalog)
            assert v.kind in (OK, ERROR, NOT_CALLED, UNKNOWN)


def test_changes_a_rollback_may_undo_are_not_followed(tmp_path):
    cat = catalog_of(
        tmp_path,
        """
create type mood as enum ('happy', 'sad');
create type kind as enum ('a');
begin;
alter type mood rename value 'happy' to 'glad';
drop type kind;
create type kind as enum ('b');
rollback;
""",
    )
    types = cat.types_by_printed_name()
    assert "mood" not in types and "kind" not in types  # unknown, so never judged
