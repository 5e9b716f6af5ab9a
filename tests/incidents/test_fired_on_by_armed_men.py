"""Armed men, or doers named by their crime, who fire on or at a target shoot whatever the harm ("Assailants fired on
a police helicopter"): an incident, as "Gunmen fired on ..." was (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Assailants fired on a police helicopter in Hakkari province on Monday. No one was hurt.",
        "Unknown perpetrators fired at a tourist bus near Luxor on Sunday. No casualties were reported.",
        "Snipers fired into a crowd of protesters in Kirkuk on Friday, wounding four people.",
        "Rebels fired on a United Nations convoy near Beni on Tuesday.",
    ],
)
def test_armed_men_firing_on_a_target_is_an_incident(text: str) -> None:
    assert len(analyze(text, published="2026-01-06").incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The company fired on Monday three managers over the accounts.",
        "The minister fired at critics in a speech on Monday.",
        # the air or the sky is no target, nor are the shooters themselves
        "Militants fired into the air and sang as their convoy drove into Sirte on Monday.",
        "Insurgents fired into the sky to mark the holiday in Kunduz on Monday.",
        "The rebels fired on each other in a quarrel over stolen cattle on Sunday.",
        "The bandits fired at one another over the ransom money on Sunday.",
    ],
)
def test_firing_by_others_stays_no_incident(text: str) -> None:
    assert analyze(text, published="2026-01-06").incidents == []
