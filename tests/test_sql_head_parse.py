"""A routine's head is parsed with its dollar-quoted AS body emptied (replay's
`_parse_head`, for speed): PostgreSQL's grammar gives the same tree for it, but for that
string's value and the locations after it, and accepts or rejects it alike. Checked
here on every routine of the fixtures and tests and on cases built to tell them apart
(a string after the body that would concatenate with an emptied standard string, tags,
comments, nested dollar quotes, bodies in other places)."""

from __future__ import annotations

from pathlib import Path

from rpccheck.sql import pgtree, scanner
from rpccheck.sql.pgtree import PgRejected
from rpccheck.sql.replay import head_text

ROOT = Path(__file__).resolve().parent.parent
BODY = "x" * (scanner._BODY_WORTH_EMPTYING + 10)

CRAFTED = [
    f"create function f() returns int language sql as $${BODY}$$;",
    f"create function f() returns int language sql as $$select 1 -- {BODY}\n$$\n'more';",
    f"create function f() returns int as $$ {BODY} $$, 'sym' language c;",
    f"create function f() returns int as $a$ $$ {BODY} $$ $a$ language plpgsql;",
    f"create function f() returns int AS\n  /* c */ $b$ {BODY} $b$ language sql immutable strict;",
    f"create function f() returns int as -- c\n $$ {BODY} $$ language sql;",
    f"create function f(a int default 1) returns int language sql as $$ {BODY} $$ cost 5 rows 3;",
    f"create function f() returns setof int language sql as $$ {BODY} $$ rows 3;",
    f"create procedure p() language sql as $$ {BODY} $$;",
    f"create function f() returns int language sql as $$ {BODY} $$ as $$ x $$;",
    f"create function f() returns int language sql set search_path = $$ {BODY} $$ as $$ {BODY} $$;",
    f"create function f() returns int language sql begin atomic select 1 as $$ {BODY} $$; end;",
    f"create function f() returns int language sql begin atomic select $$ {BODY} $$; end;",
    f"create function f() returns int language sql as $$ {BODY} $$ $$ {BODY} $$;",
    f"create function f() returns int language sql as $$ {BODY} $$ language;",
    f"create function f(x text default $$ {BODY} $$) returns int language sql as $$ {BODY} $$;",
    f"create function f() returns int alias as $$ {BODY} $$ language sql;",
    f"create function f() returns int language sql as$q$ {BODY} $q$;",
    f"create function f() returns int language sql as $q$ {BODY} $q$ || 'x';",
    f"create function f() returns int language sql as $q$ {BODY} $q$::text;",
    f"create function f() returns int language sql as $$ {BODY}\x00 $$;",  # libpg_query stops at a NUL
    f"create function f(\u20ace'\\' text) returns int language sql as $$ {BODY} $$ '$$;",
]


def _strip(node, emptied: bool):
    """The tree without locations (and with the AS strings emptied)."""
    if isinstance(node, dict):
        out = {k: _strip(v, emptied) for k, v in node.items() if k not in ("location", "stmt_len", "arg_location")}
        if emptied and node.get("defname") == "as":
            out["arg"] = "<as>"
        return out
    if isinstance(node, list):
        return [_strip(v, emptied) for v in node]
    return node


def _parse(sql: str):
    try:
        return _strip(pgtree.parse(sql), True)
    except PgRejected as e:
        return ("rejected", str(e).split(" at or near")[0])


def _routines():
    for path in sorted([*ROOT.glob("fixtures/**/*.sql"), *ROOT.glob("tests/**/*.sql")]):
        text = path.read_text(errors="replace")
        for st in scanner.split_statements(text)[0]:
            if st.body is not None:
                yield text, st


def test_emptied_bodies_parse_to_the_same_tree():
    cases = [(text, st) for text, st in _routines()]
    for sql in CRAFTED:
        cases += [(sql, st) for st in scanner.split_statements(sql)[0] if st.body is not None]
    assert len(cases) > 50
    crafted_bodies = sum(1 for text, _ in cases if text in CRAFTED)
    assert crafted_bodies >= 14  # the scanner found the AS body in the crafted cases
    for text, st in cases:
        emptied = head_text(text, st)
        if emptied is None:
            assert "\x00" in text[st.body[0] : st.body[1]] or not text[st.start : st.body[0]].isascii()
            continue
        assert len(emptied) < st.end - st.start - scanner._BODY_WORTH_EMPTYING
        assert _parse(text[st.start : st.end]) == _parse(emptied), text[st.start : st.end]


def test_only_a_body_after_as_outside_parentheses_is_emptied():
    text = f"create function f(x text default $$ {BODY} $$) returns int language sql set a = $$ {BODY} $$ as 'x';"
    assert [st.body for st in scanner.split_statements(text)[0]] == [None]
    text = f"select 1 as $$ {BODY} $$;"
    assert [st.body for st in scanner.split_statements(text)[0]] == [None]
