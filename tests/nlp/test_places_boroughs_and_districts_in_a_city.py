"""A borough GeoNames names as one ("Borough of Brooklyn") is its city, and a listed district the text puts "in"
a city that the gazetteer places it inside gives way to that city; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("text", [
    "Two men were shot dead outside a corner shop in the Bronx on Tuesday night, police said.",
    "A commuter was stabbed to death on a subway platform in Brooklyn, New York, on Friday.",
    "An arsonist set fire to a synagogue in Queens early on Sunday, police said.",
    "A man hurled a petrol bomb at a church in Staten Island on Sunday night, police said.",  # 20 km out
])
def test_a_borough_is_its_city(nlp: Language, text: str) -> None:
    towns = [p for p in find_places(nlp(text)) if p.level == "city"]
    assert [p.location.name for p in towns] == ["New York City"]
    assert towns[0].location.evidence.text in text  # the borough's own words stay the evidence
    assert analyze(text, published="2025-03-02").incidents[0].location.name == "New York City"


def test_a_district_in_the_city_it_lies_in_gives_way(nlp: Language) -> None:
    text = "A parcel bomb went off at a jeweller's in the Karol Bagh district in Delhi, wounding six people."
    assert [p.location.name for p in find_places(nlp(text))] == ["Delhi"]


@pytest.mark.parametrize(("text", "town"), [
    ("A gunman killed three people at a party in Pasadena on Saturday.", "Pasadena"),  # a city of its own nearby
    ("Militants fired on a checkpoint in Fylde, injuring two officers.", "Fylde"),  # a borough of no large city
    # a borough 23 km from Manchester, which is only eight times its size: a town of its own
    ("A parcel bomb exploded outside a council office in Rossendale, injuring a clerk.", "Rossendale"),
    # a borough the text places in a county that is not its city's
    ("A man was stabbed to death outside a pub in Sutton, Surrey, late on Monday.", "Sutton"),
])
def test_a_town_beside_a_large_city_stays(nlp: Language, text: str, town: str) -> None:
    names = {p.location.name for p in find_places(nlp(text))}
    assert town in names
    assert not names & {"Manchester", "London"}


@pytest.mark.parametrize("text", [
    "Shots were fired at passing cars in the Bronx, Queens and Brooklyn overnight, police said.",
    "A delivery driver was stabbed outside a warehouse in Brooklyn, NY, on Friday.",
])
def test_a_borough_chained_to_its_own_city_or_state_is_its_city(nlp: Language, text: str) -> None:
    assert {p.location.name for p in find_places(nlp(text)) if p.level == "city"} == {"New York City"}


@pytest.mark.parametrize("text", [
    "A bomb hidden on a minibus exploded in the Sadr City area of Baghdad, killing seven people.",
    "A roadside bomb struck an army patrol in the neighbourhood of Hurriya in Baghdad, killing one soldier.",
])
def test_an_area_or_neighbourhood_of_baghdad_is_baghdad(nlp: Language, text: str) -> None:
    assert [p.location.name for p in find_places(nlp(text))] == ["Baghdad"]


def test_a_town_of_karachi_is_karachi(nlp: Language) -> None:
    """Karachi's "towns" are its quarters: an unlisted one before the large city gives way to it."""
    text = "Gunmen ambushed a police patrol in Liyari town, Karachi, killing two officers."
    assert [p.location.name for p in find_places(nlp(text))] == ["Karachi"]


def test_an_area_of_a_town_is_no_namesake_abroad(nlp: Language) -> None:
    text = "Gunmen attacked a police post in the Chinar area of Khost, killing a policeman."
    places = find_places(nlp(text))
    assert [(p.location.name, p.location.country_code) for p in places] == [("Khost", "AF")]


def test_the_tribal_areas_are_a_region(nlp: Language) -> None:
    """The Federally Administered Tribal Areas lost their ISO code in 2018; older reports still name them."""
    text = ("Drones struck two compounds across Pakistan's tribal belt, the Federally Administered Tribal Areas, "
            "on Monday.")
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name["Federally Administered Tribal Areas"].level == "admin"
    assert by_name["Federally Administered Tribal Areas"].location.country_code == "PK"


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen shot dead two money changers in Ikeja, Lagos, on Monday, police said.", "Ikeja"),
    ("A gunman wounded three men outside a liquor store in Compton, Los Angeles, on Saturday.", "Compton"),
    ("Masked men torched three cars outside a garage in Bondi, Sydney, early on Sunday.", "Bondi"),
    ("A man was stabbed at a bus stop in Kreuzberg, Berlin, on Friday night.", "Kreuzberg"),
])
def test_a_listed_town_chained_to_a_city_stays_itself(nlp: Language, text: str, town: str) -> None:
    """Distance cannot tell a city's quarter ("Kreuzberg, Berlin") from a town beside it ("Ikeja, Lagos",
    "Compton, Los Angeles"), which GTD codes as itself: the gazetteer marks neither, so both stay."""
    assert find_places(nlp(text))[0].location.name == town


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen shot dead a currency trader in the Ikeja area of Lagos on Monday.", "Ikeja"),  # 17 km out
    ("A roadside bomb wounded two soldiers in the Thane area of Mumbai on Friday.", "Thane"),  # 16 km out
    ("A sticky bomb went off near a mosque in Bagrami district, Kabul, killing three.", "Bagrami"),
    ("A mortar round landed in the Bagrami area of Kabul, killing two children.", "Bagrami"),  # size unknown
])
def test_a_listed_town_called_an_area_or_district_of_a_city_stays(nlp: Language, text: str, town: str) -> None:
    assert find_places(nlp(text))[0].location.name == town


@pytest.mark.parametrize(("text", "city"), [
    ("A bomb tore through a crowded market in the Gulshan area of Dhaka, killing eleven.", "Dhaka"),  # Iran's only
    ("Gunmen on a motorbike killed two shopkeepers in Lyari town, Karachi, on Sunday.", "Karachi"),  # unlisted
])
def test_an_area_or_town_of_a_city_listed_nowhere_near_is_the_city(nlp: Language, text: str, city: str) -> None:
    assert [p.location.name for p in find_places(nlp(text))] == [city]


@pytest.mark.parametrize(("text", "town"), [
    ("A bomb went off near a bus stand in Rawalpindi, Islamabad, wounding two people.", "Rawalpindi"),
    ("A parcel exploded outside a consulate in New Delhi, Delhi, India, on Friday.", "New Delhi"),  # a capital
    ("Two soldiers died when rebels ambushed their truck in Banquerohan, Legazpi district, on Sunday.",
     "Banquerohan"),
    ("Army experts made safe a pipe bomb left in Glenavy town, Lisburn district, on Sunday.", "Glenavy"),
])
def test_a_town_chained_to_a_neighbouring_city_stays(nlp: Language, text: str, town: str) -> None:
    """A city of another province, a capital, or a village of the city's district is no quarter of it."""
    assert town in {p.location.name for p in find_places(nlp(text))}


def test_a_village_chained_before_an_area_of_a_city_stays(nlp: Language) -> None:
    """"X, Y area, City": X is a village of the area around the city, not one of its quarters."""
    text = "Gunmen raided a farm and abducted a trader in Oke Bola, Molete area, Ibadan, Oyo, Nigeria."
    assert "Oke Bola" in [p.location.name for p in find_places(nlp(text)) if p.level == "city"]
