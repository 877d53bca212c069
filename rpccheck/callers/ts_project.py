"""What one TypeScript file takes from the others of its project.

The per-file reader (`typescript.py`) knows only its own file. Some calls need more:
a name or an argument object imported from another project file (`import { RPC }
from './rpc-names'`, through a relative import or a `tsconfig.json` path alias), and
calls made through a wrapper helper defined elsewhere (`callRpc(RPC.X, args)`, see
`ts_wrappers.py`). This module links them after the ordinary scan, and only where
the scan left something open, so a project without such calls pays nothing:

1. files whose scan left a call unresolved (its name or its arguments unknown) are
   parsed again, with imports followed on demand (each imported file parsed once);
2. in them, `.rpc()` calls whose name is a parameter of the enclosing function
   define wrappers;
3. only when there are wrappers, the checked files are searched bytewise for the
   wrappers' names, and only those that contain one are parsed for its calls;
4. those files' calls are read again, with wrapper calls as `.rpc()` calls.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Optional

import tree_sitter as ts

from ..model import Diagnostic, RpcCall
from ..sources import decode, display_path, read_bytes
from . import typescript as tsr
from ._tree import ParseTooSlow, parse

RESOLVE_SUFFIXES = (".ts", ".tsx", ".d.ts", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs")
MAX_REEXPORT_DEPTH = 8


class View(NamedTuple):
    """One parsed program: a code file, or one script of a component file."""

    path: Path
    root: ts.Node
    ctx: tsr._Ctx
    data: bytes
    tree: ts.Tree  # keeps the nodes alive
    imports: dict[str, tuple[str, str]]  # local name -> (module specifier, imported name | default | *)


class _Exports(NamedTuple):
    names: dict[str, tuple]  # exported name -> ("local", local name) | ("from", specifier, name)
    stars: list[str]  # `export * from '...'`


class _Outline(NamedTuple):
    """What the import walk (`_imported_wrappers`) reads of one parsed program: kept in the
    cache by the file's stat signature (`_OutlineMemo`), so that a warm run on a few files
    follows their imports without parsing them (53 parses on the small corpus)."""

    path: Path
    index: int  # the program's position among the file's views
    imports: dict[str, tuple[str, str]]
    exports: _Exports
    has_rpc: bool  # b"rpc" in its code: a wrapper may be defined in it


class _FileFacts:
    """What the import walk reads of one file's bytes: whether they hold `import`, whether
    they are Supabase's generated types, the outlines of its programs (None: not yet
    known), the specifiers written after `from` (`_specifiers`; None: not readable so) and
    whether it may define a wrapper (`_may_define_wrapper`). `raw` is the file's bytes when
    they were read in this run."""

    __slots__ = ("raw", "has_import", "types", "outlines", "specs", "may_wrap", "signature", "changed")

    def __init__(
        self,
        raw: Optional[bytes],
        has_import: bool,
        types: bool,
        outlines: Optional[list[_Outline]],
        specs: Optional[list[str]],
        may_wrap: bool,
        signature: Optional[list[int]],
        changed: bool,
    ) -> None:
        self.raw, self.has_import, self.types, self.outlines = raw, has_import, types, outlines
        self.specs, self.may_wrap = specs, may_wrap
        self.signature, self.changed = signature, changed


def code_bytes(path: Path, data: Optional[bytes] = None) -> Optional[bytes]:
    """A code file's bytes as the scan reads them (UTF-8, no BOM), or None."""
    if data is None:
        data, _problem = read_bytes(path)
    if data is None:
        return None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text, _problem = decode(data)
        if text is None:
            return None
        data = text.encode("utf-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192]:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        data = data.decode("utf-8", "replace").encode("utf-8")
    return data


def _imports(root: ts.Node) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for stmt in root.named_children:
        if stmt.type != "import_statement":
            continue
        source = stmt.child_by_field_name("source")
        spec = tsr._string_value(source) if source is not None else None
        if spec is None:
            continue
        for clause in stmt.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "identifier":
                    out[part.text.decode("utf-8", "replace")] = (spec, "default")
                elif part.type == "namespace_import":
                    ident = next((c for c in part.named_children if c.type == "identifier"), None)
                    if ident is not None:
                        out[ident.text.decode("utf-8", "replace")] = (spec, "*")
                elif part.type == "named_imports":
                    for s in part.named_children:
                        if s.type != "import_specifier":
                            continue
                        name = s.child_by_field_name("name")
                        alias = s.child_by_field_name("alias") or name
                        if name is not None and alias is not None:
                            imported = (
                                tsr._string_value(name)
                                if name.type == "string"
                                else name.text.decode("utf-8", "replace")
                            )
                            out[alias.text.decode("utf-8", "replace")] = (spec, imported or "")
    return out


def _exports(root: ts.Node) -> _Exports:
    names: dict[str, tuple] = {}
    stars: list[str] = []
    for stmt in root.named_children:
        if stmt.type != "export_statement":
            continue
        source = stmt.child_by_field_name("source")
        spec = tsr._string_value(source) if source is not None else None
        is_default = any(c.type == "default" for c in stmt.children)
        decl = stmt.child_by_field_name("declaration")
        value = stmt.child_by_field_name("value")
        clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
        if clause is not None:
            for s in clause.named_children:
                if s.type != "export_specifier":
                    continue
                name = s.child_by_field_name("name")
                alias = s.child_by_field_name("alias") or name
                if name is None or alias is None:
                    continue
                local = name.text.decode("utf-8", "replace")
                exported = alias.text.decode("utf-8", "replace")
                names[exported] = ("from", spec, local) if spec is not None else ("local", local)
        elif spec is not None:
            stars.append(spec)  # export * from '...' (and `export * as ns`, read as a star)
        elif decl is not None:
            if decl.type in ("lexical_declaration", "variable_declaration"):
                for d in decl.named_children:
                    target = d.child_by_field_name("name") if d.type == "variable_declarator" else None
                    if target is not None and target.type == "identifier":
                        n = target.text.decode("utf-8", "replace")
                        names[n] = ("local", n)
            else:
                target = decl.child_by_field_name("name")
                if target is not None:
                    n = target.text.decode("utf-8", "replace")
                    names["default" if is_default else n] = ("local", n)
        elif is_default and value is not None and tsr._unwrap(value).type == "identifier":
            names["default"] = ("local", tsr._unwrap(value).text.decode("utf-8", "replace"))
    return _Exports(names, stars)


# -- tsconfig.json ---------------------------------------------------------------------------


class _Paths(NamedTuple):
    base_url: Optional[Path]
    paths: list[tuple[str, list[str]]]  # pattern -> targets, longest prefix first
    paths_base: Path


def _jsonc(text: str) -> Optional[dict]:
    """tsconfig.json is JSON with comments and trailing commas."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    cleaned = re.sub(r",(\s*[}\]])", r"\1", "".join(out))
    try:
        value = json.loads(cleaned)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _load_tsconfig(path: Path, depth: int = 0) -> tuple[Optional[Path], Optional[tuple[list, Path]]]:
    """(baseUrl, (paths, the folder they are relative to)), following `extends`."""
    try:
        data, _problem = read_bytes(path, 1024 * 1024)
        cfg = _jsonc(data.decode("utf-8", "replace")) if data is not None else None
    except OSError:
        cfg = None
    if cfg is None:
        return None, None
    base_url: Optional[Path] = None
    paths: Optional[tuple[list, Path]] = None
    extends = cfg.get("extends")
    for ext in [extends] if isinstance(extends, str) else extends if isinstance(extends, list) else []:
        if not isinstance(ext, str) or depth > 8 or not ext.startswith("."):
            continue  # a package's config (`@tsconfig/node18`) has no paths of this project
        target = path.parent / ext
        if not target.name.endswith(".json") and not target.is_file():
            target = target.with_name(target.name + ".json")
        b, p = _load_tsconfig(target, depth + 1)
        base_url, paths = b or base_url, p or paths
    opts = cfg.get("compilerOptions")
    if isinstance(opts, dict):
        if isinstance(opts.get("baseUrl"), str):
            base_url = Path(os.path.normpath(path.parent / opts["baseUrl"]))
        if isinstance(opts.get("paths"), dict):
            raw = [
                (k, [t for t in v if isinstance(t, str)])
                for k, v in opts["paths"].items()
                if isinstance(k, str) and isinstance(v, list)
            ]
            paths = (raw, path.parent)
    return base_url, paths


class Project:
    """Parsed files of one project, their imports and exports, and its wrappers."""

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.abspath(root))
        self._cwd = os.getcwd()
        self._keys: dict[str, str] = {}
        self._views: dict[str, list[View]] = {}
        self._by_scope: dict[int, View] = {}
        self._exports: dict[int, _Exports] = {}
        self._tsconfigs: dict[str, Optional[_Paths]] = {}
        self._resolved: dict[tuple[str, str], Optional[Path]] = {}
        self._outlines: dict[str, list[_Outline]] = {}
        self._facts: dict[str, _FileFacts] = {}
        self._partial: set[str] = set()  # files with a program left unparsed (too slow)
        self.memo: Optional[_OutlineMemo] = None  # set by `link` when the cache is used
        from .ts_wrappers import Wrappers

        self.wrappers = Wrappers(self)

    # -- files --------------------------------------------------------------------------
    def key(self, path) -> str:
        """A file's absolute path as text (without a getcwd() per file, as abspath does;
        each path's once: the import walk asks for a thousand on the small corpus)."""
        text = os.fspath(path)
        found = self._keys.get(text)
        if found is None:
            found = self._keys[text] = text if os.path.isabs(text) else os.path.normpath(os.path.join(self._cwd, text))
        return found

    def views(self, path: Path, data: Optional[bytes] = None) -> list[View]:
        key = self.key(path)
        found = self._views.get(key)
        if found is not None:
            return found
        found = self._views[key] = []
        if data is None:
            data = code_bytes(path)
        if data is None:
            return found
        shown = display_path(path)
        suffix = path.suffix.lower()
        from .components import Program, script_views

        if suffix in (".vue", ".svelte", ".astro"):
            programs = script_views(data, suffix)
        else:
            programs = [Program(data, tsr.grammar_for(suffix))]
        for code, grammar, ranges in programs:
            try:
                tree = parse(tsr.parser_for(grammar), code, ranges, risky=tsr.risky_parse(code, grammar, ranges))
            except ParseTooSlow:
                self._partial.add(key)
                continue  # read as not linked; the file's own scan reports it
            root = tree.root_node
            scope = tsr._Scope(root, has_var=tsr._VAR_WORD.search(code) is not None)
            ctx = tsr._Ctx(tsr._Positions(shown, data), scope, link=self)
            view = View(Path(key), root, ctx, code, tree, _imports(root))
            found.append(view)
            self._by_scope[id(ctx.scope)] = view
        return found

    def view_of(self, ctx: tsr._Ctx) -> Optional[View]:
        return self._by_scope.get(id(ctx.scope))

    def file_facts(self, path: Path) -> _FileFacts:
        """A file's `_FileFacts`: from the memo when its stat signature is the recorded
        one (and it was not read from an editor's buffer), else from its bytes."""
        key = self.key(path)
        found = self._facts.get(key)
        if found is not None:
            return found
        signature = None
        if self.memo is not None and key not in self._views:
            signature, found = self.memo.get(key)
        if found is None:
            from ..discover import looks_like_types

            raw, _problem = read_bytes(path)
            utf16 = raw is not None and raw[:2] in (b"\xff\xfe", b"\xfe\xff")
            found = _FileFacts(
                raw,
                # the word `import` (found with bytes.find: a lookbehind regex took 40 ms on 2 MB)
                raw is not None and next(_words(raw, b"import"), None) is not None,
                raw is not None and looks_like_types(raw),
                None,
                [] if raw is None else None if utf16 else _specifiers(raw),  # unreadable: the walk reads nothing
                raw is not None and _may_define_wrapper(raw),
                signature,
                True,
            )
            if found.types:
                found.raw = None  # never parsed by the walk: megabytes not held for nothing
        self._facts[key] = found
        return found

    def outlines(self, path: Path) -> list[_Outline]:
        """Its programs' outlines (the views', when parsed; else the memo's, else parsed)."""
        key = self.key(path)
        found = self._outlines.get(key)
        if found is not None:
            return found
        facts = self.file_facts(path)
        if facts.outlines is not None and key not in self._views:
            found = facts.outlines
        else:
            raw = facts.raw
            views = self.views(path, code_bytes(path, raw) if raw is not None else None)
            found = [_Outline(v.path, i, v.imports, self.exports_of(v), b"rpc" in v.data) for i, v in enumerate(views)]
            if facts.outlines is None and key not in self._partial:
                facts.outlines, facts.changed = found, True
        facts.raw = None
        self._outlines[key] = found
        return found

    def view_at(self, outline: _Outline) -> Optional[View]:
        views = self.views(outline.path)
        return views[outline.index] if outline.index < len(views) else None

    # -- module resolution ----------------------------------------------------------------
    def resolve(self, importer: Path, spec: str) -> Optional[Path]:
        key = (str(importer.parent), spec)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(importer, spec)
        return self._resolved[key]

    def _resolve(self, importer: Path, spec: str) -> Optional[Path]:
        if spec.startswith("."):
            return _try_file(importer.parent / spec)
        cfg = self._tsconfig(importer.parent)
        if cfg is None:
            return None
        for pattern, targets in cfg.paths:
            prefix, star, suffix = pattern.partition("*")
            if star:
                if not (spec.startswith(prefix) and spec.endswith(suffix) and len(spec) >= len(prefix) + len(suffix)):
                    continue
                middle = spec[len(prefix) : len(spec) - len(suffix)]
            elif spec != pattern:
                continue
            else:
                middle = ""
            for t in targets:
                found = _try_file(cfg.paths_base / t.replace("*", middle, 1))
                if found is not None:
                    return found
            return None
        if cfg.base_url is not None:
            return _try_file(cfg.base_url / spec)
        return None

    def _tsconfig(self, folder: Path) -> Optional[_Paths]:
        """The nearest tsconfig.json above a folder (as TypeScript finds it)."""
        key = self.key(folder)
        if key in self._tsconfigs:
            return self._tsconfigs[key]
        here = Path(key)
        found: Optional[_Paths] = None
        candidate = here / "tsconfig.json"
        if candidate.is_file():
            base_url, paths = _load_tsconfig(candidate)
            if base_url is not None or paths is not None:
                raw, rel = paths if paths is not None else ([], here)
                ordered = sorted(raw, key=lambda kv: -len(kv[0].partition("*")[0]))
                found = _Paths(base_url, ordered, base_url if base_url is not None else rel)
        elif here.parent != here:
            found = self._tsconfig(here.parent)
        self._tsconfigs[key] = found
        return found

    # -- exports -----------------------------------------------------------------------------
    def export_origin(self, path: Path, name: str) -> Optional[tuple[View, str]]:
        """(the view that declares it, its local name) for `name` exported by a file,
        through `export { x } from` and `export *` re-exports (each file asked once, so
        barrels that re-export each other cost no more than their number)."""
        return self._origin(path, name, self._view_programs, 0, set())

    def outline_origin(self, path: Path, name: str) -> Optional[tuple[_Outline, str]]:
        """export_origin, read from the files' outlines (parsed only when not cached)."""
        return self._origin(path, name, self._outline_programs, 0, set())

    def _view_programs(self, path: Path) -> list[tuple[View, dict[str, tuple[str, str]], _Exports]]:
        return [(v, v.imports, self.exports_of(v)) for v in self.views(path)]

    def _outline_programs(self, path: Path) -> list[tuple[_Outline, dict[str, tuple[str, str]], _Exports]]:
        return [(o, o.imports, o.exports) for o in self.outlines(path)]

    def _origin(self, path: Path, name: str, programs: Callable, depth: int, seen: set):
        if depth > MAX_REEXPORT_DEPTH or (self.key(path), name) in seen:
            return None
        seen.add((self.key(path), name))
        for program, imports, ex in programs(path):
            entry = ex.names.get(name)
            if entry is not None:
                if entry[0] == "local":
                    local = entry[1]
                    if local in imports:  # `import { X } from './a'; export { X }`
                        spec, imported = imports[local]
                        target = self.resolve(program.path, spec)
                        return (
                            self._origin(target, imported, programs, depth + 1, seen)
                            if target and imported != "*"
                            else None
                        )
                    return program, local
                target = self.resolve(program.path, entry[1])
                return self._origin(target, entry[2], programs, depth + 1, seen) if target is not None else None
            for spec in ex.stars:
                target = self.resolve(program.path, spec)
                found = self._origin(target, name, programs, depth + 1, seen) if target is not None else None
                if found is not None:
                    return found
        return None

    def exports_of(self, view: View) -> _Exports:
        ex = self._exports.get(id(view.ctx.scope))
        if ex is None:
            ex = self._exports[id(view.ctx.scope)] = _exports(view.root)
        return ex

    def _origin_of_import(self, ctx: tsr._Ctx, name: str) -> Optional[tuple[View, str]]:
        view = self.view_of(ctx)
        if view is None or name not in view.imports:
            return None
        spec, imported = view.imports[name]
        if imported == "*":
            return None
        target = self.resolve(view.path, spec)
        return self.export_origin(target, imported) if target is not None else None

    # -- the hooks typescript.py calls ---------------------------------------------------------
    def imported(self, ctx: tsr._Ctx, name: str):
        """(value, scope, file context) of a `const` imported under `name`, or None."""
        origin = self._origin_of_import(ctx, name)
        if origin is None:
            return None
        view, local = origin
        value = view.ctx.scope._declarations(view.root).get(local)
        if value is None:
            return None
        return value, view.root, view.ctx

    def namespace_member(self, ctx: tsr._Ctx, namespace: str, key: str):
        view = self.view_of(ctx)
        if view is None or view.imports.get(namespace, ("", ""))[1] != "*":
            return None
        target = self.resolve(view.path, view.imports[namespace][0])
        origin = self.export_origin(target, key) if target is not None else None
        if origin is None:
            return None
        other, local = origin
        value = other.ctx.scope._declarations(other.root).get(local)
        return (value, other.root, other.ctx) if value is not None else None

    def why_not_imported(self, ctx: tsr._Ctx, name: str) -> Optional[str]:
        view = self.view_of(ctx)
        if view is None or name not in view.imports:
            return None
        spec, imported = view.imports[name]
        target = self.resolve(view.path, spec)
        if target is None:
            if spec.startswith("."):
                return f"`{name}`, imported from `{spec}`, which is no code file rpccheck finds"
            return (
                f"`{name}`, imported from `{spec}`, a package or a path alias rpccheck does not resolve to "
                f"a project file"
            )
        if self.export_origin(target, imported) is None:
            return f"`{name}`, imported from `{spec}`, which does not export it as a const rpccheck can read"
        return f"`{name}`, imported from `{spec}`, whose value is not a constant rpccheck can read"

    def on_rpc_call(self, call, member, node, skip, form, ctx):
        return self.wrappers.on_rpc_call(call, member, node, skip, form, ctx)


def _try_file(base: Path) -> Optional[Path]:
    """The file an import specifier names: as is, with a TypeScript suffix, `.js`
    written for `.ts` (ESM style), or a folder's index."""
    base = Path(os.path.normpath(base))
    s = str(base)
    tries = []
    if base.suffix in (".js", ".jsx", ".mjs", ".cjs"):
        stem = s[: -len(base.suffix)]
        tries += [stem + ".ts", stem + ".tsx", stem + ".mts", stem + ".cts"]
    tries.append(s)
    tries += [s + ext for ext in RESOLVE_SUFFIXES]
    tries += [os.path.join(s, "index" + ext) for ext in RESOLVE_SUFFIXES]
    for t in tries:
        if t.lower().endswith(_CODE_ENDINGS) and os.path.isfile(t):
            return Path(t)
    return None


_CODE_ENDINGS = RESOLVE_SUFFIXES + (".vue", ".svelte", ".astro")


def _unresolved(call: RpcCall) -> bool:
    """The scan left something open that another file may tell: a name, arguments, or a
    spread (of an imported object, perhaps)."""
    if call.name is None:
        return True
    return call.args is not None and (call.args.shapes is None or any(ks.open for ks in call.args.shapes))


# A run on a few files (pre-commit) has not read the files their wrappers are defined in:
# up to this many files, their imports are followed to find wrappers.
SMALL_RUN_FILES = 64


def link(
    root: Path,
    files: list[Path],
    scanned: list,
    texts: Optional[dict[Path, bytes]] = None,
    use_cache: bool = False,
) -> list:
    """The scan, with imported constants and wrapper calls followed (see the module doc).
    `texts` gives files whose current text is not the saved one (an editor's buffers);
    with `use_cache` (and no `texts`), what the import walk reads of each file is taken
    from, and kept in, the cache (`_OutlineMemo`)."""
    from . import COMPONENT_SUFFIXES, TS_SUFFIXES

    # only TypeScript and component files: Python and Dart calls are their own readers' business
    linked = TS_SUFFIXES | COMPONENT_SUFFIXES
    scanned_ts = [
        (i, path, scan)
        for i, (path, scan) in enumerate(scanned)
        if os.path.splitext(os.fspath(path))[1].lower() in linked
    ]  # as Path.suffix, without a Path per file
    candidates = [i for i, _path, scan in scanned_ts if any(_unresolved(c) for c in scan.calls)]
    small = len(scanned) <= SMALL_RUN_FILES
    if not candidates and not small:
        return scanned
    project = Project(root)
    for path, data in (texts or {}).items():
        project.views(path, data)  # read from the buffer, not from disk
    for i in candidates:
        for view in project.views(scanned[i][0]):
            project.wrappers.find_definitions(view)
    homes: list[Path] = []
    if small:
        from .. import cache

        layer = [p for _i, p, _scan in scanned_ts]
        # with no wrapper known yet, the walk can only find one in a file these import that
        # may define one: when their bytes show none, nothing is parsed (a first run on the
        # small corpus parsed 53 files here, a sixth of its time)
        if use_cache and not texts and cache.enabled():
            project.memo = _OutlineMemo(root)
        if project.wrappers.callees or project.wrappers.by_key or texts or _may_import_wrapper(project, layer):
            homes = _imported_wrappers(project, layer)
        if project.memo is not None:
            project.memo.flush(project._facts)
    # the files wrappers come from are searched too: a helper there may wrap another
    ts_files = [f for f in files if os.path.splitext(os.fspath(f))[1].lower() in linked]
    site_files = project.wrappers.find_sites(ts_files + homes) if project.wrappers.callees else set()
    index = {project.key(p): i for i, p, _scan in scanned_ts}
    redo = {i for i in candidates}
    redo.update(index[f] for f in site_files if f in index)
    out = list(scanned)
    for i in sorted(redo):
        path, scan = scanned[i]
        calls: list[RpcCall] = []
        for view in project.views(path):
            calls.extend(project.wrappers.calls_of(view))
        out[i] = (path, scan._replace(calls=calls))
    return out


IMPORT_HOPS = 2
_SPACE = frozenset(b" \t\r\n\f\v")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


def _words(data: bytes, word: bytes) -> Iterator[int]:
    """The offsets of `word` as a whole word (no ASCII letter, digit, `_` or `$` on either
    side), found with bytes.find: a pattern that starts with a lookbehind is tried at
    every byte."""
    at = data.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or data[at - 1] not in _WORD_BYTES) and (end >= len(data) or data[end] not in _WORD_BYTES):
            yield at
        at = data.find(word, at + 1)


def _skip_space(data: bytes, i: int) -> int:
    """The offset of the first byte at or after `i` that is not an ASCII space or in a comment."""
    n = len(data)
    while i < n:
        if data[i] in _SPACE:
            i += 1
        elif data.startswith(b"/*", i):
            j = data.find(b"*/", i + 2)
            i = n if j < 0 else j + 2
        elif data.startswith(b"//", i):
            j = data.find(b"\n", i)
            i = n if j < 0 else j + 1
        else:
            break
    return i


def _specifiers(data: bytes) -> Optional[list[str]]:
    """Every string written right after a `from` keyword (comments and spaces between),
    which is where every module specifier of an import or export statement stands, and
    more (a `from` in a comment or in a string); None when one may read otherwise than it
    is written here (an escape, a line continuation or a comment marker in it, a space
    that is not ASCII before it)."""
    out: list[str] = []
    n = len(data)
    for start in _words(data, b"from"):
        if start and data[start - 1] in b"'\"`":
            continue  # `'from'`: a string's text, not a keyword
        i = _skip_space(data, start + 4)
        if i >= n:
            continue
        if data[i] >= 0x80:
            return None
        if data[i] not in b"'\"":
            continue
        line_end = data.find(b"\n", i + 1)
        segment = data[i + 1 : n if line_end < 0 else line_end]
        close = segment.find(data[i : i + 1])
        escape = segment.find(b"\\")
        if escape >= 0 and (close < 0 or escape < close):
            return None
        if close < 0:
            return None  # a string that does not close on its line: not read here
        spec = segment[:close]
        if b"/*" in spec or b"//" in spec:
            return None
        out.append(spec.decode("utf-8", "replace"))
    return out


def _may_define_wrapper(data: bytes) -> bool:
    """Whether these bytes may hold a wrapper's `.rpc(fn, ...)`: a word `rpc` not followed
    by `(` and a string (`.rpc('name', ...)` wraps nothing; `.rpc.call`, `['rpc']` and the
    rest may), or UTF-16 text, which is not searched as bytes."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    n = len(data)
    for start in _words(data, b"rpc"):
        i = _skip_space(data, start + 3)
        if i < n and data[i] == 0x28:  # (
            j = _skip_space(data, i + 1)
            if j < n and data[j] in b"'\"`":
                continue
        return True
    return False


# farther than the walk reads from the files it starts at, in resolved specifiers: per hop,
# the import's target and up to MAX_REEXPORT_DEPTH re-exports from it to where a name is
# declared (one more each, to spare)
_WALK_REACH = IMPORT_HOPS * (1 + MAX_REEXPORT_DEPTH + 1)


def _may_import_wrapper(project: Project, paths: list[Path], limit: int = 4096) -> bool:
    """Whether the import walk from these files may find a wrapper, over-approximated from
    bytes (their `_FileFacts`, from the memo when it has them): every specifier after a
    `from` is resolved as the walk resolves it, and so on from each file reached, as far as
    the walk can go (every name: more than the walk follows); True when a file reached may
    define a wrapper, or cannot be read so, or more than `limit` files are reached."""
    read = {project.key(p) for p in paths}
    queue = [(key, 0) for key in read]  # breadth first: (file, how many resolutions from `paths`)
    checked: set[str] = set()
    for key, depth in queue:
        if depth >= _WALK_REACH:
            continue
        specs = project.file_facts(Path(key)).specs
        if specs is None:
            return True
        for spec in specs:
            target = project.resolve(Path(key), spec)
            if target is None:
                continue
            found = project.key(target)
            if found in checked:
                continue
            checked.add(found)
            if len(checked) > limit or project.file_facts(target).may_wrap:
                return True
            if found not in read:
                read.add(found)
                queue.append((found, depth + 1))
    return False


def _imported_wrappers(project: Project, paths: list[Path]) -> list[Path]:
    """Wrappers defined in the project files these files import, and in the files those
    import (a helper over a helper); the files read. Imports and exports are read from the
    files' outlines (`Project.outlines`): only a file that may define a wrapper (it holds
    `rpc`) is parsed for it."""
    seen: set[str] = set()
    homes: list[Path] = []

    def generated_types(target: Path) -> bool:
        """Supabase's generated types (megabytes of declarations, no function): never a
        wrapper's home, so not parsed to find out (0.5 s for a 2 MB file)."""
        return project.file_facts(target).types

    layer = list(paths)
    for _hop in range(IMPORT_HOPS):
        following: list[Path] = []
        for path in layer:
            if not project.file_facts(path).has_import:
                continue
            for outline in project.outlines(path):
                for local, (spec, imported) in outline.imports.items():
                    target = project.resolve(outline.path, spec)
                    if target is None or imported == "*" or generated_types(target):
                        continue
                    origin = project.outline_origin(target, imported)
                    if origin is None:
                        continue
                    home = origin[0]
                    if str(home.path) not in seen:
                        seen.add(str(home.path))
                        homes.append(home.path)
                        following.append(home.path)
                        view = project.view_at(home) if home.has_rpc else None
                        if view is not None:
                            project.wrappers.find_definitions(view)
                    if ("fn", str(home.path), origin[1]) in project.wrappers.by_key:
                        project.wrappers.callees.add(local)  # imported under another name (a barrel's alias)
        layer = following
    return homes


class _OutlineMemo:
    """The import walk's `_FileFacts` of the files earlier runs read, by absolute path and
    stat signature (as git's index tells a changed file; see cache._fact), in one cache
    entry keyed by rpccheck's code: [size, mtime_ns, ctime_ns, inode, device, holds
    `import`, generated types, outlines or null, specifiers after `from` or null, may
    define a wrapper]. An outline is [imports as [local, specifier, imported], exports as
    [name, entry], `export *` specifiers, holds `rpc`].
    It is data validated where it is read; a wrong one can only change which wrappers a
    run on a few files follows, as an edited file would."""

    KEEP = 1024  # entries (about 300 bytes each): the files of other runs make room past it

    def __init__(self, tree: Path) -> None:
        import time

        from .. import cache

        self.slot = cache.slot_by_key("links", [], True, tree)
        self.entries: dict[str, list] = {}
        self.started = time.time_ns()
        raw = cache.load_bytes(self.slot) if self.slot is not None else None
        if raw is not None:
            try:
                import orjson

                value = orjson.loads(raw)
            except (ImportError, ValueError, RecursionError):
                value = None
            if isinstance(value, dict):
                self.entries = value

    def get(self, key: str) -> tuple[Optional[list[int]], Optional[_FileFacts]]:
        """(the file's stat signature, or None when it has none; its facts when the memo
        holds them for that signature)."""
        try:
            st = os.stat(key)
        except OSError:
            return None, None
        signature = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]
        entry = self.entries.get(key)
        facts = None
        if entry.__class__ is list and len(entry) == 10 and entry[:5] == signature:
            facts = _decode_facts(Path(key), entry[5:])
        if facts is not None:
            facts.signature = signature
        return signature, facts

    def flush(self, facts: dict[str, _FileFacts]) -> None:
        """Record the facts read in this run of files unchanged since before it began (by
        more than timestamps can blur), and store the memo when it changed."""
        changed = False
        for key, f in facts.items():
            if not f.changed or f.signature is None:
                continue
            try:
                st = os.stat(key)
                same = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev] == f.signature
            except OSError:
                same = False
            if same and f.signature[1] < self.started - 2_000_000_000:
                self.entries[key] = f.signature + _encode_facts(f)
                changed = True
            elif self.entries.pop(key, None) is not None:
                changed = True
        if not changed or self.slot is None:
            return
        if len(self.entries) > self.KEEP:
            for old in [k for k in self.entries if k not in facts][: len(self.entries) - self.KEEP]:
                del self.entries[old]
        from .. import cache

        cache.store_bytes(self.slot, json.dumps(self.entries, separators=(",", ":")).encode("utf-8", "surrogatepass"))


def _encode_facts(f: _FileFacts) -> list:
    outlines = (
        None
        if f.outlines is None
        else [
            [
                [[local, spec, imported] for local, (spec, imported) in o.imports.items()],
                [[name, list(entry)] for name, entry in o.exports.names.items()],
                list(o.exports.stars),
                o.has_rpc,
            ]
            for o in f.outlines
        ]
    )
    return [f.has_import, f.types, outlines, f.specs, f.may_wrap]


def _decode_facts(path: Path, value: list) -> Optional[_FileFacts]:
    """_FileFacts from a memo entry's last five fields, or None when they are not what
    _encode_facts writes."""
    has_import, types, raw, specs, may_wrap = value
    if type(has_import) is not bool or type(types) is not bool or type(may_wrap) is not bool:
        return None
    if specs is not None and not (specs.__class__ is list and all(v.__class__ is str for v in specs)):
        return None
    outlines: Optional[list[_Outline]] = None
    if raw is not None:
        if raw.__class__ is not list:
            return None
        outlines = []
        for index, o in enumerate(raw):
            if not (o.__class__ is list and len(o) == 4 and type(o[3]) is bool):
                return None
            imports_raw, names_raw, stars = o[0], o[1], o[2]
            if not (imports_raw.__class__ is list and names_raw.__class__ is list and stars.__class__ is list):
                return None
            if not all(s.__class__ is str for s in stars):
                return None
            imports: dict[str, tuple[str, str]] = {}
            for i in imports_raw:
                if not (i.__class__ is list and len(i) == 3 and all(v.__class__ is str for v in i)):
                    return None
                imports[i[0]] = (i[1], i[2])
            names: dict[str, tuple] = {}
            for n in names_raw:
                if not (n.__class__ is list and len(n) == 2 and n[0].__class__ is str and n[1].__class__ is list):
                    return None
                entry = n[1]
                if not (
                    (len(entry) == 2 and entry[0] == "local" and entry[1].__class__ is str)
                    or (len(entry) == 3 and entry[0] == "from" and all(v.__class__ is str for v in entry[1:]))
                ):
                    return None
                names[n[0]] = tuple(entry)
            outlines.append(_Outline(path, index, imports, _Exports(names, stars), o[3]))
    return _FileFacts(None, has_import, types, outlines, specs, may_wrap, None, False)


def check_calls(check: Callable[[RpcCall], list[Diagnostic]], calls: Iterable[RpcCall]) -> list[Diagnostic]:
    """Check calls (`check` gives one call's findings), saying in the message which wrapper
    a call goes through, and what each branch of a conditional function name does (once
    for all branches)."""
    out: list[Diagnostic] = []
    branches: dict[tuple, list[tuple[RpcCall, list[Diagnostic]]]] = {}
    for call in calls:
        found = check(call)
        for d in found:
            if d.loc.path != call.path:  # a key written in another file (an imported const)
                d.message = d.message.replace(f" (sent by the call at line {call.loc.line})", "")
                d.message += f" (sent by the call at {call.path}:{call.loc.line})"
            if call.via:
                d.message += f" (via `{call.via}`)"
        if call.name_condition:
            branches.setdefault((call.loc, call.via), []).append((call, found))
        else:
            out.extend(found)
    for group in branches.values():
        seen: dict[tuple, tuple[Diagnostic, list[str]]] = {}
        for call, found in group:
            for d in found:
                k = (d.rule, d.parameter, d.loc.path, d.loc.line, d.loc.column)
                if k not in seen:
                    seen[k] = (d, [])
                seen[k][1].append(call.name_condition)
        for d, conds in seen.values():
            if len(conds) < len(group):
                d.message += f" ({'; '.join(conds)})"
            out.append(d)
    return out
