"""An earlier attack told beside the incident keeps its own day: "days after a similar attack on Christmas Eve" lends
the incident no date, and "The day before, a bomb had killed two" is another incident even in the same town, a day
apart (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

PUB = "2026-01-06"  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a church in Jos on Sunday, killing six worshippers, days after a similar attack on "
        "Christmas Eve.",
        "Gunmen attacked a church in Jos on Sunday, killing six worshippers. The raid came weeks after a similar "
        "attack on December 12.",
    ],
)
def test_the_day_of_an_earlier_attack_after_days_dates_nothing(text: str) -> None:
    incidents = analyze(text, published=PUB).incidents
    assert [str(i.date.value) for i in incidents] == ["2026-01-04"]


@pytest.mark.parametrize(
    "second",
    [
        "The day before, a bomb had killed two traders in the same town.",
        "On Saturday, a roadside bomb killed two soldiers in the city.",
        "A day earlier, gunmen shot dead a pastor in the town.",
        # any doers named by their conduct, not only by their weapon
        "A day earlier, bandits shot dead a pastor in the town.",
        "A day earlier, militants killed two farmers in the town.",
    ],
)
def test_an_act_by_a_new_doer_on_the_day_before_is_another_incident(second: str) -> None:
    text = f"Gunmen attacked a market in Maiduguri on Sunday, killing six people. {second}"
    incidents = analyze(text, published=PUB).incidents
    assert [str(i.date.value) for i in incidents] == ["2026-01-04", "2026-01-03"]
    assert incidents[0].killed is not None and incidents[0].killed.min == 6


@pytest.mark.parametrize(
    "second",
    [
        "On Monday, two more victims died in hospital.",
        "On Monday, the gunmen killed two more people as they fled the town.",
    ],
)
def test_the_same_doers_or_later_deaths_stay_with_the_incident(second: str) -> None:
    text = f"Gunmen attacked a market in Maiduguri on Sunday, killing six people. {second}"
    assert len(analyze(text, published=PUB).incidents) == 1
