#!/usr/bin/env python3
"""What Python and Dart callers cost: the same corpus checked TypeScript-only and with all callers.

usage: python3 bench/callers.py [--size large] [--runs 5] [--rpccheck PATH] [--single]

Generates the shared generator's corpus once with `--callers ts,py,dart` (cached under
~/.cache/rpccheck-bench, never committed): the same TypeScript tree (src/) plus a FastAPI-style
supabase-py tree (backend/) and a Flutter tree (mobile/). Times, over several runs with the
schema cache warm and the three runs interleaved, `rpccheck check --schema full.sql --format json
src` against the same command on `src backend` and on `src backend mobile` (wall time and CPU
time, user + system, which is the steadier on a shared machine), and checks that every bug
injected into the Python and Dart trees is reported at its call (`unsent-request` bugs only when
that rule exists). `--single` runs rpccheck in one process (RPCCHECK_JOBS=1): no forked half of
the scan, so each grammar is loaded once and the CPU seconds compare the readers alone. Files without `.rpc(` are never parsed (a byte search); in this corpus the
Python and Dart trees call `.rpc()` as densely as the TypeScript one (86 of 1,072 .py files, 480
of 8,007 TS files), so what they add is the parsing and checking of their own call sites.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GEN = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
CALLERS = "ts,py,dart"


def corpus(size: str, seed: int = 1) -> Path:
    digest = hashlib.sha256(GEN.read_bytes()).hexdigest()[:12]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "rpccheck-bench"
    out = base / f"{size}-s{seed}-{CALLERS.replace(',', '-')}-{digest}"
    if not (out / "expected.json").exists():
        tmp = out.with_name(out.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run(
            [
                sys.executable,
                str(GEN),
                str(tmp),
                "--size",
                size,
                "--seed",
                str(seed),
                "--callers",
                CALLERS,
                "--py-unsent",
                "--quiet",
            ],
            check=True,
            capture_output=True,
        )
        shutil.rmtree(out, ignore_errors=True)
        tmp.rename(out)
    return out


def timed(
    cmd: list[str], cwd: Path, runs: int, env: dict | None = None
) -> tuple[list[float], list[float], subprocess.CompletedProcess]:
    """Wall times and CPU times (user + system, the process and its forked reader): on a
    shared machine the CPU time is the steadier of the two."""
    times, cpus = [], []
    last = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        last = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times, cpus, last


def at_bug(bug: dict, d: dict) -> bool:
    """A finding of the bug's rule on its call (tests/test_corpus.py's `matches`)."""
    lines = set(range(bug["rpc_line"], bug.get("end_line", bug["rpc_line"]) + 1))
    lines |= {bug["line"], bug.get("param_line", bug["line"])}
    return d["rule"] == bug["rule"] and d["path"].endswith(bug["file"]) and d["line"] in lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="large")
    ap.add_argument("--runs", type=int, default=5)
    default = ROOT / ".venv" / "bin" / "rpccheck"
    ap.add_argument("--rpccheck", default=str(default) if default.exists() else "rpccheck")
    ap.add_argument("--single", action="store_true", help="one process (RPCCHECK_JOBS=1), no forked scan")
    a = ap.parse_args()
    env = dict(os.environ, RPCCHECK_JOBS="1") if a.single else None
    if not GEN.exists():
        print(f"bench: corpus generator not found at {GEN}", file=sys.stderr)
        return 2
    root = corpus(a.size)
    expected = json.loads((root / "expected.json").read_text())
    has_unsent = subprocess.run([a.rpccheck, "rule", "unsent-request"], capture_output=True).returncode == 0
    base = [a.rpccheck, "check", "--schema", "full.sql", "--format", "json"]
    subprocess.run(base + ["src"], cwd=root, capture_output=True)  # warm the schema cache
    # interleaved, so that load from other processes falls on the three alike
    ts_times, ts_cpu, py_times, py_cpu, all_times, all_cpu = [], [], [], [], [], []
    for _ in range(a.runs):
        for paths, times, cpus in (
            (["src"], ts_times, ts_cpu),
            (["src", "backend"], py_times, py_cpu),
            (["src", "backend", "mobile"], all_times, all_cpu),
        ):
            t, c, res = timed(base + paths, root, 1, env)
            times += t
            cpus += c
    found = json.loads(res.stdout) if res.stdout.strip().startswith("[") else []
    loud = [d for d in found if d["severity"] in ("error", "warning")]
    by_lang = expected["stats"]["by_language"]
    print(
        f"corpus {a.size}: "
        + ", ".join(
            f"{lang} {s['lines']:,} lines in {s['files']:,} files ({s['files_with_rpc']} with rpc)"
            for lang, s in by_lang.items()
        )
    )
    ok = True
    for lang in ("python", "dart"):
        bugs = [
            b for b in expected["bugs"] if b.get("language") == lang and (b["rule"] != "unsent-request" or has_unsent)
        ]
        hits = sum(1 for b in bugs if any(at_bug(b, d) for d in loud))
        ok &= hits == len(bugs)
        print(f"{lang}: {hits}/{len(bugs)} injected bugs found")
    ts_med, all_med = statistics.median(ts_times), statistics.median(all_times)
    ts_c, all_c = statistics.median(ts_cpu), statistics.median(all_cpu)
    print(f"{'run':<28}{'median s':>10}{'best s':>8}{'cpu s':>8}")
    print(f"{'typescript only (src)':<28}{ts_med:>10.2f}{min(ts_times):>8.2f}{ts_c:>8.2f}")
    print(
        f"{'ts + python':<28}{statistics.median(py_times):>10.2f}{min(py_times):>8.2f}{statistics.median(py_cpu):>8.2f}"
    )
    print(f"{'ts + python + dart':<28}{all_med:>10.2f}{min(all_times):>8.2f}{all_c:>8.2f}")
    print(
        f"python and dart add {all_med - ts_med:+.2f} s wall ({(all_med / ts_med - 1) * 100:+.0f} %), "
        f"{all_c - ts_c:+.2f} s cpu ({(all_c / ts_c - 1) * 100:+.0f} %)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
