"""Wrapper helpers: functions that pass their parameter on as an `.rpc()` name.

Real apps wrap the client: `async function callRpc(client, fn, args) { return
client.rpc(fn, args) }`, an arrow function bound to a const, a method of a service
class (`this.client.rpc(fn, args)`, called as `this.call(...)` or `api.call(...)`),
or an object of helpers. When a function's parameter flows unchanged into the name
of an `.rpc()` call, each call of that function is read as the `.rpc()` call it
makes, at the call site: the name and arguments are read there. The arguments may be
forwarded as they are, or wrapped in a literal object (`{ p_payload: args }`,
`{ ...args, p_user: uid }`); anything else makes them unknown, with the reason. The
wrapper's own `.rpc(fn, args)` is not reported when a call of it was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Optional

import tree_sitter as ts

from ..model import Args, KeySet, RpcCall
from ..sources import read_bytes
from . import typescript as tsr

if TYPE_CHECKING:
    from .ts_project import Project, View

_CLASSES = frozenset({"class_declaration", "class", "abstract_class_declaration"})


@dataclass
class Wrapper:
    """A helper that makes `.rpc()` calls for its callers."""

    key: tuple  # ("fn", file, name) | ("method", file, class or object, method)
    label: str  # as messages name it: callRpc, Api.call
    callee: str  # the name written at its call sites
    view: "View"
    call: ts.Node  # its own `.rpc(...)`
    params: list[Optional[str]]  # parameter names by position (None: a pattern or a rest)
    rpc_args: list[ts.Node]  # the arguments of its `.rpc(...)`, after `.call`'s thisArg
    receiver: Optional[ts.Node]
    name_index: int = 0  # which parameter is the function name
    # a helper over a helper: (the inner wrapper, the view and node of its call inside this one)
    inner: Optional[tuple] = None
    sites: int = 0

    def param_index(self, node: Optional[ts.Node]) -> Optional[int]:
        """The position of the parameter `node` names unchanged, if it is one."""
        if node is None:
            return None
        node = tsr._unwrap(node)
        if node.type != "identifier":
            return None
        name = node.text.decode("utf-8", "replace")
        return self.params.index(name) if name in self.params else None


def _params(fn: ts.Node) -> list[Optional[str]]:
    params = fn.child_by_field_name("parameters")
    if params is None:
        single = fn.child_by_field_name("parameter")
        return [single.text.decode("utf-8", "replace")] if single is not None and single.type == "identifier" else []
    out: list[Optional[str]] = []
    for p in params.named_children:
        if p.type == "comment":
            continue
        target = p.child_by_field_name("pattern") or p
        if target.type == "identifier" and target.text != b"this":
            out.append(target.text.decode("utf-8", "replace"))
        elif target.type == "this" or (target.type == "identifier" and target.text == b"this"):
            continue  # `function f(this: T, ...)` declares no argument
        else:
            out.append(None)
    return out


def _reassigned(fn: ts.Node, name: str) -> bool:
    """The parameter is assigned somewhere in the function: it may not be what was passed."""
    body = fn.child_by_field_name("body")
    stack = [body] if body is not None else []
    encoded = name.encode()
    while stack:
        n = stack.pop()
        if n.type in ("assignment_expression", "augmented_assignment_expression", "update_expression"):
            left = n.child_by_field_name("left") or n.child_by_field_name("argument")
            if left is not None and left.type == "identifier" and left.text == encoded:
                return True
        stack.extend(n.named_children)
    return False


def _declared_name(node: Optional[ts.Node]) -> Optional[str]:
    if node is None:
        return None
    name = node.child_by_field_name("name")
    return (
        name.text.decode("utf-8", "replace")
        if name is not None and name.type in ("identifier", "type_identifier", "property_identifier")
        else None
    )


class Wrappers:
    """The wrappers of a project and the places they are called."""

    def __init__(self, project: "Project") -> None:
        self.project = project
        self.by_key: dict[tuple, Wrapper] = {}
        self.own: dict[tuple[int, int], Wrapper] = {}
        self.callees: set[str] = set()
        # per view (scope id): call node id -> (view, call, wrapper, callee node)
        self.sites: dict[int, dict[int, tuple]] = {}
        # (scope id, call id) of a wrapper call inside a helper that passes its own parameter
        # on as the name: that helper is a wrapper too
        self.composed_at: dict[tuple[int, int], Wrapper] = {}
        self._again: set[str] = set()

    def any(self) -> bool:
        return bool(self.by_key)

    # -- definitions ----------------------------------------------------------------------
    def find_definitions(self, view: "View") -> None:
        hits = tsr.rpc_words(view.data)
        for call, member, _node, skip, form in tsr.rpc_call_nodes(view.root, hits):
            if form == "rpc.apply":
                continue
            args_node = call.child_by_field_name("arguments")
            args = [c for c in (args_node.named_children if args_node else []) if c.type != "comment"][skip:]
            if not args:
                continue
            first = tsr._unwrap(args[0])
            if first.type != "identifier":
                continue
            _value, fn, kind = view.ctx.scope.find(first)
            if kind != "parameter" or fn is None:
                continue
            name = first.text.decode("utf-8", "replace")
            params = _params(fn)
            if name not in params or _reassigned(fn, name):
                continue
            identity = self._identity(view, fn)
            if identity is None:
                continue
            key, label, callee = identity
            receiver = member.child_by_field_name("object")
            w = Wrapper(key, label, callee, view, call, params, args, receiver, params.index(name))
            self.by_key.setdefault(key, w)
            self.own[(id(view.ctx.scope), call.id)] = self.by_key[key]
            self.callees.add(callee)

    def _identity(self, view: "View", fn: ts.Node) -> Optional[tuple[tuple, str, str]]:
        """(key, label, callee) of a function that can be called by name, or None."""
        path = str(view.path)
        if fn.type in ("function_declaration", "generator_function_declaration"):
            name = _declared_name(fn)
            return (("fn", path, name), name, name) if name else None
        up = tsr.ancestors(view.root, fn)
        parent = up[-1] if up else None
        if parent is None:
            return None
        if fn.type == "method_definition" or parent.type in ("public_field_definition", "field_definition", "pair"):
            holder = fn if fn.type == "method_definition" else parent
            key_node = (
                holder.child_by_field_name("name")
                or holder.child_by_field_name("key")
                or holder.child_by_field_name("property")
            )
            if key_node is None or key_node.type not in ("property_identifier", "private_property_identifier"):
                return None
            method = key_node.text.decode("utf-8", "replace")
            body = parent if fn.type == "method_definition" else (up[-2] if len(up) >= 2 else None)
            if body is None:
                return None
            owner_node = up[up.index(body) - 1] if up.index(body) >= 1 else None
            if body.type == "class_body" and owner_node is not None and owner_node.type in _CLASSES:
                owner = _declared_name(owner_node)
            elif body.type == "object" and owner_node is not None and owner_node.type == "variable_declarator":
                owner = _declared_name(owner_node)
            else:
                return None
            return (("method", path, owner, method), f"{owner}.{method}", method) if owner else None
        if parent.type == "variable_declarator" and fn.type in ("arrow_function", "function_expression", "function"):
            name = _declared_name(parent)
            return (("fn", path, name), name, name) if name else None
        return None

    # -- call sites -----------------------------------------------------------------------
    def find_sites(self, files: Iterable) -> set[str]:
        """Files (absolute paths) with a call of a wrapper, found by their bytes first.

        A file is parsed only if it holds a wrapper's name (or a name a barrel file
        re-exports one under); in it, calls under an import alias count too."""
        from .ts_project import code_bytes

        suffixes = tsr_suffixes()
        files = [p for p in files if p.suffix.lower() in suffixes]
        found: set[str] = set()
        searched: set[str] = set()
        wanted = self.callees  # grows: re-exports under new names, helpers over helpers
        for _round in range(6):
            new = (wanted - searched) | self._again
            self._again = set()
            if not new:
                break
            searched |= new
            pattern = _words(new)
            needles = [n.encode() for n in new]
            for path in files:
                key = self.project.key(path)
                views = self.project._views.get(key)
                if views is None:
                    raw, _problem = read_bytes(path)
                    if raw is None:
                        continue
                    # memchr-speed substring tests first; UTF-16 files are decoded before
                    if raw[:2] not in (b"\xff\xfe", b"\xfe\xff") and not any(n in raw for n in needles):
                        continue
                    data = code_bytes(path, raw)
                    if data is None or not pattern.search(data):
                        continue
                    views = self.project.views(path, data)
                elif not any(pattern.search(v.data) for v in views):
                    continue
                for view in views:
                    aliases = {
                        local
                        for local, (_spec, imported) in view.imports.items()
                        if imported in new and local != imported
                    }
                    wanted.update(
                        exported
                        for exported, entry in self.project.exports_of(view).names.items()
                        if entry[0] == "from" and entry[2] in new
                    )
                    here = _words(new | aliases) if aliases else pattern
                    for m in here.finditer(view.data):
                        if self._site_at(view, m.start(), m.end()):
                            found.add(key)
        return found

    def _site_at(self, view: "View", start: int, end: int) -> bool:
        node = view.root.descendant_for_byte_range(start, end)
        if node is None:
            return False
        if node.type == "identifier":
            call = node.parent
            if call is None or call.type != "call_expression" or call.child_by_field_name("function") != node:
                return False
            w = self._function_wrapper(view, node)
        elif node.type in ("property_identifier", "private_property_identifier"):
            member = node.parent
            if member is None or member.type != "member_expression" or member.child_by_field_name("property") != node:
                return False
            call = tsr._enclosing_call(member)
            if call is None:
                return False
            w = self._method_wrapper(view, member, node)
        else:
            return False
        if w is None or (id(view.ctx.scope), call.id) in self.own:
            return False
        sites = self.sites.setdefault(id(view.ctx.scope), {})
        if call.id in sites:
            return True
        sites[call.id] = (view, call, w, node)
        w.sites += 1
        self._compose(view, call, w)
        return True

    def _compose(self, view: "View", call: ts.Node, w: Wrapper) -> None:
        """A call of `w` whose name is a parameter of the enclosing function, passed on
        unchanged: that function is a wrapper over `w` (`rpc(fn, a) => callRpc(db, fn, a)`)."""
        args = _call_args(call)
        if w.name_index >= len(args) or len(self.by_key) > 10_000:
            return
        first = tsr._unwrap(args[w.name_index])
        if first.type != "identifier":
            return
        _value, fn, kind = view.ctx.scope.find(first)
        name = first.text.decode("utf-8", "replace")
        params = _params(fn) if kind == "parameter" and fn is not None else []
        if name not in params or _reassigned(fn, name):
            return
        identity = self._identity(view, fn)
        if identity is None or identity[0] in self.by_key:
            return
        key, label, callee = identity
        outer = Wrapper(key, label, callee, view, call, params, [], None, params.index(name), inner=(w, view, call))
        self.by_key[key] = outer
        self.composed_at[(id(view.ctx.scope), call.id)] = outer
        self.callees.add(callee)
        self._again.add(callee)  # looked for already, perhaps, as another wrapper's name

    def _function_wrapper(self, view: "View", ident: ts.Node) -> Optional[Wrapper]:
        name = ident.text.decode("utf-8", "replace")
        _value, scope, kind = view.ctx.scope.find(ident)
        if kind == "free":
            origin = self.project._origin_of_import(view.ctx, name)
            return self.by_key.get(("fn", str(origin[0].path), origin[1])) if origin is not None else None
        if kind in ("declared", "const") and scope is not None and scope.id == view.root.id:
            return self.by_key.get(("fn", str(view.path), name))
        return None

    def _method_wrapper(self, view: "View", member: ts.Node, prop: ts.Node) -> Optional[Wrapper]:
        method = prop.text.decode("utf-8", "replace")
        obj = tsr._unwrap(member.child_by_field_name("object"))
        if obj.type == "this":
            owner = next(
                (_declared_name(n) for n in reversed(tsr.ancestors(view.root, member)) if n.type in _CLASSES), None
            )
            return self._class_method(view, owner, method, 0) if owner else None
        if obj.type == "member_expression":  # this.api.call(...): a field holding a service
            inner = tsr._unwrap(obj.child_by_field_name("object"))
            field = obj.child_by_field_name("property")
            if inner.type != "this" or field is None:
                return None
            up = tsr.ancestors(view.root, member)
            cls = next((n for n in reversed(up) if n.type in _CLASSES), None)
            service = _field_class(cls, field.text.decode("utf-8", "replace")) if cls is not None else None
            return self._class_method(view, service, method, 0) if service else None
        if obj.type != "identifier":
            return None
        return self._owner_wrapper(view, obj, method, 0)

    def _owner_wrapper(self, view: "View", ident: ts.Node, method: str, depth: int) -> Optional[Wrapper]:
        """The wrapper `ident.method(...)` calls: `ident` is a class, an instance made
        with `new`, or an object of helpers, here or imported."""
        if depth > 4:
            return None
        name = ident.text.decode("utf-8", "replace")
        value, _scope, kind = view.ctx.scope.find(ident)
        if kind == "free":
            origin = self.project._origin_of_import(view.ctx, name)
            if origin is None:
                return None
            other, local = origin
            value = other.ctx.scope._declarations(other.root).get(local)
            if value is None:  # a class (or function) declared there
                return self._class_method(other, local, method, 0)
            view, name = other, local
        elif kind == "declared":
            return self._class_method(view, name, method, 0)
        elif kind != "const" or value is None:
            return None
        value = tsr._unwrap(value)
        if value.type == "object":
            return self.by_key.get(("method", str(view.path), name, method))
        if value.type == "new_expression":
            cls = value.child_by_field_name("constructor")
            if cls is not None and tsr._unwrap(cls).type == "identifier":
                return self._owner_wrapper(view, tsr._unwrap(cls), method, depth + 1)
        return None

    def _class_method(self, view: "View", cls: str, method: str, depth: int) -> Optional[Wrapper]:
        """The wrapper `method` of class `cls` is, its own or inherited (`extends`)."""
        found = self.by_key.get(("method", str(view.path), cls, method))
        if found is not None or depth > 4:
            return found
        if cls in view.imports:  # the class is imported: look where it is declared
            origin = self.project._origin_of_import(view.ctx, cls)
            return self._class_method(origin[0], origin[1], method, depth + 1) if origin is not None else None
        node = next(
            (
                d
                for d in (
                    c.child_by_field_name("declaration") if c.type == "export_statement" else c
                    for c in view.root.named_children
                )
                if d is not None and d.type in _CLASSES and _declared_name(d) == cls
            ),
            None,
        )
        heritage = next((c for c in node.named_children if c.type == "class_heritage"), None) if node else None
        extends = next((c for c in heritage.named_children if c.type == "extends_clause"), None) if heritage else None
        base = next((c for c in extends.named_children if c.type == "identifier"), None) if extends else None
        if base is None:
            return None
        return self._class_method(view, base.text.decode("utf-8", "replace"), method, depth + 1)

    # -- reading the calls ------------------------------------------------------------------
    def calls_of(self, view: "View") -> list[RpcCall]:
        """The calls of one view: its `.rpc()` calls and its wrapper calls."""
        hits = tsr.rpc_words(view.data)
        mine = self.sites.get(id(view.ctx.scope), {})
        self._emitted: set[int] = set()
        calls = tsr.calls_in(view.root, view.ctx, hits) if hits else []
        for call_id, (v, call, w, callee) in mine.items():
            if call_id not in self._emitted:
                calls.extend(self._site_calls(v, call, w, callee))
        return calls

    def on_rpc_call(self, call, member, node, skip, form, ctx) -> Optional[list[RpcCall]]:
        site = self.sites.get(id(ctx.scope), {}).get(call.id)
        if site is not None:
            self._emitted.add(call.id)
            return self._site_calls(*site)
        w = self.own.get((id(ctx.scope), call.id))
        if w is None:
            return None
        if w.sites:
            return []  # read at each of its call sites instead
        found = tsr.read_call(call, member, node, ctx, skip)
        return [
            replace(
                c,
                why_unresolved=c.why_unresolved.replace(
                    "a parameter of the enclosing function", f"a parameter of `{w.label}`, which no file checked calls"
                ),
            )
            if c.name is None
            else c
            for c in found
        ]

    def _site_calls(self, view: "View", call: ts.Node, w: Wrapper, callee: ts.Node) -> list[RpcCall]:
        ctx = replace(view.ctx, call_start=call.start_byte)
        pos = ctx.pos
        loc = pos.loc(callee, call)
        outer = self.composed_at.get((id(view.ctx.scope), call.id))
        if outer is not None and outer.sites:
            return []  # read at each call of the helper that makes this call
        args = _call_args(call)
        spread = next((i for i, a in enumerate(args) if a.type == "spread_element"), None)
        if spread is not None:
            return [
                RpcCall(
                    pos.path,
                    loc,
                    None,
                    pos.loc(args[spread]),
                    why_unresolved=(f"the arguments of `{w.label}` are spread from an array"),
                    via=w.label,
                    receiver_known=False,
                )
            ]
        found = self._expand(w, [(a, ctx) for a in args], loc, ctx, 0)
        if outer is not None:  # a helper over a helper that no file checked calls
            found = [
                replace(
                    c,
                    why_unresolved=c.why_unresolved.replace(
                        "a parameter of the enclosing function",
                        f"a parameter of `{outer.label}`, which no file checked calls",
                    ),
                )
                if c.name is None
                else c
                for c in found
            ]
        return found

    def _expand(
        self, w: Wrapper, passed: list, loc, site: tsr._Ctx, depth: int, spans: tuple = (), via: str = ""
    ) -> list[RpcCall]:
        """The `.rpc()` call `w` makes when called with `passed`: (argument node, the
        context it is read in) per position. A helper over a helper is unfolded; `spans`
        are the calls inside helpers, where keys the helpers add are written."""
        if w.inner is not None and depth < 4:
            inner, s_view, s_call = w.inner
            spans = spans + (s_view.ctx.pos.loc(s_call),)
            s_ctx = replace(s_view.ctx, call_start=s_call.start_byte, bound_keys=_SiteKeys(w, passed))
            s_passed = []
            for a in _call_args(s_call):
                i = w.param_index(a)
                s_passed.append(
                    passed[i] if i is not None and i < len(passed) else (None, s_ctx) if i is not None else (a, s_ctx)
                )
            return self._expand(inner, s_passed, loc, site, depth + 1, spans, via or w.label)
        spans = spans + (w.view.ctx.pos.loc(w.call),)
        via = via or w.label

        def at(i: Optional[int]) -> tuple[Optional[ts.Node], tsr._Ctx]:
            return passed[i] if i is not None and i < len(passed) else (None, site)

        # the client: a parameter of the wrapper is the one passed here
        receiver_index = w.param_index(w.receiver)
        if receiver_index is not None:
            node, ctx = at(receiver_index)
            target = tsr._schema_of(node, ctx) if node is not None else tsr._UNKNOWN_RECEIVER
        else:
            target = tsr._schema_of(w.receiver, w.view.ctx) if w.receiver is not None else tsr._UNKNOWN_RECEIVER
        first, ctx = at(w.name_index)
        if first is None:
            return [
                RpcCall(
                    site.pos.path,
                    loc,
                    None,
                    loc,
                    target.schema,
                    target.loc,
                    target.schema_unknown,
                    why_unresolved=f"`{via}` is called without a function name",
                    via=via,
                    receiver_known=target.receiver_known,
                )
            ]
        name = tsr._resolve_string(first, ctx)
        name_node = tsr._unwrap(first)
        name_loc = ctx.pos.loc(name_node if name_node.type in ("string", "template_string") else first)
        why = "" if name is not None else tsr._why_name(first, ctx)
        rpc_args = self._args(w, passed, site, loc, spans)
        options: dict = {}
        if len(w.rpc_args) > 2:
            node, octx = at(w.param_index(w.rpc_args[2]))
            if w.param_index(w.rpc_args[2]) is not None:
                options = tsr._options(node, octx) if node is not None else {}
            else:
                options = tsr._options(w.rpc_args[2], w.view.ctx)
        found = RpcCall(
            site.pos.path,
            loc,
            name,
            name_loc,
            target.schema,
            target.loc,
            target.schema_unknown,
            rpc_args,
            options,
            why,
            target.receiver_known,
            via=via,
        )
        return tsr._name_branches(found, [first], ctx)

    def _args(self, w: Wrapper, passed: list, site: tsr._Ctx, loc, spans: tuple) -> Optional[Args]:
        if len(w.rpc_args) < 2:
            return None
        forwarded = tsr._unwrap(w.rpc_args[1])
        index = w.param_index(forwarded)
        if index is None and forwarded.type == "binary_expression":  # args ?? {} / args || {}
            op = forwarded.child_by_field_name("operator")
            right = forwarded.child_by_field_name("right")
            if (
                op is not None
                and op.type in ("??", "||")
                and right is not None
                and tsr._unwrap(right).type == "object"
                and not tsr._unwrap(right).named_children
            ):
                index = w.param_index(forwarded.child_by_field_name("left"))
        if index is not None:
            a, ctx = passed[index] if index < len(passed) else (None, site)
            if a is None or tsr._is_undefined(a):
                return None
            shapes = tsr._resolve_keys(a, ctx)
            return _located(
                Args(
                    ctx.pos.loc(a),
                    tuple(shapes) if shapes is not None else None,
                    "" if shapes is not None else tsr._why_unknown(a, ctx),
                ),
                spans,
                loc,
            )
        if forwarded.type == "object":
            bound = _SiteKeys(w, passed)
            wctx = replace(w.view.ctx, bound_keys=bound, call_start=w.call.start_byte)
            shapes = tsr._resolve_keys(forwarded, wctx)
            # findings about the whole object point at what the caller passes
            shown = next(
                (
                    passed[i]
                    for i in range(len(passed))
                    if i < len(w.params) and w.params[i] in bound.used and passed[i][0] is not None
                ),
                None,
            )
            where = shown[1].pos.loc(shown[0]) if shown is not None else loc
            return _located(
                Args(
                    where,
                    tuple(shapes) if shapes is not None else None,
                    "" if shapes is not None else f"`{w.label}` builds its arguments in a way rpccheck cannot read",
                ),
                spans,
                loc,
            )
        text = " ".join(forwarded.text.decode("utf-8", "replace").split())
        text = text if len(text) <= 40 else text[:37] + "…"
        return Args(
            loc,
            None,
            f"`{w.label}` passes `{text}` to `.rpc()`, not one of its parameters or a literal object around them",
        )


def _call_args(call: ts.Node) -> list[ts.Node]:
    args_node = call.child_by_field_name("arguments")
    return [c for c in (args_node.named_children if args_node else []) if c.type != "comment"]


def _located(args: Args, spans: tuple, call_loc) -> Args:
    """Keys a helper adds are reported where it is called (at the argument passed, else
    the call), not inside the helper: one helper serves many calls."""

    def in_helper(at) -> bool:
        return any(
            at.path == s.path and (s.line, s.column) <= (at.line, at.column) <= (s.end_line, s.end_column)
            for s in spans
        )

    where = call_loc if in_helper(args.loc) else args.loc
    if args.shapes is None:
        return Args(where, None, args.why_unknown)
    shapes = tuple(
        KeySet(
            tuple(replace(k, loc=where) if in_helper(k.loc) else k for k in ks.keys), ks.open, ks.condition, ks.merged
        )
        for ks in args.shapes
    )
    return Args(where, shapes, args.why_unknown)


def _field_class(cls: ts.Node, field: str) -> Optional[str]:
    """The class of a field: `f = new Api()`, `f: Api`, or `constructor(private f: Api)`."""
    body = next((c for c in cls.named_children if c.type == "class_body"), None)
    for member in body.named_children if body is not None else []:
        if member.type in ("public_field_definition", "field_definition"):
            name = member.child_by_field_name("name") or member.child_by_field_name("property")
            if name is None or name.text.decode("utf-8", "replace") != field:
                continue
            value = member.child_by_field_name("value")
            if value is not None and tsr._unwrap(value).type == "new_expression":
                ctor = tsr._unwrap(value).child_by_field_name("constructor")
                return ctor.text.decode("utf-8", "replace") if ctor is not None and ctor.type == "identifier" else None
            return _annotated_class(member.child_by_field_name("type"))
        if member.type == "method_definition" and _declared_name(member) == "constructor":
            params = member.child_by_field_name("parameters")
            for p in params.named_children if params is not None else []:
                target = p.child_by_field_name("pattern")
                has_modifier = any(c.type in ("accessibility_modifier", "readonly") for c in p.children)
                if has_modifier and target is not None and target.text.decode("utf-8", "replace") == field:
                    return _annotated_class(p.child_by_field_name("type"))
    return None


def _annotated_class(annotation: Optional[ts.Node]) -> Optional[str]:
    inner = next((c for c in annotation.named_children if c.type != "comment"), None) if annotation else None
    return inner.text.decode("utf-8", "replace") if inner is not None and inner.type == "type_identifier" else None


class _SiteKeys:
    """A wrapper's parameters as one call site passes them: key sets read on demand."""

    def __init__(self, w: Wrapper, passed: list) -> None:
        self.w, self.passed = w, passed
        self.used: set[str] = set()
        self._known: dict[str, Optional[list[KeySet]]] = {}

    def __contains__(self, name: object) -> bool:
        return name in self.w.params

    def __getitem__(self, name: str) -> Optional[list[KeySet]]:
        if name not in self._known:
            self.used.add(name)
            i = self.w.params.index(name)
            a, ctx = self.passed[i] if i < len(self.passed) else (None, None)
            self._known[name] = [KeySet(())] if a is None or tsr._is_undefined(a) else tsr._resolve_keys(a, ctx)
        return self._known[name]


def _words(names: Iterable[str]) -> "re.Pattern[bytes]":
    return re.compile(rb"(?<![\w$])(?:" + b"|".join(re.escape(n.encode()) for n in sorted(names)) + rb")(?![\w$])")


def tsr_suffixes() -> frozenset[str]:
    from . import CODE_SUFFIXES, COMPONENT_SUFFIXES

    return CODE_SUFFIXES | COMPONENT_SUFFIXES
