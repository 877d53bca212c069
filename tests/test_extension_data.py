"""The extension signature files (rpccheck/sql/extension_sql/*.json) are what the extensions'
own install scripts define.

With RPCCHECK_EXTENSION_MIRRORS pointing at bare clones (`<owner>+<repo>/repo`, as the
project's fetch tool writes them), each file is regenerated from its cited commit and must be
unchanged, and the pure-SQL extensions (pgmq, pgjwt) are loaded into a real PostgreSQL whose
pg_proc must equal the file function by function. Without it these tests skip.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

import pgcluster

MIRRORS = os.environ.get("RPCCHECK_EXTENSION_MIRRORS")
needs_mirrors = pytest.mark.skipif(not MIRRORS, reason="set RPCCHECK_EXTENSION_MIRRORS to the extensions' clones")


@needs_mirrors
def test_data_files_regenerate_unchanged():
    from rpccheck.sql.extension_sql import HERE
    from rpccheck.sql.extension_sql._generate import SPECS, build

    for name in SPECS:
        stored = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
        assert build(Path(MIRRORS), name) == stored, name


@needs_mirrors
@pytest.mark.parametrize("name,schema", [("pgmq", "pgmq"), ("pgjwt", "public")])
def test_pure_sql_extensions_match_postgresql(name, schema):
    from rpccheck.sql.extension_sql import functions
    from rpccheck.sql.extension_sql._generate import SPECS

    ok, why = pgcluster.available()
    if not ok:
        pytest.skip(why)
    repo_name, ref, script = SPECS[name][:3]
    repo = Path(MIRRORS) / repo_name.replace("/", "+") / "repo"
    text = subprocess.run(
        ["git", "-C", str(repo), "show", f"{ref}:{script}"], check=True, capture_output=True, text=True
    ).stdout
    # as CREATE EXTENSION runs a script: psql guards dropped, search_path at the extension's schema
    text = "\n".join(ln for ln in text.splitlines() if not ln.startswith(("\\echo", "\\quit")))
    head = "create extension if not exists pgcrypto;\n" if name == "pgjwt" else ""
    head += f"create schema if not exists {schema};\nset search_path = {schema};\n"
    with pgcluster.PgCluster() as pg, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "install.sql"
        path.write_text(head + text.replace("@extschema@", schema), encoding="utf-8")
        pg.create_db("ext")
        pg.load_files("ext", [path])
        real = {
            (
                f["name"],
                f["returns"],
                f["returns_set"],
                f["volatility"],
                tuple((a["name"] or None, a["mode"], a["type"], a["has_default"]) for a in f["params"]),
            )
            for f in pg.functions("ext", schemas=[schema])
            if f["kind"] == "function"
        }
    ours = {
        (
            f.name,
            f.returns,
            f.returns_set,
            f.volatility,
            tuple((p.name, p.mode, p.type, p.has_default) for p in f.params),
        )
        for f in functions(name, schema)
    }
    assert ours == real
