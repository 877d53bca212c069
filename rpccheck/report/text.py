"""Human output, ruff "full" style.

Each finding is its `path:line:col: CODE [rule] message` line, then (when the file can
be read) the source line with a gutter and carets under the span, then `= help:` and
`= defined at` notes; a blank line separates findings, and the summary line closes
the report. `line()` is the one-line form shared with `concise` and the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from ..model import Diagnostic
from ._common import char_width, clean, statistics_table

if TYPE_CHECKING:
    from . import ReportContext

TAB_WIDTH = 4
# source lines longer than this many characters are shown as a window around the span
MAX_SOURCE_CHARS = 200
_CONTEXT_BEFORE = 60

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_SEVERITY_COLOR = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;34m"}
_GUTTER = "\x1b[1;36m"


class Style:
    """ANSI styling, or none at all when colour is off."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def _wrap(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.color and text else text

    def bold(self, text: str) -> str:
        return self._wrap(_BOLD, text)

    def severity(self, severity: str, text: str) -> str:
        return self._wrap(_SEVERITY_COLOR.get(severity, _BOLD), text)

    def gutter(self, text: str) -> str:
        return self._wrap(_GUTTER, text)


def line(d: Diagnostic) -> str:
    return clean(f"{d.loc.path}:{d.loc.line}:{d.loc.column}: {d.code} [{d.rule}] {d.message}")


def styled_line(d: Diagnostic, style: Style) -> str:
    if not style.color:
        return line(d)
    where = style.bold(clean(f"{d.loc.path}:{d.loc.line}:{d.loc.column}:"))
    return f"{where} {style.severity(d.severity, d.code)} [{clean(d.rule)}] {clean(d.message)}"


def _layout(chars: str) -> tuple[str, list[int]]:
    """The line as displayed (tabs expanded to stops, controls made visible) and the
    display cell where each character starts; the last entry is the total width."""
    shown: list[str] = []
    starts: list[int] = []
    col = 0
    for ch in chars:
        starts.append(col)
        if ch == "\t":
            n = TAB_WIDTH - col % TAB_WIDTH
            shown.append(" " * n)
            col += n
        elif ord(ch) < 0x20:
            shown.append(chr(0x2400 + ord(ch)))  # control pictures: ␀ ␛ ...
            col += 1
        elif 0x7F <= ord(ch) < 0xA0:
            shown.append("\u2421" if ord(ch) == 0x7F else "\ufffd")
            col += 1
        else:
            shown.append(ch)
            col += char_width(ch)
    starts.append(col)
    return "".join(shown), starts


def snippet(src: str, start: int, end: int) -> tuple[str, int, int]:
    """(displayed line, first caret cell, caret count) for characters [start, end) of src
    (0-based). At least one caret is drawn, also for an empty span or one at the end."""
    start = max(0, min(start, len(src)))
    end = max(start, min(end, len(src)))
    prefix = suffix = ""
    if len(src) > MAX_SOURCE_CHARS:
        lo = max(0, start - _CONTEXT_BEFORE)
        hi = min(len(src), lo + MAX_SOURCE_CHARS)
        prefix = "…" if lo > 0 else ""
        suffix = "…" if hi < len(src) else ""
        src, start, end = src[lo:hi], start - lo, min(end, hi) - lo
    shown, starts = _layout(src)
    first = starts[start] + len(prefix)
    width = starts[end] - starts[start]
    return prefix + shown + suffix, first, max(1, width)


def source_block(d: Diagnostic, lines: Optional[list[str]], style: Style) -> list[str]:
    loc = d.loc
    if not lines or not 1 <= loc.line <= len(lines):
        return []
    src = lines[loc.line - 1].rstrip("\r\n")
    end = loc.end_column - 1 if loc.end_line == loc.line else len(src)
    shown, first, width = snippet(src, loc.column - 1, end)
    number = str(loc.line)
    pad = " " * len(number)
    return [
        f"  {style.gutter(number + ' |')} {shown}".rstrip(),
        f"  {style.gutter(pad + ' |')} {' ' * first}{style.severity(d.severity, '^' * width)}",
    ]


def _note(label: str, text: str) -> list[str]:
    body = [clean(part) for part in text.splitlines()] or [""]
    indent = " " * (len("  = ") + len(label) + 2)
    return [f"  = {label}: {body[0]}"] + [f"{indent}{part}" for part in body[1:]]


def finding_block(d: Diagnostic, lines: Optional[list[str]], style: Style) -> list[str]:
    out = [styled_line(d, style)]
    out += source_block(d, lines, style)
    if d.help:
        out += _note("help", d.help)
    if d.definition:
        out.append(f"  = defined at {clean(d.definition.path)}:{d.definition.line}")
    return out


def _cached(source_lines: Callable[[str], Optional[list[str]]]) -> Callable[[str], Optional[list[str]]]:
    cache: dict[str, Optional[list[str]]] = {}

    def get(path: str) -> Optional[list[str]]:
        if path not in cache:
            try:
                cache[path] = source_lines(path)
            except (OSError, UnicodeError):
                cache[path] = None
        return cache[path]

    return get


def closing(diagnostics: list[Diagnostic], ctx, style: Style) -> list[str]:
    """The statistics table (if asked for), then the summary line and what the run read
    and checked, as separate blocks."""
    from . import run_lines, summary

    blocks = []
    if ctx.statistics and diagnostics:
        blocks.append("\n".join(statistics_table(diagnostics)))
    blocks.append("\n".join([style.bold(summary(diagnostics))] + [clean(ln) for ln in run_lines(ctx.run)]))
    return blocks


def render(diagnostics: list[Diagnostic], ctx: Optional["ReportContext"] = None) -> str:
    from . import ReportContext

    ctx = ctx or ReportContext()
    style = Style(ctx.color)
    if ctx.quiet:
        return "".join(styled_line(d, style) + "\n" for d in diagnostics)
    get_lines = _cached(ctx.source_lines)
    blocks = ["\n".join(finding_block(d, get_lines(d.loc.path), style)) for d in diagnostics]
    blocks += closing(diagnostics, ctx, style)
    return "\n\n".join(blocks) + "\n"
