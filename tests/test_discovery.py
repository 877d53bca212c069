"""Which schema files a run reads, in which order, and which it skips (and says so)."""

from __future__ import annotations

import json
from pathlib import Path

F = "create function public.{name}(p_a int) returns int language sql as $$ select 1 $$;\n"


def make(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


def sources(run_cli, root: Path, *args: str) -> list[tuple[str, bool]]:
    res = run_cli(["sources", "--format", "json", *args], cwd=root)
    assert res.code == 0, res.err
    return [(s["path"], s["applied"]) for s in json.loads(res.out)["schema"]]


def test_declarative_schemas_have_free_names(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "rpccheck.toml": "",
            "supabase/schemas/01_tables.sql": "create table public.t (id int);\n",
            "supabase/schemas/functions.sql": F.format(name="toggle_todo"),
            "supabase/schemas/views/reports.sql": F.format(name="report"),
        },
    )
    assert sources(run_cli, root) == [
        ("supabase/schemas/01_tables.sql", True),
        ("supabase/schemas/functions.sql", True),
        ("supabase/schemas/views/reports.sql", True),
    ]


def test_a_plain_folder_is_read_whole_a_migrations_folder_like_the_cli(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "db/001_schema.sql": F.format(name="a"),
            "db/functions/get_items.sql": F.format(name="get_items"),
            "migrations/20240101000000_init.sql": F.format(name="b"),
            "migrations/notes.sql": "-- not applied\n",
            "migrations/archive/20230101000000_old.sql": F.format(name="old"),
        },
    )
    assert sources(run_cli, root, "--schema", "db", "--schema", "migrations") == [
        ("db/001_schema.sql", True),
        ("db/functions/get_items.sql", True),
        ("migrations/20240101000000_init.sql", True),
        ("migrations/archive/20230101000000_old.sql", False),
        ("migrations/notes.sql", False),
    ]


def test_prisma_migrations_layout(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "prisma/migrations/20240101000000_init/migration.sql": F.format(name="a"),
            "prisma/migrations/20240201000000_more/migration.sql": F.format(name="b"),
            "prisma/migrations/migration_lock.toml": 'provider = "postgresql"\n',
            "a.ts": "await supabase.rpc('b', { p_a: 1 })\n",
        },
    )
    assert sources(run_cli, root, "--schema", "prisma/migrations") == [
        ("prisma/migrations/20240101000000_init/migration.sql", True),
        ("prisma/migrations/20240201000000_more/migration.sql", True),
    ]
    assert run_cli(["check", "--schema", "prisma/migrations", "a.ts"], cwd=root).code == 0


def test_dumps_beside_migrations_are_not_stacked(tmp_path, run_cli):
    """A stale schema.sql must not revive an overload the migrations dropped."""
    root = make(
        tmp_path,
        {
            "rpccheck.toml": "",
            "supabase/migrations/20240101000000_a.sql": "create function public.list_posts(p_user uuid) returns int language sql as $$ select 1 $$;\n",
            "supabase/migrations/20240201000000_b.sql": "drop function public.list_posts(uuid);\n"
            "create function public.list_posts(p_user uuid, p_limit int default 20) returns int "
            "language sql as $$ select 1 $$;\n",
            "schema.sql": "create function public.list_posts(p_user uuid) returns int language sql as $$ select 1 $$;\n",
            "src/a.ts": "await supabase.rpc('list_posts', { p_user: '550e8400-e29b-41d4-a716-446655440000' })\n",
        },
    )
    res = run_cli(["check", "--format", "json"], cwd=root)
    assert res.code == 0, res.out
    [note] = res.json()
    assert (note["rule"], note["path"], note["severity"]) == ("skipped-schema-file", "schema.sql", "info")
    assert "supabase/migrations defines the database" in note["message"]


def test_root_is_the_supabase_project_in_a_monorepo(tmp_path, run_cli):
    root = make(
        tmp_path,
        {
            "apps/web/supabase/migrations/20240101000000_a.sql": F.format(name="f"),
            "apps/web/src/a.ts": "await supabase.rpc('f', { p_b: 1 })\n",
            "apps/admin/supabase/migrations/20240101000000_a.sql": F.format(name="g"),
        },
    )
    res = run_cli(["check", "--format", "json", "."], cwd=root / "apps" / "web" / "src")
    assert res.code == 1, res.err
    assert {d["rule"] for d in res.json()} == {"unknown-parameter", "missing-parameter"}
    assert all(d["definition"]["path"] == "../supabase/migrations/20240101000000_a.sql" for d in res.json())


def test_the_listing_is_os_walk(tmp_path):
    """discover._listing stands for os.walk: the same folders, lists and order, links to
    folders listed but not entered (a loop too), the caller's pruning honoured."""
    import os

    from rpccheck.discover import _listing

    for d in ("a/b/c", "a/d", "e", "f/g"):
        (tmp_path / d).mkdir(parents=True)
    for f in ("a/x.ts", "a/b/c/y.ts", "e/z.ts", "top.ts"):
        (tmp_path / f).write_text("")
    os.symlink(tmp_path / "a", tmp_path / "e" / "to_a")
    os.symlink(tmp_path, tmp_path / "f" / "loop")
    os.symlink(tmp_path / "missing", tmp_path / "f" / "broken")
    os.symlink(tmp_path / "top.ts", tmp_path / "f" / "file_link.ts")

    def walked(listing):
        out = []
        for folder, dirs, files in listing:
            dirs[:] = sorted(d for d in dirs if d != "d")  # pruned as the Walker prunes
            out.append((folder, list(dirs), sorted(files)))
        return out

    for top in (str(tmp_path), str(tmp_path) + "/", os.path.relpath(tmp_path)):
        assert walked(_listing(top, print)) == walked(os.walk(top, onerror=print))
    assert len(walked(_listing(str(tmp_path), print))) == 7
    errors: list[OSError] = []
    assert list(_listing(str(tmp_path / "nope"), errors.append)) == []
    assert len(errors) == 1 and errors[0].filename == str(tmp_path / "nope")
