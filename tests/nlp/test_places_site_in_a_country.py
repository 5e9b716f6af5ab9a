"""A named site put in a country ("the X air base in western Iraq"): the name is the site's, so a namesake town
the gazetteer has only abroad does not take the incident there, even when the text names that other country
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rockets struck the Ain al-Asad air base in western Iraq on Tuesday. The militia said it acted over "
         "US support for Israel.", "Ain al-Asad", "Iraq"),
        ("Gunmen attacked the Hebron oil field in Libya on Monday. The group said the raid answered Israel's war.",
         "Hebron", "Libya"),
        ("Drones hit the Toledo gas plant in Algeria on Sunday, a Spanish company that runs it said. Spain "
         "condemned the strike.", "Toledo", "Algeria"),
    ],
)
def test_a_site_takes_the_country_it_is_put_in(nlp: Language, text: str, name: str, country: str) -> None:
    found = {p.location.name: p.location.country for p in find_places(nlp(text)) if p.level == "city"}
    assert found.get(name) == country


def test_a_site_near_a_country_is_not_put_in_it(nlp: Language) -> None:
    """ "near Nigeria's border" may be in the neighbour: no country is read from it."""
    text = "Militants stormed the Toledo army camp near Nigeria's border on Sunday."
    found = {p.location.name: p.location.country for p in find_places(nlp(text)) if p.level == "city"}
    assert found.get("Toledo") != "Nigeria"
