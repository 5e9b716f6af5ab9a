"""An airspace named by a demonym ("in Iraqi airspace") is a place in that country, the one the text ties the
event to, not the country of whoever flew or fired. On sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "code"), [
    ("The rocket was brought down in Iraqi airspace late on Sunday.", "IQ"),
    ("An airliner was hit over Ukrainian air space by a surface-to-air missile.", "UA"),
    ("The armed drone was destroyed in Saudi airspace before it reached its target.", "SA"),
])
def test_a_demonym_airspace_names_its_country(nlp: Language, text: str, code: str) -> None:
    countries = {p.location.country_code for p in find_places(nlp(text)) if p.level == "country"}
    assert countries == {code}


def test_a_demonym_of_people_names_no_place(nlp: Language) -> None:
    assert find_places(nlp("Iraqi officials said the drone had been downed by the air force.")) == []


def test_the_airspace_country_is_the_incidents_country() -> None:
    result = analyze("Houthi rebels launched a drone that was shot down in Saudi airspace on Monday, killing no one.",
                     published="2024-03-04")
    assert result.incidents and result.incidents[0].location is not None
    assert result.incidents[0].location.country_code == "SA"
