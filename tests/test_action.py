"""The composite GitHub Action (action.yml).

(a) action.yml validates against GitHub's action schema, bundled in check-jsonschema
    (run with proxies pointing nowhere, so it provably works offline).
(b) The action's `run:` steps are executed locally the way the runner executes them:
    `bash --noprofile --norc -eo pipefail SCRIPT`, working directory GITHUB_WORKSPACE, a
    fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY file per step, and each step's `env:` with
    its `${{ ... }}` expressions substituted (inputs with their defaults, outputs of earlier
    steps, github.* / runner.*). Composite actions get no INPUT_* variables from the runner
    (actions/runner#665), so only what the step's `env:` passes exists. The `uses:` step
    (actions/setup-python) is emulated with this interpreter; the install step is skipped
    (it would `pip install` the action), and the test venv's bin directory goes on PATH.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml", reason="PyYAML is not installed (it comes with pre-commit)")

ROOT = Path(__file__).resolve().parent.parent
ACTION = ROOT / "action.yml"
VENV_BIN = Path(sys.executable).parent
RPCCHECK = shutil.which("rpccheck", path=str(VENV_BIN)) or shutil.which("rpccheck")
BASH = shutil.which("bash")

if BASH is None:  # pragma: no cover
    pytest.skip("bash is not available", allow_module_level=True)

SCHEMA = """\
create function public.add_credits(p_user_id uuid, p_amount integer)
returns integer
language sql
as $$ select 1 $$;
"""
CALL_BROKEN = """\
import { supabase } from './client'

export async function grant(userId: string) {
  return await supabase.rpc('add_credits', { p_user_id: userId, amount: 3 })
}
"""
CALL_FIXED = CALL_BROKEN.replace("amount: 3", "p_amount: 3")

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
NAME = re.compile(r"[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*\Z")


def load_action() -> dict:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


# --- (a) schema and structure --------------------------------------------------------------


def _offline_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "http_proxy", "https_proxy")}
    env.update(HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9", NO_PROXY="")
    return env


def _check_jsonschema(path: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("check-jsonschema", path=str(VENV_BIN))
    if exe is None:  # pragma: no cover
        pytest.skip("check-jsonschema is not installed (pip install -e '.[test]')")
    return subprocess.run(
        [exe, "--builtin-schema", "vendor.github-actions", str(path)],
        env=_offline_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_action_yml_is_valid_against_githubs_schema():
    proc = _check_jsonschema(ACTION)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_schema_check_would_catch_a_run_step_without_shell(tmp_path):
    """The validation is not vacuous: a composite `run` step without `shell` is rejected."""
    action = load_action()
    broken = next(s for s in action["runs"]["steps"] if "run" in s)
    del broken["shell"]
    bad = tmp_path / "action.yml"
    bad.write_text(yaml.safe_dump(action), encoding="utf-8")
    proc = _check_jsonschema(bad)
    assert proc.returncode == 1, proc.stdout + proc.stderr


def test_action_structure():
    action = load_action()
    assert action["runs"]["using"] == "composite"
    inputs = action["inputs"]
    assert set(inputs) >= {
        "paths",
        "schema",
        "format",
        "args",
        "sarif-file",
        "python-version",
        "working-directory",
        "version",
    }
    assert inputs["format"]["default"] == "github"
    assert inputs["python-version"]["default"] == "3.12"
    assert "exit-code" in action["outputs"]

    steps = action["runs"]["steps"]
    setup = [s for s in steps if "uses" in s]
    # current majors, each on a supported Node (node24: read in their action.yml files)
    assert [s["uses"] for s in setup] == ["actions/setup-python@v7", "actions/cache@v5"]
    assert setup[0]["with"]["python-version"] == "${{ inputs.python-version }}"
    # the pip cache is the install step's PIP_CACHE_DIR
    assert setup[1]["with"]["path"] == "${{ steps.pip-cache.outputs.dir }}"
    install = next(s for s in steps if s.get("id") == "install")
    assert install["env"]["PIP_CACHE_DIR"] == "${{ steps.pip-cache.outputs.dir }}"

    used: set[str] = set()
    for step in steps:
        for value in [*step.get("env", {}).values(), *step.get("with", {}).values()]:
            used.update(
                m.group(1)[len("inputs.") :]
                for m in EXPRESSION.finditer(str(value))
                if m.group(1).startswith("inputs.")
            )
        if "run" in step:
            assert step.get("shell") == "bash", step.get("name")
            # expressions in a script are template injection: inputs go through env only
            assert "${{" not in step["run"], step.get("name")
            assert "working-directory" not in step, "the directory is an input: pass it through env"
    assert used == set(inputs), f"inputs never passed to a step: {set(inputs) - used}"

    run = next(s for s in steps if s.get("id") == "run")["run"]
    assert run.lstrip().startswith("set +e")
    assert 'exit "$code"' in run
    assert not re.search(r"\beval\b", run)


# --- (b) running the steps -----------------------------------------------------------------


@dataclass
class StepRun:
    id: str
    returncode: int
    stdout: str
    stderr: str
    outputs: dict[str, str]
    summary: str


@dataclass
class ActionRun:
    steps: list[StepRun] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def main(self) -> StepRun:
        return next(s for s in self.steps if s.id == "run")

    @property
    def returncode(self) -> int:
        return self.steps[-1].returncode

    @property
    def summary(self) -> str:
        return "".join(s.summary for s in self.steps)


def substitute(value: str, context: dict[str, str]) -> str:
    """`${{ name.path }}` → its value; missing step outputs are '' as on the runner.
    Anything more than a plain dotted name is refused: this is not an expression engine."""

    def repl(m: re.Match) -> str:
        expr = m.group(1)
        assert NAME.match(expr), f"unsupported expression in action.yml: {expr!r}"
        if expr.startswith("steps."):
            return context.get(expr, "")
        assert expr in context, f"unknown context value: {expr}"
        return context[expr]

    return EXPRESSION.sub(repl, str(value))


def parse_output_file(text: str) -> dict[str, str]:
    """GITHUB_OUTPUT: `name=value` lines and `name<<DELIMITER` blocks."""
    out: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delim = line.split("<<", 1)
            j = lines.index(delim, i + 1)
            out[name] = "\n".join(lines[i + 1 : j])
            i = j + 1
            continue
        if line:
            name, value = line.split("=", 1)
            out[name] = value
        i += 1
    return out


def _base_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GITHUB_", "INPUT_", "RUNNER_", "RPCCHECK_"))
        and k not in ("FORCE_COLOR", "NO_COLOR", "CLICOLOR_FORCE")
    }
    env["PATH"] = os.pathsep.join([str(VENV_BIN), env.get("PATH", "")])
    env.update(GITHUB_ACTIONS="true", CI="true")
    return env


def run_action(workspace: Path, inputs: dict[str, str], tmp: Path, install_bin: str = "") -> ActionRun:
    """Run the action's steps; `install_bin` stands in for the skipped install step's `bin`
    output (empty: rpccheck is found on PATH, which holds the test venv's bin)."""
    action = load_action()
    unknown = set(inputs) - set(action["inputs"])
    assert not unknown, f"not inputs of the action: {unknown}"
    runner_temp = tmp / "runner-temp"
    runner_temp.mkdir(exist_ok=True)
    context = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    context.update({f"inputs.{k}": v for k, v in inputs.items()})
    context.update(
        {
            "github.action_path": str(ROOT),
            "github.workspace": str(workspace),
            "runner.temp": str(runner_temp),
            "runner.os": "Linux",
        }
    )

    result = ActionRun()
    for n, step in enumerate(action["runs"]["steps"]):
        sid = step.get("id", f"step{n}")
        if "uses" in step:
            for value in step.get("with", {}).values():
                assert substitute(str(value), context), step  # every expression must resolve
            if step["uses"].startswith("actions/cache@"):
                result.skipped.append(sid)  # a cache miss: nothing restored
                continue
            # actions/setup-python: the test interpreter stands in for the one it would set up
            assert step["uses"].startswith("actions/setup-python@")
            context[f"steps.{sid}.outputs.python-path"] = sys.executable
            context[f"steps.{sid}.outputs.python-version"] = "%d.%d.%d" % sys.version_info[:3]
            result.skipped.append(sid)
            continue
        script = step["run"]
        env = {name: substitute(value, context) for name, value in step.get("env", {}).items()}
        if sid == "install":
            # the step we skip: it installs the action's own checkout (or the pinned version)
            assert "pip install" in script and '"$GITHUB_ACTION_PATH"' in script
            assert "rpccheck==" in script and "$INPUT_VERSION" in script
            assert env["RPCCHECK_PYTHON"] == sys.executable
            if install_bin:
                context[f"steps.{sid}.outputs.bin"] = install_bin
            result.skipped.append(sid)
            continue
        script_file = runner_temp / f"{sid}.sh"
        script_file.write_text(script, encoding="utf-8")
        output_file = runner_temp / f"{sid}.output"
        summary_file = runner_temp / f"{sid}.summary"
        output_file.write_text("", encoding="utf-8")
        summary_file.write_text("", encoding="utf-8")
        full_env = _base_env()
        full_env.update(
            GITHUB_ACTION_PATH=str(ROOT),
            GITHUB_WORKSPACE=str(workspace),
            GITHUB_OUTPUT=str(output_file),
            GITHUB_STEP_SUMMARY=str(summary_file),
            RUNNER_TEMP=str(runner_temp),
        )
        full_env.update(env)
        proc = subprocess.run(
            [BASH, "--noprofile", "--norc", "-eo", "pipefail", str(script_file)],
            cwd=workspace,
            env=full_env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        outputs = parse_output_file(output_file.read_text(encoding="utf-8"))
        for k, v in outputs.items():
            context[f"steps.{sid}.outputs.{k}"] = v
        result.steps.append(
            StepRun(sid, proc.returncode, proc.stdout, proc.stderr, outputs, summary_file.read_text(encoding="utf-8"))
        )
        if proc.returncode != 0:
            break  # the runner stops at a failing step
    result.outputs = {k: substitute(v["value"], context) for k, v in load_action()["outputs"].items()}
    return result


def git_init(path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run(["git", "init", "-q", str(path)], check=True, env=env, capture_output=True)


@pytest.fixture
def workspace(tmp_path) -> Path:
    """A checked-out consumer repository with a broken call; schema from rpccheck.toml."""
    ws = tmp_path / "workspace"
    (ws / "db").mkdir(parents=True)
    (ws / "src").mkdir()
    (ws / "rpccheck.toml").write_text('schema = ["db/schema.sql"]\n', encoding="utf-8")
    (ws / "db" / "schema.sql").write_text(SCHEMA, encoding="utf-8")
    (ws / "src" / "a.ts").write_text(CALL_BROKEN, encoding="utf-8")
    if shutil.which("git"):
        git_init(ws)
    return ws


def rpccheck_direct(cwd: Path, *args: str) -> int:
    env = _base_env()
    return subprocess.run([RPCCHECK, "check", *args], cwd=cwd, env=env, capture_output=True).returncode


def test_findings_fail_the_step_with_annotations_report_summary_and_sarif(workspace, tmp_path):
    run = run_action(workspace, {"sarif-file": "reports/rpccheck.sarif"}, tmp_path)
    assert run.skipped == ["python", "step2", "install"]
    key = next(s for s in run.steps if s.id == "pip-cache").outputs
    assert key["key"].startswith("rpccheck-pip-") and key["dir"].endswith("rpccheck-pip-cache")
    step = run.main
    assert step.returncode == 1 == rpccheck_direct(workspace), step.stdout + step.stderr

    # annotations (format github) in the log
    annotations = [line for line in step.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 2, step.stdout
    assert any(a.startswith("::error file=src/a.ts,line=4,col=65,endLine=4,") and "RPC002" in a for a in annotations), (
        annotations
    )
    assert any("RPC003" in a and "title=rpccheck (RPC003)" in a for a in annotations)
    # and the human report, with the source line and the caret
    assert "src/a.ts:4:65: RPC002 [unknown-parameter] unknown parameter `amount`" in step.stdout
    assert "4 |   return await supabase.rpc('add_credits'" in step.stdout
    assert "Found 2 findings (2 errors)." in step.stdout

    # step summary: counts and the concise findings in a code block
    summary = run.summary
    assert "## rpccheck" in summary
    assert ":x: **2** finding(s): 2 error(s), 0 warning(s), 0 notice(s)" in summary
    assert "| 2 | 0 | 0 |" in summary
    block = re.search(r"^```text\n(.*?)^```$", summary, re.S | re.M)
    assert block, summary
    assert "src/a.ts:4:65: RPC002 [unknown-parameter]" in block.group(1)
    assert "src/a.ts:4:44: RPC003 [missing-parameter]" in block.group(1)
    assert "\x1b[" not in summary

    # SARIF, relative sarif-file resolved against the workspace
    sarif_path = workspace / "reports" / "rpccheck.sarif"
    sarif = json.loads(sarif_path.read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert sorted(r["ruleId"] for r in results) == ["RPC002", "RPC003"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"src/a.ts"}

    assert run.outputs == {"exit-code": "1", "findings": "2", "sarif-file": str(sarif_path)}


def test_fixed_call_passes(workspace, tmp_path):
    (workspace / "src" / "a.ts").write_text(CALL_FIXED, encoding="utf-8")
    run = run_action(workspace, {"sarif-file": "rpccheck.sarif"}, tmp_path)
    step = run.main
    assert step.returncode == 0 == rpccheck_direct(workspace), step.stdout + step.stderr
    assert "::error" not in step.stdout
    assert "All checks passed" in step.stdout
    assert "No findings." in run.summary
    sarif = json.loads((workspace / "rpccheck.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"] == []
    assert run.outputs["exit-code"] == "0" and run.outputs["findings"] == "0"


def test_format_concise_and_exit_zero(workspace, tmp_path):
    """Another format is printed instead of annotations; counts and summary stay;
    --exit-zero in args is honoured for the step's exit code."""
    run = run_action(workspace, {"format": "concise", "args": "--exit-zero"}, tmp_path)
    step = run.main
    assert step.returncode == 0 == rpccheck_direct(workspace, "--exit-zero"), step.stdout + step.stderr
    assert "::error" not in step.stdout
    assert "src/a.ts:4:65: RPC002" in step.stdout
    assert ":warning: **2** finding(s)" in run.summary  # reported, but not failing
    assert run.outputs == {"exit-code": "0", "findings": "2", "sarif-file": ""}
    assert not list(workspace.rglob("*.sarif"))


def test_inputs_schema_paths_args_and_working_directory(tmp_path):
    """A monorepo app without a config: schema glob, paths and --select as inputs, run in
    a sub-directory. The repository root stays the project root (git), so annotation paths
    are repository-relative, as GitHub needs them."""
    ws = tmp_path / "workspace"
    app = ws / "apps" / "web"
    (app / "db").mkdir(parents=True)
    (app / "src").mkdir()
    (app / "lib").mkdir()
    (app / "db" / "001_credits.sql").write_text(SCHEMA, encoding="utf-8")
    (app / "src" / "a.ts").write_text(CALL_BROKEN, encoding="utf-8")
    (app / "lib" / "b.ts").write_text(CALL_BROKEN, encoding="utf-8")  # not in `paths`
    git_init(ws)

    inputs = {"working-directory": "apps/web", "schema": "db/*.sql", "paths": "src", "args": "--select RPC002"}
    run = run_action(ws, inputs, tmp_path)
    step = run.main
    direct = rpccheck_direct(app, "--schema", "db/*.sql", "--select", "RPC002", "src")
    assert step.returncode == 1 == direct, step.stdout + step.stderr
    annotations = [line for line in step.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 1, step.stdout
    assert annotations[0].startswith("::error file=apps/web/src/a.ts,line=4,col=65,")
    assert "lib/b.ts" not in step.stdout
    assert run.outputs["findings"] == "1"


def test_configuration_error_exits_2_with_a_summary(workspace, tmp_path):
    run = run_action(workspace, {"schema": "missing/*.sql"}, tmp_path)
    step = run.main
    assert step.returncode == 2 == rpccheck_direct(workspace, "--schema", "missing/*.sql")
    assert "schema path not found" in step.stderr
    assert "failed with exit code 2" in run.summary
    assert run.outputs["exit-code"] == "2"


def test_missing_working_directory_exits_2(workspace, tmp_path):
    run = run_action(workspace, {"working-directory": "nope"}, tmp_path)
    assert run.main.returncode == 2
    assert "::error title=rpccheck::working-directory not found: nope" in run.main.stdout
    assert run.outputs["exit-code"] == "2"


def test_inputs_are_data_not_shell(workspace, tmp_path):
    """Inputs reach the script as environment variables and are only word-split: command
    substitutions, quotes and globs in them are never evaluated or expanded."""
    hostile = {
        "paths": "$(touch pwned-paths) `touch pwned-backtick`",
        "args": '--select RPC002"; touch pwned-args; echo "',
        "schema": "db/*.sql",
    }
    run = run_action(workspace, hostile, tmp_path)
    assert not list(workspace.glob("pwned*")) and not list(tmp_path.glob("pwned*"))
    assert run.main.returncode == 2  # rpccheck itself rejects the odd arguments
    assert run.outputs["exit-code"] == "2"


def test_runs_the_executable_the_install_step_reports(workspace, tmp_path):
    """The run step calls `$RPCCHECK_BIN/rpccheck` (the install step's `bin` output), not
    whatever `rpccheck` is first on PATH."""
    fake_bin = tmp_path / "venv-bin"
    fake_bin.mkdir()
    log = tmp_path / "calls.log"
    wrapper = fake_bin / "rpccheck"
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{RPCCHECK}" "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    run = run_action(workspace, {"sarif-file": "out.sarif"}, tmp_path, install_bin=str(fake_bin))
    assert run.main.returncode == 1, run.main.stdout + run.main.stderr
    calls = log.read_text(encoding="utf-8").splitlines()
    assert len(calls) == 1, calls  # one run writes every report
    formats = re.findall(r"--output (\w+):", calls[0])
    assert formats == ["sarif", "github", "text", "concise", "github"]


def test_config_in_a_subdirectory_gives_repository_relative_annotations(tmp_path):
    ws = tmp_path / "workspace"
    app = ws / "apps" / "web"
    (app / "db").mkdir(parents=True)
    (app / "src").mkdir()
    (app / "rpccheck.toml").write_text('schema = ["db/schema.sql"]\n', encoding="utf-8")
    (app / "db" / "schema.sql").write_text(SCHEMA, encoding="utf-8")
    (app / "src" / "a.ts").write_text(CALL_BROKEN, encoding="utf-8")
    git_init(ws)
    run = run_action(ws, {"working-directory": "apps/web", "sarif-file": "rpccheck.sarif"}, tmp_path)
    assert run.main.returncode == 1
    annotations = [line for line in run.main.stdout.splitlines() if line.startswith("::error ")]
    assert annotations and all(a.startswith("::error file=apps/web/src/a.ts,") for a in annotations), annotations
    sarif = json.loads((ws / "rpccheck.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"apps/web/src/a.ts"}


def test_summary_code_fence_outlasts_backticks_in_findings(workspace, tmp_path):
    """A function name holding ``` cannot close the summary's code block early."""
    (workspace / "src" / "evil.ts").write_text("await supabase.rpc('evil````name', {})\n", encoding="utf-8")
    run = run_action(workspace, {}, tmp_path)
    assert run.main.returncode == 1
    summary = run.summary
    assert "\n`````text\n" in summary and summary.rstrip().endswith("\n`````"), summary
    block = summary.split("`````text\n", 1)[1].rsplit("`````", 1)[0]
    assert "evil````name" in block and "src/a.ts:4:65" in block


def test_since_reports_only_what_the_branch_changed(workspace, tmp_path):
    """`since`: a broken call already on main stays out; the branch's new one fails the step."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e"}
    )

    def git(*args):
        subprocess.run(["git", *args], cwd=workspace, check=True, env=env, capture_output=True)

    git("checkout", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-qm", "main")
    git("checkout", "-q", "-b", "feature")
    (workspace / "src" / "b.ts").write_text(CALL_BROKEN, encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "feature")

    run = run_action(workspace, {"since": "main"}, tmp_path)
    annotations = [line for line in run.main.stdout.splitlines() if line.startswith("::error ")]
    assert run.main.returncode == 1, run.main.stdout + run.main.stderr
    # `amount` is unknown and `p_amount` missing, in b.ts only
    assert [a.split(",")[0] for a in annotations] == ["::error file=src/b.ts"] * 2
    assert run.outputs["findings"] == "2"


def test_readme_workflow_uses_current_actions_and_is_fork_safe(tmp_path):
    """The README's workflow: current majors (node24 runtimes: actions/checkout v7,
    github/codeql-action v4), valid against GitHub's workflow schema, and a SARIF upload
    that is skipped for pull requests from forks, whose read-only token code scanning
    refuses (the job would fail on every outside contribution)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# \.github/workflows/rpccheck\.yml\n.*?)```", readme, re.S)
    assert block, "the README's workflow block"
    workflow = yaml.safe_load(block.group(1))
    steps = workflow["jobs"]["rpccheck"]["steps"]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert uses[0] == "actions/checkout@v7"
    assert uses[-1] == "github/codeql-action/upload-sarif@v4"
    upload = steps[-1]["if"]
    assert "github.event.pull_request.head.repo.full_name == github.repository" in upload
    assert "github.event_name != 'pull_request'" in upload
    path = tmp_path / "rpccheck.yml"
    path.write_text(block.group(1), encoding="utf-8")
    exe = shutil.which("check-jsonschema", path=str(VENV_BIN))
    if exe is None:  # pragma: no cover
        pytest.skip("check-jsonschema is not installed (pip install -e '.[test]')")
    proc = subprocess.run(
        [exe, "--builtin-schema", "vendor.github-workflows", str(path)],
        env=_offline_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
