"""Nigeria's local government areas, the unit below its states, are places as districts are: "Guma LGA",
"Agatu Local Government Area of Benue State" name the area (with its state), and a name before the unit word
("in Apa LGA") is as near the violence as the unit (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five farmers in Aila community in Agatu Local Government Area of Benue State on Tuesday.",
        "Gunmen killed five farmers in Agatu LGA of Benue State on Tuesday.",
    ],
)
def test_a_local_government_area_of_a_state(text: str) -> None:
    loc = analyze(text, published="2024-04-24").incidents[0].location
    assert loc is not None and (loc.name, loc.admin1, loc.country_code) == ("Agatu", "Benue", "NG")


def test_a_second_attack_in_another_area_is_its_own_incident() -> None:
    text = (
        "Benue: Gunmen kill 12 in Agatu\n\n"
        "MAKURDI - Gunmen killed 12 villagers in Agatu LGA of Benue State on Tuesday night, police said.\n\n"
        "Also on Tuesday, bandits abducted nine passengers along a rural road in Ado LGA. A police source said "
        "the victims were travelling in a commercial bus."
    )
    incidents = analyze(text, published="2024-04-24").incidents
    assert [i.location.name if i.location else None for i in incidents] == ["Agatu", "Ado"]
    assert "Hostage Taking (Kidnapping)" in [a.label for a in incidents[1].attack_types]


def test_the_unit_word_without_a_name_is_no_place() -> None:
    # near miss: an office of the unit, no name before it
    text = "Gunmen killed five farmers in Benue State on Tuesday, the local government area chairman said."
    loc = analyze(text, published="2024-04-24").incidents[0].location
    assert loc is not None and loc.name == "Benue"


@pytest.mark.parametrize(
    "text",
    [
        "The chairman of Guma Local Government Area, Caleb Aba, said gunmen killed five farmers in Yelwata on "
        "Tuesday.",
        "The chairman of Guma LGA, Caleb Aba, said gunmen killed five farmers in Yelwata on Tuesday.",
        "The chairman of Guma district, Caleb Aba, said gunmen killed five farmers in Yelwata on Tuesday.",
        "Gunmen killed five farmers in Yelwata, Guma LGA, on Tuesday.",
        "Gunmen killed five farmers in Yelwata, Guma Local Government Area, on Tuesday.",
    ],
)
def test_the_town_of_the_attack_beats_the_unit_it_lies_in(text: str) -> None:
    # the speaker's office area, or the unit a town is chained to, is less specific than the town the attack hit
    incident = analyze(text, published="2024-06-08").incidents[0]
    assert incident.location is not None and incident.location.name == "Yelwata"
    assert incident.date is not None and incident.date.value is not None
    assert incident.date.value.isoformat() == "2024-06-04"
