"""A number that counts a share of people ("nine of its crew members", "14 of the passengers") is the object of
the act, never a score: "shot a 68" stays a sports metaphor."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded a chemical tanker off Cotonou and kidnapped seven of its crew members, the operator said.",
        "Pirates boarded a cargo ship off Lagos on Sunday and seized three of its sailors.",
        "Bandits blocked the highway outside Katsina on Sunday and kidnapped six of them.",
    ],
)
def test_a_share_of_people_taken_is_an_incident(text):
    assert len(analyze(text, published="2024-03-14").incidents) == 1


def test_a_score_stays_a_metaphor():
    text = "The veteran golfer shot a 68 on Sunday to win the open in Durban."
    assert analyze(text, published="2024-03-14").incidents == []
