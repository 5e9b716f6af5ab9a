"""A sportsman shot or killed is a person harmed ("a soccer player was shot and killed"): the sport word in his
trade suppresses nothing, while an athlete hurt at play stays no incident. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A popular soccer player was shot and killed outside a bar in Medellin, Colombia.",
        "Mr. Juan Ortega, a well-known basketball player was shot and killed in Cali on Sunday.",
        "Gunmen shot dead a cricketer outside his home in Karachi on Friday.",
    ],
)
def test_a_sportsman_shot_dead_is_an_incident_with_one_killed(text: str) -> None:
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 1


@pytest.mark.parametrize(
    "text",
    [
        "Two players were injured in a collision during the second half of the derby.",
        "The striker was hurt in training on Friday and will miss the final.",
    ],
)
def test_players_hurt_at_play_open_no_incident(text: str) -> None:
    assert analyze(text, published="2025-06-10").incidents == []
