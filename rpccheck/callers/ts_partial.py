"""Which parts of a TypeScript or JavaScript file a scan for `.rpc()` calls needs parsed.

Most of a file with a call is code around it: components, helpers, types. Parsing is most
of a big scan's cost (tree-sitter reads about 4 MB/s of TypeScript), and on the shared
large corpus three quarters of the bytes of the files with a call lie in top-level
declarations that neither hold nor name anything the calls read. Those are left out of the
parse with tree-sitter's included ranges (the typegen fast path's way: offsets, lines and
columns stay the file's), so the tree is the whole file's tree without those statements.

A top-level statement is taken to start at a line that starts, at its first column, with
a word (formatters write every top-level statement so, and continuation lines indented or
with a closing bracket). One is left out only when all of these hold, else the file is
parsed whole:

- it is a declaration (`function`, `class`, `const`, `interface`, `type`, `enum`, ...,
  `export`ed or not) of one name, which no part kept names, transitively;
- it holds no `rpc`, no `createClient`, no `supabase`, no `schema` and no `rpccheck`;
- with its strings, comments and plain template literals taken out, it has no quote, no
  backtick, no comment start left, and as many of each closing bracket as opening ones;
- it names no binding that the kept part declares at its top level and a part with a call
  names (a response kept in a module variable may be read anywhere in the file, an object
  sent may be changed anywhere);
- the kept part parses without an error, and no top-level node of it crosses a part left
  out (so the parts left out were whole statements between whole statements).

A declaration whose head cannot be right (`const x<T>(...)`, `function f {`) is kept: the
whole file's error recovery may read the statements after it otherwise.

One difference remains by design: a syntax error inside a part left out (a declaration in
balance, so the error stays in it) is not seen. The calls are then read as the file without
that part reads, which is not always how the whole file's error recovery reads them (in 1
of 6,000 seeded mutants, a `var` read as declared where the whole parse, confused by a
broken `for` further down, found no declaration); and a parse the whole file's error
recovery would have made too slow to finish reads the calls instead of reporting the file
unread.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Optional

import tree_sitter as ts

# a line that starts a top-level statement: a declaration of one name, or another word
# (`import`, `export {`, `if`, a call, a comment...); not `}`, `)`, a dot or an operator,
# which continue the statement before (found from each newline: the expression is tried
# only where a line starts so, not at every byte)
_LINE = re.compile(rb"\n(?=[A-Za-z_$@]|/[/*])")
_DECLARATION = re.compile(
    rb"(?:export[ \t]+(?:default[ \t]+)?)?(?:declare[ \t]+)?(?:async[ \t]+)?(?:abstract[ \t]+)?"
    rb"(?:function[ \t]*\*?|class|interface|type|enum|const|let|var)[ \t]+([A-Za-z_$][\w$]*)(?![\w$])"
)
_DECLARATION_FIRST = frozenset(b"eadcfitlv")  # the first letters of the words it starts with
_FIRST = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$@")
# words that, at a line's start, continue the expression before rather than start a statement
_CONTINUING = frozenset({b"as", b"in", b"instanceof", b"satisfies", b"extends", b"implements", b"of", b"keyof"})
_CONTINUING_STARTS = tuple({w[:2] for w in _CONTINUING})  # a cheap first test for them
_KEEP_WORDS = (b"rpc", b"createClient", b"upabase", b"schema")  # `rpccheck` comments hold `rpc`
# strings on one line, comments, and template literals without a substitution. Each kind
# has a second branch for one left open (to the line's end, or the part's for a template),
# which always matches and leaves its quote for _whole_declaration to see: so no attempt
# fails and is tried again from a later quote (a fuzzed part with a long line of unclosed
# quotes took seconds), and the match is linear. A part with `${` is kept.
_QUIET = re.compile(
    rb"'[^'\\\r\n]*(?:\\[^\r\n][^'\\\r\n]*)*'|(')[^'\\\r\n]*(?:\\[^\r\n][^'\\\r\n]*)*"
    rb"|\"[^\"\\\r\n]*(?:\\[^\r\n][^\"\\\r\n]*)*\"|(\")[^\"\\\r\n]*(?:\\[^\r\n][^\"\\\r\n]*)*"
    rb"|//[^\r\n]*|/\*.*?\*/"
    rb"|`(?:[^`\\$]|\\.|\$(?!\{))*`|(`)(?:[^`\\$]|\\.|\$(?!\{))*",
    re.S,
)
_WORD = re.compile(rb"[A-Za-z_$][\w$]*")
# files smaller than this are parsed whole: what could be left out is not worth the planning
MIN_BYTES = 2048
# nor when less than this part of a file could be left out
MIN_LEFT_OUT = 0.1
MAX_NESTING = 32  # bracket levels of a `const` declaration looked through for a second binding
# names left out looked for in a kept part by substring (fewer, and many parts, make
# finding each name cheaper than listing the part's words; more are looked up by word)
SUBSTRING_NAMES = 16


_INNERMOST = re.compile(rb"\([^()\[\]{}]*\)|\[[^()\[\]{}]*\]|\{[^()\[\]{}]*\}")
_VARIABLE = re.compile(rb"(?:export[ \t]+)?(?:declare[ \t]+)?(?:const|let|var)[ \t]")


def _whole_declaration(part: bytes) -> bool:
    """Whether `part`, with its strings and comments taken out, is brackets in balance
    with nothing left open (a quote, a backtick, a comment), and declares one binding
    (`const a = 1, b = 2` declares two: a comma outside any bracket)."""
    if part.rfind(b"/*") > part.rfind(b"*/") or b"${" in part or part.count(b"`") % 2:
        return False  # a comment or template left open, or a substitution: what keeps _QUIET linear
    code = _QUIET.sub(rb" \1\2\3", part) if b"'" in part or b'"' in part or b"`" in part or b"/" in part else part
    if b"'" in code or b'"' in code or b"`" in code or b"/*" in code or b"*/" in code:
        return False
    if code.count(b"(") != code.count(b")") or code.count(b"{") != code.count(b"}"):
        return False
    if code.count(b"[") != code.count(b"]"):
        return False
    if _VARIABLE.match(code) is None:
        return True
    for _ in range(MAX_NESTING):  # the innermost brackets taken out, until only the outermost level is left
        reduced = _INNERMOST.sub(b"", code)
        if reduced == code:
            return b"," not in code and b"(" not in code and b"{" not in code and b"[" not in code
        code = reduced
    return False  # nested deeper than real declarations: kept (each pass reads the whole part)


def _plausible_head(data: bytes, found: "re.Match[bytes]") -> bool:
    """Whether what follows a declaration's name can follow it (`function f(`, `const x =`,
    `class C {`...). A part whose head is broken is kept: the whole file's error recovery
    may read the statements after it otherwise (a fuzzed `const supabasreateClient<T>(...)`
    made the function after it read as an expression), which a parse without it would not."""
    words = data[found.start() : found.start(1)].split()
    kind = b"function" if any(w.startswith(b"function") or w == b"*" for w in words) else words[-1]
    at, end = found.end(), len(data)
    while at < end and data[at] in b" \t":
        at += 1
    after = data[at : at + 1]
    if kind == b"function":
        return after in (b"(", b"<")
    if kind in (b"class", b"interface"):
        return after in (b"{", b"<") or data.startswith((b"extends", b"implements"), at)
    if kind == b"type":
        return after in (b"=", b"<")
    if kind == b"enum":
        return after == b"{"
    # const, let, var: an initializer, a type, a definite assignment, or (let, var) none
    return after in (b"=", b":", b"!", b";") or (kind != b"const" and after in (b"\n", b"\r", b""))


class Plan(NamedTuple):
    spans: list[tuple[int, int]]  # the byte spans to parse, in order
    watched: list[tuple[int, int]]  # the parts with a call (or a client), as byte spans


def _hits(data: bytes) -> list[int]:
    """The offsets of every word a part is kept for (sorted)."""
    out = []
    for word in _KEEP_WORDS:
        i = data.find(word)
        while i >= 0:
            out.append(i)
            i = data.find(word, i + len(word))
    out.sort()
    return out


def plan(data: bytes) -> Optional[Plan]:
    """What of `data` to parse, or None to parse it whole."""
    if len(data) < MIN_BYTES:
        return None
    starts: list[int] = []
    names: list[Optional[bytes]] = []
    first = [0] if data[:1] and (data[0] in _FIRST or data.startswith((b"//", b"/*"))) else []
    for at in first + [m.end() for m in _LINE.finditer(data)]:
        name = None
        if data[at] in _DECLARATION_FIRST:
            found = _DECLARATION.match(data, at)
            if found is not None and _plausible_head(data, found):
                name = found.group(1)
        if name is None and data.startswith(_CONTINUING_STARTS, at):
            word = _WORD.match(data, at)
            if word is not None and word.group(0) in _CONTINUING:
                continue
        starts.append(at)
        names.append(name)
    if len(starts) < 2:
        return None
    if starts[0] > 0:
        starts.insert(0, 0)
        names.insert(0, None)
    ends = starts[1:] + [len(data)]
    hits = _hits(data)
    keep = []
    watched = []
    droppable: dict[bytes, int] = {}
    twice: set[bytes] = set()
    for i, (at, end, name) in enumerate(zip(starts, ends, names)):
        h = bisect.bisect_left(hits, at)
        if h < len(hits) and hits[h] < end:
            watched.append((at, end))
            keep.append(True)
        elif name is None or not _whole_declaration(data[at:end]):
            keep.append(True)
        else:
            keep.append(False)
            if name in droppable:
                twice.add(name)  # overloads, a `type` and a `const` of one name: kept together
            droppable[name] = i
    for name in twice:
        del droppable[name]
        for i, n in enumerate(names):
            if n == name:
                keep[i] = True
    # a part left out whose name a kept part says is kept, until none is added (a name
    # found inside a longer word keeps it too: more kept, never less)
    pending = [i for i, k in enumerate(keep) if k]
    while pending and droppable:
        i = pending.pop()
        at, end = starts[i], ends[i]
        if len(droppable) <= SUBSTRING_NAMES:
            named = [n for n in droppable if data.find(n, at, end) >= 0]
        else:  # one pass over the part, whatever the number of names (linear in the file)
            named = [w for w in set(_WORD.findall(data, at, end)) if w in droppable]
        for name in named:
            j = droppable.pop(name)
            keep[j] = True
            pending.append(j)
    left_out = sum(end - at for at, end, k in zip(starts, ends, keep) if not k)
    if left_out < MIN_LEFT_OUT * len(data):
        return None
    spans: list[tuple[int, int]] = []
    for at, end, k in zip(starts, ends, keep):
        if k:
            if spans and spans[-1][1] == at:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((at, end))
    return Plan(spans, watched)


# CPU seconds a partial parse may take: eight times the slowest real code seen (4 MB/s),
# and a bit; past it the file is parsed whole, with the whole file's budget
PARSE_SECONDS = 0.05
PARSE_SECONDS_PER_BYTE = 2e-6


def budget(kept: Plan) -> float:
    return PARSE_SECONDS + PARSE_SECONDS_PER_BYTE * sum(e - s for s, e in kept.spans)


def ranges(data: bytes, spans: list[tuple[int, int]]) -> list[ts.Range]:
    """tree-sitter's ranges for `spans` (rows and columns in bytes, as it counts them)."""
    out = []
    row, counted = 0, 0
    for s, e in spans:
        points = []
        for off in (s, e):
            row += data.count(b"\n", counted, off)
            counted = off
            points.append((row, off - (data.rfind(b"\n", 0, off) + 1)))
        out.append(ts.Range(points[0], points[1], s, e))
    return out


def holds(root: ts.Node, data: bytes, kept: Plan) -> bool:
    """Whether the tree of `kept` is the whole file's without the parts left out: no
    error, no top-level node across a gap, and no part left out naming a top-level
    binding of the kept part that a part with a call names."""
    spans = kept.spans
    if root.has_error:
        return False
    ends = [e for _s, e in spans]
    starts = [s for s, _e in spans]
    bindings: set[bytes] = set()
    for child in root.children:
        i = bisect.bisect_right(starts, child.start_byte) - 1
        if i < 0 or child.end_byte > ends[i]:
            return False
        kind = child.type
        if kind == "export_statement":
            inner = child.child_by_field_name("declaration")
            if inner is None:
                continue
            child, kind = inner, inner.type
        if kind in ("lexical_declaration", "variable_declaration"):
            for decl in child.named_children:
                if decl.type == "variable_declarator":
                    target = decl.child_by_field_name("name")
                    if target is not None:
                        bindings.update(_WORD.findall(data, target.start_byte, target.end_byte))
        elif kind in ("function_declaration", "generator_function_declaration", "class_declaration"):
            name = child.child_by_field_name("name")
            if name is not None:
                bindings.update(_WORD.findall(data, name.start_byte, name.end_byte))
    if not bindings:
        return True
    # by words, as the bindings were read: one pass over the parts with a call and one
    # over the parts left out, whatever the number of bindings
    named: set[bytes] = set()
    for s, e in kept.watched:
        named.update(_WORD.findall(data, s, e))
    watched = bindings & named
    if not watched:
        return True
    at = 0
    for s, e in spans + [(len(data), len(data))]:
        if at < s and not watched.isdisjoint(_WORD.findall(data, at, s)):
            return False
        at = e
    return True
