"""The seed fixture (fixtures/seed/) is what its README says it is.

Static checks run everywhere.  The checks that need PostgreSQL (the dump loads
back, the real catalog agrees with the expected findings, the dump is
reproducible from fixtures/seed-source/) are skipped visibly when the server
binaries are absent.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
sys.path.insert(0, str(TESTS))
import pgcluster  # noqa: E402

SEED = REPO / "fixtures" / "seed"
FULL_SQL = SEED / "full.sql"
ROUTE = SEED / "apps" / "web" / "app" / "api" / "enhance-image" / "route.ts"
BUILD_SEED = REPO / "fixtures" / "seed-source" / "build_seed.py"

DEF_LINE = 3734
DEF_TEXT = (
    "CREATE FUNCTION public.consume_platform_credits(p_provider character varying, "
    "p_credits integer, p_cost numeric) RETURNS void"
)
CALL_LINE = 519

EXPECTED_UNKNOWN = {"p_user_id", "p_user_credits", "p_operation_type", "p_task_id", "p_moodboard_id"}
EXPECTED_MISSING = {"p_credits", "p_cost"}

_OK, _REASON = pgcluster.available()
needs_pg = pytest.mark.skipif(not _OK, reason=_REASON or "PostgreSQL not available")


# -- a deliberately tiny call extractor, good enough for the seed's own files --

_RPC_RE = re.compile(r"\.rpc\(\s*'([^']+)'\s*(,\s*\{(?P<body>.*?)\n?\s*\})?\s*\)", re.S)
_KEY_RE = re.compile(r"^\s*([A-Za-z_$][\w$]*)\s*(?::|,|$)")


def seed_calls() -> list[dict]:
    calls = []
    for path in sorted((SEED / "apps").rglob("*.ts")):
        text = path.read_text(encoding="utf-8")
        for m in _RPC_RE.finditer(text):
            body = m.group("body") or ""
            keys = [k.group(1) for line in body.splitlines() if (k := _KEY_RE.match(line))]
            calls.append(
                {
                    "file": path.relative_to(SEED).as_posix(),
                    "line": text.count("\n", 0, m.start()) + 1,
                    "function": m.group(1),
                    "keys": keys,
                }
            )
    return calls


# -- static checks ------------------------------------------------------------


def test_definition_line_in_dump():
    lines = FULL_SQL.read_text(encoding="utf-8").splitlines()
    assert 3800 <= len(lines) <= 4300
    assert lines[DEF_LINE - 1].startswith(DEF_TEXT)
    defs = [i + 1 for i, l in enumerate(lines) if l.startswith("CREATE FUNCTION public.consume_platform_credits(")]
    assert defs == [DEF_LINE]


def test_call_line_in_route():
    lines = ROUTE.read_text(encoding="utf-8").splitlines()
    assert ".rpc('consume_platform_credits'" in lines[CALL_LINE - 1]
    incident = [c for c in seed_calls() if c["function"] == "consume_platform_credits"]
    assert incident == [
        {
            "file": "apps/web/app/api/enhance-image/route.ts",
            "line": CALL_LINE,
            "function": "consume_platform_credits",
            "keys": ["p_provider", "p_user_id", "p_user_credits", "p_operation_type", "p_task_id", "p_moodboard_id"],
        }
    ]


def test_other_calls_present():
    others = [c for c in seed_calls() if c["function"] != "consume_platform_credits"]
    assert 3 <= len(others) <= 6
    assert {c["file"] for c in others} >= {"apps/web/lib/credits.ts", "apps/web/lib/moodboards.ts"}
    assert any(c["keys"] == [] for c in others), "expected a no-argument call"


# -- checks against a real PostgreSQL ----------------------------------------


@pytest.fixture(scope="module")
def seed_db(pg):
    pg.create_db("seed_source")
    pg.supabase_roles("seed_source")
    pg.load_files("seed_source", [FULL_SQL])  # raises with psql's stderr on any error
    return pg, pg.functions("seed_source")


def _findings(call: dict, functions: list[dict]) -> tuple[set, set]:
    """PostgREST's rule: the JSON keys must equal a subset of the input
    parameter names that covers every parameter without a default."""
    cands = [f for f in functions if f["schema"] == "public" and f["name"] == call["function"]]
    assert cands, f"{call['function']} is not defined in full.sql"
    best = None
    for f in cands:
        inputs = {p["name"] for p in f["params"] if p["mode"] in ("in", "inout", "variadic")}
        required = {p["name"] for p in f["params"] if p["mode"] in ("in", "inout", "variadic") and not p["has_default"]}
        keys = set(call["keys"])
        result = (keys - inputs, required - keys)
        if best is None or sum(map(len, result)) < sum(map(len, best)):
            best = result
    return best


@needs_pg
def test_full_sql_loads_and_matches_readme(seed_db):
    _pg, functions = seed_db
    public = [f for f in functions if f["schema"] == "public"]
    assert 60 <= len(public) <= 90
    assert any(f["schema"] == "private" for f in functions)

    (cpc,) = [f for f in public if f["name"] == "consume_platform_credits"]
    assert [(p["name"], p["mode"], p["type"], p["has_default"]) for p in cpc["params"]] == [
        ("p_provider", "in", "character varying", False),
        ("p_credits", "in", "integer", False),
        ("p_cost", "in", "numeric", False),
    ]

    for call in seed_calls():
        unknown, missing = _findings(call, functions)
        if call["function"] == "consume_platform_credits":
            assert (unknown, missing) == (EXPECTED_UNKNOWN, EXPECTED_MISSING)
        else:
            assert (unknown, missing) == (set(), set()), call


@needs_pg
def test_full_sql_is_reproducible():
    import subprocess

    header = re.search(r"^-- Dumped by pg_dump version (.+)$", FULL_SQL.read_text(encoding="utf-8"), re.M).group(1)
    local = subprocess.run(
        [str(Path(pgcluster.bindir()) / "pg_dump"), "--version"], capture_output=True, text=True
    ).stdout.strip()
    if header not in local:
        pytest.skip(f"full.sql was dumped by pg_dump {header}; local is {local!r}")
    spec = importlib.util.spec_from_file_location("build_seed", BUILD_SEED)
    build_seed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_seed)
    assert build_seed.main(["--check"]) == 0
