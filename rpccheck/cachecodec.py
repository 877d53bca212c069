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
    ["r", k]    the k-th frozen dataclass object of the document (in the order decoding
                finishes them) again: equal immutable values are written, and built, once
    ["F", ...]  a dict of routines by (schema, name), as a catalog holds them, in columns
                (see _encode_functions): decoded into a FunctionTable, whose columns are
                checked on load and whose Function objects are built when a name is looked up

Decoding builds only those classes (of modules already imported: none is imported), checks each field's value against its declared
type where that is a plain one (str, int, bool, optional of those), and raises
`Invalid` for anything else.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import MutableMapping
from itertools import accumulate
from typing import Any, Callable, Optional


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
    "Optional[bool]": (bool, type(None)),
    "bool | None": (bool, type(None)),
}


_SCALARS = frozenset({str, int, bool, float, type(None)})


# per dataclass met while encoding: (its `module:QualName`, field names, whether shareable)
_ENCODERS: dict[type, tuple[str, tuple[str, ...], bool]] = {}


def _encode(v: Any, table: dict[str, int], shared: dict[tuple, int]) -> Any:
    """The JSON value of `v`. The common classes are dispatched by exact class (a store
    of a large catalog or types file encodes 100,000 values: the isinstance chain below,
    kept for subclasses, and building each object's class name cost most of it)."""
    cls = v.__class__
    if cls in _SCALARS:
        return v
    if cls is list:
        return ["l", *[x if x.__class__ in _SCALARS else _encode(x, table, shared) for x in v]]
    if cls is tuple:
        return ["t", *[x if x.__class__ in _SCALARS else _encode(x, table, shared) for x in v]]
    known_type = _ENCODERS.get(cls)
    if known_type is not None:
        name, names, shareable = known_type
        index = table.setdefault(name, len(table))
        out = ["o", index]
        for f in names:
            x = getattr(v, f)
            out.append(x if x.__class__ in _SCALARS else _encode(x, table, shared))
        if shareable:
            if not all(x.__class__ in _SCALARS for x in out):
                raise TypeError(f"not cacheable: {name} holds a value that is not plain")
            key = tuple([(x.__class__, x) for x in out])
            seen = shared.get(key)
            if seen is not None:
                return ["r", seen]
            shared[key] = len(shared)
        return out
    return _encode_other(v, table, shared)


def _encode_other(v: Any, table: dict[str, int], shared: dict[tuple, int]) -> Any:
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, tuple):
        return ["t", *(_encode(x, table, shared) for x in v)]
    if isinstance(v, list):
        return ["l", *(_encode(x, table, shared) for x in v)]
    if isinstance(v, FunctionTable):
        v = dict(v.items())
    if isinstance(v, dict):
        table_form = _encode_functions(v)
        if table_form is not None:
            return table_form
        out: list[Any] = ["d"]
        for k, item in v.items():
            out.append(_encode(k, table, shared))
            out.append(_encode(item, table, shared))
        return out
    if isinstance(v, frozenset):
        return ["f", *(_encode(x, table, shared) for x in v)]
    if isinstance(v, set):
        return ["s", *(_encode(x, table, shared) for x in v)]
    if isinstance(v, re.Pattern):
        return ["re", v.pattern if isinstance(v.pattern, str) else None, v.flags]
    name = f"{type(v).__module__}:{type(v).__qualname__}"
    known = _class(name)
    if known is None or known[0] is not type(v):
        raise TypeError(f"not cacheable: {name}")
    _ENCODERS[known[0]] = (name, tuple(f for f, _t in known[1]), _shareable(known))
    index = table.setdefault(name, len(table))
    out = ["o", index, *(_encode(getattr(v, f), table, shared) for f, _t in known[1])]
    if _shareable(known):
        # an immutable object of plain values equal to one earlier in the document is
        # written as that one's number, and decoded as the same object: a catalog's 12,000
        # parameters are under 1,000 distinct ones, and building objects is most of a load.
        # Equal means of the same types too (1 == True, but they are not the same field);
        # numbered after it is built, as decoding appends it.
        if not all(x.__class__ in _SCALARS for x in out):
            raise TypeError(f"not cacheable: {name} holds a value that is not plain")
        key = tuple((x.__class__, x) for x in out)
        seen = shared.get(key)
        if seen is not None:
            return ["r", seen]
        shared[key] = len(shared)
    return out


def _shareable(known: tuple[type, tuple[tuple[str, Any], ...]]) -> bool:
    """A frozen dataclass whose every field is declared a plain value (str, int, bool...):
    its equal objects can be one object (decoding checks those types)."""
    params = getattr(known[0], "__dataclass_params__", None)
    return bool(params is not None and params.frozen and all(plain is not None for _f, plain in known[1]))


# per class of the document being decoded, the function that builds one of its objects
# from its ["o", n, values...] array (see _build_function)
_builders: list[Callable[[list], Any]] = []
_shared: list[Any] = []  # the shareable objects decoded so far, numbered as _encode numbered them
_BUILD_FUNCTIONS: dict[type, Callable[[list], Any]] = {}


# objects of one class a document builds with the plain loop before its straight-line
# function is made: compiling that costs about what building a hundred objects does, and
# most classes of a warm run's entries have a few objects (one Catalog, its enums)
_COMPILE_AFTER = 64


def _builder(cls: type, fields: tuple[tuple[str, Any], ...]) -> Callable[[list], Any]:
    found = _BUILD_FUNCTIONS.get(cls)
    if found is not None:
        return found
    shareable = _shareable((cls, fields))
    names = [name for name, _plain in fields]
    size = len(fields) + 2
    built = [0]
    compiled: list[Callable[[list], Any]] = []

    def build(v: list) -> Any:
        """As _build_function's, field by field, until the class has had enough objects."""
        if compiled:
            return compiled[0](v)
        built[0] += 1
        if built[0] > _COMPILE_AFTER:
            compiled.append(_BUILD_FUNCTIONS.setdefault(cls, _build_function(cls, fields)))
            return compiled[0](v)
        if len(v) != size:
            raise Invalid(str(v[1]) + ": " + str(len(v) - 2) + f" fields, expected {len(names)}")
        values = []
        for (name, plain), x in zip(fields, v[2:]):
            if x.__class__ is list:
                x = _decode(x)
            if plain is not None and x.__class__ not in plain:
                raise Invalid(f"{cls.__name__}.{name}: {type(x).__name__} is not a plain {plain[0].__name__}")
            values.append(x)
        obj: Any = object.__new__(cls)
        for name, x in zip(names, values):
            object.__setattr__(obj, name, x)
        if shareable:
            _shared.append(obj)
        return obj

    return build


def _build_function(cls: type, fields: tuple[tuple[str, Any], ...]) -> Callable[[list], Any]:
    """A function building one `cls` object from its array: each field decoded, checked
    against its plain type, and set, in straight-line code (a warm run builds 20,000
    objects and tuples; a loop over the fields per object was most of a load). Its text
    is made from the dataclass's own field names (identifiers), never from an entry."""
    names = [name for name, _plain in fields]
    if not all(name.isidentifier() for name in names):  # pragma: no cover - dataclass fields are
        raise TypeError(f"{cls.__name__}: a field name is not an identifier")
    where = f"{cls.__name__}: "
    lines = [
        "def build(v):",
        f"    if len(v) != {len(names) + 2}:",
        f"        raise Invalid(str(v[1]) + ': ' + str(len(v) - 2) + ' fields, expected {len(names)}')",
    ]
    for i, (name, plain) in enumerate(fields):
        lines.append(f"    x{i} = v[{i + 2}]")
        lines.append(f"    if x{i}.__class__ is list:")
        lines.append(f"        x{i} = decode(x{i})")
        if plain is not None:
            lines.append(f"    if x{i}.__class__ not in plain{i}:")
            lines.append(f"        raise not_plain({name!r}, x{i}, plain{i})")
    lines.append("    obj = new(cls)")
    for i, name in enumerate(names):
        lines.append(f"    setattr(obj, {name!r}, x{i})")
    if _shareable((cls, fields)):
        lines.append("    shared_append(obj)")
    lines.append("    return obj")

    def not_plain(name: str, value: Any, plain: tuple[type, ...]) -> Invalid:
        return Invalid(f"{where[:-2]}.{name}: {type(value).__name__} is not a plain {plain[0].__name__}")

    namespace: dict[str, Any] = {
        "Invalid": Invalid,
        "decode": _decode,
        "new": object.__new__,
        "cls": cls,
        "setattr": object.__setattr__,  # frozen dataclasses are built as their __init__ builds them
        "shared_append": _shared.append,
        "not_plain": not_plain,
    }
    namespace.update({f"plain{i}": plain for i, (_name, plain) in enumerate(fields) if plain is not None})
    exec("\n".join(lines), namespace)  # code made here from field names, see above
    return namespace["build"]


def _decode(v: Any) -> Any:
    if not isinstance(v, list):
        if isinstance(v, dict):
            raise Invalid("unexpected object")
        return v
    if not v or not isinstance(v[0], str):
        raise Invalid("untagged array")
    tag = v[0]
    if tag == "r":
        if len(v) != 2 or v[1].__class__ is not int or not 0 <= v[1] < len(_shared):
            raise Invalid("bad reference")
        return _shared[v[1]]
    if tag == "t":
        return tuple([x if x.__class__ is not list else _decode(x) for x in v[1:]])
    if tag == "o":
        index = v[1] if len(v) >= 2 else None
        if index.__class__ is not int or not 0 <= index < len(_builders):
            raise Invalid("unknown class")
        return _builders[index](v)
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
    if tag == "F":
        return _decode_functions(v)
    if tag == "re":
        if len(v) != 3 or not isinstance(v[1], str) or not isinstance(v[2], int):
            raise Invalid("bad pattern")
        try:
            return re.compile(v[1], v[2] & ~re.UNICODE)
        except (re.error, ValueError, OverflowError, RecursionError) as e:
            raise Invalid(f"bad pattern: {e}") from None
    raise Invalid(f"unknown tag {tag!r}")


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
    payload = _encode(value, table, {})
    document = [_MAGIC, sorted(table, key=table.__getitem__), payload]
    return json.dumps(
        document, ensure_ascii=False, separators=(",", ":"), check_circular=False, allow_nan=False
    ).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> Any:
    """The value `dumps` encoded; `Invalid` for anything else (never runs code)."""
    try:
        # orjson parses a large catalog's entry in a third of json's time; what it refuses
        # that json takes (a lone surrogate, which is not UTF-8; an int past 64 bits; nesting
        # past 1,024) json then parses as before
        import orjson

        raw = orjson.loads(data)
    except (ImportError, ValueError):  # orjson.JSONDecodeError is a ValueError
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
    _builders[:] = [_builder(cls, fields) for cls, fields in classes]
    try:
        return _decode(raw[2])
    except RecursionError:
        raise Invalid("nested too deeply") from None
    finally:
        _builders.clear()
        _shared.clear()


# -- routines by (schema, name), in columns -------------------------------------------
# A large catalog holds 3,000 functions; a run on a few files looks up a few dozen names.
# Building every Function (and the index over them) was most of a warm run's load, so a
# catalog's routines are written as columns (one list per field, parameters as indexes
# into a table of distinct ones), checked whole on load (each column's values against
# the field's plain type, in C: `set(map(type, column))`), and built into objects only
# when a name is looked up. Each name also carries whether PostgREST can call one of its
# overloads (resolve.in_schema_cache, worked out when the entry is written; the entry's
# key covers rpccheck's code), so the resolver's index lists the callable names without
# building a function.


def _function_classes() -> Optional[tuple[type, type]]:
    model = sys.modules.get("rpccheck.model")
    return (model.Function, model.Param) if model is not None else None


def _columns_of(cls: type, skip: tuple[str, ...] = ()) -> Optional[list[tuple[str, tuple[type, ...]]]]:
    """(field, plain types) of each field of `cls` but `skip`; None when one is not plain."""
    known = _class(f"{cls.__module__}:{cls.__qualname__}")
    if known is None:
        return None
    out = [(name, plain) for name, plain in known[1] if name not in skip]
    return None if any(plain is None for _n, plain in out) else out


_KEY_FIELDS = ("schema", "name", "params")


def _encode_functions(v: dict) -> Optional[list]:
    """The ["F", ...] form of a dict of routines by (schema, name), or None when `v` is not
    one exactly (a key that is not its functions' schema and name, an empty list...)."""
    classes = _function_classes()
    if classes is None or not v:
        return None
    function_cls: Any = classes[0]  # (Any: a class test would narrow `fn` to `object`)
    param_cls: Any = classes[1]
    for key, fns in v.items():
        if not (key.__class__ is tuple and len(key) == 2 and fns.__class__ is list and fns):
            return None
        for fn in fns:
            if fn.__class__ is not function_cls or fn.schema != key[0] or fn.name != key[1]:
                return None
            if fn.params.__class__ is not tuple or any(p.__class__ is not param_cls for p in fn.params):
                return None
    fields = _columns_of(function_cls, _KEY_FIELDS)
    param_fields = _columns_of(param_cls)
    if fields is None or param_fields is None or not all(k.__class__ is str for key in v for k in key):
        return None
    from .resolve import in_schema_cache

    rows = [fn for fns in v.values() for fn in fns]
    params: dict[tuple, int] = {}
    flat: list[int] = []
    for fn in rows:
        for p in fn.params:
            row = tuple((x.__class__, x) for x in (getattr(p, name) for name, _t in param_fields))
            flat.append(params.setdefault(row, len(params)))
    distinct = list(params)
    for column in [[getattr(fn, name) for fn in rows] for name, _t in fields] + [
        [row[i][1] for row in distinct] for i in range(len(param_fields))
    ]:
        if not all(x.__class__ in _SCALARS for x in column):
            raise TypeError("not cacheable: a routine's field is not plain")
    return [
        "F",
        ["l", *[name for name, _t in fields]],
        ["l", *[key[0] for key in v]],
        ["l", *[key[1] for key in v]],
        ["l", *[len(fns) for fns in v.values()]],
        ["l", *[any(in_schema_cache(fn) for fn in fns) for fns in v.values()]],
        ["l", *[["l", *[getattr(fn, name) for fn in rows]] for name, _t in fields]],
        ["l", *[len(fn.params) for fn in rows]],
        ["l", *flat],
        ["l", *[["l", *[row[i][1] for row in distinct]] for i in range(len(param_fields))]],
    ]


def _column(v: Any, plain: tuple[type, ...], size: Optional[int] = None) -> list:
    """The values of a ["l", ...] column, each of a type in `plain` (and `size` of them)."""
    if v.__class__ is not list or not v or v[0] != "l":
        raise Invalid("bad column")
    values = v[1:]
    if (size is not None and len(values) != size) or not set(map(type, values)) <= set(plain):
        raise Invalid("bad column")
    return values


def _decode_functions(v: list) -> "FunctionTable":
    classes = _function_classes()
    if classes is None or len(v) != 10:
        raise Invalid("bad routines")
    function_cls, param_cls = classes
    fields = _columns_of(function_cls, _KEY_FIELDS)
    param_fields = _columns_of(param_cls)
    assert fields is not None and param_fields is not None  # what _encode_functions checked
    if _column(v[1], (str,)) != [name for name, _t in fields]:
        raise Invalid("routines of another shape")
    schemas = _column(v[2], (str,))
    names = _column(v[3], (str,), len(schemas))
    counts = _column(v[4], (int,), len(schemas))
    flags = _column(v[5], (bool,), len(schemas))
    if counts and min(counts) < 1:
        raise Invalid("bad routines")
    keys = list(zip(schemas, names))
    rows = sum(counts)
    if v[6].__class__ is not list or len(v[6]) != len(fields) + 1 or v[6][0] != "l":
        raise Invalid("bad routines")
    columns = [_column(col, plain, rows) for col, (_name, plain) in zip(v[6][1:], fields)]
    param_counts = _column(v[7], (int,), rows)
    flat = _column(v[8], (int,), sum(param_counts) if not param_counts or min(param_counts) >= 0 else -1)
    if v[9].__class__ is not list or len(v[9]) != len(param_fields) + 1 or v[9][0] != "l":
        raise Invalid("bad routines")
    size = len(v[9][1]) - 1 if v[9][1].__class__ is list else 0
    param_columns = [_column(col, plain, size) for col, (_name, plain) in zip(v[9][1:], param_fields)]
    if flat and not (min(flat) >= 0 and max(flat) < size):
        raise Invalid("bad parameter reference")
    table = FunctionTable(keys, counts, flags, columns, param_counts, flat, param_columns, fields, param_fields)
    if len(table._index) != len(keys):
        raise Invalid("a name twice")
    return table


class FunctionTable(MutableMapping):
    """(schema, name) -> that name's routines, in order, as a dict of lists holds them,
    each list built when first looked up (see above). Read-only until changed: a change
    makes it a plain dict of every list first (a catalog read from the cache is not
    changed; the SQL reader makes its own)."""

    def __init__(self, keys, counts, flags, columns, param_counts, flat, param_columns, fields, param_fields) -> None:
        self._keys: list[tuple[str, str]] = keys
        self._index = dict(zip(keys, range(len(keys))))
        # where each name's rows, and each row's parameters, start (summed in C)
        self._starts, self._counts, self._flags = list(accumulate(counts, initial=0)), counts, flags
        self._columns, self._fields = columns, [name for name, _t in fields]
        self._param_offsets, self._param_counts, self._flat = (
            list(accumulate(param_counts, initial=0)),
            param_counts,
            flat,
        )
        self._param_columns, self._param_fields = param_columns, [name for name, _t in param_fields]
        self._params: dict[int, Any] = {}
        self._built: dict[int, list] = {}
        self._changed: Optional[dict] = None

    def __getitem__(self, key):
        if self._changed is not None:
            return self._changed[key]
        i = self._index[key]  # KeyError for a name not there, as a dict's
        found = self._built.get(i)
        if found is None:
            found = self._built[i] = self._build(i)
        return found

    def _build(self, i: int) -> list:
        function_cls, param_cls = _function_classes()  # type: ignore[misc]
        new, put = object.__new__, object.__setattr__
        schema, name = self._keys[i]
        out = []
        for row in range(self._starts[i], self._starts[i] + self._counts[i]):
            params = []
            for at in range(self._param_offsets[row], self._param_offsets[row] + self._param_counts[row]):
                k = self._flat[at]
                p = self._params.get(k)
                if p is None:
                    p = self._params[k] = new(param_cls)
                    for field_name, column in zip(self._param_fields, self._param_columns):
                        put(p, field_name, column[k])
                params.append(p)
            fn = new(function_cls)
            put(fn, "schema", schema)
            put(fn, "name", name)
            put(fn, "params", tuple(params))
            for field_name, column in zip(self._fields, self._columns):
                put(fn, field_name, column[row])
            out.append(fn)
        return out

    def __iter__(self):
        return iter(self._changed if self._changed is not None else self._keys)

    def __len__(self) -> int:
        return len(self._changed if self._changed is not None else self._keys)

    def __contains__(self, key) -> bool:
        return key in (self._changed if self._changed is not None else self._index)

    def callable_keys(self) -> Optional[list[tuple[str, str]]]:
        """The names with a routine PostgREST can call, in order; None once changed."""
        if self._changed is not None:
            return None
        return [key for key, flag in zip(self._keys, self._flags) if flag]

    def _as_dict(self) -> dict:
        if self._changed is None:
            self._changed = {key: self[key] for key in self._keys}
        return self._changed

    def __setitem__(self, key, value) -> None:
        self._as_dict()[key] = value

    def __delitem__(self, key) -> None:
        del self._as_dict()[key]

    def __repr__(self) -> str:
        return repr(dict(self.items()))
