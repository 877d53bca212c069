"""Writes the table of precompiled dataclass methods for the running Python (see
rpccheck/_precompiled.py): `python -m rpccheck._precompile`, after changing a dataclass,
once per Python version the table is kept for; `--check` only compares."""

from __future__ import annotations

import builtins
import sys
import types
from typing import Callable, Optional

from ._precompiled import _FACTORY, _TABLE


def _record() -> list[str]:
    """The sources dataclasses compiles for every module of the package, on this Python."""
    import dataclasses
    import importlib
    import pkgutil

    import rpccheck

    seen: set[str] = set()

    def recording(source, globals=None, locals=None, /):
        if source.__class__ is str and source.startswith(f"def {_FACTORY}("):
            seen.add(source)
        return builtins.exec(source, vars(dataclasses) if globals is None else globals, locals)

    dataclasses.exec = recording  # type: ignore[attr-defined]
    for mod in pkgutil.walk_packages(rpccheck.__path__, "rpccheck."):
        if mod.name.startswith("rpccheck._precompile") or mod.name == "rpccheck.__main__":
            continue
        importlib.import_module(mod.name)
    return sorted(seen)


_PLAIN_CODE = 20_000  # a pattern's code longer than this (typegen's largest) is kept packed


def _packed(code) -> bytes:
    """A long pattern's code as `_precompiled._unpacked` reads it: little-endian 32-bit
    words, compressed (typegen's largest, 80,000 words, a 130 ms compile, packs into 3 KB)."""
    import array
    import zlib

    words = array.array("I", code)
    if sys.byteorder == "big":  # pragma: no cover - tables are written on little-endian machines
        words.byteswap()
    return zlib.compress(words.tobytes(), 9)


def _lazy_patterns() -> list[tuple]:
    """(pattern, flags) of every LazyPattern of the package's modules, imported by now: the
    ones a check of the bundled example may never compile (typegen's, for a types file)."""
    from .lazyre import LazyPattern

    found = []
    for name, module in sorted(sys.modules.items()):
        if name.startswith("rpccheck") and not name.startswith("rpccheck._precompile"):
            for value in vars(module).values():
                if isinstance(value, LazyPattern):
                    found.append(value._source)
    return found


def _record_patterns(first: Callable[[], list[str]]) -> tuple[list[str], list[tuple[int, tuple]]]:
    """`first()` (which imports every module), and (flags as given, the arguments of
    `_sre.compile`) of each pattern rpccheck's modules compile meanwhile and in a check of
    the bundled example, cold and warm, on this Python."""
    import os
    import re
    import tempfile
    from pathlib import Path

    import _sre

    from . import _precompiled

    compiler = _precompiled._compiler()
    plain = _precompiled._original_compile or compiler.compile
    sre_compile = _sre.compile
    captured: list[tuple] = []
    found: dict[tuple, tuple[int, tuple]] = {}

    def recording_sre(*args):
        captured.append(args)
        return sre_compile(*args)

    def from_rpccheck() -> bool:
        frame: Optional[types.FrameType] = sys._getframe(2)
        for _ in range(24):
            if frame is None:
                return False
            name = frame.f_globals.get("__name__", "")
            if name.startswith("rpccheck") and not name.startswith("rpccheck._precompile"):
                return True
            frame = frame.f_back
        return False

    def recording(p, flags=0, lazy=False):
        captured.clear()
        out = plain(p, flags)
        if p.__class__ in (str, bytes) and len(captured) == 1 and (lazy or from_rpccheck()):
            found[(p.__class__, p, flags)] = (int(flags), captured[0])
        return out

    re.purge()
    _sre.compile = recording_sre
    compiler.compile = recording
    try:
        import rpccheck

        first_result = first()
        for pattern, flags in _lazy_patterns():
            recording(pattern, flags, lazy=True)
        from rpccheck.cli import main

        seed = Path(rpccheck.__file__).resolve().parent.parent / "fixtures" / "seed"
        if seed.is_dir():
            here, cache = os.getcwd(), os.environ.get("RPCCHECK_CACHE_DIR")
            with tempfile.TemporaryDirectory() as d:
                os.environ["RPCCHECK_CACHE_DIR"] = d
                os.chdir(seed)
                try:
                    import contextlib
                    import io

                    with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
                        for _ in range(2):  # cold, then warm
                            main(["check", "--schema", "full.sql", "--format", "json", "."])
                finally:
                    os.chdir(here)
                    if cache is None:
                        del os.environ["RPCCHECK_CACHE_DIR"]
                    else:
                        os.environ["RPCCHECK_CACHE_DIR"] = cache
    finally:
        _sre.compile = sre_compile
        compiler.compile = _precompiled._compile if _precompiled._original_compile else plain
    return first_result, sorted(found.values(), key=repr)


def table_text(sources: list[str], patterns: Optional[list[tuple[int, tuple]]] = None) -> str:
    version = ".".join(map(str, sys.version_info[:2]))
    out = [
        f'"""Generated by `python -m rpccheck._precompile` on {sys.implementation.name} {version}: do not edit.',
        "",
        "The sources dataclasses compiles for rpccheck's dataclasses, each followed by its",
        "definition (see rpccheck/_precompiled.py). No `from __future__` import: the sources",
        'are compiled as exec() compiles them."""',
        "",
        "TEXTS = (",
    ]
    out += [f"    {s!r}," for s in sources]
    out += [")", "_f = []", ""]
    for s in sources:
        out += [s, f"_f.append({_FACTORY})", ""]
    out += ["FACTORIES = tuple(_f)", f"del _f, {_FACTORY}", ""]
    import _sre

    out += [f"SRE_MAGIC = {_sre.MAGIC}", "PATTERNS = ("]
    for flags, (pattern, final_flags, code, groups, groupindex, indexgroup) in patterns or []:
        kept = tuple(int(c) for c in code) if len(code) <= _PLAIN_CODE else _packed(code)
        out.append(
            f"    ({flags}, ({pattern!r}, {int(final_flags)}, {kept!r}, {groups}, {dict(groupindex)!r}, {indexgroup!r})),"
        )
    out += [")", ""]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    """Write (or with --check, compare) this Python's table."""
    from pathlib import Path

    text = table_text(*_record_patterns(_record))
    path = Path(__file__).with_name(_TABLE.rsplit(".", 1)[1] + ".py")
    if "--check" in argv:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print(f"{path.name}: {'up to date' if same else 'out of date: run python -m rpccheck._precompile'}")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
