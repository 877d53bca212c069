"""Output formats: text (ruff "full" style), concise, json, github, sarif, junit.

Writers are called directly with hand-built diagnostics (only text and json are wired
into the CLI so far); one test also takes real locations from the TypeScript reader.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import SHARED
from rpccheck.model import Definition, Diagnostic, Location
from rpccheck.report import FORMATS, ReportContext, read_source_lines, summary
from rpccheck.report import concise, github, json_format, junit, sarif, text
from rpccheck.rules import BY_CODE, RULES

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"

# 'é' is one UTF-16 unit and one cell, '😀' two UTF-16 units and two cells, '中' one
# UTF-16 unit and two cells: character, UTF-16 and display columns all differ.
CALL_LINE = "const s = 'café 😀 中'; await supabase.rpc('get_usr', { p_id: 1 })"
NAME = "'get_usr'"
BEFORE = CALL_LINE[: CALL_LINE.index(NAME)]
assert len(BEFORE) == 41
COL = 42  # 1-based character column of the name
COL16 = 43  # the emoji is a surrogate pair
CELLS = 43  # display cells before the name: the emoji and 中 are wide


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def loc(path="src/a.ts", line=1, col=1, end_line=0, end_col=0, col16=0, end_col16=0) -> Location:
    return Location(path, line, col, end_line, end_col, col16, end_col16)


def diag(code="RPC002", message="Unknown parameter `p_user_id`", location=None, **kw) -> Diagnostic:
    rule = BY_CODE[code]
    kw.setdefault("severity", rule.severity)
    return Diagnostic(code=code, rule=rule.name, message=message, loc=location or loc(), **kw)


def name_diag(path: str, **kw) -> Diagnostic:
    """RPC001 on NAME in CALL_LINE (line 2 of the files written by `source_file`)."""
    return diag(
        "RPC001",
        "No function `get_usr` in schema public",
        loc(path, 2, COL, 2, COL + len(NAME), COL16, COL16 + len(NAME)),
        function="get_usr",
        **kw,
    )


@pytest.fixture
def source_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.ts").write_text(
        "import { supabase } from './client'\n"
        + CALL_LINE
        + "\n"
        + "\tawait\tsupabase.rpc('f', {})\n"
        + "  const r = supabase.rpc('multi', {\n"
        + "    a: 1 })\n",
        encoding="utf-8",
    )
    return "src/a.ts"


def ctx(**kw) -> ReportContext:
    kw.setdefault("source_lines", read_source_lines)
    return ReportContext(**kw)


def caret_span(caret_line: str, gutter: str) -> tuple[int, int]:
    assert caret_line.startswith(gutter), caret_line
    body = caret_line[len(gutter) :]
    m = re.fullmatch(r"( *)(\^+)", body)
    assert m, repr(caret_line)
    return len(m.group(1)), len(m.group(2))


# --- registry -------------------------------------------------------------------------


def test_formats_registry_has_every_writer():
    assert list(FORMATS) == ["text", "concise", "json", "github", "sarif", "junit"]
    d = [diag()]
    for name, render in FORMATS.items():
        assert render(d, ReportContext()) == render(d), name  # ctx is optional, defaults alike
        assert render(d, ReportContext()).endswith("\n"), name


# --- text -----------------------------------------------------------------------------


def test_text_full_golden(source_file):
    d = name_diag(source_file, help="did you mean `get_user`?", definition=Definition("supabase/schema.sql", 12))
    out = text.render([d], ctx())
    assert out == (
        "src/a.ts:2:42: RPC001 [unknown-function] No function `get_usr` in schema public\n"
        f"  2 | {CALL_LINE}\n"
        f"    | {' ' * CELLS}{'^' * len(NAME)}\n"
        "  = help: did you mean `get_user`?\n"
        "  = defined at supabase/schema.sql:12\n"
        "\n"
        "Found 1 finding (1 error).\n"
    )


def test_text_caret_under_span_after_wide_characters(source_file):
    out = text.render([name_diag(source_file)], ctx()).splitlines()
    src_line, caret_line = out[1], out[2]
    assert src_line == f"  2 | {CALL_LINE}"
    start, width = caret_span(caret_line, "    | ")
    # the caret starts where NAME starts on screen: characters before it, plus one
    # extra cell for each of the two wide characters
    assert start == len(BEFORE) + 2 == CELLS
    assert width == len(NAME)


def test_text_tabs_expand_consistently(source_file):
    line3 = "\tawait\tsupabase.rpc('f', {})"
    col = line3.index("supabase") + 1
    end = line3.index("(") + 1
    out = text.render([diag(location=loc(source_file, 3, col, 3, end))], ctx()).splitlines()
    src_line, caret_line = out[1], out[2]
    assert "\t" not in src_line and "\t" not in caret_line
    shown = src_line[len("  3 | ") :]
    assert shown == "    await   supabase.rpc('f', {})"  # tab stops every 4 cells
    start, width = caret_span(caret_line, "    | ")
    assert shown[start : start + width] == "supabase.rpc"


def test_text_multiline_span_underlines_rest_of_first_line(source_file):
    line4 = "  const r = supabase.rpc('multi', {"
    col = line4.index("supabase") + 1
    out = text.render([diag("RPC101", "args", loc(source_file, 4, col, 5, 9))], ctx()).splitlines()
    start, width = caret_span(out[2], "    | ")
    assert start == col - 1
    assert start + width == len(line4)


def test_text_point_span_gets_one_caret(source_file):
    out = text.render([diag(location=loc(source_file, 1, 10))], ctx()).splitlines()
    assert caret_span(out[2], "    | ") == (9, 1)


def test_text_gutter_width_follows_line_number(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("big.ts").write_text("\n" * 518 + "    await supabaseAdmin.rpc('x')\n", encoding="utf-8")
    out = text.render([diag(location=loc("big.ts", 519, 5, 519, 10))], ctx()).splitlines()
    assert out[1] == "  519 |     await supabaseAdmin.rpc('x')"
    assert out[2] == "      |     ^^^^^"


def test_text_without_source_or_past_the_end(source_file):
    d1 = diag(location=loc("missing.ts", 1, 1))
    d2 = diag(location=loc(source_file, 99, 1))
    out = text.render([d1, d2], ctx())
    assert out == (
        "missing.ts:1:1: RPC002 [unknown-parameter] Unknown parameter `p_user_id`\n\n"
        "src/a.ts:99:1: RPC002 [unknown-parameter] Unknown parameter `p_user_id`\n\n"
        "Found 2 findings (2 errors).\n"
    )


def test_text_long_line_is_windowed_around_the_span(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    long = "x" * 5000 + " supabase.rpc('far', {}) " + "y" * 5000
    Path("min.ts").write_text(long + "\n", encoding="utf-8")
    col = long.index("'far'") + 1
    out = text.render([diag(location=loc("min.ts", 1, col, 1, col + 5))], ctx()).splitlines()
    shown = out[1][len("  1 | ") :]
    assert len(shown) <= text.MAX_SOURCE_CHARS + 2
    assert shown.startswith("…") and shown.endswith("…")
    start, width = caret_span(out[2], "    | ")
    assert shown[start : start + width] == "'far'"


def test_text_first_line_and_summary_counts():
    ds = [diag(), diag("RPC101", "cannot read args", loc("b.ts", 3, 7)), diag("RPC201", "binary", loc("c.ts", 1, 1))]
    assert text.line(ds[0]) == "src/a.ts:1:1: RPC002 [unknown-parameter] Unknown parameter `p_user_id`"
    out = text.render(ds, ReportContext())
    assert out.splitlines()[-1] == "Found 3 findings (1 error, 1 warning, 1 info)."
    assert text.render([], ReportContext()) == "All checks passed: no findings.\n"


def test_text_color_on_and_off(source_file):
    ds = [
        name_diag(source_file),
        diag("RPC201", "binary", loc(source_file, 1, 1)),
        diag("RPC100", "dynamic", loc(source_file, 1, 1)),
    ]
    plain = text.render(ds, ctx(color=False, statistics=True))
    assert "\x1b" not in plain
    colored = text.render(ds, ctx(color=True))
    assert "\x1b[1msrc/a.ts:2:42:\x1b[0m \x1b[1;31mRPC001\x1b[0m [unknown-function]" in colored
    assert "\x1b[1;33mRPC201\x1b[0m" in colored
    assert "\x1b[1;34mRPC100\x1b[0m" in colored
    assert f"\x1b[1;31m{'^' * len(NAME)}\x1b[0m" in colored
    # colour codes only wrap things: stripped, the output is the plain one
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == text.render(ds, ctx(color=False))


def test_text_statistics_table_before_summary():
    ds = [
        diag(),
        diag("RPC101", "x", loc("b.ts", 2)),
        diag(location=loc("c.ts")),
        diag(location=loc("d.ts")),
        diag("RPC001", "y", loc("e.ts")),
        diag("RPC101", "x", loc("f.ts")),
    ]
    out = text.render(ds, ReportContext(statistics=True))
    tail = out.rstrip("\n").split("\n\n")[-2:]
    assert tail[0].splitlines() == [
        "3  RPC002  unknown-parameter",
        "2  RPC101  unresolved-arguments",
        "1  RPC001  unknown-function",
    ]
    assert tail[1] == "Found 6 findings (4 errors, 2 info)."
    assert "RPC002  unknown-parameter" not in text.render(ds, ReportContext())


def test_text_quiet_prints_only_finding_lines(source_file):
    ds = [name_diag(source_file, help="h"), diag(location=loc(source_file, 3, 2))]
    out = text.render(ds, ctx(quiet=True, statistics=True))
    assert out == "".join(text.line(d) + "\n" for d in ds)
    assert text.render([], ctx(quiet=True)) == ""


def test_text_hostile_names_cannot_break_lines_or_emit_escapes(source_file):
    d = diag(message="Unknown parameter `a\nfake.ts:1:1: RPC001 [x] y\x1b[2J`", help="line1\nline2\x07")
    out = text.render([d], ctx())
    assert "\x1b" not in out and "\x07" not in out
    lines = out.splitlines()
    assert (
        lines[0] == "src/a.ts:1:1: RPC002 [unknown-parameter] Unknown parameter `a\\nfake.ts:1:1: RPC001 [x] y\\x1b[2J`"
    )
    assert lines[3:5] == ["  = help: line1", "          line2\\x07"]


def test_read_source_lines_counts_lines_like_the_parser(tmp_path):
    p = tmp_path / "x.ts"
    p.write_bytes(b"a\r\nform\x0cfeed \xe2\x80\xa8 sep\r\nthird\n")
    assert read_source_lines(str(p)) == ["a", "form\x0cfeed \u2028 sep", "third", ""]
    assert read_source_lines(str(tmp_path / "nope.ts")) is None
    # a BOM is not part of the first line: columns do not count it
    p.write_bytes(b"\xef\xbb\xbfconst a = 1\n")
    assert read_source_lines(str(p)) == ["const a = 1", ""]
    p.write_bytes(b"\x00\x01binary")
    assert read_source_lines(str(p)) is None


def test_text_control_characters_in_source_keep_carets_aligned(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = "/*\x0c\x1b*/ supabase.rpc('f')"
    Path("c.ts").write_text(src + "\n", encoding="utf-8")
    col = src.index("'f'") + 1
    out = text.render([diag(location=loc("c.ts", 1, col, 1, col + 3))], ctx()).splitlines()
    assert "\x1b" not in out[1] and "\x0c" not in out[1]
    shown = out[1][len("  1 | ") :]
    start, width = caret_span(out[2], "    | ")
    assert shown[start : start + width] == "'f'"


# --- concise --------------------------------------------------------------------------


def test_concise_golden(source_file):
    ds = [name_diag(source_file, help="h"), diag("RPC101", "cannot read args", loc("b.ts", 3, 7))]
    assert concise.render(ds, ctx()) == (
        "src/a.ts:2:42: RPC001 [unknown-function] No function `get_usr` in schema public\n"
        "b.ts:3:7: RPC101 [unresolved-arguments] cannot read args\n"
        "\n"
        "Found 2 findings (1 error, 1 info).\n"
    )
    assert concise.render(ds, ctx(quiet=True)) == "".join(text.line(d) + "\n" for d in ds)
    assert concise.render([], ctx()) == "All checks passed: no findings.\n"
    stats = concise.render(ds, ctx(statistics=True))
    assert "1  RPC001  unknown-function\n1  RPC101  unresolved-arguments\n\nFound 2" in stats


# --- json -----------------------------------------------------------------------------


def test_json_is_only_json_and_keeps_its_fields():
    ds = [diag(function="f", parameter="p_user_id", definition=Definition("s.sql", 3), help="h")]
    out = json_format.render(ds, ReportContext(statistics=True, color=True, source_lines=read_source_lines))
    data = json.loads(out)  # raises if anything but JSON were printed
    assert out == json_format.render(ds)
    assert list(data[0]) == [
        "code",
        "rule",
        "severity",
        "message",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "function",
        "parameter",
        "suggestion",
        "definition",
        "help",
    ]
    assert data[0]["definition"] == {"path": "s.sql", "line": 3}
    assert json.loads(json_format.render([], ReportContext(statistics=True))) == []


# --- github ---------------------------------------------------------------------------


def unescape_data(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(s: str) -> str:
    return s.replace("%3A", ":").replace("%2C", ",").replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def parse_annotation(line: str) -> tuple[str, dict[str, str], str]:
    """Parse a workflow command the way the runner does (first `::` after the command
    ends the properties)."""
    m = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
    assert m, line
    props = {}
    for item in m.group(2).split(","):
        k, v = item.split("=", 1)
        props[k] = unescape_property(v)
    return m.group(1), props, unescape_data(m.group(3))


def test_github_golden():
    ds = [
        diag("RPC001", "No function `get_usr`", loc("src/a.ts", 2, 42, 2, 51), help="did you mean `get_user`?"),
        diag("RPC101", "cannot read args", loc("src/b.ts", 3, 7, 5, 2)),
        diag("RPC201", "binary file", loc("src/c.ts", 1, 1)),
    ]
    assert github.render(ds, ReportContext()).splitlines() == [
        "::error file=src/a.ts,line=2,col=42,endLine=2,endColumn=51,title=rpccheck (RPC001)::"
        "src/a.ts:2:42: RPC001 [unknown-function] No function `get_usr`%0A  help: did you mean `get_user`?",
        "::notice file=src/b.ts,line=3,endLine=5,title=rpccheck (RPC101)::"
        "src/b.ts:3:7: RPC101 [unresolved-arguments] cannot read args",
        "::warning file=src/c.ts,line=1,col=1,endLine=1,endColumn=1,title=rpccheck (RPC201)::"
        "src/c.ts:1:1: RPC201 [source-error] binary file",
    ]
    assert github.render([], ReportContext()) == ""


def test_github_escaping_blocks_command_injection():
    evil_fn = "f%0A::set-output name=x::y"
    evil_param = "p\n::error file=pwned.ts,line=1::injected\r\n::add-mask::secret"
    ds = [
        diag("RPC001", f"No function `{evil_fn}`", loc("src/a,b:c%d.ts", 1, 5, 1, 9), function=evil_fn),
        diag(
            "RPC002",
            f"Unknown parameter `{evil_param}`",
            loc("src/a.ts", 2, 3, 2, 8),
            parameter=evil_param,
            help="first\nsecond %0A",
        ),
    ]
    out = github.render(ds, ReportContext())
    lines = out.split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert len(lines) == len(ds)  # one physical line per finding
    assert all(ln.startswith(("::error ", "::warning ", "::notice ")) for ln in lines)
    assert "\r" not in out
    # percent signs are escaped first, so "%0A" in a name never becomes a newline
    assert "f%250A::set-output name=x::y" in lines[0]
    # property values cannot contain a raw ':' or ',' that would end or split them
    assert "file=src/a%2Cb%3Ac%25d.ts,line=1," in lines[0]
    # decoding as the runner does gives back exactly the text that was meant
    cmd, props, message = parse_annotation(lines[0])
    assert cmd == "error"
    assert props == {
        "file": "src/a,b:c%d.ts",
        "line": "1",
        "col": "5",
        "endLine": "1",
        "endColumn": "9",
        "title": "rpccheck (RPC001)",
    }
    assert message == f"src/a,b:c%d.ts:1:5: RPC001 [unknown-function] No function `{evil_fn}`"
    cmd, props, message = parse_annotation(lines[1])
    assert cmd == "error" and props["file"] == "src/a.ts"
    # a newline survives as the runner's %0A; other controls (\r, ESC) show as escapes
    shown_param = evil_param.replace("\r", "\\r")
    assert message == (
        f"src/a.ts:2:3: RPC002 [unknown-parameter] Unknown parameter `{shown_param}`\n  help: first\n        second %0A"
    )


def test_github_paths_relative_to_root_with_slashes(tmp_path):
    (tmp_path / "src").mkdir()
    path = str(tmp_path / "src" / "a.ts")
    out = github.render([diag(location=loc(path, 1, 1))], ReportContext(root=tmp_path))
    assert out.startswith("::error file=src/a.ts,line=1,")
    assert "::src/a.ts:1:1: RPC002" in out


# --- sarif ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator():
    import jsonschema

    if not SARIF_SCHEMA.exists():
        pytest.skip(f"the official SARIF schema is not at {SARIF_SCHEMA}")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def assert_valid_sarif(validator, doc: dict) -> None:
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def strings(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, str):
        yield value


def test_sarif_valid_and_complete(sarif_validator, tmp_path):
    ds = [
        name_diag("src/a.ts", help="did you mean `get_user`?", definition=Definition("supabase/schema.sql", 12)),
        diag("RPC101", "cannot read args", loc("src/b.ts", 3, 7, 5, 2)),
        diag("RPC006", "schema `private` is not exposed", loc("src/c.ts", 1, 1), severity="info"),
        diag("RPC002", "Unknown parameter ``", loc("src/d.ts", 4, 2, 4, 4), parameter="", suggestion="", help=""),
    ]
    out = sarif.render(ds, ReportContext(tool_version="9.9.9"))
    doc = json.loads(out)
    assert_valid_sarif(sarif_validator, doc)
    assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert doc["version"] == "2.1.0"
    assert len(doc["runs"]) == 1
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "rpccheck" and driver["version"] == "9.9.9"
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [r.code for r in RULES]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for desc, rule in zip(driver["rules"], RULES):
        assert desc["name"] == rule.name
        assert desc["shortDescription"]["text"] == rule.summary
        assert desc["fullDescription"]["text"] == rule.what
        assert rule.why in desc["help"]["text"] and rule.example in desc["help"]["text"]
        assert "## Why is this bad?" in desc["help"]["markdown"] and rule.use_instead in desc["help"]["markdown"]
        assert desc["defaultConfiguration"]["level"] == levels[rule.severity]
    assert "" not in list(strings(doc)), "SARIF must not contain empty strings"

    results = run["results"]
    assert [r["ruleId"] for r in results] == ["RPC001", "RPC101", "RPC006", "RPC002"]
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
    assert [r["level"] for r in results] == ["error", "note", "note", "error"]  # RPC006 reported at info
    first = results[0]
    assert first["message"]["text"].startswith("No function `get_usr` in schema public")
    assert "did you mean `get_user`?" in first["message"]["text"]
    phys = first["locations"][0]["physicalLocation"]
    assert phys["artifactLocation"]["uri"] == "src/a.ts"
    assert phys["region"] == {"startLine": 2, "startColumn": COL16, "endLine": 2, "endColumn": COL16 + len(NAME)}
    rel = first["relatedLocations"][0]["physicalLocation"]
    assert rel["artifactLocation"]["uri"] == "supabase/schema.sql" and rel["region"] == {"startLine": 12}
    assert results[1]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 7,
        "endLine": 5,
        "endColumn": 2,
    }


def test_sarif_columns_are_utf16_from_real_source(sarif_validator, source_file):
    """Locations from the TypeScript reader: after 'café 😀 中' the character column and the
    UTF-16 column differ, and SARIF must carry the UTF-16 one."""
    try:
        from rpccheck.callers.typescript import extract_calls
    except ImportError as e:  # the reader belongs to another module
        pytest.skip(f"TypeScript reader unavailable: {e}")
    data = Path(source_file).read_bytes()
    calls = [c for c in extract_calls(data, source_file) if c.name == "get_usr"]
    assert len(calls) == 1
    nloc = calls[0].name_loc
    assert (nloc.line, nloc.column) == (2, COL)
    d = diag("RPC001", "No function `get_usr`", nloc)
    doc = json.loads(sarif.render([d], ctx()))
    assert_valid_sarif(sarif_validator, doc)
    region = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] == utf16_len(BEFORE) + 1 == COL16
    assert region["endColumn"] == utf16_len(BEFORE + NAME) + 1
    # and the text format puts the carets under the same span
    out = text.render([d], ctx()).splitlines()
    assert caret_span(out[2], "    | ") == (CELLS, len(NAME))


def test_sarif_uris_relative_to_root_and_encoded(sarif_validator, tmp_path):
    (tmp_path / "my src").mkdir()
    inside = str(tmp_path / "my src" / "café#1.ts")
    outside = "/elsewhere/x.ts"
    doc = json.loads(
        sarif.render(
            [diag(location=loc(inside, 1, 1)), diag(location=loc(outside, 1, 1))], ReportContext(root=tmp_path)
        )
    )
    assert_valid_sarif(sarif_validator, doc)
    a, b = (r["locations"][0]["physicalLocation"]["artifactLocation"] for r in doc["runs"][0]["results"])
    assert a == {"uri": "my%20src/caf%C3%A9%231.ts", "uriBaseId": "%SRCROOT%"}
    assert b == {"uri": "file:///elsewhere/x.ts"}


def test_sarif_clean_run(sarif_validator):
    doc = json.loads(sarif.render([], ReportContext()))
    assert_valid_sarif(sarif_validator, doc)
    run = doc["runs"][0]
    assert run["results"] == []
    assert len(run["tool"]["driver"]["rules"]) == len(RULES)
    assert run["tool"]["driver"]["version"]  # falls back to the package version


# --- junit ----------------------------------------------------------------------------


def test_junit_parses_back():
    ds = [
        name_diag("src/a.ts", help="did you mean `get_user`?"),
        diag("RPC002", 'Unknown parameter `<a href="x">&amp;</a>`\x01', loc("src/b.ts", 3, 7)),
    ]
    out = junit.render(ds, ReportContext())
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert suite.get("name") == "rpccheck"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "2", "0")
    cases = suite.findall("testcase")
    assert [(c.get("name"), c.get("classname")) for c in cases] == [
        ("src/a.ts:2:42 RPC001", "src/a.ts"),
        ("src/b.ts:3:7 RPC002", "src/b.ts"),
    ]
    f0 = cases[0].find("failure")
    assert f0.get("type") == "RPC001"
    assert f0.get("message") == "No function `get_usr` in schema public"
    assert f0.text.splitlines() == [
        "src/a.ts:2:42: RPC001 [unknown-function] No function `get_usr` in schema public",
        "help: did you mean `get_user`?",
    ]
    f1 = cases[1].find("failure")
    assert f1.get("message") == 'Unknown parameter `<a href="x">&amp;</a>`\ufffd'


def test_junit_clean_run_is_one_passing_case():
    root = ET.fromstring(junit.render([], ReportContext()).encode("utf-8"))
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "0")
    cases = suite.findall("testcase")
    assert len(cases) == 1
    assert cases[0].find("failure") is None and cases[0].find("error") is None


def test_summary_is_shared():
    assert summary([diag(), diag("RPC201", "x", loc())]) == "Found 2 findings (1 error, 1 warning)."
