"""A third party saying a group takes credit for an attack it did not carry out denies the group did it; the
clause is neither the reporter's own denial nor an accusation (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEAD = "A bomb killed twelve people at a bus station in Peshawar on Monday. The Pakistani Taliban claimed the attack. "
_TTP = "Tehrik-i-Taliban Pakistan"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "A police spokesman said the group was taking credit for a bombing it did not carry out.",
    "\"They are claiming an attack they had nothing to do with,\" a police spokesman said.",
    "\"The group is trying to take credit for an attack it did not commit,\" the police chief said.",
])
def test_the_reporter_denies_the_claimant(nlp: Language, sentence: str) -> None:
    claims = self_blames(nlp, _LEAD + sentence)
    assert ("Pakistan", _TTP, "deny", False) in claims
    assert ("Pakistan", _TTP, "affirm", False) not in claims  # no corroboration
    assert (_TTP, _TTP, "deny", True) not in claims  # nor the group's own denial
    assert ("Pakistan", "Pakistan", "deny", True) not in claims  # nor the police's


def test_credit_for_an_attack_it_did_carry_out_is_no_denial(nlp: Language) -> None:
    text = _LEAD + "A police spokesman said the group was taking credit for a bombing it had planned for months."
    assert not any(c[2] == "deny" for c in self_blames(nlp, text))


@pytest.mark.parametrize("sentence", [
    "The Pakistani Taliban claimed the bombing, which did not cause damage to the nearby base, police said.",
    "The Pakistani Taliban claimed the blast, which did not hurt any soldiers, police said.",
])
def test_a_clause_describing_the_act_is_no_denial(nlp: Language, sentence: str) -> None:
    text = "A bomb killed twelve people at a bus station in Peshawar on Monday. " + sentence
    assert not any(c[2] == "deny" for c in self_blames(nlp, text))
