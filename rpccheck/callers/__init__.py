"""Finding call sites: which files to read, and which reader each one needs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple, Optional

from ..model import Diagnostic, Location, RpcCall
from ..sources import decode, display_path, read_bytes

# The one list of what each reader reads (discovery and the pre-commit pattern use it)
TS_SUFFIXES = frozenset({".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"})
PYTHON_SUFFIXES = frozenset({".py"})  # supabase-py
DART_SUFFIXES = frozenset({".dart"})  # supabase_flutter / supabase-dart
CODE_SUFFIXES = TS_SUFFIXES | PYTHON_SUFFIXES | DART_SUFFIXES
COMPONENT_SUFFIXES = frozenset({".vue", ".svelte", ".astro"})
DEFAULT_EXCLUDED_DIRS = frozenset({
    "node_modules", ".git", ".hg", ".svn", "dist", "build", ".next", ".nuxt", ".svelte-kit", ".output",
    "coverage", "vendor", ".turbo", ".vercel", ".cache", "__pycache__", ".venv",
    # Python and Dart tool folders: installed packages and generated code, never the project's callers
    "venv", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", ".dart_tool",
    ".pub-cache",
})


class FileScan(NamedTuple):
    calls: list[RpcCall]
    diagnostics: list[Diagnostic]
    text: Optional[str]  # when the file holds a suppression comment
    client_schemas: list[tuple[str, int]]  # (schema, line) of clients configured with a schema


_CLIENT_SCHEMA = re.compile(
    rb"""(?:\bdb\s*:\s*\{[^{}]*?|\bnew\s+PostgrestClient\s*\([^;]*?)\bschema\s*:\s*['"`]([A-Za-z_][\w$]*)['"`]""",
    re.DOTALL,
)


# supabase-py `ClientOptions(schema="x")` (also Sync/AsyncClientOptions), supabase-dart
# `PostgrestClientOptions(schema: 'x')`
_OPTIONS_SCHEMA = re.compile(
    rb"""\b(?:(?:Sync|Async)?ClientOptions\s*\([^()]*?\bschema\s*=|PostgrestClientOptions\s*\([^()]*?\bschema\s*:)"""
    rb"""\s*['"]([A-Za-z_][\w$]*)['"]""",
    re.DOTALL,
)


def client_schemas(data: bytes) -> list[tuple[str, int]]:
    """Schemas that Supabase clients in this file are created for (`db: { schema }`, and the
    Python and Dart clients' options)."""
    if b"schema" not in data or not any(f in data for f in (b"Client", b"client")):
        return []
    found = [(m.group(1).decode(), data.count(b"\n", 0, m.start()) + 1) for m in _CLIENT_SCHEMA.finditer(data)]
    if b"ClientOptions" in data:
        found += [(m.group(1).decode(), data.count(b"\n", 0, m.start()) + 1) for m in _OPTIONS_SCHEMA.finditer(data)]
    return found


def read_calls(path: Path) -> FileScan:
    """Calls in one code file, and diagnostics when it cannot be read as text."""
    from ..rules import make_diagnostic
    from . import typescript

    data, problem = read_bytes(path)
    if data is None:
        return FileScan([], [make_diagnostic("source-error", problem, Location(display_path(path), 1, 1))], None, [])
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text, problem = decode(data)
        if text is None:
            return FileScan([], [make_diagnostic("source-error", problem, Location(display_path(path), 1, 1))], None, [])
        data = text.encode("utf-8")
    schemas = client_schemas(data)
    if b"rpc" not in data:
        return FileScan([], [], None, schemas)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM is not a column
    shown = display_path(path)
    diags: list[Diagnostic] = []
    text, problem = decode(data)
    if problem:
        diags.append(make_diagnostic("source-error", problem, Location(shown, 1, 1)))
        if text is None:
            return FileScan([], diags, None, schemas)
        data = text.encode("utf-8")
    suffix = path.suffix.lower()
    if suffix in PYTHON_SUFFIXES:
        from . import python

        calls = python.extract_calls(data, shown)
    elif suffix in DART_SUFFIXES:
        from . import dart

        calls = dart.extract_calls(data, shown)
    elif suffix in COMPONENT_SUFFIXES:
        from .components import script_views

        calls = [c for code, grammar in script_views(data, suffix)
                 for c in typescript.extract_calls(code, shown, grammar, original=data)]
    else:
        calls = typescript.extract_calls(data, shown, typescript.grammar_for(suffix))
    return FileScan(calls, diags, text if "rpccheck-ignore" in text else None, schemas)
