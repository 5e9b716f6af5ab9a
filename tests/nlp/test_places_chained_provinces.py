"""What the chain or apposition after a town says of its province and country, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.codebooks.gazetteer import load_gazetteer, name_key
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _place(nlp: Language, text: str, name: str):
    return next(p for p in find_places(nlp(text)) if p.location.name == name)


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("A gunman opened fire outside a church in Springfield, Illinois, on Monday.", "Springfield", "IL"),
        ("A bomb went off near a bank in Columbus, Georgia.", "Columbus", "GA"),
        ("A former pupil shot 17 people at a school in Parkland, Florida.", "Parkland", "FL"),
    ],
)
def test_the_namesake_in_the_state_named_next(nlp: Language, text: str, name: str, state: str) -> None:
    found = _place(nlp, text, name)
    cities = {c.geonames_id: c for c in load_gazetteer().cities_named(name_key(name))}
    assert cities[found.location.geonames_id].admin1_code == state


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # the place word between the town and the chain does not hide the chain ("Karak" is also Jordan's)
        ("Two policemen died when a bomb went off in Karak district, Khyber Pakhtunkhwa, late on Monday.", "Karak",
         "PK"),
        # a state named like a country is either: the town's own country decides
        ("A student shot two classmates at a school in Winder, Georgia.", "Winder", "US"),
        ("Gunmen abducted 12 passengers in Kagara, Niger, on Sunday.", "Kagara", "NG"),
        # the state named like a country before the country itself, the chain running on into the sentence
        ("Bandits seized 15 worshippers at a church in Dabban, Niger, Nigeria on Sunday night.", "Dabban", "NG"),
        ("Bandits seized 15 worshippers at a church in Dabban, Niger, Nigeria on Sunday night.", "Niger", "NG"),
        # the distance before a bearing, in brackets
        ("Rebels blew up a power pylon near Remedios (160 kilometers northeast of Medellin) on Monday.", "Remedios",
         "CO"),
        # "a suburb of Y" ties the suburb to Y's country, whatever namesake abroad is larger
        ("Two men were stabbed outside a bar in Woodstock, a suburb of Cape Town, on Saturday.", "Woodstock", "ZA"),
        # Northern Ireland's counties, which ISO no longer lists
        ("A gunman shot a farmer at Pomeroy, County Tyrone, on Friday.", "Pomeroy", "GB"),
    ],
)
def test_the_chain_gives_the_country(nlp: Language, text: str, name: str, code: str) -> None:
    assert _place(nlp, text, name).location.country_code == code


def test_whose_depot_is_no_country_of_the_scene(nlp: Language) -> None:
    # "American-run" says who runs the depot, not where it is
    codes = {p.location.country_code for p in find_places(
        nlp("A small bomb went off near an American-run oil depot in Songkla Province."))}
    assert "US" not in codes


def test_a_school_town_is_the_namesake_in_the_state_the_text_names() -> None:
    text = "A teenager shot two students at Madison High School on Monday, police in Ohio said."
    loc = analyze(text).incidents[0].location
    cities = {c.geonames_id: c for c in load_gazetteer().cities_named("madison")}
    assert loc is not None and loc.geonames_id in cities and cities[loc.geonames_id].admin1_code == "OH"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a demonym before its noun, after a place word's comma, says whose officials speak
        ("A suicide bomber killed six recruits in Helmand province, British army officials said.", "Helmand", "AF"),
        ("Jihadists ambushed a patrol in Tillaberi region, French officials said on Monday.", "Tillaberi", "NE"),
        ("Two guards were shot dead in Idlib province, Turkish officials said.", "Idlib", "SY"),
        ("Gunmen shot two traders in Jalalabad, Pakistani officials said.", "Jalalabad", "AF"),
        # a country owning the army or the police that speak is no element of the chain either
        ("Gunmen killed ten herders in Tahoua region, Nigeria's army said.", "Tahoua", "NE"),
        ("A bomb went off in Sulu province, Malaysia police said.", "Sulu", "PH"),
    ],
)
def test_the_officials_after_a_place_are_no_chain_element(nlp: Language, text: str, name: str, code: str) -> None:
    assert _place(nlp, text, name).location.country_code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("A bomb killed four traders in Mokwa, Nigeria on Friday.", "Mokwa", "NG"),
        ("Gunmen killed seven herders near Gode town, Somali region, Ethiopia.", "Gode", "ET"),
    ],
)
def test_a_country_or_region_ending_the_chain_still_counts(nlp: Language, text: str, name: str, code: str) -> None:
    assert _place(nlp, text, name).location.country_code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a town the gazetteer lacks, chained to a name that is a country and a state elsewhere: the country named
        ("Jihadists overran Inates, Niger, killing dozens of soldiers.", "Inates", "NE"),
        ("Russian jets bombed Ergneti, Georgia, killing two farmers.", "Ergneti", "GE"),
        # a province named between them already says which: "Niger" after Tillaberi is the country
        ("Gunmen raided Kolbirgou, Tillaberi, Niger, on Sunday, killing nine villagers.", "Kolbirgou", "NE"),
        ("Gunmen attacked Tinkaraouene, Tillia district, Tahoua, Niger, killing twenty people.", "Tinkaraouene",
         "NE"),
    ],
)
def test_an_unlisted_town_before_a_country_named_like_a_state(nlp: Language, text: str, name: str, code: str) -> None:
    assert _place(nlp, text, name).location.country_code == code


def test_a_french_department_number_is_no_geonames_region(nlp: Language) -> None:
    # ISO's FR-84 (Vaucluse) is no GeoNames admin code "84" (a region far from it): only US states match
    found = _place(nlp, "Two men were shot outside a bar in Villeneuve, Vaucluse, on Saturday.", "Villeneuve")
    cities = {c.geonames_id: c for c in load_gazetteer().cities_named("villeneuve")}
    assert found.location.geonames_id in cities and cities[found.location.geonames_id].admin1_code != "84"


def test_countries_listed_stay_countries(nlp: Language) -> None:
    # a list of countries runs on with "and": Niger is the country there, not Nigeria's state
    place = _place(nlp, "Jihadists have killed thousands in Mali, Niger, Nigeria and Chad since 2012.", "Niger")
    assert place.level == "country" and place.location.country_code == "NE"


@pytest.mark.parametrize(
    "text",
    [
        # a multi-word country before the comma is no town: the names are a list of countries
        "Jihadists have raided border posts in Burkina Faso, Niger, Nigeria over the past year.",
        "Refugees fled to camps in the Central African Republic, Niger, Nigeria in recent weeks.",
    ],
)
def test_a_country_after_a_long_country_name_stays_a_country(nlp: Language, text: str) -> None:
    place = _place(nlp, text, "Niger")
    assert place.level == "country" and place.location.country_code == "NE"


def test_a_state_after_a_two_word_town_is_still_a_state(nlp: Language) -> None:
    place = _place(nlp, "Gunmen abducted 12 passengers in New Bussa, Niger, Nigeria on Sunday.", "Niger")
    assert place.level == "admin" and place.location.country_code == "NG"
