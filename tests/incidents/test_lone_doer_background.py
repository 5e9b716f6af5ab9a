"""An earlier attack one person did, told in a "since" clause ("security was tightened since a man drove a truck
into a crowd in Nice in 2016, killing 86 people"), is one attack with a place, date and toll: a background
incident, not a running total; a vehicle driven into a crowded place is a ramming (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "town", "dead"),
    [
        ("Security has been tightened since a man drove a truck into a crowd in Nice in 2016, killing 86 people.",
         "Nice", 86),
        ("Police said on Friday they had foiled a plot to attack a fair in Dortmund. Security at fairs has been "
         "tightened since an attacker drove a car into a crowded market in Magdeburg in December 2024, killing six "
         "people.", "Magdeburg", 6),
    ],
)
def test_a_lone_doers_attack_since_which_is_an_incident(text: str, town: str, dead: int) -> None:
    incidents = analyze(text, published="2026-12-04").incidents
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.location is not None and inc.location.name == town
    assert inc.killed is not None and inc.killed.min == dead
    assert [w.label for w in inc.weapon_types][0].startswith("Vehicle")


def test_a_conflicts_toll_since_a_year_stays_a_total() -> None:
    text = "The insurgency has killed more than 40,000 people since 2009, a report said."
    assert analyze(text, published="2026-12-04").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        # the toll is the conflict's, not the lone doer's: his act only dates the start of the count
        "More than 300 people have died in ethnic fighting in Kaduna state since a man stabbed a trader near "
        "Zaria in June.",
        "At least 50 civilians have been killed in the region since a soldier killed a student in Mopti in April.",
    ],
)
def test_a_running_toll_since_a_lone_doers_act_stays_a_total(text: str) -> None:
    assert analyze(text, published="2026-12-04").incidents == []
