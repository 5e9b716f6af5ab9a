"""A claiming group said to be a front, cover or proxy for another lays its act on the one behind it: "police
suspected the group was a front for the TTP" is a (hedged) accusation of the TTP."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = ("PESHAWAR, Pakistan, Jan 28 (Wire) - A suicide bomber killed nine officers at a police post in Bannu on "
         "Sunday. A little-known group, Jaish al-Adl, claimed the bombing. ")
TTP, JAA = "Tehrik-i-Taliban Pakistan", "Jaish al-Adl"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "hedged"), [
    ("Two police officials said they suspected the group was a front for the TTP.", True),
    ("Police said Jaish al-Adl was a cover for the TTP.", False),
])
def test_the_side_behind_a_front_is_accused(nlp: Language, sentence: str, hedged: bool) -> None:
    assert ("Pakistan", TTP, "affirm", hedged) in blames(nlp, _LEDE + sentence)


def test_a_front_named_in_passing_accuses_no_one(nlp: Language) -> None:
    text = _LEDE + "The TTP, which analysts call a front for al Qaeda, did not comment."
    assert {b[1] for b in blames(nlp, text)} == {JAA}


@pytest.mark.parametrize("sentence", [
    "Officials said Lashkar-e-Jhangvi was a front for al Qaeda.",
    "Pakistan has long said the Tehrik-i-Taliban Pakistan is a proxy of India.",
])
def test_a_front_the_story_does_not_tie_to_the_act_accuses_no_one(nlp: Language, sentence: str) -> None:
    # another group than the claimant, said to be a front in the background: no word on who bombed Bannu
    assert {b[1] for b in blames(nlp, _LEDE + sentence)} == {JAA}


def test_a_front_with_no_act_laid_on_it_accuses_no_one(nlp: Language) -> None:
    text = ("PESHAWAR, Pakistan, Jan 28 (Wire) - A suicide bomber killed nine officers at a police post in Bannu on "
            "Sunday. Officials say the Tehrik-i-Taliban Pakistan is a proxy for India.")
    assert blames(nlp, text) == set()
