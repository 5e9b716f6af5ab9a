"""One table of what lasts and is said to end (`segment._ONGOING_NOUNS`), read both where a date's own clause ends
it ("stormed the hotel on Sunday, ending the standoff") and where it ends on its own ("the standoff ended on
Sunday"); the vaguer words ("ending the ordeal") only in such a clause (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents import segment

_PUBLISHED = "2026-09-16"  # a Wednesday


def _date(text: str) -> str | None:
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert len(incidents) == 1
    return str(incidents[0].date.value) if incidents[0].date.value else None


@pytest.mark.parametrize("ended", ["standoff", "ordeal"])
def test_the_day_a_standoff_began_dates_it(ended: str) -> None:
    text = (f"Commandos stormed a lakeside hotel in Kisumu on Sunday, ending a 14-hour {ended} with gunmen in which "
            "nine guests were killed. The siege began on Saturday night when four attackers forced their way inside.")
    assert _date(text) == "2026-09-12"


def test_what_is_ended_in_a_clause_holds_every_ongoing_noun() -> None:
    assert segment._ONGOING_NOUNS < segment._DRAWN_OUT
    assert not {"crisis", "occupation"} & segment._ONGOING_NOUNS
