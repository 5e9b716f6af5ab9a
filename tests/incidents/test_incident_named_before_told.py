"""An undated sentence that only names an attack as known ("the attack", "the June attack") and a later
sentence that tells it with its date are one incident, however long before publication the date is."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "lead",
    [
        "Investigators are still examining the attack on a cargo ship.",
        "Investigators are still examining the January attack on a cargo ship.",
    ],
)
def test_the_attack_named_then_told_is_one_incident(lead: str) -> None:
    text = lead + " Three drones hit the ship on January 12, killing a crew member."
    incidents = analyze(text, published="2025-06-14").incidents
    assert len(incidents) == 1 and str(incidents[0].date.value) == "2025-01-12"


def test_an_old_attack_told_after_a_fresh_toll_stays_apart() -> None:
    text = ("Gunmen killed four traders in a market on Tuesday. In January, a bomb killed nine people at a bus "
            "station in the same district.")
    assert len(analyze(text, published="2025-06-14").incidents) == 2
