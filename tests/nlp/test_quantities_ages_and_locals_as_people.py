"""An age alone, or "a local", names a person ("killing a woman and a 17-year-old"), on sentences written for these
tests; an age before a noun ("a 16-year-old boy") or in apposition to a victim told ("The victim, a 34-year-old, ...")
adds none."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import read_casualties


def _counts(text: str) -> list[tuple[str, int | None]]:
    victims, _ = read_casualties(parse(text))
    return [(m.kind, m.casualties.stated) for m in victims]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Gunmen opened fire on a minibus in Lurgan, killing a woman and a 17-year-old.", [("killed", 2)]),
        ("A 16-year-old was killed in Lurgan on Friday.", [("killed", 1)]),
        ("A 15-year-old and his father were wounded in Lurgan.", [("injured", 2)]),
    ],
)
def test_an_age_alone_is_one_person(text: str, counts: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # near misses: the age before a noun, or in apposition to a victim already counted
        ("Gunmen killed a 16-year-old boy in Lurgan.", [("killed", 1)]),
        ("The victim, a 34-year-old, was shot in the leg.", [("injured", 1)]),
        ("Gunmen shot dead a taxi driver, a 45-year-old, in Lurgan.", [("killed", 1)]),
    ],
)
def test_an_age_beside_a_person_adds_none(text: str, counts: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A bomb went off near a mosque. Two pilgrims and one local were hurt.", [("injured", 3)]),
        ("Gunmen killed three traders and a local near the market.", [("killed", 4)]),
        # near miss: "local" before a noun qualifies it, the noun is counted once
        ("A bomb killed two local officials near the market.", [("killed", 2)]),
    ],
)
def test_a_local_is_a_person(text: str, counts: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == counts
