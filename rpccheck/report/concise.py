"""One line per finding, `path:line:col: CODE [rule] message`, then the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..model import Diagnostic
from .text import Style, closing, styled_line

if TYPE_CHECKING:
    from . import ReportContext


def render(diagnostics: list[Diagnostic], ctx: Optional["ReportContext"] = None) -> str:
    from . import ReportContext

    ctx = ctx or ReportContext()
    style = Style(ctx.color)
    lines = [styled_line(d, style) for d in diagnostics]
    if ctx.quiet:
        return "".join(ln + "\n" for ln in lines)
    blocks = ["\n".join(lines)] if lines else []
    blocks += closing(diagnostics, ctx, style)
    return "\n\n".join(blocks) + "\n"
