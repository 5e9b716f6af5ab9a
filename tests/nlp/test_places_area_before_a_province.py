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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a listed village before a province called one is the place, not a quarter of the next name
        ("Two policemen were hurt when a mine hit their pickup in Sayagaz area, Zabul province, late on Sunday.",
         "Sayagaz"),
        ("A teacher was shot on her way to school in Ipil area, Zamboanga Sibugay province, on Friday.", "Ipil"),
        # the province's old name, which ISO no longer lists, still calls it a province
        ("Rebels set off a mine under a dump truck in Monkayo area, Compostela Valley province, on Monday, "
         "wounding the driver.", "Monkayo"),
    ],
)
def test_a_listed_area_before_a_province_is_the_place(text: str, name: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == name and loc.geonames_id is not None  # the listed village itself


def test_an_area_before_a_metropolis_province_stays_its_quarter() -> None:
    assert _place("A car bomb killed two people in the Zayouna area, Baghdad governorate, late on Friday.") == "Baghdad"


@pytest.mark.parametrize(
    "text",
    [
        # "the X area in <province or country>" places X as "X area, <province>" does
        "Assailants attacked a checkpost near the Zangal area in Balochistan province on Sunday.",
        "Assailants attacked a checkpost near the Zangal area in Pakistan, killing three soldiers.",
    ],
)
def test_an_unlisted_area_in_a_province(text: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Zangal", "PK")
