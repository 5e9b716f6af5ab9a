"""A claim branded with its owner named ('called the group's claim "pure propaganda"', "the militants' claim") is
rejected as "called the claim pure propaganda" is: the parser reads the verdict as an apposition of the claim."""

from __future__ import annotations

import pytest

from counterclaim import analyze

CLAIM = "JNIM said its fighters had shot down an army helicopter near Douentza on Friday, killing five crew. "


@pytest.mark.parametrize("verdict", [
    'The army called the group\'s claim "pure propaganda".',
    'The army called the militants\' claim "pure propaganda".',
    'Army spokesman Souleymane Dembele said the crash was caused by a technical problem, calling the militants\' '
    'claim "pure propaganda".',
])
def test_the_branded_claim_is_contested(verdict):
    result = analyze(CLAIM + verdict, published="2026-05-16")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("JNIM", "contested")]
    denial = next(c for c in result.claims if c.polarity == "deny")
    assert denial.source.affiliation == "Mali" and not denial.is_self


def test_a_claim_called_credible_with_its_owner_corroborates():
    text = CLAIM + "A US official called the group's claim credible."
    result = analyze(text, published="2026-05-16")
    assert not [c for c in result.claims if c.polarity == "deny"]
