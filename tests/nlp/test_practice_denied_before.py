"""A denial said before of a practice ("has previously denied targeting civilians") is the group's record, not a
denial of the attack told; a repeated denial of the attack itself still denies it."""

from __future__ import annotations

import pytest

from counterclaim import analyze

LEDE = "Gunmen killed 12 villagers in an attack on the village of Boni on Monday. Police blamed JNIM. "


@pytest.mark.parametrize("record", [
    "The group has previously denied targeting civilians.",
    "The group has in the past denied attacking civilians.",
    "JNIM has previously denied killing villagers.",
])
def test_a_practice_denied_before_denies_nothing(record):
    result = analyze(LEDE + record, published="2026-04-28")
    assert not [c for c in result.claims if c.polarity == "deny"]
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("JNIM", "alleged")]


@pytest.mark.parametrize("denial", [
    "The group has repeatedly denied carrying out the attack.",
    "The group denied targeting civilians.",
])
def test_a_denial_of_the_act_stays(denial):
    result = analyze(LEDE + denial, published="2026-04-28")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("JNIM", "contested")]
