"""Regenerate the extension signature files in this folder from the extensions' own SQL
install scripts (not imported at run time).

    python -m rpccheck.sql.extension_sql._generate /path/to/mirrors

`mirrors` holds bare clones named `<owner>+<repo>/repo` (the layout the project's fetch
tool writes). Each extension's install script, then its upgrade scripts in version order,
are replayed with rpccheck's own SQL reader, exactly as PostgreSQL runs them for
`CREATE EXTENSION` (search_path set to the extension's schema, `@extschema@` replaced);
the functions that result are written as JSON, one file per extension, citing the
repository, commit and version. `@extschema@` stays a placeholder for relocatable
extensions and is replaced by the schema `CREATE EXTENSION ... SCHEMA s` names.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

PLACEHOLDER = "extschema__"
HERE = Path(__file__).resolve().parent

# extension -> (repository, release tag, install script, upgrade-script prefix (None: none),
# the schema its control file fixes (where unqualified objects go), or None when relocatable)
SPECS = {
    "pgmq": ("pgmq/pgmq", "v1.5.1", "pgmq-extension/sql/pgmq.sql", None, "pgmq"),
    "pg_net": ("supabase/pg_net", "v0.20.5", "sql/pg_net.sql", None, None),
    "pgjwt": ("michelp/pgjwt", "HEAD", "pgjwt--0.2.0.sql", None, None),
    "http": ("pramsey/pgsql-http", "v1.7.2", "http--1.7.sql", None, None),
    "pg_cron": ("citusdata/pg_cron", "v1.6.7", "pg_cron.sql", "pg_cron--", None),
    "supabase_vault": (
        "supabase/vault",
        "v0.3.1",
        "sql/supabase_vault--0.3.0.sql",
        "sql/supabase_vault--0.3.0--",
        "vault",
    ),
    "pgsodium": ("michelp/pgsodium", "v3.1.11", "extension/pgsodium--1.0.0.sql", "extension/pgsodium--", "pgsodium"),
}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def _version_key(name: str) -> tuple:
    m = re.search(r"--([0-9][^-]*)--([0-9][^-]*)\.sql$", name)
    to = m.group(2) if m else "0"
    return tuple(int(x) if x.isdigit() else 0 for x in re.split(r"[.-]", to))


def _upgrades(repo: Path, prefix: str, files: list[str]) -> list[str]:
    ups = [f for f in files if f.startswith(prefix) and f.count("--") == 2 and f.endswith(".sql")]
    return sorted(ups, key=_version_key)


def _type(text: str, fixed: str | None) -> str:
    return text.replace(PLACEHOLDER + ".", f"{fixed}." if fixed else "")


def build(mirrors: Path, name: str) -> dict:
    from rpccheck.sql.replay import load_catalog

    repo_name, ref, install, up_prefix, fixed = SPECS[name]
    repo = mirrors / repo_name.replace("/", "+") / "repo"
    commit = _git(repo, "rev-parse", f"{ref}^{{commit}}").strip()
    tag = _git(repo, "describe", "--tags", "--always", commit).strip()
    files = _git(repo, "ls-tree", "-r", "--name-only", commit).split()
    scripts = [install] + (_upgrades(repo, up_prefix, files) if up_prefix else [])
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, s in enumerate(scripts):
            text = _git(repo, "show", f"{commit}:{s}").replace("@extschema@", PLACEHOLDER)
            head = f"CREATE SCHEMA IF NOT EXISTS {PLACEHOLDER};\nSET search_path = {PLACEHOLDER};\n"
            p = Path(tmp) / f"{i:03d}.sql"
            p.write_text(head + text, encoding="utf-8")
            paths.append(p)
        catalog = load_catalog(paths, sources=[tmp] * len(paths))
    schema_of = {PLACEHOLDER: fixed or "@extschema@"}
    fns: list[dict] = []
    for f in catalog.all_functions():
        if f.kind != "function":
            continue
        fns.append(
            {
                "schema": schema_of.get(f.schema, f.schema),
                "name": f.name,
                "params": [[p.name, p.mode, _type(p.type, fixed), p.has_default] for p in f.params],
                "returns": _type(f.returns, fixed),
                "returns_set": f.returns_set,
                "volatility": f.volatility,
            }
        )
    fns.sort(key=lambda d: (d["schema"], d["name"], [p[2] for p in d["params"]]))
    return {
        "extension": name,
        "source": f"https://github.com/{repo_name}",
        "commit": commit,
        "version": tag,
        "scripts": scripts,
        "schema": fixed,
        "functions": fns,
    }


def main(argv: list[str]) -> None:
    mirrors = Path(argv[0])
    for name in argv[1:] or SPECS:
        data = build(mirrors, name)
        out = HERE / f"{name}.json"
        lines = [json.dumps({k: v for k, v in data.items() if k != "functions"})[:-1] + ', "functions": [']
        lines += [("  " + json.dumps(f, ensure_ascii=False) + ",") for f in data["functions"]]
        if data["functions"]:
            lines[-1] = lines[-1][:-1]
        lines.append("]}")
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{out.name}: {len(data['functions'])} functions ({data['version']})")


if __name__ == "__main__":
    main(sys.argv[1:])
