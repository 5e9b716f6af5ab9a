"""Bare "the opposition" is a body that speaks for itself (as an unnamed "main opposition party" does): its charge
that the government staged the attack, or that the army is responsible for the deaths, accuses the story's state."""
from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_RALLY = "A grenade exploded at a campaign rally in Lubumbashi on Sunday, killing nine people. "
_MARCH = "Soldiers opened fire on marchers in Omdurman on Monday, killing 11 people. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _claims(nlp: Language, text: str) -> set[tuple[str, str | None, str | None, str]]:
    doc = nlp(text)
    return {(m.claim.kind, m.claim.source.affiliation, m.claim.subject.actor if m.claim.subject else None,
             m.claim.polarity) for m in find_claims(doc, find_actors(doc))}


@pytest.mark.parametrize("text", [
    "The government itself had staged the attack, the opposition said.",
    "According to the opposition, the government staged the blast.",
])
def test_the_oppositions_charge_against_the_government(nlp: Language, text: str) -> None:
    assert _claims(nlp, _RALLY + text) == {
        ("responsibility", "opposition", "Democratic Republic of the Congo", "affirm")}


def test_the_opposition_holds_the_army_responsible(nlp: Language) -> None:
    text = _MARCH + "The opposition held the army responsible for the deaths."
    assert _claims(nlp, text) == {("responsibility", "opposition", "Sudan", "affirm")}


@pytest.mark.parametrize("text", [
    "The plan faced strong opposition from traders.",
    "The opposition to the curfew grew after the blast.",
])
def test_opposition_as_a_word_is_no_speaker(nlp: Language, text: str) -> None:
    assert _claims(nlp, _RALLY + text) == set()


def test_the_oppositions_spokesman_speaks_for_it(nlp: Language) -> None:
    text = _MARCH + '"The military itself planned this massacre," the opposition\'s spokesman Hamid Nur said.'
    assert _claims(nlp, text) == {("responsibility", "opposition", "Sudan", "affirm")}


@pytest.mark.parametrize("text", [
    "The blast was condemned by the opposition.",
    "The opposition's spokesman condemned the blast.",
])
def test_the_opposition_as_agent_or_owner_condemns(nlp: Language, text: str) -> None:
    assert _claims(nlp, _RALLY + text) == {("condemnation", "opposition", None, "affirm")}
