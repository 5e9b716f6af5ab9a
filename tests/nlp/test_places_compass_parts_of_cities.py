"""A capitalised compass word before a sizeable city's name ("North Belfast", "West Mosul") is a part of that city,
so the city; a compass part of a country inside a body's name ("the South Lebanon Army") is no place. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A pipe bomb went off outside a pub in North Belfast on Saturday night, wounding two men.", "Belfast", "GB"),
        ("Gunmen shot dead a taxi driver in South Belfast, Northern Ireland, on Friday.", "Belfast", "GB"),
        ("A bomb wrecked an empty flat in Northern Belfast overnight, injuring a neighbour.", "Belfast", "GB"),
        ("Militants shelled a hospital in West Mosul on Friday, killing three civilians.", "Mosul", "IQ"),
    ],
)
def test_a_compass_part_of_a_city_is_the_city(text: str, name: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)
    assert loc.geonames_id is not None and loc.evidence.text.split()[0] in {"North", "South", "Northern", "West"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # listed names with a compass word stay themselves (looked up whole first)
        ("A car bomb exploded near a checkpoint in East Jerusalem on Friday, wounding two.", "East Jerusalem", "PS"),
        ("A gunman killed two people at a bar in North Hollywood on Friday.", "North Hollywood", "US"),
        ("Rebels attacked an army base in North Kivu on Friday, killing two soldiers.", "North Kivu", "CD"),
    ],
)
def test_listed_compass_names_stay(text: str, name: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)


def test_a_compass_word_before_a_province_named_like_a_city_makes_no_city() -> None:
    # near miss: "North Cotabato" is the province ISO calls Cotabato, not a part of Cotabato City
    loc = analyze("A bomb exploded in a market in North Cotabato on Friday, killing two.",
                  published="2024-05-06").incidents[0].location
    assert loc is None or loc.name != "Cotabato"


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen of the South Lebanon Army fired on a village, killing two farmers.",
        "The South Lebanon Army shelled two hamlets on Sunday, killing a shepherd, Lebanese police said.",
    ],
)
def test_a_compass_part_of_a_country_in_a_bodys_name_still_tells_the_country(text: str) -> None:
    # no scene of its own ("South Lebanon"), but with no finer place the country comes from the text
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code, loc.geonames_id) == ("Lebanon", "LB", None)


def test_a_compass_part_in_a_bodys_name_gives_way_to_a_named_country() -> None:
    # near miss: a country the text names is finer evidence than the body's name
    loc = analyze("Militiamen of the South Lebanon Army fired into Israel on Monday, wounding two farmers.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and loc.country_code == "IL"


def test_a_compass_part_of_a_country_alone_stays() -> None:
    # near miss: the region itself, then the body's name, in one sentence
    loc = analyze("Guerrillas shelled outposts in South Lebanon on Friday, killing two militiamen of the South "
                  "Lebanon Army.", published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("South Lebanon", "LB")


def test_a_compass_part_in_a_bodys_name_still_hints_its_country() -> None:
    # no place, but the country a town the gazetteer lacks takes, as a demonym's would be
    loc = analyze("Guerrillas fired rockets at positions of the South Lebanon Army near Tallit village on Monday, "
                  "wounding a militiaman.", published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Tallit", "LB")


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot dead outside a liquor store in East St Louis on Saturday night.",
        "A pipe bomb went off outside a bar in West Palm Beach on Friday, wounding one man.",
    ],
)
def test_a_compass_word_before_a_longer_city_name_makes_no_part_of_it(text: str) -> None:
    # a compass word before a multi-word name: a town of its own ("East St. Louis"), not St. Louis / Palm Beach
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is None or loc.name not in {"St. Louis", "Saint Louis", "Palm Beach"}


@pytest.mark.parametrize(
    "text",
    [
        "A parcel bomb went off at a sorting office in West London on Tuesday, injuring a postman.",
        "A man was stabbed to death outside a pub in North London on Tuesday night.",
    ],
)
def test_a_compass_part_of_london_is_london(text: str) -> None:
    # ISO's "London, City of" made "london" a key of the borough, so "West London" was no place at all
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("London", "GB") and loc.geonames_id is not None
