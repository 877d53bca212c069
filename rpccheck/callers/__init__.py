"""Finding call sites: which files to read, and which reader each one needs."""

from __future__ import annotations

from pathlib import Path

from ..model import Diagnostic, Location, RpcCall
from ..sources import decode, display_path, read_bytes

CODE_SUFFIXES = frozenset({".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"})
COMPONENT_SUFFIXES = frozenset({".vue", ".svelte", ".astro"})
DEFAULT_EXCLUDED_DIRS = frozenset({
    "node_modules", ".git", ".hg", ".svn", "dist", "build", ".next", ".nuxt", ".svelte-kit", ".output",
    "coverage", "vendor", ".turbo", ".vercel", ".cache", "__pycache__", ".venv",
})


def read_calls(path: Path) -> tuple[list[RpcCall], list[Diagnostic], str | None]:
    """Calls in one code file, diagnostics when it cannot be read as text, and its
    text when it might hold calls or suppressions (both contain `rpc`)."""
    from ..rules import make_diagnostic
    from . import typescript

    data, problem = read_bytes(path)
    if data is None:
        return [], [make_diagnostic("source-error", problem, Location(display_path(path), 1, 1))], None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text, problem = decode(data)
        if text is None:
            return [], [make_diagnostic("source-error", problem, Location(display_path(path), 1, 1))], None
        data = text.encode("utf-8")
    if b"rpc" not in data:
        return [], [], None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM is not a column
    shown = display_path(path)
    diags: list[Diagnostic] = []
    text, problem = decode(data)
    if problem:
        diags.append(make_diagnostic("source-error", problem, Location(shown, 1, 1)))
        if text is None:
            return [], diags, None
        data = text.encode("utf-8")
    suffix = path.suffix.lower()
    if suffix in COMPONENT_SUFFIXES:
        from .components import script_views

        calls = [c for code, grammar in script_views(data, suffix)
                 for c in typescript.extract_calls(code, shown, grammar, original=data)]
    else:
        calls = typescript.extract_calls(data, shown, typescript.grammar_for(suffix))
    return calls, diags, text
