"""Denials worded as a coordinated negation ("had not and would never attack") or as a person's membership
("the man was not one of its members", "has no connection to the group") (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _responsibility(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(m.claim.source.actor, m.claim.subject.actor, m.claim.polarity)
            for m in find_claims(doc, find_actors(doc))
            if m.claim.kind == "responsibility" and m.claim.subject is not None}


@pytest.mark.parametrize(
    "text",
    [
        "A bomb wrecked a clinic in Kismayo on Monday. Al-Shabaab said it did not and would never target clinics.",
        "A bomb wrecked a clinic in Kismayo on Monday. Al-Shabaab said its fighters had not and would never "
        "bomb a clinic.",
    ],
)
def test_a_coordinated_negation_is_a_denial(nlp: Language, text: str) -> None:
    assert _responsibility(nlp, text) == {("Al-Shabaab", "Al-Shabaab", "deny")}


@pytest.mark.parametrize(
    "text",
    [
        "A man shot two guards in Marseille on Sunday. Al-Qaeda said the gunman was not one of its fighters.",
        "A man shot two guards in Marseille on Sunday. Al-Qaeda said the man had no links at all with the group.",
        "A man shot two guards in Marseille on Sunday. Al-Qaeda said the suspect did not belong to it.",
    ],
)
def test_a_membership_denied_is_a_denial(nlp: Language, text: str) -> None:
    assert ("Al-Qaeda", "Al-Qaeda", "deny") in _responsibility(nlp, text)


def test_a_coordinated_affirmation_is_no_denial(nlp: Language) -> None:
    text = ("A bomb wrecked a clinic in Kismayo on Monday. Al-Shabaab said it had bombed the clinic and would "
            "strike again.")
    assert ("Al-Shabaab", "Al-Shabaab", "deny") not in _responsibility(nlp, text)
