"""The methods `dataclasses` generates for rpccheck's dataclasses, compiled ahead of time.

For each dataclass, `dataclasses` writes the source of its __init__, __repr__, __eq__,
__hash__ (and __setattr__/__delattr__ when frozen) and compiles it with exec(): about 1 ms
a class on CPython 3.11, and a check defines some 40 before it starts (a fifth of the
instructions of a warm run on a small tree). `python -m rpccheck._precompile` writes those
sources, as dataclasses makes them on the running Python, into a module of their own
(`_precompiled_cpython_311.py`, ...), which is compiled once, like any module of the
package, when it is installed. `install()` gives the dataclasses module an exec() that
takes a source it finds there from that module's compiled code and runs any other source
as exec() does: the functions made are those exec() would make (same code, same globals;
only the file name their tracebacks show differs), so a table that is out of date, or
missing for a Python version, only makes start-up slower, never different.
"""

from __future__ import annotations

import builtins
import sys
import types
from typing import Any, Optional

_TABLE = "rpccheck._precompiled_" + sys.implementation.cache_tag.replace("-", "_")
_FACTORY = "__create_fn__"  # what every source dataclasses compiles defines (CPython 3.10-3.14)
_codes: Optional[dict[str, types.CodeType]] = None


def _load() -> dict[str, types.CodeType]:
    import importlib

    try:
        table: Any = importlib.import_module(_TABLE)
        return {text: factory.__code__ for text, factory in zip(table.TEXTS, table.FACTORIES)}
    except Exception:  # no table for this Python (or a broken one): exec() as before
        return {}


def _exec(source, globals=None, locals=None, /):
    """exec() for the dataclasses module (whose globals `globals=None` means)."""
    global _codes
    if globals is None:
        globals = vars(sys.modules["dataclasses"])
    if _codes is None:
        _codes = _load()
    code = _codes.get(source) if source.__class__ is str and locals is not None else None
    if code is None:
        return builtins.exec(source, globals, locals)
    if "__builtins__" not in globals:
        globals["__builtins__"] = vars(builtins)  # as exec() inserts them
    # the source's one statement, `def __create_fn__(...)`, run: a function of its code
    locals[_FACTORY] = types.FunctionType(code, globals)
    return None


# Regular expressions: `re` parses and compiles each pattern a run uses (some 80 on a small
# run, a sixth of its CPU after start-up) into the code `_sre.compile` takes. The table keeps,
# for the patterns rpccheck's modules compile, the arguments this Python's compiler passed to
# `_sre.compile` (under the `_sre.MAGIC` it had); a pattern found there is made from them,
# any other is compiled as before. `Pattern.__eq__` compares the code: the test checks each.
_patterns: Optional[dict[tuple, tuple]] = None
_original_compile: Any = None


def _compiler() -> Any:
    if sys.version_info >= (3, 11):
        import re._compiler as compiler
    else:  # pragma: no cover - 3.10
        import sre_compile as compiler
    return compiler


def _load_patterns() -> dict[tuple, tuple]:
    import importlib

    import _sre

    try:
        table: Any = importlib.import_module(_TABLE)
        if getattr(table, "SRE_MAGIC", None) != _sre.MAGIC:
            return {}
        return {(args[0].__class__, args[0], flags): args for flags, args in table.PATTERNS}
    except Exception:  # no table for this Python (or a broken one): compiled as before
        return {}


def _compile(p, flags=0):
    """re's compiler, for `re._compile` (which caches what it gives)."""
    global _patterns
    if _patterns is None:
        _patterns = _load_patterns()
    args = _patterns.get((p.__class__, p, flags)) if p.__class__ in (str, bytes) else None
    if args is None:
        return _original_compile(p, flags)
    import _sre

    pattern, final_flags, code, groups, groupindex, indexgroup = args
    words = list(code) if code.__class__ is tuple else _unpacked(code)
    if words is None:
        return _original_compile(p, flags)
    return _sre.compile(pattern, final_flags, words, groups, dict(groupindex), indexgroup)


def _unpacked(packed: bytes) -> Optional[list[int]]:
    """The code `_precompile._packed` packed (None where a word is not 32 bits)."""
    import array
    import zlib

    words = array.array("I")
    if words.itemsize != 4:  # pragma: no cover - every platform CPython supports has 4
        return None
    words.frombytes(zlib.decompress(packed))
    if sys.byteorder == "big":  # pragma: no cover
        words.byteswap()
    return words.tolist()


def install() -> None:
    """Let the dataclasses defined from now on use the precompiled methods, and the patterns
    compiled from now on the precompiled code."""
    global _original_compile
    import dataclasses

    if vars(dataclasses).get("exec") is None:
        dataclasses.exec = _exec  # type: ignore[attr-defined]
    compiler = _compiler()
    if _original_compile is None and getattr(compiler.compile, "__module__", "") != __name__:
        _original_compile = compiler.compile
        compiler.compile = _compile
