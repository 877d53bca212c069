"""Runs of the mutation fuzzer: in-process reader inputs and whole-CLI runs.

Both the test suite (a bounded count, seconds) and `bench/fuzz.py` (hundreds of
thousands) run these, so a case found in a long run replays identically in the suite:
case i of seed s is always the same input. A failing input is written under
`tests/mutfuzz/regressions/<target>/` when a directory is given, and the suite replays
every file there.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import mutate, targets

REGRESSIONS = Path(__file__).resolve().parent / "regressions"


@dataclass
class Failure:
    target: str
    case: str
    problem: str
    seconds: float
    size: int
    saved: Optional[Path] = None

    def __str__(self) -> str:
        where = f" (saved as {self.saved})" if self.saved else ""
        return f"{self.target} {self.case}: {self.problem} [{self.size} bytes, {self.seconds:.2f}s]{where}"


@dataclass
class Tally:
    inputs: int = 0
    cli_runs: int = 0
    crashes: list[Failure] = field(default_factory=list)
    slow: list[Failure] = field(default_factory=list)
    worst_ratio: float = 0.0  # time / budget, over all inputs

    def merge(self, other: "Tally") -> None:
        self.inputs += other.inputs
        self.cli_runs += other.cli_runs
        self.crashes += other.crashes
        self.slow += other.slow
        self.worst_ratio = max(self.worst_ratio, other.worst_ratio)

    def summary(self) -> str:
        return (
            f"{self.inputs} in-process inputs, {self.cli_runs} CLI runs: {len(self.crashes)} crashes, "
            f"{len(self.slow)} over the time budget (worst {self.worst_ratio:.2f} of budget)"
        )


def _save(directory: Optional[Path], target: str, data: bytes, suffix: str) -> Optional[Path]:
    if directory is None:
        return None
    d = directory / target
    d.mkdir(parents=True, exist_ok=True)
    p = d / (hashlib.sha1(data).hexdigest()[:16] + suffix)
    p.write_bytes(data)
    return p


_SUFFIX = {"sql": ".sql", "types": ".ts"}


def judge(tally: Tally, name: str, case: str, data: bytes, run, save_to: Optional[Path], retries: int = 2) -> None:
    """Run one input, and count it as a crash, as slow, or as fine."""
    seconds, problem = targets.timed(run)
    budget = targets.budget_seconds(len(data))
    tries = 0
    while problem is None and seconds > budget and tries < retries:
        again, problem = targets.timed(run)  # a busy machine is not a slow reader
        seconds = min(seconds, again)
        tries += 1
    tally.worst_ratio = max(tally.worst_ratio, seconds / budget)
    if problem is not None:
        text = f"{type(problem).__name__}: {str(problem)[:300]}"
        suffix = _SUFFIX.get(name, name[len("caller") :] if name.startswith("caller") else ".bin")
        tally.crashes.append(Failure(name, case, text, seconds, len(data), _save(save_to, name, data, suffix)))
    elif seconds > budget:
        suffix = _SUFFIX.get(name, name[len("caller") :] if name.startswith("caller") else ".bin")
        tally.slow.append(
            Failure(
                name,
                case,
                f"took {seconds:.2f}s, budget {budget:.2f}s",
                seconds,
                len(data),
                _save(save_to, name, data, suffix),
            )
        )


def _mark(progress: Optional[Path], i: int) -> None:
    """Writes the case about to run: if it takes the process down (a crash in C code),
    the campaign still knows which input did it."""
    if progress is not None:
        progress.write_text(str(i))


def mutant(seed: int, i: int) -> tuple[str, str, bytes]:
    """(reader, how it was mutated, bytes) of in-process case i of seed `seed`."""
    pool = targets.seeds()
    tgs = sorted(targets.code_targets().items())
    rng = random.Random(f"{seed}:{i}")
    name, (kind, _fn) = tgs[i % len(tgs)]
    original = rng.choice(pool.get(kind) or pool["ts"])
    others = [x for k in (kind, "ts", "sql") for x in pool.get(k, [])]
    how, data = mutate.mutate(rng, original, others)
    return name, how, data


def readers(
    count: int,
    seed: int,
    save_to: Optional[Path] = None,
    shard: tuple[int, int] = (0, 1),
    skip: frozenset[int] = frozenset(),
    progress: Optional[Path] = None,
) -> Tally:
    """`count` mutants spread over every reader; shard (k, n) runs cases i with i % n == k,
    but for the cases in `skip` (ones that took a process down: counted by the caller)."""
    tally = Tally()
    pool = targets.seeds()
    tgs = sorted(targets.code_targets().items())
    scratch = Path(tempfile.mkdtemp(prefix="rpccheck-fuzz-"))
    try:
        for i in range(count):
            if i % shard[1] != shard[0] or i in skip:
                continue
            _mark(progress, i)
            rng = random.Random(f"{seed}:{i}")
            name, (kind, fn) = tgs[i % len(tgs)]
            inputs = pool.get(kind) or pool["ts"]
            original = rng.choice(inputs)
            others = [x for k in (kind, "ts", "sql") for x in pool.get(k, [])]
            how, data = mutate.mutate(rng, original, others)
            case = f"seed {seed} case {i} ({how})"
            d = scratch / str(i % 7)
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir()
            judge(tally, name, case, data, lambda fn=fn, data=data, d=d: fn(data, d), save_to)
            tally.inputs += 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return tally


SLOTS = (
    "schema.sql",
    "route.ts",
    "app.vue",
    "src/types/database.types.ts",
    "rpccheck.toml",
    ".gitignore",
    "rpccheck-baseline.json",
)


def cli_runs(
    count: int,
    seed: int,
    save_to: Optional[Path] = None,
    shard: tuple[int, int] = (0, 1),
    skip: frozenset[int] = frozenset(),
    progress: Optional[Path] = None,
) -> Tally:
    tally = Tally()
    pool = targets.seeds()
    base = targets.base_project()
    scratch = Path(tempfile.mkdtemp(prefix="rpccheck-fuzz-cli-"))
    try:
        for i in range(count):
            if i % shard[1] != shard[0] or i in skip:
                continue
            _mark(progress, i)
            rng = random.Random(f"cli:{seed}:{i}")
            slot = SLOTS[i % len(SLOTS)]
            fmt = targets.FORMATS[(i // len(SLOTS)) % len(targets.FORMATS)]
            kind = {
                "schema.sql": "sql",
                "route.ts": "ts",
                "app.vue": "component",
                "rpccheck.toml": "toml",
                "src/types/database.types.ts": "types",
            }.get(slot, "ts")
            original = base[slot] if rng.random() < 0.5 or kind not in pool else rng.choice(pool[kind])
            how, data = mutate.mutate(rng, original, pool.get("sql", []) + pool.get("ts", []))
            d = scratch / f"p{i}"
            d.mkdir()
            judge(
                tally,
                "cli",
                f"seed {seed} cli case {i} ({slot}, {fmt}, {how})",
                data,
                lambda data=data, d=d, slot=slot, fmt=fmt: targets.cli(data, d, slot=slot, fmt=fmt, base=base),
                None,
            )
            shutil.rmtree(d, ignore_errors=True)
            tally.cli_runs += 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return tally


def replay_regressions(directory: Path = REGRESSIONS) -> Tally:
    """Every input that ever failed, through the reader it broke."""
    tally = Tally()
    tgs = targets.code_targets()
    scratch = Path(tempfile.mkdtemp(prefix="rpccheck-fuzz-reg-"))
    try:
        for p in sorted(directory.glob("*/*")):
            name = p.parent.name
            if name not in tgs:
                continue
            data = p.read_bytes()
            d = scratch / p.name
            d.mkdir()
            judge(tally, name, p.name, data, lambda name=name, data=data, d=d: tgs[name][1](data, d), None)
            tally.inputs += 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return tally
