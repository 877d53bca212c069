#!/usr/bin/env python3
"""What following wrapper helpers and imported names costs, and that it loses nothing.

usage: python3 bench/wrappers.py [--size medium] [--runs 3] [--rpccheck PATH]

Takes the shared generator's corpus (as bench/run.py does) and a copy of it in which every
`supabase.rpc(` call is rewritten as `callRpc(supabase, ` through a helper imported from
`@/lib/call-rpc` (a tsconfig path alias), and every call's function name as a constant
imported from `@/lib/rpc-names`. Times `rpccheck check` on both, alternating runs, and
compares the findings: the rewritten tree must report the same (path, line, rule) errors
as the original, since every call is the same call made through a wrapper.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import corpus

CALL = re.compile(r"\bsupabase\.rpc\('([A-Za-z_][\w]*)'")
HELPER = """import type { SupabaseClient } from '@supabase/supabase-js'

export async function callRpc(client: SupabaseClient, fn: string, args?: Record<string, unknown>) {
  return client.rpc(fn, args)
}
"""


def rewrite(src: Path, dst: Path) -> int:
    """Copy the corpus, routing `supabase.rpc('fn'` through the helper and a name constant."""
    shutil.copytree(src, dst)
    names: dict[str, str] = {}
    changed = 0
    for path in (dst / "src").rglob("*.ts*"):
        text = path.read_text(encoding="utf-8")
        if "supabase.rpc(" not in text:
            continue
        out = []
        for line in text.split("\n"):
            if line.lstrip().startswith("//"):
                out.append(line)
                continue

            def repl(m: re.Match) -> str:
                const = "F_" + m.group(1).upper()
                names[const] = m.group(1)
                return f"callRpc(supabase, RPC.{const}"

            new = CALL.sub(repl, line)
            changed += new != line
            out.append(new)
        # appended, not prepended, so every line number stays the same (imports are hoisted)
        out.append("import { callRpc } from '@/lib/call-rpc'\nimport { RPC } from '@/lib/rpc-names'\n")
        path.write_text("\n".join(out), encoding="utf-8")
    lib = dst / "src" / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    (lib / "call-rpc.ts").write_text(HELPER, encoding="utf-8")
    body = "".join(f"  {k}: '{v}',\n" for k, v in sorted(names.items()))
    (lib / "rpc-names.ts").write_text(f"export const RPC = {{\n{body}}} as const\n", encoding="utf-8")
    return changed


def run(cmd: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - t, res


def errors(res: subprocess.CompletedProcess) -> set[tuple[str, int, str]]:
    return {
        (d["path"], d["line"], d["rule"])
        for d in json.loads(res.stdout or "[]")
        if d["severity"] in ("error", "warning")
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="medium")
    ap.add_argument("--runs", type=int, default=3)
    default = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "rpccheck"
    ap.add_argument("--rpccheck", default=str(default) if default.exists() else "rpccheck")
    a = ap.parse_args()
    original = corpus(a.size)
    with tempfile.TemporaryDirectory(prefix="rpccheck-wrappers-") as tmp:
        wrapped = Path(tmp) / "wrapped"
        changed = rewrite(original, wrapped)
        cmd = [a.rpccheck, "check", "--no-cache", "--schema", "full.sql", "--format", "json", "src"]
        times: dict[str, list[float]] = {"original": [], "wrapped": []}
        found = {}
        for _ in range(a.runs):
            for label, root in (("original", original), ("wrapped", wrapped)):
                t, res = run(cmd, root)
                times[label].append(t)
                found[label] = errors(res)
        for label, ts in times.items():
            print(f"{a.size} {label:8s} median {statistics.median(ts):.2f}s  min {min(ts):.2f}s  max {max(ts):.2f}s")
        ratio = statistics.median(times["wrapped"]) / statistics.median(times["original"])
        print(f"{changed} calls routed through callRpc(supabase, RPC.X, ...): x{ratio:.2f} the time")
        lost = found["original"] - found["wrapped"]
        extra = found["wrapped"] - found["original"]
        print(
            f"findings: {len(found['original'])} original, {len(found['wrapped'])} wrapped, "
            f"{len(lost)} lost, {len(extra)} extra"
        )
        for item in sorted(lost)[:10]:
            print("  lost ", *item)
        for item in sorted(extra)[:10]:
            print("  extra", *item)
        return 0 if not lost and not extra else 1


if __name__ == "__main__":
    sys.exit(main())
