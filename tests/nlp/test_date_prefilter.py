"""The date patterns' pre-filter (`_prefilter.finditer_filtered`) skips a pattern only when the text cannot match it:
the dates found are the same as with every pattern run."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from counterclaim.nlp import _prefilter
from counterclaim.nlp.dates import _PATTERNS, find_dates
from counterclaim.nlp.pipeline import load_pipeline

PUB = dt.date(2024, 3, 8)

TEXTS = [
    "Gunmen killed four people on Tuesday, a day after a bombing on March 3 in the same district.",
    "Gunmen attacked the village two days ago, on the tenth anniversary of the coup; the next day it was over.",
    "On June 27, 1976, hijackers seized a plane. A week later, on July 3, commandos stormed the airport.",
    "A bomb exploded last week in the market; officials said earlier this month that threats had grown.",
    "The body was found on 18 March, three days after he was abducted from his home in the village.",
    "The ſame day, yesterday morning, TWO DAYS EARLIER, the militia struck on Sunday (2024-03-03).",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _found(nlp: Language, text: str) -> list[tuple[str, str, int, int]]:
    return [(str(d.date.value), d.date.basis, d.date.evidence.start, d.date.evidence.end)  # type: ignore[union-attr]
            for d in find_dates(nlp(text), PUB)]


@pytest.mark.parametrize("text", TEXTS)
def test_filtered_dates_equal_all_patterns_run(nlp, monkeypatch, text):
    filtered = _found(nlp, text)
    monkeypatch.setattr(_prefilter, "may_match", lambda needed, low: True)
    assert filtered == _found(nlp, text)
    assert filtered


def test_every_date_pattern_needs_some_string():
    needed = [_prefilter.needed_of(p) for _, p in _PATTERNS]
    assert all(n is not None for n in needed)
    low = _prefilter.searchable("Militants attacked a convoy, the army said.")
    assert sum(_prefilter.may_match(n, low) for n in needed) < len(needed) // 2
