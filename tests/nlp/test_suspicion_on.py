""""Suspicion turned on X" (session 11): the parser reads a particle verb with X its object, and both the record
builder and the claim reader take X as the one suspicion points to. On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_PUBLISHED = "2025-06-18"


@pytest.mark.parametrize("sentence", [
    "Suspicion turned on al-Shabaab.",
    "No group said it carried out the blast, but suspicion quickly turned on al-Shabaab.",
])
def test_suspicion_turned_on_names_the_alleged_doer(sentence: str) -> None:
    text = f"A car bomb killed five people at a checkpoint in Baidoa on Thursday. {sentence}"
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert [(p.actor, p.status) for i in incidents for p in i.perpetrators] == [("Al-Shabaab", "alleged")]


def test_suspicion_turned_on_reported_by_officials_is_their_hedged_accusation() -> None:
    text = ("A car bomb killed five people at a checkpoint in Baidoa, Somalia, on Thursday. Officials said "
            "suspicion had turned on al-Shabaab.")
    claims = analyze(text, published=_PUBLISHED).claims
    assert [(c.source.affiliation, c.subject.actor if c.subject else None, c.hedged) for c in claims] == [
        ("Somalia", "Al-Shabaab", True)]
