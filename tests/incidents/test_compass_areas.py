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
