"""A small town name several countries share follows the country the story names, even one named only by its
police, before the population of a namesake abroad; and "<town>, in <Country>'s <region>" keeps the town; on
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Boko Haram fighters raided Baga, a lakeside town, killing at least 20 people, Nigerian police said.",
     "Baga", "NG"),
    ("A bomb was defused in Baga, Spain, on Friday, Catalan police officers said.", "Baga", "ES"),
])
def test_a_shared_village_name_follows_the_story(nlp: Language, text: str, name: str, code: str) -> None:
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name[name].location.country_code == code


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Jihadists attacked Tourou, in Cameroon's Far North region, on Thursday night, killing three soldiers.",
     "Tourou", "Cameroon"),
    ("Gunmen raided Dalori, in Nigeria's Borno state, killing six farmers.", "Dalori", "Nigeria"),
    ("Bandits stormed Gouzoudou, in Niger's southeast, stealing cattle and killing two herders.", "Gouzoudou",
     "Niger"),
])
def test_a_town_in_a_countrys_region_is_kept(text: str, town: str, country: str) -> None:
    location = analyze(text, published="2025-03-02").incidents[0].location
    assert (location.name, location.country) == (town, country)


def test_a_person_in_a_countrys_capital_is_no_town(nlp: Language) -> None:
    text = "The envoy met Ahmed, in Nigeria's capital, on Monday."
    assert "Ahmed" not in {p.location.name for p in find_places(nlp(text))}
