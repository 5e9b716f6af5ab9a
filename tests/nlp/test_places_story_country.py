"""A small town name several countries share follows the country the story names, even one named only by its
police, before the population of a namesake abroad; and "<town>, in <Country>'s <region>" keeps the town; on
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Boko Haram fighters raided Baga, a lakeside town, killing at least 20 people, Nigerian police said.",
     "Baga", "NG"),
    ("A bomb was defused in Baga, Spain, on Friday, Catalan police officers said.", "Baga", "ES"),
])
def test_a_shared_village_name_follows_the_story(nlp: Language, text: str, name: str, code: str) -> None:
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name[name].location.country_code == code


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Jihadists attacked Tourou, in Cameroon's Far North region, on Thursday night, killing three soldiers.",
     "Tourou", "Cameroon"),
    ("Gunmen raided Dalori, in Nigeria's Borno state, killing six farmers.", "Dalori", "Nigeria"),
    ("Bandits stormed Gouzoudou, in Niger's southeast, stealing cattle and killing two herders.", "Gouzoudou",
     "Niger"),
])
def test_a_town_in_a_countrys_region_is_kept(text: str, town: str, country: str) -> None:
    location = analyze(text, published="2025-03-02").incidents[0].location
    assert (location.name, location.country) == (town, country)


@pytest.mark.parametrize("text", [
    "The envoy met Ahmed, in Nigeria's capital, on Monday.",
    "Residents said Umar Sani, in Nigeria's northwest, lost three sons when bandits attacked.",
    "Villagers said Musa Bello, in Niger's southeast, lost his shop when gunmen raided the market.",
    "Aisha Garba, in Nigeria's northeast, told reporters that gunmen burned her home.",
])
def test_a_person_in_a_countrys_region_is_no_town(nlp: Language, text: str) -> None:
    """A name the tagger calls a person that does what the verb after the apposition says is no town."""
    names = {p.location.name for p in find_places(nlp(text))}
    assert not names & {"Ahmed", "Umar Sani", "Musa Bello", "Aisha Garba"}


def test_a_village_the_tagger_calls_a_person_is_still_a_town_when_attacked(nlp: Language) -> None:
    text = "Officials said Gouzoudou, in Niger's southeast, was attacked overnight by bandits on motorbikes."
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name["Gouzoudou"].location.country_code == "NE"


@pytest.mark.parametrize(("text", "town"), [
    ("Militiamen killed six people in Kilwa on Monday.", "Kilwa"),
    ("Rebels killed 20 civilians in Eringeti on Tuesday, a local official said.", "Eringeti"),
])
def test_an_unlisted_town_before_the_day_is_kept(nlp: Language, text: str, town: str) -> None:
    """The tagger may call an unfamiliar town a person; right before "on <weekday>" it is where it happened."""
    assert town in {p.location.name for p in find_places(nlp(text))}


@pytest.mark.parametrize("text", [
    "Relatives gathered in Parliament on Monday to mourn the dead.",  # a word, no town
    "Gunmen killed four people in Kabul on Monday.",  # listed: resolved on its own
])
def test_only_an_unlisted_name_before_the_day_is_read_so(nlp: Language, text: str) -> None:
    names = {p.location.name for p in find_places(nlp(text))}
    assert "Parliament" not in names


@pytest.mark.parametrize("militia", ["Mai-Mai", "Mai Mai"])
def test_a_militia_named_like_a_hyphenated_town_is_no_place(nlp: Language, militia: str) -> None:
    """Hyphenated or written as a repeated word, the militia's name is who they are, no town."""
    text = f"{militia} militiamen killed six people in the village of Kilwa on Monday."
    assert [p.location.name for p in find_places(nlp(text))] == ["Kilwa"]
