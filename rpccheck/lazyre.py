"""Regular expressions compiled on first use.

A pattern at module level is compiled when its module is imported, by every run, whether
or not the run ever matches it: typegen's fast-path expressions cost about 80 ms, argtypes'
date, time and interval ones about 2 ms, and most runs use neither."""

from __future__ import annotations

import re
from typing import Union


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`: the pattern's methods, bound once on first
    use (so a hot loop pays one attribute lookup, as with the compiled pattern)."""

    def __init__(self, pattern: Union[str, bytes], flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        pattern, flags = self._source
        compiled = re.compile(pattern, flags) if isinstance(pattern, str) else re.compile(pattern, flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value
