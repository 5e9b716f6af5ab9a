"""A claim made in a statement the text calls fake, forged or fabricated is no claim of the group, and whoever says
so rejects it; a claim that the text says nothing shows ("Video does not show X claiming ...") was never made
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb killed seven people at a bus stop in Turbat on Sunday, police said. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


BLA = "Balochistan Liberation Army"


@pytest.mark.parametrize("rest", [
    "Police said a statement in which the BLA claimed the attack was fake.",
    "The BLA claimed the attack in a statement that police later said was fabricated.",
    "A statement purporting to be from the BLA claiming the attack is fake, police said.",
    "A forged statement in the name of the BLA claimed the attack, police said.",
])
def test_a_claim_in_a_forged_statement_is_rejected_not_made(nlp: Language, rest: str) -> None:
    found = self_blames(nlp, LEAD + rest)
    assert ("Pakistan", BLA, "deny", False) in found
    assert (BLA, BLA, "affirm", True) not in found


def test_a_claim_in_a_statement_no_one_doubts_stays(nlp: Language) -> None:
    assert (BLA, BLA, "affirm", True) in self_blames(nlp, LEAD + "The BLA claimed the attack in a statement.")


@pytest.mark.parametrize("text", [
    "FACT CHECK: Video does not show Balochistan Liberation Army claiming Turbat bus stop bombing\n"
    "A bomb killed seven people at a bus stop in Turbat on Sunday.",
    LEAD + "There is no evidence that the BLA claimed the attack.",
])
def test_a_claim_nothing_shows_is_no_claim(nlp: Language, text: str) -> None:
    assert not any(s == BLA for _, s, _, _ in self_blames(nlp, text))
