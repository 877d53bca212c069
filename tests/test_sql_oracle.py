"""rpccheck's signatures against PostgreSQL's own pg_proc, on a throwaway cluster.

The SQL is loaded with psql into a real PostgreSQL (the server binaries on the
machine); pg_proc, read through format_type(), is the oracle. Then the real
pg_dump of that database is read back, and must give the same signatures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from pgcluster import by_signature
from rpccheck.sql.replay import load_catalog

TORTURE = FIXTURES / "sql" / "torture.sql"
SEED = FIXTURES / "seed" / "full.sql"


def extracted(path: Path, **kw) -> dict:
    catalog = load_catalog([path], **kw)
    assert not catalog.diagnostics, [d.message for d in catalog.diagnostics]
    return by_signature([f.to_json() for f in catalog.all_functions()])


def assert_same(pg_side: dict, ours: dict) -> None:
    assert sorted(ours) == sorted(pg_side)
    for key in pg_side:
        assert ours[key] == pg_side[key], key


def load_and_compare(pg, db: str, sql: Path, tmp_path: Path, roles: bool = False) -> None:
    pg.create_db(db)
    if roles:
        pg.supabase_roles(db)
    pg.load_files(db, [sql])
    truth = by_signature(pg.functions(db))
    assert len(truth) > 10
    assert_same(truth, extracted(sql))
    dump = tmp_path / f"{db}_dump.sql"
    pg.pg_dump_schema(db, dump)
    assert_same(truth, extracted(dump))


def test_torture_file_equals_pg_proc(pg, tmp_path):
    load_and_compare(pg, "torture", TORTURE, tmp_path)


def test_seed_dump_equals_pg_proc(pg, tmp_path):
    if not SEED.exists():
        pytest.fail("fixtures/seed/full.sql is missing")
    load_and_compare(pg, "seed", SEED, tmp_path, roles=True)


def test_corpus_dump_equals_pg_proc(pg, tmp_path, small_corpus):
    """The shared generator's pg_dump-style full.sql, loaded for real."""
    sql = small_corpus / "full.sql"
    pg.create_db("corpus")
    pg.supabase_roles("corpus")
    pg.load_files("corpus", [sql])
    truth = {k: v for k, v in by_signature(pg.functions("corpus")).items() if k[0] in ("public", "private", "auth")}
    ours = {k: v for k, v in extracted(sql).items() if k[0] in ("public", "private", "auth")}
    assert_same(truth, ours)
