"""The forces killing or arresting an attack's planner in the sentence that tells the attack ("Police on Tuesday
killed the man who planned the bombing that killed 24 in Kano last month"): the raid is an operation and its day is
the raid's; the attack keeps its own toll, place and day. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "day", "killed"),
    [
        ("Police on Tuesday killed the man who planned the bombing that killed 24 people in Kano last month.",
         dt.date(2025, 5, 1), 24),
        ("Soldiers on Friday shot dead the mastermind of the attack on a church in Owo that killed 40 worshippers "
         "in April.", dt.date(2025, 4, 1), 40),
        ("Police on Tuesday arrested the man who organised the bombing that killed 24 people in Kano last month.",
         dt.date(2025, 5, 1), 24),
    ],
)
def test_the_attack_keeps_its_own_day_and_toll(text: str, day: dt.date, killed: int) -> None:
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1
    assert incidents[0].date.value == day
    assert incidents[0].killed is not None and incidents[0].killed.stated == killed


def test_a_person_who_planned_no_attack_is_a_victim() -> None:
    text = "Gunmen on Tuesday killed the man who organised the town's festival in Kano."
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1 and incidents[0].date.value == dt.date(2025, 6, 10)


def test_the_raids_own_toll_does_not_split_off_the_planned_attack() -> None:
    # "that also wounded two soldiers" hangs off the raid, not the attack the commander ordered: one piece
    text = ("Soldiers on Tuesday killed the commander who ordered the attack on the base in a raid that also wounded "
            "two soldiers.")
    incidents = analyze(text, published="2025-03-02").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 1


def test_the_attacks_toll_on_its_target_splits_it_off() -> None:
    text = "Troops on Friday arrested the man who planned the attack on a church in Jos that killed 12 people in May."
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 12
    assert incidents[0].date.value == dt.date(2025, 5, 1)
