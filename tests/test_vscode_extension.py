"""The VS Code extension in editors/vscode builds: its locked dependencies install with
npm, `vsce` packages it, and the package holds the client it needs at run time.

It needs npm and the npm registry, and takes about a minute, so it runs when asked:
RPCCHECK_TEST_NPM=1 .venv/bin/python -m pytest -q tests/test_vscode_extension.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile

import pytest

from conftest import ROOT

EXT = ROOT / "editors" / "vscode"

pytestmark = pytest.mark.skipif(
    os.environ.get("RPCCHECK_TEST_NPM") != "1" or shutil.which("npm") is None,
    reason="set RPCCHECK_TEST_NPM=1 (needs npm and the npm registry)",
)


def test_extension_packages(tmp_path):
    work = tmp_path / "vscode"
    shutil.copytree(EXT, work, ignore=shutil.ignore_patterns("node_modules", "*.vsix"))
    subprocess.run(["node", "--check", "extension.js"], cwd=work, check=True)
    res = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund"], cwd=work, capture_output=True, text=True, timeout=600
    )
    assert res.returncode == 0, res.stdout + res.stderr
    res = subprocess.run(["npm", "run", "package"], cwd=work, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    names = zipfile.ZipFile(work / "rpccheck.vsix").namelist()
    assert "extension/extension.js" in names
    assert "extension/node_modules/vscode-languageclient/node.js" in names
    assert not any("/@vscode/vsce/" in n for n in names), "a dev dependency was packaged"
    manifest = json.loads((EXT / "package.json").read_text())
    assert manifest["main"] == "./extension.js"
    # the server command the extension starts is the one the README documents and the tests drive
    assert 'args: ["server"]' in (EXT / "extension.js").read_text()
