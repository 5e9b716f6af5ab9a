"""A borough GeoNames names as one ("Borough of Brooklyn") is its city, and a listed district the text puts "in"
a city that the gazetteer places it inside gives way to that city; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("text", [
    "Two men were shot dead outside a corner shop in the Bronx on Tuesday night, police said.",
    "A commuter was stabbed to death on a subway platform in Brooklyn, New York, on Friday.",
    "An arsonist set fire to a synagogue in Queens early on Sunday, police said.",
])
def test_a_borough_is_its_city(nlp: Language, text: str) -> None:
    towns = [p for p in find_places(nlp(text)) if p.level == "city"]
    assert [p.location.name for p in towns] == ["New York City"]
    assert towns[0].location.evidence.text in text  # the borough's own words stay the evidence
    assert analyze(text, published="2025-03-02").incidents[0].location.name == "New York City"


def test_a_district_in_the_city_it_lies_in_gives_way(nlp: Language) -> None:
    text = "A parcel bomb went off at a jeweller's in the Karol Bagh district in Delhi, wounding six people."
    assert [p.location.name for p in find_places(nlp(text))] == ["Delhi"]


@pytest.mark.parametrize(("text", "town"), [
    ("A gunman killed three people at a party in Pasadena on Saturday.", "Pasadena"),  # a city of its own nearby
    ("Militants fired on a checkpoint in Fylde, injuring two officers.", "Fylde"),  # a borough of no large city
])
def test_a_town_beside_a_large_city_stays(nlp: Language, text: str, town: str) -> None:
    assert town in {p.location.name for p in find_places(nlp(text))}
