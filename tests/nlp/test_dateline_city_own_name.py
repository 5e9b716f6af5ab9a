"""A dateline city is the city whose own name it is, not a bigger one an old or alternate name matches."""
from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import _gazetteer_mentions, find_actors, incident_country
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("text", [
    # Chattogram (Bangladesh) lists "Islamabad" among its old names and is the bigger city
    "ISLAMABAD, July 12 (Wire) - A bomb killed 12 people at a bus stand in Peshawar on Friday.",
    "ISLAMABAD (Wire) - Gunmen shot dead two polio workers on Monday, police said.",
])
def test_the_capital_of_its_own_name(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert incident_country(doc, _gazetteer_mentions(doc)) == "Pakistan"


def test_an_unnamed_minister_speaks_for_the_dateline_state(nlp: Language) -> None:
    doc = nlp("ISLAMABAD, July 12 (Wire) - A bomb killed 12 people at a bus stand on Friday. "
              "Interior Minister Tariq Mehmood said the TTP was responsible for the bombing.")
    affiliations = {m.claim.source.affiliation for m in find_claims(doc, find_actors(doc))}
    assert affiliations == {"Pakistan"}


@pytest.mark.parametrize(("text", "country"), [
    # a Texas town is called Odessa, but the Black Sea port (spelled Odesa) is ten times its size
    ("ODESSA — A drone hit a grain depot in the harbour on Tuesday, killing four workers.", "Ukraine"),
    # "Calcutta" is also a village in South Africa; the old name means Kolkata
    ("CALCUTTA — A crude bomb went off near a tram depot on Friday, wounding six people.", "India"),
])
def test_a_small_town_of_the_name_does_not_beat_a_big_city(nlp: Language, text: str, country: str) -> None:
    doc = nlp(text)
    assert incident_country(doc, _gazetteer_mentions(doc)) == country


def test_unnamed_police_speak_for_the_big_city_of_an_old_name(nlp: Language) -> None:
    doc = nlp("ODESSA — A missile hit a hotel by the port on Sunday, killing three guests. "
              "Police said Russia fired the missile.")
    affiliations = {m.claim.source.affiliation for m in find_claims(doc, find_actors(doc))}
    assert affiliations == {"Ukraine"}
