"""Compound names of the Palestinian territories and a city naming its own quarter, on sentences written for these
tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A car bomb exploded in East Jerusalem, wounding two police officers.", "East Jerusalem"),
        ("Israeli troops shot a teenager in the occupied West Bank city of Hebron.", "Hebron"),
        ("A car bomb exploded in the Gaza Strip town of Khan Younis on Monday.", "Khan Younis"),
        # the listed city names its own quarter: the city, not the quarter cut at a word NER calls a person
        ("Police said a Palestinian stabbed two settlers in the East Jerusalem neighbourhood of Sheikh Jarrah.",
         "East Jerusalem"),
        ("A settler shot a Palestinian in Sheikh Jarrah neighbourhood, East Jerusalem, on Friday.", "East Jerusalem"),
    ],
)
def test_the_compound_name_is_the_place(text: str, name: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == name and loc.country_code == "PS"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a listed name before "de" and a larger listed city opens that city's long name
        ("Gunmen killed two police officers in Santa Fe de Bogota on Tuesday, officials said.", "Bogota", "CO"),
        # a long name the gazetteer lists whole stays whole
        ("A bomb exploded in Santa Cruz de Tenerife, wounding four people.", "Santa Cruz de Tenerife", "ES"),
    ],
)
def test_a_citys_long_official_name(text: str, name: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)
