"""A district named with the province it lies in ("Kech district of Balochistan") takes the province's
country, whatever town abroad bears the district's name; a village placed in a district ("near Mashkaf in
Bolan district") is kept, like "at Pissele, near Bourzanga"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _places(nlp: Language, text: str) -> dict[str, tuple[str | None, str]]:
    return {p.location.name: (p.location.country_code, p.level) for p in find_places(nlp(text))}


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Gunmen torched two lorries in Kech district of Balochistan on Sunday.", "Kech"),
        ("A landmine killed a shepherd in Bolan district of Balochistan province on Sunday.", "Bolan"),
        ("A landmine killed a shepherd in Bolan district of Pakistan's Balochistan province on Sunday.", "Bolan"),
    ],
)
def test_a_district_of_a_province_takes_the_province_country(nlp: Language, text: str, district: str) -> None:
    assert _places(nlp, text)[district] == ("PK", "admin")


@pytest.mark.parametrize(
    "text",
    [
        "Militants blew up a gas pipeline near Mashkaf in Bolan district, Balochistan, on Sunday.",
        "Militants blew up a gas pipeline near Mashkaf in Bolan district of Balochistan on Sunday.",
    ],
)
def test_a_village_in_a_district_is_kept_with_the_district_country(nlp: Language, text: str) -> None:
    places = _places(nlp, text)
    assert places["Mashkaf"] == ("PK", "city")
    assert places["Bolan"][0] == "PK"


def test_a_village_near_a_district_seat_takes_the_seat_country(nlp: Language) -> None:
    # Sangla is also a town in India; Kohlu, the district's seat, is Pakistan's only
    places = _places(nlp, "Suspected militants ambushed a bus near Sangla in Kohlu district on Monday.")
    assert places["Sangla"][0] == "PK"


def test_a_district_named_like_a_foreign_town_alias_is_not_that_town(nlp: Language) -> None:
    # "Kech" is an alternate spelling of a German town: with no province named, the district stays unplaced
    places = _places(nlp, "Gunmen shot dead a teacher at Tump in Kech district on Friday.")
    assert places["Kech"] == (None, "admin")
    assert places["Tump"][0] != "DE"
