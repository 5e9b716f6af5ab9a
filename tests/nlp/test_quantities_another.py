"""'Another' adds a victim to the toll, unless it laments a series ("yet another civilian has been killed"): that
speaks of the death already told."""

from __future__ import annotations

from counterclaim import analyze


def test_yet_another_victim_in_a_lament_adds_none() -> None:
    text = ('Gunmen shot dead a herder near Jos on Monday. "Yet another innocent man has been murdered in this '
            'state," a senator said.')
    inc = analyze(text, published="2025-06-14").incidents[0]
    assert inc.killed is not None and inc.killed.stated == 1


def test_another_victim_told_adds_one() -> None:
    text = "Gunmen shot dead a herder near Jos on Monday. Another herder was killed later that night."
    inc = analyze(text, published="2025-06-14").incidents[0]
    assert inc.killed is not None and inc.killed.stated == 2
