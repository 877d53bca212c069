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
        "Reports SQL files rpccheck cannot read: an unterminated quote, comment or dollar-quoted "
        "string (the rest of the file cannot be cut into statements), a binary, non-UTF-8 or too large "
        "file. Statements are read by PostgreSQL's own grammar (libpg_query); a statement that "
        "grammar rejects is not this rule but `schema-statement-rejected`.",
        "A file rpccheck cannot read defines signatures it cannot check calls against.",
        "CREATE FUNCTION f() RETURNS text AS $$ SELECT 'x' LANGUAGE sql;  -- $$ never closed",
        "CREATE FUNCTION f() RETURNS text AS $$ SELECT 'x' $$ LANGUAGE sql;",
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
        "RPC204", "schema-statement-rejected", WARNING,
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
        "\"ExecBatch is implicitly transactional\"), so nothing of that file is applied, and "
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
