"""Feast days and named days are no relative weekdays, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.dates import find_dates
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _dates(nlp: Language, text: str, published: dt.date) -> list[tuple[str, str]]:
    out = []
    for d in find_dates(nlp(text), published):
        ev = d.date.evidence
        assert ev is not None and text[ev.start : ev.end] == ev.text
        out.append((str(d.date.value), ev.text))
    return out


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the year before the feast names it; Easter 2016 was March 27
        ("The cell planned the 2016 Easter Sunday attack on a park.", dt.date(2024, 6, 3),
         [("2016-03-27", "2016 Easter Sunday")]),
        # without a year, the latest such feast by publication (Easter 2024 was March 31)
        ("Gunmen attacked a chapel on Good Friday.", dt.date(2024, 4, 2), [("2024-03-29", "Good Friday")]),
        ("Gunmen attacked a chapel on Good Friday.", dt.date(2024, 3, 1), [("2023-04-07", "Good Friday")]),
        ("A bomb went off outside a cathedral on Ash Wednesday.", dt.date(2024, 2, 20),
         [("2024-02-14", "Ash Wednesday")]),
        # a name of a day dates nothing
        ("Marchers remembered Bloody Sunday in the city.", dt.date(2024, 2, 20), []),
    ],
)
def test_feasts(nlp: Language, text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert _dates(nlp, text, published) == expected


def test_background_feast_bombing_is_not_dated_last_sunday():
    text = ("The network is blamed for the 2016 Easter Sunday bombing that killed 70 people at a park in "
            "Lahore, Pakistan.")
    incidents = analyze(text, published="2024-06-05").incidents
    assert incidents and str(incidents[0].date.value) == "2016-03-27"
