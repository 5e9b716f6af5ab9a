"""Shots and a fire that harmed no one, on sentences written for these tests: the codebook's Facility/Infrastructure
Attack (damage to a non-human target), not the Armed Assault the hierarchy would put first."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import no_one_harmed
from counterclaim.incidents.classify import classify

FACILITY = "Facility/Infrastructure Attack"


def _attacks(text: str) -> list[str]:
    return [x.label for x in classify(text).attack_types]


@pytest.mark.parametrize("text", [
    "Masked gunmen ordered the passengers off a coach on the coast road and then torched it. No one was hurt.",
    "Raiders opened fire on two fuel tankers parked at a depot and set them ablaze; there were no casualties.",
])
def test_shots_and_a_fire_that_hurt_no_one_are_a_facility_attack(text: str) -> None:
    attacks = _attacks(text)
    assert attacks[0] == FACILITY and "Armed Assault" not in attacks


@pytest.mark.parametrize("text", [
    # a person shot: the assault stands
    "Gunmen shot a night watchman at a sawmill and set the sheds on fire before fleeing.",
    "Masked men opened fire on a bus on the coast road and set it ablaze, killing the driver.",
])
def test_shots_at_people_keep_the_armed_assault(text: str) -> None:
    assert _attacks(text)[0] == "Armed Assault"


@pytest.mark.parametrize("text, unharmed", [
    ("No one was injured, but both trucks were burned out.", True),
    ("There were no casualties though the hall was badly damaged.", True),
    ("Rebels gunned down a farmer and torched his barn.", False),
    ("Arsonists burned a shop. Two people were hurt.", False),
    ("Attackers fired at the guards before they torched the depot.", False),
])
def test_no_one_harmed(text: str, unharmed: bool) -> None:
    assert no_one_harmed(text) is unharmed
