"""Regions, typed provinces and launch sites, on sentences written for these tests: the end of a region's name
is no country, "X State" picks the province of that type, and where rockets were fired from is no scene."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _places(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    out = []
    for p in find_places(nlp(text)):
        ev = p.location.evidence
        assert text[ev.start : ev.end] == ev.text
        out.append((p.location.name, p.location.country_code, p.level))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "More than 30 reporters were murdered in Latin America last year, the group said.",
        "Kidnappings for ransom are rising across Central America.",
    ],
)
def test_a_region_is_no_country(nlp: Language, text: str) -> None:
    assert _places(nlp, text) == []


def test_a_country_named_alone_still_resolves(nlp: Language) -> None:
    assert _places(nlp, "Gunmen attacked a bus in South Sudan.") == [("South Sudan", "SS", "country")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plateau is a state of Nigeria and a department of Benin: "State" says which
        ("Herders clashed with farmers in Plateau State on Sunday.", [("Plateau", "NG", "admin")]),
        ("Gunmen killed six people in Bokkos, Plateau State, on Sunday.",
         [("Bokkos", "NG", "city"), ("Plateau", "NG", "admin")]),
        # the place word before "of" says it too: Colón is a department of Honduras and a province of Panama
        ("Gunmen shot dead two police officers in the department of Colon on Sunday.", [("Colon", "HN", "admin")]),
        ("Gunmen shot dead two police officers in the province of Colon on Sunday.", [("Colon", "PA", "admin")]),
    ],
)
def test_the_place_word_picks_the_province_type(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert _places(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Three rockets fired from Syria towards northern Israel on Monday were intercepted, the army said.", "IL"),
        ("A rocket was fired from Gaza at Sderot on Monday, lightly wounding a man.", "IL"),
    ],
)
def test_launch_site_is_no_scene(text: str, country: str) -> None:
    incidents = analyze(text, published="2025-03-04").incidents
    assert incidents and incidents[0].location is not None and incidents[0].location.country_code == country


def test_village_under_a_police_station_area_of_a_district(nlp: Language) -> None:
    # the district after "under X police station area of" is the village's own, not a namesake abroad
    text = "Unidentified men shot dead a grocer at Amas village under Sherghati police station area of Gaya district."
    assert {country for _, country, _ in _places(nlp, text)} == {"IN"}


@pytest.mark.parametrize(("text", "town"), [
    ("A rocket fired from Gaza hit a car park in Netivot, Southern District, Israel, on Tuesday.", "Netivot"),
    ("A rocket fired from Gaza hit a school in Beersheba, Southern District, Israel, on Tuesday.", "Beersheba"),
])
def test_a_district_word_in_a_chain_lets_the_country_after_it_decide(text: str, town: str) -> None:
    # Botswana has a Southern District too: the country the chain ends in decides the town, as before the
    # typed-province reading ("Plateau State") stopped the chain at the district word
    location = analyze(text, published="2024-05-10").incidents[0].location
    assert location is not None and (location.name, location.country_code) == (town, "IL")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a country's alias before a province word: the province of the type named, else the country's own
        ("Gunmen killed two people in Gaza governorate on Monday.", "PS"),
        ("Gunmen killed two people in the governorate of Gaza on Monday.", "PS"),
        ("Gunmen killed two people in Gaza province on Monday.", "MZ"),
    ],
)
def test_a_province_named_like_a_country_takes_the_named_type(text: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Gaza", country)
