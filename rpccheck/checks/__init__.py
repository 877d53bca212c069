"""Checks that read the facts callers and the SQL reader gathered; none parses code."""
