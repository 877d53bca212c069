"""Supabase generated types (`supabase gen types typescript`) as a second source of signatures.

`read_types` reads `Database[schema]["Functions"][name]` entries of a generated
`database.types.ts` with tree-sitter: one parse, and only the `Database` declaration
is walked. Each overload (a union member at the function level, or of `Args`, which
older generators emitted) becomes a `Function` with `source="types"`.

What the types say and what they cannot:
  * argument names and which ones are optional (`?` means the argument has a
    DEFAULT) are exact; types are TypeScript types, so they are kept as TS text;
  * the generator sorts arguments by name, so declaration order is lost. Since SQL
    only allows defaults on trailing arguments, required arguments are put first
    (that is what `resolve.pgrst_view` assumes when it decides which are required);
  * `"": Json` is a single unnamed json/jsonb argument (typed "json" here so the
    resolver's unnamed-json fallback applies); `"": string` an unnamed text one.

`compare` reports functions known only from the types (schema-drift) and functions
whose argument names or optionality disagree between SQL and types (stale-types);
`merge` gives the resolver SQL functions plus types-only ones. Types that some
postgres-meta version (supabase/postgres-meta, src/server/templates/typescript.ts) writes
for the SQL are not stale, though versions differ: `Args` from `in` arguments only (older)
or also `inout`/`variadic` (VALID_FUNCTION_ARGS_MODE); trigger functions listed (older, or
hand-made) or dropped; which functions with unnamed arguments are listed; declaration or
name order; `Record<PropertyKey, never>` or `never`; `Args` unions or overload unions.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import tree_sitter as ts

from .callers._tree import ParseTooSlow, parse
from .callers.typescript import _Positions, _string_value, parser_for
from .lazyre import LazyPattern
from .model import IN, INPUT_MODES, Definition, Diagnostic, Function, Location, Param
from .resolve import in_schema_cache, why_not_callable
from .rules import make_diagnostic
from .sources import decode, display_path, read_bytes

INTERNAL_KEY = "__InternalSupabase"
_CONFLICT = re.compile(rb"^(<<<<<<<|=======|>>>>>>>)( [^\r\n]*)?$", re.M)
_UNNAMED_TYPES = {"Json": "json", "string": "text"}
# raw-body types PostgREST accepts for one unnamed argument (PostgREST, and the generator's
# VALID_UNNAMED_FUNCTION_ARG_TYPES: json, jsonb, text)
_UNNAMED_SQL_TYPES = frozenset({"json", "jsonb", "text"})
_TRIGGER_RETURNS = frozenset({"trigger", "event_trigger"})


# -- reading ------------------------------------------------------------------------------


def read_types(path: Path, shown: str | None = None) -> tuple[list[Function], list[Diagnostic]]:
    """Functions of a generated `database.types.ts`, plus `source-error` diagnostics."""
    shown = shown if shown is not None else display_path(path)
    diags: list[Diagnostic] = []
    data, problem = read_bytes(path)
    if data is None:
        return [], [make_diagnostic("source-error", problem or "cannot read file", Location(shown, 1, 1))]
    text, problem = decode(data)
    if problem:
        diags.append(make_diagnostic("source-error", problem, Location(shown, 1, 1)))
        if text is None:
            return [], diags
        data = text.encode("utf-8")
    elif data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    fns, more = read_types_bytes(data, shown)
    return fns, diags + more


def read_types_bytes(data: bytes, shown: str) -> tuple[list[Function], list[Diagnostic]]:
    """As `read_types`, for bytes already read (UTF-8)."""
    if len(data) >= FAST_PATH_BYTES:
        fast = _read_skipping_tables(data, shown)
        if fast is not None:
            return fast
    return _read_whole(data, shown)


# The fast path saves about 0.2 µs a byte (its expressions come precompiled, see
# rpccheck/_precompiled.py; compiled here they cost 130 ms): from this size on. Below it the
# whole parse is cheap (a 350 KB file: 0.09 s whole, 0.03 s fast), and fuzzed inputs of a
# few hundred KB found shapes its expressions are slow on (kept under
# tests/mutfuzz/regressions/types/), which bigger files could meet too.
FAST_PATH_BYTES = 512 * 1024
# CPU seconds the fast path's parse may take: eight times the slowest real code, and a bit
_FAST_SECONDS = 0.05
_FAST_SECONDS_PER_BYTE = 2e-6


def _read_whole(data: bytes, shown: str) -> tuple[list[Function], list[Diagnostic]]:
    """Parse the whole file: the reference reading, and the one every diagnostic comes from."""
    try:
        tree = parse(parser_for("typescript"), data)
    except ParseTooSlow as e:
        return [], [
            make_diagnostic(
                "source-error",
                f"{shown} was not read: {e} (the file is malformed in a way that makes parsing very slow)",
                Location(shown, 1, 1),
            )
        ]
    pos = _Positions(shown, data)
    diags: list[Diagnostic] = []
    decl, after = _find_database(tree.root_node)
    if decl is None or decl.type not in ("object_type", "interface_body", "ERROR"):
        where = Location(shown, 1, 1)
        if decl is not None:  # e.g. `type Database = MergeDeep<DatabaseGenerated, {...}>`
            where = pos.loc(decl)
            message = (
                f"`Database` in {shown} is `{_text(decl)[:60]}`, not the object type "
                f"`supabase gen types typescript` writes; give rpccheck the generated file"
            )
        else:
            if tree.root_node.has_error:
                err = _first_error(tree.root_node)
                if err is not None:
                    where = pos.loc(err)
            message = f"no `Database` type found in {shown}; is it a file written by `supabase gen types typescript`?"
        diags.append(make_diagnostic("source-error", message, where))
        return [], diags
    if decl.has_error or decl.type == "ERROR":
        marker = _CONFLICT.search(data, decl.start_byte, decl.end_byte)
        if marker is not None:
            line = data.count(b"\n", 0, marker.start()) + 1
            loc = Location(shown, line, 1, line, len(marker.group(0).rstrip()) + 1)
            what = "merge conflict markers"
        else:
            err = _first_error(decl)
            loc = pos.loc(err) if err is not None else pos.loc(decl)
            what = "a syntax error"
        diags.append(
            make_diagnostic(
                "source-error",
                f"{what} in the `Database` type of {shown} (line {loc.line}); functions there may be missing or misread",
                loc,
            )
        )
    return _functions_of(decl, after, pos, shown), diags


def _functions_of(
    decl: ts.Node, after: int, pos: _Positions, shown: str, left_out: Optional["_LeftOutFunctions"] = None
) -> list[Function]:
    out: list[Function] = []
    for _, schema, schema_type in _members_with_keys(decl, after):
        if schema == INTERNAL_KEY:
            continue
        functions = _member_type(schema_type, "Functions")
        if functions is None:
            continue
        taken = left_out.take(functions, schema, pos, shown) if left_out is not None else []
        if not taken:
            for key, name, value in _members_with_keys(functions):
                loc = pos.loc(key)
                out.extend(_function_overloads(schema, name, value, shown, loc.line, loc.column))
            continue
        read = [
            (key.start_byte, list(_function_overloads(schema, name, value, shown, loc.line, loc.column)))
            for key, name, value in _members_with_keys(functions)
            for loc in [pos.loc(key)]
        ]
        for _, fns in sorted(read + taken, key=lambda r: r[0]):
            out.extend(fns)
    return out


# -- reading without the tables ---------------------------------------------------------------
#
# Only `Functions` is read, yet a schema's `Tables` (with `Views`, `Enums` and `CompositeTypes`)
# is about half of a generated file, and the parse and the walk over its nodes are most of the
# cost of reading it. So each such member, when written the generator's way (on lines of its
# own, between two members, with a value a few regular expressions prove to be a well-formed
# type), is left out of the parse (tree-sitter's included ranges: offsets, lines and columns
# stay the file's), and so is each function written `name: { Args: ..., Returns: ... }` in that
# way, which those expressions read instead of the walk. Leaving out a well-formed member between
# two others changes nothing else in the tree, so the Functions are those of a whole parse.
# Anything else stays in the parse, and a syntax error anywhere, or a member left out where the
# walk does not take it as a schema's or a Functions member, reads the whole file as before,
# which is where every diagnostic comes from.

# words tree-sitter reads as something other than a name where a key or a type starts (found
# by trying each reserved word: a key `in` at a line's start joins it to the member before, a
# type `keyof` to the next line...), with a few more for safety
_KEY_WORDS = ["abstract", "in", "instanceof"]
_TYPE_WORDS = (
    "abstract as asserts const extends import in infer instanceof is keyof new readonly satisfies typeof unique"
).split()


def _trie(words: list[str]) -> str:
    """An alternation of `words` grouped by first letter, so that a name is told apart in a
    few comparisons (a flat alternation tried at every name costs more than all the rest)."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (w[0], -len(w), w)):  # the same text in every process
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(first + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()) + ")"


def _name(words: list[str]) -> bytes:
    """A name that is none of `words`."""
    return rb"(?!" + _trie(words).encode() + rb"(?![\w$]))[A-Za-z_$][\w$]*"


# the expressions read better with their pieces on a line than with one piece per line
# fmt: off
_W = rb"[ \t]*"
_NL = rb"[ \t]*\r?\n"
_STRING = rb'"[^"\\\r\n]*"'
_KEY = rb"(?:" + _name(_KEY_WORDS) + rb"|" + _STRING + rb")"
_ELEM = rb"(?:" + _STRING + rb"|@)"
_TUPLE1 = rb"\[" + _W + rb"(?:" + _ELEM + rb"(?:" + _W + rb"," + _W + _ELEM + rb")*" + _W + rb",?)?" + _W + rb"\]"
_RECORD = rb"Record<" + _W + rb"(?:PropertyKey|string|number)" + _W + rb"," + _W + rb"never" + _W + rb">"
_ATOM = (
    rb"(?:@|" + _RECORD + rb"|" + _name(_TYPE_WORDS) + rb"|" + _STRING + rb"|-?\d+(?:\.\d+)?|"
    + _TUPLE1 + rb")(?:\[" + _STRING + rb"\])*(?:\[\])*"
)
_TYPE = _ATOM + rb"(?:" + _W + rb"\|" + _W + _ATOM + rb")*"
_MEMBER = _KEY + rb"\??:" + _W + _TYPE
_INDEX = (
    rb"(?:\[_ in never\]:" + _W + rb"never|\[" + _name(_KEY_WORDS) + rb":" + _W
    + rb"(?:string|number)\]:" + _W + _TYPE + rb")"
)
_WELL_FORMED: Any = LazyPattern(_TYPE)
# the innermost object and tuple types of the shapes the generator writes; `@` stands for one
# already reduced
_INNERMOST: Any = LazyPattern(
    rb"\{" + _NL + rb"(?:" + _W + _MEMBER + _W + rb"[,;]?" + _NL + rb"|" + _NL + rb")*" + _W + rb"\}"
    rb"|\{" + _NL + rb"(?:" + _NL + rb")*" + _W + _INDEX + _W + rb"[,;]?" + _NL + rb"(?:" + _NL + rb")*" + _W + rb"\}"
    rb"|\{" + _W + rb"(?:" + _MEMBER + rb"(?:" + _W + rb"[,;]" + _W + _MEMBER + rb")*" + _W + rb"[,;]?|"
    + _INDEX + _W + rb"[,;]?)?" + _W + rb"\}"
    rb"|\[" + _NL + rb"(?:" + _NL + rb"|" + _W + _ELEM + _W + rb"," + _NL + rb")*"
    rb"(?:" + _W + _ELEM + _W + rb",?" + _NL + rb")?(?:" + _NL + rb")*" + _W + rb"\]"
)
_PLAIN_MEMBER: Any = LazyPattern(rb"[\s,;]*(" + _KEY + rb")(\??):" + _W + rb"(" + _TYPE + rb")")
_FOLLOWS: Any = LazyPattern(rb"\s*(?:" + _KEY + rb"\??:|\})")
_WORD_CHARS = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$"  # `[\w$]` of a bytes pattern
_TYPE_WORD_SET = frozenset(w.encode() for w in _TYPE_WORDS)
_PART = re.compile(rb"^([ \t]+)(Tables|Views|Enums|CompositeTypes|Functions): \{[ \t]*\r?\n", re.M)
# A function the generator's way: `name: {` and, one level in, `Args`, `Returns` and maybe
# `SetofOptions`, each a type on one line (objects in it on that line, of plain members) or an
# object of such members from `{` to the `}` at its indentation, with `[]` or `| ...` after it.
# The expression itself proves each well-formed (no `@`, and no reduction, in these).
_ATOM0 = (
    rb"(?:" + _RECORD + rb"|" + _name(_TYPE_WORDS) + rb"|" + _STRING + rb"|-?\d+(?:\.\d+)?|\[" + _W + rb"(?:"
    + _STRING + rb"(?:" + _W + rb"," + _W + _STRING + rb")*" + _W + rb",?)?" + _W + rb"\])(?:\[" + _STRING
    + rb"\])*(?:\[\])*"
)
_TYPE0 = _ATOM0 + rb"(?:" + _W + rb"\|" + _W + _ATOM0 + rb")*"
_MEMBER0 = _KEY + rb"\??:" + _W + _TYPE0
_INDEX0 = (
    rb"(?:\[_ in never\]:" + _W + rb"never|\[" + _name(_KEY_WORDS) + rb":" + _W
    + rb"(?:string|number)\]:" + _W + _TYPE0 + rb")"
)
_ATOM1 = (
    rb"(?:\{" + _W + rb"(?:" + _MEMBER0 + rb"(?:" + _W + rb"[,;]" + _W + _MEMBER0 + rb")*" + _W + rb"[,;]?|"
    + _INDEX0 + _W + rb"[,;]?)?" + _W + rb"\}(?:\[\])*|" + _ATOM0 + rb")"
)
_TYPE1 = _ATOM1 + rb"(?:" + _W + rb"\|" + _W + _ATOM1 + rb")*"


def _signature_part(name: bytes, group: str) -> bytes:
    return (
        rb"(?P=j)" + name + rb": (?P<" + group.encode() + rb">\{" + _NL + rb"(?:(?P=j)[ \t]+" + _KEY + rb"\??:"
        + _W + _TYPE1 + _W + rb"[,;]?" + _NL + rb")*(?P=j)\}(?:\[\])*(?:" + _W + rb"\|" + _W + _ATOM1 + rb")*|"
        + _TYPE1 + rb")" + _NL
    )


_FUNCTION: Any = LazyPattern(
    rb"^(?P<i>[ \t]+)(?P<key>" + _KEY + rb"): \{" + _NL + rb"(?=(?P<j>(?P=i)[ \t]+)Args: )"
    + _signature_part(b"Args", "args")
    + _signature_part(b"Returns", "returns")
    + rb"(?:" + _signature_part(b"SetofOptions", "setof") + rb")?"
    rb"(?P=i)\}",
    re.M,
)
_RECORD_ONLY: Any = LazyPattern(_RECORD)
# fmt: on


def _well_formed(value: bytes) -> bool:
    """Whether `value` is a type of the generator's shapes (see above): its object and tuple
    types reduced, innermost first, to `@`, the rest one `_TYPE`."""
    if b"@" in value or b"/" in value or b"'" in value or b"`" in value or b"\\" in value:
        return False  # no comments, other strings or escapes; `@` is the placeholder
    for _level in range(_WELL_FORMED_DEPTH + 1):
        if not (b"{" in value or b"[\n" in value or b"[\r" in value):
            return _WELL_FORMED.fullmatch(value) is not None
        if _level == _WELL_FORMED_DEPTH:
            break
        reduced = _INNERMOST.sub(b"@", value)
        if reduced == value:
            return False
        value = reduced
    return False  # nested deeper than the generator writes: each level was a pass over it all


_WELL_FORMED_DEPTH = 16  # four times what the generated files have: a Tables part takes 4 passes


def _between_members(data: bytes, start: int, end: int) -> bool:
    """Whether the member on lines start..end stands alone: after a token that ends a member or
    opens the object (on the line before), before a member or the closing brace."""
    if not _FOLLOWS.match(data, end):
        return False
    prev_end = data.rfind(b"\n", 0, start)
    if prev_end < 0:
        return False
    prev = data[data.rfind(b"\n", 0, prev_end) + 1 : prev_end].rstrip()
    if not prev or b"/" in prev:
        return False  # a blank line or a comment before: not worth looking further
    before = prev.rstrip(_WORD_CHARS)  # the last word (`[\w$]+\Z`, searched, is quadratic in a long one)
    if len(before) < len(prev):
        return prev[len(before) :] not in _TYPE_WORD_SET
    return prev[-1:] in b'{};,"])'


def _one_line(text: bytes) -> str:
    """`_text` of a type that is `text` (a match of `_TYPE`: no blanks at either end)."""
    if text.isascii() and not _BLANKS.search(text):
        return text.decode()
    return " ".join(text.decode("utf-8", "replace").split())


# what `str.split` takes for blanks in ASCII, but for single spaces
_BLANKS = re.compile(rb"  |[\t\n\r\x0b\x0c\x1c-\x1f]")


def _plain_members(value: bytes) -> Optional[list[tuple[str, bool, str]]]:
    """(key, optional, type text) of each member of a well-formed object type `value` whose
    members are plain (no object types in them), as the walk reads them; None for others."""
    if not (value.startswith(b"{") and value.endswith(b"}")):
        return None
    inner = value[1:-1]
    if b"{" in inner or b"}" in inner:
        return None
    if b'"' not in inner:
        # without strings every `:` is a member's (there are no index signatures: `_well_formed`
        # reads `[` only as those or tuples, whose elements are strings)
        found = _PLAIN_MEMBER.findall(inner)
        if len(found) != inner.count(b":"):
            return None
        return [(k.decode(), bool(q), _one_line(t)) for k, q, t in found]
    out = []
    at = 0
    while True:
        m = _PLAIN_MEMBER.match(inner, at)
        if m is None:
            break
        at = m.end()
        key = m.group(1)
        name = key[1:-1].decode("utf-8", "replace") if key.startswith(b'"') else key.decode()
        out.append((name, bool(m.group(2)), _one_line(m.group(3))))
    if inner[at:].strip(b" \t\r\n,;"):
        return None
    return out


def _arguments(value: bytes, memo: Optional[dict] = None) -> Optional[tuple[Param, ...]]:
    """What `_params` reads from a well-formed `Args` value: `never`, `Record<..., never>` or an
    object type of plain members (None for anything else: it stays in the parse). `memo` holds
    the Param of each member text already read: a large file's 6,700 members are some 700
    texts (`p_org_id: string`), and decoding each again was most of the reading."""
    if value == b"never" or _RECORD_ONLY.fullmatch(value):
        return ()
    if memo is not None and value.startswith(b"{") and value.endswith(b"}"):
        inner = value[1:-1]
        if b'"' not in inner and b"{" not in inner and b"}" not in inner:
            # `_plain_members`' first case, with each (key, ?, type) read once
            found = _PLAIN_MEMBER.findall(inner)
            if len(found) != inner.count(b":"):
                return None
            without: list[Param] = []
            with_default: list[Param] = []
            for raw in found:
                param = memo.get(raw)
                if param is None:
                    k, q, t = raw
                    param = memo[raw] = _arg_param(k.decode(), bool(q), _one_line(t))
                (with_default if param.has_default else without).append(param)
            return tuple(without + with_default)
    members = _plain_members(value)
    if members is None:
        return None
    required: list[Param] = []
    optional: list[Param] = []
    for member in members:
        param = _arg_param(*member)
        (optional if param.has_default else required).append(param)
    return tuple(required + optional)


def _arg_param(pname: str, has_default: bool, ptype: str) -> Param:
    """The parameter an `Args` member declares (both readings build it here): an unnamed
    one's type as the raw body PostgREST takes."""
    member = (pname, has_default, ptype)
    param = _PARAMS.get(member)
    if param is None:
        if pname == "":
            base = ptype.replace(" | null", "").replace(" | undefined", "")
            ptype = _UNNAMED_TYPES.get(base, ptype)
        param = _PARAMS[member] = Param(name=pname or None, mode=IN, type=ptype, has_default=has_default)
    return param


# the same argument is in many functions; a Param is immutable, so one serves them all
_PARAMS: dict[tuple[str, bool, str], Param] = {}


def _left_out(data: bytes) -> list[tuple[int, int, Optional[tuple]]]:
    """(start, end, None) of the schemas' `Tables`-like members and (start, end, (name, params,
    returns, returns_set)) of the functions that can be left out of the parse, in order."""
    out: list[tuple[int, int, Optional[tuple]]] = []
    functions_until = -1  # the end of the last Functions object looked through
    memo: dict = {}  # what the functions' texts read as, for those repeated (see `_arguments`)
    # parts inside one that is parsed (not what the generator writes: a fuzzed file held 2,000
    # Tables parts nested in one another) are parsed with it, not looked through again each
    # (13 s on a 120 KB file, quadratic); nor is the rest of the file searched again for the
    # close of an indent that has none after some point
    parsed_until = -1
    unclosed: dict[bytes, int] = {}  # indent -> an offset after which it has no close
    for m in _part_lines(data):
        indent = m.group(1)
        start = m.start() + len(indent)
        if start < functions_until:
            # a part inside a Functions object (not what the generator writes): read the whole
            # file, rather than look through the same functions again for each such part
            return []
        if out and start < out[-1][1] or start < parsed_until:
            continue
        if m.end() - 1 >= unclosed.get(indent, len(data) + 1):
            continue
        close = data.find(b"\n" + indent + b"}", m.end() - 1)
        if close < 0:
            unclosed[indent] = m.end() - 1
            continue
        end = close + len(indent) + 2
        parsed_until = end  # whether it is left out or parsed: no part inside it is looked at
        if m.group(2) == b"Functions":
            out.extend(_left_out_functions(data, m.end(), close + 1, memo))
            functions_until = close + 1
            continue
        line_end = data.find(b"\n", end)
        if line_end < 0 or data[end:line_end].strip(b" \t\r"):
            continue
        if _well_formed(data[m.end(2) + 2 : end]) and _between_members(data, start, end):
            out.append((start, end, None))
    return out


def _part_lines(data: bytes) -> list["re.Match[bytes]"]:
    """`_PART.finditer(data)`, tried only where a part's name is (trying every line costs more
    than a search for each name)."""
    found = []
    for key in (b"Tables: {", b"Views: {", b"Enums: {", b"CompositeTypes: {", b"Functions: {"):
        at = data.find(key)
        while at >= 0:
            line_start = data.rfind(b"\n", 0, at) + 1
            m = _PART.match(data, line_start, data.find(b"\n", at) + 1 or len(data))
            if m is not None:
                found.append(m)
            at = data.find(key, at + len(key))
    found.sort(key=lambda m: m.start())
    return found


def _function_matches(data: bytes, start: int, end: int) -> Iterator["re.Match[bytes]"]:
    """`_FUNCTION.finditer(data, start, end)`, tried only at lines with a `: {` (a match starts
    at a line's start and has one on its first line): trying at every line costs more than all
    the rest."""
    at = start
    while True:
        i = data.find(b": {", at, end)
        if i < 0:
            return
        line_start = data.rfind(b"\n", 0, i) + 1
        if line_start < at:
            # this line was tried (or a match ended in it): no later `: {` of it can start
            # one, and looking back from each of thousands on one line was quadratic
            next_line = data.find(b"\n", i, end)
            if next_line < 0:
                return
            at = next_line + 1
            continue
        m = _FUNCTION.match(data, line_start, end)
        if m is not None:
            yield m
            at = m.end()
        else:
            at = i + 3


def _left_out_functions(
    data: bytes, start: int, end: int, memo: Optional[dict] = None
) -> Iterator[tuple[int, int, Optional[tuple]]]:
    memo = {} if memo is None else memo
    for m in _function_matches(data, start, end):
        args, returns, setof = m.group("args"), m.group("returns"), m.group("setof")
        params = _arguments(args, memo)
        if params is None:
            continue
        returns_set = False
        if setof is not None:
            # a third of them repeat another's (the same table); the key is told from a
            # Returns text (bytes) and an Args member (three bytes)
            found = memo.get((b"SetofOptions", setof))
            if found is None:
                members = _plain_members(setof)
                found = memo[(b"SetofOptions", setof)] = (
                    (next((t for k, _, t in members if k == "isSetofReturn"), "unknown") == "true",)
                    if members is not None
                    else ()
                )
            if not found:
                continue
            returns_set = found[0]
        fn_start = m.start("key")
        if not _between_members(data, fn_start, m.end()):
            continue
        key = m.group("key")
        name = key[1:-1].decode("utf-8", "replace") if key.startswith(b'"') else key.decode()
        # a third of the Returns texts are another function's (the same table's rows)
        returns_text = memo.get(returns)
        if returns_text is None:
            returns_text = memo[returns] = _one_line(returns)
        yield fn_start, m.end(), (name, params, returns_text, returns_set)


class _Unsure(Exception):
    """The walk met a function left out of the parse that it cannot place: read the whole file."""


class _LeftOutFunctions:
    """The functions left out of the parse, each taken by the walk from the schema's Functions
    object it sits in (each must be taken, or the whole file is read)."""

    def __init__(self, found: list[tuple[int, int, tuple, ts.Point]]) -> None:
        self.found = found
        self.starts = [f[0] for f in found]
        self.taken = 0

    def take(self, obj: ts.Node, schema: str, pos: _Positions, shown: str) -> list[tuple[int, list[Function]]]:
        lo, hi = obj.start_byte, obj.end_byte
        i = bisect.bisect_right(self.starts, lo)
        if i >= len(self.found) or self.starts[i] >= hi:
            return []
        children = [(c.start_byte, c.end_byte) for c in obj.children]
        out: list[tuple[int, list[Function]]] = []
        c = 0
        while i < len(self.found) and self.starts[i] < hi:
            start, end, (name, params, returns, returns_set), point = self.found[i]
            i += 1
            while c < len(children) and children[c][1] <= start:
                c += 1
            if end > hi or c < len(children) and children[c][0] < end:
                raise _Unsure  # inside a member, not one of the object's own
            line, column, _ = pos._cols(point, start)
            out.append((start, [_types_function(schema, name, params, returns, returns_set, shown, line, column)]))
            self.taken += 1
        return out


def _point(data: bytes, offset: int, row: int, row_from: int) -> tuple[int, int]:
    return row + data.count(b"\n", row_from, offset), offset - (data.rfind(b"\n", 0, offset) + 1)


def _read_skipping_tables(data: bytes, shown: str) -> Optional[tuple[list[Function], list[Diagnostic]]]:
    """The Functions of a file without parse errors, parsed without the members above; None
    when that cannot be shown to read what a whole parse would."""
    skipped = _left_out(data)
    if not skipped:
        return None
    ranges: list[ts.Range] = []
    functions: list[tuple[int, int, tuple, ts.Point]] = []
    parts: list[tuple[int, int]] = []
    row, row_from, at, at_point = 0, 0, 0, (0, 0)
    for start, end, function in skipped + [(len(data), len(data), None)]:
        start_point = _point(data, start, row, row_from)
        row, row_from = start_point[0], start
        if start > at and (at == 0 or start == len(data) or data[at:start].strip()):
            # (only blanks between two left-out members: one range fewer; tree-sitter's cost
            # grows with the number of ranges)
            ranges.append(ts.Range(at_point, start_point, at, start))
        at_point = _point(data, end, row, row_from)
        row, row_from, at = at_point[0], end, end
        if function is not None:
            functions.append((start, end, function, ts.Point(*start_point)))
        elif end > start:
            parts.append((start, end))
    try:
        # a small budget (as ts_partial's): past it the whole parse decides with its own, and
        # a file the grammar is slow on costs little more than the whole parse alone
        kept = sum(r.end_byte - r.start_byte for r in ranges)
        tree = parse(parser_for("typescript"), data, ranges, seconds=_FAST_SECONDS + kept * _FAST_SECONDS_PER_BYTE)
    except ParseTooSlow:
        return None
    if tree.root_node.has_error:
        return None
    decl, _ = _find_database(tree.root_node)
    if decl is None or decl.type not in ("object_type", "interface_body"):
        return None
    # each left-out Tables-like member must sit between two children of a schema's object type
    placed = 0
    for _, _, schema_type in _members_with_keys(decl):
        if schema_type is None or schema_type.type != "object_type":
            continue
        lo, hi = schema_type.start_byte, schema_type.end_byte
        inside = [(s, e) for s, e in parts if lo < s and e < hi]
        if not inside:
            continue
        spans = [(c.start_byte, c.end_byte) for c in schema_type.children]
        for s, e in inside:
            if any(cs < e and s < ce for cs, ce in spans):
                return None
        placed += len(inside)
    if placed != len(parts):
        return None
    left_out = _LeftOutFunctions(functions)
    try:
        fns = _functions_of(decl, 0, _Positions(shown, data), shown, left_out)
    except _Unsure:
        return None
    if left_out.taken != len(functions):
        return None
    return fns, []


def _find_database(root: ts.Node) -> tuple[Optional[ts.Node], int]:
    """The type (normally an object type or interface body) of the top-level `Database`
    declaration, and the byte its members start after (for a declaration tree-sitter could
    only recover as ERROR)."""
    for stmt in root.named_children:
        decl = stmt
        if stmt.type == "export_statement":
            decl = stmt.child_by_field_name("declaration")
        elif stmt.type == "ambient_declaration":  # declare type Database = ...
            decl = next((c for c in stmt.named_children if c.type.endswith("_declaration")), None)
        elif stmt.type == "ERROR":
            # `export type Database = { ...syntax error... }`: the members are still there
            kids = stmt.children
            for i, c in enumerate(kids[:-1]):
                if (
                    c.type in ("identifier", "type_identifier")
                    and c.text == b"Database"
                    and kids[i + 1].type in ("=", "{")
                ):
                    return stmt, c.end_byte
            continue
        if decl is None:
            continue
        if decl.type not in ("type_alias_declaration", "interface_declaration"):
            continue
        name = decl.child_by_field_name("name")
        if name is None or name.text != b"Database":
            continue
        if decl.type == "interface_declaration":
            return decl.child_by_field_name("body"), 0
        value = _unwrap(decl.child_by_field_name("value"))
        if value is not None:
            return value, 0
    return None, 0


def _first_error(node: ts.Node) -> Optional[ts.Node]:
    """The first ERROR or missing node under `node`, in source order. Iterative: a deeply
    nested types file must not exhaust Python's stack."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "ERROR" or n.is_missing:
            return n
        stack.extend(reversed([c for c in n.children if c.has_error or c.is_missing]))
    return None


def _unwrap(node: Optional[ts.Node]) -> Optional[ts.Node]:
    while node is not None and node.type == "parenthesized_type":
        inner = [c for c in node.named_children if c.type != "comment"]
        node = inner[0] if inner else None
    return node


def _union_members(node: Optional[ts.Node]) -> list[ts.Node]:
    """`A | B | C` (the grammar nests unions to the left; a leading `|` is allowed)."""
    node = _unwrap(node)
    if node is None:
        return []
    if node.type == "ERROR":
        return [c for c in _flatten_errors(node.named_children) if c.type == "object_type"]
    if node.type != "union_type":
        return [node]
    out: list[ts.Node] = []
    stack = [node]  # iterative: a union of thousands of members nests thousands deep
    while stack:
        n = _unwrap(stack.pop())
        if n is None:
            continue
        if n.type == "ERROR":
            out.extend(c for c in _flatten_errors(n.named_children) if c.type == "object_type")
            continue
        if n.type != "union_type":
            out.append(n)
            continue
        stack.extend(reversed([c for c in n.named_children if c.type != "comment"]))
    return out


def _key_name(key: ts.Node) -> Optional[str]:
    if key.type in ("property_identifier", "identifier", "number", "private_property_identifier"):
        return key.text.decode("utf-8", "replace")
    if key.type == "string":
        return _string_value(key)
    return None


def _annotation_type(prop: ts.Node) -> Optional[ts.Node]:
    ann = prop.child_by_field_name("type")
    if ann is None:
        return None
    if ann.type == "type_annotation":
        inner = [c for c in ann.named_children if c.type != "comment"]
        return inner[0] if inner else None
    return ann


def _members_with_keys(obj: Optional[ts.Node], after: int = 0) -> Iterator[tuple[ts.Node, str, Optional[ts.Node]]]:
    """(key node, key, type) of each property of an object type or interface body (or of
    the ERROR node a broken one was recovered as, from byte `after` on)."""
    obj = _unwrap(obj)
    if obj is None or obj.type not in ("object_type", "interface_body", "ERROR"):
        return
    for c in _flatten_errors(obj.named_children):
        if c.type != "property_signature" or c.start_byte < after:
            continue
        key = c.child_by_field_name("name")
        if key is None:
            continue
        name = _key_name(key)
        if name is None:
            continue
        yield key, name, _annotation_type(c)


def _flatten_errors(nodes: list[ts.Node]) -> Iterator[ts.Node]:
    """Children, with those of ERROR nodes (tree-sitter's recovery) spliced in."""
    stack = [iter(nodes)]  # iterative: recovered ERROR nodes can nest deeply
    while stack:
        c = next(stack[-1], None)
        if c is None:
            stack.pop()
        elif c.type == "ERROR":
            stack.append(iter(c.named_children))
        else:
            yield c


def _members(obj: ts.Node) -> Iterator[tuple[str, Optional[ts.Node]]]:
    for _, name, value in _members_with_keys(obj):
        yield name, value


def _member_type(obj: Optional[ts.Node], wanted: str) -> Optional[ts.Node]:
    if obj is None:
        return None
    for name, value in _members(obj):
        if name == wanted:
            return value
    return None


def _is_optional(prop: ts.Node) -> bool:
    return any(c.type == "?" for c in prop.children)


def _text(node: Optional[ts.Node]) -> str:
    if node is None:
        return "unknown"
    return " ".join(node.text.decode("utf-8", "replace").split())


def _types_function(
    schema: str,
    name: str,
    params: tuple[Param, ...],
    returns: str,
    returns_set: bool,
    shown: str,
    line: int,
    column: int,
) -> Function:
    """A function as the types file declares it (both readings build it so)."""
    return Function(
        schema=schema,
        name=name,
        params=params,
        kind="function",
        returns=returns,
        returns_set=returns_set,
        path=shown,
        line=line,
        source="types",
        column=column,
    )


def _function_overloads(
    schema: str, name: str, value: Optional[ts.Node], shown: str, line: int, column: int = 1
) -> Iterator[Function]:
    for member in _union_members(value):
        if member.type != "object_type":
            continue
        args = returns = setof = None
        for key, value_node in _members(member):
            if key == "Args":
                args = value_node
            elif key == "Returns":
                returns = value_node
            elif key == "SetofOptions":
                setof = value_node
        returns_set = _text(_member_type(setof, "isSetofReturn")) == "true" if setof is not None else False
        returns_text = _text(returns)
        # `Args` is missing in no generator output; without it nothing is known
        variants = _union_members(args) if args is not None else []
        for variant in variants:
            params = _params(variant)
            if params is None:  # a shape we cannot read: no signature rather than a wrong one
                continue
            yield _types_function(schema, name, params, returns_text, returns_set, shown, line, column)


def _is_never(node: Optional[ts.Node]) -> bool:
    return node is not None and node.type == "predefined_type" and node.text == b"never"


def _params(node: ts.Node) -> Optional[tuple[Param, ...]]:
    """The input parameters an `Args` type describes, or None when it cannot be read."""
    node = _unwrap(node)
    if node is None:
        return None
    if _is_never(node):
        return ()
    if node.type == "generic_type":  # Record<PropertyKey, never>, Record<string, never>
        name = node.child_by_field_name("name")
        targs = node.child_by_field_name("type_arguments")
        if name is not None and name.text == b"Record" and targs is not None:
            types = [c for c in targs.named_children if c.type != "comment"]
            if len(types) == 2 and _is_never(_unwrap(types[1])):
                return ()
        return None
    if node.type != "object_type":
        return None
    required: list[Param] = []
    optional: list[Param] = []
    for c in node.named_children:
        if c.type == "comment":
            continue
        if c.type == "index_signature":
            # `[_ in never]: never` declares nothing; any other index signature is an open shape
            value = _annotation_type(c)
            clause = next((x for x in c.named_children if x.type == "mapped_type_clause"), None)
            if clause is not None and _is_never(_unwrap(clause.child_by_field_name("type"))) and _is_never(value):
                continue
            return None
        if c.type != "property_signature":
            return None
        key = c.child_by_field_name("name")
        pname = _key_name(key) if key is not None else None
        if pname is None:
            return None
        param = _arg_param(pname, _is_optional(c), _text(_annotation_type(c)))
        (optional if param.has_default else required).append(param)
    return tuple(required + optional)


# -- comparing ------------------------------------------------------------------------------

Sig = tuple[frozenset[str], frozenset[str]]  # (required names, optional names); '' is unnamed


def _sig_of_types(fn: Function) -> Sig:
    inputs = fn.inputs
    req = frozenset(p.name or "" for p in inputs if not p.has_default)
    opt = frozenset(p.name or "" for p in inputs if p.has_default)
    return req, opt


def _sigs_of_sql(fn: Function) -> tuple[Sig, ...]:
    """The signatures some postgres-meta version writes for a SQL function, the true one first.

    Two generator quirks, each in some versions and not others:
      * which arguments make `Args`: `in`, `inout` and `variadic` ones (VALID_FUNCTION_ARGS_MODE,
        newer versions), or `mode === 'in'` only (older templates/typescript.ts, e.g. 005b61f and
        cb5590e), which leaves INOUT and VARIADIC arguments out of correctly generated types;
      * which get `?`: lib/sql/functions.sql builds `arg_has_defaults` over the inputs only
        (pronargs) but unnests it beside all arguments, so when an OUT argument precedes an
        input the `?` lands on the wrong arguments; the true defaults are accepted too.
    """
    params = fn.params
    if all(p.mode == IN for p in params):
        # only `in` arguments (most functions): both quirks give the true signature, unless the
        # defaults are not the trailing arguments
        defaults = [p.has_default for p in params]
        n_def = defaults.count(True)
        if True not in defaults[: len(params) - n_def]:
            return (
                (
                    frozenset(p.name or "" for p in params if not p.has_default),
                    frozenset(p.name or "" for p in params if p.has_default),
                ),
            )
    inputs = fn.inputs
    n_in = len(inputs)
    n_def = sum(1 for p in inputs if p.has_default)
    shifted = [n_in - n_def <= i < n_in for i in range(len(params))]
    sigs: list[Sig] = []
    for modes in (INPUT_MODES, frozenset({IN})):
        for defaults in ([p.has_default for p in params], shifted):
            req = frozenset(p.name or "" for p, d in zip(params, defaults) if p.mode in modes and not d)
            opt = frozenset(p.name or "" for p, d in zip(params, defaults) if p.mode in modes and d)
            if (req, opt) not in sigs:
                sigs.append((req, opt))
    return tuple(sigs)


def _plainly_same(sql_fn: Function, t_fn: Function) -> bool:
    """`_listed_by_some_version(sql_fn) and _sig_of_types(t_fn) in _sigs_of_sql(sql_fn)` when
    the types give the true signature (`_sigs_of_sql`'s first, always among them) of a function
    whose inputs are all named (always listed): one pass over each function's arguments instead
    of the properties and sets of the general case (most of a large schema's comparison).
    False says: ask the general case."""
    if sql_fn.kind != "function":
        return False
    required: list[str] = []
    optional: list[str] = []
    for p in sql_fn.params:
        if p.mode not in INPUT_MODES:
            continue
        if not p.name:
            return False
        (optional if p.has_default else required).append(p.name)
    t_required: list[str] = []
    t_optional: list[str] = []
    for p in t_fn.params:
        if p.mode not in INPUT_MODES:  # `Param.is_input`, without a property call per argument
            continue
        (t_optional if p.has_default else t_required).append(p.name or "")
    return (
        len(required) == len(t_required)
        and len(optional) == len(t_optional)
        and set(required) == set(t_required)
        and set(optional) == set(t_optional)
    )


def _listed_by_some_version(fn: Function) -> bool:
    """Whether some postgres-meta version writes this SQL function into the types.

    Every version reads `prokind = 'f'` only (lib/sql/functions.sql): procedures, aggregates and
    window functions never appear. Trigger functions do in versions before lib/generators.ts
    dropped `return_type` trigger/event_trigger (and in hand-made types), always as
    `Args: Record<PropertyKey, never>`. The argument filter: all inputs named; or exactly one
    input, of any type (versions before VALID_UNNAMED_FUNCTION_ARG_TYPES); or every unnamed input
    has a default and is json/jsonb/text (newer versions)."""
    if fn.kind != "function":
        return False
    inputs = fn.inputs
    unnamed = [p for p in inputs if not p.name]
    if not unnamed or len(inputs) == 1:
        return True
    return all(p.has_default and p.type in _UNNAMED_SQL_TYPES for p in unnamed)


def _listed_by_every_version(fn: Function) -> bool:
    """Whether every postgres-meta version writes this (PostgREST-callable) SQL function into the
    types, so that types without it are stale: all inputs named, or a single json/jsonb/text one.
    (One unnamed json/text argument among named ones, with a default, only newer versions list.)"""
    if fn.kind != "function" or fn.returns in _TRIGGER_RETURNS:
        return False
    inputs = fn.inputs
    if all(p.name for p in inputs):
        return True
    return len(inputs) == 1 and inputs[0].type in _UNNAMED_SQL_TYPES


def _match(accept: list[tuple[Sig, ...]], t_sigs: list[Sig]) -> dict[int, int]:
    """A maximum matching of SQL functions (by index in `accept`) to types overloads whose
    signature they accept. SQL functions are taken in order, and one matched stays matched
    (augmenting paths), so those listed first are matched whenever any assignment can."""
    owner: dict[int, int] = {}  # types index -> SQL index

    def augment(i: int, seen: set[int]) -> bool:
        for j, sig in enumerate(t_sigs):
            if j in seen or sig not in accept[i]:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(accept)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _at(fn: Function) -> str:
    return f"{fn.path}:{fn.line}" if fn.path else "(unknown location)"


def _loc(fn: Function) -> Location:
    line = max(fn.line, 1)
    return Location(fn.path, line, fn.column, line, fn.column + len(fn.name))


def _names(names: Iterable[str]) -> str:
    shown = [f"`{n}`" if n else "an unnamed argument" for n in sorted(names)]
    if not shown:
        return "nothing"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _diff(sql: Sig, types: Sig) -> str:
    s_all, t_all = sql[0] | sql[1], types[0] | types[1]
    parts = []
    only_sql, only_types = s_all - t_all, t_all - s_all
    if only_sql:
        parts.append(f"SQL has {_names(only_sql)}, types do not")
    if only_types:
        parts.append(f"types have {_names(only_types)}, SQL does not")
    became_req = sql[1] & types[0]
    became_opt = sql[0] & types[1]
    if became_req:
        parts.append(
            f"{_names(became_req)} {'has' if len(became_req) == 1 else 'have'} a default in SQL "
            f"but {'is' if len(became_req) == 1 else 'are'} required in the types"
        )
    if became_opt:
        parts.append(
            f"{_names(became_opt)} {'is' if len(became_opt) == 1 else 'are'} required in SQL but optional in the types"
        )
    return "; ".join(parts) or "the argument lists differ"


def _describe(sig: Sig) -> str:
    req, opt = sig
    parts = [n or '""' for n in sorted(req)] + [(n or '""') + "?" for n in sorted(opt)]
    return "{" + ", ".join(parts) + "}"


def _similarity(a: Sig, b: Sig) -> float:
    x, y = a[0] | a[1], b[0] | b[1]
    if not x and not y:
        return 1.0
    return len(x & y) / len(x | y)


# schemas Supabase creates and manages (graphql_public.graphql is in every project's types)
SUPABASE_MANAGED_SCHEMAS = frozenset({"graphql_public", "graphql", "storage", "auth", "realtime", "extensions"})


def compare(
    sql_functions: list[Function], type_functions: list[Function], extension_schemas: frozenset[str] = frozenset()
) -> list[Diagnostic]:
    """schema-drift for functions only the types know; stale-types where they disagree with SQL.

    Call it once per types file: its findings are located in that file and cite only it.
    Functions in the schema of an extension the SQL creates (`extension_schemas`) are the
    extension's, not drift."""
    sql_by: dict[tuple[str, str], list[Function]] = {}
    for fn in sql_functions:
        sql_by.setdefault((fn.schema, fn.name), []).append(fn)
    types_by: dict[tuple[str, str], list[Function]] = {}
    for fn in type_functions:
        types_by.setdefault((fn.schema, fn.name), []).append(fn)

    out: list[Diagnostic] = []
    for key, t_fns in types_by.items():
        first = t_fns[0]
        sql_fns = sql_by.get(key)
        if not sql_fns:
            if key[0] in SUPABASE_MANAGED_SCHEMAS or key[0] in extension_schemas:
                continue  # created by Supabase itself or by an extension, never in a project's SQL
            out.append(
                make_diagnostic(
                    "schema-drift",
                    f"function `{first.qualified}` is in {_at(first)} but in no SQL file read; "
                    f"calls are checked against the types",
                    _loc(first),
                    function=first.name,
                )
            )
            continue
        d = _compare_one(sql_fns, t_fns)
        if d is not None:
            out.append(d)
    out.sort(key=Diagnostic.sort_key)
    return out


def _compare_one(sql_fns: list[Function], t_fns: list[Function]) -> Optional[Diagnostic]:
    if len(sql_fns) == 1 and len(t_fns) == 1:
        # one definition and one overload (most functions) that some generator version writes
        # for it: the matching below would pair them and find nothing left, at several times
        # the cost (a large schema's comparison is a tenth of a cold run's types work)
        sql_fn = sql_fns[0]
        if _plainly_same(sql_fn, t_fns[0]):
            return None
        if _listed_by_some_version(sql_fn) and _sig_of_types(t_fns[0]) in _sigs_of_sql(sql_fn):
            return None
    # A types overload is faithful when it is what some postgres-meta version writes for one of
    # the SQL definitions; a SQL definition must be in the types when every version lists it.
    listed = [f for f in sql_fns if _listed_by_some_version(f)]
    s_call = [f for f in listed if in_schema_cache(f)]
    required = [f for f in s_call if _listed_by_every_version(f)]
    order = required + [f for f in listed if not any(f is r for r in required)]
    matched = _match([_sigs_of_sql(f) for f in order], [_sig_of_types(t) for t in t_fns])
    matched_s = {id(order[i]) for i in matched}
    matched_t = set(matched.values())
    t_call = [f for f in t_fns if in_schema_cache(f)]
    # types overloads PostgREST cannot call (a table row argument, an unnamed non-json one) are
    # the generator's business: only a callable one that matches nothing is reported
    t_left = [t for j, t in enumerate(t_fns) if j not in matched_t and in_schema_cache(t)]
    missing = [s for s in required if id(s) not in matched_s]
    if not missing and not t_left:
        return None
    first = t_fns[0]
    if not s_call:
        if any(in_schema_cache(f) for f in sql_fns):
            return None  # callable, but written in a way no generator lists
        fn = sql_fns[0]
        return make_diagnostic(
            "stale-types",
            f"the types list `{first.qualified}` ({_at(first)}) as callable, but the SQL defines it at "
            f"{_at(fn)} and PostgREST cannot call it: {why_not_callable(fn)}",
            _loc(first),
            function=first.name,
            definition=Definition(fn.path, fn.line) if fn.path else None,
        )

    # pair the rest by how many names they share; a SQL definition only some generator versions
    # list may explain a types overload, but is not reported missing
    s_left = missing + [s for s in s_call if id(s) not in matched_s and not any(s is r for r in required)]
    pairs: list[tuple[Function, Function]] = []
    cands = sorted(
        (-_similarity(_sigs_of_sql(s)[0], _sig_of_types(t)), i, j)
        for i, s in enumerate(s_left)
        for j, t in enumerate(t_left)
    )
    used_s: set[int] = set()
    used_t: set[int] = set()
    for _, i, j in cands:
        if i in used_s or j in used_t:
            continue
        used_s.add(i)
        used_t.add(j)
        pairs.append((s_left[i], t_left[j]))
    pairs.sort(key=lambda p: (p[1].line, p[0].path, p[0].line))
    lone_s = [s for i, s in enumerate(s_left[: len(missing)]) if i not in used_s]
    lone_t = [t for j, t in enumerate(t_left) if j not in used_t]

    simple = len(s_call) == 1 and len(t_call) == 1 and len(pairs) == 1
    parts: list[str] = []
    for s, t in pairs:
        what = _diff(_sigs_of_sql(s)[0], _sig_of_types(t))
        if simple:
            parts.append(f"{what} (SQL: {_at(s)}; types: {_at(t)})")
        else:
            parts.append(f"overload {_describe(_sig_of_types(t))}: {what} (SQL: {_at(s)})")
    for s in lone_s:
        parts.append(f"SQL overload {s.signature()} ({_at(s)}) is not in the types")
    for t in lone_t:
        parts.append(f"types overload {_describe(_sig_of_types(t))} matches no SQL definition")
    if not simple:
        parts.append(f"types: {_at(first)}")

    anchor_t = pairs[0][1] if pairs else (lone_t[0] if lone_t else first)
    anchor_s = pairs[0][0] if pairs else (lone_s[0] if lone_s else s_call[0])
    message = f"generated types for `{first.qualified}` disagree with the SQL: " + "; ".join(parts)
    return make_diagnostic(
        "stale-types",
        message,
        _loc(anchor_t),
        function=first.name,
        definition=Definition(anchor_s.path, anchor_s.line) if anchor_s.path else None,
        help="regenerate the types (supabase gen types typescript), or update the SQL",
    )


def disagreements(files: list[tuple[str, list[Function]]]) -> list[Diagnostic]:
    """`types-disagree`: types files that list different functions or different arguments
    (generated at different times, or from different databases). Files that agree form one
    group; each group after the first is reported once, at its first file, against the first
    group's first file. Each call uses the types nearest to it, so nothing else changes."""
    groups: list[tuple[dict[tuple[str, str], frozenset[Sig]], str, dict[tuple[str, str], Function]]] = []
    for shown, fns in files:
        by: dict[tuple[str, str], set[Sig]] = {}
        first: dict[tuple[str, str], Function] = {}
        for fn in fns:
            by.setdefault((fn.schema, fn.name), set()).add(_sig_of_types(fn))
            first.setdefault((fn.schema, fn.name), fn)
        frozen = {k: frozenset(v) for k, v in by.items()}
        if not any(g[0] == frozen for g in groups):
            groups.append((frozen, shown, first))
    out: list[Diagnostic] = []
    if len(groups) < 2:
        return out
    by_a, shown_a, _ = groups[0]
    for by_b, shown_b, first_b in groups[1:]:
        differ = sorted(k for k in by_a.keys() | by_b.keys() if by_a.get(k) != by_b.get(k))
        names = ", ".join(f"`{s}.{n}`" for s, n in differ[:5]) + (
            f" and {len(differ) - 5} more" if len(differ) > 5 else ""
        )
        anchor = next((first_b[k] for k in differ if k in first_b), None)
        loc = _loc(anchor) if anchor is not None else Location(shown_b, 1, 1)
        out.append(
            make_diagnostic(
                "types-disagree",
                f"generated types {shown_b} and {shown_a} disagree about {len(differ)} "
                f"function{'s' if len(differ) != 1 else ''} ({names}); each call is checked with the types "
                f"nearest to it",
                loc,
                function=anchor.name if anchor is not None else None,
                help="regenerate both from the same database (supabase gen types typescript)",
            )
        )
    return out


def merge(sql_functions: list[Function], type_functions: list[Function]) -> list[Function]:
    """What the resolver should use: every SQL function, plus types-only (schema, name) pairs."""
    defined = {(f.schema, f.name) for f in sql_functions}
    return list(sql_functions) + [f for f in type_functions if (f.schema, f.name) not in defined]


__all__ = ["read_types", "read_types_bytes", "compare", "disagreements", "merge"]
