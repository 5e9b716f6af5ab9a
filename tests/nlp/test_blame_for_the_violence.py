"""Blame "for the violence" (or "Sunday's bloodshed") in a story about an attack is blame for that attack; violence
placed or spread wider ("in the region", "years of violence", "the recent violence") names no doer of it
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_LEDE = "Gunmen killed 18 villagers in Plateau state, Nigeria, on Sunday. "


def _perpetrators(text: str) -> list[str]:
    incidents = analyze(_LEDE + text, published="2026-03-14").incidents
    return [p.actor for i in incidents for p in i.perpetrators]


@pytest.mark.parametrize("text", [
    "Local leaders blamed Fulani herdsmen for the violence, which they said was linked to disputes over land.",
    "Residents blamed Fulani herdsmen for the violence.",
    "The governor blamed Fulani herdsmen for Sunday's bloodshed.",
])
def test_blame_for_the_violence_told_accuses(text: str) -> None:
    assert _perpetrators(text) == ["Fulani extremists"]


@pytest.mark.parametrize("text", [
    "The governor blamed Fulani herdsmen for years of violence in the state.",
    "The governor blamed Fulani herdsmen for the recent violence.",
    "The governor blamed Fulani herdsmen for the violence in the region.",
])
def test_blame_for_violence_at_large_accuses_no_one_of_this_attack(text: str) -> None:
    assert _perpetrators(text) == []


@pytest.mark.parametrize("text", [
    "The army blamed Boko Haram for the violence that has left more than 20,000 people dead since 2010.",
    "The governor blamed Fulani herdsmen for the violence, which has claimed hundreds of lives across the state.",
    "The governor blamed Fulani herdsmen for the violence between farmers and herders.",
])
def test_blame_for_violence_over_years_or_between_groups_is_no_accusation(text: str) -> None:
    """A relative clause counting the dead or in the perfect, "since", or violence between groups: violence
    running wider than the attack, so no claim of responsibility for it."""
    claims = analyze(_LEDE + text, published="2026-03-14").claims
    assert [c.kind for c in claims if c.kind == "responsibility"] == []
