"""State operations on sentences written for these tests: the forces' own operation against armed men opens no
incident (as an airstrike opens none), nor does the toll told right after an operation; the forces firing on
a crowd stay an incident."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed 14 militants in an operation near Tessalit on Saturday, the army said.",
        "Soldiers shot dead three gunmen near Menaka on Friday, a military spokesman said.",
        "Security forces killed two suspected jihadists in a raid on a hideout near Djibo on Monday.",
    ],
)
def test_the_forces_killing_armed_men_is_an_operation_not_an_incident(text):
    assert analyze(text, published="2025-06-10").incidents == []


def test_the_forces_firing_on_a_crowd_stay_an_incident():
    text = "Soldiers opened fire on demonstrators in Conakry on Thursday, killing four, rights groups said."
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 4


@pytest.mark.parametrize(
    "text",
    [
        # the forces answer an attack told before them: the attack is the incident
        "Gunmen attacked a checkpoint near Menaka on Friday. Soldiers killed three of the attackers, the army said.",
        # the armed men's own attack, told in a clause of its own, is the incident
        "Troops killed 12 militants after they attacked a village near Ansongo on Friday, killing four civilians.",
    ],
)
def test_an_attack_the_forces_answer_is_still_an_incident(text):
    assert len(analyze(text, published="2025-06-10").incidents) == 1


def test_the_toll_told_after_an_airstrike_is_the_airstrikes():
    text = ("Officials said an airstrike killed at least nine people at a livestock market in Saada province on "
            "Sunday. The strike destroyed dozens of stalls. A local health official said 17 others were wounded, "
            "including four children.")
    incidents = analyze(text, published="2025-06-10").incidents
    assert not any(i.injured is not None and i.injured.stated == 17 for i in incidents)


def test_an_attack_told_after_an_airstrike_still_opens_its_own_incident():
    text = ("Officials said an airstrike killed at least nine people at a livestock market in Saada province on "
            "Sunday. Separately, gunmen shot dead two traders in Marib on Monday.")
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 2


def test_an_arrest_for_a_killing_is_no_operation_against_armed_men():
    text = "Police in Tela have arrested a suspect in the killing of a radio presenter, whom they called a gang member."
    assert len(analyze(text, published="2025-06-10").incidents) == 1


def test_deaths_in_hospital_after_an_airstrike_are_the_airstrikes():
    text = ("An airstrike killed six people at a fuel depot in Saada province on Sunday, officials said. Three more "
            "people died in hospital on Monday.")
    assert analyze(text, published="2025-06-10").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        # "killed" with armed men as its object is a killing, not a metaphor: the operation is the forces',
        # and the soldiers wounded in it, told next, are its toll
        "Soldiers killed three insurgents near Ansongo. Two soldiers were wounded.",
        "The army killed five jihadists near Djibo on Sunday. One soldier was injured, a spokesman said.",
    ],
)
def test_the_forces_own_wounded_after_an_operation_open_no_incident(text):
    assert analyze(text, published="2025-06-10").incidents == []


def test_armed_men_killing_armed_men_is_still_a_killing():
    text = "Gunmen killed three herders near Ansongo on Sunday. Two villagers were wounded."
    assert len(analyze(text, published="2025-06-10").incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed the mastermind of the bus station bombing in a raid near Gombe on Tuesday, the army said. "
        "The bombing killed 19 people in February.",
        "Police shot dead the planner of last month's church bombing in Jos on Tuesday. The bombing at St. Paul's "
        "church on March 3 killed 19 people and wounded 40 others.",
    ],
)
def test_killing_an_attacks_planner_is_an_operation_and_the_attack_keeps_its_toll(text):
    # the raid is the forces' act on the attack's planner, no incident; "the bombing" told next is the attack
    # the planner is named for, not the raid again, so it stays an incident with its own toll and day
    incidents = analyze(text, published="2024-04-10").incidents
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.killed is not None and inc.killed.stated == 19
    assert inc.date.value is not None and inc.date.value.month in {2, 3}


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed the mastermind of the market bombing in Gao on Monday, the army said.",
        "Soldiers shot dead the planner of the bus station attack in Maiduguri on Friday.",
    ],
)
def test_a_planner_killed_with_no_toll_or_day_of_the_attack_opens_nothing(text):
    # the raid is an operation; the attack named only as what he planned, with no toll or day of its own, is no
    # record (the town and the day are the raid's): a decision of session 18 (docs/conventions.md)
    assert analyze(text, published="2025-06-10").incidents == []
