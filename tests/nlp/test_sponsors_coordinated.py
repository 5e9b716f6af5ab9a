"""A sponsor accused of coordinated acts toward the attackers ("of arming and training the attackers") is
accused of the attack, as "of arming the attackers" is; and a demonym the tagger takes for a person's name
before an office ("The Azerbaijani foreign ministry") speaks for its state (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "Armed men attacked a border post in Nakhchivan on Monday, killing three soldiers. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Azerbaijan accused Iran of arming and training the attackers.",
    "Azerbaijan accused Iran of training and financing the gunmen.",
    "The Azerbaijani foreign ministry accused Iran of arming and training the attackers.",
    "The Azerbaijani defence ministry blamed Iran for the attack.",
])
def test_the_accused_sponsor(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == {("Azerbaijan", "Iran", "affirm", False)}


@pytest.mark.parametrize("sentence", [
    "Azerbaijan accused Iran of training and arming terrorists for decades.",
    "Azerbaijan accused Iran of training its own border guards.",
])
def test_backing_others_accuses_no_one_of_this_attack(nlp: Language, sentence: str) -> None:
    assert not blames(nlp, LEAD + sentence)
