"""The data every stage hands to the next: SQL signatures, call sites, diagnostics.

All positions are 1-based. Columns count Unicode characters (what editors and the
text/json formats show); the UTF-16 columns SARIF wants are kept alongside because
they can only be computed while the source line is at hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True, slots=True)
class Location:
    """A span of source text (see the module docstring for how it counts)."""

    path: str
    line: int
    column: int = 1
    end_line: int = 0
    end_column: int = 0
    column_utf16: int = 0
    end_column_utf16: int = 0

    def __post_init__(self) -> None:
        # a point location spans nothing but is still a valid span
        if not self.end_line:
            object.__setattr__(self, "end_line", self.line)
        if not self.end_column:
            object.__setattr__(self, "end_column", self.column)
        if not self.column_utf16:
            object.__setattr__(self, "column_utf16", self.column)
        if not self.end_column_utf16:
            object.__setattr__(self, "end_column_utf16", self.end_column)


# parameter modes, as pg_proc.proargmodes spells them out
IN, OUT, INOUT, VARIADIC, TABLE = "in", "out", "inout", "variadic", "table"
INPUT_MODES = frozenset({IN, INOUT, VARIADIC})


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of a routine, as pg_proc describes it."""

    name: Optional[str]  # None when unnamed
    mode: str
    type: str  # as format_type() prints it
    has_default: bool = False

    @property
    def is_input(self) -> bool:
        return self.mode in INPUT_MODES


@dataclass(frozen=True, slots=True)
class Function:
    """One routine (an overload) as the schema, or the generated types, define it."""

    schema: str
    name: str
    params: tuple[Param, ...]
    kind: str = "function"  # function | procedure | aggregate | window
    returns: str = "void"
    returns_set: bool = False
    volatility: str = "volatile"
    path: str = ""
    line: int = 0
    source: str = "sql"  # sql | types (a generated database.types.ts)
    column: int = 1  # of the definition (the name's key in generated types)
    # the body visibly writes (INSERT, UPDATE, nextval(), DDL...): it fails in the read-only
    # transaction PostgREST runs GET and HEAD in; None when the body cannot tell
    writes: Optional[bool] = None
    # STRICT / RETURNS NULL ON NULL INPUT: a null argument means the body never runs
    strict: bool = False

    @property
    def inputs(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.is_input)

    @property
    def identity(self) -> tuple[str, ...]:
        """Input argument types: what makes two overloads distinct in PostgreSQL."""
        return tuple(p.type for p in self.params if p.is_input)

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    def signature(self) -> str:
        """`schema.name(a type, b type DEFAULT ...)` as users read it in messages."""
        parts = []
        for p in self.inputs:
            text = f"{p.name} {p.type}" if p.name else p.type
            if p.mode == VARIADIC:
                text = "VARIADIC " + text
            if p.has_default:
                text += " DEFAULT …"
            parts.append(text)
        return f"{self.qualified}({', '.join(parts)})"

    def to_json(self) -> dict:
        return {
            "schema": self.schema,
            "name": self.name,
            "kind": self.kind,
            "params": [
                {"name": p.name, "mode": p.mode, "type": p.type, "has_default": p.has_default} for p in self.params
            ],
            "returns": self.returns,
            "returns_set": self.returns_set,
            "volatility": self.volatility,
            "path": self.path,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class TypeDef:
    """A user type that argument values are converted to: an enum (its labels, in
    order) or a domain (its base type and what it adds). `labels` is None when the SQL
    changed the enum in a way rpccheck did not follow; `not_null` None likewise after
    an ALTER DOMAIN. The argument-type rule judges nothing it cannot know from these."""

    kind: str  # enum | domain
    labels: Optional[tuple[str, ...]] = None
    base: str = ""  # a domain's base type, as format_type() prints it
    base_typmod: Optional[str] = None  # `5` for varchar(5), `10,2` for numeric(10,2)
    not_null: Optional[bool] = False
    has_check: bool = False


@dataclass(frozen=True, slots=True)
class Value:
    """What one key's value sends, as far as the source shows it.

    Rules about values (types PostgREST cannot convert, objects in a GET query string,
    keys that are never sent) read this, never the code. `json` is the JSON text the
    client's serializer would put in the request body for the value (`"four"`, `4`,
    `true`, `null`, `[1,"a"]`, `{"a":1}`), or None when it is not a literal known
    statically. `undefined` marks `undefined` / `void 0`: JSON.stringify drops the key.
    `kind` names the shape even when `json` is None: string | number | boolean | null |
    array | object | undefined | unknown.
    """

    kind: str = "unknown"
    json: Optional[str] = None
    undefined: bool = False


UNKNOWN_VALUE = Value()


@dataclass(frozen=True, slots=True)
class Key:
    """One property of an argument object as written in the source."""

    name: str
    loc: Location
    value: Value = field(default=UNKNOWN_VALUE, compare=False, hash=False)
    # How the key is written, for fixes: "identifier" (`p_id: v`), "string" (`'p-id': v`),
    # "shorthand" (`{ p_id }`), or "" when it is not plain text at the call (computed, a
    # spread, a variable): such a key is never rewritten.
    form: str = field(default="", compare=False, hash=False)
    # What to delete to drop the whole property (with its separating comma), and the
    # value's source text (whitespace-normalised, short values only): None when unknown.
    removal: Optional[Location] = field(default=None, compare=False, hash=False)
    value_text: Optional[str] = field(default=None, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class KeySet:
    """One possibility for the keys a call sends.

    `open` means keys may exist that the source does not show (a spread or computed
    key that cannot be known): unknown keys can still be reported, missing ones can't.
    `condition` says, for a branch of a conditional, which branch this is.
    `merged` marks the union of more branches than are worth listing: its keys are
    each sent by some branch, so only keys no overload takes can be reported.
    """

    keys: tuple[Key, ...]
    open: bool = False
    condition: str = ""
    # too many branches to list: the keys of all of them, never all sent together
    merged: bool = False

    @property
    def names(self) -> frozenset[str]:
        return frozenset(k.name for k in self.keys)


@dataclass(frozen=True, slots=True)
class Args:
    """The second argument of `.rpc()`. `shapes` is None when nothing is known of it."""

    loc: Location
    shapes: Optional[tuple[KeySet, ...]]
    why_unknown: str = ""
    # keys written with the value `undefined` / `void 0`: JSON.stringify drops them, so they
    # are in no key set; kept here so `undefined-argument` can say why a key is missing
    undefined_keys: tuple[Key, ...] = ()


# How the result of a call is used: the facts `unsent-request` and `unchecked-error`
# read. A caller that cannot tell says USE_UNKNOWN, and no rule guesses.
USE_UNKNOWN = "unknown"  # not analysed, or too complex to know
USE_UNSENT = "unsent"  # the builder is dropped: never awaited, then-ed, executed, returned or stored
USE_ERROR_UNREAD = "error-unread"  # the response is awaited or then-ed and its `error` is never read
USE_ERROR_READ = "error-read"  # `error` is read in some way
USE_ESCAPES = "escapes"  # returned, passed to a function, stored: the receiver's job
USE_THROWS = "throws"  # failures raise (`.throwOnError()`, a client library that raises)
RESULT_USES = frozenset({USE_UNKNOWN, USE_UNSENT, USE_ERROR_UNREAD, USE_ERROR_READ, USE_ESCAPES, USE_THROWS})


@dataclass(frozen=True, slots=True)
class RpcCall:
    """One `.rpc()` call site, as a caller module read it from the code."""

    path: str
    loc: Location  # the whole call expression
    name: Optional[str]  # None: could not be determined statically
    name_loc: Location
    schema: Optional[str] = None  # from .schema('x'); None means the client's default
    schema_loc: Optional[Location] = None
    schema_unknown: bool = False  # .schema(expr) with an expression we cannot read
    args: Optional[Args] = None  # None: no second argument (an empty key set)
    options: dict = field(default_factory=dict, compare=False, hash=False)
    why_unresolved: str = ""
    # the client was traced, in this file, to `.schema()` or a factory call; False for a
    # client imported from elsewhere (whose default schema may have been configured there)
    receiver_known: bool = True
    # see USE_*: how the response is handled, and how, in words, for the message
    result_use: str = USE_UNKNOWN
    result_use_detail: str = ""
    language: str = "typescript"  # typescript | python | dart: which client library's behaviour applies
    # the name is a string literal written at the call (not a constant bound elsewhere):
    # only then can a fix rename it
    name_literal: bool = False
    # one branch of a conditional function name (`rpc(c ? 'a' : 'b', ...)`): which one, for the message
    name_condition: str = ""
    # the call is made through a wrapper helper (`callRpc(RPC.X, args)`): the helper's name
    via: str = ""


@dataclass(frozen=True, slots=True)
class Definition:
    """Where a function a finding is about is defined."""

    path: str
    line: int


# How sure a fix is, as ruff's applicability: SAFE keeps a working program's behaviour
# (`--fix`); UNSAFE turns a call that always fails into one that may succeed
# (`--unsafe-fixes`); DISPLAY is offered in the editor only (it needs a value filled in).
SAFE, UNSAFE, DISPLAY = "safe", "unsafe", "display"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text at `loc` (1-based, end exclusive, character columns) with
    `new_text`. `expect` is the text that must be there: a fix whose source has
    changed, or is not the plain literal the finding saw, is never applied."""

    loc: Location
    new_text: str
    expect: Optional[str]  # None: a span the caller measured (a property with its comma)


@dataclass(frozen=True, slots=True)
class Fix:
    """Edits that resolve a finding, and how sure they are (SAFE, UNSAFE, DISPLAY)."""

    title: str
    edits: tuple[Edit, ...]
    applicability: str = UNSAFE


@dataclass(slots=True)
class Diagnostic:
    """One finding: its rule, severity and message, where, and what may fix it."""

    code: str
    rule: str
    severity: str  # error | warning | info
    message: str
    loc: Location
    function: Optional[str] = None
    parameter: Optional[str] = None
    suggestion: Optional[str] = None
    definition: Optional[Definition] = None
    help: Optional[str] = None
    fix: Optional[Fix] = None  # made where the finding is made; applied by `--fix`, offered by the server

    def sort_key(self) -> tuple:
        return (self.loc.path, self.loc.line, self.loc.column, self.code)
