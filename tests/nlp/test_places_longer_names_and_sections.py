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
        ("Gunmen attacked a checkpoint in Khas Uruzgan district, Uruzgan province, Afghanistan.", "Khas Uruzgan",
         "Khas"),
        ("A bomb exploded near a shop in Kosi Kalan town, Uttar Pradesh state, India.", "Kosi Kalan", "Kosi"),
        ("A gunman shot an officer in Ban Mai Kan village, Raman district, Yala province, Thailand.", "Ban Mai Kan",
         "Ban Mai"),
    ],
)
def test_a_small_town_opening_a_longer_name_gives_way_to_it(nlp: Language, text: str, name: str, part: str) -> None:
    names = [p.location.name for p in find_places(nlp(text))]
    assert name in names and part not in names


def test_a_large_city_before_its_quarter_stays(nlp: Language) -> None:
    names = [p.location.name for p in find_places(nlp("Gunmen shot a trader in Peshawar Saddar area on Friday."))]
    assert "Peshawar Saddar" not in names


@pytest.mark.parametrize("text", [
    "A bomb went off outside a courthouse in the Long Island City section of Queens, New York.",
    "Someone set off a pipe bomb at a social club in the Little Italy section of Manhattan, New York.",
])
def test_a_section_of_a_city_gives_way_to_the_city(text: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "New York City"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An arsonist torched a house on North Shore Trail in Forest Lake, Minnesota.", "Forest Lake"),
        ("Rebels attacked the San Andres prison at Huaraz with dynamite, freeing inmates.", "Huaraz"),
    ],
)
def test_a_trail_or_a_prison_named_for_a_town_stands_in_the_town_after_it(text: str, name: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == name
