"""Applying the fixes findings carry (`check --fix`, `--unsafe-fixes`, `--diff`), as ruff does.

A fix is a set of edits made where the finding is made (resolve.py, suppress.py); this
module only rewrites files. A file is changed at the fixed spans and nowhere else: its
encoding, byte order mark and line endings stay as they were. An edit whose `expect`
text is not what the file holds (the source is not the plain literal the finding saw)
is never applied; two fixes that overlap are applied one per pass, as ruff does.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from .model import DISPLAY, SAFE, UNSAFE, Diagnostic, Edit, Fix, Location

MAX_PASSES = 10


def applicable(unsafe: bool) -> frozenset[str]:
    return frozenset({SAFE, UNSAFE}) if unsafe else frozenset({SAFE})


@dataclass
class Encoded:
    """A file's text and how to write it back byte for byte."""

    text: str
    encoding: str  # utf-8 | utf-16-le | utf-16-be
    bom: bytes

    @classmethod
    def read(cls, data: bytes) -> Optional["Encoded"]:
        for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
            if data.startswith(bom):
                break
        else:
            bom, enc = b"", "utf-8"
        try:
            return cls(data[len(bom) :].decode(enc), enc, bom)
        except UnicodeDecodeError:
            return None  # not text we can write back unchanged: leave the file alone

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _offset(starts: list[int], text: str, line: int, column: int) -> Optional[int]:
    if line == len(starts) + 1 and column == 1:
        return len(text)
    if not 1 <= line <= len(starts):
        return None
    end = starts[line] if line < len(starts) else len(text)
    at = starts[line - 1] + column - 1
    return at if at <= end else None


def _span(starts: list[int], text: str, loc: Location) -> Optional[tuple[int, int]]:
    a = _offset(starts, text, loc.line, loc.column)
    b = _offset(starts, text, loc.end_line, loc.end_column)
    if a is None or b is None or b < a:
        return None
    return a, b


def apply_to_text(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """`text` with every fix that still matches it and overlaps no earlier one applied."""
    starts = _line_starts(text)
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, str]] = []
    applied: list[Fix] = []
    for fix in fixes:
        spans: list[tuple[int, int, str]] = []
        for e in fix.edits:
            span = _span(starts, text, e.loc)
            if span is None or (e.expect is not None and text[span[0] : span[1]] != e.expect):
                spans = []  # one edit no longer fits: the fix is not applied
                break
            spans.append((span[0], span[1], e.new_text))
        if not spans:
            continue
        if any(a < tb and ta < b or (a == b == ta == tb) for a, b, _ in spans for ta, tb in taken):
            continue  # overlaps a fix already taken: the next pass gets it
        taken.extend((a, b) for a, b, _ in spans)
        chosen.extend(spans)
        applied.append(fix)
    for a, b, new in sorted(chosen, key=lambda s: (s[0], s[1]), reverse=True):
        text = text[:a] + new + text[b:]
    return text, applied


def fixes_by_path(diagnostics: Iterable[Diagnostic], allowed: frozenset[str]) -> dict[str, list[Fix]]:
    out: dict[str, list[Fix]] = {}
    for d in diagnostics:
        if d.fix is not None and d.fix.applicability in allowed and d.fix.applicability != DISPLAY:
            out.setdefault(d.loc.path, [])
            if d.fix not in out[d.loc.path]:  # one fix may answer several findings (branches)
                out[d.loc.path].append(d.fix)
    return out


def plan(diagnostics: Iterable[Diagnostic], allowed: frozenset[str]) -> dict[Path, tuple[bytes, bytes, int]]:
    """For each file with fixes to apply: (bytes now, bytes fixed, fixes applied)."""
    out: dict[Path, tuple[bytes, bytes, int]] = {}
    for shown, fixes in sorted(fixes_by_path(diagnostics, allowed).items()):
        path = Path(shown)
        try:
            data = path.read_bytes()
        except OSError:
            continue
        enc = Encoded.read(data)
        if enc is None:
            continue
        new_text, applied = apply_to_text(enc.text, sorted(fixes, key=_first_position))
        if applied and new_text != enc.text:
            out[path] = (data, enc.encode(new_text), len(applied))
    return out


def _first_position(fix: Fix) -> tuple[int, int]:
    return min((e.loc.line, e.loc.column) for e in fix.edits) if fix.edits else (0, 0)


def unified_diff(path: Path, before: bytes, after: bytes) -> str:
    a, b = Encoded.read(before), Encoded.read(after)
    assert a is not None and b is not None
    shown = path.as_posix()
    lines = difflib.unified_diff(
        a.text.splitlines(keepends=True), b.text.splitlines(keepends=True), fromfile=f"a/{shown}", tofile=f"b/{shown}"
    )
    return "".join(ln if ln.endswith("\n") else ln + "\n\\ No newline at end of file\n" for ln in lines)


def fix_until_done(
    diagnostics: list[Diagnostic], allowed: frozenset[str], recheck: Callable[[], list[Diagnostic]]
) -> tuple[list[Diagnostic], int, set[Path]]:
    """Apply fixes, re-check, and again while fixes apply (a fix may make another
    possible); returns the remaining findings, how many fixes applied, and the files."""
    total, files = 0, set()
    for _ in range(MAX_PASSES):
        planned = plan(diagnostics, allowed)
        if not planned:
            break
        for path, (_before, after, n) in planned.items():
            path.write_bytes(after)
            total += n
            files.add(path)
        diagnostics = recheck()
    return diagnostics, total, files


__all__ = [
    "SAFE",
    "Edit",
    "Encoded",
    "Fix",
    "applicable",
    "apply_to_text",
    "fix_until_done",
    "fixes_by_path",
    "plan",
    "unified_diff",
]
