"""Migration replay against PostgreSQL itself.

A Supabase-style `supabase/migrations/` directory is applied file by file to a
throwaway cluster the way the Supabase CLI applies it (each file one transaction,
see PgCluster.load_migration). After every file, pg_proc must equal rpccheck's catalog built by
replaying the same files, function by function. The one expected difference is
the function a DO block creates with EXECUTE: rpccheck does not run SQL, so it
must report that DO block as dynamic-sql instead.

A second check runs statements PostgreSQL rejects (each in its own
autocommitted statement, psql going on after errors): rpccheck must leave the
catalog as PostgreSQL leaves pg_proc, and warn at exactly the lines where psql
reported an error it can know about.
"""

from __future__ import annotations

import re
from pathlib import Path


from conftest import FIXTURES
from pgcluster import by_signature
from rpccheck.sql.catalog import Catalog
from rpccheck.sql.replay import load_catalog

MIGRATIONS = FIXTURES / "migrations" / "replay" / "supabase" / "migrations"
REJECTED = FIXTURES / "migrations" / "rejected.sql"
DYNAMIC_FILE = "20240115090000_dynamic_sql.sql"
DYNAMIC_KEY = ("public", "dyn_counter", ())
MIGRATION_NAME = re.compile(r"^\d{14}_[^/]+\.sql$")


def migration_files() -> list[Path]:
    files = sorted(MIGRATIONS.iterdir())
    assert all(MIGRATION_NAME.match(p.name) for p in files), [p.name for p in files]
    return files


def test_fixture_is_a_supabase_migrations_directory():
    files = migration_files()
    assert len(files) >= 15
    text = "\n".join(p.read_text().lower() for p in files)
    for form in (
        "create function",
        "create or replace function",
        "drop function",
        "drop procedure",
        "drop routine",
        "if exists",
        "rename to",
        "set schema",
        "alter schema",
        "drop schema",
        "cascade",
        "set search_path",
        "set local",
        "set_config",
        "reset search_path",
        "create procedure",
        "alter procedure",
        "alter routine",
        "execute format",
        "begin;",
        "commit;",
        "savepoint",
        "rollback",
        "stable",
        '"',
        "drop type",
    ):
        assert form in text, form


def test_replayed_migrations_equal_pg_proc(pg):
    files = migration_files()
    pg.create_db("replay")
    pg.supabase_roles("replay")
    baseline = by_signature(pg.functions("replay"))  # nothing user-defined yet
    assert baseline == {}

    catalog = Catalog()
    order: list[str] = []
    dynamic_seen = False
    for path in files:
        pg.load_migration("replay", path)
        load_catalog([path], catalog, on_file=order.append)
        truth = by_signature(pg.functions("replay"))
        ours = by_signature([f.to_json() for f in catalog.all_functions()])
        if path.name == DYNAMIC_FILE:
            dynamic_seen = True
        expected_missing = {DYNAMIC_KEY} if dynamic_seen else set()
        assert set(truth) - set(ours) == expected_missing, path.name
        assert set(ours) - set(truth) == set(), path.name
        for key in ours:
            assert ours[key] == truth[key], (path.name, key)

    assert order == catalog.files
    assert [Path(p).name for p in catalog.files] == [p.name for p in files]

    # exactly one diagnostic: the DO block that creates dyn_counter
    assert len(catalog.diagnostics) == 1, [(d.loc.path, d.loc.line, d.message) for d in catalog.diagnostics]
    d = catalog.diagnostics[0]
    assert d.rule == "dynamic-sql" and d.severity == "info"
    assert d.loc.path.endswith(DYNAMIC_FILE)
    do_line = next(
        i
        for i, line in enumerate((MIGRATIONS / DYNAMIC_FILE).read_text().splitlines(), 1)
        if line.startswith("do $do$")
    )
    assert d.loc.line == do_line
    assert "create" in d.message and "function" in d.message


def test_replay_of_the_whole_directory_at_once():
    """One load_catalog call over the directory's files gives the same catalog."""
    files = migration_files()
    step = Catalog()
    for p in files:
        load_catalog([p], step)
    whole = load_catalog(files)
    assert by_signature([f.to_json() for f in whole.all_functions()]) == by_signature(
        [f.to_json() for f in step.all_functions()]
    )
    assert [(d.loc.line, d.rule) for d in whole.diagnostics] == [(d.loc.line, d.rule) for d in step.diagnostics]


_PSQL_ERROR = re.compile(r"^psql:[^\n]*?:(\d+): ERROR:", re.M)


def test_rejected_statements_change_nothing(pg):
    """Statements PostgreSQL rejects leave pg_proc alone; so must rpccheck, with a warning
    on the same line (every statement in the file is on one line)."""
    pg.create_db("rejected")
    proc = pg.psql("rejected", file=REJECTED, on_error_stop=False)
    assert proc.returncode == 0, proc.stderr
    error_lines = sorted(int(n) for n in _PSQL_ERROR.findall(proc.stderr))
    assert len(error_lines) >= 8, proc.stderr
    truth = by_signature(pg.functions("rejected"))

    catalog = load_catalog([REJECTED])
    ours = by_signature([f.to_json() for f in catalog.all_functions()])
    assert sorted(ours) == sorted(truth)
    for key in truth:
        assert ours[key] == truth[key], key
    warned = sorted(d.loc.line for d in catalog.diagnostics)
    assert all(d.rule == "schema-statement-rejected" for d in catalog.diagnostics)
    # names that do not exist (without IF EXISTS) are rejected too: no other source
    # can have made them (they are not in Supabase's own schemas or an extension's)
    elsewhere = [i for i, line in enumerate(REJECTED.read_text().splitlines(), 1) if "-- maybe elsewhere" in line]
    assert warned == sorted(set(error_lines) - set(elsewhere))
