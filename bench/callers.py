#!/usr/bin/env python3
"""What Python and Dart callers cost: the same corpus checked TypeScript-only and with all callers.

usage: python3 bench/callers.py [--size large] [--runs 5] [--rpccheck PATH] [--single]

Generates the shared generator's corpus once with `--callers ts,py,dart` (cached under
~/.cache/rpccheck-bench, never committed): the same TypeScript tree (src/) plus a FastAPI-style
supabase-py tree (backend/) and a Flutter tree (mobile/). Times, over several runs with the
schema cache warm and the four runs interleaved, `rpccheck check --schema full.sql --format json
src` against the same command on `src backend` and on `src backend mobile`, and on `src backend`
in a scratch copy (hard links, removed after) whose backend/ keeps only the 986 Python files that
hold no call: what files the prefilter keeps from the parser cost (wall time and CPU
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
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
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


# the byte shape of a Python call (rpccheck's own prefilter is the thing measured, so the
# bench finds the files holding no call with its own expression)
_PY_CALL = re.compile(rb"\.[ \t\r\n\\]*rpc[ \t\r\n\\]*\(")


def _link(src: str, dst: str) -> None:
    try:
        os.link(src, dst)  # the same bytes without copying 64 MB
    except OSError:
        shutil.copy2(src, dst)


def quiet_tree(root: Path) -> Path:
    """A scratch copy of the corpus (never written into it): the same src/ and schema, and
    the Python files of backend/ that hold no call. Checked beside src/, it shows what
    files the prefilter keeps from the parser cost: the walk and one read each."""
    out = Path(tempfile.mkdtemp(prefix="rpccheck-callers-"))
    shutil.copytree(root / "src", out / "src", copy_function=_link)
    for name in ("full.sql", "package.json", "tsconfig.json"):
        if (root / name).exists():
            _link(str(root / name), str(out / name))
    for path in sorted((root / "backend").rglob("*")):
        if path.is_file() and not _PY_CALL.search(path.read_bytes()):
            target = out / path.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            _link(str(path), str(target))
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
    quiet = quiet_tree(root)
    subprocess.run(base + ["src"], cwd=quiet, capture_output=True)
    # interleaved, so that load from other processes falls on the four alike
    ts_times, ts_cpu, py_times, py_cpu, all_times, all_cpu, q_times, q_cpu = [], [], [], [], [], [], [], []
    res = None
    try:
        for _ in range(a.runs):
            for paths, cwd, times, cpus in (
                (["src"], root, ts_times, ts_cpu),
                (["src", "backend"], quiet, q_times, q_cpu),
                (["src", "backend"], root, py_times, py_cpu),
                (["src", "backend", "mobile"], root, all_times, all_cpu),
            ):
                t, c, got = timed(base + paths, cwd, 1, env)
                times += t
                cpus += c
                if cwd == root:
                    res = got
    finally:
        shutil.rmtree(quiet, ignore_errors=True)
    assert res is not None
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
    q_med, q_c = statistics.median(q_times), statistics.median(q_cpu)
    print(f"{'ts + python, no call sites':<28}{q_med:>10.2f}{min(q_times):>8.2f}{q_c:>8.2f}")
    print(
        f"{'ts + python':<28}{statistics.median(py_times):>10.2f}{min(py_times):>8.2f}{statistics.median(py_cpu):>8.2f}"
    )
    print(f"{'ts + python + dart':<28}{all_med:>10.2f}{min(all_times):>8.2f}{all_c:>8.2f}")
    print(
        f"python files holding no call add {q_med - ts_med:+.2f} s wall ({(q_med / ts_med - 1) * 100:+.0f} %), "
        f"{q_c - ts_c:+.2f} s cpu ({(q_c / ts_c - 1) * 100:+.0f} %)"
    )
    print(
        f"python and dart add {all_med - ts_med:+.2f} s wall ({(all_med / ts_med - 1) * 100:+.0f} %), "
        f"{all_c - ts_c:+.2f} s cpu ({(all_c / ts_c - 1) * 100:+.0f} %)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
