"""Command line: `rpccheck check`, `functions`, `sources`, `rule`.

Exit codes: 0 clean, 1 findings (errors or warnings), 2 usage, config or internal
error. Errors are one line on stderr, never a traceback. Machine formats write
nothing but their document to stdout.
"""

from __future__ import annotations

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


_config_option = click.option("--config", "config_file", type=click.Path(path_type=Path), default=None,
                              help="Config file (default: nearest .rpccheck.toml, rpccheck.toml or "
                                   "pyproject.toml with [tool.rpccheck]).")
_schema_option = click.option("--schema", "schemas", multiple=True, metavar="PATH",
                              help="SQL file, directory or glob defining the functions (repeatable). "
                                   "Default: `schema` in the config, else discovered.")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="rpccheck")
def cli() -> None:
    """Check Supabase/PostgREST .rpc() calls against the SQL that defines the functions."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_schema_option
@click.option("--types", "types_", multiple=True, metavar="FILE",
              help="Supabase generated types (database.types.ts) as a second source (repeatable).")
@_config_option
@click.option("--format", "fmt", type=click.Choice(_format_names()), default=None,
              help="Output format.  [default: text]")
@click.option("--output-file", "-o", type=click.Path(path_type=Path), default=None,
              help="Write the report to this file instead of stdout.")
@click.option("--output", "outputs", multiple=True, metavar="FORMAT:FILE",
              help="Also write a report in FORMAT to FILE (`-`: stdout); repeatable, so one run writes "
                   "every report CI needs. With --output alone, --format's report is not printed.")
@click.option("--select", multiple=True, metavar="RULES",
              help="Only these rules (codes, names or code prefixes; comma-separated, repeatable).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules.")
@click.option("--include", multiple=True, metavar="GLOB", help="Only check files matching these globs.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching these globs.")
@click.option("--force-exclude", is_flag=True,
              help="Apply excludes even to paths passed explicitly (as pre-commit passes them).")
@click.option("--default-schema", default=None, help="Schema of calls without .schema() (default: public).")
@click.option("--exposed-schemas", multiple=True, metavar="SCHEMAS",
              help="Schemas PostgREST exposes (comma-separated).")
@click.option("--baseline", type=click.Path(path_type=Path), default=None,
              help="Hide findings recorded in this baseline file; report only new ones.")
@click.option("--write-baseline", type=click.Path(path_type=Path), default=None,
              help="Record the current findings in this baseline file and exit 0.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Show the number of findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no source, summary or notes.")
@click.option("--no-color", is_flag=True, help="Never colour the output (NO_COLOR and FORCE_COLOR are honoured).")
@click.option("--show-sources", is_flag=True, help="List the schema and types files read, on stderr.")
@click.option("--no-cache", is_flag=True,
              help="Read the schema afresh instead of from the user cache folder (RPCCHECK_NO_CACHE=1).")
def check(paths, schemas, types_, config_file, fmt, output_file, outputs, select, ignore, include, exclude,
          force_exclude, default_schema, exposed_schemas, baseline, write_baseline, exit_zero, statistics,
          quiet, no_color, show_sources, no_cache) -> None:
    """Check every .rpc() call under PATHS (default: the current directory)."""
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
        paths=list(paths), schema=list(schemas), types=list(types_),
        include=_split(include), exclude=_split(exclude), force_exclude=force_exclude,
        select=sel, ignore=ign, default_schema=default_schema,
        exposed_schemas=_split(exposed_schemas), baseline=baseline, use_cache=not no_cache,
    )
    try:
        result = engine.run(cfg, opts)
    except engine.RunError as e:
        raise _fail(str(e)) from None
    if show_sources:
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
        )
        out = report.FORMATS[target_fmt](result.diagnostics, ctx)
        if target is not None:
            try:
                target.write_bytes(out.encode("utf-8", "replace"))
            except OSError as e:
                raise _fail(f"cannot write {target}: {e.strerror or e}") from None
        else:
            _emit_document(out, target_fmt in MACHINE_FORMATS, ctx.color)
    if result.stale_baseline and not quiet:
        _say(f"rpccheck: {result.stale_baseline} baseline entr{'y is' if result.stale_baseline == 1 else 'ies are'} "
             f"stale (fixed findings); refresh with --write-baseline", err=True)
    failing = any(d.severity in ("error", "warning") for d in result.diagnostics)
    raise click.exceptions.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


def _repository_root(project_root: Path) -> Path:
    """What GitHub's file= and SARIF uris are relative to: the checkout, not a config folder."""
    from .config import git_root

    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        ws = Path(workspace).resolve()
        if project_root.resolve() == ws or ws in project_root.resolve().parents:
            return ws
    return git_root(project_root.resolve()) or project_root


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
@_schema_option
@click.option("--types", "types_", multiple=True, metavar="FILE", help="Generated types file (repeatable).")
@_config_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def sources(schemas, types_, config_file, fmt) -> None:
    """List the schema files rpccheck reads, in the order it applies them, and those it skips."""
    from . import engine
    from .discover import schema_sources
    from .sources import display_path

    cfg = _load_config(config_file)
    found, missing = schema_sources(cfg, list(schemas))
    if missing:
        raise _fail(f"schema path not found: {missing[0]}")
    try:
        types = [display_path(t) for t in engine.type_files(cfg, list(types_), [cfg.root])]
    except engine.RunError as e:
        raise _fail(str(e)) from None
    if fmt == "json":
        _emit_json(json.dumps({
            "root": display_path(cfg.root), "config": display_path(cfg.file) if cfg.file else None,
            "schema": [{"path": display_path(s.path), "applied": s.applied, "why": s.why} for s in found],
            "types": types,
        }, indent=2))
        return
    _say(f"project root: {display_path(cfg.root)}" + (f" (config: {display_path(cfg.file)})" if cfg.file else ""))
    _say(_sources_text(found, types), nl=False)
    if not found:
        raise _fail("no schema files found")


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
    sys.exit(main())
