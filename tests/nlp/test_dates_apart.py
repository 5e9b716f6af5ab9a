"""A date a clause puts some days before the day just named, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.dates import find_dates
from counterclaim.nlp.pipeline import load_pipeline

PUB = dt.date(2025, 5, 20)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trader's body was found on April 9 near the river, three days after he was kidnapped.",
         [("2025-04-09", "April 9"), ("2025-04-06", "three days after")]),
        ("Police arrested two men on May 2, a day after the mayor was shot.",
         [("2025-05-02", "May 2"), ("2025-05-01", "a day after")]),
        # a noun phrase after 'after' is the older reading: the day of the event it dates, plus the days
        ("The raid came a day after a bombing on May 3.", [("2025-05-04", "a day after"), ("2025-05-03", "May 3")]),
    ],
)
def test_days_after_a_clause(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(str(d.date.value), d.date.evidence.text) for d in find_dates(nlp(text), PUB) if d.date.evidence]
    assert got == expected


def test_abduction_dated_by_the_discovery_less_the_days():
    text = ("The body of radio presenter Tomas Ruiz was found on April 9 on a road outside Tijuana, Mexico, "
            "three days after he was abducted from his studio by armed men.")
    incidents = analyze(text, published="2025-05-20").incidents
    assert incidents and str(incidents[0].date.value) == "2025-04-06"


def test_a_date_inside_the_after_phrase_dates_the_attack():
    # the date closes the attack's phrase after 'after', not the rumours that followed it
    text = ("Fake videos were shared widely after the Magdeburg car attack in December 2024, in which six people "
            "died.")
    incidents = analyze(text, published="2025-05-20").incidents
    assert incidents and str(incidents[0].date.value) == "2024-12-01"


def test_days_before_an_attack_date_the_warning_not_the_attack(nlp: Language):
    text = ("The consulate had warned its citizens of possible attacks two days before a gunman opened fire at "
            "a hotel in Garoua on Sunday.")
    got = [(str(d.date.value), d.date.evidence.text) for d in find_dates(nlp(text), PUB) if d.date.evidence]
    assert got == [("2025-05-18", "on Sunday")]
