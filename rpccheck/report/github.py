"""GitHub Actions workflow commands: one `::error|warning|notice ...::message` line per
finding, escaped as actions/toolkit (packages/core/src/command.ts) does, so that no
name or message can end the line and start a command of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..model import Diagnostic
from ._common import GITHUB_COMMAND, clean, display_path

if TYPE_CHECKING:
    from . import ReportContext


def escape_data(text: str) -> str:
    """actions/toolkit's escapeData, after other control characters (ESC, which the log
    viewer reads as colour codes, NUL...) are made visible as the text format shows them."""
    text = "\n".join(clean(part) for part in text.split("\n"))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d: Diagnostic, root=None) -> str:
    loc = d.loc
    path = display_path(loc.path, root)
    props = [("file", path), ("line", str(loc.line))]
    one_line = loc.line == loc.end_line
    if one_line:  # GitHub rejects col/endColumn on a span over several lines
        props.append(("col", str(loc.column)))
    props.append(("endLine", str(loc.end_line)))
    if one_line:
        props.append(("endColumn", str(max(loc.end_column, loc.column))))
    props.append(("title", f"rpccheck ({d.code})"))
    message = f"{path}:{loc.line}:{loc.column}: {d.code} [{d.rule}] {d.message}"
    if d.help:
        message += "\n  help: " + "\n        ".join(d.help.splitlines())
    if d.definition:
        message += f"\n  defined at {display_path(d.definition.path, root)}:{d.definition.line}"
    command = GITHUB_COMMAND.get(d.severity, "warning")
    properties = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{command} {properties}::{escape_data(message)}"


def render(diagnostics: list[Diagnostic], ctx: Optional["ReportContext"] = None) -> str:
    root = ctx.root if ctx is not None else None
    return "".join(annotation(d, root) + "\n" for d in diagnostics)
