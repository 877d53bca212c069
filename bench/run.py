#!/usr/bin/env python3
"""Benchmark rpccheck on the shared generator's corpora (generated here, never committed).

usage: python3 bench/run.py [--sizes small,medium,large] [--runs 5] [--rpccheck PATH]
                            [--tsc PATH] [--scale 2,4] [--json FILE] [--against PATH]

Runs, side by side and alternating (run 1 of every case, then run 2, ...) so that a busy
moment on the machine hits every case alike:
  cold        `rpccheck check` with a fresh, empty cache directory: nothing cached at all
  warm        the same with the cache filled by an earlier run
  precommit   10 changed files passed explicitly (what the pre-commit hook runs), warm cache
  sql-changed full.sql edited (a comment appended) so the schema cache misses, types warm
  grep        `grep -rn '\\.rpc('` over the same tree: the floor for reading every file
  tsc         `tsc --noEmit -p .` (TypeScript 7, with supabase-js's typed client), when
              --tsc is given or `tsc` is on PATH and the corpus has node_modules
  cold-against  with --against PATH: the cold case run by another install (an earlier
              version's), alternating with this one's: machines differ from day to day, so
              a speed-up is shown on one machine at one moment, not across tables
For each it prints the median, min-max and peak resident memory of the whole process
tree, the ratio to grep, and checks that every injected bug was found (a fast wrong
answer does not count). --scale 2,4 also times cold runs on 2x and 4x copies of the
large tree, to show time stays linear in bytes.

TypeScript 7 for the comparison (npm):
    npm install --prefix ~/.cache/rpccheck-bench/tsc7 typescript@7 @supabase/supabase-js @types/react @types/node
    python3 bench/run.py --tsc ~/.cache/rpccheck-bench/tsc7/node_modules/.bin/tsc
Times are wall-clock seconds of the whole process, start-up included; run it on a quiet
machine (the figures in the README say which machine and when).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
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
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rpccheck-bench"


def corpus(size: str, seed: int = 1, callers: str = "ts") -> Path:
    digest = hashlib.sha256(GEN.read_bytes()).hexdigest()[:12]
    out = CACHE / f"{size}-s{seed}-{callers.replace(',', '')}-{digest}"
    earlier = CACHE / f"{size}-s{seed}-{digest}"  # TypeScript-only corpora were named without `-ts`
    if callers == "ts" and not (out / "expected.json").exists() and (earlier / "expected.json").exists():
        return earlier
    if not (out / "expected.json").exists():
        tmp = out.with_name(out.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        cmd = [sys.executable, str(GEN), str(tmp), "--size", size, "--seed", str(seed)]
        if callers != "ts":
            cmd += ["--callers", callers]
        subprocess.run(cmd, check=True, capture_output=True)
        shutil.rmtree(out, ignore_errors=True)
        tmp.rename(out)
    return out


def scaled(root: Path, factor: int) -> Path:
    """`factor` copies of the corpus's code tree under one project, one full.sql."""
    out = root.with_name(root.name + f"-x{factor}")
    if not (out / "full.sql").exists():
        tmp = out.with_name(out.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        shutil.copy(root / "full.sql", tmp / "full.sql")
        for k in range(factor):
            shutil.copytree(root / "src", tmp / "src" / f"copy{k}")
        shutil.rmtree(out, ignore_errors=True)
        tmp.rename(out)
    return out


def measure(
    cmd: list[str], cwd: Path, env: dict | None = None
) -> tuple[float, int, subprocess.CompletedProcess, float]:
    """(wall seconds, peak RSS of the process tree in KiB, result, CPU seconds (user +
    system, with the forked children it waited for): on a loaded machine wall time says
    little, CPU time still compares two builds)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        res = subprocess.CompletedProcess(
            cmd, p.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
        )
    return wall, usage.ru_maxrss, res, usage.ru_utime + usage.ru_stime


def bugs_found(res: subprocess.CompletedProcess, expected: dict, prefix: str = "") -> tuple[int, int, int]:
    """(injected bugs found, bugs, error/warning findings)."""
    try:
        found = json.loads(res.stdout)
    except ValueError:
        return 0, len(expected["bugs"]), 0
    loud = [d for d in found if d["severity"] in ("error", "warning")]
    hits = 0
    for b in expected["bugs"]:
        lines = set(range(b["rpc_line"], b.get("end_line", b["rpc_line"]) + 1)) | {
            b["line"],
            b.get("param_line", b["line"]),
        }
        if any(d["rule"] == b["rule"] and d["path"].endswith(b["file"]) and d["line"] in lines for d in loud):
            hits += 1
    return hits, len(expected["bugs"]), len(loud)


class Case:
    def __init__(
        self, name: str, size: str, cmd: list[str], cwd: Path, env: dict, before=None, expected: dict | None = None
    ) -> None:
        self.name, self.size, self.cmd, self.cwd, self.env = name, size, cmd, cwd, env
        self.before, self.expected = before, expected
        self.times: list[float] = []
        self.rss: list[int] = []
        self.cpu: list[float] = []
        self.last: subprocess.CompletedProcess | None = None

    def run(self) -> None:
        if self.before:
            self.before()
        wall, rss, self.last, cpu = measure(self.cmd, self.cwd, self.env)
        self.times.append(wall)
        self.cpu.append(cpu)
        self.rss.append(rss)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="small,medium,large")
    ap.add_argument("--runs", type=int, default=5)
    default = ROOT / ".venv" / "bin" / "rpccheck"
    ap.add_argument("--rpccheck", default=str(default) if default.exists() else "rpccheck")
    ap.add_argument("--tsc", default=shutil.which("tsc") or "")
    ap.add_argument("--scale", default="", help="also time cold runs on these multiples of the large tree, e.g. 2,4")
    ap.add_argument("--json", default="", help="write the figures to this file as well")
    ap.add_argument(
        "--against",
        default="",
        help="another rpccheck install (an earlier version's): its cold runs alternate with this one's, "
        "so the two compare on the same machine at the same moment",
    )
    a = ap.parse_args()
    if not GEN.exists():
        print(f"bench: corpus generator not found at {GEN}", file=sys.stderr)
        return 2
    rpc = [a.rpccheck]
    scratch = Path(tempfile.mkdtemp(prefix="rpccheck-bench-"))
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("RPCCHECK_")}
    cases: list[Case] = []
    try:
        for size in [s for s in a.sizes.split(",") if s]:
            root = corpus(size)
            expected = json.loads((root / "expected.json").read_text())
            check = rpc + ["check", "--schema", "full.sql", "--format", "json", "src"]
            cold_dir = scratch / f"cold-{size}"

            def fresh(d: Path = cold_dir) -> None:
                shutil.rmtree(d, ignore_errors=True)
                d.mkdir(parents=True)

            cold_env = dict(base_env, RPCCHECK_CACHE_DIR=str(cold_dir))
            warm_env = dict(base_env, RPCCHECK_CACHE_DIR=str(scratch / f"warm-{size}"))
            cases.append(Case("cold", size, check, root, cold_env, fresh, expected))
            if a.against:
                other = [a.against] + check[1:]
                cases.append(Case("cold-against", size, other, root, cold_env, fresh, expected))
            subprocess.run(check, cwd=root, env=warm_env, capture_output=True)  # fill the warm cache
            cases.append(Case("warm", size, check, root, warm_env, None, expected))
            rpc_files = sorted({b["file"] for b in expected["bugs"]})
            others = sorted(str(p.relative_to(root)) for p in (root / "src").rglob("*.ts*"))
            ten = (rpc_files + [p for p in others if p not in rpc_files])[:10]
            pre = rpc + ["check", "--schema", "full.sql", "--format", "json", "--force-exclude", *ten]
            subprocess.run(pre, cwd=root, env=warm_env, capture_output=True)
            cases.append(Case("precommit", size, pre, root, warm_env))
            # a copy whose full.sql changes before every run: the schema cache always misses
            changed = scratch / f"changed-{size}"
            changed.mkdir()
            for name in ("src", "database.types.ts", "tsconfig.json", "package.json"):
                if (root / name).exists():
                    (changed / name).symlink_to(root / name)
            shutil.copy(root / "full.sql", changed / "full.sql")
            counter = iter(range(10**6))

            def edit(p: Path = changed / "full.sql", c=counter) -> None:
                with open(p, "a") as f:
                    f.write(f"\n-- edit {next(c)}\n")

            cases.append(Case("sql-changed", size, check, changed, warm_env, edit, expected))
            cases.append(
                Case(
                    "grep", size, ["grep", "-rn", "--include=*.ts", "--include=*.tsx", r"\.rpc(", "src"], root, base_env
                )
            )
            if a.tsc:
                # node_modules/.bin/tsc -> the node_modules it was installed into (its typed
                # client and React types); the .bin entry is itself a link into typescript/
                nm = next((d for d in Path(a.tsc).absolute().parents if d.name == "node_modules"), None)
                if nm is not None and not (root / "node_modules").exists():
                    (root / "node_modules").symlink_to(nm)
                if (root / "node_modules").exists():
                    cases.append(Case("tsc", size, [a.tsc, "--noEmit", "-p", "."], root, base_env))
        for factor in [int(x) for x in a.scale.split(",") if x]:
            big = scaled(corpus("large"), factor)
            d = scratch / f"cold-x{factor}"
            cases.append(
                Case(
                    "cold",
                    f"large-x{factor}",
                    rpc + ["check", "--schema", "full.sql", "--format", "json", "src"],
                    big,
                    dict(base_env, RPCCHECK_CACHE_DIR=str(d)),
                    lambda d=d: (shutil.rmtree(d, ignore_errors=True), d.mkdir(parents=True)),
                )
            )
        slow = {"tsc"}
        for i in range(a.runs):
            for c in cases:
                if c.name in slow and i >= 1 and c.size == "large":
                    continue  # one tsc run of the large tree is enough: it takes tens of seconds
                c.run()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print(
        f"rpccheck bench: {platform.node()} ({os.cpu_count()} cores, Python {platform.python_version()}), "
        f"{time.strftime('%Y-%m-%d %H:%M')}, {a.runs} alternating runs"
    )
    print(f"{'size':<10}{'case':<12}{'median s':>9}{'min-max s':>14}{'cpu s':>7}{'peak MiB':>9}{'x grep':>8}  check")
    ok = True
    rows = []
    grep = {c.size: statistics.median(c.times) for c in cases if c.name == "grep"}
    for c in cases:
        med = statistics.median(c.times)
        verdict = ""
        if c.expected is not None and c.last is not None:
            hits, n, loud = bugs_found(c.last, c.expected)
            verdict = f"{hits}/{n} bugs found, {loud} findings"
            ok &= hits == n
        ratio = f"{med / grep[c.size]:.1f}" if c.size in grep and grep[c.size] and c.name != "grep" else ""
        print(
            f"{c.size:<10}{c.name:<12}{med:>9.3f}{min(c.times):>7.3f}-{max(c.times):<6.3f}"
            f"{statistics.median(c.cpu):>7.3f}{max(c.rss) / 1024:>9.0f}{ratio:>8}  {verdict}"
        )
        rows.append(
            {
                "size": c.size,
                "case": c.name,
                "median": med,
                "min": min(c.times),
                "max": max(c.times),
                "cpu_median": statistics.median(c.cpu),
                "peak_mib": max(c.rss) / 1024,
                "check": verdict,
            }
        )
    colds = {c.size: statistics.median(c.times) for c in cases if c.name == "cold"}
    for c in cases:
        if c.name == "cold-against" and c.size in colds:
            then = statistics.median(c.times)
            print(
                f"against {a.against}: {c.size} cold {then:.3f} s -> {colds[c.size]:.3f} s ({then / colds[c.size]:.2f}x)"
            )
    for factor in [int(x) for x in a.scale.split(",") if x]:
        if "large" in colds and f"large-x{factor}" in colds:
            print(f"scaling: {factor}x the large tree takes {colds[f'large-x{factor}'] / colds['large']:.2f}x the time")
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
