"""A cache of schema catalogs, outside the user's tree.

Reading a large schema (thousands of functions) costs about a second; a pre-commit
hook that re-reads the same migrations on every commit should not pay it again.
Entries live in `$RPCCHECK_CACHE_DIR` when set (used as given: asking for it is
asking), else the platform's user cache directory (platformdirs: `$XDG_CACHE_HOME`
or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows),
and nowhere when that cannot be determined (no HOME and no passwd entry, a relative
`XDG_CACHE_HOME`, which the XDG spec says to ignore) or when it lies inside the tree
being checked. Entries are keyed by a hash of everything the result depends on:
rpccheck's version and code, the working directory (paths in findings are relative
to it) and each schema file's name, source and bytes. They are data, not code (JSON,
see cachecodec), and any problem with the cache is ignored: it can only make a run
faster, never change its result.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from . import __version__, cachecodec
from .sources import MAX_SQL_BYTES, file_digest

_FORMAT = 3  # 1: pickle; 2: JSON (cachecodec); 3: a catalog's routines in columns
_SUFFIX = ".json"


def enabled() -> bool:
    return not os.environ.get("RPCCHECK_NO_CACHE")


def _platform_cache_dir() -> Optional[Path]:
    if sys.platform not in ("win32", "darwin"):
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        if xdg.strip() and not os.path.isabs(xdg):
            base = os.path.join(os.path.expanduser("~"), ".cache")  # XDG: a relative path is invalid, ignore it
            return Path(base) / "rpccheck" if os.path.isabs(base) else None
        plain = _plain_linux_cache_dir(xdg)
        if plain is not None:
            return plain
    import platformdirs

    try:
        d = platformdirs.user_cache_dir("rpccheck", appauthor=False)
    except Exception:  # no home directory of any kind
        return None
    # with no HOME and no passwd entry, `~` stays `~`: a folder named `~` in the project
    return Path(d) if d and os.path.isabs(d) else None


def _plain_linux_cache_dir(xdg: str) -> Optional[Path]:
    """platformdirs' answer on Linux in the cases where every version of it (3.x on)
    gives the same one: `$XDG_CACHE_HOME/rpccheck` for an absolute XDG_CACHE_HOME, else
    `$HOME/.cache/rpccheck` for an absolute HOME; None for the rest (Android, a relative
    or padded value, no HOME), which platformdirs decides. Importing it costs ~10 ms of
    every run that uses the user cache folder."""
    if not sys.platform.startswith("linux") or hasattr(sys, "getandroidapilevel") or os.environ.get("ANDROID_DATA"):
        return None
    if xdg:
        return Path(os.path.join(xdg, "rpccheck")) if os.path.isabs(xdg) and xdg == xdg.strip() else None
    home = os.environ.get("HOME", "")
    if not (home and os.path.isabs(home) and home == home.strip()):
        return None
    return Path(os.path.join(os.path.expanduser("~/.cache"), "rpccheck"))


def directory(tree: Optional[Path] = None) -> Optional[Path]:
    """Where entries go, or None for nowhere (see the module docstring)."""
    explicit = os.environ.get("RPCCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    d = _platform_cache_dir()
    if d is None:
        return None
    if tree is not None:
        try:
            inside = Path(os.path.realpath(d)).is_relative_to(os.path.realpath(tree))
        except (OSError, ValueError):
            inside = True
        if inside:
            return None  # never written inside the checked tree unless asked
    return d


@dataclass(frozen=True)
class Slot:
    """Where one result is (or will be) stored."""

    directory: Path
    kind: str
    key: str

    @property
    def path(self) -> Path:
        return self.directory / f"{self.kind}-{self.key}{_SUFFIX}"


def sha256():
    """A SHA-256 hash object for the few hundred bytes of a key. The interpreter's own
    implementation: importing hashlib loads OpenSSL (~3 ms of every run); files, where
    OpenSSL's speed counts, are hashed with it (sources.file_digest)."""
    import importlib

    for name in ("_sha2", "_sha256"):  # Python 3.12 on; 3.10 and 3.11
        try:
            return importlib.import_module(name).sha256()
        except (ImportError, AttributeError):
            continue
    import hashlib  # a build without them

    return hashlib.sha256()


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A hash of rpccheck's own source files, by name, size, modification and change times
    and inode (as git's index tells a changed file; an install that sets every mtime alike
    still changes the others), not content: a cached result from other code is never
    reused, and a run does not read and hash 800 KB of source to know it (5 ms of a
    warm run)."""
    package = os.path.dirname(os.path.realpath(__file__))
    found = []
    for folder, dirnames, filenames in os.walk(package):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        rel = os.path.relpath(folder, package).replace(os.sep, "/")
        for name in filenames:
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                found.append(
                    f"{name if rel == '.' else rel + '/' + name}\0{st.st_size}\0{st.st_mtime_ns}\0"
                    f"{st.st_ctime_ns}\0{st.st_ino}\0"
                )
    h = sha256()
    for entry in sorted(found):
        h.update(entry.encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def key_for(parts: Iterable[tuple[str, str, str]]) -> str:
    """Hash of (shown path, source, content digest) triples plus what else shapes the result."""
    h = sha256()
    h.update(
        f"{_FORMAT}\0{__version__}\0{_code_fingerprint()}\0{sys.version_info[:2]}\0{os.getcwd()}\0".encode(
            "utf-8", "surrogateescape"
        )
    )
    for shown, source, digest in parts:
        h.update(f"{shown}\0{source}\0{digest}\0".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def probe(
    kind: str,
    files: list[tuple[str, str, Path]],
    use: bool = True,
    valid: Callable[[Any], bool] = lambda value: value is not None,
    tree: Optional[Path] = None,
) -> tuple[Optional[Slot], Any]:
    """(where to store a result, or None when caching is off or impossible; a valid
    earlier result for the same files (shown path, source, path), or None)."""
    slot = slot_for(kind, files, use, tree)  # digests in chunks: a large dump is not held in memory for this
    if slot is None:
        return None, None
    hit = load(slot)
    return slot, (hit if hit is not None and valid(hit) else None)


def slot_for(
    kind: str, files: list[tuple[str, str, Path]], use: bool = True, tree: Optional[Path] = None
) -> Optional[Slot]:
    """Where the result for these files (shown path, source, path) is stored, without
    loading it; None when caching is off or impossible."""
    if not (use and enabled()):
        return None
    d = directory(tree)
    if d is None:
        return None
    parts = []
    try:
        for shown, source, p in files:
            digest = _digest(d, p)
            if digest is None:
                return None  # let the reader report it
            parts.append((shown, source, digest))
    finally:
        flush_facts()
    return Slot(d, kind, key_for(parts))


# A file's digest by its stat signature, as git's index keeps one: a warm run on a large
# project hashed its 6 MB dump and 2 MB types file on every run (15-20 ms) to find the
# entries it already has, and read the dump again for a suppression marker (16 ms). A
# signature is recorded only for a file last changed before the moment it was read by
# more than timestamps can blur (a write just after the read could leave mtime as it
# was), and a file whose signature moved is read again; the memo is data checked where
# it is read, and a wrong one can only miss the cache or a marker in a file given as
# schema (whoever can write it can write an entry too).
_DIGESTS_KIND = "digests"
_DIGESTS_KEEP = 4096
_STABLE_NS = 2_000_000_000
# per cache folder: (memo, [changed], the keys this run used); written by flush_facts
_digests: dict[Path, tuple[dict[str, list], list[bool], set[str]]] = {}


def _signature(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def _digest_memo(d: Path) -> tuple[dict[str, list], list[bool], set[str]]:
    found = _digests.get(d)
    if found is None:
        memo: dict[str, list] = {}
        raw = load_bytes(Slot(d, _DIGESTS_KIND, "memo"))
        if raw is not None:
            import json

            try:
                value = json.loads(raw.decode("utf-8", "surrogatepass"))
            except (ValueError, RecursionError):
                value = None
            if isinstance(value, dict):
                for path, entry in value.items():
                    if (
                        isinstance(entry, list)
                        and len(entry) == 6
                        and all(type(v) is int for v in entry[:5])
                        and type(entry[5]) in (str, bool)
                    ):
                        memo[path] = entry
        found = _digests[d] = (memo, [False], set())
    return found


def _digest(d: Path, p: Path) -> Optional[str]:
    """file_digest(p), from the memo in `d` when p's stat signature is the one recorded."""
    return _fact(d, p, "", str, lambda: file_digest(p, MAX_SQL_BYTES))


def holds(p: Path, needle: bytes, use: bool = True, tree: Optional[Path] = None) -> bool:
    """sources.contains(p, needle, MAX_SQL_BYTES), from the memo (see _digest) when
    caching is on and p's stat signature is the one recorded."""
    from .sources import contains

    d = directory(tree) if use and enabled() else None
    if d is None:
        return contains(p, needle, MAX_SQL_BYTES)
    found = _fact(d, p, "holds:" + needle.hex(), bool, lambda: contains(p, needle, MAX_SQL_BYTES))
    return bool(found)


def _fact(d: Path, p: Path, fact: str, kind: type, compute: Callable[[], Any]) -> Any:
    """compute()'s value for file p (a digest, or whether it holds a needle: `kind`), from
    the memo in `d` when p's stat signature is the one recorded with it; None from
    compute() is not recorded."""
    import time

    try:
        st = os.stat(p)
    except OSError:
        return compute()  # as before: the reader says why
    memo, changed, used = _digest_memo(d)
    key = os.path.abspath(p) + ("\0" + fact if fact else "")
    used.add(key)
    signature = _signature(st)
    entry = memo.get(key)
    if entry is not None and entry[:5] == signature and type(entry[5]) is kind:
        return entry[5]
    read_at = time.time_ns()
    value = compute()
    if value is None:
        return None
    try:
        same = _signature(os.stat(p)) == signature
    except OSError:
        same = False
    if same and st.st_mtime_ns < read_at - _STABLE_NS:  # (as the client memo: by mtime, as git does)
        if len(memo) >= _DIGESTS_KEEP:  # the files of other runs make room (all, if need be)
            for old in [k for k in memo if k not in used] or list(memo):
                del memo[old]
        memo[key] = signature + [value]
        changed[0] = True
    elif entry is not None:
        del memo[key]
        changed[0] = True
    return value


def flush_facts() -> None:
    """Write the memos `_fact` changed: once per batch of files (a cold run over hundreds of
    migrations wrote it, and pruned the folder, once per file)."""
    import json

    for d, (memo, changed, _used) in _digests.items():
        if changed[0]:
            changed[0] = False
            store_bytes(
                Slot(d, _DIGESTS_KIND, "memo"),
                json.dumps(memo, separators=(",", ":")).encode("utf-8", "surrogatepass"),
            )


def slot_by_key(
    kind: str, parts: list[tuple[str, str, str]], use: bool = True, tree: Optional[Path] = None
) -> Optional[Slot]:
    """Where cached_by_key keeps the result for these (name, what, digest) triples; None
    when caching is off or impossible."""
    d = directory(tree) if use and enabled() else None
    return Slot(d, kind, key_for(parts)) if d is not None else None


def cached_by_key(
    kind: str,
    parts: list[tuple[str, str, str]],
    compute: Callable[[], Any],
    use: bool = True,
    valid: Callable[[Any], bool] = lambda value: value is not None,
    tree: Optional[Path] = None,
) -> Any:
    """compute(), or its earlier result for the same inputs, given as (name, what, digest)
    triples: what is derived from other entries (their keys as digests) is cached whole."""
    slot = slot_by_key(kind, parts, use, tree)
    if slot is None:
        return compute()
    hit = load(slot)
    if hit is not None and valid(hit):
        return hit
    value = compute()
    store(slot, value)
    return value


def cached(
    kind: str,
    files: list[tuple[str, str, Path]],
    compute: Callable[[], Any],
    use: bool = True,
    valid: Callable[[Any], bool] = lambda value: value is not None,
    tree: Optional[Path] = None,
) -> Any:
    """compute(), or its earlier result for the same files (shown path, source, path)."""
    slot, hit = probe(kind, files, use, valid, tree)
    if hit is not None:
        return hit
    value = compute()
    if slot is not None:
        store(slot, value)
    return value


def load(slot: Slot) -> Optional[Any]:
    """An entry, if it is there, only this user could have written it, and it decodes
    to what rpccheck writes (cachecodec validates it; it cannot run code)."""
    data = load_bytes(slot)
    if data is None:
        return None
    try:
        return cachecodec.loads(data)
    except cachecodec.Invalid:  # truncated, from another version, or tampered with: recompute
        return None


def load_bytes(slot: Slot) -> Optional[bytes]:
    """An entry's bytes, if it is there and only this user could have written it; for a
    caller that validates them itself (plain JSON of plain values: the client memo)."""
    from .sources import read_bytes

    path = slot.path
    try:
        if not _private(path) or not _private(path.parent):
            return None
    except OSError:
        return None
    data, _problem = read_bytes(path, MAX_SQL_BYTES, text=False)
    return data


def _private(path: Path) -> bool:
    """Not writable by other users. On Windows the mode bits say nothing about that (they
    only carry the read-only flag): the user's cache folder is private by its ACL, and an
    entry is data that is validated on load, so there is nothing more to check."""
    if os.name == "nt":
        return True
    st = path.stat()
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not (st.st_mode & 0o022)  # not writable by group or others


def store(slot: Slot, value: Any) -> None:
    try:
        data = cachecodec.dumps(value)
    except Exception:
        return
    store_bytes(slot, data)


def store_bytes(slot: Slot, data: bytes) -> None:
    d = slot.directory
    tmp = None
    try:
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = _temporary(d, f".{slot.kind}-", ".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, slot.path)
        tmp = None
        _prune(d, slot.kind)
    except Exception:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _temporary(d: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """(fd, path) of a new file in `d` that only this user can read and write, opened
    exclusively under a random name, as tempfile.mkstemp makes it: without importing
    tempfile (and shutil, random, bz2, lzma with it, 10M instructions of every run that
    stores an entry)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    for extra in ("O_NOFOLLOW", "O_CLOEXEC", "O_BINARY", "O_NOINHERIT"):
        flags |= getattr(os, extra, 0)
    for _attempt in range(100):
        path = os.path.join(d, f"{prefix}{os.urandom(8).hex()}{suffix}")
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {d}")


def _prune(d: Path, kind: str, keep: int = 32) -> None:
    """Keep the most recent entries only: a cache must not grow without bound."""
    prefix = f"{kind}-"
    with os.scandir(d) as listing:  # (Path.glob compiles a pattern for each kind)
        named = [Path(e.path) for e in listing if e.name.startswith(prefix) and e.name.endswith(_SUFFIX)]
    entries = sorted(named, key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[keep:]:
        try:
            old.unlink()
        except OSError:
            pass
