"""The facts the Python and Dart readers hand on: result use, values as sent, options.

Findings are covered by fixtures/cases/py-* and dart-*; these are the facts rules on
other branches read (`unsent-request` reads USE_UNSENT, value rules read Key.value).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FIXTURES
from rpccheck.callers import dart, python
from rpccheck.model import USE_ESCAPES, USE_THROWS, USE_UNSENT


def py_calls(src: str):
    return python.extract_calls(src.encode(), "x.py")


def dart_calls(src: str):
    return dart.extract_calls(src.encode(), "x.dart")


PY_USES = [
    ('client.rpc("f", {}).execute()', USE_THROWS),
    ('r = client.rpc("f", {}).eq("a", 1).single().execute()', USE_THROWS),
    ('await client.rpc("f", {}).execute()', USE_THROWS),
    ('client.rpc("f", {})', USE_UNSENT),
    ('client.rpc("f", {}).eq("a", 1)', USE_UNSENT),
    ('await client.rpc("f", {})', USE_UNSENT),  # the builders define no __await__
    ('q = client.rpc("f", {})', USE_UNSENT),  # a local never used
    ('q = client.rpc("f", {})\n    q.execute()', USE_ESCAPES),
    ('return client.rpc("f", {})', USE_ESCAPES),
    ('run(client.rpc("f", {}))', USE_ESCAPES),
]


@pytest.mark.parametrize("body,use", PY_USES, ids=[b for b, _ in PY_USES])
def test_python_result_use(body, use):
    (call,) = py_calls(f"async def f(client):\n    {body}\n")
    assert call.result_use == use
    assert call.language == "python"
    if use == USE_UNSENT:
        assert call.result_use_detail


def test_python_module_level_builder_is_not_called_unused():
    """A module-level name may be imported and executed elsewhere."""
    (call,) = py_calls('q = client.rpc("f", {})\n')
    assert call.result_use == USE_ESCAPES


def test_python_values_are_json_dumps():
    (call,) = py_calls(
        'client.rpc("f", {"b": True, "n": None, "t": (1, 2.5), "s": "é\\n", "d": {"k": [1, "a"]}, '
        '"neg": -3, "x": unknown, "c": "a" "b", 1: 2}).execute()\n'
    )
    (ks,) = call.args.shapes
    values = {k.name: (k.value.kind, k.value.json) for k in ks.keys}
    assert values == {
        "b": ("boolean", "true"),
        "n": ("null", "null"),
        "t": ("array", "[1,2.5]"),
        "s": ("string", '"é\\n"'),
        "d": ("object", '{"k":[1,"a"]}'),
        "neg": ("number", "-3"),
        "x": ("unknown", None),
        "c": ("string", '"ab"'),
        "1": ("number", "2"),
    }


def test_python_options_and_params_keyword():
    calls = py_calls(
        'client.rpc("f", {"a": 1}, count=CountMethod.exact, head=True).execute()\n'
        'client.rpc("f", params={"a": 1}, get=True, count="planned").execute()\n'
        'client.rpc("f", {"a": 1}, "exact", False, True).execute()\n'
        'client.rpc(fn="f").execute()\n'
    )
    assert [c.options for c in calls] == [
        {"count": "exact", "head": True},
        {"count": "planned", "get": True},
        {"count": "exact", "head": False, "get": True},
        {},
    ]
    assert [c.name for c in calls] == ["f"] * 4
    assert [k.name for k in calls[1].args.shapes[0].keys] == ["a"]
    assert calls[3].args is None


def test_python_strings_and_docstrings_are_not_calls():
    src = '"""client.rpc("a", {})"""\ns = "client.rpc(\'b\')"\n# client.rpc("c")\nm.rpc.return_value = 1\n'
    assert py_calls(src) == []


DART_USES = [
    ("await supabase.rpc('f');", USE_THROWS),
    ("final r = await supabase.rpc('f').select().single();", USE_THROWS),
    ("supabase.rpc('f').then((v) => print(v));", USE_THROWS),
    ("supabase.rpc('f');", USE_UNSENT),
    ("supabase.rpc('f').select();", USE_UNSENT),
    ("unawaited(supabase.rpc('f'));", USE_UNSENT),  # dart:async's unawaited() does nothing
    ("final q = supabase.rpc('f');", USE_UNSENT),
    ("final q = supabase.rpc('f'); await q;", USE_ESCAPES),
    ("return supabase.rpc('f');", USE_ESCAPES),
    ("run(supabase.rpc('f'));", USE_ESCAPES),
    # a cascade's value is its receiver: the builder is dropped unless the section sends it
    ("supabase..rpc('f');", USE_UNSENT),
    ("await (supabase..rpc('f'));", USE_UNSENT),
    ("final c = Supabase.instance.client..rpc('f');", USE_UNSENT),
    ("supabase..rpc('f').select().then((v) {});", USE_THROWS),
    ("supabase?..rpc<int>('f').catchError((e) => 0);", USE_THROWS),
]


@pytest.mark.parametrize("body,use", DART_USES, ids=[b for b, _ in DART_USES])
def test_dart_result_use(body, use):
    (call,) = dart_calls(f"Future<void> f() async {{ {body} }}\n")
    assert call.result_use == use
    assert call.language == "dart"


def test_dart_values_are_json_encode():
    (call,) = dart_calls(
        "Future<void> f(int x) async { await supabase.rpc('f', params: {'d': 1.0, 'e': 1e21, 'i': -2, "
        "'s': 'a\\n\\$b', 'r': r'a\\n', 'n': null, 'l': [1, 'a', true], 'm': {'k': 0.5}, 'x': x, "
        "'t': 'ab' 'cd'}); }\n"
    )
    (ks,) = call.args.shapes
    values = {k.name: (k.value.kind, k.value.json) for k in ks.keys}
    assert values == {
        "d": ("number", "1.0"),
        "e": ("number", "1e+21"),
        "i": ("number", "-2"),
        "s": ("string", '"a\\n$b"'),
        "r": ("string", '"a\\\\n"'),
        "n": ("null", "null"),
        "l": ("array", '[1,"a",true]'),
        "m": ("object", '{"k":0.5}'),
        "x": ("unknown", None),
        "t": ("string", '"abcd"'),
    }


def test_dart_options():
    calls = dart_calls(
        "Future<void> f() async {\n"
        "  await supabase.rpc('f', params: {}, get: true);\n"
        "  await supabase.rpc('f').count(CountOption.planned);\n"
        "  await supabase.rpc('f').count().head();\n"
        "}\n"
    )
    assert [c.options for c in calls] == [{"get": True}, {"count": "planned"}, {"count": "exact", "head": True}]


def test_dart_grammar_parses_the_flutter_fixture_without_errors():
    """The grammar was chosen for parsing modern Flutter code; keep it that way."""
    data = (FIXTURES / "cases" / "dart-calls" / "lib" / "profile_page.dart").read_bytes()
    assert not dart.parser().parse(data).root_node.has_error


def test_python_and_dart_files_are_read_by_suffix(tmp_path: Path):
    from rpccheck.callers import read_calls

    (tmp_path / "a.py").write_text('client.rpc("f", {"a": 1}).execute()\n')
    (tmp_path / "b.dart").write_text("Future<void> f() async { await supabase.rpc('f'); }\n")
    (tmp_path / "c.py").write_text("print('no calls here')\n")
    assert [c.language for c in read_calls(tmp_path / "a.py").calls] == ["python"]
    assert [c.language for c in read_calls(tmp_path / "b.dart").calls] == ["dart"]
    assert read_calls(tmp_path / "c.py").calls == []


def test_python_own_rpc_wrapper_is_not_a_supabase_call():
    """A class of the file defines `rpc` with arguments of its own: `self.rpc` calls it."""
    calls = py_calls(
        "class Db:\n"
        "    def rpc(self, fn, tenant, params=None):\n"
        "        return self.client.rpc(fn, {**(params or {}), 'tenant': tenant}).execute()\n"
        "    def users(self):\n"
        "        return self.rpc('list_users', 't1')\n"
    )
    wrapper, own = sorted(calls, key=lambda c: c.loc.line)
    assert wrapper.name is None and "is a parameter without a string default" in wrapper.why_unresolved
    assert own.name is None and "own method (line 2)" in own.why_unresolved


def test_python_names_from_class_constants_and_enum_values():
    calls = py_calls(
        "from enum import Enum\n"
        "class Rpc:\n    GET_USER = 'get_user'\n"
        "class Fn(str, Enum):\n    LIST = 'list_users'\n"
        "class Sub(Rpc):\n    GET_USER = 'other'\n"
        "client.rpc(Rpc.GET_USER).execute()\n"
        "client.rpc(Fn.LIST.value).execute()\n"
        "client.rpc(Fn.LIST).execute()\n"
        "client.rpc(Sub.GET_USER).execute()\n"
    )
    assert [c.name for c in calls] == ["get_user", "list_users", None, None]


GENERIC = [
    ("final d = await c.rpc<num>('f');", USE_THROWS),
    ("final d = await c.rpc<Map<String, dynamic>>('f');", USE_THROWS),
    ("await c.rpc<void>('f').select();", USE_THROWS),
    ("c.rpc<num>('f');", USE_UNSENT),
    ("return c.rpc<num>('f');", USE_ESCAPES),
]


@pytest.mark.parametrize("body,use", GENERIC, ids=[b for b, _ in GENERIC])
def test_dart_generic_call_with_one_argument(body, use):
    """The grammar reads `c.rpc<T>('f')` as `(c.rpc < T) > ('f')`; it is the generic call."""
    (call,) = dart_calls(f"Future<void> f() async {{ {body} }}\n")
    assert call.name == "f" and call.result_use == use
    assert call.name_loc.column == body.index("'f'") + len("Future<void> f() async { ") + 1


@pytest.mark.parametrize(
    "src",
    [
        "a = b =\nclient.rpc('f', a).execute()\n",
        "a = b = {'k': 1}\nclient.rpc('f', a).execute()\n",
        "client.rpc(\n",
        "client.rpc('f', {**})\n",
        "def f(:\n    client.rpc(x=).execute()\n",
    ],
)
def test_python_broken_code_is_read_without_error(src):
    """An editor's half-typed file: no exception, no hang (a chained assignment with no
    right-hand side once looped forever)."""
    for call in py_calls(src):
        assert call.language == "python"
        if src.startswith("a = b"):  # two names for one dict: either may change it
            assert call.args is not None and call.args.shapes is None


@pytest.mark.parametrize(
    "src",
    [
        "void f() { supabase.rpc(\n",
        "void f() { supabase.rpc<\n",
        "void f() { supabase.rpc('f', params: {...}); }\n",
        "void f() { supabase.rpc('f', params: {if (x) }); }\n",
        "void f() { final x = ; supabase.rpc('f', params: x); }\n",
    ],
)
def test_dart_broken_code_is_read_without_error(src):
    for call in dart_calls(src):
        assert call.language == "dart"


def test_dart_own_rpc_method_is_not_a_supabase_call():
    calls = dart_calls(
        "class Api {\n"
        "  Future<dynamic> rpc(String fn, String tenant) => supabase.rpc(fn, params: {'tenant': tenant});\n"
        "  Future<void> users() async { await this.rpc('list_users', 't1'); }\n"
        "}\n"
    )
    wrapper, own = sorted(calls, key=lambda c: c.loc.line)
    assert wrapper.name is None and "is a parameter" in wrapper.why_unresolved
    assert own.name is None and "own method (line 2)" in own.why_unresolved


def test_dart_loop_catch_and_pattern_variables_shadow_constants():
    calls = dart_calls(
        "const kFn = 'get_user';\nconst body = {'a': 1};\n"
        "void f(List xs, Object o) async {\n"
        "  for (final x in xs) { await supabase.rpc(kFn, params: body); }\n"
        "  for (final kFn in xs) { await supabase.rpc(kFn); }\n"
        "  try {} on E catch (body) { await supabase.rpc(kFn, params: body); }\n"
        "  switch (o) { case String kFn: await supabase.rpc(kFn); }\n"
        "  if (o case {'k': final body}) { await supabase.rpc(kFn, params: body); }\n"
        "}\n"
    )
    got = [(c.name, None if c.args is None else c.args.shapes is not None) for c in calls]
    assert got == [("get_user", True), (None, None), ("get_user", False), (None, None), ("get_user", False)]


def test_other_rpc_clients_are_not_read_as_supabase_calls():
    """A JSON-RPC style `rpc(method, [args])` is not supabase-py's or supabase-dart's."""
    (py,) = py_calls('node.rpc("getblock", ["0000abc", 2])\n')
    assert py.name is None and "not a Supabase client call" in py.why_unresolved
    (dt,) = dart_calls("void f() { peer.rpc('getblock', ['abc', 2]); }\n")
    assert dt.name is None and "not a Supabase client call" in dt.why_unresolved


# -- what findings say, in each client's own syntax -----------------------------------------

CASES = FIXTURES / "cases"
OPTION_SYNTAX = [("py-options", "get=True", "head=True"), ("dart-options", "get: true", ".head()")]


@pytest.mark.parametrize("case,get,head", OPTION_SYNTAX, ids=[c for c, _, _ in OPTION_SYNTAX])
def test_option_advice_is_written_in_the_callers_syntax(run_cli, case, get, head):
    """Messages that tell the user to drop or add an option name it as the call's client
    library spells it, never supabase-js's options object."""
    found = run_cli(["check", "--format", "json", "--schema", "schema.sql", "."], cwd=CASES / case).json()
    reserved = next(d for d in found if d["rule"] == "missing-parameter" and d["parameter"] == "order")
    assert f"on GET (`{get}`)" in reserved["message"] and f"drop `{get}`" in reserved["help"]
    volatile = sorted(d["help"] for d in found if d["rule"] == "read-only-call-to-volatile")
    assert volatile == sorted(
        f"drop `{o}` so the call is a POST, or move the write out of `bump_views`" for o in (get, head)
    )
    options_as_keys = [d for d in found if d["rule"] == "unknown-parameter" and d["parameter"] in ("count", "get")]
    assert len(options_as_keys) == 2
    for d in options_as_keys:
        assert "is an option of `.rpc()`" in d["message"]
        assert ("keyword argument" if case.startswith("py") else "params: …") in d["message"]
    said = " ".join(d["message"] + " " + (d["help"] or "") for d in found)
    assert "{ get" not in said and "{ head" not in said and "args, {" not in said
    if case.startswith("py"):
        assert "get: true" not in said and "head: true" not in said


def test_add_parameters_fix_is_written_in_the_callers_syntax(tmp_path: Path):
    """The editor's "add missing parameters" edit: `"p": ...` in a Python dict (json.dumps
    refuses Ellipsis, so nothing is sent until it is filled in); none in Dart, which has no
    such placeholder; TypeScript's `p: undefined` only in TypeScript."""
    from rpccheck import engine

    (tmp_path / "s.sql").write_text(
        "CREATE FUNCTION public.f(p_a int, p_b int) RETURNS int LANGUAGE sql AS $$ select 1 $$;\n"
    )
    (tmp_path / "a.py").write_text('client.rpc("f", {"p_a": 1}).execute()\nclient.rpc("f", {}).execute()\n')
    (tmp_path / "b.dart").write_text("Future<void> g() async { await supabase.rpc('f', params: {'p_a': 1}); }\n")
    (tmp_path / "c.ts").write_text("await supabase.rpc('f', { p_a: 1 })\n")
    res = engine.check([tmp_path], [tmp_path / "s.sql"])
    fixes = {(Path(d.loc.path).name, d.loc.line): d.fix for d in res.diagnostics if d.rule == "missing-parameter"}
    py_edit = fixes[("a.py", 1)].edits[0]
    assert (py_edit.new_text, py_edit.expect) == ('{ "p_b": ...,', "{")
    assert fixes[("a.py", 2)].edits[0].new_text == '{ "p_a": ..., "p_b": ... '
    assert fixes[("b.dart", 1)] is None
    assert fixes[("c.ts", 1)].edits[0].new_text == "{ p_b: undefined,"


@pytest.mark.parametrize("case", ["py-unresolved", "dart-unresolved"])
def test_unresolved_python_and_dart_calls_are_counted_as_not_checkable(run_cli, case):
    """The summary's "not checkable" count holds every Python and Dart call reported as
    unresolved-*, by reason, as for TypeScript."""
    found = run_cli(["check", "--format", "json", "--schema", "schema.sql", "."], cwd=CASES / case).json()
    unresolved = [d for d in found if d["rule"].startswith("unresolved-")]
    text = run_cli(["check", "--schema", "schema.sql", "."], cwd=CASES / case).out
    line = next(ln for ln in text.splitlines() if ln.startswith("Scanned "))
    calls = len(unresolved) + 1  # and the one call that is checked
    assert line.startswith(f"Scanned 1 file: {calls} .rpc() calls found, 1 checked, {len(unresolved)} not checkable (")
    by_reason = {"unresolved-arguments": "arguments not known statically"}
    args = sum(1 for d in unresolved if d["rule"] == "unresolved-arguments")
    assert f"{args} {by_reason['unresolved-arguments']}" in line
    assert "1 schema not known statically" in line


def test_dart_cascade_calls_are_read_like_member_calls():
    calls = dart_calls(
        "Future<void> f() async {\n"
        "  supabase.schema('audit')..rpc('a', params: {'k': 1}, get: true).count()..rpc<int>('b');\n"
        "  paint..color = red..rpc = null;\n"
        "  final t = supabase..rpc;\n"
        "}\n"
    )
    assert [(c.name, c.schema, c.loc.line, c.loc.column) for c in calls] == [
        ("a", "audit", 2, 29),
        ("b", "audit", 2, 76),
    ]
    first = calls[0]
    assert first.options == {"get": True, "count": "exact"}
    assert [[k.name for k in ks.keys] for ks in first.args.shapes] == [["k"]]


_OLD_OPTIONS_SCHEMA = re.compile(
    rb"""\b(?:(?:Sync|Async)?ClientOptions\s*\([^()]*?\bschema\s*=|PostgrestClientOptions\s*\([^()]*?\bschema\s*:)"""
    rb"""\s*['"]([A-Za-z_][\w$]*)['"]""",
    re.DOTALL,
)


def test_client_options_schemas_are_found_as_the_first_regex_found_them():
    """The ClientOptions scan starts from the literal (a fast search) and checks the class
    name's prefix after; it finds exactly what the pattern starting with `\\b(?:...)` found."""
    import random

    from rpccheck.callers import _options_schemas

    parts = [
        b"ClientOptions(",
        b"SyncClientOptions(",
        b"AsyncClientOptions(",
        b"PostgrestClientOptions(",
        b"FooClientOptions(",
        b"_ClientOptions(",
        b"ClientOptions (",
        b"schema=",
        b"schema =",
        b"schema:",
        b"xschema=",
        b"'a'",
        b'"b"',
        b"(",
        b")",
        b",",
        b" ",
        b"\n",
        b"x=1",
        b"Sync",
        b"Postgrest",
    ]
    rng = random.Random(7)
    for _ in range(5000):
        data = b"".join(rng.choice(parts) for _ in range(rng.randint(0, 25)))
        expected = [
            (m.group(1).decode(), data.count(b"\n", 0, m.start()) + 1) for m in _OLD_OPTIONS_SCHEMA.finditer(data)
        ]
        assert _options_schemas(data) == expected, data


def test_python_and_dart_files_without_the_call_shape_are_not_decoded(tmp_path: Path):
    """`rpc` without `.rpc(` (mocks, imports, package names) is not decoded or parsed: the
    file gives no calls and no source-error, as a file without `rpc` does."""
    from rpccheck.callers import read_calls

    (tmp_path / "m.py").write_bytes(b"mock.rpc.return_value = 1\n\xff\xfe bad utf-8\n")
    (tmp_path / "p.dart").write_bytes(b"import 'package:rpc_app/x.dart';\n\xff bad\n")
    (tmp_path / "c.py").write_bytes(b"client.rpc('f', {}).execute()\n\xff bad\n")
    assert read_calls(tmp_path / "m.py").diagnostics == [] and read_calls(tmp_path / "m.py").calls == []
    assert read_calls(tmp_path / "p.dart").diagnostics == []
    scan = read_calls(tmp_path / "c.py")
    assert [c.name for c in scan.calls] == ["f"] and [d.rule for d in scan.diagnostics] == ["source-error"]


PY_FIXTURES = sorted(CASES.glob("py-*/**/*.py"))
DART_FIXTURES = sorted(CASES.glob("dart-*/**/*.dart"))


@pytest.mark.parametrize("path", PY_FIXTURES, ids=[str(p.relative_to(CASES)) for p in PY_FIXTURES])
def test_python_fixtures_are_valid_python(path: Path):
    """The py-* cases are code CPython accepts (so a case tests real shapes), and the
    grammar reads them without an error node."""
    import ast

    data = path.read_bytes()
    ast.parse(data)
    assert not python.parser().parse(data).root_node.has_error


@pytest.mark.parametrize("path", DART_FIXTURES, ids=[str(p.relative_to(CASES)) for p in DART_FIXTURES])
def test_dart_fixtures_parse_without_errors(path: Path):
    assert not dart.parser().parse(path.read_bytes()).root_node.has_error


def test_a_suppression_in_a_python_file_without_calls_is_reported_unused(tmp_path: Path, run_cli):
    (tmp_path / "s.sql").write_text("CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ select 1 $$;\n")
    (tmp_path / "m.py").write_text("x = 1  # rpccheck-ignore[unknown-function]\n")
    found = run_cli(["check", "--format", "json", "--schema", "s.sql", "m.py"], cwd=tmp_path).json()
    assert [(d["rule"], d["line"]) for d in found] == [("unused-suppression", 1)]


def test_past_the_lookup_budget_python_and_dart_names_are_unknown_not_unbound(monkeypatch):
    """A file whose name lookups ran out of budget (thousands of nested scopes) answers
    "unknown" for every name: not "bound nowhere in this file", which would take `dict`
    for the builtin or a name for the class it shadows."""
    from rpccheck.callers import _tree

    py = 'FN = "f"\nP = {"a": 1}\nclient.rpc(FN, P).execute()\nclient.rpc("g", dict(b=2)).execute()\n'
    dt = (
        "class Names { static const fn = 'h'; }\n"
        "void main() { const p = {'a': 1}; supabase.rpc(Names.fn, params: p); }\n"
    )
    normal_py, normal_dart = py_calls(py), dart_calls(dt)
    assert [c.name for c in normal_py] == ["f", "g"] and all(c.args.shapes for c in normal_py)
    assert [c.name for c in normal_dart] == ["h"] and normal_dart[0].args.shapes
    monkeypatch.setattr(_tree, "LOOKUP_STEPS", -(10**9))
    spent_py, spent_dart = py_calls(py), dart_calls(dt)
    assert spent_py[0].name is None and "was not followed" in spent_py[0].why_unresolved
    assert spent_py[1].name == "g" and spent_py[1].args.shapes is None  # `dict` may be shadowed
    assert spent_dart[0].name is None  # `Names` may be a local, not the class
    assert spent_dart[0].args.shapes is None
