"""A province named with its country after "in" ("in Oklahoma, United States"), which a town answers to only by a
longer name or which a small town elsewhere bears; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "state", "town"), [
    # Oklahoma City answers to "Oklahoma" only by dropping "City"
    ("Militants bombed the Tulsa Police Station in Oklahoma, United States, wounding two officers.", "Oklahoma",
     "Tulsa"),
    # GeoNames' Nevada is a small town in Missouri
    ("A pipe bomb damaged the Reno Police Station in Nevada, United States, overnight.", "Nevada", "Reno"),
])
def test_a_state_named_with_its_country_is_the_state(nlp: Language, text: str, state: str, town: str) -> None:
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name[state].level == "admin"
    assert by_name[town].level == "city"
    # the town opening the station's name is more specific than its own state
    assert analyze(text).incidents[0].location.name == town


@pytest.mark.parametrize(("text", "city"), [
    ("A suicide bomber struck a market in Kunduz, Afghanistan, killing six people.", "Kunduz"),
    ("Gunmen attacked a church in Washington, United States, on Sunday.", "Washington"),
    # the city is filed as "Ma'rib": another spelling of the same name, not a longer one
    ("A roadside bomb killed three soldiers in Marib, Yemen, on Friday.", "Marib"),
])
def test_a_city_bearing_the_provinces_name_itself_stays_the_city(nlp: Language, text: str, city: str) -> None:
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name[city].level == "city"
