"""The shared generator's corpus: every injected bug found at its call, nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
        return (
            schema,
            name,
            tuple(
                (
                    p["name"] or None,
                    p["mode"].lower(),
                    p["has_default"],
                    p["type"].replace('"', "").removeprefix("public."),
                )
                for p in params
                if p["mode"].lower() != "table"
            ),
        )

    want = sorted(key(f["schema"], f["name"], f["params"]) for f in truth)
    have = sorted(key(f.schema, f.name, f.to_json()["params"]) for f in catalog.all_functions())
    assert have == want
    lines = {(f["schema"], f["name"], f["line"]) for f in truth}
    assert {(f.schema, f.name, f.line) for f in catalog.all_functions()} == lines


@pytest.fixture(scope="module")
def poly_corpus(tmp_path_factory) -> Path:
    """The small corpus with supabase-py (backend/) and supabase_flutter (mobile/) callers."""
    import subprocess
    import sys

    from conftest import GEN_CORPUS

    if not GEN_CORPUS.exists():
        pytest.skip(f"shared corpus generator not found at {GEN_CORPUS}")
    out = tmp_path_factory.mktemp("poly") / "small"
    subprocess.run(
        [
            sys.executable,
            str(GEN_CORPUS),
            str(out),
            "--size",
            "small",
            "--seed",
            "1",
            "--callers",
            "ts,py,dart",
            "--py-unsent",
        ],
        check=True,
        capture_output=True,
    )
    return out


def test_python_and_dart_corpus_bugs_found_exactly(poly_corpus: Path, monkeypatch):
    """Every bug injected into the Python and Dart trees is found at its call, nothing
    else is loud, and every call the generator wrote is read (in all three languages)."""
    from rpccheck.model import USE_UNSENT

    monkeypatch.chdir(poly_corpus)
    bugs = json.loads(Path("expected.json").read_text())["bugs"]
    result = check([Path("src"), Path("backend"), Path("mobile")], [Path("full.sql")])
    loud = [d for d in result.diagnostics if d.severity in ("error", "warning")]
    unmatched = list(loud)
    by_language = {"python": 0, "dart": 0}
    for bug in bugs:
        if bug["rule"] == "unsent-request":
            # the finding sits on the call (the builder), the fact it reads on the call's facts
            call = next(
                c
                for c in result.calls
                if c.path.endswith(bug["file"])
                and bug["rpc_line"] <= c.loc.line <= bug.get("end_line", bug["rpc_line"])
            )
            assert call.result_use == USE_UNSENT, (bug, call.result_use)
        hit = next((d for d in unmatched if matches(bug, d)), None)
        assert hit is not None, f"missed {bug['rule']} at {bug['file']}:{bug['line']}"
        unmatched.remove(hit)
        if bug["rule"] in ("unknown-parameter", "missing-parameter"):
            assert hit.parameter == bug["parameter"]
        if bug["rule"] == "unknown-function" and bug.get("intended_function"):
            assert bug["intended_function"] in hit.message
        if bug.get("language") in by_language:
            by_language[bug["language"]] += 1
    assert unmatched == [], [f"{d.rule}@{d.loc.path}:{d.loc.line}" for d in unmatched]
    assert by_language["python"] >= 5 and by_language["dart"] >= 4, by_language
    calls = json.loads(Path("calls.json").read_text())
    real = calls["calls"] if isinstance(calls, dict) else calls
    assert len(result.calls) == len(real)
    languages = {c.language for c in result.calls}
    assert languages == {"typescript", "python", "dart"}
    # unsent builders are exactly the ones the generator left unexecuted
    unsent = {(b["file"], b["rpc_line"]) for b in bugs if b["rule"] == "unsent-request"}
    found = {(c.path, c.loc.line) for c in result.calls if c.result_use == USE_UNSENT}
    assert found == unsent
