"""Titled people as targets, on sentences written for these tests. A titled person kidnapped and released, with no
killing and no other act told, is GTD's kidnapping, no Assassination; a death or an attack on the person keeps
the Assassination. A titled person who was away when the attack came makes no Assassination either: the attack
is what it did."""

from __future__ import annotations

import pytest

from counterclaim.incidents.classify import classify


def _attacks(text: str) -> list[str]:
    return [x.label for x in classify(text).attack_types]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted the deputy mayor of a town near Cali on Monday. He was released two days later.",
        "Kidnappers seized a district judge from his home in Owerri on Sunday and demanded a ransom.",
        "Armed men kidnapped a provincial council member on the road to Jalalabad; he was freed after a week.",
    ],
)
def test_an_official_kidnapped_and_freed_is_a_kidnapping(text: str) -> None:
    assert _attacks(text) == ["Hostage Taking (Kidnapping)"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted the deputy mayor of a town near Cali on Monday. His body was found two days later.",
        "Gunmen opened fire on the car of a deputy mayor near Cali and abducted him.",
    ],
)
def test_an_official_killed_or_shot_at_keeps_the_assassination(text: str) -> None:
    assert _attacks(text)[0] == "Assassination"


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Gunmen opened fire on the convoy of the provincial governor near Juba on Tuesday. The governor was not "
         "present, but three of his guards were killed.", "Armed Assault"),
        ("Attackers threw a grenade at the house of a district judge in Quetta. The judge was not at home; his son "
         "was wounded.", "Bombing/Explosion"),
    ],
)
def test_an_official_who_was_away_makes_no_assassination(text: str, attack: str) -> None:
    assert _attacks(text) == [attack]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a district judge outside his house in Quetta. Police were not present.",
        "A bomber tried to reach the bishop inside the cathedral, attempting to assassinate him, but left when he "
        "saw the bishop was not there.",
    ],
)
def test_others_away_or_an_aim_to_kill_keep_the_assassination(text: str) -> None:
    assert _attacks(text)[0] == "Assassination"
