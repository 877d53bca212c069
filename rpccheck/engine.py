"""One check, start to finish: config → schema catalog + call sites → diagnostics.

Data flows one way. Rules never see configuration: selection, severity overrides,
per-file ignores, inline suppressions and the baseline are applied to the
finished list of findings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from . import baseline as baseline_mod
from . import cache, suppress
from .callers import FileScan, read_calls
from .checks import silent
from .config import Config
from .discover import TYPES_LOCATIONS, PatternError, SourceFile, Walker, schema_sources
from .model import Diagnostic, Function, Location, RpcCall
from .parallel import Deferred, Shared
from .policy import Policy
from .project import Project, ProjectMap, TypesFile, project_config
from .resolve import Index, Resolver, Settings
from .rules import make_diagnostic
from .sources import MAX_SQL_BYTES, display_path, read_bytes, read_text_file
from .sql.catalog import Catalog


def load_catalog(paths, sources=None) -> Catalog:
    """The SQL reader (sql.replay), imported only when a schema is read: a run the cache
    answers does not load it, nor its parser and lexers."""
    from .sql.replay import load_catalog as read

    return read(paths, sources=sources)


PARALLEL_SQL_BYTES = 512 * 1024
PARALLEL_CODE_FILES = 1000


def _read_schema(files: list[SourceFile], slot: Optional[cache.Slot]) -> Catalog:
    catalog = _load_schema(files)
    if slot is not None:
        cache.store(slot, catalog)
    return catalog


def _load_schema(files: list[SourceFile]) -> Catalog:
    catalog = load_catalog([f.path for f in files], sources=[f.source for f in files])
    catalog.release_sources()  # not needed past loading, nor worth caching
    return catalog


def _paths_bytes(paths: list[Path]) -> bytes:
    return "\0".join(os.fspath(p) for p in paths).encode("utf-8", "surrogateescape")


def _path_texts(data: bytes) -> list[str]:
    return data.decode("utf-8", "surrogateescape").split("\0") if data else []


def _bytes_paths(data: bytes) -> list[Path]:
    return [Path(p) for p in _path_texts(data)]


# A scan of this many files or more leaves out of each parse the top-level declarations its
# calls do not need (callers/ts_partial: a third of the bytes parsed on the large corpus);
# a smaller run (a pre-commit hook's) parses each file whole, as the project linker then
# reads the same trees again.
PARTIAL_PARSE_FILES = 64
_partial_scan = [False]  # this run's choice, made once its files are known (in each process)


def _scan_items(data: bytes) -> list[str]:
    """The files a forked child is handed, as text (a Path is made for each file it scans,
    a sixth of them, not for all: 40 ms on the large corpus), and the run's choice above."""
    files = _path_texts(data)
    _partial_scan[0] = len(files) >= PARTIAL_PARSE_FILES
    return files


def _scan_chunk(files: Union[list[Path], list[str]]) -> list[Optional[FileScan]]:
    """Scans of a chunk of files, None for a file with nothing in it (most files): what a
    forked worker sends back is only what the files hold (not their paths, which are slow
    to unpickle, nor thousands of empty scans)."""
    out: list[Optional[FileScan]] = []
    partial = _partial_scan[0]
    for path in files:
        scan = read_calls(path if isinstance(path, Path) else Path(path), partial)
        empty = not (scan.calls or scan.diagnostics or scan.client_schemas or scan.types_file) and scan.text is None
        out.append(None if empty else scan)
    return out


def _types_reader(
    path: Path, use_cache: bool, tree: Path
) -> tuple[Callable[[], tuple[list[Function], list[Diagnostic]]], str]:
    """(reads the types file: (functions, findings), from its cache entry when there is
    one; the cache key of its content, "" when not cached). Only the key is computed
    here: a run whose derived facts are cached never reads the file nor its entry."""
    shown = display_path(path)
    slot = cache.slot_for("types", [(shown, "types", path)], use_cache, tree=tree)

    def load() -> tuple[list[Function], list[Diagnostic]]:
        return _types_value(path, shown, slot)

    return load, slot.key if slot is not None else ""


def _types_value(
    path: Path, shown: str, slot: Optional[cache.Slot], stores: Optional[list] = None
) -> tuple[list[Function], list[Diagnostic]]:
    """A types file's (functions, findings): its cache entry's, else read and stored (or,
    given `stores`, the store left to whoever holds the list: the schema child stores
    after sending its results, off the parent's path)."""
    hit = cache.load(slot) if slot is not None else None
    if hit is not None and _valid_types(hit):
        return hit
    value = _read_types_file(path, shown)
    if slot is not None:
        if stores is None:
            cache.store(slot, value)
        else:
            stores.append((slot, value))
    return value


def _read_types_file(path: Path, shown: str) -> tuple[list[Function], list[Diagnostic]]:
    from . import typegen

    try:
        return typegen.read_types(path, shown)
    except RecursionError:  # a safety net: one types file never ends the run
        return [], [
            make_diagnostic("source-error", "nested too deeply to read; its types were not used", Location(shown, 1, 1))
        ]


@dataclass
class _TypesAhead:
    """A project's types files read and compared with its catalog in the forked child that
    read the catalog, beside this process's code scan (a 2 MB database.types.ts costs
    0.4-0.6 s to read and compare: serial work after the scan otherwise). Used by the
    parent only when the run ends up with the same types files for the project (a types
    file found by its content during the scan is not known before it)."""

    paths: list[str]
    facts: tuple  # what Project.build takes from the types: see project._types_facts
    # entries to store once the results are sent (kind's slot, value), off the parent's path
    stores: list = field(default_factory=list)

    def __reduce__(self):
        # what the child sends the parent: not the entries it stores itself (the types
        # file's functions and its facts again: on the large corpus 629 KB of a 1.05 MB
        # payload, pickled in the child and unpickled here after the scan, in the run's tail)
        return (_TypesAhead, (self.paths, self.facts))


def _types_ahead(catalog: Catalog, paths: list[Path], use_cache: bool, tree: Path, catalog_key: str):
    """A _TypesAhead for `paths` against `catalog`, or None (nothing to do, or it failed:
    the parent then reads them itself, as it would have)."""
    if not paths:
        return None
    from .project import _types_facts, _types_facts_parts

    try:
        types: list[TypesFile] = []
        stores: list = []
        for tp in paths:
            shown = display_path(tp)
            slot = cache.slot_for("types", [(shown, "types", tp)], use_cache, tree=tree)
            functions, found = _types_value(tp, shown, slot, stores)
            types.append(TypesFile(tp, shown, functions, cache_key=slot.key if slot is not None else ""))
            types[-1].read_diagnostics = found
        facts = _types_facts(catalog, types)
        parts = _types_facts_parts(catalog_key, types)
        if parts is not None:
            facts_slot = cache.slot_by_key("types-facts", parts, use_cache, tree=tree)
            if facts_slot is not None:
                stores.append((facts_slot, facts))
        return _TypesAhead([os.fspath(p) for p in paths], facts, stores)
    except Exception:
        return None


def _store_read(slots: list[Optional[cache.Slot]], read: tuple[list[Catalog], list[Optional[_TypesAhead]]]) -> None:
    """Store what the schema child read (each catalog in its slot, and the types entries it
    made), after it has sent its results."""
    catalogs, ahead = read
    for slot, found in zip(slots, catalogs):
        if slot is not None:
            cache.store(slot, found)
    for a in ahead:
        for entry, value in a.stores if a is not None else []:
            cache.store(entry, value)


def _valid_types(value) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, list) for v in value)
        and all(isinstance(f, Function) for f in value[0])
        and all(isinstance(d, Diagnostic) for d in value[1])
    )


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def _valid_catalog(value) -> bool:
    """What the engine reads of a cached catalog has the shape it needs."""
    # routines in columns (cachecodec.FunctionTable) were checked whole when decoded
    table = isinstance(value, Catalog) and isinstance(value.functions, cache.cachecodec.FunctionTable)
    return (
        isinstance(value, Catalog)
        and (table or isinstance(value.functions, dict))
        and isinstance(value.diagnostics, list)
        and (
            table
            or all(
                isinstance(k, tuple) and isinstance(v, list) and all(isinstance(f, Function) for f in v)
                for k, v in value.functions.items()
            )
        )
        and all(isinstance(d, Diagnostic) for d in value.diagnostics)
        and isinstance(value.dynamic_creates, list)
        and isinstance(value.dynamic_drops, list)
    )


class RunError(Exception):
    """A usage problem (missing schema path, unreadable baseline): exit 2."""


@dataclass
class Options:
    """What the command line asks of one check (None: not given; the config decides)."""

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
    """What one check found and read, for the reports and the exit code."""

    diagnostics: list[Diagnostic]
    catalog: Catalog
    sources: list[SourceFile] = field(default_factory=list)
    type_files: list[str] = field(default_factory=list)
    calls: list[RpcCall] = field(default_factory=list)
    files_checked: int = 0
    whole_project: bool = False
    stale_baseline: int = 0
    all_diagnostics: list[Diagnostic] = field(default_factory=list)  # before the baseline
    projects: list[Project] = field(default_factory=list)
    summary: Optional["RunSummary"] = None


# why a call could not be checked, by the resolver's finding (the reasons the summary counts)
def _uncheckable(call: RpcCall, found: list[Diagnostic]) -> Optional[str]:
    if call.name is None:
        return "function name not known statically"
    if call.schema_unknown:
        return "schema not known statically"
    for d in found:
        if d.rule == "unresolved-arguments":
            return "arguments not known statically"
        if d.rule == "unresolved-call":
            if "dynamic SQL" in d.message:
                return "function made or dropped by dynamic SQL"
            if "which client" in d.message:
                return "client's schema not known"
            return "not checkable statically"
    return None


@dataclass
class RunSummary:
    """What a run read and checked, for the closing lines of the text report."""

    files_scanned: int = 0
    calls_found: int = 0
    calls_checked: int = 0
    not_checked: dict[str, int] = field(default_factory=dict)  # reason -> calls
    not_read: list[str] = field(default_factory=list)  # files passed explicitly that rpccheck does not read
    # (project root, schema sources used, types files, code files checked with it)
    projects: list[tuple[str, list[str], list[str], int]] = field(default_factory=list)

    def count(self, call: RpcCall, found: list[Diagnostic], why: Optional[str] = None) -> None:
        self.calls_found += 1
        why = why or _uncheckable(call, found)
        if why is None:
            self.calls_checked += 1
        else:
            self.not_checked[why] = self.not_checked.get(why, 0) + 1


def check(code_paths, schema_paths, settings: Settings | None = None) -> Result:
    """Check code under `code_paths` against explicit schema files (library use, tests)."""
    cfg = Config(root=Path.cwd())
    if settings is not None:
        cfg.default_schema = settings.default_schema
        cfg.exposed_schemas = settings.exposed_schemas
        cfg.exposed_source = "settings" if settings.exposed_explicit else ""
    return run(cfg, Options(paths=[Path(p) for p in code_paths], schema=[str(p) for p in schema_paths]))


_NO_SCHEMA = (
    "no schema found: pass --schema FILE_OR_DIR or set `schema` in [tool.rpccheck]; looked for "
    "supabase/migrations/, supabase/schemas/, supabase/seed.sql, full.sql, schema.sql under {where}"
)


@dataclass
class _Planned:
    """A project whose schema is being read (in a forked child when it is big)."""

    cfg: Config
    sources: list[SourceFile]
    key: Optional["cache.Slot"] = None
    cached: Optional[Catalog] = None
    pending: Optional[Deferred] = None
    files: list[Path] = field(default_factory=list)
    probed: bool = False  # start() has looked the cache up

    @property
    def applied(self) -> list[SourceFile]:
        return [s for s in self.sources if s.applied]

    def start(self, use_cache: bool, read: bool = True) -> None:
        """Look the catalog up in the cache; on a miss, start reading it (`read`), or
        leave that to the caller (`run` reads it beside the code scan)."""
        self.probed = True
        applied = self.applied
        self.key, self.cached = cache.probe(
            "catalog",
            [(display_path(f.path), f.source, f.path) for f in applied],
            use_cache,
            valid=_valid_catalog,
            tree=self.cfg.root,
        )
        if self.cached is None and read:
            # a big schema is read in a forked child while this process reads the code
            sql_bytes = sum(_size(s.path) for s in applied)
            self.pending = Deferred(_read_schema, applied, self.key, fork=sql_bytes >= PARALLEL_SQL_BYTES)

    def catalog(self) -> Catalog:
        found = self.pending.result() if self.pending is not None else self.cached
        assert found is not None  # start() gave one or the other
        return found


def _settings(cfg: Config, opts: Options) -> Settings:
    exposed = tuple(opts.exposed_schemas) if opts.exposed_schemas else cfg.exposed_schemas
    return Settings(
        default_schema=opts.default_schema or cfg.default_schema,
        exposed_schemas=exposed,
        exposed_explicit=bool(opts.exposed_schemas) or bool(cfg.exposed_source),
    )


def load_project(
    cfg: Config,
    schema: Iterable[str] = (),
    types: Iterable[str] = (),
    use_cache: bool = True,
    opts: Optional[Options] = None,
) -> Project:
    """One project, read synchronously: its schema (from `schema`, else its config, else
    discovered), its generated types (given, else at the usual places under its root). For
    tools that hold a project in memory (the language server: one per project)."""
    sources, missing = schema_sources(cfg, list(schema))
    if missing:
        raise RunError(f"schema path not found: {missing[0]}")
    if not sources:
        raise RunError(_NO_SCHEMA.format(where=display_path(cfg.root) or "."))
    plan = _Planned(cfg, sources)
    plan.start(use_cache)
    # as a run over the project's folder finds them: by name or by content, anywhere under it
    type_paths = type_files(cfg, list(types), [cfg.root])
    types_read = [_types_file(p, use_cache, cfg.root) for p in type_paths]
    return Project.build(
        cfg,
        sources,
        plan.catalog(),
        types_read,
        _settings(cfg, opts or Options()),
        catalog_key=plan.key.key if plan.key is not None else "",
        use_cache=use_cache,
    )


def _types_file(path: Path, use_cache: bool, tree: Path) -> TypesFile:
    """A types file, read when first needed (its findings join its project's)."""
    load, key = _types_reader(path, use_cache, tree)
    return TypesFile(path, display_path(path), [], cache_key=key, load=load)


def run(cfg: Config, opts: Options) -> Result:
    waits: list[Callable[[], None]] = []  # forked work still finishing (a cache being stored)
    try:
        return _run(cfg, opts, waits)
    finally:
        for wait in waits:
            wait()


def _run(cfg: Config, opts: Options, waits: list[Callable[[], None]]) -> Result:
    root_sources, missing = schema_sources(cfg, opts.schema)
    if missing:
        origin = "" if opts.schema or cfg.file is None else f" (`schema` in {display_path(cfg.file)})"
        raise RunError(f"schema path not found: {missing[0]}{origin}")
    # with a schema given (--schema, or `schema` in the config), one project; else each code
    # file is checked against its nearest Supabase project
    configured = bool(opts.schema or cfg.schema)
    pmap = ProjectMap(cfg.root)

    # what to check: the given paths; a schema file among them means every caller (of its project)
    given = opts.paths or [Path(".")]
    schema_set = {os.path.realpath(s.path) for s in root_sources}
    sql_given = [p for p in given if p.is_file() and (p.suffix.lower() == ".sql" or os.path.realpath(p) in schema_set)]
    whole = bool(sql_given)
    code_paths = [p for p in given if not (p.is_file() and p.suffix.lower() == ".sql")]
    if whole:
        roots = {cfg.root if configured else (pmap.root_for(p) or cfg.root) for p in sql_given}
        code_paths = sorted(roots) if not (configured or cfg.root in roots) else [cfg.root]
    try:
        walker = Walker(cfg, opts.include, opts.exclude)
        policy = _policy(cfg, opts)  # before the scan: a bad per-file-ignores glob ends the run now
    except PatternError as e:
        raise RunError(str(e)) from None
    root_key = os.path.realpath(cfg.root)
    unowned_why = "no Supabase project above the file, and none at the root"
    plans: dict[str, _Planned] = {root_key: _Planned(cfg, root_sources)}
    early: Optional[Shared] = None
    early_plan: Optional[_Planned] = None
    # the root's schema, known before the walk: when the cache lacks a big one, it is read
    # in a child forked now, while this process walks the tree (the child then reads the
    # types files the walk found and takes its share of the code scan, see below). With no
    # schema configured the walk may still find nested projects: only when each path
    # checked is the root project's (the walk's nested projects, if any, are read here)
    if root_sources and (
        configured or all(os.path.realpath(pmap.root_for(p) or cfg.root) == root_key for p in code_paths)
    ):
        plan = plans[root_key]
        plan.start(opts.use_cache, read=False)
        if plan.cached is None and sum(_size(s.path) for s in plan.applied) >= PARALLEL_SQL_BYTES:
            applied, slot = plan.applied, plan.key

            def read_early() -> Catalog:
                return _load_schema(applied)

            def types_early(catalog: Catalog, extra: bytes) -> tuple[list[Catalog], list[Optional[_TypesAhead]]]:
                paths = _bytes_paths(extra)
                key = slot.key if slot is not None else ""
                return [catalog], [_types_ahead(catalog, paths, opts.use_cache, cfg.root, key)]

            def store_early(read: tuple[list[Catalog], list[Optional[_TypesAhead]]]) -> None:
                _store_read([slot], read)

            early = Shared(
                None,
                _scan_chunk,
                read_early,
                store_early,
                encode=_paths_bytes,
                decode=_scan_items,
                then=types_early,
            )
            early_plan = plan
            waits.append(early.join)
    files = list(walker.walk(code_paths, force_exclude=opts.force_exclude))
    _partial_scan[0] = len(files) >= PARTIAL_PARSE_FILES
    pmap.learn_walk(walker.listed_without_project, walker.real_folders)
    owners: list[str] = []  # each file's project key, in `files` order (no Path hashed per file)
    if (
        not configured
        and [os.path.realpath(p) for p in code_paths] == [root_key]
        and pmap.walked_under_no_project(walker.folders)
    ):
        # a walk of the root with no project below it (most trees without a schema
        # configured): every file is the root's, without mapping 8,000 of them one by one
        owners = [root_key] * len(files)
        plans[root_key].files.extend(files)
        files_to_map: list[Path] = []
    else:
        files_to_map = files
    for f in files_to_map:
        r = None if configured else pmap.root_for(f, is_file=True)
        key = os.path.realpath(r) if r is not None else root_key
        if key not in plans:
            pcfg = project_config(cfg, Path(key))
            nested_sources, nested_missing = schema_sources(pcfg)
            if nested_missing:
                raise RunError(
                    f"schema path not found: {nested_missing[0]} (`schema` in "
                    f"{display_path(pcfg.file) if pcfg.file else display_path(pcfg.root)})"
                )
            plans[key] = _Planned(pcfg, nested_sources)
        plans[key].files.append(f)
        owners.append(key)
    if not configured and plans[root_key].files and not plans[root_key].sources:
        # files under no project, and no schema at the root: a repository with one Supabase
        # project (packages/db/supabase/) keeps it beside the apps that call it
        only = pmap.all_roots()
        if len(only) == 1:
            key = os.path.realpath(only[0])
            if key not in plans:
                pcfg = project_config(cfg, only[0])
                plans[key] = _Planned(pcfg, schema_sources(pcfg)[0])
            owners = [key if k == root_key else k for k in owners]
            plans[key].files.extend(plans[root_key].files)
            plans[root_key].files = []
        elif only:
            unowned_why = (
                f"under no Supabase project, and the repository has {len(only)} "
                f"({', '.join(display_path(r) or '.' for r in only[:3])}{', ...' if len(only) > 3 else ''}): "
                f"set `schema` for it"
            )
    if not plans[root_key].files and len(plans) > 1:
        del plans[root_key]  # only nested projects' files are checked: the root's schema is not theirs
    if not any(p.sources for p in plans.values()):
        raise RunError(_NO_SCHEMA.format(where=display_path(cfg.root) or "."))
    for plan in plans.values():
        if plan.sources and not plan.probed:
            plan.start(opts.use_cache, read=False)

    # the schemas the cache does not hold are read in a forked child, which then takes
    # its share of the code scan; this process scans code from the start
    read_keys = [k for k, p in plans.items() if p.sources and p.cached is None]
    to_read = [plans[k] for k in read_keys]
    sql_bytes = sum(_size(s.path) for p in to_read for s in p.applied)
    nested_roots = [Path(k) for k, p in plans.items() if p.sources and k != root_key]

    def owner_of_types(tp: Path) -> str:
        r = None if configured else pmap.root_for(tp)
        key = os.path.realpath(r) if r is not None and os.path.realpath(r) in plans else root_key
        if key not in plans or not plans[key].sources:
            key = (
                root_key
                if root_key in plans and plans[root_key].sources
                else next(k for k, p in plans.items() if p.sources)
            )
        return key

    # the types files known before the scan (by name), read and compared in the child with
    # the catalogs it reads; those found by content during the scan are read after it, here
    types_before: dict[str, list[Path]] = {}
    if to_read:
        try:
            for tp in type_files(cfg, opts.types, code_paths, walker, [], nested_roots):
                types_before.setdefault(owner_of_types(tp), []).append(tp)
        except RunError:
            types_before = {}  # reported after the scan, as before

    def read_schemas() -> tuple[list[Catalog], list[Optional[_TypesAhead]]]:
        catalogs = [_load_schema(p.applied) for p in to_read]
        ahead = [
            _types_ahead(
                found, types_before.get(k, []), opts.use_cache, cfg.root, p.key.key if p.key is not None else ""
            )
            for k, p, found in zip(read_keys, to_read, catalogs)
        ]
        return catalogs, ahead

    def store_schemas(read: tuple[list[Catalog], list[Optional[_TypesAhead]]]) -> None:
        _store_read([p.key for p in to_read], read)

    if early is not None:
        # the child reads the root's catalog; nested projects' the walk found are read here,
        # after the feed (the child, done with the root's, waits for it)
        shared = early
        shared.feed(files, _paths_bytes(types_before.get(root_key, [])))
        for p in to_read:
            if p is not early_plan:
                p.cached = _read_schema(p.applied, p.key)
    else:
        shared = Shared(
            files,
            _scan_chunk,
            read_schemas if to_read else None,
            store_schemas if to_read else None,
            fork=sql_bytes >= PARALLEL_SQL_BYTES or len(files) >= PARALLEL_CODE_FILES,
        )
        waits.append(shared.join)
    read, scans = shared.results()
    # one empty scan for every file without calls (most files): a new one each was 300 bytes
    # a file held to the end of the run (10 MB of the peak on a 32,000-file tree); nothing
    # changes a scan in place (the linker makes new ones with _replace)
    empty = FileScan([], [], None, [])
    scanned = [(path, scan if scan is not None else empty) for path, scan in zip(files, scans)]
    read_plans = to_read if early_plan is None else [early_plan]
    catalogs, ahead_read = read if read is not None else ([], [])
    for p, found in zip(read_plans, catalogs):
        p.cached = found
    ahead_keys = read_keys if early is None else [root_key]
    ahead_by_key = {k: a for k, a in zip(ahead_keys, ahead_read) if a is not None}
    # what one file takes from another: imported constants, wrapper helpers (ts_project)
    from .callers.ts_project import check_calls, link

    scanned = link(cfg.root, files, scanned, use_cache=opts.use_cache)

    # generated types: configured, else discovered (by name or content) in the folders checked
    content_types = [path for path, scan in scanned if scan.types_file]
    type_paths = type_files(cfg, opts.types, code_paths, walker, content_types, nested_roots)
    diagnostics: list[Diagnostic] = []
    types_by_project: dict[str, list[TypesFile]] = {}
    for tp in type_paths:
        tf = _types_file(tp, opts.use_cache, cfg.root)
        types_by_project.setdefault(owner_of_types(tp), []).append(tf)

    for where, line, problem in walker.problems:
        diagnostics.append(make_diagnostic("source-error", problem, Location(display_path(where), line, 1)))

    projects: dict[str, Project] = {}
    for key, plan in plans.items():
        if not plan.sources:
            continue
        types = types_by_project.get(key, [])
        ahead = ahead_by_key.get(key)
        project = Project.build(
            plan.cfg,
            plan.sources,
            plan.catalog(),
            types,
            _settings(plan.cfg, opts),
            catalog_key=plan.key.key if plan.key is not None else "",
            use_cache=opts.use_cache,
            facts=ahead.facts if ahead is not None and ahead.paths == [os.fspath(t.path) for t in types] else None,
        )
        projects[key] = project
        diagnostics.extend(project.diagnostics)

    seen_clients = {
        schema: (display_path(path), line) for path, scan in scanned for schema, line in scan.client_schemas
    }

    project_clients: list[dict[str, tuple[str, int]]] = []

    def client_schemas() -> dict[str, tuple[str, int]]:
        # a run on single files (pre-commit) has not read the file that creates the client:
        # the project is walked for it once per run (each file has its own resolver)
        if any(p.is_dir() for p in code_paths):
            return seen_clients
        if not project_clients:
            project_clients.append(_project_client_schemas(cfg, opts.use_cache))
        return project_clients[0]

    calls: list[RpcCall] = []
    summary = RunSummary(files_scanned=len(files), not_read=[display_path(p) for p in walker.not_read])
    suppressions: dict[str, list[suppress.Suppression]] = {}
    for (path, scan), owner in zip(scanned, owners):
        file_calls, file_diags, text = scan.calls, scan.diagnostics, scan.text
        diagnostics.extend(file_diags)
        calls.extend(file_calls)
        owned = projects.get(owner)
        if owned is None:
            for call in file_calls:
                summary.count(call, [], unowned_why)
        elif file_calls:  # most files hold no call: no resolver (nor its nearest types) for them
            resolver = owned.resolver_for(path, client_schemas)

            def checked(call: RpcCall, project: Project = owned, resolver: Resolver = resolver) -> list[Diagnostic]:
                found = check_call(project, resolver, call)
                summary.count(call, found)
                return found

            diagnostics.extend(check_calls(checked, file_calls))
        if text is not None and suppress.MARKER in text:
            shown = display_path(path)
            suppressions[shown] = suppress.parse(shown, text, [(c.loc.line, c.loc.end_line) for c in file_calls])
    for project in projects.values():
        for s in project.sources:
            if s.applied:
                _sql_suppressions(s.path, suppressions, opts.use_cache, cfg.root)
    cache.flush_facts()
    summary.projects = [
        (display_path(p.root) or ".", _used_sources(p), p.type_files, len(plans[k].files)) for k, p in projects.items()
    ]

    diagnostics = policy.apply(diagnostics)
    diagnostics = suppress.apply(diagnostics, suppressions, policy.is_enabled("unused-suppression"), policy.disabled)
    diagnostics.sort(key=Diagnostic.sort_key)
    root_project = projects.get(root_key) or next(iter(projects.values()))
    if len(summary.projects) > 1:
        summary.projects = [p for p in summary.projects if p[3]]
    all_sources = [s for p in projects.values() for s in p.sources]
    type_files_shown = [t for p in projects.values() for t in p.type_files]
    result = Result(
        diagnostics,
        root_project.catalog,
        all_sources,
        type_files_shown,
        calls,
        len(files),
        whole,
        all_diagnostics=list(diagnostics),
        projects=list(projects.values()),
        summary=summary,
    )
    if opts.baseline is not None:
        try:
            counts = baseline_mod.load(opts.baseline)
        except baseline_mod.BaselineError as e:
            raise RunError(str(e)) from None
        result.diagnostics, result.stale_baseline = baseline_mod.filter_new(diagnostics, counts, policy.root_relative)
    return result


def check_call(project: Project, resolver: Resolver, call: RpcCall) -> list[Diagnostic]:
    """Every finding of one call, as `check` and the language server both report it: how
    PostgREST resolves it (with where an unknown name is defined but not applied), then
    the rules that read its values and how its result is used."""
    found = [project.hint_unknown(d) for d in resolver.check(call)]
    found.extend(silent.check(call, resolver.index, resolver.settings))
    return found


def _used_sources(project: Project) -> list[str]:
    """The schema sources a project applied, as folders or files (a migrations folder once)."""
    out: list[str] = []
    for s in project.sources:
        if s.applied:
            shown = display_path(s.source) if s.source and os.path.isdir(s.source) else display_path(s.path)
            if shown not in out:
                out.append(shown)
    return out


def _policy(cfg: Config, opts: Options) -> Policy:
    return Policy(
        select=opts.select if opts.select is not None else cfg.select,
        ignore=opts.ignore if opts.ignore is not None else cfg.ignore,
        per_file_ignores=cfg.per_file_ignores,
        severity=cfg.severity,
        root=cfg.root,
    )


def _project_client_schemas(cfg: Config, use_cache: bool = True) -> dict[str, tuple[str, int]]:
    """The schemas clients are created for anywhere in the project (a run on a few files
    needs them when a call on an imported client fails). What each file holds is cached
    by its stat signature, as git's index does, so a pre-commit run reads only the files
    that changed since the last run instead of the whole tree; and when no folder listed
    last time has changed (its mtime moves when an entry is added, removed or renamed)
    and no .gitignore has, the tree is not walked again either: the files of the last
    walk are stat'ed in the same order."""
    import time

    from .callers import client_schemas

    found: dict[str, tuple[str, int]] = {}
    try:
        walker = Walker(cfg)
    except PatternError:
        return found  # the configured globs were replaced on the command line; a guess is no worse
    slot = _clients_slot(cfg, use_cache)
    last = _load_clients(slot) if slot is not None else _ClientsMemo()
    recent = time.time_ns() - 2_000_000_000  # a file changed this recently may change again unseen
    fresh = not (last.listing and _unchanged(last.folders) and _unchanged(last.ignores))
    walked = list(walker.walk_text([cfg.root])) if fresh else last.walk
    # the last run's entries, by position when the walk is the same, else by path
    known = last.entries if not fresh else None
    by_path = dict(zip(last.walk, last.entries)) if fresh and len(last.walk) == len(last.entries) else {}
    memo = _ClientsMemo(walk=walked)
    entries = memo.entries
    changed = fresh  # else the memo is the last one unless an entry below is not reused as it was
    stat = os.stat
    for i, path in enumerate(walked):
        try:
            st = stat(path)
        except OSError:
            entries.append(None)
            changed = True
            continue  # gone, or unreadable: the reader would skip it too
        entry = known[i] if known is not None else by_path.get(path)
        if (
            entry.__class__ is list
            and len(entry) == 5
            and entry[0] == st.st_size
            and entry[1] == st.st_mtime_ns
            and entry[2] == st.st_ctime_ns
            and entry[3] == st.st_ino
            and (entry[4] == [] or _valid_client_schemas(entry[4]))  # most files create no client
        ):
            schemas = entry[4]
            if st.st_mtime_ns < recent:
                entries.append(entry)  # unchanged: the same entry (a hit costs one stat)
            else:
                entries.append(None)
                changed = True
        else:
            data, _problem = read_bytes(Path(path))  # bounded, regular files only: the reader reports the rest
            changed = True
            if data is None:
                entries.append(None)
                continue
            schemas = [[schema, line] for schema, line in client_schemas(data)]
            signature = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
            entries.append(signature + [schemas] if st.st_mtime_ns < recent else None)
        for schema, line in schemas:
            found.setdefault(schema, (display_path(path), line))
    if fresh:
        # the listing is kept only when it can be checked: nothing unreadable, nothing changing now
        folders = _signatures(walker.folders, recent)
        ignores = _signatures(walker.ignore_files, recent)
        if not walker.problems and folders is not None and ignores is not None:
            memo.listing, memo.folders, memo.ignores = True, folders, ignores
    else:
        memo.listing, memo.folders, memo.ignores = True, last.folders, last.ignores
    if slot is not None and changed:
        import json

        # plain JSON of plain values, checked where it is read (_load_clients): not through
        # cachecodec, whose tagged form would be decoded value by value in Python
        cache.store_bytes(
            slot,
            json.dumps(
                {
                    "walk": memo.walk,
                    "entries": memo.entries,
                    "listing": memo.listing,
                    "folders": memo.folders,
                    "ignores": memo.ignores,
                },
                separators=(",", ":"),
            ).encode("utf-8", "surrogatepass"),
        )
    return found


@dataclass
class _ClientsMemo:
    """The client-schema memo of the last run on files (see _project_client_schemas)."""

    walk: list[str] = field(default_factory=list)  # the files of the last walk, in its order
    # per file of `walk`: [size, mtime, ctime, inode, [[schema, line], ...]], or None (not kept)
    entries: list = field(default_factory=list)
    listing: bool = False  # folders and ignores were recorded: an unchanged tree need not be walked
    folders: dict[str, list[int]] = field(default_factory=dict)  # folder -> stat signature
    ignores: dict[str, list[int]] = field(default_factory=dict)  # .gitignore -> stat signature


def _valid_client_schemas(value) -> bool:
    return isinstance(value, list) and all(
        isinstance(c, list) and len(c) == 2 and isinstance(c[0], str) and type(c[1]) is int for c in value
    )


def _stat_signature(path: str) -> Optional[list[int]]:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _signatures(paths: list[str], recent: int) -> Optional[dict[str, list[int]]]:
    """Stat signatures of `paths`; None when one cannot be taken or changed just now."""
    out: dict[str, list[int]] = {}
    for p in paths:
        sig = _stat_signature(p)
        if sig is None or sig[1] >= recent:  # (ctime moves with mtime: an entry added changes both)
            return None
        out[p] = sig
    return out


def _unchanged(signatures: Optional[dict[str, list[int]]]) -> bool:
    """Whether each path still has its signature (a large tree's thousands of folders are
    stat'ed here on every pre-commit run: no call or list per folder beyond the stat's)."""
    if signatures is None:
        return False
    stat = os.stat
    for p, sig in signatures.items():
        try:
            st = stat(p)
        except OSError:
            return False
        if sig.__class__ is not list or len(sig) != 4:
            return False
        if sig[0] != st.st_size or sig[1] != st.st_mtime_ns or sig[2] != st.st_ctime_ns or sig[3] != st.st_ino:
            return False
    return True


def _clients_slot(cfg: Config, use_cache: bool) -> Optional[cache.Slot]:
    d = cache.directory(cfg.root) if use_cache and cache.enabled() else None
    if d is None:
        return None
    # what the walk yields depends on these as well as on the tree
    shape = repr((cfg.include, cfg.exclude, cfg.respect_gitignore))
    return cache.Slot(d, "clients", cache.key_for([(os.path.realpath(cfg.root), "clients", shape)]))


def _load_clients(slot: cache.Slot) -> _ClientsMemo:
    """The last run's memo, or an empty one when there is none or it is not what is written
    here (an entry is checked where it is used)."""
    import json

    import orjson

    raw = cache.load_bytes(slot)
    if raw is None:
        return _ClientsMemo()
    try:
        # orjson decodes the memo (8,000 paths on a large tree) in ~7 ms to json's ~10; it
        # refuses what json accepts here only in odd cases (a surrogate-escaped path is not
        # UTF-8, nesting past 1,024, an int past 64 bits), and json then decodes it as before
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:
            value = json.loads(raw.decode("utf-8", "surrogatepass"))
        except (ValueError, RecursionError):  # not JSON (an entry of another format), or nested too deeply
            return _ClientsMemo()
    if not isinstance(value, dict):
        return _ClientsMemo()
    walk, entries = value.get("walk"), value.get("entries")
    if not (
        isinstance(walk, list)
        and isinstance(entries, list)
        and len(walk) == len(entries)
        and set(map(type, walk)) <= {str}  # (in C: a large tree's memo lists 8,000 paths)
    ):
        return _ClientsMemo()
    memo = _ClientsMemo(walk=walk, entries=entries)
    folders, ignores = value.get("folders"), value.get("ignores")
    # each signature is checked where it is compared (_unchanged): equal to a stat's ints or not
    if value.get("listing") is True and all(isinstance(d, dict) for d in (folders, ignores)):
        memo.listing, memo.folders, memo.ignores = True, dict(folders or {}), dict(ignores or {})
    return memo


def type_files(
    cfg: Config,
    explicit: list[str],
    code_paths: list[Path],
    walker: Optional[Walker] = None,
    by_content: Iterable[Path] = (),
    project_roots: Iterable[Path] = (),
) -> list[Path]:
    """Generated types to read: given (`--types`, else `types` in the config), else found
    under the folders checked (`walker` has walked them; by name, or `by_content`, the files
    whose bytes hold the generator's `Database` type), else at the usual places of the root
    and of each project in `project_roots`."""
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
            try:
                walker = Walker(cfg)
            except PatternError as e:
                raise RunError(str(e)) from None
            found_by_content = []
            for p in walker.walk(code_paths):
                if p.suffix.lower() == ".ts" and p not in walker.types_found and _types_by_content(p):
                    found_by_content.append(p)
            by_content = found_by_content
        out, seen = [], set()
        for p in list(walker.types_found) + list(by_content):
            real = os.path.realpath(p)
            if real not in seen:
                seen.add(real)
                out.append(p)
        return out
    # only files were passed (as pre-commit does): each project's types at the usual places,
    # and any passed file that is generated types
    out, seen = [], set()
    passed = list(walker.types_found) + list(by_content) if walker is not None else list(by_content)
    for p in [root / rel for root in [cfg.root, *project_roots] for rel in TYPES_LOCATIONS] + passed:
        real = os.path.realpath(p)
        if real not in seen and os.path.isfile(real):
            seen.add(real)
            out.append(p)
    return out


def _types_by_content(path: Path) -> bool:
    from .discover import looks_like_types
    from .sources import read_bytes

    data, _problem = read_bytes(path)
    return data is not None and looks_like_types(data)


def _sql_suppressions(
    path: Path, out: dict[str, list[suppress.Suppression]], use_cache: bool = False, tree: Optional[Path] = None
) -> None:
    # a large dump is not held twice, nor read again while unchanged (cache.holds)
    if not cache.holds(path, suppress.MARKER.encode(), use_cache, tree):
        return
    text, _problem = read_text_file(path, MAX_SQL_BYTES)
    if text is None:
        return
    shown = display_path(path)
    out[shown] = suppress.parse(shown, text)


# -- one project held in memory (the language server) ---------------------------------
# A server keeps one ProjectState per project root and re-checks a file from its unsaved
# text against it: only that file is parsed. Everything else is what `run` does, through
# the same helpers, so config, suppressions, exposure and resolution cannot drift apart.


def file_project_config(path: Path) -> Config:
    """The configuration, hence the project root, that `rpccheck check` run beside
    `path` would use. The one place that decides which project a file belongs to."""
    from .config import CONFIG_FILES, load_config
    from .discover import DISCOVERED_SCHEMA

    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        # the nearest folder `rpccheck check` would find a config or a schema in
        if (
            any((folder / rel).exists() for rel in DISCOVERED_SCHEMA)
            or (folder / "supabase" / "config.toml").is_file()
            or any((folder / name).is_file() for name in CONFIG_FILES if name != "pyproject.toml")
            or _has_tool_table(folder / "pyproject.toml")
        ):
            return load_config(folder)
    return load_config(start)


def _has_tool_table(pyproject: Path) -> bool:
    try:
        return "[tool.rpccheck" in pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


@dataclass
class ProjectState:
    """What checking one file of a project needs, read once: the catalog merged with
    the generated types, the resolver, the policy, and the project-level findings."""

    cfg: Config
    opts: Options
    sources: list[SourceFile]
    type_paths: list[Path]
    catalog: Catalog
    index: Index
    resolver: Resolver
    policy: Policy
    walker: Walker
    # findings of the SQL and types files (parse errors, stale types...), before policy
    project_diagnostics: list[Diagnostic] = field(default_factory=list)
    sql_suppressions: dict[str, list[suppress.Suppression]] = field(default_factory=dict)
    project: Optional[Project] = None
    client_schemas: Callable[[], dict[str, tuple[str, int]]] = dict
    _inputs: Optional[set[str]] = field(default=None, repr=False)

    @property
    def root(self) -> Path:
        return self.cfg.root

    def inputs(self) -> set[str]:
        """Real paths of the files this state was read from: a change to one means a re-read."""
        if self._inputs is None:
            self._inputs = {os.path.realpath(s.path) for s in self.sources} | {
                os.path.realpath(p) for p in self.type_paths
            }
        return self._inputs

    def reads(self, path: Path) -> bool:
        """Whether a change to `path` can change this state: one of its inputs, or a new
        SQL file (a migration added) under the project root."""
        real = os.path.realpath(path)
        if real in self.inputs():
            return True
        root = os.path.realpath(self.cfg.root)
        return path.suffix.lower() == ".sql" and (real == root or real.startswith(root + os.sep))


def load_project_state(cfg: Config, opts: Optional[Options] = None) -> ProjectState:
    """Read a project's schema and types as `run` does for `rpccheck check` in its root:
    the same `Project` (extensions, nearest types, skipped-file hints), held in memory."""
    opts = opts or Options()
    project = load_project(cfg, opts.schema, opts.types, opts.use_cache, opts)
    try:
        walker = Walker(cfg, opts.include, opts.exclude)
        policy = _policy(cfg, opts)
    except PatternError as e:
        raise RunError(str(e)) from None
    type_paths = [t.path for t in project.types]
    known_clients: list[dict[str, tuple[str, int]]] = []

    def client_schemas() -> dict[str, tuple[str, int]]:
        if not known_clients:  # walked once per state, when a call first needs it
            known_clients.append(_project_client_schemas(cfg))
        return known_clients[0]

    sql_sups: dict[str, list[suppress.Suppression]] = {}
    for s in project.sources:
        if s.applied:
            _sql_suppressions(s.path, sql_sups)
    anywhere = cfg.root / "_"  # the project's own view (no types file nearer than another)
    return ProjectState(
        cfg,
        opts,
        project.sources,
        type_paths,
        project.catalog,
        project.index_for(anywhere),
        project.resolver_for(anywhere, client_schemas),
        policy,
        walker,
        list(project.diagnostics),
        sql_sups,
        project=project,
        client_schemas=client_schemas,
    )


@dataclass
class FileCheck:
    """One file's calls and findings, re-checked from its text (the language server)."""

    calls: list[RpcCall]
    diagnostics: list[Diagnostic]
    checked: bool = True  # False: not a file `rpccheck check` would read (kind, exclude)


def check_text(state: ProjectState, path: Path, text: str) -> FileCheck:
    """One file's findings from its in-memory text, as `rpccheck check FILE
    --force-exclude` would report them: only this file is parsed."""
    shown = display_path(path)
    if path.suffix.lower() == ".sql" or os.path.realpath(path) in state.inputs():
        # the project's own files: their findings as read from disk at the last load
        found = [d for d in state.project_diagnostics if d.loc.path == shown]
        sups = {shown: state.sql_suppressions.get(shown, [])} if shown in state.sql_suppressions else {}
        found = state.policy.apply([replace_diagnostic(d) for d in found])
        found = suppress.apply(found, sups, state.policy.is_enabled("unused-suppression"), state.policy.disabled)
        found.sort(key=Diagnostic.sort_key)
        if path.suffix.lower() == ".sql":
            return FileCheck([], found)
    else:
        found = []
    if not _would_check(state.walker, path):
        return FileCheck([], found, checked=bool(found))
    from .callers import scan_data

    data = text.encode("utf-8", "surrogatepass")
    scan = scan_data(path, data)
    from .callers.ts_project import link

    # imported constants and wrapper helpers, followed from this file as a pre-commit run follows them
    scan = link(state.cfg.root, [path], [(path, scan)], texts={path: data})[0][1]
    diagnostics = list(scan.diagnostics)
    if state.project is not None:  # as `run` resolves a file: its nearest types, skipped-file hints
        from .callers.ts_project import check_calls

        project, resolver = state.project, state.project.resolver_for(path, state.client_schemas)
        diagnostics.extend(check_calls(lambda call: check_call(project, resolver, call), scan.calls))
    else:
        for call in scan.calls:
            diagnostics.extend(state.resolver.check(call))
    diagnostics = state.policy.apply(diagnostics)
    sups = (
        {shown: suppress.parse(shown, text, [(c.loc.line, c.loc.end_line) for c in scan.calls])}
        if suppress.MARKER in text
        else {}
    )
    diagnostics = suppress.apply(
        diagnostics, sups, state.policy.is_enabled("unused-suppression"), state.policy.disabled
    )
    diagnostics.sort(key=Diagnostic.sort_key)
    return FileCheck(scan.calls, found + diagnostics)


def _would_check(walker: Walker, path: Path) -> bool:
    """Whether `rpccheck check FILE --force-exclude` reads this file (as pre-commit runs
    it); a file not saved yet is judged by its name alone."""
    if os.path.isfile(path):
        return any(True for _ in walker.walk([path], force_exclude=True))
    from .callers import CODE_SUFFIXES, COMPONENT_SUFFIXES

    real = os.path.realpath(path)
    return (
        path.suffix.lower() in CODE_SUFFIXES | COMPONENT_SUFFIXES
        and not walker.excluded(real, False)
        and walker.included(real)
    )


def replace_diagnostic(d: Diagnostic) -> Diagnostic:
    """A copy: policy sets severities in place, and a state's findings are reused."""
    from dataclasses import replace

    return replace(d)


__all__ = [
    "FileCheck",
    "Options",
    "Project",
    "ProjectState",
    "Result",
    "RunError",
    "RunSummary",
    "check",
    "check_text",
    "file_project_config",
    "load_project",
    "load_project_state",
    "run",
    "type_files",
]
