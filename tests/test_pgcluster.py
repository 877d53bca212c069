"""Smoke test for the throwaway-cluster oracle in tests/pgcluster.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pgcluster

_OK, _REASON = pgcluster.available()
pytestmark = pytest.mark.skipif(not _OK, reason=_REASON or "PostgreSQL not available")

SQL = r"""
CREATE SCHEMA private;

CREATE FUNCTION public.add_credits(p_user_id uuid, p_amount integer,
                                   p_reason text DEFAULT 'manual',
                                   p_meta jsonb DEFAULT '{}')
RETURNS integer LANGUAGE sql STABLE AS $$ SELECT p_amount $$;

CREATE FUNCTION public.split_name(full_name text, OUT first_name text, OUT last_name text)
LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $$;

CREATE FUNCTION public.sum_all(p_base numeric DEFAULT 0, VARIADIC p_values integer[] DEFAULT '{}')
RETURNS numeric LANGUAGE sql AS $$ SELECT p_base + coalesce((SELECT sum(v) FROM unnest(p_values) v), 0) $$;

CREATE FUNCTION public.list_things(p_limit integer DEFAULT 10)
RETURNS TABLE(id integer, label text) LANGUAGE sql AS $$ SELECT 1, 'a' LIMIT p_limit $$;

CREATE FUNCTION private.unnamed(integer, text) RETURNS SETOF integer
LANGUAGE sql AS $$ SELECT $1 $$;

CREATE PROCEDURE public.do_work(p_id integer) LANGUAGE plpgsql AS $$ BEGIN END $$;

CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE FUNCTION public."getMood"(m public.mood) RETURNS public.mood
LANGUAGE sql AS $$ SELECT m $$;

CREATE EXTENSION IF NOT EXISTS plpgsql;
"""


def P(name, type_, mode="in", has_default=False):
    return {"name": name, "mode": mode, "type": type_, "has_default": has_default}


EXPECTED = [
    {
        "schema": "private",
        "name": "unnamed",
        "kind": "function",
        "params": [P(None, "integer"), P(None, "text")],
        "returns": "integer",
        "returns_set": True,
        "volatility": "volatile",
    },
    {
        "schema": "public",
        "name": "add_credits",
        "kind": "function",
        "params": [
            P("p_user_id", "uuid"),
            P("p_amount", "integer"),
            P("p_reason", "text", has_default=True),
            P("p_meta", "jsonb", has_default=True),
        ],
        "returns": "integer",
        "returns_set": False,
        "volatility": "stable",
    },
    {
        "schema": "public",
        "name": "do_work",
        "kind": "procedure",
        "params": [P("p_id", "integer")],
        "returns": "void",
        "returns_set": False,
        "volatility": "volatile",
    },
    {
        "schema": "public",
        "name": "getMood",
        "kind": "function",
        "params": [P("m", "mood")],
        "returns": "mood",
        "returns_set": False,
        "volatility": "volatile",
    },
    {
        "schema": "public",
        "name": "list_things",
        "kind": "function",
        "params": [
            P("p_limit", "integer", has_default=True),
            P("id", "integer", mode="table"),
            P("label", "text", mode="table"),
        ],
        "returns": "record",
        "returns_set": True,
        "volatility": "volatile",
    },
    {
        "schema": "public",
        "name": "split_name",
        "kind": "function",
        "params": [P("full_name", "text"), P("first_name", "text", mode="out"), P("last_name", "text", mode="out")],
        "returns": "record",
        "returns_set": False,
        "volatility": "immutable",
    },
    {
        "schema": "public",
        "name": "sum_all",
        "kind": "function",
        "params": [
            P("p_base", "numeric", has_default=True),
            P("p_values", "integer[]", mode="variadic", has_default=True),
        ],
        "returns": "numeric",
        "returns_set": False,
        "volatility": "volatile",
    },
]


@pytest.fixture(scope="module")
def cluster():
    with pgcluster.PgCluster() as pg:
        yield pg


def test_functions_shape(cluster):
    cluster.create_db("shape")
    cluster.supabase_roles("shape")
    cluster.supabase_roles("shape")  # idempotent
    cluster.execute("shape", SQL)
    assert cluster.functions("shape") == EXPECTED
    assert cluster.functions("shape", schemas=["private"]) == EXPECTED[:1]
    roles = cluster.query_json(
        "shape",
        "SELECT json_agg(rolname ORDER BY rolname) FROM pg_roles "
        "WHERE rolname IN ('anon','authenticated','service_role','supabase_admin')",
    )
    assert roles == ["anon", "authenticated", "service_role", "supabase_admin"]


def test_extension_functions_excluded(cluster):
    cluster.create_db("ext")
    proc = cluster.psql("ext", sql="CREATE EXTENSION IF NOT EXISTS pg_trgm;")
    if proc.returncode != 0:
        pytest.skip("pg_trgm contrib extension not installed")
    assert cluster.functions("ext") == []


def test_pg_dump_schema_and_reload(cluster, tmp_path):
    cluster.create_db("dumpme")
    cluster.execute("dumpme", SQL)
    out = tmp_path / "dump.sql"
    cluster.pg_dump_schema("dumpme", out)
    text = out.read_text()
    assert (
        "CREATE FUNCTION public.add_credits(p_user_id uuid, p_amount integer, "
        "p_reason text DEFAULT 'manual'::text, p_meta jsonb DEFAULT '{}'::jsonb) "
        "RETURNS integer"
    ) in text
    cluster.create_db("reloaded")
    cluster.load_files("reloaded", [out])
    assert cluster.functions("reloaded") == EXPECTED


def test_load_files_reports_psql_error(cluster, tmp_path):
    cluster.create_db("broken")
    bad = tmp_path / "bad.sql"
    bad.write_text("CREATE TABLE ok(id int);\nCREATE FUNCTION nope( RETURNS;\n")
    with pytest.raises(pgcluster.PgError, match="syntax error"):
        cluster.load_files("broken", [bad])
