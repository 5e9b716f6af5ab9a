""""X was to blame": the infinitive after the copula says who is at fault, as "X was responsible" does."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "SRINAGAR, India, Dec 4 (Wire) - A grenade thrown at a vegetable market in Srinagar on Sunday killed one man. "
LET = "Lashkar-e-Taiba"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("said", [
    "Police said the Lashkar-e-Taiba was to blame.",
    "A police officer said the Lashkar-e-Taiba was to blame for the attack.",
    # reported speech that runs on into a second sentence
    "Inspector General Ravi Sood said the grenade came from a motorbike. He added that Lashkar-e-Taiba was to blame.",
])
def test_to_blame_accuses(nlp: Language, said: str) -> None:
    assert blames(nlp, _LEDE + said) == {("India", LET, "affirm", False)}


def test_not_to_blame_clears(nlp: Language) -> None:
    text = _LEDE + "Police said the Lashkar-e-Taiba was not to blame for the grenade attack."
    assert blames(nlp, text) == {("India", LET, "deny", False)}


def test_likely_to_blame_is_hedged(nlp: Language) -> None:
    text = _LEDE + "Police said the Lashkar-e-Taiba was likely to blame."
    assert blames(nlp, text) == {("India", LET, "affirm", True)}


@pytest.mark.parametrize("said", [
    # no one named, or a fault that is not the attack
    "It was too early to say who was to blame, police said.",
    "Shopkeepers said the government was to blame for the lack of security in the market.",
    # a fault its possessor is charged with: negligence, not the act
    "Opposition leader Rahul Mehta said the government's failures were to blame for the attack.",
    "Traders said the police's negligence was to blame for the grenade attack.",
])
def test_to_blame_without_a_doer_names_none(nlp: Language, said: str) -> None:
    assert blames(nlp, _LEDE + said) == set()
