"""Harm done with stones, sticks, fists or poison is the codebook's Unarmed Assault, not an Armed Assault, which
needs a firearm, an incendiary or a sharp instrument (sentences written for these tests; rules only, so that a
retrained model cannot flip them)."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import rule_hits, sharp_instruments
from counterclaim.incidents.classify import _blunt_not_armed
from counterclaim.models import Label


def _attacks(text: str) -> list[str]:
    """The attack labels left when the reading was an Armed Assault (as the model reads "attacked ... with")."""
    read = [Label(label="Armed Assault", confidence=0.8, evidence=[])]
    return [x.label for x in _blunt_not_armed(read, text, 0, rule_hits(text))]


@pytest.mark.parametrize(
    "text",
    [
        "A mob pelted a polio immunisation crew with stones near the market, injuring two health workers.",
        "Assailants stormed a girls' school and released a poison gas; dozens of pupils were taken to hospital.",
        "Villagers attacked two linemen with sticks and clubs after a power cut, leaving one badly hurt.",
    ],
)
def test_blunt_or_chemical_arms_make_an_unarmed_assault(text: str) -> None:
    attacks = _attacks(text)
    assert "Unarmed Assault" in attacks
    assert "Armed Assault" not in attacks


@pytest.mark.parametrize(
    "text",
    [
        # a blade is the codebook's sharp instrument
        "Attackers armed with sticks and machetes raided a hamlet before dawn, killing four farmers.",
        "A man attacked a guard with stones and then stabbed him outside the depot.",
        # a gun beside the stones
        "Gunmen attacked a bus with stones and then opened fire on the passengers.",
    ],
)
def test_a_blade_or_a_gun_keeps_the_armed_assault(text: str) -> None:
    assert "Armed Assault" in _attacks(text)


@pytest.mark.parametrize(
    ("text", "sharp"),
    [
        ("He slit the driver's throat and fled.", True),
        ("Two knifemen wounded a priest at the altar.", True),
        ("The crowd threw stones at the convoy.", False),
        ("A sharp rise in attacks was reported.", True),
    ],
)
def test_sharp_instruments(text: str, sharp: bool) -> None:
    assert sharp_instruments(text) is sharp
