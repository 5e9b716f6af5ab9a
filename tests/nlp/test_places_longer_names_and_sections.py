"""A listed word opening a longer unlisted name, sections of a city, trails and prisons, on sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        ("Police said gunmen overran a post in Khas Uruzgan district of Uruzgan on Friday.", "Khas Uruzgan", "Khas"),
        ("Rioters torched shops in Kosi Kalan town in Mathura district on Saturday.", "Kosi Kalan", "Kosi"),
    ],
)
def test_a_small_town_opening_a_longer_name_gives_way_to_it(nlp: Language, text: str, name: str, part: str) -> None:
    names = [p.location.name for p in find_places(nlp(text))]
    assert name in names and part not in names


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        # ISO calls Iraq's and Yemen's provinces governorates: the province's own word still closes no longer name
        ("A car bomb killed four people in Haditha Anbar province on Friday.", "Haditha", "IQ"),
        ("Militants killed six soldiers at a checkpoint in Zinjibar Abyan province.", "Zinjibar", "YE"),
    ],
)
def test_a_town_before_a_listed_province_of_another_type_stays(nlp: Language, text: str, town: str, code: str) -> None:
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert town in by_name and by_name[town].location.country_code == code


def test_a_large_city_before_its_quarter_stays(nlp: Language) -> None:
    names = [p.location.name for p in find_places(nlp("Gunmen shot a trader in Peshawar Saddar area on Friday."))]
    assert "Peshawar Saddar" not in names


@pytest.mark.parametrize("text", [
    "Vandals set a car on fire in the Astoria section of Queens, New York, on Sunday.",
    "Police found a pipe bomb outside a cafe in the Chinatown section of Manhattan on Friday.",
])
def test_a_section_of_a_city_gives_way_to_the_city(text: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "New York City"


@pytest.mark.parametrize(
    ("text", "street", "name"),
    [
        ("Vandals smashed cars parked along North Shore Trail in Forest Lake on Sunday.", "North Shore", "Forest Lake"),
        ("Rebels attacked the San Andres prison at Huaraz with dynamite, freeing inmates.", "San Andres", "Huaraz"),
    ],
)
def test_a_trail_or_a_prison_named_for_a_town_stands_in_the_town_after_it(
        nlp: Language, text: str, street: str, name: str) -> None:
    names = [p.location.name for p in find_places(nlp(text))]
    assert street not in names and name in names


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a prison bears the name of its own town, close to the city the sentence places it by
        ("Gunmen attacked guards at Abu Ghraib prison near Baghdad, killing three.", "Abu Ghraib"),
        ("Gunmen stormed Kuje prison in Abuja overnight, freeing hundreds of inmates.", "Kuje"),
    ],
)
def test_a_prison_named_for_a_nearby_town_stands_in_that_town(nlp: Language, text: str, town: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == town
