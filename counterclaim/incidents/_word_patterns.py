"""The one way the type rules compile a word pattern: whole words (a hyphen joins a word), any case.

The patterns are compiled on first use: a process that analyses one short article runs few of the hundred type
patterns (most are skipped by the pre-filter, or belong to rules its text never reaches), and compiling them all
cost about a tenth of a CPU-second at every start. `compile_all` compiles the rest, so a pool's workers inherit
them compiled from the parent instead of each compiling its own."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
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


_SENTENCE_MARK = re.compile(r"[.!?\n]")


@lru_cache(maxsize=8)
def _sentence_marks(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _SENTENCE_MARK.finditer(text))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (a crude split at . ! ? and line ends) holding `text[start:end]`: the marks are
    found once per text (a long passage with many matches is no longer searched again for each)."""
    marks = _sentence_marks(text)
    i = bisect_left(marks, start)
    j = bisect_left(marks, end)
    return (marks[i - 1] + 1 if i else 0), (marks[j] if j < len(marks) else len(text))


def any_in_sentence(text: str, spans: list[tuple[int, int]], start: int, end: int, before_only: bool = False) -> bool:
    """Whether one of `spans` (sorted, found once in `text`) lies in the sentence of `text[start:end]` (before
    `start` only, with `before_only`): one search per text instead of one per match."""
    first, last = sentence_around(text, start, end)
    if before_only:
        last = start
    i = bisect_left(spans, (first, -1))
    return i < len(spans) and spans[i][1] <= last
