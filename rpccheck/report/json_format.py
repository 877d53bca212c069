"""A JSON array of findings; the field names are a contract other tools read."""

from __future__ import annotations

import json

from ..model import Diagnostic
from ._common import no_surrogates


def to_dict(d: Diagnostic) -> dict:
    return {
        "code": d.code,
        "rule": d.rule,
        "severity": d.severity,
        "message": d.message,
        "path": d.loc.path,
        "line": d.loc.line,
        "column": d.loc.column,
        "end_line": d.loc.end_line,
        "end_column": d.loc.end_column,
        "function": d.function,
        "parameter": d.parameter,
        "suggestion": d.suggestion,
        "definition": {"path": d.definition.path, "line": d.definition.line} if d.definition else None,
        "help": d.help,
    }


def render(diagnostics: list[Diagnostic], ctx=None) -> str:
    # a lone surrogate (a JavaScript string's, a non-UTF-8 file name's) cannot be encoded
    return no_surrogates(json.dumps([to_dict(d) for d in diagnostics], indent=2, ensure_ascii=False)) + "\n"
