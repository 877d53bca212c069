"""`check --fix`, `--unsafe-fixes` and `--diff` on the cases in fixtures/fixes/.

Each case holds SQL, code, `case.json` (the fix flags) and `expected/` with every file
as it must be after the fix. The case is copied to a temp dir, fixed, compared byte for
byte (encodings, BOMs and line endings included), then checked again: nothing is left
to fix, and `--diff` prints nothing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES

CASES = sorted(p for p in (FIXTURES / "fixes").iterdir() if p.is_dir())


def _copy(case: Path, tmp: Path) -> Path:
    work = tmp / case.name
    shutil.copytree(case, work, ignore=shutil.ignore_patterns("expected", "case.json"))
    return work


def _args(case: Path) -> list[str]:
    return json.loads((case / "case.json").read_text())["args"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fix_case(case, run_cli, tmp_path):
    work = _copy(case, tmp_path)
    args = _args(case)
    diff_args = ["--diff" if a == "--fix" else a for a in args]

    shown = run_cli(["check", "--schema", "schema.sql", *diff_args, "."], cwd=work)
    assert shown.code == 1 and shown.out.startswith("--- a/"), shown.err
    untouched = {p.name: p.read_bytes() for p in work.iterdir()}
    assert untouched == {p.name: (case / p.name).read_bytes() for p in work.iterdir()}, "--diff wrote a file"

    res = run_cli(["check", "--schema", "schema.sql", *args, "."], cwd=work)
    assert res.code in (0, 1), res.err
    assert "rpccheck: fixed " in res.err
    for want in sorted((case / "expected").iterdir()):
        assert (work / want.name).read_bytes() == want.read_bytes(), want.name

    again = run_cli(["check", "--schema", "schema.sql", *args, "."], cwd=work)
    assert "rpccheck: fixed 0 findings in 0 files" in again.err
    nothing = run_cli(["check", "--schema", "schema.sql", *diff_args, "."], cwd=work)
    assert (nothing.code, nothing.out) == (0, "")


def test_diff_applies_to_the_original(run_cli, tmp_path):
    """The diff --diff prints is the change --fix makes (patch(1) reproduces it)."""
    import subprocess

    case = FIXTURES / "fixes" / "unsafe"
    work = _copy(case, tmp_path)
    diff = run_cli(["check", "--schema", "schema.sql", "--diff", "--unsafe-fixes", "."], cwd=work).out
    res = subprocess.run(["patch", "-p1", "-s"], input=diff, text=True, cwd=work, capture_output=True)
    if res.returncode != 0 and "not found" in res.stderr:
        pytest.skip("patch(1) not installed")
    assert res.returncode == 0, res.stderr
    # one pass of --diff: the misspelt function's key is fixed on --fix's second pass
    fixed = (work / "app.ts").read_text()
    assert "p_credits: 1, 'p_cost': 2" in fixed and "rpc('get_user', { p_user_idd: id })" in fixed


def test_every_fix_is_documented():
    """A rule whose findings carry fixes says so in its docs; the rest say they have none."""
    from rpccheck import engine
    from rpccheck.config import Config
    from rpccheck.rules import NO_FIX, RULES, BY_NAME

    fixed_rules = set()
    for case in CASES:
        cfg = Config(root=case)
        import os

        cwd = os.getcwd()
        os.chdir(case)
        try:
            result = engine.run(
                cfg,
                engine.Options(
                    paths=[Path(p.name) for p in case.iterdir() if p.suffix == ".ts"],
                    schema=["schema.sql"],
                    use_cache=False,
                ),
            )
        finally:
            os.chdir(cwd)
        fixed_rules |= {d.rule for d in result.diagnostics if d.fix is not None}
    assert {"unknown-function", "unknown-parameter", "unused-suppression"} <= fixed_rules
    for rule in fixed_rules:
        assert BY_NAME[rule].fix_doc() != NO_FIX, rule
    for r in RULES:
        assert "## Fix\n" in r.doc()
