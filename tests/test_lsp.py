"""`rpccheck server` driven end to end over stdio by a real LSP client (pytest-lsp).

Each test starts the server as a subprocess, opens files of a small Supabase project
written to a temp dir, and waits for what an editor would see.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient

SQL = """\
create function consume_credits(p_provider text, p_credits integer, p_cost numeric default 0)
returns void language sql as $$ select $$;

create function get_user(p_user_id uuid) returns void language sql as $$ select $$;
"""

SQL_REPLACED = """\
create or replace function get_user(p_user_id uuid) returns void language sql as $$ select 1 $$;
"""

APP = """\
import { supabase } from './client'

export async function spend(id: string) {
  const { error } = await supabase.rpc('consume_credits', { p_provider: 'x', p_credit: 1 })
  return supabase.rpc('get_user', { p_user_id: id })
}
"""

FIXED = APP.replace("p_credit: 1", "p_credits: 1")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "app"
    (root / "supabase" / "migrations").mkdir(parents=True)
    (root / "supabase" / "config.toml").write_text('project_id = "app"\n')
    (root / "supabase" / "migrations" / "20240101000000_init.sql").write_text(SQL)
    (root / "supabase" / "migrations" / "20240201000000_replace.sql").write_text(SQL_REPLACED)
    (root / "src").mkdir()
    (root / "src" / "app.ts").write_text(APP)
    return root


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "rpccheck", "server"],
        server_env=dict(os.environ, RPCCHECK_NO_CACHE="1"),
    )
)
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        lsp.InitializeParams(capabilities=lsp.ClientCapabilities(), initialization_options={"debounce": 20})
    )
    yield
    await lsp_client.shutdown_session()


def uri(p: Path) -> str:
    return from_fs_path(str(p))


async def diagnostics_for(client: LanguageClient, doc_uri: str, version=None) -> list[lsp.Diagnostic]:
    """The next diagnostics published for `doc_uri` (at `version` when given)."""
    for _ in range(50):
        await asyncio.wait_for(client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 30)
        if doc_uri in client.diagnostics and (version is None or client.diagnostics_versions.get(doc_uri) == version):
            return list(client.diagnostics[doc_uri])
    raise AssertionError("no diagnostics published")


def open_doc(client: LanguageClient, path: Path, text: str | None = None) -> str:
    doc_uri = uri(path)
    client.diagnostics.pop(doc_uri, None)
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(
                uri=doc_uri, language_id="typescript", version=1, text=text if text is not None else path.read_text()
            )
        )
    )
    return doc_uri


def replace_all(client: LanguageClient, doc_uri: str, version: int, text: str) -> None:
    client.diagnostics.pop(doc_uri, None)
    client.text_document_did_change(
        lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=doc_uri, version=version),
            [lsp.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


@pytest.mark.asyncio
async def test_diagnostics_follow_the_text_and_the_sql(client: LanguageClient, project: Path):
    app = project / "src" / "app.ts"
    doc = open_doc(client, app)
    found = await diagnostics_for(client, doc)
    # p_credit is not a parameter, so p_credits is missing
    assert [(d.code, d.range.start.line, d.range.start.character) for d in found] == [
        ("RPC003", 3, 58),
        ("RPC002", 3, 77),
    ]
    d = found[1]
    assert d.severity == lsp.DiagnosticSeverity.Error and d.source == "rpccheck"
    assert "p_credit" in d.message and d.code_description.href.endswith("#unknown-parameter")

    # the edit is unsaved: the server checks the text it was sent, not the file
    replace_all(client, doc, 2, FIXED)
    assert await diagnostics_for(client, doc) == []
    assert app.read_text() == APP

    # the SQL changes on disk (a migration renames the parameter): the unchanged open
    # file gets its findings back once the client reports the change
    migration = project / "supabase" / "migrations" / "20240301000000_rename.sql"
    migration.write_text(
        "drop function consume_credits(text, integer, numeric);\n"
        "create function consume_credits(p_provider text, p_amount integer) returns void "
        "language sql as $$ select $$;\n"
    )
    client.diagnostics.pop(doc, None)
    client.workspace_did_change_watched_files(
        lsp.DidChangeWatchedFilesParams([lsp.FileEvent(uri=uri(migration), type=lsp.FileChangeType.Created)])
    )
    found = await diagnostics_for(client, doc)
    assert [(d.code, d.range.start.line) for d in found] == [("RPC003", 3), ("RPC002", 3)]
    assert "p_amount" in found[0].message and "p_credits" in found[1].message

    # closed: cleared
    client.diagnostics.pop(doc, None)
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(lsp.TextDocumentIdentifier(uri=doc)))
    assert await diagnostics_for(client, doc) == []


@pytest.mark.asyncio
async def test_one_project_state_per_supabase_project(client: LanguageClient, tmp_path: Path):
    """A monorepo: each app's file is checked against its own app's migrations."""
    for app, param in (("web", "p_user_id"), ("admin", "p_admin_id")):
        mig = tmp_path / "apps" / app / "supabase" / "migrations"
        mig.mkdir(parents=True)
        (mig / "20240101000000_init.sql").write_text(
            f"create function get_user({param} uuid) returns void language sql as $$ select $$;\n"
        )
        (tmp_path / "apps" / app / "app.ts").write_text("await supabase.rpc('get_user', { p_user_id: id })\n")
    web = open_doc(client, tmp_path / "apps" / "web" / "app.ts")
    assert await diagnostics_for(client, web) == []
    admin = open_doc(client, tmp_path / "apps" / "admin" / "app.ts")
    assert sorted(d.code for d in await diagnostics_for(client, admin)) == ["RPC002", "RPC003"]


@pytest.mark.asyncio
async def test_saved_sql_is_reread(client: LanguageClient, project: Path):
    doc = open_doc(client, project / "src" / "app.ts", FIXED)
    assert await diagnostics_for(client, doc) == []
    migration = project / "supabase" / "migrations" / "20240201000000_replace.sql"
    migration.write_text(
        "drop function get_user(uuid);\n"
        "create function get_user(p_id uuid) returns void language sql as $$ select $$;\n"
    )
    client.diagnostics.pop(doc, None)
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(uri=uri(migration))))
    found = await diagnostics_for(client, doc)
    assert sorted(d.code for d in found) == ["RPC002", "RPC003"]


@pytest.mark.asyncio
async def test_hover_definition_completion(client: LanguageClient, project: Path):
    app = project / "src" / "app.ts"
    doc = open_doc(client, app, FIXED)
    await diagnostics_for(client, doc)
    lines = FIXED.splitlines()
    name_col = lines[3].index("consume_credits") + 3
    hover = await client.text_document_hover_async(
        lsp.HoverParams(lsp.TextDocumentIdentifier(uri=doc), lsp.Position(3, name_col))
    )
    text = hover.contents.value
    assert "public.consume_credits(\n  p_provider text,\n  p_credits integer,\n  p_cost numeric DEFAULT …\n)" in text
    assert "- `p_cost` numeric — has a DEFAULT, may be omitted" in text
    assert "Defined at supabase/migrations/20240101000000_init.sql:1" in text

    # get_user was replaced by a later migration: definition goes to the CREATE that applied last
    user_col = lines[4].index("get_user") + 2
    found = await client.text_document_definition_async(
        lsp.DefinitionParams(lsp.TextDocumentIdentifier(uri=doc), lsp.Position(4, user_col))
    )
    assert len(found) == 1
    assert found[0].uri == uri(project / "supabase" / "migrations" / "20240201000000_replace.sql")
    assert found[0].range.start.line == 0

    # parameters inside the argument object (those not sent yet)
    arg_col = lines[3].index("p_provider")
    items = await client.text_document_completion_async(
        lsp.CompletionParams(lsp.TextDocumentIdentifier(uri=doc), lsp.Position(3, arg_col))
    )
    assert [i.label for i in items.items] == ["p_cost"]

    # function names inside the name string
    items = await client.text_document_completion_async(
        lsp.CompletionParams(lsp.TextDocumentIdentifier(uri=doc), lsp.Position(4, user_col))
    )
    assert {"consume_credits", "get_user"} <= {i.label for i in items.items}


@pytest.mark.asyncio
async def test_code_actions(client: LanguageClient, project: Path):
    app = project / "src" / "app.ts"
    doc = open_doc(client, app)
    found = [d for d in await diagnostics_for(client, doc) if d.code == "RPC002"]
    key = found[0].range
    actions = await client.text_document_code_action_async(
        lsp.CodeActionParams(lsp.TextDocumentIdentifier(uri=doc), key, lsp.CodeActionContext(diagnostics=found))
    )
    actions = [a for a in actions if a.diagnostics[0].code == "RPC002"]
    titles = [a.title for a in actions]
    assert titles == ["Rename key `p_credit` to `p_credits`", "Suppress unknown-parameter (RPC002) on this line"]

    # apply the fix as an editor would: the edit, then the changed text; nothing is left
    edits = actions[0].edit.changes[doc]
    text = _apply(APP, edits)
    assert text == FIXED
    replace_all(client, doc, 2, text)
    assert await diagnostics_for(client, doc) == []

    # the suppression, applied to the broken text, silences that finding
    text = _apply(APP, actions[1].edit.changes[doc])
    assert "p_credit: 1 })  // rpccheck-ignore[unknown-parameter]" in text
    replace_all(client, doc, 3, text)
    assert [d.code for d in await diagnostics_for(client, doc)] == ["RPC003"]


def _apply(text: str, edits: list[lsp.TextEdit]) -> str:
    lines = text.split("\n")
    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        s, t = e.range.start, e.range.end
        head = "\n".join(lines[: s.line] + [lines[s.line][: s.character]])
        tail = "\n".join([lines[t.line][t.character :]] + lines[t.line + 1 :])
        lines = (head + e.new_text + tail).split("\n")
    return "\n".join(lines)


@pytest.mark.asyncio
async def test_fix_all_applies_the_safe_fixes(client: LanguageClient, project: Path):
    text = "// rpccheck-ignore[unknown-function]\n" + FIXED
    doc = open_doc(client, project / "src" / "app.ts", text)
    assert [d.code for d in await diagnostics_for(client, doc)] == ["RPC900"]
    actions = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(uri=doc),
            lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
            lsp.CodeActionContext(diagnostics=[], only=["source.fixAll"]),
        )
    )
    assert [a.kind for a in actions] == ["source.fixAll.rpccheck"]
    assert _apply(text, actions[0].edit.changes[doc]) == FIXED


@pytest.mark.asyncio
async def test_missing_parameters_action(client: LanguageClient, project: Path):
    text = APP.replace("{ p_provider: 'x', p_credit: 1 }", "{ p_provider: 'x' }")
    doc = open_doc(client, project / "src" / "app.ts", text)
    found = await diagnostics_for(client, doc)
    assert [d.code for d in found] == ["RPC003"]
    actions = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(uri=doc), found[0].range, lsp.CodeActionContext(diagnostics=found)
        )
    )
    fixed = _apply(text, actions[0].edit.changes[doc])
    assert "{ p_credits: undefined, p_provider: 'x' }" in fixed


def test_readme_editor_configs_start_this_server():
    """The Neovim, Helix and Zed snippets in the README run `rpccheck server`, the command
    the tests above drive (`python -m rpccheck server` is the same entry point)."""
    import json
    import re

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## In the editor", 1)[1].split("\n## ", 1)[0]
    blocks = dict(
        (lang, body) for lang, body in re.findall(r"```(\w+)\n(.*?)```", section, re.DOTALL) if lang != "console"
    )
    assert 'cmd = { "rpccheck", "server" }' in blocks["lua"]
    helix = tomllib.loads(blocks["toml"])
    assert helix["language-server"]["rpccheck"] == {"command": "rpccheck", "args": ["server"]}
    assert all("rpccheck" in lang["language-servers"] for lang in helix["language"])
    zed = json.loads(blocks["json"])
    assert zed["lsp"]["rpccheck"]["binary"] == {"path": "rpccheck", "arguments": ["server"]}


CASES = sorted(p for p in (Path(__file__).parent.parent / "fixtures" / "cases").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_server_engine_finds_what_check_finds(case, run_cli, monkeypatch):
    """engine.check_text on each code file's text finds what `rpccheck check` of the whole
    case finds in that file, on every fixture case: one engine, not two."""
    import json

    from rpccheck import engine
    from rpccheck.callers import CODE_SUFFIXES, COMPONENT_SUFFIXES
    from rpccheck.config import load_config
    from rpccheck.sources import decode
    from test_fixture_cases import case_args, finding_line

    args = case_args(case)  # check --format json [--schema S]... .
    schemas = [args[i + 1] for i, a in enumerate(args) if a == "--schema"]
    monkeypatch.chdir(case)
    states: dict = {}

    def option(flag):  # a case's --select/--ignore, as the state's policy must apply them too
        values = [args[i + 1] for i, a in enumerate(args) if a == flag]
        return [v for value in values for v in value.split(",")] or None

    def state_for(path):
        # one project when the case passes --schema; else each file's nearest project, as the server does
        cfg = load_config(case) if schemas else engine.file_project_config(path)
        key = str(cfg.root)
        if key not in states:
            states[key] = engine.load_project_state(
                cfg,
                engine.Options(schema=schemas, use_cache=False, select=option("--select"), ignore=option("--ignore")),
            )
        return states[key]

    files = sorted(
        p.relative_to(case)
        for p in case.rglob("*")
        if p.suffix.lower() in CODE_SUFFIXES | COMPONENT_SUFFIXES and "expected" not in p.parts
    )
    whole = run_cli(args, cwd=case).json()  # the project run: every types file and client read
    # Cross-file cases: a finding at a key another file's call sends, and whether a wrapper's
    # own `.rpc(fn)` has callers elsewhere, are project facts one open file cannot show; the
    # errors and warnings of the file's own calls must still be the same.
    cross_file = case.name.startswith(("ts-wrappers", "ts-imported-consts", "ts-own-rpc-method"))

    def comparable(d) -> bool:
        return not cross_file or (d["severity"] in ("error", "warning") and "(sent by the call at " not in d["message"])

    spec = case / "case.json"
    only = json.loads(spec.read_text()).get("paths") if spec.exists() else None
    for rel in files:
        if only and not any(rel.as_posix() == p or rel.as_posix().startswith(p.rstrip("/") + "/") for p in only):
            continue  # the case checks only these paths
        from_check = [finding_line(d) for d in whole if d["path"] == rel.as_posix() and comparable(d)]
        text, problem = decode((case / rel).read_bytes())
        if text is None or problem:
            continue  # an editor holds text, not bytes: a file that is not UTF-8 is check's business
        found = engine.check_text(state_for(case / rel), case / rel, text).diagnostics
        from_server = [
            finding_line(
                json.loads(
                    json.dumps(
                        {
                            "path": d.loc.path,
                            "line": d.loc.line,
                            "column": d.loc.column,
                            "severity": d.severity,
                            "rule": d.rule,
                            "parameter": d.parameter,
                        }
                    )
                )
            )
            for d in found
            if d.loc.path == rel.as_posix() and comparable({"severity": d.severity, "message": d.message})
        ]
        assert from_server == from_check, rel
