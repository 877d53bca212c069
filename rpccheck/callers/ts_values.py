"""The literal value an argument key sends, as the JSON text supabase-js puts on the wire.

supabase-js sends a POST body made by `JSON.stringify(args)` (postgrest-js
`PostgrestBuilder.then`: `body: JSON.stringify(this.body)`), so a value is read here
exactly as JSON.stringify would write it: numbers as `Number::toString` prints them
(`1.0` -> `1`, `1e3` -> `1000`, `0x10` -> `16`, NaN and Infinity -> `null`), strings
with JSON's escapes, objects in JavaScript's property order (integer-like keys first,
ascending), keys whose value is `undefined` or a function dropped, and `undefined` in
an array written as `null`. Anything not known statically (a call, a parameter, a
`let`, a `const` object changed after it is declared, a BigInt, which JSON.stringify
refuses) gives `Value()`: unknown, never guessed. Rules about values read
`model.Key.value`; nothing outside the callers parses code.
"""

from __future__ import annotations

import math
import re
from typing import Optional

import tree_sitter as ts

from ..model import UNKNOWN_VALUE, Key, Value
from . import typescript as _ts  # the caller's own helpers (unwrap, strings, const lookup)

MAX_DEPTH = 16  # nesting of literals and const indirections followed
MAX_ELEMENTS = 10_000  # a literal bigger than this is not worth rendering
UNDEFINED = Value("undefined", None, True)
_DROPPED = object()  # a function or method: JSON.stringify leaves the key out (or writes null)
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")


def value_of(node: Optional[ts.Node], ctx, depth: int = 0) -> Value:
    """What `node`, written as a property value, sends. `ctx` is the caller's `_Ctx`."""
    if node is None:
        return UNKNOWN_VALUE
    got = _value(node, ctx, depth)
    if got is _DROPPED:
        return UNKNOWN_VALUE  # a function value: the key is not sent, but no rule cares
    return got  # type: ignore[return-value]


def shorthand_value(ident: ts.Node, ctx) -> Value:
    """`{ x }`: the value of `x` when it is a `const` bound to a literal in scope."""
    return _identifier_value(ident, ctx, 0)


def _value(node: ts.Node, ctx, depth: int):
    if depth > MAX_DEPTH:
        return UNKNOWN_VALUE
    node = _ts._unwrap(node)
    t = node.type
    if t in ("string", "template_string"):
        s = _ts._string_value(node)
        return Value("string", js_json_string(s)) if s is not None else Value("string")
    if t == "number":
        return _number(node.text.decode("utf-8", "replace"), negate=False)
    if t in ("true", "false"):
        return Value("boolean", t)
    if t == "null":
        return Value("null", "null")
    if t == "undefined":
        return UNDEFINED
    if t == "unary_expression":
        return _unary(node, ctx, depth)
    if t == "array":
        return _array(node, ctx, depth)
    if t == "object":
        return _object(node, ctx, depth)
    if t == "identifier":
        return _identifier_value(node, ctx, depth)
    if t in ("arrow_function", "function_expression", "function", "generator_function", "class"):
        return _DROPPED
    return UNKNOWN_VALUE


def _unary(node: ts.Node, ctx, depth: int):
    op = node.child_by_field_name("operator")
    arg = node.child_by_field_name("argument")
    if op is None or arg is None:
        return UNKNOWN_VALUE
    if op.type == "void":
        return UNDEFINED
    inner = _ts._unwrap(arg)
    if op.type in ("-", "+") and inner.type == "number":
        return _number(inner.text.decode("utf-8", "replace"), negate=op.type == "-")
    if op.type in ("-", "+"):
        v = _value(inner, ctx, depth + 1)
        if isinstance(v, Value) and v.kind == "number" and v.json is not None:
            return _number(v.json if v.json != "null" else "NaN", negate=op.type == "-")
        return Value("number") if isinstance(v, Value) and v.kind == "number" else UNKNOWN_VALUE
    return UNKNOWN_VALUE


def _number(text: str, negate: bool) -> Value:
    """A numeric literal as JSON.stringify writes it (NaN and ±Infinity become null)."""
    t = text.replace("_", "")
    try:
        if t.endswith("n"):  # BigInt: JSON.stringify throws a TypeError
            return Value("number")
        if t[:2].lower() in ("0x", "0o", "0b"):
            v = float(int(t, 0))
        elif len(t) > 1 and t[0] == "0" and t[1:].isdigit():  # legacy octal 017 (or decimal 019)
            v = float(int(t, 8)) if all(c in "01234567" for c in t[1:]) else float(t)
        elif t in ("NaN", "Infinity"):
            v = float("nan") if t == "NaN" else float("inf")
        else:
            v = float(t)
    except (ValueError, OverflowError):
        return Value("number")
    if negate:
        v = -v
    if math.isnan(v) or math.isinf(v):
        return Value("number", "null")
    return Value("number", _ts.js_number_string(v) if v != 0 else "0")


def _array(node: ts.Node, ctx, depth: int) -> Value:
    parts = _array_parts(node, ctx, depth)
    return Value("array", "[" + ",".join(parts) + "]" if parts is not None else None)


def _array_parts(node: ts.Node, ctx, depth: int) -> Optional[list[str]]:
    """The JSON text of each element of an array literal, or None if one is unknown."""
    parts: list[str] = []
    expect_element = True
    for c in node.children:
        if c.type in ("comment", "[", "]"):
            continue
        if c.type == ",":
            if expect_element:  # a hole `[1,,2]`: JSON.stringify writes null
                parts.append("null")
            expect_element = True
            continue
        expect_element = False
        if len(parts) > MAX_ELEMENTS or depth > MAX_DEPTH:
            return None
        if c.type == "spread_element":
            inner = [x for x in c.named_children if x.type != "comment"]
            spread = _spread_array(inner[0], ctx, depth) if inner else None
            if spread is None:
                return None
            parts.extend(spread)
            continue
        v = _value(c, ctx, depth + 1)
        if v is _DROPPED or v.undefined:
            parts.append("null")
        elif v.json is None:
            return None
        else:
            parts.append(v.json)
    return parts


def _spread_array(node: ts.Node, ctx, depth: int) -> Optional[list[str]]:
    """`...xs` inside an array literal: the elements of a known array literal."""
    lit = _literal_node(node, ctx, depth + 1, "array")
    if lit is None:
        return None
    parts = _array_parts(lit, ctx, depth + 1)
    return parts


def _literal_node(node: ts.Node, ctx, depth: int, kind: str) -> Optional[ts.Node]:
    """The array or object literal an expression denotes, through casts and `const`s
    that are not changed after they are declared."""
    while depth <= MAX_DEPTH:
        node = _ts._unwrap(node)
        if node.type == kind:
            return node
        if node.type != "identifier":
            return None
        bound, scope = ctx.scope.lookup_in_scope(node)
        if bound is None or ctx.scope.mutated(scope, node.text.decode("utf-8", "replace")):
            return None
        node = bound
        depth += 1
    return None


def _object(node: ts.Node, ctx, depth: int) -> Value:
    """An object literal: keys in JavaScript's order, undefined and functions dropped."""
    entries = _object_entries(node, ctx, depth)
    if entries is None:
        return Value("object")
    ordered = [k for k in _js_key_order(list(entries)) if entries[k] is not None]
    return Value("object", "{" + ",".join(f"{js_json_string(k)}:{entries[k]}" for k in ordered) + "}")


def _object_entries(node: ts.Node, ctx, depth: int) -> Optional[dict[str, Optional[str]]]:
    """key -> JSON text of its value (None: undefined, not sent), in insertion order;
    None if anything is unknown."""
    entries: dict[str, Optional[str]] = {}
    for c in node.named_children:
        t = c.type
        if t == "comment":
            continue
        if len(entries) > MAX_ELEMENTS or depth > MAX_DEPTH:
            return None
        if t == "pair":
            name = _ts._key_name(c.child_by_field_name("key"), ctx)
            value = c.child_by_field_name("value")
            if name is None or value is None:
                return None
            if not _put(entries, name, _value(value, ctx, depth + 1)):
                return None
        elif t == "shorthand_property_identifier":
            if not _put(entries, c.text.decode("utf-8", "replace"), _identifier_value(c, ctx, depth + 1)):
                return None
        elif t == "method_definition":
            name = _ts._key_name(c.child_by_field_name("name"), ctx)
            if name is None or any(x.type in ("get", "set") for x in c.children):
                return None  # a getter's value is whatever it returns
            entries[name] = None  # functions are not sent
        elif t == "spread_element":
            inner = [x for x in c.named_children if x.type != "comment"]
            if not inner:
                return None
            target = _ts._unwrap(inner[0])
            if target.type in ("undefined", "null"):
                continue  # `...undefined` / `...null` add nothing
            lit = _literal_node(target, ctx, depth + 1, "object")
            spread = _object_entries(lit, ctx, depth + 1) if lit is not None else None
            if spread is None:
                return None
            for k, text in spread.items():
                entries[k] = text
        else:
            return None
    return entries


def _put(entries: dict[str, Optional[str]], name: str, v) -> bool:
    """A later key replaces an earlier one's value but keeps its place (JS semantics);
    a key whose value is undefined or a function is left out by JSON.stringify.
    False when the value is not known."""
    if v is _DROPPED or v.undefined:
        entries[name] = None  # the key keeps its place, but JSON.stringify skips it
        return True
    if v.json is None:
        return False
    entries[name] = v.json
    return True


def _js_key_order(keys: list[str]) -> list[str]:
    """OrdinaryOwnPropertyKeys: array indices (canonical integers below 2**32 - 1)
    ascending, then the other string keys in insertion order."""
    index = [k for k in keys if _is_array_index(k)]
    rest = [k for k in keys if not _is_array_index(k)]
    return sorted(index, key=int) + rest


def _is_array_index(key: str) -> bool:
    # ten digits at most (2**32 - 2 has ten): a longer key is no index, and Python will not
    # read more than 4,300 digits as an int (a fuzzed key of 20,000 ended the run)
    return len(key) <= 10 and _ARRAY_INDEX.fullmatch(key) is not None and int(key) < 2**32 - 1


def _identifier_value(ident: ts.Node, ctx, depth: int):
    """A name bound by `const` in an enclosing scope to a literal, and not changed after."""
    name = ident.text.decode("utf-8", "replace")
    bound, scope = ctx.scope.lookup_in_scope(ident)
    if bound is None:
        if scope is None and name in ("NaN", "Infinity"):
            return Value("number", "null")
        if scope is None and name == "undefined":
            return UNDEFINED
        return UNKNOWN_VALUE
    got = _value(bound, ctx, depth + 1)
    if isinstance(got, Value) and got.kind in ("object", "array") and ctx.scope.mutated(scope, name):
        return Value(got.kind)  # `const o = {...}; o.k = v`: no longer the literal
    return got


def js_json_string(s: str) -> str:
    """JSON.stringify of a string (ES2019 well-formed: lone surrogates escaped).

    `s` may hold surrogate code points from `\\uD83D\\uDE00` escapes: a pair is one
    astral character, as in JavaScript, and a lone one is written as `\\udXXX`."""
    if (
        _JSON_SPECIAL.search(s) is None
    ):  # nothing to escape or join (most strings): one search, not a loop per character
        return '"' + s + '"'
    out = ['"']
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        o = ord(ch)
        if 0xD800 <= o <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
            out.append(chr(0x10000 + ((o - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)))
            i += 2
            continue
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif o < 0x20:
            out.append(_CONTROL.get(ch, f"\\u{o:04x}"))
        elif 0xD800 <= o <= 0xDFFF:
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
        i += 1
    out.append('"')
    return "".join(out)


# what js_json_string changes: quotes, backslashes, control characters, surrogates
_JSON_SPECIAL = re.compile('["\\\\\x00-\x1f\ud800-\udfff]')
_CONTROL = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def undefined_keys(arg: ts.Node, ctx) -> tuple:
    """Keys of an argument object written as `k: undefined` / `k: void 0` that nothing
    later in the literal sets again: JSON.stringify drops them, so PostgREST never sees
    them. A key set to undefined after a spread (`{ ...args, p_secret: undefined }`) is a
    deliberate removal and not listed."""
    lit = _literal_node(arg, ctx, 0, "object")
    if lit is None:
        return ()
    text = lit.text or b""
    if b"undefined" not in text and b"void" not in text:
        return ()  # no value of it can be `undefined` / `void 0` (most literals): not read key by key
    found: list = []
    later_names: set[str] = set()
    open_after = False
    members = [c for c in lit.named_children if c.type != "comment"]
    for c in reversed(members):
        if c.type == "pair":
            key = c.child_by_field_name("key")
            name = _ts._key_name(key, ctx)
            value = c.child_by_field_name("value")
            if name is None:
                open_after = True
                continue
            if value is not None and _ts._is_undefined(value) and name not in later_names and not open_after:
                found.append((c, Key(name, ctx.pos.loc(key), UNDEFINED)))
            later_names.add(name)
        elif c.type == "shorthand_property_identifier":
            later_names.add(c.text.decode("utf-8", "replace"))
        elif c.type == "method_definition":
            continue
        else:  # a spread or anything unread: it may set any key
            open_after = True
    spread_before: set[int] = set()
    seen_spread = False
    for c in members:
        if c.type == "spread_element":
            seen_spread = True
        elif seen_spread:
            spread_before.add(c.id)
    return tuple(k for c, k in reversed(found) if c.id not in spread_before)
