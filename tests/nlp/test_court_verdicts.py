"""A court that convicts a group's men of the attack affirms, unhedged, that the group did it: with the
group's own claim, the claim is corroborated (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze

LEAD = "A bomb tore through a bus in Peshawar, Pakistan, in March 2021, killing 14 passengers. "


def _perps(text: str) -> list[tuple[str, str]]:
    rep = analyze(LEAD + text, published=dt.date(2025, 2, 7))
    return [(p.actor, p.status) for p in rep.incidents[0].perpetrators]


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban claimed the bombing. On Thursday an anti-terrorism court convicted three "
        "Pakistani Taliban members of planting the bomb.",
        "The Pakistani Taliban claimed the bombing. On Thursday a court found two Pakistani Taliban fighters "
        "guilty of the attack.",
        "The Pakistani Taliban claimed the bombing. A Peshawar court sentenced Gul Khan, a Pakistani Taliban "
        "commander, to death for the bombing.",
    ],
)
def test_a_conviction_of_the_groups_men_corroborates_its_claim(text: str) -> None:
    assert _perps(text) == [("Tehrik-i-Taliban Pakistan", "corroborated")]


def test_an_acquittal_corroborates_nothing() -> None:
    text = ("The Pakistani Taliban claimed the bombing. On Thursday a court acquitted three Pakistani Taliban "
            "members of planting the bomb.")
    assert _perps(text) == [("Tehrik-i-Taliban Pakistan", "claimed")]


@pytest.mark.parametrize(
    "text",
    [
        # the group after "members of", bare or behind a description of it
        "The Pakistani Taliban claimed the bombing. On Thursday a court convicted four members of the "
        "Pakistani Taliban of carrying out the attack.",
        "The Pakistani Taliban claimed the bombing. A court found three members of the militant group "
        "Tehrik-i-Taliban Pakistan guilty of planting the bomb.",
    ],
)
def test_a_conviction_of_members_of_the_group_corroborates_its_claim(text: str) -> None:
    assert _perps(text) == [("Tehrik-i-Taliban Pakistan", "corroborated")]


def test_members_of_a_group_convicted_of_another_crime_corroborate_nothing() -> None:
    text = ("The Pakistani Taliban claimed the bombing. On Thursday a court convicted four members of the "
            "Pakistani Taliban of tax fraud.")
    assert _perps(text) == [("Tehrik-i-Taliban Pakistan", "claimed")]
