"""Hyphenated place names and explicit place chains, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked a checkpoint near Baro-Baro, Tambun district, Maguindanao, Philippines.", "Baro-Baro"),
        ("Gunmen raided Amaeze-Oji, Ohaukwu, Ebonyi, Nigeria, overnight.", "Amaeze-Oji"),
        ("A bomb went off in Dilsen-Vreeland, Flanders, Belgium.", "Dilsen-Vreeland"),
    ],
)
def test_a_hyphenated_name_is_kept_whole(nlp: Language, text: str, name: str) -> None:
    names = [p.location.name for p in find_places(nlp(text))]
    assert name in names
    assert not any(n in name.split("-") for n in names)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a house in Qala-e Fatullah neighborhood, Kabul, Afghanistan.",
    "Gunmen attacked a house in Qala-e Shada Bagh Dawood neighborhood, Kabul, Afghanistan.",
])
def test_a_neighbourhood_with_an_izafa_gives_way_to_its_city(text: str) -> None:
    inc = analyze(text).incidents[0]
    assert inc.location is not None and inc.location.name == "Kabul"


@pytest.mark.parametrize("text", [
    "The deputy Vice-Chancellor of the university was abducted in Kafanchan, Nigeria.",
    "A convoy was attacked on the Kandahar-Herat highway in Afghanistan.",
])
def test_compound_words_and_roads_are_no_hyphenated_name(nlp: Language, text: str) -> None:
    names = [p.location.name for p in find_places(nlp(text))]
    assert not any("-" in n for n in names)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a province named like a country sits in the country the chain ends with
        ("Gunmen abducted 12 passengers in Kagara, Niger, Nigeria.", "Kagara", "NG"),
        ("A gunman opened fire at a bar in Atlanta, Georgia, United States.", "Atlanta", "US"),
        ("Gunmen attacked Tegina, Rafi district, Niger, Nigeria.", "Tegina", "NG"),
        # a demonym in the chain names a region of the last country
        ("Gunmen attacked herders in Dhagaxbuur, Somali, Ethiopia.", "Dhagaxbuur", "ET"),
    ],
)
def test_the_last_country_of_a_chain_wins(text: str, name: str, code: str) -> None:
    inc = analyze(text).incidents[0]
    assert inc.location is not None and inc.location.name == name
    assert inc.location.country_code == code


@pytest.mark.parametrize(("text", "name"), [
    ("Insurgents overran an outpost in Sarbagh, Chahar-e-Dara district, Kunduz, Afghanistan, on Sunday.", "Sarbagh"),
    ("A roadside bomb struck a van in Qasimkhel, Pul-i-Alam district, Logar, Afghanistan.", "Qasimkhel"),
])
def test_an_unknown_town_before_a_long_hyphenated_district_is_kept(nlp: Language, text: str, name: str) -> None:
    first = find_places(nlp(text))[0]
    assert first.location.name == name
    assert first.location.country_code == "AF"


@pytest.mark.parametrize(("text", "town", "street_of"), [
    ("A sticky bomb went off near the Kabul Karimi roundabout, Lashkar Gah, Helmand, wounding two.",
     "Lashkar Gah", "Kabul"),
    ("A grenade was thrown at a shop on Kandahar Road in Kabul late on Monday.", "Kabul", "Kandahar"),
])
def test_a_street_named_after_a_town_is_in_the_town_named_next(
    nlp: Language, text: str, town: str, street_of: str
) -> None:
    names = [p.location.name for p in find_places(nlp(text))]
    assert town in names
    assert street_of not in names


def test_a_district_takes_the_country_its_chain_ends_in(nlp: Language) -> None:
    # "Somali" is a region of Ethiopia here, not a vote for Somalia
    text = "Gunmen raided a market in Dolo area, Liben district, Somali, Ethiopia, killing seven traders."
    liben = next(p for p in find_places(nlp(text)) if p.location.name == "Liben")
    assert liben.location.country_code == "ET"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # an unlisted name with a place prefix takes the country its chain ties it to, though the text names none
        ("A soldier opened fire at Fort Hood, Texas, killing 13 people.", "Fort Hood", "US"),
        ("A gunman shot two recruits at Fort Sill, Oklahoma, on Tuesday.", "Fort Sill", "US"),
    ],
)
def test_an_unlisted_name_takes_its_chains_country(text: str, name: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)
