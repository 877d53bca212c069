"""Suppression comments in every comment syntax rpccheck reads (or will read)."""

from __future__ import annotations

from rpccheck.model import Location
from rpccheck.rules import make_diagnostic
from rpccheck.suppress import apply, parse


def finding(path: str, line: int, rule: str = "unknown-parameter"):
    return make_diagnostic(rule, "x", Location(path, line, 5))


def test_comment_forms_and_targets():
    text = (
        "# rpccheck-ignore[unknown-parameter]: python, alone on its line\n"
        "client.rpc('f', {'p_x': 1}).execute()\n"
        "client.rpc('f', {}).execute()  # rpccheck-ignore[RPC003]\n"
        "-- rpccheck-ignore[schema-parse-error]: sql\n"
        "\n"
        "create function broken(;\n"
        "x /* rpccheck-ignore[unknown-function, RPC002] */\n"
    )
    sups = parse("a.py", text)
    assert [(s.line, sorted(s.rules), sorted(s.targets)) for s in sups] == [
        (1, ["unknown-parameter"], [1, 2]),
        (3, ["missing-parameter"], [3]),
        (4, ["schema-parse-error"], [4, 6]),  # the next line with code
        (7, ["unknown-function", "unknown-parameter"], [7]),
    ]
    kept = apply(
        [
            finding("a.py", 2),
            finding("a.py", 3, "missing-parameter"),
            finding("a.py", 6, "schema-parse-error"),
            finding("a.py", 7, "unknown-function"),
        ],
        {"a.py": sups},
        report_unused=True,
    )
    assert [(d.rule, d.loc.line) for d in kept] == []


def test_unused_and_unknown_rules_are_reported():
    text = "x  // rpccheck-ignore[missing-parameter]\ny  // rpccheck-ignore[no-such-rule]\nz  // rpccheck-ignore\n"
    kept = apply([finding("a.ts", 1)], {"a.ts": parse("a.ts", text)}, report_unused=True)
    assert [(d.rule, d.loc.line) for d in kept] == [
        ("unknown-parameter", 1),
        ("unused-suppression", 1),
        ("unused-suppression", 2),
        ("unused-suppression", 3),
    ]
    assert "no-such-rule" in kept[2].message


def test_disabled_rules_do_not_make_suppressions_unused():
    text = "x  // rpccheck-ignore[unresolved-call]\n"
    kept = apply([], {"a.ts": parse("a.ts", text)}, report_unused=True, ignored_rules=frozenset({"unresolved-call"}))
    assert kept == []
