"""Command line: `rpccheck check`, `functions`, `sources`, `rule`.

Exit codes: 0 clean, 1 findings (errors or warnings), 2 usage, config or internal
error. Errors are one line on stderr, never a traceback. Machine formats write
nothing but their document to stdout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config

import json
import os
import sys
from pathlib import Path
from typing import Optional

import click

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_NoArgsIsHelp = getattr(click.exceptions, "NoArgsIsHelpError", ())
MACHINE_FORMATS = frozenset({"json", "sarif", "github", "junit"})


def _say(text: str, err: bool = False, nl: bool = True) -> None:
    """Human text (notes, errors, listings) built from names and paths: each line made
    terminal- and GitHub-log-safe (report/_common)."""
    from .report._common import clean, log_safe_text

    click.echo(log_safe_text("\n".join(clean(part) for part in text.split("\n"))), err=err, nl=nl)


def _emit_json(document: str) -> None:
    from .report._common import log_safe_json

    _emit_document(log_safe_json(document) + "\n", machine=True)


def _emit_document(out: str, machine: bool, color: bool = False) -> None:
    """A report on stdout. A machine document is written as UTF-8 bytes whatever the
    console's encoding (it declares UTF-8); text goes through the console's encoding,
    with what it cannot encode escaped (see _configure_streams)."""
    if machine:
        click.echo(out.encode("utf-8", "replace"), nl=False)
    else:
        click.echo(out, nl=False, color=color)


def _configure_streams() -> None:
    """A cp1252 console (Windows, or a piped run under pre-commit) cannot encode a CJK
    comment shown in a source excerpt: escape what the encoding lacks, never crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def _fail(message: str) -> click.exceptions.Exit:
    _say(f"rpccheck: error: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def _parse_outputs(values: tuple[str, ...]) -> list[tuple[str, Optional[Path]]]:
    """`--output FORMAT:FILE` values as (format, path or None for stdout `-`)."""
    from .report import FORMATS

    out = []
    for raw in values:
        fmt, sep, target = raw.partition(":")
        if not sep or not target:
            raise _fail(f"--output wants FORMAT:FILE (FILE `-` for stdout), got `{raw}`")
        if fmt not in FORMATS:
            raise _fail(f"--output: unknown format `{fmt}` (one of {', '.join(FORMATS)})")
        out.append((fmt, None if target == "-" else Path(target)))
    return out


def _split(values: tuple[str, ...]) -> Optional[list[str]]:
    """Repeatable, comma-separated option values; None when the option was not given."""
    if not values:
        return None
    return [v.strip() for raw in values for v in raw.split(",") if v.strip()]


def use_color(no_color: bool, stream) -> bool:
    """ruff's rules: --no-color, then NO_COLOR, then FORCE_COLOR, then is it a terminal."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _load_config(config_file: Optional[Path]):
    from .config import ConfigError, load_config

    try:
        return load_config(Path.cwd(), config_file)
    except ConfigError as e:
        raise _fail(str(e)) from None


def _format_names() -> list[str]:
    from .report import FORMATS

    return list(FORMATS)


_config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Config file (default: nearest .rpccheck.toml, rpccheck.toml or pyproject.toml with [tool.rpccheck]).",
)
_schema_option = click.option(
    "--schema",
    "schemas",
    multiple=True,
    metavar="PATH",
    help="SQL file, directory or glob defining the functions (repeatable). "
    "Default: `schema` in the config, else discovered.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="rpccheck")
def cli() -> None:
    """Check Supabase/PostgREST .rpc() calls against the SQL that defines the functions."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_schema_option
@click.option(
    "--types",
    "types_",
    multiple=True,
    metavar="FILE",
    help="Supabase generated types (database.types.ts) as a second source (repeatable).",
)
@_config_option
@click.option(
    "--format", "fmt", type=click.Choice(_format_names()), default=None, help="Output format.  [default: text]"
)
@click.option(
    "--output-file",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the report to this file instead of stdout.",
)
@click.option(
    "--output",
    "outputs",
    multiple=True,
    metavar="FORMAT:FILE",
    help="Also write a report in FORMAT to FILE (`-`: stdout); repeatable, so one run writes "
    "every report CI needs. With --output alone, --format's report is not printed.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="RULES",
    help="Only these rules (codes, names or code prefixes; comma-separated, repeatable).",
)
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules.")
@click.option("--include", multiple=True, metavar="GLOB", help="Only check files matching these globs.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching these globs.")
@click.option(
    "--force-exclude", is_flag=True, help="Apply excludes even to paths passed explicitly (as pre-commit passes them)."
)
@click.option("--default-schema", default=None, help="Schema of calls without .schema() (default: public).")
@click.option(
    "--exposed-schemas", multiple=True, metavar="SCHEMAS", help="Schemas PostgREST exposes (comma-separated)."
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    default=None,
    help="Hide findings recorded in this baseline file; report only new ones.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path),
    default=None,
    help="Record the current findings in this baseline file and exit 0.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Show the number of findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no source, summary or notes.")
@click.option("--no-color", is_flag=True, help="Never colour the output (NO_COLOR and FORCE_COLOR are honoured).")
@click.option("--show-sources", is_flag=True, help="List the schema and types files read, on stderr.")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Read the schema afresh instead of from the user cache folder (RPCCHECK_NO_CACHE=1).",
)
@click.option("--fix", "fix_", is_flag=True, help="Apply the safe fixes (they keep a working program's behaviour).")
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix or --diff, also the unsafe ones: a call that always fails made one that may succeed.",
)
@click.option("--diff", "diff_", is_flag=True, help="Print the fixes as a unified diff instead of writing them.")
@click.option(
    "--since",
    metavar="REF",
    default=None,
    help="Check only the code changed since REF (git merge base with HEAD) and the calls to "
    "functions whose SQL or types changed there; report findings only at those places.",
)
def check(
    paths,
    schemas,
    types_,
    config_file,
    fmt,
    output_file,
    outputs,
    select,
    ignore,
    include,
    exclude,
    force_exclude,
    default_schema,
    exposed_schemas,
    baseline,
    write_baseline,
    exit_zero,
    statistics,
    quiet,
    no_color,
    show_sources,
    no_cache,
    fix_,
    unsafe_fixes,
    diff_,
    since,
) -> None:
    """Check every .rpc() call under PATHS (default: the current directory)."""
    import gc

    # A check builds objects that live until it ends (catalog, calls, facts) and makes few
    # reference cycles: at the default threshold (700) the collector ran ~150 times in a
    # 10-file pre-commit run on the large corpus (~40 of ~400 ms CPU) and ~430 times in a
    # cold one (~210 ms), for no memory saved. As mypy does (build.py: "Run gc less
    # frequently"), collect less often for this command; restored when it ends (tests and
    # hosts that call main() keep their own setting).
    thresholds = gc.get_threshold()
    gc.set_threshold(200_000, 30, 30)

    def restore() -> None:
        # the objects made since the last collection (up to 200,000) move to the oldest
        # generation first: restored as they were, the next allocation collected them all
        # (~5 ms at the end of a pre-commit run), for a process about to exit
        gc.freeze()
        gc.unfreeze()
        gc.set_threshold(*thresholds)

    click.get_current_context().call_on_close(restore)
    from . import engine, report
    from .config import check_rule_selector, ConfigError

    cfg = _load_config(config_file)
    targets = _parse_outputs(outputs)
    if fmt is not None or output_file is not None or not targets:
        targets.insert(0, (fmt or "text", output_file))
    for p in paths:
        if not p.exists():
            raise _fail(f"path not found: {p}")
    sel, ign = _split(select), _split(ignore)
    try:
        for v in (sel or []) + (ign or []):
            check_rule_selector(v, "--select/--ignore")
    except ConfigError as e:
        raise _fail(str(e)) from None
    opts = engine.Options(
        paths=list(paths),
        schema=list(schemas),
        types=list(types_),
        include=_split(include),
        exclude=_split(exclude),
        force_exclude=force_exclude,
        select=sel,
        ignore=ign,
        default_schema=default_schema,
        exposed_schemas=_split(exposed_schemas),
        baseline=baseline,
        use_cache=not no_cache,
    )
    scope = None
    if since is not None:
        from . import since as since_mod

        try:
            scope = since_mod.scope(cfg, opts, since)
        except since_mod.SinceError as e:
            raise _fail(str(e)) from None
        opts.paths = scope.paths
    try:
        # nothing changed since REF that can hold a call: nothing to check
        result = engine.run(cfg, opts) if scope is None or scope.paths else engine.Result([], None)  # type: ignore[arg-type]  # nothing was read: no catalog
    except engine.RunError as e:
        raise _fail(str(e)) from None
    if scope is not None:
        result.diagnostics = [d for d in result.diagnostics if scope.reports(d)]
    if fix_ or diff_:
        result.diagnostics = _apply_fixes(cfg, opts, scope, result.diagnostics, unsafe_fixes, diff_, quiet)
    if show_sources:
        if len(result.projects) > 1:
            from .sources import display_path

            for project in result.projects:
                _say(f"project {display_path(project.root) or '.'}:", err=True)
                _say(_sources_text(project.sources, project.type_files), err=True, nl=False)
        else:
            _say(_sources_text(result.sources, result.type_files), err=True, nl=False)
    if write_baseline is not None:
        from . import baseline as baseline_mod
        from .policy import Policy

        n = baseline_mod.write(write_baseline, result.all_diagnostics, Policy(root=cfg.root).root_relative)
        _say(f"rpccheck: wrote {n} baseline entries to {write_baseline}", err=True)
        raise click.exceptions.Exit(EXIT_CLEAN)
    root = _repository_root(cfg.root)
    lines_cache: dict[str, Optional[list[str]]] = {}

    def source_lines(path: str) -> Optional[list[str]]:
        if path not in lines_cache:  # several reports show the same excerpts
            lines_cache[path] = report.read_source_lines(path)
        return lines_cache[path]

    for target_fmt, target in targets:
        ctx = report.ReportContext(
            color=target is None and use_color(no_color, sys.stdout),
            source_lines=source_lines,
            statistics=statistics,
            quiet=quiet,
            tool_version=__version__,
            root=root,
            run=result.summary,
        )
        out = report.FORMATS[target_fmt](result.diagnostics, ctx)
        if target is not None:
            try:
                target.write_bytes(out.encode("utf-8", "replace"))
            except OSError as e:
                raise _fail(f"cannot write {target}: {e.strerror or e}") from None
        else:
            _emit_document(out, target_fmt in MACHINE_FORMATS, ctx.color)
    _warn_unchecked(result, opts, cfg, quiet)
    if result.stale_baseline and not quiet:
        _say(
            f"rpccheck: {result.stale_baseline} baseline entr{'y is' if result.stale_baseline == 1 else 'ies are'} "
            f"stale (fixed findings); refresh with --write-baseline",
            err=True,
        )
    failing = any(d.severity in ("error", "warning") for d in result.diagnostics)
    raise click.exceptions.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


def _warn_unchecked(result, opts, cfg, quiet: bool) -> None:
    """On stderr, not as a finding (the exit code stays): files passed that rpccheck does
    not read, and a run over folders that checked no call at all, which otherwise looks
    the same as a run that checked every call and found nothing."""
    from .sources import display_path

    run = result.summary
    if run is None:
        return
    for p in run.not_read:
        _say(
            f"rpccheck: warning: {p} was not checked: rpccheck does not read {Path(p).suffix or 'such'} files", err=True
        )
    folders = [p for p in (opts.paths or [Path(".")]) if p.is_dir()]
    if folders and run.calls_checked == 0 and not quiet:
        filters = ""
        for flag, given, configured in (("include", opts.include, cfg.include), ("exclude", opts.exclude, cfg.exclude)):
            if given:
                filters += f"; --{flag} {', '.join(given)}"
            elif given is None and configured:
                filters += f"; `{flag}` in {cfg.file.name if cfg.file else 'the config'}: {', '.join(configured)}"
        shown = ", ".join(display_path(p) or "." for p in folders)
        what = (
            f"{run.calls_found} .rpc() call{'s' if run.calls_found != 1 else ''} found, none checkable"
            if run.calls_found
            else "no .rpc() call found"
        )
        _say(
            f"rpccheck: warning: no call was checked under {shown} ({run.files_scanned} file"
            f"{'s' if run.files_scanned != 1 else ''} scanned, {what}{filters})",
            err=True,
        )


def _apply_fixes(cfg, opts, scope, diagnostics, unsafe: bool, diff_only: bool, quiet: bool):
    """--diff: print what --fix would change and exit (1 when it would change something,
    as ruff does). --fix: write, re-check, and report what is left."""
    from . import engine, fix

    allowed = fix.applicable(unsafe)
    if diff_only:
        planned = fix.plan(diagnostics, allowed)
        for path, (before, after, _n) in planned.items():
            click.echo(fix.unified_diff(path, before, after), nl=False)
        n = sum(count for _b, _a, count in planned.values())
        if not quiet and planned:
            click.echo(
                f"rpccheck: would fix {n} finding{'s' if n != 1 else ''} in {len(planned)} "
                f"file{'s' if len(planned) != 1 else ''}",
                err=True,
            )
        elif not quiet:
            click.echo("rpccheck: nothing to fix", err=True)
        raise click.exceptions.Exit(EXIT_FINDINGS if planned else EXIT_CLEAN)

    def recheck():
        found = engine.run(cfg, opts).diagnostics
        return [d for d in found if scope.reports(d)] if scope is not None else found

    remaining, n, files = fix.fix_until_done(diagnostics, allowed, recheck)
    if not quiet:
        hidden = 0 if unsafe else sum(map(len, fix.fixes_by_path(remaining, fix.applicable(True)).values()))
        note = f"; {hidden} more with --unsafe-fixes" if hidden else ""
        click.echo(
            f"rpccheck: fixed {n} finding{'s' if n != 1 else ''} in {len(files)} "
            f"file{'s' if len(files) != 1 else ''}{note}",
            err=True,
        )
    return remaining


def _repository_root(project_root: Path) -> Path:
    """What GitHub's file= and SARIF uris are relative to: the checkout, not a config folder."""
    from .config import git_root

    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        ws = Path(workspace).resolve()
        if project_root.resolve() == ws or ws in project_root.resolve().parents:
            return ws
    return git_root(project_root.resolve()) or project_root


def _outermost(folders: list[str]) -> list[str]:
    """The folders, without those inside another one listed."""
    out: list[str] = []
    for f in sorted(set(folders), key=lambda f: (f.count("/"), f)):
        if f == "." or not any(o == "." or f.startswith(o + "/") for o in out):
            if "." not in out:
                out.append(f)
    return sorted(out)


def _sources_text(sources, type_files: list[str]) -> str:
    from .sources import display_path

    lines = ["schema files, in the order applied:"]
    n = 0
    for s in sources:
        if s.applied:
            n += 1
            lines.append(f"  {n:>3}. {display_path(s.path)}  ({s.why})")
    skipped = [s for s in sources if not s.applied]
    if skipped:
        lines.append("skipped:")
        lines += [f"       {display_path(s.path)}  ({s.why})" for s in skipped]
    lines.append("generated types:" if type_files else "generated types: none")
    lines += [f"       {t}" for t in type_files]
    return "\n".join(lines) + "\n"


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_schema_option
@click.option("--types", "types_", multiple=True, metavar="FILE", help="Generated types file (repeatable).")
@_config_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def sources(paths, schemas, types_, config_file, fmt) -> None:
    """List the schema files rpccheck reads, in the order it applies them, and those it skips.

    In a monorepo (no `schema` configured), code under PATHS (default: the current directory)
    is checked against its nearest Supabase project: each project is listed with the folders
    that use it."""
    from . import engine
    from .discover import Walker, schema_sources
    from .project import ProjectMap, project_config
    from .sources import display_path

    cfg = _load_config(config_file)
    for p in paths:
        if not p.exists():
            raise _fail(f"path not found: {p}")
    found, missing = schema_sources(cfg, list(schemas))
    if missing:
        raise _fail(f"schema path not found: {missing[0]}")
    # which project each checked folder uses (as `check` decides it)
    projects: dict[str, list[str]] = {}
    nested: dict[str, "Config"] = {}
    if not (schemas or cfg.schema):
        pmap = ProjectMap(cfg.root)
        root_key = os.path.realpath(cfg.root)
        for f in Walker(cfg).walk(list(paths) or [Path(".")]):
            r = pmap.root_for(f, is_file=True)
            key = os.path.realpath(r) if r is not None else root_key
            folder = display_path(os.path.dirname(f)) or "."
            folders = projects.setdefault(key, [])
            if folder not in folders:
                folders.append(folder)
        for key in projects:
            if key != root_key:
                nested[key] = project_config(cfg, Path(key))
    try:
        types = [display_path(t) for t in engine.type_files(cfg, list(types_), [cfg.root])]
    except engine.RunError as e:
        raise _fail(str(e)) from None
    if nested:  # a nested project's types are its own
        types = [t for t in types if os.path.realpath(pmap.root_for(t) or cfg.root) not in nested]
    listed = [(os.path.realpath(cfg.root), cfg, found, types)]
    if nested and not found and not types and not projects.get(listed[0][0]):
        listed = []  # no root project: only the nested ones
    for key, pcfg in nested.items():
        listed.append(
            (key, pcfg, schema_sources(pcfg)[0], [display_path(t) for t in engine.type_files(pcfg, [], [pcfg.root])])
        )
    if fmt == "json":
        doc: dict[str, object] = {
            "root": display_path(cfg.root),
            "config": display_path(cfg.file) if cfg.file else None,
            "schema": [{"path": display_path(s.path), "applied": s.applied, "why": s.why} for s in found],
            "types": types,
        }
        if nested:
            doc["projects"] = [
                {
                    "root": display_path(pcfg.root) or ".",
                    "folders": _outermost(projects.get(key, [])),
                    "schema": [{"path": display_path(s.path), "applied": s.applied, "why": s.why} for s in srcs],
                    "types": tys,
                }
                for key, pcfg, srcs, tys in listed
            ]
        _emit_json(json.dumps(doc, indent=2))
        return
    _say(f"project root: {display_path(cfg.root)}" + (f" (config: {display_path(cfg.file)})" if cfg.file else ""))
    if not nested:
        _say(_sources_text(found, types), nl=False)
        if not found:
            raise _fail("no schema files found")
        return
    for key, pcfg, srcs, tys in listed:
        folders = _outermost(projects.get(key, []))
        if len(folders) > 8:
            folders = folders[:8] + [f"and {len(folders) - 8} more"]
        _say(
            f"\nproject {display_path(pcfg.root) or '.'}: "
            + (f"used by {', '.join(folders)}" if folders else "used by no folder checked")
        )
        _say(_sources_text(srcs, tys), nl=False)


@cli.command()
@_schema_option
@_config_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def functions(schemas, config_file, fmt) -> None:
    """List the function signatures rpccheck extracts from the SQL."""
    from .discover import schema_sources
    from .report.text import line
    from .sources import display_path
    from .sql.replay import load_catalog

    cfg = _load_config(config_file)
    found, missing = schema_sources(cfg, list(schemas))
    if missing:
        raise _fail(f"schema path not found: {missing[0]}")
    if not found:
        raise _fail("no schema given: pass --schema FILE_OR_DIR or set `schema` in the config")
    applied = [s for s in found if s.applied]
    for s in found:
        if s.unreadable:
            _say(f"{display_path(s.path)}:1:1: {s.why}; its schema files were not read", err=True)
    catalog = load_catalog([s.path for s in applied], sources=[s.source for s in applied])
    fns = catalog.all_functions()
    if fmt == "json":
        _emit_json(json.dumps([f.to_json() for f in fns], indent=2, ensure_ascii=False))
    else:
        for f in fns:
            ret = ("SETOF " if f.returns_set else "") + f.returns
            kind = "" if f.kind == "function" else f"{f.kind} "
            _say(f"{f.path}:{f.line}: {kind}{f.signature()} RETURNS {ret} {f.volatility.upper()}")
    for d in catalog.diagnostics:
        _say(line(d), err=True)


@cli.command()
@click.argument("rule", required=False)
def rule(rule: Optional[str]) -> None:
    """Show a rule's documentation, or a table of all rules."""
    from .rules import RULES, lookup

    if rule is None:
        width = max(len(r.name) for r in RULES)
        click.echo(f"{'CODE':<8}{'NAME':<{width + 2}}{'SEVERITY':<10}SUMMARY")
        for r in RULES:
            click.echo(f"{r.code:<8}{r.name:<{width + 2}}{r.severity:<10}{r.summary}")
        return
    found = lookup(rule)
    if found is None:
        raise _fail(f"unknown rule `{rule}` (run `rpccheck rule` for the list)")
    click.echo(found.doc(), nl=False)


@cli.command()
@click.option(
    "--stdio", is_flag=True, help="Talk LSP over stdin/stdout (the default; accepted for clients that pass it)."
)
def server(stdio: bool) -> None:
    """Run the language server (LSP over stdio): diagnostics as you type, hover, go to
    definition, completion and quick fixes, in any editor with an LSP client."""
    from .lsp.server import main as serve

    serve()


def main(argv: list[str] | None = None) -> int:
    _configure_streams()
    try:
        rv = cli.main(args=argv, prog_name="rpccheck", standalone_mode=False)
    except click.exceptions.Exit as e:
        return e.exit_code
    except _NoArgsIsHelp as e:
        click.echo(e.format_message(), err=True)
        return EXIT_ERROR
    except click.ClickException as e:
        hint = ""
        if isinstance(e, click.UsageError) and e.ctx is not None:
            hint = f" (see '{e.ctx.command_path} --help')"
        _say(f"rpccheck: error: {e.format_message()}{hint}", err=True)
        return EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("rpccheck: aborted", err=True)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN
    except KeyboardInterrupt:
        click.echo("rpccheck: interrupted", err=True)
        return EXIT_ERROR
    except Exception as e:  # an internal error: one line, and exit 2
        _say(f"rpccheck: internal error: {type(e).__name__}: {e}", err=True)
        return EXIT_ERROR
    # standalone_mode=False returns the code of a raised Exit instead of raising it
    return rv if isinstance(rv, int) else EXIT_CLEAN


def entry() -> None:
    code = main()
    # As mypy's --fast-exit: once the output is flushed, end without tearing the
    # interpreter down (a final collection over everything a check built, then freeing it
    # object by object: ~10 ms of a pre-commit run). Only when no other thread runs (an
    # exit waits for those), and the normal way when a stream cannot be flushed (it then
    # reports the error as before).
    import threading

    if threading.active_count() == 1:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        else:
            os._exit(code)
    sys.exit(code)
