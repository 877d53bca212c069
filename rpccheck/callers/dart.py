"""`.rpc()` call sites in Dart (supabase_flutter / supabase-dart), read with tree-sitter.

The only module that talks to the tree-sitter Dart grammar (the `tree-sitter-dart`
wheel: it parsed all 332 Dart files of supabase-flutter without an error; see the
commit that added it). supabase-dart's signature (packages/supabase/lib/src/
supabase_client.dart and packages/postgrest/lib/src/postgrest.dart) is

    PostgrestFilterBuilder<T> rpc<T>(String fn, {Map? params, bool get = false})

and `.count(CountOption.x)` / `.head()` are chained transforms, read as the same
options the TypeScript caller reports. The grammar flattens a call chain
`a.b('x').c()` into sibling nodes (a primary, then `selector`s) of the enclosing
node; a chain is read as that run of siblings. What a call sends is read
statically: map literals (`if` elements become branches), `const` and `final`
bindings never changed, `static const` members of this file's classes.
"""

from __future__ import annotations

import json
import re
from typing import Callable, NamedTuple, Optional

import tree_sitter as ts
import tree_sitter_dart as tsdart

from ._tree import Ancestry, Budget, ancestry, name_lookup, nodes_at, parent_in, parse, rpc_hits
from ..model import USE_ESCAPES, USE_THROWS, USE_UNSENT, Args, Key, KeySet, Location, RpcCall, Value
from .typescript import _Positions, _product, _with_condition, js_number_string, own_rpc_call

_PARSER: list[ts.Parser] = []
# `.rpc(` / `?.rpc(` / `.rpc<T>(` with optional blanks: the only byte shape a call can have;
# files without it are never parsed (comments and strings that match are rejected by the tree)
_CALL_BYTES = re.compile(rb"\.[ \t\r\n]*rpc[ \t\r\n]*[(<]")
_SCOPES = frozenset({"program", "class_body", "block", "extension_body", "enum_body"})
# Future methods that subscribe to the builder (PostgrestBuilder.then runs _execute)
_SENDS = frozenset({b"then", b"catchError", b"whenComplete", b"asStream", b"timeout", b"ignore"})
_NO_VALUE = object()
# Map methods that change the map in place
_MAP_MUTATORS = frozenset(
    {b"addAll", b"addEntries", b"remove", b"removeWhere", b"clear", b"putIfAbsent", b"update", b"updateAll"}
)


def may_call(data: bytes) -> bool:
    """The file holds the byte shape of a call (the prefilter: without it, nothing is parsed)."""
    return b"rpc" in data and _CALL_BYTES.search(data) is not None


def parser() -> ts.Parser:
    if not _PARSER:
        _PARSER.append(ts.Parser(ts.Language(tsdart.language())))
    return _PARSER[0]


def _text(node: ts.Node) -> str:
    return node.text.decode("utf-8", "replace")


def _named(node: Optional[ts.Node]) -> list[ts.Node]:
    return [
        c
        for c in (node.named_children if node is not None else [])
        if c.type not in ("comment", "documentation_comment")
    ]


# --- literal values ------------------------------------------------------------------

_ESCAPES = {"n": "\n", "r": "\r", "f": "\f", "b": "\b", "t": "\t", "v": "\v"}
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.DOTALL)


def _string_value(node: ts.Node) -> Optional[str]:
    """Value of a Dart string literal without interpolation (adjacent literals are
    concatenated; `r'...'` is raw)."""
    if node.type != "string_literal":
        return None
    if any(c.type == "template_substitution" for c in node.named_children):
        return None
    text = _text(node)
    if (
        len(text) >= 2
        and text[0] in "'\""
        and text[-1] == text[0]
        and text.count(text[0]) == 2
        and "\\" not in text
        and "$" not in text
        and "\n" not in text
    ):
        return text[1:-1]  # one plain one-line literal without escapes: its value is its body
    out = []
    i = 0
    pattern = re.compile(r"""(r?)('''|\"\"\"|'|")""")
    while i < len(text):
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if i >= len(text):
            break
        m = pattern.match(text, i)
        if m is None:
            return None  # a comment between adjacent strings, or something unexpected
        raw, quote = m.group(1), m.group(2)
        end = i + len(m.group(0))
        j = end
        while True:
            k = text.find(quote, j)
            if k < 0:
                return None
            if not raw and _odd_backslashes(text, k):
                j = k + 1
                continue
            break
        body = text[end:k]
        if len(quote) == 3 and body.startswith("\n"):
            body = body[1:]  # a multi-line string drops a first line break
        elif len(quote) == 3 and body.startswith("\r\n"):
            body = body[2:]
        out.append(body if raw else _ESCAPE.sub(_unescape, body))
        i = k + len(quote)
    return "".join(out)


def _odd_backslashes(text: str, k: int) -> bool:
    n = 0
    while k - n - 1 >= 0 and text[k - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def _unescape(m: re.Match) -> str:
    e = m.group(1)
    if e[0] == "u" and len(e) > 1:
        return chr(int(e[2:-1] if e[1] == "{" else e[1:], 16))
    if e[0] == "x" and len(e) == 3:
        return chr(int(e[1:], 16))
    return _ESCAPES.get(e, e)


class _Double(float):
    """A Dart double: jsonEncode writes it with double.toString (`1.0`, `1e+21`)."""


def _literal(nodes: list[ts.Node], ctx: "_Ctx", depth: int = 0) -> object:
    """The value a literal expression (as a run of sibling nodes) denotes, or _NO_VALUE."""
    if depth > 8 or len(nodes) != 1:
        if len(nodes) == 2 and nodes[0].type == "identifier":
            bound = ctx.scope.member(nodes[0], nodes[1])
            if bound is not None:
                return _literal(bound, ctx, depth + 1)
        return _NO_VALUE
    node = nodes[0]
    t = node.type
    if t == "string_literal":
        s = _string_value(node)
        return _NO_VALUE if s is None else s
    if t in ("decimal_integer_literal", "hex_integer_literal"):
        try:
            return int(_text(node).replace("_", ""), 0)
        except ValueError:
            return _NO_VALUE
    if t == "decimal_floating_point_literal":
        try:
            return _Double(float(_text(node).replace("_", "")))
        except ValueError:
            return _NO_VALUE
    if t in ("true", "false"):
        return t == "true"
    if t == "null_literal":
        return None
    if t == "unary_expression":
        parts = _named(node)
        if len(parts) == 2 and parts[0].type == "prefix_operator" and _text(parts[0]) == "-":
            v = _literal([parts[1]], ctx, depth + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return _Double(-v) if isinstance(v, _Double) else -v
        return _NO_VALUE
    if t == "list_literal":
        items = []
        for c in _named(node):
            if c.type in ("type_arguments", "const_builtin"):
                continue
            v = _literal([c], ctx, depth + 1)
            if v is _NO_VALUE:
                return _NO_VALUE
            items.append(v)
        return items
    if t == "set_or_map_literal":
        out = {}
        for c in _named(node):
            if c.type in ("type_arguments", "const_builtin"):
                continue
            if c.type != "pair":
                return _NO_VALUE
            k = _literal([c.child_by_field_name("key")], ctx, depth + 1)
            v = _literal([c.child_by_field_name("value")], ctx, depth + 1)
            if not isinstance(k, str) or v is _NO_VALUE:
                return _NO_VALUE  # jsonEncode refuses a map with other keys
            out[k] = v
        return out if out or not any(c.type != "type_arguments" for c in _named(node)) else _NO_VALUE
    if t == "identifier":
        bound = ctx.scope.constant(node)
        return _literal(bound, ctx, depth + 1) if bound is not None else _NO_VALUE
    return _NO_VALUE


def _encode(v: object) -> str:
    """dart:convert jsonEncode of a literal value."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, _Double):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError("jsonEncode refuses NaN and infinity")
        s = js_number_string(float(v))
        return s if any(ch in s for ch in ".e") else s + ".0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ",".join(_encode(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{_encode(x)}" for k, x in v.items()) + "}"
    raise ValueError(type(v).__name__)


_NODE_KINDS = {
    "string_literal": "string",
    "decimal_integer_literal": "number",
    "hex_integer_literal": "number",
    "decimal_floating_point_literal": "number",
    "true": "boolean",
    "false": "boolean",
    "null_literal": "null",
    "list_literal": "array",
}


def _value(nodes: list[ts.Node], ctx: "_Ctx") -> Value:
    v = _literal(nodes, ctx)
    if v is _NO_VALUE:
        kind = _NODE_KINDS.get(nodes[0].type, "unknown") if len(nodes) == 1 else "unknown"
        if len(nodes) == 1 and nodes[0].type == "set_or_map_literal":
            kind = "object" if any(c.type == "pair" for c in _named(nodes[0])) else "unknown"
        return Value(kind)
    kind = (
        "null"
        if v is None
        else "boolean"
        if isinstance(v, bool)
        else "number"
        if isinstance(v, (int, float))
        else "string"
        if isinstance(v, str)
        else "array"
        if isinstance(v, list)
        else "object"
    )
    try:
        return Value(kind, _encode(v))
    except ValueError:
        return Value(kind)


# --- scopes ----------------------------------------------------------------------------


class _Binding(NamedTuple):
    value: Optional[list[ts.Node]]  # None: not a final/const with a value
    const: bool
    scope: ts.Node


# what a name means once the file's lookup budget is spent (see _tree.name_lookup): bound,
# to no value, in no scope a reader knows: checked for by identity before `scope` is read
_UNKNOWN = _Binding(None, False, None)  # type: ignore[arg-type]


WALK_STEPS = 50_000  # per file, plus 2 per byte; real files use at most 0.7 (see _Scope.walk_steps)


class _Scope:
    def __init__(self, root: ts.Node) -> None:
        self.root = root
        self._tables: dict[int, dict[str, _Binding]] = {}
        self._classes: Optional[dict[str, ts.Node]] = None
        self._changed: dict[int, Optional[set[str]]] = {}
        self.anc = ancestry(root)
        self._bound: dict[str, dict[int, Optional[_Binding]]] = {}  # see name_lookup
        self._name_sets: dict[tuple[int, str], set[str]] = {}
        self._uses: dict[int, Optional[dict[bytes, int]]] = {}
        # `changed` and `uses` walk a scope with the scopes nested in it: thousands of nested
        # functions cost the square of the file. The walks share a budget linear in its size
        # (real files use a fraction of it), past which the answer is the cautious one.
        self.walk_steps = Budget(WALK_STEPS + 2 * root.end_byte)

    def _table(self, scope: ts.Node) -> dict[str, _Binding]:
        table = self._tables.get(scope.id)
        if table is not None:
            return table
        table = {}
        children = _named(scope)
        for i, child in enumerate(children):
            decl = child
            flags = []
            if decl.type == "declaration":  # a class member: [static] const/final ...
                flags = [c.type for c in decl.children]
                lists = [
                    c
                    for c in decl.named_children
                    if c.type in ("static_final_declaration_list", "initialized_identifier_list")
                ]
            elif decl.type in ("static_final_declaration_list", "initialized_identifier_list"):
                j = i - 1
                while j >= 0 and children[j].type in (
                    "type_identifier",
                    "type_arguments",
                    "inferred_type",
                    "nullable_type",
                    "function_type",
                    "record_type",
                ):
                    j -= 1
                flags = [children[j].type] if j >= 0 else []
                lists = [decl]
            elif decl.type == "local_variable_declaration":
                for d in _named(decl):
                    if d.type != "initialized_variable_definition":
                        continue
                    kinds = [c.type for c in d.children]
                    is_final = "final_builtin" in kinds or "const_builtin" in kinds
                    name = d.child_by_field_name("name")
                    values = [c for k, c in enumerate(d.children) if d.field_name_for_child(k) == "value"]
                    if name is not None:
                        table[_text(name)] = _Binding(
                            values if is_final and values else None, "const_builtin" in kinds, scope
                        )
                    for extra in d.named_children:
                        if extra.type == "initialized_identifier":
                            parts = _named(extra)
                            if parts and parts[0].type == "identifier":
                                table[_text(parts[0])] = _Binding(
                                    parts[1:] if is_final and len(parts) > 1 else None, "const_builtin" in kinds, scope
                                )
                continue
            elif decl.type in (
                "class_definition",
                "function_signature",
                "enum_declaration",
                "mixin_declaration",
                "extension_declaration",
            ):
                name = decl.child_by_field_name("name")
                if name is not None and decl.type != "class_definition":
                    table[_text(name)] = _Binding(None, False, scope)
                continue
            else:
                continue
            is_const = "const_builtin" in flags
            is_final = is_const or "final_builtin" in flags
            for lst in lists:
                for d in _named(lst):
                    parts = _named(d)
                    if not parts or parts[0].type != "identifier":
                        continue
                    value = parts[1:] if is_final and lst.type == "static_final_declaration_list" else None
                    table[_text(parts[0])] = _Binding(value or None, is_const, scope)
        self._tables[scope.id] = table
        return table

    def binding(self, ident: ts.Node) -> Optional[_Binding]:
        name = _text(ident)
        return name_lookup(
            self.anc, self._bound, ident, name, lambda node: self._binds_here(node, name), unknown=_UNKNOWN
        )

    def _binds_here(self, node: ts.Node, name: str) -> Optional[_Binding]:
        t = node.type  # read once: each read is a C call that makes a new str
        if t in _SCOPES:
            table = self._table(node)
            if name in table:
                return table[name]
        if t == "function_body":
            children, i = self.anc.siblings(node)
            i -= 1
            while i >= 0 and (not children[i].is_named or children[i].type in ("comment", "documentation_comment")):
                i -= 1
            if i >= 0 and name in self._names(children[i], _parameter_names):
                return _Binding(None, False, node)
        if t == "function_expression":
            if name in self._names(node.child_by_field_name("parameters"), _parameter_names):
                return _Binding(None, False, node)
        if t in (
            "for_statement",
            "try_statement",
            "switch_expression_case",
            "switch_statement_case",
            "for_element",
            "if_statement",
            "if_element",
        ):
            if name in self._names(node, _declared_by):
                return _Binding(None, False, node)  # a loop variable, catch parameter or pattern variable
        return None

    def _names(self, node: Optional[ts.Node], read: Callable[[ts.Node], set[str]]) -> set[str]:
        if node is None:
            return set()
        key = (node.id, read.__name__)
        names = self._name_sets.get(key)
        if names is None:
            names = self._name_sets[key] = read(node)
        return names

    def uses(self, block: ts.Node, name: ts.Node) -> int:
        """How many times the identifier `name` occurs in `block` (its declaration counts):
        counted once per block, not once per call stored in a variable there."""
        if block.id not in self._uses:
            counts: Optional[dict[bytes, int]] = {}
            stack = [block]
            walk = self.walk_steps
            while stack and counts is not None:
                walk.left -= 1
                if walk.left < 0:
                    counts = None  # unknown: counted as used, so nothing is reported
                    break
                n = stack.pop()
                if n.type == "identifier":
                    counts[n.text] = counts.get(n.text, 0) + 1
                stack.extend(n.named_children)
            self._uses[block.id] = counts
        found = self._uses[block.id]
        return found.get(name.text, 0) if found is not None else 1 << 30

    def constant(self, ident: ts.Node) -> Optional[list[ts.Node]]:
        """The expression a `const`, or a `final` never changed, is bound to."""
        b = self.binding(ident)
        if b is None or b.value is None:
            return None
        if not b.const:
            changed = self.changed(b.scope)
            if changed is None or _text(ident) in changed:
                return None
        return b.value

    def changed(self, scope: ts.Node) -> Optional[set[str]]:
        """Names whose map the scope may change: `m['k'] = v`, `m.addAll(...)`,
        `m.remove(...)`, a cascade `m..['k'] = v`. A `final` map changed there is not
        the literal it was declared as; a `const` one cannot change. None: unknown."""
        if scope.id in self._changed:
            return self._changed[scope.id]
        names: Optional[set[str]] = set()
        # siblings and parents from the walk itself: tree-sitter computes `next_sibling`
        # and `parent` from the root, which is quadratic and overflows its C stack on
        # deeply nested input
        stack = [scope]
        walk = self.walk_steps
        while stack and names is not None:
            walk.left -= 1
            if walk.left < 0:
                names = None
                break
            parent = stack.pop()
            children = parent.children
            for k, n in enumerate(children):
                if n.type == "identifier":
                    nxt = children[k + 1] if k + 1 < len(children) else None
                    if nxt is None:
                        pass
                    elif nxt.type == "cascade_section":
                        names.add(_text(n))
                    elif nxt.type == "unconditional_assignable_selector" and parent.type == "assignable_expression":
                        names.add(_text(n))  # m['k'] = v, m['k'] ??= v
                    elif nxt.type == "selector" and _selector_name(nxt) in _MAP_MUTATORS:
                        names.add(_text(n))
            stack.extend(children)
        self._changed[scope.id] = names
        return names

    def member(self, cls: ts.Node, selector: ts.Node) -> Optional[list[ts.Node]]:
        """`Rpc.name` for a `static const` (or final) member of a class in this file."""
        if selector.type != "selector":
            return None
        inner = _named(selector)
        if len(inner) != 1 or inner[0].type != "unconditional_assignable_selector":
            return None
        field = _named(inner[0])
        if len(field) != 1 or field[0].type != "identifier":
            return None
        if self._classes is None:
            self._classes = {}
            stack = [self.root]
            while stack:
                n = stack.pop()
                if n.type == "class_definition":
                    name = n.child_by_field_name("name")
                    if name is not None:
                        self._classes.setdefault(_text(name), n)
                stack.extend(n.named_children)
        c = self._classes.get(_text(cls))
        body = c.child_by_field_name("body") if c is not None else None
        if body is None or self.binding(cls) is not None:
            return None
        b = self._table(body).get(_text(field[0]))
        if b is None or b.value is None or not b.const:
            return None
        return b.value


def _declared_by(node: ts.Node) -> set[str]:
    """Names a loop header, a catch clause or a case / `if-case` pattern binds."""
    heads = [
        c for c in node.named_children if c.type in ("for_loop_parts", "catch_clause") or c.type.endswith("pattern")
    ]
    names: set[str] = set()
    stack = list(heads)
    while stack:
        n = stack.pop()
        if n.type in ("block", "function_body", "function_expression"):
            continue
        if n.type == "identifier":
            names.add(_text(n))  # may include names only read there: unknown is the safe side
        stack.extend(n.named_children)
    return names


def _parameter_names(sig: Optional[ts.Node]) -> set[str]:
    names: set[str] = set()
    stack = [sig] if sig is not None else []
    while stack:
        n = stack.pop()
        if n.type == "formal_parameter":
            name = n.child_by_field_name("name")
            if name is not None:
                names.add(_text(name))
            else:
                ids = [c for c in n.named_children if c.type == "identifier"]
                if ids:
                    names.add(_text(ids[-1]))
            continue
        if n.type in ("function_body", "block"):
            continue
        stack.extend(n.named_children)
    return names


class _Ctx(NamedTuple):
    pos: _Positions
    scope: _Scope
    # `_selector_name` of each selector read, by node id: a chain of a thousand `.rpc()`
    # calls gives each call the rest of the chain to read (options, sends), and the same
    # selectors are named again for every call before it
    names: dict[int, Optional[bytes]]
    # a chain's (run start, run end) per child index, by the chain node's id: see _runs
    runs: dict[int, tuple[list[int], list[int]]]
    # a chain's (a send among the selectors from each index on, their options), see _tails
    tails: dict[int, tuple[list[bool], list[dict]]]


def _name_of(sel: ts.Node, ctx: _Ctx) -> Optional[bytes]:
    key = sel.id
    names = ctx.names
    if key in names:
        return names[key]
    found = names[key] = _selector_name(sel)
    return found


_NO_OPTIONS: dict = {}  # shared, never changed: copied into a call's options


def _option_at(method: Optional[bytes], nxt: Optional[ts.Node]) -> Optional[tuple[str, object]]:
    """The option a selector named `method` followed by `nxt` sets: `.head()`, `.count(...)`."""
    if method == b"head" and _call_args(nxt) is not None:
        return "head", True
    if method == b"count" and _call_args(nxt) is not None:
        arg = _named(_call_args(nxt))
        text = " ".join(_text(n) for n in _named(arg[0])) if arg and arg[0].type == "argument" else ""
        return "count", text.rsplit(".", 1)[-1] if text else "exact"  # count([CountOption c = exact])
    return None


def _tails(chain_id: int, siblings: list[ts.Node], ctx: _Ctx) -> tuple[list[bool], list[dict]]:
    """For each selector of a chain: whether it or one after it in its run sends the request
    (`.then`...), and the options they set, in the order and with the values the loop over
    them in _read_call gives (the first `.head()`/`.count()` places the key, the last
    `.count()` gives its value). Worked out once per chain, from its end: each call in a
    chain of a thousand read all the rest of it."""
    found = ctx.tails.get(chain_id) if chain_id >= 0 else None
    if found is None:
        _starts, ends = _runs(chain_id, siblings, ctx)
        n = len(siblings)
        sent, opts = [False] * n, [_NO_OPTIONS] * n
        for i in range(n - 1, -1, -1):
            if siblings[i].type != "selector":
                continue
            more = ends[i] > i  # the next child is a selector of the same run
            method = _name_of(siblings[i], ctx)
            sent[i] = method in _SENDS or (more and sent[i + 1])
            later = opts[i + 1] if more else _NO_OPTIONS
            event = _option_at(method, siblings[i + 1] if more else None)
            if event is None:
                opts[i] = later
            else:
                key, value = event
                if key == "count" and "count" in later:
                    value = later["count"]  # the last `.count()` says which
                opts[i] = {key: value, **{k: v for k, v in later.items() if k != key}}
        found = (sent, opts)
        if chain_id >= 0:  # (-1: no chain node to key it by)
            ctx.tails[chain_id] = found
    return found


def _runs(chain_id: int, siblings: list[ts.Node], ctx: _Ctx) -> tuple[list[int], list[int]]:
    """For each child of a chain, the first and the last index of the run of `selector`
    children it is in (itself when it is not one), worked out once per chain: each call
    in it walked its run both ways (quadratic in a chain of calls)."""
    found = ctx.runs.get(chain_id) if chain_id >= 0 else None
    if found is None:
        n = len(siblings)
        is_sel = [c.type == "selector" for c in siblings]
        starts, ends = list(range(n)), list(range(n))
        for i in range(1, n):
            if is_sel[i] and is_sel[i - 1]:
                starts[i] = starts[i - 1]
        for i in range(n - 2, -1, -1):
            if is_sel[i] and is_sel[i + 1]:
                ends[i] = ends[i + 1]
        found = (starts, ends)
        if chain_id >= 0:
            ctx.runs[chain_id] = found
    return found


# --- names and keys --------------------------------------------------------------------


def _resolve_name(nodes: list[ts.Node], ctx: _Ctx) -> Optional[str]:
    v = _literal(nodes, ctx)
    return v if isinstance(v, str) else None


def _keys(nodes: list[ts.Node], ctx: _Ctx, depth: int = 0) -> Optional[list[KeySet]]:
    if depth > 8:
        return None
    if len(nodes) == 2 and nodes[0].type == "identifier":
        bound = ctx.scope.member(nodes[0], nodes[1])
        return _keys(bound, ctx, depth + 1) if bound is not None else None
    if len(nodes) != 1:
        return None
    node = nodes[0]
    if node.type == "set_or_map_literal":
        return _map_keys(node, ctx, depth)
    if node.type == "null_literal":
        return [KeySet(())]
    if node.type == "identifier":
        bound = ctx.scope.constant(node)
        return _keys(bound, ctx, depth + 1) if bound is not None else None
    return None


def _short(node: Optional[ts.Node]) -> str:
    if node is None:
        return "the condition"
    text = " ".join(_text(node).split())
    return f"`{text}`" if len(text) <= 40 else "the condition"


def _element_keys(el: ts.Node, ctx: _Ctx, depth: int) -> list[KeySet]:
    t = el.type
    if depth > 8:
        return [KeySet((), open=True)]
    if t == "pair":
        key = el.child_by_field_name("key")
        value = el.child_by_field_name("value")
        k = _literal([key], ctx) if key is not None else _NO_VALUE
        if not isinstance(k, str):
            return [KeySet((), open=True)]
        return [KeySet((Key(k, ctx.pos.loc(key), _value([value], ctx) if value is not None else Value()),))]
    if t == "spread_element":
        inner = [c for c in _named(el)]
        spread = _keys(inner, ctx, depth + 1) if inner else None
        if spread is not None and el.children and el.children[0].type == "...?":
            spread = spread + [KeySet(())]
        return spread if spread is not None else [KeySet((), open=True)]
    if t == "if_element":
        parts = _named(el)
        cond = parts[0] if parts else None
        yes = el.child_by_field_name("consequence")
        no = el.child_by_field_name("alternative")
        if yes is None:
            return [KeySet((), open=True)]
        a = _element_keys(yes, ctx, depth + 1)
        b = _element_keys(no, ctx, depth + 1) if no is not None else [KeySet(())]
        ctext = _short(cond)
        return [_with_condition(k, f"when {ctext} is true") for k in a] + [
            _with_condition(k, f"when {ctext} is false") for k in b
        ]
    return [KeySet((), open=True)]  # a for element, or anything else


def _map_keys(obj: ts.Node, ctx: _Ctx, depth: int) -> list[KeySet]:
    variants: list[KeySet] = [KeySet(())]
    for child in _named(obj):
        if child.type in ("type_arguments", "const_builtin"):
            continue
        variants = _product(variants, _element_keys(child, ctx, depth))
    return variants


def _why_no_name(first: list[ts.Node], ctx: _Ctx) -> str:
    """Why the function name cannot be read, said for the name's binding when it is one."""
    shown = " ".join("".join(_text(n) for n in first).split())[:40]
    if len(first) == 1 and first[0].type == "identifier":
        b = ctx.scope.binding(first[0])
        if b is _UNKNOWN:
            return f"the function name `{shown}` was not followed: rpccheck stopped following names in this file (too many nested scopes to read in time)"
        if b is None:
            return f"the function name `{shown}` is not declared in this file (rpccheck does not follow Dart imports)"
        if b.value is None and b.scope.type in ("function_body", "function_expression"):
            return f"the function name `{shown}` is a parameter (or a loop or pattern variable): the caller chooses it"
        if b.value is None:
            return f"the function name `{shown}` is not a `const` or `final` bound to a string: it may be reassigned"
    if (
        len(first) == 1
        and first[0].type == "string_literal"
        and any(c.type == "template_substitution" for c in first[0].named_children)
    ):
        return f"the function name `{shown}` is an interpolated string, built at run time"
    return f"the function name `{shown}` is not a string constant"


def _why_unknown(nodes: list[ts.Node], ctx: _Ctx) -> str:
    text = " ".join("".join(_text(n) for n in nodes).split())[:60]
    if len(nodes) == 1 and nodes[0].type == "identifier":
        b = ctx.scope.binding(nodes[0])
        if b is _UNKNOWN:
            return f"`{text}` was not followed: rpccheck stopped following names in this file (too many nested scopes to read in time)"
        if b is not None and b.value is not None and not b.const:
            return f"`{text}` is changed after it is declared (a key is set, removed or added)"
        if b is not None and b.scope.type in ("function_body", "function_expression"):
            return f"`{text}` is a parameter (or a loop or pattern variable): the caller chooses the map"
        if b is not None:
            return f"`{text}` is not a `const` or `final` bound to a map literal: it may be reassigned"
    return f"`{text}` is not a map literal or a const/final bound to one"


# --- calls -----------------------------------------------------------------------------


class _Target(NamedTuple):
    schema: Optional[str]
    loc: Optional[Location]
    schema_unknown: bool
    receiver_known: bool


_UNKNOWN_RECEIVER = _Target(None, None, False, False)


def _selector_name(sel: ts.Node) -> Optional[bytes]:
    """`.name` / `?.name` of a selector (or of a cascade section's bare access), else None."""
    inner = (
        [sel] if sel.type in ("unconditional_assignable_selector", "conditional_assignable_selector") else _named(sel)
    )
    if len(inner) == 1 and inner[0].type in ("unconditional_assignable_selector", "conditional_assignable_selector"):
        ids = [c for c in inner[0].named_children if c.type == "identifier"]
        if len(ids) == 1:
            return ids[0].text
    return None


def _call_args(sel: Optional[ts.Node]) -> Optional[ts.Node]:
    """The `arguments` node of a call selector `(...)` / `<T>(...)` (in a cascade section
    the `argument_part` is bare)."""
    if sel is not None and sel.type == "argument_part":
        return next((c for c in sel.named_children if c.type == "arguments"), None)
    if sel is None or sel.type != "selector":
        return None
    inner = _named(sel)
    if len(inner) == 1 and inner[0].type == "argument_part":
        return next((c for c in inner[0].named_children if c.type == "arguments"), None)
    return None


def _schema_of(receiver: list[ts.Node], ctx: _Ctx, depth: int = 0) -> _Target:
    """`.schema('x')` right before `.rpc`, or a name bound (final/const) to such a client."""
    if len(receiver) >= 3 and _selector_name(receiver[-2]) == b"schema":
        args = _call_args(receiver[-1])
        items = _named(args)
        if not items:
            return _Target(None, None, True, True)
        value_nodes = _named(items[0]) if items[0].type == "argument" else []
        value = _resolve_name(value_nodes, ctx) if value_nodes else None
        return _Target(value, ctx.pos.loc(items[0]), value is None, True)
    if len(receiver) == 1 and receiver[0].type == "identifier" and depth < 4:
        bound = ctx.scope.constant(receiver[0])
        if bound is not None:
            return _schema_of(bound, ctx, depth + 1)
    return _UNKNOWN_RECEIVER


# Characters no Dart token starts with (controls, `\\`, a backtick, anything not ASCII),
# with the blanks between them. tree-sitter-dart's error recovery is quadratic in a long
# run of them outside a string, without calling the progress callback that stops a slow
# parse: 60,000 CJK characters (a UTF-16 file with ASCII inserted) in a parameter list
# took 40 s. Runs this long are blanked, byte for byte, before the parse; offsets and
# lines stay, and such a run is never a name, a key or a value an rpc call reads.
_JUNK_RUN = re.compile(rb"(?:[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xff`\\][ \t]*)+")
_JUNK_RUN_BYTES = 1024


def _without_long_junk(data: bytes) -> bytes:
    runs = [m.span() for m in _JUNK_RUN.finditer(data) if m.end() - m.start() >= _JUNK_RUN_BYTES]
    if not runs:
        return data
    out = bytearray(data)
    for start, end in runs:
        out[start:end] = b" " * (end - start)
    return bytes(out)


def extract_calls(data: bytes, path: str) -> list[RpcCall]:
    """Every `X.rpc(...)` call in one Dart file."""
    hits = rpc_hits(data, _CALL_BYTES)
    if not hits:
        return []
    root = parse(parser(), _without_long_junk(data)).root_node
    ctx = _Ctx(_Positions(path, data), _Scope(root), {}, {}, {})
    anc = ctx.scope.anc
    own_rpc: list[Optional[int]] = []  # this file's own `rpc` method, looked up once
    calls = []
    receivers: dict[int, list[ts.Node]] = {}  # a cascade's receiver, by the node holding its sections
    for _start, node, tail in nodes_at(root, hits):  # one shared descent (see _tree)
        if node.type != "identifier" or node.text != b"rpc":
            continue
        access = tail[-1] if tail else None
        if access is not None and access.type == "cascade_selector":
            section = tail[-2] if len(tail) >= 2 else anc.parent(access)
            if section is not None and section.type == "cascade_section":
                cascade = _read_cascade(section, parent_in(tail, section), access, node, ctx, receivers)
                if cascade is not None:
                    calls.append(cascade)
            continue
        if access is None or access.type not in (
            "unconditional_assignable_selector",
            "conditional_assignable_selector",
        ):
            continue
        sel = tail[-2] if len(tail) >= 2 else anc.parent(access)
        if sel is None or sel.type != "selector":
            continue
        siblings, at = anc.siblings(sel)
        chain = anc.parent(sel)
        starts, ends = _runs(chain.id if chain is not None else -1, siblings, ctx)
        first = starts[at]  # the run of selectors `sel` ends (the receiver's primary precedes it)
        receiver = siblings[max(first - 1, 0) : at]  # the primary, then its selectors
        if len(receiver) == 1 and receiver[0].type in ("this", "super"):
            if not own_rpc:
                own_rpc.append(_own_rpc_definition(root, data, anc))
            own = own_rpc[0]
            if own is not None:
                calls.append(own_rpc_call(ctx.pos.path, ctx.pos.loc(node, sel), own, "dart"))
                continue
        call_sel = siblings[at + 1] if at + 1 < len(siblings) else None
        args = _call_args(call_sel)
        if args is None:
            generic = _generic_call(sel, chain, call_sel, anc)
            if generic is not None:
                outer, paren = generic
                items = [c for c in _named(paren)]
                after = [c for c in outer.children[outer.children.index(paren) + 1 :] if c.type == "selector"]
                calls.append(
                    _read_call(
                        receiver,
                        node,
                        paren,
                        [items] if items else [],
                        {},
                        after,
                        anc.parent(outer),
                        chain is not None and chain.type == "await_expression",
                        ctx,
                    )
                )
            continue  # else a tear-off `client.rpc`, not a call
        # the selectors that follow the call's own: the run that starts after it
        last = ends[at + 2] if at + 2 < len(siblings) and siblings[at + 2].type == "selector" else at + 1
        positional, named = _split_args(args)
        if last > at + 1:
            sent, opts = _tails(chain.id if chain is not None else -1, siblings, ctx)
            tail = (sent[at + 2], opts[at + 2])
        else:
            tail = (False, _NO_OPTIONS)
        calls.append(
            _read_call(
                receiver, node, call_sel, positional, named, siblings[at + 2 : last + 1], chain, False, ctx, tail=tail
            )
        )
    return calls


def _read_cascade(
    section: ts.Node,
    owner: Optional[ts.Node],
    access: ts.Node,
    rpc_ident: ts.Node,
    ctx: _Ctx,
    receivers: dict[int, list[ts.Node]],
) -> Optional[RpcCall]:
    """`client..rpc('fn', params: {...})`: a call in a cascade section. Its receiver is what
    precedes the cascade (`Supabase.instance.client`, `supabase.schema('s')`); the value of
    the cascade is that receiver, so the builder `rpc` returns is dropped, and never sent,
    unless the section itself goes on to `.then(...)` it. `client..rpc` without
    arguments (a tear-off) or assigned to is not a call."""
    kids = section.children
    at = next(i for i, c in enumerate(kids) if c == access)
    part = kids[at + 1] if at + 1 < len(kids) else None
    args = _call_args(part)
    if args is None:
        return None
    key = owner.id if owner is not None else -1
    receiver = receivers.get(key)
    if receiver is None:  # once per cascade: a thousand sections share one receiver
        siblings = owner.children if owner is not None else []
        first = next((i for i, c in enumerate(siblings) if c.type == "cascade_section"), 0)
        start = first - 1
        while start > 0 and siblings[start].type == "selector":
            start -= 1
        receiver = receivers[key] = siblings[max(start, 0) : first]
    positional, named = _split_args(args)
    after = [
        c
        for c in kids[at + 2 :]
        if c.type in ("unconditional_assignable_selector", "conditional_assignable_selector", "argument_part")
    ]
    sent = any(_selector_name(c) in _SENDS for c in after if c.type != "argument_part")
    use = (
        (USE_THROWS, "supabase-dart throws PostgrestException when the call fails")
        if sent
        else (
            USE_UNSENT,
            "called in a cascade (`..rpc`), whose value is the receiver, not the builder: nothing "
            "awaits it, and supabase-dart sends the request only when the builder is awaited",
        )
    )
    return _read_call(receiver, rpc_ident, part, positional, named, after, None, False, ctx, known_use=use)


def _own_rpc_definition(root: ts.Node, data: bytes, anc: Ancestry) -> Optional[int]:
    """Line of a method named `rpc` declared in this file (a wrapper of the project's own)."""
    for m in re.finditer(rb"(?<![\w$])rpc[ \t]*[(<]", data):
        node = root.descendant_for_byte_range(m.start(), m.start() + 3)
        parent = anc.parent(node) if node is not None else None
        if parent is not None and parent.type == "function_signature" and parent.child_by_field_name("name") == node:
            return node.start_point.row + 1
    return None


def _split_args(args: ts.Node) -> tuple[list[list[ts.Node]], dict[str, list[ts.Node]]]:
    """Positional arguments (each as its run of expression nodes) and named ones by label."""
    positional = []
    named: dict[str, list[ts.Node]] = {}
    for c in _named(args):
        if c.type == "argument":
            positional.append(_named(c))
        elif c.type == "named_argument":
            parts = _named(c)
            if parts and parts[0].type == "label":
                named[_text(parts[0]).rstrip(":").strip()] = parts[1:]
    return positional, named


def _generic_call(
    sel: ts.Node, node: Optional[ts.Node], nxt: Optional[ts.Node], anc: Ancestry
) -> Optional[tuple[ts.Node, ts.Node]]:
    """`c.rpc<T>('fn')` with one positional argument: the grammar reads it as
    `(c.rpc < T) > ('fn')`. Dart's relational operators do not chain, so that reading
    is never valid Dart: it is the generic call. Returns (the outer `>` expression,
    the parenthesized argument). `node` is `sel`'s parent, `nxt` its next sibling."""
    if node is None:
        return None
    if node.type == "await_expression":  # `await c.rpc` is the relational's left operand
        if nxt is not None:
            return None
        up = anc.parent(node)
        left = up if up is not None and up.type == "unary_expression" else node
        inner = anc.parent(left)
        if inner is None or inner.type != "relational_expression" or not inner.children or inner.children[0] != left:
            return None
    else:  # the chain is flattened into the relational expression itself
        inner = node
        if inner.type != "relational_expression" or nxt is None or nxt.type != "relational_operator":
            return None
    ops = [c for c in inner.children if c.type == "relational_operator"]
    outer = anc.parent(inner)
    if len(ops) != 1 or ops[0].text != b"<" or outer is None or outer.type != "relational_expression":
        return None
    kids = outer.children
    if (
        len(kids) < 3
        or kids[0] != inner
        or kids[1].type != "relational_operator"
        or kids[1].text != b">"
        or kids[2].type != "parenthesized_expression"
    ):
        return None
    return outer, kids[2]


def _result_use(chain_parent: ts.Node, after: list[ts.Node], ctx: _Ctx, sent: Optional[bool] = None) -> tuple[str, str]:
    """supabase-dart's builders are lazy: PostgrestBuilder implements Future and only
    its `then` runs `_execute()` (packages/postgrest/lib/src/postgrest_builder.dart),
    and a failed request completes the future with a PostgrestException, so an
    awaited call throws. A builder dropped in a statement is never sent; so is one
    handed to `unawaited()`, whose body is empty (dart:async)."""
    if sent if sent is not None else any(_name_of(s, ctx) in _SENDS for s in after):
        return USE_THROWS, "supabase-dart throws PostgrestException when the call fails"
    parent = chain_parent
    if parent.type == "await_expression":
        return USE_THROWS, "supabase-dart throws PostgrestException when the call fails"
    if parent.type == "expression_statement":
        return USE_UNSENT, "never awaited: supabase-dart sends the request only when the builder is awaited"
    scope = ctx.scope
    anc = scope.anc
    if parent.type == "argument":
        args = anc.parent(parent)
        part = anc.parent(args) if args is not None else None
        call_sel = anc.parent(part) if part is not None else None
        prev = anc.prev_sibling(call_sel) if call_sel is not None else None
        if prev is not None and prev.type == "identifier" and prev.text == b"unawaited" and len(_named(args)) == 1:
            return USE_UNSENT, "`unawaited()` does not await it, so supabase-dart never sends the request"
    if parent.type == "initialized_variable_definition":
        name = parent.child_by_field_name("name")
        up = anc.parent(parent)
        block = anc.parent(up) if up is not None else None
        if name is not None and block is not None and block.type == "block" and scope.uses(block, name) < 2:
            return USE_UNSENT, (
                f"stored in `{_text(name)}`, which is never used: supabase-dart sends the "
                "request only when the builder is awaited"
            )
    return USE_ESCAPES, ""


def _read_call(
    receiver: list[ts.Node],
    rpc_ident: ts.Node,
    call_end: ts.Node,
    positional: list[list[ts.Node]],
    named: dict[str, list[ts.Node]],
    after: list[ts.Node],
    chain_parent: Optional[ts.Node],
    awaited: bool,
    ctx: _Ctx,
    known_use: Optional[tuple[str, str]] = None,
    tail: Optional[tuple[bool, dict]] = None,
) -> RpcCall:
    """One call read; `tail`, when given, is what `after` holds (see _tails)."""
    pos = ctx.pos
    call_loc = pos.loc(rpc_ident, call_end)
    target = _schema_of(receiver, ctx)
    if known_use is not None:
        use, detail = known_use
    elif awaited:
        use, detail = USE_THROWS, "supabase-dart throws PostgrestException when the call fails"
    else:
        use, detail = (
            _result_use(chain_parent, after, ctx, tail[0] if tail is not None else None)
            if chain_parent is not None
            else (USE_ESCAPES, "")
        )
    base = dict(
        path=pos.path,
        loc=call_loc,
        schema=target.schema,
        schema_loc=target.loc,
        schema_unknown=target.schema_unknown,
        receiver_known=target.receiver_known,
        result_use=use,
        result_use_detail=detail,
        language="dart",
    )
    if not positional:
        return RpcCall(
            name=None, name_loc=call_loc, why_unresolved="`.rpc()` is called without a function name", **base
        )
    first = positional[0]
    name = _resolve_name(first, ctx)
    name_loc = pos.loc(first[0], first[-1])
    why = "" if name is not None else _why_no_name(first, ctx)
    rpc_args = None
    params = named.get("params")
    if len(positional) > 1 or (params and len(params) == 1 and params[0].type == "list_literal"):
        return RpcCall(
            name=None,
            name_loc=name_loc,
            **base,
            why_unresolved=(
                "supabase-dart's rpc takes the function name and a `params:` map: not a Supabase client call"
            ),
        )
    if params:
        shapes = _keys(params, ctx)
        loc = pos.loc(params[0], params[-1])
        rpc_args = Args(
            loc, tuple(shapes) if shapes is not None else None, "" if shapes is not None else _why_unknown(params, ctx)
        )
    options: dict = {}
    if "get" in named and named["get"]:
        g = named["get"]
        options["get"] = (g[0].type == "true") if len(g) == 1 and g[0].type in ("true", "false") else _text(g[0])
    if tail is not None:
        options.update(tail[1])
    else:
        for i, sel in enumerate(after):
            event = _option_at(_name_of(sel, ctx), after[i + 1] if i + 1 < len(after) else None)
            if event is not None:
                options[event[0]] = event[1]
    return RpcCall(name=name, name_loc=name_loc, args=rpc_args, options=options, why_unresolved=why, **base)
