"""A university named for a state and the campus town after it ("the University of Oregon, Eugene"), and a quarter
a city owns in the possessive ("Lahore's Anarkali district"); on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "label", "town"), [
    ("Arsonists set fire to a dormitory at the University of Arizona, Tucson, late on Friday.", "Arizona",
     "Tucson"),
    ("A pipe bomb went off in a lecture hall at the University of Texas, Austin, on Tuesday.", "Texas", "Austin"),
])
def test_the_town_after_a_universitys_name_is_its_campus(nlp: Language, text: str, label: str, town: str) -> None:
    names = {p.location.name for p in find_places(nlp(text))}
    assert town in names
    assert not any(label in n for n in names)
    assert analyze(text).incidents[0].location.name == town


def test_a_university_of_a_town_still_gives_way_to_the_scene(nlp: Language) -> None:
    text = "Gunmen abducted a lecturer of the University of Ibadan on a highway in Kogi State on Monday."
    assert "Ibadan" not in {p.location.name for p in find_places(nlp(text))}


@pytest.mark.parametrize(("text", "city"), [
    ("Gunmen shot dead two policemen in Lahore's Anarkali district on Friday, police said.", "Lahore"),
    ("A car bomb killed four people in Mogadishu's Hamarweyne neighbourhood late on Sunday.", "Mogadishu"),
])
def test_a_quarter_a_city_owns_gives_way_to_the_city(nlp: Language, text: str, city: str) -> None:
    names = {p.location.name for p in find_places(nlp(text))}
    assert city in names
    assert len(names) == 1
    assert analyze(text).incidents[0].location.name == city


def test_a_district_in_a_large_city_gives_way_to_the_city(nlp: Language) -> None:
    text = "Two bombs went off in the crowded Hodan district in Mogadishu, wounding 12 people."
    assert analyze(text).incidents[0].location.name == "Mogadishu"


def test_a_state_after_a_banks_town_is_no_campus(nlp: Language) -> None:
    # a province's name chained after "Bank of Chicago" says where Chicago is; it is no town of its own
    text = ("In May 1971 a man hid a time bomb in a deposit box at the First Merchants Bank of Chicago, Illinois, "
            "United States in a series of attacks.")
    assert analyze(text).incidents[0].location.name == "Chicago"
