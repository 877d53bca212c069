"""Silent-failure rules: the facts they read, checked against PostgreSQL where it can judge.

`Function.writes` (rpccheck/sql/body.py) claims a body fails in a read-only transaction;
PostgreSQL is asked: each function is created and called inside `BEGIN READ ONLY`, the
transaction PostgREST opens for GET and HEAD. A body rpccheck says writes must fail
there with "read-only transaction"; a body that only reads must run, and rpccheck must not
call it a writer. Bodies rpccheck cannot judge (another function, dynamic SQL) are only
required never to be called writers when PostgreSQL runs them.
"""

from __future__ import annotations

import json
import re

from conftest import FIXTURES
from rpccheck.sql.body import body_writes
from rpccheck.sql.replay import load_catalog

SETUP = "CREATE TABLE t (id integer PRIMARY KEY, n integer DEFAULT 0); CREATE SEQUENCE s;"

# (function, CREATE statement, True when the body's text shows the write)
BODIES = [
    ("w_insert", "CREATE FUNCTION w_insert() RETURNS void LANGUAGE sql AS $$ INSERT INTO t VALUES (1) $$", True),
    ("w_update", "CREATE FUNCTION w_update() RETURNS void LANGUAGE sql AS 'UPDATE t SET n = n + 1'", True),
    (
        "w_update_alias",
        "create function w_update_alias() returns void language sql as $$ update only public.t as x set n = 1 $$",
        True,
    ),
    ("w_delete", "CREATE FUNCTION w_delete() RETURNS void LANGUAGE plpgsql AS $b$ BEGIN DELETE FROM t; END $b$", True),
    (
        "w_merge",
        "CREATE FUNCTION w_merge() RETURNS void LANGUAGE sql AS $$ MERGE INTO t USING (SELECT 1 AS id) s "
        "ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id) $$",
        True,
    ),
    ("w_truncate", "CREATE FUNCTION w_truncate() RETURNS void LANGUAGE plpgsql AS $$ BEGIN TRUNCATE t; END $$", True),
    ("w_nextval", "CREATE FUNCTION w_nextval() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('s') $$", True),
    ("w_setval", "CREATE FUNCTION w_setval() RETURNS bigint LANGUAGE sql AS $$ SELECT setval('s', 5) $$", True),
    (
        "w_for_update",
        "CREATE FUNCTION w_for_update() RETURNS SETOF integer LANGUAGE sql AS $$ SELECT id FROM t FOR UPDATE $$",
        True,
    ),
    (
        "w_for_share",
        "CREATE FUNCTION w_for_share() RETURNS SETOF integer LANGUAGE sql AS $$ SELECT id FROM t FOR KEY SHARE $$",
        True,
    ),
    (
        "w_cte",
        "CREATE FUNCTION w_cte() RETURNS SETOF integer LANGUAGE sql AS $$ WITH x AS (UPDATE t SET n = 0 RETURNING id) "
        "SELECT id FROM x $$",
        True,
    ),
    ("w_ddl", "CREATE FUNCTION w_ddl() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE u (a int); END $$", True),
    (
        "w_grant",
        "CREATE FUNCTION w_grant() RETURNS void LANGUAGE plpgsql AS $$ BEGIN GRANT SELECT ON t TO PUBLIC; END $$",
        True,
    ),
    (
        "w_comment",
        "CREATE FUNCTION w_comment() RETURNS void LANGUAGE plpgsql AS $$ BEGIN COMMENT ON TABLE t IS 'x'; END $$",
        True,
    ),
    (
        "w_atomic",
        "CREATE FUNCTION w_atomic() RETURNS void LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (2); END",
        True,
    ),
    (
        "w_escaped",
        "CREATE FUNCTION w_escaped() RETURNS void LANGUAGE sql AS E'INSERT INTO t VALUES (3) -- it\\'s here'",
        True,
    ),
    ("r_select", "CREATE FUNCTION r_select() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM t $$", False),
    (
        "r_comment",
        "CREATE FUNCTION r_comment() RETURNS bigint LANGUAGE sql AS $$ SELECT 1 -- INSERT INTO t\n"
        "/* DELETE FROM t /* nested */ UPDATE t SET n = 1 */ $$",
        False,
    ),
    (
        "r_string",
        "CREATE FUNCTION r_string() RETURNS text LANGUAGE sql AS $$ SELECT 'INSERT INTO t VALUES (1)' $$",
        False,
    ),
    (
        "r_quoted",
        'CREATE FUNCTION r_quoted() RETURNS text LANGUAGE sql AS $$ SELECT "update" FROM (SELECT \'x\' AS "update") q $$',
        False,
    ),
    (
        "r_updated_at",
        "CREATE FUNCTION r_updated_at() RETURNS integer LANGUAGE sql AS $$ SELECT n AS updated_at FROM t LIMIT 1 $$",
        False,
    ),
    (
        "r_plpgsql",
        "CREATE FUNCTION r_plpgsql() RETURNS integer LANGUAGE plpgsql AS $x$ DECLARE v int; BEGIN "
        "RAISE NOTICE 'DELETE FROM t'; SELECT count(*) INTO v FROM t; RETURN v; END $x$",
        False,
    ),
    ("r_return", "CREATE FUNCTION r_return() RETURNS integer LANGUAGE sql RETURN 1 + 1", False),
    (
        "r_dollar_nested",
        "CREATE FUNCTION r_dollar_nested() RETURNS text LANGUAGE sql AS $o$ SELECT $i$ INSERT INTO t $i$ $o$",
        False,
    ),
    # not judged from the text: another function, dynamic SQL, temporary tables
    ("u_calls", "CREATE FUNCTION u_calls() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM w_insert(); END $$", None),
    (
        "u_dynamic",
        "CREATE FUNCTION u_dynamic() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'DELETE FROM t'; END $$",
        None,
    ),
    (
        "u_temp",
        "CREATE FUNCTION u_temp() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE IF NOT EXISTS tt (a int); "
        "INSERT INTO tt VALUES (1); END $$",
        None,
    ),
]


def _fails_read_only(pg, db: str, call: str) -> bool:
    res = pg.psql(db, sql=f"BEGIN READ ONLY;\nSELECT {call};\nROLLBACK;\n")
    if res.returncode == 0:
        return False
    assert "read-only transaction" in res.stderr, res.stderr
    return True


def test_body_writes_agrees_with_read_only_transactions(pg):
    pg.create_db("readonly")
    pg.execute("readonly", SETUP + "\n" + ";\n".join(stmt for _, stmt, _ in BODIES) + ";")
    for fn, stmt, shows_write in BODIES:
        fails = _fails_read_only(pg, "readonly", f"{fn}()")
        said = body_writes(stmt)
        if said is True:
            assert fails, f"{fn}: rpccheck says it writes, but PostgreSQL runs it read-only"
        if shows_write is not None:
            assert fails == shows_write, f"{fn}: expectation about PostgreSQL is wrong"
            assert (said is True) == shows_write, f"{fn}: body_writes says {said}"
        else:
            assert said is None


def test_fixture_functions_in_a_read_only_transaction(pg):
    """The rule's fixture: exactly the functions it warns about fail under GET's transaction."""
    sql = FIXTURES / "cases" / "rule-read-only-call-to-volatile" / "schema.sql"
    pg.create_db("readonly_fixture")
    pg.load_files("readonly_fixture", [sql])
    catalog = load_catalog([sql])
    args = {"bump_views": "1", "claim_post": "1", "describe_post": "1", "bump_twice": "1"}
    for fn in catalog.all_functions():
        if fn.returns == "trigger":
            continue
        fails = _fails_read_only(pg, "readonly_fixture", f"public.{fn.name}({args.get(fn.name, '')})")
        if fn.writes is True and fn.volatility == "volatile":
            assert fails, fn.name
        if fn.name in ("list_posts", "describe_post", "count_posts"):
            assert not fails and fn.writes is not True, fn.name


def test_body_writes_never_says_false():
    assert body_writes("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$") is None
    assert body_writes("CREATE FUNCTION f() RETURNS int LANGUAGE c AS 'lib', 'f'") is None
    assert body_writes("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1") is None  # unterminated


def test_unchecked_error_is_opt_in(run_cli):
    case = FIXTURES / "cases" / "rule-unchecked-error"
    default = run_cli(["check", "--schema", "schema.sql", "--format", "json", "."], cwd=case)
    assert [d for d in default.json() if d["rule"] == "unchecked-error"] == []
    chosen = run_cli(
        ["check", "--schema", "schema.sql", "--format", "json", "--select", "unchecked-error", "."], cwd=case
    )
    assert {d["rule"] for d in chosen.json()} == {"unchecked-error"}
    assert re.search(r"Off by default", run_cli(["rule", "unchecked-error"]).out)


def test_text_arrays_in_a_query_string_against_array_in(pg):
    """supabase-js writes a GET array as `{${value.join(',')}}`; the rule calls a string
    array unsafe exactly when PostgreSQL's array_in does not give the same strings back."""
    from rpccheck.checks.silent import _not_array_safe

    pg.create_db("arrays")
    cases = [
        ["a", "b"],
        ["a,b"],
        ["dark blue"],
        [" pad"],
        ["pad "],
        [""],
        ["NULL"],
        ["null"],
        ["Null x"],
        ['say "hi"'],
        ["back\\slash"],
        ["{x}"],
        ["é", "日本"],
        ["a b", "c"],
        ["x", "nullable"],
    ]
    for items in cases:
        literal = "{" + ",".join(items) + "}"  # what `{${value.join(',')}}` sends
        quoted = literal.replace("'", "''")
        res = pg.psql(
            "arrays",
            sql=f"SELECT coalesce(json_agg(x), '[]') FROM unnest('{quoted}'::text[]) x;",
            extra_args=["-A", "-t"],
        )
        same = res.returncode == 0 and json.loads(res.stdout) == items
        assert any(_not_array_safe(x) for x in items) == (not same), (items, res.stdout, res.stderr)


# Routines made VOLATILE by an ALTER after they were created STABLE or IMMUTABLE: the reader
# reads a body's writes only for volatile routines, so these take the deferred reading
# (Catalog.defer_writes), through a rename, a schema move and a rolled-back rename.
LATE_VOLATILE = """
CREATE TABLE t (id integer PRIMARY KEY, n integer DEFAULT 0);
CREATE SCHEMA x;
CREATE FUNCTION a_plain() RETURNS void LANGUAGE plpgsql STABLE AS $$ BEGIN INSERT INTO t VALUES (1); END $$;
ALTER FUNCTION a_plain() VOLATILE;
CREATE FUNCTION b_old() RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN DELETE FROM t; END $$;
ALTER FUNCTION b_old() RENAME TO b_new;
ALTER FUNCTION b_new() VOLATILE;
CREATE FUNCTION c_moved() RETURNS void LANGUAGE plpgsql STABLE AS $$ BEGIN UPDATE t SET n = 1; END $$;
ALTER FUNCTION c_moved() SET SCHEMA x;
ALTER FUNCTION x.c_moved() VOLATILE;
CREATE FUNCTION d_kept() RETURNS void LANGUAGE plpgsql STABLE AS $$ BEGIN TRUNCATE t; END $$;
BEGIN;
ALTER FUNCTION d_kept() RENAME TO d_gone;
ROLLBACK;
ALTER FUNCTION d_kept() VOLATILE;
CREATE FUNCTION e_reads() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM t $$;
ALTER FUNCTION e_reads() VOLATILE;
CREATE FUNCTION f_stays() RETURNS void LANGUAGE plpgsql STABLE AS $$ BEGIN INSERT INTO t VALUES (2); END $$;
"""


def test_writes_of_routines_made_volatile_later(pg, tmp_path):
    sql = tmp_path / "late.sql"
    sql.write_text(LATE_VOLATILE)
    pg.create_db("late_volatile")
    pg.load_files("late_volatile", [sql])
    catalog = load_catalog([sql])
    got = {f"{fn.schema}.{fn.name}": (fn.volatility, fn.writes) for fn in catalog.all_functions()}
    volatile = pg.query_json(
        "late_volatile",
        "SELECT json_object_agg(n.nspname || '.' || p.proname, p.provolatile) FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ('public', 'x')",
    )
    assert {k: v[0][0] for k, v in got.items()} == volatile
    for name in ("public.a_plain", "public.b_new", "x.c_moved", "public.d_kept"):
        assert got[name] == ("volatile", True), name
        assert _fails_read_only(pg, "late_volatile", f"{name}()"), name
    assert got["public.e_reads"] == ("volatile", None)
    assert not _fails_read_only(pg, "late_volatile", "public.e_reads()")
    assert got["public.f_stays"][0] == "stable"  # its body is never read: nothing asks
