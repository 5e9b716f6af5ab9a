"""Names of things that spell a town: a body's name opening with a town gives way to the town the text calls one, a
ship's prefix makes the words after it the ship's, a victim the apposition calls a person is no unlisted town, and a
shop or mall named like a town is placed by the town after it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen of the Tupac Amaru Revolutionary Movement attacked the town of Tarapoto, Peru, killing four people.",
         "Tarapoto", "PE"),
        ("Two crewmen hijacked the SS Columbia Eagle as it lay off Long Beach, California, United States.",
         "Long Beach", "US"),
        ("A man fired two shots at Bob Kessler, a party organiser, in El Monte, California, United States.",
         "El Monte", "US"),
        ("Arsonists set off firebombs in a Grand Union supermarket in Manhattan, New York, United States.",
         "New York City", "US"),
        ("Arsonists set fire to the Lincoln Square Mall in Champaign, Illinois, United States.", "Champaign", "US"),
    ],
)
def test_a_name_of_a_thing_gives_way_to_the_town(text: str, name: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # near misses: a facility named after its own town stays in it; a village an apposition calls one stays
        ("A bomb exploded at the Kabul Serena Hotel in Kabul on Saturday, wounding two guards.", "Kabul", "AF"),
        ("Gunmen attacked a checkpoint in Jaje Tapa, a village in Kunar, Afghanistan, on Monday.", "Jaje Tapa", "AF"),
        ("Arsonists burned a Kabul supermarket in Kabul on Saturday, wounding a guard.", "Kabul", "AF"),
        # a town opening a school's name, in its state: the town (session 14)
        ("Unknown men set off a bomb at Covington High School in Louisiana, United States.", "Covington", "US"),
        ("Unknown men set off two firebombs at Redlands University in California, United States.", "Redlands", "US"),
    ],
)
def test_a_town_named_in_its_own_place_stays(text: str, name: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state of the town's own after a shop word is no other town, though towns abroad are called Florida
        ("A gunman opened fire at the Orlando nightclub in Florida, killing 12 people.", "Orlando"),
        ("A gunman opened fire at the Tampa nightclub in Florida on Sunday, wounding four.", "Tampa"),
    ],
)
def test_a_town_before_a_shop_in_its_own_state_stays(text: str, name: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, "US")


def test_a_shop_named_for_a_town_of_another_state_is_no_town() -> None:
    # near miss: a state that is not the town's own leaves Dallas a brand
    loc = analyze("A gunman opened fire at a Dallas restaurant in Florida, killing two.",
                  published="2024-05-06").incidents[0].location
    assert loc is None or loc.name != "Dallas"


def test_mt_before_a_name_in_capitals_is_mount_not_a_ship() -> None:
    # "MT" is Mount in capitals wire copy: the mountain's country stays; near miss: "the MV X" is still a ship
    loc = analyze("BANDITS AMBUSHED A TOURIST BUS NEAR MT KENYA, WOUNDING FOUR.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and loc.country_code == "KE"
    ship = analyze("Pirates hijacked the MV Sirius Star off Mombasa, Kenya, on Saturday.",
                   published="2024-05-06").incidents[0].location
    assert ship is not None and ship.name == "Mombasa"


@pytest.mark.parametrize(
    "text",
    [
        # an origin is no scene: the town opening the body's name does not give way to where someone comes from
        "A Herat University professor who was born in the village of Karukh was stabbed to death on the campus.",
        "A Herat University professor from the village of Karukh was stabbed to death on the campus.",
    ],
)
def test_a_town_of_someones_origin_takes_no_scene(text: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Herat", "AF")
