"""Town names whose first word is abbreviated ("St. Cloud", "Ft. Lauderdale"), a saint's name before a venue word,
a demonym opening with a place-name prefix ("Puerto Rican"), and a town named like the last word of a venue's
name ("the Police Headquarters"), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.mentions import PlaceMention
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _by_name(nlp: Language, text: str) -> dict[str, PlaceMention]:
    return {p.location.name: p for p in find_places(nlp(text))}


@pytest.mark.parametrize(("text", "name", "full"), [
    ("Arsonists burned a car dealership in St. Cloud, Minnesota, overnight.", "St. Cloud", "Saint Cloud"),
    ("A pipe bomb went off outside a recruiting office in Ft. Lauderdale on Monday.", "Ft. Lauderdale",
     "Fort Lauderdale"),
    ("A sniper wounded a patrolman in St. Paul, Minnesota, on Friday night.", "St. Paul", "Saint Paul"),
])
def test_an_abbreviated_first_word_keeps_the_whole_name(nlp: Language, text: str, name: str, full: str) -> None:
    places = _by_name(nlp, text)
    assert name in places
    assert places[name].location.geonames_id is not None
    assert places[name].location.country_code == "US"
    assert name.split()[-1] not in places  # not "Cloud", "Lauderdale" or "Paul" alone


def test_a_saints_name_before_a_venue_word_is_no_town(nlp: Language) -> None:
    places = _by_name(nlp, "A bomb damaged the chapel of St. Mary's Hospital in Galway on Sunday.")
    assert set(places) == {"Galway"}


def test_a_demonym_after_a_place_name_prefix_is_no_town(nlp: Language) -> None:
    text = "Puerto Rican separatists planted a bomb in a hotel lobby in Ponce on Tuesday."
    assert "Puerto Rican" not in _by_name(nlp, text)


@pytest.mark.parametrize(("text", "town"), [
    ("Attackers threw a firebomb into the Police Headquarters in Lowell, Massachusetts, on Sunday.", "Lowell"),
    ("A bomb went off at the Civic Center in Eugene, Oregon, damaging the lobby.", "Eugene"),
])
def test_a_town_named_like_a_venue_word_is_no_town_after_a_name(nlp: Language, text: str, town: str) -> None:
    places = _by_name(nlp, text)
    assert "Headquarters" not in places and "Center" not in places
    assert analyze(text).incidents[0].location.name == town
