"""Every rule rpccheck can report: code, kebab-case name, default severity and docs.

Codes and names are a contract (other tools filter on them): never renumber.
The documentation here is what `rpccheck rule` prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Definition, Diagnostic, Location

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str
    what: str
    why: str
    example: str
    use_instead: str

    def doc(self) -> str:
        return (
            f"# {self.name} ({self.code})\n\n"
            f"Default severity: {self.severity}\n\n"
            f"## What it does\n{self.what}\n\n"
            f"## Why is this bad?\n{self.why}\n\n"
            f"## Example\n```\n{self.example}\n```\n\n"
            f"Use instead:\n```\n{self.use_instead}\n```\n"
        )


RULES: tuple[Rule, ...] = (
    Rule(
        "RPC001", "unknown-function", ERROR,
        "No function of that name in the schema the call targets",
        "Checks that the function named in `.rpc('name', ...)` exists, with exactly that name, in the "
        "schema the client targets (`public` unless `.schema('x')` is used). PostgREST matches the name "
        "verbatim: case-sensitive, and a dot is part of the name, not a schema separator. Procedures, "
        "aggregates, trigger functions and functions with only unnamed non-JSON parameters are not "
        "callable and count as missing.",
        "PostgREST answers such a call with PGRST202 (HTTP 404, \"Could not find the function ... in the "
        "schema cache\"). supabase-js does not throw; it puts the error in `error`, which code often "
        "ignores, so the call fails silently.",
        "-- SQL: CREATE FUNCTION getUserProfile(user_id uuid) ...   (stored as getuserprofile)\n"
        "supabase.rpc('getUserProfile', { user_id })",
        "supabase.rpc('getuserprofile', { user_id })\n"
        "-- or quote the name in SQL: CREATE FUNCTION \"getUserProfile\"(...)",
    ),
    Rule(
        "RPC002", "unknown-parameter", ERROR,
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
        "RPC003", "missing-parameter", ERROR,
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
        "RPC004", "no-matching-overload", ERROR,
        "The function is overloaded and no overload accepts this set of keys",
        "For a function with several overloads, checks that exactly one accepts the call's keys: every "
        "key is one of its parameters and every parameter without DEFAULT is present.",
        "PostgREST picks an overload only by the set of keys; when none fits it answers PGRST202.",
        "-- SQL: search(q text) and search(q text, lim int)\n"
        "supabase.rpc('search', { query: 'x', lim: 5 })",
        "supabase.rpc('search', { q: 'x', lim: 5 })",
    ),
    Rule(
        "RPC005", "ambiguous-overload", ERROR,
        "More than one overload accepts this set of keys",
        "Checks that the call's keys select a single overload. Types play no part in PostgREST's choice, "
        "so `f(a int)` and `f(a text)`, or `f(a int)` and `f(a int, b int DEFAULT 0)` called with `{a}`, "
        "are ties even where PostgreSQL itself could choose.",
        "PostgREST answers PGRST203 (HTTP 300, \"Could not choose the best candidate function\").",
        "-- SQL: f(a integer) and f(a integer, b integer DEFAULT 0)\n"
        "supabase.rpc('f', { a: 1 })",
        "supabase.rpc('f', { a: 1, b: 0 })\n"
        "-- or drop one overload / rename its parameters",
    ),
    Rule(
        "RPC006", "schema-not-exposed", ERROR,
        "`.schema('x')` names a schema PostgREST does not expose",
        "Checks `.schema('x').rpc(...)` (and clients created with `db: { schema: 'x' }`) against the "
        "exposed schemas: `exposed-schemas` in the config, else `[api] schemas` in supabase/config.toml. "
        "When neither says which schemas are exposed, rpccheck trusts the code: a project that calls "
        "`.schema('x')` has usually exposed `x` in its dashboard settings.",
        "PostgREST answers PGRST106 (HTTP 406, \"Invalid schema\") for a schema it does not expose.",
        "supabase.schema('private').rpc('archive_org', { org_id })",
        "-- expose the schema (supabase/config.toml: [api] schemas = [\"public\", \"api\"]), or\n"
        "-- call a wrapper in an exposed schema: supabase.rpc('archive_org', { org_id })",
    ),
    Rule(
        "RPC014", "argument-type-mismatch", ERROR,
        "A literal argument value PostgreSQL cannot convert to the parameter's type",
        "Checks each argument written as a literal (string, number, boolean, `null`, array or object "
        "literal, a template without substitutions, a `const` bound to one) against the type of the "
        "parameter it is passed to, once the call resolves to exactly one overload, and decides it the "
        "way PostgreSQL decides it through the SQL PostgREST builds. POST (the default): the JSON body "
        "is one `json` parameter and the arguments are columns of `json_to_record($1) AS "
        "_(\"p_credits\" integer, ...)`, then `f(\"p_credits\" := pgrst_body.\"p_credits\")` "
        "(PostgREST `src/library/PostgREST/Query/QueryBuilder.hs` `callPlanToQuery`, lines 170-193, and "
        "`Query/SqlFragment.hs` `fromJsonBodyF`, lines 306-345, at commit 4834678; v9 to v12.1 read the body with "
        "`json_to_recordset`, which converts every value the same way). PostgreSQL's "
        "`populate_record_field` (`src/backend/utils/adt/jsonfuncs.c`) hands a JSON string's text, or any other value's JSON text (`4`, "
        "`true`, `{\"a\":1}`), to the type's input function, fills array columns from JSON arrays "
        "element by element, and reads JSON `null` as NULL. GET and HEAD (`{ get: true }`, "
        "`{ head: true }`): postgrest-js writes each value into the query string with `${value}` and "
        "arrays as `{a,b}` (`src/PostgrestClient.ts`, lines 162-175), so `null` is the text `null`, and "
        "PostgREST passes each as an `unknown` parameter cast to the type, `f(\"p\" := $1::integer)` "
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
        "type integer: \"four\"`, `22008 date/time field value out of range`, `22001 value too long`, "
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
        "RPC100", "unresolved-call", INFO,
        "The function name or target schema cannot be known statically",
        "Reports calls whose function name is not a string literal, a template literal without "
        "substitutions, or a `const` bound to one in the same file, so rpccheck cannot check them.",
        "Nothing is wrong with the call as far as rpccheck can tell; it just cannot check it. Listed so "
        "that an unchecked call is visible rather than silently passed.",
        "const fn = pickFunction(kind)\nsupabase.rpc(fn, args)",
        "const FN = 'refresh_totals' as const\nsupabase.rpc(FN, args)",
    ),
    Rule(
        "RPC101", "unresolved-arguments", INFO,
        "The argument object cannot be known statically",
        "Reports calls whose second argument is not an object literal or a `const` bound to one in an "
        "enclosing scope of the same file (for example a function parameter or a computed value). The "
        "function name is still checked; the keys are not.",
        "Nothing is known to be wrong; the keys simply cannot be checked.",
        "export function save(args: Args) {\n  return supabase.rpc('save_item', args)\n}",
        "return supabase.rpc('save_item', { p_id: args.id, p_name: args.name })",
    ),
    Rule(
        "RPC200", "schema-parse-error", WARNING,
        "A SQL statement that defines routines could not be read",
        "Reports SQL that rpccheck cannot read (an unterminated quote, comment or parenthesis, a "
        "routine header it cannot parse, a binary or non-UTF-8 file) and statements PostgreSQL "
        "itself would reject while replaying migrations (CREATE of a function that already exists, "
        "DROP FUNCTION of a procedure, an ambiguous DROP, a rename onto an existing name). The run goes "
        "on; such statements change nothing in rpccheck's catalog, as they change nothing in PostgreSQL.",
        "A signature rpccheck cannot read is a signature it cannot check calls against.",
        "CREATE FUNCTION f(a int RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;",
        "CREATE FUNCTION f(a int) RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;",
    ),
    Rule(
        "RPC201", "source-error", WARNING,
        "A source file could not be read",
        "Reports code files that are binary, not valid UTF-8, too large, or unreadable. Calls in them "
        "are not checked (for invalid UTF-8, they are read with replacement characters).",
        "A file rpccheck cannot read is a file whose calls go unchecked.",
        "src/lib/api.ts saved as UTF-16 or Latin-1",
        "save the file as UTF-8",
    ),
    Rule(
        "RPC202", "dynamic-sql", INFO,
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
        "RPC203", "skipped-schema-file", INFO,
        "A schema file that was found but not applied",
        "Reports `.sql` files in a migrations directory whose names do not follow the Supabase CLI's "
        "`<timestamp>_<name>.sql` pattern. The CLI does not apply them, so rpccheck does not either.",
        "A migration that is never applied defines nothing; code that depends on it fails at run time.",
        "supabase/migrations/add_credits.sql",
        "supabase/migrations/20240101120000_add_credits.sql",
    ),
    Rule(
        "RPC300", "schema-drift", INFO,
        "A function known only from the generated types, not from SQL",
        "Reports functions that appear in Supabase's generated `database.types.ts` but in none of the "
        "SQL files rpccheck read (for example, created in the dashboard). Calls to them are checked "
        "against the types.",
        "The database has a function that the repository's SQL does not define: a fresh database built "
        "from the migrations would not have it.",
        "-- function created in the Supabase dashboard, present only in database.types.ts",
        "-- add a migration that creates it: supabase db diff -f add_my_function",
    ),
    Rule(
        "RPC301", "stale-types", WARNING,
        "Generated types disagree with the SQL about a function's parameters",
        "Compares each function defined both in SQL and in the generated types: when their parameter "
        "lists differ, the types are out of date (or the SQL is).",
        "Type-checked code that follows stale types calls the function with the wrong keys, and tsc "
        "cannot tell.",
        "-- SQL: f(p_id uuid, p_limit int)   types: f: { Args: { p_id: string } }",
        "-- regenerate: supabase gen types typescript --local > database.types.ts",
    ),
    Rule(
        "RPC900", "unused-suppression", WARNING,
        "An rpccheck-ignore comment that suppresses nothing",
        "Reports `rpccheck-ignore[...]` comments that match no finding on their line (or the next line, "
        "when the comment stands alone).",
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
    )
