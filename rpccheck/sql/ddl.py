"""Command records for DROP / ALTER of routines and schemas, transaction control, and
dynamic SQL.

These are the statements, besides CREATE FUNCTION, that change which routines a
database ends up with when migrations are replayed in order. replay.py builds the
records from PostgreSQL's parse tree (pgtree.py); catalog.py applies them the way
PostgreSQL would. Transaction control is read from tokens (its grammar is tiny), and
dynamic SQL (DO blocks, EXECUTE) by patterns over its text, since rpccheck does not
run it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import IN, INOUT, VARIADIC, Param
from .catalog import AGGREGATE, FUNCTION, PROCEDURE, ROUTINE, ReplayError  # noqa: F401  (defined there, used here too)
from .lexer import IDENT, OP, LexError, Token, is_name, tokenize

# Text that creates, drops or alters a routine, possibly spread over string pieces
# ('CREATE ' || 'FUNCTION ...'); used on DO blocks and other dynamic SQL.
DYNAMIC_ROUTINE_DDL = re.compile(
    r"""(?<![\w$])(create(?:[\s'"|+]+or[\s'"|+]+replace)?|drop|alter)[\s'"|+]+(function|procedure|routine)s?(?![\w$])"""
    r"""(?:[\s'"|+]+if[\s'"|+]+exists)?[\s'"|+]*((?:"[^"\n]*"|[A-Za-z_][\w$]*)(?:\.(?:"[^"\n]*"|[A-Za-z_][\w$]*))?(?=\s*\())?""",
    re.I,
)


class DdlSyntaxError(ValueError):
    def __init__(self, message: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass
class RoutineRef:
    """`name` or `name(argtypes)` in DROP/ALTER FUNCTION (PostgreSQL's ObjectWithArgs)."""

    parts: list[str]
    params: Optional[list[Param]]  # None: no argument list was written
    has_modes: bool = False  # some argument carries IN/OUT/INOUT/VARIADIC
    offset: int = 0

    @property
    def input_types(self) -> Optional[tuple[str, ...]]:
        if self.params is None:
            return None
        return tuple(p.type for p in self.params if p.mode in (IN, INOUT, VARIADIC))

    @property
    def all_types(self) -> Optional[tuple[str, ...]]:
        return None if self.params is None else tuple(p.type for p in self.params)

    def display(self) -> str:
        name = ".".join(self.parts)
        if self.params is None:
            return name
        return f"{name}({', '.join(self.input_types or ())})"


@dataclass
class DropRoutines:
    objtype: str
    if_exists: bool
    refs: list[RoutineRef]
    cascade: bool


@dataclass
class AlterRoutine:
    objtype: str
    ref: RoutineRef
    rename_to: Optional[str] = None
    set_schema: Optional[str] = None
    volatility: Optional[str] = None  # PostgreSQL rejects it on procedures
    rows: bool = False  # ROWS n: only for set-returning functions


@dataclass
class DropSchemas:
    if_exists: bool
    names: list[str]
    cascade: bool


@dataclass
class DropTypes:
    """DROP {TYPE|DOMAIN|TABLE}: routines using the type (a table's row type) go with
    CASCADE, and make the statement fail without it."""

    objtype: str  # type | domain | table
    if_exists: bool
    names: list[list[str]]
    cascade: bool


@dataclass
class CreateExtension:
    name: str
    schema: Optional[str]  # None: the first existing schema on the search_path
    if_not_exists: bool
    cascade: bool


@dataclass
class RenameSchema:
    name: str
    new_name: str


@dataclass
class TxCommand:
    """BEGIN / COMMIT / ROLLBACK / SAVEPOINT / RELEASE / ROLLBACK TO."""

    action: str  # begin | commit | rollback | savepoint | release | rollback_to | none
    savepoint: Optional[str] = None
    chain: bool = False


@dataclass
class DynamicDdl:
    verbs: list[str] = field(default_factory=list)  # create / drop / alter, in order of first mention
    kinds: list[str] = field(default_factory=list)  # function / procedure / routine
    names: list[str] = field(default_factory=list)  # names written literally, when any
    # what the created names may look like: `report_%s` / `'report_' || code` → report_.*
    created: list[re.Pattern] = field(default_factory=list)
    creates_unknown: bool = False  # creates something whose name cannot be read at all
    # what the dropped names may look like, as for `created`; then, once replay has
    # settled them (`settle_drops`), also the routine names the text spells out in
    # string literals where a DROP's target is computed (`proname = 'match_docs'`)
    dropped: list[re.Pattern] = field(default_factory=list)
    drops_computed: bool = False  # a DROP whose target is computed (`format('drop function %s', r.sig)`)
    # string literals that may name routines: names ('match_docs', 'public.f(text)'
    # → match_docs, f) and LIKE patterns ('match_%'); only read when a DROP is computed
    drop_literals: list[str] = field(default_factory=list)
    # a computed DROP and no literal names a known routine: it may drop any routine
    drops_unknown: bool = False
    # (schema, name, input types, path, line) of the routines that existed when the
    # statement ran and that it may drop (filled in by replay)
    candidates: frozenset = frozenset()
    # with `drops_unknown`: how many routines the catalog had seen when it ran (those
    # are the ones it may have dropped; see Catalog.dynamic_drop_of)
    horizon: int = 0

    def may_create(self, name: str) -> bool:
        """A name one of the dynamic CREATEs visibly makes (`report_%s` and `report_emea`)."""
        return any(p.fullmatch(name) for p in self.created)

    def may_drop(self, name: str) -> bool:
        """Whether routines of that name may be dropped here: a DROP spells a name
        that fits (`drop function match_docs(...)`, `'drop function match_' || x`),
        or a DROP's target is computed and the name is a string literal in the text
        (`where proname = 'match_docs'`, `like 'match_%'`), or the target is computed
        and nothing in the text says which routines (`drops_unknown`): then any."""
        return self.drops_unknown or any(p.fullmatch(name) for p in self.dropped)

    def may_have_dropped(self, fn) -> bool:
        """Whether this routine (a `Function` of the final catalog) existed when the
        statement ran and may be one it dropped; one created later was not."""
        return (fn.schema, fn.name, fn.identity, fn.path, fn.line) in self.candidates

    def settle_drops(self, known_names) -> None:
        """With the routine names the catalog knows when the statement runs (a set),
        turn the literals of a computed DROP into name patterns, or mark it unknown."""
        if not self.drops_computed:
            return
        hits = []
        for lit in self.drop_literals:
            if "%" in lit:
                pat = re.compile("".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in lit))
                if any(pat.fullmatch(n) for n in known_names):
                    hits.append(pat)
            elif lit in known_names:
                hits.append(re.compile(re.escape(lit)))
        self.dropped.extend(hits)
        self.drops_unknown = not hits


def statement_tokens(text: str, start: int, end: int) -> list[Token]:
    try:
        toks = list(tokenize(text, start, end))
    except LexError as e:
        raise DdlSyntaxError(str(e), e.offset) from None
    while toks and toks[-1].kind == OP and toks[-1].value == ";":
        toks.pop()
    return toks


TRANSACTION_WORDS = frozenset({"begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release"})


def parse_transaction(toks: list[Token]) -> TxCommand:
    if not toks:
        return TxCommand("none")
    w = toks[0].value
    words = [t.value for t in toks if t.kind == IDENT]
    chain = any(words[k] == "and" and words[k + 1] == "chain" for k in range(len(words) - 1))
    if w == "begin" or (w == "start" and len(toks) > 1 and toks[1].is_word("transaction")):
        return TxCommand("begin")
    if w in ("commit", "end"):
        if "prepared" in words:
            return TxCommand("none")  # COMMIT PREPARED 'id': not this session's transaction
        return TxCommand("commit", chain=chain)
    if w in ("rollback", "abort"):
        if "prepared" in words:
            return TxCommand("none")
        if "to" in words:
            name = toks[-1].value if toks and is_name(toks[-1]) else None
            return TxCommand("rollback_to", name)
        return TxCommand("rollback", chain=chain)
    if w == "savepoint" and len(toks) > 1 and is_name(toks[1]):
        return TxCommand("savepoint", toks[1].value)
    if w == "release":
        name = toks[-1].value if len(toks) > 1 and is_name(toks[-1]) else None
        return TxCommand("release", name)
    return TxCommand("none")


def find_dynamic_ddl(text: str, start: int, end: int) -> Optional[DynamicDdl]:
    """What routine DDL the text of one statement mentions, or None."""
    found: Optional[DynamicDdl] = None
    for m in DYNAMIC_ROUTINE_DDL.finditer(text, start, end):
        if found is None:
            found = DynamicDdl()
        verb = m.group(1).split()[0].strip("'\"|+").lower()
        verb = "create" if verb.startswith("create") else verb
        kind = m.group(2).lower()
        if verb not in found.verbs:
            found.verbs.append(verb)
        if kind not in found.kinds:
            found.kinds.append(kind)
        name = m.group(3)
        if name and name.lower() not in ("if",) and name not in found.names:
            found.names.append(name)
        if verb == "create":
            template = _name_template(text, m.end(2), end)
            if template is None:
                found.creates_unknown = True
            else:
                found.created.append(template)
        elif verb == "drop":
            template = _drop_template(text, m.end(2), end)
            if template is None:
                found.drops_computed = True
            else:
                found.dropped.append(template)
    if found is not None and found.drops_computed:
        found.drop_literals = _name_literals(text, start, end)
    return found


# after DROP FUNCTION: [IF EXISTS] then the name as written, possibly with format()
# placeholders, up to where the literal text stops
_DROP_TEXT = re.compile(
    r"""(?:s(?![\w$]))?\s*(?:if\s+exists(?![\w$])\s*)?((?:[A-Za-z_][\w$]*|"[^"\n]*"|%[sI]|\.)*)(\s*'\s*\|\|)?""", re.I
)


def _drop_template(text: str, pos: int, end: int) -> Optional[re.Pattern]:
    """A pattern for the name a dynamic DROP FUNCTION names: `drop function public.f(`
    → f, `'drop function report_' || code` → report_.*; None when the name is computed
    (`format('drop function %s', r.sig)`, `'drop function ' || r.sig`)."""
    m = _DROP_TEXT.match(text, pos, end)
    written = m.group(1)
    if not written:
        return None
    name = written.rsplit(".", 1)[-1]
    if not name:
        return None
    parts = []
    last = 0
    for ph in _PLACEHOLDER.finditer(name):
        parts.append(re.escape(name[last : ph.start()].replace('"', "")))
        parts.append(".*")
        last = ph.end()
    parts.append(re.escape(name[last:].replace('"', "")))
    if m.group(2):  # 'drop function report_' || code: the name goes on
        parts.append(".*")
    if not "".join(p for p in parts if p != ".*"):
        return None
    pattern = "".join(parts)
    if not name.startswith('"'):
        pattern = pattern.lower()
    try:
        return re.compile(pattern)
    except re.error:
        return None


# a string literal holding a routine name, maybe qualified, maybe with its argument
# types ('public.f(text)'::regprocedure), or a LIKE pattern ('match_%')
_NAME_LITERAL = re.compile(r"""'(?:[A-Za-z_][\w$]*\.)?([A-Za-z_%][\w$%]*)(?:\([^'()]*\))?'""")


def _name_literals(text: str, start: int, end: int) -> list[str]:
    out: list[str] = []
    for m in _NAME_LITERAL.finditer(text, start, end):
        lit = m.group(1)
        # not a bare format() placeholder or wildcard ('%s', '%'): some of a name
        if len(re.sub(r"%[sIL]?", "", lit)) >= 2 and lit not in out:
            out.append(lit)
    return out


_TEMPLATE_TEXT = re.compile(r"""[\s'"]*(?:if[\s'"]+not[\s'"]+exists[\s'"]*)?([^(;]{1,120}?)\s*\(""", re.I)
_PLACEHOLDER = re.compile(r"%[sIL]|\$\d+|\{\w*\}")


def _name_template(text: str, pos: int, end: int) -> Optional[re.Pattern]:
    """A pattern for the name a dynamic CREATE FUNCTION writes, from the text after
    FUNCTION up to its parameter list: format() placeholders and `' || expr || '`
    concatenations become wildcards. None when no part of the name is written out."""
    m = _TEMPLATE_TEXT.match(text, pos, end)
    if not m:
        return None
    parts = []
    for i, chunk in enumerate(m.group(1).split("||")):
        if i % 2:  # an expression between two concatenations
            parts.append(".*")
            continue
        last = 0
        for ph in _PLACEHOLDER.finditer(chunk):
            parts.append(re.escape(_literal(chunk[last : ph.start()])))
            parts.append(".*")
            last = ph.end()
        parts.append(re.escape(_literal(chunk[last:])))
    pattern = "".join(parts)
    name = pattern.rsplit("\\.", 1)[-1]  # the schema part is not part of the name
    if not name.replace(".*", "").strip():
        return None
    try:
        return re.compile(name, re.I)
    except re.error:
        return None


def _literal(chunk: str) -> str:
    return chunk.replace("'", "").replace('"', "").replace("|", "").strip()


def describe_dynamic(what: str, d: DynamicDdl) -> str:
    verbs = {"create": "create", "drop": "drop", "alter": "alter"}
    vs = [verbs[v] for v in d.verbs]
    verb_text = vs[0] if len(vs) == 1 else ", ".join(vs[:-1]) + " or " + vs[-1]
    kinds = " or ".join(k + "s" for k in d.kinds)
    names = ""
    if d.names:
        shown = d.names[:3]
        names = " (" + ", ".join(shown) + (", ..." if len(d.names) > 3 else "") + ")"
    return (
        f"{what} may {verb_text} {kinds}{names}; rpccheck does not run SQL, so routines "
        f"created, dropped or altered here are not reflected in its catalog"
    )
