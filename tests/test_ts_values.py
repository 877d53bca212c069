"""Key values read from TypeScript, against JavaScript's own JSON.stringify.

Each case is an argument value (with `const` declarations before the call when it
needs them); the JSON text rpccheck says the client sends must be exactly what Node's
`JSON.stringify` writes for the same expression, and a value rpccheck calls unknown must
be one that is not a literal. Node is the oracle: no table of expected strings to get
wrong by hand.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from rpccheck.callers.ts_values import js_json_string
from rpccheck.callers.typescript import extract_calls

# (declarations, expression) whose JSON text is known statically
KNOWN = [
    ("", "'four'"),
    ("", '"with \\"quotes\\" and \\\\ backslash"'),
    ("", "`template`"),
    ("", "'tab\\tnew\\nline\\r\\b\\f\\v\\0'"),
    ("", "'\\x41\\u0042\\u{1F600}'"),
    ("", "'\\ud83d\\ude00'"),
    ("", "'\\ud83d alone'"),
    ("", "'caf\u00e9 \u6f22\u5b57 \U0001f600'"),
    ("", "'\\u2028\\u2029'"),
    ("", "'\\x01\\x1f\\x7f'"),
    ("", "1"),
    ("", "1.0"),
    ("", "1e3"),
    ("", "1E-7"),
    ("", "0x10"),
    ("", "0o17"),
    ("", "0b101"),
    ("", "1_000_000"),
    # array-index keys come first, ascending; a key of digits past 2**32 - 2 is no index,
    # nor one longer than Python reads as an int (a fuzzed key of 20,000 digits ended the run)
    ("", "{ b: 1, '4294967295': 2, '4294967294': 3, '10': 4, '" + "1" * 5000 + "': 5, '2': 6 }"),
    ("", "-5"),
    ("", "+5"),
    ("", "-0"),
    ("", "0.1"),
    ("", "123456789012345678901234"),
    ("", "1e21"),
    ("", "1e-6"),
    ("", "1.5e-7"),
    ("", "0.000001"),
    ("", "-1.25"),
    ("", "5e-324"),
    ("", "1.7976931348623157e308"),
    ("", "2e308"),
    ("", "-2e308"),
    ("", "NaN"),
    ("", "Infinity"),
    ("", "-Infinity"),
    ("", ".5"),
    ("", "5."),
    ("", "4.35"),
    ("", "0.30000000000000004"),
    ("", "-(-3)"),
    ("", "true"),
    ("", "false"),
    ("", "null"),
    ("", "[]"),
    ("", "[1, 'a', true, null]"),
    ("", "[1, , 3]"),
    ("", "[undefined, () => 1]"),
    ("", "[[1, 2], [3]]"),
    ("", "{}"),
    ("", "{ a: 1, b: 'x' }"),
    ("", "{ b: 1, a: 2, 2: 'x', 1: 'y' }"),
    ("", "{ a: undefined, b: 1 }"),
    ("", "{ a: 1, b: 2, a: undefined, a: 3 }"),
    ("", "{ f() { return 1 }, g: 2 }"),
    ("", "{ 'quoted key': 1, \"x\\ny\": 2 }"),
    ("", "{ ['comp' + '']: 1 }".replace(" + ''", "")),
    ("", "{ nested: { deep: [ { x: null } ] } }"),
    ("", "{ 1.5: 'a', 10: 'b', 0x2: 'c' }"),
    ("", "{ ...{ a: 1, b: 2 }, b: 3 }"),
    ("", "{ ...undefined, ...null, a: 1 }"),
    ("", "[...[1, 2], 3]"),
    ("", "{ a: void 0 }"),
    ("", "{ '4294967295': 'big', '4294967294': 'idx', '01': 'no' }"),
    ("const N = 4\n", "N"),
    ("const S = 'x' as const\n", "S"),
    ("const O = { a: 1 } as const\n", "O"),
    ("const O = { a: [1, 2] } satisfies Record<string, number[]>\n", "O"),
    ("const A = [1, 2]\nconst B = [...A, 3]\n", "B"),
    ("const O = { a: 1 }\n", "{ ...O, b: 2 }"),
    ("const x = 7\n", "{ x }"),
    ("const N = 2\n", "-N"),
    ("const T = `t`\n", "[T, T]"),
    ("", "(('paren'))"),
    ("", "<const>'cast'"[7:]),
]

# expressions whose value is not known statically: rpccheck must say unknown
UNKNOWN = [
    ("", "`a${1}b`"),
    ("", "String(1)"),
    ("", "new Date()"),
    ("", "1n"),
    ("", "someVar"),
    ("let n = 1\n", "n"),
    ("const o = { a: 1 }\no.a = 2\n", "o"),
    ("", "[1, f()]"),
    ("", "{ a: f() }"),
    ("", "{ ...rest }"),
    ("", "{ get a() { return 1 } }"),
    ("", "{ [key]: 1 }"),
    ("", "x ?? 1"),
    ("", "-'5'"),
]


def _values(cases) -> list:
    lines = ["declare const supabase: any, someVar: any, rest: any, key: any", "declare function f(): any"]
    wrap = []
    for i, (decl, expr) in enumerate(cases):
        body = f"function case{i}() {{\n{decl}supabase.rpc('fn', {{ k: {expr} }})\n}}"
        wrap.append(body)
    src = "\n".join(lines + wrap).encode()
    calls = extract_calls(src, "values.ts")
    assert len(calls) == len(cases)
    return [c.args.shapes[0].keys[0].value if c.args.shapes[0].keys else None for c in calls]


def _node_stringify(cases) -> list[str | None]:
    parts = []
    for decl, expr in cases:
        js_decl = decl.replace(" as const", "").split(" satisfies ")[0]
        parts.append(
            f"(() => {{ {js_decl}; const v = ({expr}); const s = JSON.stringify(v); return s === undefined ? null : s }})()"
        )
    script = "console.log(JSON.stringify([" + ",\n".join(parts) + "]))"
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


node = pytest.mark.skipif(shutil.which("node") is None, reason="node is the oracle for JSON.stringify")


@node
def test_known_values_match_json_stringify():
    got = _values(KNOWN)
    want = _node_stringify(KNOWN)
    mismatches = [
        (expr, v.json if v else None, w) for (_, expr), v, w in zip(KNOWN, got, want) if v is None or v.json != w
    ]
    assert not mismatches


def test_unknown_values_stay_unknown():
    got = _values(UNKNOWN)
    assert [(expr, v.json) for (_, expr), v in zip(UNKNOWN, got) if v is not None and v.json is not None] == []


def test_kinds_and_undefined():
    src = b"""declare const supabase: any
const FLAGS = ['a'] as const
supabase.rpc('fn', { s: 'x', n: -1.0, b: true, z: null, a: FLAGS, o: { k: 1 }, u: undefined, v: void 0, p: param })
"""
    call = extract_calls(src, "k.ts")[0]
    kinds = {k.name: (k.value.kind, k.value.json, k.value.undefined) for k in call.args.shapes[0].keys}
    assert kinds == {
        "s": ("string", '"x"', False),
        "n": ("number", "-1", False),
        "b": ("boolean", "true", False),
        "z": ("null", "null", False),
        "a": ("array", '["a"]', False),
        "o": ("object", '{"k":1}', False),
        "p": ("unknown", None, False),
    }  # u and v are not sent at all (JSON.stringify drops them), so they are not keys


def test_lone_surrogates_are_escaped_like_javascript():
    assert js_json_string("\ud83d") == '"\\ud83d"'
    assert js_json_string("\ud83d\ude00") == '"\U0001f600"'
