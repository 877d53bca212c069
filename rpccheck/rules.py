"""Every rule rpccheck can report: code, kebab-case name, default severity and docs.

Codes and names are a contract (other tools filter on them): never renumber.
The documentation here is what `rpccheck rule` prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Definition, Diagnostic, Fix, Location

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class Rule:
    """A rule: its code, kebab name, default severity and documentation."""

    code: str
    name: str
    severity: str
    summary: str
    what: str
    why: str
    example: str
    use_instead: str
    # False: reported only when selected by name, code, prefix or ALL (`--select`, `select`)
    on_by_default: bool = True

    # the fix it offers and whether `--fix` applies it, as `rpccheck rule` shows it;
    # rules without one need not say so here (fix_doc explains the default)
    fix: str = ""

    def fix_doc(self) -> str:
        return self.fix or FIXES.get(self.name, NO_FIX)

    def docs_url(self, base: str | None = None) -> str:
        """Where an editor links the rule's code (LSP `codeDescription`)."""
        return (base or DOCS_URL).replace("{name}", self.name).replace("{code}", self.code)

    def doc(self) -> str:
        enable = (
            ""
            if self.on_by_default
            else (f"Off by default: enable it with `--select {self.name}` (or `ALL`), or `select` in the config.\n\n")
        )
        return (
            f"# {self.name} ({self.code})\n\n"
            f"Default severity: {self.severity}\n\n"
            f"{enable}"
            f"## What it does\n{self.what}\n\n"
            f"## Why is this bad?\n{self.why}\n\n"
            f"## Example\n```\n{self.example}\n```\n\n"
            f"Use instead:\n```\n{self.use_instead}\n```\n\n"
            f"## Fix\n{self.fix_doc()}\n"
        )


DOCS_URL = "https://pypi.org/project/rpccheck/#{name}"
NO_FIX = "None: no edit can make this call right without knowing what the code meant."
_UNSAFE = (
    "Unsafe (applied with `--fix --unsafe-fixes`): it turns a call that always fails into one that "
    "may succeed, so review it. "
)
# Fix descriptions by rule name, kept apart from the rule texts so that new rules merge
# without touching them. A fix never rewrites text that is not a plain literal written at
# the call: a key from a spread or a variable, a name from a constant, is left alone.
FIXES: dict[str, str] = {
    "unknown-function": _UNSAFE + "Renames the function in the string literal to the one suggestion, when "
    "there is exactly one (a case-only difference, or a single closest name in the same schema); with two "
    "equally close names the rename is only offered in the editor. A function found in another schema is "
    "not fixed: it needs `.schema()` and may need the schema exposed.",
    "unknown-parameter": _UNSAFE + "Renames a misspelled key to the one unambiguous suggestion among the "
    "parameters the call does not send yet (`{ p_usr }` becomes `{ p_user: p_usr }`; with two equally close "
    "names the rename is only offered in the editor); drops a key that no overload accepts when the same "
    "value is already sent under the right name.",
    "missing-parameter": "Display only (offered in the editor, never applied by `--fix`): adds the missing "
    "parameters as keys with an `undefined` placeholder, which the call still drops until a value is filled in.",
    "unused-suppression": "Safe (applied with `--fix`): removes the comment (the whole line when it stands "
    "alone). A `/* */` comment is not removed.",
}

RULES: tuple[Rule, ...] = (
    Rule(
        "RPC001",
        "unknown-function",
        ERROR,
        "No function of that name in the schema the call targets",
        "Checks that the function named in `.rpc('name', ...)` exists, with exactly that name, in the "
        "schema the client targets (`public` unless `.schema('x')` is used). PostgREST matches the name "
        "verbatim: case-sensitive, and a dot is part of the name, not a schema separator. Procedures, "
        "aggregates, trigger functions and functions with only unnamed non-JSON parameters are not "
        "callable and count as missing. When the name is defined in a schema file that was found but not "
        "applied (a migration not named `<timestamp>_<name>.sql`, declarative schemas beside migrations), "
        "in a `.sql` file no schema source includes (a hand-run script), or in another Supabase project "
        "of the repository, the message says where, and why it was not applied.",
        'PostgREST answers such a call with PGRST202 (HTTP 404, "Could not find the function ... in the '
        'schema cache"). supabase-js does not throw; it puts the error in `error`, which code often '
        "ignores, so the call fails silently.",
        "-- SQL: CREATE FUNCTION getUserProfile(user_id uuid) ...   (stored as getuserprofile)\n"
        "supabase.rpc('getUserProfile', { user_id })",
        "supabase.rpc('getuserprofile', { user_id })\n"
        '-- or quote the name in SQL: CREATE FUNCTION "getUserProfile"(...)',
    ),
    Rule(
        "RPC002",
        "unknown-parameter",
        ERROR,
        "An argument key that is not a parameter of the function",
        "Checks every key of the argument object against the input parameters (IN, INOUT, VARIADIC) of "
        "the function. OUT and RETURNS TABLE columns are outputs, not parameters.",
        "PostgREST never ignores an extra key: the whole call fails with PGRST202, even when every "
        "required parameter is present.",
        "-- SQL: consume_platform_credits(p_provider varchar, p_credits integer, p_cost numeric)\n"
        "supabase.rpc('consume_platform_credits', { p_provider, p_user_id, p_credits, p_cost })",
        "supabase.rpc('consume_platform_credits', { p_provider, p_credits, p_cost })",
    ),
    Rule(
        "RPC003",
        "missing-parameter",
        ERROR,
        "A parameter without DEFAULT that the call does not pass",
        "Checks that every input parameter without a DEFAULT is passed by name. A key whose value is the "
        "literal `undefined` is not sent (JSON.stringify drops it), so it does not count.",
        "PostgREST does not fill in missing parameters: the call fails with PGRST202.",
        "-- SQL: consume_platform_credits(p_provider varchar, p_credits integer, p_cost numeric)\n"
        "supabase.rpc('consume_platform_credits', { p_provider })",
        "supabase.rpc('consume_platform_credits', { p_provider, p_credits: 1, p_cost: 0.5 })\n"
        "-- or give the parameters a DEFAULT in SQL",
    ),
    Rule(
        "RPC004",
        "no-matching-overload",
        ERROR,
        "The function is overloaded and no overload accepts this set of keys",
        "For a function with several overloads, checks that exactly one accepts the call's keys: every "
        "key is one of its parameters and every parameter without DEFAULT is present.",
        "PostgREST picks an overload only by the set of keys; when none fits it answers PGRST202.",
        "-- SQL: search(q text) and search(q text, lim int)\nsupabase.rpc('search', { query: 'x', lim: 5 })",
        "supabase.rpc('search', { q: 'x', lim: 5 })",
    ),
    Rule(
        "RPC005",
        "ambiguous-overload",
        ERROR,
        "More than one overload accepts this set of keys",
        "Checks that the call's keys select a single overload. Types play no part in PostgREST's choice, "
        "so `f(a int)` and `f(a text)`, or `f(a int)` and `f(a int, b int DEFAULT 0)` called with `{a}`, "
        "are ties even where PostgreSQL itself could choose.",
        'PostgREST answers PGRST203 (HTTP 300, "Could not choose the best candidate function").',
        "-- SQL: f(a integer) and f(a integer, b integer DEFAULT 0)\nsupabase.rpc('f', { a: 1 })",
        "supabase.rpc('f', { a: 1, b: 0 })\n-- or drop one overload / rename its parameters",
    ),
    Rule(
        "RPC006",
        "schema-not-exposed",
        ERROR,
        "`.schema('x')` names a schema PostgREST does not expose",
        "Checks `.schema('x').rpc(...)` (and clients created with `db: { schema: 'x' }`) against the "
        "exposed schemas: `exposed-schemas` in the config, else `[api] schemas` in supabase/config.toml. "
        "When neither says which schemas are exposed, rpccheck trusts the code: a project that calls "
        "`.schema('x')` has usually exposed `x` in its dashboard settings.",
        'PostgREST answers PGRST106 (HTTP 406, "Invalid schema") for a schema it does not expose.',
        "supabase.schema('private').rpc('archive_org', { org_id })",
        '-- expose the schema (supabase/config.toml: [api] schemas = ["public", "api"]), or\n'
        "-- call a wrapper in an exposed schema: supabase.rpc('archive_org', { org_id })",
    ),
    Rule(
        "RPC010",
        "unchecked-error",
        WARNING,
        "The response of a call is awaited but its `error` is never read (opt-in)",
        "Reports TypeScript/JavaScript calls whose response is awaited or `.then`-ed while its `error` is "
        "never read: the awaited call as a bare statement, a destructuring without `error` "
        "(`const { data } = await ...`), an `error` binding (or `res.error`) never referenced, a `.then(cb)` "
        "whose callback ignores `error` and has no rejection handler. Silent when `.throwOnError()` is in "
        "the chain, when `error` is read in any way (a condition, `throw`, a logger, returned, spread), and "
        "when the response or the builder is returned, passed, stored or exported: then it is the "
        "receiver's job. supabase-js offers no client-wide option that makes PostgREST calls throw "
        "(`createClient`'s `throwOnError` is an auth option; postgrest-js `PostgrestClient` has "
        '"TODO: Add back shouldThrowOnError"), so only `.throwOnError()` counts. A top-level result in a '
        "Vue/Svelte/Astro script is not judged (its template may read it), nor is a call to a function "
        "the schema does not define (other libraries have `.rpc()` methods too). Off by default: existing code bases hold "
        "many such calls (a bare `await` is among the generator corpora's correct call shapes), and a first "
        "run must not bury the errors that always fail under them; select it (`--select unchecked-error`, "
        "or `ALL`) to have every unread `error` reported.",
        "supabase-js does not throw: `PostgrestBuilder.then` resolves with `{ data, error }` for a refused "
        "call and even turns a network failure into `error` unless `.throwOnError()` was called "
        "(supabase/postgrest-js at 63c5d9a, src/PostgrestBuilder.ts lines 202-232: `if (error && "
        "this.shouldThrowOnError) throw`, else `if (!this.shouldThrowOnError) { res = res.catch(...) }`). Code that never reads `error` goes on as if the call had worked: PostgREST's "
        "refusal is dropped silently. TypeScript accepts it, and typescript-eslint's no-floating-promises "
        "does not apply to an awaited call.",
        "await supabaseAdmin.rpc('consume_platform_credits', { p_provider, p_credits, p_cost })",
        "const { error } = await supabaseAdmin.rpc('consume_platform_credits', { p_provider, p_credits, p_cost })\n"
        "if (error) throw error\n"
        "// or: await supabaseAdmin.rpc(...).throwOnError()",
        on_by_default=False,
    ),
    Rule(
        "RPC011",
        "unsent-request",
        ERROR,
        "A builder never awaited, `.then`-ed, returned or stored: no request is made",
        "Reports `.rpc()` builders dropped as a statement (`supabase.rpc('f', {...});`) or under `void`; "
        "in Python (supabase-py), a builder whose `.execute()` is never called (dropped, or kept in a "
        "variable never used); in Dart (supabase_flutter), one never awaited. "
        "Only calls to a function the schema defines are judged (other libraries' `.rpc()` may be eager).",
        "supabase-js builders are lazy: `rpc()` only builds a `PostgrestFilterBuilder` (postgrest-js "
        "src/PostgrestClient.ts, `rpc`, lines 134-190: `return new PostgrestFilterBuilder({ method, url, ... })`), and the "
        "HTTP request is made inside its `then` (src/PostgrestBuilder.ts, `then`: `let res = _fetch(this.url"
        ".toString(), {...})`, lines 84-115 at postgrest-js 63c5d9a). A builder nobody awaits is never "
        "sent: the function never runs, and nothing reports it. typescript-eslint's no-floating-promises "
        "skips it, since a builder is a thenable, not a Promise.",
        "supabase.rpc('touch_session', { p_id: id })",
        "await supabase.rpc('touch_session', { p_id: id }).throwOnError()",
    ),
    Rule(
        "RPC012",
        "get-with-complex-argument",
        ERROR,
        "A `get: true` / `head: true` call with an object (or array of objects) argument",
        "Reports, for calls made with `{ get: true }` or `{ head: true }`, argument values that are object "
        "literals (or `const`s bound to one), arrays holding objects, arrays of arrays, arrays holding "
        "null, and arrays of strings that PostgreSQL's array syntax would read differently (a comma, brace, "
        "quote or backslash, edge spaces, an empty string, `NULL`). With `head: true` "
        "it is a warning: supabase-js 2.90.0 and later send such a HEAD call as a POST instead "
        "(supabase/supabase-js 0737918e, PR #1994).",
        "For GET and HEAD, supabase-js writes each argument into the query string with `` `${value}` `` "
        "(arrays as `{${value.join(',')}}`), so an object becomes the text `[object Object]` and nested "
        "arrays are flattened (postgrest-js src/PostgrestClient.ts, `rpc`). PostgREST rejects the value or "
        'hands that text to the function. Reported in supabase/supabase-js#2691 ("rpc() with get: true '
        'sends object arguments as [object Object]"; fixes proposed in PRs #2502 and #2530).',
        "supabase.rpc('search_items', { filter: { tag: 'x' } }, { get: true })",
        "supabase.rpc('search_items', { filter: { tag: 'x' } })   // POST: the body is JSON",
    ),
    Rule(
        "RPC013",
        "read-only-call-to-volatile",
        WARNING,
        "A `get: true` / `head: true` call to a VOLATILE function whose body writes",
        "Reports calls made with `{ get: true }` or `{ head: true }` to a function that is VOLATILE (the "
        "default) and whose body visibly writes: INSERT, UPDATE, DELETE, MERGE, TRUNCATE, DDL, GRANT, "
        "nextval()/setval(), SELECT ... FOR UPDATE/SHARE. A VOLATILE function that only reads works in a "
        "read-only transaction, so volatility alone is not reported; when the body cannot be judged (it "
        "calls other functions, runs dynamic SQL, uses temporary tables, is not SQL or PL/pgSQL) rpccheck "
        "says nothing.",
        "PostgREST runs GET and HEAD calls in a READ ONLY transaction whatever the volatility "
        "(PostgREST at 4834678, src/library/PostgREST/Plan.hs line 225: `(InvRead _, _) -> SQL.Read`; GET "
        "and HEAD become `InvRead` in src/library/PostgREST/ApiRequest.hs lines 133-134; the vendored "
        "hasql src/hasql/Hasql/Transaction/Private/SQL.hs line 22 writes `READ ONLY`), and PostgreSQL "
        'refuses writes there: "cannot execute UPDATE in a read-only '
        'transaction" (SQLSTATE 25006).',
        "-- SQL: CREATE FUNCTION bump_views(p_id int) RETURNS void AS $$ UPDATE posts SET views = views + 1 ... $$\n"
        "supabase.rpc('bump_views', { p_id }, { get: true })",
        "supabase.rpc('bump_views', { p_id })   // POST runs a VOLATILE function read-write",
    ),
    Rule(
        "RPC014",
        "argument-type-mismatch",
        ERROR,
        "A literal argument value PostgreSQL cannot convert to the parameter's type",
        "Checks each argument written as a literal (string, number, boolean, `null`, array or object "
        "literal, a template without substitutions, a `const` bound to one) against the type of the "
        "parameter it is passed to, once the call resolves to exactly one overload, and decides it the "
        "way PostgreSQL decides it through the SQL PostgREST builds. POST (the default): the JSON body "
        "is one `json` parameter and the arguments are columns of `json_to_record($1) AS "
        '_("p_credits" integer, ...)`, then `f("p_credits" := pgrst_body."p_credits")` '
        "(PostgREST `src/library/PostgREST/Query/QueryBuilder.hs` `callPlanToQuery`, lines 170-193, and "
        "`Query/SqlFragment.hs` `fromJsonBodyF`, lines 306-345, at commit 4834678; v9 to v12.1 read the body with "
        "`json_to_recordset`, which converts every value the same way). PostgreSQL's "
        "`populate_record_field` (`src/backend/utils/adt/jsonfuncs.c`) hands a JSON string's text, or any other value's JSON text (`4`, "
        '`true`, `{"a":1}`), to the type\'s input function, fills array columns from JSON arrays '
        "element by element, and reads JSON `null` as NULL. GET and HEAD (`{ get: true }`, "
        "`{ head: true }`): postgrest-js writes each value into the query string with `${value}` and "
        "arrays as `{a,b}` (`src/PostgrestClient.ts`, lines 162-175), so `null` is the text `null`, and "
        'PostgREST passes each as an `unknown` parameter cast to the type, `f("p" := $1::integer)` '
        "(`QueryBuilder.hs` `fmtArgs`, lines 194-206; `Plan.hs` `callReadPlan`, lines 220-223; since "
        "v13.0). supabase-js 2.90 and later send a HEAD call whose arguments hold an object as a POST "
        "instead (`packages/core/postgrest-js/src/PostgrestClient.ts`, lines 400-421): such calls, and HEAD "
        "calls with values not known statically, are not checked. The type in both is PostgREST's `type::regtype::text`, with `character` read as "
        "`character varying` so that lengths are ignored (`SchemaCache.hs` `funcsSqlQuery`, lines "
        "403-415); a parameter's own typmod is never kept by PostgreSQL, but a domain's is "
        "(`varchar(5)` domains refuse longer text). A function whose only parameter is an unnamed "
        "json/jsonb takes the whole body and is not checked. Also reported: `null` for a parameter of a "
        "STRICT function, which PostgreSQL answers with null without running the function. Covered: "
        "smallint, integer, bigint, numeric, real, double precision, boolean, text, varchar, char, uuid, "
        "date, time, timestamp, timestamptz, interval, json, jsonb, arrays of these, enums (their labels "
        "as CREATE TYPE and ALTER TYPE ... ADD/RENAME VALUE leave them) and domains (their base type, "
        "typmod and NOT NULL). Silent where the answer depends on the server or its settings: "
        "PostgreSQL 16 reads `0x1F` and `1_000` as integers, 17 reads `infinity` as an interval, "
        "DateStyle decides `01/02/2024`, the time zone settings decide zone names; and silent for CHECK "
        "constraints, composite types and values that are not literals. tests/test_argtypes_oracle.py "
        "sends over 3,000 (literal, type) pairs through this SQL to PostgreSQL 15 and requires rpccheck's "
        "verdict to match on every one it judges, and the date/time ones again under other DateStyle, "
        "TimeZone and IntervalStyle settings to show the verdicts do not depend on them.",
        "PostgREST refuses the call with HTTP 400 and PostgreSQL's error (`22P02 invalid input syntax for "
        'type integer: "four"`, `22008 date/time field value out of range`, `22001 value too long`, '
        "`invalid input value for enum`), every time, for every user (PostgREST's `mapSQLtoHTTP` in "
        "`Error.hs`, lines 545-595). supabase-js does not throw, so a route that ignores `error` fails silently. A "
        "STRICT function given null does nothing and reports success.",
        "-- SQL: consume_credits(p_user_id uuid, p_credits integer, p_kind credit_kind)\n"
        "--      CREATE TYPE credit_kind AS ENUM ('purchase', 'refund')\n"
        "supabase.rpc('consume_credits', { p_user_id: 'abc', p_credits: 'four', p_kind: 'Refund' })",
        "supabase.rpc('consume_credits', {\n"
        "  p_user_id: '550e8400-e29b-41d4-a716-446655440000', p_credits: 4, p_kind: 'refund' })",
    ),
    Rule(
        "RPC015",
        "undefined-argument",
        WARNING,
        "An argument key whose value is `undefined`: it is never sent",
        "Reports keys written as `k: undefined` or `k: void 0`. JSON.stringify drops them (and for GET, "
        "supabase-js filters them out), so the call is resolved as if the key were absent: a required "
        "parameter is then reported missing, or another overload is chosen, and this finding says why. A "
        "key set to `undefined` after a spread (`{ ...args, p_secret: undefined }`) is a deliberate "
        "removal and not reported.",
        "A key that looks passed is not: PostgREST never sees it, and SQL NULL is not what the function gets.",
        "supabase.rpc('set_status', { p_id, p_note: undefined })",
        "supabase.rpc('set_status', { p_id, p_note: null })   // sends SQL NULL\n"
        "supabase.rpc('set_status', { p_id })                 // uses p_note's DEFAULT",
    ),
    Rule(
        "RPC100",
        "unresolved-call",
        INFO,
        "The function name or target schema cannot be known statically",
        "Reports calls whose function name is not a string literal, a template literal without "
        "substitutions, or a `const` bound to one in the same file, so rpccheck cannot check them.",
        "Nothing is wrong with the call as far as rpccheck can tell; it just cannot check it. Listed so "
        "that an unchecked call is visible rather than silently passed.",
        "const fn = pickFunction(kind)\nsupabase.rpc(fn, args)",
        "const FN = 'refresh_totals' as const\nsupabase.rpc(FN, args)",
    ),
    Rule(
        "RPC101",
        "unresolved-arguments",
        INFO,
        "The argument object cannot be known statically",
        "Reports calls whose second argument is not an object literal or a `const` bound to one in an "
        "enclosing scope of the same file (for example a function parameter or a computed value). The "
        "function name is still checked; the keys are not.",
        "Nothing is known to be wrong; the keys simply cannot be checked.",
        "export function save(args: Args) {\n  return supabase.rpc('save_item', args)\n}",
        "return supabase.rpc('save_item', { p_id: args.id, p_name: args.name })",
    ),
    Rule(
        "RPC200",
        "schema-parse-error",
        WARNING,
        "A SQL statement that defines routines could not be read",
        "Reports SQL files rpccheck cannot read: an unterminated quote, comment or dollar-quoted "
        "string (the rest of the file cannot be cut into statements), a binary, non-UTF-8 or too large "
        "file. Statements are read by PostgreSQL's own grammar (libpg_query); a statement that "
        "grammar rejects is not this rule but `schema-statement-rejected`.",
        "A file rpccheck cannot read defines signatures it cannot check calls against.",
        "CREATE FUNCTION f() RETURNS text AS $$ SELECT 'x' LANGUAGE sql;  -- $$ never closed",
        "CREATE FUNCTION f() RETURNS text AS $$ SELECT 'x' $$ LANGUAGE sql;",
    ),
    Rule(
        "RPC201",
        "source-error",
        WARNING,
        "A source file could not be read",
        "Reports code files that are binary, not valid UTF-8, too large, or unreadable. Calls in them "
        "are not checked (for invalid UTF-8, they are read with replacement characters).",
        "A file rpccheck cannot read is a file whose calls go unchecked.",
        "src/lib/api.ts saved as UTF-16 or Latin-1",
        "save the file as UTF-8",
    ),
    Rule(
        "RPC202",
        "dynamic-sql",
        INFO,
        "SQL that may create routines rpccheck cannot see",
        "Reports `DO` blocks and other dynamic SQL in schema files whose text mentions creating, "
        "dropping or altering functions. rpccheck does not run SQL, so routines made this way are "
        "unknown to it. When the created names can be read as a pattern (`format('create function "
        "report_%s(...)', ...)`), calls to matching names are reported as `unresolved-call` (info) "
        "instead of `unknown-function`.",
        "A call to a function created dynamically may be reported as unknown, and a function dropped "
        "dynamically may still look callable.",
        "DO $$ BEGIN\n  EXECUTE format('CREATE FUNCTION %I() RETURNS int ...', 'f_' || x);\nEND $$;",
        "-- write the CREATE FUNCTION statement out, or add the function to the generated types\n"
        "CREATE FUNCTION f_a() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
    ),
    Rule(
        "RPC203",
        "skipped-schema-file",
        INFO,
        "A schema file that was found but not applied",
        "Reports `.sql` files in a migrations directory whose names do not follow the Supabase CLI's "
        "`<timestamp>_<name>.sql` pattern. The CLI does not apply them, so rpccheck does not either.",
        "A migration that is never applied defines nothing; code that depends on it fails at run time.",
        "supabase/migrations/add_credits.sql",
        "supabase/migrations/20240101120000_add_credits.sql",
    ),
    Rule(
        "RPC204",
        "schema-statement-rejected",
        WARNING,
        "A SQL statement PostgreSQL itself rejects",
        "Reports a schema statement that PostgreSQL would refuse, with PostgreSQL's own error: a "
        "syntax error (PostgreSQL's grammar, through libpg_query), `CREATE OR REPLACE FUNCTION` "
        "changing the result or the OUT row type, a parameter without a default after one with a "
        "default, `VARIADIC` not last, `serial` as a parameter type, `DROP FUNCTION` of a function "
        "that does not exist (without IF EXISTS), an ambiguous DROP, a rename onto an existing name. "
        "A rejected statement changes nothing (a failed `DROP FUNCTION a(), b()` drops neither). In a "
        "Supabase migration (`supabase/migrations/<timestamp>_<name>.sql`) it undoes more: `supabase "
        "db push`, `migration up` and `db reset` send each file as one batch "
        "(supabase/cli at 1d1e719, apps/cli-go/pkg/migration/file.go, `MigrationFile.ExecBatch`: "
        '"ExecBatch is implicitly transactional"), so nothing of that file is applied, and '
        "`ApplyMigrations` (apps/cli-go/pkg/migration/apply.go; called by internal/db/push, "
        "internal/migration/up and, through MigrateAndSeed, internal/db/reset) returns at the first "
        "error, so no later migration runs either; "
        "rpccheck replays exactly that. Any other SQL file is replayed as `psql -f` runs it: the "
        "statement fails and the next one runs.",
        "The migration fails where it is applied: every function it and the later migrations define is "
        "missing from a database built from the repository, and calls to them fail at run time.",
        "CREATE FUNCTION f(a int, OUT total int) ...;\n"
        "CREATE OR REPLACE FUNCTION f(a int, OUT total bigint) ...;  -- cannot change return type",
        "DROP FUNCTION f(int);\nCREATE FUNCTION f(a int, OUT total bigint) ...;",
    ),
    Rule(
        "RPC300",
        "schema-drift",
        INFO,
        "A function known only from the generated types, not from SQL",
        "Reports functions that appear in Supabase's generated `database.types.ts` but in none of the "
        "SQL files rpccheck read (for example, created in the dashboard). Calls to them are checked "
        "against the types. Functions in the schema of an extension the SQL creates (`CREATE EXTENSION "
        "x SCHEMA s`), and in the schemas Supabase manages, are not reported. With several types files, "
        "each function is reported once, in the first file that lists it.",
        "The database has a function that the repository's SQL does not define: a fresh database built "
        "from the migrations would not have it.",
        "-- function created in the Supabase dashboard, present only in database.types.ts",
        "-- add a migration that creates it: supabase db diff -f add_my_function",
    ),
    Rule(
        "RPC301",
        "stale-types",
        WARNING,
        "Generated types disagree with the SQL about a function's parameters",
        "Compares each function defined both in SQL and in the generated types: when their parameter "
        "lists differ, the types are out of date (or the SQL is).",
        "Type-checked code that follows stale types calls the function with the wrong keys, and tsc cannot tell.",
        "-- SQL: f(p_id uuid, p_limit int)   types: f: { Args: { p_id: string } }",
        "-- regenerate: supabase gen types typescript --local > database.types.ts",
    ),
    Rule(
        "RPC302",
        "types-disagree",
        INFO,
        "Two generated types files disagree with each other",
        "Compares the generated types files of one project with each other (one per app or package is "
        "normal) and reports, once per pair, the functions they list differently. Each call is checked "
        "with the types nearest to it (the types file sharing the longest folder path with the call's "
        "file), and a function only the types know counts once however many files repeat it.",
        "Types generated at different times or from different databases mean that code in one package "
        "type-checks against a function signature another package no longer sees.",
        "-- packages/cli/src/supabase.types.ts:   f: { Args: { org_id: string } }\n"
        "-- supabase/functions/_shared/supabase.types.ts:   f: { Args: { p_org_id: string } }",
        "-- regenerate both: supabase gen types typescript --local > <each types file>",
    ),
    Rule(
        "RPC900",
        "unused-suppression",
        WARNING,
        "An rpccheck-ignore comment that suppresses nothing",
        "Reports `rpccheck-ignore[...]` comments that match no finding on their line (or the next line, "
        "when the comment stands alone), nor anywhere in an `.rpc()` call that starts on that line.",
        "Stale suppressions hide the next real problem on that line and mislead readers.",
        "// rpccheck-ignore[unknown-parameter]: legacy key\nsupabase.rpc('f', { p_id })  // no finding here",
        "supabase.rpc('f', { p_id })",
    ),
)

BY_NAME = {r.name: r for r in RULES}
BY_CODE = {r.code: r for r in RULES}


def lookup(key: str) -> Rule | None:
    """A rule by code (case-insensitive) or kebab-case name."""
    return BY_CODE.get(key.upper()) or BY_NAME.get(key.lower())


def make_diagnostic(
    name: str,
    message: str,
    loc: Location,
    *,
    function: str | None = None,
    parameter: str | None = None,
    suggestion: str | None = None,
    definition: Definition | None = None,
    help: str | None = None,
    severity: str | None = None,
    fix: Fix | None = None,
) -> Diagnostic:
    rule = BY_NAME[name]
    return Diagnostic(
        code=rule.code,
        rule=rule.name,
        severity=severity or rule.severity,
        message=message,
        loc=loc,
        function=function,
        parameter=parameter,
        suggestion=suggestion,
        definition=definition,
        help=help,
        fix=fix,
    )
