"""The rule registry stays complete: every rule has a code, a kebab-case name, its four doc
sections, a severity, and a fixture case that triggers it."""

from __future__ import annotations

import re

import pytest

from conftest import FIXTURES
from rpccheck.rules import BY_CODE, BY_NAME, RULES, SEVERITIES, lookup

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "Use instead:")


def triggered_rules() -> set[str]:
    found = set()
    for expected in (FIXTURES / "cases").glob("*/expected.txt"):
        for line in expected.read_text().splitlines():
            if line.startswith("#") or not line.strip():
                continue
            # path:line:col: severity rule [parameter]
            found.add(line.split(": ", 1)[1].split()[1])
    return found


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_complete(rule):
    assert re.fullmatch(r"RPC\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name), "kebab-case name"
    assert rule.severity in SEVERITIES
    for part in (rule.summary, rule.what, rule.why, rule.example, rule.use_instead):
        assert part.strip()
    doc = rule.doc()
    for section in SECTIONS:
        assert section in doc
    assert lookup(rule.code) is rule and lookup(rule.name) is rule and lookup(rule.code.lower()) is rule
    assert rule.name in triggered_rules(), f"no fixture case in fixtures/cases triggers {rule.name}"


def test_codes_and_names_are_unique():
    assert len(BY_CODE) == len(RULES) == len(BY_NAME)


def test_rule_command(run_cli):
    table = run_cli(["rule"])
    assert table.code == 0
    for r in RULES:
        assert re.search(rf"^{r.code}\s+{r.name}\s+{r.severity}\s", table.out, re.M)
    one = run_cli(["rule", "RPC002"])
    assert one.code == 0 and one.out.startswith("# unknown-parameter (RPC002)")
    for section in SECTIONS:
        assert section in one.out
    assert run_cli(["rule", "missing-parameter"]).out == run_cli(["rule", "rpc003"]).out
    bad = run_cli(["rule", "nope"])
    assert bad.code == 2 and "unknown rule" in bad.err
