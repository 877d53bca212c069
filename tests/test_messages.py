"""What fixture-case findings say, beyond `path:line:col: severity rule [parameter]`.

tests/test_fixture_cases.py never compares messages. These tests pin the facts a
message must carry (not its wording): the "did you mean" suggestion, where the
function is defined (`definition` and `path:line` in the message), and the hint
that names the fix.
"""

from __future__ import annotations

from conftest import FIXTURES

CASES = FIXTURES / "cases"


def run_case(run_cli, name: str) -> list[dict]:
    case = CASES / name
    args = ["check", "--format", "json"]
    for sql in sorted(p.name for p in case.glob("*.sql")):
        args += ["--schema", sql]
    res = run_cli(args + ["."], cwd=case)
    assert res.code in (0, 1), res.err
    return res.json()


def finding(found: list[dict], line: int, rule: str, parameter: str | None = None) -> dict:
    hits = [
        d
        for d in found
        if d["path"] == "calls.ts"
        and d["line"] == line
        and d["rule"] == rule
        and (parameter is None or d["parameter"] == parameter)
    ]
    assert len(hits) == 1, f"expected one {rule} on calls.ts:{line}, got {[(d['line'], d['rule']) for d in found]}"
    return hits[0]


def test_typo_in_function_name(run_cli):
    found = run_case(run_cli, "rule-unknown-function")
    # .rpc('get_user_profil', ...) -> get_user_profile, defined at schema.sql:2
    d = finding(found, 13, "unknown-function")
    assert d["function"] == "get_user_profil"
    assert d["suggestion"] == "get_user_profile"
    assert d["definition"] == {"path": "schema.sql", "line": 2}
    assert "get_user_profile" in d["message"]
    assert "schema.sql:2" in d["message"]
    # .rpc('list_order') -> list_orders, defined at schema.sql:5
    d = finding(found, 14, "unknown-function")
    assert d["suggestion"] == "list_orders"
    assert d["definition"] == {"path": "schema.sql", "line": 5}
    assert "schema.sql:5" in d["message"]
    # nothing close to 'delete_everything': no suggestion, no definition
    d = finding(found, 15, "unknown-function")
    assert d["suggestion"] is None
    assert d["definition"] is None


def test_typo_in_key(run_cli):
    found = run_case(run_cli, "rule-unknown-parameter")
    # { p_user_id, p_amout: 5 }: unknown p_amout (did you mean p_amount) and missing p_amount
    d = finding(found, 16, "unknown-parameter", "p_amout")
    assert d["suggestion"] == "p_amount"
    assert "p_amount" in d["message"]
    assert d["definition"] == {"path": "schema.sql", "line": 3}
    assert "schema.sql:3" in d["message"]
    d = finding(found, 16, "missing-parameter", "p_amount")
    assert d["definition"] == {"path": "schema.sql", "line": 3}
    assert "schema.sql:3" in d["message"]
    # { ..., p_userid }: did you mean p_user_id
    assert finding(found, 22, "unknown-parameter", "p_userid")["suggestion"] == "p_user_id"
    # { ..., get: true }: an option of .rpc(), not a misspelt parameter
    d = finding(found, 17, "unknown-parameter", "get")
    assert d["suggestion"] is None
    assert "option" in d["message"]


def test_case_folding_suggests_the_stored_name(run_cli):
    found = run_case(run_cli, "form-case-folding")
    # .rpc('getUser'): the unquoted name was stored as getuser (schema.sql:2)
    d = finding(found, 10, "unknown-function")
    assert d["suggestion"] == "getuser"
    assert d["definition"] == {"path": "schema.sql", "line": 2}
    assert "getuser" in d["message"] and "schema.sql:2" in d["message"]
    # .rpc('getuser', { pUserId }): the parameter was stored as puserid
    d = finding(found, 11, "unknown-parameter", "pUserId")
    assert d["suggestion"] == "puserid"
    assert "puserid" in d["message"]
    # "P_Month" was quoted and keeps its case: p_month -> P_Month
    assert finding(found, 15, "unknown-parameter", "p_month")["suggestion"] == "P_Month"


def test_dotted_name_points_at_schema_call(run_cli):
    found = run_case(run_cli, "form-schema-qualified")
    # .rpc('private.archive_org'): a function literally named "private.archive_org" in public;
    # the message (the only text the text format prints) must show the fix .schema('private').
    d = finding(found, 13, "unknown-function")
    assert d["definition"] == {"path": "schema.sql", "line": 3}
    assert "schema.sql:3" in d["message"]
    assert ".schema('private')" in d["message"]
    # .rpc('archive_org'): only private has it
    d = finding(found, 14, "unknown-function")
    assert d["suggestion"] is not None and "private" in d["suggestion"]
    assert d["definition"] == {"path": "schema.sql", "line": 3}
    assert "private" in d["message"] and "schema.sql:3" in d["message"]


def test_ambiguous_names_every_candidate(run_cli):
    found = run_case(run_cli, "rule-ambiguous-overload")
    # bump(a) at schema.sql:7 and bump(a, b DEFAULT 0) at schema.sql:9 both accept {a}
    d = finding(found, 10, "ambiguous-overload")
    assert "schema.sql:7" in d["message"] and "schema.sql:9" in d["message"]
    assert "PGRST203" in d["message"]


def test_definition_in_a_later_schema_file(run_cli):
    found = run_case(run_cli, "rule-schema-parse-error")
    # .rpc('after_broken', { x: 1 }): after_broken follows two broken headers, at a_headers.sql:9
    d = finding(found, 8, "unknown-parameter", "x")
    assert d["definition"] == {"path": "a_headers.sql", "line": 9}
    assert "a_headers.sql:9" in d["message"]
    warnings = [
        (d["path"], d["line"]) for d in found if d["rule"] in ("schema-parse-error", "schema-statement-rejected")
    ]
    assert ("a_headers.sql", 5) in warnings and ("a_headers.sql", 7) in warnings
