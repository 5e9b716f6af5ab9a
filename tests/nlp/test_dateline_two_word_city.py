"""A dateline whose city has two words ("PORT SUDAN, Sudan -"): the parser may hang the real subject on the
country after the comma, not on the city; the subject after the dash still speaks, not the dateline."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "PORT SUDAN, Sudan - The Rapid Support Forces claimed a drone strike on a fuel depot in Atbara on Monday.",
        "PORT SUDAN, Sudan - The Rapid Support Forces said on Monday its drones had hit a fuel depot in Atbara.",
        "SAN PEDRO SULA, Honduras - The Barrio 18 gang claimed the killing of a prison guard in the city on "
        "Thursday.",
        # the parser makes the group a conjunct of the city, or leaves its adjective an apposition of its own
        "PORT SUDAN, Sudan - Sudan's paramilitary Rapid Support Forces (RSF) said on Monday its drones had hit a "
        "fuel depot in the northern city of Atbara.",
        "PORT SUDAN, Sudan - The paramilitary Rapid Support Forces (RSF) said on Monday its drones had hit a fuel "
        "depot in the northern city of Atbara.",
    ],
)
def test_the_group_after_the_dash_claims_its_own_attack(text: str) -> None:
    result = analyze(text, published="2025-06-13")
    claims = [c for c in result.claims if c.kind == "responsibility"]
    assert claims, result.claims
    assert all(c.is_self for c in claims)
    assert {c.source.affiliation for c in claims} <= {"Rapid Support Forces", "Barrio 18"}
    assert not {p.actor for i in result.incidents for p in i.perpetrators} & {"Sudan", "Honduras"}
