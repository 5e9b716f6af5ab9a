""""Behind the attack" after a verb's object ("forces were hunting the X fighters behind the killings"): the parser
hangs "behind" on the verb, and the hunters were read as behind the act (a state's own claim). The object is who is
behind. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_STORY = "Gunmen stopped a bus near Garissa, Kenya, on Sunday and shot dead seven passengers. "


@pytest.mark.parametrize("sentence", [
    "The interior ministry said security forces were hunting the al-Shabaab militants behind the killings.",
    "Police said they had launched a manhunt for the al-Shabaab cell behind the massacre.",
    "\"We are tracking down the al-Shabaab fighters behind this attack,\" the police chief said.",
])
def test_the_object_before_behind_is_accused_not_the_searchers(nlp: Language, sentence: str) -> None:
    found = self_blames(nlp, _STORY + sentence)
    assert ("Kenya", "Al-Shabaab", "affirm", False) in found
    assert not any(subject == "Kenya" for _, subject, _, _ in found)


def test_behind_after_be_still_names_the_subject(nlp: Language) -> None:
    found = self_blames(nlp, _STORY + "Al-Shabaab said it was behind the killings.")
    assert found == {("Al-Shabaab", "Al-Shabaab", "affirm", True)}


@pytest.mark.parametrize("sentence", [
    "Kenya said Eritrea armed the gunmen behind the killings.",
    "Kenya said Eritrea sent the militants behind the killings.",
    "Kenya said Eritrea funded the militia behind the killings.",
])
def test_who_armed_or_sent_unnamed_doers_is_behind_the_act(nlp: Language, sentence: str) -> None:
    assert ("Kenya", "Eritrea", "affirm", False) in self_blames(nlp, _STORY + sentence)


def test_the_not_of_the_hunt_does_not_clear_the_doers(nlp: Language) -> None:
    found = self_blames(nlp, _STORY + "Police said they had not caught the al-Shabaab militants behind the killings.")
    assert ("Kenya", "Al-Shabaab", "affirm", False) in found
    assert not any(polarity == "deny" for _, _, polarity, _ in found)
