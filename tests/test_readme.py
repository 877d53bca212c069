"""A README that lies is a bug: every command it shows is run here, every output compared.

Blocks are tagged with an HTML comment just before them:
  <!-- readme-test: cwd=DIR exit=N -->   a console block run in DIR (relative to the repo);
                                         exit=0,0,1 gives each command its own exit code
  <!-- readme-test: copy=DIR -->         the same, in a scratch copy of DIR (commands that write)
  <!-- readme-test: file=PATH [lines=A-B] -->  the block must equal that file (or those lines)
  <!-- readme-test: yaml -->             a YAML snippet that must parse (and is checked below)
The quick-start block is what .ci/run executes; it is checked against .ci/run here.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TAG = re.compile(r"<!-- readme-test: (?P<attrs>[^>]*)-->\n```(?P<lang>\w*)\n(?P<body>.*?)```", re.DOTALL)
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def tagged_blocks():
    out = []
    for m in TAG.finditer(README):
        attrs = dict(a.split("=", 1) if "=" in a else (a, "") for a in m.group("attrs").split())
        line = README.count("\n", 0, m.start()) + 1
        out.append(pytest.param(attrs, m.group("lang"), m.group("body"), id=f"README.md:{line}"))
    return out


def commands(body: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a console block."""
    pairs: list[tuple[str, list[str]]] = []
    for ln in body.splitlines():
        if ln.startswith("$ "):
            pairs.append((ln[2:], []))
        elif pairs:
            pairs[-1][1].append(ln)
    return [(c, "\n".join(o).rstrip()) for c, o in pairs]


def run(cmd: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["NO_COLOR"] = "1"
    env.pop("FORCE_COLOR", None)
    return subprocess.run(cmd, shell=True, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def normalize(text: str) -> str:
    return "\n".join(ln.rstrip() for ln in text.rstrip().splitlines())


@pytest.mark.parametrize("attrs,lang,body", tagged_blocks())
def test_readme_block(attrs, lang, body, tmp_path):
    if "file" in attrs:
        lines = (ROOT / attrs["file"]).read_text(encoding="utf-8").splitlines()
        if "lines" in attrs:
            a, b = (int(x) for x in attrs["lines"].split("-"))
            lines = lines[a - 1 : b]
        assert normalize(body) == normalize("\n".join(lines))
        return
    if "yaml" in attrs:
        check_yaml(attrs["yaml"], body)
        return
    assert lang == "console"
    if "copy" in attrs:
        cwd = tmp_path / "work"
        shutil.copytree(ROOT / attrs["copy"], cwd)
    else:
        cwd = ROOT / attrs.get("cwd", ".")
    codes = attrs.get("exit", "0").split(",")  # one code for every command, or one per command
    for i, (cmd, expected) in enumerate(commands(body)):
        res = run(cmd, cwd)
        want = int(codes[min(i, len(codes) - 1)])
        assert res.returncode == want, f"{cmd}\n{res.stdout}\n{res.stderr}"
        assert normalize(res.stdout + res.stderr) == normalize(expected), cmd


def test_every_command_block_is_tested():
    """No shell or console block escapes the tests (yaml/toml/ts blocks are data)."""
    tested = {m.start("body") for m in TAG.finditer(README)}
    quick = README.index("<!-- quickstart -->")
    for m in FENCE.finditer(README):
        lang = m.group(1)
        if lang not in ("console", "sh", "bash", "shell"):
            continue
        if m.start(2) in tested:
            continue
        start = m.start()
        assert start > quick and README.rfind("<!--", 0, start) == quick or _development(m.group(2)), (
            f"untested {lang} block at README.md:{README.count(chr(10), 0, start) + 1}"
        )


def _development(body: str) -> bool:
    # the development block: the test command (run by .ci/run) and the benchmark (run below)
    return body.strip().startswith(".venv/bin/python -m pytest")


def test_quickstart_is_what_ci_runs():
    block = README.split("<!-- quickstart -->", 1)[1].split("<!-- /quickstart -->", 1)[0]
    cmds = [ln for ln in block.splitlines() if ln and not ln.startswith("```")]
    assert len(cmds) == 2, "the quick start is exactly two commands"
    ci = (ROOT / ".ci" / "run").read_text()
    assert "<!-- quickstart -->" in ci and 'bash -c "$first"' in ci and 'bash -c "$second"' in ci
    assert "pytest" in cmds[1] and "'.[test]'" in cmds[1]
    assert "rpccheck check" in cmds[0] and "fixtures/seed" in cmds[0]


def test_development_commands_run(tmp_path):
    """The benchmark script the README shows runs (on the small corpus here)."""
    bench = ROOT / "bench" / "run.py"
    gen = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
    if not gen.exists():
        pytest.skip(f"shared corpus generator not found at {gen}")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    rpccheck = Path(sys.executable).parent / "rpccheck"
    res = subprocess.run(
        [sys.executable, str(bench), "--sizes", "small", "--runs", "1", "--rpccheck", str(rpccheck)]
        + ["--against", str(rpccheck)],  # another install's cold runs beside this one's (here the same)
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "4/4 bugs found" in res.stdout
    assert re.search(r"^small +cold-against .* 4/4 bugs found", res.stdout, re.M), res.stdout
    assert re.search(r"^against .*rpccheck: small cold [0-9.]+ s -> [0-9.]+ s \([0-9.]+x\)$", res.stdout, re.M)
    dev = README[README.index("## Development") :]
    assert "python3 bench/run.py" in dev and ".venv/bin/python -m pytest -q" in dev
    assert shlex.split("python3 bench/run.py")[1] == "bench/run.py"


def check_yaml(kind: str, body: str) -> None:
    """YAML snippets must parse and name only hooks and inputs that exist."""
    import yaml

    doc = yaml.safe_load(body)
    if kind == "precommit":
        hooks = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
        used = {h["id"] for repo in doc["repos"] for h in repo["hooks"]}
        mentioned = set(re.findall(r"id: ([\w-]+)", body))
        assert used and mentioned <= hooks, (mentioned, hooks)
    elif kind == "workflow":
        action = yaml.safe_load((ROOT / "action.yml").read_text())
        steps = doc["jobs"]["rpccheck"]["steps"]
        ours = [s for s in steps if s.get("uses", "").split("@")[0].endswith("/rpccheck")]
        assert ours, "the workflow uses the action"
        for step in ours:
            assert set(step.get("with", {})) <= set(action["inputs"])
        commented = set(re.findall(r"# (\w[\w-]*):", body))
        assert commented & set(action["inputs"]) == commented - {"upload-sarif"} - {"default"}
        assert doc["jobs"]["rpccheck"]["permissions"]["security-events"] == "write"
    else:
        raise AssertionError(f"unknown yaml kind {kind}")
