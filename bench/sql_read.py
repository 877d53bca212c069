"""Time the SQL reader (split, read, replay) on the shared generator's large full.sql.

    python bench/sql_read.py [path/to/full.sql] [--runs N]

Generates the large corpus into a temporary folder when no path is given (needs
/work/shared/bench/gen_corpus.py or $RPCCHECK_GEN_CORPUS). Prints the median and
min-max of whole-catalog load time over N runs, and the function count, so a change
to the reader can be measured before and after. Not a test: timings vary by machine.
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
    text = sql.read_text()
    print(f"{sql}: {len(text) / 1e6:.1f} MB")
    split, load = [], []
    n = 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        split_statements(text)
        t1 = time.perf_counter()
        catalog = load_catalog([sql])
        t2 = time.perf_counter()
        split.append(t1 - t0)
        load.append(t2 - t1)
        n = len(catalog.all_functions())
    for label, xs in (("split only", split), ("load_catalog", load)):
        print(
            f"{label:13s} median {statistics.median(xs):.3f} s  (min {min(xs):.3f}, max {max(xs):.3f}, {args.runs} runs)"
        )
    print(f"functions: {n}, diagnostics: {len(catalog.diagnostics)}")


if __name__ == "__main__":
    main()
