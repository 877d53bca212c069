"""Output formats, by name. A writer turns diagnostics into text and never decides
what is reported: selection, suppression and the exit code are settled before."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Mapping, Optional

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
    # what the run read and checked (engine.RunSummary), closing the text and concise reports
    run: Optional[object] = None


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


def _n(count: int, what: str, plural: str = "") -> str:
    return f"{count} {what if count == 1 else (plural or what + 's')}"


def run_lines(run) -> list[str]:
    """What was read and checked, in words: files scanned, calls found, checked and not
    checkable (per reason), and the schema sources and types each project used."""
    if run is None:
        return []
    line = f"Scanned {_n(run.files_scanned, 'file')}: {_n(run.calls_found, '.rpc() call')} found, {run.calls_checked} checked"
    skipped = sum(run.not_checked.values())
    if skipped:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(run.not_checked.items(), key=lambda kv: (-kv[1], kv[0])))
        line += f", {skipped} not checkable ({reasons})"
    out = [line + "."]
    if run.not_read:
        shown = ", ".join(run.not_read[:5]) + (f" and {len(run.not_read) - 5} more" if len(run.not_read) > 5 else "")
        out.append(f"Not checked: {shown} (not a language rpccheck reads).")
    many = len(run.projects) > 1
    for root, schema, types, files in run.projects:
        where = "Schema" if not many else f"Project {root} ({_n(files, 'file')}): schema"
        out.append(f"{where}: {', '.join(schema) or 'none'}; types: {', '.join(types) or 'none'}.")
    return out


# Every writer is `render(diagnostics, ctx=None) -> str`; a missing ctx means ReportContext().
Writer = Callable[[list[Diagnostic], ReportContext], str]


def _neutralised(writer: Writer, safe: Callable[[str], str]) -> Writer:
    """`writer`, its document passed through `safe`: whatever a name holds, the output
    can be encoded and no line of it is a GitHub workflow command (see _common)."""

    def render(diagnostics: list[Diagnostic], ctx: Optional[ReportContext] = None) -> str:
        return safe(writer(diagnostics, ctx))  # type: ignore[arg-type]

    render.__doc__ = writer.__doc__
    return render


# name -> (module, the `_common` function that makes its document safe); the default first
_WRITERS: dict[str, tuple[str, str]] = {
    "text": ("text", "log_safe_text"),
    "concise": ("concise", "log_safe_text"),
    "json": ("json_format", "log_safe_json"),
    # every line is a command of ours; the data in it is escaped (github.py)
    "github": ("github", "no_surrogates"),
    "sarif": ("sarif", "log_safe_json"),
    "junit": ("junit", "log_safe_xml"),
}


class _Formats(Mapping[str, Writer]):
    """The writers by name, each module imported when its format is first asked for: a
    run that prints JSON does not load the XML library for JUnit."""

    def __init__(self) -> None:
        self._loaded: dict[str, Writer] = {}

    def __getitem__(self, name: str) -> Writer:
        found = self._loaded.get(name)
        if found is None:
            module, safe = _WRITERS[name]  # KeyError for an unknown name, as a dict
            from importlib import import_module

            from . import _common

            writer = import_module(f"{__name__}.{module}").render
            found = self._loaded[name] = _neutralised(writer, getattr(_common, safe))
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(_WRITERS)

    def __len__(self) -> int:
        return len(_WRITERS)


FORMATS: Mapping[str, Writer] = _Formats()
