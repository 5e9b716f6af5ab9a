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
        # the air and a target in one phrase: a target is shot at (session 19)
        "Gunmen fired in the air and at the crowd outside a bank in Kaduna on Monday.",
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
        # armed men who fire (shots) into the air shoot at no one, even "gunmen" (session 19)
        "Gunmen fired into the air to celebrate a wedding in Kano on Friday.",
        "Masked gunmen fired shots in the air during a funeral in Derry on Saturday.",
    ],
)
def test_firing_by_others_stays_no_incident(text: str) -> None:
    assert analyze(text, published="2026-01-06").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "Snipers fired into the crowd at a market in Kirkuk on Friday, killing four people.",
        "Unknown men fired into a minibus near Kisumu on Sunday, wounding two passengers.",
    ],
)
def test_fire_into_a_target_is_an_armed_assault(text: str) -> None:
    # "fired into" a target as "fired at"; snipers shoot (session 19)
    (incident,) = analyze(text, published="2026-01-06").incidents
    assert incident.attack_types[0].label == "Armed Assault"
    assert "Firearms" in {x.label for x in incident.weapon_types}
