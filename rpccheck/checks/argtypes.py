"""Would PostgreSQL accept this literal argument value for this parameter type?

A pure verdict, no I/O: given the JSON text a client sends for one key, the
parameter's type as format_type() prints it, and how the call reaches PostgREST,
say what PostgreSQL answers when PostgREST hands the value to the function.

How the value reaches the function (PostgREST v13 and later; the rule's docs in
rules.py cite the source):

- POST with a JSON body: the body is one `json` query parameter and every argument is
  a column of `json_to_record($1) AS _("p" type, ...)` (v12.2 and later; v9 to v12.1:
  `json_to_recordset`, which converts each value the same way). For each key
  PostgreSQL's `populate_record_field` turns the JSON value into the column type: a
  JSON string's de-escaped text, or any other value's JSON text as written (`4`,
  `true`, `{"a":1}`), goes through the type's input function; JSON arrays fill array
  columns element by element; JSON `null` is NULL, and a domain then checks NOT NULL.
- GET (`{ get: true }` / `{ head: true }`): each argument is a query-string value,
  passed as an `unknown`-typed parameter cast to the type (`$1::integer`): the text
  goes through the input function. postgrest-js writes the value with `${value}`, so
  `null` arrives as the text `null`. Before v13 GET arguments went into the same
  `json_to_recordset` as JSON strings, which reach the same input functions, except for
  json/jsonb parameters (a JSON string there is valid json): those are not judged over GET.
- A function whose only parameter is an unnamed json/jsonb takes the whole body; no
  key is converted, and nothing here applies.

Where the answer depends on the server (its version: PostgreSQL 16 reads `0x1F` and
`1_000` as integers, 17 reads `infinity` as an interval), on a setting (DateStyle,
TimeZone, timezone_abbreviations), on a CHECK constraint, or on anything this module
does not model, the verdict is UNKNOWN: unknown is not wrong, and the rule stays
silent.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Mapping, Optional

from ..lazyre import LazyPattern
from ..model import TypeDef

OK, ERROR, NOT_CALLED, UNKNOWN = "ok", "error", "not-called", "unknown"


@dataclass(frozen=True)
class Verdict:
    """What PostgreSQL does with one argument value sent as JSON text."""

    kind: str  # ok | error | not-called | unknown
    code: str = ""  # SQLSTATE of the error
    message: str = ""  # PostgreSQL's message text, as PostgREST returns it in `message`
    why: str = ""  # for UNKNOWN: why rpccheck does not judge

    @property
    def is_problem(self) -> bool:
        return self.kind in (ERROR, NOT_CALLED)


ACCEPTED = Verdict(OK)
CALLED_WITHOUT_RUNNING = Verdict(NOT_CALLED)


def _unknown(why: str) -> Verdict:
    return Verdict(UNKNOWN, why=why)


def _error(code: str, message: str) -> Verdict:
    return Verdict(ERROR, code, message)


def _syntax(type_name: str, text: str, code: str = "22P02") -> Verdict:
    return _error(code, f'invalid input syntax for type {type_name}: "{text}"')


MAX_JSON_CHARS = 20_000
MAX_DEPTH = 32


# -- a JSON reader that keeps each value's text as sent ----------------------------------
@dataclass
class _Node:
    """One JSON value of a request body, with its text as sent."""

    kind: str  # string | number | true | false | null | array | object
    raw: str  # the value's JSON text, exactly as in the body
    text: str = ""  # a string's de-escaped content
    items: tuple = ()  # an array's elements
    nul: bool = False  # \u0000 somewhere inside (PostgreSQL's text cannot hold it)
    lone_surrogate: bool = False  # a \ud800-style escape without its pair: invalid json for PostgreSQL


class _NotJson(Exception):
    pass


_WS = " \t\n\r"
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"')
_SURROGATE_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[dD][89a-fA-F][0-9a-fA-F]{2}"
)


def _skip_ws(s: str, i: int) -> int:
    while i < len(s) and s[i] in _WS:
        i += 1
    return i


def _read(s: str, i: int, depth: int) -> tuple[_Node, int]:
    if depth > MAX_DEPTH or i >= len(s):
        raise _NotJson
    c = s[i]
    if c == '"':
        m = _STRING.match(s, i)
        if m is None:
            raise _NotJson
        raw = m.group()
        lone = any(len(e) == 6 for e in _SURROGATE_ESCAPE.findall(raw))
        text = json.loads(raw) if not lone else ""
        return _Node("string", raw, text, nul="\x00" in text, lone_surrogate=lone), m.end()
    if c in "[{":
        close = "]" if c == "[" else "}"
        start, items, j = i, [], _skip_ws(s, i + 1)
        if j < len(s) and s[j] == close:
            return _Node("array" if c == "[" else "object", s[start : j + 1]), j + 1
        while True:
            if c == "{":
                key, j = _read(s, j, depth + 1)
                if key.kind != "string":
                    raise _NotJson
                j = _skip_ws(s, j)
                if j >= len(s) or s[j] != ":":
                    raise _NotJson
                j = _skip_ws(s, j + 1)
                items.append(key)
            node, j = _read(s, j, depth + 1)
            items.append(node)
            j = _skip_ws(s, j)
            if j < len(s) and s[j] == ",":
                j = _skip_ws(s, j + 1)
                continue
            if j < len(s) and s[j] == close:
                break
            raise _NotJson
        nul = any(n.nul for n in items)
        lone = any(n.lone_surrogate for n in items)
        kept = tuple(items) if c == "[" else ()
        return _Node(
            "array" if c == "[" else "object", s[start : j + 1], items=kept, nul=nul, lone_surrogate=lone
        ), j + 1
    m = _NUMBER.match(s, i)
    if m is not None and m.end() > i:
        return _Node("number", m.group()), m.end()
    for word in ("true", "false", "null"):
        if s.startswith(word, i):
            return _Node(word, word), i + len(word)
    raise _NotJson


def _parse(s: str) -> _Node:
    i = _skip_ws(s, 0)
    node, i = _read(s, i, 0)
    if _skip_ws(s, i) != len(s):
        raise _NotJson
    return node


# -- types ---------------------------------------------------------------------------------
_INTEGERS = {
    "smallint": (-(2**15), 2**15 - 1),
    "integer": (-(2**31), 2**31 - 1),
    "bigint": (-(2**63), 2**63 - 1),
}
_TEXT_TYPES = frozenset({"text", "character varying", "character"})
_DATETIME_NAMES = {
    "date": "date",
    "time without time zone": "time",
    "timestamp without time zone": "timestamp",
    "timestamp with time zone": "timestamp with time zone",
    "interval": "interval",
}
_JSON_TYPES = frozenset({"json", "jsonb"})
_KNOWN_SCALARS = (
    frozenset(_INTEGERS)
    | _TEXT_TYPES
    | frozenset(_DATETIME_NAMES)
    | {"numeric", "real", "double precision", "boolean", "uuid"}
)


@dataclass(frozen=True)
class _Resolved:
    """A parameter type with its domains unwrapped."""

    base: str  # a built-in type, `name[]`, or an enum's name
    typmod: Optional[str]  # the innermost domain's typmod on its base, if any
    domains: tuple[tuple[str, TypeDef], ...]  # outermost first
    enum: Optional[TypeDef] = None


def _resolve(type_text: str, types: Mapping[str, TypeDef]) -> Optional[_Resolved]:
    """Follow domains down to a base type; None when a type in the chain is unknown."""
    domains: list[tuple[str, TypeDef]] = []
    typmod: Optional[str] = None
    t = type_text
    for _ in range(16):
        td = types.get(t)
        if td is None:
            if t.endswith("[]") or t in _KNOWN_SCALARS or t in _JSON_TYPES:
                return _Resolved(t, typmod, tuple(domains))
            return None
        if td.kind == "enum":
            return _Resolved(t, typmod, tuple(domains), enum=td)
        if td.kind != "domain" or not td.base:
            return None
        domains.append((t, td))
        if td.base_typmod is not None:
            if typmod is not None:
                return None  # a typmod over a typmod'd domain: not modelled
            typmod = td.base_typmod
        t = td.base
    return None


# -- scalar input functions -----------------------------------------------------------------
_C_SPACE = " \t\n\v\f\r"  # isspace() in the C locale, what the input functions skip
_DECIMAL_INT = re.compile(r"[+-]?[0-9]+\Z")
# PostgreSQL 16 also reads 0x1F, 0o17, 0b101 and 1_000 as integers (and numerics)
_PG16_INT = re.compile(
    r"[+-]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]+)?)\Z"
)
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE]([+-]?[0-9]+))?\Z")  # unambiguous: linear


def _integer(text: str, type_name: str) -> Verdict:
    body = text.strip(_C_SPACE)
    if _DECIMAL_INT.match(body):
        lo, hi = _INTEGERS[type_name]
        digits = body.lstrip("+-").lstrip("0") or "0"
        if len(digits) <= 20 and lo <= int(digits) * (-1 if body[0] == "-" else 1) <= hi:
            return ACCEPTED
        return _error("22003", f'value "{text}" is out of range for type {type_name}')
    if (
        "_" in body or body[1:2].lower() in ("x", "o", "b") or body[2:3].lower() in ("x", "o", "b")
    ) and _PG16_INT.match(body):
        return _unknown("PostgreSQL 16 and later read this as a number, earlier versions do not")
    return _syntax(type_name, text)


def _numeric(text: str) -> Verdict:
    body = text.strip(_C_SPACE)
    if body.lower() in ("nan", "infinity", "+infinity", "-infinity", "inf", "+inf", "-inf"):
        return ACCEPTED  # PostgreSQL 14 and later
    m = _DECIMAL.match(body)
    if m:
        if (m.group(1) and (len(m.group(1)) > 6 or abs(int(m.group(1))) > 1000)) or len(body) > 1000:
            return _unknown("an exponent or length near numeric's limits")
        return ACCEPTED
    if "_" in body or "x" in body.lower() or "o" in body.lower() or "b" in body.lower():
        if _PG16_INT.match(body):
            return _unknown("PostgreSQL 16 and later read this as a number, earlier versions do not")
    return _syntax("numeric", text)


def _numeric_typmod(text: str, typmod: str) -> Verdict:
    """numeric(p, s): rounded to s places (half away from zero), it must stay below 10^(p-s)."""
    parts = typmod.split(",")
    if not all(x.isdigit() for x in parts) or len(parts) > 2:
        return _unknown("a numeric type modifier rpccheck does not read")
    precision, scale = int(parts[0]), int(parts[1]) if len(parts) == 2 else 0
    body = text.strip(_C_SPACE).lower()
    if body == "nan":
        return ACCEPTED
    overflow = _error("22003", "numeric field overflow")
    if body.lstrip("+-") in ("inf", "infinity"):
        return overflow
    import decimal  # here: ~2 ms of imports, for a numeric(p, s) literal only

    try:
        value = decimal.Decimal(body).quantize(
            decimal.Decimal(1).scaleb(-scale), rounding=decimal.ROUND_HALF_UP, context=decimal.Context(prec=2000)
        )
    except (decimal.InvalidOperation, ValueError):
        return _unknown("a numeric rpccheck cannot round")
    return overflow if abs(value) >= decimal.Decimal(10) ** (precision - scale) else ACCEPTED


def _float(text: str, type_name: str) -> Verdict:
    """float4in/float8in: strtod() after PostgreSQL's own NaN/Infinity spellings."""
    body = text.strip(_C_SPACE)
    low = body.lower()
    if low in ("nan", "infinity", "+infinity", "-infinity", "inf", "+inf", "-inf"):
        return ACCEPTED
    unsigned = low.lstrip("+-")
    if unsigned.startswith(("0x", "nan")) and len(low) - len(unsigned) <= 1:
        return _unknown("a hexadecimal float or nan(...): what strtod() reads depends on the C library")
    m = _DECIMAL.match(body)
    if not m:
        return _syntax(type_name, text)
    if len(body) > 400:
        return _unknown("a very long number")
    value = abs(float(body))
    mantissa_zero = not any(ch in "123456789" for ch in body.split("e")[0].split("E")[0])
    if mantissa_zero:
        return ACCEPTED
    out_of_range = _error("22003", f'"{text}" is out of range for type {type_name}')
    if type_name == "real":
        hi, hi_band, lo, lo_band = 3.41e38, 3.40e38, 1e-46, 1.2e-38
    else:
        hi, hi_band, lo, lo_band = math.inf, 1e308, 2e-324, 1e-307
    if value == math.inf or value > hi:
        return out_of_range
    if value == 0.0 or value < lo:
        return out_of_range
    if value >= hi_band or value < lo_band:
        return _unknown("close to the type's range limits")
    return ACCEPTED


def _boolean(text: str) -> Verdict:
    """boolin / parse_bool_with_len: unique prefixes of true/false/yes/no, on/off, 1/0."""
    body = text.strip(_C_SPACE).lower()
    n = len(body)
    ok = False
    if n:
        first = body[0]
        if first in "tfyn":
            word = {"t": "true", "f": "false", "y": "yes", "n": "no"}[first]
            ok = word.startswith(body)
        elif first == "o":
            ok = n >= 2 and ("on".startswith(body) or "off".startswith(body))
        elif body in ("1", "0"):
            ok = True
    return ACCEPTED if ok else _syntax("boolean", text)


_HEX = frozenset("0123456789abcdefABCDEF")


def _uuid(text: str) -> Verdict:
    """string_to_uuid: 32 hex digits, optional braces, a hyphen allowed after any group of four."""
    s, i = text, 0
    braces = s.startswith("{")
    if braces:
        i = 1
    for byte in range(16):
        if i + 1 >= len(s) or s[i] not in _HEX or s[i + 1] not in _HEX:
            return _syntax("uuid", text)
        i += 2
        if i < len(s) and s[i] == "-" and byte % 2 == 1 and byte < 15:
            i += 1
    if braces:
        if i >= len(s) or s[i] != "}":
            return _syntax("uuid", text)
        i += 1
    return ACCEPTED if i == len(s) else _syntax("uuid", text)


def _text_like(text: str, base: str, typmod: Optional[str]) -> Verdict:
    if typmod is None:
        return ACCEPTED
    if base == "text" or not typmod.isdigit():
        return _unknown("a type modifier rpccheck does not model")
    n = int(typmod)
    if len(text) <= n or text[n:].strip(" ") == "":
        return ACCEPTED  # trailing spaces past the limit are cut silently
    spelled = "character varying" if base == "character varying" else "character"
    return _error("22001", f"value too long for type {spelled}({n})")


# -- date and time: only forms no setting can change -------------------------------------------
_DATE_SPECIALS = frozenset({"epoch", "infinity", "-infinity", "now", "today", "tomorrow", "yesterday"})
_TIME_SPECIALS = frozenset({"now", "allballs"})


_ISO_DATETIME = LazyPattern(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?\Z"
)
_DIGITS = LazyPattern(r"[0-9]+\Z")
_PLAIN_NUMBER = LazyPattern(r"[+-]?\d+(?:\.\d+)?\Z")
_ISO_DATE_ONLY = LazyPattern(r"\d{4}-\d{2}-\d{2}\Z")
_CLOCK = LazyPattern(r"(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\Z")
_WORD = LazyPattern(r"[A-Za-z]+\Z")
_HYPHENED_WORDS = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)+\Z")
_INTERVAL_UNITS = (
    "microseconds?|us|usecs?|milliseconds?|ms|msecs?|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|"
    "days?|d|weeks?|w|months?|mons?|years?|yrs?|y|decades?|centur(?:y|ies)|millenni(?:um|a)"
)
_INTERVAL_WORDS = LazyPattern(rf"(?:@\s*)?(?:[+-]?\d+(?:\.\d+)?\s*(?:{_INTERVAL_UNITS})\b\s*)+(?:ago)?\Z", re.I)
_INTERVAL_ISO = LazyPattern(
    r"P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?\Z"
)

_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_date(y: int, m: int, d: int) -> bool:
    if y < 1 or not 1 <= m <= 12 or d < 1:
        return False
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return d <= (_DAYS[m - 1] if m != 2 or leap else 28)


def _out_of_range(text: str) -> Verdict:
    return _error("22008", f'date/time field value out of range: "{text}"')


def _datetime(text: str, base: str) -> Verdict:
    name = _DATETIME_NAMES[base]
    body = text.strip(_C_SPACE)
    if not body:
        return _syntax(name, text, "22007")
    low = body.lower()
    if base == "interval":
        if low in ("infinity", "-infinity", "+infinity"):
            return _unknown("PostgreSQL 17 and later accept an infinite interval, earlier versions do not")
        if _INTERVAL_WORDS.match(body) or _INTERVAL_ISO.match(body) or _PLAIN_NUMBER.match(body):  # a number: seconds
            return ACCEPTED
        m = _CLOCK.match(body)
        if m:
            minutes, seconds = int(m.group(2)), int(m.group(3) or 0)
            if minutes >= 60:
                return _error("22015", f'interval field value out of range: "{text}"')
            return ACCEPTED if seconds < 60 else _unknown("seconds past 59")
        if _WORD.match(body) and low[0] != "p":  # `PT` and `P` are ISO 8601 designators
            return _syntax(name, text, "22007")
        return _unknown("an interval form rpccheck does not read")
    if base == "time without time zone":
        if low in _TIME_SPECIALS:
            return ACCEPTED
        m = _CLOCK.match(body)
        if m:
            h, mi, sec = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
            if h == 24 and mi == 0 and sec == 0 and "." not in body:
                return ACCEPTED
            if h >= 24 or mi >= 60:
                return _out_of_range(text)
            return ACCEPTED if sec < 60 else _unknown("seconds past 59")
        if _WORD.match(body) or _ISO_DATE_ONLY.match(body):
            return _syntax(name, text, "22007")
        return _unknown("a time form rpccheck does not read")
    # date, timestamp, timestamptz
    if low in _DATE_SPECIALS:
        return ACCEPTED
    m = _ISO_DATETIME.match(body)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not _valid_date(y, mo, d):
            return _out_of_range(text)
        if m.group(4) is not None:
            h, mi, sec = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
            if h > 24:
                return _out_of_range(text)
            if h == 24 or mi >= 60 or sec >= 60:
                return _unknown("an hour of 24 or seconds past 59")
            zone = m.group(7)
            if zone and zone != "Z" and int(zone[1:3]) > 14:
                return _unknown("a large time zone offset")
        return ACCEPTED
    if _WORD.match(body) or _HYPHENED_WORDS.match(body):  # letters alone never make a date
        return _syntax(name, text, "22007")
    if _DIGITS.match(body) and len(body) >= 6:
        # DecodeNumberField: six or more digits are [YY]YY..MMDD, read from the end (not DateStyle)
        month, day = int(body[-4:-2]), int(body[-2:])
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return _out_of_range(text)  # e.g. an epoch timestamp: 1700000000 has month 00
        if len(body) in (6, 8):
            year = int(body[:-4])
            if len(body) == 6:
                year += 2000 if year < 70 else 1900
            if _valid_date(year, month, day):
                return ACCEPTED
        return _unknown("a digit string rpccheck does not read as a date")
    return _unknown("a date/time form whose reading depends on DateStyle or the time zone settings")


def _scalar_text(text: str, r: _Resolved) -> Verdict:
    """The base type's input function applied to `text` (no domain checks)."""
    base = r.base
    if r.enum is not None:
        if r.typmod is not None:
            return _unknown("a type modifier on an enum")
        if r.enum.labels is None:
            return _unknown("the enum was changed in a way rpccheck does not follow")
        if text in r.enum.labels:
            return ACCEPTED
        return _error("22P02", f'invalid input value for enum {base}: "{text}"')
    if base in _TEXT_TYPES:
        return _text_like(text, base, r.typmod)
    if r.typmod is not None:
        verdict = _scalar_text(text, _Resolved(base, None, ()))
        if verdict.kind == OK and base == "numeric":
            return _numeric_typmod(text, r.typmod)
        return verdict if verdict.kind != OK else _unknown("a type modifier rpccheck does not model")
    if base in _INTEGERS:
        return _integer(text, base)
    if base == "numeric":
        return _numeric(text)
    if base in ("real", "double precision"):
        return _float(text, base)
    if base == "boolean":
        return _boolean(text)
    if base == "uuid":
        return _uuid(text)
    if base in _DATETIME_NAMES:
        return _datetime(text, base)
    return _unknown(f"values of type {base} are not modelled")


def _with_domains(verdict: Verdict, r: _Resolved) -> Verdict:
    """A value the base type accepts still meets the domains' CHECK constraints."""
    if verdict.kind == OK and any(td.has_check for _, td in r.domains):
        return _unknown("a domain CHECK constraint")
    return verdict


def _null(r: _Resolved, strict: bool) -> Verdict:
    """JSON null: NULL, which a NOT NULL domain refuses; a STRICT function then does not run."""
    for i, (name, td) in enumerate(r.domains):
        if td.not_null is None:
            return _unknown("the domain was altered")
        if td.not_null:
            if i:
                return _unknown("NOT NULL on an inner domain")
            return _error("23502", f"domain {name} does not allow null values")
    return CALLED_WITHOUT_RUNNING if strict else ACCEPTED


def _json_array(node: _Node, element: _Resolved, types: Mapping[str, TypeDef]) -> Verdict:
    """populate_array_json, in document order: the first non-array value fixes the number of
    dimensions; a value at that depth is an element (an array or object there is its JSON
    text), a non-array above it is "expected JSON array", and sub-arrays of one level must
    all have the length of the first ("malformed JSON array")."""
    state: dict = {"ndims": None, "dims": {}}

    def element_verdict(item: _Node) -> Verdict:
        if item.kind == "null":
            return _null(element, strict=False)
        if item.kind in ("array", "object") and element.base not in _JSON_TYPES:
            if item.nul:
                return _unknown("\\u0000 inside a nested value")
            return _with_domains(_scalar_text(item.raw, element), element)
        return _populate(item, element, types)

    def visit(arr: _Node, depth: int) -> Verdict:
        for item in arr.items:
            d = depth + 1
            ndims = state["ndims"]
            if d == ndims or (ndims is None and item.kind != "array"):
                state["ndims"] = d
                v = element_verdict(item)
            elif item.kind == "array":
                v = _unknown("more than 6 array dimensions") if d >= 6 else visit(item, d)
            else:
                v = _error("22P02", "expected JSON array")
            if v.kind != OK:
                return v
        if depth in state["dims"] and state["dims"][depth] != len(arr.items):
            return _error("22P02", "malformed JSON array")
        state["dims"].setdefault(depth, len(arr.items))
        return ACCEPTED

    return visit(node, 0)


def _populate(node: _Node, r: _Resolved, types: Mapping[str, TypeDef]) -> Verdict:
    """populate_record_field for a non-null JSON value and a resolved column type."""
    base = r.base
    if base in _JSON_TYPES:
        if node.nul:
            return _unknown("\\u0000 in a json value")
        return _with_domains(ACCEPTED, r)
    if base.endswith("[]"):
        if r.typmod is not None:
            return _unknown("a type modifier on an array domain")
        if node.kind == "string":
            if node.nul:
                return _error("22P05", "unsupported Unicode escape sequence")
            return _with_domains(_array_literal(node.text, r, types), r)
        if node.kind != "array":
            return _error("22P02", "expected JSON array")
        element = _resolve(base[:-2], types)
        if element is None:
            return _unknown(f"element type {base[:-2]} is not modelled")
        return _with_domains(_json_array(node, element, types), r)
    if node.nul:
        return (
            _error("22P05", "unsupported Unicode escape sequence")
            if node.kind == "string"
            else _unknown("\\u0000 inside a nested value")
        )
    text = node.text if node.kind == "string" else node.raw
    return _with_domains(_scalar_text(text, r), r)


_ARRAY_SPACE = " \t\n\r\v\f"


def _array_literal(text: str, r: _Resolved, types: Mapping[str, TypeDef]) -> Verdict:
    """array_in on `text`: the simple one-dimensional `{a,b}` form; anything with quotes,
    escapes, nesting or dimensions is not modelled."""
    body = text.strip(_ARRAY_SPACE)
    if not body.startswith(("{", "[")):
        return _error("22P02", f'malformed array literal: "{text}"')
    if not body.startswith("{") or not body.endswith("}") or any(c in body[1:-1] for c in '{}"\\'):
        return _unknown("an array literal rpccheck does not read")
    inner = body[1:-1]
    if inner.strip(_ARRAY_SPACE) == "":
        return ACCEPTED if inner == "" else _unknown("an array literal rpccheck does not read")
    element = _resolve(r.base[:-2], types)
    if element is None:
        return _unknown(f"element type {r.base[:-2]} is not modelled")
    if element.base in _JSON_TYPES or element.base.endswith("[]"):
        return _unknown("json elements in an array literal")
    for item in inner.split(","):
        item = item.strip(_ARRAY_SPACE)
        if not item:
            return _unknown("an empty element in an array literal")
        v = (
            _null(element, strict=False)
            if item.lower() == "null"
            else _with_domains(_scalar_text(item, element), element)
        )
        if v.kind != OK:
            return v
    return ACCEPTED


def _js_string(node: _Node) -> Optional[str]:
    """String(value) in JavaScript for a JSON value, as postgrest-js's `${value}` and
    `value.join(',')` write it."""
    if node.kind == "string":
        return node.text
    if node.kind in ("number", "true", "false"):
        return node.raw
    if node.kind == "null":
        return ""  # inside join(); a top-level null is written `null`, handled by the caller
    if node.kind == "array":
        parts = [_js_string(n) for n in node.items]
        return None if any(p is None for p in parts) else ",".join(p for p in parts if p is not None)
    return "[object Object]"


_GET_OPERATOR = re.compile(r"(?:not\.)?[a-z]+(?:\([^)]*\))?\.", re.S)


def judge(
    json_text: Optional[str],
    param_type: str,
    *,
    get: bool = False,
    strict: bool = False,
    types: Optional[Mapping[str, TypeDef]] = None,
    language: str = "typescript",
) -> Verdict:
    """What PostgreSQL answers when PostgREST passes `json_text` (the value's JSON as the
    client sends it) to a parameter of `param_type`, over POST or over GET."""
    if json_text is None:
        return _unknown("the value is not known statically")
    if len(json_text) > MAX_JSON_CHARS:
        return _unknown("a very long value")
    try:
        node = _parse(json_text)
    except (_NotJson, ValueError, RecursionError):
        return _unknown("not JSON rpccheck can read")
    if node.lone_surrogate:
        return _unknown("a lone UTF-16 surrogate in a string")
    r = _resolve(param_type, types or {})
    if r is None:
        return _unknown(f"values of type {param_type} are not modelled")
    if get:
        return _judge_get(node, r, language, types or {})
    if node.kind == "null":
        return _null(r, strict)
    return _populate(node, r, types or {})


def _judge_get(node: _Node, r: _Resolved, language: str, types: Mapping[str, TypeDef]) -> Verdict:
    """A query-string argument: the text postgrest-js writes (`${value}`), cast to the type."""
    if node.kind == "string":
        text = node.text
    elif language != "typescript":
        return _unknown("how this client writes a non-string query-string value is not modelled")
    elif node.kind in ("number", "true", "false", "null"):
        text = node.raw
    elif node.kind == "array":  # postgrest-js: `{${value.join(',')}}`
        joined = _js_string(node)
        if joined is None:
            return _unknown("an array postgrest-js writes in a way rpccheck does not follow")
        text = "{" + joined + "}"
    else:
        return _unknown("an object in the query string (get-with-complex-argument reports it)")
    if "\x00" in text:
        return _unknown("a NUL character in the query string")
    if _GET_OPERATOR.match(text):
        return _unknown("PostgREST reads a query-string value like `eq.x` as a filter, not an argument")
    if r.base in _JSON_TYPES:
        return _unknown("json arguments over GET differ between PostgREST versions")
    if r.base.endswith("[]"):
        if r.typmod is not None:
            return _unknown("a type modifier on an array domain")
        return _with_domains(_array_literal(text, r, types), r)
    return _with_domains(_scalar_text(text, r), r)


def problem(json_text: Optional[str], param_type: str, **kwargs) -> Optional[Verdict]:
    """The verdict when PostgreSQL refuses the value (or a STRICT function does not run), else None."""
    v = judge(json_text, param_type, **kwargs)
    return v if v.is_problem else None


# -- the rule: one finding per key whose literal value PostgreSQL refuses --------------------
def _shown(text: str, limit: int = 60) -> str:
    """Message text on one line: control characters escaped, long values cut."""
    out = "".join(c if c >= " " else json.dumps(c)[1:-1] for c in text)
    return out if len(out) <= limit else out[: limit - 1] + "…"


def call_mechanism(options: dict) -> Optional[bool]:
    """True for GET/HEAD (query string), False for POST (JSON body), None when the
    options cannot be read."""
    if options.get("unknown"):
        return None
    flags = [options.get(k, False) for k in ("get", "head")]
    if not all(isinstance(f, bool) for f in flags):
        return None
    return any(flags)


def _holds_object(json_text: str) -> bool:
    """postgrest-js's `_isObject`: an object, or an array holding one at any depth."""
    try:
        node = _parse(json_text)
    except (_NotJson, ValueError, RecursionError):
        return True
    stack = [node]
    while stack:
        n = stack.pop()
        if n.kind == "object":
            return True
        stack.extend(n.items)
    return False


def _may_post_instead(keys) -> bool:
    """supabase-js 2.90 and later send a HEAD call as a POST when an argument holds an object
    (packages/core/postgrest-js/src/PostgrestClient.ts, lines 400-421); earlier versions
    use the query string. Which one happens is known only when every value is known."""
    for key in keys:
        if key.value.undefined:
            continue
        if key.value.json is None or _holds_object(key.value.json):
            return True
    return False


def findings(
    call,
    fn,
    params: Mapping[str, str],
    keys,
    types: Mapping[str, TypeDef],
    strict_known: bool = True,
    variadic: frozenset = frozenset(),
) -> list:
    """argument-type-mismatch for the keys of one key set of a call resolved to `fn`
    (`params`: the candidate's parameter types by name, as PostgREST sees them). Over GET
    a VARIADIC parameter's value is read as one element of a text array (`toRpcParams`
    in PostgREST's CallPlan.hs), which is not modelled: such keys are skipped."""
    from ..model import Definition
    from ..rules import make_diagnostic

    if fn.source != "sql":
        return []  # types from generated TypeScript types are not format_type() names
    get = call_mechanism(call.options)
    if get is None or (call.options.get("head") is True and _may_post_instead(keys)):
        return []
    out = []
    where = f"`{fn.qualified}`, defined at {fn.path}:{fn.line}" if fn.path else f"`{fn.qualified}`"
    for key in keys:
        value = key.value
        if value.json is None or value.undefined or key.name not in params or (get and key.name in variadic):
            continue
        typ = params[key.name]
        v = judge(value.json, typ, get=get, strict=fn.strict and strict_known, types=types, language=call.language)
        if not v.is_problem:
            continue
        sent = _shown(value.json)
        if v.kind == NOT_CALLED:
            defined = f" (defined at {fn.path}:{fn.line})" if fn.path else ""
            message = (
                f"`{key.name}` is null and `{fn.qualified}` is STRICT{defined}: PostgreSQL skips the "
                f"function and returns null, so PostgREST answers 200 as if it had run, and nothing happens"
            )
            help_text = (
                "pass a value, leave the key out if the parameter has a DEFAULT, or make the function "
                "CALLED ON NULL INPUT"
            )
        else:
            how = "in the query string" if get else "in the JSON body"
            said = v.message
            own = f"{fn.schema}."
            if fn.schema != "public" and typ.startswith(own):
                # PostgREST puts the called schema first on the search_path: its types print unqualified
                said = said.replace(f" {typ}: ", f" {typ[len(own) :]}: ").replace(
                    f"domain {typ} ", f"domain {typ[len(own) :]} "
                )
            message = (
                f"`{key.name}: {sent}` cannot become {typ} {how}: PostgREST answers HTTP 400 with "
                f"{v.code} {_shown(said, 120)} ({where})"
            )
            help_text = _help(typ, types)
        if key.loc.path != call.path or not call.loc.line <= key.loc.line <= call.loc.end_line:
            message += f" (sent by the call at line {call.loc.line})"
        out.append(
            make_diagnostic(
                "argument-type-mismatch",
                message,
                key.loc,
                function=call.name,
                parameter=key.name,
                definition=Definition(fn.path, fn.line) if fn.path else None,
                help=help_text,
            )
        )
    return out


def _help(typ: str, types: Mapping[str, TypeDef]) -> str:
    r = _resolve(typ, types)
    if r is not None and r.enum is not None and r.enum.labels:
        labels = ", ".join(f"'{x}'" for x in r.enum.labels[:12])
        return f"pass one of the labels of {r.base}: {labels}"
    return f"pass a value PostgreSQL reads as {typ}"
