"""A town's name after a compass adjective ("in southern Kaduna", "in northern Sokoto") names the area around
it: a listed town the text puts the attack in is finer; alone it stays the place (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("In southern Kaduna, unknown arsonists set fire to a church in the village of Kauru on Tuesday.", "Kauru"),
        ("In northern Sokoto, gunmen killed four farmers in the town of Tangaza on Tuesday.", "Tangaza"),
    ],
)
def test_a_town_inside_a_compass_area_is_the_place(text: str, town: str) -> None:
    loc = analyze(text, published="2026-07-18").incidents[0].location
    assert loc is not None and loc.name == town


def test_a_compass_area_alone_stays_the_place() -> None:
    loc = analyze("Gunmen killed four farmers in southern Kaduna on Tuesday.", published="2026-07-18").incidents[0]
    assert loc.location is not None and loc.location.name == "Kaduna"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # "central" is the city centre, not an area that another listed town can sit in
        ("A car bomb exploded in central Baghdad on Tuesday, killing 11 people, two days after militants seized a "
         "checkpoint in Baquba.", "Baghdad"),
        ("A suicide bomber killed 18 people in central Kabul on Tuesday, officials said. The bomber was from "
         "Jalalabad, police said.", "Kabul"),
        # a town in another state is no finer place than the compass area
        ("Gunmen sprayed a nightclub in northern Mexico City with bullets on Friday, killing five people from "
         "Toluca.", "Mexico City"),
    ],
)
def test_a_town_outside_the_compass_area_does_not_win(text: str, town: str) -> None:
    loc = analyze(text, published="2026-07-18").incidents[0].location
    assert loc is not None and loc.name == town
