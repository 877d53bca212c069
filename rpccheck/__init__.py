"""rpccheck: catch Supabase/PostgREST `.rpc()` calls that PostgREST would reject."""

__version__ = "0.1.0"
