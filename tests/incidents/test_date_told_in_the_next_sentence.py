"""An incident whose sentence gives no day takes the day of the sentence right after it when that sentence tells
the armed men's act ("... when armed men boarded the bus late on Monday"); a next sentence about something else
dates nothing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from counterclaim import analyze


def test_the_next_sentence_telling_the_armed_mens_act_dates_the_incident() -> None:
    text = ("Eleven travellers were killed in northwestern Nigeria, police said. The victims were on their way to "
            "Funtua when armed men stopped their minibus late on Monday.")
    incidents = analyze(text, published="2025-06-12").incidents
    assert len(incidents) == 1
    assert incidents[0].date.value == dt.date(2025, 6, 9)


def test_a_next_sentence_about_something_else_dates_nothing() -> None:
    text = ("Eleven travellers were killed in northwestern Nigeria, police said. Residents blocked the highway in "
            "protest on Monday.")
    incidents = analyze(text, published="2025-06-12").incidents
    assert len(incidents) == 1
    assert incidents[0].date.value is None
