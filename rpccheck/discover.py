"""Which files a run reads: schema sources in the order they apply, generated types,
and code files (respecting .gitignore and excludes).

Migrations follow the Supabase CLI: in a migrations directory only files named
`<digits>_<name>.sql` apply, in file-name order (what `os.ReadDir` gives the CLI);
anything else there is skipped and said so.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

if TYPE_CHECKING:
    import pathspec

from .callers import DEFAULT_EXCLUDED_DIRS, READ_SUFFIXES
from .config import CONFIG_FILES, Config

MIGRATION_NAME = re.compile(r"^([0-9]+)_(.*)\.sql$")
# what discovery looks for when neither --schema nor `schema` is set, in apply order:
# migrations replay history; declarative schemas and dumps state a result (used only
# when there are no migrations); seed comes last
DISCOVERED_SCHEMA = (
    "supabase/migrations",
    "supabase/schemas",
    "supabase/schema.sql",
    "schema.sql",
    "full.sql",
    "supabase/seed.sql",
)
STATE_SOURCES = frozenset({"supabase/schemas", "supabase/schema.sql", "schema.sql", "full.sql"})
TYPES_NAMES = ("database.types.ts", "supabase.types.ts", "database-generated.types.ts")
# where projects keep them; a run on single files (pre-commit) looks only here
TYPES_LOCATIONS = tuple(
    f"{d}{n}"
    for d in (
        "",
        "src/",
        "types/",
        "src/types/",
        "lib/",
        "src/lib/",
        "utils/",
        "src/utils/",
        "supabase/",
        "supabase/functions/_shared/",
    )
    for n in TYPES_NAMES
) + ("types/supabase.ts", "src/types/supabase.ts", "src/integrations/supabase/types.ts")  # the last: Lovable's
# Generated types are found by content too: the `Database` declaration that `supabase gen
# types typescript` (postgres-meta) writes, as a type alias or an interface, with `Functions`.
# The two byte tests reject nearly every other file before the pattern runs.
_TYPES_DECLARATION = re.compile(rb"\b(?:type\s+Database\s*=\s*\{|interface\s+Database\s*\{)")
_FUNCTIONS_KEY = re.compile(rb"\bFunctions\s*\??\s*:")


def looks_like_types(data: bytes) -> bool:
    """Whether a TypeScript file holds Supabase generated types (any generator version)."""
    return (
        b"Functions" in data
        and b"Database" in data
        and _TYPES_DECLARATION.search(data) is not None
        and _FUNCTIONS_KEY.search(data) is not None
    )


def hook_files_pattern() -> str:
    """The `files` regex of the pre-commit hook: exactly what rpccheck reads, plus `.sql`
    (a staged schema file widens the check). `.pre-commit-hooks.yaml` must hold this text."""
    names = sorted(s[1:] for s in READ_SUFFIXES | {".sql"})
    return r"\.(" + "|".join(names) + r")$"


@dataclass(frozen=True)
class SourceFile:
    """A schema file found, and whether it is applied."""

    path: Path
    applied: bool
    why: str = ""  # how it was found, or why it was skipped
    source: str = ""  # the folder or file it came from: files of one source replay in one history
    unreadable: bool = False  # a folder that could not be listed (`why` says why): reported, not skipped silently


def _unreadable(path: Path, error: OSError, source: str) -> SourceFile:
    what = (
        "vanished while being read"
        if isinstance(error, FileNotFoundError)
        else f"cannot be read: {error.strerror or error}"
    )
    return SourceFile(path, False, f"folder {what}", source, unreadable=True)


def _files_under(d: Path, source: str, suffix: str = ".sql") -> tuple[list[Path], list[SourceFile]]:
    """(files named *suffix below `d`, in path order; folders that could not be read).
    Directory symlinks are not followed (no loops); a folder that vanishes or cannot be
    listed is reported instead of ending the run."""
    found: list[Path] = []
    problems: list[SourceFile] = []

    def onerror(e: OSError) -> None:
        problems.append(_unreadable(Path(e.filename) if e.filename else d, e, source))

    for dirpath, dirnames, filenames in os.walk(d, onerror=onerror):
        dirnames.sort()
        found.extend(Path(dirpath) / n for n in filenames if n.endswith(suffix))
    return sorted(found), problems


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _has_magic(part: str) -> bool:
    """glob.has_magic for text (the glob and fnmatch modules load only when a glob is used)."""
    return "*" in part or "?" in part or "[" in part


def safe_glob(pattern: str) -> tuple[list[Path], list[SourceFile]]:
    """`glob.glob(pattern, recursive=True)` without its loops: `**` follows a directory
    symlink only to a folder it has not been in yet, and a folder that cannot be listed
    is reported (as `_files_under` does) instead of ending the run."""
    import fnmatch

    p = Path(pattern)
    parts = p.parts
    first = next((i for i, part in enumerate(parts) if _has_magic(part)), len(parts))
    base = Path(*parts[:first]) if first else Path(".")
    rest = parts[first:]
    if not rest:
        return ([p] if os.path.lexists(p) else []), []
    results: list[Path] = []
    problems: list[SourceFile] = []
    seen: set[tuple[int, int, int]] = set()
    stack: list[tuple[Path, int]] = [(base, 0)]

    def entries(d: Path) -> list[os.DirEntry]:
        try:
            with os.scandir(d) as it:
                return sorted(it, key=lambda e: e.name)
        except NotADirectoryError:
            return []
        except OSError as e:
            problems.append(_unreadable(d, e, pattern))
            return []

    def is_dir(e: os.DirEntry) -> bool:
        try:
            return e.is_dir()
        except OSError:
            return False

    while stack:
        path, k = stack.pop()
        if k == len(rest):
            results.append(path)
            continue
        comp = rest[k]
        if comp == "**":
            try:
                st = os.stat(path)
            except OSError:
                continue
            if not stat.S_ISDIR(st.st_mode) or (st.st_dev, st.st_ino, k) in seen:
                continue  # a loop (or a second way into a folder already searched)
            seen.add((st.st_dev, st.st_ino, k))
            stack.append((path, k + 1))
            for e in entries(path):
                if _is_hidden(e.name):
                    continue
                if is_dir(e):
                    stack.append((Path(e.path) if path != Path(".") else Path(e.name), k))
                elif k + 1 == len(rest):
                    results.append(Path(e.path) if path != Path(".") else Path(e.name))
        elif _has_magic(comp):
            last = k + 1 == len(rest)
            for e in entries(path):
                if _is_hidden(e.name) and not _is_hidden(comp):
                    continue
                if fnmatch.fnmatch(e.name, comp) and (last or is_dir(e)):
                    stack.append((Path(e.path) if path != Path(".") else Path(e.name), k + 1))
        else:
            child = path / comp
            if os.path.lexists(child):
                stack.append((child, k + 1))
    return sorted(set(results)), problems


def _expand_dir(d: Path, why: str) -> list[SourceFile]:
    """The .sql files a directory contributes, in the order they apply.

    A directory named `migrations` is replayed the way the Supabase CLI does it: its
    `<digits>_<name>.sql` files in file-name order, and nothing else (Prisma's layout,
    `<digits>_<name>/migration.sql`, in folder-name order). Any other directory is read
    whole, every .sql file below it in path order (declarative schemas have free names).
    """
    if d.name != "migrations":
        files, problems = _files_under(d, str(d))
        return [SourceFile(p, True, why, str(d)) for p in files] + problems
    out = []
    try:
        with os.scandir(d) as it:
            entries = sorted(it, key=lambda entry: entry.name)
    except OSError as error:
        return [_unreadable(d, error, str(d))]
    for e in entries:
        p = Path(e.path)
        try:
            is_dir = e.is_dir()
        except OSError:
            continue
        if not is_dir and e.name.endswith(".sql"):  # a device or broken link too: the reader says why not
            if MIGRATION_NAME.match(e.name):
                out.append(SourceFile(p, True, f"migration, {why}", str(d)))
            else:
                out.append(
                    SourceFile(
                        p, False, "not named <timestamp>_<name>.sql, so the Supabase CLI does not apply it", str(d)
                    )
                )
        elif is_dir and (p / "migration.sql").is_file() and re.match(r"^[0-9]+_", e.name):
            out.append(SourceFile(p / "migration.sql", True, f"migration (Prisma layout), {why}", str(d)))
        elif is_dir:
            files, _problems = _files_under(p, str(d))  # not read anyway
            for q in files:
                out.append(
                    SourceFile(
                        q, False, "in a subfolder of a migrations folder, which the Supabase CLI does not read", str(d)
                    )
                )
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
                matches, problems = safe_glob(str(p))
                out.extend(problems)
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
            found = [
                SourceFile(
                    f.path,
                    False,
                    "supabase/migrations defines the database; pass --schema to read this instead",
                    f.source,
                )
                for f in found
                if f.applied
            ]
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


# a folder's entries that may make it a project's root (a link or a file of the name as well:
# only folders with none of them are known not to be one)
_PROJECT_MARKS = frozenset(("supabase", *CONFIG_FILES))


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
        self.include = compile_globs(inc, "include") if inc else None
        self.exclude = compile_globs(exc, "exclude") if exc else None
        self._chains: dict[str, tuple[tuple[str, pathspec.PathSpec], ...]] = {}
        # folders the walk listed with no `.gitignore` entry: no stat needed to know it
        self._listed_without_ignore: set[str] = set()
        # folders the walk listed with no `supabase` entry and no config file: none is a
        # project's root, which ProjectMap then knows without the stats `holds_project` makes
        self.listed_without_project: set[str] = set()
        self.real_folders: dict[str, str] = {}  # each folder the walk listed, as written -> real
        self.folders: list[str] = []  # every folder listed, as a real path: what a listing cache checks
        self.ignore_files: list[str] = []  # the .gitignore files read
        self.types_found: list[Path] = []
        # (path, line, what went wrong): unreadable folders, .gitignore lines that are not patterns
        self.problems: list[tuple[str, int, str]] = []
        self.not_read: list[Path] = []  # files passed explicitly in a language rpccheck does not read

    def _own_spec(self, folder: str) -> Optional[pathspec.PathSpec]:
        from .sources import read_text_file

        f = os.path.join(folder, ".gitignore")
        if not self.cfg.respect_gitignore or folder in self._listed_without_ignore or not os.path.isfile(f):
            return None
        self.ignore_files.append(f)
        text, problem = read_text_file(Path(f))
        if text is None:
            self.problems.append((f, 1, f".gitignore not read: {problem}"))
            return None
        import pathspec  # only for a tree with ignore files (an import of tens of milliseconds)

        lines = text.splitlines()
        if all(len(ln) <= MAX_GLOB_CHARS for ln in lines):
            try:
                return pathspec.GitIgnoreSpec.from_lines(lines)
            except (ValueError, re.error):
                pass
        good = []
        for n, ln in enumerate(lines, 1):  # git skips a bad line and keeps the others
            if len(ln) > MAX_GLOB_CHARS:
                self.problems.append(
                    (f, n, f".gitignore line {n} is longer than {MAX_GLOB_CHARS:,} characters; ignored")
                )
                continue
            try:
                pathspec.GitIgnoreSpec.from_lines([ln])
            except (ValueError, re.error) as e:
                self.problems.append((f, n, f".gitignore line {n} is not a pattern git reads ({e}); ignored"))
                continue
            good.append(ln)
        return pathspec.GitIgnoreSpec.from_lines(good)

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

    def _unlistable(self, e: OSError) -> None:
        what = "vanished while being read" if isinstance(e, FileNotFoundError) else f"cannot be read: {e.strerror or e}"
        self.problems.append((os.fspath(e.filename or "."), 1, f"folder {what}; its files were not checked"))

    def walk(self, paths: Iterable[Path], force_exclude: bool = False) -> Iterator[Path]:
        # each file as its folder's Path joined with its name (a Path made from the whole
        # text parses every part again: twice the cost, on every file of the tree)
        folder_text, folder = None, Path()
        for given, found in self._walk(paths, force_exclude):
            if given is not None:
                yield given
                continue
            parent, _, name = found.rpartition(os.sep)
            if parent != folder_text:
                folder_text, folder = parent, Path(parent)
            yield folder / name

    def walk_text(self, paths: Iterable[Path], force_exclude: bool = False) -> Iterator[str]:
        """The files `walk` gives, as text: a whole tree walked without a Path per file."""
        for given, found in self._walk(paths, force_exclude):
            yield os.fspath(given) if given is not None else found

    def _walk(self, paths: Iterable[Path], force_exclude: bool) -> Iterator[tuple[Optional[Path], str]]:
        """(a file passed explicitly, as given, ""), or (None, a file found in a folder)."""
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
                    yield start, ""
                continue
            if force_exclude and self.excluded(abs_start, True):
                continue
            start_s = os.fspath(start)
            for dirpath, dirnames, filenames in _listing(start_s, self._unlistable):
                abs_dir = (
                    abs_start + dirpath[len(start_s) :] if dirpath.startswith(start_s) else os.path.realpath(dirpath)
                )
                self.folders.append(abs_dir)
                self.real_folders[dirpath] = abs_dir
                if ".gitignore" not in filenames and ".gitignore" not in dirnames:
                    self._listed_without_ignore.add(abs_dir)
                if _PROJECT_MARKS.isdisjoint(filenames) and _PROJECT_MARKS.isdisjoint(dirnames):
                    self.listed_without_project.add(abs_dir)
                # no ignore file above and no globs: nothing to match per folder or file
                chain = self._chain(abs_dir)
                if self.exclude is None and not chain:  # `excluded` would say only this
                    dirnames[:] = sorted(n for n in dirnames if n not in DEFAULT_EXCLUDED_DIRS)
                else:
                    dirnames[:] = sorted(n for n in dirnames if not self.excluded(abs_dir + os.sep + n, True))
                plain = self.exclude is None and self.include is None and not chain
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
                    p = dirpath + os.sep + name
                    if name in TYPES_NAMES or (
                        name in ("supabase.ts", "types.ts")
                        and abs_p.replace(os.sep, "/").endswith(
                            ("/types/supabase.ts", "/integrations/supabase/types.ts")
                        )
                    ):
                        self.types_found.append(Path(p))
                    yield None, p


def _listing(top: str, onerror) -> Iterator[tuple[str, list[str], list[str]]]:
    """`os.walk(top, onerror=onerror)`: the same folders, lists and order (top-down, each
    folder's `dirs` read after the caller has pruned them, links to folders listed but not
    entered), without a generator per folder nor an `lstat` per folder to tell a link
    (DirEntry knows it from the listing): a third of the time on 3,000 folders. POSIX
    only; elsewhere (junctions, drive-relative paths) os.walk itself."""
    if os.name != "posix":  # pragma: no cover - Windows
        yield from os.walk(top, onerror=onerror)
        return
    stack = [top]
    while stack:
        folder = stack.pop()
        dirs: list[str] = []
        nondirs: list[str] = []
        links: set[str] = set()
        listed = True
        try:
            entries = os.scandir(folder)
        except OSError as e:
            onerror(e)
            continue
        with entries:
            while True:
                try:
                    try:
                        entry = next(entries)
                    except StopIteration:
                        break
                except OSError as e:
                    onerror(e)  # os.walk gives up on the folder, and does not yield it
                    listed = False
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                    try:
                        if entry.is_symlink():
                            links.add(entry.name)
                    except OSError:
                        pass  # os.path.islink says False on an error: entered
                else:
                    nondirs.append(entry.name)
        if not listed:
            continue
        yield folder, dirs, nondirs
        sep = "" if not folder or folder.endswith("/") else "/"
        stack.extend(folder + sep + d for d in reversed(dirs) if d not in links)


class PatternError(ValueError):
    """An include or exclude glob that is not a pattern: a usage error."""


# pathspec translates a glob in time quadratic in its `[`s (a 30 KB exclude glob of
# `ARRAY[ARRAY[...` took 4.5 s to compile, in a fuzz campaign); no real glob or
# .gitignore line is near this long, and below it a compile takes milliseconds at most
MAX_GLOB_CHARS = 1024


def _shown_glob(pattern: str) -> str:
    return pattern if len(pattern) <= 60 else pattern[:60] + "..."


_COMPILED: dict[tuple[tuple[str, ...], str], pathspec.PathSpec] = {}


def compile_globs(globs: list[str], what: str) -> pathspec.PathSpec:
    """The globs compiled once per run (a run makes a Walker for the scan, the types
    files and the client memo), each checked alone first so the error names it."""
    patterns = tuple(globs)
    found = _COMPILED.get((patterns, what))
    if found is not None:
        return found
    import pathspec

    for pat in patterns:
        if len(pat) > MAX_GLOB_CHARS:
            raise PatternError(
                f"{what} glob `{_shown_glob(pat)}` is longer than {MAX_GLOB_CHARS:,} characters: not a pattern"
            )
        try:
            pathspec.PathSpec.from_lines("gitignore", [pat])
        except (ValueError, re.error) as e:
            raise PatternError(f"{what} glob `{_shown_glob(pat)}` is not a pattern: {e}") from None
    found = pathspec.PathSpec.from_lines("gitignore", list(patterns))
    if len(_COMPILED) > 64:
        _COMPILED.clear()
    _COMPILED[(patterns, what)] = found
    return found
