"""Start-up cost levers keep behaviour: what is loaded lazily still works when used,
and what a run does not use is not loaded (checked by module, never by a clock)."""

from __future__ import annotations

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
