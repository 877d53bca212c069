"""Supabase's layout against PostgreSQL itself: extensions in `extensions`, its schemas.

A Supabase project runs migrations as a role whose search_path is
`"$user", public, extensions`, with extensions enabled from the dashboard `with schema
extensions`, so migrations spell an extension's types both ways (`citext`,
`extensions.citext`). Here the database gets that search_path (ALTER DATABASE, as the
role's setting would), `dashboard.sql` plays the platform and the dashboard (loaded
into PostgreSQL only: rpccheck never sees it), and the migrations are applied with psql
file by file. After each file pg_proc, printed by format_type() from a session with
PostgreSQL's default search_path (as rpccheck prints types), must equal rpccheck's
catalog function by function; so must the catalog read back from the real pg_dump.
"""

from __future__ import annotations

from conftest import FIXTURES
from pgcluster import _FUNCTIONS_SQL, by_signature
from rpccheck.sql.catalog import Catalog
from rpccheck.sql.replay import load_catalog

HERE = FIXTURES / "migrations" / "extensions"
DASHBOARD = HERE / "dashboard.sql"
MIGRATIONS = HERE / "supabase" / "migrations"


def pg_functions(pg, db: str) -> dict:
    sql = 'SET search_path = "$user", public;\n' + _FUNCTIONS_SQL.replace("{schema_filter}", "")
    return by_signature(pg.query_json(db, sql))


def ours(catalog: Catalog) -> dict:
    return by_signature([f.to_json() for f in catalog.all_functions()])


def assert_same(truth: dict, mine: dict, where: str) -> None:
    assert sorted(mine) == sorted(truth), where
    for key in truth:
        assert mine[key] == truth[key], (where, key)


def test_fixture_spells_extension_types_both_ways():
    text = "\n".join(p.read_text() for p in sorted(MIGRATIONS.iterdir()))
    for form in (
        "citext",
        "extensions.citext",
        "create extension",
        "alter extension",
        "drop extension",
        "set schema vault",
        "set schema extensions",
        "set search_path = app",
    ):
        assert form in text, form


def test_supabase_layout_equals_pg_proc(pg, tmp_path):
    pg.create_db("supa")
    pg.execute("supa", 'ALTER DATABASE supa SET search_path = "$user", public, extensions;')
    pg.load_files("supa", [DASHBOARD])
    assert pg_functions(pg, "supa") == {}  # extensions' own routines are not listed

    catalog = Catalog()
    for path in sorted(MIGRATIONS.iterdir()):
        pg.load_files("supa", [path])
        load_catalog([path], catalog)
        assert_same(pg_functions(pg, "supa"), ours(catalog), path.name)
    assert catalog.diagnostics == [], [(d.loc.path, d.loc.line, d.message) for d in catalog.diagnostics]
    truth = pg_functions(pg, "supa")
    assert len(truth) >= 12
    # the dashboard's extension was dropped by a migration, with what used its types
    assert not any(k[1] == "books" for k in truth)

    dump = tmp_path / "supa_dump.sql"
    pg.pg_dump_schema("supa", dump)
    from_dump = load_catalog([dump])
    assert from_dump.diagnostics == [], [(d.loc.line, d.message) for d in from_dump.diagnostics]
    assert_same(truth, ours(from_dump), "pg_dump")
