"""Supabase projects: which one a file belongs to, and what a check knows about each.

A monorepo holds several Supabase projects (`apps/web/supabase/`, `packages/db/supabase/`),
each with its own migrations, generated types and exposed schemas. With no `schema`
configured, a code file is checked against its *nearest* project: the closest folder at or
above it holding `supabase/config.toml`, `supabase/migrations/`, or a config file that sets
`schema`. A file under no project uses the root configuration (and, when the root has no
schema, the repository's only project, if it has exactly one).

`ProjectMap.root_for` is the one mapping from a file to its project (the check and the
language server both use it). `Project` is the per-project state a check needs, built once
and reusable: its schema sources and catalog, its generated types (each compared with the
SQL once), its PostgREST settings, and the resolver for a given code file (which uses the
generated types nearest to that file).
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from .config import CONFIG_FILES, Config, ConfigError, _read_toml, _supabase_api_schemas
from .discover import SourceFile
from .model import Diagnostic, Function, Location
from .resolve import Index, PostingsStore, Resolver, Settings

if TYPE_CHECKING:
    from .sql.catalog import Catalog
from .rules import make_diagnostic
from .sources import display_path


def holds_project(folder: str) -> bool:
    """Whether `folder` is the root of a Supabase project (or of an rpccheck config with `schema`)."""
    sb = os.path.join(folder, "supabase")
    if os.path.isfile(os.path.join(sb, "config.toml")) or os.path.isdir(os.path.join(sb, "migrations")):
        return True
    return _config_with_schema(folder) is not None


def _config_with_schema(folder: str) -> Optional[Path]:
    for name in CONFIG_FILES:
        p = os.path.join(folder, name)
        if not os.path.isfile(p):
            continue
        try:
            data = _read_toml(Path(p))
        except ConfigError:
            continue
        table = data.get("tool", {}).get("rpccheck") if name == "pyproject.toml" else data
        if isinstance(table, dict) and table.get("schema"):
            return Path(p)
        if name != "pyproject.toml" or table is not None:
            return None  # the nearest config file decides, as load_config does
    return None


class ProjectMap:
    """Maps files to the root of their nearest Supabase project, not looking above `top`
    (the run's project root). Answers are memoised per folder, so mapping every file of a
    large tree costs one `stat` or two per folder."""

    def __init__(self, top: Path) -> None:
        self.top = os.path.realpath(top)
        self._by_dir: dict[str, Optional[str]] = {}  # real folder -> project root
        self._by_given_dir: dict[str, Optional[Path]] = {}  # folder as given -> answer
        # a file's folder exactly as written (the walk's relative paths) -> answer: a file
        # of a folder seen before costs one dict lookup, no abspath (rpccheck never chdirs)
        self._by_written_dir: dict[str, Optional[Path]] = {}
        self._real: dict[str, str] = {}  # absolute folder -> real folder, one lstat per folder
        # real folders known to hold no project (a walk listed them: `not_projects`)
        self._plain: set[str] | frozenset[str] = frozenset()
        self._walked: dict[str, str] = {}  # folder as written -> real folder, from a walk
        self._walked_as_listed: dict[str, str] = {}

    def learn_walk(self, listed_without_project: set[str], real_folders: dict[str, str]) -> None:
        """What a walk saw (`Walker.listed_without_project`, `Walker.real_folders`): the
        folders that cannot be a project's root, and each folder's real path, so mapping
        the walk's files costs no `stat` and no path resolution."""
        self._plain = listed_without_project
        self._walked_as_listed = real_folders  # made `_walked` when a file is first mapped
        self._walked = {}

    def walked_under_no_project(self, walker_folders: list[str]) -> bool:
        """Whether every folder of a walk of `top` (`Walker.folders`) was listed with no
        project's mark: then no file the walk found is under a project below `top`, nor is
        `top` one, and each file's answer is None without a lookup."""
        return self.top in self._plain and self._plain.issuperset(walker_folders)

    def root_for(self, path: Path | str, is_file: Optional[bool] = None) -> Optional[Path]:
        """The nearest project root at or above `path` (a file or a folder) and at or below
        `top`; None when there is none, or when `path` is outside `top`. `is_file=True` saves
        a `stat` when the caller knows (the walk's files): then a file costs a dict lookup."""
        written = os.path.dirname(os.fspath(path)) if is_file else None
        if written is not None:
            hit = self._by_written_dir.get(written, self)
            if hit is not self:
                return hit  # type: ignore[return-value]
            if self._walked_as_listed:
                # keyed as a file's folder is written once it is a Path (`./src` is `src`)
                listed, self._walked_as_listed = self._walked_as_listed, {}
                self._walked = {os.fspath(Path(w)): real for w, real in listed.items()}
            real = self._walked.get(written)
            if real is not None:
                found = self._lookup(real)
                answer = Path(found) if found is not None else None
                self._by_written_dir[written] = answer
                return answer
        given = os.path.abspath(path)
        if is_file is None:
            is_file = not os.path.isdir(given)
        folder = os.path.dirname(given) if is_file else given
        if folder in self._by_given_dir:
            answer = self._by_given_dir[folder]
        else:
            found = self._lookup(self._realpath(folder))
            answer = Path(found) if found is not None else None
            self._by_given_dir[folder] = answer
        if written is not None:
            self._by_written_dir[written] = answer
        return answer

    def _realpath(self, folder: str) -> str:
        """os.path.realpath of an absolute, normalized folder, from its parent's: one
        `lstat` per folder not seen before (realpath's own walk is an lstat per component
        for every folder of the tree). A folder that is a link, or anything unusual, is
        left to os.path.realpath."""
        if os.name != "posix":  # Windows: junctions and drive letters, left to realpath
            return os.path.realpath(folder)
        found = self._real.get(folder)
        if found is not None:
            return found
        parent, name = os.path.split(folder)
        if not name or parent == folder:
            found = os.path.realpath(folder)
        else:
            try:
                is_link = stat.S_ISLNK(os.lstat(folder).st_mode)
            except OSError:
                is_link = True
            found = os.path.realpath(folder) if is_link else os.path.join(self._realpath(parent), name)
        self._real[folder] = found
        return found

    def all_roots(self) -> list[Path]:
        """Every project root under `top` (not inside node_modules, build output or hidden
        folders): a folder-only walk, done when a file under no project needs a fallback."""
        from .callers import DEFAULT_EXCLUDED_DIRS

        out = []
        for dirpath, dirnames, _files in os.walk(self.top):
            if "supabase" in dirnames and holds_project(dirpath):
                out.append(Path(dirpath))
            dirnames[:] = sorted(
                n for n in dirnames if n not in DEFAULT_EXCLUDED_DIRS and not n.startswith(".") and n != "supabase"
            )
        return out

    def _lookup(self, folder: str) -> Optional[str]:
        trail = []
        result: Optional[str] = None
        while True:
            if folder in self._by_dir:
                result = self._by_dir[folder]
                break
            inside = folder == self.top or folder.startswith(self.top.rstrip(os.sep) + os.sep)
            if not inside:
                result = None
                break
            trail.append(folder)
            if folder not in self._plain and holds_project(folder):
                result = folder
                break
            parent = os.path.dirname(folder)
            if folder == self.top or parent == folder:
                result = None
                break
            folder = parent
        for f in trail:
            self._by_dir[f] = result
        return result


def project_config(root_cfg: Config, folder: Path) -> Config:
    """The configuration of the project rooted at `folder`: its own config file when it has
    one, else the root configuration with `folder` as the root (schema discovered there,
    exposed schemas from its `supabase/config.toml` unless the root config sets them)."""
    from .config import load_config

    folder = Path(os.path.realpath(folder))
    if Path(os.path.realpath(root_cfg.root)) == folder:
        return root_cfg
    own = _config_with_schema(str(folder))
    if own is not None and (root_cfg.file is None or Path(os.path.realpath(root_cfg.file)) != own):
        return load_config(folder, own)
    cfg = replace(root_cfg, root=folder, schema=[], types=[])
    if root_cfg.exposed_source in ("", "supabase/config.toml"):
        exposed = _supabase_api_schemas(folder)
        if exposed is not None:
            cfg.exposed_schemas, cfg.exposed_source = tuple(exposed), "supabase/config.toml"
        else:
            cfg.exposed_schemas, cfg.exposed_source = Config(root=folder).exposed_schemas, ""
    return cfg


@dataclass
class TypesFile:
    """One generated types file: read, or read when first needed (`load`), which a warm
    run never needs: what it takes from the file is cached with the comparison."""

    path: Path
    shown: str
    functions: list[Function]
    folder: str = ""  # absolute path of its folder, for "nearest"
    cache_key: str = ""  # its cache entry's key (a digest of its content), "" when not cached
    # reads the file (or its cache entry): (functions, findings of reading it); None once read
    load: Optional[Callable[[], tuple[list[Function], list[Diagnostic]]]] = field(default=None, repr=False)
    read_diagnostics: list[Diagnostic] = field(default_factory=list)
    # its functions the SQL does not define (all the index takes from it), when known without reading it
    not_in_sql: Optional[list[Function]] = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.folder:
            self.folder = os.path.dirname(os.path.abspath(self.path))

    def read(self) -> list[Function]:
        if self.load is not None:
            load, self.load = self.load, None
            self.functions, self.read_diagnostics = load()
        return self.functions


_CREATE_ROUTINE_PATTERN = (
    r"\bcreate\s+(?:or\s+replace\s+)?(?:function|procedure)\s+"
    r"(?:(?P<schema>\"(?:[^\"]|\"\")+\"|[A-Za-z_][\w$]*)\s*\.\s*)?(?P<name>\"(?:[^\"]|\"\")+\"|[A-Za-z_][\w$]*)\s*\("
)


def _create_routine() -> "re.Pattern[str]":
    """The pattern, compiled when a hint needs it (re caches it): not by every run (~1 ms)."""
    return re.compile(_CREATE_ROUTINE_PATTERN, re.IGNORECASE)


def _ident(raw: str) -> str:
    return raw[1:-1].replace('""', '"') if raw.startswith('"') else raw.lower()


def skipped_definitions(sources: list[SourceFile]) -> dict[str, tuple[str, int, str]]:
    """Routine names defined in schema files that were found but not applied:
    name → (shown path, line, why it was not applied). Read with a pattern, not the SQL
    reader: it only feeds a hint on `unknown-function`, never a signature."""
    out: dict[str, tuple[str, int, str]] = {}
    for s in sources:
        if s.applied:
            continue
        try:
            text = s.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        shown = display_path(s.path)
        line, at = 1, 0
        for m in _create_routine().finditer(text):
            line += text.count("\n", at, m.start())
            at = m.start()
            out.setdefault(_ident(m.group("name")), (shown, line, s.why))
    return out


# a hint is not worth reading a dump for
_HINT_MAX_BYTES = 2 * 1024 * 1024


def _other_sql_definitions(root: Path, sources: list[SourceFile]) -> dict[str, tuple[str, int, str]]:
    """Routine names defined in the project's .sql files that no schema source includes:
    name → (shown path, line, the nested Supabase project the file belongs to, or "").
    Read only when a call names an unknown function."""
    from .callers import DEFAULT_EXCLUDED_DIRS

    known = {os.path.realpath(s.path) for s in sources}
    out: dict[str, tuple[str, int, str]] = {}
    top = os.fspath(root)
    owner_of: dict[str, str] = {top: ""}
    for dirpath, dirnames, filenames in os.walk(root):
        owner = owner_of.get(dirpath, "")
        if not owner and dirpath != top and holds_project(dirpath):
            owner = display_path(dirpath)
        dirnames[:] = sorted(n for n in dirnames if n not in DEFAULT_EXCLUDED_DIRS and not n.startswith("."))
        for n in dirnames:
            owner_of[os.path.join(dirpath, n)] = owner
        for name in sorted(filenames):
            if not name.lower().endswith(".sql"):
                continue
            p = os.path.join(dirpath, name)
            try:
                if os.path.realpath(p) in known or not os.path.isfile(p) or os.path.getsize(p) > _HINT_MAX_BYTES:
                    continue
                with open(p, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
            except OSError:
                continue
            line, at = 1, 0
            for m in _create_routine().finditer(text):
                line += text.count("\n", at, m.start())
                at = m.start()
                out.setdefault(_ident(m.group("name")), (display_path(p), line, owner))
    return out


def _extension_functions(catalog) -> list[Function]:
    from .sql import extension_sql

    out: list[Function] = []
    for name, schema in sorted(getattr(catalog, "extensions", {}).items()):
        out.extend(extension_sql.functions(name, schema))
    return out


def _types_facts_parts(catalog_key: str, types: list[TypesFile]) -> Optional[list[tuple[str, str, str]]]:
    """The cache key parts of the types facts for this catalog and these files (the
    schema child stores what the parent looks up: one key for both); None when one of
    them is not cached."""
    if not catalog_key or not all(t.cache_key for t in types):
        return None
    return [("catalog", "", catalog_key)] + [(t.shown, "types", t.cache_key) for t in types]


def _types_facts(
    catalog, types: list[TypesFile]
) -> tuple[list[Diagnostic], list[list[Function]], list[list[Diagnostic]]]:
    """What a run takes from the types files, cached whole under the catalog's and their
    keys: (the comparison's findings, each file's functions the SQL does not define, each
    file's findings of reading it)."""
    findings = _compare_types(catalog, types)
    sql_keys = {(f.schema, f.name) for f in catalog.all_functions()}
    return (
        findings,
        [[f for f in t.read() if (f.schema, f.name) not in sql_keys] for t in types],
        [t.read_diagnostics for t in types],
    )


def _valid_facts(value) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and _valid_findings(value[0])
        and all(isinstance(v, list) for v in value[1:])
        and all(isinstance(fs, list) and all(isinstance(f, Function) for f in fs) for fs in value[1])
        and all(_valid_findings(ds) for ds in value[2])
    )


def _compare_types(catalog, types: list[TypesFile]) -> list[Diagnostic]:
    """The findings of comparing each types file with the SQL, and the files with each other."""
    if not types:
        return []
    from . import typegen

    diags: list[Diagnostic] = []
    sql_fns = catalog.all_functions()
    # schemas extensions put their functions in: what types list there is the extension's
    ext_schemas = (
        frozenset(getattr(catalog, "extensions", {}).values()) | {f.schema for f in _extension_functions(catalog)}
    ) - {"public"}
    drift_seen: set[Optional[str]] = set()
    for t in types:
        for d in typegen.compare(sql_fns, t.read(), extension_schemas=ext_schemas):
            if d.rule == "schema-drift":
                # about the SQL, not the file: once per function, in the first file listing it
                if d.message.split("`")[1] in drift_seen:
                    continue
                drift_seen.add(d.message.split("`")[1])
            diags.append(d)
    diags.extend(typegen.disagreements([(t.shown, t.read()) for t in types]))
    return diags


def _valid_findings(value) -> bool:
    return isinstance(value, list) and all(isinstance(d, Diagnostic) for d in value)


class _CachedPostings(PostingsStore):
    """NameIndex postings in the cache, under a digest of the names (and what every key
    holds: rpccheck's code, the working folder). A large catalog's 3,000 names take ~15 ms
    to index and load in ~2; a pre-commit run that meets an unknown name paid a substring
    scan of every name per word instead (~7 ms each). Checked on load: a trigram's list
    holds indexes of the names, nothing else (what is not is a miss)."""

    def __init__(self, use_cache: bool, tree: Path) -> None:
        self.use_cache, self.tree = use_cache, tree

    def _slot(self, names: list[str]):
        import json

        from . import cache

        h = cache.sha256()
        h.update(json.dumps(names).encode("ascii"))  # each name quoted and escaped: no two lists alike
        return cache.slot_by_key("suggest", [("names", "", h.hexdigest())], self.use_cache, tree=self.tree)

    def load(self, names: list[str]) -> Optional[dict[str, list[int]]]:
        import itertools

        import orjson

        from . import cache

        slot = self._slot(names)
        raw = cache.load_bytes(slot) if slot is not None else None
        if raw is None:
            return None
        try:
            value = orjson.loads(raw)
        except ValueError:
            return None
        if not (isinstance(value, dict) and all(type(v) is list for v in value.values())):
            return None
        flat = list(itertools.chain.from_iterable(value.values()))
        if flat and not (set(map(type, flat)) <= {int} and min(flat) >= 0 and max(flat) < len(names)):
            return None
        return value

    def save(self, names: list[str], postings: dict[str, list[int]]) -> None:
        import orjson

        from . import cache

        slot = self._slot(names)
        if slot is None:
            return
        try:
            data = orjson.dumps(postings)
        except TypeError:  # a name orjson cannot write (a lone surrogate): not kept
            return
        cache.store_bytes(slot, data)


@dataclass
class Project:
    """What checking code against one Supabase project needs. Built once per project and
    run (or held by the language server and rebuilt when its SQL or types change)."""

    root: Path
    cfg: Config
    sources: list[SourceFile]
    catalog: "Catalog"
    settings: Settings
    types: list[TypesFile] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)  # schema, types comparison
    skipped: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    _indexes: dict[tuple[int, ...], Index] = field(default_factory=dict, repr=False)
    _other_sql: Optional[dict[str, tuple[str, int, str]]] = field(default=None, repr=False)
    use_cache: bool = True  # the "did you mean" postings of its names are kept in the cache

    @classmethod
    def build(
        cls,
        cfg: Config,
        sources: list[SourceFile],
        catalog,
        types: list[TypesFile],
        settings: Settings,
        catalog_key: str = "",
        use_cache: bool = True,
        facts: Optional[tuple] = None,
    ) -> "Project":
        """Compare each types file with the SQL once (its findings located in it and citing
        only it), and say once where types files disagree with each other. With the
        catalog's and every types file's cache keys, the comparison's findings are cached
        under them: a warm run does not compare again (0.5 s on a 3,000-function project).
        `facts`: what _types_facts gives for these types and this catalog, already worked
        out (by the forked child that read the catalog, which also stores it)."""
        diags: list[Diagnostic] = []
        for s in sources:
            if s.unreadable:
                diags.append(
                    make_diagnostic(
                        "source-error",
                        f"{display_path(s.path)}: {s.why}; its schema files were not read",
                        Location(display_path(s.path), 1, 1),
                    )
                )
            elif not s.applied:
                diags.append(
                    make_diagnostic(
                        "skipped-schema-file",
                        f"{display_path(s.path)} was not applied: {s.why}",
                        Location(display_path(s.path), 1, 1),
                    )
                )
        diags.extend(catalog.diagnostics)
        if types and facts is not None:
            findings, not_in_sql, read_diags = facts
            for t, fns, found in zip(types, not_in_sql, read_diags):
                t.not_in_sql = fns
                if t.load is not None:
                    t.read_diagnostics = found
        elif types and (parts := _types_facts_parts(catalog_key, types)) is not None:
            from . import cache

            findings, not_in_sql, read_diags = cache.cached_by_key(
                "types-facts", parts, lambda: _types_facts(catalog, types), use_cache, valid=_valid_facts, tree=cfg.root
            )
            for t, fns, found in zip(types, not_in_sql, read_diags):
                t.not_in_sql = fns
                if t.load is not None:  # not read: its findings are the cached ones
                    t.read_diagnostics = found
        else:
            findings = _compare_types(catalog, types)
        for t in types:  # read, or taken from the cache with the facts
            diags.extend(t.read_diagnostics)
        diags.extend(findings)
        return cls(
            Path(cfg.root),
            cfg,
            sources,
            catalog,
            settings,
            types,
            diags,
            skipped_definitions(sources),
            use_cache=use_cache,
        )

    @property
    def type_files(self) -> list[str]:
        return [t.shown for t in self.types]

    def _order(self, path: Path | str) -> tuple[int, ...]:
        """Types files by nearness to `path`: the longest shared folder first."""
        here_parts = os.path.dirname(os.path.abspath(path)).split(os.sep)

        def shared(t: TypesFile) -> int:
            n = 0
            for a, b in zip(t.folder.split(os.sep), here_parts):
                if a != b:
                    break
                n += 1
            return n

        return tuple(sorted(range(len(self.types)), key=lambda i: (-shared(self.types[i]), i)))

    def index_for(self, path: Path | str) -> Index:
        """The resolver's index for a code file: the SQL functions, plus each function
        known only from the types, taken from the nearest types file that has it (one
        candidate however many files repeat it)."""
        order = self._order(path) if len(self.types) > 1 else tuple(range(len(self.types)))
        index = self._indexes.get(order)
        if index is None:
            from .platform import SUPABASE_FUNCTIONS, with_platform

            # a catalog read from the cache builds its routines when a name is looked up
            # (cachecodec.FunctionTable): the index takes them as they are, and the others
            # (types, extensions, platform; none of its names) as a list, as for any catalog
            table = self.catalog.functions
            table_callable = table.callable_keys() if hasattr(table, "callable_keys") else None
            if table_callable is None:
                functions = list(self.catalog.all_functions())
                defined = {(f.schema, f.name) for f in functions}
            else:
                functions, defined = [], set(table)
            for i in order:
                t = self.types[i]
                known = t.not_in_sql if t.not_in_sql is not None else t.read()
                mine = [f for f in known if (f.schema, f.name) not in defined]
                functions.extend(mine)
                defined |= {(f.schema, f.name) for f in mine}
            # what CREATE EXTENSION made (the types, when they list it, know the installed version)
            functions.extend(f for f in self.extension_functions() if (f.schema, f.name) not in defined)
            if table_callable is None:
                functions = with_platform(functions)
            else:  # as with_platform: unless the SQL, the types or an extension define the name
                known_keys = defined | {(f.schema, f.name) for f in functions}
                functions += [f for f in SUPABASE_FUNCTIONS if (f.schema, f.name) not in known_keys]
            index = Index(
                functions,
                self.catalog.dynamic_creates,
                self.catalog.dynamic_drop_of,
                types=self.catalog.types_by_printed_name(),
                strict_altered=self.catalog.strict_altered,
                table=table if table_callable is not None else None,
                table_callable=table_callable or (),
                postings_store=_CachedPostings(self.use_cache, self.root),
            )
            self._indexes[order] = index
        return index

    def extension_functions(self) -> list[Function]:
        """The functions of well-known extensions the SQL creates, where it creates them."""
        return _extension_functions(self.catalog)

    def resolver_for(self, path: Path | str, client_schemas=dict) -> Resolver:
        return Resolver(self.index_for(path), self.settings, client_schemas)

    def hint_unknown(self, d: Diagnostic) -> Diagnostic:
        """An `unknown-function` finding, with where the name is defined in a schema file
        that was found but not applied, and why it was not (or in another .sql file of the
        project, such as a hand-run script, which no schema source includes)."""
        if d.rule != "unknown-function" or not d.function:
            return d
        if d.function not in self.skipped and "did you mean" not in d.message and " exists in schema " not in d.message:
            if self._other_sql is None:
                self._other_sql = _other_sql_definitions(self.root, self.sources)
            if d.function in self._other_sql:
                path, line, other = self._other_sql[d.function]
                if other:
                    d.message += (
                        f"; `{d.function}` is defined at {path}:{line}, in the Supabase project {other}, "
                        f"not in this one ({display_path(self.root) or '.'})"
                    )
                else:
                    d.message += (
                        f"; `{d.function}` is defined at {path}:{line}, which is not among the schema "
                        f"files read (a hand-run script?)"
                    )
                    if not d.help:
                        d.help = "make it a migration, or pass it with --schema"
            return d
        if d.function not in self.skipped:
            return d
        path, line, why = self.skipped[d.function]
        d.message += f"; `{d.function}` is defined at {path}:{line}, which was not applied: {why}"
        if not d.help:
            d.help = f"apply {path} (rename or move it), or pass it with --schema"
        return d


__all__ = ["Project", "ProjectMap", "TypesFile", "holds_project", "project_config", "skipped_definitions"]
