"""Output formats, by name. Each writer turns diagnostics into text and never decides
what is reported: selection, suppression and exit codes happen before."""

from __future__ import annotations

from typing import Callable

from ..model import Diagnostic
from . import json_format, text

Writer = Callable[[list[Diagnostic]], str]

FORMATS: dict[str, Writer] = {
    "text": text.render,
    "json": json_format.render,
}


def summary(diagnostics: list[Diagnostic]) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in diagnostics:
        counts[d.severity] = counts.get(d.severity, 0) + 1
    if not diagnostics:
        return "All checks passed: no findings."
    parts = [f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}" for sev, n in counts.items() if n]
    total = len(diagnostics)
    return f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)})."
