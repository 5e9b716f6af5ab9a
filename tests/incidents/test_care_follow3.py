"""People who received care after an attack are its injured, on an article written for this test."""

from __future__ import annotations

from counterclaim import analyze


def _records(text: str):
    return analyze(text, published="2025-06-14").incidents


def test_people_who_received_medical_care_are_injured() -> None:
    inc = _records("A grenade exploded at a bus park in Gulu on Sunday. Four people were killed and three "
                   "received medical care at the scene, police said.")[0]
    assert inc.killed is not None and inc.killed.stated == 4
    assert inc.injured is not None and inc.injured.stated == 3
