"""Silent failures: calls whose failure nobody would notice, and calls that cannot
work for reasons other than key names.

Each rule reads facts the callers gathered (`RpcCall.result_use`, `Key.value`,
`Args.undefined_keys`, `Function.writes`) and the resolver's index; nothing here parses
code or SQL. What the facts leave unknown is silent.
"""

from __future__ import annotations

import json
from typing import Iterable, Optional

from ..model import USE_ERROR_UNREAD, USE_UNSENT, Diagnostic, Key, KeySet, RpcCall
from ..resolve import Candidate, Index, Settings, option_syntax, reserved_on_get
from ..rules import WARNING, make_diagnostic

# supabase-js from 2.90.0 sends `head: true` calls with an object argument as a POST
# (supabase-js 0737918e, "use post with return minimal for rpc head requests with object args")
HEAD_POST_FALLBACK = "2.90.0"


def check(call: RpcCall, index: Index, settings: Settings) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if _chosen_by_name(call, index, settings):
        # only a call to a function the schema has is surely a Supabase builder: other
        # libraries have `.rpc()` methods too, and theirs may be eager or throw
        out.extend(_result_handling(call))
    get, head = call.options.get("get") is True, call.options.get("head") is True
    # how a value is written into a query string is supabase-js's (`${value}`); the other
    # clients encode GET parameters their own way, not judged here
    complex_keys = list(_complex_keys(call)) if (get or head) and call.language == "typescript" else []
    for key, why in complex_keys:
        # supabase-js >= 2.90.0 POSTs a HEAD call whose argument is an object or holds one
        falls_back = head and not get and "[object Object]" in why
        out.append(_complex_argument(call, key, why, falls_back))
    if (get or head) and not (head and not get and any("[object Object]" in why for _, why in complex_keys)):
        out.extend(_read_only_volatile(call, index, settings, "GET" if get else "HEAD"))
    out.extend(_undefined_arguments(call, index, settings))
    return out


# -- unchecked-error / unsent-request ---------------------------------------------------
# how to send it, per client library (the callers' detail says when each one sends)
_SEND_HOW = {
    "python": "call `.execute()` on it (`await ....execute()` for the async client)",
    "dart": "`await` the call (failures throw PostgrestException)",
}


def _result_handling(call: RpcCall) -> list[Diagnostic]:
    what = f"`{call.name}`" if call.name else "this call"
    if call.language in _SEND_HOW:  # these clients raise on failure: only an unsent builder is silent
        if call.result_use != USE_UNSENT:
            return []
        return [
            make_diagnostic(
                "unsent-request",
                f"{what} is never sent: {call.result_use_detail}",
                call.loc,
                function=call.name,
                help=_SEND_HOW[call.language],
            )
        ]
    if call.language != "typescript":
        return []
    if call.result_use == USE_ERROR_UNREAD:
        return [
            make_diagnostic(
                "unchecked-error",
                f"the `error` of {what} is never read ({call.result_use_detail}): supabase-js does not throw, so "
                "if PostgREST refuses the call the failure is dropped silently",
                call.loc,
                function=call.name,
                help="destructure `error` and handle it (`if (error) throw error`), or add `.throwOnError()`",
            )
        ]
    if call.result_use == USE_UNSENT:
        return [
            make_diagnostic(
                "unsent-request",
                f"{what} is never sent: {call.result_use_detail}, and supabase-js makes the request only when the "
                "builder is awaited or `.then`-ed",
                call.loc,
                function=call.name,
                help="`await` the call (and read its `error`), or return it to the caller",
            )
        ]
    return []


# -- get-with-complex-argument -----------------------------------------------------------
def _complex_keys(call: RpcCall) -> Iterable[tuple[Key, str]]:
    """Keys whose value supabase-js cannot write into a query string."""
    if call.args is None or call.args.shapes is None:
        return
    seen: set[tuple[str, int, int]] = set()
    for ks in call.args.shapes:
        for k in ks.keys:
            where = (k.name, k.loc.line, k.loc.column)
            if where in seen or reserved_on_get(k.name):
                continue
            why = _why_complex(k)
            if why:
                seen.add(where)
                yield k, why


def _why_complex(key: Key) -> str:
    v = key.value
    if v.kind == "object":
        return "an object, which becomes the text `[object Object]`"
    if v.kind != "array" or v.json is None:
        return ""
    try:
        items = json.loads(v.json)
    except ValueError:
        return ""
    if any(isinstance(x, dict) for x in items):
        return "an array holding objects, which become the text `[object Object]`"
    if any(isinstance(x, list) for x in items):
        return "an array of arrays, which `join(',')` flattens into one list"
    if any(x is None for x in items):
        return "an array holding null, which `join(',')` writes as an empty element"
    odd = next((x for x in items if isinstance(x, str) and _not_array_safe(x)), None)
    if odd is not None:
        return (
            f"an array holding the string {json.dumps(odd)}, which PostgreSQL's array syntax (`{{a,b}}`, "
            "written unquoted by `join(',')`) reads as something else"
        )
    return ""


def _not_array_safe(s: str) -> bool:
    """A string `{${arr.join(',')}}` does not carry through array_in unchanged: empty,
    with a delimiter, brace, quote or backslash, edge whitespace, or spelled NULL."""
    return not s or s != s.strip() or s.lower() == "null" or any(c in s for c in ',{}"\\')


def _complex_argument(call: RpcCall, key: Key, why: str, falls_back: bool) -> Diagnostic:
    method = "HEAD" if call.options.get("get") is not True else "GET"
    if falls_back:
        return make_diagnostic(
            "get-with-complex-argument",
            f"`{key.name}` is {why} in the query string of a HEAD request with supabase-js before "
            f"{HEAD_POST_FALLBACK} (later versions send the call as a POST instead)",
            key.loc,
            function=call.name,
            parameter=key.name,
            severity=WARNING,
            help="drop `head: true`, or pass the value as JSON text and parse it in the function",
        )
    return make_diagnostic(
        "get-with-complex-argument",
        f"`{key.name}` is {why} in the query string of a {method} request: PostgREST never receives the value "
        "the code holds",
        key.loc,
        function=call.name,
        parameter=key.name,
        help="drop `get: true` (a POST sends the value as JSON), or pass it as JSON text",
    )


# -- read-only-call-to-volatile ----------------------------------------------------------
def _chosen(call: RpcCall, index: Index, settings: Settings) -> Optional[list[Candidate]]:
    """The overload(s) the call reaches, one per known key set; None when it cannot be told."""
    if call.name is None or call.schema_unknown:
        return None
    schema = call.schema if call.schema is not None else settings.default_schema
    cands = index.callable.get((schema, call.name), [])
    if not cands:
        return None
    if len(cands) == 1:
        return cands
    if call.args is not None and call.args.shapes is None:
        return None
    shapes = (call.args.shapes or ()) if call.args is not None else (KeySet(()),)
    chosen = []
    for ks in shapes:
        if ks.open or ks.merged:
            return None
        keys = frozenset(k for k in ks.names if not reserved_on_get(k))
        fits = [c for c in cands if c.accepts(keys)]
        if len(fits) != 1:
            return None
        chosen.append(fits[0])
    return chosen


def _read_only_volatile(call: RpcCall, index: Index, settings: Settings, method: str) -> list[Diagnostic]:
    chosen = _chosen(call, index, settings)
    if not chosen:
        return []
    fn = chosen[0].fn
    if not all(c.fn == fn for c in chosen) or fn.volatility != "volatile" or fn.writes is not True:
        return []
    where = f" ({fn.path}:{fn.line})" if fn.path and fn.line else ""
    return [
        make_diagnostic(
            "read-only-call-to-volatile",
            f"`{fn.qualified}` is VOLATILE and its body writes{where}, but PostgREST runs {method} calls in a "
            'READ ONLY transaction: the call fails with "cannot execute ... in a read-only transaction"',
            call.name_loc,
            function=call.name,
            help=f"drop `{option_syntax(call.language, method.lower())}` so the call is a POST, or move the write out of "
            f"`{fn.name}`",
        )
    ]


# -- undefined-argument -----------------------------------------------------------------
def _undefined_arguments(call: RpcCall, index: Index, settings: Settings) -> list[Diagnostic]:
    if call.args is None or not call.args.undefined_keys:
        return []
    chosen = _chosen_by_name(call, index, settings)
    params = {p.name for c in chosen for p in c.params}
    out = []
    for key in call.args.undefined_keys:
        if key.name not in params:
            continue  # not a parameter: sent or not, it changes nothing PostgREST does
        out.append(
            make_diagnostic(
                "undefined-argument",
                f"`{key.name}` is `undefined`: JSON.stringify drops the key, so PostgREST never receives it"
                f"{_consequence(key.name, chosen, call)}",
                key.loc,
                function=call.name,
                parameter=key.name,
                help=f"pass `null` to send SQL NULL, or leave `{key.name}` out to use its DEFAULT",
            )
        )
    return out


def _chosen_by_name(call: RpcCall, index: Index, settings: Settings) -> list[Candidate]:
    if call.name is None or call.schema_unknown:
        return []
    schema = call.schema if call.schema is not None else settings.default_schema
    return index.callable.get((schema, call.name), [])


def _consequence(name: str, cands: list[Candidate], call: RpcCall) -> str:
    """What PostgREST does with the call once the key is gone."""
    params = [p for c in cands for p in c.params if p.name == name]
    if not cands or not params:
        return ""
    if len(cands) == 1:
        fn = cands[0].fn.qualified
        if params[0].required:
            return f": `{fn}` requires it, so the call fails (PGRST202)"
        return f": `{fn}` uses the DEFAULT of `{name}` instead (not NULL)"
    shapes = call.args.shapes if call.args is not None and call.args.shapes else ()
    if len(shapes) != 1 or shapes[0].open:
        return ""
    keys = frozenset(k for k in shapes[0].names)
    fits = [c for c in cands if c.accepts(keys)]
    if len(fits) == 1:
        return f": PostgREST chooses `{fits[0].describe()}` instead"
    if not fits:
        return ": no overload accepts the keys that are left"
    return ""
