"""The attackers' own word on whose they are ("identified themselves as members of X", "said they belonged to
X") claims the act for X; someone else saying it accuses X. On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_PUBLISHED = "2025-02-14"
_LEAD = "Armed men seized two engineers near Arauquita on Monday."


def _claims(sentence: str) -> list[tuple[str | None, str | None, bool]]:
    result = analyze(f"{_LEAD} {sentence}", published=_PUBLISHED)
    return [(c.source.affiliation, c.subject.actor if c.subject else None, c.is_self) for c in result.claims
            if c.kind == "responsibility"]


@pytest.mark.parametrize("sentence", [
    "The kidnappers introduced themselves as fighters of the ELN.",
    "The kidnappers said they were ELN fighters.",
])
def test_the_attackers_naming_their_own_group_claim_for_it(sentence: str) -> None:
    assert _claims(sentence) == [("ELN", "ELN", True)]


def test_police_saying_whose_the_attackers_are_accuse_that_group() -> None:
    assert _claims("Police said the kidnappers belonged to the ELN.") == [("Colombia", "ELN", False)]


def test_the_attackers_denying_a_group_claim_nothing() -> None:
    assert _claims("The kidnappers did not say they belonged to the ELN.") == []


@pytest.mark.parametrize("sentence", [
    "Troops captured one of the kidnappers on Wednesday. The suspect said he acted on the orders of the ELN.",
    "Troops captured one of the kidnappers on Wednesday. The suspect told a court that he had been sent by the ELN.",
])
def test_a_suspect_naming_the_group_he_acted_for_claims_for_it(sentence: str) -> None:
    """Whom the attacker says he acted for, when a group, claims through him (as his membership does)."""
    assert _claims(sentence) == [("ELN", "ELN", True)]


def test_a_suspect_naming_a_state_as_sender_makes_no_state_claim() -> None:
    claims = _claims("Troops captured one of the kidnappers on Wednesday. The suspect said he acted on the orders "
                     "of Venezuela.")
    assert not any(c[2] for c in claims)


@pytest.mark.parametrize("sentence", [
    "Troops captured one of the kidnappers on Wednesday. The suspect told a court that he had not been sent by "
    "the ELN.",
    "Troops captured one of the kidnappers on Wednesday. The suspect said he did not know whether he was sent by "
    "the ELN.",
])
def test_a_suspect_denying_or_doubting_his_sender_claims_nothing(sentence: str) -> None:
    """A sending he denies or doubts is no word that he acted for the group."""
    assert not any(c[2] for c in _claims(sentence))
