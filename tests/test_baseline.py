"""Baselines: adopt rpccheck in a repo with existing findings, then see only new ones."""

from __future__ import annotations

import json
import shutil

from conftest import FIXTURES

INCIDENT = FIXTURES / "cases" / "incident-minimal"


def setup(tmp_path):
    shutil.copytree(INCIDENT, tmp_path / "p")
    root = tmp_path / "p"
    (root / "rpccheck.toml").write_text('schema = ["schema.sql"]\n')
    return root


def test_write_then_use_baseline(tmp_path, run_cli):
    root = setup(tmp_path)
    res = run_cli(["check", "--write-baseline", "rpccheck-baseline.json"], cwd=root)
    assert res.code == 0 and "wrote 7 baseline entries" in res.err
    data = json.loads((root / "rpccheck-baseline.json").read_text())
    entry = next(e for e in data["entries"] if e["parameter"] == "p_user_id")
    assert entry == {
        "path": "route.ts",
        "rule": "unknown-parameter",
        "function": "consume_platform_credits",
        "parameter": "p_user_id",
        "count": 1,
    }
    assert all("line" not in e for e in data["entries"])

    res = run_cli(["check", "--baseline", "rpccheck-baseline.json"], cwd=root)
    assert res.code == 0, res.out
    assert "stale" not in res.err

    # edits that move lines do not invalidate the baseline; a new finding shows
    route = root / "route.ts"
    route.write_text(
        "// a new header line\n"
        + route.read_text()
        + "\nawait supabaseAdmin.rpc('consume_platform_credits', { p_provider: 'x', p_credits: 1, p_cost: 1, p_extra: 1 })\n"
    )
    res = run_cli(["check", "--baseline", "rpccheck-baseline.json", "--format", "json"], cwd=root)
    assert res.code == 1
    assert [(d["rule"], d["parameter"]) for d in res.json()] == [("unknown-parameter", "p_extra")]


def test_stale_entries_are_counted(tmp_path, run_cli):
    root = setup(tmp_path)
    run_cli(["check", "--write-baseline", "b.json"], cwd=root)
    route = root / "route.ts"
    route.write_text(route.read_text().replace("    p_task_id,\n", "").replace("    p_moodboard_id,\n", ""))
    res = run_cli(["check", "--baseline", "b.json"], cwd=root)
    assert res.code == 0
    assert "2 baseline entries are stale" in res.err


def test_baseline_works_from_a_subfolder(tmp_path, run_cli):
    root = setup(tmp_path)
    (root / "sub").mkdir()
    shutil.move(root / "route.ts", root / "sub" / "route.ts")
    run_cli(["check", "--write-baseline", "b.json"], cwd=root)
    res = run_cli(["check", "--baseline", "../b.json", "."], cwd=root / "sub")
    assert res.code == 0, res.out


def test_unreadable_baseline_is_a_usage_error(tmp_path, run_cli):
    root = setup(tmp_path)
    (root / "b.json").write_text("{not json")
    res = run_cli(["check", "--baseline", "b.json"], cwd=root)
    assert res.code == 2 and "not valid JSON" in res.err
