"""Project configuration: `[tool.rpccheck]` in pyproject.toml, or rpccheck.toml /
.rpccheck.toml, found by walking up from the working directory.

A broken config never passes silently: an unknown key, a wrong type or an unknown
rule raises ConfigError naming the key and the file, and the CLI exits 2.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .rules import SEVERITIES, lookup

CONFIG_FILES = (".rpccheck.toml", "rpccheck.toml", "pyproject.toml")
DEFAULT_EXPOSED = ("public", "graphql_public")


class ConfigError(ValueError):
    pass


@dataclass
class Config:
    """The settings of one run, from the config file (or the defaults)."""

    root: Path  # the folder holding the config, else the Supabase project, else the git root, else cwd
    file: Optional[Path] = None
    schema: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    exposed_schemas: tuple[str, ...] = DEFAULT_EXPOSED
    exposed_source: str = ""  # where exposed_schemas came from; "" when it is the default guess
    default_schema: str = "public"
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    respect_gitignore: bool = True


# key → (attribute, expected kind)
_KEYS: dict[str, tuple[str, str]] = {
    "schema": ("schema", "str-list"),
    "types": ("types", "str-list"),
    "include": ("include", "str-list"),
    "exclude": ("exclude", "str-list"),
    "exposed-schemas": ("exposed_schemas", "str-list"),
    "default-schema": ("default_schema", "str"),
    "select": ("select", "rule-list"),
    "ignore": ("ignore", "rule-list"),
    "per-file-ignores": ("per_file_ignores", "rule-map"),
    "severity": ("severity", "severity-map"),
    "respect-gitignore": ("respect_gitignore", "bool"),
}


def find_config(start: Path) -> Optional[tuple[Path, dict]]:
    """The nearest config file at or above `start`, with its rpccheck table."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            p = folder / name
            if not p.is_file():
                continue
            data = _read_toml(p)
            if name == "pyproject.toml":
                table = data.get("tool", {}).get("rpccheck")
                if table is None:
                    continue
                return p, table
            return p, data
    return None


def _read_toml(p: Path) -> dict:
    from .sources import read_bytes

    data, problem = read_bytes(p)
    if data is None:
        raise ConfigError(f"{p}: cannot read: {problem}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise ConfigError(f"{p}: not valid UTF-8 (byte 0x{data[e.start]:02x} on line {line})") from None
    if sys.version_info >= (3, 11):  # imported here: a project without a config file never needs it
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: invalid TOML: {e}") from None
    except ValueError as e:  # tomllib's own: an integer of more digits than Python reads (4,300)
        raise ConfigError(f"{p}: invalid TOML: {str(e).split(';')[0]}") from None
    except RecursionError:
        raise ConfigError(f"{p}: invalid TOML: nested too deeply") from None


def supabase_root(start: Path) -> Optional[Path]:
    """The nearest folder holding a Supabase project (`supabase/` with migrations or a
    config.toml): in a monorepo, the app's folder rather than the repository's."""
    for folder in (start, *start.parents):
        sb = folder / "supabase"
        if (sb / "config.toml").is_file() or (sb / "migrations").is_dir():
            return folder
    return None


def git_root(start: Path) -> Optional[Path]:
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


def load_config(cwd: Path, explicit: Optional[Path] = None) -> Config:
    cwd = cwd.resolve()
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"config file not found: {explicit}")
        data = _read_toml(explicit)
        table = data.get("tool", {}).get("rpccheck", {}) if explicit.name == "pyproject.toml" else data
        found: Optional[tuple[Path, dict]] = (explicit.resolve(), table)
    else:
        found = find_config(cwd)
    if found is None:
        cfg = Config(root=supabase_root(cwd) or git_root(cwd) or cwd)
    else:
        path, table = found
        cfg = Config(root=path.parent, file=path)
        _apply(cfg, table, _where(path))
        if "exposed-schemas" in table:
            cfg.exposed_source = path.name
    if not cfg.exposed_source:
        exposed = _supabase_api_schemas(cfg.root)
        if exposed is not None:
            cfg.exposed_schemas = tuple(exposed)
            cfg.exposed_source = "supabase/config.toml"
    return cfg


def _where(path: Path) -> str:
    return f"[tool.rpccheck] in {path}" if path.name == "pyproject.toml" else str(path)


def _supabase_api_schemas(root: Path) -> Optional[list[str]]:
    """`[api] schemas` of the Supabase CLI's config: what PostgREST exposes locally."""
    p = root / "supabase" / "config.toml"
    if not p.is_file():
        return None
    try:
        api = _read_toml(p).get("api", {})
    except ConfigError:
        return None
    schemas = api.get("schemas") if isinstance(api, dict) else None
    if isinstance(schemas, list) and all(isinstance(s, str) for s in schemas):
        return list(schemas)
    return None


def _apply(cfg: Config, table: Any, where: str) -> None:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table")
    for key, value in table.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{where}: unknown key `{key}` (known keys: {known})")
        attr, kind = _KEYS[key]
        value = _validate(key, value, kind, where)
        setattr(cfg, attr, tuple(value) if attr == "exposed_schemas" else value)


def _validate(key: str, value: Any, kind: str, where: str) -> Any:
    def bad(expected: str) -> ConfigError:
        return ConfigError(f"{where}: `{key}` must be {expected}, got {type(value).__name__} {value!r}")

    if kind == "str":
        if not isinstance(value, str) or not value:
            raise bad("a non-empty string")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if kind in ("str-list", "rule-list"):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("a list of strings")
        if kind == "rule-list":
            for v in value:
                check_rule_selector(v, f"{where}: `{key}`")
        return list(value)
    if kind == "rule-map":
        if not isinstance(value, dict):
            raise bad('a table of glob = ["rule", ...]')
        out = {}
        for glob, rules in value.items():
            if isinstance(rules, str):
                rules = [rules]
            if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
                raise ConfigError(f'{where}: `{key}."{glob}"` must be a list of rule codes or names')
            for r in rules:
                check_rule_selector(r, f'{where}: `{key}."{glob}"`')
            out[glob] = rules
        return out
    if kind == "severity-map":
        if not isinstance(value, dict):
            raise bad('a table of rule = "error" | "warning" | "info"')
        out = {}
        for rule, sev in value.items():
            r = lookup(rule)
            if r is None:
                raise ConfigError(f"{where}: `{key}`: unknown rule `{rule}`")
            if sev not in SEVERITIES:
                raise ConfigError(f"{where}: `{key}.{rule}` must be one of error, warning, info; got {sev!r}")
            out[r.name] = sev
        return out
    raise AssertionError(kind)


def check_rule_selector(value: str, where: str) -> None:
    """A selector is a rule code, a rule name, a code prefix such as RPC0, or ALL."""
    if value.upper() == "ALL" or lookup(value) is not None:
        return
    from .rules import RULES

    if value.upper().startswith("RPC") and any(r.code.startswith(value.upper()) for r in RULES):
        return
    raise ConfigError(f"{where}: unknown rule `{value}` (see `rpccheck rule`)")
