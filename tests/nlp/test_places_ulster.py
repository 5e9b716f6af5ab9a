"""'Ulster' in news is Northern Ireland, the United Kingdom's (ISO's Ulster province is Ireland's, and only "Ulster
province" names it); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_ulster_alone_is_the_uk() -> None:
    loc = analyze("A bomb exploded in Ulster on Friday, killing two soldiers.").incidents[0].location
    assert loc is not None and loc.country_code == "GB"


def test_ulster_ties_a_town_to_the_uk(nlp: Language) -> None:
    # GeoNames files the city as "Derry"; "Londonderry" alone is a town in New Hampshire too
    text = "A landmine went off near a patrol in Londonderry on Sunday, the third attack in Ulster this month."
    town = next(p for p in find_places(nlp(text)) if p.location.name == "Londonderry")
    assert town.location.country_code == "GB"


@pytest.mark.parametrize("text", ["A bomb exploded in Ulster province, Ireland, on Friday."])
def test_ulster_province_stays_irelands(nlp: Language, text: str) -> None:
    place = next(p for p in find_places(nlp(text)) if p.location.name == "Ulster")
    assert place.level == "admin" and place.location.country_code == "IE"


@pytest.mark.parametrize(
    "text",
    [
        "A man shot dead three neighbours in Ulster County, New York, on Sunday, police said.",
        "Deputies said a gunman wounded two people at a bar in Ulster County, New York, late on Friday.",
    ],
)
def test_ulster_county_is_no_country(nlp: Language, text: str) -> None:
    # the alias is Northern Ireland's; before a place word that is not the Irish province's type it names a county
    place = next(p for p in find_places(nlp(text)) if p.location.name == "Ulster")
    assert place.level != "country" and place.location.country_code == "US"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # no state named: a county named before "County" that sheriff's deputies police is American
        ("Deputies in Ulster County said a gunman killed two people at a dairy farm on Sunday.", "US"),
        ("A gunman killed two people in Ulster County late on Friday, the county sheriff said.", "US"),
        # a province of that type keeps its country
        ("Gunmen killed four people in Mandera County on Sunday, police said.", "KE"),
    ],
)
def test_a_county_named_before_county(text: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and loc.country_code == country


def test_a_county_iso_types_otherwise_keeps_its_province() -> None:
    # ISO calls Romania's counties departments: "Cluj County" is still the province Cluj, not a US county
    loc = analyze("A parcel bomb went off in Cluj County on Monday, hurting two clerks.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.country_code, loc.admin1) == ("RO", "Cluj")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three people in Tongaren County on Sunday, the deputy county commissioner said.",
        "Bandits killed two herders in Tongaren County on Sunday, a deputy governor said.",
    ],
)
def test_a_deputy_title_makes_no_sheriffs_county(nlp: Language, text: str) -> None:
    # "deputy" before a title noun is any country's official, not a US sheriff's deputy
    place = next(p for p in find_places(nlp(text)) if p.location.name == "Tongaren")
    assert place.location.country_code != "US"
