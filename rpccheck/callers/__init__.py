"""Finding call sites: which files to read, and which reader each one needs."""

from __future__ import annotations

import bisect
import os
import re
from pathlib import Path
from typing import NamedTuple, Optional

from ..model import Diagnostic, Location, RpcCall
from ._tree import GrammarCrash, ParseTooSlow
from ..sources import decode, display_path, read_bytes

# What rpccheck reads, by file suffix: the one list (the walk, the run summary and the
# pre-commit hook's `files` pattern, checked by tests/test_precommit.py, all derive from it).
TS_SUFFIXES = frozenset({".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"})
PYTHON_SUFFIXES = frozenset({".py"})  # supabase-py
DART_SUFFIXES = frozenset({".dart"})  # supabase_flutter / supabase-dart
CODE_SUFFIXES = TS_SUFFIXES | PYTHON_SUFFIXES | DART_SUFFIXES
COMPONENT_SUFFIXES = frozenset({".vue", ".svelte", ".astro"})
READ_SUFFIXES = CODE_SUFFIXES | COMPONENT_SUFFIXES
DEFAULT_EXCLUDED_DIRS = frozenset(
    {
        "node_modules",
        ".git",
        ".hg",
        ".svn",
        "dist",
        "build",
        ".next",
        ".nuxt",
        ".svelte-kit",
        ".output",
        "coverage",
        "vendor",
        ".turbo",
        ".vercel",
        ".cache",
        "__pycache__",
        ".venv",
        # Python and Dart tool folders: installed packages and generated code, never the project's callers
        "venv",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        "site-packages",
        ".dart_tool",
        ".pub-cache",
    }
)


class FileScan(NamedTuple):
    calls: list[RpcCall]
    diagnostics: list[Diagnostic]
    text: Optional[str]  # when the file holds a suppression comment
    client_schemas: list[tuple[str, int]]  # (schema, line) of clients configured with a schema
    types_file: bool = False  # holds Supabase generated types (discover.looks_like_types)


_CLIENT_START = re.compile(rb"\bdb\s*:\s*\{|\bnew\s+PostgrestClient\s*\(")
# no leading `\b`: a pattern that starts with a literal is found by re's fast search, one
# that starts with `\b` is tried at every word start; the boundary is checked after (_keys)
_SCHEMA_KEY = re.compile(rb"""schema\s*:\s*['"`]([A-Za-z_][\w$]*)['"`]""")


def _word_byte(data: bytes, at: int) -> bool:
    return at >= 0 and (data[at : at + 1].isalnum() or data[at] == 0x5F)


# supabase-py `ClientOptions(schema="x")` (also Sync/AsyncClientOptions), supabase-dart
# `PostgrestClientOptions(schema: 'x')`
# (the pattern starts with the literal `ClientOptions`, which re finds with a fast search; the
# class name's prefix is checked after: a leading `\b(?:...)` made re try every word start)
_OPTIONS_SCHEMA = re.compile(rb"""ClientOptions\s*\([^()]*?\bschema\s*([=:])\s*['"]([A-Za-z_][\w$]*)['"]""", re.DOTALL)
_OPTIONS_PREFIX = {b"=": (b"", b"Sync", b"Async"), b":": (b"Postgrest",)}


def _options_schemas(data: bytes) -> list[tuple[str, int]]:
    out = []
    for m in _OPTIONS_SCHEMA.finditer(data):
        for prefix in _OPTIONS_PREFIX[m.group(1)]:
            start = m.start() - len(prefix)
            if start >= 0 and data.startswith(prefix, start) and not _word_byte(data, start - 1):
                out.append((m.group(2).decode(), data.count(b"\n", 0, m.start()) + 1))
                break
    return out


def client_schemas(data: bytes) -> list[tuple[str, int]]:
    """Schemas that Supabase clients in this file are created for (`db: { schema }`,
    `new PostgrestClient(url, { schema })`): the first `schema: '...'` key after the
    client's start, before the `db` object's first brace or the constructor call's `;`.

    Linear in the file: every start, `schema` key and delimiter is found in one pass
    each, and a start is paired with its key by bisection (a lazy regex from each start
    rescanned to the end of the file for each of thousands of unclosed starts).
    """
    if b"schema" not in data or not any(f in data for f in (b"Client", b"client")):
        return []
    out: list[tuple[str, int]] = []
    if b"ClientOptions" in data:  # supabase-py's ClientOptions(schema=...), Dart's PostgrestClientOptions(schema:)
        out += _options_schemas(data)
    keys = [(m.start(), m.group(1)) for m in _SCHEMA_KEY.finditer(data) if not _word_byte(data, m.start() - 1)]
    if not keys:
        return out
    key_starts = [k for k, _name in keys]
    semicolons = [m.start() for m in re.finditer(rb";", data)]
    braces = [m.start() for m in re.finditer(rb"[{}]", data)]
    resume = 0  # as finditer: the next client starts after the previous match
    line, counted = 1, 0
    for m in _CLIENT_START.finditer(data):
        if m.start() < resume:
            continue
        body = m.end()
        i = bisect.bisect_left(key_starts, body)
        if i == len(keys):
            break  # no `schema` key after this start, nor after any later one
        key_at, name = keys[i]
        stops = braces if m.group().endswith(b"{") else semicolons
        j = bisect.bisect_left(stops, body)
        if j < len(stops) and stops[j] < key_at:
            continue  # the object or the statement ends before the key
        line += data.count(b"\n", counted, m.start())
        counted = m.start()
        out.append((name.decode(), line))
        resume = _SCHEMA_KEY.match(data, key_at).end()  # type: ignore[union-attr]
    return out


def _may_call(data: bytes, suffix: str) -> bool:
    """A Python or Dart file without the byte shape of a call (`.rpc(`) is neither decoded
    nor parsed: most such files only name `rpc` (mocks, imports, package names). One with a
    suppression comment is still read, so that an unused suppression is reported."""
    if suffix in PYTHON_SUFFIXES:
        from .python import may_call
    elif suffix in DART_SUFFIXES:
        from .dart import may_call
    else:
        return True
    return may_call(data)


_FOLDERS_SHOWN: dict[tuple[str, str], Optional[str]] = {}  # (working dir, folder) -> display_path(folder)


# display_path without its two Path objects where they change nothing: on POSIX, relpath's
# answer is already normalized and written with forward slashes (and relpath raises no
# ValueError: that is another drive on Windows). ~30 µs of each new folder's first file.
_display = os.path.relpath if os.sep == "/" and not os.altsep else display_path


def _shown(path: Path) -> str:
    """display_path(path), its folder's part computed once per folder (os.path.relpath
    reads the working directory and normalizes both paths: ~20 µs a file). The joined
    form is checked against display_path on the first file of each folder, which then
    answers for its other files (relpath is lexical); a folder where they differ
    (a root, a drive) keeps display_path."""
    text = os.fspath(path)
    folder, sep, name = text.rpartition(os.sep)
    if not sep or not folder or name in ("", ".", "..") or (os.altsep and os.altsep in name):
        return display_path(path)
    key = (os.getcwd(), folder)
    if key in _FOLDERS_SHOWN:
        shown = _FOLDERS_SHOWN[key]
        if shown is None:
            return display_path(path)
        return name if shown == "." else shown + "/" + name
    full = _display(text)
    shown = _display(folder)
    if len(_FOLDERS_SHOWN) > 4096:
        _FOLDERS_SHOWN.clear()
    _FOLDERS_SHOWN[key] = shown if full == (name if shown == "." else shown + "/" + name) else None
    return full


def read_calls(path: Path, partial: bool = False) -> FileScan:
    """Calls in one code file, and diagnostics when it cannot be read as text. `partial`:
    see typescript.extract_calls."""
    data, problem = read_bytes(path)
    if data is None:
        from ..rules import make_diagnostic

        return FileScan(
            [],
            [make_diagnostic("source-error", problem or "cannot read file", Location(display_path(path), 1, 1))],
            None,
            [],
        )
    return scan_data(path, data, partial)


def scan_data(path: Path, data: bytes, partial: bool = False) -> FileScan:
    """Calls in a code file's bytes: read from disk, or an editor's unsaved text.

    Most files hold no `rpc`: for them this is a few byte searches, no import statement
    nor Path property run again per file (they were a third of such a file's cost)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        from ..rules import make_diagnostic

        text, problem = decode(data)
        if text is None:
            return FileScan(
                [],
                [make_diagnostic("source-error", problem or "not text", Location(display_path(path), 1, 1))],
                None,
                [],
            )
        data = text.encode("utf-8")
    schemas = client_schemas(data)
    types_file = False
    # the suffix (a Path property: a few µs) only for the files these bytes let through
    if b"Functions" in data and path.suffix.lower() == ".ts":  # looks_like_types' own first test
        from ..discover import looks_like_types

        types_file = looks_like_types(data)
    if b"rpc" not in data:
        return FileScan([], [], None, schemas, types_file)
    suffix = path.suffix.lower()
    if not _may_call(data, suffix) and b"rpccheck-ignore" not in data:
        return FileScan([], [], None, schemas, types_file)
    from ..rules import make_diagnostic
    from . import typescript

    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM is not a column
    shown = _shown(path)
    diags: list[Diagnostic] = []
    text, problem = decode(data)
    if problem:
        diags.append(make_diagnostic("source-error", problem, Location(shown, 1, 1)))
        if text is None:
            return FileScan([], diags, None, schemas)
        data = text.encode("utf-8")
    try:
        if suffix in PYTHON_SUFFIXES:
            from . import python

            calls = python.extract_calls(data, shown)
        elif suffix in DART_SUFFIXES:
            from . import dart

            calls = dart.extract_calls(data, shown)
        elif suffix in COMPONENT_SUFFIXES:
            from .components import script_views

            calls = [
                c
                for code, grammar, ranges in script_views(data, suffix)
                for c in typescript.extract_calls(code, shown, grammar, original=data, ranges=ranges)
            ]
        else:
            calls = typescript.extract_calls(data, shown, typescript.grammar_for(suffix), partial=partial)
    except RecursionError:
        # a safety net: the reader is meant to be iterative; one file never ends the run
        diags.append(
            make_diagnostic(
                "source-error", "nested too deeply to read; its calls were not checked", Location(shown, 1, 1)
            )
        )
        calls = []
    except GrammarCrash as e:
        diags.append(
            make_diagnostic("source-error", f"not read: {e}; its calls were not checked", Location(shown, 1, 1))
        )
        calls = []
    except ParseTooSlow as e:
        diags.append(
            make_diagnostic(
                "source-error",
                f"not read: {e}, past the budget for its size (broken "
                "syntax the grammar's error recovery is slow on); its calls were not checked",
                Location(shown, 1, 1),
            )
        )
        calls = []
    return FileScan(calls, diags, text if text is not None and "rpccheck-ignore" in text else None, schemas, types_file)
