"""Group names written in quotes, and units named with their group, on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.codebooks.groups import gazetteer


def _perps(text: str) -> list[tuple[str, str]]:
    [incident] = analyze(text, published="2026-03-10").incidents
    return [(p.actor, p.status) for p in incident.perpetrators]


@pytest.mark.parametrize("sentence", [
    "A group calling itself \"Nuclei of Armed Rage\" claimed the arson.",
    "An anarchist cell, 'Nuclei of Armed Rage', claimed the arson.",
    "An anarchist group, \"Nuclei of Armed Rage\", claimed the arson.",
])
def test_a_quoted_group_name_claims_without_its_quote_marks(sentence: str) -> None:
    text = f"A fire bomb gutted a car dealership in Thessaloniki on Sunday. {sentence}"
    assert _perps(text) == [("Nuclei of Armed Rage", "claimed")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("A group calling itself \"Falcons of the Sinai\" claimed the attack.", "Falcons of the Sinai"),
    ("The group \"Sons of the Uprising\" claimed the sabotage in a post online.", "Sons of the Uprising"),
])
def test_a_name_of_plural_noun_of_noun_is_a_group_name(sentence: str, name: str) -> None:
    # "Lions of the Desert"-shaped names: the tagger reads the head as a common noun, not a proper one
    text = f"Saboteurs blew up a power line near Patras on Friday. {sentence}"
    assert _perps(text) == [(name, "claimed")]


def test_a_unit_a_group_owns_is_the_groups() -> None:
    text = "A car bomb killed three policemen in Gwadar on Friday. The BLA's Azad Brigade claimed the bombing."
    assert _perps(text) == [("Balochistan Liberation Army", "claimed")]


@pytest.mark.parametrize("unit", ["the Jhon Mena front of the dissidents of the FARC",
                                  "the Jhon Mena front of the FARC dissidents"])
def test_a_unit_of_a_groups_dissidents_is_the_dissidents(unit: str) -> None:
    if gazetteer().lookup("FARC dissidents") is None:
        pytest.skip("shared GTD files not present: FARC dissidents are not listed")
    text = (f"An explosive-laden drone killed a soldier at a base in Suarez, Cauca, on Sunday. The army blamed {unit} "
            "for the attack.")
    assert _perps(text) == [("FARC dissidents", "alleged")]


def test_a_folded_unit_named_again_is_still_its_group() -> None:
    if gazetteer().lookup("FARC dissidents") is None:
        pytest.skip("shared GTD files not present: FARC dissidents are not listed")
    text = ("An explosive-laden drone killed a soldier at a base in Suarez, Cauca, on Sunday. The army blamed the Jhon "
            "Mena front of the dissidents of the FARC for the attack. The Jhon Mena front denied any role.")
    assert _perps(text) == [("FARC dissidents", "contested")]
