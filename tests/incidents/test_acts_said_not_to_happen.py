"""An act noun that "no" denies ("the footage shows no attack", "there was no shooting") names nothing that
happened, as "there was no explosion" already did."""

from __future__ import annotations

import pytest

from counterclaim import analyze

ATTACK = "On Monday, gunmen opened fire on a bus near the town of Katari, killing four passengers, police said."


@pytest.mark.parametrize("denied", [
    "The footage was filmed in Ghana in 2019 after a tanker accident, and shows no attack.",
    "The clip, filmed in 2019, shows a crash and no shooting.",
])
def test_an_act_said_not_to_be_shown_opens_no_incident(denied):
    incidents = analyze(denied + "\n\n" + ATTACK, published="2026-03-05").incidents
    assert len(incidents) == 1
    assert str(incidents[0].date.value) == "2026-03-02"


def test_an_attack_with_no_casualties_stays():
    text = "Gunmen attacked a police post in Katsina on Monday. There were no casualties, police said."
    assert len(analyze(text, published="2026-03-05").incidents) == 1
