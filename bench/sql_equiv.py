"""Differential check of the SQL reader against another checkout's (a speed change must
not change what is read).

    python bench/sql_equiv.py /work/main [--mutants 2000] [--seed 1] [--corpora DIR ...]

Reads every `.sql` file of this repository (fixtures, tests) and of the given corpora
(default: the shared bench corpora under ~/.cache/rpccheck-bench), each migrations
folder as one run, and `--mutants` mutated variants of them (SQL-aware edits: comments
and case between words, words that make a statement matter, statements duplicated,
dropped or truncated, and mutate.py's byte-level edits), with both this checkout's
reader and the other checkout's (in a child process with that checkout on sys.path).
For each input it compares the whole catalog: every Function field in order,
diagnostics, files, schemas, tables and their columns, types, extensions, dynamic DDL
and the internal memos. Prints the number of inputs compared and every difference;
exit 1 on any. Not a test (it needs the other checkout); the suite's own tests
cover the reader.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path.home() / ".cache" / "rpccheck-bench"


def canonical(value) -> str:
    """A deterministic text of a catalog's state (sets and dict orders that do not
    matter sorted; list and dict orders that may matter kept)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ", ".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({fields})"
    if isinstance(value, dict):
        items = [f"{canonical(k)}: {canonical(v)}" for k, v in value.items()]
        return "{" + ", ".join(items) + "}" + ("" if type(value) is dict else type(value).__name__)
    if isinstance(value, (set, frozenset)):
        return "set{" + ", ".join(sorted(canonical(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(canonical(v) for v in value) + "]"
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return f"{type(value).__name__}{canonical(vars(value))}"
    return repr(value)


def read_all(runs: list[list[str]]) -> list[str]:
    """One canonical catalog (or the exception raised) per run of files."""
    from rpccheck.sql.replay import load_catalog

    out = []
    for paths in runs:
        try:
            catalog = load_catalog([Path(p) for p in paths])
            out.append(canonical(catalog))
        except Exception as e:  # a crash must be the same crash
            out.append(f"raised {type(e).__name__}: {e}")
    return out


def inputs(corpora: list[Path]) -> list[list[str]]:
    runs: list[list[str]] = []
    folders: dict[Path, list[str]] = {}
    roots = [ROOT / "fixtures", ROOT / "tests", *corpora]
    for root in roots:
        for p in sorted(root.rglob("*.sql")):
            if ".venv" in p.parts or "node_modules" in p.parts:
                continue
            runs.append([str(p)])
            if p.parent.name == "migrations":
                folders.setdefault(p.parent, []).append(str(p))
    runs.extend(sorted(paths) for paths in folders.values() if len(paths) > 1)
    return runs


# SQL-aware edits: the ways a near-miss of a real file differs from it
_WORDS = """rename schema add drop type column constraint set only temp update end return strict immutable
    stable volatile called as $$ $x$ ' " ( ) ; , setof variadic out inout json table returns /*c*/ \u00e9 \u017f""".split() + [
    "insert into", "delete from", "for update", "nextval(", "language sql", "language plpgsql", "begin atomic",
    "RENAME TO x", "ADD COLUMN c int", "DROP COLUMN id", "ALTER COLUMN id TYPE text", "OWNER TO postgres",
    "SET SCHEMA private", "default 1", "\n", "--c\n", "E'\\''", "\\\n",
]  # fmt: skip


def _sql_mutant(rng: random.Random, text: str, others: list[str]) -> str:
    for _ in range(rng.randint(1, 4)):
        how = rng.randrange(8)
        spaces = [m.start() for m in re.finditer(r"\s", text)] or [0]
        if how == 0:  # a comment where there was a space
            at = rng.choice(spaces)
            text = text[:at] + rng.choice([" /* c */ ", "/*x*/", "\n-- c\n", "/* a /* b */ */"]) + text[at + 1 :]
        elif how == 1:  # a word inserted
            at = rng.choice(spaces)
            text = text[:at] + " " + rng.choice(_WORDS) + " " + text[at:]
        elif how == 2:  # a stretch upper- or lower-cased
            a = rng.randrange(len(text) + 1)
            b = min(len(text), a + rng.randint(1, 400))
            text = text[:a] + (text[a:b].upper() if rng.random() < 0.5 else text[a:b].lower()) + text[b:]
        elif how == 3:  # statements duplicated, dropped or reordered
            parts = text.split(";")
            if len(parts) > 2:
                i, j = rng.randrange(len(parts)), rng.randrange(len(parts))
                op = rng.randrange(3)
                if op == 0:
                    parts.insert(j, parts[i])
                elif op == 1:
                    del parts[i]
                else:
                    parts[i], parts[j] = parts[j], parts[i]
                text = ";".join(parts)
        elif how == 4:  # a character deleted
            if text:
                at = rng.randrange(len(text))
                text = text[:at] + text[at + 1 :]
        elif how == 5:  # truncated
            text = text[: rng.randrange(len(text) + 1)]
        elif how == 6 and others:  # a statement from another file
            parts = rng.choice(others).split(";")
            at = rng.choice(spaces)
            text = text[:at] + ";\n" + rng.choice(parts) + ";\n" + text[at:]
        else:  # a word replaced
            words = list(re.finditer(r"[A-Za-z_]+", text))
            if words:
                w = rng.choice(words)
                text = text[: w.start()] + rng.choice(_WORDS) + text[w.end() :]
    return text


def mutants(runs: list[list[str]], count: int, seed: int, scratch: Path) -> list[list[str]]:
    sys.path.insert(0, str(ROOT / "tests"))
    from mutfuzz import mutate

    singles = [r[0] for r in runs if len(r) == 1 and os.path.getsize(r[0]) < 300_000]
    texts = [Path(p).read_bytes() for p in singles]
    rng = random.Random(seed)
    # and windows of the big dumps (pg_dump's routines, tables and ALTERs), cut at a statement end
    for r in runs:
        if len(r) == 1 and os.path.getsize(r[0]) >= 300_000:
            dump = Path(r[0]).read_bytes()
            for _ in range(40):
                at = dump.find(b";\n", rng.randrange(len(dump))) + 2
                texts.append(dump[at : dump.find(b";\n", at + 20_000) + 2])
    decoded = [t.decode("utf-8", "replace") for t in texts]
    out = []
    for i in range(count):
        k = rng.randrange(len(texts))
        if rng.random() < 0.8:
            data = _sql_mutant(rng, decoded[k], decoded).encode("utf-8", "surrogatepass")
        else:
            data = mutate.mutate(rng, texts[k], texts)[1]
        # half of them as a Supabase migration (one transaction, stops at an error)
        folder = scratch / str(i) / ("migrations" if i % 2 else "sql")
        folder.mkdir(parents=True)
        p = folder / ("20240101000000_m.sql" if i % 2 else "schema.sql")
        p.write_bytes(data)
        out.append([str(p)])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("other", nargs="?", help="the other checkout's root (e.g. /work/main)")
    ap.add_argument("--mutants", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpora", nargs="*", type=Path)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    gc.disable()
    if a.child:  # the other checkout's reader: runs from a file, canonical texts to stdout
        runs = json.loads(Path(a.child).read_text())
        json.dump(read_all(runs), sys.stdout)
        return 0
    sys.path.insert(0, str(ROOT))
    corpora = a.corpora
    if corpora is None:
        corpora = sorted(p for p in CORPORA.glob("*-s1-*") if p.is_dir()) if CORPORA.is_dir() else []
    runs = inputs(corpora)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        runs += mutants(runs, a.mutants, a.seed, scratch / "m")
        spec = scratch / "runs.json"
        spec.write_text(json.dumps(runs))
        env = dict(os.environ, PYTHONPATH=a.other)
        other = subprocess.run(
            [sys.executable, "-c", _CHILD, a.other, str(Path(__file__).resolve()), str(spec)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        theirs = json.loads(other.stdout)
        ours = read_all(runs)
    differ = 0
    for paths, x, y in zip(runs, theirs, ours):
        if x != y:
            differ += 1
            if differ <= 10:
                i = next((k for k in range(min(len(x), len(y))) if x[k] != y[k]), min(len(x), len(y)))
                print(f"DIFFERS: {paths[0]}{' (+%d)' % (len(paths) - 1) if len(paths) > 1 else ''}")
                print(f"  other: ...{x[max(0, i - 200) : i + 300]}")
                print(f"  ours:  ...{y[max(0, i - 200) : i + 300]}")
    digest = hashlib.sha256("\n".join(ours).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    n_files = len({p for r in runs for p in r})
    rejected = sum(y.count("schema-statement-rejected") for y in ours)
    functions = sum(y.count("Function(schema=") for y in ours)
    print(
        f"{len(runs)} runs ({n_files} files, {a.mutants} mutants), {functions} functions, "
        f"{rejected} rejections read: {differ} differ (digest {digest})"
    )
    return 1 if differ else 0


# the child: the other checkout first on sys.path, this file's functions without importing
# this checkout's rpccheck
_CHILD = """
import sys, runpy
other, me, spec = sys.argv[1:4]
sys.path.insert(0, other)
mod = runpy.run_path(me, run_name="sql_equiv_child")
sys.argv = [me, "--child", spec]
sys.exit(mod["main"]())
"""

if __name__ == "__main__":
    sys.exit(main())
