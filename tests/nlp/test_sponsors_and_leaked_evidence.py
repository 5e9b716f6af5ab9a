"""Supplying the weapons of the attack accuses the supplier (a sponsor), and documents or other evidence no actor
owns speak as their own source, also through "according to" and "show that" (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _blames(nlp: Language, text: str) -> set[tuple[str | None, str, str]]:
    doc = nlp(text)
    return {(c.source.affiliation, c.subject.actor, c.polarity)
            for m in find_claims(doc, find_actors(doc)) if (c := m.claim).kind == "responsibility" and c.subject}


SHIP = "A drone hit a cargo ship off Mokha on May 2, killing three sailors. The Houthis claimed the attack. "


@pytest.mark.parametrize("rest", [
    "A British official said Iran supplied the drones used in the attack.",
    "A British official said Iran had supplied the drones that hit the ship.",
])
def test_supplying_the_weapons_of_the_attack_accuses_the_supplier(nlp: Language, rest: str) -> None:
    assert ("United Kingdom", "Iran", "affirm") in _blames(nlp, SHIP + rest)


def test_supplying_weapons_at_large_accuses_no_one(nlp: Language) -> None:
    text = SHIP + "A British official said Iran supplied drones to the army of Sudan last year."
    assert not any(s == "Iran" for _, s, _ in _blames(nlp, text))


@pytest.mark.parametrize(("text", "source"), [
    ("The bombing of a bus in Khuzdar on June 3 was ordered by the Islamic State, according to intelligence "
     "documents seen by a newspaper.", "intelligence documents"),
    ("Documents seen by reporters show that the Islamic State ordered the bombing of a bus in Khuzdar on June 3.",
     "Documents"),
])
def test_leaked_evidence_is_its_own_source(nlp: Language, text: str, source: str) -> None:
    assert (source, "Islamic State", "affirm") in _blames(nlp, text)
