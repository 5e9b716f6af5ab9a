"""A lasting event the text dates only by the day it ended ("The siege ended on Sunday after three days") takes
that day, a day it was still going on; a day it began, when told, still wins (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a guesthouse in Kismayo, killing 11 people. The siege ended on Sunday after three days, "
        "officials said.",
        "The siege of a guesthouse in Kismayo ended on Sunday after two days, officials said. Gunmen had stormed "
        "the guesthouse, killing 11 people.",
        "Gunmen seized a hospital in Kismayo and held 40 patients. The standoff was over on Sunday, police said.",
    ],
)
def test_the_day_a_siege_ended_dates_it_when_nothing_else_does(text: str) -> None:
    inc = analyze(text, published="2024-04-10").incidents[0]
    assert inc.date.value == dt.date(2024, 4, 7)
    assert inc.date.evidence is not None and inc.date.evidence.text == "on Sunday"


def test_the_day_it_began_wins_over_the_day_it_ended() -> None:
    inc = analyze("Security forces ended the siege of a guesthouse in Kismayo on Sunday. Gunmen had stormed the "
                  "guesthouse on Thursday, killing 11 people.", published="2024-04-10").incidents[0]
    assert inc.date.value == dt.date(2024, 4, 4)


def test_an_end_of_something_else_dates_nothing() -> None:
    # talks, a curfew or a visit that ended are no part of the attack
    inc = analyze("Gunmen stormed a guesthouse in Kismayo, killing 11 people. The curfew ended on Sunday, "
                  "officials said.", published="2024-04-10").incidents[0]
    assert inc.date.value is None


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed seven people in Kirkuk, police said. The battle for the province ended on March 3, 2019.",
        "A car bomb killed seven people in Kirkuk, police said. A long political crisis ended on Sunday.",
        "A car bomb killed seven people in Kirkuk, police said. Fighting in the north ended on Sunday.",
        "A car bomb killed seven people in Kirkuk, police said. Students ended their occupation of the campus on "
        "Sunday.",
        # a siege's end says nothing of a bombing that is no siege
        "A car bomb killed seven people in Kirkuk, police said. The siege of a hotel in the capital ended on Sunday.",
    ],
)
def test_the_end_of_a_battle_or_crisis_does_not_date_an_attack(text: str) -> None:
    inc = analyze(text, published="2024-04-10").incidents[0]
    assert inc.date.value is None

