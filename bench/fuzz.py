#!/usr/bin/env python3
"""Long robustness fuzz campaigns (the suite runs a bounded slice of the same cases).

usage: python3 bench/fuzz.py [--inputs 100000] [--cli-runs 2000] [--seed 1] [--jobs 2] [--save]

Feeds mutated fixture files to every reader in-process and mutated projects to the whole
CLI (see tests/mutfuzz/), in --jobs processes, and prints the counts: inputs run, crashes,
inputs over their linear time budget. With --save, each failing input is written under
tests/mutfuzz/regressions/<target>/ so the suite replays it from then on.
Exit 0 when nothing failed.
"""

from __future__ import annotations

import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mutfuzz import campaign  # noqa: E402


def _chunk(args: tuple[str, int, int, bool, int, int]):
    kind, count, seed, save, k, n = args
    save_to = campaign.REGRESSIONS if save else None
    if kind == "readers":
        return campaign.readers(count, seed, save_to, (k, n))
    return campaign.cli_runs(count, seed, save_to, (k, n))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--cli-runs", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--chunks", type=int, default=50, help="work split into this many pieces per kind")
    ap.add_argument("--save", action="store_true", help="keep failing inputs as regression cases")
    a = ap.parse_args()
    t0 = time.perf_counter()
    total = campaign.Tally()
    dead: list[str] = []
    # chunk k of n runs the cases i with i % n == k: the same cases as one long run
    work = [("readers", a.inputs, a.seed, a.save, k, a.chunks) for k in range(a.chunks)]
    work += [("cli", a.cli_runs, a.seed, a.save, k, a.chunks) for k in range(a.chunks)]
    with ProcessPoolExecutor(a.jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {pool.submit(_chunk, w): w for w in work}
        for fut in as_completed(futures):
            try:
                total.merge(fut.result())
            except BrokenProcessPool:  # a reader took the process down (a crash in C code)
                dead.append(f"{futures[fut][0]} chunk {futures[fut][4]} of {a.chunks}")
            except Exception as e:
                dead.append(f"{futures[fut][0]} chunk {futures[fut][4]}: {type(e).__name__}: {e}")
    print(f"seed {a.seed}: {total.summary()} in {time.perf_counter() - t0:.0f}s")
    for what in dead:
        print(f"  process lost: {what}")
    for f in total.crashes[:50]:
        print(f"  crash: {f}")
    for f in total.slow[:50]:
        print(f"  slow: {f}")
    return 0 if not (total.crashes or total.slow or dead) else 1


if __name__ == "__main__":
    sys.exit(main())
