"""Live blogs: entries that open with a clock time ("18:40 - Police now say 26 died"), often newest first.

Reading order is then no order of time: the entry on top is the latest, so a figure below it is an earlier
report (DESIGN.md: the current figure wins)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

ENTRY = re.compile(
    r"^[ \t]*(\d{1,2})[:.](\d\d)(?:[ \t]*([ap])\.?m\b\.?)?(?:[ \t]+(?:GMT|UTC|local\s+time|[A-Z]{2,4}T))?"
    r"[ \t]*(?:[-\u2013\u2014|:]|$)",
    re.M | re.I,
)
"""A line that opens with a clock time and a dash or nothing else: "18:40 - ...", "6.15pm GMT \u2014 ..."."""


_DAY = 24 * 60


def _minutes(m: re.Match[str]) -> int | None:
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def opens_entry(line: str) -> bool:
    """The line opens a timed entry, so it is no headline."""
    return ENTRY.match(line) is not None


@lru_cache(maxsize=8)
def _newest_first(text: str) -> tuple[int, ...]:
    """Where the entries start when two or more carry clock times that run backwards (newest on top);
    empty otherwise, since entries in time order are already read in order.

    Each step between entries is read the shorter way round the clock, so a blog that crosses midnight
    ("00:15" above "23:40") still runs backwards, and "23:40" above "00:15" runs forwards; the whole blog
    spans less than a day."""
    found = [(m.start(), _minutes(m)) for m in ENTRY.finditer(text)]
    times = [t for _, t in found if t is not None]
    if len(times) < 2 or len(times) < len(found):
        return ()
    back = [(a - b) % _DAY for a, b in zip(times, times[1:], strict=False)]
    if any(not 0 < d < _DAY // 2 for d in back) or sum(back) >= _DAY:
        return ()
    return tuple(s for s, _ in found)


def in_time_order(text: str) -> Callable[[int], tuple[int, int]]:
    """A sort key for character offsets that reads a newest-first blog's entries oldest first (each entry
    in its own order); text above the first entry comes first, as it does in any other text."""
    starts = _newest_first(text)

    def key(offset: int) -> tuple[int, int]:
        entry = sum(1 for s in starts if s <= offset)  # 0 above the first entry, else 1..n from the top
        return (0 if entry == 0 else len(starts) + 1 - entry, offset)

    return key
