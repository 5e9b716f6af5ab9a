"""A quarter "of" a city that shares its name with its province ("the Karrada district of Baghdad") is in the city,
which is the incident's place, not the province; a "district of" a small town of that kind stays a district of
the province. On sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "quarter", "city"), [
    ("A parked car packed with explosives blew up in the Karrada district of Baghdad at dusk.", "Karrada", "Baghdad"),
    ("Gunmen shot a shop owner in the Kadhimiya neighbourhood of Baghdad on Thursday.", "Kadhimiya", "Baghdad"),
    ("A grenade was hurled at a tea stall in the Shah Faisal quarter of Karachi.", "Shah Faisal", "Karachi"),
])
def test_a_quarter_of_a_provincial_city_is_the_city(nlp: Language, text: str, quarter: str, city: str) -> None:
    places = {p.location.name: p for p in find_places(nlp(text))}
    assert quarter not in places
    assert places[city].level == "city"
    assert places[city].location.geonames_id is not None


def test_a_district_of_a_small_provincial_town_stays_the_district(nlp: Language) -> None:
    places = {p.location.name: p for p in find_places(nlp(
        "Insurgents fired on a patrol in the Sungai Padi district of Narathiwat late on Monday."))}
    assert "Sungai Padi" in places
