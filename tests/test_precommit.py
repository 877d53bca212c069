"""The pre-commit hooks (.pre-commit-hooks.yaml), run by the real pre-commit.

pre-commit installs a `language: python` hook with `pip install .` from a git repository
at a commit. rpccheck's working tree may hold uncommitted and untracked files (this
manifest among them), and `pre-commit try-repo` only carries *tracked* changes into its
shadow clone, so the tests commit a snapshot of the working tree (tracked + untracked,
minus what .gitignore ignores) into a throwaway repository and point pre-commit at it.

Installs: `try-repo` always installs into a temporary store of its own, so the one
try-repo test costs one install; every other test runs `pre-commit run` against a
`.pre-commit-config.yaml` that names the snapshot, with PRE_COMMIT_HOME shared by the
session, so those share a single install.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
if shutil.which("git") is None:  # pragma: no cover
    pytest.skip("git is not on PATH", allow_module_level=True)

import yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"

SCHEMA = """\
create function public.add_credits(p_user_id uuid, p_amount integer)
returns integer
language sql
as $$ select 1 $$;
"""
SCHEMA_RENAMED = SCHEMA.replace("p_amount", "p_credits")

CALL_BROKEN = """\
import { supabase } from './client'

export async function grant(userId: string) {
  return await supabase.rpc('add_credits', { p_user_id: userId, amount: 3 })
}
"""
CALL_FIXED = CALL_BROKEN.replace("amount: 3", "p_amount: 3")

UNRELATED = """\
export const answer = 42
"""


# --- environment ---------------------------------------------------------------------------


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment for git and pre-commit: no GIT_* leaking in from an outer hook run
    (GIT_DIR, GIT_INDEX_FILE...), no user/system git config (signing, hooks, templates),
    no SKIP, no colour. pip settings (index, find-links, certificates) are inherited."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GIT_", "PRE_COMMIT")) and k not in ("SKIP", "FORCE_COLOR")
    }
    env.update(
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="rpccheck tests",
        GIT_AUTHOR_EMAIL="tests@rpccheck.invalid",
        GIT_COMMITTER_NAME="rpccheck tests",
        GIT_COMMITTER_EMAIL="tests@rpccheck.invalid",
        NO_COLOR="1",
    )
    env.update(extra)
    return env


def git(cwd: Path, *args: str) -> str:
    out = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
        cwd=cwd,
        env=_clean_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def _working_tree_files(root: Path) -> list[str]:
    """Tracked and untracked files of rpccheck's working tree, without ignored ones. The
    user's git config is kept here (safe.directory may be needed to read this checkout)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    proc = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root, env=env, capture_output=True
    )
    if proc.returncode == 0:
        names = {n for n in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if n}
        return sorted(n for n in names if (root / n).is_file())  # deleted-but-tracked files skipped
    # not a git checkout (an sdist, say): everything but caches and environments
    skip = {".git", ".venv", "venv", "__pycache__", ".pytest_cache", "build", "dist"}
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file()
        and not (set(p.relative_to(root).parts) & skip)
        and not any(part.endswith(".egg-info") for part in p.relative_to(root).parts)
    )


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory) -> tuple[Path, str]:
    """A throwaway git repository holding a one-commit snapshot of rpccheck's working tree:
    (path, commit sha)."""
    repo = tmp_path_factory.mktemp("rpccheck-snapshot")
    for name in _working_tree_files(ROOT):
        dest = repo / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, dest)
    assert (repo / ".pre-commit-hooks.yaml").is_file()
    assert (repo / "pyproject.toml").is_file()
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "snapshot of the working tree")
    return repo, git(repo, "rev-parse", "HEAD")


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory) -> Path:
    """One pre-commit store for the session: the hook environment is installed once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def pre_commit(cwd: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args, "--color", "never"],
        cwd=cwd,
        env=_clean_env(PRE_COMMIT_HOME=str(home)),
        capture_output=True,
        text=True,
        timeout=900,
    )


def output(proc: subprocess.CompletedProcess) -> str:
    return proc.stdout + proc.stderr


def make_project(path: Path, call: str = CALL_BROKEN, config_extra: str = "") -> Path:
    """A consumer repository: the schema location comes from rpccheck.toml only."""
    (path / "db").mkdir(parents=True)
    (path / "src").mkdir()
    (path / "rpccheck.toml").write_text('schema = ["db/schema.sql"]\n' + config_extra, encoding="utf-8")
    (path / "db" / "schema.sql").write_text(SCHEMA, encoding="utf-8")
    (path / "src" / "a.ts").write_text(call, encoding="utf-8")
    (path / "src" / "other.ts").write_text(UNRELATED, encoding="utf-8")
    (path / "notes.md").write_text("not code\n", encoding="utf-8")
    git(path, "init", "-q")
    git(path, "add", "-A")
    return path


def write_config(project: Path, repo: Path, rev: str) -> None:
    config = {"repos": [{"repo": str(repo), "rev": rev, "hooks": [{"id": "rpccheck"}, {"id": "rpccheck-all"}]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    git(project, "add", ".pre-commit-config.yaml")


def hook_status(text: str, name: str) -> str:
    """'Passed' / 'Failed' / '(no files to check)Skipped' for the hook with this name."""
    m = re.search(rf"^{re.escape(name)}\.+(.*)$", text, re.M)
    assert m, f"no status line for {name!r} in:\n{text}"
    return m.group(1).strip()


@pytest.fixture(scope="session")
def installed(hook_repo, pre_commit_home, tmp_path_factory) -> tuple[Path, str, Path]:
    """Install the hook environment into the session store once; (repo, rev, home)."""
    repo, rev = hook_repo
    probe = make_project(tmp_path_factory.mktemp("probe"))
    write_config(probe, repo, rev)
    proc = pre_commit(probe, "install-hooks", home=pre_commit_home)
    assert proc.returncode == 0, output(proc)
    return repo, rev, pre_commit_home


@pytest.fixture
def project(tmp_path, installed) -> Path:
    repo, rev, _ = installed
    p = make_project(tmp_path / "project")
    write_config(p, repo, rev)
    return p


@pytest.fixture
def run(installed):
    _, _, home = installed

    def _run(project: Path, *args: str) -> subprocess.CompletedProcess:
        return pre_commit(project, "run", *args, home=home)

    return _run


# --- the manifest itself (no install) ------------------------------------------------------


def test_manifest_is_valid_for_pre_commit():
    from pre_commit.clientlib import load_manifest

    hooks = {h["id"]: h for h in load_manifest(str(MANIFEST))}
    assert set(hooks) == {"rpccheck", "rpccheck-all"}

    fast, whole = hooks["rpccheck"], hooks["rpccheck-all"]
    for h in (fast, whole):
        assert h["language"] == "python"
        assert h["entry"].split()[:2] == ["rpccheck", "check"]
        assert h["require_serial"] is True
        assert "--schema" not in h["entry"] and not h["args"], "the schema must come from config"
    assert fast["pass_filenames"] is True and fast["always_run"] is False
    assert whole["pass_filenames"] is False and whole["always_run"] is True

    import pre_commit.constants as C

    def version(v: str) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", v)[:3])

    for h in (fast, whole):
        assert version(h["minimum_pre_commit_version"]) >= (2, 9, 2)
        assert version(h["minimum_pre_commit_version"]) <= version(C.VERSION)


def test_files_pattern_covers_every_source_rpccheck_reads():
    from rpccheck.callers import READ_SUFFIXES
    from rpccheck.discover import hook_files_pattern

    raw = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))[0]["files"]
    # one list of suffixes in code; the manifest holds the pattern derived from it
    assert raw == hook_files_pattern(), f"set `files: {hook_files_pattern()}` in .pre-commit-hooks.yaml"
    files = re.compile(raw)
    for suffix in sorted(READ_SUFFIXES | {".sql"}):
        assert files.search(f"app/deep/file{suffix}"), suffix
    for suffix in (".py", ".dart", ".rb", ".go"):  # matched only once rpccheck reads them
        assert bool(files.search(f"app/file{suffix}")) == (suffix in READ_SUFFIXES), suffix
    for name in ("README.md", "rpccheck.toml", "app/x.tsx.bak", "x.d.ts.map", "style.css", "sql"):
        assert not files.search(name), name


def test_entry_is_the_installed_console_script():
    """`language: python` runs the console script the package installs: it must exist."""
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover  (Python 3.10)
        import tomli as tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    for hook in yaml.safe_load(MANIFEST.read_text(encoding="utf-8")):
        assert hook["entry"].split()[0] in scripts


# --- try-repo: the documented way to try the hooks from a consumer repository --------------


def test_try_repo_runs_both_hooks_and_fails_on_a_broken_call(hook_repo, tmp_path):
    """`pre-commit try-repo REPO --all-files` without a hook id runs every hook of the
    manifest; no .pre-commit-config.yaml is needed in the consumer. try-repo installs into
    a temporary store of its own, so this test pays for one install."""
    repo, _ = hook_repo
    project = make_project(tmp_path / "project")
    assert not (project / ".pre-commit-config.yaml").exists()

    proc = pre_commit(project, "try-repo", str(repo), "--all-files", home=tmp_path / "home")
    text = output(proc)
    assert proc.returncode == 1, text
    assert hook_status(text, "rpccheck") == "Failed"
    assert hook_status(text, "rpccheck (whole project)") == "Failed"
    # the finding's own text, from both hooks
    assert text.count("src/a.ts:4:65: RPC002 [unknown-parameter] unknown parameter `amount`") == 2, text
    assert "did you mean `p_amount`?" in text
    assert "RPC003 [missing-parameter] missing required parameter `p_amount`" in text


# --- pre-commit run, with a config naming the snapshot (one shared install) ----------------


def test_broken_call_fails_both_hooks(project, run):
    proc = run(project, "--all-files")
    text = output(proc)
    assert proc.returncode == 1, text
    assert hook_status(text, "rpccheck") == "Failed"
    assert hook_status(text, "rpccheck (whole project)") == "Failed"
    assert "src/a.ts:4:65: RPC002 [unknown-parameter] unknown parameter `amount`" in text
    assert "- exit code: 1" in text


def test_fixed_call_passes(project, run):
    (project / "src" / "a.ts").write_text(CALL_FIXED, encoding="utf-8")
    git(project, "add", "-A")
    proc = run(project, "--all-files")
    text = output(proc)
    assert proc.returncode == 0, text
    assert hook_status(text, "rpccheck") == "Passed"
    assert hook_status(text, "rpccheck (whole project)") == "Passed"


def test_changed_schema_alone_breaks_the_unchanged_caller(project, run):
    """Only db/schema.sql changed (a parameter renamed): the fast hook gets just that file
    and must still report the caller in src/a.ts, which was not passed."""
    (project / "src" / "a.ts").write_text(CALL_FIXED, encoding="utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "fixed call")
    assert run(project, "--all-files").returncode == 0

    (project / "db" / "schema.sql").write_text(SCHEMA_RENAMED, encoding="utf-8")
    git(project, "add", "db/schema.sql")
    assert git(project, "diff", "--cached", "--name-only") == "db/schema.sql"

    proc = run(project, "rpccheck", "--files", "db/schema.sql")
    text = output(proc)
    assert proc.returncode == 1, text
    assert hook_status(text, "rpccheck") == "Failed"
    assert "src/a.ts:4:65: RPC002 [unknown-parameter] unknown parameter `p_amount`" in text
    assert "missing required parameter `p_credits`" in text

    # the plain staged-files run (what `git commit` triggers) sees the same
    proc = run(project)
    assert proc.returncode == 1, output(proc)
    assert "src/a.ts:4:65" in output(proc)


def test_fast_hook_reports_only_on_the_passed_code_files(project, run):
    """With only an unrelated code file passed, the fast hook checks that file (the schema
    still comes from rpccheck.toml) and passes; rpccheck-all checks the whole project."""
    proc = run(project, "rpccheck", "--files", "src/other.ts")
    assert proc.returncode == 0, output(proc)
    assert hook_status(output(proc), "rpccheck") == "Passed"

    proc = run(project, "rpccheck", "--files", "src/a.ts")
    assert proc.returncode == 1, output(proc)
    assert "src/a.ts:4:65" in output(proc)

    proc = run(project, "rpccheck-all", "--files", "src/other.ts")
    assert proc.returncode == 1, output(proc)
    assert hook_status(output(proc), "rpccheck (whole project)") == "Failed"
    assert "src/a.ts:4:65" in output(proc)


def test_whole_project_hook_runs_when_no_code_file_changed(project, run):
    """always_run: a commit touching only notes.md still runs rpccheck-all; the fast hook
    has nothing to check and is skipped."""
    proc = run(project, "--files", "notes.md")
    text = output(proc)
    assert proc.returncode == 1, text
    assert hook_status(text, "rpccheck") == "(no files to check)Skipped"
    assert hook_status(text, "rpccheck (whole project)") == "Failed"
    assert "src/a.ts:4:65" in text


def test_config_exclude_applies_to_passed_files(tmp_path, installed, run):
    """pre-commit passes paths explicitly; the hook's --force-exclude keeps the config's
    `exclude` in force for them, as ruff's hook does."""
    repo, rev, _ = installed
    project = make_project(tmp_path / "project", call=CALL_FIXED, config_extra='exclude = ["src/legacy/"]\n')
    (project / "src" / "legacy").mkdir()
    (project / "src" / "legacy" / "old.ts").write_text(CALL_BROKEN, encoding="utf-8")
    write_config(project, repo, rev)
    git(project, "add", "-A")

    proc = run(project, "--all-files")
    assert proc.returncode == 0, output(proc)
    assert hook_status(output(proc), "rpccheck") == "Passed"
    assert hook_status(output(proc), "rpccheck (whole project)") == "Passed"


def test_single_file_run_finds_the_client_of_another_schema(tmp_path, run_cli):
    """A run on one file has not read the file that creates the client: a failing call
    whose name fits another schema is looked up in the project's clients (walked for
    them), while one that no schema holds is simply unknown (that walk is skipped for it,
    as every client's schema would fail it too)."""
    (tmp_path / "schema.sql").write_text(
        "create schema private;\n"
        "create function private.refresh_cache(p_id int) returns int language sql as $$ select 1 $$;\n"
        "create function public.other_thing(p_id int) returns int language sql as $$ select 1 $$;\n"
    )
    (tmp_path / "lib").mkdir()
    # (the client's name split: this file is in the repository, whose clients other tests scan)
    create = "create" + "Client"
    (tmp_path / "lib" / "db.ts").write_text(
        f"import {{ {create} }} from '@supabase/supabase-js'\n"
        f"export const db = {create}(process.env.URL!, process.env.KEY!, {{ db: {{ schema: 'private' }} }})\n"
    )
    (tmp_path / "call.ts").write_text(
        "import { db } from './lib/db'\n"
        "export async function go() {\n"
        "  const { error } = await db.rpc('refresh_cache', { p_id: 1 })\n"
        "  const r2 = await db.rpc('no_such_function', { p_id: 1 })\n"
        "  return [error, r2.error]\n"
        "}\n"
    )
    for name in ("first", "second"):  # the second run answers from the client memo
        res = run_cli(
            ["check", "--schema", "schema.sql", "--format", "json", "call.ts"],
            cwd=tmp_path,
            env={"RPCCHECK_CACHE_DIR": str(tmp_path / "cache")},
        )
        found = sorted((d["rule"], d["line"], d["message"]) for d in res.json())
        assert res.code == 1, name
        assert [(rule, line) for rule, line, _m in found] == [("unknown-function", 4), ("unresolved-call", 3)], name
        assert "a client is created for schema `private` at lib/db.ts:2" in found[1][2], name
