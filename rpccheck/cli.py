"""Command line: `rpccheck check`, `rpccheck functions`.

Exit codes: 0 clean, 1 findings (errors or warnings), 2 usage or internal error.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_NoArgsIsHelp = getattr(click.exceptions, "NoArgsIsHelpError", ())


def _fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"rpccheck: error: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def _schema_paths(values: tuple[str, ...]) -> list[Path]:
    paths = []
    for v in values:
        p = Path(v)
        if not p.exists():
            raise _fail(f"schema path not found: {v}")
        paths.append(p)
    return paths


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rpccheck")
def cli() -> None:
    """Check Supabase/PostgREST .rpc() calls against the SQL that defines the functions."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--schema", "schemas", multiple=True, metavar="FILE_OR_DIR",
              help="SQL file or directory of .sql files defining the functions (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
def check(paths: tuple[Path, ...], schemas: tuple[str, ...], fmt: str) -> None:
    """Check every .rpc() call under PATHS (default: the current directory)."""
    from . import engine, report

    if not schemas:
        raise _fail("no schema given: pass --schema FILE_OR_DIR")
    schema_paths = _schema_paths(schemas)
    code_paths = list(paths) or [Path(".")]
    for p in code_paths:
        if not p.exists():
            raise _fail(f"path not found: {p}")
    result = engine.check(code_paths, schema_paths)
    out = report.FORMATS[fmt](result.diagnostics)
    click.echo(out, nl=False)
    failing = any(d.severity in ("error", "warning") for d in result.diagnostics)
    raise click.exceptions.Exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


@cli.command()
@click.option("--schema", "schemas", multiple=True, metavar="FILE_OR_DIR",
              help="SQL file or directory of .sql files (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def functions(schemas: tuple[str, ...], fmt: str) -> None:
    """List the function signatures rpccheck extracts from the SQL."""
    from .engine import expand_schema_paths
    from .report.text import line
    from .sql.catalog import load_catalog

    if not schemas:
        raise _fail("no schema given: pass --schema FILE_OR_DIR")
    catalog = load_catalog(expand_schema_paths(_schema_paths(schemas)))
    fns = catalog.all_functions()
    if fmt == "json":
        click.echo(json.dumps([f.to_json() for f in fns], indent=2, ensure_ascii=False))
    else:
        for f in fns:
            ret = ("SETOF " if f.returns_set else "") + f.returns
            kind = "" if f.kind == "function" else f"{f.kind} "
            click.echo(f"{f.path}:{f.line}: {kind}{f.signature()} RETURNS {ret} {f.volatility.upper()}")
    for d in catalog.diagnostics:
        click.echo(line(d), err=True)


def main(argv: list[str] | None = None) -> int:
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
        click.echo(f"rpccheck: error: {e.format_message()}{hint}", err=True)
        return EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("rpccheck: aborted", err=True)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as e:  # an internal error: one line, and exit 2
        click.echo(f"rpccheck: internal error: {type(e).__name__}: {e}", err=True)
        return EXIT_ERROR
    # standalone_mode=False returns the code of a raised Exit instead of raising it
    return rv if isinstance(rv, int) else EXIT_CLEAN


def entry() -> None:
    sys.exit(main())
