"""A cache of schema catalogs, outside the user's tree.

Reading a large schema (thousands of functions) costs about a second; a pre-commit
hook that re-reads the same migrations on every commit should not pay it again.
Entries live in `$RPCCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/rpccheck`, else
`~/.cache/rpccheck`, keyed by a hash of everything the result depends on: rpccheck's
version, the working directory (paths in findings are relative to it) and each
schema file's name, source and bytes. Any problem with the cache is ignored: it can
only make a run faster, never change its result.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from . import __version__

_FORMAT = 1


def enabled() -> bool:
    return not os.environ.get("RPCCHECK_NO_CACHE")


def directory() -> Path:
    explicit = os.environ.get("RPCCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rpccheck"


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A hash of rpccheck's own source: a cached result from other code is never reused."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for p in sorted(package.rglob("*.py")):
        h.update(p.relative_to(package).as_posix().encode() + b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()


def key_for(parts: Iterable[tuple[str, str, bytes]]) -> str:
    """Hash of (shown path, source, content) triples plus what else shapes the result."""
    h = hashlib.sha256()
    h.update(f"{_FORMAT}\0{__version__}\0{_code_fingerprint()}\0{sys.version_info[:2]}\0{os.getcwd()}\0".encode())
    for shown, source, data in parts:
        h.update(f"{shown}\0{source}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def probe(kind: str, files: list[tuple[str, str, Path]], use: bool = True,
          valid: Callable[[Any], bool] = lambda value: value is not None) -> tuple[Optional[str], Any]:
    """(key to store a result under, or None when caching is off or impossible; a valid
    earlier result for the same files (shown path, source, path), or None)."""
    if not (use and enabled()):
        return None, None
    try:
        key = key_for((shown, source, p.read_bytes()) for shown, source, p in files)
    except OSError:
        return None, None  # let the reader report it
    hit = load(kind, key)
    return key, (hit if hit is not None and valid(hit) else None)


def cached(kind: str, files: list[tuple[str, str, Path]], compute: Callable[[], Any], use: bool = True,
           valid: Callable[[Any], bool] = lambda value: value is not None) -> Any:
    """compute(), or its earlier result for the same files (shown path, source, path)."""
    key, hit = probe(kind, files, use, valid)
    if hit is not None:
        return hit
    value = compute()
    if key is not None:
        store(kind, key, value)
    return value


def load(kind: str, key: str) -> Optional[Any]:
    """An entry, if it is there and only this user could have written it: a pickle runs
    code when loaded, so a cache directory others can write to is never read."""
    path = directory() / f"{kind}-{key}.pickle"
    try:
        if not _private(path) or not _private(path.parent):
            return None
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # missing, truncated, from another version: recompute
        return None


def _private(path: Path) -> bool:
    st = path.stat()
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not (st.st_mode & 0o022)  # not writable by group or others


def store(kind: str, key: str, value: Any) -> None:
    d = directory()
    try:
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d, prefix=f".{kind}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, d / f"{kind}-{key}.pickle")
        _prune(d, kind)
    except Exception:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except Exception:
            pass


def _prune(d: Path, kind: str, keep: int = 32) -> None:
    """Keep the most recent entries only: a cache must not grow without bound."""
    entries = sorted(d.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[keep:]:
        try:
            old.unlink()
        except OSError:
            pass
