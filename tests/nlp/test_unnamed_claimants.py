"""A claim of responsibility by someone the text does not name ("an unknown group", "unidentified individuals",
"the assailant") is recorded as a self-claim and names no perpetrator. On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.nlp._cues import UNNAMED_CLAIMANT

_PUBLISHED = "2025-03-03"


@pytest.mark.parametrize("sentence", [
    "An unknown group took credit for the arson.",
    "Unidentified individuals took credit for the arson.",
    "An anonymous caller took credit for the arson.",
    "The attacker took credit for the arson in a letter to the town council.",
])
def test_an_unnamed_claimant_claims_but_names_no_perpetrator(sentence: str) -> None:
    result = analyze(f"Attackers set fire to a chapel in Keroka on Sunday night. {sentence}", published=_PUBLISHED)
    claims = [(c.source.actor, c.is_self, c.polarity) for c in result.claims if c.kind == "responsibility"]
    assert claims == [(UNNAMED_CLAIMANT, True, "affirm")]
    assert [p for i in result.incidents for p in i.perpetrators] == []


@pytest.mark.parametrize("sentence", [
    "No group took credit for the arson.",
    "An unknown number of people watched the fire.",
])
def test_no_claim_without_a_claimant(sentence: str) -> None:
    result = analyze(f"Attackers set fire to a chapel in Keroka on Sunday night. {sentence}", published=_PUBLISHED)
    assert [c for c in result.claims if c.kind == "responsibility"] == []
