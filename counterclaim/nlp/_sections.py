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
def _labels(text: str) -> tuple[tuple[int, int, str], ...]:
    out: list[tuple[int, int, str]] = []
    for m in _LABEL.finditer(text):
        name = m.group(1).strip()
        country = country_by_name(name.title())
        if country is not None:
            out.append((m.start(1), m.start(1) + len(name), country.alpha2))
    return tuple(out) if len(out) >= 2 else ()


def section_labels(text: str) -> tuple[tuple[int, str], ...]:
    """(offset of the label, ISO alpha-2) for each paragraph opening with a country label; empty unless the text
    has two or more (one label is a heading, not a digest)."""
    return tuple((start, code) for start, _, code in _labels(text))


def section_label(text: str, offset: int) -> tuple[int, int, str] | None:
    """(start, end, ISO alpha-2) of the label of the section holding offset, if the text is a digest."""
    n = section_of(text, offset)
    return _labels(text)[n - 1] if n else None


def section_of(text: str, offset: int) -> int:
    """0 before the first label (the headline and intro), else the 1-based number of the section holding offset."""
    return bisect_right([start for start, _ in section_labels(text)], offset)


def section_country(text: str, offset: int) -> str | None:
    """The alpha-2 code of the label of the section holding offset, if the text is a digest."""
    label = section_label(text, offset)
    return label[2] if label else None
