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


@pytest.mark.parametrize(
    "text",
    [
        "The veteran golfer shot a 68 on Sunday to win the open in Durban.",
        # shot with a camera: a share of people shot is an attack only with a word of harm or arms
        "The cameraman shot five of the tourists outside a hotel in Durban on Sunday for a travel brochure.",
    ],
)
def test_a_score_or_a_photo_shoot_stays_a_metaphor(text):
    assert analyze(text, published="2024-03-14").incidents == []


def test_a_share_of_people_shot_with_arms_is_an_incident():
    text = "Gunmen stopped a minibus near Durban on Sunday and shot four of the passengers."
    assert len(analyze(text, published="2024-03-14").incidents) == 1
