"""`.rpc()` call sites in Python (supabase-py, sync and async), read with tree-sitter.

The only module that talks to tree-sitter's Python grammar. Calls are found from
each `rpc` attribute identifier upwards, so strings, docstrings and comments that
contain `.rpc(` never count. supabase-py's signature (supabase/_sync/client.py,
and postgrest/_sync/client.py which it forwards to) is

    rpc(fn, params=None, count: CountMethod | None = None, head=False, get=False)

so the name, the params dict and the options are read from positional or keyword
arguments. What a call sends is read statically: literals, `dict(...)`, names bound
once to a dict literal in the same scope (and never changed), `**` spreads of known
dicts. Anything else is marked unknown rather than guessed.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Iterator, NamedTuple, Optional

import tree_sitter as ts
import tree_sitter_python as tspy

from ._tree import Ancestry, Budget, ancestry, name_lookup, nodes_at, parse, rpc_hits
from ..model import USE_ESCAPES, USE_THROWS, USE_UNKNOWN, USE_UNSENT, Args, Key, KeySet, Location, RpcCall, Value
from .typescript import MAX_VARIANTS, _Positions, _product, _with_condition, _with_keys, own_rpc_call

_PARSER: list[ts.Parser] = []
# `.rpc(` with optional blanks (and line continuations) around `rpc`: the only byte shape a
# call can have. Files without it are never parsed; comments and strings that match are
# rejected by the tree. A cheap search: most .py files with `rpc` in them only mock it.
_CALL_BYTES = re.compile(rb"\.[ \t\r\n\\]*rpc[ \t\r\n\\]*\(")
_SCOPES = frozenset({"function_definition", "lambda"})
# supabase-py's rpc(fn, params, count, head, get): positions of the options
_POSITIONAL_OPTIONS = ("count", "head", "get")
_FACTORIES = frozenset(
    {
        b"create_client",
        b"acreate_client",
        b"create_async_client",
        b"Client",
        b"AsyncClient",
        b"SyncPostgrestClient",
        b"AsyncPostgrestClient",
    }
)
# nodes under which no name is bound and no dict changed (the scope walk skips them)
_INERT = frozenset(
    {
        "identifier",
        "integer",
        "float",
        "true",
        "false",
        "none",
        "comment",
        "type",
        "ellipsis",
        "line_continuation",
        "keyword_identifier",
        "dotted_name",  # `a.b.c` in imports and decorators: identifiers only
        "future_import_statement",
    }
)
# dict methods that change a dict in place: a name bound to a literal and then changed is unknown
_DICT_MUTATORS = frozenset({"update", "pop", "popitem", "setdefault", "clear", "__setitem__", "__delitem__"})


def may_call(data: bytes) -> bool:
    """The file holds the byte shape of a call (the prefilter: without it, nothing is parsed)."""
    return b"rpc" in data and _CALL_BYTES.search(data) is not None


def parser() -> ts.Parser:
    if not _PARSER:
        _PARSER.append(ts.Parser(ts.Language(tspy.language())))
    return _PARSER[0]


def _text(node: ts.Node) -> str:
    return node.text.decode("utf-8", "replace")


def _unwrap(node: ts.Node) -> ts.Node:
    while node.type == "parenthesized_expression":
        inner = [c for c in node.named_children if not c.is_extra]
        if len(inner) != 1:
            break
        node = inner[0]
    return node


# --- literal values ------------------------------------------------------------------

_NO_VALUE = object()


def _string_value(node: ts.Node) -> Optional[str]:
    """Value of a string literal, an f-string without fields, or an implicit
    concatenation of such (`"a" "b"`)."""
    if node.type == "concatenated_string":
        parts = [_string_value(c) for c in node.named_children if not c.is_extra]
        return None if any(p is None for p in parts) else "".join(parts)  # type: ignore[arg-type]
    if node.type != "string":
        return None
    if any(c.type == "interpolation" for c in node.named_children):
        return None
    text = _text(node)
    if (
        len(text) >= 2
        and text[0] in "'\""
        and text[-1] == text[0]
        and "\\" not in text
        and "\n" not in text
        and not text.startswith(text[0] * 3)
    ):
        return text[1:-1]  # a plain one-line literal without escapes: its value is its body
    quote = min((i for i in (text.find("'"), text.find('"')) if i >= 0), default=-1)
    if quote < 0:
        return None
    prefix, body = text[:quote], text[quote:]
    is_f = "f" in prefix.lower()
    if "b" in prefix.lower():
        return None  # bytes: not a str
    try:
        value = ast.literal_eval(prefix.replace("f", "").replace("F", "") + body)
    except (ValueError, SyntaxError):
        return None
    if not isinstance(value, str):
        return None
    if is_f:  # in an f-string `{{` and `}}` are the braces themselves
        value = value.replace("{{", "{").replace("}}", "}")
    return value


def _literal(node: ts.Node, ctx: "_Ctx", depth: int = 0) -> object:
    """The Python value a literal expression evaluates to, or _NO_VALUE."""
    node = _unwrap(node)
    if depth > 8:
        return _NO_VALUE
    t = node.type
    if t in ("string", "concatenated_string"):
        s = _string_value(node)
        return _NO_VALUE if s is None else s
    if t in ("integer", "float", "true", "false", "none", "unary_operator"):
        try:
            return ast.literal_eval(_text(node))
        except (ValueError, SyntaxError):
            return _NO_VALUE
    if t in ("list", "tuple"):
        items = [_literal(c, ctx, depth + 1) for c in node.named_children if not c.is_extra]
        return _NO_VALUE if any(i is _NO_VALUE for i in items) else items
    if t == "dictionary":
        out = {}
        for c in node.named_children:
            if c.is_extra:
                continue
            if c.type != "pair":
                return _NO_VALUE
            k = _literal(c.child_by_field_name("key"), ctx, depth + 1)
            v = _literal(c.child_by_field_name("value"), ctx, depth + 1)
            if k is _NO_VALUE or v is _NO_VALUE or not isinstance(k, (str, int, float, bool, type(None))):
                return _NO_VALUE
            out[k] = v
        return out
    if t == "identifier":
        bound = ctx.scope.constant(node)
        return _literal(bound, ctx, depth + 1) if bound is not None else _NO_VALUE
    return _NO_VALUE


_KINDS = (
    (bool, "boolean"),
    (str, "string"),
    (int, "number"),
    (float, "number"),
    (type(None), "null"),
    (list, "array"),
    (dict, "object"),
)
_NODE_KINDS = {
    "string": "string",
    "concatenated_string": "string",
    "integer": "number",
    "float": "number",
    "true": "boolean",
    "false": "boolean",
    "none": "null",
    "list": "array",
    "tuple": "array",
    "list_comprehension": "array",
    "dictionary": "object",
    "dictionary_comprehension": "object",
}


def _value(node: ts.Node, ctx: "_Ctx") -> Value:
    """What httpx sends for a value: postgrest-py hands params to httpx as `json=`, and
    httpx 0.28 (`_content.encode_json`) writes `json.dumps(value, ensure_ascii=False,
    separators=(",", ":"), allow_nan=False)`; so True is `true`, None `null`, a tuple an
    array, NaN unknown (httpx refuses it)."""
    v = _literal(node, ctx)
    if v is _NO_VALUE:
        return Value(_NODE_KINDS.get(_unwrap(node).type, "unknown"))
    kind = next(k for typ, k in _KINDS if isinstance(v, typ))
    try:
        text = json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):
        return Value(kind)
    return Value(kind, text)


def _key_text(value: object) -> Optional[str]:
    """The JSON object key json.dumps makes of a dict key."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return None


# --- scopes ----------------------------------------------------------------------------


class _Binding(NamedTuple):
    value: Optional[ts.Node]  # the single right-hand side, None when not a plain single assignment
    changed: bool  # the object is changed in place somewhere in the scope (`p["k"] = v`, `p.update()`)
    default: Optional[ts.Node] = None  # a parameter's default value


# what a name means once the file's lookup budget is spent (see _tree.name_lookup): bound
# to something unknown and changed, so no reader takes a value, a builtin or a class from it
_UNKNOWN = _Binding(None, True)


class _Scope:
    """Python's scoping: a name assigned anywhere in a function is local to it; class
    bodies are not visible from their methods; the module is the outermost scope."""

    def __init__(self, root: ts.Node) -> None:
        self.root = root
        self._tables: dict[int, dict[str, _Binding]] = {}
        self.anc = ancestry(root)
        self._bound: dict[str, dict[int, Optional[_Binding]]] = {}  # see name_lookup
        self._is_param: dict[str, dict[int, Optional[bool]]] = {}  # the same, for is_parameter
        self._names_in: dict[int, tuple[dict[bytes, int], list[bytes]]] = {}
        self.own_rpc: list[Optional[int]] = []  # this file's own `def rpc`, looked up once
        self.steps = Budget(20_000 + root.end_byte // 8)  # the result-use walks' budget (see _result_use)

    def _table(self, scope: ts.Node) -> dict[str, _Binding]:
        table = self._tables.get(scope.id)
        if table is not None:
            return table
        assigned: dict[str, list[Optional[ts.Node]]] = {}
        changed: set[str] = set()
        defaults: dict[str, Optional[ts.Node]] = {}
        if scope.type in _SCOPES:
            params = scope.child_by_field_name("parameters")
            for p in params.named_children if params is not None else []:
                if p.type == "identifier":
                    defaults[_text(p)] = None
                elif p.type in ("default_parameter", "typed_default_parameter"):
                    name = p.child_by_field_name("name")
                    if name is not None and name.type == "identifier":
                        defaults[_text(name)] = p.child_by_field_name("value")
                else:
                    for n in _names_in(p):
                        defaults[n] = None
        body = scope.child_by_field_name("body") if scope.type in _SCOPES else scope
        stack = list(body.named_children) if body is not None else []
        while stack:
            n = stack.pop()
            t = n.type
            if t in _INERT or (t == "string" and b"{" not in n.text):
                continue  # leaves, annotations and strings without fields: nothing binds or changes there
            if t in ("function_definition", "class_definition"):
                name = n.child_by_field_name("name")
                if name is not None:
                    assigned.setdefault(_text(name), []).append(None)
                # decorators and default values are evaluated here, the body is not
                stack.extend(c for c in n.named_children if c.type in ("decorator",))
                continue
            if t == "lambda":
                continue
            if t == "assignment":
                left = n.child_by_field_name("left")
                right = n.child_by_field_name("right")
                if left is not None and left.type == "identifier":
                    # `x: T` without a value binds nothing
                    if right is not None:
                        # `a = b = {...}`: two names for one dict, either may change it
                        assigned.setdefault(_text(left), []).append(right if right.type != "assignment" else None)
                elif left is not None:
                    for name in _target_names(left):
                        assigned.setdefault(name, []).append(None)
                    if left.type in ("subscript", "attribute"):
                        obj = left.child_by_field_name("value") or left.child_by_field_name("object")
                        if obj is not None and obj.type == "identifier":
                            changed.add(_text(obj))
            elif t == "augmented_assignment":
                left = n.child_by_field_name("left")
                if left is not None:
                    if left.type == "identifier":
                        assigned.setdefault(_text(left), []).extend([None, None])
                    elif left.type in ("subscript", "attribute"):
                        obj = left.child_by_field_name("value") or left.child_by_field_name("object")
                        if obj is not None and obj.type == "identifier":
                            changed.add(_text(obj))
            elif t in ("for_statement", "for_in_clause"):
                left = n.child_by_field_name("left")
                for name in _target_names(left) if left is not None else []:
                    assigned.setdefault(name, []).extend([None, None])
            elif t in ("as_pattern", "named_expression"):
                target = n.child_by_field_name("alias") or n.child_by_field_name("name")
                for name in _target_names(target) if target is not None else []:
                    assigned.setdefault(name, []).extend([None, None])
            elif t in ("global_statement", "nonlocal_statement"):
                for c in n.named_children:
                    if c.type == "identifier":
                        assigned.setdefault(_text(c), []).extend([None, None])
            elif t in ("import_statement", "import_from_statement"):
                for c in n.named_children:
                    if c.type == "aliased_import":
                        alias = c.child_by_field_name("alias")
                        if alias is not None:
                            assigned.setdefault(_text(alias), []).append(None)
                    elif c.type == "dotted_name" and c != n.child_by_field_name("module_name"):
                        assigned.setdefault(_text(c).split(".")[0], []).append(None)
                continue  # only names below, all read here: nothing else binds or changes there
            elif t == "delete_statement":
                for c in n.named_children:
                    target = c
                    if target.type == "subscript":
                        obj = target.child_by_field_name("value")
                        if obj is not None and obj.type == "identifier":
                            changed.add(_text(obj))
            elif t == "call":
                fn = n.child_by_field_name("function")
                if fn is not None and fn.type == "attribute":
                    obj = fn.child_by_field_name("object")
                    attr = fn.child_by_field_name("attribute")
                    if (
                        obj is not None
                        and obj.type == "identifier"
                        and attr is not None
                        and _text(attr) in _DICT_MUTATORS
                    ):
                        changed.add(_text(obj))
            stack.extend(n.named_children)
        if scope.type == "module":
            # a function may rebind a module name (`global X`) or change a module dict in
            # place (`X["k"] = v`, `X.update(...)`) without binding it: either makes the
            # module's binding unknown wherever it is read
            rebound, mutated = _touched_anywhere(scope.text or b"")
            for name in rebound:
                assigned.setdefault(name, []).extend([None, None])
            changed |= mutated
        table = {}
        for name, default in defaults.items():
            table[name] = _Binding(None, name in changed, default) if name not in assigned else _Binding(None, True)
        for name, values in assigned.items():
            if name in defaults:
                continue
            value = values[0] if len(values) == 1 else None
            table[name] = _Binding(value, name in changed)
        self._tables[scope.id] = table
        return table

    def is_parameter(self, ident: ts.Node) -> bool:
        """The binding `ident` refers to is a parameter of a function around it. Found by
        the same walk up as `binding` (name_lookup: remembered per node, within the file's
        budget), not by a walk of its own per call: thousands of calls deep inside nested
        code each walked thousands of ancestors (seconds on a 53 KB fuzz input)."""
        name = _text(ident)

        def binds_here(node: ts.Node) -> Optional[bool]:
            t = node.type
            if (t in _SCOPES or t == "module") and name in self._table(node):
                params = node.child_by_field_name("parameters") if t in _SCOPES else None
                return params is not None and name in {n for p in params.named_children for n in _names_in(p)}
            return None

        return name_lookup(self.anc, self._is_param, ident, name, binds_here) is True

    def binding(self, ident: ts.Node) -> Optional[_Binding]:
        """The binding a name refers to where `ident` is, or None (a builtin, an import
        from elsewhere, nothing this file shows)."""
        name = _text(ident)

        def binds_here(node: ts.Node) -> Optional[_Binding]:
            t = node.type
            if t in _SCOPES or t == "module":
                return self._table(node).get(name)
            return None

        return name_lookup(self.anc, self._bound, ident, name, binds_here, unknown=_UNKNOWN)

    def used_elsewhere(self, fn: ts.Node, name: ts.Node) -> bool:
        """`name` (a local the builder is assigned to) appears anywhere else in the
        function, nested functions included (a closure may execute it). The function's
        names are counted once, not once per call stored in a variable there."""
        found = self._names_in.get(fn.id)
        if found is None:
            counts: dict[bytes, int] = {}
            declared: list[bytes] = []
            stack = [fn]
            while stack:
                n = stack.pop()
                if n.type == "identifier":
                    counts[n.text] = counts.get(n.text, 0) + 1
                elif n.type in ("global_statement", "nonlocal_statement"):
                    declared.append(n.text)
                stack.extend(n.named_children)
            found = self._names_in[fn.id] = (counts, declared)
        counts, declared = found
        return counts.get(name.text, 0) > 1 or any(name.text in text for text in declared)

    def constant(self, ident: ts.Node) -> Optional[ts.Node]:
        """The expression a name is bound to once and never changed, else None."""
        b = self.binding(ident)
        if b is None or b.changed:
            return None
        return b.value


def _target_names(node: ts.Node) -> Iterator[str]:
    if node.type == "identifier":
        yield _text(node)
    elif node.type in (
        "pattern_list",
        "tuple_pattern",
        "list_pattern",
        "tuple",
        "list",
        "list_splat_pattern",
        "parenthesized_expression",
    ):
        for c in node.named_children:
            yield from _target_names(c)


def _names_in(node: ts.Node) -> Iterator[str]:
    if node.type == "identifier":
        yield _text(node)
        return
    name = node.child_by_field_name("name")
    if name is not None and name.type == "identifier":
        yield _text(name)
        return
    for c in node.named_children:
        if c.type == "identifier":
            yield _text(c)


_GLOBAL = re.compile(rb"\bglobal[ \t]+([\w \t,]{1,200})")
# linear in the file: every repetition that could run to the end of a line is bounded.
# The name is matched atomically (`(?=(\w*))\1`, Python 3.10's spelling of `\w*+`): giving
# back its characters can never lead to a match (a word character is neither a blank,
# `[` nor `.`), and trying each shorter name at every word made the search twice as slow
_MUTATED = re.compile(
    rb"\b(?=([A-Za-z_]\w*))\1[ \t]*(?:\[[^\]\n]{0,64}\]\]?(?:[ \t]*\[[^\]\n]{0,64}\]\]?){0,4}[ \t]*"
    rb"(?://|\*\*|<<|>>|[-+*/|&%^@])?=(?!=)"
    rb"|\.[ \t]*(?:update|pop|popitem|setdefault|clear|__setitem__|__delitem__)[ \t]*\()"
)
_DELETED = re.compile(rb"\bdel[ \t]+([A-Za-z_]\w*)[ \t]*\[")


def _touched_anywhere(data: bytes) -> tuple[set[str], set[str]]:
    """Names declared `global` somewhere in the file, and names whose object is changed in
    place somewhere (`X["k"] = v`, `X.update(...)`, `del X["k"]`): a byte search over the
    whole file, nested functions included, so it errs on the safe side (a match in a
    string only makes a binding unknown)."""
    rebound: set[str] = set()
    if b"global" in data:
        for m in _GLOBAL.finditer(data):
            rebound.update(n.strip().decode() for n in m.group(1).split(b",") if n.strip())
    mutated = {m.group(1).decode() for m in _MUTATED.finditer(data)}
    if b"del" in data:
        mutated.update(m.group(1).decode() for m in _DELETED.finditer(data))
    return rebound, mutated


class _Ctx(NamedTuple):
    pos: _Positions
    scope: _Scope


# --- names and keys --------------------------------------------------------------------


def _resolve_name(node: ts.Node, ctx: _Ctx, depth: int = 0) -> Optional[str]:
    node = _unwrap(node)
    if depth > 8:
        return None
    s = _string_value(node)
    if s is not None:
        return s
    if node.type == "identifier":
        b = ctx.scope.binding(node)
        if b is None or b.changed:
            return None
        target = b.value if b.value is not None else b.default
        return _resolve_name(target, ctx, depth + 1) if target is not None else None
    if node.type == "attribute":
        target = _class_constant(node, ctx)
        return _resolve_name(target, ctx, depth + 1) if target is not None else None
    return None


def _class_constant(attr: ts.Node, ctx: _Ctx) -> Optional[ts.Node]:
    """`Rpc.GET_USER` for a plain class of this module (no bases) and `RpcName.GET_USER.value`
    for an Enum: the string assigned once in the class body."""
    obj = attr.child_by_field_name("object")
    field = attr.child_by_field_name("attribute")
    want_enum = False
    if field is not None and field.text == b"value" and obj is not None and obj.type == "attribute":
        want_enum = True
        field = obj.child_by_field_name("attribute")
        obj = obj.child_by_field_name("object")
    if obj is None or obj.type != "identifier" or field is None:
        return None
    cls = next(
        (
            c
            for c in ctx.scope.root.named_children
            if c.type == "class_definition"
            and c.child_by_field_name("name") is not None
            and c.child_by_field_name("name").text == obj.text
        ),
        None,
    )
    bound = ctx.scope.binding(obj)
    if cls is None or bound is None or bound is _UNKNOWN:
        return None
    bases = cls.child_by_field_name("superclasses")
    base_names = [_text(b).rsplit(".", 1)[-1] for b in _named(bases)] if bases is not None else []
    is_enum = any(n.endswith("Enum") for n in base_names)
    if want_enum != is_enum or (not is_enum and base_names):
        return None  # a subclass may override it; a plain Enum member is not its value
    body = cls.child_by_field_name("body")
    found = [
        c.named_children[0]
        for c in _named(body)
        if c.type == "expression_statement" and c.named_children and c.named_children[0].type == "assignment"
    ]
    values = [
        a.child_by_field_name("right")
        for a in found
        if (a.child_by_field_name("left") or a).text == field.text
        and a.child_by_field_name("left").type == "identifier"
    ]
    return values[0] if len(values) == 1 else None


def _named(node: ts.Node) -> list[ts.Node]:
    return [c for c in node.named_children if not c.is_extra]


def _keys(node: ts.Node, ctx: _Ctx, depth: int = 0) -> Optional[list[KeySet]]:
    """Possible key sets an expression sends as params; None when unknown."""
    node = _unwrap(node)
    if depth > 8:
        return None
    t = node.type
    if t == "dictionary":
        return _dict_keys(node, ctx, depth)
    if t == "none":
        return [KeySet(())]  # supabase-py sends {} for params=None
    if t == "identifier":
        b = ctx.scope.binding(node)
        if b is None or b.changed or b.value is None:
            return None
        return _keys(b.value, ctx, depth + 1)
    if t == "call":
        fn = node.child_by_field_name("function")
        if fn is not None and fn.type == "identifier" and fn.text == b"dict" and ctx.scope.binding(fn) is None:
            return _dict_call_keys(node, ctx, depth)
        return None
    if t == "conditional_expression":
        parts = [c for c in node.named_children if not c.is_extra]
        if len(parts) != 3:
            return None
        yes, cond, no = parts
        a = _keys(yes, ctx, depth + 1)
        b = _keys(no, ctx, depth + 1)
        if a is None or b is None:
            return None
        ctext = _short(cond)
        return [_with_condition(k, f"when {ctext} is true") for k in a] + [
            _with_condition(k, f"when {ctext} is false") for k in b
        ]
    return None


def _short(node: Optional[ts.Node]) -> str:
    if node is None:
        return "the condition"
    text = " ".join(_text(node).split())
    return f"`{text}`" if len(text) <= 40 else "the condition"


def _dict_keys(obj: ts.Node, ctx: _Ctx, depth: int) -> list[KeySet]:
    variants: list[KeySet] = [KeySet(())]
    pending: dict[str, Key] = {}  # plain keys, added at once before the next other part (see typescript._object_keys)
    for child in obj.named_children:
        t = child.type
        if child.is_extra:
            continue
        if t == "pair":
            key = child.child_by_field_name("key")
            value = child.child_by_field_name("value")
            k = _literal(key, ctx) if key is not None else _NO_VALUE
            name = _key_text(k) if k is not _NO_VALUE else None
            if name is None:
                add = [KeySet((), open=True)]
            else:
                found = Key(name, ctx.pos.loc(key), _value(value, ctx) if value is not None else Value())
                if len(variants) <= MAX_VARIANTS:  # so _product would neither merge nor drop a variant
                    pending[name] = found
                    continue
                add = [KeySet((found,))]
        elif t == "dictionary_splat":
            inner = [c for c in child.named_children if not c.is_extra]
            spread = _keys(inner[0], ctx, depth + 1) if inner else None
            add = spread if spread is not None else [KeySet((), open=True)]
        else:  # a comprehension or anything else
            add = [KeySet((), open=True)]
        if pending:
            variants, pending = _with_keys(variants, pending), {}
        variants = _product(variants, add)
    if pending:
        variants = _with_keys(variants, pending)
    return variants


def _dict_call_keys(call: ts.Node, ctx: _Ctx, depth: int) -> Optional[list[KeySet]]:
    """`dict(a=1, **base)`, `dict({...}, b=2)`."""
    args = call.child_by_field_name("arguments")
    variants: list[KeySet] = [KeySet(())]
    for c in args.named_children if args is not None else []:
        if c.is_extra:
            continue
        if c.type == "keyword_argument":
            name = c.child_by_field_name("name")
            value = c.child_by_field_name("value")
            add = [KeySet((Key(_text(name), ctx.pos.loc(name), _value(value, ctx) if value is not None else Value()),))]
        elif c.type == "dictionary_splat":
            inner = [x for x in c.named_children if not x.is_extra]
            spread = _keys(inner[0], ctx, depth + 1) if inner else None
            add = spread if spread is not None else [KeySet((), open=True)]
        else:
            spread = _keys(c, ctx, depth + 1)
            add = spread if spread is not None else [KeySet((), open=True)]
        variants = _product(variants, add)
    return variants


def _why_no_name(first: ts.Node, ctx: _Ctx) -> str:
    """Why the function name cannot be read: said for the name's binding when it is one."""
    shown = _short(first).strip("`")
    node = _unwrap(first)
    if node.type == "identifier":
        b = ctx.scope.binding(node)
        if b is _UNKNOWN:
            return f"the function name `{shown}` was not followed: rpccheck stopped following names in this file (too many nested scopes to read in time)"
        if b is not None and b.value is None and b.default is None:
            if ctx.scope.is_parameter(node):
                return f"the function name `{shown}` is a parameter without a string default: the caller chooses it"
            if _imported(ctx.scope.root, _text(node)):
                return f"the function name `{shown}` is imported, and rpccheck does not follow Python imports"
            return (
                f"the function name `{shown}` is not bound once to a string (it is assigned again, in a chained "
                "assignment, or after a `global`), so which string is sent cannot be told"
            )
    if node.type == "string" and any(c.type == "interpolation" for c in node.named_children):
        return f"the function name `{shown}` is an f-string with fields, built at run time"
    return f"the function name `{shown}` is not a string constant"


def _imported(root: ts.Node, name: str) -> bool:
    """`name` is bound by a module-level import."""
    for st in root.named_children:
        if st.type not in ("import_statement", "import_from_statement"):
            continue
        module = st.child_by_field_name("module_name")
        for c in st.named_children:
            target = c.child_by_field_name("alias") if c.type == "aliased_import" else c
            if c != module and target is not None and _text(target).split(".")[0] == name:
                return True
    return False


def _why_unknown(arg: ts.Node, ctx: _Ctx) -> str:
    text = " ".join(_text(arg).split())[:60]
    node = _unwrap(arg)
    if node.type == "identifier":
        b = ctx.scope.binding(node)
        if b is _UNKNOWN:
            return f"`{text}` was not followed: rpccheck stopped following names in this file (too many nested scopes to read in time)"
        if b is not None and b.changed and b.value is not None:
            return f"`{text}` is changed after it is assigned (a key is set, deleted or updated)"
        if b is not None and b.value is None and b.default is None:
            if ctx.scope.is_parameter(node):
                return f"`{text}` is a parameter: the caller chooses the dict"
            return f"`{text}` is assigned more than once, or not where this file shows it"
    if node.type == "dictionary_comprehension":
        return f"`{text}` is a dict comprehension, whose keys are computed at run time"
    return f"`{text}` is not a dict literal or a name bound once to one"


def _option(node: ts.Node, ctx: _Ctx) -> object:
    node = _unwrap(node)
    if node.type in ("true", "false"):
        return node.type == "true"
    if node.type == "none":
        return None
    s = _string_value(node)
    if s is not None:
        return s
    if node.type == "attribute":  # CountMethod.exact: a StrEnum whose value is its name
        obj = node.child_by_field_name("object")
        attr = node.child_by_field_name("attribute")
        if obj is not None and attr is not None and _text(obj).rsplit(".", 1)[-1] == "CountMethod":
            return _text(attr)
    return _text(node)


# --- receivers -------------------------------------------------------------------------


class _Target(NamedTuple):
    schema: Optional[str]
    loc: Optional[Location]
    schema_unknown: bool
    receiver_known: bool


_UNKNOWN_RECEIVER = _Target(None, None, False, False)


def _schema_of(receiver: Optional[ts.Node], ctx: _Ctx, depth: int = 0) -> _Target:
    """`.schema('x')` on the receiver, a name bound to such a client, or
    `create_client(url, key, options=ClientOptions(schema='x'))`."""
    if receiver is None:
        return _UNKNOWN_RECEIVER
    node = _unwrap(receiver)
    if node.type == "await":
        inner = [c for c in node.named_children if not c.is_extra]
        if not inner:
            return _UNKNOWN_RECEIVER
        node = _unwrap(inner[-1])
    if node.type == "identifier" and depth < 4:
        bound = ctx.scope.constant(node)
        return _schema_of(bound, ctx, depth + 1) if bound is not None else _UNKNOWN_RECEIVER
    if node.type != "call":
        return _UNKNOWN_RECEIVER
    fn = node.child_by_field_name("function")
    args = node.child_by_field_name("arguments")
    arg_nodes = [c for c in (args.named_children if args else []) if not c.is_extra]
    if fn is not None and fn.type == "identifier" and fn.text in _FACTORIES:
        options = next(
            (
                c.child_by_field_name("value")
                for c in arg_nodes
                if c.type == "keyword_argument" and _text(c.child_by_field_name("name")) == "options"
            ),
            None,
        )
        positional = [c for c in arg_nodes if c.type != "keyword_argument"]
        if options is None and len(positional) > 2:
            options = positional[2]
        if fn.text in (b"SyncPostgrestClient", b"AsyncPostgrestClient"):
            options = node  # schema= is the constructor's own keyword
        return _options_schema(options, ctx)
    if fn is None or fn.type != "attribute":
        return _UNKNOWN_RECEIVER
    attr = fn.child_by_field_name("attribute")
    if attr is None or attr.text != b"schema":
        return _UNKNOWN_RECEIVER
    first = next((c for c in arg_nodes if c.type != "keyword_argument"), None)
    if first is None:
        first = next((c.child_by_field_name("value") for c in arg_nodes if c.type == "keyword_argument"), None)
    if first is None:
        return _Target(None, None, True, True)
    value = _resolve_name(first, ctx)
    return _Target(value, ctx.pos.loc(first), value is None, True)


def _options_schema(options: Optional[ts.Node], ctx: _Ctx) -> _Target:
    if options is None:
        return _Target(None, None, False, True)
    node = _unwrap(options)
    if node.type == "identifier":
        bound = ctx.scope.constant(node)
        if bound is None:
            return _Target(None, None, False, False)
        node = _unwrap(bound)
    if node.type != "call":
        return _Target(None, None, False, False)
    args = node.child_by_field_name("arguments")
    for c in args.named_children if args else []:
        if c.type == "keyword_argument" and _text(c.child_by_field_name("name")) == "schema":
            value_node = c.child_by_field_name("value")
            value = _resolve_name(value_node, ctx)
            return _Target(value, ctx.pos.loc(value_node), value is None, True)
    return _Target(None, None, False, True)


# --- calls -----------------------------------------------------------------------------


_DEEP_LINE = re.compile(rb"^[ \t]{32,}", re.M)


def _deeply_indented(data: bytes) -> bool:
    """Whether a line starts 256 columns or more in: tree-sitter-python's scanner keeps
    each indentation level in one byte, and on hundreds of levels deep (with strings) it
    crashes the process. Real code never comes near; such a file's parse is tried in a
    child first (`_tree.parse`'s `risky`)."""
    for m in _DEEP_LINE.finditer(data):
        run = m.group(0)
        if run.count(b" ") + 8 * run.count(b"\t") >= 256:
            return True
    return False


def extract_calls(data: bytes, path: str) -> list[RpcCall]:
    """Every `X.rpc(...)` call in one Python file."""
    hits = rpc_hits(data, _CALL_BYTES)
    if not hits:
        return []
    root = parse(parser(), data, risky=_deeply_indented(data)).root_node
    ctx = _Ctx(_Positions(path, data), _Scope(root))
    calls = []
    for _start, node, tail in nodes_at(root, hits):  # one shared descent (see _tree)
        if node.type != "identifier" or node.text != b"rpc":
            continue
        attr = tail[-1] if tail else None
        if attr is None or attr.type != "attribute" or attr.child_by_field_name("attribute") != node:
            continue
        call = tail[-2] if len(tail) >= 2 else ctx.scope.anc.parent(attr)
        if call is None or call.type != "call" or call.child_by_field_name("function") != attr:
            continue  # `mock.rpc.return_value`, `fn = client.rpc`: not a call here
        above = ctx.scope.anc.parent(call)
        if above is not None and above.type == "decorator":
            continue  # `@server.rpc("ping")` registers a JSON-RPC handler: no request builder
        if _is_self(attr) and not ctx.scope.own_rpc:
            ctx.scope.own_rpc.append(_own_rpc_definition(root, data, ctx.scope.anc))
        own = ctx.scope.own_rpc[0] if _is_self(attr) else None
        if own is not None:
            calls.append(own_rpc_call(ctx.pos.path, ctx.pos.loc(node, call), own, "python"))
            continue
        calls.append(_read_call(call, attr, node, ctx))
    return calls


def _is_self(attr: ts.Node) -> bool:
    obj = attr.child_by_field_name("object")
    return obj is not None and obj.type == "identifier" and obj.text in (b"self", b"cls")


def _own_rpc_definition(root: ts.Node, data: bytes, anc: Ancestry) -> Optional[int]:
    """Line of a `def rpc` in this file: `self.rpc(...)` calls a wrapper of the project's own."""
    for m in re.finditer(rb"\bdef[ \t]+rpc[ \t]*\(", data):
        node = root.descendant_for_byte_range(m.start(), m.start() + 3)
        while node is not None and node.type != "function_definition":
            node = anc.parent(node)
        name = node.child_by_field_name("name") if node is not None else None
        if name is not None and name.text == b"rpc":  # not a `def rpc(` inside a string
            return node.start_point.row + 1
    return None


def _result_use(call: ts.Node, scope: _Scope) -> tuple[str, str]:
    """How the builder is used: supabase-py sends the request only in `.execute()`
    (postgrest/_sync/request_builder.py: SyncSingleRequestBuilder.execute calls
    send_with_retry), and `execute()` raises APIError when PostgREST answers with an
    error (`raise APIError(dict(json_obj))` there and in _async/), so an executed call
    cannot fail silently: USE_THROWS. The builders define no `__await__`: `await
    client.rpc(...)` without `.execute()` raises TypeError before anything is sent."""
    up = scope.anc.parent
    node = call
    executed = False
    steps = scope.steps
    while True:
        # each call walks the method chain above it: in a chain of thousands of calls
        # that is quadratic, so the file's walks share a budget linear in its size
        steps.left -= 1
        if steps.left < 0:
            return USE_UNKNOWN, "the calls of this file are chained too deeply to follow"
        parent = up(node)
        while parent is not None and parent.type == "parenthesized_expression":
            node, parent = parent, up(parent)
        if parent is None or parent.type != "attribute" or parent.child_by_field_name("object") != node:
            break
        method = parent.child_by_field_name("attribute")
        outer = up(parent)
        if outer is None or outer.type != "call" or outer.child_by_field_name("function") != parent:
            return USE_ESCAPES, ""  # `client.rpc(...).execute` taken as a value
        if method is not None and method.text == b"execute":
            executed = True
        node = outer
    if executed:
        return USE_THROWS, "supabase-py raises APIError when the call fails"
    parent = up(node)
    while parent is not None and parent.type == "parenthesized_expression":
        parent = up(parent)
    if parent is not None and parent.type == "await":
        return USE_UNSENT, "awaited without `.execute()`: supabase-py's request builders are not awaitable (TypeError)"
    if parent is not None and parent.type == "expression_statement":
        return USE_UNSENT, "`.execute()` is never called, so supabase-py never sends the request"
    if parent is not None and parent.type == "assignment":
        left = parent.child_by_field_name("left")
        if left is not None and left.type == "identifier" and parent.child_by_field_name("right") == node:
            fn = _enclosing_function(parent, scope.anc)
            if fn is not None and not scope.used_elsewhere(fn, left):
                return USE_UNSENT, (
                    f"stored in `{_text(left)}`, which is never used: `.execute()` is never "
                    "called, so supabase-py never sends the request"
                )
    return USE_ESCAPES, ""


def _enclosing_function(node: ts.Node, anc: Ancestry) -> Optional[ts.Node]:
    here: Optional[ts.Node] = node
    while here is not None and here.type not in ("function_definition", "module", "class_definition"):
        here = anc.parent(here)
    return here if here is not None and here.type == "function_definition" else None


def _read_call(call: ts.Node, attr: ts.Node, rpc_ident: ts.Node, ctx: _Ctx) -> RpcCall:
    pos = ctx.pos
    call_loc = pos.loc(rpc_ident, call)
    target = _schema_of(attr.child_by_field_name("object"), ctx)
    use, use_detail = _result_use(call, ctx.scope)
    base = dict(
        path=pos.path,
        loc=call_loc,
        schema=target.schema,
        schema_loc=target.loc,
        schema_unknown=target.schema_unknown,
        receiver_known=target.receiver_known,
        result_use=use,
        result_use_detail=use_detail,
        language="python",
    )
    args_node = call.child_by_field_name("arguments")
    items = [c for c in (args_node.named_children if args_node else []) if not c.is_extra]
    positional = [c for c in items if c.type not in ("keyword_argument", "dictionary_splat", "list_splat")]
    keywords = {_text(c.child_by_field_name("name")): c for c in items if c.type == "keyword_argument"}
    splats = [c for c in items if c.type in ("dictionary_splat", "list_splat")]
    if splats and not positional and "fn" not in keywords:
        return RpcCall(
            name=None,
            name_loc=pos.loc(splats[0]),
            why_unresolved="the arguments are spread from `*`/`**` and cannot be read statically",
            **base,
        )
    first = positional[0] if positional else keywords.get("fn", keywords.get("func"))
    first = first.child_by_field_name("value") if first is not None and first.type == "keyword_argument" else first
    if first is None:
        return RpcCall(
            name=None, name_loc=call_loc, why_unresolved="`.rpc()` is called without a function name", **base
        )
    name = _resolve_name(first, ctx)
    name_loc = pos.loc(first)
    why = "" if name is not None else _why_no_name(first, ctx)
    params_node = positional[1] if len(positional) > 1 else None
    if params_node is None and "params" in keywords:
        params_node = keywords["params"].child_by_field_name("value")
    rpc_args = None
    if params_node is not None and _unwrap(params_node).type in ("list", "tuple"):
        return RpcCall(
            name=None,
            name_loc=name_loc,
            **base,
            why_unresolved=(
                "its params are a list, which supabase-py never sends (it takes a dict): not a Supabase client "
                "call (a JSON-RPC client?)"
            ),
        )
    if params_node is not None:
        shapes = _keys(params_node, ctx)
        rpc_args = Args(
            pos.loc(params_node),
            tuple(shapes) if shapes is not None else None,
            "" if shapes is not None else _why_unknown(params_node, ctx),
        )
    elif splats:
        rpc_args = Args(pos.loc(splats[0]), None, f"`{_text(splats[0])}` may hold the params")
    options: dict = {}
    for i, key in enumerate(_POSITIONAL_OPTIONS):
        node = positional[2 + i] if len(positional) > 2 + i else None
        if node is None and key in keywords:
            node = keywords[key].child_by_field_name("value")
        if node is not None:
            value = _option(node, ctx)
            if value is not None and value is not False:
                options[key] = value
            elif value is False:
                options[key] = False
    if splats:
        options["unknown"] = True
    return RpcCall(name=name, name_loc=name_loc, args=rpc_args, options=options, why_unresolved=why, **base)
