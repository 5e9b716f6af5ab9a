"""A claim made in a statement the text calls fake, forged or fabricated is no claim of the group, and whoever says
so rejects it; a claim that the text says nothing shows ("Video does not show X claiming ...") was never made
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb killed seven people at a bus stop in Turbat on Sunday, police said. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _blames(nlp: Language, text: str) -> set[tuple[str | None, str, str, bool]]:
    doc = nlp(text)
    return {(c.source.affiliation, c.subject.actor, c.polarity, c.is_self)
            for m in find_claims(doc, find_actors(doc)) if (c := m.claim).kind == "responsibility" and c.subject}


BLA = "Balochistan Liberation Army"


@pytest.mark.parametrize("rest", [
    "Police said a statement in which the BLA claimed the attack was fake.",
    "The BLA claimed the attack in a statement that police later said was fabricated.",
    "A statement purporting to be from the BLA claiming the attack is fake, police said.",
    "A forged statement in the name of the BLA claimed the attack, police said.",
])
def test_a_claim_in_a_forged_statement_is_rejected_not_made(nlp: Language, rest: str) -> None:
    found = _blames(nlp, LEAD + rest)
    assert ("Pakistan", BLA, "deny", False) in found
    assert (BLA, BLA, "affirm", True) not in found


def test_a_claim_in_a_statement_no_one_doubts_stays(nlp: Language) -> None:
    assert (BLA, BLA, "affirm", True) in _blames(nlp, LEAD + "The BLA claimed the attack in a statement.")


@pytest.mark.parametrize("text", [
    "FACT CHECK: Video does not show Balochistan Liberation Army claiming Turbat bus stop bombing\n"
    "A bomb killed seven people at a bus stop in Turbat on Sunday.",
    LEAD + "There is no evidence that the BLA claimed the attack.",
])
def test_a_claim_nothing_shows_is_no_claim(nlp: Language, text: str) -> None:
    assert not any(s == BLA for _, s, _, _ in _blames(nlp, text))
