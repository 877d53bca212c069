#!/usr/bin/env python3
"""Long robustness fuzz campaigns (the suite runs a bounded slice of the same cases).

usage: python3 bench/fuzz.py [--inputs 100000] [--cli-runs 2000] [--seed 1] [--jobs 2] [--save]

Feeds mutated fixture files to every reader in-process and mutated projects to the whole
CLI (see tests/mutfuzz/), in --jobs worker processes, and prints the counts: inputs run,
crashes, inputs over their linear time budget (CPU seconds, so other work on the machine
does not count). Each chunk of cases runs in its own process and marks the case it is
on: a crash in C code (a segfault in a grammar) loses that one case, which is reported
and saved like any other crash, and the chunk goes on from the next case. Failures are
printed as their chunk finishes. With --save, each failing input is written under
tests/mutfuzz/regressions/<target>/ so the suite replays it from then on.
Exit 0 when nothing failed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mutfuzz import campaign  # noqa: E402


def _worker(kind: str, count: int, seed: int, k: int, n: int, skip: frozenset[int], progress: Path, save: bool) -> int:
    save_to = campaign.REGRESSIONS if save else None
    run = campaign.readers if kind == "readers" else campaign.cli_runs
    tally = run(count, seed, save_to, (k, n), skip, progress)
    print(json.dumps(dataclasses.asdict(tally), default=str))
    return 0


def _tally(doc: dict) -> campaign.Tally:
    t = campaign.Tally(doc["inputs"], doc["cli_runs"], worst_ratio=doc["worst_ratio"])
    for key in ("crashes", "slow"):
        getattr(t, key).extend(campaign.Failure(**f) for f in doc[key])
    return t


class _Chunk:
    def __init__(self, kind: str, k: int) -> None:
        self.kind, self.k = kind, k
        self.skip: set[int] = set()  # cases that took the process down: run again without them
        fd, name = tempfile.mkstemp(prefix="rpccheck-fuzz-progress-")
        os.close(fd)
        self.progress = Path(name)
        self.proc: subprocess.Popen | None = None

    def start(self, a: argparse.Namespace) -> None:
        count = a.inputs if self.kind == "readers" else a.cli_runs
        cmd = [
            sys.executable,
            __file__,
            "--worker",
            self.kind,
            str(count),
            str(a.seed),
            str(self.k),
            str(a.chunks),
            ",".join(map(str, sorted(self.skip))) or "-",
            str(self.progress),
        ] + (["--save"] if a.save else [])
        self.progress.write_text("")
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _lost(chunk: _Chunk, code: int, err: bytes, a: argparse.Namespace) -> campaign.Tally:
    """The tally of the one case that took its process down, saved as a regression."""
    tally = campaign.Tally()
    mark = chunk.progress.read_text().strip()
    if not mark.isdigit():  # died before its first case: nothing to blame on an input
        raise SystemExit(
            f"{chunk.kind} chunk {chunk.k}: the worker died before a case (exit {code}): "
            f"{err.decode('utf-8', 'replace')[-500:]}"
        )
    case = int(mark)
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    problem = f"the process died (exit {code}): {tail[0][:200]}"
    if chunk.kind == "readers":
        name, how, data = campaign.mutant(a.seed, case)
        saved = campaign._save(
            campaign.REGRESSIONS if a.save else None, name, data, campaign._SUFFIX.get(name, name[len("caller") :])
        )
        tally.crashes.append(
            campaign.Failure(name, f"seed {a.seed} case {case} ({how})", problem, 0.0, len(data), saved)
        )
        tally.inputs += 1
    else:
        tally.crashes.append(campaign.Failure("cli", f"seed {a.seed} cli case {case}", problem, 0.0, 0))
        tally.cli_runs += 1
    chunk.skip.add(case)
    return tally


def main() -> int:
    if sys.argv[1:2] == ["--worker"]:
        kind, count, seed, k, n, skip, progress = sys.argv[2:9]
        crashed = frozenset(int(c) for c in skip.split(",") if c.isdigit())
        return _worker(kind, int(count), int(seed), int(k), int(n), crashed, Path(progress), "--save" in sys.argv[9:])
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
    # chunk k of n runs the cases i with i % n == k: the same cases as one long run
    waiting = [_Chunk("readers", k) for k in range(a.chunks) if a.inputs] + [
        _Chunk("cli", k) for k in range(a.chunks) if a.cli_runs
    ]
    running: list[_Chunk] = []
    done = 0
    while waiting or running:
        while waiting and len(running) < a.jobs:
            chunk = waiting.pop(0)
            chunk.start(a)
            running.append(chunk)
        time.sleep(0.2)
        for chunk in list(running):
            assert chunk.proc is not None
            if chunk.proc.poll() is None:
                continue
            out, err = chunk.proc.communicate()
            running.remove(chunk)
            lines = out.decode("utf-8", "replace").strip().splitlines()
            if chunk.proc.returncode == 0 and lines:
                part = _tally(json.loads(lines[-1]))
                chunk.progress.unlink(missing_ok=True)
                done += 1
            else:
                part = _lost(chunk, chunk.proc.returncode, err, a)
                waiting.insert(0, chunk)  # again, without the case that crashed
            total.merge(part)
            for f in part.crashes:
                print(f"  crash: {f}", flush=True)
            for f in part.slow:
                print(f"  slow: {f}", flush=True)
            if chunk not in waiting:
                print(
                    f"[{time.perf_counter() - t0:.0f}s] {chunk.kind} chunk {chunk.k} done "
                    f"({done} of {a.chunks * (bool(a.inputs) + bool(a.cli_runs))}): "
                    f"{total.summary()}",
                    flush=True,
                )
    print(f"seed {a.seed}: {total.summary()} in {time.perf_counter() - t0:.0f}s")
    return 0 if not (total.crashes or total.slow) else 1


if __name__ == "__main__":
    sys.exit(main())
