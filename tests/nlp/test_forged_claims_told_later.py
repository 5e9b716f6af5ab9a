"""A claim whose post or statement a later sentence calls fake is no claim (whoever says so rejects it), and a
statement "purportedly" from a group claims with the writer's distance, hedged (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb killed seven people at a bus stop in Turbat on Sunday, police said. "
BLA = "Balochistan Liberation Army"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_the_group_calling_the_post_fake_leaves_its_own_denial_alone(nlp: Language) -> None:
    text = LEAD + ("A post purportedly from the BLA claimed responsibility. The BLA said on Monday that the post was "
                   "fake and that it had nothing to do with the attack.")
    assert blames(nlp, text) == {(BLA, BLA, "deny", False)}


@pytest.mark.parametrize("later", [
    "Police said on Monday the post was fake.",
    "On Monday police said the post had been fabricated.",
])
def test_others_calling_the_post_fake_reject_the_claim(nlp: Language, later: str) -> None:
    text = LEAD + "A post purportedly from the BLA claimed the attack. " + later
    assert blames(nlp, text) == {("Pakistan", BLA, "deny", False)}


@pytest.mark.parametrize("later", [
    "Police said the statement was authentic.",
    "The statement was not fake, police said.",
])
def test_a_statement_no_one_calls_fake_claims(nlp: Language, later: str) -> None:
    text = LEAD + "The BLA claimed responsibility in a statement. " + later
    assert (BLA, BLA, "affirm", False) in blames(nlp, text)


def test_a_statement_purportedly_from_the_group_is_a_hedged_claim(nlp: Language) -> None:
    text = LEAD + "A statement purportedly issued by the BLA claimed the attack."
    assert blames(nlp, text) == {(BLA, BLA, "affirm", True)}


@pytest.mark.parametrize("later", [
    # another statement is named after the claim's: "the statement" called fake is that one
    "Another faction also put out a statement taking credit, but police said the statement was fake.",
    # the group calling it fake claims the attack itself: a rival's word
    "Hours later, Lashkar-e-Jhangvi said the statement was fake and that it had carried out the bombing.",
])
def test_a_statement_fake_in_another_or_a_rivals_word_leaves_the_claim(nlp: Language, later: str) -> None:
    text = LEAD + "The BLA claimed responsibility in a statement. " + later
    assert (BLA, BLA, "affirm", False) in blames(nlp, text)
