#!/usr/bin/env python3
"""Benchmark rpccheck on the shared generator's corpora (never committed).

usage: python3 bench/run.py [--sizes small,medium,large] [--runs 5] [--rpccheck PATH]

For each size: generate the corpus once (cached under ~/.cache/rpccheck-bench), then time
`rpccheck check --schema full.sql --format json src` over several runs and report the
median and best wall time, next to `grep -rn '\\.rpc(' src` as a floor and, when a
TypeScript compiler is on PATH (`tsc`), `tsc --noEmit -p .` as the bar to beat.
Also checks that every injected bug was found, so a fast wrong answer cannot pass.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GEN = ROOT.parent / "shared" / "bench" / "gen_corpus.py"


def corpus(size: str, seed: int = 1) -> Path:
    digest = hashlib.sha256(GEN.read_bytes()).hexdigest()[:12]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "rpccheck-bench"
    out = base / f"{size}-s{seed}-{digest}"
    if not (out / "expected.json").exists():
        tmp = out.with_name(out.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run([sys.executable, str(GEN), str(tmp), "--size", size, "--seed", str(seed)],
                       check=True, capture_output=True)
        shutil.rmtree(out, ignore_errors=True)
        tmp.rename(out)
    return out


def timed(cmd: list[str], cwd: Path, runs: int) -> tuple[list[float], subprocess.CompletedProcess]:
    times = []
    last = None
    for _ in range(runs):
        t0 = time.perf_counter()
        last = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
    return times, last


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="small,medium,large")
    ap.add_argument("--runs", type=int, default=5)
    default = ROOT / ".venv" / "bin" / "rpccheck"
    ap.add_argument("--rpccheck", default=str(default) if default.exists() else "rpccheck")
    a = ap.parse_args()
    if not GEN.exists():
        print(f"bench: corpus generator not found at {GEN}", file=sys.stderr)
        return 2
    print(f"{'size':<8}{'sql MB':>8}{'ts lines':>10}{'median s':>10}{'best s':>8}{'grep s':>8}{'tsc s':>8}  bugs")
    ok = True
    for size in [s for s in a.sizes.split(",") if s]:
        root = corpus(size)
        expected = json.loads((root / "expected.json").read_text())
        times, res = timed([a.rpccheck, "check", "--schema", "full.sql", "--format", "json", "src"], root, a.runs)
        found = json.loads(res.stdout) if res.stdout.strip().startswith("[") else []
        loud = [d for d in found if d["severity"] in ("error", "warning")]
        bugs = expected["bugs"]
        hits = sum(1 for b in bugs if any(d["rule"] == b["rule"] and d["path"].endswith(b["file"]) for d in loud))
        ok &= hits == len(bugs) and len(loud) >= len(bugs)
        g, _ = timed(["grep", "-rn", "--include=*.ts", "--include=*.tsx", r"\.rpc(", "src"], root, 1)
        tsc = "-"
        if shutil.which("tsc") and (root / "node_modules").exists():
            t, _ = timed(["tsc", "--noEmit", "-p", "."], root, 1)
            tsc = f"{t[0]:.2f}"
        stats = expected["stats"]
        print(f"{size:<8}{stats['sql_bytes'] / 1e6:>8.1f}{stats['ts_lines']:>10}{statistics.median(times):>10.2f}"
              f"{min(times):>8.2f}{g[0]:>8.2f}{tsc:>8}  {hits}/{len(bugs)} found, {len(loud)} findings")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
