"""Helpers shared by the writers: paths as CI systems want them, terminal-safe text,
display widths for caret alignment."""

from __future__ import annotations

import os
import re
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
    """C0/C1 controls, and surrogates (no encoder can write a lone one)."""
    o = ord(ch)
    return o < 0x20 or 0x7F <= o < 0xA0 or 0xD800 <= o < 0xE000


def _escape_char(ch: str) -> str:
    o = ord(ch)
    if 0xDC80 <= o < 0xDD00:  # a byte of a non-UTF-8 file name (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    if 0xD800 <= o < 0xE000:  # a lone UTF-16 surrogate, from a JavaScript string
        return "\ufffd"
    return _CONTROL_ESCAPES.get(ch) or f"\\x{o:02x}"


def clean(text: str, keep_tab: bool = True) -> str:
    """Text safe to print on a terminal in one line: C0/C1 controls (ESC, newlines...)
    become visible escapes, so a hostile name can neither break a line nor send
    terminal escape sequences, and surrogates (which no encoder can write) become the
    byte they stand for or U+FFFD. Text without such characters is returned unchanged."""
    if not any(_is_control(ch) for ch in text):
        return text
    out = []
    for ch in text:
        if ch == "\t" and keep_tab:
            out.append(ch)
        elif _is_control(ch):
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    return "".join(out)


# -- what a document may hold wherever it is printed ---------------------------------
#
# GitHub's runner reads every line a step prints (split at \r and \n) as a workflow
# command when, after leading whitespace, it starts with `::` (actions/runner
# ActionCommand.TryParseV2: `message.TrimStart().StartsWith("::")`), or when it holds
# `##[` anywhere (the legacy ActionCommand.TryParse). A file or function name can hold
# both, and a newline: every format's text passes through one of the functions below
# before it is printed or written, so no line of it can be read as a command.

_SURROGATE = re.compile("[\ud800-\udfff]")
_COMMAND_START = re.compile(r"(?:^|(?<=[\r\n]))([^\S\r\n]*):(?=:)")
_LEGACY_COMMAND = "##["


def no_surrogates(text: str) -> str:
    """Lone surrogates (a JavaScript string's, a non-UTF-8 file name's) as U+FFFD: they
    cannot be written in any encoding, and would end the run at the first print."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def log_safe_text(text: str) -> str:
    """Human text (text, concise, stderr messages, `functions`/`sources` output): the
    `:` that starts a line's `::` and the `#` of `##[` as visible `\\x3a`/`\\x23`
    escapes, as `clean` shows control characters."""
    text = no_surrogates(text)
    if ":" in text:
        text = _COMMAND_START.sub(lambda m: m.group(1) + "\\x3a", text)
    return text.replace(_LEGACY_COMMAND, "#\\x23[")


def log_safe_json(text: str) -> str:
    """A JSON document (json, sarif): `##[` can only be inside a string, where `\\u005b`
    is the same `[`; no line of indented JSON starts with `::`."""
    return no_surrogates(text).replace(_LEGACY_COMMAND, "##\\u005b")


def log_safe_xml(text: str) -> str:
    """An XML document (junit): `:` and `[` as character references in text content
    (the only place a line can start with `::` or hold `##[`), the same characters to
    any XML reader."""
    text = no_surrogates(text)
    if ":" in text:
        text = _COMMAND_START.sub(lambda m: m.group(1) + "&#58;", text)
    return text.replace(_LEGACY_COMMAND, "##&#91;")


def workflow_commands(text: str) -> list[str]:
    """The lines of `text` GitHub's runner reads as workflow commands (for tests and
    for the Action's own check of what it prints)."""
    return [ln for ln in re.split(r"\r\n|\r|\n", text) if ln.lstrip().startswith("::") or _LEGACY_COMMAND in ln]


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
