"""A station or venue named for a town elsewhere ("the Victoria railway terminus near Mumbai", "the Paradise Theatre
in the Bronx"), and a village the text marks ("the village of X") chained to its country; on sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "station", "town"), [
    ("A bomb went off at the Victoria railway terminus near Mumbai, causing heavy damage.", "Victoria", "Mumbai"),
    ("A parcel bomb exploded at Waterloo station in London during the morning rush.", "Waterloo", "London"),
    # the Bronx, a borough, is New York City (test_places_boroughs_and_districts_in_a_city)
    ("Arsonists torched the Hollywood Cinema in the Bronx late on Saturday, hurting a guard.", "Hollywood",
     "New York City"),
    ("Arsonists set fire to Rogers Field Stadium at the state university in Pullman on Sunday.", "Rogers",
     "Pullman"),
])
def test_a_station_named_for_a_town_elsewhere_gives_way(nlp: Language, text: str, station: str, town: str) -> None:
    names = {p.location.name for p in find_places(nlp(text))}
    assert station not in names
    assert analyze(text).incidents[0].location.name == town


def test_a_station_in_its_own_town_stays(nlp: Language) -> None:
    text = "A suicide bomber struck the Quetta railway station on Friday, killing 20 people."
    assert "Quetta" in {p.location.name for p in find_places(nlp(text))}


@pytest.mark.parametrize(("text", "town"), [
    ("A suicide bomber hit the entrance of Herat airport on Sunday, killing nine people, while envoys met in Doha.",
     "Herat"),
    ("A bomb went off at Quetta railway station on Friday, wounding ten people, an official in Islamabad said.",
     "Quetta"),
])
def test_a_town_said_later_in_the_sentence_is_not_the_venues(text: str, town: str) -> None:
    """Only a town right after the venue's name places it; a facility named for its town ("Herat airport") is
    no venue."""
    assert analyze(text, published="2025-03-02").incidents[0].location.name == town


@pytest.mark.parametrize(("text", "school", "town"), [
    ("Gunmen attacked a polling station at Saint Mary school in Kaduna, killing one voter.", "Saint Mary", "Kaduna"),
    ("Thugs set fire to a polling station at the Kano Road primary school in Zaria, wounding four voters.", "Kano",
     "Zaria"),
])
def test_a_school_named_for_a_place_elsewhere_gives_way(nlp: Language, text: str, school: str, town: str) -> None:
    """ "a polling station at <X> school in <town>": the scene is the town, whatever place (a town, a province
    abroad) the school is named for."""
    names = {p.location.name for p in find_places(nlp(text))}
    assert school not in names
    assert analyze(text).incidents[0].location.name == town


@pytest.mark.parametrize(("text", "village", "code"), [
    ("Gunmen attacked ethnic Vietnamese fishermen in the floating village of Prek Toal, Cambodia, killing 12.",
     "Prek Toal", "KH"),
    ("Chinese engineers were seized in the village of Ngoroto, Tanzania, police said.", "Ngoroto", "TZ"),
])
def test_a_marked_village_takes_its_chains_country(nlp: Language, text: str, village: str, code: str) -> None:
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name[village].location.country_code == code


@pytest.mark.parametrize(("text", "venue", "town"), [
    ("A gunman opened fire on dancers at Pulse, a nightclub, in Orlando, Florida, killing dozens.", "Pulse",
     "Orlando"),
    ("A gunman killed a ticket inspector outside Union Station in Denver on Tuesday.", "Union Station", "Denver"),
    # a centre that is a venue, not one of East Africa's "trading centres"
    ("Gunmen killed five shoppers at Westgate, a shopping centre in Nairobi, on Monday.", "Westgate", "Nairobi"),
])
def test_a_venue_named_like_a_town_gives_way(nlp: Language, text: str, venue: str, town: str) -> None:
    """A name the apposition calls a venue ("X, a nightclub,") or a listed name that is a station's gives way to
    the town after it."""
    names = {p.location.name for p in find_places(nlp(text))}
    assert venue not in names
    assert town in names


def test_a_town_called_a_town_stays(nlp: Language) -> None:
    text = "Gunmen raided Gwoza, a market town, in Borno state, killing five traders."
    assert "Gwoza" in {p.location.name for p in find_places(nlp(text))}


@pytest.mark.parametrize(("text", "town"), [
    ("Militiamen hacked four villagers to death in Kabiya, a farming center in Ituri, on Monday.", "Kabiya"),
    ("Rebels shot dead five civilians in Kiwanja, a trading center near Rutshuru, on Sunday.", "Kiwanja"),
    ("Gunmen torched shops in Ndoleka, a trading centre near Butembo, overnight.", "Ndoleka"),
])
def test_a_town_called_a_trading_or_farming_centre_stays(nlp: Language, text: str, town: str) -> None:
    """East Africa's small towns are "trading centres": no venue that gives way to the place after it."""
    assert town in {p.location.name for p in find_places(nlp(text))}
