"""rpccheck: catch Supabase/PostgREST `.rpc()` calls that PostgREST would reject."""

from . import _precompiled

__version__ = "0.1.0"

_precompiled.install()  # before any module of the package defines a dataclass
