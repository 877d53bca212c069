"""Time the SQL reader (split, read, replay) on the shared generator's large full.sql.

    python bench/sql_read.py [path/to/full.sql | path/to/migrations/] [--runs N]

Generates the large corpus into a temporary folder when no path is given (needs
/work/shared/bench/gen_corpus.py or $RPCCHECK_GEN_CORPUS); a folder is read as its
`*.sql` files in name order (a migrations folder). Prints the median and min-max of
whole-catalog load time over N runs, wall and process CPU (CPU is what to compare on a
shared machine), then where one more read's CPU goes (the statement split, the parse
trees, the body scan for writes), and the function count, so a change to the reader
can be measured before and after. Not a test: timings vary by machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rpccheck.sql.replay import load_catalog  # noqa: E402
from rpccheck.sql.scanner import split_statements  # noqa: E402

GEN = Path(os.environ.get("RPCCHECK_GEN_CORPUS", "/work/shared/bench/gen_corpus.py"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sql", nargs="?")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if args.sql:
        sql = Path(args.sql)
    else:
        out = Path(tempfile.mkdtemp()) / "large"
        subprocess.run([sys.executable, str(GEN), str(out), "--size", "large", "--quiet"], check=True)
        sql = out / "full.sql"
    files = sorted(sql.glob("*.sql")) if sql.is_dir() else [sql]
    texts = [f.read_text() for f in files]
    print(f"{sql}: {sum(map(len, texts)) / 1e6:.1f} MB in {len(files)} file(s)")
    split, load, load_cpu = [], [], []
    n = 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for text in texts:
            split_statements(text)
        t1 = time.perf_counter()
        c0 = time.process_time()
        catalog = load_catalog(files)
        c1 = time.process_time()
        t2 = time.perf_counter()
        split.append(t1 - t0)
        load.append(t2 - t1)
        load_cpu.append(c1 - c0)
        n = len(catalog.all_functions())
    for label, xs in (("split only", split), ("load_catalog", load), ("  (CPU)", load_cpu)):
        print(
            f"{label:13s} median {statistics.median(xs):.3f} s  (min {min(xs):.3f}, max {max(xs):.3f}, {args.runs} runs)"
        )
    for label, cpu in _phases(files).items():
        print(f"  {label:27s} {cpu:.3f} s CPU")
    print(f"functions: {n}, diagnostics: {len(catalog.diagnostics)}")


def _phases(files: list[Path]) -> dict[str, float]:
    """CPU of one more read, by phase (the functions are wrapped for that read only)."""
    from rpccheck.sql import pgtree, replay

    spent: dict[str, float] = {}
    originals = []

    def timed(module, name: str, label: str) -> None:
        fn = getattr(module, name)
        originals.append((module, name, fn))

        def wrapper(*a, **k):
            t0 = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t0

        setattr(module, name, wrapper)

    timed(replay, "split_statements", "statement split")
    timed(pgtree, "parse", "parse trees (libpg_query)")
    timed(replay, "body_writes", "body scan for writes")
    try:
        t0 = time.process_time()
        load_catalog(files)
        total = time.process_time() - t0
    finally:
        for module, name, fn in originals:
            setattr(module, name, fn)
    return {"whole read": total, **spent, "everything else": total - sum(spent.values())}


if __name__ == "__main__":
    main()
