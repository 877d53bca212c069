"""Shared test helpers: run the CLI in-process, locate fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory):
    """Tests never read or write the user's cache; each session starts empty."""
    mp = pytest.MonkeyPatch()
    mp.setenv("RPCCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("rpccheck-cache")))
    yield
    mp.undo()


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """run_cli(args, cwd=None) -> CliResult, running rpccheck's main() in-process."""
    from rpccheck.cli import main

    def run(args: list[str], cwd: Path | None = None, env: dict | None = None) -> CliResult:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        for k, v in (env or {}).items():
            if v is None:
                monkeypatch.delenv(k, raising=False)
            else:
                monkeypatch.setenv(k, v)
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


GEN_CORPUS = SHARED / "bench" / "gen_corpus.py"


def generate_corpus(out: Path, size: str, seed: int = 1) -> Path:
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, str(GEN_CORPUS), str(out), "--size", size, "--seed", str(seed)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """The shared generator's small corpus (generated, never committed)."""
    if not GEN_CORPUS.exists():
        pytest.skip(f"shared corpus generator not found at {GEN_CORPUS}")
    return generate_corpus(tmp_path_factory.mktemp("corpus") / "small", "small")


@pytest.fixture(scope="session")
def pg():
    """One throwaway PostgreSQL cluster for the session (each test uses its own database)."""
    from pgcluster import PgCluster, available

    ok, reason = available()
    if not ok:
        pytest.skip(f"PostgreSQL server binaries not available: {reason}")
    with PgCluster() as cluster:
        yield cluster


def pytest_addoption(parser):
    group = parser.getgroup("rpccheck mutation fuzzing")
    group.addoption(
        "--mutate-count",
        type=int,
        default=600,
        help="mutated inputs fed to the readers in-process (default 600; bench/fuzz.py runs more)",
    )
    group.addoption("--mutate-cli-runs", type=int, default=28, help="mutated projects run through the CLI")
    group.addoption("--mutate-seed", type=int, default=1, help="seed of the mutation fuzzer")
    parser.addoption(
        "--fuzz-count", type=int, default=300, help="routines the SQL fuzzer generates (tests/test_sql_fuzz.py)"
    )
    parser.addoption("--fuzz-seed", type=int, default=1, help="the SQL fuzzer's seed")


@pytest.fixture
def fuzz_count(request) -> int:
    return request.config.getoption("--fuzz-count")


@pytest.fixture
def fuzz_seed(request) -> int:
    return request.config.getoption("--fuzz-seed")
