"""A toll in a relative clause on counted attacks ("one of three linked attacks that killed 45 people") is theirs
together, no one attack's (session 13's joint-toll rule); sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

PUB = "2026-01-06"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a police post in Kunduz on Sunday. The raid was one of three linked attacks that killed 45 "
        "people across the province, officials said.",
        "A suicide bomber struck a checkpoint in Kunduz on Sunday. It was one of five coordinated bombings which "
        "together killed 45 people.",
    ],
)
def test_a_toll_of_counted_attacks_goes_to_none_of_them(text: str) -> None:
    (incident,) = analyze(text, published=PUB).incidents
    assert incident.killed is None


def test_the_incidents_own_toll_stays_beside_the_joint_one() -> None:
    text = ("Gunmen stormed a police post in Kunduz on Sunday, killing four officers. The raid was one of three linked "
            "attacks that killed 45 people across the province.")
    (incident,) = analyze(text, published=PUB).incidents
    assert incident.killed is not None and incident.killed.min == 4


def test_a_single_attack_with_its_relative_clause_keeps_its_toll() -> None:
    text = "Gunmen stormed a police post in Kunduz on Sunday, an attack that killed 12 officers, officials said."
    (incident,) = analyze(text, published=PUB).incidents
    assert incident.killed is not None and incident.killed.min == 12
