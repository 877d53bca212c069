"""`check --since REF` on a real git repository in a temp dir: findings in the files a
branch changed, and at every call of a function whose signature it changed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


INIT = """\
create function get_user(p_user_id uuid) returns void language sql as $$ select $$;
create function list_orgs(p_limit int) returns void language sql as $$ select $$;
"""


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    r = tmp_path / "repo"
    (r / "supabase" / "migrations").mkdir(parents=True)
    (r / "src").mkdir()
    (r / "supabase" / "migrations" / "20240101000000_init.sql").write_text(INIT)
    # an old mistake on main, in a file the branch does not touch
    (r / "src" / "old.ts").write_text("await supabase.rpc('list_orgs', { p_limt: 1 })\n")
    (r / "src" / "users.ts").write_text("await supabase.rpc('get_user', { p_user_id: id })\n")
    (r / "src" / "other.ts").write_text("await supabase.rpc('list_orgs', { p_limit: 1 })\n")
    git(r, "init", "-q", "-b", "main")
    git(r, "-c", "user.email=t@e", "-c", "user.name=t", "add", ".")
    git(r, "-c", "user.email=t@e", "-c", "user.name=t", "commit", "-qm", "init")
    git(r, "checkout", "-qb", "feature")
    return r


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.email=t@e", "-c", "user.name=t", "commit", "-qm", message)


def findings(run_cli, repo: Path, *args: str) -> tuple[int, list[str]]:
    res = run_cli(["check", "--format", "json", *args], cwd=repo)
    assert res.code in (0, 1), res.err
    return res.code, [f"{d['path']}:{d['line']} {d['rule']}" for d in res.json()]


def test_whole_run_sees_the_old_mistake(run_cli, repo):
    assert findings(run_cli, repo)[1] == ["src/old.ts:1 missing-parameter", "src/old.ts:1 unknown-parameter"]


def test_only_changed_code_files(run_cli, repo):
    (repo / "src" / "new.ts").write_text("await supabase.rpc('get_usr', {})\n")  # untracked counts
    (repo / "src" / "users.ts").write_text("await supabase.rpc('get_user', { p_userid: id })\n")
    code, found = findings(run_cli, repo, "--since", "main")
    assert code == 1
    assert found == [
        "src/new.ts:1 unknown-function",
        "src/users.ts:1 missing-parameter",
        "src/users.ts:1 unknown-parameter",
    ]


def test_nothing_changed_checks_nothing(run_cli, repo):
    assert findings(run_cli, repo, "--since", "main") == (0, [])


def test_signature_change_reaches_every_caller(run_cli, repo):
    # committed on the branch: a migration renames get_user's parameter
    (repo / "supabase" / "migrations" / "20240201000000_rename.sql").write_text(
        "drop function get_user(uuid);\n"
        "create function get_user(p_id uuid) returns void language sql as $$ select $$;\n"
    )
    commit(repo, "rename")
    code, found = findings(run_cli, repo, "--since", "main")
    # users.ts did not change but calls get_user; old.ts's list_orgs mistake stays out
    assert code == 1
    assert found == ["src/users.ts:1 missing-parameter", "src/users.ts:1 unknown-parameter"]


def test_merge_base_not_ref_tip(run_cli, repo):
    """Commits made on main after the branch point are not the branch's changes."""
    (repo / "src" / "users.ts").write_text("await supabase.rpc('get_user', { p_userid: id })\n")
    commit(repo, "branch change")
    git(repo, "checkout", "-q", "main")
    (repo / "src" / "main_only.ts").write_text("await supabase.rpc('nope', {})\n")
    commit(repo, "main moves on")
    git(repo, "checkout", "-q", "feature")
    assert findings(run_cli, repo, "--since", "main")[1] == [
        "src/users.ts:1 missing-parameter",
        "src/users.ts:1 unknown-parameter",
    ]


def test_unknown_ref_is_a_usage_error(run_cli, repo):
    res = run_cli(["check", "--since", "no-such-ref"], cwd=repo)
    assert res.code == 2 and "rpccheck: error: git merge-base" in res.err


def test_generated_types_change_reaches_callers(run_cli, repo):
    """A function only the generated types know changes its arguments there: its callers count."""
    types = repo / "supabase" / "database.types.ts"
    body = (
        "export type Database = { public: { Tables: {}; Views: {}; Enums: {}; CompositeTypes: {}; "
        "Functions: { audit_event: { Args: { %s: string }; Returns: undefined } } } }\n"
    )
    types.write_text(body % "p_kind")
    (repo / "src" / "audit.ts").write_text("await supabase.rpc('audit_event', { p_kind: 'x' })\n")
    commit(repo, "types")
    git(repo, "checkout", "-qb", "types-change")
    types.write_text(body % "p_event_kind")
    found = findings(run_cli, repo, "--since", "feature")[1]
    assert "src/audit.ts:1 unknown-parameter" in found and "src/audit.ts:1 missing-parameter" in found
    assert not any(f.startswith("src/old.ts") for f in found)
