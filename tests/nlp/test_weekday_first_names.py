"""A weekday written as a person's first name ("police spokesman Sunday Okoro", common in West African names) dates
nothing; the weekday of a day still does (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.dates import find_dates, weekday_names_a_person
from counterclaim.nlp.pipeline import load_pipeline

PUB = dt.date(2026, 11, 24)  # a Tuesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _days(nlp: Language, text: str) -> list[str]:
    return [d.date.evidence.text for d in find_dates(nlp(text), PUB) if d.date.evidence]


@pytest.mark.parametrize("text", [
    "Gunmen killed 18 people in the village of Ngyong, police spokesman Sunday Okoro said.",
    "Gunmen killed 18 people in the village of Ngyong, said council chairman Monday Kassah.",
    "Sunday Abutu, a police spokesman, said gunmen killed 18 people in the village.",
    "Gunmen killed 18 people in the village, according to Friday Eze, a local leader.",
])
def test_a_first_name_is_no_day(nlp: Language, text: str) -> None:
    assert _days(nlp, text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("Gunmen killed 18 people in the village of Ngyong on Sunday, police said.", "on Sunday"),
    ("An attack Sunday killed two more people in Mushu, police said.", "Sunday"),
    ("Gunmen attacked the village late on Saturday, police spokesman Sunday Okoro said.", "on Saturday"),
    ("Sunday night's attack killed 18 people, police said.", "Sunday night"),
])
def test_a_day_is_still_a_day(nlp: Language, text: str, day: str) -> None:
    assert _days(nlp, text) == [day]


def test_a_spokesman_named_sunday_neither_dates_nor_joins_the_attacks() -> None:
    text = ("Gunmen killed 18 people in the village of Ngyong on Friday night, police spokesman Sunday Okoro said.\n\n"
            "On Sunday, gunmen attacked the village of Mushu, 15 kilometres away, killing 12 people, Okoro said.")
    incidents = analyze(text, published=str(PUB)).incidents
    assert [str(i.date.value) for i in incidents] == ["2026-11-20", "2026-11-22"]


@pytest.mark.parametrize("text", [
    "Police said that on Sunday Okoro, a local chief, was shot dead.",
    "Last Monday Kassah, a police spokesman, said the attackers fled.",
])
def test_a_weekday_after_a_day_word_is_a_day_for_segmenter_and_date_finder_alike(nlp: Language, text: str) -> None:
    """"on/last" before a weekday makes it a day for the date finder and for the segmenter's time markers
    (`weekday_names_a_person`), one rule for both."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text in {"Sunday", "Monday"})
    assert not weekday_names_a_person(tok)
    assert any(tok.text in e for e in _days(nlp, text))
