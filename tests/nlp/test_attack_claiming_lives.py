"""An attack that "claims 12 lives" counts the dead (DESIGN: "claimed 17 lives" is a count): the attack is no
speaker, and the group named on it makes no self-claim by it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text", [
    "Al-Shabaab attack claims 12 lives in Mogadishu\n\nGunmen stormed a hotel in Mogadishu on Saturday, killing 12 "
    "guests.",
    "Houthi missile attack claims two lives on cargo ship\n\nA missile struck a cargo ship in the Gulf of Aden on "
    "Wednesday, killing two crew members.",
])
def test_an_attack_that_claims_lives_is_no_claim(text: str) -> None:
    result = analyze(text, published="2025-03-03")
    assert [c for c in result.claims if c.kind == "responsibility"] == []


def test_a_group_that_claims_the_attack_still_claims() -> None:
    # the near miss: the group, not the attack, claims
    result = analyze("Gunmen stormed a hotel in Mogadishu on Saturday, killing 12 guests. Al-Shabaab claimed the "
                     "attack, which it said had claimed 12 lives.", published="2025-03-03")
    assert [(c.source.actor, c.is_self) for c in result.claims if c.kind == "responsibility"] == [("Al-Shabaab", True)]
