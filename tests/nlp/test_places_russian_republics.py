"""Russia's republics, which ISO 3166-2 names in Russian ("Ingushetiya, Respublika", "Chechenskaya Respublika"),
answer to the names English news gives them; "X area, Y republic" is X as "X area, Y province" is. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen shot dead two traffic policemen in Dagestan on Friday.", "Dagestan"),
        ("Gunmen shot dead two traffic policemen in Chechnya on Friday.", "Chechnya"),
        ("Gunmen shot dead two traffic policemen in Ingushetia on Friday.", "Ingushetia"),
        ("Gunmen shot dead two traffic policemen in Kabardino-Balkaria on Friday.", "Kabardino-Balkaria"),
    ],
)
def test_a_republic_by_its_english_name(text: str, name: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, "RU")


def test_an_area_before_a_republic_is_the_area() -> None:
    loc = analyze("A bomb went off near a police post in Plievo area, Ingushetia republic, Russia, on Friday.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Plievo", "RU")


def test_a_town_before_its_republic_stays_the_town() -> None:
    # near miss: the listed capital, with its republic chained after it
    loc = analyze("Gunmen shot dead a police officer in Makhachkala, Dagestan, on Friday.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Makhachkala", "RU") and loc.geonames_id


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # capitals wire copy: "ON" after the name continues no name; a hamlet of Ukraine called Chechnya is no town
        ("GUNMEN SHOT DEAD TWO TRAFFIC POLICEMEN IN DAGESTAN ON FRIDAY.", "DAGESTAN"),
        ("GUNMEN SHOT DEAD TWO TRAFFIC POLICEMEN IN CHECHNYA ON FRIDAY.", "CHECHNYA"),
        # a republic's name of two words after "the"
        ("Gunmen shot dead two traffic policemen in the Chechen Republic on Friday.", "Chechen Republic"),
    ],
)
def test_a_republic_in_capitals_or_after_the(text: str, name: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, "RU")

