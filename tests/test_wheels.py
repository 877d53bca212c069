"""Installs everywhere from wheels, and the packages are what they claim.

(a) Every dependency has a wheel for every supported Python on Linux, macOS and
    Windows: `pip install rpccheck` never needs a compiler (sqlglot[c]'s sqlglotc had
    no 3.10 wheel, and pip compiled it for 25 minutes). Asked of the package index with
    `pip download --only-binary=:all: --no-deps --python-version X --platform TAG`; skipped,
    saying so, when the index cannot be reached.
(b) The wheel ships py.typed and the license, takes its version from
    rpccheck.__version__, and the sdist carries what its own test suite needs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")
# pip matches only the tags it is given: list the glibc/macOS baselines wheels are built for
PLATFORMS = {
    "linux-x86_64": (
        "manylinux_2_28_x86_64",
        "manylinux_2_17_x86_64",
        "manylinux2014_x86_64",
        "manylinux_2_5_x86_64",
        "manylinux1_x86_64",
    ),
    "macos-arm64": ("macosx_14_0_arm64", "macosx_11_0_arm64"),
    "windows-amd64": ("win_amd64",),
}
# dependencies other branches bring in (the SQL reader's pglast, the Python caller's
# grammar): checked now, so the list is still right after they merge
PLANNED = ("pglast", "tree-sitter-python", "platformdirs")


def _requirements(python: str) -> list[str]:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    env = default_environment()
    env.update(python_version=python, python_full_version=f"{python}.0")
    out = []
    for raw in deps:
        req = Requirement(raw)
        if req.marker is None or req.marker.evaluate(env):
            out.append(str(Requirement(raw)).split(";")[0].strip())
    names = {Requirement(r).name.lower() for r in out}
    out += [p for p in PLANNED if p not in names]
    return out


def _name(requirement_or_wheel: str) -> str:
    """`tree-sitter>=0.25` / `tree_sitter-0.26.1-cp314-...whl` → `tree-sitter`."""
    return re.split(r"[<>=!~;\[ ]|-\d", requirement_or_wheel, maxsplit=1)[0].lower().replace("_", "-")


def _pip_download(
    dest: Path, requirements: list[str], python: str | None = None, platforms: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--disable-pip-version-check",
        "--no-input",
        "--quiet",
        "--only-binary=:all:",
        "--no-deps",
        "--dest",
        str(dest),
        "--timeout",
        "15",
        "--retries",
        "0",
    ]
    if python is not None:
        cmd += ["--python-version", python]
    for tag in platforms:
        cmd += ["--platform", tag]
    return subprocess.run(cmd + requirements, capture_output=True, text=True, timeout=120)


def test_no_dependency_needs_a_compiled_extra():
    """sqlglot[c]'s compiled sqlglotc had no wheel for 3.10; the SQL is now read by pglast
    (PostgreSQL's own parser, wheels everywhere) and sqlglot is gone."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert not any(d.replace(" ", "").startswith("sqlglot") for d in deps), deps


def test_every_dependency_has_a_wheel_for_every_python_and_platform(tmp_path):
    probe = _pip_download(tmp_path / "probe", ["click"])
    if probe.returncode != 0:
        pytest.skip(f"the package index cannot be reached: {probe.stderr.strip().splitlines()[-1:]}")
    dest = tmp_path / "wheels"
    combos = [(py, plat) for py in PYTHONS for plat in PLATFORMS]
    first = _pip_download(dest, _requirements(combos[0][0]), combos[0][0], PLATFORMS[combos[0][1]])
    # a py3-none-any wheel installs everywhere: later combinations ask only for the others
    pure = {_name(p.name) for p in dest.glob("*.whl") if p.name.endswith("-none-any.whl")}

    def check(combo: tuple[str, str]) -> tuple[str, str, subprocess.CompletedProcess]:
        python, platform = combo
        wanted = [r for r in _requirements(python) if _name(r) not in pure]
        return python, platform, _pip_download(dest, wanted, python, PLATFORMS[platform])

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [(*combos[0], first)] + list(pool.map(check, combos[1:]))
    missing = [
        f"Python {py} on {plat}: {proc.stderr.strip().splitlines()[-1:]}"
        for py, plat, proc in results
        if proc.returncode != 0
    ]
    assert not missing, "\n".join(missing)
    wheels = {_name(p.name) for p in dest.glob("*.whl")}
    assert {"tree-sitter", "pglast", "tree-sitter-python", "platformdirs"} <= wheels, wheels


# --- (b) what the packages hold ------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A wheel and an sdist built from this tree with setuptools' own backend (no network:
    the test environment's setuptools must be new enough for SPDX license expressions)."""
    out = tmp_path_factory.mktemp("dist")
    src = tmp_path_factory.mktemp("src") / "rpccheck"  # a copy: building writes egg-info and build dirs
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache", ".mypy_cache", ".ruff_cache"
        ),
    )
    for hook in ("build_wheel", "build_sdist"):  # one process each: a build leaves state behind
        script = f"import sys; from setuptools import build_meta as b; print(b.{hook}(sys.argv[1]))"
        proc = subprocess.run(
            [sys.executable, "-c", script, str(out)], cwd=src, capture_output=True, text=True, timeout=300
        )
        if proc.returncode != 0 and "license" in proc.stderr.lower() and "setuptools" in proc.stderr.lower():
            pytest.skip("this environment's setuptools predates SPDX license expressions (pip builds with >=77)")
        assert proc.returncode == 0, proc.stderr[-3000:]
    return out


def test_wheel_ships_py_typed_license_and_one_version(built):
    from rpccheck import __version__

    wheel = next(built.glob("rpccheck-*.whl"))
    assert wheel.name.startswith(f"rpccheck-{__version__}-py3-none-any")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        meta = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "rpccheck/py.typed" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), names
    assert f"Version: {__version__}" in meta
    assert "License-Expression: MIT" in meta
    assert "Classifier: Programming Language :: Python :: 3.14" in meta
    assert "Project-URL: Source," in meta
    assert "Requires-Dist: pglast" in meta and "sqlglot" not in meta
    assert not any(n.startswith(("tests/", "fixtures/")) for n in names)


def test_sdist_can_run_its_own_tests(built, tmp_path):
    sdist = next(built.glob("rpccheck-*.tar.gz"))
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp_path, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(tmp_path)
    tree = next(tmp_path.glob("rpccheck-*"))
    for needed in (
        "LICENSE",
        "README.md",
        "action.yml",
        ".pre-commit-hooks.yaml",
        "tests/conftest.py",
        "fixtures/cases",
        "fixtures/seed/full.sql",
        "rpccheck/py.typed",
        "pyproject.toml",
    ):
        assert (tree / needed).exists(), needed
    # the fixture cases and the report formats, from the unpacked tree's own code
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_fixture_cases.py",
            "tests/test_report_formats.py",
        ],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout
