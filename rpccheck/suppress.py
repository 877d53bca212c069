"""Inline suppressions: `// rpccheck-ignore[rule, CODE]: reason`.

A comment after code applies to its own line; a comment alone on its line applies
to the next line. When a line it applies to is the first line of an `.rpc()` call, it
covers the whole call: a multi-line call's findings are often lines below its start.
`/* */`, `#` and `--` comments work the same way. A suppression that matches no finding
is itself reported (`unused-suppression`), as ruff's RUF100.

Parsing and applying are linear in the file and in the findings: line numbers are counted
once, in one pass, and findings are matched through an index by line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from .model import SAFE, Diagnostic, Edit, Fix, Location
from .rules import lookup, make_diagnostic

MARKER = "rpccheck-ignore"
_COMMENT = re.compile(r"(?P<lead>//|/\*|#|--)[ \t]*rpccheck-ignore(?:\[(?P<rules>[^\]\n]*)\])?(?P<rest>[^\n]*)")


@dataclass
class Suppression:
    """One inline suppression comment, and the rules it names."""

    path: str
    line: int
    column: int
    end_column: int
    rules: Optional[frozenset[str]]  # rule names; None: every rule
    unknown: list[str]
    targets: frozenset[int]
    used: bool = False
    text: str = ""
    # what deleting the comment removes (the whole line when it stands alone), and the
    # text found there; None for a /* */ comment, which may share its line with code
    removal: Optional[Edit] = None

    # lines of the calls that start on a target line: (first, last)
    spans: tuple[tuple[int, int], ...] = ()

    def covers(self, d: Diagnostic) -> bool:
        return self.covers_line(d.loc.line) and (self.rules is None or d.rule in self.rules)

    def covers_line(self, line: int) -> bool:
        return line in self.targets or any(a <= line <= b for a, b in self.spans)


def parse(path: str, text: str, calls: Iterable[tuple[int, int]] = ()) -> list[Suppression]:
    """The suppression comments of a file. `calls` are (first line, last line) of its
    `.rpc()` calls: a comment that applies to a call's first line covers the call."""
    if MARKER not in text:
        return []
    out = []
    lines = text.split("\n")
    line_no, counted_to, line_start = 1, 0, 0
    for m in _COMMENT.finditer(text):
        newline = text.rfind("\n", counted_to, m.start())
        if newline != -1 or counted_to == 0:
            # the first comment on its line: is it alone there?
            line_no += text.count("\n", counted_to, m.start())
            line_start = newline + 1 if newline != -1 else 0
            alone = text[line_start : m.start()].strip() == ""
        else:
            alone = False  # another comment comes before it on the same line
        counted_to = m.start()
        before = text[line_start : m.start()]  # what precedes the comment on its line
        rules: Optional[set[str]] = None
        unknown: list[str] = []
        if m.group("rules") is not None:
            rules = set()
            for raw in m.group("rules").split(","):
                raw = raw.strip()
                if not raw:
                    continue
                r = lookup(raw)
                if r is None:
                    unknown.append(raw)
                else:
                    rules.add(r.name)
        targets = {line_no}
        if alone:
            nxt = line_no + 1
            while nxt <= len(lines) and not lines[nxt - 1].strip():
                nxt += 1  # the next line with code
            targets.add(nxt)
        col = m.start() - line_start + 1
        end_col = col + len(m.group(0).rstrip())
        removal = None
        if m.group("lead") != "/*":
            if alone:
                nl = text.find("\n", m.end())
                if nl >= 0:
                    span = Location(path, line_no, 1, line_no + 1, 1)
                    removal = Edit(span, "", text[line_start : nl + 1])
                else:
                    span = Location(path, line_no, 1, line_no, end_col)
                    removal = Edit(span, "", text[line_start : m.start()] + m.group(0).rstrip())
            else:
                start_col = len(before.rstrip()) + 1
                removal = Edit(
                    Location(path, line_no, start_col, line_no, end_col),
                    "",
                    text[line_start + start_col - 1 : m.start()] + m.group(0).rstrip(),
                )
        out.append(
            Suppression(
                path,
                line_no,
                col,
                end_col,
                frozenset(rules) if rules is not None else None,
                unknown,
                frozenset(targets),
                text=m.group(0).strip(),
                removal=removal,
            )
        )
    spans_from: dict[int, list[tuple[int, int]]] = {}
    for first, last in calls:
        if last > first:
            spans_from.setdefault(first, []).append((first, last))
    if spans_from:
        for s in out:
            found = [span for t in s.targets for span in spans_from.get(t, ())]
            if found:
                s.spans = tuple(found)
    return out


def apply(
    diagnostics: list[Diagnostic],
    suppressions: dict[str, list[Suppression]],
    report_unused: bool,
    ignored_rules: frozenset[str] = frozenset(),
) -> list[Diagnostic]:
    """Drop suppressed findings; add `unused-suppression` for comments that matched
    nothing (unless the rules they name are disabled anyway)."""
    # (path, line) -> the suppressions that cover it, in file order
    by_line: dict[tuple[str, int], list[Suppression]] = {}
    for path, sups in suppressions.items():
        for s in sups:
            lines = set(s.targets)
            for a, b in s.spans:
                lines.update(range(a, b + 1))
            for ln in lines:
                by_line.setdefault((path, ln), []).append(s)
    kept = []
    for d in diagnostics:
        hit = next((s for s in by_line.get((d.loc.path, d.loc.line), ()) if s.covers(d)), None)
        if hit is not None:
            hit.used = True
        else:
            kept.append(d)
    if not report_unused:
        return kept
    for path, sups in suppressions.items():
        for s in sups:
            loc = Location(path, s.line, s.column, s.line, s.end_column)
            if s.unknown:
                kept.append(
                    make_diagnostic(
                        "unused-suppression",
                        f"unknown rule {', '.join(f'`{u}`' for u in s.unknown)} in `{s.text}`",
                        loc,
                        help="use rule names or codes from `rpccheck rule`",
                    )
                )
                continue
            if s.used:
                continue
            if s.rules is not None and s.rules <= ignored_rules:
                continue
            what = ", ".join(sorted(s.rules)) if s.rules else "any rule"
            where = (
                f"in the call on lines {s.spans[0][0]}-{max(b for _, b in s.spans)}"
                if s.spans
                else f"on line {max(s.targets)}"
            )
            fix = Fix("Remove the unused suppression", (s.removal,), SAFE) if s.removal is not None else None
            kept.append(
                make_diagnostic(
                    "unused-suppression",
                    f"unused suppression: no {what} finding {where}",
                    loc,
                    help="remove the comment",
                    fix=fix,
                )
            )
    return kept
