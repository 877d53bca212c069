"""Script code inside `.vue`, `.svelte` and `.astro` files.

Everything outside the script blocks (and Astro's `---` frontmatter) is blanked
byte for byte, newlines kept, so the TypeScript reader sees valid code at the same
byte offsets: every line and column it reports is the original file's.
"""

from __future__ import annotations

import re

_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE)
_LANG = re.compile(rb"""\blang\s*=\s*["']?([A-Za-z]+)""")
_FRONTMATTER = re.compile(rb"\A(?:\s*)---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_NOT_NEWLINE = re.compile(rb"[^\n]")


def _blank(data: bytes) -> bytes:
    return _NOT_NEWLINE.sub(b" ", data)


def script_view(data: bytes, suffix: str) -> tuple[bytes, str]:
    """(bytes with only script code left in place, grammar for it)."""
    keep: list[tuple[int, int]] = []
    grammar = "typescript"
    if suffix == ".astro":
        m = _FRONTMATTER.match(data)
        if m:
            keep.append(m.span(1))
    langs = set()
    for m in _SCRIPT.finditer(data):
        attrs = m.group(1)
        lang = _LANG.search(attrs)
        langs.add(lang.group(1).lower().decode() if lang else "js")
        keep.append(m.span(2))
    if langs - {"ts", "typescript"}:
        grammar = "tsx"  # plain JS (and JSX) parse with the TSX grammar
    out = bytearray(_blank(data))
    for start, end in keep:
        out[start:end] = data[start:end]
    return bytes(out), grammar
