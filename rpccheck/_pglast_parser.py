"""pglast's compiled parser (libpg_query), loaded without running `pglast/__init__`.

The SQL reader uses only `pglast.parser.parse_sql_json` and its `ParseError`. Importing
the package the usual way first runs `pglast/__init__`, which imports `pglast.enums`
and, through the extension's own `from . import ast, enums`, `pglast.ast`: some 60-90 ms
of Python module code (thousands of enum members and node classes) that a cold check
pays before reading one statement, and never uses.

Here the extension is loaded from its own file, with a stand-in for the package that
holds the one name its initialisation reads (`Error`, from `pglast.error`) and, for
`ast` and `enums`, proxies that import the real modules the first time anything reads
them (the extension's `parse_sql`, which rpccheck does not call, builds nodes from
them). The stand-in is removed once the extension is loaded: a later `import pglast`
runs the package as usual and finds this same `pglast.parser` and `pglast.error` in
`sys.modules` (so `ParseError` stays a subclass of `pglast.Error`). Anything unexpected
(another layout, a zipped install, a frozen application) falls back to the usual import.
"""

from __future__ import annotations

import sys
import types


class _Deferred(types.ModuleType):
    """A submodule imported the first time one of its attributes is read."""

    def __getattr__(self, name: str):
        import importlib

        real = importlib.import_module(self.__name__)
        return getattr(real, name)


def load():
    """The `pglast.parser` module."""
    loaded = sys.modules.get("pglast.parser")
    if loaded is not None:
        return loaded
    if "pglast" not in sys.modules:
        try:
            return _load_alone()
        except Exception:
            pass
    from pglast import parser

    return parser


def _load_alone():
    import importlib.machinery
    import importlib.util

    package_spec = importlib.util.find_spec("pglast")  # finds, does not run, a top-level package
    if package_spec is None or not package_spec.submodule_search_locations:
        raise ImportError("pglast is not a package on the path")
    locations = list(package_spec.submodule_search_locations)
    spec = importlib.machinery.PathFinder.find_spec("pglast.parser", locations)
    if spec is None or not isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
        raise ImportError("pglast.parser is not an extension module here")
    stand_in = types.ModuleType("pglast")
    stand_in.__path__ = locations
    stand_in.__spec__ = package_spec
    stand_in.__package__ = "pglast"
    added = []
    sys.modules["pglast"] = stand_in
    try:
        import pglast.error  # noqa: F401 - (a plain module: `class Error(Exception)`)

        added.append("pglast.error")
        stand_in.Error = sys.modules["pglast.error"].Error
        stand_in.ast = _Deferred("pglast.ast")
        stand_in.enums = _Deferred("pglast.enums")
        module = importlib.util.module_from_spec(spec)
        sys.modules["pglast.parser"] = module
        added.append("pglast.parser")
        spec.loader.exec_module(module)
        module.parse_sql_json  # noqa: B018 - what the reader calls: there, or fall back
        module.ParseError  # noqa: B018
        return module
    except BaseException:
        for name in added:
            sys.modules.pop(name, None)
        raise
    finally:
        if sys.modules.get("pglast") is stand_in:
            del sys.modules["pglast"]
