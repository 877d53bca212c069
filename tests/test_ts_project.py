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
