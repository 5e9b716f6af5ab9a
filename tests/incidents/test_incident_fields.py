"""Incident fields end to end on short articles written for these tests: dates and counts that hang on
a second victim, a quoted toll, a named holiday, an ongoing siege and targets from non-victim words."""

from __future__ import annotations

from counterclaim import analyze


def _one(text: str, published: str):
    incidents = analyze(text, published=published).incidents
    assert len(incidents) == 1, incidents
    return incidents[0]


def test_second_victim_with_a_participle_keeps_the_count_and_the_date():
    inc = _one("Gunmen shot dead a health worker and the guard protecting him in Khyber district "
               "on Tuesday.", "2025-03-14")
    assert inc.killed is not None and (inc.killed.min, inc.killed.max) == (2, 2)
    assert str(inc.date.value) == "2025-03-11"


def test_ongoing_siege_is_dated_by_the_day_it_began():
    # the lede dates a day the siege was still going on; the next sentence tells the day it began
    text = ("Armed men were still holding nine staff hostage at a supermarket in Rosario, Argentina, on Saturday, "
            "a day after the standoff began. The men burst into the store shortly after opening on Friday, "
            "police said.")
    inc = _one(text, "2025-09-21")
    assert str(inc.date.value) == "2025-09-19"


def test_still_negotiating_day_gives_way_to_the_seizure_day():
    text = ("Police were still negotiating with the hijackers on Thursday. The hijackers seized the bus near "
            "Garissa on Tuesday.")
    inc = _one(text, "2025-06-13")
    assert str(inc.date.value) == "2025-06-10"
