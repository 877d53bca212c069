"""Output formats, by name. A writer turns diagnostics into text and never decides
what is reported: selection, suppression and the exit code are settled before."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..model import Diagnostic


@dataclass
class ReportContext:
    """What writers may need besides the diagnostics."""

    color: bool = False
    # source lines of a reported file, by the path shown in diagnostics (None if unreadable)
    source_lines: Callable[[str], Optional[list[str]]] = field(default=lambda path: None)
    statistics: bool = False
    quiet: bool = False
    tool_version: str = ""
    # for formats that point at the repository root (SARIF uris, GitHub file=)
    root: Optional[Path] = None


def read_source_lines(path: str) -> Optional[list[str]]:
    """A file's lines as the readers count them: decoded as the callers decode it (a
    UTF-8 BOM dropped, invalid bytes replaced, binary or oversized files not read), split
    at `\n` only (str.splitlines() would also split at \v, \f, U+2028... and shift every
    later line number), with the `\r` of CRLF endings dropped."""
    from ..sources import read_text_file

    text, _problem = read_text_file(Path(path))
    if text is None:
        return None
    return [ln[:-1] if ln.endswith("\r") else ln for ln in text.split("\n")]


def summary(diagnostics: list[Diagnostic]) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in diagnostics:
        counts[d.severity] = counts.get(d.severity, 0) + 1
    if not diagnostics:
        return "All checks passed: no findings."
    parts = [f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}" for sev, n in counts.items() if n]
    total = len(diagnostics)
    return f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)})."


# Every writer is `render(diagnostics, ctx=None) -> str`; a missing ctx means ReportContext().
Writer = Callable[[list[Diagnostic], ReportContext], str]


def _neutralised(writer: Writer, safe: Callable[[str], str]) -> Writer:
    """`writer`, its document passed through `safe`: whatever a name holds, the output
    can be encoded and no line of it is a GitHub workflow command (see _common)."""

    def render(diagnostics: list[Diagnostic], ctx: Optional[ReportContext] = None) -> str:
        return safe(writer(diagnostics, ctx))  # type: ignore[arg-type]

    render.__doc__ = writer.__doc__
    return render


def _writers() -> dict[str, Writer]:
    from . import concise, github, json_format, junit, sarif, text
    from ._common import log_safe_json, log_safe_text, log_safe_xml, no_surrogates

    return {
        "text": _neutralised(text.render, log_safe_text),  # the default
        "concise": _neutralised(concise.render, log_safe_text),
        "json": _neutralised(json_format.render, log_safe_json),
        # every line is a command of ours; the data in it is escaped (github.py)
        "github": _neutralised(github.render, no_surrogates),
        "sarif": _neutralised(sarif.render, log_safe_json),
        "junit": _neutralised(junit.render, log_safe_xml),
    }


FORMATS: dict[str, Writer] = _writers()
