"""Forces that find or make safe a planted device are not its target, on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import arrivals
from counterclaim.incidents.classify import classify


def _targets(text: str) -> list[str]:
    return [x.label for x in classify(text).target_types]


@pytest.mark.parametrize("text, target", [
    ("Police defused a pipe bomb that somebody had hidden in a carrier bag by a jewellery shop in the old city.",
     "Business"),
    ("Soldiers found a bomb planted near the gate of a primary school and removed it before classes began.",
     "Educational Institution"),
])
def test_forces_that_find_a_device_are_not_its_target(text: str, target: str) -> None:
    labels = _targets(text)
    assert target in labels
    assert "Police" not in labels and "Military" not in labels


def test_police_found_dead_are_still_the_target() -> None:
    text = "Two police officers found dead in their patrol car had been shot by unknown gunmen overnight."
    assert arrivals(text) == []
    assert "Police" in _targets(text)


def test_forces_that_find_a_device_alone_stay_when_nothing_else_is_named() -> None:
    # with no other target named, the finders are kept: the rule drops them only beside another target
    text = "Troops discovered an explosive device on a rural road and defused it."
    assert arrivals(text)
    assert _targets(text)
