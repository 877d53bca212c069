"""JUnit XML, for CI systems that show test reports: one suite named `rpccheck`, one
failing test case per finding, and a single passing case for a clean run so the CI
shows a pass rather than an empty report."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Optional

from ..model import Diagnostic
from ._common import display_path

if TYPE_CHECKING:
    from . import ReportContext

# characters XML 1.0 cannot carry at all, not even as character references
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL_XML.sub("\ufffd", text)


def details(d: Diagnostic, root=None) -> str:
    """The finding as the text format's first line shows it (paths relative to `root`
    when given), then its help and where the function is defined."""
    path = display_path(d.loc.path, root)
    out = [f"{path}:{d.loc.line}:{d.loc.column}: {d.code} [{d.rule}] {d.message}"]
    if d.help:
        out.append(f"help: {d.help}")
    if d.definition:
        out.append(f"defined at {display_path(d.definition.path, root)}:{d.definition.line}")
    return "\n".join(out)


def to_xml(diagnostics: list[Diagnostic], ctx=None) -> ET.Element:
    root_dir = ctx.root if ctx is not None else None
    n = len(diagnostics)
    counts = {"tests": str(max(n, 1)), "failures": str(n), "errors": "0"}
    suites = ET.Element("testsuites", {"name": "rpccheck", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "rpccheck", **counts, "skipped": "0"})
    for d in diagnostics:
        path = xml_text(display_path(d.loc.path, root_dir))
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "name": f"{path}:{d.loc.line}:{d.loc.column} {xml_text(d.code)}",
                "classname": path,
            },
        )
        failure = ET.SubElement(case, "failure", {"message": xml_text(d.message), "type": xml_text(d.code)})
        failure.text = xml_text(details(d, root_dir))
    if not diagnostics:
        ET.SubElement(suite, "testcase", {"name": "rpccheck", "classname": "rpccheck"})
    return suites


def render(diagnostics: list[Diagnostic], ctx: Optional["ReportContext"] = None) -> str:
    tree = to_xml(diagnostics, ctx)
    ET.indent(tree)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, encoding="unicode") + "\n"
