"""Functions every Supabase project has without any SQL of its own.

`graphql_public.graphql` is created by Supabase (pg_graphql) in every project and is
exposed by default; calls to it must resolve even though no migration defines it.
"""

from __future__ import annotations

from .model import IN, Function, Param

SUPABASE_FUNCTIONS: tuple[Function, ...] = (
    Function(
        schema="graphql_public",
        name="graphql",
        params=(
            Param("operationName", IN, "text", True),
            Param("query", IN, "text", True),
            Param("variables", IN, "jsonb", True),
            Param("extensions", IN, "jsonb", True),
        ),
        returns="jsonb",
        source="platform",
    ),
)


def with_platform(functions: list[Function]) -> list[Function]:
    """`functions` plus the platform's own, unless the SQL or types define that name."""
    known = {(f.schema, f.name) for f in functions}
    return functions + [f for f in SUPABASE_FUNCTIONS if (f.schema, f.name) not in known]
