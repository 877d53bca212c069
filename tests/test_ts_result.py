"""How the response of a TypeScript call is used (`RpcCall.result_use`), shape by shape.

The fixture cases show the rules; this table pins the fact itself for the shapes the
grammar parses in surprising ways (`await a.rpc<T>()` puts the await inside the callee,
`await a.rpc().returns<T>()` around a member) and for every USE_* value, including
`unknown`, which no rule may turn into a finding.
"""

from __future__ import annotations

import pytest

from rpccheck.callers.typescript import extract_calls
from rpccheck.model import USE_ERROR_READ, USE_ERROR_UNREAD, USE_ESCAPES, USE_THROWS, USE_UNKNOWN, USE_UNSENT

SHAPES = [
    ("await sb.rpc('f')", USE_ERROR_UNREAD),
    ("await sb.rpc<number>('f')", USE_ERROR_UNREAD),
    ("await sb.rpc<T>('f').single()", USE_ERROR_UNREAD),
    ("await sb.rpc('f').returns<T>()", USE_ERROR_UNREAD),
    ("await sb?.rpc('f').abortSignal(s)", USE_ERROR_UNREAD),
    ("await (sb.rpc('f') as any)", USE_ERROR_UNREAD),
    ("void (await sb.rpc('f'))", USE_ERROR_UNREAD),
    ("const { data } = await sb.rpc('f')", USE_ERROR_UNREAD),
    ("const { data, count } = await sb.rpc('f', {}, { count: 'exact' })", USE_ERROR_UNREAD),
    ("const { data, error } = await sb.rpc('f')", USE_ERROR_UNREAD),
    ("const { data, error } = await sb.rpc('f'); if (error) throw error", USE_ERROR_READ),
    ("const { error: e } = await sb.rpc('f'); log(e)", USE_ERROR_READ),
    ("const { error: e } = await sb.rpc('f'); log({ error: 1 })", USE_ERROR_UNREAD),
    ("const { error = null } = await sb.rpc('f'); return error", USE_ERROR_READ),
    ("const { error: { message } } = await sb.rpc('f')", USE_ERROR_READ),
    ("const { data, ...rest } = await sb.rpc('f')", USE_ESCAPES),
    ("const [a] = await sb.rpc('f')", USE_UNKNOWN),
    ("const r = await sb.rpc('f')", USE_ERROR_UNREAD),
    ("const r = await sb.rpc('f'); use(r.data)", USE_ERROR_UNREAD),
    ("const r = await sb.rpc('f'); use(r?.error)", USE_ERROR_READ),
    ("const r = await sb.rpc('f'); return r", USE_ESCAPES),
    ("const r = await sb.rpc('f'); use(`${r.status}`)", USE_ESCAPES),
    ("export const r = await sb.rpc('f')", USE_ESCAPES),
    ("const n = (await sb.rpc('f')).data", USE_ERROR_UNREAD),
    ("const n = (await sb.rpc('f')).error", USE_ERROR_READ),
    ("const n = (await sb.rpc('f')).status", USE_UNKNOWN),
    ("x = await sb.rpc('f')", USE_ESCAPES),
    ("return await sb.rpc('f')", USE_ESCAPES),
    ("use(await sb.rpc('f'))", USE_ESCAPES),
    ("await sb.rpc('f').throwOnError()", USE_THROWS),
    ("const { data } = await sb.rpc('f').single().throwOnError()", USE_THROWS),
    ("sb.rpc('f').then(({ data }) => data)", USE_ERROR_UNREAD),
    ("sb.rpc('f').then(() => done())", USE_ERROR_UNREAD),
    ("sb.rpc('f').then(function (res) { return res.data })", USE_ERROR_UNREAD),
    ("sb.rpc('f').then(({ error }) => { if (error) alert(error) })", USE_ERROR_READ),
    ("sb.rpc('f').then((res) => res)", USE_ESCAPES),
    ("sb.rpc('f').then(onDone)", USE_UNKNOWN),
    ("sb.rpc('f').then(({ data }) => data).catch(report)", USE_UNKNOWN),
    ("sb.rpc('f').then(({ data }) => data, report)", USE_UNKNOWN),
    ("sb.rpc('f')", USE_UNSENT),
    ("sb.rpc('f').eq('a', 1).limit(2)", USE_UNSENT),
    ("void sb.rpc('f')", USE_UNSENT),
    ("sb.rpc('f') satisfies unknown", USE_UNSENT),
    ("return sb.rpc('f')", USE_ESCAPES),
    ("const run = () => sb.rpc('f')", USE_ESCAPES),
    ("list.push(sb.rpc('f'))", USE_ESCAPES),
    ("const all = [sb.rpc('f')]", USE_ESCAPES),
    ("const o = { q: sb.rpc('f') }", USE_ESCAPES),
    ("this.pending = sb.rpc('f')", USE_ESCAPES),
    ("const q = sb.rpc('f')", USE_UNKNOWN),
    ("sb.rpc('f').data", USE_UNKNOWN),
    ("cond && sb.rpc('f')", USE_UNKNOWN),
    ("client.rpc('method', [1, 2])", USE_UNKNOWN),  # an array of arguments: not supabase-js
]


@pytest.mark.parametrize("code,use", SHAPES, ids=[s for s, _ in SHAPES])
def test_result_use(code, use):
    src = f"async function f(sb: any, s: any) {{\n  {code}\n}}\n".encode()
    calls = extract_calls(src, "shape.ts")
    assert len(calls) == 1
    assert calls[0].result_use == use, calls[0].result_use_detail


def test_component_top_level_is_not_judged():
    src = b"const { data, error } = await supabase.rpc('f')\n"
    assert extract_calls(src, "Page.svelte")[0].result_use == USE_UNKNOWN
    assert extract_calls(src, "page.ts")[0].result_use == USE_ERROR_UNREAD


def test_deep_nesting_is_linear_enough_to_finish():
    depth = 3000
    src = ("async function f() { await " + "(" * depth + "sb.rpc('f')" + ")" * depth + " }").encode()
    assert extract_calls(src, "deep.ts")[0].result_use == USE_ERROR_UNREAD
