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
from rpccheck.sql.routines import Resolvers, params_from_sqlglot, params_from_tokens, read_header
from rpccheck.sql.scanner import split_statements

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


def test_sqlglot_and_token_readings_agree():
    """Headers sqlglot reads must give what the token reader gives; and sqlglot must
    actually read most of them (the fallback is for what it rejects or degrades)."""
    text = TORTURE.read_text()
    statements, problems = split_statements(text)
    assert not problems
    by_sqlglot = 0
    routines = 0
    for st in statements:
        head = text[st.start : st.start + 40].lower()
        if "function" not in head and "procedure" not in head:
            continue
        if not head.startswith("create"):
            continue
        routines += 1
        h = read_header(text, st.start, st.end, Resolvers())
        ours = params_from_tokens(h.param_groups, Resolvers())
        if h.table_groups is not None:
            ours += params_from_tokens(h.table_groups, Resolvers(), "table")
        theirs = params_from_sqlglot(text, st.start, h, Resolvers())
        if theirs is not None:
            by_sqlglot += 1
            assert theirs == ours, text[st.start : st.start + 80]
    assert routines >= 30
    assert by_sqlglot >= routines // 2


def test_token_reader_alone_equals_pg_proc(pg):
    """The fallback path, forced for every routine, is exact on its own."""
    pg.create_db("torture_tokens")
    pg.load_files("torture_tokens", [TORTURE])
    assert_same(by_signature(pg.functions("torture_tokens")), extracted(TORTURE, use_sqlglot=False))
