"""`path:line:col: CODE [rule] message`, one finding per line."""

from __future__ import annotations

from ..model import Diagnostic


def line(d: Diagnostic) -> str:
    return f"{d.loc.path}:{d.loc.line}:{d.loc.column}: {d.code} [{d.rule}] {d.message}"


def render(diagnostics: list[Diagnostic]) -> str:
    from . import summary

    out = [line(d) for d in diagnostics]
    out.append(summary(diagnostics))
    return "\n".join(out) + "\n"
