"""The schema cache's encoding: JSON holding only data, rebuilt into rpccheck's own
dataclasses by name.

A pickle runs code when loaded, so whoever can write the cache (a CI cache restored
from a key anyone can predict) could run code in rpccheck. JSON cannot: the worst a
poisoned entry can do is fail validation and be recomputed. Every value is a JSON
scalar or an array whose first element says what it is:

    ["t", ...]  tuple      ["l", ...]  list      ["s", ...] set    ["f", ...] frozenset
    ["d", k, v, k, v...]   dict                  ["re", pattern, flags]  compiled regex
    ["o", n, field values...]   a dataclass of an rpccheck module, in field order; n indexes
                                the document's class table: ["rpccheck-cache", ["module:Class", ...], value]

Decoding builds only those classes (of modules already imported: none is imported), checks each field's value against its declared
type where that is a plain one (str, int, bool, optional of those), and raises
`Invalid` for anything else.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from typing import Any, Optional


class Invalid(ValueError):
    """A cache entry that is not what rpccheck writes."""


_CLASSES: dict[str, tuple[type, tuple[tuple[str, Any], ...]]] = {}


def _class(name: str) -> Optional[tuple[type, tuple[tuple[str, Any], ...]]]:
    """The dataclass `module:QualName` names, with (field name, the Python types its
    declared type allows when that is a plain one, else None) pairs; None unless it is a
    dataclass of an rpccheck module that is already imported (nothing is imported here,
    so an entry cannot make rpccheck run a module it would not have run)."""
    known = _CLASSES.get(name)
    if known is not None:
        return known
    module_name, _, qualname = name.partition(":")
    if not (module_name == "rpccheck" or module_name.startswith("rpccheck.")) or not qualname.isidentifier():
        return None
    value = getattr(sys.modules.get(module_name), qualname, None)
    if not (isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module_name):
        return None
    fields = tuple((f.name, _PLAIN.get(str(f.type))) for f in dataclasses.fields(value))
    _CLASSES[name] = (value, fields)
    return _CLASSES[name]


_PLAIN: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "bool": (bool,),
    "float": (int, float),
    "Optional[str]": (str, type(None)),
    "str | None": (str, type(None)),
    "Optional[int]": (int, type(None)),
    "int | None": (int, type(None)),
}


def _encode(v: Any, table: dict[str, int]) -> Any:
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, tuple):
        return ["t", *(_encode(x, table) for x in v)]
    if isinstance(v, list):
        return ["l", *(_encode(x, table) for x in v)]
    if isinstance(v, dict):
        out: list[Any] = ["d"]
        for k, item in v.items():
            out.append(_encode(k, table))
            out.append(_encode(item, table))
        return out
    if isinstance(v, frozenset):
        return ["f", *(_encode(x, table) for x in v)]
    if isinstance(v, set):
        return ["s", *(_encode(x, table) for x in v)]
    if isinstance(v, re.Pattern):
        return ["re", v.pattern if isinstance(v.pattern, str) else None, v.flags]
    name = f"{type(v).__module__}:{type(v).__qualname__}"
    known = _class(name)
    if known is None or known[0] is not type(v):
        raise TypeError(f"not cacheable: {name}")
    index = table.setdefault(name, len(table))
    return ["o", index, *(_encode(getattr(v, f), table) for f, _t in known[1])]


_classes_of_document: list[tuple[type, tuple[tuple[str, Any], ...]]] = []


def _decode(v: Any) -> Any:
    if not isinstance(v, list):
        if isinstance(v, dict):
            raise Invalid("unexpected object")
        return v
    if not v or not isinstance(v[0], str):
        raise Invalid("untagged array")
    tag = v[0]
    if tag == "t":
        return tuple([x if x.__class__ is not list else _decode(x) for x in v[1:]])
    if tag == "l":
        return [x if x.__class__ is not list else _decode(x) for x in v[1:]]
    if tag == "d":
        if len(v) % 2 != 1:
            raise Invalid("odd dict")
        return {_hashable(_decode(v[i])): _decode(v[i + 1]) for i in range(1, len(v), 2)}
    if tag == "s":
        return {_hashable(_decode(x)) for x in v[1:]}
    if tag == "f":
        return frozenset(_hashable(_decode(x)) for x in v[1:])
    if tag == "re":
        if len(v) != 3 or not isinstance(v[1], str) or not isinstance(v[2], int):
            raise Invalid("bad pattern")
        try:
            return re.compile(v[1], v[2] & ~re.UNICODE)
        except (re.error, ValueError, OverflowError, RecursionError) as e:
            raise Invalid(f"bad pattern: {e}") from None
    if tag == "o":
        index = v[1] if len(v) >= 2 else None
        if index.__class__ is not int or not 0 <= index < len(_classes_of_document):
            raise Invalid("unknown class")
        cls, fields = _classes_of_document[index]
        values = v[2:]
        if len(values) != len(fields):
            raise Invalid(f"{v[1]}: {len(values)} fields, expected {len(fields)}")
        obj: Any = object.__new__(cls)
        for (name, plain), raw in zip(fields, values):
            value = raw if raw.__class__ is not list else _decode(raw)
            if plain is not None and value.__class__ not in plain:
                raise Invalid(f"{cls.__name__}.{name}: {type(value).__name__} is not a plain {plain[0].__name__}")
            _setattr(obj, name, value)
        return obj
    raise Invalid(f"unknown tag {tag!r}")


_setattr = object.__setattr__  # frozen dataclasses are built as their __init__ builds them


def _hashable(v: Any) -> Any:
    try:
        hash(v)
    except TypeError:
        raise Invalid("unhashable key") from None
    return v


_MAGIC = "rpccheck-cache"


def dumps(value: Any) -> bytes:
    """`value` as JSON bytes; TypeError for anything outside the classes above."""
    table: dict[str, int] = {}
    payload = _encode(value, table)
    document = [_MAGIC, sorted(table, key=table.__getitem__), payload]
    return json.dumps(
        document, ensure_ascii=False, separators=(",", ":"), check_circular=False, allow_nan=False
    ).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> Any:
    """The value `dumps` encoded; `Invalid` for anything else (never runs code)."""
    try:
        raw = json.loads(data.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError) as e:
        raise Invalid(f"not JSON: {e}") from None
    if not (isinstance(raw, list) and len(raw) == 3 and raw[0] == _MAGIC and isinstance(raw[1], list)):
        raise Invalid("not an rpccheck cache entry")
    classes = []
    for name in raw[1]:
        known = _class(name) if isinstance(name, str) else None
        if known is None:
            raise Invalid(f"not a class an entry may hold: {name!r}")
        classes.append(known)
    _classes_of_document[:] = classes
    try:
        return _decode(raw[2])
    except RecursionError:
        raise Invalid("nested too deeply") from None
    finally:
        _classes_of_document.clear()
