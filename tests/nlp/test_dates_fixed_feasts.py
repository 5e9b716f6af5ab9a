"""Feasts on a fixed day of the year ("on Christmas Eve", "New Year's Day", "Boxing Day") date the day, as "24
December" does: the latest such day on or before publication, or the year named after it (sentences written for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from counterclaim.nlp.dates import find_dates
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Gunmen attacked a church in the village of Kauru on Christmas Eve, killing six worshippers.",
     dt.date(2026, 12, 28), "2026-12-24"),
    ("Gunmen attacked a church on Christmas Day, killing six worshippers.", dt.date(2027, 3, 1), "2026-12-25"),
    ("A bomb exploded at a bar in Kampala on New Year's Eve, killing two people.", dt.date(2027, 1, 3),
     "2026-12-31"),
    ("A grenade was thrown into a crowd on New Year's Day, wounding nine people.", dt.date(2027, 1, 3),
     "2027-01-01"),
    ("The attack on Christmas Day 2024 killed 35 people at a market.", dt.date(2026, 3, 3), "2024-12-25"),
    ("Militants raided the post on Boxing Day.", dt.date(2026, 12, 30), "2026-12-26"),
])
def test_a_fixed_feast_dates_its_day(nlp: Language, text: str, published: dt.date, value: str) -> None:
    assert [(str(d.date.value), d.date.precision) for d in find_dates(nlp(text), published)] == [(value, "day")]


def test_a_feast_after_publication_is_last_years(nlp: Language) -> None:
    found = find_dates(nlp("Gunmen attacked a church on Christmas Eve."), dt.date(2026, 12, 20))
    assert [str(d.date.value) for d in found] == ["2025-12-24"]


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 people in Tsafe village on Sunday as families got ready for Christmas Day celebrations.",
    "Bandits stormed a market on Sunday, the bloodiest raid since Christmas Eve.",
    "Gunmen killed nine farmers on Sunday, the first attack in the area since New Year's Day.",
    "Troops were deployed ahead of Christmas Day after gunmen killed nine farmers on Sunday.",
])
def test_a_feast_named_as_milestone_or_modifier_is_no_date(nlp: Language, text: str) -> None:
    """Only "on/during/at" a feast, or a feast with its year, dates an event; after "since", "ahead of" or
    before a noun it modifies, the weekday keeps the attack's day."""
    found = find_dates(nlp(text), dt.date(2025, 3, 2))
    assert [str(d.date.value) for d in found] == ["2025-03-02"]
