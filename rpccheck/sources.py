"""Reading user files safely: binary, non-UTF-8 and huge files never stop a run.

Every file rpccheck reads (code, SQL, types, config, baseline, .gitignore, the client
scan, the cache key) is read here, the same way: stat first and open only regular
files (a symlink to /dev/zero or a FIFO named like a source file would never end),
open without blocking, fstat the open file (it may have been swapped), check its size
against the limit and sniff its head for binary content before reading the rest, and
never read more than the limit even if the file grows while being read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Optional, Union

# Code files beyond this are generated bundles, not code anyone calls .rpc() from by hand.
MAX_BYTES = 16 * 1024 * 1024
# A `supabase db dump` with data can be hundreds of MB; COPY blocks are skipped cheaply.
MAX_SQL_BYTES = 2 * 1024 * 1024 * 1024


def display_path(p: Path | str) -> str:
    """Paths as diagnostics show them: relative to the working directory (`../x`
    for files above it), with forward slashes."""
    p = Path(p)
    try:
        return Path(os.path.relpath(p)).as_posix()
    except ValueError:  # another drive on Windows
        return p.as_posix()


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, problem). Text is None when the bytes are not text at all."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a BOM (PowerShell's `>` writes it)
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "starts with a UTF-16 byte order mark but is not valid UTF-16; not read"
    if b"\x00" in data[:8192]:
        return None, "binary file (NUL bytes); not read"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        return (
            data.decode("utf-8", errors="replace"),
            f"not valid UTF-8 (byte 0x{data[e.start]:02x} on line {line}); read with replacement characters",
        )


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_SNIFF = 8192
_CHUNK = 1024 * 1024


def _size_text(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


class _Refused(Exception):
    pass


def _open_regular(p: Union[Path, str], limit: int) -> tuple[int, int]:
    """(descriptor of `p` open for reading, its size), after checking it is a regular
    file within `limit`; raises _Refused (with the reason) or OSError."""
    st = os.stat(p)  # follows symlinks, as opening does
    if not stat.S_ISREG(st.st_mode):
        raise _Refused(f"{_kind(st.st_mode)}, not a regular file; not read")
    if st.st_size > limit:
        raise _Refused(f"file is {_size_text(st.st_size)}, over the {_size_text(limit)} limit; not read")
    fd = os.open(p, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)  # what was opened, not what the name pointed at a moment ago
        if not stat.S_ISREG(st.st_mode):
            raise _Refused(f"{_kind(st.st_mode)}, not a regular file; not read")
        if st.st_size > limit:
            raise _Refused(f"file is {_size_text(st.st_size)}, over the {_size_text(limit)} limit; not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, st.st_size


def _chunks(fd: int, limit: int, size: int, first: int = _CHUNK):
    """The file's bytes in chunks (the first at most `first` bytes, so a head can be
    looked at before the rest is read), refusing it once it holds more than `limit`.
    A short read of a regular file is its end: a small file takes one read."""
    total = 0
    want = min(first, size + 1, limit + 1)
    while True:
        chunk = os.read(fd, want)
        if not chunk:
            return
        total += len(chunk)
        if total > limit:
            raise _Refused(f"file grew over the {_size_text(limit)} limit while being read; not read")
        yield chunk
        if len(chunk) < want:
            return
        want = max(1, min(max(size + 1 - total, _CHUNK), limit + 1 - total))


def _is_binary_head(head: bytes) -> bool:
    return b"\x00" in head[:_SNIFF] and head[:2] not in (b"\xff\xfe", b"\xfe\xff")


def read_bytes(p: Path, limit: int | None = None, text: bool = True) -> tuple[bytes | None, str | None]:
    """(bytes, None), or (None, why not): only a regular file, at most `limit` bytes;
    with `text`, a binary head (NUL bytes, no UTF-16 byte order mark) is refused
    before the rest of the file is read."""
    limit = MAX_BYTES if limit is None else limit
    try:
        fd, size = _open_regular(p, limit)
    except _Refused as e:
        return None, str(e)
    except OSError as e:
        return None, f"cannot read file: {e.strerror or e}"
    try:
        parts = []
        head = True
        for chunk in _chunks(fd, limit, size, _SNIFF if text else _CHUNK):
            if head and text and _is_binary_head(chunk):
                return None, "binary file (NUL bytes); not read"
            head = False
            parts.append(chunk)
        return b"".join(parts), None
    except _Refused as e:
        return None, str(e)
    except OSError as e:
        return None, f"cannot read file: {e.strerror or e}"
    finally:
        os.close(fd)


# below this size a file is hashed with the interpreter's SHA-256 (about 2 ms for 512 KB here),
# above it with OpenSSL's, whose import (hashlib) costs some 14M instructions, ~4 ms
_SMALL_DIGEST = 512 * 1024


def file_digest(p: Union[Path, str], limit: int) -> Optional[str]:
    """SHA-256 of a regular file's bytes, read in chunks (never whole in memory), or
    None when it cannot or should not be read (the reader then says why)."""
    try:
        fd, size = _open_regular(p, limit)
    except (_Refused, OSError):
        return None
    try:
        if size < _SMALL_DIGEST:
            from .cache import sha256  # the interpreter's own: loading OpenSSL costs more than it saves here

            h = sha256()
        else:
            import hashlib  # (OpenSSL's, fast on megabytes) only when a file is hashed: a warm run takes digests from the memo

            h = hashlib.sha256()
        for chunk in _chunks(fd, limit, size):
            h.update(chunk)
        return h.hexdigest()
    except (_Refused, OSError):
        return None
    finally:
        os.close(fd)


def contains(p: Union[Path, str], needle: bytes, limit: int) -> bool:
    """Whether a regular file holds `needle`, read in chunks: a suppression marker is
    looked for without holding a large dump in memory a second time."""
    try:
        fd, size = _open_regular(p, limit)
    except (_Refused, OSError):
        return False
    try:
        tail = b""
        for chunk in _chunks(fd, limit, size):
            if needle in tail + chunk[: len(needle)] or needle in chunk:
                return True
            tail = chunk[-(len(needle) - 1) :] if len(needle) > 1 else b""
        return False
    except (_Refused, OSError):
        return False
    finally:
        os.close(fd)


def read_text_file(p: Path, limit: int | None = None) -> tuple[str | None, str | None]:
    data, problem = read_bytes(p, limit)
    if data is None:
        return None, problem
    return decode(data)
