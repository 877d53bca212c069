"""DROP / ALTER of routines and schemas, transaction control, and dynamic SQL.

These are the statements, besides CREATE FUNCTION, that change which routines a
database ends up with when migrations are replayed in order. Each is read from
the tokens of that one statement into a small command record; catalog.py applies
the records the way PostgreSQL would.

DROP TYPE|DOMAIN|TABLE are read too, since with CASCADE they drop the routines that
use the type. The grammar followed is PostgreSQL 15's (gram.y: RemoveFuncStmt,
AlterFunctionStmt, RenameStmt, AlterObjectSchemaStmt, DropStmt for schemas,
TransactionStmt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import IN, INOUT, VARIADIC, Param
from .lexer import IDENT, OP, LexError, Token, is_name, matching_paren, read_qualified_name, split_top_level, tokenize
from .routines import Resolvers, RoutineSyntaxError, _MODES, _skip_set_clause, aggregate_arg_groups, params_from_tokens
from .types import TypeSyntaxError

_GAP = r"(?:\s|--[^\n]*\n|/\*(?:[^*]|\*(?!/))*\*/)+"
# statement heads, matched at the statement's first character
DROP_HEAD = re.compile(
    rf"drop{_GAP}(function|procedure|routine|aggregate|schema|type|domain|table|extension)(?![\w$])", re.I
)
ALTER_HEAD = re.compile(rf"alter{_GAP}(function|procedure|routine|aggregate|schema|extension)(?![\w$])", re.I)
# An ALTER FUNCTION that mentions none of these words changes nothing rpccheck
# records (pg_dump writes one `ALTER FUNCTION ... OWNER TO` per routine): it is
# skipped without being tokenized.
ALTER_ROUTINE_MATTERS = re.compile(r"(?<![\w$])(?:rename|schema|immutable|stable|volatile)(?![\w$])", re.I)
ALTER_SCHEMA_MATTERS = re.compile(r"(?<![\w$])rename(?![\w$])", re.I)
# Text that creates, drops or alters a routine, possibly spread over string pieces
# ('CREATE ' || 'FUNCTION ...'); used on DO blocks and other dynamic SQL.
DYNAMIC_ROUTINE_DDL = re.compile(
    r"""(?<![\w$])(create(?:[\s'"|+]+or[\s'"|+]+replace)?|drop|alter)[\s'"|+]+(function|procedure|routine)s?(?![\w$])"""
    r"""(?:[\s'"|+]+if[\s'"|+]+exists)?[\s'"|+]*((?:"[^"\n]*"|[A-Za-z_][\w$]*)(?:\.(?:"[^"\n]*"|[A-Za-z_][\w$]*))?(?=\s*\())?""",
    re.I,
)

FUNCTION, PROCEDURE, ROUTINE, AGGREGATE = "function", "procedure", "routine", "aggregate"


class ReplayError(ValueError):
    """A statement PostgreSQL would reject, judging by what the catalog holds: it
    changes nothing (the message is PostgreSQL's, more or less)."""


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


def _err(toks: list[Token], i: int, message: str) -> DdlSyntaxError:
    offset = toks[i].start if i < len(toks) else (toks[-1].end if toks else None)
    return DdlSyntaxError(message, offset)


def _group_has_mode(g: list[Token]) -> bool:
    # [mode] [name] type  or  name mode type
    if len(g) > 1 and g[0].kind == IDENT and g[0].value in _MODES:
        return True
    return len(g) > 2 and g[1].kind == IDENT and g[1].value in _MODES


def read_routine_ref(toks: list[Token], i: int, resolvers: Resolvers) -> tuple[RoutineRef, int]:
    start = i
    parts, i = read_qualified_name(toks, i)
    if not parts:
        raise _err(toks, i, "expected a routine name")
    if len(parts) > 3:
        raise _err(toks, start, "improper qualified name (too many dotted names)")
    if len(parts) == 3:
        parts = parts[1:]  # database.schema.name: the database part is the current one
    if i < len(toks) and toks[i].kind == OP and toks[i].value == "(":
        close = matching_paren(toks, i)
        if close < 0:
            raise _err(toks, i, "unbalanced parentheses in the argument list")
        groups = aggregate_arg_groups(toks[i + 1 : close])
        try:
            params = params_from_tokens(groups, resolvers)
        except (RoutineSyntaxError, TypeSyntaxError) as e:
            raise DdlSyntaxError(str(e), getattr(e, "offset", None) or toks[i].start) from None
        ref = RoutineRef(parts, params, any(_group_has_mode(g) for g in groups), toks[start].start)
        return ref, close + 1
    return RoutineRef(parts, None, False, toks[start].start), i


def _name(toks: list[Token], i: int, what: str) -> str:
    if i >= len(toks) or not is_name(toks[i]):
        raise _err(toks, i, f"expected {what}")
    return toks[i].value


def _expect_end(toks: list[Token], i: int) -> None:
    if i < len(toks):
        raise _err(toks, i, f"unexpected {toks[i].value!r}")


def parse_drop_routines(toks: list[Token], resolvers: Resolvers) -> DropRoutines:
    """DROP {FUNCTION|PROCEDURE|ROUTINE} [IF EXISTS] ref [, ...] [CASCADE | RESTRICT]"""
    objtype = toks[1].value
    if_exists, items, cascade = _drop_list(toks)
    if not items:
        raise _err(toks, len(toks) - 1, "expected a routine name")
    refs = []
    for item in items:
        if not item:
            raise _err(toks, len(toks) - 1, "empty item in the list")
        ref, j = read_routine_ref(item, 0, resolvers)
        _expect_end(item, j)
        refs.append(ref)
    return DropRoutines(objtype, if_exists, refs, cascade)


def parse_alter_routine(toks: list[Token], resolvers: Resolvers) -> AlterRoutine:
    """ALTER {FUNCTION|PROCEDURE|ROUTINE} ref action ...: RENAME TO, SET SCHEMA, OWNER TO,
    [NO] DEPENDS ON EXTENSION, or a list of options (volatility among them)."""
    objtype = toks[1].value
    ref, i = read_routine_ref(toks, 2, resolvers)
    cmd = AlterRoutine(objtype, ref)
    if i >= len(toks):
        raise _err(toks, i, "expected an action")
    t = toks[i]
    if t.is_word("rename"):
        if i + 1 >= len(toks) or not toks[i + 1].is_word("to"):
            raise _err(toks, i + 1, "expected TO after RENAME")
        cmd.rename_to = _name(toks, i + 2, "a new name")
        _expect_end(toks, i + 3)
        return cmd
    if t.is_word("set") and i + 2 < len(toks) and toks[i + 1].is_word("schema") and is_name(toks[i + 2]):
        # `SET SCHEMA name` moves the routine; `SET SCHEMA 'x'` is `SET search_path = 'x'`
        cmd.set_schema = toks[i + 2].value
        _expect_end(toks, i + 3)
        return cmd
    if t.is_word("owner", "depends", "no"):
        return cmd
    volatility: list[str] = []
    k = i
    while k < len(toks):
        t = toks[k]
        if t.kind == IDENT:
            if t.value in ("immutable", "stable", "volatile"):
                volatility.append(t.value)
            elif t.value == "rows":
                cmd.rows = True
            elif t.value == "set":
                k = _skip_set_clause(toks, k)
                continue
            elif t.value == "reset":
                k += 2
                continue
        k += 1
    if len(volatility) > 1:
        raise ReplayError("conflicting or redundant options")
    if volatility:
        cmd.volatility = volatility[0]
    return cmd


def _drop_list(toks: list[Token]) -> tuple[bool, list[list[Token]], bool]:
    """`DROP <kind> [IF EXISTS] item [, ...] [CASCADE | RESTRICT]` → (if_exists, items, cascade)."""
    i = 2
    if_exists = False
    if i + 1 < len(toks) and toks[i].is_word("if") and toks[i + 1].is_word("exists"):
        if_exists, i = True, i + 2
    cascade = False
    end = len(toks)
    if end > i and toks[end - 1].is_word("cascade", "restrict"):
        cascade = toks[end - 1].value == "cascade"
        end -= 1
    return if_exists, split_top_level(toks[i:end]), cascade


def parse_drop_schemas(toks: list[Token]) -> DropSchemas:
    """DROP SCHEMA [IF EXISTS] name [, ...] [CASCADE | RESTRICT]"""
    if_exists, items, cascade = _drop_list(toks)
    names = []
    for item in items:
        if len(item) != 1 or not is_name(item[0]):
            raise _err(item or toks, 0, "expected a schema name")
        names.append(item[0].value)
    if not names:
        raise _err(toks, len(toks) - 1, "expected a schema name")
    return DropSchemas(if_exists, names, cascade)


def parse_drop_types(toks: list[Token]) -> DropTypes:
    """DROP {TYPE|DOMAIN|TABLE} [IF EXISTS] name [, ...] [CASCADE | RESTRICT]"""
    if_exists, items, cascade = _drop_list(toks)
    names = []
    for item in items:
        parts, j = read_qualified_name(item, 0)
        if not parts or j != len(item):
            raise _err(item or toks, 0, f"expected a {toks[1].value} name")
        names.append(parts[-2:])
    if not names:
        raise _err(toks, len(toks) - 1, f"expected a {toks[1].value} name")
    return DropTypes(toks[1].value, if_exists, names, cascade)


def parse_create_extension(toks: list[Token]) -> CreateExtension:
    """CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [FROM v] [CASCADE]"""
    i = 2
    if_not_exists = False
    if i + 2 < len(toks) and toks[i].is_word("if") and toks[i + 1].is_word("not") and toks[i + 2].is_word("exists"):
        if_not_exists, i = True, i + 3
    name = _name(toks, i, "an extension name")
    i += 1
    schema, cascade = None, False
    while i < len(toks):
        t = toks[i]
        if t.is_word("with"):
            i += 1
        elif t.is_word("schema"):
            schema = _name(toks, i + 1, "a schema name")
            i += 2
        elif t.is_word("version", "from") and i + 1 < len(toks):
            i += 2
        elif t.is_word("cascade"):
            cascade, i = True, i + 1
        else:
            raise _err(toks, i, f"unexpected {t.value!r}")
    return CreateExtension(name, schema, if_not_exists, cascade)


def parse_alter_extension_schema(toks: list[Token]) -> Optional[tuple[str, str]]:
    """ALTER EXTENSION name SET SCHEMA s → (name, s); None for the other forms
    (UPDATE, ADD/DROP a member), which change nothing rpccheck records."""
    name = _name(toks, 2, "an extension name")
    if len(toks) > 4 and toks[3].is_word("set") and toks[4].is_word("schema"):
        new = _name(toks, 5, "a schema name")
        _expect_end(toks, 6)
        return name, new
    return None


def parse_drop_extensions(toks: list[Token]) -> tuple[list[str], bool]:
    """DROP EXTENSION [IF EXISTS] name [, ...] [CASCADE | RESTRICT] → (names, cascade)"""
    _, items, cascade = _drop_list(toks)
    names = []
    for item in items:
        if len(item) != 1 or not is_name(item[0]):
            raise _err(item or toks, 0, "expected an extension name")
        names.append(item[0].value)
    if not names:
        raise _err(toks, len(toks) - 1, "expected an extension name")
    return names, cascade


def parse_alter_schema(toks: list[Token]) -> Optional[RenameSchema]:
    """ALTER SCHEMA name RENAME TO new (OWNER TO changes nothing rpccheck records)."""
    name = _name(toks, 2, "a schema name")
    if len(toks) > 4 and toks[3].is_word("rename") and toks[4].is_word("to"):
        new = _name(toks, 5, "a new schema name")
        _expect_end(toks, 6)
        return RenameSchema(name, new)
    return None


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
