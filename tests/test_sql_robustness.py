"""The SQL reader on hostile and huge inputs: no exception escapes, nothing quadratic.

Each input is generated here, sized so that the linear reader takes well under a
second while the quadratic paths these replace took minutes at their full size
(issue: 8,000 functions then 8,000 `DROP TABLE IF EXISTS` took 152 s, 4,000 DO
blocks with a computed DROP FUNCTION 57 s). No timing is asserted (the bench/ script
measures); a regression shows as a test that runs for minutes.
"""

from __future__ import annotations

import random

from conftest import FIXTURES
from rpccheck.sql.replay import load_catalog

TORTURE = FIXTURES / "sql" / "torture.sql"


def load(tmp_path, text: str):
    p = tmp_path / "input.sql"
    p.write_text(text, encoding="utf-8")
    return load_catalog([p])


def test_many_functions_then_many_table_drops(tmp_path):
    n = 3000
    fns = "".join(f"create function f{i}(a t{i % 50}) returns int language sql as 'select 1';\n" for i in range(n))
    tables = "".join(f"create table t{i} (a int);\n" for i in range(50))
    drops = "".join(f"drop table if exists other{i};\n" for i in range(n)) + "drop table t7 cascade;\n"
    c = load(tmp_path, tables + fns + drops)
    assert len(c.all_functions()) == n - n // 50
    assert not c.diagnostics


def test_many_do_blocks_with_a_computed_drop(tmp_path):
    n = 3000
    fns = "".join(f"create function g{i}() returns int language sql as 'select 1';\n" for i in range(n))
    blocks = "".join(
        "do $$ declare r record; begin for r in select oid::regprocedure as s from pg_proc loop "
        "execute format('drop function %s', r.s); end loop; end $$;\n"
        for _ in range(n)
    )
    c = load(tmp_path, fns + blocks)
    assert len(c.all_functions()) == n
    assert len([d for d in c.diagnostics if d.rule == "dynamic-sql"]) == n
    fn = c.all_functions()[0]
    assert c.dynamic_drop_of(fn) is not None  # any of them may have dropped it


def test_deep_nesting_is_a_diagnostic(tmp_path):
    for text in (
        "create function f(a int default "
        + "(" * 20000
        + "1"
        + ")" * 20000
        + ") returns int language sql as 'select 1';",
        "create function f(a int[] default array"
        + "[" * 5000
        + "1"
        + "]" * 5000
        + ") returns int language sql as 'select 1';",
        "create function f(a int default " + "(" * 5000 + ") returns int language sql as 'select 1';",
        "create /*" * 3000 + " function f() returns int language sql as 'select 1';",
    ):
        c = load(tmp_path, text)
        assert c.all_functions() == []
        assert c.diagnostics


def _mutations(text: str, rng: random.Random):
    """Byte flips, truncations, splices, unbalanced brackets and quotes, huge literals."""
    n = len(text)
    for _ in range(300):
        kind = rng.randrange(6)
        i, j = sorted(rng.randrange(n) for _ in range(2))
        if kind == 0:
            yield text[:i] + chr(rng.randrange(32, 0x3000)) + text[i + 1 :]
        elif kind == 1:
            yield text[:i]
        elif kind == 2:
            yield text[:i] + text[j:] + text[i:j]
        elif kind == 3:
            yield text[:i] + rng.choice("()[]'\"$;") * rng.randrange(1, 50) + text[i:]
        elif kind == 4:
            yield text[:i] + "'" + "x" * 50_000 + "'" + text[i:]
        else:
            yield text[:i] + "\udcff\x00\ufeff" + text[i:]


def test_mutated_torture_file_never_raises(tmp_path):
    text = TORTURE.read_text()
    # a window of the file keeps each input small (a few KB), so the run stays short
    rng = random.Random(11)
    for k, mutated in enumerate(_mutations(text[:6000], rng)):
        p = tmp_path / f"m{k}.sql"
        p.write_text(mutated, encoding="utf-8", errors="surrogatepass")
        load_catalog([p])  # must not raise
