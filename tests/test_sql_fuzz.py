"""The differential SQL fuzzer: generated routine headers and DDL, rpccheck against pg_proc.

`pytest tests/test_sql_fuzz.py --fuzz-count 10000 --fuzz-seed 7` runs more; CI runs
a few hundred routines. A disagreement fails with a minimal reproduction (the
statement list shrunk while the disagreement stays). Every case the fuzzer ever
found is kept in tests/sqlfuzz/regressions.sql and replayed here.
"""

from __future__ import annotations

import pytest

from sqlfuzz.gen import batch, support_count
from sqlfuzz.oracle import compare, shrink

REGRESSIONS = __import__("pathlib").Path(__file__).parent / "sqlfuzz" / "regressions.sql"
BATCH = 100  # routines per database


def test_fuzz_routines_equal_pg_proc(pg, tmp_path, fuzz_count, fuzz_seed):
    done = 0
    k = 0
    while done < fuzz_count:
        n = min(BATCH, fuzz_count - done)
        seed = fuzz_seed * 100_003 + k
        statements = batch(seed, n)
        d = compare(pg, "fuzz", statements, tmp_path)
        if d is not None:
            small = shrink(
                pg,
                statements,
                tmp_path,
                (d.what, d.detail.split(" = ")[0].split(": postgres")[0]),
                keep=support_count(),
            )
            again = compare(pg, "fuzz", small, tmp_path) or d
            repro = ";\n".join(small) + ";"
            pytest.fail(
                f"batch seed {seed} ({n} routines): {d}\n\nminimal reproduction ({again}):\n{repro}", pytrace=False
            )
        done += n
        k += 1
    print(f"sql fuzz: {done} generated routines, seed {fuzz_seed}, 0 disagreements")


def regression_cases() -> list[tuple[str, list[str]]]:
    cases, name, body = [], None, []
    for line in REGRESSIONS.read_text().splitlines():
        if line.startswith("-- case: "):
            if name:
                cases.append((name, body))
            name, body = line[len("-- case: ") :], []
        elif name is not None:
            body.append(line)
    if name:
        cases.append((name, body))
    return [(n, _statements("\n".join(b))) for n, b in cases]


def _statements(text: str) -> list[str]:
    from rpccheck.sql.scanner import split_statements

    sts, problems = split_statements(text)
    assert not problems
    return [text[s.start : s.end].rstrip().rstrip(";") for s in sts]


@pytest.mark.parametrize("name, statements", regression_cases(), ids=[n for n, _ in regression_cases()])
def test_fuzz_regression(pg, tmp_path, name, statements):
    # bodies are not validated, as in the generated batches (and pg_dump's output)
    d = compare(pg, "fuzz_regression", ["SET check_function_bodies = false"] + statements, tmp_path)
    assert d is None, f"{name}: {d}"
