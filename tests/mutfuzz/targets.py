"""What the robustness fuzz harness drives: each reader in-process, and the whole CLI.

A target takes the mutated bytes and a scratch directory and runs one reader the way
rpccheck runs it on a user's file. Its contract: return normally (problems in the input
are diagnostics in the result) or raise `Crash`; any other exception escaping a reader
is a crash. The CLI target also checks that every output format stays a valid document
and that no line printed to a GitHub log can be read as a workflow command.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"


class Crash(AssertionError):
    """The input broke a contract: an exception, an invalid document, an injected command."""


def _write(scratch: Path, name: str, data: bytes) -> Path:
    p = scratch / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def sql_reader(data: bytes, scratch: Path) -> None:
    from rpccheck.sql.replay import load_catalog

    p = _write(scratch, "schema.sql", data)
    cat = load_catalog([p])
    # what later stages read of it must be usable
    for fn in cat.all_functions():
        fn.signature()
        json.dumps(fn.to_json())


def _caller(suffix: str) -> Callable[[bytes, Path], None]:
    def run(data: bytes, scratch: Path) -> None:
        from rpccheck.callers import read_calls

        path = _write(scratch, "code" + suffix, data)
        scan = read_calls(path)
        if suffix in (".ts", ".tsx", ".js"):
            _same_in_part(path, scan)
        for call in scan.calls:
            json.dumps([call.name, call.schema, call.why_unresolved, call.result_use])
            for ks in (call.args.shapes or ()) if call.args else ():
                for k in ks.keys:
                    # a str of code points: a lone surrogate is the source's own (Python's
                    # "\ud83d", an unpaired JavaScript escape), kept, and escaped by every writer
                    k.name.encode("utf-8", "surrogatepass")
                    if k.value.json is not None:
                        json.loads(k.value.json)  # the value's JSON text is JSON
        for d in scan.diagnostics:
            d.message.encode("utf-8")

    run.__name__ = "caller" + suffix.replace(".", "_")
    return run


def _same_in_part(path: Path, whole) -> None:
    """The scan of a big run (top-level declarations left out of the parse, ts_partial),
    tried on every file however small: it must read the calls the whole parse reads."""
    from rpccheck.callers import read_calls, ts_partial

    import time

    saved = ts_partial.MIN_BYTES, ts_partial.MIN_LEFT_OUT
    ts_partial.MIN_BYTES, ts_partial.MIN_LEFT_OUT = 0, 0.0
    c0, w0 = _cpu_seconds(), time.perf_counter()
    try:
        partial = read_calls(path, partial=True)
    finally:
        ts_partial.MIN_BYTES, ts_partial.MIN_LEFT_OUT = saved
        _SECOND[0] += _cpu_seconds() - c0
        _SECOND[1] += time.perf_counter() - w0
    if partial.calls == whole.calls and partial.diagnostics == whole.diagnostics:
        return
    data = path.read_bytes()
    blank = without_parts_left_out(data, path.suffix)
    if blank is not None:
        # the difference kept by design: a file whose whole parse has an error, which the
        # part left out held (its error recovery can change how the rest reads). The scan
        # must then read what the whole parse of the file without those parts reads.
        from rpccheck.callers import scan_data

        if scan_data(path, blank).calls == partial.calls:
            return
    raise Crash("the scan with declarations left out of the parse read other calls than the whole parse")


def without_parts_left_out(data: bytes, suffix: str) -> Optional[bytes]:
    """`data` with the parts ts_partial leaves out blanked (newlines kept, so every line and
    column stays), when its whole parse has an error; None otherwise."""
    from rpccheck.callers import ts_partial, typescript

    kept = ts_partial.plan(data)
    if kept is None:
        return None
    if not typescript.parser_for(typescript.grammar_for(suffix)).parse(data).root_node.has_error:
        return None
    out = bytearray(data)
    at = 0
    for s, e in kept.spans + [(len(data), len(data))]:
        for i in range(at, s):
            if out[i] not in b"\r\n":
                out[i] = 0x20
        at = e
    return bytes(out)


def types_reader(data: bytes, scratch: Path) -> None:
    from rpccheck import typegen

    fns, diags = typegen.read_types(_write(scratch, "database.types.ts", data))
    typegen.compare([], fns)
    typegen.merge([], fns)
    for d in diags:
        d.message.encode("utf-8")


_COMMAND = re.compile(r"^\s*::|##\[")


def github_commands(text: str) -> list[str]:
    """Lines GitHub's runner would read as workflow commands (`::cmd` or `##[cmd]`)."""
    return [line for line in text.splitlines() if _COMMAND.search(line)]


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """rpccheck's main() in-process, as a user's shell would run it."""
    from rpccheck.cli import main

    # byte streams under text wrappers, as a console has: machine formats are written as bytes
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
    finally:
        os.chdir(old)
    return code, out.buffer.getvalue().decode("utf-8"), err.buffer.getvalue().decode("utf-8")


FORMATS = ("text", "concise", "json", "github", "sarif", "junit")


def check_output(fmt: str, out: str) -> None:
    if fmt in ("json", "sarif"):
        try:
            json.loads(out)
        except ValueError as e:
            raise Crash(f"--format {fmt} printed invalid JSON: {e}") from None
    if fmt == "junit":
        try:
            ET.fromstring(out.encode("utf-8"))
        except ET.ParseError as e:
            raise Crash(f"--format junit printed invalid XML: {e}") from None
    if fmt == "github":
        cmds = [line for line in github_commands(out) if not re.match(r"^::(error|warning|notice) ", line)]
        if cmds:
            raise Crash(f"--format github printed a line read as another command: {cmds[0][:120]!r}")
    elif fmt in ("text", "concise"):
        cmds = github_commands(out)
        if cmds:
            raise Crash(f"--format {fmt} printed a line a GitHub log reads as a command: {cmds[0][:120]!r}")


def cli(data: bytes, scratch: Path, *, slot: str, fmt: str, base: dict[str, bytes]) -> None:
    """A small project whose file `slot` is the mutant; every other file is a real fixture."""
    files = dict(base)
    files[slot] = data
    for name, content in files.items():
        _write(scratch, name, content)
    args = ["check", "--no-cache", "--format", fmt, "--schema", "schema.sql", "."]
    if "rpccheck-baseline.json" in files:
        args[1:1] = ["--baseline", "rpccheck-baseline.json"]
    code, out, err = run_cli(args, scratch)
    if "internal error" in err or "Traceback" in err:
        raise Crash(f"exit {code}: {err.strip().splitlines()[-1][:200] if err.strip() else ''}")
    usage_slots = ("rpccheck.toml", "rpccheck-baseline.json")
    allowed = {0, 1, 2} if slot in usage_slots else {0, 1}
    if code not in allowed:
        raise Crash(f"exit {code} with the mutant in {slot}: {err.strip()[:200]}")
    if code == 2 and len(err.strip().splitlines()) != 1:
        raise Crash(f"a usage error must be one line on stderr, got: {err[:300]!r}")
    if code != 2:
        check_output(fmt, out)
    for line in github_commands(err):
        raise Crash(f"stderr holds a line a GitHub log reads as a command: {line[:120]!r}")


def seeds() -> dict[str, list[bytes]]:
    """Real inputs per target kind, from the fixtures."""
    by_kind: dict[str, list[bytes]] = {}

    def add(kind: str, p: Path) -> None:
        data = p.read_bytes()
        if len(data) <= 300_000:
            by_kind.setdefault(kind, []).append(data)

    for p in sorted(FIXTURES.rglob("*")):
        if not p.is_file():
            continue
        suffix = p.suffix.lower()
        if suffix == ".sql":
            add("sql", p)
        elif p.name.endswith(".types.ts") or p.name in ("types.ts", "supabase.ts"):
            add("types", p)
        elif suffix in (".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"):
            add("ts", p)
        elif suffix in (".vue", ".svelte", ".astro"):
            add("component", p)
        elif suffix in (".py", ".dart"):
            add(suffix[1:], p)
        elif suffix == ".toml":
            add("toml", p)
    return by_kind


def code_targets() -> dict[str, tuple[str, Callable[[bytes, Path], None]]]:
    """name -> (seed kind, target) for every reader this build has."""
    from rpccheck import callers

    known = set(getattr(callers, "CODE_SUFFIXES", ())) | set(getattr(callers, "COMPONENT_SUFFIXES", ()))
    known |= set(getattr(callers, "READ_SUFFIXES", ()))
    out: dict[str, tuple[str, Callable[[bytes, Path], None]]] = {
        "sql": ("sql", sql_reader),
        "types": ("types", types_reader),
    }
    for suffix, kind in (
        (".ts", "ts"),
        (".tsx", "ts"),
        (".js", "ts"),
        (".vue", "component"),
        (".svelte", "component"),
        (".astro", "component"),
        (".py", "py"),
        (".dart", "dart"),
    ):
        if suffix in known:
            out["caller" + suffix] = (kind, _caller(suffix))
    return out


def base_project() -> dict[str, bytes]:
    case = FIXTURES / "cases" / "incident-minimal"
    files = {"schema.sql": (case / "schema.sql").read_bytes(), "route.ts": (case / "route.ts").read_bytes()}
    types = FIXTURES / "cases" / "project-types" / "src" / "types" / "database.types.ts"
    if types.exists():
        files["src/types/database.types.ts"] = types.read_bytes()
    files["app.vue"] = (
        b"<script setup lang=\"ts\">\nawait supabase.rpc('consume_platform_credits', { p_provider: 'x' })\n</script>\n"
    )
    files["rpccheck.toml"] = b'exclude = ["legacy/"]\n'
    files[".gitignore"] = b"dist/\n*.log\n!keep.log\n"
    files["rpccheck-baseline.json"] = b'{"version": 1, "entries": []}\n'
    return files


def budget_seconds(size: int) -> float:
    """The linear budget an input of `size` bytes gets: generous, but linear."""
    return 1.5 + size * 8e-6  # 8 ms per KB: about 100x what real code costs


def _cpu_seconds() -> float:
    t = os.times()  # this process and the children it waited for (a forked schema reader)
    return t.user + t.system + t.children_user + t.children_system


def timed(fn: Callable[[], None]) -> tuple[float, Optional[BaseException]]:
    """(the input's run time, the exception it raised). The time is CPU seconds, not
    wall: a machine busy with other work slows the wall clock, not the work an input
    costs. A run that sits waiting (a hang, not work) is caught by `WALL_FACTOR`."""
    import time

    c0, w0 = _cpu_seconds(), time.perf_counter()
    _SECOND[:] = [0.0, 0.0]
    problem: Optional[BaseException] = None
    try:
        fn()
    except Exception as e:  # Crash, RecursionError, or any other exception escaping a reader
        problem = e
    cpu, wall = _cpu_seconds() - c0, time.perf_counter() - w0
    # a second reading the harness compares (the partial parse) is timed on its own: the
    # input's time is the slower of the two readings, each against the budget of one
    cpu = max(cpu - _SECOND[0], _SECOND[0])
    wall = max(wall - _SECOND[1], _SECOND[1])
    return max(cpu, wall / WALL_FACTOR), problem


_SECOND = [0.0, 0.0]  # CPU and wall seconds of the second reading in the run timed


WALL_FACTOR = 10  # wall time over this multiple of the budget counts as slow even if idle
