"""A suspicion whose object is a kind of group with its name in apposition ("suspected a local sectarian outfit,
Lashkar-e-Jhangvi,") accuses the group named, hedged, as "suspected Lashkar-e-Jhangvi" does (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_LEDE = "Gunmen shot dead nine bus passengers in Kurram, Pakistan, on Friday. "


def _accusations(text: str) -> list[tuple[str | None, str | None, bool]]:
    claims = analyze(_LEDE + text, published="2026-03-14").claims
    return [(c.source.affiliation, c.subject.actor if c.subject else None, c.hedged) for c in claims
            if c.kind == "responsibility" and c.polarity == "affirm"]


@pytest.mark.parametrize("text", [
    "Police said they suspected a local sectarian outfit, Lashkar-e-Jhangvi, which has carried out such attacks.",
    "Police suspected a sectarian group, Lashkar-e-Jhangvi.",
    "Police said they suspected Lashkar-e-Jhangvi.",
])
def test_the_named_kind_is_suspected(text: str) -> None:
    assert _accusations(text) == [("Pakistan", "Lashkar-e-Jhangvi", True)]


def test_a_kind_with_no_name_accuses_no_one() -> None:
    assert _accusations("Police suspected a local sectarian outfit.") == []
