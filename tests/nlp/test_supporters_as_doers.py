"""Supporters or loyalists of a named party or group blamed for the act lay it on that party or group, so its
denial makes it contested, not denied."""

from __future__ import annotations

import pytest

from counterclaim import analyze

GRENADE = "A grenade was thrown at a rally of the Liberal Party in Olanchito on Sunday, injuring five people. "


@pytest.mark.parametrize("blame", [
    "The party blamed supporters of the ruling National Party.",
    "The Liberal Party blamed loyalists of the National Party for the attack.",
])
def test_supporters_blamed_accuse_the_party(blame):
    result = analyze(GRENADE + blame, published="2026-10-25")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("National Party", "alleged")]
    claim = next(c for c in result.claims if c.kind == "responsibility")
    assert claim.source.actor == "Liberal Party" and claim.polarity == "affirm"


def test_the_accused_party_denying_is_contested():
    text = GRENADE + ("The party blamed supporters of the ruling National Party; the National Party denied any "
                      "involvement.")
    result = analyze(text, published="2026-10-25")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("National Party", "contested")]


def test_supporters_among_the_victims_accuse_no_one():
    text = GRENADE + "The Liberal Party said its supporters were among the injured."
    assert analyze(text, published="2026-10-25").incidents[0].perpetrators == []
