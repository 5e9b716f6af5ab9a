"""A cheap test before a costly regex: the strings one of which every match of a pattern contains, read off its
parse tree, looked for in the lower-cased text with `in` before the pattern is run."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from re import _constants as C  # the parse tree's op codes (no public API)
from re import _parser as P

from .._diskcache import cached_json

# A pre-filter: each whole-word pattern opens with a look-behind, which keeps the regex engine from skipping
# ahead to a likely start, so it tries its alternation at every word of the text; a text that holds none of
# the strings one of which every match must contain is skipped with a few substring tests.
_LIMIT = 64
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
"""The characters that ignore-case matching takes for an ASCII letter while `str.lower` does not give it alone
(dotted and dotless i, long s, Kelvin sign): a text holding one is searched unfiltered."""


def _best(cands: list[set[str] | None]) -> set[str] | None:
    best = None
    for c in cands:
        if c and "" not in c:
            key = (min(map(len, c)), -len(c))
            if best is None or key > best[0]:
                best = (key, c)
    return best[1] if best else None


def _seq(items) -> tuple[set[str] | None, set[str] | None]:
    """(every string the sequence can match if few, lower-cased; strings one of which any match contains). When
    the first is known the second is already it (or None when it holds ""), so no caller falls back on the first."""
    run, cands, broken = {""}, [], False
    for op, av in items:
        exact, needed = _node(op, av)
        if exact is not None and len(run) * len(exact) <= _LIMIT:
            run = {a + b for a in run for b in exact}
            continue
        broken = True
        cands.append(run)
        if exact is not None:
            run = exact
        else:
            cands.append(needed)  # None or a set: _best passes over what is empty
            run = {""}
    cands.append(run)
    return (None if broken else run), _best(cands)


def _node(op, av) -> tuple[set[str] | None, set[str] | None]:
    if op is C.LITERAL:
        ch = chr(av)
        return ({ch.lower()} if ch.isascii() else None), None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}, None
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.BRANCH:
        infos = [_seq(alt) for alt in av[1]]
        exact = None
        if all(e is not None for e, _ in infos):
            exact = set().union(*(e for e, _ in infos if e is not None))
            if len(exact) > _LIMIT:
                exact = None
        needs = [n for _, n in infos]
        return exact, (None if any(not n for n in needs) else set().union(*needs))  # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        exact, needed = _seq(sub)
        if lo == hi == 1:
            return exact, needed
        if lo == 0:
            return ((exact | {""}) if hi == 1 and exact is not None else None), None
        return None, needed
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is C.LITERAL:
                chars.add(chr(a))
            elif o is C.RANGE and a[1] - a[0] < 10:
                chars.update(map(chr, range(a[0], a[1] + 1)))
            else:
                return None, None
        if len(chars) > 10 or not all(c.isascii() for c in chars):
            return None, None
        return {c.lower() for c in chars}, None
    return None, None


def needed_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of `pattern` contains (none of them holding another), or
    None when no such set is found ("blast", "bomb", ... for the bombing words)."""
    try:
        needed = _seq(P.parse(pattern.pattern, pattern.flags))[1]
    except Exception:  # noqa: BLE001 - a private parser that changed shape: no filter, the pattern always runs
        return None
    if not needed:
        return None
    return tuple(sorted(s for s in needed if not any(t != s and t in s for t in needed)))


def needed_table(name: str, patterns: Sequence[re.Pattern[str]]) -> tuple[tuple[str, ...] | None, ...]:
    """`needed_strings` of each of `patterns`, kept in the on-disk cache under `name` (the entry's key holds a
    digest of the package's code, so a changed pattern makes a new one): parsing the type rules' patterns again
    cost about a tenth of a CPU-second at every start."""
    def build() -> list[list[str] | None]:
        return [None if found is None else list(found) for found in map(needed_strings, patterns)]

    def read(rows: object) -> tuple[tuple[str, ...] | None, ...]:
        if not isinstance(rows, list) or len(rows) != len(patterns):
            raise ValueError("needed strings of other patterns")
        out: list[tuple[str, ...] | None] = []
        for row in rows:
            if row is not None and not (isinstance(row, list) and row and all(isinstance(s, str) for s in row)):
                raise ValueError("a needed-strings row of the wrong shape")
            out.append(None if row is None else tuple(row))
        return tuple(out)

    return cached_json(f"needed-{name}", [], build, read)


def searchable(text: str) -> str | None:
    """`text` lower-cased for `may_match`, or None when a character in it folds otherwise."""
    return None if not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text) else text.lower()


def may_match(needed: tuple[str, ...] | None, low: str | None) -> bool:
    """False only when the text (`searchable`) holds none of a pattern's `needed_strings`."""
    return needed is None or low is None or any(s in low for s in needed)


def finditer_needing(pattern: re.Pattern[str], needed: tuple[str, ...] | None, text: str, low: str | None
                     ) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, not run when the text (`searchable`) lacks all of the `needed` strings."""
    return pattern.finditer(text) if may_match(needed, low) else ()


@cache
def needed_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """`needed_strings` of a compiled pattern, read once per pattern."""
    return needed_strings(pattern)


def finditer_filtered(pattern: re.Pattern[str], text: str, low: str | None) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, not run when the text (`searchable`) lacks all of the pattern's `needed_of`."""
    return finditer_needing(pattern, needed_of(pattern), text, low)
