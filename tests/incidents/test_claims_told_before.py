"""A claim of "the incident" in a sentence that also cites another event ("claimed responsibility for the attack
and said it avenged a bombing in Baghdad") belongs to the incident told before it, not to the cited event that
the sentence opens as an incident of its own; a claim that names its own attack keeps that one."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _claimed(text: str) -> list[list[str]]:
    """Per incident, in order, the groups with status claimed."""
    return [[p.actor for p in inc.perpetrators if p.status == "claimed"] for inc in analyze(text).incidents]


@pytest.mark.parametrize("claim", [
    "Boko Haram claimed responsibility for the attack and stated that it was carried out in retaliation for a "
    "recent suicide bombing in Maiduguri carried out by the Islamic State.",
    "Boko Haram claimed responsibility and stated that the raid was carried out in retaliation for a recent "
    "suicide bombing in Maiduguri carried out by the Islamic State.",
    "Boko Haram claimed the attack and said it was revenge for a recent suicide bombing in Maiduguri carried out "
    "by the Islamic State.",
])
def test_the_incident_claimed_is_the_one_told_before(claim: str) -> None:
    text = "Gunmen stormed a police station in Damboa, Nigeria, on March 3, 2025, killing four officers. " + claim
    claimed = _claimed(text)
    assert claimed and claimed[0] == ["Boko Haram"]


def test_a_claim_naming_its_own_attack_keeps_it() -> None:
    text = ("Gunmen stormed a police station in Damboa, Nigeria, on March 3, 2025, killing four officers. "
            "Separately, Boko Haram claimed responsibility for a bombing at a market in Konduga, Nigeria, on "
            "March 5, 2025, which killed nine people.")
    claimed = _claimed(text)
    assert len(claimed) == 2 and claimed[0] == [] and claimed[1] == ["Boko Haram"]
