"""A pronoun that takes an accusation back right after it was made ("The governor blamed X. He later apologised
for blaming the group", "They withdrew the accusation") is the accuser, named by a noun or not, never the
accused group named last. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb tore through a bus station in Kandahar on Monday, killing 12 passengers. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentences", [
    "The governor blamed the Taliban for the attack. He later apologised for blaming the group.",
    "The police blamed the Taliban for the attack. They later apologised for blaming the group.",
    "The police blamed the Taliban for the bombing. They withdrew the accusation two days later.",
    "The provincial governor accused the Taliban of carrying out the attack. He retracted the accusation on "
    "Tuesday.",
])
def test_the_accuser_takes_it_back(nlp: Language, sentences: str) -> None:
    assert self_blames(nlp, LEAD + sentences) == {("Afghanistan", "Taliban", "affirm", False),
                                                  ("Afghanistan", "Taliban", "deny", False)}


def test_an_apology_for_another_matter_takes_nothing_back(nlp: Language) -> None:
    text = LEAD + "The governor blamed the Taliban for the attack. He later apologised for the slow rescue."
    assert self_blames(nlp, text) == {("Afghanistan", "Taliban", "affirm", False)}
