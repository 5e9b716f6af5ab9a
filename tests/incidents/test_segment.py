"""Grouping sentences into incidents, on short texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "claim",
    [
        "On Saturday, a militant group said its members had planted the explosives.",
        "On Saturday, the group released a video saying its fighters had planted the bomb.",
    ],
)
def test_a_claim_made_days_later_stays_with_the_attack(claim):
    text = "A car bomb went off near a police station in Mosul on March 3, killing four officers. " + claim
    incidents = analyze(text, published="2024-03-11").incidents
    assert len(incidents) == 1
    assert str(incidents[0].date.value) == "2024-03-03"
