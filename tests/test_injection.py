"""Nothing a name can inject: hostile function, parameter and file names through every
format, the other commands and the Action, read back as GitHub's runner reads a log
and as XML/JSON readers read documents.

The runner (actions/runner, ActionCommand.TryParseV2 and TryParse) splits a step's
output into lines at \\r and \\n and reads a line as a workflow command when, after
leading whitespace, it starts with `::`, or when it holds `##[` anywhere;
`::stop-commands::TOKEN` suspends that until a line `::TOKEN::`.
"""

from __future__ import annotations

import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import SHARED

# under 63 bytes: PostgreSQL truncates longer identifiers (NAMEDATALEN), and so does rpccheck
EVIL = "x\n::error file=p.ts::inj\r\n  ::add-mask::s ##[add-mask]s\x1b[31m\x01"
# the same name as a JavaScript string literal and as a quoted SQL identifier
EVIL_JS = (
    EVIL.replace("\\", "\\\\")
    .replace("\n", "\\n")
    .replace("\r", "\\r")
    .replace("\x1b", "\\x1b")
    .replace("\x01", "\\x01")
    .replace("'", "\\'")
)
EVIL_SQL = '"' + EVIL.replace('"', '""') + '"'
EVIL_FILE = "::error::evil\n::add-mask::m ##[group]x.ts" if sys.platform != "win32" else None
FORMATS = ("text", "concise", "json", "github", "sarif", "junit")
EXPECTED = 4 if EVIL_FILE is None else 8  # findings: 4 per file
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


def runner_commands(log: str) -> list[tuple[str, str]]:
    """(command, the whole line) for every line the runner would process as a command."""
    found: list[tuple[str, str]] = []
    stop_token = None
    for line in re.split(r"\r\n|\r|\n", log):
        trimmed = line.strip()
        if stop_token is not None:
            if trimmed.lower() == f"::{stop_token}::".lower():
                stop_token = None
                found.append(("resume", line))
            continue
        if line.lstrip().startswith("::"):
            body = line.lstrip()
            end = body.find("::", 2)
            if end < 0:
                continue  # not a command: `::` needs a second `::`
            command = body[2:end].split(" ", 1)[0]
            if command == "stop-commands":
                stop_token = body[end + 2 :]
            found.append((command, line))
        elif "##[" in line:
            found.append(("legacy", line))
    return found


def unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


@pytest.fixture
def hostile(tmp_path) -> Path:
    root = tmp_path / "p"
    root.mkdir()
    (root / ".git").mkdir()
    (root / "schema.sql").write_text(
        f"create function public.{EVIL_SQL}(a int) returns int language sql as $$ select 1 $$;\n"
        "create function public.g(a int) returns int language sql as $$ select 1 $$;\n",
        encoding="utf-8",
    )
    call = (
        f"await supabase.rpc('{EVIL_JS}', {{ b: 1 }})\n"
        f"await supabase.rpc('g', {{ '{EVIL_JS}': 1, a: 2 }})\n"
        f"await supabase.rpc('{EVIL_JS}missing', {{}})\n"
    )
    (root / "src").mkdir()
    (root / "src" / "a.ts").write_text(call, encoding="utf-8")
    if EVIL_FILE is not None:
        (root / EVIL_FILE).write_text(call, encoding="utf-8")
    return root


def test_the_hostile_names_reach_the_findings(hostile, run_cli):
    res = run_cli(["check", "--schema", "schema.sql", "--format", "json"], cwd=hostile)
    assert res.code == 1, res.err
    found = res.json()
    assert {d["function"] for d in found} >= {EVIL, f"{EVIL}missing"}
    assert EVIL in {d["parameter"] for d in found}
    if EVIL_FILE is not None:
        assert EVIL_FILE in {d["path"] for d in found}
    assert len(found) == EXPECTED


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_line_of_any_format_is_a_workflow_command(hostile, run_cli, fmt):
    res = run_cli(["check", "--schema", "schema.sql", "--format", fmt, "--statistics"], cwd=hostile)
    assert res.code == 1, res.err
    commands = runner_commands(res.out) + runner_commands(res.err)
    expected = EXPECTED
    if fmt != "github":
        assert commands == [], commands
    else:
        assert [c for c, _line in commands] == ["error"] * expected, commands
        for _command, line in commands:
            properties, data = line[len("::error ") :].split("::", 1)
            assert "title=rpccheck (RPC00" in properties
            message = unescape_data(data)
            assert "\r" not in message and "\x1b" not in message  # shown as escapes
    if fmt == "json":
        assert len(json.loads(res.out)) == expected
    if fmt == "sarif":
        doc = json.loads(res.out)
        assert len(doc["runs"][0]["results"]) == expected
        if SARIF_SCHEMA.exists():
            import jsonschema

            jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(doc)
    if fmt == "junit":
        suites = ET.fromstring(res.out.encode("utf-8"))  # a JUnit reader's first step
        cases = suites.findall("./testsuite/testcase")
        assert len(cases) == expected and int(suites.get("failures")) == expected
        messages = [c.find("failure").get("message") for c in cases]
        assert any("::add-mask::s ##[add-mask]s" in m for m in messages)  # same text, read back
        assert all("\x1b" not in m and "\x01" not in m for m in messages)  # not XML characters


def test_functions_and_sources_output_and_stderr(hostile, run_cli):
    for args in (
        ["functions", "--schema", "schema.sql"],
        ["functions", "--schema", "schema.sql", "--format", "json"],
        ["sources", "--schema", "schema.sql"],
        ["sources", "--schema", "schema.sql", "--format", "json"],
    ):
        res = run_cli(args, cwd=hostile)
        assert res.code == 0, res.err
        assert runner_commands(res.out + res.err) == [], (args, res.out)
        if "json" in args:
            json.loads(res.out)
    # a message on stderr built from a value the user gave
    res = run_cli(["check", "--schema", "::error::x\n##[add-mask]y.sql"], cwd=hostile)
    assert res.code == 2 and "schema path not found" in res.err
    assert runner_commands(res.err) == []
    (hostile / "rpccheck.toml").write_text('schema = ["x"]\n"::error::k\\n##[k]" = 1\n', encoding="utf-8")
    res = run_cli(["check"], cwd=hostile)
    assert res.code == 2 and "unknown key" in res.err and runner_commands(res.err) == []


@pytest.mark.skipif(os.name == "nt", reason="the Action's steps are run with bash")
def test_the_actions_log_runs_only_its_annotations(hostile, tmp_path):
    from test_action import run_action

    run = run_action(hostile, {"schema": "schema.sql", "format": "text", "sarif-file": "r.sarif"}, tmp_path)
    step = run.main
    assert step.returncode == 1, step.stdout + step.stderr
    commands = [c for c, _line in runner_commands(step.stdout + "\n" + step.stderr)]
    assert commands == ["stop-commands", "resume"], commands
    assert "Found" in step.stdout  # the report was printed, between stop and resume

    run = run_action(hostile, {"schema": "schema.sql"}, tmp_path)
    step = run.main
    expected = EXPECTED
    commands = [c for c, _line in runner_commands(step.stdout + "\n" + step.stderr)]
    assert commands == ["error"] * expected + ["stop-commands", "resume"], commands
    assert run.outputs["findings"] == str(expected)
