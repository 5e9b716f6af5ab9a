"""An unlisted "X area" chained straight to a province or country is the place; before a town it is the
town's quarter and gives way (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _place(text: str) -> str | None:
    loc = analyze(text).incidents[0].location
    return loc.name if loc is not None else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen opened fire on a patrol in Zangal area, Khyber Pakhtunkhwa, Pakistan, wounding two.", "Zangal"),
        ("A roadside bomb killed a soldier in Tor Ghar area, Balochistan, Pakistan, on Sunday.", "Tor Ghar"),
    ],
)
def test_an_area_before_a_province_is_the_place(text: str, name: str) -> None:
    assert _place(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A bomb exploded in Adhamiyah area, Baghdad, Iraq, killing one.", "Baghdad"),
        ("Gunmen shot dead a police officer in the Tahkal area, Peshawar, Khyber Pakhtunkhwa, Pakistan.", "Peshawar"),
        ("A bomb exploded in the Kashmiri area, Balochistan, Pakistan.", "Balochistan"),
    ],
)
def test_an_area_before_a_town_or_a_people_word_gives_way(text: str, name: str) -> None:
    assert _place(text) == name
