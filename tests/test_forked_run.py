"""A run whose schema is read in a forked child (a big schema: there the child also reads
the types files and compares them with the SQL, and the child may be forked before the
walk) reports exactly what a run in one process reports, cold and warm. The fixture
projects are small, so the threshold is lowered in the process under test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "cases"
# nested projects, types files by name and by content, extensions' types
PROJECTS = ["project-discovery", "project-extensions", "project-monorepo", "project-types", "project-types-packages"]

_FORK_ALWAYS = (
    "import sys, rpccheck.engine as e; e.PARALLEL_SQL_BYTES = 0; e.PARALLEL_CODE_FILES = 0; "
    "from rpccheck.cli import main; sys.argv[0] = 'rpccheck'; main()"
)


def _run(case: Path, cache: Path, jobs: str, args: list[str]) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RPCCHECK_")}
    env.update(RPCCHECK_CACHE_DIR=str(cache), RPCCHECK_JOBS=jobs)
    done = subprocess.run(
        [sys.executable, "-c", _FORK_ALWAYS, "check", *args],
        cwd=case,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout


@pytest.mark.parametrize("name", PROJECTS)
def test_forked_run_reports_what_one_process_reports(tmp_path, name: str) -> None:
    case = CASES / name
    inline = _run(case, tmp_path / "inline", "1", ["--format", "json"])
    for kind in ("cold", "warm"):
        forked = _run(case, tmp_path / "forked", "", ["--format", "json"])
        assert forked == inline, (name, kind)
    # nothing half-written left in the cache: every entry is whole (no temporary files)
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_the_child_stores_the_types_it_read_but_sends_back_only_what_is_used(tmp_path) -> None:
    """The types file's entries are stored by the child; the parent gets the paths and the
    facts, not the entries again (on the large corpus they were 60 % of what it unpickled
    after the scan)."""
    import pickle

    from rpccheck.engine import _TypesAhead

    _run(CASES / "project-types", tmp_path / "forked", "", ["--format", "json"])
    stored = {p.name.split("-")[0] for p in (tmp_path / "forked").glob("*.json")}
    assert list((tmp_path / "forked").glob("types-facts-*.json")) and "types" in stored
    ahead = _TypesAhead(["database.types.ts"], ("findings", "functions"), [("slot", "the file's functions")])
    sent = pickle.loads(pickle.dumps(ahead))
    assert (sent.paths, sent.facts, sent.stores) == (ahead.paths, ahead.facts, [])
