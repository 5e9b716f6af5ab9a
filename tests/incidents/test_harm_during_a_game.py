"""A game named as the time a deed was done in ("during a league match") makes no figure of speech of the deed:
a grenade thrown into the stands during a match that killed four spectators is an attack; a game that is what
was "killed" or "attacked" is still sport (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A grenade thrown into the stands during a match on Sunday evening killed four spectators in Bamako, "
        "police said.",
        "Gunmen killed four fans during a match in Bamako on Sunday.",
    ],
)
def test_violence_during_a_game_is_an_incident(text: str) -> None:
    incidents = analyze(text, published="2024-11-05").incidents
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.stated == 4


@pytest.mark.parametrize(
    "text",
    [
        "The striker killed the match during the second half with two goals.",
        "The veteran shot a 68 during the tournament on Sunday.",
        "Rivals attacked the budget during the election campaign on Sunday.",
    ],
)
def test_a_game_or_a_policy_harmed_is_still_no_incident(text: str) -> None:
    # near misses: the game, a score or the budget is what the verb acts on
    assert analyze(text, published="2024-11-05").incidents == []
