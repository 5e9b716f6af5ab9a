"""Which place a text means, on sentences written for these tests: a name the text calls a neighbourhood or
quarter of a city, a region's name two states share ("Kurdistan"), the country of an unlisted town in a story
that moves from country to country, and a town named inside a venue's name that the text places elsewhere."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.mentions import PlaceMention
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _by_name(nlp: Language, text: str) -> dict[str, PlaceMention]:
    return {p.location.name: p for p in find_places(nlp(text))}


@pytest.mark.parametrize(("text", "quarter", "city"), [
    ("A bomb hidden in a rickshaw went off in Orangi Town neighborhood, Karachi, on Sunday, wounding six.",
     "Orangi", "Karachi"),
    ("Two traders were shot dead in the Hodan district of Mogadishu late on Friday, witnesses said.",
     "Hodan", "Mogadishu"),
    ("A grenade thrown at a bus stop in the Gulshan suburb of Dhaka injured four commuters.", "Gulshan", "Dhaka"),
])
def test_a_named_quarter_gives_way_to_its_city(nlp: Language, text: str, quarter: str, city: str) -> None:
    places = _by_name(nlp, text)
    assert quarter not in places
    assert places[city].location.geonames_id is not None


def test_a_district_in_a_chain_stays_the_place(nlp: Language) -> None:
    # a district named before its province is no quarter of a city
    places = _by_name(nlp, "A councillor was stabbed to death in Naogaon district, Rajshahi, Bangladesh.")
    assert "Naogaon" in places


@pytest.mark.parametrize(("text", "code"), [
    ("Militants attacked a police checkpoint in Kurdistan on Tuesday night, killing four guards.", "IQ"),
    ("A drone strike on a car in Kurdistan killed two men, Peshmerga commanders said.", "IQ"),
    ("A Turkish drone hit a vehicle in Kurdistan on Sunday, killing three fighters.", "IQ"),
    ("Gunmen ambushed a patrol of the IRGC in Kurdistan on Sunday, killing two guards.", "IR"),
])
def test_a_bare_kurdistan_is_read_by_the_texts_actors(nlp: Language, text: str, code: str) -> None:
    place = _by_name(nlp, text)["Kurdistan"]
    assert place.level == "admin"
    assert place.location.country_code == code


def test_kurdistan_follows_a_state_the_text_names(nlp: Language) -> None:
    place = _by_name(nlp, "Two Iranian border guards were shot dead in Kurdistan province on Monday.")["Kurdistan"]
    assert place.location.country_code == "IR"


def test_an_unlisted_town_takes_the_country_the_story_last_moved_to(nlp: Language) -> None:
    text = ("Jihadists killed nine soldiers in an ambush in Mali on Monday. A second convoy was hit in Mali on "
            "Tuesday. In Sierra Leone, protests over fuel prices turned violent. Later, in Kabala, gunmen shot "
            "dead a trader.")
    assert _by_name(nlp, text)["Kabala"].location.country_code == "SL"


def test_an_unlisted_town_keeps_the_sentences_own_country(nlp: Language) -> None:
    text = ("Jihadists killed nine soldiers in Mali on Monday. In Niger, the army said it had repelled a raid. "
            "Gunmen in Mali also stormed the village of Tinfa near the border.")
    assert _by_name(nlp, text)["Tinfa"].location.country_code == "ML"


def test_a_venue_named_after_a_city_stands_where_the_text_places_it(nlp: Language) -> None:
    text = ("A lone gunman opened fire inside the Grand Palace Manila late on Friday, wounding three guards.\n\n"
            "A militant group claimed the attack on the Grand Palace Manila in Pasay City.")
    places = _by_name(nlp, text)
    assert "Manila" not in places
    assert places["Pasay City"].location.geonames_id is not None
    incidents = analyze(text).incidents
    assert incidents and incidents[0].location is not None
    assert incidents[0].location.evidence.text == "Pasay City"


@pytest.mark.parametrize("text", [
    "A magnetic bomb wrecked a police pickup in Dhagaxtuur, Hodan neighborhood, Mogadishu, Somalia.",
    "Gunmen shot a district councillor in Buulo Cad, Wadajir district, Mogadishu, Somalia, on Tuesday.",
    "Attackers hurled petrol bombs at a cafe in Grunholzau district, Leipzig, Saxony, Germany.",
])
def test_a_chain_through_a_quarter_ends_in_its_city(text: str) -> None:
    inc = analyze(text).incidents[0]
    assert inc.location is not None
    assert inc.location.name in {"Mogadishu", "Leipzig"}


def test_initials_in_brackets_are_no_town(nlp: Language) -> None:
    text = ("A mine hit a Special Task Force (STF) truck near Kadenar village, Narayanpur district, Chhattisgarh, "
            "India, on Monday.")
    assert "STF" not in _by_name(nlp, text)


def test_a_banks_last_word_is_no_town(nlp: Language) -> None:
    places = _by_name(nlp, "Robbers armed with rifles looted the Punjab and Sind Bank in Rampura, Punjab, India.")
    assert "Bank" not in places
    assert "Rampura" in places
