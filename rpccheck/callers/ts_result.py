"""How a TypeScript `.rpc()` call's response is handled: `RpcCall.result_use`.

supabase-js never throws for a failed call: the builder is a thenable whose `then`
resolves to `{ data, error, count, status, statusText }` (postgrest-js
`PostgrestBuilder.then`, which also catches fetch failures into `error` unless
`.throwOnError()` was called). And the builder is lazy: the HTTP request is made inside
`then`, so a builder nobody awaits, `.then`s, returns or stores is never sent. This
module reads, from the syntax around one call, which of `model.USE_*` applies:

- `throws`: `.throwOnError()` anywhere in the chain (supabase-js has no client-wide
  option that does this for PostgREST calls: `createClient`'s `throwOnError` is an auth
  option, and PostgrestClient's constructor says "TODO: Add back shouldThrowOnError").
- `unsent`: the builder dropped as a statement, or under `void`.
- `error-unread`: awaited (or `.then`-ed) and `error` never read: a bare `await`, a
  destructuring without `error`, an `error` binding never referenced, a result variable
  only ever read as `.data` / `.count`, a `.then(cb)` whose callback ignores `error`.
- `error-read`: `error` is read in any way; `escapes`: the builder or response is
  returned, passed, stored or exported, so handling it is the receiver's job.
- `unknown`: anything else. No rule guesses from `unknown`.

The ancestors of a call are found by descending from the root once per call
(`Node.child_with_descendant`), never by repeated `Node.parent` walks: tree-sitter
nodes hold no parent pointer, so each `.parent` is itself a walk from the root.
"""

from __future__ import annotations

import operator
import re
from dataclasses import fields
from typing import Iterator, Optional

import tree_sitter as ts

from ._tree import Budget, ancestry

from ..model import USE_ERROR_READ, USE_ERROR_UNREAD, USE_ESCAPES, USE_THROWS, USE_UNKNOWN, USE_UNSENT, RpcCall

_WRAPPERS = frozenset(
    {"parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion"}
)
_BLOCKS = frozenset({"statement_block", "program", "switch_case", "switch_default", "class_body"})
_FUNCTIONS = frozenset(
    {
        "function_declaration",
        "function_expression",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
        "function",
    }
)
# where a builder or response handed on becomes someone else's to check
_ESCAPES = {
    "return_statement": "it is returned",
    "arguments": "it is passed to a function",
    "array": "it is put in an array",
    "pair": "it is stored in an object",
    "spread_element": "it is spread into another value",
    "yield_expression": "it is yielded",
    "public_field_definition": "it is stored in a field",
    "throw_statement": "it is thrown",
    "export_statement": "it is exported",
    "jsx_expression": "it is handed to JSX",
    "template_substitution": "it is formatted into a string",
}
_COMPONENT_SUFFIXES = (".vue", ".svelte", ".astro")
_RESPONSE_DATA = frozenset({"data", "count"})  # reading these alone never notices a failure


def with_result_use(rpc: RpcCall, call: ts.Node, root: ts.Node) -> RpcCall:
    """`rpc` with `result_use` / `result_use_detail` read from the code around `call`."""
    if any(a.type == "array" for a in _args(call)[1:]):  # not supabase-js (a JSON-RPC client?)
        return rpc
    if _Uses.root is not root:  # a new file: the cache is per tree (node ids are per tree)
        _Uses.root, _Uses.cache = root, {}
        _STEPS.left = _STEPS_BASE + _STEPS_PER_BYTE * root.end_byte
    try:
        use, detail = _result_use(call, _ancestors(root, call), rpc.path)
    except RecursionError:  # a pathological nesting: unknown, never a guess
        use, detail = USE_UNKNOWN, "the code around the call is nested too deeply to read"
    except _OutOfSteps:
        use, detail = USE_UNKNOWN, "the code around the calls of this file is too deeply nested or chained to follow"
    values = list(_CALL_FIELDS(rpc))
    values[_USE_AT], values[_DETAIL_AT] = use, detail
    return RpcCall(*values)


# dataclasses.replace(rpc, result_use=..., result_use_detail=...) without its loop over the
# fields in Python (it was a twentieth of the code scan's Python work): every field of the
# call, read in C, then the same values in order to the constructor
_CALL_FIELDS = operator.attrgetter(*(f.name for f in fields(RpcCall)))
_USE_AT = [f.name for f in fields(RpcCall)].index("result_use")
_DETAIL_AT = [f.name for f in fields(RpcCall)].index("result_use_detail")
assert all(f.init and not f.kw_only for f in fields(RpcCall))  # so each can be passed in order


# Each call's analysis walks its ancestors and the method chain above it: in a file of
# thousands of calls nested in or chained onto each other that is quadratic. A budget
# linear in the file's size bounds the whole file's walks; past it, calls are unknown.
_STEPS_BASE, _STEPS_PER_BYTE = 20_000, 1


_STEPS = Budget(0)  # this file's (set when a new tree is seen)


class _OutOfSteps(Exception):
    pass


def _step(n: int = 1) -> None:
    _STEPS.left -= n
    if _STEPS.left < 0:
        raise _OutOfSteps


def _ancestors(root: ts.Node, target: ts.Node) -> list[ts.Node]:
    """root .. parent of `target`, found by one descent from the root."""
    chain = ancestry(root).of(target)
    _step(len(chain))
    return chain


def _is(node: Optional[ts.Node], other: Optional[ts.Node]) -> bool:
    return node is not None and other is not None and node == other


def _result_use(call: ts.Node, anc: list[ts.Node], path: str) -> tuple[str, str]:
    cur, i = call, len(anc) - 1
    callee = call.child_by_field_name("function")
    # `await a.rpc<T>(...)`: tree-sitter puts the await inside the callee, but it awaits the chain
    awaited = callee is not None and callee.type == "await_expression"
    methods: list[tuple[str, ts.Node]] = []
    while i >= 0:
        _step()
        p = anc[i]
        t = p.type  # read once: each read is a C call that makes a new str
        if t in _WRAPPERS:
            cur, i = p, i - 1
            continue
        if t == "member_expression" and _is(p.child_by_field_name("object"), cur) and i >= 1:
            prop = p.child_by_field_name("property")
            name = prop.text.decode("utf-8", "replace") if prop is not None else ""
            up = anc[i - 1]
            if up.type == "call_expression" and _is(up.child_by_field_name("function"), p):
                methods.append((name, up))
                cur, i = up, i - 2
                continue
            if (
                up.type == "await_expression"
                and i >= 2
                and anc[i - 2].type == "call_expression"
                and _is(anc[i - 2].child_by_field_name("function"), up)
            ):
                methods.append((name, anc[i - 2]))
                awaited = True
                cur, i = anc[i - 2], i - 3
                continue
            return USE_UNKNOWN, f"`.{name}` of the builder is read without calling it"
        break
    names = [m for m, _ in methods]
    if "throwOnError" in names:
        return USE_THROWS, "`.throwOnError()` makes a failure reject the promise"
    if "then" in names:
        k = names.index("then")
        after = names[k + 1 :]
        then_args = _args(methods[k][1])
        if "catch" in after or len(then_args) > 1:
            return USE_UNKNOWN, "a rejection handler follows the `.then()`"
        if not then_args:
            return USE_ERROR_UNREAD, "`.then()` is called without a callback"
        return _callback_use(then_args[0], path)
    if i < 0:
        return USE_UNKNOWN, ""
    if awaited:
        return _awaited_use(cur, anc, i, path)
    p = anc[i]
    t = p.type
    if t == "await_expression":
        return _awaited_use(p, anc, i - 1, path)
    if t == "expression_statement":
        return USE_UNSENT, "the builder is dropped as a statement"
    if t == "unary_expression" and _operator(p) == "void":
        return USE_UNSENT, "`void` drops the builder"
    if t in _ESCAPES:
        return USE_ESCAPES, f"the builder is handed on ({_ESCAPES[t]})"
    if t == "arrow_function":
        return USE_ESCAPES, "the builder is handed on (the arrow function returns it)"
    if t == "assignment_expression":
        return USE_ESCAPES, "the builder is handed on (it is assigned to a variable or field)"
    return USE_UNKNOWN, "the builder is kept for later use"


def _awaited_use(expr: ts.Node, anc: list[ts.Node], i: int, path: str) -> tuple[str, str]:
    """`expr` evaluates to the response (`await ...`); anc[i] is its parent."""
    while i >= 0 and anc[i].type in _WRAPPERS:
        expr, i = anc[i], i - 1
    if i < 0:
        return USE_UNKNOWN, ""
    p = anc[i]
    t = p.type
    if t == "expression_statement":
        return USE_ERROR_UNREAD, "the awaited response is discarded"
    if t == "unary_expression" and _operator(p) == "void":
        return USE_ERROR_UNREAD, "`void` discards the awaited response"
    if t == "member_expression" and _is(p.child_by_field_name("object"), expr):
        prop = _prop(p)
        if prop == "error":
            return USE_ERROR_READ, "`.error` of the response is read"
        if prop in _RESPONSE_DATA:
            return USE_ERROR_UNREAD, f"only `.{prop}` of the response is read"
        return USE_UNKNOWN, f"`.{prop}` of the response is read"
    if t == "variable_declarator" and _is(p.child_by_field_name("value"), expr):
        return _declared_use(p, anc, i, path)
    if t in _ESCAPES:
        return USE_ESCAPES, f"the response is handed on ({_ESCAPES[t]})"
    if t == "arrow_function":
        return USE_ESCAPES, "the response is handed on (the arrow function returns it)"
    if t == "assignment_expression":
        return USE_ESCAPES, "the response is handed on (it is assigned to an outer variable or field)"
    return USE_UNKNOWN, "the response is used in an expression"


def _declared_use(decl: ts.Node, anc: list[ts.Node], i: int, path: str) -> tuple[str, str]:
    """`const <target> = await ...`: what the rest of the scope does with it."""
    declaration = anc[i - 1] if i >= 1 else None
    if declaration is None or declaration.type not in ("lexical_declaration", "variable_declaration"):
        return USE_UNKNOWN, ""
    if i >= 2 and anc[i - 2].type == "export_statement":
        return USE_ESCAPES, "the response is exported"
    scope = _scope_of(declaration, anc, i - 2)
    if scope is None:
        return USE_UNKNOWN, ""
    if scope.type == "program" and path.lower().endswith(_COMPONENT_SUFFIXES):
        # a component's template may read top-level names rpccheck does not see
        return USE_UNKNOWN, "the component's template may read the response"
    target = decl.child_by_field_name("name")
    if target is None:
        return USE_UNKNOWN, ""
    uses = _Uses.of(scope)
    if target.type == "identifier":
        name = target.text.decode("utf-8", "replace")
        seen = [u for u in uses.get(name, []) if u[0] != target.start_byte]
        return _variable_use(name, seen, "response")
    if target.type == "object_pattern":
        return _pattern_use(target, uses, "response")
    return USE_UNKNOWN, "the response is destructured as an array"


def _variable_use(name: str, seen: list[tuple[int, Optional[str]]], what: str) -> tuple[str, str]:
    props = [prop for _, prop in seen]
    if "error" in props:
        return USE_ERROR_READ, f"`{name}.error` is read"
    if any(prop is None or prop not in _RESPONSE_DATA for prop in props):
        return USE_ESCAPES, f"`{name}` is used beyond its data (passed on or inspected)"
    if not props:
        return USE_ERROR_UNREAD, f"the {what} `{name}` is never used"
    return USE_ERROR_UNREAD, f"only `{name}.data` is read, never `{name}.error`"


def _pattern_use(pattern: ts.Node, uses: "_Uses", what: str) -> tuple[str, str]:
    """`{ data, error }` / `{ error: e }` / `{ error = null }`: is the error binding used?"""
    bound: Optional[ts.Node] = None
    for c in pattern.named_children:
        if c.type == "rest_pattern":
            return USE_ESCAPES, "the rest of the response is kept in a variable"
        key = None
        if c.type == "shorthand_property_identifier_pattern":
            key, value = c.text.decode("utf-8", "replace"), c
        elif c.type == "object_assignment_pattern":
            left = c.child_by_field_name("left")
            key, value = (left.text.decode("utf-8", "replace"), left) if left is not None else (None, None)
        elif c.type == "pair_pattern":
            k = c.child_by_field_name("key")
            key = k.text.decode("utf-8", "replace").strip("'\"`") if k is not None else None
            value = c.child_by_field_name("value")
            if k is not None and k.type == "computed_property_name":
                return USE_UNKNOWN, "a computed key is destructured from the response"
        else:
            continue
        if key == "error":
            bound = value
    if bound is None:
        return USE_ERROR_UNREAD, f"the {what} is destructured without `error`"
    if bound.type == "assignment_pattern":  # `error: e = null`
        bound = bound.child_by_field_name("left") or bound
    if bound.type != "identifier" and bound.type != "shorthand_property_identifier_pattern":
        return USE_ERROR_READ, "`error` is destructured further"
    name = bound.text.decode("utf-8", "replace")
    if uses.used_besides(name, bound.start_byte):
        return USE_ERROR_READ, f"`{name}` is read"
    return USE_ERROR_UNREAD, f"`{name}` is destructured but never read"


def _callback_use(cb: ts.Node, path: str) -> tuple[str, str]:
    """`.then(cb)`: does the callback read its argument's `error`?"""
    while cb.type in _WRAPPERS:
        inner = [c for c in cb.named_children if c.type != "comment"]
        if not inner:
            break
        cb = inner[0]
    if cb.type not in ("arrow_function", "function_expression", "function"):
        return USE_UNKNOWN, "the `.then()` callback is defined elsewhere"
    single = cb.child_by_field_name("parameter")
    params = cb.child_by_field_name("parameters")
    first = single
    if first is None and params is not None:
        plist = [p for p in params.named_children if p.type != "comment"]
        if plist:
            first = plist[0].child_by_field_name("pattern") or plist[0]
    if first is None:
        return USE_ERROR_UNREAD, "the `.then()` callback takes no argument, so it never sees `error`"
    if first.type == "assignment_pattern":
        first = first.child_by_field_name("left") or first
    uses = _Uses.of(cb)
    if first.type == "identifier":
        name = first.text.decode("utf-8", "replace")
        seen = [u for u in uses.get(name, []) if u[0] != first.start_byte]
        return _variable_use(name, seen, "`.then()` callback's argument")
    if first.type == "object_pattern":
        return _pattern_use(first, uses, "`.then()` callback's argument")
    return USE_UNKNOWN, ""


def _scope_of(declaration: ts.Node, anc: list[ts.Node], i: int) -> Optional[ts.Node]:
    """The block a `const`/`let` belongs to, or the function body of a `var`."""
    is_var = declaration.type == "variable_declaration"
    while i >= 0:
        n = anc[i]
        if is_var and (n.type in _FUNCTIONS or n.type == "program"):
            return n
        if not is_var and n.type in _BLOCKS:
            return n
        i -= 1
    return None


class _Uses:
    """Where a name occurs in a scope, and which property is read on it there.

    Found by searching the scope's text, not by walking its nodes: a thousand times
    cheaper in Python, and the answer errs only towards "read" (an occurrence in a
    comment or string, or of a shadowing name, counts as a use), which can only make a
    finding go away. A name right after a single `.` is a property, not a use."""

    root: Optional[ts.Node] = None  # held, so a later tree can never be mistaken for it
    cache: dict[tuple[int, int, int], "_Uses"] = {}

    def __init__(self, scope: ts.Node) -> None:
        self._text = scope.text or b""
        self._base = scope.start_byte
        self._found: dict[str, list[tuple[int, Optional[str]]]] = {}

    @classmethod
    def of(cls, scope: ts.Node) -> "_Uses":
        key = (scope.id, scope.start_byte, scope.end_byte)
        found = cls.cache.get(key)
        if found is None:
            found = cls.cache[key] = cls(scope)
        return found

    def get(self, name: str, default=None) -> list[tuple[int, Optional[str]]]:
        """[(start byte, the property read on it or None)] for each use of `name`."""
        got = self._found.get(name)
        if got is None:
            got = self._found[name] = list(self._uses(name))
        return got

    def used_besides(self, name: str, start: int) -> bool:
        """`name` occurs somewhere other than at byte `start` (stops at the first)."""
        if name in self._found:
            return any(s != start for s, _ in self._found[name])
        return any(s != start for s, _ in self._uses(name))

    def _uses(self, name: str):
        text = self._text
        for m in _whole_words(text, name.encode("utf-8")):
            before = text[max(0, m.start() - 64) : m.start()].rstrip()[-3:]
            if before.endswith(b".") and not before.endswith(b"..."):
                continue  # `x.name`: a property of something else
            if before[-1:] in (b"{", b",") and _KEY_COLON.match(text, m.end()):
                continue  # `{ name: ... }`: a key (of a pattern or an object), not the binding
            prop = _PROPERTY.match(text, m.end())
            yield self._base + m.start(), prop.group(1).decode("utf-8", "replace") if prop else None


_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


def _whole_words(text: bytes, word: bytes) -> Iterator["re.Match[bytes]"]:
    r"""The matches of `(?<![\w$])word(?![\w$])` in `text`, in order, as finditer gives
    them: the pattern starts with the word itself (found by re's literal search; one that
    starts with a lookbehind is tried at every byte), and the byte before is checked here,
    a rejected match resuming one byte on, as the lookbehind's scan does."""
    if not word:
        yield from re.finditer(rb"(?<![\w$])(?![\w$])", text)
        return
    pattern = re.compile(re.escape(word) + rb"(?![\w$])")
    at = 0
    while True:
        m = pattern.search(text, at)
        if m is None:
            return
        if m.start() > 0 and text[m.start() - 1] in _WORD_BYTES:
            at = m.start() + 1
            continue
        yield m
        at = m.end()


_KEY_COLON = re.compile(rb"\s*:(?!:)")
_PROPERTY = re.compile(rb"\s*(?:\?\.|\.)\s*([A-Za-z_$][\w$]*)")


def _args(call: ts.Node) -> list[ts.Node]:
    args = call.child_by_field_name("arguments")
    return [c for c in (args.named_children if args else []) if c.type != "comment"]


def _operator(node: ts.Node) -> str:
    op = node.child_by_field_name("operator")
    return op.type if op is not None else ""


def _prop(member: ts.Node) -> str:
    prop = member.child_by_field_name("property")
    return prop.text.decode("utf-8", "replace") if prop is not None else ""
