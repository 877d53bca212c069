"""The shared generator's corpus: every injected bug found at its call, nothing else."""

from __future__ import annotations

import json
from pathlib import Path

from rpccheck.engine import check


def matches(bug: dict, d) -> bool:
    lines = set(range(bug["rpc_line"], bug.get("end_line", bug["rpc_line"]) + 1))
    lines |= {bug["line"], bug.get("param_line", bug["line"])}
    return d.rule == bug["rule"] and d.loc.path.endswith(bug["file"]) and d.loc.line in lines


def test_small_corpus_bugs_found_exactly(small_corpus: Path, monkeypatch):
    monkeypatch.chdir(small_corpus)
    expected = json.loads(Path("expected.json").read_text())["bugs"]
    result = check([Path("src")], [Path("full.sql")])
    loud = [d for d in result.diagnostics if d.severity in ("error", "warning")]
    unmatched = list(loud)
    for bug in expected:
        hit = next((d for d in unmatched if matches(bug, d)), None)
        assert hit is not None, f"missed {bug['rule']} at {bug['file']}:{bug['line']}"
        unmatched.remove(hit)
        if bug["rule"] in ("unknown-parameter", "missing-parameter"):
            assert hit.parameter == bug["parameter"]
        if bug["rule"] == "unknown-function" and bug.get("intended_function"):
            assert bug["intended_function"] in hit.message
    assert unmatched == [], [f"{d.rule}@{d.loc.path}:{d.loc.line}" for d in unmatched]
    # every real call was seen: calls.json lists them all
    calls = json.loads(Path("calls.json").read_text())
    real = calls["calls"] if isinstance(calls, dict) else calls
    assert len(result.calls) == len(real)


def test_small_corpus_signatures_equal_ground_truth(small_corpus: Path):
    """functions.json is the generator's ground truth for every CREATE FUNCTION."""
    from rpccheck.sql.replay import load_catalog

    truth = json.loads((small_corpus / "functions.json").read_text())["functions"]
    catalog = load_catalog([small_corpus / "full.sql"])
    assert catalog.diagnostics == []

    def key(schema, name, params):
        return (schema, name, tuple((p["name"] or None, p["mode"].lower(), p["has_default"], p["type"].replace('"', "").removeprefix("public."))
                                    for p in params if p["mode"].lower() != "table"))

    want = sorted(key(f["schema"], f["name"], f["params"]) for f in truth)
    have = sorted(key(f.schema, f.name, f.to_json()["params"]) for f in catalog.all_functions())
    assert have == want
    lines = {(f["schema"], f["name"], f["line"]) for f in truth}
    assert {(f.schema, f.name, f.line) for f in catalog.all_functions()} == lines
