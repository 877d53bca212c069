"""Migration replay, one statement form at a time (no PostgreSQL needed).

Each test writes small SQL files, replays them with load_catalog and looks at the
catalog. What PostgreSQL does in each case was checked on PostgreSQL 15; the
oracle test (test_replay_oracle.py) checks a whole migrations directory for real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rpccheck.sql.catalog import Catalog
from rpccheck.sql.replay import load_catalog
from rpccheck.sql.scanner import split_statements


def replay(tmp_path: Path, *files: str, catalog: Catalog | None = None) -> Catalog:
    paths = []
    for i, sql in enumerate(files):
        p = tmp_path / f"2024010100{i:04d}_m{i}.sql"
        p.write_text(sql)
        paths.append(p)
    return load_catalog(paths, catalog)


def sigs(catalog: Catalog) -> set[str]:
    """`schema.name(types)` of every routine, procedures marked."""
    return {
        f"{'proc ' if f.kind == 'procedure' else ''}{f.schema}.{f.name}({', '.join(f.identity)})"
        for f in catalog.all_functions()
    }


def fn(catalog: Catalog, schema: str, name: str):
    (f,) = catalog.overloads(schema, name)
    return f


def warnings(catalog: Catalog) -> list[tuple[int, str]]:
    return [
        (d.loc.line, d.message)
        for d in catalog.diagnostics
        if d.rule in ("schema-parse-error", "schema-statement-rejected")
    ]


def rules(catalog: Catalog) -> list[str]:
    return [d.rule for d in catalog.diagnostics]


F = "returns int language sql as 'select 1'"


# -- CREATE [OR REPLACE] --------------------------------------------------------------


def test_create_or_replace_same_identity_replaces(tmp_path):
    c = replay(
        tmp_path,
        f"create function f(a int4, b varchar(10)) {F};",
        "create or replace function f(a integer, b character varying default '') returns integer "
        "language sql stable as 'select 2';",
    )
    assert sigs(c) == {"public.f(integer, character varying)"}
    f = fn(c, "public", "f")
    assert f.volatility == "stable" and f.params[1].has_default and f.line == 1
    assert c.diagnostics == []


def test_create_or_replace_may_name_unnamed_parameters(tmp_path):
    c = replay(tmp_path, f"create function f(int) {F};", f"create or replace function f(x int) {F};")
    assert fn(c, "public", "f").params[0].name == "x"


@pytest.mark.parametrize(
    "replacement, message",
    [
        ("create function f(a int) returns int language sql as 'select 2';", "already exists with same argument types"),
        ("create or replace function f(a int) returns bigint language sql as 'select 1';", "cannot change return type"),
        (
            "create or replace function f(a int) returns setof int language sql as 'select 1';",
            "cannot change return type",
        ),
        ("create or replace function f(b int) returns int language sql as 'select 1';", 'input parameter "a"'),
        ("create or replace function f(int) returns int language sql as 'select 1';", 'input parameter "a"'),
        ("create or replace procedure f(a int) language sql as 'select 1';", "cannot change routine kind"),
        ("create or replace function f(a int, out b int, out c int) language sql as 'select 1, 2';", "return type"),
    ],
)
def test_create_or_replace_rejections_keep_the_old_routine(tmp_path, replacement, message):
    c = replay(tmp_path, "create function f(a int) returns int language sql as 'select 1';", replacement)
    f = fn(c, "public", "f")
    assert (f.kind, f.returns, f.params[0].name, f.path) == ("function", "integer", "a", c.files[0])
    [(line, text)] = warnings(c)
    assert line == 1 and message in text


def test_create_or_replace_out_parameters(tmp_path):
    body = "language plpgsql as 'begin end'"
    c = replay(
        tmp_path,
        f"create function one(a int, out b int) {body};\n"
        f"create function two(a int, out b int, out c int) {body};\n"
        "create procedure p(a int) language sql as 'select 1';\n"
        f"create procedure q(a int, out r int) {body};",
        f"create or replace function one(a int, out renamed int) {body};\n"  # allowed: one OUT is no row type
        f"create or replace function two(a int, out b int, out renamed int) {body};\n"
        f"create or replace procedure p(a int, out r int) {body};\n"
        f"create or replace procedure q(a int, out s int) {body};",
    )
    assert fn(c, "public", "one").params[1].name == "renamed"
    assert fn(c, "public", "two").params[2].name == "c"
    assert [line for line, _ in warnings(c)] == [2, 3, 4]
    assert "whether a procedure has output parameters" in warnings(c)[1][1]


def test_returns_table_with_one_column_returns_that_type(tmp_path):
    c = replay(
        tmp_path,
        "create function one(q text) returns table (id uuid) language sql as 'select null::uuid';\n"
        "create function two(q text) returns table (id uuid, n int) language sql as 'select null::uuid, 1';",
        "create or replace function one(q text) returns table (renamed uuid) language sql as 'select null::uuid';",
    )
    one, two = fn(c, "public", "one"), fn(c, "public", "two")
    assert (one.returns, one.returns_set, one.params[1].name) == ("uuid", True, "renamed")
    assert (two.returns, two.returns_set) == ("record", True)
    assert c.diagnostics == []


def test_create_or_replace_cannot_remove_defaults(tmp_path):
    c = replay(tmp_path, f"create function g(x int default 1) {F};", f"create or replace function g(x int) {F};")
    assert fn(c, "public", "g").params[0].has_default
    assert "cannot remove parameter defaults" in warnings(c)[0][1]


def test_create_or_replace_with_other_input_types_adds_an_overload(tmp_path):
    c = replay(tmp_path, f"create function f(a int) {F};", f"create or replace function f(a int, b text) {F};")
    assert sigs(c) == {"public.f(integer)", "public.f(integer, text)"}


def test_create_inside_begin_commit(tmp_path):
    c = replay(tmp_path, f"begin;\ncreate function f() {F};\ncommit;\n")
    assert sigs(c) == {"public.f()"}
    assert c.diagnostics == []


# -- DROP FUNCTION / PROCEDURE / ROUTINE ----------------------------------------------


def test_drop_with_argument_list(tmp_path):
    c = replay(tmp_path, f"create function f(a int) {F};\ncreate function f(a text) {F};", "drop function f(integer);")
    assert sigs(c) == {"public.f(text)"}


def test_drop_argument_list_with_names_and_modes(tmp_path):
    c = replay(
        tmp_path,
        "create function f(in a int, out b text) language sql as 'select 1::text';",
        "drop function f(IN a int4, OUT b text);",
    )
    assert sigs(c) == set()


def test_drop_function_out_types_without_modes_do_not_match(tmp_path):
    # for a function every unmarked type is an input: f(int, text) is not f(int)
    c = replay(
        tmp_path,
        "create function f(in a int, out b text) language sql as 'select 1::text';",
        "drop function f(int, text);",
    )
    assert sigs(c) == {"public.f(integer)"}


def test_drop_variadic(tmp_path):
    c = replay(
        tmp_path,
        "create function f(variadic a int[]) returns int language sql as 'select 1';\n"
        "create function g(a int[]) returns int language sql as 'select 1';",
        "drop function f(int[]);\ndrop function g(variadic integer[]);",
    )
    assert sigs(c) == set()


def test_drop_without_list_of_a_unique_name(tmp_path):
    c = replay(tmp_path, f"create function f(a int) {F};\ncreate function g() {F};", "drop function f;")
    assert sigs(c) == {"public.g()"}


def test_drop_without_list_of_an_overloaded_name_is_rejected(tmp_path):
    c = replay(tmp_path, f"create function f(a int) {F};\ncreate function f(a text) {F};", "drop function if exists f;")
    assert sigs(c) == {"public.f(integer)", "public.f(text)"}
    [(line, message)] = warnings(c)
    assert line == 1 and 'function name "f" is not unique' in message


def test_drop_several_at_once(tmp_path):
    c = replay(
        tmp_path,
        f"create schema api;\ncreate function a() {F};\ncreate function b(x int) {F};\ncreate function api.c() {F};",
        "drop function a(), b(integer), api.c() cascade;",
    )
    assert sigs(c) == set()


def test_drop_if_exists_of_a_missing_function(tmp_path):
    c = replay(
        tmp_path,
        f"create function f() {F};",
        "drop function if exists nope(int);\ndrop function if exists nope;\ndrop function if exists x.y();",
    )
    assert sigs(c) == {"public.f()"}
    assert c.diagnostics == []


def test_drop_of_a_function_rpccheck_never_saw_is_quiet(tmp_path):
    # PostgreSQL errors ("does not exist"), but the function may come from SQL
    # rpccheck was not given (an extension, the platform): no warning, and the other
    # names in the statement are still dropped.
    c = replay(tmp_path, f"create function f() {F};", "drop function unknown_fn(int), f();")
    assert sigs(c) == set()
    assert c.diagnostics == []


def test_drop_function_of_a_procedure_is_rejected(tmp_path):
    c = replay(tmp_path, "create procedure p(a int) language sql as 'select 1';", "drop function if exists p(int);")
    assert sigs(c) == {"proc public.p(integer)"}
    assert "p(integer) is not a function" in warnings(c)[0][1]


def test_drop_without_list_looks_only_at_the_named_kind(tmp_path):
    c = replay(
        tmp_path,
        f"create function p() {F};\ncreate procedure p(int) language sql as 'select 1';\n"
        f"create function q(int) {F};\ncreate procedure q(text) language sql as 'select 1';",
        "drop procedure p;\ndrop function q;",
    )
    assert sigs(c) == {"public.p()", "proc public.q(text)"}
    assert c.diagnostics == []


def test_drop_routine_matches_either_kind(tmp_path):
    c = replay(
        tmp_path,
        f"create function r(int) {F};\ncreate procedure r(text) language sql as 'select 1';",
        "drop routine r(int);\ndrop routine r;",
    )
    assert sigs(c) == set()


def test_drop_procedure_by_all_arguments_or_by_inputs(tmp_path):
    body = "language plpgsql as 'begin b := 1; end'"
    c = replay(
        tmp_path,
        f"create procedure p(in a int, out b int) {body};\ncreate procedure p2(in a int, out b int) {body};\n"
        f"create procedure p3(in a int, out b int) {body};",
        "drop procedure p(int, int);\ndrop procedure p2(int);\ndrop procedure p3(in int, out int);",
    )
    assert sigs(c) == set()


def test_drop_procedure_ambiguous_between_inputs_and_all_arguments(tmp_path):
    c = replay(
        tmp_path,
        "create procedure p(int, out text) language plpgsql as 'begin $2 := 1; end';\n"
        "create procedure p(int, text) language plpgsql as 'begin end';",
        "drop procedure p(int, text);",
    )
    assert len(sigs(c)) == 2
    assert 'procedure name "p" is not unique' in warnings(c)[0][1]


def test_drop_quoted_and_folded_names(tmp_path):
    c = replay(
        tmp_path,
        f'create function "CamelFn"() {F};\ncreate function camelfn() {F};\ncreate function "Mixed.Case"(x int) {F};',
        'drop function CamelFn();\ndrop function "Mixed.Case"(int);',
    )
    assert sigs(c) == {"public.CamelFn()"}


def test_drop_three_part_name(tmp_path):
    c = replay(tmp_path, f"create function f() {F};", "drop function postgres.public.f();")
    assert sigs(c) == set()


def test_unreadable_drop_is_rejected(tmp_path):
    """PostgreSQL's grammar rejects it: a rejected statement, with the server's message."""
    c = replay(tmp_path, f"create function f() {F};", "drop function f(int;")
    assert sigs(c) == {"public.f()"}
    [(line, message)] = warnings(c)
    assert rules(c) == ["schema-statement-rejected"]
    assert 'PostgreSQL rejects this DROP FUNCTION statement: syntax error at or near ";"' in message


# -- ALTER FUNCTION / PROCEDURE / ROUTINE ---------------------------------------------


def test_rename(tmp_path):
    c = replay(tmp_path, f"create function f(a int) {F};", "alter function f(int) rename to g;")
    assert sigs(c) == {"public.g(integer)"}
    assert fn(c, "public", "g").params[0].name == "a"


def test_rename_onto_an_existing_signature_is_rejected(tmp_path):
    c = replay(
        tmp_path, f"create function f(a int) {F};\ncreate function g(b int) {F};", "alter function f(int) rename to g;"
    )
    assert sigs(c) == {"public.f(integer)", "public.g(integer)"}
    assert "already exists" in warnings(c)[0][1]


def test_rename_quoted(tmp_path):
    c = replay(tmp_path, f'create function "getUser"() {F};', 'alter function "getUser" rename to "Get User";')
    assert sigs(c) == {"public.Get User()"}


def test_rename_procedure(tmp_path):
    c = replay(tmp_path, "create procedure p() language sql as 'select 1';", "alter procedure p() rename to q;")
    assert sigs(c) == {"proc public.q()"}


def test_set_schema(tmp_path):
    c = replay(
        tmp_path,
        f"create schema private;\ncreate function private.f(a int) {F};",
        "alter function private.f(integer) set schema public;",
    )
    assert sigs(c) == {"public.f(integer)"}


def test_set_schema_with_a_string_sets_search_path_instead(tmp_path):
    c = replay(
        tmp_path, f"create schema private;\ncreate function f() {F};", "alter function f() set schema 'private';"
    )
    assert sigs(c) == {"public.f()"}


def test_set_schema_to_an_unknown_schema_is_rejected(tmp_path):
    c = replay(tmp_path, f"create function f() {F};", "alter function f() set schema nowhere;")
    assert sigs(c) == {"public.f()"}
    assert 'schema "nowhere" does not exist' in warnings(c)[0][1]


def test_alter_forms_that_change_nothing(tmp_path):
    c = replay(
        tmp_path,
        f"create function f(a int) {F};",
        "alter function f(int) owner to postgres;\nalter function f(int) security definer;\n"
        "alter function f(int) set search_path = '';\nalter function f(int) reset all;\n"
        "alter function f(integer) depends on extension pgcrypto;",
    )
    assert sigs(c) == {"public.f(integer)"}
    assert c.diagnostics == []


def test_alter_volatility(tmp_path):
    c = replay(
        tmp_path,
        f"create function f() {F};\ncreate function g() {F};\ncreate function h() returns setof int language sql as 'select 1';",
        "alter function f() stable;\nalter routine g() immutable strict parallel safe;\n"
        "alter function h() set search_path = public cost 5 rows 3 stable;",
    )
    assert fn(c, "public", "f").volatility == "stable"
    assert fn(c, "public", "g").volatility == "immutable"
    assert fn(c, "public", "h").volatility == "stable"


def test_alter_volatility_rejections(tmp_path):
    c = replay(
        tmp_path,
        f"create function f() {F};\ncreate procedure p() language sql as 'select 1';",
        "alter function f() volatile stable;\nalter function f() stable rows 10;\nalter procedure p() stable;",
    )
    assert fn(c, "public", "f").volatility == "volatile"
    assert [line for line, _ in warnings(c)] == [1, 2, 3]


# -- schemas --------------------------------------------------------------------------


def test_create_schema_then_create_in_it_through_search_path(tmp_path):
    c = replay(tmp_path, f"create schema if not exists app;\nset search_path = app;\ncreate function f() {F};")
    assert sigs(c) == {"app.f()"}


def test_drop_schema_cascade(tmp_path):
    c = replay(
        tmp_path,
        "create schema scratch;\ncreate type scratch.pair as (a int, b int);\n"
        "create table scratch.items (id int);\n"
        f"create function scratch.f() {F};\n"
        "create function public.uses(p scratch.pair) returns int language sql as 'select 1';\n"
        "create function public.uses_array(p scratch.pair[]) returns int language sql as 'select 1';\n"
        "create function public.rows() returns setof scratch.items language sql as 'select 1';\n"
        f"create function public.keep() {F};",
        "drop schema if exists nothing_here, scratch cascade;",
    )
    assert sigs(c) == {"public.keep()"}
    assert "scratch" not in c.schemas
    assert c.diagnostics == []


def test_drop_schema_without_cascade_of_a_non_empty_schema_is_rejected(tmp_path):
    c = replay(tmp_path, f"create schema s;\ncreate function s.f() {F};", "drop schema s;")
    assert sigs(c) == {"s.f()"}
    assert "cannot drop schema s" in warnings(c)[0][1]


def test_drop_empty_schema_then_create_in_it_falls_back(tmp_path):
    c = replay(tmp_path, f"create schema s;\ndrop schema s;\nset search_path = s, public;\ncreate function f() {F};")
    assert sigs(c) == {"public.f()"}


def test_drop_public_cascade_and_recreate(tmp_path):
    c = replay(
        tmp_path,
        f"create function f() {F};",
        f"drop schema public cascade;\ncreate schema public;\ncreate function g() {F};",
    )
    assert sigs(c) == {"public.g()"}


def test_alter_schema_rename_moves_routines_and_renames_types(tmp_path):
    c = replay(
        tmp_path,
        "create schema legacy;\ncreate type legacy.status as enum ('a');\n"
        f"create function legacy.f() {F};\n"
        "create function public.g(s legacy.status, t legacy.status[]) returns legacy.status language sql as 'select s';",
        "alter schema legacy rename to archive;",
    )
    assert sigs(c) == {"archive.f()", "public.g(archive.status, archive.status[])"}
    assert fn(c, "public", "g").returns == "archive.status"
    assert "archive" in c.schemas and "legacy" not in c.schemas


def test_alter_schema_rename_from_and_to_public(tmp_path):
    c = replay(
        tmp_path,
        "create type public.mood as enum ('a');\ncreate schema s;\n"
        "create function s.f(m mood) returns int language sql as 'select 1';",
        "alter schema public rename to old_public;",
    )
    assert sigs(c) == {"s.f(old_public.mood)"}


def test_alter_schema_rename_onto_an_existing_schema_is_rejected(tmp_path):
    c = replay(
        tmp_path,
        f"create schema a;\ncreate schema b;\ncreate function a.f() {F};",
        "alter schema a rename to b;\nalter schema a owner to postgres;",
    )
    assert sigs(c) == {"a.f()"}
    assert [line for line, _ in warnings(c)] == [1]


def test_drop_type_domain_and_table_cascade(tmp_path):
    c = replay(
        tmp_path,
        "create type mood as enum ('a');\ncreate domain posint as int;\ncreate table t (id int);\n"
        "create function uses_mood(m mood[]) returns int language sql as 'select 1';\n"
        "create function uses_posint(p posint) returns int language sql as 'select 1';\n"
        "create function rows_t() returns setof t language sql as 'select 1';\n"
        f"create function keep() {F};",
        "drop type if exists mood, nosuch cascade;\ndrop domain public.posint cascade;\ndrop table t cascade;",
    )
    assert sigs(c) == {"public.keep()"}
    assert c.diagnostics == []


def test_drop_type_in_use_without_cascade_is_rejected(tmp_path):
    c = replay(
        tmp_path,
        "create schema s;\ncreate type s.kind as enum ('a');\n"
        "create function f(k s.kind) returns int language sql as 'select 1';",
        "set search_path = s;\ndrop type kind;\ndrop type kind restrict;\ndrop table if exists kind;",
    )
    assert sigs(c) == {"public.f(s.kind)"}
    assert [line for line, _ in warnings(c)] == [2, 3]


# -- search_path ----------------------------------------------------------------------


def test_unqualified_drop_and_alter_use_the_first_schema_on_the_path(tmp_path):
    c = replay(
        tmp_path,
        f"create schema a;\ncreate schema b;\ncreate function a.f() {F};\ncreate function b.f() {F};\n"
        f"create function b.g() {F};",
        "set search_path = a, b;\ndrop function f;\nalter function f() stable;\nalter function g() rename to h;",
    )
    assert sigs(c) == {"b.f()", "b.h()"}
    assert fn(c, "b", "f").volatility == "stable"


def test_unqualified_drop_of_a_name_not_on_the_path(tmp_path):
    c = replay(tmp_path, f"create schema a;\ncreate function a.f() {F};", "drop function if exists f();")
    assert sigs(c) == {"a.f()"}


def test_set_config_and_reset(tmp_path):
    c = replay(
        tmp_path,
        "create schema a;\nselect pg_catalog.set_config('search_path', 'a', false);\n"
        f"create function one() {F};\nreset search_path;\ncreate function two() {F};\n"
        f"set schema 'a';\ncreate function three() {F};\nset search_path to default;\ncreate function four() {F};",
    )
    assert sigs(c) == {"a.one()", "public.two()", "a.three()", "public.four()"}


def test_search_path_is_per_file(tmp_path):
    c = replay(tmp_path, "create schema a;\nset search_path = a;", f"create function f() {F};")
    assert sigs(c) == {"public.f()"}


def test_set_local_lasts_until_the_end_of_the_transaction(tmp_path):
    c = replay(
        tmp_path,
        "create schema a;\n"
        f"set local search_path = a;\ncreate function outside_tx() {F};\n"
        f"begin;\nset local search_path = a;\ncreate function in_tx() {F};\ncommit;\n"
        f"create function after_commit() {F};\n"
        f"begin;\nselect set_config('search_path', 'a', true);\ncreate function in_tx2() {F};\nend;\n"
        f"create function after_end() {F};",
    )
    assert sigs(c) == {"public.outside_tx()", "a.in_tx()", "public.after_commit()", "a.in_tx2()", "public.after_end()"}


def test_set_in_a_rolled_back_transaction_is_undone(tmp_path):
    c = replay(tmp_path, f"create schema a;\nbegin;\nset search_path = a;\nrollback;\ncreate function f() {F};")
    assert sigs(c) == {"public.f()"}


# -- transactions ---------------------------------------------------------------------


def test_rollback_undoes_creates_drops_renames_and_schemas(tmp_path):
    c = replay(
        tmp_path,
        f"create function keep() {F};\ncreate function old() {F};",
        f"begin;\ncreate function gone() {F};\ndrop function keep();\nalter function old() rename to new;\n"
        "create schema tmp;\ncreate table tmp.t (id int);\nalter function new() stable;\nrollback;",
    )
    assert sigs(c) == {"public.keep()", "public.old()"}
    assert fn(c, "public", "old").volatility == "volatile"
    assert "tmp" not in c.schemas
    assert c.diagnostics == []


def test_rollback_to_savepoint(tmp_path):
    c = replay(
        tmp_path,
        f"create function survivor() {F};\n"
        f"begin;\ncreate function a() {F};\nsavepoint s1;\ncreate function b() {F};\ndrop function survivor();\n"
        f"rollback to savepoint s1;\ncreate function c() {F};\nsavepoint s2;\ncreate function d() {F};\n"
        "release savepoint s2;\ncommit;",
    )
    assert sigs(c) == {"public.survivor()", "public.a()", "public.c()", "public.d()"}


def test_commit_and_chain_keeps_a_transaction_open(tmp_path):
    c = replay(tmp_path, f"begin;\ncreate function a() {F};\ncommit and chain;\ncreate function b() {F};\nrollback;")
    assert sigs(c) == {"public.a()"}


def test_transaction_left_open_is_rolled_back(tmp_path):
    c = replay(tmp_path, f"create function a() {F};\nbegin;\ncreate function b() {F};", f"create function c() {F};")
    assert sigs(c) == {"public.a()", "public.c()"}
    [(line, message)] = warnings(c)
    assert line == 2 and "never committed" in message


# -- dynamic SQL ----------------------------------------------------------------------


def test_do_block_creating_a_function_is_reported(tmp_path):
    c = replay(
        tmp_path,
        "-- a comment\n"
        "DO $do$\nBEGIN\n  EXECUTE format('CREATE OR REPLACE FUNCTION public.%I() RETURNS int LANGUAGE sql AS %L', 'f_' || 'x', 'select 1');\nEND\n$do$;\n",
    )
    assert sigs(c) == set()
    [d] = c.diagnostics
    assert (d.rule, d.severity, d.loc.line) == ("dynamic-sql", "info", 2)
    assert "may create functions" in d.message and "does not run SQL" in d.message


def test_do_block_dropping_routines_is_reported_with_names(tmp_path):
    c = replay(
        tmp_path,
        f"create function f() {F};\n"
        "do $$ begin\n  drop function if exists public.f();\n  execute 'DROP ' || 'PROCEDURE ' || 'p';\nend $$;",
    )
    assert sigs(c) == {"public.f()"}  # not run
    [d] = c.diagnostics
    assert d.loc.line == 2
    assert "may drop functions or procedures (public.f)" in d.message


def test_do_block_not_touching_routines_is_silent(tmp_path):
    c = replay(
        tmp_path,
        "do $$ begin if not exists (select 1 from pg_roles where rolname = 'x') then create role x; end if; end $$;\n"
        "do $$ begin execute 'grant execute on function f() to anon'; create trigger t after insert on x "
        "for each row execute function g(); end $$;",
    )
    assert c.diagnostics == []


def test_select_gexec_building_ddl_is_reported(tmp_path):
    c = replay(
        tmp_path,
        "SELECT format('DROP FUNCTION %s;', oid::regprocedure) FROM pg_proc WHERE proname = 'old'\n\\gexec\n"
        f"create function after_gexec() {F};",
    )
    assert sigs(c) == {"public.after_gexec()"}
    assert rules(c) == ["dynamic-sql"]


def test_gexec_ends_the_statement():
    text = "select 'create function x' \\gexec\nselect 2;\n"
    sts, problems = split_statements(text)
    assert not problems
    assert [text[s.start : s.end] for s in sts] == ["select 'create function x' ", "select 2;"]


def test_last_statement_without_semicolon_is_applied(tmp_path):
    # psql sends what is left at the end of the input
    c = replay(tmp_path, f"create function f() {F};\ndrop function f()", f"create function g() {F}")
    assert sigs(c) == {"public.g()"}
    assert c.diagnostics == []


def test_parenthesis_never_closed_swallows_the_rest_of_the_file(tmp_path):
    c = replay(
        tmp_path,
        f"create function h(a int returns int as $$ select 1 $$ language sql;\ncreate function after_broken() {F};",
    )
    assert sigs(c) == set()  # PostgreSQL gets one statement and rejects it
    [(line, message)] = warnings(c)
    assert line == 1 and "parenthesis is never closed" in message


# -- files ----------------------------------------------------------------------------


def test_files_are_reported_in_the_order_they_were_applied(tmp_path):
    a, b = tmp_path / "20240102000000_b.sql", tmp_path / "20240101000000_a.sql"
    a.write_text(f"create function f() {F};")
    b.write_text("drop function f();")
    seen: list[str] = []
    c = load_catalog([a, b], on_file=seen.append)
    assert [Path(p).name for p in seen] == ["20240102000000_b.sql", "20240101000000_a.sql"]
    assert seen == c.files
    assert sigs(c) == set()  # applied as given: create, then drop


# -- Supabase's layout: extensions, their types, its schemas ---------------------------
# (fixtures/migrations/extensions is the same against PostgreSQL: test_extensions_oracle.py)


def test_the_default_search_path_is_supabases(tmp_path):
    from rpccheck.sql.catalog import DEFAULT_SEARCH_PATH

    assert DEFAULT_SEARCH_PATH == ("$user", "public", "extensions")
    c = replay(
        tmp_path,
        "create schema extensions;\ncreate extension citext with schema extensions;\n"
        "create function f(a citext) returns citext language sql as 'select a';",
    )
    assert sigs(c) == {"public.f(extensions.citext)"}
    assert fn(c, "public", "f").returns == "extensions.citext"


def test_extension_types_spelled_both_ways_are_one_identity(tmp_path):
    c = replay(
        tmp_path,
        "create extension if not exists citext with schema extensions;\n"
        "create function f(a citext) returns citext language sql as 'select a';\n"
        "create or replace function f(a extensions.citext) returns extensions.citext language sql as 'select a';\n"
        "create or replace function f(a citext) returns extensions.citext language sql as 'select a';",
    )
    assert sigs(c) == {"public.f(extensions.citext)"}
    assert c.diagnostics == []


def test_dashboard_extension_types_are_taken_to_be_in_extensions(tmp_path):
    # no CREATE EXTENSION: the dashboard made it, in `extensions`
    c = replay(
        tmp_path,
        "create function match_docs(e vector(1536), n int) returns int language sql as 'select 1';\n"
        "create function match_docs(e extensions.vector, t text) returns int language sql as 'select 1';\n"
        "create function g(h halfvec[], c citext, i isbn13, l ltree) returns int language sql as 'select 1';",
        "drop function match_docs(vector, int);",
    )
    assert sigs(c) == {
        "public.match_docs(extensions.vector, text)",
        "public.g(extensions.halfvec[], extensions.citext, extensions.isbn13, extensions.ltree)",
    }
    assert c.diagnostics == []


def test_extension_types_off_the_path_print_as_written(tmp_path):
    c = replay(
        tmp_path, "set search_path = public;\ncreate function f(v vector) returns int language sql as 'select 1';"
    )
    assert sigs(c) == {"public.f(vector)"}


def test_create_extension_without_schema_uses_the_creation_schema(tmp_path):
    c = replay(
        tmp_path,
        "create extension vector;\ncreate function f(v vector, w extensions.vector) returns int language sql as 'select 1';\n"
        'create schema ai;\ncreate extension "uuid-ossp" with schema extensions;\ncreate extension if not exists cube schema ai cascade;\n'
        "set search_path = public, ai;\ncreate function g(c cube, s seg) returns int language sql as 'select 1';",
    )
    # vector went to public; seg was never created: the dashboard's, in extensions, is not on this path
    assert sigs(c) == {"public.f(vector, extensions.vector)", "public.g(ai.cube, seg)"}
    assert c.extensions == {"vector": "public", "uuid-ossp": "extensions", "cube": "ai"}


def test_create_extension_twice(tmp_path):
    c = replay(
        tmp_path,
        "create extension citext schema extensions;\ncreate extension if not exists citext;\n"
        "create function f(c citext) returns int language sql as 'select 1';\ncreate extension citext;",
    )
    assert sigs(c) == {"public.f(extensions.citext)"}  # IF NOT EXISTS: it stays where it was
    assert [(line, "already exists" in m) for line, m in warnings(c)] == [(4, True)]


def test_create_extension_in_a_rolled_back_transaction(tmp_path):
    c = replay(
        tmp_path,
        "begin;\ncreate extension citext;\nrollback;\n"
        "create function f(c citext) returns int language sql as 'select 1';",
    )
    assert c.extensions == {}
    assert sigs(c) == {"public.f(extensions.citext)"}


def test_alter_extension_set_schema_retypes_routines(tmp_path):
    c = replay(
        tmp_path,
        "create extension citext with schema extensions;\n"
        "create function f(a citext, b citext[]) returns extensions.citext language sql as 'select a';\n"
        "create function g(h hstore) returns int language sql as 'select 1';",
        "alter extension citext set schema public;\nalter extension hstore set schema public;\n"
        "alter extension citext update to '1.6';",
    )
    assert sigs(c) == {"public.f(citext, citext[])", "public.g(hstore)"}
    assert fn(c, "public", "f").returns == "citext"
    assert c.extensions == {"citext": "public", "hstore": "public"}


def test_drop_extension(tmp_path):
    c = replay(
        tmp_path,
        "create extension cube;\ncreate extension seg;\n"
        "create function f(c cube) returns int language sql as 'select 1';\n"
        "create function g(s seg[]) returns int language sql as 'select 1';\n"
        "create function h(i isbn) returns int language sql as 'select 1';\n"
        "create function k() returns int language sql as 'select 1';",
        "drop extension cube;\ndrop extension if exists seg, nope cascade;\ndrop extension isn cascade;",
    )
    assert sigs(c) == {"public.f(cube)", "public.k()"}
    assert [line for line, _ in warnings(c)] == [1]
    assert "cannot drop extension cube" in warnings(c)[0][1]


def test_table_row_types_resolve_through_the_search_path(tmp_path):
    c = replay(
        tmp_path,
        "create schema app;\ncreate table app.orders (id bigint, email citext);\n"
        "set search_path = app, public;\n"
        "create function f(r orders) returns setof orders language sql as 'select r';\n"
        "create function g(e orders.email%type) returns int language sql as 'select 1';",
    )
    assert sigs(c) == {"app.f(app.orders)", "app.g(extensions.citext)"}
    assert fn(c, "app", "f").returns == "app.orders"


def test_alter_routine_set_schema_to_a_supabase_schema(tmp_path):
    c = replay(
        tmp_path,
        f"create function f() {F};\ncreate function g() {F};\ncreate function h() {F};\n"
        f"create function vault.direct() {F};",
        "alter function public.f() set schema extensions;\nalter function g() set schema vault;\n"
        "alter function h() set schema nowhere;",
    )
    assert sigs(c) == {"extensions.f()", "vault.g()", "vault.direct()", "public.h()"}
    [(line, message)] = warnings(c)
    assert line == 3 and 'schema "nowhere" does not exist' in message


def test_supabase_schemas_on_the_path_are_created_in(tmp_path):
    c = replay(
        tmp_path,
        f"set search_path = auth, public;\ncreate function f() {F};",
        f"set search_path = nowhere, public;\ncreate function g() {F};",
    )
    assert sigs(c) == {"auth.f()", "public.g()"}


# -- dynamic DROPs ---------------------------------------------------------------------

_DROP_MATCH_DOCS = (
    "do $$ declare r record; begin\n"
    "  for r in select oid::regprocedure as sig from pg_proc where proname = 'match_docs' loop\n"
    "    execute format('drop function if exists %s', r.sig);\n"
    "  end loop;\nend $$;\n"
)


def test_dynamic_drop_by_a_name_in_a_literal(tmp_path):
    c = replay(
        tmp_path,
        "create function match_docs(q text) returns int language sql as 'select 1';\n"
        "create function match_docs(q text, n int) returns int language sql as 'select 1';\n"
        "create function other(q text) returns int language sql as 'select 1';",
        _DROP_MATCH_DOCS + "create function match_docs(q text, n int, m int) returns int language sql as 'select 1';",
    )
    assert len(c.overloads("public", "match_docs")) == 3  # not run
    assert rules(c) == ["dynamic-sql"]
    [(path, line, d)] = c.dynamic_drops
    assert path.endswith("_m1.sql") and line == 1
    assert d.may_drop("match_docs") and not d.may_drop("other") and not d.drops_unknown
    old, older, new = c.overloads("public", "match_docs")
    assert c.dynamic_drop_of(old) == (path, 1) and c.dynamic_drop_of(older) == (path, 1)
    assert c.dynamic_drop_of(new) is None  # created after the DO block
    assert c.dynamic_drop_of(fn(c, "public", "other")) is None


@pytest.mark.parametrize(
    "body, dropped, kept",
    [
        # a LIKE pattern on proname
        (
            "for r in select p.oid::regprocedure as sig from pg_proc p where p.proname like 'match_%' loop "
            "execute 'drop function ' || r.sig; end loop;",
            ["match_docs", "match_pages"],
            ["other"],
        ),
        # the name written out, with a placeholder
        ("execute format('drop function if exists public.report_%s(text)', code);", ["report_emea"], ["match_docs"]),
        ("execute 'DROP FUNCTION IF EXISTS report_' || code || '(text)';", ["report_emea"], ["match_docs"]),
        # a plain DROP inside the block
        ("drop function if exists public.match_docs(text);", ["match_docs"], ["match_pages"]),
        # nothing says which: any
        (
            "for r in select oid::regprocedure as sig from pg_proc where pronamespace = 'public'::regnamespace loop "
            "execute 'drop function ' || r.sig || ' cascade'; end loop;",
            ["match_docs", "other", "anything"],
            [],
        ),
    ],
)
def test_what_a_dynamic_drop_may_drop(tmp_path, body, dropped, kept):
    c = replay(
        tmp_path,
        "create function match_docs(q text) returns int language sql as 'select 1';\n"
        "create function match_pages(q text) returns int language sql as 'select 1';\n"
        "create function other(q text) returns int language sql as 'select 1';",
        f"do $$ declare r record; code text := 'emea'; begin {body} end $$;",
    )
    [(_, _, d)] = c.dynamic_drops
    assert [n for n in dropped if d.may_drop(n)] == dropped
    assert [n for n in kept if d.may_drop(n)] == []


def test_dynamic_creates_are_not_drops(tmp_path):
    c = replay(
        tmp_path,
        "do $$ begin execute format('create function %I() returns int language sql as ''select 1''', 'f'); end $$;",
    )
    assert c.dynamic_drops == [] and len(c.dynamic_creates) == 1


# -- aggregates ------------------------------------------------------------------------

_AGG_FUNCS = (
    "create function add_int(s int, v int) returns int language sql as 'select s + v';\n"
    "create function fin(s int) returns text language sql as 'select s::text';\n"
)


def test_create_aggregate_forms(tmp_path):
    c = replay(
        tmp_path,
        _AGG_FUNCS + "create aggregate sum_txt(int) (sfunc = add_int, stype = int, finalfunc = fin);\n"
        "create aggregate sum_int(val int4) (sfunc = add_int, stype = int);\n"
        "create aggregate old_sum (basetype = int, sfunc = add_int, stype = int, initcond = '0');\n"
        "create aggregate acc (anycompatible) (sfunc = array_append, stype = anycompatiblearray, initcond = '{}');\n"
        "create aggregate cnt (*) (sfunc = int8inc, stype = int8, initcond = '0');\n"
        "create aggregate oldcnt (basetype = 'ANY', sfunc = int8inc, stype = int8, initcond = '0');\n"
        "create aggregate pct(float8 order by numeric) (sfunc = ordered_set_transition, stype = internal,\n"
        "  finalfunc = percentile_disc_final, finalfunc_extra);\n"
        "create aggregate vsum(variadic a int[]) (sfunc = array_cat, stype = int[]);",
    )
    aggs = {f.name: f for f in c.all_functions() if f.kind == "aggregate"}
    # a FINALFUNC rpccheck does not know (a built-in one): the state type stands in
    assert aggs.pop("pct").identity == ("double precision", "numeric")
    assert {n: (f.identity, f.returns) for n, f in aggs.items()} == {
        "sum_txt": (("integer",), "text"),
        "sum_int": (("integer",), "integer"),
        "old_sum": (("integer",), "integer"),
        "acc": (("anycompatible",), "anycompatiblearray"),
        "cnt": ((), "bigint"),
        "oldcnt": ((), "bigint"),
        "vsum": (("integer[]",), "integer[]"),
    }
    assert {f.volatility for f in aggs.values()} == {"immutable"}
    assert aggs["sum_int"].params[0].name == "val" and aggs["vsum"].params[0].mode == "variadic"
    assert c.diagnostics == []


def test_drop_and_alter_aggregates(tmp_path):
    c = replay(
        tmp_path,
        _AGG_FUNCS + "create aggregate a1(int) (sfunc = add_int, stype = int);\n"
        "create aggregate a2(*) (sfunc = int8inc, stype = int8, initcond = '0');\n"
        "create aggregate a3(int) (sfunc = add_int, stype = int);",
        "drop function a1(int);\ndrop aggregate add_int(int, int);\nalter function a1(int) stable;\n"
        "drop aggregate a2(*);\ndrop routine a3;\nalter aggregate a1(integer) rename to a4;\n"
        "create or replace function a4(int) returns int language sql as 'select 1';",
    )
    assert sigs(c) == {"public.add_int(integer, integer)", "public.fin(integer)", "public.a4(integer)"}
    assert fn(c, "public", "a4").kind == "aggregate"
    assert [line for line, _ in warnings(c)] == [1, 2, 3, 7]
