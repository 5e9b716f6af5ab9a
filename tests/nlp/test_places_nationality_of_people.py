"""A nationality that says who the victims are ("Romanian refugees", "Turkish families", "one American") is no
evidence of where the attack was: the town keeps its own country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        ("Youths armed with clubs beat Romanian refugees outside a hostel in Wolfsburg, injuring one man.",
         "Wolfsburg", "DE"),
        # an umlaut written out ("ue"); the families' nationality is who lived there
        ("Arsonists set fire to a house in Wuelfrath where several Turkish families lived.", "Wuelfrath", "DE"),
        ("Kidnappers took 12 travellers on a road near Tagab, including one American and two Britons.",
         "Tagab", "AF"),
    ],
)
def test_victims_nationality_moves_no_town(nlp: Language, text: str, town: str, code: str) -> None:
    found = {p.location.name: p.location.country_code for p in find_places(nlp(text))}
    assert found.get(town) == code


def test_a_nationality_before_a_body_still_names_a_country(nlp: Language) -> None:
    # "the American embassy" is no person: the demonym is still context (the town answers to Nairobi alone)
    found = {p.location.name: p.location.country_code
             for p in find_places(nlp("A truck bomb exploded outside the American embassy in Nairobi."))}
    assert found.get("Nairobi") == "KE"


@pytest.mark.parametrize(
    ("text", "demonym", "people"),
    [
        # two demonyms sharing one noun: the noun decides, as it does for one ("Kenyan soldiers" serve at home)
        ("Gunmen killed two Somali and one Kenyan soldier near Mandera on Monday.", "Somali", False),
        ("Insurgents ambushed two Afghan and three American soldiers near Ghazni.", "Afghan", False),
        ("Kidnappers seized two French and one Belgian tourist near Agadez on Friday.", "French", True),
    ],
)
def test_coordinated_demonyms_share_their_noun(nlp: Language, text: str, demonym: str, people: bool) -> None:
    from counterclaim.nlp.places import _qualifies_people

    doc = nlp(text)
    assert _qualifies_people(doc, next(t for t in doc if t.text == demonym)) is people


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        # a country's name before a noun for people says who they are, as a demonym would
        ("Gunmen kidnapped a US citizen on Siasi Island on Monday.", "Siasi", "PH"),
        ("Kidnappers seized two U.S. engineers near Pul-e-Khumri on Monday.", "Pul-e-Khumri", "AF"),
    ],
)
def test_a_country_named_before_people_moves_no_town(nlp: Language, text: str, town: str, code: str) -> None:
    found = {p.location.name: p.location.country_code for p in find_places(nlp(text))}
    assert found == {town: code}


def test_a_country_named_before_people_is_no_scene() -> None:
    from counterclaim import analyze

    result = analyze("Carjackers killed a US citizen and wounded two aid workers on Tuesday.", published="2024-05-06")
    assert result.incidents and result.incidents[0].location is None
    # near miss: a state's own men ("US soldiers") are left as they were
    found = [p.location.name for p in find_places(load_pipeline()("Gunmen killed two US soldiers on Tuesday."))]
    assert found == ["US"]


def test_a_name_in_a_list_of_people_is_no_chained_town() -> None:
    from counterclaim import analyze

    # "Ismail" is an alternate name of Izmayil, Ukraine: in a list of people it places no one there
    result = analyze("A man set off suitcase bombs at a hotel, causing heavy damage. Yaqub Rahman, Ismail \"Tiger\" "
                     "Rahman and Dawood Khan were named as the perpetrators.", published="2024-05-06")
    assert all(inc.location is None or inc.location.country_code != "UA" for inc in result.incidents)


@pytest.mark.parametrize(
    "text",
    [
        # a country's residents, villagers or civilians live in it: its name still tells the scene's country
        "Gunmen shot dead three Yemen residents at a checkpoint on Monday.",
        "Militiamen abducted six Yemen villagers on Monday.",
    ],
)
def test_a_countrys_residents_live_in_it(text: str) -> None:
    from counterclaim import analyze

    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and loc.country_code == "YE"
