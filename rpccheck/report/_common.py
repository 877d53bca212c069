"""Helpers shared by the writers: paths as CI systems want them, terminal-safe text,
display widths for caret alignment."""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from pathlib import Path, PurePath
from typing import Optional

from ..model import Diagnostic

# SARIF levels and GitHub workflow commands, by rpccheck severity
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}

_CONTROL_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _is_control(ch: str) -> bool:
    o = ord(ch)
    return o < 0x20 or 0x7F <= o < 0xA0


def clean(text: str, keep_tab: bool = True) -> str:
    """Text safe to print on a terminal in one line: C0/C1 controls (ESC, newlines...)
    become visible escapes, so a hostile name can neither break a line nor send
    terminal escape sequences. Text without control characters is returned unchanged."""
    if not any(_is_control(ch) for ch in text):
        return text
    out = []
    for ch in text:
        if ch == "\t" and keep_tab:
            out.append(ch)
        elif _is_control(ch):
            out.append(_CONTROL_ESCAPES.get(ch) or f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)


def char_width(ch: str) -> int:
    """Terminal cells a character takes: 2 for wide East Asian characters and most
    emoji, 0 for combining marks and format characters, else 1."""
    if ch.isascii():
        return 1
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 1


def display_path(path: str, root: Optional[Path]) -> str:
    """`path` with `/` separators; relative to `root` when it lies under it."""
    if root is not None:
        candidates = [(Path(os.path.abspath(path)), Path(os.path.abspath(root)))]
        try:
            candidates.append((Path(path).resolve(), Path(root).resolve()))
        except (OSError, RuntimeError):
            pass
        for p, base in candidates:
            try:
                rel = p.relative_to(base)
            except ValueError:
                continue
            if rel.parts:
                return rel.as_posix()
    return PurePath(path).as_posix()


def finding_counts(diagnostics: list[Diagnostic]) -> list[tuple[int, str, str]]:
    """(count, code, rule name) per rule, most frequent first (ruff `--statistics`)."""
    counts = Counter((d.code, d.rule) for d in diagnostics)
    return sorted(((n, code, rule) for (code, rule), n in counts.items()), key=lambda r: (-r[0], r[1], r[2]))


def statistics_table(diagnostics: list[Diagnostic]) -> list[str]:
    rows = finding_counts(diagnostics)
    if not rows:
        return []
    wn = max(len(str(n)) for n, _, _ in rows)
    wc = max(len(code) for _, code, _ in rows)
    return [f"{n:>{wn}}  {code:<{wc}}  {clean(rule)}" for n, code, rule in rows]
