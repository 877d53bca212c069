"""The command line as users and hooks drive it: exit codes, streams, robustness."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES

SEED = FIXTURES / "seed"
INCIDENT = FIXTURES / "cases" / "incident-minimal"
SCHEMA = "create function public.f(p_a int) returns int language sql as $$ select 1 $$;\n"


def make(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    for name, content in files.items():
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content if isinstance(content, bytes) else content.encode())
    return tmp_path


def test_seed_reports_the_incident(run_cli):
    res = run_cli(["check", "--schema", "full.sql", "--format", "json", "."], cwd=SEED)
    assert res.code == 1
    found = sorted((d["rule"], d["parameter"], d["line"]) for d in res.json())
    assert found == sorted(
        [
            ("unknown-parameter", p, line)
            for p, line in [
                ("p_user_id", 521),
                ("p_user_credits", 522),
                ("p_operation_type", 523),
                ("p_task_id", 524),
                ("p_moodboard_id", 525),
            ]
        ]
        + [("missing-parameter", "p_credits", 519), ("missing-parameter", "p_cost", 519)]
    )
    for d in res.json():
        assert d["path"] == "apps/web/app/api/enhance-image/route.ts"
        assert d["definition"] == {"path": "full.sql", "line": 3734}


def test_seed_fixed_call_is_clean(tmp_path, run_cli):
    shutil.copytree(SEED, tmp_path / "seed")
    route = tmp_path / "seed" / "apps/web/app/api/enhance-image/route.ts"
    text = route.read_text()
    broken = text[text.index("supabaseAdmin.rpc('consume_platform_credits'") :]
    broken = broken[: broken.index("})") + 2]
    route.write_text(
        text.replace(
            broken, "supabaseAdmin.rpc('consume_platform_credits', { p_provider, p_credits, p_cost })"
        ).replace("await supabaseAdmin.rpc(", "const p_credits = 1, p_cost = 0.5\n    await supabaseAdmin.rpc(", 1)
    )
    res = run_cli(["check", "--schema", "full.sql", "."], cwd=tmp_path / "seed")
    assert res.code == 0, res.out
    assert "All checks passed" in res.out


def test_exit_codes(tmp_path, run_cli):
    root = make(tmp_path, {"s.sql": SCHEMA, "ok.ts": "await supabase.rpc('f', { p_a: 1 })\n"})
    assert run_cli(["check", "--schema", "s.sql", "ok.ts"], cwd=root).code == 0
    (root / "bad.ts").write_text("await supabase.rpc('f', { p_b: 1 })\n")
    assert run_cli(["check", "--schema", "s.sql"], cwd=root).code == 1
    assert run_cli(["check", "--schema", "s.sql", "--exit-zero"], cwd=root).code == 0
    assert run_cli(["check", "--schema", "missing.sql"], cwd=root).code == 2
    assert run_cli(["check", "--schema", "s.sql", "nope/"], cwd=root).code == 2
    assert run_cli(["check", "--format", "yaml"], cwd=root).code == 2
    assert run_cli(["check", "--select", "RPC999"], cwd=root).code == 2


def test_usage_errors_are_one_line(tmp_path, run_cli):
    for args in (["check", "--schema", "missing.sql"], ["check", "--bogus"], ["check", "--format", "yaml"]):
        res = run_cli(args, cwd=tmp_path)
        assert res.code == 2
        assert len(res.err.strip().splitlines()) == 1, res.err
        assert res.err.startswith("rpccheck: error:")


def test_info_findings_do_not_fail(tmp_path, run_cli):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": "await supabase.rpc(name, {})\n"})
    res = run_cli(["check", "--schema", "s.sql", "--format", "json"], cwd=root)
    assert res.code == 0
    assert [d["severity"] for d in res.json()] == ["info"]


@pytest.mark.parametrize("fmt", ["json"])
def test_machine_formats_keep_stdout_pure(tmp_path, run_cli, fmt):
    root = make(tmp_path, {"s.sql": SCHEMA + "create function broken(;\n", "a.ts": b"\xff\xfe rpc garbage"})
    res = run_cli(["check", "--schema", "s.sql", "--format", fmt, "--show-sources"], cwd=root)
    json.loads(res.out)  # nothing but the document
    assert "schema files, in the order applied" in res.err


def test_output_file(tmp_path, run_cli):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": "await supabase.rpc('f', { p_b: 1 })\n"})
    res = run_cli(["check", "--schema", "s.sql", "--format", "json", "--output-file", "out.json"], cwd=root)
    assert res.code == 1 and res.out == ""
    assert {d["rule"] for d in json.loads((root / "out.json").read_text())} == {
        "unknown-parameter",
        "missing-parameter",
    }


def test_color_follows_no_color_and_force_color(tmp_path, run_cli):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": "supabase.rpc('f', { p_b: 1 })\n"})
    args = ["check", "--schema", "s.sql"]
    assert "\x1b[" not in run_cli(args, cwd=root, env={"NO_COLOR": None, "FORCE_COLOR": None}).out
    assert "\x1b[" in run_cli(args, cwd=root, env={"NO_COLOR": None, "FORCE_COLOR": "1"}).out
    assert "\x1b[" not in run_cli(args, cwd=root, env={"NO_COLOR": "1", "FORCE_COLOR": "1"}).out
    assert "\x1b[" not in run_cli(args + ["--no-color"], cwd=root, env={"NO_COLOR": None, "FORCE_COLOR": "1"}).out


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path, run_cli, monkeypatch):
    root = make(
        tmp_path,
        {
            "schema.sql": SCHEMA,
            "binary.sql": b"\x00\x01\x02CREATE FUNCTION x() RETURNS int",
            "latin1.sql": "-- caf\xe9\ncreate function public.g(p_b int) returns int language sql as $$ select 1 $$;\n".encode(
                "latin-1"
            ),
            "broken.sql": "create function public.h(a int returns int as $$ select 1 $$ language sql;\n"
            "create function public.after_broken(p int) returns int language sql as $$ select 1 $$;\n",
            "bin.ts": b"\x00\x00rpc\x00",
            "latin1.ts": "// caf\xe9\nsupabase.rpc('g', { p_b: 1 })\n".encode("latin-1"),
            "syntax.ts": "supabase.rpc('f', { p_a: 1 }) )) }{ const = ;\nsupabase.rpc('g', { p_x: 1 })\n",
            "big.ts": "supabase.rpc('f', { p_zzz: 1 })\n" * 10,
        },
    )
    monkeypatch.setattr("rpccheck.sources.MAX_BYTES", 200)
    res = run_cli(["check", "--schema", ".", "--format", "json"], cwd=root)
    assert res.code == 1, res.err
    got = {(d["path"], d["rule"]) for d in res.json()}
    assert ("binary.sql", "schema-parse-error") in got
    assert ("latin1.sql", "schema-parse-error") in got  # read with replacement, g still defined
    assert ("bin.ts", "source-error") in got
    assert ("latin1.ts", "source-error") in got
    assert ("big.ts", "source-error") in got
    assert ("broken.sql", "schema-parse-error") in got
    # the good parts were still read and checked
    assert ("syntax.ts", "unknown-parameter") in got
    assert not any(d["rule"] == "unknown-function" for d in res.json())


def test_sql_path_among_files_checks_every_caller(tmp_path, run_cli):
    """pre-commit passes changed files: a changed schema breaks unchanged callers."""
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["db/schema.sql"]\n',
            "db/schema.sql": SCHEMA,
            "src/old_caller.ts": "await supabase.rpc('f', { p_old: 1 })\n",
            "src/changed.ts": "await supabase.rpc('f', { p_a: 1 })\n",
        },
    )
    assert run_cli(["check", "src/changed.ts"], cwd=root).code == 0
    res = run_cli(["check", "--format", "json", "db/schema.sql"], cwd=root)
    assert res.code == 1
    assert {d["path"] for d in res.json()} == {"src/old_caller.ts"}


def test_explicit_paths_beat_excludes_unless_force_exclude(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["s.sql"]\nexclude = ["legacy/"]\n',
            "s.sql": SCHEMA,
            "legacy/a.ts": "supabase.rpc('f', { p_b: 1 })\n",
        },
    )
    assert run_cli(["check"], cwd=root).code == 0
    assert run_cli(["check", "legacy/a.ts"], cwd=root).code == 1
    assert run_cli(["check", "--force-exclude", "legacy/a.ts"], cwd=root).code == 0


def test_sources_lists_order_and_skips(run_cli):
    case = FIXTURES / "cases" / "project-discovery"
    res = run_cli(["sources", "--format", "json"], cwd=case)
    assert res.code == 0, res.err
    data = json.loads(res.out)
    assert [(s["path"], s["applied"]) for s in data["schema"]] == [
        ("supabase/migrations/20240101000000_credits.sql", True),
        ("supabase/migrations/20240215093000_credits_cost.sql", True),
        ("supabase/migrations/20240301120000_pool_stats.sql", True),
        ("supabase/migrations/zz_old_consume.sql", False),
        ("supabase/seed.sql", True),
    ]
    text = run_cli(["sources"], cwd=case).out
    assert "not named <timestamp>_<name>.sql" in text


def test_functions_json_shape(run_cli):
    res = run_cli(["functions", "--schema", "schema.sql", "--format", "json"], cwd=INCIDENT)
    assert res.code == 0
    [f] = json.loads(res.out)
    assert f == {
        "schema": "public",
        "name": "consume_platform_credits",
        "kind": "function",
        "params": [
            {"name": "p_provider", "mode": "in", "type": "character varying", "has_default": False},
            {"name": "p_credits", "mode": "in", "type": "integer", "has_default": False},
            {"name": "p_cost", "mode": "in", "type": "numeric", "has_default": False},
        ],
        "returns": "void",
        "returns_set": False,
        "volatility": "volatile",
        "path": "schema.sql",
        "line": 2,
    }


def test_python_m_entry_point():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "rpccheck", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "rpccheck" in out.stdout


def test_types_found_for_file_only_runs(tmp_path, run_cli):
    """pre-commit passes files: the project's generated types still count."""
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["db.sql"]\n',
            "db.sql": SCHEMA,
            "src/types/database.types.ts": "export type Database = { public: { Functions: {\n"
            "  from_dashboard: { Args: { p_x: number }; Returns: number }\n} } }\n",
            "src/a.ts": "await supabase.rpc('from_dashboard', { p_x: 1 })\nawait supabase.rpc('from_dashboard', { p_y: 1 })\n",
        },
    )
    res = run_cli(["check", "--format", "json", "src/a.ts"], cwd=root)
    got = [(d["rule"], d.get("parameter")) for d in res.json() if d["severity"] != "info"]
    assert got == [("missing-parameter", "p_x"), ("unknown-parameter", "p_y")]
    assert any(d["rule"] == "schema-drift" for d in res.json())


def test_gitignore_nested_and_negated(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "rpccheck.toml": 'schema = ["s.sql"]\n',
            "s.sql": SCHEMA,
            ".gitignore": "generated/\n*.gen.ts\n",
            "generated/a.ts": "await supabase.rpc('f', { bad1: 1, p_a: 1 })\n",
            "src/x.gen.ts": "await supabase.rpc('f', { bad2: 1, p_a: 1 })\n",
            "src/keep.gen.ts": "await supabase.rpc('f', { bad3: 1, p_a: 1 })\n",
            "src/.gitignore": "!keep.gen.ts\nlocal/\n",
            "src/local/b.ts": "await supabase.rpc('f', { bad4: 1, p_a: 1 })\n",
            "src/ok.ts": "await supabase.rpc('f', { bad5: 1, p_a: 1 })\n",
            "node_modules/lib/index.js": "await supabase.rpc('f', { bad6: 1, p_a: 1 })\n",
        },
    )
    res = run_cli(["check", "--format", "json"], cwd=root)
    assert sorted(d["parameter"] for d in res.json()) == ["bad3", "bad5"]
    res = run_cli(["check", "--format", "json", "--exclude", "src/keep*"], cwd=root)
    assert [d["parameter"] for d in res.json()] == ["bad5"]
    (root / "rpccheck.toml").write_text('schema = ["s.sql"]\nrespect-gitignore = false\n')
    res = run_cli(["check", "--format", "json"], cwd=root)
    assert sorted(d["parameter"] for d in res.json()) == ["bad1", "bad2", "bad3", "bad4", "bad5"]


def test_missing_schema_from_config_names_the_config(tmp_path, run_cli):
    root = make(tmp_path, {"pyproject.toml": '[tool.rpccheck]\nschema = ["db/nope.sql"]\n', "a.ts": ""})
    res = run_cli(["check"], cwd=root)
    assert res.code == 2
    assert res.err.strip() == "rpccheck: error: schema path not found: db/nope.sql (`schema` in pyproject.toml)"


def test_console_script_flushes_everything_before_its_fast_exit(tmp_path):
    """The console script ends with os._exit once stdout and stderr are flushed (no
    interpreter teardown): what a run prints arrives whole (a report far larger than a
    pipe's buffer, and ones smaller than a stream's), with the exit code of its findings;
    --version and a usage error keep theirs."""
    import os
    import subprocess
    import sys

    calls = "".join(f"supabase.rpc('f', {{ b{i}: 1 }})\n" for i in range(1500))
    schema = "create function public.f(a int) returns int language sql as $$ select 1 $$;\n"
    root = make(tmp_path, {"s.sql": schema, "a.ts": calls})
    entry = [sys.executable, "-c", "from rpccheck.cli import entry; entry()"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RPCCHECK_")}
    env["RPCCHECK_NO_CACHE"] = "1"
    args = ["check", "--schema", "s.sql", "--format", "json", "a.ts"]
    run = subprocess.run([*entry, *args], cwd=root, env=env, capture_output=True)
    assert run.returncode == 1, run.stderr
    found = json.loads(run.stdout)  # the whole document: it parses
    assert len(run.stdout) > 1024 * 1024 and sum(d["rule"] == "unknown-parameter" for d in found) == 1500
    (root / "b.ts").write_text("supabase.rpc('f', { b: 1 })\n")  # a report smaller than a stream's buffer
    for fmt in ("json", "text"):
        small = subprocess.run(
            [*entry, "check", "--schema", "s.sql", "--format", fmt, "b.ts"],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
        )
        assert small.returncode == 1 and "unknown parameter `b`" in small.stdout, small
    version = subprocess.run([*entry, "--version"], cwd=root, env=env, capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("rpccheck, version")
    usage = subprocess.run([*entry, "check", "--nope"], cwd=root, env=env, capture_output=True, text=True)
    assert usage.returncode == 2 and "No such option" in usage.stderr
