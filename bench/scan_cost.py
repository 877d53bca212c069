#!/usr/bin/env python3
"""What the code scan costs beyond tree-sitter's own parse, in one process.

usage: python3 bench/scan_cost.py CORPUS [--lang ts|py|dart|all] [--runs 3]
                                  [--parse-only | --parse-guarded] [--profile] [--digest]

Reads every code file under CORPUS whose bytes hold `rpc` (skipping the folders the walk
skips), then runs each file's reader (`extract_calls` of callers/typescript, python or dart)
over them, `--runs` times, and prints the CPU seconds of each run (the file reads are not
timed). `--parse-only` times the readers' plain `parser.parse(data)` of the same files instead,
the floor the readers' Python work sits on; `--parse-guarded` times `_tree.parse` (the readers'
parse with its budget callbacks and re-parse) of them, so that the readers' run less this one is
the Python work per call site. `--digest` prints a hash of every call read (its
repr), so a change to a reader can be checked to give the same answers on a whole corpus;
`--profile` prints a cProfile of one run. For instruction counts (deterministic, unlike the
shared VM's times) run it under `valgrind --tool=callgrind --callgrind-out-file=X.cg` with
`--runs 1`.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rpccheck.callers import DART_SUFFIXES, DEFAULT_EXCLUDED_DIRS, PYTHON_SUFFIXES, TS_SUFFIXES

LANGS = {"ts": TS_SUFFIXES, "py": PYTHON_SUFFIXES, "dart": DART_SUFFIXES}


def files(root: Path, suffixes: frozenset[str]) -> list[tuple[str, bytes]]:
    out = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in DEFAULT_EXCLUDED_DIRS)
        for name in sorted(names):
            if os.path.splitext(name)[1].lower() in suffixes:
                path = os.path.join(folder, name)
                with open(path, "rb") as f:
                    data = f.read()
                if b"rpc" in data:
                    out.append((os.path.relpath(path, root), data))
    return out


def reader(path: str):
    suffix = os.path.splitext(path)[1].lower()
    if suffix in PYTHON_SUFFIXES:
        from rpccheck.callers import python

        return lambda data: python.extract_calls(data, path)
    if suffix in DART_SUFFIXES:
        from rpccheck.callers import dart

        return lambda data: dart.extract_calls(data, path)
    from rpccheck.callers import typescript

    grammar = typescript.grammar_for(suffix)
    return lambda data: typescript.extract_calls(data, path, grammar)


def plain_parser(path: str, data: bytes):
    """The parser the reader uses for this file, or None when its prefilter skips it."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in PYTHON_SUFFIXES:
        from rpccheck.callers import python

        return python.parser() if python.may_call(data) else None
    if suffix in DART_SUFFIXES:
        from rpccheck.callers import dart

        return dart.parser() if dart.may_call(data) else None
    from rpccheck.callers import typescript

    if not typescript._RPC_MEMBER.search(data):
        return None
    return typescript.parser_for(typescript.grammar_for(suffix))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--lang", default="all", choices=["all", *LANGS])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--parse-only", action="store_true")
    ap.add_argument(
        "--parse-guarded",
        action="store_true",
        help="the readers' own parse (_tree.parse: budget callbacks, the re-parse) and nothing else",
    )
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--digest", action="store_true")
    ap.add_argument("--no-warmup", action="store_true", help="no untimed first run (under callgrind)")
    args = ap.parse_args()
    suffixes = frozenset().union(*LANGS.values()) if args.lang == "all" else LANGS[args.lang]
    inputs = files(args.corpus, suffixes)
    readers = [(path, data, reader(path), plain_parser(path, data)) for path, data in inputs]
    parsed = [(data, plain) for _path, data, _read, plain in readers if plain is not None]
    print(
        f"{len(inputs)} files holding `rpc`, {sum(len(d) for _p, d in inputs) / 1e6:.2f} MB; "
        f"{len(parsed)} past the prefilter, {sum(len(d) for d, _p in parsed) / 1e6:.2f} MB",
        file=sys.stderr,
    )
    from rpccheck.callers import _tree

    def run() -> int:
        _tree._RECENT.clear()  # no tree of the previous run is given back
        _tree._recent_size[0] = 0
        n = 0
        if args.parse_only:
            for data, plain in parsed:
                plain.parse(data)
            return n
        if args.parse_guarded:
            for data, plain in parsed:
                _root = _tree.parse(plain, data).root_node
            return n
        for _path, data, read, _plain in readers:
            n += len(read(data))
        return n

    if not args.no_warmup:
        run()  # imports, grammars: not what a run of many files pays per file

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(run)
        pstats.Stats(prof, stream=sys.stderr).sort_stats(os.environ.get("SORT", "tottime")).print_stats(
            int(os.environ.get("TOP", "40"))
        )
        return
    times = []
    for _ in range(args.runs):
        t0 = time.process_time()
        calls = run()
        times.append(time.process_time() - t0)
    what = "plain parse" if args.parse_only else "guarded parse" if args.parse_guarded else f"{calls} calls"
    print(f"{what}: cpu s " + " ".join(f"{t:.3f}" for t in times) + f" (min {min(times):.3f})", file=sys.stderr)
    if args.digest and not (args.parse_only or args.parse_guarded):
        h = hashlib.sha256()
        for path, data, read, _plain in readers:
            for call in read(data):
                h.update(repr(call).encode())
        print(f"digest {h.hexdigest()}")


if __name__ == "__main__":
    main()
