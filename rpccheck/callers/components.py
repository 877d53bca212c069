"""Script code inside `.vue`, `.svelte` and `.astro` files.

Everything outside the script blocks (and Astro's `---` frontmatter) is blanked
byte for byte, newlines kept, so the TypeScript reader sees valid code at the same
byte offsets: every line and column it reports is the original file's.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

import tree_sitter as ts

_SCRIPT_OPEN = re.compile(rb"<script\b", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(rb"</script\s*>", re.IGNORECASE)
_LANG = re.compile(rb"""\blang\s*=\s*["']?([A-Za-z]+)""")
_FRONTMATTER = re.compile(rb"\A(?:\s*)---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_NOT_NEWLINE = re.compile(rb"[^\n]")


def _blank(data: bytes) -> bytes:
    return _NOT_NEWLINE.sub(b" ", data)


def _scripts(data: bytes):
    """(attributes, (start, end) of the code) of each `<script ...>...</script>`, as
    `<script\\b([^>]*)>(.*?)</script\\s*>` finds them, in one pass: once a tag has no
    closing `>` or no `</script>` after it, no later tag has one either (the regex
    rescanned to the end of the file from each of thousands of unclosed tags)."""
    pos = 0
    while True:
        m = _SCRIPT_OPEN.search(data, pos)
        if m is None:
            return
        gt = data.find(b">", m.end())
        if gt < 0:
            return
        close = _SCRIPT_CLOSE.search(data, gt + 1)
        if close is None:
            return
        yield data[m.end() : gt], (gt + 1, close.start())
        pos = close.end()


class Program(NamedTuple):
    """One program of a component: `code` to parse with `grammar`, all of it, or only
    its `ranges` (tree-sitter's included ranges) when they are given."""

    code: bytes
    grammar: str
    ranges: Optional[list[ts.Range]] = None


def script_views(data: bytes, suffix: str) -> list[Program]:
    """The separate programs of a component, at the file's own byte offsets.

    Vue's `<script>` and `<script setup>`, and Svelte's module and instance scripts,
    compile into one module, so they are read together, from a copy of the file with
    everything else blanked. Astro's frontmatter runs on the server and each `<script>`
    is its own client module: each is read alone, so a `const` in one never stands for
    a name in another, by parsing only its range of the file (a blanked copy of the
    whole file per script made thousands of scripts quadratic).
    """
    blocks: list[tuple[tuple[int, int], str]] = []
    if suffix == ".astro":
        m = _FRONTMATTER.match(data)
        if m:
            blocks.append((m.span(1), "ts"))
    for attrs, span in _scripts(data):
        found = _LANG.search(attrs)
        blocks.append((span, found.group(1).lower().decode() if found else "js"))
    if not blocks:
        return []
    if suffix == ".astro":
        views = []
        row, row_at = 0, 0  # line of byte offset row_at, advanced span by span (they are sorted)
        for (start, end), kind in sorted(blocks):
            if start >= end or data.find(b"rpc", start, end) < 0:
                continue
            row += data.count(b"\n", row_at, start)
            line_start = data.rfind(b"\n", 0, start) + 1
            end_row = row + data.count(b"\n", start, end)
            end_line_start = data.rfind(b"\n", 0, end) + 1
            row_at = start
            grammar = "typescript" if kind in ("ts", "typescript") else "tsx"
            views.append(
                Program(
                    data, grammar, [ts.Range((row, start - line_start), (end_row, end - end_line_start), start, end)]
                )
            )
        return views
    groups = [blocks]
    blank = _blank(data)
    views = []
    for group in groups:
        out = bytearray(blank)
        for (start, end), _lang in group:
            out[start:end] = data[start:end]
        # plain JS (and JSX) parse with the TSX grammar
        grammar = "typescript" if all(lang in ("ts", "typescript") for _s, lang in group) else "tsx"
        views.append(Program(bytes(out), grammar))
    return views
