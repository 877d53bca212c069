"""Start-up cost levers keep behaviour: what is loaded lazily still works when used,
and what a run does not use is not loaded (checked by module, never by a clock)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_pglast_parser_loads_without_the_package_and_the_package_still_imports_after():
    out = _run(
        """
        import sys
        from rpccheck.sql.pgtree import _load_parser
        parser = _load_parser()
        print("enums" , "pglast.enums" in sys.modules, "ast", "pglast.ast" in sys.modules)
        print(parser.parse_sql_json("select 1").startswith('{"version"'))
        try:
            parser.parse_sql_json("selec 1")
        except parser.ParseError as e:
            print("error", e)
        import pglast
        from pglast import parser as again
        print(again is parser, issubclass(parser.ParseError, pglast.Error))
        print(type(pglast.parse_sql("select 1")[0]).__name__)
        """
    )
    assert out.split("\n")[:5] == [
        "enums False ast False",
        "True",
        'error syntax error at or near "selec", at index 0',
        "True True",
        "RawStmt",
    ]


def test_pglast_parser_falls_back_to_the_package_when_it_is_already_imported():
    out = _run(
        """
        import pglast
        from rpccheck._pglast_parser import load
        print(load() is pglast.parser)
        """
    )
    assert out.strip() == "True"


# every dataclass of the package: its generated methods' code, with the file name and first
# line (which differ for the precompiled ones) left out; and whether it came from the table
_DATACLASS_CODE = """
import json, pkgutil, importlib, dataclasses, hashlib, sys
{before}

def shape(code):
    fields = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_flags", "co_code", "co_names",
              "co_varnames", "co_freevars", "co_cellvars", "co_name", "co_qualname", "co_linetable",
              "co_exceptiontable", "co_stacksize")
    consts = tuple(shape(c) if hasattr(c, "co_code") else repr(c) for c in code.co_consts)
    return repr((tuple(repr(getattr(code, f, None)) for f in fields), consts))

import rpccheck
out = {{}}
for mod in pkgutil.walk_packages(rpccheck.__path__, "rpccheck."):
    if mod.name.startswith("rpccheck._precompile") or mod.name == "rpccheck.__main__":
        continue
    module = importlib.import_module(mod.name)
    for name, value in vars(module).items():
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == mod.name:
            for method, fn in sorted(vars(value).items()):
                code = getattr(getattr(fn, "__wrapped__", fn), "__code__", None)
                if code is not None and code.co_filename.endswith(("<string>", ".py")) and method.startswith("__"):
                    key = f"{{mod.name}}.{{value.__qualname__}}.{{method}}"
                    digest = hashlib.sha256(shape(code).encode()).hexdigest()
                    out[key] = [digest, code.co_filename.rsplit("/", 1)[-1]]
print(json.dumps(out))
"""


def test_dataclass_methods_come_precompiled_and_are_the_code_dataclasses_compiles():
    """rpccheck._precompiled: on a Python with a table, every dataclass's generated methods
    come from it (a dataclass changed without `python -m rpccheck._precompile` fails here),
    and they are the very code dataclasses compiles itself (compared with a run where
    dataclasses keeps its own exec())."""
    import json

    from rpccheck import _precompiled

    if not _precompiled._load():
        import pytest

        pytest.skip(f"no table of precompiled dataclass methods for {sys.implementation.cache_tag}")
    table = _precompiled._TABLE.rsplit(".", 1)[1] + ".py"
    hooked = json.loads(_run(_DATACLASS_CODE.format(before="")))
    plain = json.loads(_run(_DATACLASS_CODE.format(before="import builtins; dataclasses.exec = builtins.exec")))
    generated = {k for k, (_digest, where) in plain.items() if where == "<string>"}
    assert len(generated) > 150
    from_table = {k for k, (_digest, where) in hooked.items() if where == table}
    if not from_table:  # not one source matches: this Python's dataclasses writes them otherwise
        import pytest

        pytest.skip(f"{table} was written by another version of dataclasses: run python -m rpccheck._precompile")
    assert from_table == generated
    assert {k: v[0] for k, v in hooked.items()} == {k: v[0] for k, v in plain.items()}
    stale = subprocess.run([sys.executable, "-m", "rpccheck._precompile", "--check"], capture_output=True, text=True)
    assert stale.returncode == 0, stale.stdout


def test_storing_an_entry_and_hashing_a_small_file_load_neither_tempfile_nor_openssl(tmp_path):
    small = tmp_path / "schema.sql"
    small.write_text("create function f() returns int language sql as $$ select 1 $$;\n")
    big = tmp_path / "big.sql"
    big.write_bytes(b"-- x\n" * 200_000)
    out = _run(
        f"""
        import hashlib as reference, sys
        del sys.modules["hashlib"]
        from pathlib import Path
        from rpccheck import cache, sources
        cache.store_bytes(cache.Slot(Path({str(tmp_path / "cache")!r}), "catalog", "k"), b"{{}}")
        small = sources.file_digest({str(small)!r}, 1 << 30)
        print(small == reference.sha256(Path({str(small)!r}).read_bytes()).hexdigest())
        print("tempfile" in sys.modules, "hashlib" in sys.modules)
        big = sources.file_digest({str(big)!r}, 1 << 30)
        print(big == reference.sha256(Path({str(big)!r}).read_bytes()).hexdigest(), "hashlib" in sys.modules)
        """
    )
    assert out.split() == ["True", "False", "False", "True", "True"]


def test_precompiled_patterns_are_the_patterns_re_compiles():
    """rpccheck._precompiled: each pattern of this Python's table is made from the arguments
    its compiler passed to `_sre.compile`; it must equal what `re` compiles now (a Pattern's
    equality compares its code), and a pattern found there is not compiled again."""
    import pytest

    from rpccheck import _precompiled

    table = _precompiled._load_patterns()
    if not table:
        pytest.skip(f"no table of precompiled patterns for {sys.implementation.cache_tag}")
    compiler = _precompiled._compiler()
    plain = _precompiled._original_compile or compiler.compile
    assert len(table) > 50
    for _kind, pattern, flags in table:
        assert _precompiled._compile(pattern, flags) == plain(pattern, flags), pattern
    calls: list[object] = []
    saved = _precompiled._original_compile
    _precompiled._original_compile = lambda p, f=0: calls.append(p) or plain(p, f)
    try:
        _kind, pattern, flags = next(iter(table))
        _precompiled._compile(pattern, flags)
        _precompiled._compile("not(in)the table", 0)
    finally:
        _precompiled._original_compile = saved
    assert calls == ["not(in)the table"]


def test_every_lazy_pattern_is_in_the_table():
    """Each LazyPattern (typegen's: a 130 ms compile for the largest) is found in this Python's
    table, which needs its text to be the same in every process (no set order in it)."""
    import importlib
    import pkgutil

    import pytest

    import rpccheck
    from rpccheck import _precompiled
    from rpccheck.lazyre import LazyPattern

    table = _precompiled._load_patterns()
    if not table:
        pytest.skip(f"no table of precompiled patterns for {sys.implementation.cache_tag}")
    lazy = []
    for mod in pkgutil.walk_packages(rpccheck.__path__, "rpccheck."):
        if not mod.name.startswith(("rpccheck._precompile", "rpccheck.__main__")):
            module = importlib.import_module(mod.name)
            lazy += [v._source for v in vars(module).values() if isinstance(v, LazyPattern)]
    assert len(lazy) >= 6
    missing = [p[:60] for p, flags in lazy if (p.__class__, p, flags) not in table]
    assert missing == []
    code = "import hashlib, rpccheck.typegen as t; print(hashlib.sha256(t._FUNCTION._source[0]).hexdigest())"
    texts = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(texts) == 1 and len(next(iter(texts))) == 65, texts
