"""Configuration: where it is found, what it accepts, and that a broken one fails loudly."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

SCHEMA = "create function public.f(p_a int) returns int language sql as $$ select 1 $$;\n"
CALL = "await supabase.rpc('f', { p_a: 1, p_b: 2 })\n"


def project(tmp_path: Path, config: str | None, name: str = "pyproject.toml") -> Path:
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "schema.sql").write_text(SCHEMA)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.ts").write_text(CALL)
    if config is not None:
        (tmp_path / name).write_text(config)
    return tmp_path


@pytest.mark.parametrize(
    "name,table",
    [
        ("pyproject.toml", "[tool.rpccheck]\n"),
        ("rpccheck.toml", ""),
        (".rpccheck.toml", ""),
    ],
)
def test_config_files_are_found_walking_up(tmp_path, run_cli, name, table):
    root = project(tmp_path, table + 'schema = ["db/schema.sql"]\n', name)
    res = run_cli(["check", "--format", "json"], cwd=root / "src")
    assert res.code == 1, res.err
    [d] = res.json()
    assert (d["rule"], d["parameter"], d["path"]) == ("unknown-parameter", "p_b", "a.ts")
    assert d["definition"] == {"path": "../db/schema.sql", "line": 1}


@pytest.mark.parametrize(
    "config,fragment",
    [
        ('[tool.rpccheck]\nschema = ["db/schema.sql"]\nschemas = ["x"]\n', "unknown key `schemas`"),
        ("[tool.rpccheck]\nschema = 3\n", "`schema` must be a list of strings"),
        (
            '[tool.rpccheck]\nschema = ["db/schema.sql"]\nselect = ["unknown-paramter"]\n',
            "unknown rule `unknown-paramter`",
        ),
        (
            '[tool.rpccheck]\nschema = ["db/schema.sql"]\nseverity = { unknown-parameter = "fatal" }\n',
            "must be one of error, warning, info",
        ),
        ('[tool.rpccheck]\nschema = ["db/missing.sql"]\n', "schema path not found: db/missing.sql"),
        ('[tool.rpccheck]\nschema = ["db/schema.sql"\n', "invalid TOML"),
        (
            '[tool.rpccheck]\nschema = ["db/schema.sql"]\nper-file-ignores = { "tests/**" = ["nope"] }\n',
            "unknown rule `nope`",
        ),
        (
            '[tool.rpccheck]\nschema = ["db/schema.sql"]\ndefault-schema = ""\n',
            "`default-schema` must be a non-empty string",
        ),
    ],
)
def test_broken_config_exits_2_with_one_line(tmp_path, run_cli, config, fragment):
    root = project(tmp_path, config)
    res = run_cli(["check"], cwd=root)
    assert res.code == 2
    assert res.out == ""
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], res.err
    assert "Traceback" not in res.err


def test_error_names_the_file_and_key(tmp_path, run_cli):
    root = project(tmp_path, 'schema = ["db/schema.sql"]\nexclud = ["x"]\n', "rpccheck.toml")
    res = run_cli(["check"], cwd=root)
    assert res.code == 2
    assert "rpccheck.toml" in res.err and "`exclud`" in res.err


def test_cli_flags_override_config(tmp_path, run_cli):
    root = project(tmp_path, '[tool.rpccheck]\nschema = ["db/schema.sql"]\nignore = ["unknown-parameter"]\n')
    assert run_cli(["check"], cwd=root).code == 0
    res = run_cli(["check", "--ignore", "missing-parameter", "--format", "json"], cwd=root)
    assert [d["rule"] for d in res.json()] == ["unknown-parameter"]
    assert run_cli(["check", "--select", "RPC003"], cwd=root).code == 0


def test_without_config_the_git_root_is_the_project(tmp_path, run_cli):
    (tmp_path / "supabase" / "migrations").mkdir(parents=True)
    (tmp_path / "supabase" / "migrations" / "20240101000000_init.sql").write_text(SCHEMA)
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "a.ts").write_text(CALL)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    res = run_cli(["check", "--format", "json", "."], cwd=tmp_path / "web")
    assert res.code == 1, res.err
    [d] = res.json()
    assert d["parameter"] == "p_b" and d["definition"]["path"] == "../supabase/migrations/20240101000000_init.sql"


def test_no_schema_anywhere_is_a_usage_error(tmp_path, run_cli):
    (tmp_path / "a.ts").write_text(CALL)
    (tmp_path / "rpccheck.toml").write_text("")
    res = run_cli(["check"], cwd=tmp_path)
    assert res.code == 2 and "no schema found" in res.err


def test_supabase_config_toml_sets_exposed_schemas(tmp_path, run_cli):
    root = project(tmp_path, '[tool.rpccheck]\nschema = ["db/schema.sql"]\n')
    (root / "src" / "a.ts").write_text("await supabase.schema('private').rpc('f', { p_a: 1 })\n")
    # default exposure is a guess: a .schema('private') call is trusted
    assert run_cli(["check", "--format", "json"], cwd=root).json()[0]["rule"] == "unknown-function"
    (root / "supabase").mkdir()
    (root / "supabase" / "config.toml").write_text('[api]\nschemas = ["public", "graphql_public"]\n')
    res = run_cli(["check", "--format", "json"], cwd=root)
    assert [d["rule"] for d in res.json()] == ["schema-not-exposed"]
    assert res.json()[0]["severity"] == "error"
