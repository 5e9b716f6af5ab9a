"""Digest sections: a round-up's paragraphs that open with a country label in capitals ("PAKISTAN: Gunmen ...").

A weekly round-up tells one incident per country under such labels. The label is a boundary (incidents of two
sections never merge) and names the country of the towns in its section, whatever the headline lists.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..codebooks.iso3166 import country_by_name

_LABEL = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z .'\u2019-]{2,40}):[ \t]+(?=\S)")


@lru_cache(maxsize=64)
def section_labels(text: str) -> tuple[tuple[int, str], ...]:
    """(offset of the label, ISO alpha-2) for each paragraph opening with a country label; empty unless the text
    has two or more (one label is a heading, not a digest)."""
    out: list[tuple[int, str]] = []
    for m in _LABEL.finditer(text):
        country = country_by_name(m.group(1).strip().title())
        if country is not None:
            out.append((m.start(1), country.alpha2))
    return tuple(out) if len(out) >= 2 else ()


def section_of(text: str, offset: int) -> int:
    """0 before the first label (the headline and intro), else the 1-based number of the section holding offset."""
    return bisect_right([start for start, _ in section_labels(text)], offset)


def section_country(text: str, offset: int) -> str | None:
    """The alpha-2 code of the label of the section holding offset, if the text is a digest."""
    labels = section_labels(text)
    n = section_of(text, offset)
    return labels[n - 1][1] if n else None
