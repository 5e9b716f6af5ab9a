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
