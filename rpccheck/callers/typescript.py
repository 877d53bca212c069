"""`.rpc()` call sites in TypeScript and JavaScript, read with tree-sitter.

The only module that talks to tree-sitter's TypeScript grammars. A file is parsed
only when its bytes contain `rpc`; calls are found from each `rpc` property
identifier upwards, so strings and comments that contain `.rpc(` never count.
What a call sends is read statically: literals, `const` bindings of the same
file, spreads of known objects and conditional spreads. Anything else is marked
unknown rather than guessed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Iterator, NamedTuple, Optional

import tree_sitter as ts

from ..model import Args, Key, KeySet, Location, RpcCall
from . import ts_result, ts_values
from .ts_result import _FUNCTIONS
from ._tree import Budget, ancestry, name_lookup, nodes_at, parent_in as _parent_in, parse

_PARSERS: dict[str, ts.Parser] = {}
TSX_SUFFIXES = frozenset({".tsx", ".jsx", ".js", ".mjs", ".cjs"})
_RPC = re.compile(rb"(?<![\w$])rpc(?![\w$])")
_VAR_WORD = re.compile(rb"var(?![\w$])")  # every `var` keyword (and words ending in var): a superset
_NO_NAMES: frozenset[str] = frozenset()
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


def rpc_words(data: bytes, start: int = 0, end: Optional[int] = None) -> list[int]:
    """The offsets `_RPC.finditer(data, start, end)` gives: `rpc` as a whole word (the byte
    before may lie before `start`, as a lookbehind sees it; the byte after must lie before
    `end`). Found with bytes.find: a pattern that starts with a lookbehind is tried at
    every byte of the file."""
    stop = len(data) if end is None else min(end, len(data))
    out = []
    i = data.find(b"rpc", start, stop)
    while i >= 0:
        if (i == 0 or data[i - 1] not in _WORD_BYTES) and (i + 3 >= stop or data[i + 3] not in _WORD_BYTES):
            out.append(i)
        i = data.find(b"rpc", i + 3, stop)
    return out


# what every call shape has: `.rpc` or `['rpc']` (a file naming `rpc` only in an import
# path or a word, `'./call-rpc'`, is not parsed)
_RPC_MEMBER = re.compile(rb"(?:\.|\[\s*['\"`])\s*rpc(?![\w$])")
MAX_VARIANTS = 32
_WRAPPERS = frozenset(
    {
        "parenthesized_expression",
        "as_expression",
        "satisfies_expression",
        "non_null_expression",
        "type_assertion",
    }
)
_SCOPES = frozenset({"program", "statement_block", "class_body", "switch_body", "switch_case", "switch_default"})


def _grammars():
    """tree_sitter_typescript's compiled grammars. The package's __init__ imports
    importlib.resources (tempfile, random...: ~8 ms of a 10-file pre-commit run) only for
    query files rpccheck never reads, so its extension module is loaded on its own when
    the package is a plain folder; through the package otherwise (zip, frozen app)."""
    import sys

    name = "tree_sitter_typescript._binding"
    found = sys.modules.get(name)
    if found is not None:
        return found
    try:
        import importlib.machinery
        import importlib.util

        package = importlib.util.find_spec("tree_sitter_typescript")  # found, not run
        spec = importlib.machinery.PathFinder.find_spec(name, package.submodule_search_locations)
        if spec is None or not isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
            raise ImportError(name)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except (ImportError, AttributeError, TypeError, ValueError):
        import tree_sitter_typescript

        return tree_sitter_typescript
    sys.modules[name] = module  # `import tree_sitter_typescript` later finds it there
    return module


def parser_for(grammar: str) -> ts.Parser:
    p = _PARSERS.get(grammar)
    if p is None:
        tsts = _grammars()
        lang = tsts.language_tsx() if grammar == "tsx" else tsts.language_typescript()
        p = _PARSERS[grammar] = ts.Parser(ts.Language(lang))
    return p


_MARKUP_OPEN = re.compile(rb"(?<![\w$.)\]])<[A-Za-z]")  # not a generic's `Record<string`
_UNCLOSED_RISK = 1000


def risky_parse(data: bytes, grammar: str, ranges: Optional[list[ts.Range]] = None) -> bool:
    """Whether the TSX grammar may spend seconds on this input (only `ranges` of it, when
    given) without a progress call: its error recovery at the end of the input grows with
    the square of the elements still open (3,700 unclosed `<div>` around a stray
    character: 3 s for 166 KB). An estimate of unclosed elements (openings less closings;
    a generic written `f <T>` counts as one) over a thousand, far beyond real code, sends the parse
    through a hard-bounded trial (`_tree.parse`'s `risky`); a false alarm costs one extra
    parse, never a finding."""
    if grammar != "tsx":
        return False
    spans = [(r.start_byte, r.end_byte) for r in ranges] if ranges else [(0, len(data))]
    if sum(data.count(b"<", s, e) for s, e in spans) < _UNCLOSED_RISK:
        return False
    unclosed = 0
    for s, e in spans:
        opens = sum(1 for _ in _MARKUP_OPEN.finditer(data, s, e))
        unclosed += opens - data.count(b"</", s, e) - data.count(b"/>", s, e)
    return unclosed >= _UNCLOSED_RISK


def grammar_for(suffix: str) -> str:
    return "tsx" if suffix.lower() in TSX_SUFFIXES else "typescript"


class _Positions:
    """Byte offsets → 1-based (line, character column, UTF-16 column).

    Per line, ASCII is recognised once; other lines get a byte → column table built
    once, so a minified one-line bundle with thousands of calls stays linear.
    """

    def __init__(self, path: str, data: bytes) -> None:
        self.path = path
        self.data = data
        self._rows: dict[int, Optional[tuple[list[int], list[int]]]] = {}

    def _cols(self, point: ts.Point, byte: int) -> tuple[int, int, int]:
        row, offset = point.row, point.column
        if row not in self._rows:
            start = byte - offset
            end = self.data.find(b"\n", start)
            line = self.data[start : len(self.data) if end < 0 else end]
            self._rows[row] = None if line.isascii() else _column_tables(line)
        tables = self._rows[row]
        if tables is None:
            return row + 1, offset + 1, offset + 1
        chars, units = tables
        offset = min(offset, len(chars) - 1)
        return row + 1, chars[offset] + 1, units[offset] + 1

    def loc(self, node: ts.Node, end_node: ts.Node | None = None) -> Location:
        end_node = end_node or node
        start, end = node.start_point, end_node.end_point
        rows = self._rows
        if rows.get(start[0], False) is None and rows.get(end[0], False) is None:
            # both lines already seen to be ASCII (most): columns are byte offsets, no byte
            # offset read nor table needed (what _cols answers for them)
            return Location(self.path, start[0] + 1, start[1] + 1, end[0] + 1, end[1] + 1, start[1] + 1, end[1] + 1)
        line, col, col16 = self._cols(start, node.start_byte)
        eline, ecol, ecol16 = self._cols(end, end_node.end_byte)
        return Location(self.path, line, col, eline, ecol, col16, ecol16)

    def span(self, start: ts.Point, start_byte: int, end: ts.Point, end_byte: int) -> Location:
        rows = self._rows
        if rows.get(start[0], False) is None and rows.get(end[0], False) is None:  # ASCII lines: see loc
            return Location(self.path, start[0] + 1, start[1] + 1, end[0] + 1, end[1] + 1, start[1] + 1, end[1] + 1)
        line, col, col16 = self._cols(start, start_byte)
        eline, ecol, ecol16 = self._cols(end, end_byte)
        return Location(self.path, line, col, eline, ecol, col16, ecol16)


def _column_tables(line: bytes) -> tuple[list[int], list[int]]:
    """For each byte offset of a line: characters and UTF-16 units before it."""
    chars = [0] * (len(line) + 1)
    units = [0] * (len(line) + 1)
    b = c = u = 0
    for ch in line.decode("utf-8", "replace"):  # read_calls hands over valid UTF-8
        width = len(ch.encode("utf-8"))
        for k in range(width):
            if b + k < len(chars):
                chars[b + k], units[b + k] = c, u
        b += width
        c += 1
        u += 2 if ord(ch) > 0xFFFF else 1
    for k in range(b, len(chars)):
        chars[k], units[k] = c, u
    return chars, units


def _unwrap(node: ts.Node) -> ts.Node:
    """Through parentheses, `as`, `satisfies`, `!` and `<T>expr` to the expression."""
    while node.type in _WRAPPERS:
        inner = [c for c in node.named_children if c.type != "comment"]
        if not inner:
            break
        # `<T>expr` puts the type first; the other wrappers put the expression first
        node = inner[-1] if node.type == "type_assertion" else inner[0]
    return node


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _string_value(node: ts.Node) -> Optional[str]:
    """Value of a string literal or a template literal without substitutions."""
    if node.type not in ("string", "template_string"):
        return None
    out = []
    for c in node.named_children:
        if c.type == "string_fragment":
            out.append(c.text.decode("utf-8", "replace"))
        elif c.type == "escape_sequence":
            out.append(_unescape(c.text.decode("utf-8", "replace")))
        elif c.type == "template_substitution":
            return None
        elif c.type == "comment":
            continue
    return _join_surrogates("".join(out))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _join_surrogates(text: str) -> str:
    """JavaScript strings are UTF-16: `'\\ud83d\\ude00'` (as JSON.stringify writes astral
    characters) is one character, not two lone surrogates. Lone ones stay as they are."""
    if text.isascii() or _SURROGATE.search(text) is None:  # a search, not a generator per character
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _unescape(esc: str) -> str:
    body = esc[1:]
    if not body:
        return ""
    if body[0] == "u":
        hexa = body[2:-1] if body.startswith("u{") else body[1:]
        try:
            return chr(int(hexa, 16))
        except (ValueError, OverflowError):
            return esc
    if body[0] == "x":
        try:
            return chr(int(body[1:], 16))
        except (ValueError, OverflowError):
            return esc
    if body[0] in "\r\n":  # line continuation
        return ""
    return _ESCAPES.get(body[0], body[0])


def ancestors(root: Optional[ts.Node], node: ts.Node) -> list[ts.Node]:
    """The nodes from `root` down to `node`'s parent, found by descending once.

    tree-sitter nodes keep no parent pointer: each `.parent` is itself a walk down from
    the root, so a walk up is quadratic in the depth; see _tree.Ancestry."""
    if root is None:  # no root at hand: the slow walk up
        out = []
        up = node.parent
        while up is not None:
            out.append(up)
            up = up.parent
        return out[::-1]
    return ancestry(root).of(node)


class _Mutation(NamedTuple):
    """One place a scope changes the keys of an object bound to a name."""

    kind: str  # set | delete | assign | open
    key: Optional[str]  # the key set or deleted, when it can be read
    key_node: Optional[ts.Node]
    sources: tuple  # Object.assign's source objects
    start: int
    direct: bool  # a statement of the declaring scope itself, run unconditionally in order
    nested: bool  # inside a function defined in the scope: runs at some unknown time


# tokens of the grammar, never with children: most nodes a scope's walk meets
_LEAVES = frozenset(
    {
        "identifier",
        "property_identifier",
        "shorthand_property_identifier",
        "private_property_identifier",
        "type_identifier",
        "statement_identifier",
        "number",
        "string_fragment",
        "escape_sequence",
        "comment",
        "this",
        "super",
        "true",
        "false",
        "null",
        "undefined",
    }
)
CHANGE_STEPS = 20_000  # per file, plus 1 per 8 bytes: following later changes of objects
WALK_STEPS = 50_000  # per file, plus 1 per byte: finding those changes


class _Scope:
    """Finds `const` bindings visible from a node, respecting shadowing."""

    def __init__(self, root: Optional[ts.Node] = None, has_var: bool = True) -> None:
        self._cache: dict[int, dict[str, Optional[ts.Node]]] = {}
        self.root = root
        # False when the file's bytes hold no `var` word: no function of it has a `var`
        # to walk its body for (most modern files; the walks were a tenth of a read)
        self.has_var = has_var
        self._changes: dict[int, Optional[tuple[dict[str, list[_Mutation]], list[tuple[int, int]]]]] = {}
        self._pairs: dict[int, dict[str, ts.Node]] = {}
        self._params: dict[int, set[str]] = {}  # a function's parameter names, by its id: read once per file
        self._found: dict[str, dict[int, Optional[tuple[Optional[ts.Node], Optional[ts.Node], str]]]] = {}
        # what following an object's later changes may cost for the whole file (see _changed_keys)
        size = root.end_byte if root is not None else 0
        self.change_steps = Budget(CHANGE_STEPS + size // 8)
        self.walk_steps = Budget(WALK_STEPS + size)  # see changes(); real files use at most 0.4 per byte

    def lookup(self, ident: ts.Node) -> Optional[ts.Node]:
        return self.lookup_in_scope(ident)[0]

    def lookup_in_scope(self, ident: ts.Node) -> tuple[Optional[ts.Node], Optional[ts.Node]]:
        """(the value a `const` binds the name to, the scope that declares it)."""
        value, scope, _kind = self.find(ident)
        return value, scope

    def find(self, ident: ts.Node) -> tuple[Optional[ts.Node], Optional[ts.Node], str]:
        """(value, declaring scope, kind): kind is `const` (value known), `declared` (a
        `let`, a function, a destructured name), `parameter`, `variable` (`var`, a loop
        or catch binding), `free` (not declared in this file: imported or global) or
        `unknown` (past the file's lookup budget, see _tree.name_lookup)."""
        name = ident.text.decode("utf-8", "replace")

        def binds_here(node: ts.Node) -> Optional[tuple[Optional[ts.Node], Optional[ts.Node], str]]:
            t = node.type  # read once: each read is a C call that makes a new str
            if t in _SCOPES:
                table = self._declarations(node)
                if name in table:
                    value = table[name]
                    return value, node, "const" if value is not None else "declared"
            elif t in _FUNCTIONS:
                params = self._params.get(node.id)
                if params is None:
                    params = self._params[node.id] = _parameter_names(node)
                if name in params:
                    return None, node, "parameter"
                if name in self._var_names(node):
                    return None, node, "variable"
            elif t in ("for_in_statement", "for_statement", "catch_clause"):
                if name in _bound_names(node):
                    return None, node, "variable"
            return None

        if self.root is None:  # no tree at hand: the slow walk up, nothing remembered
            return next(filter(None, map(binds_here, reversed(ancestors(None, ident)))), (None, None, "free"))
        unknown = (None, None, "unknown")  # past the file's lookup budget: not "free", so no import is guessed
        return name_lookup(ancestry(self.root), self._found, ident, name, binds_here, unknown) or (None, None, "free")

    def changes(self, scope: ts.Node) -> Optional[tuple[dict[str, list[_Mutation]], list[tuple[int, int]]]]:
        """Per name, the places the scope changes the keys of its object (`x.k = v`,
        `x['k'] = v`, `delete x.k`, `Object.assign(x, ...)`, `_.merge(x, ...)`), and the
        byte ranges of the functions defined in it; None when unknown. One walk down per
        scope, with each node's context passed down (no walks up). A scope's walk covers
        the scopes nested in it, so thousands of nested functions cost the square of the
        file: the walks share a budget linear in the file's size, past which a scope's
        changes are unknown (its objects' keys unread, its constants not constant)."""
        if scope.id in self._changes:
            return self._changes[scope.id]
        by_name: dict[str, list[_Mutation]] = {}
        functions: list[tuple[int, int]] = []
        # (node, 0: a statement of the scope / 1: the expression of one / 2: deeper, nested function)
        stack: list[tuple[ts.Node, int, bool]] = [(c, 0, False) for c in scope.named_children]
        walk = self.walk_steps
        while stack:
            walk.left -= 1
            if walk.left < 0:
                self._changes[scope.id] = None
                return None
            n, level, nested = stack.pop()
            t = n.type
            direct = level == 1 and not nested
            if t in _FUNCTIONS:
                functions.append((n.start_byte, n.end_byte))
                nested = True
            elif t in (
                "assignment_expression",
                "augmented_assignment_expression",
                "update_expression",
                "unary_expression",
            ):
                _record_write(n, direct, nested, by_name)
            elif t == "call_expression":
                target = _mutator_target(n)
                if target is not None:
                    fn = n.child_by_field_name("function")
                    args = n.child_by_field_name("arguments")
                    rest = tuple(c for c in (args.named_children if args else []) if c.type != "comment")[1:]
                    is_assign = (
                        fn is not None
                        and fn.type == "member_expression"
                        and b"".join(fn.text.split()) == b"Object.assign"
                    )
                    by_name.setdefault(target, []).append(
                        _Mutation("assign" if is_assign else "open", None, None, rest, n.start_byte, direct, nested)
                    )
            if t in _LEAVES:
                continue  # no children to read (a C call that makes an empty list)
            below = 1 if level == 0 and t == "expression_statement" else 2
            for c in n.named_children:
                stack.append((c, below, nested))
        for changes in by_name.values():
            changes.sort(key=lambda m: m.start)
        # nested or disjoint ranges: the outermost ones, in order, answer "in a function?"
        # by bisection (thousands of calls against thousands of functions)
        outermost: list[tuple[int, int]] = []
        for a, b in sorted(functions):
            if not outermost or a >= outermost[-1][1]:
                outermost.append((a, b))
        found = (by_name, outermost)
        self._changes[scope.id] = found
        return found

    def pairs(self, obj: ts.Node, ctx: "_Ctx") -> dict[str, ts.Node]:
        """An object literal's `key: value` pairs by key (the last one wins, as in JS),
        built once: a names object with thousands of keys is looked up per call."""
        found = self._pairs.get(obj.id)
        if found is None:
            found = {}
            for child in obj.named_children:
                if child.type == "pair":
                    name = _key_name(child.child_by_field_name("key"), ctx)
                    value = child.child_by_field_name("value")
                    if name is not None and value is not None:
                        found[name] = value
            self._pairs[obj.id] = found
        return found

    def mutated(self, scope: ts.Node, name: str) -> bool:
        """Whether the object bound to `name` may be changed somewhere in the scope."""
        found = self.changes(scope)
        return found is None or name in found[0]

    def _var_names(self, fn: ts.Node) -> "set[str] | frozenset[str]":
        """Names declared with `var` anywhere in a function (hoisted to its scope)."""
        if not self.has_var:
            return _NO_NAMES
        key = -fn.id - 1
        names = self._cache.get(key)
        if names is None:
            found: set[str] = set()
            body = fn.child_by_field_name("body")
            stack = [body] if body is not None else []
            while stack:
                n = stack.pop()
                if n.type == "variable_declaration":
                    for d in n.named_children:
                        target = d.child_by_field_name("name") if d.type == "variable_declarator" else None
                        if target is not None:
                            found.update(_pattern_names(target))
                if n.type in _FUNCTIONS:
                    continue
                stack.extend(n.named_children)
            names = self._cache[key] = found  # type: ignore[assignment]
        return names  # type: ignore[return-value]

    def _declarations(self, scope: ts.Node) -> dict[str, Optional[ts.Node]]:
        table = self._cache.get(scope.id)
        if table is not None:
            return table
        table = {}
        for child in scope.named_children:
            decl = child
            t = decl.type  # read once: each read is a C call that makes a new str
            if t == "export_statement":
                decl = decl.child_by_field_name("declaration") or decl
                t = decl.type
            if t in ("lexical_declaration", "variable_declaration"):
                is_const = t == "lexical_declaration" and decl.children and decl.children[0].type == "const"
                for d in decl.named_children:
                    if d.type != "variable_declarator":
                        continue
                    name = d.child_by_field_name("name")
                    if name is None:
                        continue
                    if name.type == "identifier":
                        table[name.text.decode("utf-8", "replace")] = (
                            d.child_by_field_name("value") if is_const else None
                        )
                    else:  # destructuring: the names exist but their values are unknown
                        for n in _pattern_names(name):
                            table[n] = None
            elif t in ("function_declaration", "class_declaration", "generator_function_declaration"):
                name = decl.child_by_field_name("name")
                if name is not None:
                    table[name.text.decode("utf-8", "replace")] = None
        self._cache[scope.id] = table
        return table


_MUTATORS = frozenset(
    {
        "assign",
        "merge",
        "set",
        "defaults",
        "extend",
        "defineProperty",
        "defineProperties",
        "deleteProperty",
        "setPrototypeOf",
        "mergeWith",
        "assignIn",
        "unset",
    }
)


def _record_write(node: ts.Node, direct: bool, nested: bool, out: dict[str, list[_Mutation]]) -> None:
    """`x.k = v`, `x['k'] += v`, `x.k++` or `delete x.k`: a change to the keys of `x`."""
    kind = "set"
    if node.type in ("assignment_expression", "augmented_assignment_expression"):
        target = node.child_by_field_name("left")
    elif node.type == "update_expression":
        target = node.child_by_field_name("argument")
    else:  # unary_expression
        if not node.children or node.children[0].type != "delete":
            return
        target = node.child_by_field_name("argument")
        kind = "delete"
    if target is None:
        return
    target = _unwrap(target)
    if target.type not in ("member_expression", "subscript_expression"):
        return
    obj = target.child_by_field_name("object")
    if obj is None or _unwrap(obj).type != "identifier":
        return
    name = _unwrap(obj).text.decode("utf-8", "replace")
    if target.type == "member_expression":
        key_node = target.child_by_field_name("property")
        key = key_node.text.decode("utf-8", "replace") if key_node is not None else None
    else:
        key_node = target.child_by_field_name("index")
        key = None
        if key_node is not None:
            inner = _unwrap(key_node)
            key = _string_value(inner)
            if key is None and inner.type == "number":
                key = _number_key(inner.text.decode())
    out.setdefault(name, []).append(
        _Mutation(kind if key is not None else "open", key, key_node, (), node.start_byte, direct, nested)
    )


def _mutator_target(call: ts.Node) -> Optional[str]:
    """The identifier a call like `Object.assign(x, ...)` or `_.merge(x, ...)` changes."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return None
    if fn.type == "member_expression":
        prop = fn.child_by_field_name("property")
        name = prop.text.decode("utf-8", "replace") if prop is not None else ""
    elif fn.type == "identifier":
        name = fn.text.decode("utf-8", "replace")
    else:
        return None
    if name not in _MUTATORS:
        return None
    args = call.child_by_field_name("arguments")
    first = next((c for c in (args.named_children if args else []) if c.type != "comment"), None)
    if first is not None and first.type == "identifier":
        return first.text.decode("utf-8", "replace")
    return None


def _pattern_names(node: ts.Node) -> Iterator[str]:
    if node.type in ("identifier", "shorthand_property_identifier_pattern"):
        yield node.text.decode("utf-8", "replace")
        return
    for c in node.named_children:
        if c.type in ("type_annotation", "comment"):
            continue
        if c.type == "pair_pattern":
            v = c.child_by_field_name("value")
            if v is not None:
                yield from _pattern_names(v)
            continue
        if c.type == "assignment_pattern" or c.type == "object_assignment_pattern":
            left = c.child_by_field_name("left") or (c.named_children[0] if c.named_children else None)
            if left is not None:
                yield from _pattern_names(left)
            continue
        yield from _pattern_names(c)


def _parameter_names(fn: ts.Node) -> set[str]:
    names: set[str] = set()
    params = fn.child_by_field_name("parameters")
    if params is None:
        single = fn.child_by_field_name("parameter")  # x => ...
        if single is not None:
            names.update(_pattern_names(single))
        return names
    for p in params.named_children:
        target = p.child_by_field_name("pattern") or p
        names.update(_pattern_names(target))
    return names


def _bound_names(node: ts.Node) -> set[str]:
    names: set[str] = set()
    for field in ("left", "initializer", "parameter"):
        c = node.child_by_field_name(field)
        if c is not None:
            names.update(_pattern_names(c))
    return names


@dataclass
class _Ctx:
    pos: _Positions
    scope: _Scope
    # the project around this file (ts_project.Project): names imported from its files
    link: Optional[object] = None
    # byte offset of the call being read: changes to its argument object after it do not count
    call_start: Optional[int] = None
    # a wrapper's parameters, as the call site being followed passes them: name -> key sets
    bound_keys: Optional[dict] = None


def _bound(ident: ts.Node, ctx: _Ctx) -> tuple[Optional[ts.Node], Optional[ts.Node], _Ctx]:
    """(the value a `const` binds `ident` to, its scope, the file context the value is in):
    in this file, else imported from another project file when the project is linked."""
    value, scope, kind = ctx.scope.find(ident)
    if value is None and kind == "free" and ctx.link is not None:
        found = ctx.link.imported(ctx, ident.text.decode("utf-8", "replace"))  # type: ignore[attr-defined]
        if found is not None:
            return found
    return value, scope, ctx


def _resolve_string(node: ts.Node, ctx: _Ctx, depth: int = 0) -> Optional[str]:
    node = _unwrap(node)
    if depth > 8:
        return None
    value = _string_value(node)
    if value is not None:
        return value
    if node.type == "identifier":
        bound, _scope, where = _bound(node, ctx)
        return _resolve_string(bound, where, depth + 1) if bound is not None else None
    if node.type in ("member_expression", "subscript_expression"):
        obj = node.child_by_field_name("object")
        if node.type == "member_expression":
            prop = node.child_by_field_name("property")
            key = prop.text.decode("utf-8", "replace") if prop is not None else None
        else:
            idx = node.child_by_field_name("index")
            key = _resolve_string(idx, ctx, depth + 1) if idx is not None else None
        if obj is None or key is None:
            return None
        target, where = _resolve_object(obj, ctx, depth + 1)
        if target is None:
            member = _namespace_member(obj, key, ctx)
            return _resolve_string(member[0], member[2], depth + 1) if member is not None else None
        value = where.scope.pairs(target, where).get(key)
        return _resolve_string(value, where, depth + 1) if value is not None else None
    return None


def _namespace_member(obj: ts.Node, key: str, ctx: _Ctx):
    """`names.REFRESH` where `import * as names from './names'`: the export's value."""
    obj = _unwrap(obj)
    if obj.type != "identifier" or ctx.link is None:
        return None
    value, _scope, kind = ctx.scope.find(obj)
    if kind != "free":
        return None
    return ctx.link.namespace_member(ctx, obj.text.decode("utf-8", "replace"), key)  # type: ignore[attr-defined]


def _resolve_object(node: ts.Node, ctx: _Ctx, depth: int) -> tuple[Optional[ts.Node], _Ctx]:
    """The object literal an expression statically denotes (through consts, casts and
    imports), and the file context it is written in."""
    node = _unwrap(node)
    if node.type == "object":
        return node, ctx
    if node.type == "identifier" and depth <= 8:
        bound, _scope, where = _bound(node, ctx)
        if bound is not None:
            return _resolve_object(bound, where, depth + 1)
    if node.type == "member_expression" and ctx.link is not None and depth <= 8:  # names.RPC
        prop = node.child_by_field_name("property")
        obj = node.child_by_field_name("object")
        if prop is not None and obj is not None:
            member = _namespace_member(obj, prop.text.decode("utf-8", "replace"), ctx)
            if member is not None:
                return _resolve_object(member[0], member[2], depth + 1)
    return None, ctx


def _resolve_object_node(node: ts.Node, ctx: _Ctx, depth: int) -> Optional[ts.Node]:
    """The object literal an expression statically denotes in this file (through consts and casts)."""
    found, where = _resolve_object(node, ctx, depth)
    return found if where is ctx else None


def _key_name(key: ts.Node | None, ctx: _Ctx) -> Optional[str]:
    if key is None:
        return None
    if key.type in ("property_identifier", "private_property_identifier"):
        return key.text.decode("utf-8", "replace")
    if key.type == "string":
        return _string_value(key)
    if key.type == "number":
        return _number_key(key.text.decode())
    if key.type == "computed_property_name":
        inner = [c for c in key.named_children if c.type != "comment"]
        return _resolve_string(inner[0], ctx) if inner else None
    return None


def _number_key(text: str) -> str:
    """The property key JavaScript makes of a numeric literal: String(Number(text))."""
    t = text.replace("_", "")
    try:
        if t[:2].lower() in ("0x", "0o", "0b"):
            return str(int(t, 0))
        if t.endswith("n"):  # BigInt literal
            return str(int(t[:-1], 0))
        v = float(t)
    except ValueError:
        return text
    return js_number_string(v)


def js_number_string(v: float) -> str:
    """ECMAScript Number::toString(10) for a finite number (shortest round-trip digits)."""
    if v == 0:
        return "0"
    if v != v:
        return "NaN"
    if v in (float("inf"), float("-inf")):
        return "Infinity" if v > 0 else "-Infinity"
    sign = "-" if v < 0 else ""
    mantissa, _, exp = repr(abs(v)).partition("e")
    whole, _, frac = mantissa.partition(".")
    digits = (whole + frac.rstrip("0")).lstrip("0") or "0"
    # position of the decimal point relative to the digits: value = 0.digits × 10^n
    lead_zeros = len(whole + frac.rstrip("0")) - len((whole + frac.rstrip("0")).lstrip("0"))
    n = len(whole) - lead_zeros + (int(exp) if exp else 0)
    k = len(digits)
    if k <= n <= 21:
        out = digits + "0" * (n - k)
    elif 0 < n <= 21:
        out = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        out = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        out = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    return sign + out


def _is_undefined(node: ts.Node) -> bool:
    node = _unwrap(node)
    if node.type == "undefined":
        return True
    if node.type == "unary_expression" and node.children and node.children[0].type == "void":
        return True
    return False


def _resolve_keys(node: ts.Node, ctx: _Ctx, depth: int = 0) -> Optional[list[KeySet]]:
    """Possible key sets an expression sends as an argument object; None if unknown."""
    node = _unwrap(node)
    if depth > 8:
        return None
    if node.type == "object":
        return _object_keys(node, ctx, depth)
    if node.type == "identifier":
        name = node.text.decode("utf-8", "replace")
        if ctx.bound_keys is not None and name in ctx.bound_keys:
            return ctx.bound_keys[name]
        bound, scope, where = _bound(node, ctx)
        if bound is None:
            return None
        base = _resolve_keys(bound, where, depth + 1)
        if base is None or scope is None:
            return base
        found = where.scope.changes(scope)
        if found is None:
            return None
        changes = found[0].get(name)
        return _changed_keys(base, changes, bound, scope, where, depth) if changes else base
    if node.type == "undefined":
        return [KeySet(())]
    if node.type == "ternary_expression":
        cond = node.child_by_field_name("condition")
        yes = node.child_by_field_name("consequence")
        no = node.child_by_field_name("alternative")
        if yes is None or no is None:
            return None
        a = _resolve_keys(yes, ctx, depth + 1)
        b = _resolve_keys(no, ctx, depth + 1)
        if a is None or b is None:
            return None
        ctext = _short(cond)
        return [_with_condition(k, f"when {ctext} is true") for k in a] + [
            _with_condition(k, f"when {ctext} is false") for k in b
        ]
    if node.type == "binary_expression":  # cond && {…}  spreads as {} when falsy
        op = node.child_by_field_name("operator")
        if op is not None and op.type == "&&":
            right = node.child_by_field_name("right")
            a = _resolve_keys(right, ctx, depth + 1) if right is not None else None
            if a is None:
                return None
            ctext = _short(node.child_by_field_name("left"))
            return [_with_condition(k, f"when {ctext} is true") for k in a] + [
                KeySet((), condition=f"when {ctext} is false")
            ]
    return None


def _changed_keys(
    base: list[KeySet], changes: list[_Mutation], decl: ts.Node, scope: ts.Node, ctx: _Ctx, depth: int
) -> Optional[list[KeySet]]:
    """The keys of a `const` object after the scope changes it (`p.k = v`, `p['k'] = v`,
    `Object.assign(p, {...})`, `delete p.k`).

    A change that surely runs before the call (a statement of the declaring scope, before
    the call) gives exact keys. Any other (in an `if`, a loop, a callback, after the call
    when the call is in a function) may or may not have run: its keys may be sent, so they
    can be unknown, but the key set becomes open and merged, so nothing is reported as
    missing on its account. A change that cannot be read opens the key set.

    A change before the declaration, outside a function, belongs to an earlier binding
    (or throws). Each call reads all changes of its name, so one name changed at
    thousands of places and passed to thousands of calls costs their product: past the
    file's step budget (linear in its size) the arguments are unknown (None), not guessed.
    """
    call_start = ctx.call_start
    found = ctx.scope.changes(scope)
    if found is None:
        return None
    functions = found[1]
    around = bisect.bisect_right(functions, (call_start, float("inf"))) - 1 if call_start is not None else -1
    call_in_function = around >= 0 and call_start is not None and call_start < functions[around][1]
    variants = list(base)
    maybe = False
    for m in changes:
        ctx.scope.change_steps.left -= len(variants)
        if ctx.scope.change_steps.left < 0:
            return None
        if not m.nested and m.start < decl.end_byte:
            continue  # inside the declaration itself, or an earlier binding's
        if m.nested:
            sure = False
        elif m.direct and (call_start is None or m.start < call_start):
            sure = True
        elif m.direct and not call_in_function:
            continue  # a later statement of the same block: this call has already been made
        else:
            sure = False
        maybe = maybe or not sure
        if m.kind == "set" and m.key is not None:
            key = Key(m.key, ctx.pos.loc(m.key_node) if m.key_node is not None else ctx.pos.loc(decl))
            variants = [
                KeySet(tuple(k for k in v.keys if k.name != m.key) + (key,), v.open, v.condition, v.merged)
                for v in variants
            ]
        elif m.kind == "delete":
            if sure:
                variants = [
                    KeySet(tuple(k for k in v.keys if k.name != m.key), v.open, v.condition, v.merged) for v in variants
                ]
        elif m.kind == "assign":
            for src in m.sources:
                if src.type == "spread_element":
                    add = None
                else:
                    add = _resolve_keys(src, ctx, depth + 1)
                if add is None:
                    add = [KeySet((), open=True)]
                if sure:
                    variants = _product(variants, add)
                else:
                    extra = {k.name: k for ks in add for k in ks.keys}
                    opened = any(ks.open for ks in add)
                    variants = [
                        KeySet(
                            tuple(k for k in v.keys if k.name not in extra) + tuple(extra.values()),
                            v.open or opened,
                            v.condition,
                            v.merged,
                        )
                        for v in variants
                    ]
        else:
            variants = [KeySet(v.keys, True, v.condition, v.merged) for v in variants]
    if maybe:
        variants = [KeySet(v.keys, True, v.condition, True) for v in variants]
    return variants


def _short(node: ts.Node | None) -> str:
    if node is None:
        return "the condition"
    text = " ".join(node.text.decode("utf-8", "replace").split())
    return f"`{text}`" if len(text) <= 40 else "the condition"


def _with_condition(ks: KeySet, cond: str) -> KeySet:
    joined = f"{ks.condition} and {cond}" if ks.condition else cond
    return KeySet(ks.keys, ks.open, joined, ks.merged)


def _object_keys(obj: ts.Node, ctx: _Ctx, depth: int) -> list[KeySet]:
    variants: list[KeySet] = [KeySet(())]
    # plain keys (`k: v`, `{ k }`) not yet added to the variants: added all at once where
    # the next part that is not one comes (and at the end), as _product would one by one
    pending: dict[str, Key] = {}
    siblings = obj.named_children
    for i, child in enumerate(siblings):
        t = child.type
        if t == "comment":
            continue
        key = None
        if t == "shorthand_property_identifier":
            # `{ x }` sends x unless x is undefined at run time; assume it is defined
            name = child.text.decode("utf-8", "replace")
            key = Key(
                name,
                ctx.pos.loc(child),
                ts_values.shorthand_value(child, ctx),
                form="shorthand",
                removal=_removal(siblings, i, ctx),
                value_text=name,
            )
        elif t == "pair":
            key_node = child.child_by_field_name("key")
            value = child.child_by_field_name("value")
            name = _key_name(key_node, ctx)
            if name is None:
                add = [KeySet((), open=True)]
            elif value is not None and _is_undefined(value):
                # JSON.stringify drops it, and it hides an earlier key of that name
                if pending:
                    variants, pending = _with_keys(variants, pending), {}
                variants = [
                    KeySet(tuple(k for k in v.keys if k.name != name), v.open, v.condition, v.merged) for v in variants
                ]
                continue
            else:
                form = {"property_identifier": "identifier", "string": "string"}.get(key_node.type, "")
                key = Key(
                    name,
                    ctx.pos.loc(key_node),
                    ts_values.value_of(value, ctx),
                    form=form,
                    removal=_removal(siblings, i, ctx),
                    value_text=_value_text(value),
                )
        elif t == "method_definition":
            continue  # functions are dropped by JSON.stringify (getters are not, but are rare)
        elif t == "spread_element":
            inner = [c for c in child.named_children if c.type != "comment"]
            spread = _resolve_keys(inner[0], ctx, depth + 1) if inner else None
            add = spread if spread is not None else [KeySet((), open=True)]
        else:
            add = [KeySet((), open=True)]
        if key is not None:
            if len(variants) <= MAX_VARIANTS:  # so _product would neither merge nor drop a variant
                pending[name] = key  # a later key overrides an earlier one, keeping its place
                continue
            add = [KeySet((key,))]
        if pending:
            variants, pending = _with_keys(variants, pending), {}
        variants = _product(variants, add)
    if pending:
        variants = _with_keys(variants, pending)
    return variants


def _with_keys(variants: list[KeySet], keys: dict[str, Key]) -> list[KeySet]:
    """`_product(variants, [KeySet((k,))])` for each of `keys` in turn, in one pass: each
    variant's keys with these added (a key of a name it has replaces it in its place)."""
    out = []
    for v in variants:
        merged: dict[str, Key] = {k.name: k for k in v.keys}
        merged.update(keys)
        out.append(KeySet(tuple(merged.values()), v.open, v.condition, v.merged))
    return out


def _removal(siblings: list[ts.Node], i: int, ctx: _Ctx) -> Optional[Location]:
    """The text to delete to drop property `siblings[i]` from its object: up to the next
    property (its comma included), else back to the previous one. None when a comment
    sits next to it (deleting it would take the comment too, or leave it stranded)."""
    prop = siblings[i]
    after = siblings[i + 1] if i + 1 < len(siblings) else None
    before = siblings[i - 1] if i > 0 else None
    if (after is not None and after.type == "comment") or (before is not None and before.type == "comment"):
        return None
    if after is not None:
        return ctx.pos.span(prop.start_point, prop.start_byte, after.start_point, after.start_byte)
    if before is not None:
        return ctx.pos.span(before.end_point, before.end_byte, prop.end_point, prop.end_byte)
    return ctx.pos.loc(prop)


def _value_text(value: ts.Node | None) -> Optional[str]:
    if value is None or value.end_byte - value.start_byte > 200:
        return None
    return " ".join(value.text.decode("utf-8", "replace").split())


def _product(left: list[KeySet], right: list[KeySet]) -> list[KeySet]:
    """Every combination of a key set so far with one of the next part's."""
    if len(left) * len(right) > MAX_VARIANTS:
        left, right = _distinct(left), _distinct(right)
    if len(left) * len(right) > MAX_VARIANTS:
        keys: dict[str, Key] = {}
        for ks in left + right:
            for k in ks.keys:
                keys.setdefault(k.name, k)
        return [KeySet(tuple(keys.values()), open=True, merged=True)]
    out = []
    for a in left:
        for b in right:
            merged: dict[str, Key] = {k.name: k for k in a.keys}
            for k in b.keys:
                merged[k.name] = k  # a later key overrides an earlier one, keeping its place
            cond = " and ".join(c for c in (a.condition, b.condition) if c)
            out.append(KeySet(tuple(merged.values()), a.open or b.open, cond, a.merged or b.merged))
    return out


def _distinct(sets: list[KeySet]) -> list[KeySet]:
    """One key set per distinct set of names (branches that send the same keys)."""
    seen: dict[tuple, KeySet] = {}
    for ks in sets:
        seen.setdefault((ks.names, ks.open, ks.merged), ks)
    return list(seen.values())


def _options(node: ts.Node, ctx: _Ctx) -> dict:
    obj = _resolve_object_node(node, ctx, 0)
    if obj is None:
        return {"unknown": True}
    out: dict = {}
    for child in obj.named_children:
        if child.type == "pair":
            name = _key_name(child.child_by_field_name("key"), ctx)
            value = _unwrap(child.child_by_field_name("value"))
            if name is None or value is None:
                continue
            if value.type in ("true", "false"):
                out[name] = value.type == "true"
            else:
                s = _string_value(value)
                out[name] = s if s is not None else value.text.decode("utf-8", "replace")
        elif child.type == "shorthand_property_identifier":
            out[child.text.decode("utf-8", "replace")] = "?"
    return out


class _Target(NamedTuple):
    schema: Optional[str]  # None: the client's default
    loc: Optional[Location]
    schema_unknown: bool  # `.schema(expr)` with an expression that cannot be read
    receiver_known: bool  # the client was traced to `.schema()` or a factory call in this file


_FACTORIES = (b"createClient", b"createServerClient", b"createBrowserClient")
_UNKNOWN_RECEIVER = _Target(None, None, False, False)


def _schema_of(receiver: ts.Node, ctx: _Ctx, depth: int = 0) -> _Target:
    """The schema a receiver targets: `.schema('x')` on it, a `const` bound to such a
    client, `createClient(url, key, { db: { schema: 'x' } })` or `new PostgrestClient(url,
    { schema: 'x' })`. A client imported or built elsewhere is an unknown receiver."""
    node = receiver
    while True:
        node = _unwrap(node)
        if node.type == "await_expression" and node.named_children:
            node = node.named_children[-1]
            continue
        break
    if node.type == "identifier" and depth < 4:
        bound = ctx.scope.lookup(node)
        return _schema_of(bound, ctx, depth + 1) if bound is not None else _UNKNOWN_RECEIVER
    if node.type not in ("call_expression", "new_expression"):
        return _UNKNOWN_RECEIVER
    fn = _unwrap(node.child_by_field_name("function") or node.child_by_field_name("constructor"))
    args = node.child_by_field_name("arguments")
    arg_nodes = [c for c in (args.named_children if args else []) if c.type != "comment"]
    if node.type == "new_expression":
        if fn.type == "identifier" and fn.text == b"PostgrestClient":
            return _option_schema(arg_nodes, 1, ("schema",), ctx)
        return _UNKNOWN_RECEIVER
    if fn.type == "identifier" and fn.text in _FACTORIES:
        if len(arg_nodes) < 2:  # a project's own createClient() wrapper, defined elsewhere
            return _UNKNOWN_RECEIVER
        return _option_schema(arg_nodes, 2, ("db", "schema"), ctx)
    if fn.type != "member_expression":
        return _UNKNOWN_RECEIVER
    prop = fn.child_by_field_name("property")
    if prop is None or prop.text != b"schema":
        return _UNKNOWN_RECEIVER
    if not arg_nodes:
        return _Target(None, None, True, True)
    value = _resolve_string(arg_nodes[0], ctx)
    return _Target(value, ctx.pos.loc(arg_nodes[0]), value is None, True)


def _option_schema(args: list[ts.Node], index: int, path: tuple[str, ...], ctx: _Ctx) -> _Target:
    """The schema in a factory's options object (`{ db: { schema } }`, `{ schema }`)."""
    node: Optional[ts.Node] = args[index] if len(args) > index else None
    for i, key in enumerate(path):
        obj = _resolve_object_node(node, ctx, 0) if node is not None else None
        if obj is None:
            # no options, or none that name a schema: the default, known from this very call
            return _Target(None, None, False, node is None)
        node = next(
            (
                c.child_by_field_name("value")
                for c in obj.named_children
                if c.type == "pair" and _key_name(c.child_by_field_name("key"), ctx) == key
            ),
            None,
        )
        if node is None:
            return _Target(None, None, False, True)
    value = _resolve_string(node, ctx)
    return _Target(value, ctx.pos.loc(node), value is None, True)


def extract_calls(
    data: bytes,
    path: str,
    grammar: str = "typescript",
    original: bytes | None = None,
    link: Optional[object] = None,
    ranges: Optional[list[ts.Range]] = None,
    partial: bool = False,
) -> list[RpcCall]:
    """Every `.rpc(...)` call in one source file. `original` is the file's own bytes
    when `data` is a blanked view of it (components), for character columns. `link`
    is the project (ts_project.Project) when names imported from its files and its
    wrapper helpers are followed. `partial`: the top-level declarations the calls do not
    need are left out of the parse (ts_partial), for a scan of many files (a run of a few
    keeps each file's whole tree for the project linker to read again)."""
    spans = [(r.start_byte, r.end_byte) for r in ranges] if ranges else [(0, len(data))]
    if b"rpc" not in data or not any(_RPC_MEMBER.search(data, s, e) for s, e in spans):
        return []
    hits = [i for s, e in spans for i in rpc_words(data, s, e)]
    if not hits:
        return []
    tree = _partial_tree(data, grammar) if partial and ranges is None else None
    if tree is None:
        tree = parse(parser_for(grammar), data, ranges, risky=risky_parse(data, grammar, ranges))
    root = tree.root_node
    ctx = _Ctx(
        _Positions(path, original if original is not None else data),
        _Scope(root, has_var=_VAR_WORD.search(data) is not None),
        link=link,
    )
    return calls_in(root, ctx, hits)


def _partial_tree(data: bytes, grammar: str) -> Optional[ts.Tree]:
    """The tree of the parts of `data` ts_partial keeps, when it is the whole file's tree
    without the parts left out; None to parse the file whole."""
    from . import ts_partial
    from ._tree import GrammarCrash, ParseTooSlow

    kept = ts_partial.plan(data)
    if kept is None:
        return None
    ranges = ts_partial.ranges(data, kept.spans)
    try:
        # a small budget: past it, the whole parse (with its own) decides, and an input the
        # grammar is slow on costs little more than it did
        tree = parse(parser_for(grammar), data, ranges, risky_parse(data, grammar, None), ts_partial.budget(kept))
    except (ParseTooSlow, GrammarCrash):
        return None  # the whole parse decides what the file's reading says
    return tree if ts_partial.holds(tree.root_node, data, kept) else None


def rpc_call_nodes(
    root: ts.Node, hits: list[int], found: Optional[list[tuple[int, ts.Node, list[ts.Node]]]] = None
) -> Iterator[tuple[ts.Node, ts.Node, ts.Node, int, str]]:
    """(call, member, `rpc` node, arguments to skip, form) for each `.rpc(...)`-shaped
    call at the byte offsets of `rpc`: form is `call`, `rpc.call` or `rpc.apply`.
    `found`: `nodes_at(root, hits)` already listed (calls_in reads it twice)."""
    for _start, node, tail in found if found is not None else nodes_at(root, hits):
        if node.end_byte - node.start_byte != 3:
            # not the word itself (a hit inside a long string, comment or error node): no
            # `.text` of it, which for a tree read through a callback costs its whole size
            continue
        chain = tail + [node]
        if node.type == "property_identifier" and node.text == b"rpc":
            member = tail[-1] if tail else node.parent
            if member is None or member.type != "member_expression" or member.child_by_field_name("property") != node:
                continue
        elif node.type == "string_fragment" and node.text == b"rpc":
            # client['rpc'](...)
            string = tail[-1] if tail else node.parent
            member = tail[-2] if len(tail) >= 2 else (string.parent if string is not None else None)
            if member is None or member.type != "subscript_expression" or member.child_by_field_name("index") != string:
                continue
        else:
            continue
        call = _enclosing_call(member, chain)
        if call is not None:
            yield call, member, node, 0, "call"
            continue
        # client.rpc.call(thisArg, 'fn', args)
        outer = _parent_in(chain, member)
        if outer is not None and outer.type == "member_expression":
            prop = outer.child_by_field_name("property")
            call = _enclosing_call(outer, chain)
            if call is not None and prop is not None and prop.text == b"call":
                yield call, member, node, 1, "rpc.call"
            elif call is not None and prop is not None and prop.text == b"apply":
                yield call, member, node, 0, "rpc.apply"


def own_rpc_call(path: str, loc: Location, line: int, language: str = "typescript") -> RpcCall:
    """A `this.rpc(...)` / `self.rpc(...)` of a class in the file that defines its own
    `rpc` (at `line`): a wrapper of the project's own, unresolved, never the client's."""
    return RpcCall(
        path,
        loc,
        None,
        loc,
        language=language,
        why_unresolved=f"`rpc` here is this file's own method (line {line}), not the Supabase client's",
    )


def calls_in(root: ts.Node, ctx: _Ctx, hits: list[int]) -> list[RpcCall]:
    found = list(nodes_at(root, hits))  # one descent for both readings of the hits
    own_rpc = _own_rpc_definition(found)
    calls = []
    anc = ancestry(root)
    for call, member, node, skip, form in rpc_call_nodes(root, hits, found):
        anc.seed(node.id)  # the call's reading starts from the path nodes_at found to it
        if ctx.link is not None:
            handled = ctx.link.on_rpc_call(call, member, node, skip, form, ctx)  # type: ignore[attr-defined]
            if handled is not None:
                calls.extend(handled)
                continue
        if form == "rpc.apply":
            loc = ctx.pos.loc(node, call)
            calls.append(
                RpcCall(ctx.pos.path, loc, None, loc, why_unresolved="`.rpc.apply(...)` is not read statically")
            )
            continue
        if form == "call" and own_rpc is not None and _is_own_receiver(member, ctx):
            calls.append(own_rpc_call(ctx.pos.path, ctx.pos.loc(node, call), own_rpc))
            continue
        calls.extend(ts_result.with_result_use(c, call, root) for c in read_call(call, member, node, ctx, skip))
    return calls


def read_call(call: ts.Node, member: ts.Node, rpc_ident: ts.Node, ctx: _Ctx, skip: int = 0) -> list[RpcCall]:
    """One `.rpc(...)` call as the calls it may make (one per branch of a conditional name)."""
    args_node = call.child_by_field_name("arguments")
    args = [c for c in (args_node.named_children if args_node else []) if c.type != "comment"][skip:]
    return _name_branches(_read_call(call, member, rpc_ident, ctx, skip, args), args, ctx)


def _own_rpc_definition(found: list[tuple[int, ts.Node, list[ts.Node]]]) -> Optional[int]:
    """Line of a method or property named `rpc` defined in this file (a wrapper class
    or object whose `rpc` adds arguments of its own), or None. `found`: the nodes at
    the file's `rpc` hits (`nodes_at`)."""
    for _start, node, tail in found:
        if node.type not in ("property_identifier", "private_property_identifier"):
            continue
        parent = tail[-1] if tail else None
        if parent is None:
            continue
        if parent.type in ("method_definition", "method_signature", "abstract_method_signature"):
            if parent.child_by_field_name("name") == node:
                return node.start_point.row + 1
        if parent.type in ("public_field_definition", "pair", "field_definition"):
            value = parent.child_by_field_name("value")
            key = (
                parent.child_by_field_name("name")
                or parent.child_by_field_name("key")
                or parent.child_by_field_name("property")
            )
            if (
                key == node
                and value is not None
                and value.type in ("arrow_function", "function_expression", "function")
            ):
                return node.start_point.row + 1
    return None


def _is_own_receiver(member: ts.Node, ctx: _Ctx) -> bool:
    """`this.rpc(...)`, or a receiver bound to `new X(...)` / an object literal of this file."""
    obj = _unwrap(member.child_by_field_name("object"))
    if obj.type == "this":
        return True
    if obj.type == "identifier":
        bound = ctx.scope.lookup(obj)
        if bound is not None:
            bound = _unwrap(bound)
            return bound.type in ("new_expression", "object")
    return False


def _enclosing_call(member: ts.Node, chain: Optional[list[ts.Node]] = None) -> Optional[ts.Node]:
    """The call whose callee is `member`, through parentheses, casts and the
    `await a.rpc<T>(...)` shape (tree-sitter puts the await inside the callee).
    `chain`, when given, holds `member`'s nearest ancestors (see `nodes_at`)."""
    up = (lambda n: _parent_in(chain, n)) if chain else (lambda n: n.parent)
    child = member
    node = up(member)
    while node is not None and (node.type in _WRAPPERS or node.type == "await_expression"):
        child = node
        node = up(node)
    if node is not None and node.type == "call_expression" and node.child_by_field_name("function") == child:
        return node
    return None


def _why_unknown(arg: ts.Node, ctx: _Ctx) -> str:
    text = " ".join(arg.text.decode("utf-8", "replace").split())[:60]
    node = _unwrap(arg)
    if node.type == "identifier":
        _value, _scope, kind = ctx.scope.find(node)
        if kind == "parameter":
            return f"`{text}` is a parameter of the enclosing function"
        if kind in ("declared", "variable"):
            return f"`{text}` is a variable (`let`, `var` or destructured), not a const bound to an object literal"
        if kind == "unknown":
            return f"`{text}` was not looked up: the file nests too deeply to follow every name"
        if kind == "free":
            imported = ctx.link.why_not_imported(ctx, text) if ctx.link is not None else None  # type: ignore[attr-defined]
            return imported or f"`{text}` is not declared in this file (imported or global)"
    if node.type in ("call_expression", "await_expression"):
        return f"`{text}` is the result of a call"
    return f"`{text}` is not an object literal or a const bound to one"


def _why_name(arg: ts.Node, ctx: _Ctx) -> str:
    """Why a function name cannot be read, in words (never source text posing as a name)."""
    node = _unwrap(arg)
    text = " ".join(node.text.decode("utf-8", "replace").split())
    short = text if len(text) <= 40 else text[:37] + "…"
    t = node.type
    if t == "ternary_expression":
        return "the function name is a conditional expression"
    if t == "template_string":
        return "the function name is a template string with `${…}` substitutions"
    if t == "identifier":
        _value, _scope, kind = ctx.scope.find(node)
        if kind == "parameter":
            return f"the function name is `{short}`, a parameter of the enclosing function"
        if kind in ("declared", "variable"):
            return f"the function name is `{short}`, a variable that is not a string constant"
        if kind == "const":
            return f"the function name is `{short}`, a const whose value is not a string constant"
        imported = ctx.link.why_not_imported(ctx, text) if ctx.link is not None else None  # type: ignore[attr-defined]
        if imported:
            return f"the function name is {imported}"
        return f"the function name is `{short}`, which is not declared in this file (imported or global)"
    if t in ("call_expression", "await_expression"):
        callee = node.child_by_field_name("function") if t == "call_expression" else None
        what = " ".join(callee.text.decode("utf-8", "replace").split()) if callee is not None else ""
        return (
            f"the function name is what `{what}(…)` returns"
            if what and len(what) <= 40
            else "the function name is the result of a call"
        )
    if t == "binary_expression":
        return "the function name is built by an operator (`+`, `??`, `||`)"
    if t in ("member_expression", "subscript_expression"):
        base = node
        for _ in range(16):
            inner = (
                base.child_by_field_name("object")
                if base.type in ("member_expression", "subscript_expression")
                else None
            )
            if inner is None:
                break
            base = _unwrap(inner)
        imported = None
        if base.type == "identifier" and ctx.link is not None and ctx.scope.find(base)[2] == "free":
            imported = ctx.link.why_not_imported(ctx, base.text.decode("utf-8", "replace"))  # type: ignore[attr-defined]
        if imported:
            return f"the function name is `{short}`, and {imported}"
        return f"the function name is `{short}`, a property that is not a string constant rpccheck can read"
    return f"the function name is {'an' if t[:1] in 'aeiou' else 'a'} {t.replace('_', ' ')}, not a string constant"


def _ternary_names(node: ts.Node, ctx: _Ctx, cond: str, depth: int, out: list) -> bool:
    """The branches of a conditional function name: (name or None, location, condition).
    False when `node` is not a conditional (nor a const bound to one)."""
    node = _unwrap(node)
    if node.type == "identifier" and depth < 8:
        bound, _scope, where = _bound(node, ctx)
        return bound is not None and _ternary_names(bound, where, cond, depth + 1, out)
    if node.type != "ternary_expression" or depth > 8 or len(out) >= MAX_VARIANTS:
        return False
    ctext = _short(node.child_by_field_name("condition"))
    for field, value in (("consequence", "true"), ("alternative", "false")):
        branch = node.child_by_field_name(field)
        if branch is None:
            return False
        when = f"when {ctext} is {value}"
        when = f"{cond} and {when}" if cond else when
        if not _ternary_names(branch, ctx, when, depth + 1, out):
            inner = _unwrap(branch)
            name = _resolve_string(inner, ctx)
            out.append((name, ctx.pos.loc(inner), when, "" if name is not None else _why_name(inner, ctx)))
    return True


def _name_branches(found: RpcCall, args: list[ts.Node], ctx: _Ctx) -> list[RpcCall]:
    """`rpc(c ? 'a' : 'b', ...)`: one call per branch, each checked as written."""
    if found.name is not None or not args or args[0].type == "spread_element":
        return [found]
    branches: list = []
    if not _ternary_names(args[0], ctx, "", 0, branches) or not branches:
        return [found]
    if all(name is None for name, _loc, _cond, _why in branches):
        return [
            replace(
                found,
                why_unresolved="the function name is a conditional expression whose branches are not string constants",
            )
        ]
    if len({name for name, _loc, _cond, _why in branches}) == 1:  # every branch calls the same function
        return [replace(found, name=branches[0][0], name_loc=branches[0][1], why_unresolved="")]
    out = []
    for name, loc, cond, why in branches:
        if why:
            why = f"in this branch of a conditional, {why}"
        out.append(replace(found, name=name, name_loc=loc, why_unresolved=why, name_condition=cond))
    return out


def _at_call(ctx: _Ctx, start: int) -> _Ctx:
    """`replace(ctx, call_start=start)` without dataclasses.replace's work per field (it
    was ~10 µs of each call read)."""
    new = object.__new__(_Ctx)
    new.__dict__.update(ctx.__dict__)
    new.call_start = start
    return new


def _read_call(
    call: ts.Node, member: ts.Node, rpc_ident: ts.Node, ctx: _Ctx, skip: int = 0, args: Optional[list[ts.Node]] = None
) -> RpcCall:
    """`args`: the call's arguments past `skip`, when read_call has them already."""
    ctx = _at_call(ctx, call.start_byte)
    pos = ctx.pos
    if args is None:
        args_node = call.child_by_field_name("arguments")
        args = [c for c in (args_node.named_children if args_node else []) if c.type != "comment"][skip:]
    call_loc = pos.loc(rpc_ident, call)
    target = _schema_of(member.child_by_field_name("object"), ctx)
    schema, schema_loc, schema_unknown = target.schema, target.loc, target.schema_unknown
    if not args:
        return RpcCall(
            pos.path,
            call_loc,
            None,
            call_loc,
            schema,
            schema_loc,
            schema_unknown,
            why_unresolved="`.rpc()` is called without a function name",
        )
    first = args[0]
    if first.type == "spread_element":
        return RpcCall(
            pos.path,
            call_loc,
            None,
            pos.loc(first),
            schema,
            schema_loc,
            schema_unknown,
            why_unresolved="the arguments are spread from an array",
        )
    name = _resolve_string(first, ctx)
    name_node = _unwrap(first)
    name_loc = pos.loc(name_node if name_node.type in ("string", "template_string") else first)
    why = "" if name is not None else _why_name(first, ctx)
    rpc_args = None
    if len(args) > 1 and _unwrap(args[1]).type == "array":
        return RpcCall(
            pos.path,
            call_loc,
            None,
            name_loc,
            schema,
            schema_loc,
            schema_unknown,
            why_unresolved="its arguments are an array, which supabase-js never sends: not a "
            "Supabase client call (a JSON-RPC client?)",
        )
    if len(args) > 1:
        a = args[1]
        shapes = _resolve_keys(a, ctx)
        why_args = ""
        if shapes is None:
            why_args = _why_unknown(a, ctx)
        rpc_args = Args(
            pos.loc(a), tuple(shapes) if shapes is not None else None, why_args, ts_values.undefined_keys(a, ctx)
        )
    options = _options(args[2], ctx) if len(args) > 2 else {}
    return RpcCall(
        path=pos.path,
        loc=call_loc,
        name=name,
        name_loc=name_loc,
        schema=schema,
        schema_loc=schema_loc,
        schema_unknown=schema_unknown,
        args=rpc_args,
        options=options,
        why_unresolved=why,
        receiver_known=target.receiver_known,
        name_literal=name_node.type in ("string", "template_string"),
    )
