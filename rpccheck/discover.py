"""Which files a run reads: schema sources in the order they apply, generated types,
and code files (respecting .gitignore and excludes).

Migrations follow the Supabase CLI: in a migrations directory only files named
`<digits>_<name>.sql` apply, in file-name order (what `os.ReadDir` gives the CLI);
anything else there is skipped and said so.
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

import pathspec

from .callers import DEFAULT_EXCLUDED_DIRS, READ_SUFFIXES
from .config import Config

MIGRATION_NAME = re.compile(r"^([0-9]+)_(.*)\.sql$")
# what discovery looks for when neither --schema nor `schema` is set, in apply order:
# migrations replay history; declarative schemas and dumps state a result (used only
# when there are no migrations); seed comes last
DISCOVERED_SCHEMA = ("supabase/migrations", "supabase/schemas", "supabase/schema.sql", "schema.sql",
                     "full.sql", "supabase/seed.sql")
STATE_SOURCES = frozenset({"supabase/schemas", "supabase/schema.sql", "schema.sql", "full.sql"})
TYPES_NAMES = ("database.types.ts", "supabase.types.ts", "database-generated.types.ts")
# where projects keep them; a run on single files (pre-commit) looks only here
TYPES_LOCATIONS = tuple(
    f"{d}{n}" for d in ("", "src/", "types/", "src/types/", "lib/", "src/lib/", "utils/", "src/utils/",
                        "supabase/", "supabase/functions/_shared/")
    for n in TYPES_NAMES
) + ("types/supabase.ts", "src/types/supabase.ts", "src/integrations/supabase/types.ts")  # the last: Lovable's
# Generated types are found by content too: the `Database` declaration that `supabase gen
# types typescript` (postgres-meta) writes, as a type alias or an interface, with `Functions`.
# The two byte tests reject nearly every other file before the pattern runs.
_TYPES_DECLARATION = re.compile(rb"\b(?:type\s+Database\s*=\s*\{|interface\s+Database\s*\{)")
_FUNCTIONS_KEY = re.compile(rb"\bFunctions\s*\??\s*:")


def looks_like_types(data: bytes) -> bool:
    """Whether a TypeScript file holds Supabase generated types (any generator version)."""
    return (b"Functions" in data and b"Database" in data and _TYPES_DECLARATION.search(data) is not None
            and _FUNCTIONS_KEY.search(data) is not None)


def hook_files_pattern() -> str:
    """The `files` regex of the pre-commit hook: exactly what rpccheck reads, plus `.sql`
    (a staged schema file widens the check). `.pre-commit-hooks.yaml` must hold this text."""
    names = sorted(s[1:] for s in READ_SUFFIXES | {".sql"})
    return r"\.(" + "|".join(names) + r")$"


@dataclass(frozen=True)
class SourceFile:
    path: Path
    applied: bool
    why: str = ""  # how it was found, or why it was skipped
    source: str = ""  # the folder or file it came from: files of one source replay in one history


def _expand_dir(d: Path, why: str) -> list[SourceFile]:
    """The .sql files a directory contributes, in the order they apply.

    A directory named `migrations` is replayed the way the Supabase CLI does it: its
    `<digits>_<name>.sql` files in file-name order, and nothing else (Prisma's layout,
    `<digits>_<name>/migration.sql`, in folder-name order). Any other directory is read
    whole, every .sql file below it in path order (declarative schemas have free names).
    """
    if d.name != "migrations":
        return [SourceFile(p, True, why, str(d)) for p in sorted(q for q in d.rglob("*.sql") if q.is_file())]
    out = []
    entries = sorted(os.scandir(d), key=lambda e: e.name)
    for e in entries:
        p = Path(e.path)
        if e.is_file() and e.name.endswith(".sql"):
            if MIGRATION_NAME.match(e.name):
                out.append(SourceFile(p, True, f"migration, {why}", str(d)))
            else:
                out.append(SourceFile(p, False, "not named <timestamp>_<name>.sql, so the Supabase CLI does not apply it",
                                      str(d)))
        elif e.is_dir() and (p / "migration.sql").is_file() and re.match(r"^[0-9]+_", e.name):
            out.append(SourceFile(p / "migration.sql", True, f"migration (Prisma layout), {why}", str(d)))
        elif e.is_dir():
            for q in sorted(p.rglob("*.sql")):
                out.append(SourceFile(q, False, "in a subfolder of a migrations folder, which the Supabase CLI "
                                                "does not read", str(d)))
    return out


def schema_sources(cfg: Config, cli_paths: Iterable[str] = ()) -> tuple[list[SourceFile], list[str]]:
    """(sources in apply order, missing paths). CLI paths win over config, config over discovery."""
    cli_paths = list(cli_paths)
    missing: list[str] = []
    out: list[SourceFile] = []
    if cli_paths or cfg.schema:
        base = Path.cwd() if cli_paths else cfg.root
        why = "--schema" if cli_paths else f"`schema` in {cfg.file.name if cfg.file else 'config'}"
        for raw in cli_paths or cfg.schema:
            p = Path(raw) if Path(raw).is_absolute() else base / raw
            if any(ch in raw for ch in "*?["):
                matches = sorted(Path(m) for m in glob.glob(str(p), recursive=True))
                if not matches:
                    missing.append(raw)
                for m in matches:
                    out.extend(_expand_dir(m, why) if m.is_dir() else [SourceFile(m, True, why, raw)])
            elif p.is_dir():
                out.extend(_expand_dir(p, why))
            elif p.is_file():
                out.append(SourceFile(p, True, why, str(p)))
            else:
                missing.append(raw)
        return _dedupe(out), missing
    migrations = cfg.root / "supabase" / "migrations"
    for rel in DISCOVERED_SCHEMA:
        p = cfg.root / rel
        if p.is_dir():
            found = _expand_dir(p, "discovered")
        elif p.is_file():
            found = [SourceFile(p, True, "discovered", str(p))]
        else:
            continue
        if migrations.is_dir() and rel in STATE_SOURCES:
            # the migrations define the database; a dump or declarative schema beside them
            # may be older or newer, and stacking both revives what migrations dropped
            found = [SourceFile(f.path, False, "supabase/migrations defines the database; pass --schema to read "
                                               "this instead", f.source) for f in found if f.applied]
        out.extend(found)
    return _dedupe(out), missing


def _dedupe(files: list[SourceFile]) -> list[SourceFile]:
    seen: set[Path] = set()
    out = []
    for f in files:
        key = f.path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


class Walker:
    """Code files under the given paths, with .gitignore, default and configured excludes.

    Ignore files are read once per directory and kept as a chain from the project
    root down, so checking a file costs a few string operations, not path resolution.
    """

    def __init__(self, cfg: Config, include: Optional[list[str]] = None, exclude: Optional[list[str]] = None) -> None:
        self.cfg = cfg
        self.root = os.path.realpath(cfg.root)
        inc = include if include is not None else cfg.include
        exc = exclude if exclude is not None else cfg.exclude
        self.include = pathspec.PathSpec.from_lines("gitignore", inc) if inc else None
        self.exclude = pathspec.PathSpec.from_lines("gitignore", exc) if exc else None
        self._chains: dict[str, tuple[tuple[str, pathspec.PathSpec], ...]] = {}
        self.types_found: list[Path] = []
        self.not_read: list[Path] = []  # files passed explicitly in a language rpccheck does not read

    def _own_spec(self, folder: str) -> Optional[pathspec.PathSpec]:
        f = os.path.join(folder, ".gitignore")
        if not self.cfg.respect_gitignore or not os.path.isfile(f):
            return None
        try:
            with open(f, encoding="utf-8", errors="replace") as fh:
                return pathspec.GitIgnoreSpec.from_lines(fh.read().splitlines())
        except (OSError, ValueError):
            return None

    def _chain(self, folder: str) -> tuple[tuple[str, pathspec.PathSpec], ...]:
        """(folder, spec) for every .gitignore from the project root down to `folder`."""
        chain = self._chains.get(folder)
        if chain is not None:
            return chain
        parent = os.path.dirname(folder)
        inside = folder == self.root or folder.startswith(self.root + os.sep)
        if not inside:
            chain = ()
        else:
            chain = () if folder == self.root or parent == folder else self._chain(parent)
            spec = self._own_spec(folder)
            if spec is not None:
                chain = chain + ((folder, spec),)
        self._chains[folder] = chain
        return chain

    def _rel(self, abs_path: str) -> Optional[str]:
        if abs_path == self.root:
            return ""
        if abs_path.startswith(self.root + os.sep):
            return abs_path[len(self.root) + 1 :].replace(os.sep, "/")
        return None

    def excluded(self, abs_path: str, is_dir: bool) -> bool:
        """Excluded by default, by the configured globs, or by a .gitignore above it."""
        name = os.path.basename(abs_path)
        if is_dir and name in DEFAULT_EXCLUDED_DIRS:
            return True
        rel = self._rel(abs_path)
        if rel is None:
            return False
        suffix = "/" if is_dir else ""
        if self.exclude is not None and self.exclude.match_file(rel + suffix):
            return True
        # git: a deeper .gitignore overrides a higher one (`!keep.ts` below re-includes)
        for folder, spec in reversed(self._chain(os.path.dirname(abs_path))):
            sub = abs_path[len(folder) + 1 :].replace(os.sep, "/")
            decided = spec.check_file(sub + suffix).include
            if decided is not None:
                return decided
        return False

    def included(self, abs_path: str) -> bool:
        if self.include is None:
            return True
        rel = self._rel(abs_path)
        return rel is None or self.include.match_file(rel)

    def walk(self, paths: Iterable[Path], force_exclude: bool = False) -> Iterator[Path]:
        seen: set[str] = set()
        for start in paths:
            abs_start = os.path.realpath(start)
            if os.path.isfile(abs_start):
                if os.path.splitext(abs_start)[1].lower() not in READ_SUFFIXES:
                    if os.path.splitext(abs_start)[1].lower() != ".sql":
                        self.not_read.append(start)
                    continue
                # explicitly passed files are checked even when excluded, unless --force-exclude (ruff)
                if force_exclude and (self.excluded(abs_start, False) or not self.included(abs_start)):
                    continue
                if abs_start not in seen:
                    seen.add(abs_start)
                    yield start
                continue
            if force_exclude and self.excluded(abs_start, True):
                continue
            start_s = os.fspath(start)
            for dirpath, dirnames, filenames in os.walk(start_s):
                abs_dir = abs_start + dirpath[len(start_s):] if dirpath.startswith(start_s) else os.path.realpath(dirpath)
                dirnames[:] = sorted(n for n in dirnames if not self.excluded(abs_dir + os.sep + n, True))
                # no ignore file above and no globs: nothing to match per file
                plain = self.exclude is None and self.include is None and not self._chain(abs_dir)
                for name in sorted(filenames):
                    suffix = os.path.splitext(name)[1].lower()
                    if suffix not in READ_SUFFIXES:
                        continue
                    abs_p = abs_dir + os.sep + name
                    if abs_p in seen:
                        continue
                    if not plain and (self.excluded(abs_p, False) or not self.included(abs_p)):
                        continue
                    seen.add(abs_p)
                    p = Path(dirpath + os.sep + name)
                    if name in TYPES_NAMES or abs_p.replace(os.sep, "/").endswith(
                            ("/types/supabase.ts", "/integrations/supabase/types.ts")):
                        self.types_found.append(p)
                    yield p
