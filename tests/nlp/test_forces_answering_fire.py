"""A state's forces owning their answer to the attackers ("we fired in self-defence", "our men fired back") claim
no part of the attack; owning the act itself still does. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEAD = "Gunmen stormed a police station in Karachi on Monday night, killing two constables. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("rest", [
    '"We fired in self-defence," a police spokesman said.',
    '"Our men fired back," the police said.',
    '"Our officers fired in response," the police said.',
])
def test_answering_fire_is_no_self_claim(nlp: Language, rest: str) -> None:
    assert not any(c[3] for c in self_blames(nlp, _LEAD + rest))


def test_the_forces_own_act_stays_theirs(nlp: Language) -> None:
    text = "Rockets hit a village near Karachi on Monday. \"We fired the rockets,\" the army said."
    assert ("Pakistan", "Pakistan", "affirm", True) in self_blames(nlp, text)
