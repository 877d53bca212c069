"""One check, start to finish: schema catalog + call sites → diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .callers import iter_code_files, read_calls
from .model import Diagnostic, RpcCall
from .resolve import Index, Resolver, Settings
from .sql.catalog import Catalog, load_catalog


@dataclass
class Result:
    diagnostics: list[Diagnostic]
    catalog: Catalog
    calls: list[RpcCall] = field(default_factory=list)
    files_checked: int = 0


def expand_schema_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; directories as their *.sql files in name order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*.sql") if q.is_file()))
        else:
            out.append(p)
    return out


def check(code_paths: Iterable[Path], schema_paths: Iterable[Path], settings: Settings | None = None) -> Result:
    settings = settings or Settings()
    catalog = load_catalog(expand_schema_paths(schema_paths))
    resolver = Resolver(Index(catalog.all_functions()), settings)
    diagnostics = list(catalog.diagnostics)
    calls: list[RpcCall] = []
    n = 0
    for path, _explicit in iter_code_files(code_paths):
        n += 1
        file_calls, file_diags = read_calls(path)
        diagnostics.extend(file_diags)
        calls.extend(file_calls)
        for call in file_calls:
            diagnostics.extend(resolver.check(call))
    diagnostics.sort(key=Diagnostic.sort_key)
    return Result(diagnostics, catalog, calls, n)
