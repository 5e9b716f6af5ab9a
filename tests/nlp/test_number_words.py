"""Cardinal number words: one table (nlp._ordinals.CARDINAL_NUMBERS) for the casualty reader's counts and the
date reader's days, so "eleven days ago" resolves as "eleven people" counts. On sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from counterclaim.nlp import dates, quantities
from counterclaim.nlp._ordinals import CARDINAL_NUMBERS
from counterclaim.nlp.dates import find_dates
from counterclaim.nlp.pipeline import load_pipeline

PUB = dt.date(2025, 5, 20)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_one_table_of_cardinals() -> None:
    assert quantities._UNITS is CARDINAL_NUMBERS
    assert {w: n for w, n in dates._SMALL.items() if w not in {"a", "an"}} == {
        w: n for w, n in CARDINAL_NUMBERS.items() if n}


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen stormed the village two days ago, residents said.", ("2025-05-18", "two days ago")),
    # the date reader stopped at "ten"; the casualty reader's table goes on to "nineteen"
    ("The convoy was ambushed eleven days ago on the road to Gao.", ("2025-05-09", "eleven days ago")),
    ("The pastor was abducted fourteen days ago from his church.", ("2025-05-06", "fourteen days ago")),
])
def test_days_ago_in_words(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    got = [(str(d.date.value), d.date.evidence.text) for d in find_dates(nlp(text), PUB) if d.date.evidence]
    assert expected in got


def test_days_later_in_words(nlp: Language) -> None:
    text = "The trader was kidnapped near the river on April 2. His body was found twelve days later."
    got = [(str(d.date.value), d.date.evidence.text) for d in find_dates(nlp(text), PUB) if d.date.evidence]
    assert ("2025-04-14", "twelve days later") in got
