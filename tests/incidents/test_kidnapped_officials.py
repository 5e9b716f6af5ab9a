"""A titled person kidnapped, on sentences written for these tests: with no killing and no other act told, GTD
codes a kidnapping, no Assassination; a death or an attack on the person keeps the Assassination reading."""

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
