"""A toll set 'in the ensuing clash' or 'in the attack' belongs to the attack already told, even when a word in it
reads as another place ('a Chad soldier'); an attack noun with a place of its own still tells another one.
On sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed an army post in Ansongo, in Mali's Gao region, on Tuesday. One Niger soldier died and "
        "three gunmen were killed in the ensuing clash, the army said.",
        "Gunmen stormed an army post in Ansongo, in Mali's Gao region, on Tuesday. One Chad soldier died and two "
        "French soldiers were hurt in the ensuing clash, the army said.",
    ],
)
def test_a_toll_in_the_ensuing_clash_stays_with_the_attack(text):
    result = analyze(text, published="2024-06-14")
    assert len(result.incidents) == 1
    incident = result.incidents[0]
    assert incident.location is not None and incident.location.name == "Ansongo"


def test_an_attack_noun_with_its_own_place_and_day_is_another_incident():
    result = analyze("A bomb exploded at a market in Kabul on Monday, killing four people. On Wednesday, two "
                     "policemen were killed in the attack on a checkpoint in Kandahar.", published="2024-06-14")
    assert [i.location.name for i in result.incidents if i.location] == ["Kabul", "Kandahar"]
