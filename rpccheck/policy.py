"""Which findings a run reports, and at what severity: `severity` overrides,
`--select`/`--ignore`, `per-file-ignores`. Decided here, never inside rules."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


from .model import Diagnostic
from .rules import RULES, Rule, lookup


def expand_selectors(selectors: list[str]) -> frozenset[str]:
    """Rule names matched by codes, names, code prefixes (`RPC0`) or `ALL`."""
    out: set[str] = set()
    for s in selectors:
        if s.upper() == "ALL":
            out.update(r.name for r in RULES)
            continue
        r = lookup(s)
        if r is not None:
            out.add(r.name)
            continue
        out.update(r.name for r in RULES if r.code.startswith(s.upper()))
    return frozenset(out)


@dataclass
class Policy:
    """Which rules apply where, and at what severity: applied to finished findings."""

    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    root: Path = Path(".")

    def __post_init__(self) -> None:
        # with no selection, the rules that are on by default (opt-in rules need naming)
        self.enabled = (
            expand_selectors(self.select) if self.select else frozenset(r.name for r in RULES if r.on_by_default)
        )
        self.enabled -= expand_selectors(self.ignore)
        if self.per_file_ignores:
            # checked as `include`/`exclude` globs are (a bad or overlong one is a usage error,
            # PatternError), and compiled only when the config has per-file ignores
            from .discover import compile_globs

            self._per_file = [
                (compile_globs([glob], "per-file-ignores"), expand_selectors(rules))
                for glob, rules in self.per_file_ignores.items()
            ]
        else:
            self._per_file = []
        self._root = os.path.realpath(self.root)

    @property
    def disabled(self) -> frozenset[str]:
        return frozenset(r.name for r in RULES) - self.enabled

    def is_enabled(self, rule: str | Rule) -> bool:
        return (rule.name if isinstance(rule, Rule) else rule) in self.enabled

    def root_relative(self, shown_path: str) -> str:
        rel = os.path.relpath(os.path.realpath(shown_path), self._root)
        return rel.replace(os.sep, "/")

    def apply(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        out = []
        cache: dict[str, frozenset[str]] = {}
        for d in diagnostics:
            if d.rule not in self.enabled:
                continue
            if self._per_file:
                ignored = cache.get(d.loc.path)
                if ignored is None:
                    rel = self.root_relative(d.loc.path)
                    ignored = frozenset().union(*(names for spec, names in self._per_file if spec.match_file(rel)))
                    cache[d.loc.path] = ignored
                if d.rule in ignored:
                    continue
            if d.rule in self.severity:
                d.severity = self.severity[d.rule]
            out.append(d)
        return out
