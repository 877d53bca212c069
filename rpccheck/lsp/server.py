"""A Language Server Protocol server over stdio, built on pygls.

It holds one `engine.ProjectState` per project root (the catalog and generated types,
read once) and re-checks an open file from its unsaved text with `engine.check_text`:
the same config, suppressions, exposure and resolution as `rpccheck check`, and only
that file is parsed. A change to a file the project was read from (saved, or reported
by the client's file watcher) re-reads that project and re-publishes every open file
in it. Hover, definition, completion and code actions read the calls and findings of
the last check of the document, re-checking first when the text has moved on.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from .. import __version__, engine
from ..callers import CODE_SUFFIXES, COMPONENT_SUFFIXES
from ..config import CONFIG_FILES, ConfigError
from ..model import DISPLAY, Diagnostic, Edit, Fix, Location, RpcCall
from ..rules import BY_NAME
from . import describe

DEBOUNCE_SECONDS = 0.15
_SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}
_CHECKED_SUFFIXES = CODE_SUFFIXES | COMPONENT_SUFFIXES | {".sql"}
_PROJECT_FILES = frozenset(CONFIG_FILES) | {"config.toml"}


def path_of(uri: str) -> Optional[Path]:
    """The file a `file:` URI names (None for untitled buffers and other schemes)."""
    if not uri.startswith("file:"):
        return None
    fs = to_fs_path(uri)
    return Path(fs) if fs else None


def _utf16(line: str, column: int) -> int:
    """A 1-based character column as the 0-based UTF-16 offset LSP positions count."""
    head = line[: column - 1]
    return len(head) + sum(1 for ch in head if ord(ch) > 0xFFFF)


def _from_utf16(line: str, character: int) -> int:
    """An LSP position's UTF-16 offset as a 1-based character column."""
    units = 0
    for i, ch in enumerate(line):
        if units >= character:
            return i + 1
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(line) + 1


@dataclass
class Checked:
    """The last check of one open document: the text it read and what it found."""

    text: str
    lines: list[str]
    result: engine.FileCheck
    root: Optional[str]


class RpccheckServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("rpccheck", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.projects: dict[str, Optional[engine.ProjectState]] = {}
        self.project_errors: dict[str, str] = {}
        self.root_of_dir: dict[str, str] = {}
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.debounce = DEBOUNCE_SECONDS
        self.docs_url: Optional[str] = None

    # -- projects -------------------------------------------------------------------------
    def project_for(self, path: Path) -> tuple[Optional[str], Optional[engine.ProjectState]]:
        folder = str(path.parent)
        key = self.root_of_dir.get(folder)
        if key is None:
            try:
                cfg = engine.file_project_config(path)
            except ConfigError as e:
                self._tell_once(folder, f"rpccheck: {e}")
                return None, None
            key = os.path.realpath(cfg.root)
            self.root_of_dir[folder] = key
            if key not in self.projects:
                self._load(key, cfg)
        return key, self.projects.get(key)

    def _load(self, key: str, cfg=None) -> None:
        try:
            if cfg is None:
                cfg = engine.file_project_config(Path(key) / "_")
            self.projects[key] = engine.load_project_state(cfg)
            self.project_errors.pop(key, None)
        except (engine.RunError, ConfigError) as e:
            self.projects[key] = None
            self._tell_once(key, f"rpccheck: {e}")

    def _tell_once(self, key: str, message: str) -> None:
        if self.project_errors.get(key) != message:
            self.project_errors[key] = message
            self.window_log_message(lsp.LogMessageParams(lsp.MessageType.Warning, message))

    def source_changed(self, path: Path) -> None:
        """A file on disk changed: re-read every project that reads it, then re-check
        the open files of those projects (their text is unchanged, the schema is not)."""
        if path.name in _PROJECT_FILES:
            # a config can move a project root or change its schema: start over
            self.root_of_dir.clear()
            stale = set(self.projects)
            self.projects.clear()
        else:
            stale = {key for key, state in self.projects.items() if state is not None and state.reads(path)}
            stale |= {
                key
                for key, state in self.projects.items()
                if state is None and path.suffix.lower() == ".sql" and os.path.realpath(path).startswith(key + os.sep)
            }
            for key in stale:
                self._load(key)
        for uri, checked in list(self.checked.items()):
            if checked.root is None or checked.root in stale or not self.projects:
                self.check_and_publish(uri)

    # -- checking ---------------------------------------------------------------------------
    def check_and_publish(self, uri: str) -> Optional[Checked]:
        self.pending.pop(uri, None)
        doc = self.workspace.get_text_document(uri)
        path = path_of(uri)
        if path is None or path.suffix.lower() not in _CHECKED_SUFFIXES:
            return None
        key, state = self.project_for(path)
        text = doc.source
        if state is None:
            result = engine.FileCheck([], [], checked=False)
        else:
            result = engine.check_text(state, path, text)
        checked = Checked(text, text.split("\n"), result, key)
        self.checked[uri] = checked
        shown = os.path.realpath(path)
        diags = [self.to_lsp(d, checked) for d in result.diagnostics if os.path.realpath(d.loc.path) == shown]
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diags, version=doc.version)
        )
        return checked

    def current(self, uri: str) -> Optional[Checked]:
        """The check of the document's latest text (re-checked now if a change is pending)."""
        checked = self.checked.get(uri)
        doc = self.workspace.get_text_document(uri)
        if checked is None or checked.text != doc.source:
            handle = self.pending.pop(uri, None)
            if handle is not None:
                handle.cancel()
            checked = self.check_and_publish(uri)
        return checked

    def schedule(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(self.debounce, self.check_and_publish, uri)

    # -- conversions ------------------------------------------------------------------------
    def range_of(self, loc: Location, lines: list[str]) -> lsp.Range:
        def pos(line: int, column: int) -> lsp.Position:
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            return lsp.Position(max(line - 1, 0), _utf16(text, column))

        return lsp.Range(pos(loc.line, loc.column), pos(loc.end_line, loc.end_column))

    def to_lsp(self, d: Diagnostic, checked: Checked) -> lsp.Diagnostic:
        rule = BY_NAME.get(d.rule)
        message = d.message + (f"\nhelp: {d.help}" if d.help and d.help not in d.message else "")
        href = rule.docs_url(self.docs_url) if rule is not None else None
        return lsp.Diagnostic(
            range=self.range_of(d.loc, checked.lines),
            message=message,
            severity=_SEVERITY.get(d.severity, lsp.DiagnosticSeverity.Information),
            code=d.code,
            code_description=lsp.CodeDescription(href=href) if href else None,
            source="rpccheck",
            data={"rule": d.rule},
        )

    def text_edit(self, edit: Edit, checked: Checked) -> lsp.TextEdit:
        return lsp.TextEdit(range=self.range_of(edit.loc, checked.lines), new_text=edit.new_text)


server = RpccheckServer()


def _checked_at(uri: str, position: lsp.Position) -> tuple[Optional[Checked], int, int]:
    checked = server.current(uri)
    if checked is None:
        return None, 0, 0
    line = checked.lines[position.line] if position.line < len(checked.lines) else ""
    return checked, position.line + 1, _from_utf16(line, position.character)


def _state(checked: Checked) -> Optional[engine.ProjectState]:
    return server.projects.get(checked.root) if checked.root else None


def _inside(loc: Location, line: int, column: int, inner: bool = False) -> bool:
    start = (loc.line, loc.column + (1 if inner else 0))
    end = (loc.end_line, loc.end_column - (1 if inner else 0))
    return start <= (line, column) <= end


def _call_at(checked: Checked, line: int, column: int, part: str) -> Optional[RpcCall]:
    for call in checked.result.calls:
        if part == "name" and call.name_loc.path == call.path and _inside(call.name_loc, line, column):
            return call
        if (
            part == "args"
            and call.args is not None
            and call.args.loc.path == call.path
            and _inside(call.args.loc, line, column, inner=True)
        ):
            return call
    return None


@server.feature(lsp.INITIALIZE)
def initialize(ls: RpccheckServer, params: lsp.InitializeParams) -> None:
    options = params.initialization_options or {}
    if isinstance(options, dict):
        if isinstance(options.get("debounce"), (int, float)):
            ls.debounce = max(0.0, float(options["debounce"]) / 1000)
        if isinstance(options.get("docsUrl"), str):
            ls.docs_url = options["docsUrl"]


@server.feature(lsp.INITIALIZED)
async def initialized(ls: RpccheckServer, params: lsp.InitializedParams) -> None:
    caps = ls.client_capabilities.workspace
    watch = caps.did_change_watched_files if caps is not None else None
    if watch is None or not watch.dynamic_registration:
        return
    globs = [
        "**/*.sql",
        "**/*.types.ts",
        "**/rpccheck.toml",
        "**/.rpccheck.toml",
        "**/pyproject.toml",
        "**/supabase/config.toml",
    ]
    registration = lsp.Registration(
        id="rpccheck-watch",
        method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=lsp.DidChangeWatchedFilesRegistrationOptions(
            watchers=[lsp.FileSystemWatcher(glob_pattern=g) for g in globs]
        ),
    )
    try:
        await ls.client_register_capability_async(lsp.RegistrationParams(registrations=[registration]))
    except Exception as e:  # a client that refuses: saves still re-read the project
        ls.window_log_message(lsp.LogMessageParams(lsp.MessageType.Info, f"rpccheck: no file watching: {e}"))


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: RpccheckServer, params: lsp.DidOpenTextDocumentParams) -> None:
    ls.check_and_publish(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: RpccheckServer, params: lsp.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: RpccheckServer, params: lsp.DidSaveTextDocumentParams) -> None:
    path = path_of(params.text_document.uri)
    if path is not None:
        ls.source_changed(path)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: RpccheckServer, params: lsp.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    handle = ls.pending.pop(uri, None)
    if handle is not None:
        handle.cancel()
    ls.checked.pop(uri, None)
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: RpccheckServer, params: lsp.DidChangeWatchedFilesParams) -> None:
    seen = set()
    for change in params.changes:
        path = path_of(change.uri)
        if path is not None and str(path) not in seen:
            seen.add(str(path))
            ls.source_changed(path)


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: RpccheckServer, params: lsp.HoverParams) -> Optional[lsp.Hover]:
    checked, line, column = _checked_at(params.text_document.uri, params.position)
    if checked is None:
        return None
    state = _state(checked)
    call = _call_at(checked, line, column, "name")
    if call is None or state is None or call.name is None:
        return None
    text = describe.hover_markdown(state, call)
    if text is None:
        return None
    return lsp.Hover(
        contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text),
        range=ls.range_of(call.name_loc, checked.lines),
    )


@server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
def definition(ls: RpccheckServer, params: lsp.DefinitionParams) -> Optional[list[lsp.Location]]:
    checked, line, column = _checked_at(params.text_document.uri, params.position)
    if checked is None:
        return None
    state = _state(checked)
    call = _call_at(checked, line, column, "name")
    if call is None or state is None or call.name is None:
        return None
    out = []
    for fn in describe.definitions(state, call):
        if not fn.path or not fn.line:
            continue
        at = lsp.Position(fn.line - 1, max(fn.column - 1, 0))
        out.append(lsp.Location(uri=from_fs_path(os.path.abspath(fn.path)) or fn.path, range=lsp.Range(at, at)))
    return out or None


@server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=["'", '"', "`", "{", ","]))
def completion(ls: RpccheckServer, params: lsp.CompletionParams) -> Optional[lsp.CompletionList]:
    checked, line, column = _checked_at(params.text_document.uri, params.position)
    if checked is None:
        return None
    state = _state(checked)
    if state is None:
        return None
    call = _call_at(checked, line, column, "name")
    if call is not None and call.name_literal and _inside(call.name_loc, line, column, inner=True):
        items = [
            lsp.CompletionItem(label=name, kind=lsp.CompletionItemKind.Function, detail=detail)
            for name, detail in describe.function_names(state, call)
        ]
        return lsp.CompletionList(is_incomplete=False, items=items)
    call = _call_at(checked, line, column, "args")
    if call is not None and call.name is not None:
        items = [
            lsp.CompletionItem(
                label=name, kind=lsp.CompletionItemKind.Field, detail=detail, sort_text=f"{0 if required else 1}{name}"
            )
            for name, detail, required in describe.parameter_names(state, call)
        ]
        return lsp.CompletionList(is_incomplete=False, items=items)
    return None


FIX_ALL = "source.fixAll.rpccheck"


@server.feature(
    lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL])
)
def code_action(ls: RpccheckServer, params: lsp.CodeActionParams) -> Optional[list[lsp.CodeAction]]:
    uri = params.text_document.uri
    checked = ls.current(uri)
    if checked is None:
        return None
    only = params.context.only or []
    if any(FIX_ALL.startswith(str(kind)) for kind in only):
        # on save (`editor.codeActionsOnSave`) as ruff's: the safe fixes, as `check --fix` applies them
        from ..fix import SAFE, apply_to_text

        fixes = [d.fix for d in checked.result.diagnostics if d.fix is not None and d.fix.applicability == SAFE]
        text, applied = apply_to_text(checked.text, fixes)
        if not applied:
            return None
        end = lsp.Position(len(checked.lines) - 1, _utf16(checked.lines[-1], len(checked.lines[-1]) + 1))
        edit = lsp.TextEdit(range=lsp.Range(lsp.Position(0, 0), end), new_text=text)
        return [
            lsp.CodeAction(
                title="rpccheck: fix all (safe fixes)", kind=FIX_ALL, edit=lsp.WorkspaceEdit(changes={uri: [edit]})
            )
        ]
    r = params.range
    wanted = (r.start.line + 1, r.end.line + 1)
    actions: list[lsp.CodeAction] = []
    suppressed_lines: set[tuple[int, str]] = set()
    for d in checked.result.diagnostics:
        if not (d.loc.line <= wanted[1] and wanted[0] <= d.loc.end_line):
            continue
        diag = ls.to_lsp(d, checked)
        if d.fix is not None and _still_applies(d.fix, checked):
            actions.append(
                lsp.CodeAction(
                    title=d.fix.title,
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    is_preferred=d.fix.applicability != DISPLAY,
                    edit=lsp.WorkspaceEdit(changes={uri: [ls.text_edit(e, checked) for e in d.fix.edits]}),
                )
            )
        if d.rule != "unused-suppression" and (d.loc.line, d.rule) not in suppressed_lines:
            suppressed_lines.add((d.loc.line, d.rule))
            suppression = describe.suppression_edit(d, checked.lines)
            if suppression is not None:
                actions.append(
                    lsp.CodeAction(
                        title=f"Suppress {d.rule} ({d.code}) on this line",
                        kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=[diag],
                        edit=lsp.WorkspaceEdit(changes={uri: [ls.text_edit(suppression, checked)]}),
                    )
                )
    return actions or None


def _still_applies(fix: Fix, checked: Checked) -> bool:
    from ..fix import apply_to_text

    _text, applied = apply_to_text(checked.text, [fix])
    return bool(applied)


def main() -> None:
    server.start_io()
