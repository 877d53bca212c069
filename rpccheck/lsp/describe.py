"""What the editor shows about a call: its resolved signature, where the function is
defined, the names to complete, and the suppression comment to add. All of it read
from the project state's resolver index, which is what `rpccheck check` resolves with."""

from __future__ import annotations

import os
from typing import Optional

from ..engine import ProjectState
from ..model import Diagnostic, Edit, Function, KeySet, Location, RpcCall
from ..resolve import Candidate, why_not_callable


def _schema(state: ProjectState, call: RpcCall) -> str:
    return call.schema if call.schema is not None else state.resolver.settings.default_schema


def candidates(state: ProjectState, call: RpcCall) -> tuple[list[Candidate], Optional[Candidate]]:
    """The overloads PostgREST can call under this name, and the one the call's keys
    choose (None when the keys are unknown, or choose none or several)."""
    cands = state.index.callable.get((_schema(state, call), call.name or ""), [])
    chosen = None
    shapes = call.args.shapes if call.args is not None else (KeySet(()),)
    if shapes is not None and len(shapes) == 1:
        keys = frozenset(k.name for k in shapes[0].keys) if call.args is not None else frozenset()
        matches = [c for c in cands if c.accepts(keys)]
        if len(matches) == 1:
            chosen = matches[0]
        elif not matches and len(cands) == 1:
            chosen = None
    if chosen is None and len(cands) == 1:
        chosen = cands[0]
    return cands, chosen


def _where(state: ProjectState, fn: Function) -> str:
    if fn.source == "platform":
        return "Supabase itself (built into every project)"
    if not fn.path:
        return "the generated types"
    shown = os.path.relpath(os.path.abspath(fn.path), os.path.abspath(state.root)).replace(os.sep, "/")
    if shown.startswith(".."):
        shown = fn.path
    return f"{shown}:{fn.line}" + (" (generated types)" if fn.source == "types" else "")


def _signature_block(c: Candidate) -> str:
    fn = c.fn
    params = []
    for p in c.params:
        text = f"{p.name} {p.type}" if p.name else p.type
        if p.variadic:
            text = "VARIADIC " + text
        if not p.required:
            text += " DEFAULT …"
        params.append(text)
    ret = ("SETOF " if fn.returns_set else "") + fn.returns
    inner = ",\n  ".join(params)
    args = f"(\n  {inner}\n)" if len(params) > 2 else f"({', '.join(params)})"
    return f"```sql\n{fn.qualified}{args} RETURNS {ret} {fn.volatility.upper()}\n```"


def hover_markdown(state: ProjectState, call: RpcCall) -> Optional[str]:
    cands, chosen = candidates(state, call)
    if not cands:
        routines = state.index.routines.get((_schema(state, call), call.name or ""), [])
        if routines:
            fn = routines[0]
            return f"`{fn.qualified}` is defined at {_where(state, fn)}, but PostgREST cannot call it: {why_not_callable(fn)}"
        return None
    out = []
    shown = [chosen] if chosen is not None else cands
    if chosen is not None and len(cands) > 1:
        out.append(f"Overload chosen by the keys (1 of {len(cands)}):")
    elif chosen is None and len(cands) > 1:
        out.append(f"{len(cands)} overloads; the keys choose no single one:")
    for c in shown:
        out.append(_signature_block(c))
        if c.params:
            out.append(
                "\n".join(
                    f"- `{p.name or '(unnamed)'}` {p.type}" + ("" if p.required else " — has a DEFAULT, may be omitted")
                    for p in c.params
                )
            )
        out.append(f"Defined at {_where(state, c.fn)}")
    return "\n\n".join(out)


def definitions(state: ProjectState, call: RpcCall) -> list[Function]:
    cands, chosen = candidates(state, call)
    if chosen is not None:
        return [chosen.fn]
    if cands:
        return [c.fn for c in cands]
    return list(state.index.routines.get((_schema(state, call), call.name or ""), []))


def function_names(state: ProjectState, call: RpcCall) -> list[tuple[str, str]]:
    schema = _schema(state, call)
    out = []
    for name in state.index.callable_in(schema):
        c = state.index.callable[(schema, name)]
        out.append((name, c[0].describe() + (f" (+{len(c) - 1} overloads)" if len(c) > 1 else "")))
    return out


def parameter_names(state: ProjectState, call: RpcCall) -> list[tuple[str, str, bool]]:
    """Parameter names of every overload, those the call does not send yet."""
    cands, chosen = candidates(state, call)
    shapes = call.args.shapes if call.args is not None else None
    sent = frozenset(k.name for ks in shapes for k in ks.keys) if shapes else frozenset()
    seen: dict[str, tuple[str, str, bool]] = {}
    for c in [chosen] if chosen is not None and len(cands) == 1 else cands:
        for p in c.params:
            if p.name and p.name not in sent and p.name not in seen:
                seen[p.name] = (p.name, p.type + ("" if p.required else " (has a DEFAULT)"), p.required)
    return list(seen.values())


def suppression_edit(d: Diagnostic, lines: list[str]) -> Optional[Edit]:
    """An `rpccheck-ignore[rule]` comment at the end of the finding's line, or the rule
    added to the one already there."""
    if not 0 < d.loc.line <= len(lines):
        return None
    text = lines[d.loc.line - 1].rstrip("\r")
    marker = "rpccheck-ignore["
    at = text.find(marker)
    if at >= 0:
        close = text.find("]", at)
        if close < 0:
            return None
        loc = Location(d.loc.path, d.loc.line, close + 1, d.loc.line, close + 1)
        return Edit(loc, f", {d.rule}", "")
    lead = "--" if d.loc.path.lower().endswith(".sql") else "//"
    end = len(text) + 1
    loc = Location(d.loc.path, d.loc.line, end, d.loc.line, end)
    return Edit(loc, f"  {lead} rpccheck-ignore[{d.rule}]", "")
