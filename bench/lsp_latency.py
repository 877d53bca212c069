#!/usr/bin/env python3
"""How long `rpccheck server` takes to answer an edit, and how much memory it holds.

Starts the server over stdio (as an editor does), opens a file of about 2,000 lines in
the shared benchmark corpus (its rpc calls taken from the corpus itself), waits for the
catalog to be read (the first diagnostics), then makes edits one at a time, each
changing a key of a call, and times each edit from `didChange` sent to the matching
`publishDiagnostics` received, with the debounce set to 0. Prints the median and range,
the same check measured in-process (`engine.check_text`, no protocol), and the server's
resident memory before the project is loaded, with the catalog held, and at its peak.

    python3 bench/lsp_latency.py [--size large] [--lines 2000] [--edits 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from run import corpus  # noqa: E402  (the benchmark corpus, generated once and cached)


def document(root: Path, lines: int) -> str:
    """About `lines` lines of the corpus's own code, rich in rpc calls."""
    out: list[str] = []
    files = sorted(root.glob("src/**/*.ts"))
    with_calls = [f for f in files if ".rpc(" in f.read_text(encoding="utf-8")]
    for f in with_calls + files:
        out.extend(f.read_text(encoding="utf-8").splitlines())
        if len(out) >= lines:
            break
    # the corpus files import one another; one big file does not need those imports resolved
    return "\n".join(out[:lines]) + "\n"


def rss_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process in KiB (Linux)."""
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            fields[k] = v.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


async def measure(root: Path, text: str, edits: int, rpccheck_python: str) -> dict:
    from lsprotocol import types as lsp
    from pygls.lsp.client import LanguageClient
    from pygls.uris import from_fs_path

    client = LanguageClient("bench", "1")
    published: dict[int, float] = {}
    counts: dict[int, int] = {}
    arrived = asyncio.Event()

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        published[params.version or 0] = time.perf_counter()
        counts[params.version or 0] = len(params.diagnostics)
        arrived.set()

    env = dict(os.environ)
    await client.start_io(rpccheck_python, "-m", "rpccheck", "server", cwd=str(root), env=env)
    pid = client._server.pid
    await client.initialize_async(
        lsp.InitializeParams(capabilities=lsp.ClientCapabilities(), initialization_options={"debounce": 0})
    )
    client.initialized(lsp.InitializedParams())
    await asyncio.sleep(0.3)
    before = rss_kib(pid)

    path = root / "src" / "__lsp_bench__.ts"  # never written: an unsaved buffer
    uri = from_fs_path(str(path))
    t0 = time.perf_counter()
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri=uri, language_id="typescript", version=1, text=text))
    )
    while 1 not in published:
        arrived.clear()
        await arrived.wait()
    first = published[1] - t0
    loaded = rss_kib(pid)
    findings = counts[1]

    lines = text.split("\n")
    targets = [i for i, ln in enumerate(lines) if ".rpc(" in ln and "{" in ln]
    times = []
    for n in range(edits):
        version = n + 2
        row = targets[n % len(targets)] if targets else n
        old = lines[row]  # each edit adds a key no function takes, or takes it out again
        new = (
            old.replace("{ bench_key: 1, ", "{ ", 1) if "bench_key" in old else old.replace("{ ", "{ bench_key: 1, ", 1)
        )
        char_end = len(old)
        change = lsp.TextDocumentContentChangePartial(
            range=lsp.Range(lsp.Position(row, 0), lsp.Position(row, char_end)), text=new
        )
        lines[row] = new
        start = time.perf_counter()
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(lsp.VersionedTextDocumentIdentifier(uri=uri, version=version), [change])
        )
        while version not in published:
            arrived.clear()
            await arrived.wait()
        times.append(published[version] - start)
    after = rss_kib(pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {"first": first, "times": times, "before": before, "loaded": loaded, "after": after, "findings": findings}


def in_process(root: Path, text: str, runs: int) -> list[float]:
    from rpccheck import engine

    cwd = os.getcwd()
    os.chdir(root)
    try:
        path = root / "src" / "__lsp_bench__.ts"
        state = engine.load_project_state(engine.file_project_config(path))
        engine.check_text(state, path, text)  # warm the parser
        out = []
        for _ in range(runs):
            t0 = time.perf_counter()
            engine.check_text(state, path, text)
            out.append(time.perf_counter() - t0)
        return out
    finally:
        os.chdir(cwd)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="large", choices=["small", "medium", "large"])
    ap.add_argument("--lines", type=int, default=2000)
    ap.add_argument("--edits", type=int, default=30)
    ap.add_argument("--python", default=sys.executable, help="Python with rpccheck installed (the server's)")
    args = ap.parse_args()

    root = corpus(args.size)
    text = document(root, args.lines)
    n_lines = text.count("\n")
    n_calls = text.count(".rpc(")
    result = asyncio.run(measure(root, text, args.edits, args.python))
    local = in_process(root, text, args.edits)

    def ms(xs):
        return f"median {statistics.median(xs) * 1000:.1f} ms (min {min(xs) * 1000:.1f}, max {max(xs) * 1000:.1f})"

    print(f"corpus: {args.size} ({root})")
    print(f"document: {n_lines} lines, {n_calls} rpc calls, {result['findings']} findings")
    print(f"first diagnostics (project read, cache as it is): {result['first'] * 1000:.0f} ms")
    print(f"edit -> diagnostics over stdio, {len(result['times'])} edits: {ms(result['times'])}")
    print(f"engine.check_text in-process, {len(local)} runs: {ms(local)}")
    mib = lambda kib: f"{kib / 1024:.0f} MiB"
    print(
        f"server memory: {mib(result['before'][0])} started, {mib(result['loaded'][0])} with the catalog, "
        f"{mib(result['after'][0])} after the edits, peak {mib(result['after'][1])}"
    )
    target_ok = statistics.median(result["times"]) < 0.100
    print(f"target < 100 ms (median over stdio): {'met' if target_ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
