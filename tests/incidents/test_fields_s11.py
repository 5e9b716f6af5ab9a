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
