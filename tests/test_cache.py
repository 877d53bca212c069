"""The schema cache makes repeated runs fast and never changes a result."""

from __future__ import annotations

import shutil

import pytest

from conftest import FIXTURES


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(FIXTURES / "cases" / "incident-minimal", tmp_path / "p")
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "p"


def test_second_run_reads_the_cache_and_agrees(project, run_cli, monkeypatch):
    args = ["check", "--schema", "schema.sql", "--format", "json"]
    first = run_cli(args, cwd=project)
    assert first.code == 1
    assert list((project.parent / "cache").glob("catalog-*.json"))

    def no_parse(*a, **k):
        raise AssertionError("the schema was parsed again")

    monkeypatch.setattr("rpccheck.engine.load_catalog", no_parse)
    second = run_cli(args, cwd=project)
    assert second.code == 1 and second.json() == first.json()


def test_changed_schema_is_read_again(project, run_cli):
    args = ["check", "--schema", "schema.sql", "--format", "json"]
    assert run_cli(args, cwd=project).code == 1
    sql = project / "schema.sql"
    sql.write_text(
        sql.read_text().replace(
            "p_credits INTEGER, p_cost DECIMAL(8,4)",
            "p_user_id text, p_user_credits int, p_operation_type text, "
            "p_task_id text, p_moodboard_id text, p_credits INTEGER DEFAULT 0, "
            "p_cost DECIMAL(8,4) DEFAULT 0",
        )
    )
    # the broken call now fits; the fixed one (line 16) lacks the new required parameters
    found = run_cli(args, cwd=project).json()
    assert {(d["rule"], d["line"]) for d in found} == {("missing-parameter", 16)}
    assert len(found) == 5


def test_no_cache_flag_and_env(project, run_cli, monkeypatch):
    args = ["check", "--schema", "schema.sql", "--no-cache"]
    assert run_cli(args, cwd=project).code == 1
    assert not (project.parent / "cache").exists()
    monkeypatch.setenv("RPCCHECK_NO_CACHE", "1")
    assert run_cli(args[:-1], cwd=project).code == 1
    assert not (project.parent / "cache").exists()


def test_broken_cache_entries_are_ignored(project, run_cli):
    args = ["check", "--schema", "schema.sql", "--format", "json"]
    first = run_cli(args, cwd=project).json()
    for entry in (project.parent / "cache").glob("catalog-*.json"):
        entry.write_bytes(b"not a pickle")
    assert run_cli(args, cwd=project).json() == first


def test_entries_others_could_write_are_not_loaded(project, run_cli, monkeypatch):
    """A pickle runs code when loaded: a group- or world-writable cache is never read."""
    import os

    args = ["check", "--schema", "schema.sql", "--format", "json"]
    first = run_cli(args, cwd=project).json()
    cache_dir = project.parent / "cache"
    assert (cache_dir.stat().st_mode & 0o777) == 0o700
    os.chmod(cache_dir, 0o777)

    parsed = []
    import rpccheck.engine as engine

    real = engine.load_catalog
    monkeypatch.setattr(engine, "load_catalog", lambda *a, **k: parsed.append(1) or real(*a, **k))
    assert run_cli(args, cwd=project).json() == first
    assert parsed, "a world-writable cache was trusted"


def test_wrong_kind_of_entry_is_ignored(project, run_cli):
    import pickle

    args = ["check", "--schema", "schema.sql", "--format", "json"]
    first = run_cli(args, cwd=project).json()
    for entry in (project.parent / "cache").glob("catalog-*.json"):
        entry.write_bytes(pickle.dumps(42))
    assert run_cli(args, cwd=project).json() == first


def test_types_comparison_is_cached_with_the_catalog_and_types(tmp_path, run_cli, monkeypatch):
    """A warm run takes the types comparison's findings from the cache; a changed types
    file compares again."""
    shutil.copytree(FIXTURES / "cases" / "project-types", tmp_path / "p")
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    project = tmp_path / "p"
    args = ["check", "--format", "json"]
    first = run_cli(args, cwd=project)
    assert list((tmp_path / "cache").glob("types-facts-*.json"))

    def no_compare(*a, **k):
        raise AssertionError("the types were compared again")

    from rpccheck import cache, typegen

    real_load, real_read = cache.load, typegen.read_types

    def no_types_entry(slot):
        assert slot.kind != "types", "the types' cache entry was loaded"
        return real_load(slot)

    def no_read(*a, **k):
        raise AssertionError("the types were read again")

    monkeypatch.setattr(typegen, "compare", no_compare)
    monkeypatch.setattr(typegen, "read_types", no_read)
    monkeypatch.setattr(cache, "load", no_types_entry)
    assert run_cli(args, cwd=project).json() == first.json()
    monkeypatch.setattr(typegen, "read_types", real_read)
    monkeypatch.setattr(cache, "load", real_load)
    types = project / "src" / "types" / "database.types.ts"
    types.write_text(types.read_text() + "\n// regenerated\n")
    with pytest.raises(AssertionError, match="compared again"):
        from rpccheck import engine
        from rpccheck.config import load_config

        engine.run(load_config(project), engine.Options())


def test_a_run_on_files_sees_a_client_file_changed_since_the_last_run(tmp_path, run_cli, monkeypatch):
    """Where a pre-commit run finds the project's clients is cached per file by its stat
    signature: an edited client file is read again, an unchanged one is not."""
    import os

    shutil.copytree(FIXTURES / "cases" / "project-client-schema", tmp_path / "p")
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    project = tmp_path / "p"
    client = project / "lib" / "supabase.ts"
    old = client.stat().st_mtime_ns - 10**10  # not "just changed": its entry is kept
    os.utime(client, ns=(old, old))
    args = ["check", "--format", "json", "app/credits.ts"]
    first = run_cli(args, cwd=project).json()
    assert [d["rule"] for d in first][0] == "unresolved-call"
    assert list((tmp_path / "cache").glob("clients-*.json"))
    from rpccheck import engine

    reads: list[str] = []
    real_read = engine.read_bytes
    monkeypatch.setattr(engine, "read_bytes", lambda p, *a, **k: reads.append(str(p)) or real_read(p, *a, **k))
    assert run_cli(args, cwd=project).json() == first
    assert not any(r.endswith("supabase.ts") for r in reads)
    client.write_text(client.read_text().replace("schema: 'api'", "schema: 'public'"))
    found = run_cli(args, cwd=project).json()
    assert "unresolved-call" not in [d["rule"] for d in found]  # no client for api any more: an error
    assert any(r.endswith("supabase.ts") for r in reads)


def test_a_run_on_files_walks_the_tree_again_only_when_a_folder_changed(tmp_path, run_cli, monkeypatch):
    """When no folder listed by the last walk has changed, the files of that walk are only
    stat'ed; a file added to a folder (its mtime moves) makes the next run walk again."""
    import os

    from rpccheck import discover

    shutil.copytree(FIXTURES / "cases" / "project-client-schema", tmp_path / "p")
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    project = tmp_path / "p"
    old = project.stat().st_mtime_ns - 10**10
    for folder, _dirs, files in os.walk(project):
        for name in files:
            os.utime(os.path.join(folder, name), ns=(old, old))
        os.utime(folder, ns=(old, old))
    args = ["check", "--format", "json", "app/credits.ts"]
    first = run_cli(args, cwd=project).json()
    assert [d["rule"] for d in first][0] == "unresolved-call"
    walks: list[object] = []
    real_walk = discover.Walker.walk_text
    monkeypatch.setattr(discover.Walker, "walk_text", lambda self, *a, **k: walks.append(a) or real_walk(self, *a, **k))
    assert run_cli(args, cwd=project).json() == first
    assert walks == []  # nothing listed has changed: no walk
    (project / "lib" / "admin.ts").write_text(
        "import { createClient } from '@supabase/supabase-js'\n"
        "export const admin = createClient(process.env.URL!, process.env.KEY!, { db: { schema: 'api' } })\n"
    )
    (project / "lib" / "supabase.ts").write_text("export const supabase = null\n")
    found = run_cli(args, cwd=project).json()
    assert walks  # lib/ changed: walked again, and the new client file is read
    assert [d["rule"] for d in found][0] == "unresolved-call" and "lib/admin.ts:2" in found[0]["message"]


def test_codec_writes_equal_parameters_once_and_checks_references():
    """Equal immutable objects of plain fields are written once and read back as one
    object (most of a warm load is building objects); a value of another type is not
    equal (1 == True in Python, not in a field), and a reference must point backwards."""
    from rpccheck import cachecodec
    from rpccheck.model import Function, Location, Param

    p = Param("a", "in", "integer", False)
    fns = [Function("public", f"f{i}", (p, Param("a", "in", "integer", False))) for i in range(3)]
    data = cachecodec.dumps((fns, Location("a.ts", 1, 1)))
    assert data.count(b'"integer"') == 1
    back_fns, loc = cachecodec.loads(data)
    assert back_fns == fns and back_fns[0].params[0] is back_fns[2].params[1] and loc == Location("a.ts", 1, 1)
    with pytest.raises(cachecodec.Invalid):  # not shared with line 1, and not a plain int
        cachecodec.loads(cachecodec.dumps((Location("a.ts", 1, 1), Location("a.ts", True, 1))))
    with pytest.raises(cachecodec.Invalid):
        cachecodec.loads(b'["rpccheck-cache", [], ["t", ["r", 0]]]')
    with pytest.raises(cachecodec.Invalid):
        cachecodec.loads(b'["rpccheck-cache", [], ["r", true]]')


def test_client_memo_is_plain_json_and_a_bad_one_is_ignored(tmp_path, run_cli, monkeypatch):
    """The client memo is written as plain JSON (checked where it is read, never decoded
    into objects); garbage, another format or deep nesting in its place is a miss."""
    import json
    import os

    shutil.copytree(FIXTURES / "cases" / "project-client-schema", tmp_path / "p")
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    project = tmp_path / "p"
    client = project / "lib" / "supabase.ts"
    old = client.stat().st_mtime_ns - 10**10
    os.utime(client, ns=(old, old))
    args = ["check", "--format", "json", "app/credits.ts"]
    first = run_cli(args, cwd=project).json()
    [entry] = (tmp_path / "cache").glob("clients-*.json")
    assert isinstance(json.loads(entry.read_bytes()), dict)
    for bad in (b"\xff not json", b'["rpccheck-cache", [], "{}"]', b"[" * 100_000, b'{"walk": 1, "entries": []}'):
        entry.write_bytes(bad)
        assert run_cli(args, cwd=project).json() == first


def test_schema_digest_is_taken_from_the_memo_until_the_file_changes(project, run_cli, monkeypatch):
    """An unchanged schema file is not hashed again to find its entry (its digest is kept
    by stat signature, as git's index does); an edited one is hashed, and read again."""
    import os

    from rpccheck import cache

    sql = project / "schema.sql"
    old = sql.stat().st_mtime_ns - 10**10  # not "just changed": its digest is recorded
    os.utime(sql, ns=(old, old))
    args = ["check", "--schema", "schema.sql", "--format", "json"]
    first = run_cli(args, cwd=project)
    assert (project.parent / "cache" / "digests-memo.json").is_file()
    hashed: list[str] = []
    real = cache.file_digest
    monkeypatch.setattr(cache, "file_digest", lambda p, *a: hashed.append(str(p)) or real(p, *a))
    cache._digests.clear()  # as a new process: the memo is read from its file
    assert run_cli(args, cwd=project).json() == first.json()
    assert hashed == []
    sql.write_text(sql.read_text().replace("p_credits INTEGER, p_cost DECIMAL(8,4)", "p_credits INTEGER"))
    changed = run_cli(args, cwd=project).json()
    assert hashed and changed != first.json()
    # a memo that is not what rpccheck writes is ignored
    (project.parent / "cache" / "digests-memo.json").write_text('{"x": [1, "no"]}')
    cache._digests.clear()
    assert run_cli(args, cwd=project).json() == changed


@pytest.mark.parametrize(
    "env",
    [
        {"XDG_CACHE_HOME": "/tmp/xdg-cache", "HOME": "/home/u"},
        {"XDG_CACHE_HOME": "/tmp/xdg-cache/", "HOME": "/home/u"},
        {"XDG_CACHE_HOME": None, "HOME": "/home/u"},
        {"XDG_CACHE_HOME": "", "HOME": "/home/u/"},
        {"XDG_CACHE_HOME": "  ", "HOME": "/home/u"},
        {"XDG_CACHE_HOME": " /tmp/padded", "HOME": "/home/u"},
        {"XDG_CACHE_HOME": None, "HOME": None},
    ],
)
def test_user_cache_folder_is_the_one_platformdirs_gives(env, monkeypatch):
    """The folder worked out without importing platformdirs is platformdirs' own."""
    import sys

    import platformdirs

    from rpccheck import cache

    monkeypatch.delenv("RPCCHECK_CACHE_DIR", raising=False)
    for k, v in env.items():
        if v is None:
            monkeypatch.delenv(k, raising=False)
        else:
            monkeypatch.setenv(k, v)
    if not sys.platform.startswith("linux"):
        pytest.skip("the shortcut is taken on Linux only")
    plain = cache._plain_linux_cache_dir(env["XDG_CACHE_HOME"] or "")
    if plain is not None:
        assert str(plain) == platformdirs.user_cache_dir("rpccheck", appauthor=False)
    assert env["HOME"] is None or env["XDG_CACHE_HOME"] in ("  ", " /tmp/padded") or plain is not None


def test_schema_suppression_marker_is_looked_for_again_only_when_the_file_changes(tmp_path, run_cli, monkeypatch):
    """Whether a schema file holds a suppression comment is kept by its stat signature
    with its digest: unchanged, it is not read again for it; edited, it is."""
    import os

    from rpccheck import cache, sources

    shutil.copytree(FIXTURES / "cases" / "project-suppressions", tmp_path / "p")
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    project = tmp_path / "p"
    sql = project / "schema.sql"
    text = sql.read_text()
    sql.write_text(text.replace("-- rpccheck-ignore[schema-parse-error]", "-- vendor code"))
    old = sql.stat().st_mtime_ns - 10**10
    os.utime(sql, ns=(old, old))
    args = ["check", "--schema", "schema.sql", "--format", "json"]
    first = run_cli(args, cwd=project).json()
    assert "schema-parse-error" in [d["rule"] for d in first]
    looked: list[str] = []
    real = sources.contains
    monkeypatch.setattr(sources, "contains", lambda p, *a: looked.append(str(p)) or real(p, *a))
    cache._digests.clear()
    assert run_cli(args, cwd=project).json() == first
    assert looked == []
    sql.write_text(text)  # the suppression comment is back
    found = run_cli(args, cwd=project).json()
    assert looked and "schema-parse-error" not in [d["rule"] for d in found]


def test_fact_memo_is_written_once_per_batch_and_keeps_this_runs_files(tmp_path, monkeypatch):
    """Many migrations: the memo is written once for the batch (not once per file), and
    when it is full, entries of files other runs used make room, not this run's."""
    import os

    from rpccheck import cache

    monkeypatch.setattr(cache, "_DIGESTS_KEEP", 8)
    cache._digests.clear()
    d = tmp_path / "cache"
    d.mkdir()
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(d))
    monkeypatch.delenv("RPCCHECK_NO_CACHE", raising=False)
    old = 10**18  # long ago (ns): recorded
    files = []
    for i in range(12):
        f = tmp_path / f"m{i:02}.sql"
        f.write_text(f"select {i};")
        os.utime(f, ns=(old, old))
        files.append(f)
    writes: list[bytes] = []
    real = cache.store_bytes
    monkeypatch.setattr(cache, "store_bytes", lambda slot, data: writes.append(data) or real(slot, data))
    first = cache.slot_for("catalog", [(f.name, "schema", f) for f in files[:6]], tree=tmp_path)
    assert first is not None and len(writes) == 1
    memo = cache._digests[d][0]
    assert len(memo) == 6
    cache._digests.clear()  # a new run, over other files: the memo fills up
    cache.slot_for("catalog", [(f.name, "schema", f) for f in files[6:]], tree=tmp_path)
    memo = cache._digests[d][0]
    assert len(writes) == 2 and len(memo) <= 8
    assert all(os.path.abspath(f) in memo for f in files[6:])  # this run's files were kept
    # the first batch's digests are still answered right
    cache._digests.clear()
    assert cache.slot_for("catalog", [(f.name, "schema", f) for f in files[:6]], tree=tmp_path) == first


def test_catalog_routines_load_as_columns_and_are_built_when_looked_up():
    """A catalog's routines by (schema, name) are written as columns and read back as a
    table that builds a name's functions on lookup; the resolver's index over it answers
    as the index over every function does."""
    from rpccheck import cachecodec
    from rpccheck.model import Function, Param
    from rpccheck.resolve import Index

    a = Param("a", "in", "integer", False)
    routines = {
        ("public", "f"): [Function("public", "f", (a,)), Function("public", "f", (a, Param("b", "in", "text", True)))],
        ("public", "t"): [Function("public", "t", (), returns="trigger")],  # not callable
        ("api", "F"): [Function("api", "F", (Param(None, "in", "json"),), writes=True)],
    }
    back = cachecodec.loads(cachecodec.dumps(routines))
    assert isinstance(back, cachecodec.FunctionTable) and not back._built
    assert back[("public", "f")] == routines[("public", "f")] and len(back._built) == 1
    assert dict(back.items()) == routines and list(back) == list(routines)
    assert back.callable_keys() == [("public", "f"), ("api", "F")]
    lazy = Index([], table=cachecodec.loads(cachecodec.dumps(routines)), table_callable=back.callable_keys())
    eager = Index([f for fns in routines.values() for f in fns])
    assert list(lazy.callable) == list(eager.callable) and lazy.schemas_of == eager.schemas_of
    assert lazy.callable[("public", "f")] == eager.callable[("public", "f")] and ("public", "t") not in lazy.callable
    assert dict(lazy.routines.items()) == dict(eager.routines.items()) and lazy._folded == eager._folded
    # not the form for anything else: a key that is not its functions' name
    assert isinstance(cachecodec.loads(cachecodec.dumps({("public", "g"): routines[("public", "f")]})), dict)


def test_an_entry_is_written_private_and_whole_and_old_ones_are_pruned(tmp_path, monkeypatch):
    """store_bytes writes through a temporary file only the user can read (made without the
    tempfile module), renames it into place, leaves no temporary file behind, and keeps the
    32 newest entries of a kind (another kind's, sharing the prefix or not, untouched)."""
    import os
    import time

    from rpccheck import cache

    d = tmp_path / "cache"
    other = cache.Slot(d, "catalogs", "x")
    cache.store_bytes(other, b"other")
    for i in range(40):
        cache.store_bytes(cache.Slot(d, "catalog", f"k{i:02d}"), b"%d" % i)
        path = d / f"catalog-k{i:02d}.json"
        os.utime(path, ns=(time.time_ns() - (40 - i) * 10**9,) * 2)  # older first
    names = sorted(p.name for p in d.iterdir())
    assert names == sorted(["catalogs-x.json"] + [f"catalog-k{i:02d}.json" for i in range(8, 40)])
    assert all((p.stat().st_mode & 0o777) == 0o600 for p in d.iterdir())
    assert (d / "catalog-k39.json").read_bytes() == b"39"
