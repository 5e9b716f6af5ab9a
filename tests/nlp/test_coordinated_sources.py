"""Every member of a coordinated list of sources speaks, not only the first two (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners, self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_ATTACK = "A suicide bomber killed fifteen worshippers at a mosque in Kabul on Friday. "


@pytest.mark.parametrize("sentence, states", [
    ("Iran, Pakistan and Uzbekistan condemned the bombing.", {"Iran", "Pakistan", "Uzbekistan"}),
    ("India, Qatar and Saudi Arabia also condemned the attack in separate statements.",
     {"India", "Qatar", "Saudi Arabia"}),
    ("The attack was condemned by Germany, France and Qatar.", {"Germany", "France", "Qatar"}),
])
def test_the_last_of_three_states_condemns_too(nlp: Language, sentence: str, states: set[str]) -> None:
    assert condemners(nlp, _ATTACK + sentence) >= states


def test_two_groups_claiming_together_both_claim(nlp: Language) -> None:
    text = ("Gunmen killed a judge in Peshawar on Tuesday. Jamaat-ul-Ahrar and the Pakistani Taliban both claimed "
            "the attack.")
    claims = self_blames(nlp, text)
    assert ("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", "affirm", True) in claims
    assert ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", True) in claims


def test_a_state_beside_a_group_claims_nothing(nlp: Language) -> None:
    """A coordinated subject that is no group ("the army and the BLA") is not made a claimant."""
    text = ("An explosive device hit an army truck outside Turbat on Sunday, killing seven troops. Responsibility "
            "was claimed by the Balochistan Liberation Army. Pakistan and the United States condemned it.")
    claims = self_blames(nlp, text)
    assert {c[0] for c in claims if c[3]} == {"Balochistan Liberation Army"}
