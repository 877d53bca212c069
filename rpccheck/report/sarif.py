"""SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule described in
`tool.driver.rules`, one result per finding. Columns are UTF-16 code units (SARIF's
default `columnKind`); end columns point one past the span, as SARIF wants. No value
is ever an empty string (code scanning rejects those)."""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import quote

from ..model import Definition, Diagnostic, Location
from ..rules import RULES, Rule
from ._common import SARIF_LEVEL, display_path

if TYPE_CHECKING:
    from . import ReportContext

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/rpccheck/"
SRCROOT = "%SRCROOT%"


def _fence(code: str) -> str:
    ticks = "```"
    while ticks in code:
        ticks += "`"
    return f"{ticks}\n{code}\n{ticks}"


def help_text(rule: Rule) -> str:
    return (
        f"{rule.what}\n\nWhy is this bad?\n{rule.why}\n\nExample:\n{rule.example}\n\nUse instead:\n{rule.use_instead}"
    )


def help_markdown(rule: Rule) -> str:
    return (
        f"## What it does\n{rule.what}\n\n"
        f"## Why is this bad?\n{rule.why}\n\n"
        f"## Example\n{_fence(rule.example)}\n\n"
        f"Use instead:\n{_fence(rule.use_instead)}"
    )


def rule_descriptor(rule: Rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {"text": help_text(rule), "markdown": help_markdown(rule)},
        "defaultConfiguration": {"level": SARIF_LEVEL.get(rule.severity, "warning")},
    }


def artifact_location(path: str, root) -> dict:
    shown = display_path(path, root)
    if PurePath(shown).is_absolute():
        prefix, shown = "file://", Path(shown).as_posix()
        base = {}
    else:
        prefix, base = "", {"uriBaseId": SRCROOT}
    try:  # a file name that is not UTF-8 stands for its original bytes
        uri = quote(shown, safe="/", errors="surrogateescape")
    except UnicodeEncodeError:
        uri = quote(shown, safe="/", errors="replace")
    return {"uri": prefix + uri, **base}


def region(loc: Location) -> dict:
    start_line = max(1, loc.line)
    end_line = max(start_line, loc.end_line)
    start_col = max(1, loc.column_utf16)
    end_col = max(1, loc.end_column_utf16)
    if end_line == start_line:
        end_col = max(start_col, end_col)
    return {"startLine": start_line, "startColumn": start_col, "endLine": end_line, "endColumn": end_col}


def _related(d: Diagnostic, definition: Definition, root) -> dict:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(definition.path, root)}
    if definition.line >= 1:
        physical["region"] = {"startLine": definition.line}
    what = f"`{d.function}`" if d.function else "the function"
    return {"id": 1, "physicalLocation": physical, "message": {"text": f"Definition of {what}"}}


def result(d: Diagnostic, rule_index: dict[str, int], root) -> dict:
    text = d.message or rule_summary(d.code) or d.code
    if d.help:
        text += f"\nhelp: {d.help}"
    out: dict[str, Any] = {"ruleId": d.code}
    if d.code in rule_index:
        out["ruleIndex"] = rule_index[d.code]
    out["level"] = SARIF_LEVEL.get(d.severity, "warning")
    out["message"] = {"text": text}
    out["locations"] = [
        {
            "physicalLocation": {
                "artifactLocation": artifact_location(d.loc.path, root),
                "region": region(d.loc),
            }
        }
    ]
    if d.definition and d.definition.path:
        out["relatedLocations"] = [_related(d, d.definition, root)]
    props = {
        k: v
        for k, v in (
            ("rule", d.rule),
            ("function", d.function),
            ("parameter", d.parameter),
            ("suggestion", d.suggestion),
        )
        if v
    }
    if props:
        out["properties"] = props
    return out


def rule_summary(code: str) -> Optional[str]:
    return next((r.summary for r in RULES if r.code == code), None)


def _prune(value):
    """Drop None and empty-string values from objects (SARIF consumers reject "")."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v is not None and v != ""}
    if isinstance(value, list):
        return [_prune(v) for v in value if v is not None and v != ""]
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates (undecodable file names)
            return value.encode("utf-8", "replace").decode("utf-8")
    return value


def to_sarif(diagnostics: list[Diagnostic], ctx=None) -> dict:
    from .. import __version__

    root = ctx.root if ctx is not None else None
    version = (ctx.tool_version if ctx is not None else "") or __version__
    rule_index = {r.code: i for i, r in enumerate(RULES)}
    driver = {
        "name": "rpccheck",
        "version": version,
        "informationUri": INFORMATION_URI,
        "rules": [rule_descriptor(r) for r in RULES],
    }
    run = {
        "tool": {"driver": driver},
        "columnKind": "utf16CodeUnits",
        "results": [result(d, rule_index, root) for d in diagnostics],
    }
    return _prune({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]})


def render(diagnostics: list[Diagnostic], ctx: Optional["ReportContext"] = None) -> str:
    return json.dumps(to_sarif(diagnostics, ctx), indent=2, ensure_ascii=False) + "\n"
