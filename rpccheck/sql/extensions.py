"""What Supabase projects have that a bare PostgreSQL has not: its schemas, and the
types that well-known extensions create.

Supabase's `postgres` role runs with `search_path = "$user", public, extensions`,
and the dashboard creates extensions `WITH SCHEMA extensions`; migrations then
spell an extension's types either way (`vector(1536)`, `extensions.vector`), and
PostgreSQL records one type for both.
"""

from __future__ import annotations

# The search_path of Supabase's `postgres` role, which runs migrations.
SUPABASE_SEARCH_PATH = ("$user", "public", "extensions")

# Schemas every Supabase project has, whether or not a migration creates them.
SUPABASE_SCHEMAS = frozenset(
    """extensions auth storage vault graphql graphql_public realtime pgsodium pgsodium_masks net
    cron supabase_functions supabase_migrations pgbouncer""".split()
)

# The schema the Supabase dashboard creates extensions in.
SUPABASE_EXTENSION_SCHEMA = "extensions"

# Extension name → the types CREATE EXTENSION makes in its schema (array types go
# with their element types). The contrib lists are pg_type's on PostgreSQL 15
# (types depending on the extension); pgvector's and PostGIS's are their own docs'.
EXTENSION_TYPES: dict[str, tuple[str, ...]] = {
    "vector": ("vector", "halfvec", "sparsevec"),
    "citext": ("citext",),
    "hstore": ("hstore", "ghstore"),
    "ltree": ("ltree", "lquery", "ltxtquery", "ltree_gist"),
    "postgis": (
        "geometry",
        "geography",
        "box2d",
        "box3d",
        "box2df",
        "gidx",
        "spheroid",
        "geometry_dump",
        "valid_detail",
    ),
    "cube": ("cube",),
    "earthdistance": ("earth",),
    "isn": ("isbn", "isbn13", "ean13", "issn", "issn13", "ismn", "ismn13", "upc"),
    "seg": ("seg",),
    "pg_trgm": ("gtrgm",),
    "intarray": ("query_int", "intbig_gkey"),
    "lo": ("lo",),
    "uuid-ossp": (),
    "pgcrypto": (),
}

# Extensions that CREATE EXTENSION ... CASCADE creates first, in the same schema.
EXTENSION_REQUIRES: dict[str, tuple[str, ...]] = {"earthdistance": ("cube",)}

# Type name → the extension that makes it.
TYPE_EXTENSION: dict[str, str] = {t: ext for ext, types in EXTENSION_TYPES.items() for t in types}
