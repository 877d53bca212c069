"""Baselines for adopting rpccheck in a legacy repository.

Entries are keyed by (path, rule, function, parameter) with a count and no line
numbers, so editing a file does not invalidate them (as ESLint's bulk
suppressions and phpstan's baselines do). A run with `--baseline` hides findings
the baseline covers and reports how many entries no longer match anything.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Callable

from .model import Diagnostic

RelPath = Callable[[str], str]

VERSION = 1


class BaselineError(ValueError):
    pass


def _key(d: Diagnostic, rel: RelPath) -> tuple[str, str, str, str]:
    # paths relative to the project root, so the baseline works from any folder
    return (rel(d.loc.path), d.rule, d.function or "", d.parameter or "")


def write(path: Path, diagnostics: list[Diagnostic], rel: RelPath) -> int:
    counts = Counter(_key(d, rel) for d in diagnostics if d.severity in ("error", "warning"))
    entries = [
        {"path": p, "rule": r, "function": f or None, "parameter": q or None, "count": n}
        for (p, r, f, q), n in sorted(counts.items())
    ]
    path.write_text(
        json.dumps({"version": VERSION, "tool": "rpccheck", "entries": entries}, indent=2) + "\n", encoding="utf-8"
    )
    return len(entries)


def load(path: Path) -> Counter:
    from .sources import read_bytes

    raw, problem = read_bytes(path)
    if raw is None:
        raise BaselineError(f"cannot read baseline {path}: {problem}")
    try:
        data = json.loads(raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as e:
        raise BaselineError(f"baseline {path} is not valid UTF-8 (byte 0x{raw[e.start]:02x})") from None
    except json.JSONDecodeError as e:
        raise BaselineError(f"baseline {path} is not valid JSON: {e}") from None
    except ValueError as e:  # a number of more digits than Python reads as an int (4,300)
        raise BaselineError(f"baseline {path} is not an rpccheck baseline: {str(e).split(';')[0]}") from None
    except RecursionError:
        raise BaselineError(f"baseline {path} is nested too deeply to be an rpccheck baseline") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("entries"), list):
        raise BaselineError(f"baseline {path} is not an rpccheck baseline (version {VERSION})")
    counts: Counter = Counter()
    for entry in data["entries"]:
        try:
            key = (entry["path"], entry["rule"], entry.get("function") or "", entry.get("parameter") or "")
            counts[key] += int(entry["count"])
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
            raise BaselineError(f"baseline {path}: malformed entry {entry!r}") from None
    return counts


def filter_new(diagnostics: list[Diagnostic], baseline: Counter, rel: RelPath) -> tuple[list[Diagnostic], int]:
    """(findings the baseline does not cover, number of stale baseline entries)."""
    remaining = Counter(baseline)
    kept = []
    for d in diagnostics:
        k = _key(d, rel)
        if d.severity in ("error", "warning") and remaining[k] > 0:
            remaining[k] -= 1
        else:
            kept.append(d)
    stale = sum(1 for k, n in remaining.items() if n > 0)
    return kept, stale
