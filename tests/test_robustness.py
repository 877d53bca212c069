"""Bad input and a hostile environment end in a diagnostic or a one-line usage error,
never a crash, a hang or unbounded memory; named slow inputs stay linear.

Inputs that once took a minute run here in well under a second. The subprocess runs
have a timeout only as a hang guard (hundreds of times what they take now), never as a
measurement.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

SCHEMA = "create function public.f(a int) returns int language sql as $$ select 1 $$;\n"
CALL = "supabase.rpc('f', { b: 1 })\n"
FORMATS = ("text", "concise", "json", "github", "sarif", "junit")
HANG_GUARD = 120  # seconds; each run below takes about one


def make(root: Path, files: dict[str, bytes | str]) -> Path:
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content if isinstance(content, bytes) else content.encode())
    return root


def cli(args: list[str], cwd: Path, env: dict | None = None, timeout: int = HANG_GUARD) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RPCCHECK_"))}
    full["RPCCHECK_NO_CACHE"] = "1"
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "rpccheck", *args], cwd=cwd, env=full, capture_output=True, timeout=timeout
    )


def no_internal_error(err: str) -> None:
    assert "internal error" not in err and "Traceback" not in err, err


# --- the slow inputs named in the issue ----------------------------------------------------

_OLD_CLIENT_SCHEMA = re.compile(
    rb"""(?:\bdb\s*:\s*\{[^{}]*?|\bnew\s+PostgrestClient\s*\([^;]*?)\bschema\s*:\s*['"`]([A-Za-z_][\w$]*)['"`]""",
    re.DOTALL,
)
_OLD_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE)


def test_client_schemas_finds_what_the_old_regex_found():
    import random

    from rpccheck.callers import client_schemas

    parts = [
        b"db: {",
        b"db:{",
        b"new PostgrestClient(",
        b"schema: 'a'",
        b'schema:"b"',
        b";",
        b"{",
        b"}",
        b"\n",
        b" x ",
        b"Client",
        b"schema",
        b"xschema: 'c'",
        b"db : { schema : `d`",
    ]
    rng = random.Random(11)
    for _ in range(5000):
        data = b"".join(rng.choice(parts) for _ in range(rng.randint(0, 30)))
        expected = (
            []
            if b"schema" not in data or not any(f in data for f in (b"Client", b"client"))
            else [(m.group(1).decode(), data.count(b"\n", 0, m.start()) + 1) for m in _OLD_CLIENT_SCHEMA.finditer(data)]
        )
        assert client_schemas(data) == expected, data


def test_sixteen_thousand_unclosed_clients(tmp_path):
    """16,000 `new PostgrestClient(` in 320 KB took 58 s in the project-wide client scan."""
    from rpccheck.callers import client_schemas

    data = b"// schema Client\n" + b"new PostgrestClient(\n" * 16000
    assert client_schemas(data) == []
    root = make(tmp_path, {"s.sql": SCHEMA, "clients.ts": data, "a.ts": CALL})
    res = cli(["check", "--schema", "s.sql", "--format", "concise", "a.ts"], root)  # pre-commit: one file
    assert res.returncode == 1, res.stderr


def test_script_blocks_match_the_old_regex():
    import random

    from rpccheck.callers.components import _scripts

    parts = [
        b"<script>",
        b"<SCRIPT lang='ts'>",
        b"</script>",
        b"</script >",
        b"<script",
        b">",
        b"x",
        b"\n",
        b"</scripts>",
        b"<scripts>",
        b"</SCRIPT\n>",
    ]
    rng = random.Random(5)
    for _ in range(5000):
        data = b"".join(rng.choice(parts) for _ in range(rng.randint(0, 20)))
        assert list(_scripts(data)) == [(m.group(1), m.span(2)) for m in _OLD_SCRIPT.finditer(data)], data


def test_sixteen_thousand_unclosed_script_tags(tmp_path):
    """16,000 unclosed `<script>` tags in a .vue file took 58 s."""
    from rpccheck.callers.components import script_views

    data = b"<template>rpc</template>\n" + b"<script>\n" * 16000
    assert script_views(data, ".vue") == []
    root = make(tmp_path, {"s.sql": SCHEMA, "App.vue": b"<script>" + CALL.encode() + b"</script>\n" + data})
    res = cli(["check", "--schema", "s.sql", "--format", "json", "App.vue"], root)
    # the bare builder is also never sent (unsent-request): the call was read in full
    assert sorted(d["rule"] for d in json.loads(res.stdout)) == [
        "missing-parameter",
        "unknown-parameter",
        "unsent-request",
    ]


def test_surrogate_pair_escapes_are_one_character_in_every_format(tmp_path):
    """'\\ud83d\\ude00' (JSON.stringify's spelling of 😀) became two lone surrogates and
    crashed the text, json and github writers; a lone one is shown as U+FFFD."""
    root = make(
        tmp_path,
        {
            "s.sql": SCHEMA,
            "a.ts": "supabase.rpc('f', { '\\ud83d\\ude00': 1, 'x\\ud83d': 2 })\n",
            # Python's and Dart's strings are code points: a lone one is the source's own
            "b.py": "supabase.rpc('f', {'y\\ud83d': 1}).execute()\n",
            "c.dart": "void f() async {\n  await supabase.rpc('f', params: {'z\\ud83d': 1});\n}\n",
        },
    )
    for fmt in FORMATS:
        res = cli(["check", "--schema", "s.sql", "--format", fmt, "a.ts", "b.py", "c.dart"], root)
        assert res.returncode == 1, (fmt, res.stderr)
        out = res.stdout.decode("utf-8")
        assert "\U0001f600" in out, (fmt, out)
        for name in "xyz":  # SARIF has its own replacement
            assert f"{name}\ufffd" in out or (fmt == "sarif" and f"{name}?" in out), (fmt, name, out)
        if fmt in ("json", "sarif"):
            json.loads(out)
        if fmt == "junit":
            ET.fromstring(res.stdout)
    from rpccheck.callers.typescript import _join_surrogates

    assert _join_surrogates("\ud83d\ude00") == "\U0001f600"
    assert _join_surrogates("a\ud83d") == "a\ud83d"


# --- every bad input a diagnostic ----------------------------------------------------------


def test_bad_gitignore_line_is_a_diagnostic_and_the_run_finishes(tmp_path):
    root = make(
        tmp_path,
        {".git/HEAD": "", ".gitignore": "ignored/\n[z-a]\n!\n", "s.sql": SCHEMA, "a.ts": CALL, "ignored/b.ts": CALL},
    )
    res = cli(["check", "--schema", "s.sql", "--format", "concise"], root)
    out = res.stdout.decode()
    no_internal_error(res.stderr.decode())
    assert res.returncode == 1
    assert ".gitignore:2:1: RPC201 [source-error] .gitignore line 2 is not a pattern" in out
    assert ".gitignore:3:1: RPC201" in out
    assert "ignored/b.ts" not in out  # the good lines still apply


@pytest.mark.parametrize("option", ["--exclude", "--include"])
def test_bad_glob_option_is_a_usage_error(tmp_path, option):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL})
    res = cli(["check", "--schema", "s.sql", option, "[z-a]"], root)
    assert res.returncode == 2
    err = res.stderr.decode()
    no_internal_error(err)
    assert err.count("\n") == 1 and "[z-a]" in err


# a glob of 30 KB of `ARRAY[ARRAY[...` (a fuzz input): pathspec's translation is quadratic in
# its `[`s, 4.5 s per compile, and a run compiled it five times
_LONG_GLOB = "leg" + "ARRAY[" * 5000


def test_overlong_config_glob_is_a_one_line_usage_error(tmp_path):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "rpccheck.toml": f'exclude = ["{_LONG_GLOB}"]\n'})
    res = cli(["check", "--schema", "s.sql", "--format", "github", "."], root)
    err = res.stderr.decode()
    no_internal_error(err)
    assert res.returncode == 2
    assert err.count("\n") == 1 and "longer than 1,024 characters" in err and len(err) < 300


@pytest.mark.parametrize(("glob", "why"), [(_LONG_GLOB, "longer than 1,024 characters"), ("[z-a]", "not a pattern")])
def test_bad_per_file_ignores_glob_is_a_one_line_usage_error(tmp_path, glob, why):
    # checked before the scan as `exclude` globs are: it was compiled after it, an internal
    # error for a bad range and seconds of pathspec's quadratic translation for a long one
    config = f'[per-file-ignores]\n"{glob}" = ["RPC002"]\n'
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "rpccheck.toml": config})
    res = cli(["check", "--schema", "s.sql", "."], root)
    err = res.stderr.decode()
    no_internal_error(err)
    assert res.returncode == 2
    assert err.count("\n") == 1 and "per-file-ignores glob" in err and why in err and len(err) < 300


def test_overlong_gitignore_line_is_skipped_with_a_diagnostic(tmp_path):
    root = make(
        tmp_path,
        {
            ".git/HEAD": "",
            ".gitignore": f"ignored/\n{_LONG_GLOB}\n",
            "s.sql": SCHEMA,
            "a.ts": CALL,
            "ignored/b.ts": CALL,
        },
    )
    res = cli(["check", "--schema", "s.sql", "--format", "concise"], root)
    out = res.stdout.decode()
    no_internal_error(res.stderr.decode())
    assert res.returncode == 1
    assert ".gitignore:2:1: RPC201 [source-error] .gitignore line 2 is longer than 1,024 characters; ignored" in out
    assert "ignored/b.ts" not in out  # the good lines still apply


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("rpccheck.toml", b'schema = ["s.sql"]\n# caf\xe9\n', "not valid UTF-8 (byte 0xe9 on line 2)"),
        ("rpccheck.toml", b"a = " + b"[" * 5000, "invalid TOML"),
        # tomllib raises a bare ValueError for an integer Python will not read (4,300 digits)
        ("rpccheck.toml", b"a = " + b"1" * 5000, "invalid TOML: Exceeds the limit (4300 digits)"),
        ("pyproject.toml", b"[tool.rpccheck]\nx = " + b"9" * 5000, "invalid TOML"),
    ],
)
def test_bad_config_is_one_line_naming_the_file(tmp_path, name, content, expected):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, name: content})
    res = cli(["check"], root)
    err = res.stderr.decode()
    assert res.returncode == 2, err
    no_internal_error(err)
    assert name in err and expected in err and err.count("\n") == 1, err


@pytest.mark.parametrize(
    "content,expected",
    [
        (b'{"version": 1, "entries": []}\xff', "not valid UTF-8"),
        (b"[" * 100000, "nested too deeply"),
        (b'{"version": 1, "entries": [[1, 2]]}', "malformed entry"),
        # json raises a bare ValueError (not a JSONDecodeError) for a number past 4,300 digits
        (b'{"version": 1, "entries": [{"count": ' + b"1" * 5000 + b"}]}", "not an rpccheck baseline: Exceeds"),
    ],
)
def test_bad_baseline_is_one_line_naming_the_file(tmp_path, content, expected):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "base.json": content})
    res = cli(["check", "--schema", "s.sql", "--baseline", "base.json"], root)
    err = res.stderr.decode()
    assert res.returncode == 2, err
    no_internal_error(err)
    assert "base.json" in err and expected in err, err


def _deny(monkeypatch, names: set[str]) -> None:
    """Listing or opening a path ending in one of `names` fails with EACCES, as for a
    folder or file without read permission (tests may run as root, who reads anything)."""
    real_scandir, real_open = os.scandir, os.open

    def denied(path) -> bool:
        return os.path.basename(os.fspath(path)) in names

    def scandir(path="."):
        if denied(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def open_(path, flags, *args, **kwargs):
        if denied(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "open", open_)


def test_unreadable_types_and_code_directory_are_diagnostics(tmp_path, run_cli, monkeypatch):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "secret/b.ts": CALL, "database.types.ts": "x"})
    _deny(monkeypatch, {"secret", "database.types.ts"})
    res = run_cli(["check", "--schema", "s.sql", "--types", "database.types.ts", "--format", "concise", "."], cwd=root)
    no_internal_error(res.err)
    assert res.code == 1
    assert "secret:1:1: RPC201 [source-error] folder cannot be read: Permission denied" in res.out
    assert "database.types.ts:1:1: RPC201 [source-error] cannot read file: Permission denied" in res.out


def test_unreadable_schema_folders_are_diagnostics(tmp_path, run_cli, monkeypatch):
    root = make(
        tmp_path,
        {"supabase/migrations/001_a.sql": SCHEMA, "schemas/sub/x.sql": SCHEMA, "schemas/y.sql": SCHEMA, "a.ts": CALL},
    )
    _deny(monkeypatch, {"migrations", "sub"})
    res = run_cli(
        ["check", "--schema", "supabase/migrations", "--schema", "schemas", "--format", "concise", "a.ts"], cwd=root
    )
    no_internal_error(res.err)
    assert res.code == 1
    assert (
        "supabase/migrations:1:1: RPC201 [source-error] supabase/migrations: folder cannot be read: Permission denied"
    ) in res.out
    assert "schemas/sub:1:1: RPC201" in res.out
    res = run_cli(["check", "--schema", "schemas/**/*.sql", "--format", "concise", "a.ts"], cwd=root)
    assert res.code == 1 and "schemas/sub:1:1: RPC201" in res.out, res.out + res.err


def test_vanishing_and_unlistable_folders_in_discovery(tmp_path, monkeypatch):
    """A folder that vanishes between listing and reading (simulated: os.scandir fails as
    it would) is a diagnostic, not `internal error`."""
    from rpccheck import discover

    make(tmp_path, {"db/a.sql": SCHEMA, "db/gone/b.sql": SCHEMA})
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("gone"):
            raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = discover._files_under(tmp_path / "db", "db")
    assert files == [tmp_path / "db" / "a.sql"]
    assert [(p.path.name, p.why, p.unreadable) for p in problems] == [
        ("gone", "folder vanished while being read", True)
    ]


def test_a_file_vanishing_mid_run_is_a_diagnostic(tmp_path):
    """A dangling symlink stands for a file that was listed and then removed."""
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL})
    os.symlink(root / "gone.ts", root / "b.ts")
    res = cli(["check", "--schema", "s.sql", "--format", "concise", "."], root)
    out = res.stdout.decode()
    no_internal_error(res.stderr.decode())
    assert "b.ts:1:1: RPC201 [source-error] cannot read file: No such file or directory" in out


def test_directories_named_like_source_files(tmp_path):
    root = make(tmp_path, {"s.sql": SCHEMA, "x.ts/a.ts": CALL, "more.sql/t.sql": SCHEMA})
    res = cli(["check", "--schema", "s.sql", "--schema", "more.sql", "--format", "concise", "x.ts"], root)
    no_internal_error(res.stderr.decode())
    assert res.returncode == 1 and "x.ts/a.ts:1:19: RPC003" in res.stdout.decode()


def test_symlink_loops_in_the_tree_and_in_a_double_star_glob(tmp_path):
    root = make(tmp_path, {"db/a.sql": SCHEMA, "src/a.ts": CALL})
    os.symlink(root / "db", root / "db" / "loop")
    os.symlink(root / "src", root / "src" / "loop")
    os.symlink(root / "db" / "self", root / "db" / "self")  # a symlink to itself
    res = cli(["check", "--schema", "db/**/*.sql", "--format", "concise", "."], root, timeout=60)
    no_internal_error(res.stderr.decode())
    assert res.returncode == 1
    assert res.stdout.decode().count("src/a.ts:1:19: RPC003") == 1
    from rpccheck.discover import safe_glob

    found, problems = safe_glob(str(root / "db" / "**" / "*.sql"))
    assert found == [root / "db" / "a.sql"] and not problems


def test_cp1252_console_and_cjk_source(tmp_path):
    """A piped run under pre-commit on Windows: stdout is cp1252."""
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": "supabase.rpc('f', { b: 1 }) // 中文注释\n"})
    res = cli(["check", "--schema", "s.sql", "a.ts"], root, env={"PYTHONIOENCODING": "cp1252"})
    assert res.returncode == 1, res.stderr
    assert b"\\u4e2d\\u6587" in res.stdout  # escaped, not a crash
    res = cli(["check", "--schema", "s.sql", "--format", "json", "a.ts"], root, env={"PYTHONIOENCODING": "cp1252"})
    assert "中文" not in res.stdout.decode("utf-8")  # the comment is not in a finding; the JSON is UTF-8
    json.loads(res.stdout.decode("utf-8"))


# --- only regular files, bounded reads -----------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_dev_zero_and_fifo_named_like_source_files(tmp_path):
    """Symlinks are committable: a pull request could add these to a checked tree. Also
    when only one other file is passed (pre-commit), which scans the project's clients."""
    root = make(tmp_path, {"supabase/migrations/001_a.sql": SCHEMA, "a.ts": CALL})
    os.symlink("/dev/zero", root / "zero.ts")
    os.symlink("/dev/zero", root / "supabase" / "migrations" / "002_zero.sql")
    os.mkfifo(root / "pipe.ts")
    os.mkfifo(root / "database.types.ts")
    for args in (["check", "--format", "concise", "."], ["check", "--format", "concise", "a.ts"]):
        res = cli(args, root, timeout=60)
        out = res.stdout.decode()
        no_internal_error(res.stderr.decode())
        assert res.returncode == 1, res.stderr
        assert "a.ts:1:19: RPC003" in out
        assert "002_zero.sql:1:1: RPC200 [schema-parse-error] a device, not a regular file; not read" in out
        if "." in args:
            assert "zero.ts:1:1: RPC201 [source-error] a device, not a regular file; not read" in out
            assert "pipe.ts:1:1: RPC201 [source-error] a named pipe, not a regular file; not read" in out


def test_binary_and_oversized_files_are_refused_before_a_whole_read(tmp_path, monkeypatch):
    from rpccheck import sources

    huge = tmp_path / "dump.sql"
    with open(huge, "wb") as f:  # sparse: 1 GB of NUL bytes that take no disk
        f.truncate(1 << 30)
    big_text = tmp_path / "big.sql"
    big_text.write_bytes(b"select 1;\n" * 1000)
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(sources.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    text, problem = sources.read_text_file(huge, sources.MAX_SQL_BYTES)
    assert text is None and problem == "binary file (NUL bytes); not read"
    assert len(read) == 1  # only the head
    read.clear()
    assert sources.read_bytes(big_text, 5000) == (None, "file is 10000 bytes, over the 5000 bytes limit; not read")
    assert not read  # refused from fstat alone
    assert sources.file_digest(big_text, 5000) is None and not sources.contains(big_text, b"select", 5000)


def test_no_home_and_relative_xdg_cache_write_nothing_into_the_tree(tmp_path, run_cli, monkeypatch):
    from rpccheck import cache

    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL})
    monkeypatch.delenv("RPCCHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda p: p)  # no passwd entry either (docker --user N)
    if sys.platform not in ("win32", "darwin"):
        assert cache.directory() is None
    assert run_cli(["check", "--schema", "s.sql", "a.ts"], cwd=root).code == 1
    monkeypatch.setenv("XDG_CACHE_HOME", "relative-cache")
    assert run_cli(["check", "--schema", "s.sql", "a.ts"], cwd=root).code == 1
    assert sorted(p.name for p in root.iterdir()) == ["a.ts", "s.sql"]


def test_cache_inside_the_checked_tree_is_not_used(tmp_path, run_cli, monkeypatch):
    from rpccheck import cache

    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL})
    monkeypatch.delenv("RPCCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / ".cache"))
    monkeypatch.setattr(cache, "_platform_cache_dir", lambda: root / ".cache" / "rpccheck")
    assert cache.directory(root) is None and cache.directory() == root / ".cache" / "rpccheck"
    assert run_cli(["check", "--schema", "s.sql", "a.ts"], cwd=root).code == 1
    assert not (root / ".cache").exists()


def test_non_utf8_file_name_and_output_file(tmp_path):
    if sys.platform in ("win32", "darwin"):
        pytest.skip("file names are Unicode on this platform")
    root = make(tmp_path, {"s.sql": SCHEMA})
    (root / os.fsdecode(b"caf\xe9.ts")).write_text(CALL)
    for fmt in FORMATS:
        res = cli(["check", "--schema", "s.sql", "--format", fmt, "--output-file", f"out.{fmt}"], root)
        assert res.returncode == 1, (fmt, res.stderr)
        no_internal_error(res.stderr.decode())
        out = (root / f"out.{fmt}").read_bytes().decode("utf-8")
        assert "caf" in out
        if fmt == "text":
            assert "caf\\xe9.ts:1:19: RPC003" in out  # the byte, shown as clean() shows controls


# --- the cache is data -------------------------------------------------------------------


def test_a_poisoned_cache_entry_runs_nothing_and_is_rejected(tmp_path, run_cli, monkeypatch):
    import pickle

    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL})
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    args = ["check", "--schema", "s.sql", "--format", "json", "a.ts"]
    first = run_cli(args, cwd=root)
    entries = list((tmp_path / "cache").glob("catalog-*.json"))
    assert len(entries) == 1
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (Path.touch, (marker,))

    good = entries[0].read_bytes()
    assert b'"rpccheck.sql.catalog:Catalog"' in good
    # the catalog's routines are columns (cachecodec._encode_functions): each is checked on load
    doc = json.loads(good)
    routines = doc[2][2]
    assert routines[0] == "F" and routines[1][1] == "kind" and routines[8] == ["l", 0]

    def poisoned(change) -> bytes:
        copy = json.loads(good)
        change(copy[2][2])
        return json.dumps(copy).encode()

    for poison in (
        pickle.dumps(Payload()),
        b'["rpccheck-cache", [], ["o", 0]]',
        good.replace(b'"rpccheck.sql.catalog:Catalog"', b'"rpccheck.__main__:Exec"'),
        good.replace(b'"rpccheck.sql.catalog:Catalog"', b'"os:system"'),
        good.replace(b'"rpccheck.sql.catalog:Catalog"', b'"rpccheck.model:Location"'),  # fields of the wrong type
        poisoned(lambda f: f[1].__setitem__(1, "__class__")),  # a field that is not Function's
        poisoned(lambda f: f[6][1].append("function")),  # a column of the wrong length
        poisoned(lambda f: f[6][1].__setitem__(1, ["l", 1])),  # kind: not a str
        poisoned(lambda f: f[8].__setitem__(1, 1)),  # a parameter that is not in the table
        poisoned(lambda f: f[4].__setitem__(1, 0)),  # a name with no routine
        poisoned(lambda f: f[2].append("public")),  # a schema without its name
        good[:-10],
    ):
        entries[0].write_bytes(poison)
        again = run_cli(args, cwd=root)
        assert again.json() == first.json() and not marker.exists()


def test_cache_codec_round_trips_and_validates():
    from rpccheck import cachecodec
    from rpccheck.model import Function, Location, Param

    fn = Function("public", "f", (Param("a", "i", "integer", False),), path="s.sql", line=1)
    value = ([fn], [Location("a.ts", 1, 2, 3, 4)], {("public", "f"): {1, 2}}, frozenset({"x"}), re.compile("report_.*"))
    back = cachecodec.loads(cachecodec.dumps(value))
    assert back[:4] == value[:4] and back[4].pattern == "report_.*"
    with pytest.raises(cachecodec.Invalid):
        cachecodec.loads(b'["rpccheck-cache", ["rpccheck.model:Function"], ["o", 0, 1, 2, ["t"]]]')  # field count
    with pytest.raises(cachecodec.Invalid):
        cachecodec.loads(b'["rpccheck-cache", ["rpccheck.model:Location"], ["o", 0, 1, 2, 3, 4, 5]]')  # path: int
    with pytest.raises(cachecodec.Invalid):
        cachecodec.loads(b'["rpccheck-cache", ["subprocess:Popen"], ["o", 0, "x"]]')  # not rpccheck's
    with pytest.raises(TypeError):
        cachecodec.dumps(object())


def test_cache_permission_check_on_windows(monkeypatch, tmp_path):
    """Mode bits on Windows carry only the read-only flag: they must not make every entry
    look writable by others (the cache then never hit there)."""
    from rpccheck import cache

    entry = tmp_path / "e.json"
    entry.write_text("[]")
    entry.chmod(0o666)
    assert not cache._private(entry) or os.name == "nt"
    monkeypatch.setattr(cache.os, "name", "nt")
    assert cache._private(entry)


# --- several reports from one run ------------------------------------------------------------


def test_output_option_writes_every_report_from_one_run(tmp_path, run_cli):
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": "await " + CALL})
    res = run_cli(
        [
            "check",
            "--schema",
            "s.sql",
            "--output",
            "sarif:r.sarif",
            "--output",
            "junit:r.xml",
            "--output",
            "concise:-",
            "a.ts",
        ],
        cwd=root,
    )
    assert res.code == 1
    assert "a.ts:1:25: RPC003" in res.out and "  1 |" not in res.out  # concise only, no text report
    assert len(json.loads((root / "r.sarif").read_text())["runs"][0]["results"]) == 2
    assert ET.parse(root / "r.xml").getroot().get("failures") == "2"
    # --format / --output-file keep working, alongside --output
    res = run_cli(["check", "--schema", "s.sql", "--format", "json", "--output", "github:gh.txt", "a.ts"], cwd=root)
    assert len(json.loads(res.out)) == 2 and (root / "gh.txt").read_text().count("::error ") == 2
    res = run_cli(["check", "--schema", "s.sql", "-o", "out.txt", "a.ts"], cwd=root)
    assert res.out == "" and "Found 2 findings" in (root / "out.txt").read_text()
    for bad in ("sarif", "nope:x", "json:"):
        res = run_cli(["check", "--schema", "s.sql", "--output", bad, "a.ts"], cwd=root)
        assert res.code == 2 and "--output" in res.err and res.err.count("\n") == 1


def test_a_reader_hitting_the_recursion_limit_costs_one_file_not_the_run(tmp_path, run_cli, monkeypatch):
    """A safety net under the readers (which are meant to be iterative): the file gets a
    diagnostic and every other file is still checked."""
    from rpccheck.callers import typescript

    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "deep.ts": "supabase.rpc('f', {})\n"})
    real = typescript.extract_calls

    def extract(data, path, *args, **kwargs):
        if path.endswith("deep.ts"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, path, *args, **kwargs)

    monkeypatch.setattr(typescript, "extract_calls", extract)
    res = run_cli(["check", "--schema", "s.sql", "--format", "concise", "."], cwd=root)
    assert res.code == 1 and "internal error" not in res.err
    assert "deep.ts:1:1: RPC201 [source-error] nested too deeply to read" in res.out
    assert "a.ts:1:19: RPC003" in res.out


def test_a_parse_past_its_budget_costs_one_file_not_the_run(tmp_path, run_cli, monkeypatch):
    """A grammar's error recovery can take minutes on some broken inputs (the fuzz
    regressions keep real ones); past a budget linear in the size the parse is stopped,
    the file gets a diagnostic, and the parser is reset for the next file."""
    from rpccheck.callers import _tree

    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "slow.ts": "supabase.rpc('f', {})\n" * 3000, "z.ts": CALL})
    real = _tree.parse

    def tight(parser, data, ranges=None, risky=False):
        if len(data) > 10_000:  # only slow.ts: a zero budget stops its parse at the first check
            monkeypatch.setattr(_tree, "PARSE_SECONDS", 0.0)
            monkeypatch.setattr(_tree, "PARSE_SECONDS_PER_BYTE", 0.0)
        try:
            return real(parser, data, ranges, risky)
        finally:
            monkeypatch.setattr(_tree, "PARSE_SECONDS", 1.0)
            monkeypatch.setattr(_tree, "PARSE_SECONDS_PER_BYTE", 4e-6)

    from rpccheck.callers import typescript

    monkeypatch.setattr(typescript, "parse", tight)
    res = run_cli(["check", "--schema", "s.sql", "--format", "concise", "--no-cache", "."], cwd=root)
    assert res.code == 1 and "internal error" not in res.err
    assert "slow.ts:1:1: RPC201 [source-error] not read: parsing stopped after" in res.out
    assert "a.ts:1:19: RPC003" in res.out and "z.ts:1:19: RPC003" in res.out, res.out


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the hard bound needs fork and CPU timers (not Windows)")
def test_a_parse_that_never_calls_back_is_bounded_by_a_trial_in_a_child(tmp_path, run_cli, monkeypatch):
    """TSX error recovery at the end of an input with thousands of unclosed elements runs
    for seconds without one progress call (a campaign input took 3.6 s against a 2.8 s
    budget), so the in-process stop came late. Such inputs are screened, and parsed
    first in a forked child that the kernel stops at its CPU limit."""
    from rpccheck.callers import _tree, typescript

    broken = (
        "export function f() {\n  supabase.rpc('f', {})\n  x " + "<div>" * 4000 + "\\x" + "<div>" * 2000 + "\n}\n"
    ).encode()
    parser = typescript.parser_for("tsx")
    assert typescript.risky_parse(broken, "tsx")
    assert not typescript.risky_parse(broken, "typescript")  # the TS grammar has no such recovery
    _tree._TRIALS.clear()
    assert _tree._trial(parser, broken, None, 0.01) == "slow"  # cut by the kernel, not by a callback
    _tree._TRIALS.clear()
    assert _tree._trial(parser, broken, None, 60.0) is None
    assert _tree._trial(parser, broken, None, 0.01) is None  # the verdict is remembered per input
    _tree._TRIALS.clear()
    # real code never takes the trial: every fixture file passes the screen
    screened = [
        p
        for p in (Path(__file__).parent.parent / "fixtures").rglob("*")
        if p.suffix in typescript.TSX_SUFFIXES and typescript.risky_parse(p.read_bytes(), "tsx")
    ]
    assert screened == []
    # through the CLI: a tight budget makes the trial fail, the file is reported, the run goes on
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "deep.tsx": broken.decode(), "z.ts": CALL})
    monkeypatch.setattr(_tree, "PARSE_SECONDS", 0.02)  # far above what a.ts and z.ts take
    monkeypatch.setattr(_tree, "PARSE_SECONDS_PER_BYTE", 0.0)
    res = run_cli(["check", "--schema", "s.sql", "--format", "concise", "--no-cache", "."], cwd=root)
    assert res.code == 1 and "internal error" not in res.err
    assert "deep.tsx:1:1: RPC201 [source-error] not read: parsing stopped after" in res.out, res.out
    assert "a.ts:1:19: RPC003" in res.out and "z.ts:1:19: RPC003" in res.out, res.out


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the trial parse needs fork (not Windows)")
def test_a_grammar_that_crashes_costs_one_file_not_the_process(tmp_path, run_cli):
    """tree-sitter-python's scanner keeps indentation levels in single bytes and crashes
    the process (SIGSEGV) on hundreds of levels with strings. Such a file is screened and
    parsed first in a child: the crash becomes a diagnostic and the run goes on."""
    from rpccheck.callers import python

    deep = "".join("\t" * i + f"def f{i}():\n" + "\t" * (i + 1) + "p = {'a': 1}\n" for i in range(600))
    deep += "supabase.rpc('f', {}).execute()\n"
    assert python._deeply_indented(deep.encode())
    crash = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from rpccheck.callers import python; python.parser().parse(sys.stdin.buffer.read())",
        ],
        input=deep.encode(),
        capture_output=True,
    )
    assert crash.returncode < 0, "the grammar no longer crashes here: the screen may be obsolete"
    real = [
        p for p in (Path(__file__).parent.parent / "fixtures").rglob("*.py") if python._deeply_indented(p.read_bytes())
    ]
    assert real == []
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "deep.py": deep, "z.ts": CALL})
    res = run_cli(["check", "--schema", "s.sql", "--format", "concise", "--no-cache", "."], cwd=root)
    assert res.code == 1 and "internal error" not in res.err
    assert "deep.py:1:1: RPC201 [source-error] not read: the grammar's parser crashed on it (SIGSEGV)" in res.out, (
        res.out
    )
    assert "a.ts:1:19: RPC003" in res.out and "z.ts:1:19: RPC003" in res.out, res.out
    assert sorted(p.name for p in root.iterdir()) == ["a.ts", "deep.py", "s.sql", "z.ts"]  # no core file


def test_ancestry_equals_the_exact_walk_on_real_and_broken_trees():
    """_tree.Ancestry (amortized, by byte ranges) against tree-sitter's own exact
    descent, on every grammar, for fixture files and mutants of them (zero-width
    MISSING nodes and error nodes included), in document order and at random."""
    import random

    import tree_sitter as ts

    from rpccheck.callers import dart, python, typescript
    from rpccheck.callers._tree import Ancestry

    sys.path.insert(0, str(Path(__file__).parent))
    from mutfuzz import mutate, targets

    def exact(root, node):
        out, cur = [], root
        while cur is not None and cur != node:
            out.append(cur)
            cur = cur.child_with_descendant(node)
        return out if cur is not None else []

    parsers = [
        ("ts", typescript.parser_for("typescript")),
        ("ts", typescript.parser_for("tsx")),
        ("py", python.parser()),
        ("dart", dart.parser()),
    ]
    pool = targets.seeds()
    rng = random.Random(3)
    lookups = 0
    for k in range(240):
        kind, parser = parsers[k % len(parsers)]
        src = rng.choice(pool.get(kind) or pool["ts"])
        if k % 3:
            _how, src = mutate.mutate(rng, src, pool["ts"])
        root = parser.parse(src[:20_000]).root_node
        nodes: list[ts.Node] = []
        stack = [root]
        while stack:
            n = stack.pop()
            nodes.append(n)
            stack.extend(n.children)
        sample = rng.sample(nodes, min(50, len(nodes)))
        if k % 2:
            sample.sort(key=lambda n: n.start_byte)
        anc = Ancestry(root)
        for n in sample:
            assert anc.of(n) == exact(root, n), (k, n)
            if n != root:  # (tree-sitter's own next_sibling skips zero-width MISSING nodes)
                kids, i = anc.siblings(n)
                assert anc.parent(n) == n.parent and kids == n.parent.children and kids[i] == n
            lookups += 1
    assert lookups > 5000


def test_dart_junk_runs_are_blanked_before_the_parse(tmp_path, run_cli):
    """tree-sitter-dart's error recovery is quadratic in a long run of characters no Dart
    token starts with, and calls no progress callback meanwhile (so the parse budget
    cannot stop it): such runs are blanked byte for byte, and the calls after them keep
    their lines and columns."""
    from rpccheck.callers.dart import _without_long_junk

    junk = "砠 " * 2000
    code = f"Future<void> f(Strin{junk}g uid) async {{\n  await supabase.rpc('f', params: {{'b': 1}});\n}}\n"
    data = code.encode()
    blanked = _without_long_junk(data)
    assert len(blanked) == len(data) and b"\xe7" not in blanked and blanked.count(b"\n") == data.count(b"\n")
    short = "// 中文注释 " * 10 + "\nvoid g() {}\n"  # ordinary non-ASCII text is left alone
    assert _without_long_junk(short.encode()) == short.encode()
    root = make(tmp_path, {"s.sql": SCHEMA, "a.dart": code})
    res = run_cli(["check", "--schema", "s.sql", "--format", "concise", "--no-cache", "a.dart"], cwd=root)
    assert res.code == 1 and "a.dart:2:36: RPC002 [unknown-parameter] unknown parameter `b`" in res.out, res.out


def test_parsing_holds_no_memory_per_file():
    """A parse reads its input through a callback (so the budget can stop it), and
    tree-sitter's binding keeps a reference to every object that callback returns: one
    refilled buffer, not a new slice per read, so parsing a thousand files holds what
    parsing one does (before, about twice each file's bytes, for good: the scan's peak
    grew with the tree, an editor's server with every edit). Trees with errors keep
    reading through the callback for a node's text, and still read their own bytes."""
    import gc
    import tracemalloc

    from rpccheck.callers import _tree, typescript

    parser = typescript.parser_for("typescript")
    good = b"export const a = 1;\nfunction f(x: number) { return x + 1 }\n" * 400  # 24 KB
    bad = b"const b = (1 + ;\nfunction g( {\n" * 60

    def parse_many(n: int, first: int) -> None:
        for i in range(first, first + n):
            tree = _tree._parse(parser, good + b"// %d\n" % i, None, False)
            assert not tree.root_node.has_error
            del tree

    parse_many(5, 0)  # the parser's and the buffer's own allocations
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        parse_many(100, 5)  # 2.4 MB parsed: the old slices held about 4.8 MB
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 200_000, grown

    trees = [(_tree._parse(parser, bad + b"// %d\n" % i, None, False), bad + b"// %d\n" % i) for i in range(3)]
    for _round in range(2):  # each tree's text read in turn: none sees another's bytes
        for tree, data in trees:
            root = tree.root_node
            assert root.has_error
            for node in [root, *root.children[:20]]:
                assert node.text == data[node.start_byte : node.end_byte]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the trial parse needs fork (not Windows)")
def test_a_long_run_of_operators_is_parsed_in_a_trial_first(tmp_path, run_cli, monkeypatch):
    """tree-sitter-python's error recovery on a fuzzed `"key"/*/*/...*/*/: 2` (20,000
    bytes; the same with spaces or tabs in the run: 25 s) ran with no progress call. A run
    of 256 operator characters, whitespace aside, sends any grammar's parse through the
    bounded trial; the fixtures never take it, and the run reports the file and goes on."""
    from rpccheck.callers import _tree

    kept = Path(__file__).parent / "mutfuzz" / "regressions" / "caller.py" / "6853b134cfeab1b1.py"
    fuzzed = kept.read_bytes()
    tried: list[int] = []
    trial = _tree._trial

    def counted(parser, data, ranges, seconds):
        tried.append(len(data))
        return trial(parser, data, ranges, seconds)

    monkeypatch.setattr(_tree, "_trial", counted)
    run_at = fuzzed.index(b'"bogus"') + 7
    run_end = fuzzed.index(b": 2}", run_at)
    spaced = fuzzed[:run_at] + fuzzed[run_at:run_end].replace(b"/*", b"/* ") + fuzzed[run_end:]
    tabbed = fuzzed[:run_at] + b"\t".join(fuzzed[k : k + 200] for k in range(run_at, run_end, 200)) + fuzzed[run_end:]
    assert _tree.operator_run(fuzzed) and _tree.operator_run(spaced) and _tree.operator_run(tabbed)
    assert not _tree.operator_run(b"x = (" * 255 + b"1" + b")" * 255)  # nesting with operands between
    for p in sorted((Path(__file__).parent.parent / "fixtures").rglob("*")):
        if p.is_file() and p.suffix in (".ts", ".tsx", ".js", ".py", ".dart", ".vue", ".svelte"):
            assert not _tree.operator_run(p.read_bytes()), p
    root = make(tmp_path, {"s.sql": SCHEMA, "a.ts": CALL, "fuzzed.py": fuzzed.decode(), "z.ts": CALL})
    monkeypatch.setattr(_tree, "PARSE_SECONDS", 0.05)  # the trial's half: 25 ms, far above a.ts's parse
    monkeypatch.setattr(_tree, "PARSE_SECONDS_PER_BYTE", 0.0)
    res = run_cli(["check", "--schema", "s.sql", "--format", "concise", "--no-cache", "."], cwd=root)
    assert res.code == 1 and "internal error" not in res.err
    assert "fuzzed.py:1:1: RPC201 [source-error] not read: parsing stopped after" in res.out, res.out
    assert "a.ts:1:19: RPC003" in res.out and "z.ts:1:19: RPC003" in res.out, res.out
    assert tried == [len(fuzzed)], tried  # only the fuzzed file went through a trial
