"""Resolve each call the way PostgREST resolves `POST /rpc/<name>`.

Rules (see docs/postgrest-rpc-rules.md, citing PostgREST's Plan.hs and
SchemaCache.hs): the function is looked up by its exact name in one schema; only
`prokind = 'f'` non-trigger functions with usable argument names are in the schema
cache; an overload matches when every required parameter is a key and every key is
a parameter; a single unnamed json/jsonb parameter takes any object on POST when
nothing matches by name; two matches are an error (PGRST203). Types play no part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Optional

from .checks import argtypes
from .model import DISPLAY, UNSAFE, Definition, Diagnostic, Edit, Fix, Function, KeySet, Location, RpcCall
from .rules import make_diagnostic

_RAW_FALLBACK_TYPES = frozenset({"json", "jsonb", "text", "xml", "bytea"})
_OPTION_KEYS = frozenset({"get", "head", "count"})
_OVERLOAD_RULES = frozenset({"ambiguous-overload", "no-matching-overload"})
# On GET, PostgREST reads these query parameters as modifiers, never as arguments (rules R6)
_GET_RESERVED = frozenset({"select", "columns", "on_conflict"})
_GET_RESERVED_LAST = frozenset({"order", "limit", "offset", "and", "or"})


def reserved_on_get(key: str) -> bool:
    return key in _GET_RESERVED or key.rsplit(".", 1)[-1] in _GET_RESERVED_LAST


@dataclass(frozen=True)
class PgrstParam:
    """A parameter as PostgREST's schema cache holds it."""

    name: str  # '' when unnamed
    type: str
    required: bool
    variadic: bool


@dataclass(frozen=True)
class Candidate:
    """A function as PostgREST's schema cache holds it: an overload a call may resolve to."""

    fn: Function
    params: tuple[PgrstParam, ...]
    # names PostgREST accepts but PostgreSQL then rejects: an OUT argument's name lent
    # to an input (quirk S5)
    broken: frozenset[str] = frozenset()

    @property
    def names(self) -> frozenset[str]:
        """Keys a call can send. With several parameters, `''` is not one: PostgREST
        would match it, then send `"" := value`, which PostgreSQL rejects (42601)."""
        if len(self.params) >= 2:
            return frozenset(p.name for p in self.params if p.name)
        return frozenset(p.name for p in self.params)

    @property
    def required(self) -> frozenset[str]:
        return frozenset(p.name for p in self.params if p.required)

    @property
    def is_json_fallback(self) -> bool:
        return len(self.params) == 1 and self.params[0].name == "" and self.params[0].type in ("json", "jsonb")

    def accepts(self, keys: frozenset[str]) -> bool:
        if not self.params:
            return not keys
        return self.required <= keys <= self.names

    def describe(self) -> str:
        parts = []
        for p in self.params:
            text = f"{p.name} {p.type}" if p.name else p.type
            if not p.required:
                text += " DEFAULT …"
            parts.append(text)
        return f"{self.fn.qualified}({', '.join(parts)})"


def in_schema_cache(fn: Function) -> bool:
    """Whether PostgREST's schema cache holds the function (what `pgrst_view` decides
    before it builds the candidate)."""
    if fn.kind != "function" or fn.returns in ("trigger", "event_trigger"):
        return False
    if not any(p.name for p in fn.params):
        inputs = fn.inputs
        if len(inputs) >= 2 or (len(inputs) == 1 and inputs[0].type not in _RAW_FALLBACK_TYPES):
            return False
    return True


def pgrst_view(fn: Function) -> Optional[Candidate]:
    """The function as PostgREST's schema cache holds it, or None if it is not there."""
    if not in_schema_cache(fn):
        return None
    inputs = fn.inputs
    # PostgREST zips proargnames (all arguments) with the input types: when an OUT
    # argument precedes an input, the input takes the OUT argument's name (quirk S5).
    all_names = [p.name or "" for p in fn.params]
    n_defaults = sum(1 for p in inputs if p.has_default)
    params = tuple(
        PgrstParam(all_names[i], p.type, i < len(inputs) - n_defaults, p.mode == "variadic")
        for i, p in enumerate(inputs)
    )
    broken = frozenset(all_names[i] for i, p in enumerate(inputs) if all_names[i] != (p.name or "") and all_names[i])
    return Candidate(fn, params, broken)


def why_not_callable(fn: Function) -> str:
    if fn.kind == "procedure":
        return "it is a procedure, and PostgREST only calls functions"
    if fn.kind in ("aggregate", "window"):
        return f"it is a {fn.kind} function, which PostgREST does not call"
    if fn.returns in ("trigger", "event_trigger"):
        return "it is a trigger function, which PostgREST does not call"
    return "its parameters have no names, and PostgREST only passes arguments by name"


class _Candidates(Mapping):
    """(schema, name) -> the candidates PostgREST holds under that name, built on first
    lookup: a run on a few files asks for a handful of the thousands of names, and
    building every candidate (frozen dataclasses, one per parameter) was most of the
    index's cost (~50 ms over 3,001 functions). Keys, their order and each list are
    what building them all up front gave."""

    def __init__(self, functions: dict[tuple[str, str], list[Function]]) -> None:
        self._functions = functions
        self._built: dict[tuple[str, str], list[Candidate]] = {}

    def __getitem__(self, key: tuple[str, str]) -> list[Candidate]:
        found = self._built.get(key)
        if found is None:
            fns = self._functions[key]  # KeyError for a name not there, as a dict's
            found = self._built[key] = [c for c in map(pgrst_view, fns) if c is not None]
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._functions

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._functions)

    def __len__(self) -> int:
        return len(self._functions)


class _Joined(Mapping):
    """Two mappings with no key in common, read as one (the first's keys first)."""

    def __init__(self, first: Mapping, second: Mapping) -> None:
        self._first, self._second = first, second

    def __getitem__(self, key):
        return self._first[key] if key in self._first else self._second[key]

    def __contains__(self, key: object) -> bool:
        return key in self._first or key in self._second

    def __iter__(self) -> Iterator:
        yield from self._first
        yield from self._second

    def __len__(self) -> int:
        return len(self._first) + len(self._second)


class _InSchemaCache(Mapping):
    """(schema, name) -> the routines of a lazily built table that PostgREST holds, for
    the names the table says have one."""

    def __init__(self, table: Mapping, keys: list[tuple[str, str]]) -> None:
        self._table, self._keys, self._known = table, keys, frozenset(keys)

    def __getitem__(self, key: tuple[str, str]) -> list[Function]:
        if key not in self._known:
            raise KeyError(key)
        return [fn for fn in self._table[key] if in_schema_cache(fn)]

    def __contains__(self, key: object) -> bool:
        return key in self._known

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class Index:
    """Lookups over a set of functions, built once per run. `dynamic` lists the SQL
    sites (path, line, DynamicDdl) that create routines rpccheck cannot see.

    `table`, when given, holds more routines by (schema, name), each list built when it is
    looked up (a catalog read from the cache, cachecodec.FunctionTable), with
    `table_callable` its names that have a routine PostgREST can call: a run on a few files
    looks up a few dozen of its thousands of names, and building them all, or indexing
    them, was most of its resolver's cost. No name of `functions` may be in `table`."""

    def __init__(
        self,
        functions: Iterable[Function],
        dynamic: Iterable = (),
        dropped_by: Callable[[Function], Optional[tuple[str, int]]] = lambda fn: None,
        types: Optional[dict] = None,
        strict_altered: Iterable[str] = (),
        table: Optional[Mapping[tuple[str, str], list[Function]]] = None,
        table_callable: Iterable[tuple[str, str]] = (),
        postings_store: Optional["PostingsStore"] = None,
    ) -> None:
        self.dynamic = list(dynamic)
        self.postings_store = postings_store  # where "did you mean" indexes are kept between runs
        # enums and domains by printed name, and functions whose STRICT an ALTER may have changed
        self.types: dict = types or {}
        self.strict_altered = frozenset(strict_altered)
        self.dropped_by = dropped_by
        routines: dict[tuple[str, str], list[Function]] = {}
        in_cache: dict[tuple[str, str], list[Function]] = {}
        for fn in functions:
            key = (fn.schema, fn.name)
            routines.setdefault(key, []).append(fn)
            if in_schema_cache(fn):
                in_cache.setdefault(key, []).append(fn)
        self.routines: Mapping[tuple[str, str], list[Function]] = routines
        if table is not None:
            self.routines = _Joined(table, routines)
            in_cache = _Joined(_InSchemaCache(table, list(table_callable)), in_cache)  # type: ignore[assignment]
        self.callable: Mapping[tuple[str, str], list[Candidate]] = _Candidates(in_cache)
        self._by_folded: Optional[dict[str, list[tuple[str, str]]]] = None
        self._schemas_of: Optional[dict[str, list[str]]] = None
        self._name_indexes: dict[Optional[str], NameIndex] = {}

    @property
    def schemas_of(self) -> dict[str, list[str]]:
        """name -> the schemas with a callable function of that name, for an unknown name's
        "it exists in schema ..." (a pass over every function per unknown name grew with
        names x functions); made when first asked for (by a call that fails)."""
        if self._schemas_of is None:
            self._index_names()
        return self._schemas_of  # type: ignore[return-value]

    @property
    def _folded(self) -> dict[str, list[tuple[str, str]]]:
        """lower-cased name -> the callable (schema, name) pairs folding to it."""
        if self._by_folded is None:
            self._index_names()
        return self._by_folded  # type: ignore[return-value]

    def _index_names(self) -> None:
        folded: dict[str, list[tuple[str, str]]] = {}
        schemas_of: dict[str, list[str]] = {}
        for schema, name in self.callable:
            folded.setdefault(name.lower(), []).append((schema, name))
            schemas_of.setdefault(name, []).append(schema)
        self._by_folded, self._schemas_of = folded, schemas_of

    def callable_in(self, schema: str) -> list[str]:
        return sorted({n for (s, n) in self.callable if s == schema})

    def names_in(self, schema: Optional[str]) -> "NameIndex":
        """Callable names of one schema (None: of every schema), indexed for "did you mean"
        once per run: a lookup must not cost a pass over thousands of names per call."""
        found = self._name_indexes.get(schema)
        if found is None:
            names = self.callable_in(schema) if schema is not None else sorted({n for (_s, n) in self.callable})
            # one schema's names are often every schema's (a project with only public):
            # the index is a function of the names alone, so the same one serves both
            same = next((ni for ni in self._name_indexes.values() if ni.names == names), None)
            found = self._name_indexes[schema] = (
                same if same is not None else NameIndex(names, postings_store=self.postings_store)
            )
        return found


@dataclass
class Settings:
    """PostgREST's settings a call is resolved with."""

    default_schema: str = "public"
    exposed_schemas: tuple[str, ...] = ("public", "graphql_public")
    exposed_explicit: bool = False


def _definition(fn: Function) -> Definition | None:
    return Definition(fn.path, fn.line) if fn.path else None


def _defined_at(fn: Function) -> str:
    if fn.source == "platform":
        return "Supabase itself (built into every project)"
    if fn.source.startswith("extension:"):  # rpccheck.sql.extension_sql
        return f"extension {fn.source[len('extension:') :]}"
    return f"{fn.path}:{fn.line}" if fn.path else "generated types"


def _close(word: str, choices: Iterable[str], cutoff: float = 0.75) -> Optional[str]:
    """The closest choice by difflib ratio (as mypy's "did you mean"), a case-only
    difference first. Choices sharing no trigram with `word` cannot reach the cutoff
    and are not compared, which keeps this cheap against thousands of names."""
    choices = list(choices)
    lowered = word.lower()
    for c in choices:
        if c.lower() == lowered and c != word:
            return c
    if len(choices) > 50:
        grams = _trigrams(lowered)
        choices = [c for c in _within_reach(word, choices, cutoff) if grams & _trigrams(c.lower())]
    import difflib

    found = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return found[0] if found else None


def _within_reach(word: str, choices: Iterable[str], cutoff: float) -> list[str]:
    """The choices whose length lets difflib's ratio reach `cutoff`: ratio is at most
    2*min(len)/(sum of lens), difflib's own `real_quick_ratio`, computed here the same way
    (so the same choices pass), before any SequenceMatcher is made (0.6x-1.67x the
    word's length at the default 0.75). Dropping the others changes no answer: difflib
    rejects them with that very bound."""
    size = len(word)
    return [c for c in choices if _reach(size, len(c)) >= cutoff]


def _reach(a: int, b: int) -> float:
    # difflib.SequenceMatcher.real_quick_ratio: _calculate_ratio(min(la, lb), la + lb)
    total = a + b
    return 2.0 * min(a, b) / total if total else 1.0


def _trigrams(s: str) -> frozenset[str]:
    padded = f"  {s} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


class NameIndex:
    """Names by trigram, for "did you mean" against thousands of names.

    A lookup counts how many trigrams each name shares with the word, and runs difflib
    only on the names that share at least half as many as the best one (a name that
    shares less cannot be the closest in practice). The first few words are counted by
    looking for each of their trigrams in every name (a substring test in C: ~3 ms over
    2,500 names); after that, from postings built once (~15 ms), one counting pass over
    the postings of the word's trigrams per lookup. A run on a few files (pre-commit)
    asks for a word or two and never builds the postings. (A fixed-size memo of per-name
    trigrams thrashed above 8,192 names and made time grow faster than the tree.)
    """

    # distinct words counted by substring tests before the postings are built
    SCANS_BEFORE_POSTINGS = 3

    def __init__(self, names: Iterable[str], postings_store: Optional["PostingsStore"] = None) -> None:
        self.names = sorted(set(names))
        # with a store (a check's cache), the postings of these names are taken from it, or
        # built once and kept there: a pre-commit run asking for a word or two then counts
        # them in one pass each, instead of a substring scan of every name per word
        self._store = postings_store
        self._by_folded: dict[str, list[str]] = {}
        self._postings: Optional[dict[str, list[int]]] = None
        self._scans = 0
        # each word's candidates, asked for by `close` and then `unique_close`, and again
        # for each call with the same unknown name: grows with the distinct names, never evicts
        self._memo: dict[tuple[str, float], list[str]] = {}
        self._closest: dict[tuple[str, float], Optional[str]] = {}
        self._unique: dict[tuple[str, float], bool] = {}
        # the candidates whose difflib quick_ratio reaches the cutoff, found by `close`
        self._passing: dict[tuple[str, float], list[str]] = {}
        by_folded = self._by_folded
        folded_get = by_folded.get
        # each name lower-cased and padded as _trigrams pads it: its trigrams are exactly
        # the 3-character substrings of this
        self._padded: list[str] = []
        padded = self._padded
        for n in self.names:
            low = n.lower()
            same = folded_get(low)
            if same is None:
                by_folded[low] = [n]
            else:
                same.append(n)
            padded.append(f"  {low} ")

    def _build_postings(self) -> dict[str, list[int]]:
        # plain get/append, not setdefault and a frozenset per name: half the cost
        postings: dict[str, list[int]] = {}
        postings_get = postings.get
        for i, text in enumerate(self._padded):
            for g in {text[j : j + 3] for j in range(len(text) - 2)}:
                posting = postings_get(g)
                if posting is None:
                    postings[g] = [i]
                else:
                    posting.append(i)
        return postings

    def close(self, word: str, cutoff: float = 0.75) -> Optional[str]:
        for c in self._by_folded.get(word.lower(), ()):
            if c != word:
                return c
        key = (word, cutoff)
        if key not in self._closest:
            self._closest[key], self._passing[key] = _closest_and_passing(word, self._candidates(word, cutoff), cutoff)
        return self._closest[key]

    def unique_close(self, word: str, cutoff: float = 0.75) -> bool:
        """True when `word` has exactly one best "did you mean" (no tie): only then may a
        fix apply the suggestion."""
        folded = [c for c in self._by_folded.get(word.lower(), ()) if c != word]
        if folded:
            return len(folded) == 1
        key = (word, cutoff)
        if key not in self._unique:
            if len(self.names) <= 50:
                self._unique[key] = _unique_close(word, self.names, cutoff)
            else:
                # `_unique_close` on the candidates: each shares a trigram with the word and has
                # a length within reach (what `_count` keeps), none is the word in other case
                # (`_by_folded` has none), so its ranking is of those passing difflib's
                # quick_ratio, which `close` has found (the ratio is symmetric; `ratio` is not)
                if key not in self._passing:
                    self.close(word, cutoff)
                self._unique[key] = _unique_among(word, self._passing[key], cutoff)
        return self._unique[key]

    def _candidates(self, word: str, cutoff: float) -> list[str]:
        if len(self.names) <= 50:
            return self.names
        key = (word, cutoff)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._count(word, cutoff)
        return found

    def _count(self, word: str, cutoff: float) -> list[str]:
        import itertools
        from collections import Counter

        # counted in C (Counter over the chained postings): the postings of common trigrams
        # (`get`, `_id`) hold most names, and a dict update per entry was most of a lookup
        grams = _trigrams(word.lower())
        if self._postings is None and self._store is not None:
            self._postings = self._store.load(self.names)
            if self._postings is None:
                self._postings = self._build_postings()
                self._store.save(self.names, self._postings)
        if self._postings is None and self._scans < self.SCANS_BEFORE_POSTINGS:
            self._scans += 1
            # a name shares a trigram when the trigram is a substring of its padded text
            padded = self._padded
            shared = Counter(itertools.chain.from_iterable([i for i, t in enumerate(padded) if g in t] for g in grams))
        else:
            if self._postings is None:
                self._postings = self._build_postings()
            postings, empty = self._postings, ()
            shared = Counter(itertools.chain.from_iterable(postings.get(g, empty) for g in grams))
        if not shared:
            return []
        floor = (max(shared.values()) + 1) // 2  # over every name: the same floor as without the length prune
        size, names = len(word), self.names
        return [
            names[i]
            for i in sorted(i for i, n in shared.items() if n >= floor and _reach(size, len(names[i])) >= cutoff)
        ]


class PostingsStore:
    """Where NameIndex postings (trigram -> indexes of the sorted names holding it) are kept
    between runs, by the names they index: `load` gives them, or None when none are kept
    (or what is kept is not what `save` wrote); `save` keeps them. Project gives one
    backed by the cache."""

    def load(self, names: list[str]) -> Optional[dict[str, list[int]]]:  # pragma: no cover - an interface
        return None

    def save(self, names: list[str], postings: dict[str, list[int]]) -> None:  # pragma: no cover - an interface
        return None


class Resolver:
    """`client_schemas()` gives the schemas clients are created for elsewhere in the
    project (`createClient(url, key, { db: { schema } })`), with where: a call on a client
    imported from such a file may target one of them instead of the default."""

    def __init__(
        self, index: Index, settings: Settings, client_schemas: Callable[[], dict[str, tuple[str, int]]] = dict
    ) -> None:
        self.index = index
        self.settings = settings
        self._client_schemas = client_schemas
        self._known_client_schemas: Optional[dict[str, tuple[str, int]]] = None

    def check(self, call: RpcCall) -> list[Diagnostic]:
        found = self._check(call)
        if call.receiver_known or call.schema is not None or call.name is None:
            return found
        if not any(d.severity in ("error", "warning") for d in found):
            return found
        if not self._may_fit_elsewhere(call.name):
            # no other schema holds the name and no dynamic SQL may create it: in every
            # client's schema the call fails too (unknown-function, or schema-not-exposed),
            # so the clients need not be looked for (a pre-commit run's walk of the tree)
            return found
        if self._known_client_schemas is None:
            self._known_client_schemas = self._client_schemas()
        for schema, (path, line) in sorted(self._known_client_schemas.items()):
            if schema == self.settings.default_schema:
                continue
            other = self._check(replace(call, schema=schema))
            if not any(d.severity in ("error", "warning") for d in other):
                return [
                    make_diagnostic(
                        "unresolved-call",
                        f"cannot tell which client this is: `{call.name}` fails in `{self.settings.default_schema}` "
                        f"but fits `{schema}.{call.name}`, and a client is created for schema `{schema}` at "
                        f"{path}:{line}",
                        call.name_loc,
                        function=call.name,
                    )
                ]
        return found

    def _may_fit_elsewhere(self, name: str) -> bool:
        """Whether the call could pass in a schema other than the default: a callable
        function of that name there, or dynamic SQL that may create it (then `_check`
        answers `info`, not an error)."""
        default = self.settings.default_schema
        if any(s != default for s in self.index.schemas_of.get(name, ())):
            return True
        return any(d.may_create(name) for _p, _ln, d in self.index.dynamic)

    def _check(self, call: RpcCall) -> list[Diagnostic]:
        if call.name is None:
            return [make_diagnostic("unresolved-call", f"cannot check this call: {call.why_unresolved}", call.name_loc)]
        out: list[Diagnostic] = []
        schema = call.schema if call.schema is not None else self.settings.default_schema
        if call.schema_unknown:
            return [
                make_diagnostic(
                    "unresolved-call",
                    f"cannot check `{call.name}`: the schema passed to `.schema()` is not a string constant",
                    call.schema_loc or call.name_loc,
                    function=call.name,
                )
            ]
        if call.schema is not None and schema not in self.settings.exposed_schemas:
            exposed = ", ".join(self.settings.exposed_schemas)
            # the default list is a guess: a project that calls .schema('x') has usually exposed x
            if self.settings.exposed_explicit:
                out.append(
                    make_diagnostic(
                        "schema-not-exposed",
                        f"schema `{schema}` is not exposed by PostgREST (exposed: {exposed}); the call fails with PGRST106",
                        call.schema_loc or call.loc,
                        function=call.name,
                        help=f"add `{schema}` to the exposed schemas, or call a wrapper function in an exposed schema",
                    )
                )
                return out
        candidates = self.index.callable.get((schema, call.name), [])
        if not candidates:
            site = next(((p, ln) for p, ln, d in self.index.dynamic if d.may_create(call.name)), None)
            if site is not None:  # unknown is not wrong: dynamic SQL may well create it
                out.append(
                    make_diagnostic(
                        "unresolved-call",
                        f"cannot check `{call.name}`: no SQL read defines it, and the dynamic SQL at "
                        f"{site[0]}:{site[1]} may create it",
                        call.name_loc,
                        function=call.name,
                    )
                )
                return out
            out.append(self._unknown_function(call, schema))
            return out
        if call.args is not None and call.args.shapes is None:
            out.append(
                make_diagnostic(
                    "unresolved-arguments",
                    f"cannot check the arguments of `{candidates[0].fn.qualified}`: {call.args.why_unknown}",
                    call.args.loc,
                    function=call.name,
                    definition=_definition(candidates[0].fn),
                )
            )
            return out
        shapes = call.args.shapes if call.args is not None else (KeySet(()),)
        arg_loc = call.args.loc if call.args is not None else call.loc
        dropped = next((site for c in candidates if (site := self.index.dropped_by(c.fn))), None)
        is_post = call.options.get("get") is not True
        if not is_post:  # keys PostgREST reads as modifiers are not sent as arguments
            shapes = tuple(
                KeySet(tuple(k for k in ks.keys if not reserved_on_get(k.name)), ks.open, ks.condition, ks.merged)
                for ks in shapes
            )
        per_shape = [self._check_shape(call, schema, candidates, ks, arg_loc, is_post) for ks in shapes]
        found = _merge(per_shape, shapes)
        if dropped is not None and any(d.rule in _OVERLOAD_RULES for d in found):
            # which overloads survive depends on SQL rpccheck did not run
            found = [d for d in found if d.rule not in _OVERLOAD_RULES] + [
                make_diagnostic(
                    "unresolved-call",
                    f"cannot choose among the overloads of `{schema}.{call.name}`: the dynamic SQL at "
                    f"{dropped[0]}:{dropped[1]} may have dropped some of them",
                    arg_loc,
                    function=call.name,
                )
            ]
        out.extend(found)
        return out

    # -- unknown function ---------------------------------------------------------------
    def _unknown_function(self, call: RpcCall, schema: str) -> Diagnostic:
        name = call.name or ""
        idx = self.index
        base = f"function `{schema}.{name}` not found"
        routines = idx.routines.get((schema, name), [])
        if routines:
            fn = routines[0]
            reason = why_not_callable(fn)
            msg = f"`{fn.qualified}` is defined at {_defined_at(fn)} but PostgREST cannot call it: {reason}"
            return make_diagnostic("unknown-function", msg, call.name_loc, function=name, definition=_definition(fn))
        elsewhere = sorted(
            (s for s in idx.schemas_of.get(name, ()) if s != schema),
            key=lambda s: (s not in self.settings.exposed_schemas, s),
        )
        if "." in name and not elsewhere:
            s, _, n = name.partition(".")
            if (s, n) in idx.callable:
                fn = idx.callable[(s, n)][0].fn
                suggestion = name
                help_text = f"call `.schema('{s}').rpc('{n}', …)`"
                msg = (
                    f"{base}: PostgREST takes `{name}` as one function name, not schema `{s}` plus "
                    f"function `{n}` (defined at {_defined_at(fn)}); {help_text}"
                )
                return make_diagnostic(
                    "unknown-function",
                    msg,
                    call.name_loc,
                    function=name,
                    suggestion=suggestion,
                    definition=_definition(fn),
                    help=help_text,
                )
        if elsewhere:
            s = elsewhere[0]
            fn = idx.callable[(s, name)][0].fn
            exposed = s in self.settings.exposed_schemas
            how = f"call it with `.schema('{s}').rpc('{name}', …)`"
            if not exposed:
                how += f" after exposing schema `{s}` in PostgREST"
            msg = f"{base}; it exists in schema `{s}` ({_defined_at(fn)}): {how}"
            return make_diagnostic(
                "unknown-function",
                msg,
                call.name_loc,
                function=name,
                suggestion=f"{s}.{name}",
                definition=_definition(fn),
                help=how,
            )
        folded = [k for k in idx._folded.get(name.lower(), []) if k[0] == schema]
        if folded:
            s, n = folded[0]
            fn = idx.callable[(s, n)][0].fn
            if n == n.lower():
                msg = (
                    f"{base}; did you mean `{n}`? PostgreSQL folds unquoted identifiers to lower case, so "
                    f"`{fn.qualified}` ({_defined_at(fn)}) is stored as `{n}`"
                )
                how = f"call `.rpc('{n}', …)`, or quote the name in SQL to keep its case"
            else:
                msg = (
                    f"{base}; did you mean `{n}`? The name was quoted in SQL ({_defined_at(fn)}), so it keeps "
                    f"its case, and PostgREST matches names exactly"
                )
                how = f"call `.rpc('{n}', …)`"
            return make_diagnostic(
                "unknown-function",
                msg,
                call.name_loc,
                function=name,
                suggestion=n,
                definition=_definition(fn),
                help=how,
                fix=_rename_function_fix(call, n, UNSAFE if len(folded) == 1 else DISPLAY),
            )
        same = idx.names_in(schema).close(name)
        if same:
            fn = idx.callable[(schema, same)][0].fn
            return make_diagnostic(
                "unknown-function",
                f"{base}; did you mean `{same}` ({_defined_at(fn)})?",
                call.name_loc,
                function=name,
                suggestion=same,
                definition=_definition(fn),
                help=f"call `.rpc('{same}', …)`",
                fix=_rename_function_fix(call, same, UNSAFE if idx.names_in(schema).unique_close(name) else DISPLAY),
            )
        other = idx.names_in(None).close(name)
        if other:
            s = sorted(idx.schemas_of[other])[0]
            fn = idx.callable[(s, other)][0].fn
            how = None
            if s != schema:
                how = f"call `.schema('{s}').rpc('{other}', …)`"
                if s not in self.settings.exposed_schemas:
                    how += f" after exposing schema `{s}` in PostgREST"
            return make_diagnostic(
                "unknown-function",
                f"{base}; did you mean `{s}.{other}` ({_defined_at(fn)})?",
                call.name_loc,
                function=name,
                suggestion=f"{s}.{other}",
                definition=_definition(fn),
                help=how,
            )
        if any(d.creates_unknown for _p, _l, d in idx.dynamic):
            p, ln, _d = next(site for site in idx.dynamic if site[2].creates_unknown)
            base += f" (the dynamic SQL at {p}:{ln} creates functions whose names rpccheck cannot read)"
        return make_diagnostic("unknown-function", base, call.name_loc, function=name)

    # -- arguments ----------------------------------------------------------------------
    def _check_shape(
        self, call: RpcCall, schema: str, cands: list[Candidate], ks: KeySet, arg_loc: Location, is_post: bool
    ) -> list[Diagnostic]:
        keys = ks.names
        all_names = frozenset().union(*(c.names for c in cands))
        fallback = [c for c in cands if c.is_json_fallback] if is_post else []
        if ks.open:
            # unknown keys may be added at run time: only keys no overload takes are certain
            if fallback:
                return []
            unknown = [k for k in ks.keys if k.name not in all_names]
            if unknown:
                return [self._unknown_param(call, cands, k, keys, ks) for k in unknown]
            if not ks.merged and not any(keys <= c.names for c in cands):
                return [self._no_overload(call, cands, arg_loc, keys)]
            return []
        matches = [c for c in cands if c.accepts(keys)]
        if len(matches) == 1:
            lent = [k for k in ks.keys if k.name in matches[0].broken]
            return [self._lent_name(call, matches[0], k) for k in lent] + self._values(call, matches[0], ks, lent)
        if len(matches) > 1:
            return [self._ambiguous(call, matches, arg_loc, keys)]
        if len(fallback) == 1:
            return []
        if len(fallback) > 1:
            return [self._ambiguous(call, fallback, arg_loc, keys)]
        if len(cands) == 1:
            c = cands[0]
            out = [self._unknown_param(call, cands, k, keys, ks) for k in ks.keys if k.name not in c.names]
            given = keys & c.names
            for p in c.params:
                if p.required and p.name not in given:
                    out.append(self._missing(call, c, p, arg_loc, keys))
            return out
        out = [self._unknown_param(call, cands, k, keys, ks) for k in ks.keys if k.name not in all_names]
        known = frozenset(k for k in keys if k in all_names)
        rest = [c for c in cands if c.accepts(known)]
        if not rest:
            out.append(self._no_overload(call, cands, arg_loc, keys))
        return out

    def _unknown_param(
        self, call: RpcCall, cands: list[Candidate], key, keys: frozenset[str], ks: Optional[KeySet] = None
    ) -> Diagnostic:
        fn = cands[0].fn
        names = list(dict.fromkeys(p.name for c in cands for p in c.params if p.name))
        unused = [n for n in names if n not in keys]
        if key.name in _OPTION_KEYS:
            hint = f"`{key.name}` is an option of `.rpc()`, not an argument: " + _option_hint(call, key.name)
            suggestion = None
        else:
            suggestion = _close(key.name, unused)
            hint = f"did you mean `{suggestion}`?" if suggestion else None
            if suggestion is None:
                suggestion = _close(key.name, [n for n in names if n in keys])
                if suggestion is not None:
                    hint = f"looks like a second spelling of `{suggestion}`, which the call already sends: remove it"
        if key.name == "" and not any(p.name == "" for c in cands for p in c.params):
            detail = "an empty key names an unnamed parameter, and"
        else:
            detail = ""
        where = fn.signature() if len(cands) == 1 else f"any overload of `{fn.qualified}`"
        if names:
            params = f"parameters: {', '.join(names)}"
        elif any(c.is_json_fallback for c in cands):
            params = "it takes one unnamed json parameter, which GET cannot pass"
        else:
            params = "it takes no parameters"
        msg = (
            f"unknown parameter `{key.name}`: {detail} not a parameter of {where}"
            if detail
            else f"unknown parameter `{key.name}` for `{fn.qualified}` ({params})"
        )
        msg += f", defined at {_defined_at(fn)}"
        single = cands[0].params if len(cands) == 1 else ()
        if len(single) == 1 and single[0].name and single[0].type in ("json", "jsonb"):
            msg += (
                f"; PostgREST before v14.2 passed the whole body to a single json parameter, v14.2 and "
                f"later pass only a `{single[0].name}` key"
            )
        if not (call.loc.line <= key.loc.line <= call.loc.end_line) or key.loc.path != call.path:
            msg += f" (sent by the call at line {call.loc.line})"
        if hint:
            msg += f"; {hint}"
        fix = None
        if suggestion is not None and suggestion in keys:
            fix = _drop_key_fix(call, key, suggestion, ks)
        elif suggestion is not None:  # a tie is offered in the editor, never applied by --fix
            fix = _rename_key_fix(call, key, suggestion, UNSAFE if _unique_close(key.name, unused) else DISPLAY)
        return make_diagnostic(
            "unknown-parameter",
            msg,
            key.loc,
            function=call.name,
            parameter=key.name,
            suggestion=suggestion,
            definition=_definition(fn),
            help=hint,
            fix=fix,
        )

    def _values(self, call: RpcCall, c: Candidate, ks: KeySet, lent: list) -> list[Diagnostic]:
        """argument-type-mismatch: literal values the resolved overload's types refuse."""
        skip = {k.name for k in lent}
        params = {p.name: p.type for p in c.params if p.name and p.name not in skip}
        return argtypes.findings(
            call,
            c.fn,
            params,
            ks.keys,
            self.index.types,
            strict_known=c.fn.name not in self.index.strict_altered,
            variadic=frozenset(p.name for p in c.params if p.variadic),
        )

    def _lent_name(self, call: RpcCall, c: Candidate, key) -> Diagnostic:
        fn = c.fn
        msg = (
            f"`{key.name}` is an OUT parameter of `{fn.qualified}` ({_defined_at(fn)}): PostgREST accepts it "
            f"because an OUT parameter precedes the inputs and lends them its name, then PostgreSQL fails "
            f"(42883, function does not exist)"
        )
        return make_diagnostic(
            "unknown-parameter",
            msg,
            key.loc,
            function=call.name,
            parameter=key.name,
            definition=_definition(fn),
            help="move OUT parameters after the IN parameters in SQL",
        )

    def _missing(self, call: RpcCall, c: Candidate, p: PgrstParam, loc: Location, keys: frozenset[str]) -> Diagnostic:
        fn = c.fn
        if p.name == "":
            msg = (
                f"`{fn.qualified}` has an unnamed required {p.type} parameter that no JSON key can pass "
                f"(defined at {_defined_at(fn)})"
            )
            return make_diagnostic(
                "missing-parameter",
                msg,
                loc,
                function=call.name,
                parameter="",
                definition=_definition(fn),
                help="name the parameter in SQL, or give it a DEFAULT",
            )
        msg = f"missing required parameter `{p.name}` ({p.type}) of `{fn.qualified}`, defined at {_defined_at(fn)}"
        help_text = f"pass `{p.name}`, or give it a DEFAULT in SQL"
        if call.options.get("get") is True and reserved_on_get(p.name):
            get = option_syntax(call.language, "get")
            msg += f"; on GET (`{get}`) PostgREST reads `{p.name}` as a modifier, not an argument"
            help_text = f"call it with POST (drop `{get}`), or rename the parameter `{p.name}` in SQL"
        missing = [q.name for q in c.params if q.required and q.name and q.name not in keys]
        return make_diagnostic(
            "missing-parameter",
            msg,
            loc,
            function=call.name,
            parameter=p.name,
            definition=_definition(fn),
            help=help_text,
            fix=_add_keys_fix(call, missing, bool(keys)),
        )

    def _no_overload(self, call: RpcCall, cands: list[Candidate], loc: Location, keys: frozenset[str]) -> Diagnostic:
        fn = cands[0].fn
        listing = "; ".join(f"{c.describe()} at {_defined_at(c.fn)}" for c in cands)
        given = ", ".join(sorted(keys)) or "no keys"
        msg = f"no overload of `{fn.qualified}` accepts ({given}); candidates: {listing}"
        best = min(cands, key=lambda c: len(c.names ^ keys))
        hint = f"closest is {best.describe()}"
        return make_diagnostic(
            "no-matching-overload", msg, loc, function=call.name, definition=_definition(best.fn), help=hint
        )

    def _ambiguous(self, call: RpcCall, matches: list[Candidate], loc: Location, keys: frozenset[str]) -> Diagnostic:
        fn = matches[0].fn
        listing = "; ".join(f"{c.describe()} at {_defined_at(c.fn)}" for c in matches)
        given = ", ".join(sorted(keys)) or "no keys"
        msg = (
            f"{len(matches)} overloads of `{fn.qualified}` accept ({given}), so PostgREST cannot choose "
            f"(PGRST203): {listing}"
        )
        return make_diagnostic(
            "ambiguous-overload",
            msg,
            loc,
            function=call.name,
            definition=_definition(fn),
            help="pass a key only one overload has, or rename parameters/drop an overload in SQL",
        )


def option_syntax(language: str, option: str) -> str:
    """How the call's client library spells turning a `.rpc()` option on, for messages that
    tell the user to add or drop it: supabase-js's options object (`{ get: true }`, written
    `get: true`), supabase-py's keyword argument (`get=True`), supabase-dart's named
    argument (`get: true`) and chained transform (`.head()`)."""
    if language == "python":
        return f"{option}=True"
    if language == "dart" and option != "get":
        return f".{option}()"
    return f"{option}: true"


def _option_hint(call: RpcCall, option: str) -> str:
    """Where the option goes in the client library the call is written for."""
    if call.language == "python":  # supabase-py: rpc(fn, params, count=None, head=False, get=False)
        return f"pass it as a keyword argument, `.rpc('{call.name}', params, {option}=…)`"
    if call.language == "dart":  # supabase-dart: rpc(fn, {params, get}); .count() and .head() are chained
        if option == "get":
            return f"pass it as a named argument, `.rpc('{call.name}', params: …, get: true)`"
        return f"chain it, `.rpc('{call.name}', params: …).{option}()`"
    return f"pass it as the third argument, `.rpc('{call.name}', args, {{ {option}: … }})`"


def _merge(per_shape: list[list[Diagnostic]], shapes: tuple[KeySet, ...]) -> list[Diagnostic]:
    """Diagnostics of several possible key sets: each once, saying when it happens
    if it does not happen for every possibility."""
    if len(per_shape) == 1:
        return per_shape[0]
    seen: dict[tuple, tuple[Diagnostic, list[str]]] = {}
    for diags, ks in zip(per_shape, shapes):
        for d in diags:
            k = (d.rule, d.parameter, d.loc.line, d.loc.column)
            if k not in seen:
                seen[k] = (d, [])
            seen[k][1].append(ks.condition)
    out = []
    for d, conds in seen.values():
        if len(conds) < len(shapes):
            when = "; ".join(c for c in conds if c) or "in some branches"
            d.message += f" ({when})"
        out.append(d)
    return out


# -- fixes ----------------------------------------------------------------------------
# Made here, with the finding, from facts the caller recorded about how the source is
# written. A fix only touches plain literal text written at the call itself: a key from
# a spread or a variable, or a name from a constant, is never rewritten.

_JS_IDENTIFIER = re.compile(r"^[A-Za-z_$][\w$]*$")


def _unique_close(word: str, choices: Iterable[str], cutoff: float = 0.75) -> bool:
    """True when `word` has exactly one best "did you mean" among `choices` (no tie)."""
    choices = list(choices)
    lowered = word.lower()
    folded = [c for c in choices if c.lower() == lowered and c != word]
    if folded:
        return len(folded) == 1
    import difflib

    # a ratio below the cutoff decides nothing (the best must reach it, and then is above
    # any such): choices whose length or quick_ratio bound cannot reach it are not ranked
    grams = _trigrams(lowered)
    ranked = []
    for c in _within_reach(word, choices, cutoff):
        if grams & _trigrams(c.lower()):
            matcher = difflib.SequenceMatcher(None, word, c)
            if matcher.quick_ratio() >= cutoff:
                ranked.append(matcher.ratio())
    ranked.sort(reverse=True)
    return bool(ranked) and ranked[0] >= cutoff and (len(ranked) == 1 or ranked[1] < ranked[0])


def _closest_and_passing(word: str, choices: list[str], cutoff: float) -> tuple[Optional[str], list[str]]:
    """`difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)` (its own steps: the
    matcher holds `word` as its second sequence, the best is the largest (ratio, choice)),
    and the choices whose `quick_ratio` reaches the cutoff, in order, for `_unique_among`."""
    import difflib  # only for a name that matches nothing

    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    best: Optional[tuple[float, str]] = None
    passing: list[str] = []
    for choice in choices:
        matcher.set_seq1(choice)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            passing.append(choice)
            ratio = matcher.ratio()
            if ratio >= cutoff and (best is None or (ratio, choice) > best):
                best = (ratio, choice)
    return (best[1] if best is not None else None), passing


def _unique_among(word: str, passing: list[str], cutoff: float) -> bool:
    """`_unique_close`'s ranking, of the choices already known to pass its filters."""
    import difflib

    ranked = [difflib.SequenceMatcher(None, word, c).ratio() for c in passing]
    ranked.sort(reverse=True)
    return bool(ranked) and ranked[0] >= cutoff and (len(ranked) == 1 or ranked[1] < ranked[0])


def _at_call(call: RpcCall, loc: Location) -> bool:
    """`loc` lies inside the call's own argument object (not in a const or spread bound elsewhere)."""
    a = call.args.loc if call.args is not None else None
    if a is None or loc.path != call.path:
        return False
    return (a.line, a.column) <= (loc.line, loc.column) and (loc.end_line, loc.end_column) <= (a.end_line, a.end_column)


def _inner(loc: Location) -> Location:
    """The text between a one-line string literal's quotes."""
    return Location(loc.path, loc.line, loc.column + 1, loc.end_line, loc.end_column - 1)


def _rename_key_fix(call: RpcCall, key, new: str, applicability: str = UNSAFE) -> Optional[Fix]:
    if not key.form or not _at_call(call, key.loc) or key.loc.line != key.loc.end_line:
        return None
    title = f"Rename key `{key.name}` to `{new}`"
    if key.form == "string":
        if "'" in new or '"' in new or "\\" in new:
            return None
        edit = Edit(_inner(key.loc), new, key.name)
    elif key.form == "identifier":
        edit = Edit(key.loc, new if _JS_IDENTIFIER.match(new) else f"'{new}'", key.name)
    else:  # shorthand `{ p_usr }` sends the variable p_usr under the key p_usr
        target = new if _JS_IDENTIFIER.match(new) else f"'{new}'"
        edit = Edit(key.loc, f"{target}: {key.name}", key.name)
    return Fix(title, (edit,), applicability)


def _drop_key_fix(call: RpcCall, key, kept: str, ks: Optional[KeySet]) -> Optional[Fix]:
    """A second spelling of a key the call already sends, with the same value: drop it."""
    if ks is None or key.removal is None or not key.form or not _at_call(call, key.loc):
        return None
    other = next((k for k in ks.keys if k.name == kept), None)
    if other is None or key.value_text is None or other.value_text != key.value_text:
        return None
    if not _at_call(call, key.removal):
        return None
    return Fix(
        f"Remove key `{key.name}` (the call already sends the same value as `{kept}`)",
        (Edit(key.removal, "", None),),
        UNSAFE,
    )


def _rename_function_fix(call: RpcCall, new: str, applicability: str = UNSAFE) -> Optional[Fix]:
    loc = call.name_loc
    if not call.name_literal or call.name is None or loc.line != loc.end_line or "'" in new or "\\" in new:
        return None
    return Fix(f"Rename function `{call.name}` to `{new}`", (Edit(_inner(loc), new, call.name),), applicability)


def _add_keys_fix(call: RpcCall, names: list[str], has_keys: bool) -> Optional[Fix]:
    """The missing parameters as keys with an `undefined` placeholder to fill in: offered
    in the editor, never applied by --fix (the call still fails until a value is given).
    In Python the placeholder is `...` (json.dumps raises TypeError on it, so nothing is
    sent until it is filled in); Dart has no value jsonEncode drops or refuses at compile
    time, so no fix is offered there."""
    if not names or any(not _JS_IDENTIFIER.match(n) for n in names) or call.language == "dart":
        return None
    if call.language == "python":
        if call.args is None:
            return None
        listing = ", ".join(f'"{n}": ...' for n in names)
    else:
        listing = ", ".join(f"{n}: undefined" for n in names)
    title = f"Add missing parameter{'s' if len(names) > 1 else ''} {', '.join(names)}"
    if call.args is None:
        if not call.name_literal or call.name_loc.path != call.path:
            return None
        end = call.name_loc
        at = Location(end.path, end.end_line, end.end_column, end.end_line, end.end_column)
        return Fix(title, (Edit(at, f", {{ {listing} }}", ""),), DISPLAY)
    a = call.args.loc
    if a.path != call.path:
        return None
    brace = Location(a.path, a.line, a.column, a.line, a.column + 1)
    text = f"{{ {listing}," if has_keys else f"{{ {listing} "
    return Fix(title, (Edit(brace, text, "{"),), DISPLAY)
