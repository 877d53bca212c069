"""Checks over facts the callers and the SQL reader have already gathered (never code)."""
