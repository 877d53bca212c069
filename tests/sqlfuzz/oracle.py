"""Load a batch into PostgreSQL and into rpccheck, and compare them routine by routine.

PostgreSQL runs the batch as `psql -f` does (each statement on its own, going on
after errors), so a statement it rejects changes nothing; pg_proc is the truth.
rpccheck reads the same file and must end with the same routines (name, kind, each
parameter's name, mode, type as format_type() prints it and default presence, the
result, set-ness and volatility), must warn `schema-statement-rejected` only at
lines where PostgreSQL did reject a statement, and must read a real
`pg_dump --schema-only` of the database back to the same routines, without
warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pgcluster import by_signature
from rpccheck.sql.replay import load_catalog

_PSQL_ERROR = re.compile(r"^psql:[^\n]*?:(\d+): ERROR:\s*(.*)$", re.M)


@dataclass
class Disagreement:
    what: str
    detail: str

    def __str__(self) -> str:
        return f"{self.what}: {self.detail}"


def write_batch(path: Path, statements: list[str]) -> list[int]:
    """Write the statements (each followed by `;`), returning each one's first line."""
    lines, text, line = [], [], 1
    for s in statements:
        lines.append(line)
        chunk = s + ";\n"
        text.append(chunk)
        line += chunk.count("\n")
    path.write_text("".join(text))
    return lines


def compare(pg, db: str, statements: list[str], workdir: Path) -> Optional[Disagreement]:
    pg.psql("postgres", sql=f'DROP DATABASE IF EXISTS "{db}"', check=True)
    pg.create_db(db)
    sql = workdir / f"{db}.sql"
    starts = write_batch(sql, statements)
    proc = pg.psql(db, file=sql, on_error_stop=False)
    error_lines = {int(n) for n, _ in _PSQL_ERROR.findall(proc.stderr)}

    # psql reports the line where a statement's text ends; map both to statements
    def statement_of(line: int) -> int:
        k = 0
        for i, s in enumerate(starts):
            if s <= line:
                k = i
        return k

    rejected = {statement_of(n) for n in error_lines}
    truth = by_signature(pg.functions(db))
    catalog = load_catalog([sql])
    ours = by_signature([f.to_json() for f in catalog.all_functions()])
    d = _diff(truth, ours, "replay")
    if d:
        return d
    warned = {statement_of(x.loc.line) for x in catalog.diagnostics if x.rule == "schema-statement-rejected"}
    false = warned - rejected
    if false:
        k = min(false)
        msg = next(x.message for x in catalog.diagnostics if statement_of(x.loc.line) == k)
        return Disagreement("false rejection", f"statement {k + 1}: {statements[k][:300]!r}: {msg}")
    other = [x for x in catalog.diagnostics if x.rule == "schema-parse-error"]
    if other:
        return Disagreement("parse error", other[0].message)
    dump = workdir / f"{db}.dump.sql"
    pg.pg_dump_schema(db, dump)
    dumped = load_catalog([dump])
    d = _diff(truth, by_signature([f.to_json() for f in dumped.all_functions()]), "pg_dump")
    if d:
        return d
    if any(x.rule in ("schema-parse-error", "schema-statement-rejected") for x in dumped.diagnostics):
        x = next(x for x in dumped.diagnostics if x.rule in ("schema-parse-error", "schema-statement-rejected"))
        return Disagreement("pg_dump warning", x.message)
    return None


def _diff(truth: dict, ours: dict, side: str) -> Optional[Disagreement]:
    missing = sorted(set(truth) - set(ours))
    if missing:
        return Disagreement(f"{side}: missing", f"{missing[0]} = {truth[missing[0]]}")
    extra = sorted(set(ours) - set(truth))
    if extra:
        return Disagreement(f"{side}: extra", f"{extra[0]} = {ours[extra[0]]}")
    for key in sorted(truth):
        if truth[key] != ours[key]:
            return Disagreement(f"{side}: differs", f"{key}: postgres {truth[key]} != rpccheck {ours[key]}")
    return None


def shrink(pg, statements: list[str], workdir: Path, what, keep: int = 0) -> list[str]:
    """The smallest statement list (ddmin over statements) with a disagreement of the same
    kind; the first `keep` statements (the support objects) stay, then are shrunk last."""
    fixed = statements[:keep]

    def fails(sts: list[str]) -> bool:
        d = compare(pg, "fuzz_shrink", fixed + sts, workdir)
        return d is not None and (d.what, d.detail.split(" = ")[0].split(": postgres")[0]) == what

    current = list(statements[keep:])
    n = 2
    while len(current) >= 2:
        chunk = max(1, len(current) // n)
        reduced = False
        for i in range(0, len(current), chunk):
            candidate = current[:i] + current[i + chunk :]
            if candidate and fails(candidate):
                current = candidate
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(current), n * 2)
    return fixed + current
