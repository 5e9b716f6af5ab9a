"""A side that says it had no knowledge of the attack ("said it had no knowledge of the attack", "knew nothing about
the bombing") denies it, as "had nothing to do with it" does; no knowledge of something else is no denial.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_STORY = "Gunmen attacked a hotel in Mopti, Mali, on Friday, killing five guests. "


@pytest.mark.parametrize("sentence", [
    "JNIM said in a statement that it had no knowledge of the attack.",
    "A JNIM spokesman said the group had no knowledge of the hotel attack.",
    "JNIM said its fighters knew nothing about the attack.",
])
def test_no_knowledge_of_the_act_is_a_denial(nlp: Language, sentence: str) -> None:
    assert ("JNIM", "JNIM", "deny", True) in self_blames(nlp, _STORY + sentence)


@pytest.mark.parametrize("sentence", [
    "JNIM said it had no knowledge of the guests' nationalities.",
    "The army said it had no knowledge of the attackers' route.",
])
def test_no_knowledge_of_something_else_denies_nothing(nlp: Language, sentence: str) -> None:
    assert not any(polarity == "deny" for _, _, polarity, _ in self_blames(nlp, _STORY + sentence))


@pytest.mark.parametrize("sentence", [
    "JNIM claimed the attack. The Malian government said it had no prior knowledge of the attack.",
    "JNIM claimed the attack. The army said it had no knowledge of the attack before it began.",
    "Police said they knew nothing about the attack until guests phoned them.",
    "JNIM claimed the attack. The Malian government said it had no knowledge of the attack.",
])
def test_no_knowledge_before_the_act_or_of_an_act_none_charged_it_with_denies_nothing(
        nlp: Language, sentence: str) -> None:
    assert not any(polarity == "deny" for _, _, polarity, _ in self_blames(nlp, _STORY + sentence))


def test_a_state_accused_before_denies_by_no_knowledge(nlp: Language) -> None:
    text = _STORY + ("A JNIM commander accused the army of staging the attack. The army said it had no knowledge of "
                     "the attack.")
    assert ("Mali", "Mali", "deny", True) in self_blames(nlp, text)
