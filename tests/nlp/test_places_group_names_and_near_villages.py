"""A country word inside an armed group's name, and an unlisted village "near X in <province>", on sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _codes(nlp: Language, text: str) -> set[str | None]:
    return {p.location.country_code for p in find_places(nlp(text))}


def test_a_group_named_after_a_region_is_no_country(nlp: Language) -> None:
    # the Niger Delta lies in Nigeria: the name says nothing of the state Niger
    text = "The Niger Delta Avengers said on Tuesday they had blown up a crude oil pipeline, killing two guards."
    assert "NE" not in _codes(nlp, text)
    inc = analyze("Suspected members of the Niger Delta Avengers attacked a pipeline near Warri on Tuesday.").incidents
    assert inc[0].location is not None and inc[0].location.country_code == "NG"


def test_a_country_the_group_is_named_for_stays(nlp: Language) -> None:
    text = "Tehrik-i-Taliban Pakistan said it had carried out the bombing that killed four policemen."
    assert "PK" in _codes(nlp, text)


def test_a_plain_country_name_is_untouched(nlp: Language) -> None:
    assert "NE" in _codes(nlp, "Gunmen killed 12 villagers in Niger on Sunday, officials said.")


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        ("Gunmen shot dead four labourers near Tarkhani in Balochistan on Sunday, police said.", "Tarkhani", "PK"),
        ("A roadside bomb killed two soldiers near Dhok Mirza in Punjab province on Tuesday.", "Dhok Mirza", "PK"),
    ],
)
def test_a_village_near_which_it_happened_beats_its_province(text: str, town: str, code: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == town and loc.country_code == code


def test_a_listed_town_near_which_it_happened_stays() -> None:
    loc = analyze("Gunmen shot dead four labourers near Quetta in Balochistan on Sunday, police said.").incidents[0]
    assert loc.location is not None and loc.location.name == "Quetta"


@pytest.mark.parametrize("text", [
    "Islamic State of Iraq and the Levant, in an online note, owned the bombing in Jalalabad.",
    "A suicide bomber killed nine people in Kunduz. In a message, Islamic State of Iraq and the Levant owned it.",
])
def test_a_country_after_state_of_in_a_groups_name_is_no_province(nlp: Language, text: str) -> None:
    # the group's name drops Iraq as a place; "State of" must not bring it back as a province the gazetteer lacks
    places = find_places(nlp(text))
    assert "Iraq" not in {p.location.name for p in places}
    assert _codes(nlp, text) == {"AF"}


@pytest.mark.parametrize(("text", "town"), [
    ("Insurgents raided Tourou, Mayo-Tsanaga, Far North, Cameroon, overnight and burned a chapel.", "Tourou"),
    ("Gunmen stormed Gouzda, Mayo-Tsanaga, Far North, on Saturday night, killing a herder.", "Gouzda"),
])
def test_a_province_name_opening_a_hyphenated_name_gives_no_country(nlp: Language, text: str, town: str) -> None:
    # "Mayo" is an Irish county, but "Mayo-Tsanaga" is a Cameroonian department: the chain is Cameroon's
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name[town].location.country_code == "CM"
    assert "IE" not in _codes(nlp, text)


def test_a_road_between_two_places_still_places_the_first(nlp: Language) -> None:
    text = "Militiamen ambushed a truck at Mavivi, Beni-Kasindi road, on Monday, killing the driver."
    assert "CD" in _codes(nlp, text)
