"""A trial for helping to plan or plot an attack whose own phrase tells its toll ("of helping to plan a bombing at
a nightclub that killed seven people"): the attack happened and is an incident; a plan told with no outcome stays
none (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A court in Nairobi convicted two men of helping to plan a bombing at a nightclub in Kisumu that killed "
         "seven people.", 7, None),
        ("A court convicted three men of helping to plan a 2019 bombing at a bus station in Lodwar that killed nine "
         "people.", 9, None),
        ("Prosecutors charged a man with plotting the 2021 ambush near Gao that wounded six soldiers.", None, 6),
    ],
)
def test_a_planned_attack_told_with_its_toll_is_an_incident(text: str, killed: int | None,
                                                            injured: int | None) -> None:
    [incident] = analyze(text, published="2026-03-27").incidents
    assert (incident.killed.stated if incident.killed else None) == killed
    assert (incident.injured.stated if incident.injured else None) == injured


@pytest.mark.parametrize(
    "text",
    [
        "Police foiled a plot to bomb a market in Kano that opened last year.",
        "Two men were charged with plotting an attack on a police station in Lodwar.",
    ],
)
def test_a_plan_with_no_outcome_is_no_incident(text: str) -> None:
    assert analyze(text, published="2026-03-27").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        # the weapon of the planned act hangs below it, on the other weapon and "with"
        "Police in Graz arrested two men suspected of planning to attack a fair with axes and a homemade bomb.",
        # an act talked of as a plan, and an intention denied
        "Prosecutors said the two had discussed stabbing worshippers at a church in Linz.",
        "A lawyer for the older man said his client denied any intention to carry out an attack.",
    ],
)
def test_the_parts_of_a_planned_act_are_no_incident(text: str) -> None:
    assert analyze(text, published="2026-03-27").incidents == []


def test_a_weapon_of_a_done_act_still_tells_it() -> None:
    """Near miss: the same weapons on an act done, and an act a meeting discussed, are incidents."""
    text = ("Two men attacked a fair in Graz with axes and a homemade bomb on Sunday, wounding four people. "
            "Ministers discussed the attack on Monday.")
    [incident] = analyze(text, published="2026-03-27").incidents
    assert incident.injured is not None and incident.injured.stated == 4


@pytest.mark.parametrize(
    "text",
    [
        # the act reached through "in the wake of", "after", "of the victims of": a warning, a fear, a preventing
        # or a preparing after it, no plan of it
        "Officials warned of reprisals in the wake of Saturday's bombing of a bus station in Kaduna.",
        "Police fear further violence in the aftermath of the bombing of a bus station in Kaduna on Saturday.",
        "Troops were deployed to prevent looting after the bombing of a bus station in Kaduna on Saturday.",
        "Soldiers are preparing for the funerals of the victims of the bombing of a bus station in Kaduna on "
        "Saturday.",
    ],
)
def test_an_act_after_which_others_warn_fear_or_prepare_is_told_done(text: str) -> None:
    assert len(analyze(text, published="2026-03-27").incidents) == 1


def test_acts_that_are_the_object_of_a_plan_stay_planned() -> None:
    """Near miss: both acts planned (one a conjunct of the other) open no incident."""
    text = "The men had planned the bombing of a bus station in Kaduna and an attack on a church."
    assert analyze(text, published="2026-03-27").incidents == []
