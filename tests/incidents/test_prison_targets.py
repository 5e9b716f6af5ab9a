"""A prison named by its formal names ("custodial centre", "correctional facility", "penitentiary") is a Police
target as a prison is (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import rule_hits


@pytest.mark.parametrize(
    "text, word",
    [
        ("Gunmen blasted through the wall of a medium security custodial centre in Kogi state, freeing 240 inmates.",
         "custodial centre"),
        ("Armed men stormed the state correctional facility in Oyo overnight and freed 80 prisoners.",
         "correctional facility"),
        ("Inmates rioted after a car bomb exploded outside the federal penitentiary in Juarez.", "penitentiary"),
    ],
)
def test_a_prison_by_its_formal_name_is_police(text, word):
    police = [text[h.start : h.end] for h in rule_hits(text) if h.task == "target" and h.label == "Police"]
    assert word in police
