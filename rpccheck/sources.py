"""Reading user files safely: binary, non-UTF-8 and huge files never stop a run."""

from __future__ import annotations

import os
from pathlib import Path

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


def read_bytes(p: Path, limit: int | None = None) -> tuple[bytes | None, str | None]:
    limit = MAX_BYTES if limit is None else limit
    try:
        size = p.stat().st_size
        if size > limit:
            return None, f"file is {size // (1024 * 1024)} MB, over the {limit // (1024 * 1024)} MB limit; not read"
        return p.read_bytes(), None
    except OSError as e:
        return None, f"cannot read file: {e.strerror or e}"


def read_text_file(p: Path, limit: int | None = None) -> tuple[str | None, str | None]:
    data, problem = read_bytes(p, limit)
    if data is None:
        return None, problem
    return decode(data)
