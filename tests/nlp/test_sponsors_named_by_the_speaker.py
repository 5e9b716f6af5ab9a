"""Help named as a noun and given to this attack's doers ("Tehran's support for the attackers") accuses the
giver as a sponsor, also when the speaker gives the name in a free relative ("over what it called ...", "what
it termed X's role in the attack"), whose pronoun is the speaker of the main clause, not the envoy named before
it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb ripped through a Sufi shrine in Quetta on Thursday, killing 11 pilgrims. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence, patron", [
    ("The foreign ministry summoned Iran's envoy over what it called Tehran's support for the attackers.", "Iran"),
    ("The foreign ministry summoned the Afghan ambassador over what it described as Kabul's backing of the "
     "bombers.", "Afghanistan"),
    ("Pakistan summoned the Afghan ambassador to protest what it termed Afghanistan's role in the attack.",
     "Afghanistan"),
    ("Officials in Islamabad protested what they called Kabul's help to the gunmen.", "Afghanistan"),
    ("The interior ministry said Tehran's support for the attackers was beyond doubt.", "Iran"),
])
def test_the_named_help_accuses_the_sponsor(nlp: Language, sentence: str, patron: str) -> None:
    assert blames(nlp, LEAD + sentence) == {("Pakistan", patron, "affirm", False)}


@pytest.mark.parametrize("sentence", [
    "Officials in Islamabad protested what they called Kabul's support for refugees.",
    "The interior ministry said Tehran's support for the Houthis was destabilising the region.",
    "The foreign ministry summoned Iran's envoy over a border dispute.",
])
def test_help_to_others_accuses_no_one(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == set()


@pytest.mark.parametrize("sentence, speaker, patron", [
    ("Opposition leader Farhan Qureshi said the government had failed to stop what he called India's support for "
     "the attackers.", "Farhan Qureshi", "India"),
    ("Senator Nadia Baloch said the security agencies had ignored what she called Kabul's backing of the bombers.",
     "Nadia Baloch", "Afghanistan"),
])
def test_he_or_she_naming_the_help_is_the_person_who_speaks(nlp: Language, sentence: str, speaker: str,
                                                            patron: str) -> None:
    doc = nlp(LEAD + sentence)
    claims = [m.claim for m in find_claims(doc, find_actors(doc)) if m.claim.kind == "responsibility"]
    assert {(c.source.actor, c.subject.actor if c.subject else None) for c in claims} == {(speaker, patron)}
