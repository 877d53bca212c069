"""One check, start to finish: config → schema catalog + call sites → diagnostics.

Data flows one way. Rules never see configuration: selection, severity overrides,
per-file ignores, inline suppressions and the baseline are applied to the
finished list of findings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import baseline as baseline_mod
from . import cache, suppress
from .callers import FileScan, read_calls
from .config import Config
from .discover import TYPES_LOCATIONS, SourceFile, Walker, schema_sources
from .model import Diagnostic, Function, Location, RpcCall
from .parallel import Deferred
from .platform import with_platform
from .policy import Policy
from .resolve import Index, Resolver, Settings
from .rules import make_diagnostic
from .sources import display_path
from .sql.catalog import Catalog
from .sql.replay import load_catalog


PARALLEL_SQL_BYTES = 512 * 1024
PARALLEL_CODE_FILES = 3000


def _read_schema(files: list[SourceFile], cache_key: Optional[str]) -> Catalog:
    catalog = load_catalog([f.path for f in files], sources=[f.source for f in files])
    catalog.release_sources()  # not needed past loading, nor worth pickling
    if cache_key is not None:
        cache.store("catalog", cache_key, catalog)
    return catalog


def _scan(files: list[Path]) -> list[tuple[Path, FileScan]]:
    return [(path, read_calls(path)) for path in files]


def _read_types(path: Path, use_cache: bool) -> tuple[list[Function], list[Diagnostic]]:
    from . import typegen

    shown = display_path(path)
    return cache.cached("types", [(shown, "types", path)], lambda: typegen.read_types(path, shown), use_cache,
                        valid=lambda value: isinstance(value, tuple) and len(value) == 2)


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


class RunError(Exception):
    """A usage problem (missing schema path, unreadable baseline): exit 2."""


@dataclass
class Options:
    paths: list[Path] = field(default_factory=list)
    schema: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    include: Optional[list[str]] = None
    exclude: Optional[list[str]] = None
    force_exclude: bool = False
    select: Optional[list[str]] = None
    ignore: Optional[list[str]] = None
    default_schema: Optional[str] = None
    exposed_schemas: Optional[list[str]] = None
    baseline: Optional[Path] = None
    use_cache: bool = True


@dataclass
class Result:
    diagnostics: list[Diagnostic]
    catalog: Catalog
    sources: list[SourceFile] = field(default_factory=list)
    type_files: list[str] = field(default_factory=list)
    calls: list[RpcCall] = field(default_factory=list)
    files_checked: int = 0
    whole_project: bool = False
    stale_baseline: int = 0
    all_diagnostics: list[Diagnostic] = field(default_factory=list)  # before the baseline


def check(code_paths, schema_paths, settings: Settings | None = None) -> Result:
    """Check code under `code_paths` against explicit schema files (library use, tests)."""
    cfg = Config(root=Path.cwd())
    if settings is not None:
        cfg.default_schema = settings.default_schema
        cfg.exposed_schemas = settings.exposed_schemas
        cfg.exposed_source = "settings" if settings.exposed_explicit else ""
    return run(cfg, Options(paths=[Path(p) for p in code_paths], schema=[str(p) for p in schema_paths]))


def run(cfg: Config, opts: Options) -> Result:
    sources, missing = schema_sources(cfg, opts.schema)
    if missing:
        origin = "" if opts.schema or cfg.file is None else f" (`schema` in {display_path(cfg.file)})"
        raise RunError(f"schema path not found: {missing[0]}{origin}")
    if not sources:
        raise RunError(
            "no schema found: pass --schema FILE_OR_DIR or set `schema` in [tool.rpccheck]; looked for "
            "supabase/migrations/, supabase/schemas/, supabase/seed.sql, full.sql, schema.sql under "
            f"{display_path(cfg.root) or '.'}"
        )
    applied = [s for s in sources if s.applied]
    key, cached_catalog = cache.probe("catalog", [(display_path(f.path), f.source, f.path) for f in applied],
                                      opts.use_cache, valid=lambda value: isinstance(value, Catalog))
    pending = None
    if cached_catalog is None:
        # a big schema is read in a forked child while this process reads the code
        sql_bytes = sum(_size(s.path) for s in applied)
        pending = Deferred(_read_schema, applied, key, fork=sql_bytes >= PARALLEL_SQL_BYTES)
    diagnostics: list[Diagnostic] = []
    for s in sources:
        if not s.applied:
            diagnostics.append(make_diagnostic(
                "skipped-schema-file", f"{display_path(s.path)} was not applied: {s.why}",
                Location(display_path(s.path), 1, 1)))

    # what to check: the given paths; a schema file among them means every caller
    given = opts.paths or [Path(".")]
    schema_set = {os.path.realpath(s.path) for s in sources}
    whole = any(p.suffix.lower() == ".sql" or os.path.realpath(p) in schema_set for p in given if p.is_file())
    code_paths = [p for p in given if not (p.is_file() and p.suffix.lower() == ".sql")]
    if whole:
        code_paths = [cfg.root]
    walker = Walker(cfg, opts.include, opts.exclude)
    files = list(walker.walk(code_paths, force_exclude=opts.force_exclude))

    # with the schema already in hand, the other core reads half of a big tree
    split = cached_catalog is not None and len(files) >= PARALLEL_CODE_FILES
    other_half = Deferred(_scan, files[1::2], fork=split) if split else None
    mine = _scan(files[0::2] if split else files)
    if other_half is not None:
        theirs = other_half.result()
        scanned = [pair for two in zip(mine, theirs) for pair in two] + mine[len(theirs):]
    else:
        scanned = mine
    # what one file takes from another: imported constants, wrapper helpers (ts_project)
    from .callers.ts_project import check_calls, link

    scanned = link(cfg.root, files, scanned)

    # generated types: configured, else discovered in the project
    type_paths = type_files(cfg, opts.types, code_paths, walker)
    type_fns: list[Function] = []
    type_files_shown = []
    if type_paths:
        from . import typegen

        for tp in type_paths:
            fns, diags = _read_types(tp, opts.use_cache)
            type_fns.extend(fns)
            diagnostics.extend(diags)
            type_files_shown.append(display_path(tp))

    catalog = pending.result() if pending is not None else cached_catalog
    diagnostics.extend(catalog.diagnostics)
    functions: list[Function] = catalog.all_functions()
    if type_paths:
        diagnostics.extend(typegen.compare(functions, type_fns))
        functions = typegen.merge(functions, type_fns)

    exposed = tuple(opts.exposed_schemas) if opts.exposed_schemas else cfg.exposed_schemas
    settings = Settings(
        default_schema=opts.default_schema or cfg.default_schema,
        exposed_schemas=exposed,
        exposed_explicit=bool(opts.exposed_schemas) or bool(cfg.exposed_source),
    )
    seen_clients = {schema: (display_path(path), line) for path, scan in scanned
                    for schema, line in scan.client_schemas}

    def client_schemas() -> dict[str, tuple[str, int]]:
        # a run on single files (pre-commit) has not read the file that creates the client
        return seen_clients if any(p.is_dir() for p in code_paths) else _project_client_schemas(cfg)

    index = Index(with_platform(functions), catalog.dynamic_creates, catalog.dynamic_drop_of)
    resolver = Resolver(index, settings, client_schemas)
    calls: list[RpcCall] = []
    suppressions: dict[str, list[suppress.Suppression]] = {}
    for path, (file_calls, file_diags, text, _clients) in scanned:
        diagnostics.extend(file_diags)
        calls.extend(file_calls)
        diagnostics.extend(check_calls(resolver, file_calls))
        if text is not None and suppress.MARKER in text:
            shown = display_path(path)
            suppressions[shown] = suppress.parse(shown, text)
    for s in sources:
        if s.applied:
            _sql_suppressions(s.path, suppressions)

    policy = Policy(
        select=opts.select if opts.select is not None else cfg.select,
        ignore=opts.ignore if opts.ignore is not None else cfg.ignore,
        per_file_ignores=cfg.per_file_ignores,
        severity=cfg.severity,
        root=cfg.root,
    )
    diagnostics = policy.apply(diagnostics)
    diagnostics = suppress.apply(diagnostics, suppressions, policy.is_enabled("unused-suppression"),
                                 policy.disabled)
    diagnostics.sort(key=Diagnostic.sort_key)
    result = Result(diagnostics, catalog, sources, type_files_shown, calls, len(files), whole,
                    all_diagnostics=list(diagnostics))
    if opts.baseline is not None:
        try:
            counts = baseline_mod.load(opts.baseline)
        except baseline_mod.BaselineError as e:
            raise RunError(str(e)) from None
        result.diagnostics, result.stale_baseline = baseline_mod.filter_new(diagnostics, counts, policy.root_relative)
    return result


def _project_client_schemas(cfg: Config) -> dict[str, tuple[str, int]]:
    from .callers import client_schemas

    found: dict[str, tuple[str, int]] = {}
    for path in Walker(cfg).walk([cfg.root]):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for schema, line in client_schemas(data):
            found.setdefault(schema, (display_path(path), line))
    return found


def type_files(cfg: Config, explicit: list[str], code_paths: list[Path], walker: Optional[Walker] = None) -> list[Path]:
    """Generated types to read: given (`--types`, else `types` in the config), else found
    under the folders checked (`walker` has walked them), else at the usual places."""
    wanted = explicit or cfg.types
    if wanted:
        base = Path.cwd() if explicit else cfg.root
        out = []
        for raw in wanted:
            p = Path(raw) if Path(raw).is_absolute() else base / raw
            if not p.is_file():
                raise RunError(f"types file not found: {raw}")
            out.append(p)
        return out
    if any(p.is_dir() for p in code_paths):
        # the folders being checked are the scope: a sibling app's types are not ours
        if walker is None:
            walker = Walker(cfg)
            for _ in walker.walk(code_paths):
                pass
        return walker.types_found
    # only files were passed (as pre-commit does): the project's types at the usual places
    return [cfg.root / rel for rel in TYPES_LOCATIONS if (cfg.root / rel).is_file()]


def _sql_suppressions(path: Path, out: dict[str, list[suppress.Suppression]]) -> None:
    try:
        data = path.read_bytes()
    except OSError:
        return
    if suppress.MARKER.encode() not in data:
        return
    shown = display_path(path)
    out[shown] = suppress.parse(shown, data.decode("utf-8", "replace"))


__all__ = ["Options", "Result", "RunError", "check", "run", "type_files"]
