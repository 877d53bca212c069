"""Module resolution for imported names and wrappers: what TypeScript itself would pick.

The fixture cases (ts-imported-consts, ts-wrappers, ts-wrappers-precommit) check the
findings end to end; these pin the resolution rules a fixture would only show as a
missing finding.
"""

from __future__ import annotations

from pathlib import Path

from rpccheck.callers.ts_project import Project, _jsonc


def write(root: Path, rel: str, text: str = "export const X = 'x'\n") -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_jsonc_keeps_comment_markers_inside_strings():
    cfg = _jsonc('{\n  // a comment\n  "a": "http://x/*y*/", /* block */ "b": ["@/*",],\n}')
    assert cfg == {"a": "http://x/*y*/", "b": ["@/*"]}
    assert _jsonc("not json") is None


def test_relative_imports_try_suffixes_js_for_ts_and_index(tmp_path):
    importer = write(tmp_path, "src/app/page.ts")
    write(tmp_path, "src/lib/names.ts")
    write(tmp_path, "src/lib/esm.ts")
    write(tmp_path, "src/lib/folder/index.tsx")
    write(tmp_path, "src/lib/styles.css", "")
    project = Project(tmp_path)
    assert project.resolve(importer, "../lib/names") == tmp_path / "src/lib/names.ts"
    assert project.resolve(importer, "../lib/esm.js") == tmp_path / "src/lib/esm.ts"
    assert project.resolve(importer, "../lib/folder") == tmp_path / "src/lib/folder/index.tsx"
    assert project.resolve(importer, "../lib/styles.css") is None  # not code
    assert project.resolve(importer, "../lib/missing") is None


def test_paths_longest_prefix_wins_and_targets_are_tried_in_order(tmp_path):
    write(
        tmp_path,
        "tsconfig.json",
        """{
      "compilerOptions": {
        "baseUrl": "./src",
        "paths": { "@/*": ["*"], "@/lib/*": ["missing/*", "shared/*"], "exact": ["lib/names.ts"] }
      }
    }""",
    )
    importer = write(tmp_path, "src/app/page.ts")
    write(tmp_path, "src/lib/names.ts")
    write(tmp_path, "src/shared/names.ts")
    project = Project(tmp_path)
    assert project.resolve(importer, "@/lib/names") == tmp_path / "src/shared/names.ts"
    assert project.resolve(importer, "@/app/page") == tmp_path / "src/app/page.ts"
    assert project.resolve(importer, "exact") == tmp_path / "src/lib/names.ts"
    # baseUrl alone resolves bare specifiers; a package does not resolve
    assert project.resolve(importer, "lib/names") == tmp_path / "src/lib/names.ts"
    assert project.resolve(importer, "@supabase/supabase-js") is None


def test_extends_inherits_paths_relative_to_the_config_that_declares_them(tmp_path):
    write(tmp_path, "configs/base.json", '{ "compilerOptions": { "paths": { "~/*": ["../packages/*"] } } }')
    write(tmp_path, "apps/web/tsconfig.json", '{ "extends": "../../configs/base", "compilerOptions": {} }')
    importer = write(tmp_path, "apps/web/src/page.ts")
    write(tmp_path, "packages/rpc/names.ts")
    project = Project(tmp_path)
    assert project.resolve(importer, "~/rpc/names") == tmp_path / "packages/rpc/names.ts"


def test_nearest_tsconfig_decides(tmp_path):
    write(tmp_path, "tsconfig.json", '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }')
    write(tmp_path, "sub/tsconfig.json", '{ "compilerOptions": { "strict": true } }')
    write(tmp_path, "src/names.ts")
    project = Project(tmp_path)
    assert project.resolve(write(tmp_path, "src/a.ts"), "@/names") == tmp_path / "src/names.ts"
    assert project.resolve(write(tmp_path, "sub/a.ts"), "@/names") is None


def test_reexport_cycles_end(tmp_path):
    write(tmp_path, "a.ts", "export * from './b'\n")
    write(tmp_path, "b.ts", "export * from './a'\nexport { X as Y } from './c'\n")
    write(tmp_path, "c.ts")
    project = Project(tmp_path)
    origin = project.export_origin(tmp_path / "a.ts", "Y")
    assert origin is not None and origin[0].path == tmp_path / "c.ts" and origin[1] == "X"
    assert project.export_origin(tmp_path / "a.ts", "nothing") is None


def _aged(root: Path, seconds: int) -> None:
    """Every file last changed `seconds` ago: old enough for the import walk's memo."""
    import os
    import time

    when = time.time() - seconds
    for p in root.rglob("*"):
        if p.is_file():
            os.utime(p, (when, when))


MEMO_SCHEMA = "create function public.get_user(p_id uuid) returns int language sql as $$ select 1 $$;\n"
MEMO_CALLER = """\
import { call } from '../lib/api'
import { LIMIT } from '../lib/names'

export const load = (id: string) => call('get_user', { p_uid: id, n: LIMIT })
"""
MEMO_DB = """\
import { supabase } from './client'

export const query = (fn: string, args?: Record<string, unknown>) => supabase.rpc(fn, args)
"""


def test_a_warm_run_on_a_few_files_follows_imports_from_the_memo_and_sees_an_edit(tmp_path, run_cli, monkeypatch):
    """A run on a few files follows their imports to find wrappers (ts-wrappers-precommit);
    a second run takes what it read of each file from the cache (by stat signature)
    instead of parsing it, and an edited file is read again."""

    write(tmp_path, "schema.sql", MEMO_SCHEMA)
    write(tmp_path, "app/user.ts", MEMO_CALLER)
    write(tmp_path, "lib/names.ts", "export const LIMIT = 3\n")
    write(tmp_path, "lib/db.ts", MEMO_DB)
    write(tmp_path, "lib/api.ts", "export { query as call } from './db'\n")
    _aged(tmp_path, 100)
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    parsed = _parses_counted(monkeypatch)
    args = ["check", "--format", "json", "--schema", "schema.sql", "app/user.ts"]

    def findings() -> list[tuple[str, int, str]]:
        return [(d["rule"], d["line"], d.get("parameter")) for d in run_cli(args, cwd=tmp_path).json()]

    through_wrapper = [
        ("missing-parameter", 4, "p_id"),
        ("unknown-parameter", 4, "p_uid"),
        ("unknown-parameter", 4, "n"),
    ]
    assert findings() == through_wrapper
    assert sorted(parsed) == ["api.ts", "db.ts", "names.ts", "user.ts"]
    assert list((tmp_path / "cache").glob("links-*.json"))
    parsed.clear()
    assert findings() == through_wrapper
    # names.ts is taken from the memo; db.ts holds `rpc` (parsed for its wrapper), and the
    # files that name the wrapper are parsed for its calls, as before
    assert sorted(parsed) == ["api.ts", "db.ts", "user.ts"]
    # `call` is no longer the wrapper: the edited barrel is read again, not taken from the memo
    write(tmp_path, "lib/api.ts", "import { query } from './db'\nexport const call = (fn: string, a?: unknown) => 0\n")
    _aged(tmp_path, 50)
    parsed.clear()
    assert findings() == []
    assert "api.ts" in parsed


def _parses_counted(monkeypatch) -> list[str]:
    """The names of the files the project linker parses from now on, in order."""
    from rpccheck.callers import ts_project

    parsed: list[str] = []
    views = ts_project.Project.views

    def counted(self, path, data=None):
        if self.key(path) not in self._views:
            parsed.append(Path(self.key(path)).name)
        return views(self, path, data)

    monkeypatch.setattr(ts_project.Project, "views", counted)
    return parsed


def test_specifiers_after_from_over_approximate_and_give_up_on_what_bytes_cannot_tell():
    from rpccheck.callers.ts_project import _specifiers

    code = (
        b"import {a} from './a'\nexport * from \"../b\"\nimport x from/*c*/ // d\n '@/c'\n"
        b"const from = 1\nparams.get('from'), $from 'no', fromage('no')\n// data from 'a comment'\n"
    )
    assert _specifiers(code) == ["./a", "../b", "@/c", "a comment"]
    assert _specifiers(b"import a from './\\x61'") is None  # an escape: only a parse tells the value
    assert _specifiers(b"import a from\xc2\xa0'./x'") is None  # a space JavaScript has and this does not skip
    assert _specifiers(b"import a from './x") is None  # not closed on its line


def test_may_define_wrapper_only_rules_out_rpc_calls_named_by_a_string():
    from rpccheck.callers.ts_project import _may_define_wrapper

    assert not _may_define_wrapper(b"s.rpc('a', {})\ns.rpc( /* x */ \"b\")\ns.rpc(`c`)\ngrpc(fn) rpcName(fn)\n")
    for wraps in (b"s.rpc(fn, a)", b"s.rpc.call(t, fn)", b"s['rpc'](fn)", b"s.rpc((fn as string))"):
        assert _may_define_wrapper(wraps)


def test_a_first_run_parses_no_import_when_none_may_define_a_wrapper(tmp_path, run_cli, monkeypatch):
    """The import walk of a run on a few files parses what they import only when a file
    reached may define a wrapper; a barrel re-exporting a component that calls `.rpc('x')`
    does not count, a helper passing its parameter on does."""

    write(tmp_path, "schema.sql", MEMO_SCHEMA)
    write(tmp_path, "app/user.ts", "import { Panel } from '../lib'\nexport const p = Panel\n")
    write(tmp_path, "lib/index.ts", "export * from './panel'\n")
    write(tmp_path, "lib/panel.ts", "export const Panel = (s: any) => s.rpc('get_user', { p_id: 1 })\n")
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    parsed = _parses_counted(monkeypatch)
    args = ["check", "--format", "json", "--schema", "schema.sql", "app/user.ts"]
    assert run_cli(args, cwd=tmp_path).json() == []
    assert parsed == []
    write(tmp_path, "lib/panel.ts", "export const Panel = (s: any, fn: string) => s.rpc(fn, {})\n")
    assert run_cli(args, cwd=tmp_path).json() == []
    assert sorted(parsed) == ["index.ts", "panel.ts", "user.ts"]


def test_the_byte_check_goes_no_farther_than_the_walk(tmp_path):
    """A wrapper behind more re-exports than the walk follows is not found by the walk, and
    the byte check does not go that far either (it would read the whole tree otherwise)."""
    from rpccheck.callers.ts_project import _WALK_REACH, _may_import_wrapper

    n = _WALK_REACH + 5
    write(tmp_path, "app.ts", "import { call } from './r0'\nexport const x = call\n")
    for i in range(n):
        write(tmp_path, f"r{i}.ts", f"export * from './r{i + 1}'\n")
    write(tmp_path, f"r{n}.ts", "export const call = (s: any, fn: string) => s.rpc(fn)\n")
    assert not _may_import_wrapper(Project(tmp_path), [tmp_path / "app.ts"])
    write(tmp_path, "r3.ts", "export * from './r4'\nexport * from '../" + tmp_path.name + f"/r{n}'\n")
    assert _may_import_wrapper(Project(tmp_path), [tmp_path / "app.ts"])
