"""Finding call sites: which files to read, and which reader each one needs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Diagnostic, Location, RpcCall
from ..sources import decode, display_path, read_bytes

CODE_SUFFIXES = frozenset({".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"})
DEFAULT_EXCLUDED_DIRS = frozenset({
    "node_modules", ".git", ".hg", ".svn", "dist", "build", ".next", ".nuxt", ".svelte-kit", ".output",
    "coverage", "vendor", ".turbo", ".vercel", ".cache", "__pycache__", ".venv",
})


def iter_code_files(paths: Iterable[Path]) -> Iterator[tuple[Path, bool]]:
    """(file, explicit): files under `paths` with a code suffix; explicit files as given."""
    seen: set[Path] = set()
    for root in paths:
        if root.is_file():
            if root not in seen:
                seen.add(root)
                yield root, True
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in DEFAULT_EXCLUDED_DIRS)
            for f in sorted(filenames):
                if os.path.splitext(f)[1].lower() in CODE_SUFFIXES:
                    p = Path(dirpath, f)
                    if p not in seen:
                        seen.add(p)
                        yield p, False


def read_calls(path: Path) -> tuple[list[RpcCall], list[Diagnostic]]:
    """Calls in one code file, plus a diagnostic when the file cannot be read as text."""
    from ..rules import make_diagnostic
    from . import typescript

    shown = display_path(path)
    data, problem = read_bytes(path)
    diags: list[Diagnostic] = []
    if data is None:
        return [], [make_diagnostic("source-error", problem, Location(shown, 1, 1))]
    if b"rpc" not in data:
        return [], []
    text, problem = decode(data)
    if problem:
        diags.append(make_diagnostic("source-error", problem, Location(shown, 1, 1)))
        if text is None:
            return [], diags
        data = text.encode("utf-8")
    calls = typescript.extract_calls(data, shown, typescript.grammar_for(path.suffix))
    return calls, diags
