"""The one way the type rules compile a word pattern: whole words (a hyphen joins a word), any case.

The patterns are compiled on first use: a process that analyses one short article runs few of the hundred type
patterns (most are skipped by the pre-filter, or belong to rules its text never reaches), and compiling them all
cost about a tenth of a CPU-second at every start. `compile_all` compiles the rest, so a pool's workers inherit
them compiled from the parent instead of each compiling its own."""

from __future__ import annotations

import re
from typing import Any, cast

from ..nlp._prefilter import (
    finditer_filtered,
    finditer_needing,
    may_match,
    needed_of,
    needed_strings,
    needed_table,
    searchable,
)

__all__ = ["compile_all", "compile_words", "finditer_filtered", "finditer_needing", "may_match", "needed_of",
           "needed_strings", "needed_table", "searchable"]

_METHODS = ("finditer", "search", "match", "fullmatch", "findall", "sub", "subn", "split")
_LAZY: list[_LazyPattern] = []


class _LazyPattern:
    """A `re.Pattern` compiled at its first match: `pattern` and `flags` (which the pre-filter reads) are known
    before; the first other attribute asked for compiles it and keeps its bound methods, so later calls cost what
    they cost on the compiled pattern."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = int(flags if flags & re.ASCII else flags | re.UNICODE)  # what the compiled pattern reports

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy/pickle probes: not a pattern attribute
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"re.compile({self.pattern!r}, {re.RegexFlag(self.flags)!r})"


def compile_words(pattern: str) -> re.Pattern[str]:
    """`pattern` as whole words: not inside a longer word or a hyphenated compound ("gun" is not in "gunmen")."""
    lazy = _LazyPattern(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)
    _LAZY.append(lazy)
    return cast(re.Pattern[str], lazy)


def compile_all() -> None:
    """Compile every word pattern not compiled yet (before a process pool forks)."""
    for lazy in _LAZY:
        if "finditer" not in vars(lazy):
            lazy.groups  # noqa: B018 - the first attribute read compiles
