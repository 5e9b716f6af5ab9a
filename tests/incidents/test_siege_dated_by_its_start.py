"""A lede that dates a siege by the day it ended ("Troops stormed the hotel on Sunday, ending a 14-hour siege")
dates the incident by the day it began when the text tells it ("The siege began on Saturday night"); with no
start told, the end day stays. Sentences written for these tests."""

from __future__ import annotations

from counterclaim import analyze

_PUBLISHED = "2026-09-16"  # a Wednesday


def _date(text: str) -> str | None:
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert len(incidents) == 1
    return str(incidents[0].date.value) if incidents[0].date.value else None


def test_the_day_the_siege_began_dates_it() -> None:
    text = ("Commandos stormed a lakeside hotel in Kisumu on Sunday, ending a 14-hour siege by gunmen in which nine "
            "guests were killed. The siege began on Saturday night when four attackers forced their way inside.")
    assert _date(text) == "2026-09-12"


def test_a_siege_with_no_start_told_keeps_the_end_day() -> None:
    text = ("Commandos stormed a lakeside hotel in Kisumu on Sunday, ending a siege by gunmen in which nine guests "
            "were killed.")
    assert _date(text) == "2026-09-13"
