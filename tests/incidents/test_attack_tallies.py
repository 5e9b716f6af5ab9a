"""A count of attacks over a period, on sentences written for these tests: "more than 30 attacks ... have
been registered in X in the last 12 months" is a tally that opens no incident of its own."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_LEAD = "A roadside bomb killed three police officers on a road near Suarez, Cauca, on Tuesday. "


@pytest.mark.parametrize(
    "tally",
    [
        "In the last 12 months, some 35 explosive attacks on the security forces have been logged in Cauca, "
        "the regional government said.",
        "During the past six months, 18 ambushes against army patrols were registered in Huila.",
        "The ombudsman counted 27 bombings across the department over the last year.",
    ],
)
def test_a_count_of_attacks_over_a_period_opens_no_incident(tally: str) -> None:
    r = analyze(_LEAD + tally, published="2026-04-10")
    assert len(r.incidents) == 1
    assert r.incidents[0].killed.stated == 3


def test_one_earlier_attack_still_opens_its_own() -> None:
    text = _LEAD + "Last month, a car bomb in Jamundi, Valle del Cauca, killed two soldiers."
    r = analyze(text, published="2026-04-10")
    assert len(r.incidents) == 2
