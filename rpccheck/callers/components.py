"""Script code inside `.vue`, `.svelte` and `.astro` files.

Everything outside the script blocks (and Astro's `---` frontmatter) is blanked
byte for byte, newlines kept, so the TypeScript reader sees valid code at the same
byte offsets: every line and column it reports is the original file's.
"""

from __future__ import annotations

import re

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
        yield data[m.end():gt], (gt + 1, close.start())
        pos = close.end()


def script_views(data: bytes, suffix: str) -> list[tuple[bytes, str]]:
    """(bytes with only script code left in place, grammar) per separate program.

    Vue's `<script>` and `<script setup>`, and Svelte's module and instance scripts,
    compile into one module, so they are read together. Astro's frontmatter runs on
    the server and each `<script>` is its own client module: each is read alone, so a
    `const` in one never stands for a name in another.
    """
    blocks: list[tuple[tuple[int, int], str]] = []
    if suffix == ".astro":
        m = _FRONTMATTER.match(data)
        if m:
            blocks.append((m.span(1), "ts"))
    for attrs, span in _scripts(data):
        lang = _LANG.search(attrs)
        blocks.append((span, lang.group(1).lower().decode() if lang else "js"))
    if not blocks:
        return []
    groups = [[b] for b in blocks] if suffix == ".astro" else [blocks]
    if len(groups) > 1:
        # each view is a copy of the whole file: only programs that can hold a call get one
        groups = [g for g in groups if any(b"rpc" in data[start:end] for (start, end), _lang in g)]
    blank = _blank(data)
    views = []
    for group in groups:
        out = bytearray(blank)
        for (start, end), _lang in group:
            out[start:end] = data[start:end]
        # plain JS (and JSX) parse with the TSX grammar
        grammar = "typescript" if all(lang in ("ts", "typescript") for _s, lang in group) else "tsx"
        views.append((bytes(out), grammar))
    return views
