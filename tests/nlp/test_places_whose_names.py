"""Names that say whose a site is, not where it is, on sentences written for these tests."""

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
    ("text", "not_a_place", "place"),
    [
        # "the camp of <people>": whose camp, no village of that name
        ("Rebels shelled a camp of Uruguayan peacekeepers in Bunia on Monday.", "Uruguayan", "Bunia"),
        # the apposition calls the name an office: a business, no town
        ("A bomb went off at Green Valley Realty, a real estate office, in Seattle, Washington.",
         "Green Valley Realty", "Seattle"),
    ],
)
def test_whose_site_is_no_place(nlp: Language, text: str, not_a_place: str, place: str) -> None:
    names = [p.location.name for p in find_places(nlp(text))]
    assert not_a_place not in names and place in names


def test_a_forces_initials_are_no_town(nlp: Language) -> None:
    # "SLA" answers to a Moroccan city in GeoNames; before "troops" it is the force's name
    names = [p.location.name for p in find_places(
        nlp("Guerrillas shelled SLA troops near the village of Shoumariya on Tuesday."))]
    assert "SLA" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas fired mortars at SLA patrols in the security zone on Tuesday. No one was hurt.",
        "Guerrillas fired mortars at SLA outposts near the village of Shoumariya on Tuesday.",
        "Rebels ambushed an SLA convoy on the road to the village of Shoumariya on Tuesday.",
        "Guerrillas shelled SLA positions near the village of Shoumariya on Tuesday.",
        # a guard, not a regression: no town is spelt SDF, so this passed before the rule
        "Rebels ambushed an SDF convoy on the road to the village of Shoumariya on Tuesday.",
    ],
)
def test_a_forces_initials_before_its_posts_are_no_town(nlp: Language, text: str) -> None:
    # before "patrols", "outposts", "convoy" as before "troops": the force's name, not Sla, Morocco
    names = [p.location.name for p in find_places(nlp(text))]
    assert "SLA" not in names and "SDF" not in names


def test_a_groups_home_country_fills_no_missing_country() -> None:
    # grounded or absent: the text names no country, so the village keeps none (Hezbollah's is Lebanon's)
    text = "Hezbollah guerrillas shelled SLA troops near the village of Shoumariya on Tuesday."
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Shoumariya" and loc.country_code is None


@pytest.mark.parametrize(
    ("text", "not_a_place", "place"),
    [
        # a possessive before the name: a thing owned (a car named like a Michigan town), no town
        ("A bomb exploded when the senator started his Cadillac in Joliet, Illinois, on Tuesday.", "Cadillac",
         "Joliet"),
        # the town modifying what is owned is still the town
        ("Gunmen attacked the minister at his Kabul home on Tuesday.", "", "Kabul"),
    ],
)
def test_a_thing_owned_is_no_town(nlp: Language, text: str, not_a_place: str, place: str) -> None:
    names = [p.location.name for p in find_places(nlp(text))]
    assert not_a_place not in names and place in names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # coordinated names after a possessive are places of the owner, not things owned
        ("Drones hit its Sumy and Poltava regions overnight, Ukraine's air force said.", "Sumy"),
        ("Officials said their Ramadi, Hit and Fallujah units had been wiped out.", "Ramadi"),
        # 'her' as the object of 'told' or 'warned', the name the subject of what follows
        ("Militants told her Herat was no place for a woman before they shot her brother.", "Herat"),
        ("The kidnappers warned her Kandahar was closed to outsiders, her family said.", "Kandahar"),
    ],
)
def test_a_name_after_a_possessive_may_still_be_a_place(nlp: Language, text: str, place: str) -> None:
    assert place in [p.location.name for p in find_places(nlp(text))]
