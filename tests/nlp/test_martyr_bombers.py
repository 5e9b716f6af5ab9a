"""A group that calls the attacker its martyr claims the act, as one that calls him one of its fighters does,
though his name follows (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A suicide car bomber killed 11 soldiers at an army base in Baidoa on Saturday, officials said. "
SHABAAB = "Al-Shabaab"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    'Al Shabaab said the bomber was its "martyr" Abu Hamza and that he had driven the truck into the gate.',
    "Al Shabaab said the bomber was its martyr, Abu Hamza.",
    "Al Shabaab said the attacker was one of its martyrs.",
])
def test_the_groups_martyr_is_its_claim(nlp: Language, sentence: str) -> None:
    assert (SHABAAB, SHABAAB, "affirm", True) in self_blames(nlp, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Al Shabaab said the soldiers were not martyrs.",
    "Police said the bomber, Abu Hamza, had called himself a martyr in a video.",
])
def test_other_martyrs_claim_nothing(nlp: Language, sentence: str) -> None:
    assert not self_blames(nlp, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Police said the bomber was one of its members.",
    "Police said the bomber was its martyr, Abu Hamza.",
])
def test_a_states_own_men_claim_nothing_for_the_state(nlp: Language, sentence: str) -> None:
    """"Its members" is a group's own word of its men; in the police's mouth it claims nothing for them."""
    assert not any(is_self and p == "affirm" for _, _, p, is_self in self_blames(nlp, LEAD + sentence))
