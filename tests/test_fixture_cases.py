"""Every directory under fixtures/cases is a test: SQL + code + expected findings.

A case holds its SQL (`*.sql` at its root, or the `schema` list in `case.json`),
code files, and `expected.txt` with one line per finding, sorted as rpccheck sorts
them: `path:line:col: severity rule [parameter]`. Messages are not compared, so
rewording one never breaks a case; `case.json` may add CLI `args`.
"""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES

CASES = sorted(p for p in (FIXTURES / "cases").iterdir() if p.is_dir())


def finding_line(d: dict) -> str:
    text = f"{d['path']}:{d['line']}:{d['column']}: {d['severity']} {d['rule']}"
    if d.get("parameter") is not None:
        text += f" {d['parameter'] or repr('')}"
    return text


def case_args(case) -> list[str]:
    cfg = json.loads((case / "case.json").read_text()) if (case / "case.json").exists() else {}
    schemas = cfg.get("schema") or sorted(p.name for p in case.glob("*.sql"))
    args = ["check", "--format", "json"]
    for s in schemas:
        args += ["--schema", s]
    return args + cfg.get("args", []) + cfg.get("paths", ["."])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case, run_cli):
    expected_file = case / "expected.txt"
    assert expected_file.exists(), f"{case.name} has no expected.txt"
    expected = [ln for ln in expected_file.read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    res = run_cli(case_args(case), cwd=case)
    assert res.code in (0, 1), res.err
    got = [finding_line(d) for d in res.json()]
    assert got == expected
    loud = any(ln.split(": ", 1)[1].startswith(("error", "warning")) for ln in expected)
    assert res.code == (1 if loud else 0)


def test_cases_exist():
    assert len(CASES) >= 10
