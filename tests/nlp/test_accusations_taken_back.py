"""An accuser who takes back its own accusation (retracts it, says it was wrong, names another doer "not X")
denies what it said, so the accused is contested (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.incidents.ledger import perpetrators
from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

ISWAP = "Islamic State " + "West Africa Province"
LEAD = "A suicide bomber killed 14 people at a bus station in Gwoza on Friday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _claims(nlp: Language, text: str) -> list:
    doc = nlp(text)
    return [m.claim for m in find_claims(doc, find_actors(doc))]


def _blames(nlp: Language, text: str) -> set[tuple[str | None, str, str]]:
    return {(c.source.affiliation, c.subject.actor, c.polarity) for c in _claims(nlp, text)
            if c.kind == "responsibility" and c.subject}


@pytest.mark.parametrize("rest", [
    "The police chief blamed Boko Haram, but later retracted the accusation.",
    "Police blamed Boko Haram. On Saturday the police chief said his earlier statement had been wrong.",
    "Police blamed Boko Haram. \"I was mistaken,\" the police chief said on Saturday.",
    "Police blamed Boko Haram. A day later police said the bombing had been carried out by ISWAP, not by Boko Haram.",
])
def test_an_accusation_taken_back_is_a_denial_and_contests(nlp: Language, rest: str) -> None:
    text = LEAD + rest
    assert {("Nigeria", "Boko Haram", "affirm"), ("Nigeria", "Boko Haram", "deny")} <= _blames(nlp, text)
    status = {p.actor: p.status for p in perpetrators(_claims(nlp, text))}
    assert status["Boko Haram"] == "contested"


def test_an_accusation_kept_is_no_denial(nlp: Language) -> None:
    text = LEAD + "Police blamed Boko Haram. On Saturday the police chief said the statement of the group was wrong."
    assert ("Nigeria", "Boko Haram", "deny") not in _blames(nlp, text)


def test_the_doer_named_first_in_the_correction_is_affirmed(nlp: Language) -> None:
    text = LEAD + "Police said the bombing had been carried out by ISWAP, not by Boko Haram."
    found = _blames(nlp, text)
    assert ("Nigeria", ISWAP, "affirm") in found
    assert ("Nigeria", "Boko Haram", "deny") in found
    assert ("Nigeria", "Boko Haram", "affirm") not in found


@pytest.mark.parametrize("rest", [
    "Police initially blamed Boko Haram but later said a criminal gang was responsible.",
    "Police originally said Boko Haram was behind the bombing. On Sunday the police commissioner said a gang of "
    "robbers was behind it.",
    "The army blamed Boko Haram at first. Police later said the bombing was carried out by smugglers.",
])
def test_a_first_accusation_followed_by_another_doer_is_taken_back(nlp: Language, rest: str) -> None:
    text = LEAD + rest
    assert {("Nigeria", "Boko Haram", "affirm"), ("Nigeria", "Boko Haram", "deny")} <= _blames(nlp, text)
    status = {p.actor: p.status for p in perpetrators(_claims(nlp, text))}
    assert status["Boko Haram"] == "contested"


@pytest.mark.parametrize("rest", [
    "Police initially blamed Boko Haram and later said the group had planned the bombing for weeks.",
    "Police blamed Boko Haram. Later the police commissioner said a gang of robbers was behind a separate raid.",
    "Police initially blamed Boko Haram. The police commissioner said the bomber was a teenager.",
    # the attacker's role noun is no other doer
    "Police initially blamed Boko Haram for the blast. Police later said a suicide bomber carried out the attack.",
    "Police at first blamed Boko Haram. On Sunday police said the bombing was carried out by two attackers.",
])
def test_a_first_accusation_kept_or_not_marked_is_no_denial(nlp: Language, rest: str) -> None:
    assert ("Nigeria", "Boko Haram", "deny") not in _blames(nlp, LEAD + rest)
