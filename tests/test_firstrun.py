"""A first run with no flags: monorepos, every types file, what the run says it checked,
suppressions on multi-line calls, and hints from schema files that were not applied."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import FIXTURES

F = "create function public.{name}(p_a int) returns int language sql as $$ select 1 $$;\n"
CASES = FIXTURES / "cases"


def make(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


def repo(tmp_path: Path, files: dict[str, str]) -> Path:
    """A git checkout (the root rpccheck finds without a config)."""
    (tmp_path / ".git").mkdir()
    return make(tmp_path, files)


# --- the summary: what was read and checked ------------------------------------------------


def test_summary_closes_text_and_concise_runs(run_cli):
    case = CASES / "rule-unresolved-arguments"
    for fmt in ("text", "concise"):
        res = run_cli(["check", "--format", fmt, "--schema", "schema.sql", "."], cwd=case)
        tail = res.out.rstrip().splitlines()[-2:]
        assert tail[0].startswith("Scanned 1 file: "), res.out
        assert "not checkable (" in tail[0] and "arguments not known statically" in tail[0]
        assert tail[1] == "Schema: schema.sql; types: none."
    quiet = run_cli(["check", "--quiet", "--schema", "schema.sql", "."], cwd=case)
    assert "Scanned" not in quiet.out
    js = run_cli(["check", "--format", "json", "--schema", "schema.sql", "."], cwd=case)
    json.loads(js.out)  # machine formats stay bare documents


def test_summary_counts(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["s.sql"]\n',
            "s.sql": F.format(name="f"),
            "a.ts": "await supabase.rpc('f', { p_a: 1 })\nawait supabase.rpc(name, {})\nawait supabase.rpc('f', args)\n",
            "b.ts": "export const x = 1\n",
        },
    )
    res = run_cli(["check", "--format", "concise"], cwd=root)
    assert res.code == 0, res.out
    lines = res.out.rstrip().splitlines()
    assert lines[-2] == (
        "Scanned 2 files: 3 .rpc() calls found, 1 checked, 2 not checkable "
        "(1 arguments not known statically, 1 function name not known statically)."
    )
    assert lines[-1] == "Schema: s.sql; types: none."


def test_no_call_checked_warns_on_stderr_and_keeps_the_exit_code(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["s.sql"]\n',
            "s.sql": F.format(name="f"),
            "src/a.ts": "await supabase.rpc('f', { p_a: 1 })\n",
            "docs/readme.md": "x",
        },
    )
    res = run_cli(["check", "--include", "lib/**", "."], cwd=root)
    assert res.code == 0
    assert res.err.strip() == (
        "rpccheck: warning: no call was checked under . (0 files scanned, no .rpc() call found; --include lib/**)"
    )
    assert "All checks passed" in res.out
    res = run_cli(["check", "docs"], cwd=root)
    assert res.code == 0 and "no call was checked under docs" in res.err
    res = run_cli(["check", "src"], cwd=root)
    assert res.code == 0 and res.err == ""


def test_a_file_rpccheck_does_not_read_is_reported_not_checked(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["s.sql"]\n',
            "s.sql": F.format(name="f"),
            "job.rb": "await supabase.rpc('f', { bad: 1 })\n",
            "a.ts": "await supabase.rpc('f', { p_a: 1 })\n",
        },
    )
    res = run_cli(["check", "job.rb", "a.ts"], cwd=root)
    assert res.code == 0
    assert "rpccheck: warning: job.rb was not checked: rpccheck does not read .rb files" in res.err
    assert "Not checked: job.rb (not a language rpccheck reads)." in res.out


# --- monorepos --------------------------------------------------------------------------------

MONO = {
    "apps/web/supabase/migrations/20240101000000_web.sql": F.format(name="web_fn"),
    "apps/web/src/a.ts": "await supabase.rpc('web_fn', { p_b: 1 })\n",
    "packages/x/supabase/migrations/20240101000000_x.sql": F.format(name="x_fn"),
    "packages/x/src/b.ts": "await supabase.rpc('x_fn', { p_a: 1 })\nawait supabase.rpc('web_fn', { p_a: 1 })\n",
    "scripts/seed.ts": "await supabase.rpc('web_fn', { p_a: 1 })\n",
}


def test_nested_projects_from_the_repository_root(tmp_path, run_cli):
    root = repo(tmp_path, MONO)
    res = run_cli(["check", "--format", "json"], cwd=root)
    assert res.code == 1, res.err
    got = sorted((d["path"], d["rule"], d.get("parameter")) for d in res.json())
    assert got == [
        ("apps/web/src/a.ts", "missing-parameter", "p_a"),
        ("apps/web/src/a.ts", "unknown-parameter", "p_b"),
        ("packages/x/src/b.ts", "unknown-function", None),  # web_fn is apps/web's, not packages/x's
    ]
    text = run_cli(["check", "--format", "concise"], cwd=root).out
    # a file under no project, with no schema at the root: not checkable, and said so
    assert (
        "1 not checkable (1 under no Supabase project, and the repository has 2 (apps/web, packages/x): "
        "set `schema` for it)"
    ) in text
    assert "Project apps/web (1 file): schema: apps/web/supabase/migrations; types: none." in text


def test_the_one_project_of_a_repository_serves_apps_beside_it(tmp_path, run_cli):
    root = repo(
        tmp_path,
        {
            "packages/db/supabase/migrations/20240101000000_a.sql": F.format(name="f"),
            "packages/db/src/client.ts": "export const supabase = createClient(url, key)\n",
            "apps/web/src/a.ts": "await supabase.rpc('f', { p_b: 1 })\n",
        },
    )
    for args in (["check"], ["check", "apps/web"], ["check", "apps/web/src/a.ts"]):
        res = run_cli([*args, "--format", "json"], cwd=root)
        assert sorted(d["rule"] for d in res.json()) == ["missing-parameter", "unknown-parameter"], args


def test_check_a_nested_app_from_the_root(tmp_path, run_cli):
    root = repo(tmp_path, MONO)
    res = run_cli(["check", "--format", "json", "apps/web"], cwd=root)
    assert res.code == 1, res.err
    assert {d["rule"] for d in res.json()} == {"missing-parameter", "unknown-parameter"}
    assert all(d["definition"]["path"] == "apps/web/supabase/migrations/20240101000000_web.sql" for d in res.json())
    # pre-commit passes files from the root
    res = run_cli(["check", "--format", "json", "packages/x/src/b.ts"], cwd=root)
    assert [d["rule"] for d in res.json()] == ["unknown-function"]


def test_a_configured_schema_is_one_project(tmp_path, run_cli):
    root = repo(tmp_path, dict(MONO, **{"rpccheck.toml": 'schema = ["apps/web/supabase/migrations"]\n'}))
    res = run_cli(["check", "--format", "json", "packages/x/src/b.ts"], cwd=root)
    assert [d["rule"] for d in res.json()] == ["unknown-function"]  # x_fn: not in the configured schema


def test_sources_shows_the_project_of_each_folder(tmp_path, run_cli):
    root = repo(tmp_path, MONO)
    res = run_cli(["sources", "--format", "json"], cwd=root)
    assert res.code == 0, res.err
    projects = {p["root"]: p["folders"] for p in json.loads(res.out)["projects"]}
    assert projects == {".": ["scripts"], "apps/web": ["apps/web/src"], "packages/x": ["packages/x/src"]}
    text = run_cli(["sources"], cwd=root).out
    assert "project apps/web: used by apps/web/src" in text


def test_monorepo_fixture_from_a_nested_app(run_cli):
    case = CASES / "project-monorepo"
    res = run_cli(["check", "--format", "json", "apps/web"], cwd=case)
    assert [(d["path"], d["rule"]) for d in res.json()] == [("apps/web/src/app/search.ts", "unknown-parameter")]


# --- generated types -------------------------------------------------------------------------


def test_lovable_types_found_for_file_only_runs(run_cli):
    case = CASES / "project-lovable"
    res = run_cli(["check", "--format", "json", "src/pages/Leaderboard.tsx"], cwd=case)
    assert sorted(d["rule"] for d in res.json() if d["severity"] == "error") == [
        "missing-parameter",
        "unknown-parameter",
    ]


def test_types_found_by_content_not_by_name(tmp_path, run_cli):
    types = (
        "export type Database = { public: { Functions: {\n"
        "  only_in_types: { Args: { p_x: number }; Returns: number }\n} } }\n"
    )
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["s.sql"]\n',
            "s.sql": F.format(name="f"),
            "lib/generated/db-schema.ts": types,
            # uses the types but does not declare them: not a types file
            "lib/helpers.ts": "import type { Database } from './generated/db-schema'\n"
            "type Functions = Database['public']['Functions']\n",
            "src/a.ts": "await supabase.rpc('only_in_types', { p_x: 1 })\n",
        },
    )
    res = run_cli(["check", "--format", "json", "--show-sources"], cwd=root)
    assert res.code == 0, res.out
    assert "lib/generated/db-schema.ts" in res.err and "helpers" not in res.err
    assert [d["rule"] for d in res.json()] == ["schema-drift"]


def test_deeply_nested_types_are_a_diagnostic_not_a_crash():
    import sys

    from rpccheck.typegen import read_types_bytes

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        nested = b"export type Database = { public: { Functions: " + b"{ a: " * 5000 + b"\n"
        fns, diags = read_types_bytes(nested, "t.ts")
        assert fns == [] and [d.rule for d in diags] == ["source-error"]
        union = b" | ".join(b"{ Args: { a%d: number }; Returns: number }" % i for i in range(3000))
        fns, diags = read_types_bytes(
            b"export type Database = { public: { Functions: { f: " + union + b" } } }\n", "t.ts"
        )
        assert len(fns) == 3000 and diags == []
    finally:
        sys.setrecursionlimit(limit)


# --- hints from files that were not applied --------------------------------------------------


def test_unknown_function_says_where_a_skipped_file_defines_it(run_cli, tmp_path):
    case = tmp_path / "case"
    shutil.copytree(CASES / "project-discovery", case)
    (case / "src/lib/old.ts").write_text("await supabase.rpc('legacy_consume', { p_user_id: 'x' })\n")
    (case / "supabase/migrations/zz_old_consume.sql").write_text(
        "-- hand-run\n\nCREATE OR REPLACE FUNCTION public.legacy_consume(p_user_id uuid) RETURNS void\n"
        "LANGUAGE sql AS $$ select 1 $$;\n"
    )
    res = run_cli(["check", "--format", "json", "src/lib/old.ts"], cwd=case)
    [d] = [d for d in res.json() if d["rule"] == "unknown-function"]
    assert (
        "`legacy_consume` is defined at supabase/migrations/zz_old_consume.sql:3, which was not applied: "
        "not named <timestamp>_<name>.sql"
    ) in d["message"]


def test_unknown_function_hint_for_declarative_schemas(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "supabase/config.toml": "",
            "supabase/migrations/20240101000000_a.sql": F.format(name="f"),
            "supabase/schemas/api.sql": "\n" + F.format(name="declared_only"),
            "a.ts": "await supabase.rpc('declared_only', { p_a: 1 })\n",
        },
    )
    res = run_cli(["check", "--format", "json", "a.ts"], cwd=root)
    [d] = [d for d in res.json() if d["rule"] == "unknown-function"]
    assert "defined at supabase/schemas/api.sql:2, which was not applied: supabase/migrations defines" in d["message"]


# --- suppressions -----------------------------------------------------------------------------


def test_many_suppressions_parse_in_one_pass():
    """80,000 comments took minutes when each comment's line was counted from the file start."""
    from rpccheck import suppress

    n = 80_000
    text = "".join(f"x({i}) // rpccheck-ignore[unknown-parameter]\n" for i in range(n))
    sups = suppress.parse("a.ts", text)
    assert len(sups) == n and sups[-1].line == n and sups[12345].targets == frozenset({12346})
    alone = "// rpccheck-ignore\n\n" * n + "x()\n"
    sups = suppress.parse("b.ts", alone)
    assert len(sups) == n and sups[-1].line == 2 * n - 1 and sups[-1].targets == frozenset({2 * n - 1, 2 * n + 1})


# --- extensions -------------------------------------------------------------------------------


def test_extension_data_cites_its_source():
    from rpccheck.sql.extension_sql import HERE

    names = sorted(p.stem for p in HERE.glob("*.json"))
    assert names == ["http", "pg_cron", "pg_net", "pgjwt", "pgmq", "pgsodium", "supabase_vault"]
    for p in HERE.glob("*.json"):
        data = json.loads(p.read_text(encoding="utf-8"))
        assert data["source"].startswith("https://github.com/") and len(data["commit"]) == 40 and data["version"]
        assert data["functions"], p.name


def test_extension_functions_by_schema(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "supabase/config.toml": '[api]\nschemas = ["public", "cron", "vault", "pgmq"]\n',
            "supabase/migrations/20240101000000_a.sql": "create extension pg_cron;\ncreate extension http;\n"
            "create extension supabase_vault cascade;\ncreate extension pgmq;\n",
            "src/types/database.types.ts": "export type Database = { pgmq: { Functions: {\n"
            "  send: { Args: { queue_name: string; msg: Json }; Returns: number[] }\n"
            "} } }\n",
            "a.ts": "await supabase.schema('cron').rpc('schedule', { job_name: 'j', schedule: '* * * * *', command: 'x' })\n"
            "await supabase.rpc('http_get', { uri: 'https://x' })\n"
            "await supabase.schema('vault').rpc('create_secret', { new_secret: 's' })\n"
            "await supabase.schema('cron').rpc('unschedule', { job: 1 })\n",
        },
    )
    res = run_cli(["check", "--format", "json"], cwd=root)
    got = [(d["line"], d["rule"], d.get("parameter")) for d in res.json()]
    # http without a schema goes where the migration creates objects (public); pgmq's functions
    # are in its own schema whatever CREATE EXTENSION says, and the types' pgmq.send is not drift
    assert got == [(4, "no-matching-overload", None), (4, "unknown-parameter", "job")], res.out


def test_a_nested_config_with_schema_makes_a_project(tmp_path, run_cli):
    root = repo(
        tmp_path,
        {
            "services/api/rpccheck.toml": 'schema = ["db/schema.sql"]\n',
            "services/api/db/schema.sql": F.format(name="api_fn"),
            "services/api/src/a.ts": "await supabase.rpc('api_fn', { p_b: 1 })\n",
        },
    )
    res = run_cli(["check", "--format", "json"], cwd=root)
    assert res.code == 1, res.err
    assert {(d["rule"], d["definition"]["path"]) for d in res.json()} == {
        ("missing-parameter", "services/api/db/schema.sql"),
        ("unknown-parameter", "services/api/db/schema.sql"),
    }


def test_a_passed_types_file_is_read_as_types(tmp_path, run_cli):
    """pre-commit passes the regenerated types file itself: it is compared with the SQL."""
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["s.sql"]\n',
            "s.sql": F.format(name="f"),
            "packages/db/generated.ts": "export type Database = { public: { Functions: {\n"
            "  f: { Args: { p_b: number }; Returns: number }\n} } }\n",
        },
    )
    res = run_cli(["check", "--format", "json", "packages/db/generated.ts"], cwd=root)
    assert [(d["rule"], d["path"]) for d in res.json()] == [("stale-types", "packages/db/generated.ts")]


def test_unknown_function_names_a_hand_run_script(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "supabase/config.toml": "",
            "supabase/migrations/20240101000000_a.sql": F.format(name="f"),
            "supabase/scripts/backfill.sql": "-- run by hand in the SQL editor\n" + F.format(name="backfill_credits"),
            "a.ts": "await supabase.rpc('backfill_credits', { p_a: 1 })\n",
        },
    )
    res = run_cli(["check", "--format", "json", "a.ts"], cwd=root)
    [d] = res.json()
    assert d["rule"] == "unknown-function"
    assert (
        "`backfill_credits` is defined at supabase/scripts/backfill.sql:2, which is not among the schema files read"
        in d["message"]
    )


def test_each_stale_types_file_is_reported_in_itself_citing_only_itself(tmp_path, run_cli):
    stale = (
        "export type Database = { public: { Functions: {\n"
        "  accept_invitation_to_org: { Args: { p_org: string }; Returns: undefined }\n} } }\n"
    )
    root = make(
        tmp_path,
        {
            "rpccheck.toml": "",
            "supabase/migrations/20240101000000_a.sql": "create function public.accept_invitation_to_org(org_id uuid) returns void language sql as $$ select 1 $$;\n",
            "packages/cli/supabase.types.ts": stale,
            "supabase/functions/_shared/supabase.types.ts": stale,
        },
    )
    res = run_cli(["check", "--format", "json"], cwd=root)
    got = [(d["rule"], d["path"]) for d in res.json()]
    assert got == [
        ("stale-types", "packages/cli/supabase.types.ts"),
        ("stale-types", "supabase/functions/_shared/supabase.types.ts"),
    ]
    for d in res.json():
        other = ({"packages/cli/supabase.types.ts", "supabase/functions/_shared/supabase.types.ts"} - {d["path"]}).pop()
        assert other not in d["message"] and d["path"] in d["message"]


def test_projects_as_a_library(tmp_path):
    """What the language server holds: one Project per Supabase project, found with ProjectMap."""
    from rpccheck.callers import read_calls
    from rpccheck.config import load_config
    from rpccheck.engine import load_project
    from rpccheck.project import ProjectMap, project_config

    root = repo(tmp_path, MONO)
    pmap = ProjectMap(root)
    assert pmap.root_for(root / "apps/web/src/a.ts") == (root / "apps/web").resolve()
    assert pmap.root_for(root / "scripts/seed.ts") is None
    cfg = project_config(load_config(root), pmap.root_for(root / "apps/web/src/a.ts"))
    project = load_project(cfg, use_cache=False)
    [call] = read_calls(root / "apps/web/src/a.ts").calls
    found = project.resolver_for(root / "apps/web/src/a.ts").check(call)
    assert sorted(d.rule for d in found) == ["missing-parameter", "unknown-parameter"]


def test_unknown_function_names_the_other_project_that_defines_it(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "supabase/config.toml": "",
            "supabase/migrations/20240101000000_a.sql": F.format(name="f"),
            "packages/billing/supabase/migrations/20240101000000_b.sql": F.format(name="charge"),
            "src/a.ts": "await supabase.rpc('charge', { p_a: 1 })\n",
        },
    )
    [d] = run_cli(["check", "--format", "json", "src/a.ts"], cwd=root).json()
    assert d["rule"] == "unknown-function"
    assert (
        "`charge` is defined at packages/billing/supabase/migrations/20240101000000_b.sql:1, in the Supabase "
        "project packages/billing, not in this one (.)"
    ) in d["message"]


def test_each_project_exposes_its_own_schemas(tmp_path, run_cli):
    sql = "create schema api;\ncreate function api.f(p_a int) returns int language sql as $$ select 1 $$;\n"
    root = repo(
        tmp_path,
        {
            "apps/a/supabase/config.toml": '[api]\nschemas = ["public", "api"]\n',
            "apps/a/supabase/migrations/20240101000000_a.sql": sql,
            "apps/a/x.ts": "await supabase.schema('api').rpc('f', { p_a: 1 })\n",
            "apps/b/supabase/config.toml": '[api]\nschemas = ["public"]\n',
            "apps/b/supabase/migrations/20240101000000_b.sql": sql,
            "apps/b/x.ts": "await supabase.schema('api').rpc('f', { p_a: 1 })\n",
        },
    )
    res = run_cli(["check", "--format", "json"], cwd=root)
    assert [(d["path"], d["rule"]) for d in res.json()] == [("apps/b/x.ts", "schema-not-exposed")]
