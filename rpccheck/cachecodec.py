"""The schema cache's encoding: JSON holding only data, rebuilt into rpccheck's own
dataclasses by name.

A pickle runs code when loaded, so whoever can write the cache (a CI cache restored
from a key anyone can predict) could run code in rpccheck. JSON cannot: the worst a
poisoned entry can do is fail validation and be recomputed. Every value is a JSON
scalar or an array whose first element says what it is:

    ["t", ...]  tuple      ["l", ...]  list      ["s", ...] set    ["f", ...] frozenset
    ["d", k, v, k, v...]   dict                  ["re", pattern, flags]  compiled regex
    ["o", "Class", field values...]              a dataclass of rpccheck.model, sql.catalog
                                                 or sql.ddl, in field order

Decoding builds only those classes, checks each field's value against its declared
type where that is a plain one (str, int, bool, optional of those), and raises
`Invalid` for anything else.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from typing import Any


class Invalid(ValueError):
    """A cache entry that is not what rpccheck writes."""


@functools.lru_cache(maxsize=1)
def _classes() -> dict[str, tuple[type, tuple[tuple[str, Any], ...]]]:
    """Dataclasses an entry may hold, by name, with (field name, the Python types its
    declared type allows when that is a plain one, else None) pairs."""
    from . import model
    from .sql import catalog, ddl

    out: dict[str, tuple[type, tuple[tuple[str, Any], ...]]] = {}
    for module in (model, catalog, ddl):
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__:
                fields = tuple((f.name, _PLAIN.get(str(f.type))) for f in dataclasses.fields(value))
                out[value.__name__] = (value, fields)
    return out


_PLAIN: dict[str, tuple[type, ...]] = {
    "str": (str,), "int": (int,), "bool": (bool,), "float": (int, float),
    "Optional[str]": (str, type(None)), "str | None": (str, type(None)),
    "Optional[int]": (int, type(None)), "int | None": (int, type(None)),
}


def _encode(v: Any) -> Any:
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, tuple):
        return ["t", *map(_encode, v)]
    if isinstance(v, list):
        return ["l", *map(_encode, v)]
    if isinstance(v, dict):
        out: list[Any] = ["d"]
        for k, item in v.items():
            out.append(_encode(k))
            out.append(_encode(item))
        return out
    if isinstance(v, frozenset):
        return ["f", *map(_encode, v)]
    if isinstance(v, set):
        return ["s", *map(_encode, v)]
    if isinstance(v, re.Pattern):
        return ["re", v.pattern if isinstance(v.pattern, str) else None, v.flags]
    name = type(v).__name__
    known = _classes().get(name)
    if known is None or known[0] is not type(v):
        raise TypeError(f"not cacheable: {type(v).__qualname__}")
    return ["o", name, *(_encode(getattr(v, f)) for f, _t in known[1])]


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
        if len(v) < 2 or not isinstance(v[1], str) or v[1] not in _classes():
            raise Invalid("unknown class")
        cls, fields = _classes()[v[1]]
        values = v[2:]
        if len(values) != len(fields):
            raise Invalid(f"{v[1]}: {len(values)} fields, expected {len(fields)}")
        obj: Any = object.__new__(cls)
        for (name, plain), raw in zip(fields, values):
            value = raw if raw.__class__ is not list else _decode(raw)
            if plain is not None and value.__class__ not in plain:
                raise Invalid(f"{v[1]}.{name}: {type(value).__name__} is not a plain {plain[0].__name__}")
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


def dumps(value: Any) -> bytes:
    """`value` as JSON bytes; TypeError for anything outside the classes above."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"), check_circular=False,
                      allow_nan=False).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> Any:
    """The value `dumps` encoded; `Invalid` for anything else (never runs code)."""
    try:
        raw = json.loads(data.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError) as e:
        raise Invalid(f"not JSON: {e}") from None
    try:
        return _decode(raw)
    except RecursionError:
        raise Invalid("nested too deeply") from None
